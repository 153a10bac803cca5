"""reg31: registry links of a near form that is another measure (issue 13, hand check 20).

Classes: a rate whose head is another quantity than the registry name's (``…覆盖率`` is no
``…处理率``, ``…收集率`` no ``…处理率``) or whose thing measured is another (``污水处理设施
覆盖率`` is no ``污水管网覆盖率``); a bare name (``处理能力``) written for a figure of solid
waste, which is no wastewater indicator (and, when the waste's registry name is written
whole but for that bare name, is the waste's); a count in 个 whose noun after it is another
thing than the registry name before it counts (``燃煤小锅炉…的1711个具体点位``); a count of
teams glossed in pinyin (``28個(gè)督查組``).  And the forms those rules must not touch.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.extract._indicators import (
    _another_thing_measured,
    _of_another_matter,
)

#: (text, figure, code it must not be): a rate of another head or of another thing.
OTHER_RATE = [
    ("村镇覆盖方面，乡级区域污水处理设施覆盖率突破60%。", "60%", "wastewater_treatment_rate"),
    ("村镇覆盖方面，乡级区域污水处理设施覆盖率突破60%。", "60%", "sewer_network_coverage"),
    ("全县建制镇污水处理设施覆盖率达84.5%。", "84.5%", "wastewater_treatment_rate"),
    ("全县建制镇污水处理设施覆盖率达84.5%。", "84.5%", "sewer_network_coverage"),
    ("截至年底，全县农村生活污水处理设施普及率为41%。", "41%", "wastewater_treatment_rate"),
]

#: (text, figure, registry code): rates of the registry's own head and thing still link.
OWN_RATE = [
    ("全县城镇生活污水处理率达到95%。", "95%", "wastewater_treatment_rate"),
    ("全县农村生活污水收集率达到45%。", "45%", "wastewater_collection_rate"),
    ("全市森林覆盖率达到62.1%。", "62.1%", "forest_cover"),
]


def test_the_thing_measured_before_a_head() -> None:
    assert _another_thing_measured("乡级区域污水处理设施覆盖率", "污水管网覆盖率")
    assert _another_thing_measured("全县农村污水处理设施覆盖率", "管网覆盖率")
    # the noun before the head is the name's, or no plain noun (a statistic, a verb's noun)
    assert not _another_thing_measured("城镇生活污水处理率", "城镇污水处理率")
    assert not _another_thing_measured("细颗粒物年均浓度", "细颗粒物浓度")
    assert not _another_thing_measured("农作物秸秆综合利用率", "秸秆综合利用率")
    # no head at the end: nothing read
    assert not _another_thing_measured("污水处理设施", "污水管网覆盖率")


#: (text, figure, code it must not be): a bare capacity of solid waste.
WASTE_CAPACITY = [
    (
        "在全国567座垃圾处理设施中，城市生活垃圾填埋场有447座，处理能力27.3万吨/日。",
        "27.3万吨/日",
        "wastewater_treatment_capacity",
    ),
    ("全市建成餐厨垃圾处理厂2座，处理能力600吨/日。", "600吨/日", "wastewater_treatment_capacity"),
    (
        "新建危险废物集中处置中心1座，处理能力达200吨/日。",
        "200吨/日",
        "wastewater_treatment_capacity",
    ),
]

#: (text, figure, registry code): a bare capacity of water, or one the waste's name ends.
MATTER_CAPACITY = [
    ("全市建成污水处理厂12座，处理能力30万吨/日。", "30万吨/日", "wastewater_treatment_capacity"),
    # the waste named before, the water after it: the last matter names the bare name's
    (
        "垃圾中转站已建成3座；城东污水处理厂扩建完成，处理能力10万吨/日。",
        "10万吨/日",
        "wastewater_treatment_capacity",
    ),
    # 垃圾焚烧…处理能力: the waste's registry name written but for its bare end
    ("实施垃圾焚烧发电项目，处理能力1200吨/日。", "1200吨/日", "waste_incineration_capacity"),
]


def test_the_matter_of_a_figure() -> None:
    assert _of_another_matter("城市生活垃圾填埋场有447座，处理能力27.3万吨/日", "", "water")
    assert not _of_another_matter("城市生活垃圾填埋场有447座，处理能力27.3万吨/日", "", "waste")
    # sludge is the waste's, though a wastewater plant is named before it
    assert _of_another_matter("污水处理厂污泥采取高温发酵，污泥无害化处置率达到100%", "", "water")
    assert not _of_another_matter(
        "污水处理厂污泥采取高温发酵，污泥无害化处置率达到100%", "", "waste"
    )
    # the thing counted after the figure names its matter first
    assert not _of_another_matter(
        "完成330个村生活垃圾分类减量工作，完成118个", "村生活污水", "water"
    )
    # no matter written, or another domain: nothing read
    assert not _of_another_matter("处理能力30万吨/日", "", "water")
    assert not _of_another_matter("生活垃圾填埋场有447座，处理能力27.3万吨/日", "", "air")


#: (text, figure, code it must not be): a count in 个 of another thing than the name before.
ANOTHER_THING = [
    (
        "督查组对燃煤小锅炉淘汰改造等任务的1711个具体点位进行了现场核实。",
        "1711个",
        "coal_boilers_removed",
    ),
    ("全省集中式饮用水水源地356个问题已完成整改。", "356个", "drinking_water_sources"),
    ("目前自然保护区武威段150个生态环境问题已全部整改。", "150个", "nature_reserves_count"),
]

#: (text, figure, registry code): the name's own thing, or no noun after the count.
OWN_THING = [
    ("全省共有集中式饮用水水源地356个。", "356个", "drinking_water_sources"),
    ("全年淘汰燃煤锅炉35个，超额完成任务。", "35个", "coal_boilers_removed"),
    ("2017年，完成330个村生活垃圾分类减量工作。", "330个", "villages_waste_sorting"),
]


@pytest.mark.parametrize("gloss", ["", "(gè)"])
def test_teams_glossed_in_pinyin_are_no_count_of_the_name_after(gloss: str) -> None:
    text = f"據統計，28個{gloss}督查組對涉氣企業綜合整治、燃煤小鍋爐淘汰改造等任務進行了現場核實。"
    assert report_row(text, "28个")["indicator"] != "coal_boilers_removed"


#: (text, figure): enterprises found in breach by the verb 查获/查出 (the action ``find``).
FOUND = [
    ("110年執行87家次工廠查核，查獲8家違反空氣污染防制法，計裁罰176萬。", "8家"),
    ("稽查人员前往稽查，当场查获1家砂石场无废水排放许可证。", "1家"),
    ("专项行动中共检查企业320家，查出违法企业12家，立案处罚9家。", "12家"),
]

#: (text, figure): 查获/查出 of things that are no enterprises — goods, problems.
NOT_FOUND = [
    ("本次行动查获非法砂石500吨，移交公安处理。", "500吨"),
    ("本次专项检查查出问题21个，已全部交办。", "21个"),
]


#: The registry row of an enterprise found in breach (:data:`FOUND`, :data:`NOT_FOUND`).
_FOUND = "enterprises_with_violations_found"


def _cases(name: str, table: list[tuple[str, ...]], *, links: bool, flagged: bool) -> list[object]:
    """The cases of one class ``table`` above as rows of :data:`LINKS` (a table of two
    columns is of :data:`_FOUND`)."""
    return [
        pytest.param(
            case[0], case[1], case[2] if len(case) > 2 else _FOUND, links, flagged, id=f"{name}-{i}"
        )
        for i, case in enumerate(table)
    ]


#: (text, figure, code, links, flagged): every class above in one table.  ``links``: the
#: figure's indicator is ``code`` (``False``: is not); ``flagged``: its row must need review
#: (``False``: not checked).
LINKS = [
    *_cases("other-rate", OTHER_RATE, links=False, flagged=True),
    *_cases("own-rate", OWN_RATE, links=True, flagged=False),
    *_cases("waste-capacity", WASTE_CAPACITY, links=False, flagged=False),
    *_cases("matter-capacity", MATTER_CAPACITY, links=True, flagged=True),
    *_cases("another-thing", ANOTHER_THING, links=False, flagged=True),
    *_cases("own-thing", OWN_THING, links=True, flagged=False),
    *_cases("found", FOUND, links=True, flagged=True),
    *_cases("not-found", NOT_FOUND, links=False, flagged=False),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code", "links", "flagged"), LINKS)
def test_a_near_form_links_only_to_its_own_measure(
    text: str, figure: str, code: str, links: bool, flagged: bool, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert (row["indicator"] == code) == links, row["indicator"]
    if flagged:
        assert row["needs_review"]
