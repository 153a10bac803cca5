"""reg37: the registry grown from the corpus's most frequent proposed measures (issue 13).

- Enforcement tallies of inspection reports: persons held accountable (``问责86人``),
  persons summoned (``约谈161人``, ``约谈党政领导干部2114人``), criminal cases opened
  (``立案侦查20件``), orders to rectify (``责令整改802家``), and the five coercive means of
  the Environmental Protection Law (``按日连续处罚案件``, ``查封、扣押案件``, ``限产、停产案件``,
  ``移送行政拘留``, their total ``五类案件总数``); Hong Kong's convictions
  (``被法庭定罪的个案共有16宗``).  A count of another thing in the same clause (``28个单位``,
  ``约谈…12家``, ``约谈92人次``) is none of them.
- Statistics: ``水资源总量``, ``废水排放总量``, ``工业废水排放量``; recycling rates of Taiwan
  (``资源回收率``, ``一般废弃物回收率``, ``资源回收量``) and Hong Kong (``都市固体废物回收率``),
  each its own measure.
- A count that ``其中`` opens with its words after it (``共有十六宗，其中八宗违反《…》``), and a
  count of a set named before ``中`` (``在被定罪的个案中，违反《…》的有六宗``) is a part of the
  whole: the whole's name is no name of it.
"""

from __future__ import annotations

import pytest
from tests.report_rows import nth_written_code as _code
from tests.report_rows import report_rows

from envindicators import datasets
from envindicators.extract._indicators import _part_opened

