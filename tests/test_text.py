"""Text normalisation: full-width forms, symbols, traditional characters, pinyin, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import normalize_text, to_simplified
from envindicators.units.text import _t2s_table

CASES = [
    ("１．５万吨／日", "1.5万吨/日"),
    ("５０％", "50%"),
    ("35μg/m³", "35μg/m3"),
    ("35µg/m3", "35μg/m3"),  # micro sign → Greek mu
    ("3㎡", "3m2"),
    ("劣Ⅴ类", "劣V类"),
    ("50萬噸/日", "50万吨/日"),
    ("16833畝", "16833亩"),
    ("生態(tài)環(huán)境", "生态环境"),
    ("全年P(guān)M2.5", "全年PM2.5"),
    ("(m3)", "(m3)"),  # not pinyin: no tone mark
    ("(VOCs)", "(VOCs)"),
    ("(a)", "(a)"),
    ("中共撫順市委", "中共抚顺市委"),
    ("提高2.4個百分點", "提高2.4个百分点"),
    ("\u3000约", " 约"),  # ideographic space
]


@pytest.mark.parametrize(("raw", "normalized"), CASES)
def test_normalization_table(raw: str, normalized: str) -> None:
    assert normalize_text(raw).text == normalized


def test_offsets_map_back_through_deletions_and_expansions() -> None:
    raw = "生態(tài)環(huán)境,處理能力１２００噸/日,面积3㎡"
    nt = normalize_text(raw)
    s = nt.text
    k = s.index("1200")
    a, b = nt.original_span(k, k + len("1200吨/日"))
    assert raw[a:b] == "１２００噸/日"
    k = s.index("环境")
    a, b = nt.original_span(k, k + 2)
    assert raw[a:b] == "環(huán)境"
    k = s.index("m2")  # ㎡ expanded to two characters, both map to it
    assert nt.original_span(k, k + 2) == (raw.index("㎡"), raw.index("㎡") + 1)
    assert nt.original_position(len(s)) == len(raw)


def test_to_simplified_preserves_length_and_is_idempotent() -> None:
    text = "撫順市處理能力1200噸/日,兩個維護,畝,頃,萬,億"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert out == "抚顺市处理能力1200吨/日,两个维护,亩,顷,万,亿"
    assert to_simplified(out) == out


def test_table_is_one_to_one_characters() -> None:
    table = _t2s_table()
    assert len(table) > 4000
    assert all(len(v) == 1 for v in table.values())
    assert table[ord("噸")] == "吨"
    assert table[ord("萬")] == "万"
    assert table[ord("畝")] == "亩"


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=80))
def test_offsets_are_monotone_and_cover_the_original(text: str) -> None:
    nt = normalize_text(text)
    assert len(nt.starts) == len(nt.ends) == len(nt.text)
    assert all(0 <= a < b <= len(text) for a, b in zip(nt.starts, nt.ends, strict=True))
    assert list(nt.starts) == sorted(nt.starts)
    if nt.text:
        a, b = nt.original_span(0, len(nt.text))
        assert 0 <= a <= b <= len(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=50))
def test_normalization_is_idempotent(text: str) -> None:
    once = normalize_text(text).text
    assert normalize_text(once).text == normalize_text(once).text
    assert to_simplified(to_simplified(text)) == to_simplified(text)
