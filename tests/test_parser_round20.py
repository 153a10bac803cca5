"""Classes of parser round 20 (branch ``read11``): ``heldout11``'s failures, read.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 20, branch
`read11`"):

* counters ``组`` (groups), ``羽`` (poultry) and ``乡镇市`` (townships, towns and cities, one
  count as ``乡镇``) join the counters of ``definitions.txt``;
* a Chinese numeral before a name's counter (站, 区) counts when the counter's own word stands
  right before it (``人工测站三站``) or when a list of names joined by 、 as long as the
  numeral stands before it (``台东、关山两站``); otherwise it stays part of a name (斗六站,
  新三区, the run of names 一区二区三区);
* 一 before a counter of tallies (站日, 人次, 站次: a unit times days or occasions) is a count,
  never the article "a";
* a PDF's line wrapped between the digits and a unit's word (``整改 5\\n个``) reads as one
  space;
* a bare decimal at either end of a change ``由X下降至Y`` in a clause that names an index (AQI,
  指数) and no pollutant after it is the index's value (dimensionless);
* 内 right after a distance bounds it (``1公里内``: at most), as after a time;
* a change in % whose subject is parallel to a share change flagged ``ambiguous_unit`` just
  before it (``…断面比例减少3.1%,Ⅳ类水质断面增加10.6%``) is flagged too;
* a 3-digit ROC year right before the name of a measure (``超过108年资源回收量``) is a year.

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, to_traditional

from envindicators.units import extract_quantities


def texts(*written: str) -> list[str]:
    """Each text as written and in traditional script (for a test of one argument)."""
    return [text for (text,) in both_scripts([(w,) for w in written])]


# --- counters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("全县养殖场存栏105098羽。", 105098.0, "羽"),
            ("今年出栏肉鸡3.2万羽", 32000.0, "羽"),
            ("今年度将13乡镇市依区域分组考核", 13.0, "乡镇市"),
            ("全县共有5乡镇市完成清运", 5.0, "乡镇市"),
            ("检查人员分为3组实地考核", 3.0, "组"),
            ("依区域分A、B两组实地考核", 2.0, "组"),
        ]
    ),
)
def test_counters_of_groups_poultry_and_townships(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, "level")


@pytest.mark.parametrize("text", texts("一组专办人员", "成立一组督导人员"))
def test_one_group_before_its_noun_stays_an_article(text: str) -> None:
    assert rows(text, "value") == []


# --- a Chinese numeral before 站 / 区 -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("完成人工测站三站每月采样", 3.0, "站"),
            ("辖区自动监测站两站出现超标", 2.0, "站"),
            ("台东、关山两站O3测值变化不大", 2.0, "站"),
            ("东港、潮州、恒春三站均达标", 3.0, "站"),
            ("甲、乙、丙三区完成整治", 3.0, "区"),
        ]
    ),
)
def test_a_numeral_counts_what_the_words_before_it_name(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, "level")


@pytest.mark.parametrize(
    "text",
    texts("斗六站测值偏高", "新三区完成整治", "台东、斗六站测值偏高", "中文一区二区三区"),
)
def test_a_numeral_inside_a_name_stays_unread(text: str) -> None:
    assert rows(text, "value") == []


@given(st.integers(min_value=2, max_value=9))
def test_a_list_of_n_names_and_n_stations(n: int) -> None:
    numerals = "零一两三四五六七八九"
    names = "、".join(f"{c}港" for c in "东西南北中上下左右"[:n])
    text = f"{names}{numerals[n]}站均达标"
    for t in (text, to_traditional(text)):
        assert rows(t, "value", "unit") == [(float(n), "站")]
    # one name fewer than the numeral: a name's numeral, left unread
    fewer = "、".join(f"{c}港" for c in "东西南北中上下左右"[: n - 1])
    if n > 2:
        assert rows(f"{fewer}{numerals[n]}站均达标", "value") == []


# --- 一 before a counter of tallies -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("受境外影响台东测站有一站日AQI>100", "站日"),
            ("全年仅一站次超标", "站次"),
            ("当日出动一人次巡查", "人次"),
        ]
    ),
)
def test_one_before_a_tally_counter_is_a_count(text: str, unit: str) -> None:
    got = [r for r in rows(text, "value", "unit") if r[1] == unit]
    assert got == [(1.0, unit)]


@pytest.mark.parametrize("text", texts("一个包抓领导", "一项任务完成"))
def test_one_before_an_ordinary_counter_stays_an_article(text: str) -> None:
    assert rows(text, "value") == []


# --- a line break between digits and a unit -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("问题中涉及砖厂整改 5\n个,落后产能 7个", 5.0, "个"),
            ("全市 20\n个区县排名", 20.0, "个"),
            ("共关停 12\n家企业,另有", 12.0, "家"),
        ]
    ),
)
def test_a_line_break_between_digits_and_a_unit(text: str, value: float, unit: str) -> None:
    assert rows(text, "value", "unit")[0] == (value, unit)


def test_a_line_break_before_no_unit_reads_nothing() -> None:
    assert rows("第 5\n,其余", "value") == []


@pytest.mark.parametrize(
    "text",
    texts(
        "花莲县\t1250\t36\n台东县\t980\t12\n",  # a tab table's row ends at the break
        "花莲县   1250   36\n台东县   980   12\n",  # a space-aligned table's row
        "1250\n36\n台东县\n980\n",  # one cell per line
    ),
)
def test_a_line_break_in_a_table_ends_a_row(text: str) -> None:
    assert all(u not in ("台", "个") for (u,) in rows(text, "unit"))


# --- an index's values at both ends of a change ---------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    both_scripts(
        [
            ("空气品质指标(AQI)年平均值由45.4下降至38.2,整体改善。", [45.4, 38.2]),
            ("空气质量指数(AQI)年均值从43.0降至38.2。", [43.0, 38.2]),
            ("综合指数由4.52下降至4.10,排名第3", [4.52, 4.10]),
            ("AQI平均值由52.6上升至55.1;", [52.6, 55.1]),
        ]
    ),
)
def test_an_index_from_one_value_to_another(text: str, values: list[float]) -> None:
    got = [r for r in rows(text, "value", "unit") if r[1] == "dimensionless"]
    assert got == [(v, "dimensionless") for v in values]


@pytest.mark.parametrize(
    "text",
    texts(
        "综合指数排名第3,PM2.5浓度由35.2下降至30.1微克/立方米。",
        "综合指数PM2.5浓度由35.2下降至30.1。",
    ),
)
def test_no_index_value_where_a_concentration_is_meant(text: str) -> None:
    assert all(r[0] != "dimensionless" for r in rows(text, "unit"))


# --- 内 after a distance ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("人口密集处邻近1公里内未设有感测器", 1.0, "公里"),
            ("厂界500米内不得新建", 500.0, "米"),
            ("距离河岸3 km内禁养", 3.0, "km"),
            ("5千米内无监测站", 5.0, "千米"),
        ]
    ),
)
def test_within_a_distance_is_at_most(text: str, value: float, unit: str) -> None:
    row = next(r for r in rows(text, "value", "unit", "qualifier") if r[1] == unit)
    assert row == (value, unit, "at_most")


@pytest.mark.parametrize("text", texts("上游500米内河段水质良好", "1公里内部道路"))
def test_a_word_opened_by_nei_is_no_bound(text: str) -> None:
    assert rows(text, "qualifier") == [("exact",)]


# --- parallel share changes -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts(
        "与上年相比,Ⅰ~Ⅲ类水质断面比例减少3.1%,Ⅳ类水质断面增加10.6%,"
        "Ⅴ类水质断面减少5.45%,劣Ⅴ类水质断面增加2.05%。",
        "与上年相比,一类区域比例上升3.1%,二类区域下降5.2%。",
    ),
)
def test_parallel_share_changes_share_the_doubt(text: str) -> None:
    df = extract_quantities(text)
    assert len(df) >= 2
    for _, row in df.iterrows():
        assert row["kind"] == "change_relative"
        assert "ambiguous_unit" in flags(row)


@pytest.mark.parametrize(
    "text", texts("与上年相比,优良天数比例上升3.1%,PM2.5浓度下降5.2%,降尘量下降4%。")
)
def test_another_measure_after_a_share_change_is_no_parallel(text: str) -> None:
    df = extract_quantities(text)
    assert [("ambiguous_unit" in flags(r)) for _, r in df.iterrows()] == [True, False, False]


# --- an ROC year before a measure's name ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts("今年回收量预期超过108年资源回收量,", "预计高于110年空污基金,", "已达109年达标率。"),
)
def test_a_roc_year_before_a_measures_name(text: str) -> None:
    assert all(r[0] != "年" for r in rows(text, "unit"))


@pytest.mark.parametrize("text", texts("预期超过108年,共", "已有120年历史"))
def test_a_3_digit_figure_of_years_without_a_measure_after_is_still_read(text: str) -> None:
    assert [r[0] for r in rows(text, "unit")] == ["年"]


# --- 方 after a list of as many names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("针对固定、移动、逸散污染源3方下手改善。", 3.0),
            ("由政府、企业两方共同出资", 2.0),
            ("环保、住建、城管、交通4方联合执法", 4.0),
        ]
    ),
)
def test_fang_after_a_list_counts_its_sides(text: str, value: float) -> None:
    assert rows(text, "value", "unit") == [(value, "方面")]


@pytest.mark.parametrize("text", texts("清运垃圾300方", "甲、乙清运3方", "清运淤泥2万方"))
def test_fang_elsewhere_stays_cubic_metres(text: str) -> None:
    assert [r[0] for r in rows(text, "unit")] == ["方"]


# --- a denominator written once, the later year before the verb or after the comparative ----


@pytest.mark.parametrize(
    ("text", "values"),
    both_scripts(
        [
            ("PM2.5为每立方米24微克,2023年降至12.9微克,改善明显。", [24.0, 12.9]),
            ("人均每日1.44公斤,2022年降至1.40公斤。", [1.44, 1.40]),
        ]
    ),
)
def test_the_level_reached_in_a_later_year_keeps_the_denominator(
    text: str, values: list[float]
) -> None:
    got = rows(text, "value", "unit")
    assert [v for v, _ in got] == values
    assert len({u for _, u in got}) == 1
    assert "/" in got[0][1]


@pytest.mark.parametrize(
    "text",
    texts(
        "平均浓度为每立方米12.9微克。相较2014年24微克改善明显。",
        "平均浓度为每立方米12.9微克,较2014年同期的24微克改善明显。",
    ),
)
def test_a_figure_compared_with_a_year_takes_the_rates_denominator(text: str) -> None:
    df = extract_quantities(text)
    row = df[df["value"] == 24.0].iloc[0]
    assert row["unit"] == "微克/立方米"
    assert "shared_unit" in flags(row)
