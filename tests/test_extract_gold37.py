"""gold37: the gold's wrong indicators — registry rows that fit but were not linked (issue 13).

- A count whose noun is followed, in its clause, by a negation and an act (``225台…在用燃煤锅炉
  未安装环保设施``, ``燃煤锅炉未按期淘汰``, ``尚未拆除``) counts the things not acted on: the
  registry row that names them so (``coal_boilers_not_rectified``, :func:`not_done_rows`),
  never the row of those removed.  Counts of boilers removed stay removed.
- Common wordings of registry measures (``datasets/indicators.csv`` aliases, evidence in
  ``datasets/indicator_aliases_evidence.csv``): 污水未经处理排入 (untreated discharge),
  超标污水 (above-standard effluent), 破坏林地 / 毁坏林地 / 破坏山体 (ecological damage),
  配套建设粪污处理设施比例 and the water plan's 粪便污水贮存、处理、利用设施比例 (manure
  facility share), 防护林 (shelter forest), 土壤点位 (soil monitoring points).
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.extract._linking import not_done_after, not_done_rows

REMOVED = "coal_boilers_removed"
LEFT = "coal_boilers_not_rectified"

NOT_DONE = [
    ("截至督察进驻时，全省仍有225台10蒸吨及以下在用燃煤锅炉未安装环保设施。", "225台"),
    ("2018年，城市建成区仍有29台10蒸吨及以下燃煤锅炉未按期淘汰。", "29台"),
    ("检查发现，唐山市2019年共有12台燃煤锅炉尚未拆除。", "12台"),
    ("截至2020年6月底，全市还有8台燃煤小锅炉未按要求完成改造。", "8台"),
    ("2017年全省有27台20蒸吨以上燃煤锅炉未按要求建设脱硝设施。", "27台"),
]

DONE = [
    ("2018年，全市淘汰燃煤锅炉1200台。", "1200台"),
    ("2019年拆除燃煤小锅炉356台，未发现反弹。", "356台"),
    ("2017年全省共淘汰10蒸吨及以下燃煤锅炉4500台。", "4500台"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "value"), NOT_DONE)
def test_boilers_not_acted_on_are_not_removed(text: str, value: str, hant: bool) -> None:
    assert report_row(text, value, hant=hant)["indicator"] == LEFT


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "value"), DONE)
def test_boilers_removed_stay_removed(text: str, value: str, hant: bool) -> None:
    assert report_row(text, value, hant=hant)["indicator"] == REMOVED


SPAM_TS = (
    "2017年8月，督查组检查发现，唐山市某包装公司有2台燃煤锅炉尚未拆除，"
    "1台生物质锅炉未安装治理设施。"
)


@pytest.mark.parametrize("hant", [False, True])
def test_another_things_negation_is_not_theirs(hant: bool) -> None:
    """The coal boilers not removed are; the biomass boiler not fitted is no coal boiler."""
    assert report_row(SPAM_TS, "2台", hant=hant)["indicator"] == LEFT
    assert report_row(SPAM_TS, "1台", hant=hant)["indicator"] != LEFT


def test_not_done_words() -> None:
    assert not_done_after("10蒸吨及以下在用燃煤锅炉未安装环保设施") == "10蒸吨及以下在用燃煤锅炉"
    assert not_done_after("燃煤锅炉尚未拆除") == "燃煤锅炉"
    assert not_done_after("燃煤小锅炉未按要求完成改造") == "燃煤小锅炉"
    assert not_done_after("，未发现反弹") is None  # another clause
    assert not_done_after("断面未达标") is None  # a quality, no act
    assert not_done_after("污水未经处理排入汾河") is None  # a process, no act left undone
    assert not_done_after("燃煤锅炉已全部淘汰") is None


def test_not_done_rows_pairs_things_by_form() -> None:
    forms = {
        "removed": ["燃煤锅炉", "拆除燃煤小锅炉"],
        "left": ["未按要求治理或淘汰的燃煤锅炉"],
        "sections": ["监测断面"],
        "noncompliant": ["未达标断面"],
    }
    assert not_done_rows(forms) == {"removed": ("left",)}  # 断面 is 2 characters: too short


ALIASED = [
    (
        "2017年，全县每天约3000吨生活污水未经处理排入河道。",
        "3000吨",
        "untreated_wastewater_discharge",
    ),
    (
        "2018年，该县城每天尚有1.2万吨污水未经处理排入湘江。",
        "1.2万吨",
        "untreated_wastewater_discharge",
    ),
    (
        "2019年，该污水处理厂每天约2万吨超标污水排入长江。",
        "2万吨",
        "noncompliant_effluent_discharge",
    ),
    ("该采石场2018年非法开采，破坏林地12.5公顷。", "12.5公顷", "ecological_damage_area"),
    ("2020年，该公司超许可范围毁坏林地223.36亩。", "223.36亩", "ecological_damage_area"),
    ("2019年该矿开采破坏山体面积已超过57亩。", "57亩", "ecological_damage_area"),
    (
        "2019年，全市畜禽养殖场配套建设粪污处理设施比例为85%。",
        "85%",
        "livestock_manure_facility_share",
    ),
    (
        "2019年，全省规模化畜禽养殖场(小区)配套建设粪便污水贮存、处理、利用设施比例为72%。",
        "72%",
        "livestock_manure_facility_share",
    ),
    ("2019年全省建设三北防护林120万亩。", "120万亩", "shelter_forest_area"),
    ("2018年，全省布设深层土壤点位208个。", "208个", "soil_monitoring_points"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "value", "code"), ALIASED)
def test_common_wordings_link_their_row(text: str, value: str, code: str, hant: bool) -> None:
    assert report_row(text, value, hant=hant)["indicator"] == code


NOT_ALIASED = [
    # treated before discharge: no untreated discharge
    (
        "2019年，全县每天约3000吨生活污水经处理后排入河道。",
        "3000吨",
        "untreated_wastewater_discharge",
    ),
    # a count of cases of damage, no area damaged
    ("2019年，全省查处破坏林地案件120起。", "120起", "ecological_damage_area"),
    # points of another medium, no soil points
    ("2018年，全省布设地表水监测点位150个。", "150个", "soil_monitoring_points"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "value", "code"), NOT_ALIASED)
def test_other_wordings_stay_unlinked(text: str, value: str, code: str, hant: bool) -> None:
    assert report_row(text, value, hant=hant)["indicator"] != code
