"""reg42: the registry's coverage, sixth round (issue 13; hand check 30's registry rows).

- Petitions counted at another stage of their handling than a stage named whole in the same
  sentence (``共收到群众举报44134件，受理有效举报32277件，…累计向被督察地方交办转办29189件``)
  are still ``petitions_handled`` — the row counts petitions received, transferred or
  handled (its definition): the stage rule of ``_by_parts`` (a count named by parts beside
  its name written whole is another stage of it, no link) holds for every other count.
- A batch's key petitions written ``重点信访事项2件`` are a part of the batch, named
  (convention a), as ``重点信访件`` and ``重点交办件`` are (``_KEY_CASES`` reads 事项).
- A count of a province's prefecture-level divisions written as all of them — the whole's
  words (全省) before it and the set's own things after it (``全省16个市的…工作``), or the
  aim of an act (``对全省14个市州开展…``) — is ``prefectures_count`` (convention e); 市 is
  the row of its level's other words (no ``市数`` is written).
- A sum of money right after a penalty verb (``共裁處二百四十九萬元``, ``处罚1.2亿元``) is the
  fines imposed (``fines_total``), as ``罚1.2亿元`` is; not a party's own fine (``被处罚5万元``)
  nor the daily penalty's part (``按日连续处罚共计12万余元``).
- Bare ``二氧化硫`` is an alias of ``so2_concentration`` as bare ``二氧化氮`` is of
  ``no2_concentration``: the unit decides (a concentration in µg/m³, never emissions in 吨).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row
from tests.report_rows import nth_written_code as _code
from tests.report_rows import nth_written_row as _row
from tests.scripts import to_traditional

from envindicators.extract._actions import _a_fine_paid
from envindicators.extract._places import divisions_whole
from envindicators.units import to_simplified

# ----------------------------------------------------------- petitions at every stage

FUNNEL = (
    "截至9月4日，8个督察组共收到群众举报44134件，受理有效举报32277件，"
    "经梳理合并重复举报，累计向被督察地方交办转办29189件。"
)
FUNNEL_CHANNELS = "截至4月30日，8个督察组共收到群众来电、来信举报10809件，受理有效举报10622件。"
FUNNEL_MERGED = (
    "截至10月1日，各督察组共收到群众举报15307件，受理有效举报11870件，经合并重复举报后转办10302件。"
)
FUNNEL_BIG5 = (
    "截至督察进驻结束，共收到群众举报2069件，经梳理合并重复举报，受理有效举报1364件，"
    "涉及大气污染545件、水污染201件。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (FUNNEL, "44134件"),  # received
        (FUNNEL, "29189件"),  # transferred
        (FUNNEL_CHANNELS, "10809件"),
        (FUNNEL_MERGED, "15307件"),
        (FUNNEL_MERGED, "10302件"),
        (FUNNEL_BIG5, "2069件"),
        ("共接到群众举报232件，受理有效举报200件。", "232件"),
    ],
)
def test_petitions_at_another_stage_are_petitions_handled(
    text: str, written: str, hant: bool
) -> None:
    assert _code(text, written, hant) == "petitions_handled"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (FUNNEL, "32277件"),  # the stage named whole keeps its row
        (FUNNEL_BIG5, "1364件"),
    ],
)
def test_the_stage_named_whole_keeps_its_row(text: str, written: str, hant: bool) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "petitions_handled"
    assert "受理有效举报" in to_simplified(str(row["subject"]))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "part"),
    [
        # a finding's part keeps the finding named; a split's part its topic
        ("截至目前，受理有效举报1364件，其中属实1100件，不属实264件。", "1100件", "属实"),
        ("截至目前，受理有效举报1364件，其中属实1100件，不属实264件。", "264件", "不属实"),
        (FUNNEL_BIG5, "545件", "大气"),
        # the key cases and the cases a verification found, after the batch: parts
        (
            "12月8日，督察组向我省交办了第十六批群众信访举报件共39件，均为来电件，"
            "其中交办重点关注件4件。",
            "4件",
            "重点",
        ),
        (
            "目前，前26批共497件信访件已办理完毕，其中经调查举报情况属实154件、"
            "基本属实82件、部分属实212件、不属实49件。",
            "154件",
            "属实",
        ),
    ],
)
def test_the_parts_of_the_stages_stay_named(text: str, written: str, part: str, hant: bool) -> None:
    assert part in to_simplified(str(_row(text, written, hant)["subject"]))


# ----------------------------------------------------------- a batch's key petitions

KEY = (
    "11月20日9时，中央第四生态环境保护督察组向贵州移交第三十二批次(11月19日8时至20时)"
    "信访事项共78件，其中群众来电43件、来信35件，重点信访事项2件。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [KEY, "11月20日，督察组向贵州移交第三十二批次信访事项共78件，其中重点信访事项2件。"],
)
def test_a_batchs_key_petition_matters_are_a_part_named(text: str, hant: bool) -> None:
    row = _row(text, "2件", hant)
    assert row["indicator"] == "petitions_handled"
    assert "重点信访事项" in to_simplified(str(row["subject"]))


@pytest.mark.parametrize("hant", [False, True])
def test_the_batch_and_a_places_part_are_no_key_part(hant: bool) -> None:
    text = "11月20日，督察组向贵州移交信访事项共78件，其中贵阳市30件、遵义市48件。"
    for written in ("78件", "30件"):
        row = _row(text, written, hant)
        assert row["indicator"] == "petitions_handled"
        assert "重点" not in to_simplified(str(row["subject"]))
    assert "重点" not in to_simplified(str(_row(KEY, "78件", hant)["subject"]))


# ----------------------------------------------------------- a province's whole set of cities


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "2017年9月下旬，省整改工作领导小组对全省16个市的环境保护审计整改工作实现了现场监督。",
            "16个",
        ),
        ("2018年6月至8月，我省对全省14个市州开展了第一轮省级环保督察。", "14个"),
        ("2017年，本轮督察分两批对全省17个市(州)展开，每批督察进驻时间为20天。", "17个"),
        ("2022年，全省13个设区市的空气质量优良天数比率在63.0%~79.0%之间。", "13个"),
    ],
)
def test_a_provinces_whole_set_of_cities_is_prefectures_count(
    text: str, written: str, hant: bool
) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "prefectures_count"
    assert row["role"] == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2018年，全省8个市州空气质量达标。", "8个"),  # those that did something
        ("2018年，交办的39个信访举报件涉及全省5个市州，其中西宁市20件、海东市12件。", "5个"),
        ("2018年，全省有8个市州完成整改。", "8个"),
        ("2018年，对全省11个城市开展专项检查。", "11个"),  # cities of any level
        ("2018年，对全省5个县(市、区)开展督察。", "5个"),  # counties
        ("2018年，对8个市州开展专项督察。", "8个"),  # no whole's words
        # the seats of the prefectures (市 of 市州政府所在地城市): cities, no count of 市
        ("2021年9月，全省14个市州政府所在地城市环境空气优良天数平均为90%。", "14个"),
    ],
)
def test_a_count_of_some_divisions_is_not(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) != "prefectures_count"


@pytest.mark.parametrize(
    ("text", "at", "word"),
    [
        ("对全省14个市州开展督察", (3, 6), "市州"),
        ("全省16个市的整改工作", (2, 5), "市"),
        ("分两批对全省17个市(州)展开", (6, 9), "市"),
        ("全省8个市州的3个县", (2, 4), "市州"),
        ("涉及全省5个市州", (4, 6), None),
        ("对8个市州开展督察", (1, 3), None),
        ("全省8个市州空气质量达标", (2, 4), None),
    ],
)
def test_divisions_whole_of_the_set(text: str, at: tuple[int, int], word: str | None) -> None:
    assert divisions_whole(text, *at) == word
    assert divisions_whole(to_traditional(text), *at) == word


# ----------------------------------------------------------- fines after a penalty verb


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "據統計，去年度清潔隊在寶山鄉內舉發亂丟垃圾案件十件，共裁處二百四十九萬元。",
            "二百四十九万元",
        ),
        ("2018年，全县共裁处249万元。", "249万元"),
        ("2018年，全市共处罚1.2亿元。", "1.2亿元"),
        ("2018年，全市共查处违法企业120家，处罚1.2亿元。", "1.2亿元"),
        ("2018年，全市共行政处罚1.2亿元。", "1.2亿元"),
    ],
)
def test_a_sum_after_a_penalty_verb_is_the_fines(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) == "fines_total"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        ("今年第一季度，多家房地产公司被处罚5万元或10万元。", "5万元", "fines_total"),
        ("2016年，又对其依法实施了按日连续处罚共计12万余元。", "12万余元", "fines_total"),
    ],
)
def test_a_partys_fine_or_the_daily_penaltys_part_is_not(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


@pytest.mark.parametrize("hant", [False, True])
def test_a_penalty_verbs_cases_stay_cases(hant: bool) -> None:
    assert _code("2018年，全县共裁处违规案件37件。", "37件", hant) == "env_violation_cases"


@pytest.mark.parametrize(
    ("classes", "text", "at", "end", "expected"),
    [
        ({"amount"}, "共裁处249万元", 1, 3, True),
        ({"amount"}, "被处罚5万元", 1, 3, False),
        ({"amount"}, "按日连续处罚12万元", 4, 6, False),
        ({"case"}, "裁处37件", 0, 2, False),
        ({"amount", "case"}, "处罚37件", 0, 2, False),
    ],
)
def test_a_fine_paid(classes: set[str], text: str, at: int, end: int, expected: bool) -> None:
    assert _a_fine_paid(classes, text, at, end) is expected


# ----------------------------------------------------------- bare 二氧化硫 as a concentration

SO2_LIST = (
    "2012年，全省环境空气中可吸入颗粒物平均浓度为92微克/立方米、二氧化硫34微克/立方米、"
    "二氧化氮37微克/立方米。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (SO2_LIST, "34微克/立方米", "so2_concentration"),
        (SO2_LIST, "37微克/立方米", "no2_concentration"),  # the next member keeps its row
        (SO2_LIST, "92微克/立方米", "pm10_concentration"),
        (
            "2020年，全市二氧化硫为8微克/立方米，二氧化氮为25微克/立方米。",
            "8微克/立方米",
            "so2_concentration",
        ),
    ],
)
def test_bare_so2_in_a_concentrations_unit(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # emissions and their cuts in 吨 or % are no concentration
        ("2015年，全市二氧化硫排放量下降5.2%，二氧化硫减排1200吨。", "下降5.2%", "so2_emissions"),
        ("2015年，全市二氧化硫排放量下降5.2%，二氧化硫减排1200吨。", "减排1200吨", "so2_emissions"),
        (
            "2018年，全县二氧化硫平均浓度为12微克/立方米，二氧化硫排放总量下降3%。",
            "下降3%",
            "so2_emissions",
        ),
    ],
)
def test_so2_emissions_keep_their_row(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "2017年全国大气污染物排放情况为：氮氧化物1785.22万吨，颗粒物1684.05万吨，二氧化硫696.32万吨。",
            "696.32万吨",
        ),
        ("2015年，预计可削减二氧化硫2.63万吨，烟粉尘2.13万吨。", "2.63万吨"),
    ],
)
def test_so2_in_tonnes_is_no_concentration(text: str, written: str, hant: bool) -> None:
    row = first_figure_row(text, written, hant=hant)  # (a cut foreseen: the targets table)
    assert row["indicator"] != "so2_concentration"
