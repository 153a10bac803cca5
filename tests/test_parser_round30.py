"""Classes of parser round 30 (branch ``read20``): ``heldout16``'s silent wrong values and its
unflagged ambiguous changes.

Rules in ``units/`` (``benchmarks/corpus/README.md``, "Parser round 30, branch `read20`"):

1. The financial forms of the small multipliers (拾 佰 仟) written after Arabic digits are
   multipliers as 十 百 千 (``14,990.6仟元`` = 14,990.6 千元, Taiwan's budget unit); a lone
   ``仟元`` (a header's unit) is a lone multiplier as ``千元``, no figure.
2. The adverbs of "all" and "also" (皆 都 亦 也) stand between a change and its figure as 均
   does (``改善幅度皆达3成``, ``降幅亦达15%``): the figure is that change.
3. A share in parentheses after its place or item, then a change in % compared with a period
   (``甲镇(61.2%)较上年提高3.4%``), is the doubt of a change of a share: relative or in
   points, flagged ``ambiguous_unit`` (as ``比例为85%,较上年提高3.2%``).
4. The signs of approximate equality ≈ ≒ ≃ before a figure (``31×1.5%≒0.465天``) bound it as
   约 does: ``approx``.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts


def _texts(texts: list[str]) -> list[str]:
    """Each text as written and in traditional script."""
    return [str(case[0]) for case in both_scripts([(t,) for t in texts])]


# --- 1. 仟 佰 拾 after Arabic digits -------------------------------------------------------

FINANCIAL = [
    ("本年度共补助3,250.5仟元。", 3_250_500.0, "元"),
    ("计画经费12仟元", 12_000.0, "元"),
    ("年度预算4.5佰万元", 4_500_000.0, "元"),
    ("预计采购3佰台", 300.0, "台"),
    ("工程经费2仟万元", 20_000_000.0, "元"),
]


@pytest.mark.parametrize(("text", "value", "unit"), both_scripts(FINANCIAL))
def test_financial_multiplier_after_digits_scales_the_number(
    text: str, value: float, unit: str
) -> None:
    row = one_row(text)
    assert float(row["value"]) == pytest.approx(value)
    assert row["unit"] == unit


@pytest.mark.parametrize("text", ["单位:仟元", "单位：仟元", "金额(仟元)"])
def test_a_lone_financial_multiplier_before_a_unit_is_no_figure(text: str) -> None:
    assert rows(text, "value") == []


def test_financial_numerals_alone_are_still_read() -> None:
    assert float(one_row("肆仟伍佰元")["value"]) == 4500.0


def test_the_common_multiplier_is_unchanged() -> None:
    assert float(one_row("补助3,250.5千元")["value"]) == pytest.approx(3_250_500.0)


# --- 2. 皆 都 亦 也 between a change and its figure ----------------------------------------

ADVERBS = [
    ("各站改善幅度皆达3成", 30.0, 0, {"ambiguous_sign"}),
    ("全县改善幅度都超过20%", 20.0, 0, {"ambiguous_sign"}),
    ("工业用水降幅亦达15%", -15.0, -1, set()),
    ("第三产业增幅也达12.5%", 12.5, 1, set()),
]


@pytest.mark.parametrize(("text", "value", "sign", "flagged"), both_scripts(ADVERBS))
def test_an_adverb_of_all_or_also_keeps_the_change(
    text: str, value: float, sign: int, flagged: set[str]
) -> None:
    row = one_row(text)
    assert row["kind"] == "change_relative"
    assert float(row["value"]) == pytest.approx(value)
    assert int(row["sign"]) == sign
    assert flagged <= flags(row)


@pytest.mark.parametrize("text", _texts(["首都3家企业完成改造", "各站皆为良好,共30天"]))
def test_the_adverbs_make_no_change_without_a_verb(text: str) -> None:
    assert all(k == "level" for (k,) in rows(text, "kind"))


# --- 3. a share in parentheses, then its change ------------------------------------------

SHARE_THEN_CHANGE = [
    "甲镇(61.2%)较上年提高3.4%",
    "分别为东乡(54.1%)较上年度提升11.5%、西乡(58.8%) 较上年度提升14.3%。",
    "乙区（47.0%）,较2022年下降2.1%",
]


@pytest.mark.parametrize("text", _texts(SHARE_THEN_CHANGE))
def test_a_change_after_a_share_in_parentheses_is_in_doubt(text: str) -> None:
    changes = [w for k, w in rows(text, "kind", "warnings") if k == "change_relative"]
    assert changes
    assert all("ambiguous_unit" in str(w) for w in changes)


NOT_A_SHARE = [
    # the figure in parentheses is no share: the change in % is relative
    "甲镇(1200吨)较上年减少3.4%",
    # no bracket opens the share: the bracket closes something else
    "甲镇61.2%)较上年减少3.4%",
]


@pytest.mark.parametrize("text", _texts(NOT_A_SHARE))
def test_a_change_after_no_share_in_parentheses_is_not_flagged(text: str) -> None:
    changes = [w for k, w in rows(text, "kind", "warnings") if k == "change_relative"]
    assert changes
    assert not any("ambiguous_unit" in str(w) for w in changes)


# --- 4. signs of approximate equality ----------------------------------------------------

APPROX_SIGNS = [
    ("月均值30×1.5%≒0.45天", 0.45, "天"),
    ("年排放量≈ 12.5万吨", 125_000.0, "吨"),
    ("处理能力≃300吨", 300.0, "吨"),
]


@pytest.mark.parametrize(("text", "value", "unit"), both_scripts(APPROX_SIGNS))
def test_a_sign_of_approximate_equality_bounds_the_figure(
    text: str, value: float, unit: str
) -> None:
    got = [
        (float(v), str(u).split("/")[0], q) for v, u, q in rows(text, "value", "unit", "qualifier")
    ]
    assert (value, unit, "approx") in got, got


def test_the_sign_without_a_figure_reads_nothing() -> None:
    assert rows("当x≈y时公式成立", "value") == []
    assert one_row("处理能力300吨")["qualifier"] == "exact"
