"""reg41: the registry's coverage, fifth round (issue 13; hand check 29's registry rows).

- A bare act after 责令 (``责令停产15839家``) counts the firms ordered, as the act alone does
  (``停产9家``): 责令 opens a clause whose count leaves its object out.
- 完成 right after an action verb (``已整治完成5500家``, ``整改完成280家``) says the act is
  done: the count is the verb's.
- ``water_use_total`` is written 全年用水量 (a year's water use) and 河道外供用水量 (the
  off-stream supply and use of a water-resources bulletin); bare 用水量 is no alias (a
  part's too: 收费用水量, 生态用水量, 单位…用水量).  A figure per person or per mu (人均,
  亩均 written right before the form or in the figure's own words) is no total
  (``_PER_ITEM``).
- A percentage written after the target it reaches (``达成本年度目标之162.2%``, ``分别仅完成
  2020年目标任务的11%、16%和28%``) is the registry's share of a planned target reached
  (``plan_target_completion_share``), each member of its list.
- A fines amount written right after a count of the cases of a penalty accruing by the day
  (``按日连续处罚案件共592件，罚款数额达68629.9万元``) is those cases' fines, a part of all
  fines: ``fines_total`` as the bundled report 000 links it, its subject naming the part
  (hand checks 2, 9, 29 found the part lost), to review.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row
from tests.report_rows import nth_written_code as _code
from tests.report_rows import nth_written_row as _row

from envindicators import datasets
from envindicators.extract._indicators import _fines_of_cases_before, per_item
from envindicators.units import to_simplified

# ------------------------------------------------------------- 责令 before an act

ORDERED = "上半年全国共检查企业62万余家次，责令停产15839家，关停取缔9325家。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (ORDERED, "15839家", "enterprises_suspended"),
        ("全市共检查企业1200家次，依法责令停产32家。", "32家", "enterprises_suspended"),
        ("今年以来检查企业800家，责令关停21家。", "21家", "enterprises_closed"),
    ],
)
def test_an_act_ordered_counts_the_firms_ordered(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # the orders to rectify keep their row; a firm suspended keeps it; the closed theirs
        (
            "共出动2186人次，检查企业470家次，责令整改77家，停产9家。",
            "77家",
            "rectification_orders",
        ),
        (
            "共出动2186人次，检查企业470家次，责令整改77家，停产9家。",
            "9家",
            "enterprises_suspended",
        ),
        (ORDERED, "9325家", "enterprises_closed"),
    ],
)
def test_the_siblings_of_an_order_keep_their_rows(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # the length of a suspension ordered: days, no firms
        ("对超标排放企业责令停产15天。", "15天", "enterprises_suspended"),
        # a count of persons after 责令: no firms
        ("责令停产后，共约谈企业负责人35人。", "35人", "enterprises_suspended"),
    ],
)
def test_near_orders_are_no_firms_suspended(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


# ------------------------------------------------------------- <verb>完成<count>


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("截至目前，已整治完成5500家，其中，取缔关停1995家。", "5500家", "enterprises_rectified"),
        ("全市共排查问题企业300家，已整改完成280家。", "280家", "enterprises_rectified"),
    ],
)
def test_an_act_done_counts_as_the_act(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # 完成 before a task count opens its own predicate: no firms rectified
        ("全市整治工作完成任务12项。", "12项", "enterprises_rectified"),
        # problems done, counted in 个 after their noun: no firms
        ("全市共排查问题企业300家，整改完成问题46个。", "46个", "enterprises_rectified"),
    ],
)
def test_a_task_or_rate_done_is_no_firm_count(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


# ------------------------------------------------------------- 用水量

CENSUS = (
    "与一污普相比，二污普时期我国用水量由5818.67亿立方米增至6043.40亿立方米，增长4%左右；"
    "人均用水量由441.52立方米/人降至435.91立方米/人。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("此外，去年全年用水量续见升幅，按年增加5.6%至94,123千立方米。", "94,123千立方米"),
        ("在用水方面，2021年全省河道外供用水量160.3亿立方米。", "160.3亿立方米"),
        ("全年总用水量11.25亿立方米，人均用水量为3662立方米。", "11.25亿立方米"),
    ],
)
def test_a_places_water_use_is_the_total(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) == "water_use_total"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (CENSUS, "441.52立方米/人"),
        (CENSUS, "435.91立方米/人"),
        ("全年总用水量11.25亿立方米，人均用水量为3662立方米。", "3662立方米"),
        ("全省河道外人均用水量342立方米，农田亩均灌溉用水量345立方米。", "342立方米"),
        ("全省河道外人均用水量342立方米，农田亩均灌溉用水量345立方米。", "亩均灌溉用水量345立方米"),
        # a part of the use (billed, ecological) or its intensity: no total
        ("收费用水量89,164千立方米，按年增加7.1%。", "89,164千立方米"),
        ("生活用水量和生态用水量分别增加0.52亿立方米和0.10亿立方米。", "0.10亿立方米"),
        ("2016年，单位国内生产总值能耗、用水量分别比2012年下降17.9%和25.3%。", "25.3%"),
    ],
)
def test_water_use_of_a_part_or_per_person_is_no_total(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) != "water_use_total"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # a sector's use and the intensity keep their rows
        (
            "其中，生活用水量减少3.7亿立方米，工业用水量减少8.0亿立方米。",
            "减少3.7亿立方米",
            "water_use_domestic",
        ),
        (
            "其中，生活用水量减少3.7亿立方米，工业用水量减少8.0亿立方米。",
            "减少8.0亿立方米",
            "water_use_industrial",
        ),
        ("全市万元国内生产总值用水量59立方米。", "59立方米", "water_use_intensity_gdp"),
    ],
)
def test_water_use_of_a_sector_keeps_its_row(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


def test_the_water_use_aliases_name_a_whole() -> None:
    reg = datasets.load("indicators").set_index("code")
    aliases = str(reg.loc["water_use_total", "aliases"]).split(";")
    assert {"全年用水量", "河道外供用水量"} <= set(aliases)
    assert "用水量" not in aliases  # bare, it is a part's too (收费, 生态, 单位…用水量)


@pytest.mark.parametrize(
    ("own", "name", "expected"),
    [
        ("人均用水量", "用水量", True),
        ("亩均灌溉用水量", "用水量", True),
        ("人均用水量", "人均用水量", False),  # a name per person itself
        ("用水总量", "用水量", False),
    ],
)
def test_per_person_and_per_mu_are_per_item(own: str, name: str, expected: bool) -> None:
    assert per_item(own, name) is expected


# ------------------------------------------------------------- fines of daily-penalty cases

NATIONAL = "据介绍，1-11月，按日连续处罚案件共798件，罚款数额达75012.82万元，查封、扣押案件7413件。"
COMPARED = "其中，按日连续处罚案件537件，比去年同期减少26%，罚款金额8.8169亿元，比去年同期减少3%。"
COUNTED = "其中，实施按日计罚11起，罚款金额3555.1238万元。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "words"),
    [
        (NATIONAL, "75012.82万元", "按日连续处罚案件罚款"),
        (COMPARED, "8.8169亿元", "按日连续处罚案件罚款金额"),
        (COUNTED, "3555.1238万元", "按日计罚罚款金额"),
    ],
)
def test_fines_of_daily_penalty_cases_are_a_part(
    text: str, written: str, words: str, hant: bool
) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "fines_total"
    assert to_simplified(str(row["subject"])) == words
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_of_the_part_fines_is_the_parts(hant: bool) -> None:
    fines = _row(COMPARED, "8.8169亿元", hant)
    change = _row(COMPARED, "比去年同期减少3%", hant)
    assert (change["indicator"], change["subject"]) == (fines["indicator"], fines["subject"])
    # the cases and their change keep their row
    assert _code(COMPARED, "537件", hant) == "daily_penalty_cases"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the fines after a list of means, the last of them another count: all fines
        (
            "截至10月10日，我州立案调查环境违法案件194件，按日连续处罚1件，移交公安2件，"
            "处罚金额2746万元。",
            "2746万元",
        ),
        # the fines of all penalty cases
        ("全市行政处罚案件50件，罚款金额288万余元。", "288万余元"),
        ("目前全省共实施行政处罚83次，处罚金额721.8万元，责令停产整改158家。", "721.8万元"),
    ],
)
def test_the_fines_of_all_cases_stay_the_fines(text: str, written: str, hant: bool) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "fines_total"
    assert "按日" not in to_simplified(str(row["subject"]))


def test_fines_of_cases_before_reads_glosses_and_the_nearest_count() -> None:
    t = "其中，按日計(jì)罰案件數(shù)132件，占案件總數(shù)的6%，罰款數(shù)額達19428.7萬元"
    assert _fines_of_cases_before(t, 0, t.index("罰款"), "罰款") == "按日計罰案件罰款"
    t = "按日连续处罚案件共54件，行政拘留12人，罚款数额达8513.66万元"
    assert _fines_of_cases_before(t, 0, t.index("罚款"), "罚款") is None


# ------------------------------------------------------------- a target's share reached

PIPES = (
    "截至2018年年底，老旧污水管网改造、雨污合流管网改造和新增污水管网分别仅完成2020年"
    "目标任务的11%、16%和28%。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "words"),
    [
        (
            "共计1,622件，达成本年度目标之162.2%，各项工作执行成果详如表。",
            "162.2%",
            "达成本年度目标",
        ),
        (PIPES, "11%", "完成2020年目标任务"),
        (PIPES, "16%", "完成2020年目标任务"),
        (PIPES, "28%", "完成2020年目标任务"),
        (
            "3个城镇污水处理厂及老旧管网改造项目分别仅完成规划能力目标的61%、74%和63%。",
            "74%",
            "完成规划能力目标",
        ),
    ],
)
def test_a_share_of_a_target_reached(text: str, written: str, words: str, hant: bool) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "plan_target_completion_share"
    assert to_simplified(str(row["subject"])) == words


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the share of the things that met a target: its words go on after 的
        ("全省达到年度目标的断面比例为90%。", "90%"),
        # a target's value, no share of it reached
        ("2020年全市优良天数比例目标为90%。", "90%"),
        # the sections that reached a target's demand: its words go on after 目标
        ("全省达到年度目标要求的断面占90%。", "90%"),
    ],
)
def test_near_target_wordings_are_no_share_reached(text: str, written: str, hant: bool) -> None:
    assert first_figure_row(text, written, hant=hant)["indicator"] != (
        "plan_target_completion_share"
    )
