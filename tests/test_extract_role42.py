"""Roles of hand checks 29 and 30's classes (role42).

* the parts 其中 opens after a whole told as done (``被督察市已办结5767件，其中立案处罚374家，
  罚款4135万元``, ``目前还有7项未完成，其中，扬州2项``) are results or the state found, no
  targets, whatever date an earlier sentence lends them — not a part its own words promise
  (``正在整改72件，其中计划于…前完成整改的14件``) nor the part of a whole not told as done;
* the handling reported back (``被督察区向督察组反馈问题办理情况738件``) is a reporting frame:
  outcomes — not the handling due (``信访件的办理情况须在10天内反馈``);
* a count of cities written with 城 or 城市 as its unit (``74城空气质量状况``, ``338城市优良
  天数比例为79.3%``) is the size of the ranked or averaged group, context, as ``74个城市``, and
  named 城市 — not cities of a quality (``21城市空气质量达标``);
* the whole a part is said of at once (``1500套拆迁还建房中约500套涉嫌被诈骗``, ``八十天中有
  十二天``) is its size, context — not a batch of cases split (``73件案件中``), nor 中 of a
  state (``正改善中``);
* the points of a monitoring network by their use (``用于反映道路交通噪声水平的监测点位1405个``)
  are its design, context — not points built (``新建用于…的监测点位12个``);
* 将 + a verb of removal, or a manner adverb and a verb of removal or work (``将一次性淘汰
  燃煤锅炉165台``, ``将集中淘汰、整改376台``) announces the action: a target — not 将 = 把
  (``将13个乡镇分组考核``) nor 已将;
"""

from __future__ import annotations

import numpy as np
import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role
from tests.scripts import to_traditional

from envindicators.extract._phrases import PART_OPENER
from envindicators.extract._roles import COMMITMENT, part_of_done, survey_design
from envindicators.units import to_simplified

NO_TITLES = np.empty((0, 2), dtype=int)

# --- the parts of a whole told as done ---------------------------------------------------------

#: A page stamped 2021-05-01 whose earlier sentence names a span (4月7日至4月9日) the reader
#: lent the parts as their deadline on main.
SHANDONG = (
    "第二轮第一批山东省生态环境保护督察全面完成督察进驻工作\n\n2021-05-01 大众日报 02版\n"
    "第二轮第一批8个省级生态环境保护督察组于4月7日至4月9日陆续进驻淄博、枣庄、烟台等8市开展督察。"
    "截至4月30日上午8:00，8个督察组共收到群众来电、来信举报10809件。"
    "被督察市已办结5767件，其中立案处罚374家，罚款4135万元，立案侦查27件，拘留5人，约谈54人。"
)
#: The handling reported back, under a sentence whose 6月底 is when the groups entered.
BEIJING = (
    "北京:第三批市级环保督察受理群众举报1351件\n2017-11-15 15:22:49 | 来源:新华网\n"
    "北京市首批3个环境保护督察组曾于6月底进驻丰台、房山、大兴区，受理有效群众举报1729件；"
    "被督察区向督察组反馈问题办理情况738件，其中责令整改319起，立案处罚82起，约谈13人。"
)
PARTS_DONE = [
    (SHANDONG, "374家"),
    (SHANDONG, "4135万元"),
    (SHANDONG, "27件"),
    (SHANDONG, "54人"),
    (BEIJING, "738件"),
    (BEIJING, "319起"),
    (BEIJING, "13人"),
]
#: a part its own words promise; the parts of a whole not told as done
PARTS_NOT_DONE = [
    (
        "截至目前，正在整改72件，其中计划于2018年5月31日前完成整改的14件，"
        "2018年12月31日前完成整改的31件。",
        "14件",
        "2018-03-01",
    ),
    (
        "对照中央环保督察反馈意见，我市共认领38项整改任务，其中，2017年底前须完成任务23项。",
        "23项",
        "2017-06-01",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PARTS_DONE)
def test_a_part_of_a_whole_told_as_done_is_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "published"), PARTS_NOT_DONE)
def test_a_part_promised_or_of_a_whole_not_done_stays_a_target(
    text: str, figure: str, published: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant, published=published)) == "target"


@pytest.mark.parametrize("hant", [False, True])
def test_part_of_done(hant: bool) -> None:
    def done(text: str, figure: str) -> bool:
        text = to_traditional(text) if hant else text
        written = to_traditional(figure) if hant else figure
        return part_of_done(text, 0, text.index(written), NO_TITLES)

    assert done("被督察市已办结5767件，其中立案处罚374家，罚款4135万元", "4135万元")
    assert done("应于今年完成的13项整改任务中，目前还有7项未完成，其中，扬州2项", "2项")
    assert not done("正在整改72件，其中计划于2018年底前完成整改的14件", "14件")
    assert not done("我市共认领38项整改任务，其中，2017年底前须完成任务23项", "23项")
    assert not done("被督察市已办结5767件，问责168人", "168人")  # no 其中: its own clause decides
    assert PART_OPENER == "其中"


