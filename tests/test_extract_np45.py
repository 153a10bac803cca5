"""np45 (issue 13): proposed phrases — bare words, remnants, the next member, a lone sector.

Hand check 32's wrong proposed phrases of this class, each by its general cause:

* a quoted name cut inside its quotes (``企業完全做到“兩斷``): the closing mark trimmed with
  what follows it — ``_indicators._quote_kept`` keeps it when the words open the quotation;
* a discourse remnant after the name a sentence is about (``O3-8hr的部分``,
  ``每人每日垃圾清運量部分``) — ``_phrases._PART_TAIL``, cut when the words before it name a
  measure, a pollutant's identifier or a network's stations;
* a conjunction opening the phrase (``但只成功檢控``, ``故本計畫查核``, ``則以電鍍…被開罰``) —
  ``_indicators._TRIM_HEAD`` (not 故障, 就业, nor 但仍 with nothing after it: the row stays);
* the next list member's words as the phrase (``淮北市完成2个、淮南市完成1个`` →
  ``(no measure named) 淮南市``) — ``_indicators._act_before_member`` reads the act before
  the figure, which ``_act_counted`` names by the things the sentence's earlier count names
  (基本问题完成);
* a lone sector on a yearbook table's row (``生活 … 300579`` under ``化学需氧量排放量(吨)``) —
  ``_indicators._row_part`` names the part with the measure of the row it is under.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _act_before_member, _quote_kept, _row_part
from envindicators.extract._phrases import tidy_phrase
from envindicators.units import to_simplified


def _subjects(text: str, figure: str) -> list[str]:
    """The subjects (simplified) of the rows whose figure, in simplified script, is
    ``figure`` (fails listing the rows if none is)."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "indicator", "subject"]]
    return [to_simplified(str(s)) for s in rows["subject"]]


def _script(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else text


QUOTED = [
    (
        "从“两断三清”情况看,34家已复查企业中,有25家企业完全做到“两断三清”,占73.5%。",
        "25家",
        "企业完全做到“两断三清”",
    ),
    ("至2023年底,全省共有3处入选“全国美丽河湖”。", "3处", "入选“全国美丽河湖”"),
    ("推进“两江四岸”109公里岸线治理提升工程。", "109公里", "推进“两江四岸”"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), QUOTED)
def test_quoted_name_not_cut_inside_its_quotes(
    text: str, figure: str, subject: str, script: str
) -> None:
    got = _subjects(_script(text, script), figure)
    assert got == [to_simplified(_script(subject, script))]


def test_quote_kept_only_for_a_quotation_opened() -> None:
    words = "推进“两江四岸”"
    assert words[: _quote_kept(words, 6)] == "推进“两江四岸”"
    assert _quote_kept("優良天數”", 4) == 4  # closes a quotation it does not open
    assert _quote_kept("推进“两江四岸", 6) == 6  # no closing mark written


PARTS = [
    ("O3-8hr的部分则由112年56.7 ppb微幅提升至113年58.6 ppb。", "56.7 ppb", "O3-8hr"),
    ("自动测站部分也完成2站每月各二次的定期维护。", "2站", "自动测站"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), PARTS)
def test_discourse_part_cut_after_the_topic(
    text: str, figure: str, subject: str, script: str
) -> None:
    assert _subjects(_script(text, script), figure) == [subject]


@pytest.mark.parametrize(
    ("words", "tidied"),
    [
        ("O3-8hr的部分", "O3-8hr"),
        ("每人每日垃圾清運量部分", "每人每日垃圾清運量"),
        ("每人每日垃圾清运量部分", "每人每日垃圾清运量"),
        ("自動測站部分", "自動測站"),
        ("PM2.5部分", "PM2.5"),
        # not a topic: a share word's head, an act, a thing without a measure
        ("大部分", "大部分"),
        ("未整改部分", "未整改部分"),
        ("旱田部分", "旱田部分"),
    ],
)
def test_part_tail_in_tidy_phrase(words: str, tidied: str) -> None:
    assert tidy_phrase(words) == tidied


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_part_tail_kept_on_a_thing(script: str) -> None:
    got = _subjects(_script("其中旱田部分有42,552笔。", script), "42,552笔")
    assert got == ["旱田部分"]


OPENERS = [
    (
        "环保局去年共收到8873宗噪音投诉,生活噪音投诉个案占5834宗,但只成功检控84宗。",
        "84宗",
        "成功检控",
    ),
    (
        "若依据水污染陈情处分行业别,则以电镀、印刷电路板业被开罚62件居多。",
        "62件",
        "以电镀、印刷电路板业被开罚",
    ),
    (
        "淡水河系全流域BOD达成率为79%,且全流域仍有4个测站达严重污染。",
        "4个",
        "全流域",
    ),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), OPENERS)
