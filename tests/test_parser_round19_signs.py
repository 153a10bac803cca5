"""Classes of round 19c (branch ``sign19``): a minus sign written right after a word.

One rule in ``units/parsing/scanner.py`` (:func:`_minus_before`,
``benchmarks/corpus/README.md``, "Parser round 19c, branch `sign19`"):

* a minus sign (``-``, ``−``, ``－``, ``﹣``) written right after a word (any CJK character
  but a Chinese numeral) or punctuation and right before a figure is the figure's sign,
  whatever the word (变化, 偏多, 距平, a label before a table cell): ``同比变化-2.6%`` is a
  change of −2.6 %, a silent wrong value before (2.6, a level); the kind then follows the
  existing rules, and where it cannot be told (``排放量-3.2万吨``: a level below zero or a
  change) the sign is kept and flagged ``ambiguous_sign``;
* the dash is no sign where a figure stands right before it: a range (``5-10吨``), a span of
  years or dates (``2015-2020年``, ``2015年-2020年``, ``2020年1月-2021年6月``), a span of two
  figures with the same unit (``5吨-10吨``), a standard's code (``GB 3095-2012``,
  ``HJ 633-2012``), a batch (``第1-11批``); a bullet (``- 5个``) has a space before the
  figure.

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional

from envindicators.units import extract_quantities

#: The minus signs a text may write (the text's normalisation reads each as ``-``).
SIGNS = ("-", "\u2212", "\uff0d", "\ufe63")


@pytest.mark.parametrize("sign", SIGNS)
@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    both_scripts(
        [
            ("PM2.5浓度同比变化{}2.6%", -2.6, "%", "change_relative"),
            ("降水量较常年偏多{}3.2%", -3.2, "%", "change_relative"),
            ("全年降水距平{}15%", -15.0, "%", "change_relative"),
            ("优良天数比例同比变化{}2.6个百分点", -2.6, "百分点", "change_absolute"),
            ("二氧化硫浓度变化{}12.5%,达到考核要求", -12.5, "%", "change_relative"),
            ("化学需氧量\t{}3.2%", -3.2, "%", "change_relative"),
        ]
    ),
)
def test_a_minus_after_a_word_is_the_figures_sign(
    text: str, value: float, unit: str, kind: str, sign: str
) -> None:
    row = one_row(text.format(sign))
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (value, unit, kind, -1)
    assert row["confidence"] == "high"


@pytest.mark.parametrize(
    ("text", "values"),
    both_scripts(
        [
            ("各项指标同比分别变化-1.2%、-3.4%和2.1%", [-1.2, -3.4, 2.1]),
            ("浓度分别为-1.2%、-3.4%和-2.1%", [-1.2, -3.4, -2.1]),
            ("降水量偏多-3.2%,气温距平-1.2℃", [-3.2, -1.2]),
        ]
    ),
)
def test_every_item_of_a_list_keeps_its_sign(text: str, values: list[float]) -> None:
    assert [v for (v,) in rows(text, "value")] == values


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("COD排放量-3.2万吨", -32000.0),
            ("地下水位变化-1.5米", -1.5),
            ("区域地下水位－0.8米", -0.8),
        ]
    ),
)
def test_a_signed_figure_of_no_clear_kind_keeps_its_sign_and_is_flagged(
    text: str, value: float
) -> None:
    row = one_row(text)
    assert row["value"] == value
    assert "ambiguous_sign" in flags(row)
    assert row["confidence"] == "low"


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["降水量较常年偏少-3.2%", "降幅达-3%", "水体中总磷浓度下降-0.5%"]),
)
def test_a_minus_against_a_verb_of_decrease_is_flagged(text: str) -> None:
    row = one_row(text)
    assert "sign_conflict" in flags(row)
    assert row["confidence"] == "low"


def _read(text: str) -> list[object]:
    """Each row's value, or ``(low, high)`` for a range."""
    return [
        (low, high) if math.isnan(value) else value
        for value, low, high in rows(text, "value", "low", "high")
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    both_scripts(
        [
            ("2015-2020年,全市优良天数增加30天", [30.0]),
            ("2015年-2020年,全市优良天数增加30天", [30.0]),
            ("十三五期间(2016年-2020年)完成造林3万亩", [30000.0]),
            ("2020年1月-2021年6月,完成整改3项", [3.0]),
            ("1月-6月,完成整改5项", [5.0]),
            ("2020年1 月 1 日-12 月 31 日,完成整改3项", [3.0]),
            ("执行《环境空气质量标准》(GB 3095-2012)二级标准,PM2.5浓度35微克/立方米", [35.0]),
            ("按HJ 633-2012评价,达标天数300天", [300.0]),
            ("按GB3838-2002评价,断面12个", [12.0]),
            ("第1-11批问题已整改完成85项", [85.0]),
            ("共5-10吨", [(5.0, 10.0)]),
            ("处理量5吨-10吨", [(5.0, 10.0)]),
            ("新增3个-5万个", [(3.0, 50000.0)]),
            ("整改内容:\n- 5个项目已完成\n- 12个项目推进中", [5.0, 12.0]),
        ]
    ),
)
def test_no_figure_before_a_dash_gains_a_sign(text: str, read: list[object]) -> None:
    assert _read(text) == read


#: Words of reports (nouns of indicators and words of comparison) that a signed figure may
#: follow; any of them, and any sequence of them, is a word before the sign.
_WORDS = (
    "浓度",
    "排放量",
    "降水量",
    "同比",
    "变化",
    "較常年偏多",
    "偏多",
    "距平",
    "为",
    "是",
    "达",
    "均值",
    "总磷",
    "氨氮",
    "水质指数",
    "化学需氧量",
    "变幅",
)
_UNITS = ("%", "个百分点", "吨", "万吨", "微克/立方米", "米", "毫米", "天")


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
    sign=st.sampled_from(SIGNS),
    whole=st.integers(min_value=1, max_value=999),
    tenth=st.integers(min_value=0, max_value=9),
    unit=st.sampled_from(_UNITS),
    traditional=st.booleans(),
)
def test_a_signed_figure_after_any_word_is_never_read_unsigned_unflagged(
    words: list[str], sign: str, whole: int, tenth: int, unit: str, traditional: bool
) -> None:
    """``<word><sign><figure><unit>``: the figure is read with its sign (a value below zero)
    or flagged, never as its absolute value without a flag."""
    text = f"{''.join(words)}{sign}{whole}.{tenth}{unit}"
    if traditional:
        text = to_traditional(text)
    df = extract_quantities(text)
    assert len(df) == 1, df[["text", "value"]].values.tolist()
    row = df.iloc[0]
    assert row["value"] < 0 or flags(row), (text, row["value"])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    both_scripts([("降水距平-3%~5%", -3.0, 5.0), ("地下水位变化-5-10米", -5.0, 10.0)]),
)
def test_a_minus_after_a_word_opening_a_range_stays_flagged(
    text: str, low: float, high: float
) -> None:
    """The dash may join the word to the range (round 19a): its sign is read, and flagged."""
    row = one_row(text)
    assert (row["low"], row["high"]) == (low, high)
    assert "ambiguous_sign" in flags(row)
