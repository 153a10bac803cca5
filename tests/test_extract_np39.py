"""np39 (issue 13): proposed phrases — a verb clause for a name, a measure without its object,
a gloss left in.

* (a) a count after an agency's act whose tally word was cut from inside the words
  (``治安警察局共接获2,695宗噪音投诉个案``: the phrase ``治安警察局接获`` is not written so in the
  text) is found again (``_indicators._written_end``) and named as np38's agency's act is:
  the act and the noun after the measure word (``接获噪音投诉个案``);
* (b) a bare rate of a ``分别`` list whose things are listed in the clause before
  (``主要污染指標為化學需氧量、總磷和五日生化需氧量，斷面超標率分別為17.6%、15.1%和14.2%``)
  takes each its thing, in order (``總磷斷面超標率``; ``_Linker._objects_before``); not when
  the things are no registry names, when their count is not the figures', or when the
  clause before writes figures;
* (a) a reading after a station, a time and a verb of recording (``水坑尾监测站录得空气质量…
  日数``, ``環保署在北區錄得指數``) is named by what follows the verb (``_phrases.
  _REPORTING_VERB``): ``空气质量水平属良好的日数``, ``指數`` (a bare index: to review); a verb
  with nothing after it stays;
* (c) an opening quote closed later in the phrase is the name's (``“散乱污”企业``), not a
  remnant cut from its start (which left ``散乱污”企业``); an opening quote never closed is
  cut as before (``“向好``);
* (c) the words after a figure of a list written figure first are tidied as the words before
  one are (``兩個(gè)“向好”`` → ``向好``, not ``gè)“向好``): no gloss, no quote mark at an end.
"""

from __future__ import annotations

import re

import pytest
from tests.report_rows import linked_by_figure as _rows

from envindicators.extract._indicators import _unglossed, _written_end
from envindicators.extract._phrases import tidy_phrase

# --- (a) an agency's act whose tally word was cut from inside the phrase ----------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "act"),
    [
        ("2004年治安警察局共接获2,695宗噪音投诉个案，较2003年增加4.2%。", "2,695宗", "接获"),
        ("去年环保局共处理856宗噪音投诉个案。", "856宗", "处理"),
        ("2022年环保局累计接获930宗噪音投诉个案。", "930宗", "接获"),
    ],
)
def test_act_after_a_cut_tally_word(hant: bool, text: str, figure: str, act: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == act + "噪音投诉个案"
    assert indicator.startswith("proposed_")
    assert review  # a proposed phrase stays to review


@pytest.mark.parametrize("hant", [False, True])
def test_act_written_whole_reads_as_before(hant: bool) -> None:
    # no tally word: the words are found whole (np38's rule, unchanged)
    rows = _rows("2020年环保局接获1200宗噪音投诉个案。", hant)
    assert rows["1200宗"][1] == "接获噪音投诉个案"
    # a noun before the verb is no agency: the count stays the act's (关停 of firms)
    rows = _rows("全年市区企业共关停12家。", hant)
    assert rows["12家"][0] == "enterprises_closed"


def test_written_end_finds_words_cut_inside() -> None:
    text = "2004年治安警察局共接获2,695宗噪音投诉个案"
    e = text.index("宗") + 1
    assert _written_end(text, "治安警察局接获", e) == text.index("2,695")
    assert _written_end(text, "治安警察局共接获", e) == text.index("2,695")  # whole
    text = "市生态环境局累计受理投诉1,200件"
    e = text.index("件") + 1
    assert _written_end(text, "市生态环境局受理投诉", e) == text.index("1,200")


def test_written_end_none_for_words_not_written() -> None:
    text = "2004年治安警察局共接获2,695宗噪音投诉个案"
    e = text.index("宗") + 1
    assert _written_end(text, "警察局查处", e) is None  # a tail not written
    assert _written_end(text, "环保局接获", e) is None  # a head not written before it
    far = "2004年治安警察局今年以来共计接获2,695宗噪音投诉个案"
    assert _written_end(far, "治安警察局接获", far.index("宗") + 1) is None  # too much cut


# --- (b) a bare rate of a 分别 list: its things from the clause before -----------------------


@pytest.mark.parametrize("hant", [False, True])
def test_bare_rate_takes_listed_things(hant: bool) -> None:
    rows = _rows(
        "主要污染指标为化学需氧量、总磷和五日生化需氧量，断面超标率分别为17.6%、15.1%和14.2%。",
        hant,
    )
    assert rows["17.6%"][1] == "化学需氧量断面超标率"
    assert rows["15.1%"][1] == "总磷断面超标率"
    assert rows["14.2%"][1] == "五日生化需氧量断面超标率"
    assert all(r[2] for r in rows.values())  # proposed: still to review


@pytest.mark.parametrize("hant", [False, True])
def test_bare_rate_of_two_pollutants(hant: bool) -> None:
    rows = _rows("主要污染物为化学需氧量和氨氮，超标率分别为5%和12%。", hant)
    assert rows["5%"][1] == "化学需氧量超标率"
    assert rows["12%"][1] == "氨氮超标率"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the things are no registry names (places of a network): no object guessed
        ("监测点位为城区、郊区，达标率分别为95%和90%。", "95%"),
        # two things, three figures: no pairing
        ("主要污染物为化学需氧量和氨氮，超标率分别为5%、8%和12%。", "8%"),
        # the clause before writes figures: its words are no list of things
        ("化学需氧量和氨氮浓度为20和2，超标率分别为5%和12%。", "12%"),
    ],
)
def test_bare_rate_left_without_a_list(hant: bool, text: str, figure: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert re.fullmatch("(断面|点位)?(超标率|达标率)", subject)
    assert indicator.startswith("proposed_")
    assert review


@pytest.mark.parametrize("hant", [False, True])
def test_rate_with_its_own_object_unchanged(hant: bool) -> None:
    rows = _rows("主要污染物为化学需氧量和氨氮，总磷超标率分别为5%和12%。", hant)
    assert rows["5%"][1] == rows["12%"][1] == "总磷超标率"


# --- (c) the words after a figure written first: no gloss, no quote mark -----------------------


_PINYIN = re.compile(r"[a-zàáèéìíòóùúāēěīōūǎǐǒǔǖǘǚǜü]")


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "报告显示，主要表现为两个(gè)“向好”、四个(gè)“稳定”。",
        "报(bào)告显示，主要表现为两个（liǎng gè）“向好”、四个（sì gè）“稳定”。",
    ],
)
def test_figure_first_words_without_gloss(hant: bool, text: str) -> None:
    rows = _rows(text, hant)
    subjects = {v[1] for v in rows.values()}
    assert subjects == {"向好", "稳定"}
    assert not any(_PINYIN.search(s) or re.search("[“”()（）]", s) for s in subjects)
    assert all(v[2] for v in rows.values())  # no measure: to review


