"""Parser round 34 (lead, after heldout18's blind measurement): tenths written 4成2 (issue 10).

``heldout18`` (blind) had two silent wrong values, both ``4成2`` (42 %, a newspaper's share of
complaints) read as ``4成`` (40 %): a digit after 成 is the next tenth in Arabic as in Chinese
numerals (八成五 = 85 %, read since round 8).  One Arabic digit 1–9 standing alone after an
Arabic number and 成 is that tenth; the first digit of another number (4成20件, 4成2.5%, a
year 3成2024年) is not; before a counter (4成2家) the reading is flagged, as 八成五家 was.
The sentences are written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import examples
from tests.scripts import to_traditional

from envindicators.units import extract_quantities, parse_quantity
from envindicators.units.parsing import scanner


def _rows(text: str, fast: bool = True) -> list[tuple[str, float, str]]:
    scanner._FAST[0] = fast
    try:
        d = extract_quantities(text)
    finally:
        scanner._FAST[0] = True
    return [(str(r.text), float(r.value), str(r.warnings)) for r in d.itertuples()]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("建築工程噪音陳情占噪音陳情案件總數4成2，將持續加強管制。", 42.0),
        ("全县空气质量优良天数比例达8成5，同比提高。", 85.0),
        ("受訪民眾約6成1，多數表示滿意。", 61.0),
        ("不良日數減少3成3。", 33.0),
        ("其中工业废水占4成7以上。", 47.0),
        ("占比约為九成二，", 92.0),
    ],
)
@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("fast", [True, False])
def test_a_digit_after_cheng_is_the_next_tenth(
    text: str, value: float, trad: bool, fast: bool
) -> None:
    t = to_traditional(text) if trad else text
    rows = _rows(t, fast)
    assert len(rows) == 1, rows
    _written, got, warnings = rows[0]
    assert abs(abs(got) - value) < 1e-9, rows
    assert "suspect_number" not in warnings


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the first digit of another number: 成 ends the figure
        ("占4成20件为工业类", [40.0, 20.0]),
        ("约占4成2.5%的企业", [40.0, 2.5]),
        ("降幅达3成2024年继续", [-30.0]),
        # a sentence break between: no tenth
        ("占4成。2家企业", [40.0, 2.0]),
    ],
)
def test_digits_that_begin_another_number_are_no_tenth(text: str, values: list[float]) -> None:
    got = [v for _, v, _ in _rows(text)]
    assert got == values


def test_a_tenth_before_a_counter_is_flagged() -> None:
    rows = _rows("其中占4成2家企业未达标")
    assert rows[0][1] == 42.0
    assert "suspect_number" in rows[0][2]


def test_both_entry_points_agree() -> None:
    for text, value in (("4成2", 42.0), ("八成五", 85.0), ("4成", 40.0)):
        q = parse_quantity(text)
        assert q.value == value
        assert q.unit == "%"


@examples(40)
@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(["，", "。", "以上", "左右", ""]))
def test_tenths_property(tens: int, tenth: int, after: str) -> None:
    rows = _rows(f"占总数{tens}成{tenth}{after}")
    assert len(rows) == 1, rows
    assert rows[0][1] == tens * 10 + tenth