ENF = (
    "截至2022年2月底，督察组交办的2307件群众举报问题已基本办结，责令整改802家，立案处罚344家，"
    "罚款989.8万元，立案侦查20件，拘留23人，约谈161人，问责86人。"
)
ENF2 = (
    "截至六月底，被督察8省区已基本办结群众举报问题，责令整改企事业单位17012家，立案处罚3796家，"
    "立案侦查251件，拘留160人，约谈党政领导干部2114人，问责党政领导干部2176人。"
)
ENF3 = "目前，四市已上报办结809件，责令228家企业立即整改，立案处罚54家，约谈92人次，问责5人。"
FIVE = (
    "2016年1—10月，其中，按日连续处罚案件103件，查封、扣押案件1728件，限产、停产案件624件，"
    "移送行政拘留717起，移送涉嫌环境污染犯罪案件213件。"
)
FIVE2 = (
    "截至目前，庆阳市立案查处环境违法问题145起，查封扣押23起，限产、停产92起，"
    "涉嫌污染犯罪移送公安机关5起。"
)
FIVE3 = "截至目前，实施查封扣押6起、限产停产1起、移送犯罪2起、移送行政拘留4起。"
LN = (
    "2017年，全省共查处环境违法案件5393起，处罚金额累计7亿元，实施查封扣押案件265起，"
    "实施停产限产案件167起，实施按日连续处罚案件103起，按日连续处罚金额累计2.1亿元。"
)
TOTAL = "1—8月，全国实施五类案件总数为26451件，比去年同期增长6.8%。"
HK = (
    "二○一一年三月份因触犯环境保护署执行的管制条例，被法庭定罪的个案共有十六宗，"
    "其中八宗违反《空气污染管制条例》、八宗违反《水污染管制条例》。"
)
HK2 = (
    "二○一五年五月份被法庭定罪的个案共有16宗。在被定罪的个案中，违反《空气污染管制条例》的有六宗；"
    "违反《噪音管制条例》的个案有三宗。"
)
STATS = (
    "2006年全区水资源总量9.34亿立方米，比上年偏多14.5%。全国废水排放总量为536.8亿吨，"
    "比上年增加2.3%；工业废水排放量240.2亿吨。"
)
RECYCLE = (
    "统计113年1-10月一般废弃物回收率为51%。本县资源回收率至109年10月份为止为55.0%。"
    "资源回收量由109年11万21公吨增至112年11万6591公吨。都市固体废物回收率由2021年31%升至2022年32%。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (ENF, "802家", "rectification_orders"),
        (ENF, "20件", "criminal_cases_filed"),
        (ENF, "161人", "persons_summoned"),
        (ENF, "86人", "officials_held_accountable"),
        (ENF, "23人", "persons_detained"),  # the neighbours keep their rows
        (ENF, "989.8万元", "fines_total"),
        (ENF2, "17012家", "rectification_orders"),
        (ENF2, "251件", "criminal_cases_filed"),
        (ENF2, "2114人", "persons_summoned"),
        (ENF2, "2176人", "officials_held_accountable"),
        (ENF3, "228家", "rectification_orders"),
        (ENF3, "5人", "officials_held_accountable"),
    ],
)
def test_enforcement_tallies_link_their_rows(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (FIVE, "103件", "daily_penalty_cases"),
        (FIVE, "1728件", "seizure_cases"),
        (FIVE, "624件", "production_limit_cases"),
        (FIVE, "717起", "detention_transfer_cases"),
        (FIVE, "213件", "cases_transferred_to_police"),
        (FIVE2, "23起", "seizure_cases"),
        (FIVE2, "92起", "production_limit_cases"),
        (FIVE2, "145起", "env_violation_cases"),
        (FIVE3, "6起", "seizure_cases"),
        (FIVE3, "1起", "production_limit_cases"),
        (FIVE3, "2起", "cases_transferred_to_police"),  # 移送犯罪: no detention
        (FIVE3, "4起", "detention_transfer_cases"),
        (TOTAL, "26451件", "five_category_cases"),
        (LN, "5393起", "env_violation_cases"),  # the whole keeps its row
        (LN, "265起", "seizure_cases"),
        (LN, "167起", "production_limit_cases"),
        (LN, "103起", "daily_penalty_cases"),
        (LN, "2.1亿元", "fines_total"),
    ],
)
def test_the_five_coercive_means_are_each_their_own(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # a count of units, of enterprises, of person-times is no count of persons
        ("问责266人、28个单位，其中，处级干部1人。", "28个", "officials_held_accountable"),
        ("2020年，某市问责12个单位。", "12个", "officials_held_accountable"),
        ("2020年，某市约谈严重违法企业12家。", "12家", "persons_summoned"),
        ("2020年，某市约谈8个县区政府。", "8个", "persons_summoned"),
        (ENF3, "92人次", "persons_summoned"),
        # (reg40: enterprises sealed up are counted by seizure_cases, as check 28 judged)
        ("其中责令停产企业65家、查封扣押39家。", "39家", "enterprises_suspended"),
        # a part of the persons held accountable is no whole
        ("问责266人、28个单位，其中，处级干部1人。", "1人", "officials_held_accountable"),
    ],
)
def test_a_count_of_another_thing_is_none_of_them(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


@pytest.mark.parametrize("hant", [False, True])
def test_equipment_seized_keeps_its_row(hant: bool) -> None:
    assert _code("依法查封扣押违法设备12台。", "12台", hant) == "illegal_equipment_removed"


@pytest.mark.parametrize("hant", [False, True])
def test_convictions_whole_and_parts(hant: bool) -> None:
    assert _code(HK, "十六宗", hant) == "court_convictions"
    assert _code(HK2, "16宗", hant) == "court_convictions"
    for text, written in ((HK, "八宗"), (HK2, "六宗"), (HK2, "三宗")):
        rows = report_rows(text, hant=hant)
        for _, row in rows[rows["written"] == written].iterrows():
            assert row["indicator"] != "court_convictions", row[["indicator", "subject"]]
            assert "条例" in str(row["subject"]) or "條例" in str(row["subject"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (STATS, "9.34亿立方米", "water_resources_total"),
        (STATS, "536.8亿吨", "wastewater_discharge_total"),
        (STATS, "240.2亿吨", "industrial_wastewater_discharge"),
        (RECYCLE, "51%", "general_waste_recycling_rate"),
        (RECYCLE, "55.0%", "resource_recycling_rate"),
        (RECYCLE, "11万6591公吨", "resources_recycled"),
        (RECYCLE, "32%", "msw_recovery_rate"),
    ],
)
def test_statistics_and_recycling_rates(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
def test_the_name_written_whole(hant: bool) -> None:
    """The row's name written whole (``立案侦查案件``) names it, and its change after it."""
    text = "2020年，某市立案侦查案件12件，同比增长20%。"
    assert _code(text, "12件", hant) == "criminal_cases_filed"
    assert _code(text, "同比增长20%", hant) == "criminal_cases_filed"


def test_part_opened() -> None:
    t = "被法庭定罪的个案共有十六宗，其中八宗违反《空气污染管制条例》"
    assert _part_opened(t, t.index("，"), t.index("八"), t.index("违"), len(t))
    t2 = "共有十六宗，其中有八宗违反《空气污染管制条例》"
    assert _part_opened(t2, t2.index("，"), t2.index("八"), t2.index("违"), len(t2))
    t3 = "共有十六宗，其中八宗"
    assert not _part_opened(t3, t3.index("，"), t3.index("八"), len(t3), len(t3))
    t4 = "共有十六宗，另有八宗违反《空气污染管制条例》"
    assert not _part_opened(t4, t4.index("，"), t4.index("八"), t4.index("违"), len(t4))


def test_one_row_per_measure() -> None:
    """The new rows' names are their own: no alias of them names an older row."""
    reg = datasets.load("indicators").set_index("code")
    new = [
        "officials_held_accountable",
        "persons_summoned",
        "criminal_cases_filed",
        "detention_transfer_cases",
        "seizure_cases",
        "production_limit_cases",
        "daily_penalty_cases",
        "five_category_cases",
        "rectification_orders",
        "court_convictions",
        "water_resources_total",
        "wastewater_discharge_total",
        "industrial_wastewater_discharge",
        "resource_recycling_rate",
        "general_waste_recycling_rate",
        "msw_recovery_rate",
        "resources_recycled",
    ]
    assert set(new) <= set(reg.index)
    assert "seize:case" in str(reg.loc["seizure_cases", "action"])
    assert "seize:case" not in str(reg.loc["env_violation_cases", "action"])
    assert reg.loc["persons_summoned", "unit"] == "人"
    assert reg.loc["criminal_cases_filed", "unit"] == "件"


@pytest.mark.parametrize("hant", [False, True])
def test_industrial_dust_is_no_wastewater(hant: bool) -> None:
    """``工业烟(粉)尘排放量`` is alike in words to ``工业废水排放量`` but another matter."""
    text = "2010年，工业烟(粉)尘排放量1029.3万吨，比上年减少6.5%。"
    for written in ("1029.3万吨", "比上年减少6.5%"):
        code = _code(text, written, hant)
        assert code != "industrial_wastewater_discharge"
        assert code == "industrial_dust_emissions"
