"""normalize(): vectorised conversion of written quantities to one unit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.errors import QuantityParseError
from envindicators.units import convert as convert_module
from envindicators.units import normalize, parse_quantity

STRINGS = ["1.5万吨/日", "3000吨/日", "50萬噸/日", "8×200吨/日", "约7000余吨/日", None]
EXPECTED_T_PER_D = [15000.0, 3000.0, 500000.0, 1600.0, 7000.0, np.nan]


def test_strings_to_one_unit() -> None:
    out = normalize(STRINGS, to="t/d")
    assert isinstance(out, np.ndarray)
    assert out.dtype == np.float64
    np.testing.assert_allclose(out, EXPECTED_T_PER_D, rtol=1e-15)


def test_series_keeps_index_and_name() -> None:
    s = pd.Series(STRINGS, index=list("abcdef"), name="capacity")
    out = normalize(s, to="万吨/日")
    assert isinstance(out, pd.Series)
    assert out.index.tolist() == list("abcdef")
    assert out.name == "capacity"
    np.testing.assert_allclose(out.to_numpy(), np.array(EXPECTED_T_PER_D) / 1e4, rtol=1e-15)


def test_pairs_and_numbers_with_units() -> None:
    np.testing.assert_allclose(
        normalize([(1.5, "万吨/日"), (3000, "吨/日"), None], to="t/d"), [15000.0, 3000.0, np.nan]
    )
    np.testing.assert_allclose(normalize([1.5, 2.0], to="t/d", units="万吨/日"), [15000, 20000])
    np.testing.assert_allclose(
        normalize(np.array([16833.0, 473.0]), to="ha", units=["亩", "公顷"]),
        [1122.2, 473.0],
        rtol=1e-12,
    )
    with pytest.raises(ValueError, match="shape"):
        normalize([1.0, 2.0], to="ha", units=["亩"])


def test_mixed_units_of_one_dimension() -> None:
    areas = ["16833畝", "473公顷", "926千公顷", "2万余平方公里", "130万亩"]
    out = normalize(areas, to="ha")
    np.testing.assert_allclose(out, [1122.2, 473.0, 926000.0, 2e6, 1300000 / 15], rtol=1e-12)


def test_contexts() -> None:
    with pytest.raises(pint.DimensionalityError, match="no pint context"):
        normalize(["1.5万吨/日"], to="m3/d")
    np.testing.assert_allclose(normalize(["1.5万吨/日"], to="m3/d", context="water"), [15000.0])
    np.testing.assert_allclose(
        normalize(["20蒸吨以上", "10蒸吨/小时"], to="MW", context="steam"), [14.0, 7.0]
    )


def test_changes_keep_their_sign() -> None:
    np.testing.assert_allclose(normalize(["同比下降2.6%", "增长5%"], to="%"), [-2.6, 5.0])
    np.testing.assert_allclose(normalize(["提高2.4个百分点"], to="百分点"), [2.4])


def test_errors_raise_or_coerce() -> None:
    bad = ["1.5万吨/日", "不是数字", "12斤", "5平方公里"]
    with pytest.raises(QuantityParseError):
        normalize(bad, to="t/d")
    out = normalize(bad, to="t/d", errors="coerce")
    np.testing.assert_allclose(out, [15000.0, np.nan, np.nan, np.nan])
    with pytest.raises(pint.DimensionalityError, match="平方公里"):
        normalize(["5平方公里"], to="t/d")
    with pytest.raises(ValueError, match="errors"):
        normalize(["1吨"], to="t", errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="units="):
        normalize([1.0, 2.0], to="t")


def test_ranges_option() -> None:
    with pytest.raises(QuantityParseError, match="range"):
        normalize(["3-5年"], to="a")
    assert np.isnan(normalize(["3-5年"], to="a", ranges="nan")[0])
    assert normalize(["3-5年"], to="a", ranges="low")[0] == pytest.approx(3.0)
    assert normalize(["3-5年"], to="a", ranges="high")[0] == pytest.approx(5.0)
    assert normalize(["3-5万吨"], to="t", ranges="mid")[0] == pytest.approx(40000.0)


def test_each_unique_string_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str) -> object:
        calls.append(text)
        return parse_quantity(text)

    monkeypatch.setattr(convert_module, "_parse_cached", counting)
    # strings that need the full parser (qualifiers, traditional characters) ...
    values = ["约1.5万吨/日", "3000噸/日"] * 5000 + ["1.5万吨/日"] * 100 + [None] * 10
    out = normalize(values, to="t/d")
    assert sorted(calls) == ["3000噸/日", "约1.5万吨/日"]  # ... each parsed once
    assert out[:2].tolist() == [15000.0, 3000.0]
    assert out[-11] == 15000.0
    assert out.shape == (10110,)
    assert np.isnan(out[-10:]).all()


def test_empty_input() -> None:
    assert normalize([], to="t").shape == (0,)
    assert normalize(pd.Series([], dtype=object), to="t").empty


UNIT_FORMS = [
    ("{x}万吨/日", "t/d", 1e4),
    ("{x}吨/日", "t/d", 1.0),
    ("{x}亩", "ha", 1 / 15),
    ("{x}万亩", "ha", 1e4 / 15),
    ("{x}千公顷", "ha", 1e3),
    ("{x}亿立方米", "m3", 1e8),
    ("{x}μg/m3", "mg/m3", 1e-3),
    ("{x}微克/立方米", "µg/m3", 1.0),
    ("{x}万元", "yuan", 1e4),
    ("{x}万千瓦", "MW", 10.0),
]


@settings(max_examples=200, deadline=None)
@given(
    xs=st.lists(
        st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False),
        min_size=1,
        max_size=30,
    ),
    form=st.sampled_from(UNIT_FORMS),
)
def test_vectorised_equals_one_by_one(xs: list, form: tuple[str, str, float]) -> None:
    template, to, factor = form
    texts = [template.format(x=format(x, "f")) for x in xs]
    out = normalize(texts, to=to)
    one_by_one = [parse_quantity(t).to(to).magnitude for t in texts]
    np.testing.assert_allclose(out, one_by_one, rtol=1e-12)
    np.testing.assert_allclose(out, [float(x) * factor for x in xs], rtol=1e-9)


FAST_FORMS = [
    "{x}万吨/日", "{x}吨/日", "{x}亩", "{x}万亩", "{x}千公顷", "{x}亿立方米", "{x}μg/m3",
    "{x}微克/立方米", "{x}万元", "{x}万千瓦", "{x}%", "{x}个百分点", "{x}蒸吨", "{x}千米",
    "{x}十万吨", "{x}立方米/万元", "{x}户", "{x}万余户", "{x}年", "{x}公斤标准煤", "{x}千瓦时",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    x=st.decimals(min_value=0, max_value=10**9, places=6, allow_nan=False),
    form=st.sampled_from(FAST_FORMS),
)
def test_fast_path_agrees_with_the_parser(x: object, form: str) -> None:
    """The regex fast path for NUMBER[multiplier]UNIT gives the parser's value and unit."""
    text = form.format(x=format(x, "f"))
    fast = convert_module._fast_value_unit(text)
    try:
        q = parse_quantity(text)
    except QuantityParseError:
        assert fast is None  # e.g. 2017年 is a date: the parser decides
        return
    if fast is not None:
        value, unit = fast
        assert value == q.value
        assert unit == q.unit
