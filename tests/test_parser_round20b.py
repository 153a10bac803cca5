"""Classes of parser round 20b (branch ``base20``): the parser follows ``conv20``'s conventions.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 20b, branch
`base20`"):

* a number of years or months then 前 (``较5年前``, ``2、3年前``) is a point in time counted
  back, not a mention; 前/近/过去 + years before ``同期`` (``近4年同期最低``, ``近五年1-10月
  同期``), after a comparison word (``略高于近五年``) and years compared (``比较两年度``) are
  the reference period of a comparison, not mentions; the change beside them is; a real
  duration stays (``近五年来``, ``为期3年``, ``提前一年``).

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import rows
from tests.scripts import both_scripts

_COLS = ("value", "unit")


# --- 1. Periods: a point in time counted back, a comparison's reference period ---------------
PERIODS = both_scripts(
    [
        ("人口密度较5年前增加3千人左右", [(3000.0, "人")]),
        ("污水处理量比十年前增加约68%", [(68.0, "%")]),
        ("与10年前相比下降46.5%", [(-46.5, "%")]),
        ("两件大案2、3年前查获时有5700吨", [(2.0, "件"), (5700.0, "吨")]),
        ("回收量较三个月前增加12吨", [(12.0, "吨")]),
        ("各污染物均达到近4年同期最低", []),
        ("比较各污染物近五年1-10月同期浓度变化", []),
        ("浓度较前三年同期平均值下降5%", [(-5.0, "%")]),
        ("二氧化硫略高于近五年", []),
        ("浓度低于过去三年", []),
        ("比较两年度1~10月臭氧平均值", []),
        ("较两年同期增加8天", [(8.0, "天")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_a_point_counted_back_or_a_reference_period_is_no_mention(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text, *_COLS) == expected


DURATIONS = both_scripts(
    [
        ("近五年来下降10%", (5.0, "年")),
        ("项目为期3年", (3.0, "年")),
        ("提前一年完成", (1.0, "年")),
        ("空气质量为近三年最佳", (3.0, "年")),
        ("设备寿命低于3年", (3.0, "年")),
        ("整改期限为6个月", (6.0, "月")),
    ]
)


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_a_duration_stays_a_mention(text: str, expected: tuple[object, ...]) -> None:
    assert expected in rows(text, *_COLS)


@given(st.integers(min_value=2, max_value=30), st.sampled_from(["较", "比", "與", "与"]))
def test_any_number_of_years_ago_is_no_mention(years: int, word: str) -> None:
    text = f"处理量{word}{years}年前增加12吨"
    assert rows(text, *_COLS) == [(12.0, "吨")]
