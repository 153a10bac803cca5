"""Parser round 44 (branch read33): the leftovers of rounds 41–43 (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from
the corpus) and with the negative cases its rule must leave alone: a pipe table whose counter
is written once in the prose above it; 期 counting the issues of a publication; a quoted noun
ending in a counter after a figure; a fine's amount with 元 left out; 载 as years; a list of
ordinals whose 第 stands before the first member only; vague magnitudes as flagged ranges.
"""

from __future__ import annotations

import math

import pytest
from tests.scripts import both_scripts, in_both_scripts

from envindicators.units import extract_quantities


def _both(texts: list[str]) -> list[str]:
    """Each text as written and in traditional script (once where both are the same)."""
    return [v for t in texts for v in dict.fromkeys(in_both_scripts(t))]


def _rows(text: str) -> list[tuple[str, float, str]]:
    df = extract_quantities(text)
    return [(str(r.text), float(r.value), str(r.unit)) for r in df.itertuples(index=False)]


def _values(text: str, unit: str) -> list[float]:
    return [v for _, v, u in _rows(text) if u == unit]


# --- 1. a pipe table counted in the unit the prose above it names ------------------------------
_TABLE_A = (
    "2019年,本署共接获投诉个案由2018年的12 406宗增至2019年的13 115宗。\n"
    "投诉数目的转变\n"
    "性质 | 2018年 | 2019年 | 变动百分比 |\n"
    "---|---|---|---|\n"
    "空气 | 6 120 | 6 881 | 12% |\n"
    "噪音 | 4 020 | 3 954 | -2% |\n"
    "其他 | 2 266 | 2 280 | 1% |\n"
    "总数 | 12 406 | 13 115 | 6% |\n"
)
_TABLE_B = (
    "全年受理举报1,532件,较上年的1,410件增加。\n"
    "类别 | 上年 | 本年 |\n"
    "|---|---|---|\n"
    "| 大气 | 702 | 760 |\n"
    "| 水 | 408 | 451 |\n"
    "| 合计 | 1,410 | 1,532 |\n"
)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    both_scripts(
        [
            (
                _TABLE_A,
                "宗",
                [12406, 13115, 6120, 6881, 4020, 3954, 2266, 2280, 12406, 13115],
            ),
            (_TABLE_B, "件", [1532, 1410, 702, 760, 408, 451, 1410, 1532]),
        ]
    ),
)
def test_table_counted_in_the_prose_unit(text: str, unit: str, expected: list[float]) -> None:
    assert sorted(_values(text, unit)) == sorted(expected), _rows(text)


@pytest.mark.parametrize(
    "text",
    _both(
        [
            # no figure of the table is written in the prose: the counter is not proven
            "全年受理举报1,532件。\n类别 | 上年 | 本年 |\n|---|---|---|\n| 大气 | 702 | 760 |\n",
            # two counters proven: no guess
            "共1,410件,涉及1,532家。\n类别 | 上年 | 本年 |\n|---|---|---|\n"
            "| 合计 | 1,410 | 1,532 |\n",
            # a decimal in the table: measures, not counts
            "排放总量1,410吨。\n项目 | 上年 | 本年 |\n|---|---|---|\n| 合计 | 1,410 | 1,532.5 |\n",
            # a shared figure below 100 proves nothing
            "共查处12宗。\n类别 | 上年 | 本年 |\n|---|---|---|\n| 合计 | 12 | 15 |\n",
            # the prose is too far above the table
            "共查处1,410宗。\n甲\n乙\n丙\n丁\n戊\n类别 | 上年 | 本年 |\n|---|---|---|\n"
            "| 合计 | 1,410 | 1,532 |\n",
        ]
    ),
)
def test_table_without_proof_left_unread(text: str) -> None:
    df = extract_quantities(text)
    table_start = text.rindex("\n", 0, text.index("|")) + 1  # the header line
    assert not (df["start"] >= table_start).any(), _rows(text)
    assert not df.empty  # the prose's own figures are still read


@pytest.mark.parametrize(
    "text",
    _both(
        [
            # the header names its unit: the header reader reads it, the prose adds nothing
            "共1,410件。\n类别 | 上年(件) | 本年(件) |\n|---|---|---|\n| 合计 | 1,410 | 1,532 |\n",
        ]
    ),
)
def test_table_with_header_unit_keeps_its_reader(text: str) -> None:
    assert sorted(_values(text, "件")) == [1410, 1410, 1532], _rows(text)


# --- 2a. 期 counts the issues of a publication ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("全年编发工作简报24期,报送信息300余条。", [("24期", 24.0)]),
            ("共出版环境快报十二期。", [("十二期", 12.0)]),
            ("编印督察专刊共计8期。", [("8期", 8.0)]),
            ("刊发内参5期,专报3期。", [("5期", 5.0), ("3期", 3.0)]),
        ]
    ),
)
def test_issues_of_a_publication_are_counted(text: str, expected: list[tuple[str, float]]) -> None:
    got = [(t, v) for t, v, u in _rows(text) if u == "期"]
    assert got == expected, _rows(text)


@pytest.mark.parametrize(
    "text",
    _both(
        [
            "本期为环境简报第24期。",
            "污水处理厂一期工程已投运。",
            "淘汰国四期以前的老旧柴油车。",
            "前4期计划主要以工程为主。",
            "要闻总第1982期。",
            "二期稻作收割期间加强巡查。",
            "限期整改3家企业。",
        ]
    ),
)
def test_phases_and_ordinals_of_qi_are_no_count(text: str) -> None:
    assert not any(u == "期" for _, _, u in _rows(text)), _rows(text)


