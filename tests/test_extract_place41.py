"""Regions of hand check 29's classes (place41).

* a place in a postal address (``专门邮政信箱：辽宁省沈阳市A号邮政信箱``, ``兰州市193号信箱``) is
  where the letters go, not what the text tells about: no figure's region, and no sign of
  the division a text of 我市 speaks as (a notice naming its counties and the provincial
  capital's mailbox is the counties' city's page);
* a place that begins an organisation's name (``长安污水处理厂``, ``海南盈涛水务有限责任公司``)
  is no subject beyond its clause — nor of the sentences after it, nor of the document
  when it is in the opening — a plant (厂) included; a city's plants as a subject
  (``长沙市污水处理厂平均负荷率``) and a clause's words between (``四川省共有污水处理厂``) are
  no organisation's name.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import first_figure_row as _row
from tests.scripts import to_traditional

from envindicators import regions
from envindicators.extract._places import in_organisation_name, in_postal_address

# --- a postal address ---------------------------------------------------------------------

#: (text, figure, region): a 我市 page whose mailbox is in another city
POSTAL = [
    (
        "4月13日，中央生态环境保护督察辽宁省工作协调组向我市转办了第七批群众环境信访举报问题，"
        "共12件。涉及彰武县7件、新邱区5件。专门邮政信箱：辽宁省沈阳市A号邮政信箱。",
        "12件",
        "阜新市",
    ),
    (
        "督察组向我市转办第三批信访件共12件，其中平罗县5件、惠农区7件。"
        "督察组专门邮政信箱：宁夏回族自治区银川市A001号邮政信箱。",
        "12件",
        "石嘴山市",
    ),
    (
        "我市收到督察组转办的信访件9件，涉及秦州区4件、麦积区5件。"
        "督察组值班电话：0931-8920513，专门邮政信箱：兰州市193号信箱。",
        "9件",
        "天水市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), POSTAL)
def test_a_postal_address_names_no_region(text: str, figure: str, region: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, the address's places): box numbers with letters, 第, 专用, 邮政局
ADDRESSES = [
    ("专门邮政信箱：辽宁省沈阳市A号邮政信箱。", ["辽宁省", "沈阳市"]),
    ("专门邮政信箱：浙江省杭州市第755专用信箱。", ["浙江省", "杭州市"]),
    ("专门邮政信箱：天津市河西区A01836号邮政信箱。", ["天津市", "河西区"]),
    ("专门邮政信箱：西藏自治区那曲市邮政局A001号。", ["西藏自治区", "那曲市"]),
    ("或通过江西省南昌市A340号邮政信箱举报。", ["江西省", "南昌市"]),
]
#: a mailbox without a number is no address: the places stay
NOT_ADDRESSES = [
    "天津市设立环境保护督察整改落实信访举报电话和投诉信箱。",
    "由12369环保举报热线和南宁市长信箱受理。",
    "南京市环保局受理举报信箱来信36件。",
]


def _mentions(text: str, within: str | None = None) -> pd.DataFrame:
    found = regions.find_regions(text, within=within)
    return found[found["name"].notna()].reset_index(drop=True)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "places"), ADDRESSES)
def test_the_places_of_an_address(text: str, places: list[str], hant: bool) -> None:
    text = to_traditional(text) if hant else text
    found = _mentions(text)
    inside = found.loc[in_postal_address(text, found), "name"].tolist()
    assert inside == places


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_a_mailbox_without_a_number_is_no_address(text: str, hant: bool) -> None:
    text = to_traditional(text) if hant else text
    found = _mentions(text)
    assert len(found) >= 1
    assert not in_postal_address(text, found).any()


def test_a_place_before_a_mailbox_keeps_its_figures() -> None:
    row = _row("天津市设立举报电话和投诉信箱，共受理群众举报56件。", "56件")
    assert row["region"] == "天津市"


# --- a place that begins an organisation's name ---------------------------------------------

#: (text, figure, region): the organisation's place in an earlier sentence or the opening
ORGANISATION = [
    (
        "截至2008年末，西安市已建成并运行的污水处理厂有5座，其中第三污水处理厂(10万吨/日)、"
        "长安污水处理厂(5万吨/日)。总污水处理量达到71万吨/日。",
        "71万吨/日",
        "西安市",
    ),
    (
        "澄迈县环保局通报了一起超标排放案件。海南盈涛水务有限责任公司的排污口超标排放。"
        "监测结果显示氨氮超标4.25倍，该局对企业罚款4.3万元。",
        "4.25倍",
        "澄迈县",
    ),
    (
        "环境保护部日前通报了21件典型环境违法案件，其中，通州区漷县污水处理厂被发现用塑料桶冒充"
        "出水口取样。\n案件中涉及超标排放15件。",
        "21件",
        "全国",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), ORGANISATION)
def test_an_organisations_place_is_not_carried(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: the place stays the subject: a city's plants, words of a clause, 中心城区, a place's
#: own clause
ORGANISATION_KEPT = [
    ("2020年，长沙市污水处理厂平均负荷率达到85%。全年处理污水3亿吨。", "3亿吨", "长沙市"),
    ("四川省共有污水处理厂120座。处理能力达到500万吨/日。", "500万吨/日", "四川省"),
    ("北京市中心城区PM2.5浓度为40微克/立方米。全年优良天数250天。", "250天", "北京市"),
    ("湖南省已关闭小电厂、小钢厂。全年削减二氧化硫排放1.2万吨。", "1.2万吨", "湖南省"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), ORGANISATION_KEPT)
def test_no_organisation_where_the_place_is_the_subject(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
def test_the_organisation_mask(hant: bool) -> None:
    text = "长安污水处理厂(5万吨/日)、海南盈涛水务有限责任公司。"
    text += "四川省共有污水处理厂，全市污水处理厂。"
    text = to_traditional(text) if hant else text
    found = _mentions(text, within="西安市")  # 长安 read inside 西安; 全市 resolved
    assert len(found) == 4
    flagged = found.loc[in_organisation_name(text, found), "name"].tolist()
    assert flagged == ["长安区", "海南省"]


# --- a national page by its count of cities; a group's area word before its count -----------

#: (text, figure, region)
COUNTED = [
    (
        "开展夜间区域声环境监测的319个地级及以上城市等效声级平均为46.0 dB(A)。其中，4个城市"
        "夜间区域声环境质量评价等级为一级。",
        "46.0",
        "全国",
    ),
    (
        "京津冀区域13个城市空气质量达标天数比例平均为58.0%。与去年同期相比，京津冀区域13个城市"
        "平均达标天数比例由46.5%上升为58.0%。",
        "46.5%",
        "京津冀",
    ),
    (
        "长三角区域25个城市空气质量达标天数比例平均为85.6%。与上月相比，长三角区域25个城市平均"
        "达标天数比例由74.9%上升为85.6%。",
        "74.9%",
        "长三角地区",
    ),
]
#: a province's count of its cities, a page that speaks as a division: not the country's
COUNTED_KEPT = [
    "开展监测的13个地级及以上城市PM2.5平均浓度为38微克/立方米。",
    "本市在168个重点城市中排名第20。本市全年PM2.5平均浓度为38微克/立方米。",
    "全省45个城市PM2.5平均浓度为38微克/立方米。",
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), COUNTED)
def test_a_count_of_cities_names_the_whole(text: str, figure: str, region: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("text", COUNTED_KEPT)
def test_a_division_counting_its_cities_is_not_the_country(text: str, hant: bool) -> None:
    row = _row(text, "38微克/立方米", hant=hant)
    assert row["value"] == 38
    assert row["region"] != "全国"