# --- a count of cities written with 城 or 城市 as its unit --------------------------------------

CITIES = [
    ("环保部发布2016年1-11月和11月重点区域和74城空气质量状况。", "74城"),
    ("2018年12月，338城市优良天数比例为79.3%，同比上升2.1个百分点。", "338城市"),
    ("2016年，我国74城市PM2.5平均浓度为50微克/立方米。", "74城市"),
    ("生态环境部公布今年前3月空气质量相对较差20城，临汾市垫底。", "20城"),
]
#: cities of a quality: the count is a result
CITIES_OF_A_QUALITY = [
    ("2018年，21城市空气质量达标，同比增加3个。", "21城市"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), CITIES)
def test_a_count_of_cities_by_its_unit_is_context(text: str, figure: str, hant: bool) -> None:
    row = _row(text, figure, hant=hant, published="2019-04-20")
    assert _role(row) == "context"
    assert to_simplified(str(row["subject"])) == "城市"  # named by what it counts


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), CITIES_OF_A_QUALITY)
def test_cities_of_a_quality_are_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2019-01-20")) == "outcome"


# --- the whole a part is said of at once -------------------------------------------------------

WHOLES = [
    ("揭露武汉关南社区四期1500套拆迁还建房中约500套涉嫌被诈骗。", "1500套"),
    ("据环保署统计，北部地区八十天中有十二天「不良橘」以上天数。", "八十天"),
    ("工联会访问的1260名市民中有234名认为空气质量转差。", "1260名"),
]
#: a batch of cases split by place; 中 of a state; the part itself
NOT_WHOLES = [
    ("第十九批转办的73件案件中，哈尔滨市39件，齐齐哈尔市8件。", "73件", "outcome"),
    ("目前已有41座机组完成改善或正改善中，符合度高达8成。", "41座", "outcome"),
    ("揭露武汉关南社区四期1500套拆迁还建房中约500套涉嫌被诈骗。", "约500套", "outcome"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), WHOLES)
def test_the_whole_a_part_is_said_of_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2022-05-31")) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "role"), NOT_WHOLES)
def test_cases_split_a_state_or_the_part_keep_their_role(
    text: str, figure: str, role: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant, published="2022-05-31")) == role


# --- the points of a network by their use ------------------------------------------------------

NETWORK = (
    "据介绍，5133个监测点位中，用于反映城市各类功能区声环境质量的监测点位210个，"
    "用于评价整个城市环境噪声总体水平的区域声环境监测点位3518个，"
    "用于反映道路交通噪声水平的监测点位1405个。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["210个", "3518个", "1405个"])
def test_points_by_their_use_are_context(figure: str, hant: bool) -> None:
    assert _role(_row(NETWORK, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_survey_design_by_purpose(hant: bool) -> None:
    def design(text: str, figure: str) -> bool:
        text = to_traditional(text) if hant else text
        written = to_traditional(figure) if hant else figure
        s = text.index(written)
        return survey_design(text, s, s + len(written))

    assert design("用于反映道路交通噪声水平的监测点位1405个", "1405个")
    assert not design("今年新建用于反映道路交通噪声水平的监测点位12个", "12个")
    assert not design("已建成用于反映道路交通噪声水平的监测点位12个", "12个")
    assert not design("用于治理的资金1405万元", "1405万元")


# --- 将 + a verb of removal: the action announced ---------------------------------------------

ANNOUNCED = [
    ("通过此次集中行动，邯郸市将一次性淘汰燃煤锅炉165台。", "165台"),
    ("通州区将集中淘汰、整改376台燃煤锅炉。", "376台"),
    ("该区将关停散乱污企业52家。", "52家"),
]
#: 将 = 把; 已将
NOT_ANNOUNCED = [
    ("2015年，该市将13个乡镇分组考核，淘汰燃煤锅炉165台。", "165台"),
    ("该区已将52家散乱污企业关停。", "52家"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ANNOUNCED)
def test_an_action_announced_with_jiang_is_a_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2015-06-30")) == "target"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_ANNOUNCED)
def test_jiang_as_ba_or_done_is_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2016-06-30")) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
def test_commitment_jiang(hant: bool) -> None:
    def promises(words: str) -> bool:
        words = to_simplified(to_traditional(words)) if hant else words
        return COMMITMENT.search(words) is not None

    assert promises("邯郸市将一次性淘汰燃煤锅炉")
    assert promises("将集中淘汰、整改")
    assert not promises("将13个乡镇分组考核")
    assert not promises("集中淘汰燃煤锅炉")
