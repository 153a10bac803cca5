"""np41 (issue 13): proposed phrases — fragments and cut names.

* a ``?`` standing for a lost character and the opening bracket of its pinyin gloss
  (``質量?yōu)良天數比例``: a text whose encoding broke) ends no sentence: the gloss is
  one again (``_phrases.mend_lost_glosses``, read by ``read_report``), and the measure is
  named whole — ``good_air_days_share``, not ``良天數比例`` cut from its figure;
* a count of the rest of a whole (``其余39项``, ``剩余9項``, ``其餘15個``), whose phrase is
  only the word of the rest, is named with the thing counted — the noun after its measure
  word, else after an earlier count of its sentence in the same measure word
  (``其余整改任务``; ``_indicators._rest_of_whole``); without one it names no measure;
* a phrase of one character is a cut name: the population written after its count
  (``214个大、中城市`` → ``大、中城市``), else marked ``(fragment)``
  (``_indicators.one_character``).
"""

from __future__ import annotations

import pytest
from tests.report_rows import linked_by_figure as _rows
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _rest_of_whole, _thing_after, one_character
from envindicators.extract._phrases import mend_lost_glosses
from envindicators.units import to_simplified

# --- a gloss's lost opening bracket ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (
            "6月,全國(guó)339個(gè)地級(jí)及以上城市平均空氣質量?jī)?yōu)良天數(shù)比例為82.3%,"
            "同比下降0.3個(gè)百分點(diǎn)。",
            "82.3%",
            "good_air_days_share",
        ),
        (
            "6月,全国339个地级及以上城市平均空气质量?yōu)良天数比例为82.3%,同比下降0.3个百分点。",
            "82.3%",
            "good_air_days_share",
        ),
        (
            "6月,全國(guó)339個(gè)地級(jí)及以上城市平均空氣質量?jī)?yōu)良天數(shù)比例為82.3%,"
            "同比下降0.3個(gè)百分點(diǎn)。",
            "同比下降0.3个(gè)百分点",
            "good_air_days_share",
        ),
    ],
)
def test_a_lost_gloss_opening_ends_no_sentence(text: str, figure: str, code: str) -> None:
    f = read_report(text, source="x.txt").figures()
    row = f[f["value_text"].map(to_simplified) == figure].iloc[0]
    assert row["indicator"] == code
    # one sentence, its gloss closed: the quote runs from the month over the mended ? and
    # is the source's own passage (the ? kept: quotes are verbatim, mend49)
    quote = str(row["quote"])
    assert quote.startswith("6月")
    assert "?" in quote
    assert quote in text


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("空氣質量?yōu)良天數比例", "空氣質量(yōu)良天數比例"),
        ("国控?cái)嗝嬷,Ⅰ~Ⅲ?lèi)", "国控(cái)嗝嬷,Ⅰ~Ⅲ(lèi)"),
    ],
)
def test_mend_lost_glosses(text: str, mended: str) -> None:
    assert mend_lost_glosses(text) == mended
    assert len(mend_lost_glosses(text)) == len(text)  # offsets kept


@pytest.mark.parametrize(
    "text",
    [
        "真的嗎?(記者)",  # a question, then a bracket of words
        "情況果真如此嗎?中央第五環保督察組",  # a question, then a sentence
        "為27088.1億m?,比多年平均值偏少",  # a lost superscript, no gloss
        "立案?05件",  # a lost character before a figure
        "是否達標?(yes)",  # Latin words without a tone are no pinyin gloss
    ],
)
def test_a_question_mark_before_no_gloss_stays(text: str) -> None:
    assert mend_lost_glosses(text) == text


def test_a_question_still_ends_its_sentence() -> None:
    text = "空气质量好吗?2022年全市空气质量优良天数比例为90.1%。"
    f = read_report(text, source="x.txt").figures()
    assert f.iloc[0]["quote"].startswith("2022年")


