"""Regions of hand check 30's classes (place42).

* a text of Taiwan is known by its ministries (經濟部, 內政部, 衛福部, 台電公司) and its
  environmental laws (空氣污染防制法, 廢清法, 土污法 …) as Hong Kong's by its ordinances: its
  我國 / 全國 are Taiwan's (台湾省), not the country's; a name Taiwan shares with the mainland
  (金門縣) read as Taiwan's by its script is a sign of Taiwan too;
* a place that begins a standard's or a law's name (``符合廣東省標準``,
  ``《江苏省大气污染防治条例》``) names where the norm binds, not the subject of the clauses
  after it;
* the usual names of autonomous counties and banners that the short-name rule does not make
  (阜蒙县, 喀左县, 本溪县, 鄂温克旗) are in the gazetteer.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import first_figure_row as _row
from tests.scripts import to_traditional

from envindicators import regions
from envindicators.extract._places import in_organisation_name


def _in(text: str, hant: bool) -> str:
    return to_traditional(text) if hant else text


# --- a text of Taiwan known by its ministries and laws ------------------------------------

#: (text, figure): a text of Taiwan whose only signs are a ministry or a law of Taiwan
TAIWAN_TEXTS = [
    (
        "统计结果显示，我国净温室气体排放量从2007年排放峰值后逐步下降。依经济部今年8月公布"
        "资料，在疫后经济复苏下，全国电力需求增加4.4%，电力排碳系数上升至0.509 kgCO2/度。",
        "0.509 kgCO2/度",
    ),
    (
        "《土壤及地下水污染整治法》(简称土污法)上路20年，累积列管的8845处污染场址，"
        "其中污染农地面积达1185公顷。",
        "8845处",
    ),
    (
        "我国去年共查获违反空污法案件2件及废清法案件1件，皆依法告发，罚款合计36万元。",
        "36万元",
    ),
    (
        "内政部与卫福部公布，全国垃圾回收率达到55.6%，较前一年提升1.2个百分点。",
        "55.6%",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), TAIWAN_TEXTS)
def test_a_text_of_taiwan_by_its_ministries_and_laws(text: str, figure: str, hant: bool) -> None:
    assert regions.document_territory(_in(text, hant)).code == "710000"
    assert _row(text, figure, hant=hant)["region"] == "台湾省"


#: Near wordings that are no sign of Taiwan: a department of any level (经济部门, 内政部门),
#: a foreign ministry (德国经济部), the mainland's laws (大气污染防治法, 土壤污染防治法,
#: 环境影响评价法) — their 全国 stays the country's.
MAINLAND_TEXTS = [
    "国家统计局公布，我国经济部门能耗下降，全国单位GDP能耗下降2.7%。",
    "德国经济部称，我国与欧盟贸易增长，全国进出口增长3.6%。",
    "生态环境部通报，依据大气污染防治法和土壤污染防治法，全国共查处案件1.2万件。",
    "国务院发布，各地内政部门配合，全国环境影响评价法执行率达到98%。",
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("text", MAINLAND_TEXTS)
def test_no_sign_of_taiwan_in_near_wordings(text: str, hant: bool) -> None:
    territory = regions.document_territory(_in(text, hant))
    assert territory is None or territory.code == "mainland"
    assert "710000" not in regions.territory_signs(_in(text, hant))


def test_a_shared_name_read_as_taiwans_by_its_script() -> None:
    # 金門縣 in traditional script is Taiwan's (find_regions reads it so): a sign of Taiwan;
    # 金门县 in simplified script is left open (Fujian's 泉州市金门县 as well): no sign
    text = "金门县环境保护局为改善本县环境品质，推动清净家园行动，每月巡查脏乱点共446件。"
    assert regions.document_territory(to_traditional(text)).code == "710000"
    assert _row(text, "446件", hant=True)["region"] == "金门县"
    assert regions.document_territory(text) is None


# --- a place in a standard's or a law's name ---------------------------------------------

#: (text, figure, region): the figure after a norm's name is the text's place's
NORMS = [
    (
        "2010年揭阳市区环境质量公报\n揭阳市区降尘年月均值为4.08吨/平方公里·月，符合广东省标准，"
        "比去年下降0.42吨/平方公里·月。",
        "比去年下降0.42吨/平方公里·月",
        "揭阳市",
    ),
    (
        "南京市环保局通报\n南京市开展大气执法专项行动，依据《江苏省大气污染防治条例》，"
        "共处罚企业12家。",
        "12家",
        "南京市",
    ),
    (
        "佛山市环境状况公报\n佛山市二氧化硫年均浓度为0.021毫克/立方米，达到广东省地方标准要求，"
        "比上年下降8.7%。",
        "8.7%",
        "佛山市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), NORMS)
def test_a_norms_place_is_no_subject(text: str, figure: str, region: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, place's end, is a norm's or organisation's place): 规定 is a verb as often
#: (湖北省规定); 标准化 is no norm's name; a clause's word between (四川省共有标准…)
NORM_MASK = [
    ("符合广东省标准，比去年下降", 5, True),
    ("依据《江苏省大气污染防治条例》，", 6, True),
    ("执行浙江省排污许可管理办法，", 5, True),
    ("湖北省规定，企业排放须达标", 3, False),
    ("江苏省标准化工作会议召开", 3, False),
    ("四川省共有标准化厂房", 3, False),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "end", "expected"), NORM_MASK)
def test_the_norm_mask(text: str, end: int, expected: bool, hant: bool) -> None:
    found = pd.DataFrame({"end": [end], "match": ["full"]})
    assert in_organisation_name(_in(text, hant), found).tolist() == [expected]


@pytest.mark.parametrize("hant", [False, True])
def test_a_province_that_rules_keeps_its_figure(hant: bool) -> None:
    text = "湖北省规定，全省企业排放须达标，今年已关停企业35家。"
    assert _row(text, "35家", hant=hant)["region"] == "湖北省"


# --- usual names of autonomous counties and banners ----------------------------------------

USUAL = [
    ("阜蒙县", "210921"),
    ("喀左县", "211324"),
    ("前郭县", "220721"),
    ("杜蒙县", "230624"),
    ("本溪县", "210521"),
    ("龙胜县", "450328"),
    ("隆林县", "451031"),
    ("鄂温克旗", "150724"),
    ("鄂伦春旗", "150723"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("written", "code"), USUAL)
def test_an_autonomous_division_by_its_usual_name(written: str, code: str, hant: bool) -> None:
    found = regions.find_regions(_in(f"{written}2023年空气优良天数比例为95.1%", hant))
    assert found["code"].tolist() == [code]
    assert regions.resolve(_in(written, hant)).code == code


@pytest.mark.parametrize("hant", [False, True])
def test_a_petition_of_fumeng(hant: bool) -> None:
    text = "督察组向我市转办第七批信访件共12件，其中阜蒙县1件、彰武县7件、新邱区4件。"
    assert _row(text, "1件", hant=hant)["region"] == "阜新蒙古族自治县"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("本溪市2023年空气优良天数", "210500"),
        ("河南县域经济发展", "410000"),
        ("阜新市区", "210900"),
    ],
)
def test_usual_names_leave_other_names(text: str, code: str) -> None:
    # the city keeps its name; 河南县 is not listed (河南县域… is the province's counties)
    assert regions.find_regions(text)["code"].tolist()[0] == code