def test_conjunction_opening_a_phrase_cut(
    text: str, figure: str, subject: str, script: str
) -> None:
    got = _subjects(_script(text, script), figure)
    assert got == [to_simplified(_script(subject, script))]
    assert not got[0].startswith(("但", "就", "且", "故", "则"))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_conjunction_kept_where_no_name_follows(script: str) -> None:
    # 但仍|超标1.05倍: no words of two letters after the conjunction, the row stays
    text = _script("路边平均浓度为每立方米82微克,但仍超标1.05倍。", script)
    assert _subjects(text, "超标1.05倍") != []


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("全年设备故障率为3%。", "3%", "设备故障率"),
        ("全市就业人数达1200人。", "1200人", "就业人数"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_words_opening_with_such_a_character_kept(
    text: str, figure: str, subject: str, script: str
) -> None:
    assert _subjects(_script(text, script), figure) == [subject]


MEMBERS = "省下达各市问题清单的12个基本问题,淮北市完成2个、淮南市完成1个、马鞍山市完成1个。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("figure", ["2个", "1个"])
def test_next_member_never_the_measure(figure: str, script: str) -> None:
    got = _subjects(_script(MEMBERS, script), figure)
    assert set(got) == {"基本问题完成"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_noun_after_a_count_kept_where_no_member_follows(script: str) -> None:
    text = _script(
        "在打好净土保卫战中,完成4个土壤修复治理国家试点项目,对186家企业实施监管。", script
    )
    assert _subjects(text, "4个") == ["土壤修复治理国家试点项目"]


def test_act_before_member_helper() -> None:
    text = "12个基本问题,淮北市完成2个、淮南市完成1个"
    s = text.index("2个、")
    assert _act_before_member(text, s - 2, s, s + 2, text.index("1个"), len(text)) == "完成"
    # no act written between the place and the figure
    assert _act_before_member(text, s, s, s + 2, text.index("1个"), len(text)) is None
    # the words after the figure open no list
    plain = "淮北市完成2个基本问题"
    at = plain.index("2个")
    assert _act_before_member(plain, at - 2, at, at + 2, len(plain), len(plain)) is None


TABLE = (
    "环境保护基本情况\n"
    "    item 2006 2007\n"
    "   用水总量(亿立方米)  water supply 187.25 196.28\n"
    "     #农业   agriculture 97.96 100.94\n"
    "     工业   industry 66.90 72.77\n"
    "   化学需氧量排放量(吨)   discharge amount of cod 395069 383190\n"
    "    #工业   industry 94490 91084\n"
    "     生活   living consumption 300579 292106\n"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("figure", "subject"),
    [
        ("97.96", "农业用水量"),
        ("66.90", "工业用水量"),
        # a sector of a registry measure: reg44's registry row with the sector as its part
        ("94490", "化学需氧量排放量（工业）"),
        ("300579", "化学需氧量排放量（生活）"),
    ],
)
def test_sector_row_named_with_its_parent_measure(figure: str, subject: str, script: str) -> None:
    assert _subjects(_script(TABLE, script), figure) == [subject]


def test_row_part_helper() -> None:
    text = " 氨氮排放量(吨) ammonia 49247\n   #工业 industry 8181\n    生活 living 41067"
    assert _row_part("生活", text, text.index("41067")) == "生活氨氮排放量"
    water = "   水资源总量(亿立方米)  water 1623.48\n     地表水     surface 1622.26"
    assert _row_part("地表水", water, water.index("1622.26")) == "地表水资源量"
    # the measure's own row, a row not indented, a parent of no figures: no part
    assert _row_part("氨氮排放量", text, text.index("49247")) is None
    flat = "氨氮排放量(吨) 49247\n生活 41067"
    assert _row_part("生活", flat, flat.index("41067")) is None
    head = "   氨氮排放量(吨)\n     生活 living 41067"
    assert _row_part("生活", head, head.index("41067")) is None