@pytest.mark.parametrize("hant", [False, True])
def test_figure_first_list_without_gloss_unchanged(hant: bool) -> None:
    rows = _rows("全年回收447公吨废纸、63公吨塑胶类废料。", hant)
    assert rows["447公吨"][1] == "废纸"
    assert rows["63公吨"][1] == "塑胶类废料"


# --- (c) a proposed name never holds a pinyin gloss, whatever path named it --------------------


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("我市建成4個工業(yè)園區(qū)、59個鄉(xiāng)鎮(zhèn)污水處理廠。", "4个", "工业园区"),
        (
            "督察組向我省交辦133件群眾信訪舉報(bào)件，其中重點(diǎn)件2件。",
            "2件",
            "重点件信访举报件",
        ),
        ("全市主要江河湖泊和7個(gè)國控斷面水質達標。", "7个", "主要江河湖泊"),
    ],
)
def test_proposed_name_without_gloss(text: str, figure: str, name: str) -> None:
    indicator, subject, review = _rows(text, False)[figure]
    assert indicator.startswith("proposed_")
    assert subject == name
    assert not _PINYIN.search(subject)
    assert review


def test_proposed_name_glossed_or_not_is_one_indicator() -> None:
    glossed = _rows("我市建成4個工業(yè)園區(qū)、3個污水處理廠。", False)["4个"]
    plain = _rows("我市建成4個工業園區、3個污水處理廠。", False)["4个"]
    assert glossed[0] == plain[0]  # one proposed code: the gloss is no part of the name
    assert glossed[1] == plain[1] == "工业园区"


def test_unglossed_keeps_latin_names() -> None:
    assert _unglossed("PM2.5浓度") == "PM2.5浓度"
    assert _unglossed("AQI达标率") == "AQI达标率"
    assert _unglossed("gè)") == "gè)"  # nothing of two characters left: as written


# --- (a) a station's reading: what follows the verb of recording ---------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "2019年水坑尾监测站录得空气质量水平属良好的日数为210天。",
            "210天",
            "空气质量水平属良好的日数",
        ),
        ("下午2时，环保署在北区录得指数9，大埔录得指数8。", "9", "指数"),
        ("下午2时，环保署在北区录得指数9，大埔录得指数8。", "8", "指数"),
        ("路边监测站录得AQHI为7。", "7", "AQHI"),
    ],
)
def test_reading_named_after_recording_verb(hant: bool, text: str, figure: str, name: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == name
    assert indicator.startswith("proposed_")
    assert review  # 指数 alone names no object: to review


@pytest.mark.parametrize("hant", [False, True])
def test_recording_verb_alone_stays(hant: bool) -> None:
    indicator, subject, review = _rows("北区监测站共录得25天。", hant)["25天"]
    assert subject.endswith("录得")  # nothing after the verb: as before, to review
    assert indicator.startswith("proposed_")
    assert review


# --- (c) a quote the phrase closes is kept whole -------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "tidied"),
    [
        ("“散乱污”企业", "“散乱污”企业"),
        ("“氣代煤”改造任務", "“氣代煤”改造任務"),
        ("其中“散乱污”企业", "“散乱污”企业"),
        ("“良好”日數比例", "“良好”日數比例"),
        ("“向好", "向好"),  # never closed: cut as before
        ("，“向好", "向好"),
        ("繁星闪烁”天数", "繁星闪烁”天数"),  # opened before the phrase: as before (to review)
    ],
)
def test_quote_closed_in_phrase_kept(phrase: str, tidied: str) -> None:
    assert tidy_phrase(phrase) == tidied


@pytest.mark.parametrize("hant", [False, True])
def test_quoted_name_of_a_count_balanced(hant: bool) -> None:
    rows = _rows("2019年全市取缔“散乱污”作坊120家。", hant)
    subject = rows["120家"][1]
    assert subject.count("“") == subject.count("”")


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        # the measure word and the noun after it make a word of the segmenter (间歇, 家产):
        # the words after the figure are not cut there
        ("查核结果有1间店面已迁移、3间未营业、6间歇业无法进行。", "6间", "歇业无法进行"),
        ("另涉案十五家产源事业及十六名行为人。", "十五家", "产源事业"),
    ],
)
def test_figure_first_words_not_cut_at_segmenter_words(
    hant: bool, text: str, figure: str, name: str
) -> None:
    assert _rows(text, hant)[figure][1] == name