# --- the rest of a whole -----------------------------------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "截至目前，66项整改任务已整改完成27项，其余39项整改任务正积极推进。",
            "39项",
            "其余整改任务",
        ),
        ("我省66项整改任务已完成37项，其余29项正加快推进。", "29项", "其余整改任务"),
        (
            "督察反馈意见整改任务共155项，已完成146项，整改完成率94.2%，剩余9项整改任务正在积极推进。",
            "9项",
            "剩余整改任务",
        ),
        ("27个泳滩被评为良好，其余15个泳滩则为一般。", "15个", "其余泳滩"),
        ("督察反馈的144个问题验收销号143个，剩余1个正在组织验收。", "1个", "剩余问题"),
        ("截至目前，剩余9个问题主要为污水处理厂建设问题。", "9个", "剩余问题"),
    ],
)
def test_the_rest_named_with_its_whole(hant: bool, text: str, figure: str, name: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == name
    assert indicator.startswith("proposed_")
    assert review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("噪声54件(占23.9%)，固废37件(占16.4%)，其他20件(占8.8%)。", "20件"),  # a list's last
        ("截止目前已完成整改29个，剩余18个正在抓紧落实。", "18个"),  # nothing named
        ("拟更换的抽水机共有82个，当中66个已经换妥，其余16个亦已于4月更换。", "16个"),
    ],
)
def test_the_rest_of_nothing_named_names_no_measure(hant: bool, text: str, figure: str) -> None:
    _, subject, review = _rows(text, hant)[figure]
    assert subject.startswith("(no measure named) ")
    assert review


def test_rest_of_whole_found_and_not_found() -> None:
    t = "我省66项整改任务已完成37项，其余29项正加快推进。"
    s = t.index("29")
    assert _rest_of_whole("(no measure named) 其余", [], "项", t, 0, s, s + 3, len(t))[0] == (
        "其余整改任务"
    )
    # another measure word than the earlier counts', another phrase than the rest's word
    assert _rest_of_whole("(no measure named) 其余", [], "家", t, 0, s, s + 3, len(t))[0] == (
        "(no measure named) 其余"
    )
    assert _rest_of_whole("整改任务", [], "项", t, 0, s, s + 3, len(t))[0] == "整改任务"
    hant = to_traditional(t)
    assert to_simplified(
        _rest_of_whole("(no measure named) 其餘", [], "项", hant, 0, s, s + 3, len(t))[0]
    ) == ("其余整改任务")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("整改任务正在积极推进", "整改任务"),
        ("问题验收销号", "问题"),
        ("泳灘則為一般", "泳灘"),
        ("亦已於4月更換", None),
        ("正在抓紧落实", None),
    ],
)
def test_thing_after(text: str, thing: str | None) -> None:
    assert _thing_after(text, 0, len(text)) == thing


# --- one character ---------------------------------------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
def test_one_character_a_population(hant: bool) -> None:
    text = "2016年，214个大、中城市一般工业固体废物产生量达14.8亿吨。"
    _, subject, _ = _rows(text, hant)["214个"]
    assert subject == "大、中城市"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("在2023年弃置的都市固体废物三大类别中，厨余占29%。", "三大类"),
        ("第一轮省级环保督察分两批对14个市州实现全覆盖。", "两批"),
        ("2019年全省淘汰30万千瓦以下不达标燃煤机组5台。", "30万千瓦以下"),
    ],
)
def test_one_character_marked_a_fragment(hant: bool, text: str, figure: str) -> None:
    _, subject, review = _rows(text, hant)[figure]
    assert subject.startswith("(fragment) ")
    assert len(subject.removeprefix("(fragment) ")) == 1
    assert review


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("第一轮省级环保督察分两批对14个市州实现全覆盖。", "14个", "市州"),  # two characters
        ("2019年全省淘汰不达标燃煤机组5台。", "5台", "淘汰不达标燃煤机组"),
        ("涉及13个区、县(市)、开发区管委会。", "13个", "区"),  # a division's level word
    ],
)
def test_names_of_two_characters_or_more_stay(text: str, figure: str, name: str) -> None:
    assert _rows(text, False)[figure][1] == name


def test_one_character_function() -> None:
    t = "2016年,214个大、中城市一般工业固体废物产生量"
    e = t.index("个") + 1
    assert one_character("大", [], t, e, len(t))[0] == "大、中城市"
    assert one_character("(fragment) 大", [], t, e, len(t))[0] == "(fragment) 大"
    assert one_character("城市", [], t, e, len(t))[0] == "城市"
    t = "涉及13個區、縣(市)"
    assert one_character("區", [], t, t.index("個") + 1, len(t))[0] == "區"  # a division
    t = "在棄置的都市固體廢物三大類別中"
    assert one_character("別", [], t, t.index("類"), len(t))[0] == "(fragment) 別"
