"""The region of a figure about a counted group whose items are each led by a place (place36).

Inspection reports list the culprits of one finding as items each led by its place and close
the list with 等 and their count (``大同市天马泰山石材、大同县珍国花岗岩石材场等2家采石企业
侵占核心区36公顷``): the figure after such a group is about all its items, so its region is
the division that holds their places — the one that holds the others when it is among them,
else their common parent or province — never the last item's place.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.units import to_simplified

#: (text, figure, region)
GROUPS = [
    # a city and a county of it: the city
    (
        "山西省生态保护红线问题。大同市天马泰山石材、大同县珍国花岗岩石材场等2家采石企业侵占核心区36公顷。",
        "36公顷",
        "大同市",
    ),
    (
        "山西省问题。大同市天马石材、阳高县珍国石材场等2家采石企业侵占核心区36公顷。",
        "36公顷",
        "大同市",
    ),
    # two items of one city
    (
        "江苏省问题。南京市甲化工公司、南京市乙钢铁公司等2家企业违规排放废水3万吨。",
        "3万吨",
        "南京市",
    ),
    # cities of one province: the province
    (
        "督察发现，太原市甲公司、晋中市乙公司、大同市丙公司等3家企业违规排放废水5万吨。",
        "5万吨",
        "山西省",
    ),
    # counties of one city: the city
    (
        "湖南省问题。浏阳市甲厂、宁乡市乙厂等2家企业超标排放，罚款120万元。",
        "120万元",
        "长沙市",
    ),
    # traditional script, written by hand (a character-by-character converter writes 大同
    # as 大衕 and 家 as 傢)
    (
        "山西省問題。大同市天馬石材、陽高縣珍國石材場等2家採石企業侵佔核心區36公頃。",
        "36公頃",
        "大同市",
    ),
    (
        "督察發現，太原市甲公司、晉中市乙公司、大同市丙公司等三家企業違規排放廢水5萬噸。",
        "5萬噸",
        "山西省",
    ),
]

#: (text, figure, region): no count closing the group, a count smaller than the items, or
#: items in several clauses — the nearest place as before
NOT_GROUPS = [
    ("山西省问题。大同市天马石材、阳高县珍国石材场侵占核心区36公顷。", "36公顷", "阳高县"),
    ("山西省問題。大同市天馬石材、陽高縣珍國石材場侵佔核心區36公頃。", "36公頃", "阳高县"),
    (  # items in two clauses
        "山西省问题。大同市天马石材，阳高县珍国石材场等2家采石企业侵占核心区36公顷。",
        "36公顷",
        "阳高县",
    ),
    (  # a count smaller than the items found
        "山西省问题。大同市天马石材、阳高县珍国石材场等1家采石企业侵占核心区36公顷。",
        "36公顷",
        "阳高县",
    ),
]


def _region(text: str, figure: str) -> str:
    return str(report_row(text, to_simplified(figure))["region"])


@pytest.mark.parametrize(("text", "figure", "region"), GROUPS)
def test_a_counted_groups_figure_is_of_the_division_holding_its_items(
    text: str, figure: str, region: str
) -> None:
    assert _region(text, figure) == region


@pytest.mark.parametrize(("text", "figure", "region"), NOT_GROUPS)
def test_without_a_count_closing_the_items_the_nearest_place_stands(
    text: str, figure: str, region: str
) -> None:
    assert _region(text, figure) == region
