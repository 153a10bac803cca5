"""Classes of parser round 20b (branch ``base20``): the parser follows ``conv20``'s conventions.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 20b, branch
`base20`"):

* a number of years or months then 前 (``较5年前``, ``2、3年前``) is a point in time counted
  back, not a mention; 前/近/过去 + years before ``同期`` (``近4年同期最低``, ``近五年1-10月
  同期``), after a comparison word (``略高于近五年``) and years compared (``比较两年度``) are
  the reference period of a comparison, not mentions; the change beside them is; a real
  duration stays (``近五年来``, ``为期3年``, ``提前一年``);
* a bare mass in the numerator unit of a concentration stated earlier in the paragraph is
  flagged ``ambiguous_unit`` also after another such figure already put in doubt (``每立方米24
  微克。PM10为45微克,臭氧为160微克``): the run of doubtful figures is followed back to the rate,
  never a confident plain mass after the first;
* 最多/最少 then 的 before a figure (``最多的3类``, ``投诉最少的2个区``) is a superlative with the
  size of its group, an exact count, not the bound "at most"/"at least" (``最多10吨`` stays);
* 一 + counter right after a verb of remaining (``剩余一个``, ``还剩一座``, ``尚余一家``) is a
  count, never the article "a".

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, rows
from tests.scripts import both_scripts

from envindicators.units import extract_quantities

_COLS = ("value", "unit")


def texts(*written: str) -> list[str]:
    """Each text as written and in traditional script (for a test of one argument)."""
    return [text for (text,) in both_scripts([(w,) for w in written])]


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


# --- 4. A mass after the concentration of an earlier sentence: never a confident mass ---------
RUNS = both_scripts(
    [
        ("PM2.5年均浓度为每立方米24微克。PM10为45微克,臭氧为160微克。", ["45", "160"]),
        ("PM2.5年均浓度为24微克/立方米,同比下降5%。PM10为45微克,二氧化硫为8微克。", ["45", "8"]),
        (
            "PM2.5为每立方米24微克。另PM10也是如此,2014年51.1微克,逐年下降,2023年25.9微克。",
            ["51.1", "25.9"],
        ),
        ("PM2.5平均浓度为35μg/m3。PM10为58μg,臭氧为90μg。", ["58", "90"]),
    ]
)


@pytest.mark.parametrize(("text", "figures"), RUNS)
def test_a_run_of_masses_after_a_concentration_is_flagged(text: str, figures: list[str]) -> None:
    df = extract_quantities(text)
    later = df[df["unit"].map(lambda u: "/" not in str(u) and u != "%")]
    assert [f"{v:g}" for v in later["value"]] == figures
    for _, row in later.iterrows():
        assert {"ambiguous_unit", "shared_unit"} & flags(row), row["text"]


@pytest.mark.parametrize(
    "text",
    texts(
        # another paragraph: the concentration does not reach it
        "PM2.5年均浓度为每立方米24微克。\n\n样品称重45微克,滤膜为160微克。",
        # a mass of another size: a total, not the same measure
        "排放浓度为每立方米24毫克。全年共排放颗粒物8500000毫克。",
    ),
)
def test_a_mass_out_of_the_run_is_not_bound(text: str) -> None:
    df = extract_quantities(text)
    later = df[df["unit"].map(lambda u: "/" not in str(u) and u != "%")]
    assert len(later) >= 1
    assert all("shared_unit" not in flags(row) for _, row in later.iterrows())


@given(st.lists(st.integers(min_value=5, max_value=200), min_size=2, max_size=5))
def test_every_member_of_a_run_is_flagged(values: list[int]) -> None:
    names = ["PM10", "臭氧", "二氧化氮", "二氧化硫", "一氧化碳"]
    tail = ",".join(f"{n}为{v}微克" for n, v in zip(names, values, strict=False))
    df = extract_quantities(f"PM2.5年均浓度为每立方米30微克。{tail}。")
    later = df[df["unit"] == "微克"]
    assert len(later) == len(values)
    assert all("ambiguous_unit" in flags(row) for _, row in later.iterrows())


# --- 2. A superlative's group with its counter is an exact count -----------------------------
SUPERLATIVE_GROUPS = both_scripts(
    [
        ("累计举报最多的3类污染是大气、水、噪声", (3.0, "类", "exact")),
        ("投诉最少的2个区是东区和西区", (2.0, "个", "exact")),
        ("其中超标最多的5家企业已停产", (5.0, "家", "exact")),
        ("浓度最差的10个城市", (10.0, "个", "exact")),
    ]
)


@pytest.mark.parametrize(("text", "expected"), SUPERLATIVE_GROUPS)
def test_a_superlative_group_is_an_exact_count(text: str, expected: tuple[object, ...]) -> None:
    assert rows(text, "value", "unit", "qualifier") == [expected]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts([("最多10吨", "at_most"), ("最少3家", "at_least")]),
)
def test_a_bound_without_de_stays_a_bound(text: str, qualifier: str) -> None:
    assert rows(text, "qualifier") == [(qualifier,)]


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["最多的", "最少的"]))
def test_any_superlative_group_size_is_exact(size: int, word: str) -> None:
    assert rows(f"投诉{word}{size}个区", "value", "qualifier") == [(float(size), "exact")]


# --- 3. 一 + counter after a verb of remaining is a count ------------------------------------
REMAINING = both_scripts(
    [
        ("已完成24个,剩余一个为污水处理问题", [(24.0, "个"), (1.0, "个")]),
        ("还剩一座正在整改", [(1.0, "座")]),
        ("尚余一家企业未完成整改", [(1.0, "家")]),
        ("剩下一个问题正在推进", [(1.0, "个")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), REMAINING)
def test_one_after_a_verb_of_remaining_is_a_count(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text, *_COLS) == expected


@pytest.mark.parametrize("text", texts("建成一个污水处理厂", "督察组发现一个问题后立即交办"))
def test_one_as_an_article_stays_unread(text: str) -> None:
    assert rows(text, *_COLS) == []
