"""A county's figure in a list under its city (issue 13, place35).

place34 counted 202 rows whose quote names a county while the row's region is its city.
Read figure by figure, nearly all are right: the city's own total (``向我市交办…29件``), a
member the gazetteer does not know (高新区, 经开区, 市住建局) or a figure shared by several
counties (``A县和B县均为358天``, ``A、B、C共性1件``).  The wrong class found is the reverse:
a member whose label is a zone written out in full (``高新技术产业开发区20件``, nine
characters) was no label to :func:`list_member_places` (at most eight), so the county of
the member before it (曹妃甸区) was carried to the zone's figure.  Rule: a longer label that
ends like a division (区, 县, 市 …) is a member's label too.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._places import _member_label


def _in(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else text


@pytest.mark.parametrize(
    "label",
    [
        "高新技术产业开发区",
        "城乡一体化示范区",
        "东钱湖旅游度假区",
        "經濟技術開發區",
        "高新区",
        "市直",
    ],
)
def test_member_labels_short_and_zones_written_out(label: str) -> None:
    assert _member_label(label)


@pytest.mark.parametrize(
    "label",
    [
        "其中国家级风景名胜区",
        "按污染类型分主要为涉水",
        "已办结并向社会公开的案件",
        "共涉及全市各县市区",
    ],
)
def test_not_member_labels(label: str) -> None:
    assert not _member_label(label)


_ZONES = [
    (
        "累计向我市转办信访件489件，涉及路北区82件、曹妃甸区21件、高新技术产业开发区20件、"
        "滦南县15件。",
        "20件",
        "唐山市",
    ),
    (
        "目前共向我市交办19件群众举报材料，其中义马市2件，湖滨区5件，城乡一体化示范区3件，"
        "卢氏县1件。",
        "3件",
        "三门峡市",
    ),
    (
        "此次交办我市信访件15件，其中鄞州区3件、北仑区2件、东钱湖旅游度假区7件、江北区3件。",
        "7件",
        "宁波市",
    ),
]


@pytest.mark.parametrize(("text", "figure", "region"), _ZONES)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_zone_written_out_does_not_take_the_county_before_it(
    text: str, figure: str, region: str, script: str
) -> None:
    assert report_row(_in(text, script), figure)["region"] == region


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        (_ZONES[0][0], "21件", "曹妃甸区"),
        (_ZONES[0][0], "15件", "滦南县"),
        (_ZONES[1][0], "5件", "湖滨区"),
        (_ZONES[2][0], "3件", "鄞州区"),
        (_ZONES[2][0], "2件", "北仑区"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_counties_of_the_list_keep_their_figures(
    text: str, figure: str, region: str, script: str
) -> None:
    assert report_row(_in(text, script), figure)["region"] == region


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_citys_total_and_a_shared_figure_stay_the_citys(script: str) -> None:
    text = _in(
        "累计向我市转办信访件489件，涉及路北区82件、市城管局1件，滦州市、丰润区、古冶区共性1件。",
        script,
    )
    assert report_row(text, "489")["region"] == "唐山市"
    assert report_row(text, "82")["region"] == "路北区"
