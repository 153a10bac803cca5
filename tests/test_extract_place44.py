"""Regions: the whole given to a part, a county's page given to Taiwan (place44, issue 13).

* Places that share one figure by 各 (``邵阳市、娄底市各170件``) are all list members: none is
  the subject of a later sentence about the whole tally (``_places.labels_of_lists``).
* A whole a place is ranked in by 率先 (``在全国率先实现…``) is its reference, not the
  subject of the sentences after it (``_places.compared_mentions``).
* A glyph's reading after a place (``贛榆區(qū)、東海縣``) does not break a list before 分别
  (``_reader._respective_place``).
* A text of Taiwan whose title names no county and which never names the island's whole is
  the page of the county it names more often than all others together
  (``Places._part_named``).
* The title's place is no section of a text that speaks as another division (我市, 本港):
  the paragraphs that name no place take the document's region (``Places.without_title``).
* A title that counts places and names one at an end of their ranking (``20城公布 临汾市
  垫底``) names a member, not the document's region (``_places.ranked_in_title``).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row

HUNAN = (
    "11月20日，中央第四督察组向湖南省转办第二十一批信访举报件，共111件。\n"
    "前二十一批累计交办2575件，分别为：长沙市704件，衡阳市247件，邵阳市、娄底市各170件，"
    "常德市166件，省发改委16件。从污染类型来看，累计举报最多的3类污染是大气、水、噪声。"
)
NINGDE = (
    "督察组向宁德市转办信访件20件，其中蕉城区、福安市各8件，霞浦县4件。已办结15件，责令整改9家。"
)
SICHUAN = (
    "四川省环保督察整改情况\n"
    "2017年，我省完成对21个市(州)的环保督察工作，在全国率先实现省级环保督察全覆盖。"
    "督察结束后，省环保督察组对发现的问题进行分类，共梳理出各类环境问题8924个。"
)
YICHANG = (
    "宜昌市推进污水管网改造\n宜昌市在全省率先完成城区雨污分流改造。今年共完成管网改造120公里。"
)
LIANYUNGANG = (
    "连云港市上半年空气质量\n"
    "赣榆区(qū)、东海县、灌云县、灌南县1-6月PM2.5平均浓度分别为61.9微克/立方米、"
    "61.6微克/立方米、52.6微克/立方米、66.9微克/立方米。"
)
CHIAYI = (
    "空氣越來越好!近5年從嘉南平原「看到玉山主峰」天數增加\n"
    "嘉義縣今天從平地可遠眺玉山;環保局表示,嘉義縣近5年空氣品質不良天數比例由107年24.7%"
    "降至111年7.9%。\n"
    "依據行政院環境保護署空氣品質監測網,嘉義縣新港及朴子2測站空氣品質指標皆為普通等級。\n"
    "空氣品質不良時,環保局今年已發布健康警示12次。"
)
NINGDE_TITLE = (
    "福建省生态环境保护督察组转办第七批群众信访举报件情况\n"
    "5月29日，督察组向我市转办信访件3件，其中涉及蕉城区2件、福安市1件。\n"
    "截至目前，已办结2件，责令整改1家。"
)
HONGKONG = (
    "屯門連續兩年空氣最差\n"
    "本港去年空氣質素顯著改善;惟屯門去年錄得243小時空氣質素健康指數7或以上,屬全港最差。\n"
    "路邊情况更嚴重,2016年二氧化氮平均濃度為每立方米82微克。"
)

NATIONAL = (
    "今年前3月空气质量相对较差20城公布 临汾市垫底\n"
    "中新网4月12日电 生态环境部12日通报2019年1-3月全国空气质量状况。\n"
    "1-3月，平均优良天数比例为76.9%，同比上升0.1个百分点；PM2.5浓度为54微克/立方米。"
)

#: (text, figure, region): the whole, a county's page, the document's region
POSITIVES = [
    (HUNAN, "3类", "湖南省"),  # 邵阳市、娄底市各170件: members, not the tally's subject
    (NINGDE, "9家", "宁德市"),  # 蕉城区、福安市各8件: the place named before them
    (SICHUAN, "8924个", "四川省"),  # 在全国率先实现: 全国 is the reference
    (YICHANG, "120公里", "宜昌市"),  # 在全省率先完成: 全省 is the reference
    (LIANYUNGANG, "52.6微克/立方米", "灌云县"),  # 贛榆區(qū)、…: one list of four
    (LIANYUNGANG, "61.6微克/立方米", "东海县"),
    (CHIAYI, "12次", "嘉义县"),  # 嘉南平原 read as 南平市; the county named three times
    (NINGDE_TITLE, "1家", "宁德市"),  # 福建省 addresses 我市: no section
    (HONGKONG, "82微克", "香港特别行政区"),  # 屯門 ranked in 本港's whole: no section
    (NATIONAL, "54微克/立方米", "全国"),  # 20城…临汾市垫底: a ranked member, not the page's
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), POSITIVES)
def test_the_whole_or_the_page_is_the_region(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, figure, region): near wordings each rule must leave as they were
NEGATIVES = [
    # a member's own figure shared by 各 stays the member's
    (NINGDE, "8件", "福安市"),
    # 各 after a clause, not a place: no label, the list's holder as before
    (
        "江苏省督察整改情况\n涉及镇江市、常州市的问题各有3件。已办结5件，责令整改2家。",
        "2家",
        "江苏省",
    ),
    # 全国 as the subject (no 率先): the country's own figure
    ("四川省环保督察整改情况\n全国优良天数比例为87.5%。", "87.5%", "全国"),
    # a clause between two places breaks the list before 分别: the last run of two aligns
    (
        "连云港市上半年空气质量\n东海县(xiàn)完成治理，灌云县、灌南县PM2.5平均浓度分别为"
        "52.6微克/立方米、66.9微克/立方米。",
        "52.6微克/立方米",
        "灌云县",
    ),
    # two counties named as often: no one county's page, Taiwan's
    (
        "空氣越來越好!近5年從嘉南平原「看到玉山主峰」天數增加\n"
        "嘉義縣今天空氣品質普通;雲林縣今天空氣品質普通。\n"
        "嘉義縣與雲林縣環保局表示,民國111年空氣品質不良天數比例降至7.9%。\n"
        "行政院環境保護署表示,今年已發布健康警示12次。",
        "12次",
        "台湾省",
    ),
    # the island's whole named (全國): a page of Taiwan that names one county, Taiwan's
    (
        "空氣越來越好!近5年從嘉南平原「看到玉山主峰」天數增加\n"
        "嘉義縣今天可遠眺玉山;嘉義縣近5年空氣品質不良天數比例由107年24.7%降至111年7.9%。\n"
        "依據行政院環境保護署空氣品質監測網,嘉義縣2測站皆為普通等級。\n"
        "全國空氣品質不良時,今年已發布健康警示12次。",
        "12次",
        "台湾省",
    ),
    # a title ranking its own place among none it counts: the place's page
    (
        "临汾市空气质量垫底 原因找到了\n"
        "记者从临汾市生态环境局获悉，今年1-3月空气质量有所改善。\n"
        "1-3月，PM2.5浓度为54微克/立方米。",
        "54微克/立方米",
        "临汾市",
    ),
    # a title counting places whose place is not at an end of their ranking: its own page
    (
        "20城空气质量排名公布 临汾市空气改善明显\n"
        "记者从临汾市生态环境局获悉，今年1-3月空气质量有所改善。\n"
        "1-3月，PM2.5浓度为54微克/立方米。",
        "54微克/立方米",
        "临汾市",
    ),
    # the title names the city the text speaks as: its section stays
    (
        "宁德市转办第七批群众信访举报件\n"
        "5月29日，督察组向我市转办信访件3件，其中涉及蕉城区2件、福安市1件。\n"
        "截至目前，已办结2件，责令整改1家。",
        "1家",
        "宁德市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), NEGATIVES)
def test_near_wordings_keep_their_region(text: str, figure: str, region: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] == region