# --- 2b. a quoted noun ending in a counter, after a figure with a multiplier --------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("全省1079个“无树村”和10.5万“无树户”全部消除。", 105000.0, "户"),
            ("已有2.3万“清洁户”通过验收。", 23000.0, "户"),
            ("评选出1.2万「绿色家」。", 12000.0, "家"),
        ]
    ),
)
def test_quoted_noun_gives_the_counter(text: str, value: float, unit: str) -> None:
    assert value in _values(text, unit), _rows(text)


@pytest.mark.parametrize(
    "text",
    _both(
        [
            "编号2“一号文件”已印发。",  # a bare integer before a quote: a label
            "发放10万“明白纸”。",  # the quoted noun ends in no counter
            "AQI<51“良好”日数比例为80%。",
        ]
    ),
)
def test_quoted_noun_without_counter_unchanged(text: str) -> None:
    assert not any(u in ("件", "户", "纸") for _, _, u in _rows(text)), _rows(text)


# --- 2c. a fine's amount with 元 left out --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts(
        [
            ("违规者最高罚6千...检举人可领奖金。", 6000.0, "at_most"),
            ("依法可处6万以上罚锾。", 60000.0, "at_least"),
            ("可处3千以下之罚款。", 3000.0, "at_most"),
            ("最高可处600万罚锾。", 6_000_000.0, "at_most"),
            ("罚锾3千,限期改善。", 3000.0, "exact"),
        ]
    ),
)
def test_fine_without_yuan_is_flagged_yuan(text: str, value: float, qualifier: str) -> None:
    df = extract_quantities(text)
    (row,) = [r for r in df.itertuples(index=False) if r.unit == "元"]
    assert (row.value, row.qualifier) == (value, qualifier)
    assert "ambiguous_unit" in row.warnings


@pytest.mark.parametrize(
    "text",
    _both(
        [
            "全市共有6千余名志愿者。",  # 千 outside a fine: no money
            "投资3千,",  # 千 after a word of money but no fine: a count may be meant
            "种植6万以上树苗。",  # a bound, then no fine
            "逾3千人参加。",
        ]
    ),
)
def test_bare_thousands_outside_a_fine_are_no_money(text: str) -> None:
    assert not any(u == "元" for _, _, u in _rows(text)), _rows(text)


# --- 2d. 载 as years ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    both_scripts([("该制度推动至今已数十载,成效显著。", 20.0, 90.0)]),
)
def test_vague_years_in_zai(text: str, low: float, high: float) -> None:
    df = extract_quantities(text)
    (row,) = list(df.itertuples(index=False))
    assert (row.unit, row.low, row.high, row.qualifier) == ("年", low, high, "range")
    assert "vague" in row.warnings


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts([("苦干十载,终见成效。", 10.0), ("历时三载完成整治。", 3.0)]),
)
def test_years_in_zai(text: str, value: float) -> None:
    assert _values(text, "年") == [value], _rows(text)


@pytest.mark.parametrize("text", _both(["核定5载客车辆。", "满载运行。", "车辆3载重超标。"]))
def test_zai_as_carry_is_no_year(text: str) -> None:
    assert not any(u == "年" for _, _, u in _rows(text)), _rows(text)


# --- 3. an ordinal list whose 第 stands before the first member ----------------------------------
@pytest.mark.parametrize(
    "text",
    _both(
        [
            "第四、五、六批督察整改正在推进。",
            "第一、二、三名分别为甲市、乙市和丙市。",
            "第七、八及九批信访件已办结。",
            "第4、5、6批已完成。",
            "分别是第2、19、23项,已整改。",  # the fast path leaves 23项 to the full scanner
        ]
    ),
)
def test_ordinal_list_members_are_no_count(text: str) -> None:
    assert _rows(text) == [], _rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("完成四、五、六批整改,共3个。", [3.0]),  # no 第: the list is not marked ordinal
            ("排名第一,二氧化硫下降3%。", [-3.0]),  # a comma closes the ordinal's clause
            ("第二批交办12件、第三批交办15件。", [12.0, 15.0]),
        ]
    ),
)
def test_counts_near_ordinals_kept(text: str, expected: list[float]) -> None:
    got = [v for t, v, u in _rows(text) if u != "批"]
    assert got == expected, _rows(text)


# --- vague magnitudes: a flagged range (read33's convention) ------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    both_scripts(
        [
            ("有数十家企业被按日计罚。", 20.0, 90.0, "家"),
            ("处分仅几万元。", 20_000.0, 90_000.0, "元"),
            ("数十万吨污水超标排放。", 200_000.0, 900_000.0, "吨"),
            ("推行数十项改善政策。", 20.0, 90.0, "项"),
        ]
    ),
)
def test_vague_magnitude_is_a_flagged_range(text: str, low: float, high: float, unit: str) -> None:
    df = extract_quantities(text)
    (row,) = [r for r in df.itertuples(index=False) if r.unit == unit]
    assert (row.qualifier, row.low, row.high) == ("range", low, high)
    assert math.isnan(row.value)
    assert "vague" in row.warnings
    assert row.confidence == "low"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts([("上百家企业参与。", 100.0, "at_least"), ("十几家企业", math.nan, "range")]),
)
def test_other_vague_forms_unchanged(text: str, value: float, qualifier: str) -> None:
    df = extract_quantities(text)
    (row,) = list(df.itertuples(index=False))
    assert row.qualifier == qualifier
    assert (math.isnan(value) and math.isnan(row.value)) or row.value == value
    assert "vague" in row.warnings
