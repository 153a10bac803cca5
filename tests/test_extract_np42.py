"""np42 (issue 13): proposed phrases — a clause's verb kept, a name cut inside its quotes.

* a causative opening the phrase (``令``, ``讓``, ``使得``) or a verb of effect after its
  linking adverb (``連帶影響``) opens a clause whose subject is the measure: the verb is
  dropped and the subject named (``連帶影響電力排碳係數`` → ``電力排碳係數``;
  ``_segment.noun_chunk``, ``_segment._cause_opening``) — a verb of effect without the
  adverb may be the measure's own (``造成直接经济损失``) and stays;
* a comma inside a quoted name ends no clause: the phrase of ``“蓝天白云,繁星闪烁”天数`` is
  the quotation whole, not ``繁星闪烁”天数`` (``_indicators._quote_opened``, read by
  ``noun_phrase``); a quotation opened and closed inside the clause, or closed in another
  sentence, is left;
* a stock count named by its stock word alone (``存欄3106隻``) counts the animals of the
  keepers an earlier clause names (``養羊戶69戶，存欄3106隻`` → ``羊存欄``;
  ``_phrases.animal_kept``, read by ``_indicators._named_phrase``); without keepers of a
  known animal it stays as it was;
* 转办件 and 交办件 (the cases an inspection team hands over) are heads of the petitions
  (``_actions.OBJECT_CLASSES["petition"]``, their one home): a finding's count after them
  names the petitions so found (``1800件转办件已办结1795件，其中查证属实1612件`` →
  ``属实转办件``); a letter of transfer (``转办函``) and the verb alone (``向…转办``) stay.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._actions import OBJECT_CLASSES
from envindicators.extract._indicators import _quote_opened
from envindicators.extract._phrases import animal_kept
from envindicators.extract._segment import _cause_opening, _words, noun_chunk
from envindicators.units import to_simplified


def _subject(text: str, figure: str) -> str:
    """The subject of the first row whose figure, in simplified script, is ``figure``
    (fails listing the rows if none is)."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "subject"]]
    return str(rows.iloc[0]["subject"])


def _both(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each case in simplified script and in traditional script."""
    return [*cases, *((to_traditional(t), f, to_traditional(s)) for t, f, s in cases)]


# --- a causative or a verb of effect opening the phrase -------------------------------------

_CAUSED = [
    (
        "在疫后经济复苏下,全国电力需求增加4.4%,连带影响电力排碳系数上升至0.509 kgCO2/度,"
        "造成温室气体排放量增加。",
        "0.509 kgCO2/度",
        "电力排碳系数",
    ),
    (
        "部分人造斜坡的绿化责任交回相关部门,令本署辖下市容地带总面积由1 488公顷减至1 192公顷。",
        "1 488公顷",
        "本署辖下市容地带总面积",
    ),
    (
        "部分人造斜坡的绿化责任交回相关部门,令本署辖下市容地带总面积由1 488公顷减至1 192公顷。",
        "1 192公顷",
        "本署辖下市容地带总面积",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_CAUSED))
def test_a_causative_opening_the_phrase_is_dropped(text: str, figure: str, subject: str) -> None:
    got = _subject(text, figure)
    assert to_simplified(got) == to_simplified(subject)


@pytest.mark.parametrize(
    ("phrase", "chunk"),
    [
        ("連帶影響電力排碳係數", "電力排碳係數"),
        ("连带影响电力排碳系数", "电力排碳系数"),
        ("令本署辖下市容地带总面积", "本署辖下市容地带总面积"),
        ("使得陈情案件", "陈情案件"),
        ("使得陳情案件", "陳情案件"),
    ],
)
def test_noun_chunk_drops_a_cause_opening(phrase: str, chunk: str) -> None:
    assert noun_chunk(phrase) == chunk


@pytest.mark.parametrize(
    "phrase",
    [
        "使用量",  # 使 of 使用: the measure's own verb
        "使用率",
        "造成直接经济损失",  # no linking adverb: the verb may be the measure's own
        "影响人口",
        "影響人口",
        "导致",  # nothing after the verb: left (the row says no measure is named)
        "連帶影響",
    ],
)
def test_noun_chunk_keeps_a_verb_that_opens_no_clause(phrase: str) -> None:
    assert noun_chunk(phrase) == phrase


@pytest.mark.parametrize(
    ("phrase", "n"),
    [("令本署辖下市容地带总面积", 1), ("连带影响电力排碳系数", 2), ("影响人口", 0), ("使用量", 0)],
)
def test_cause_opening_counts_its_words(phrase: str, n: int) -> None:
    assert _cause_opening(_words(phrase)) == n


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both(
        [
            ("全省地质灾害造成直接经济损失310万元。", "310万元", "地质灾害造成直接经济损失"),
            ("全市污水处理厂使用量为1200吨。", "1200吨", "污水处理厂使用量"),
        ]
    ),
)
def test_a_verb_of_the_measure_itself_stays(text: str, figure: str, subject: str) -> None:
    assert to_simplified(_subject(text, figure)) == to_simplified(subject)


# --- a comma inside a quoted name -----------------------------------------------------------

_QUOTED = [
    (
        "第二季度,山东省“蓝天白云,繁星闪烁”天数平均为71.8天,同比增加了5天。",
        "71.8天",
        "蓝天白云,繁星闪烁",
    ),
    (
        "第二季度,山东省“蓝天白云,繁星闪烁”天数平均为71.8天,同比增加了5天。",
        "同比增加了5天",
        "蓝天白云,繁星闪烁",
    ),
    ("第二季度,山东省「蓝天白云，繁星闪烁」天数平均为71.8天。", "71.8天", "蓝天白云，繁星闪烁"),
    ("全省“清洁家园,美丽乡村”示范村达到35个。", "35个", "清洁家园,美丽乡村”示范村"),
    ("全省“清洁家园，美丽乡村”示范村共35个。", "35个", "清洁家园，美丽乡村”示范村"),
]


@pytest.mark.parametrize(("text", "figure", "words"), _both(_QUOTED))
def test_a_quoted_name_is_read_whole(text: str, figure: str, words: str) -> None:
    got = to_simplified(_subject(text, figure))
    assert to_simplified(words) in got


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both(
        [
            # the quotation opened and closed inside the clause: the phrase as before
            ("据统计,沧州市“散乱污”企业共计5988家。", "5988家", "散乱污”企业"),
            # the quotation closed in the sentence before: no name of this clause
            ("会议提出“绿水青山”。全年,城市污水处理率达到95%。", "95%", "城市污水处理率"),
        ]
    ),
)
def test_a_quotation_not_closed_in_the_clause_is_left(text: str, figure: str, subject: str) -> None:
    got = _subject(text, figure)
    assert to_simplified(got) == to_simplified(subject)


@pytest.mark.parametrize(
    ("text", "cs", "s", "at"),
    [
        ("“蓝天白云,繁星闪烁”天数平均为71.8天", 6, 17, 0),
        ("「藍天白雲，繁星閃爍」天數平均為71.8天", 6, 17, 0),
        ("优良天数,“散乱污”企业5988家", 5, 13, 5),  # opened in the clause: cs
        ("“绿水青山”。全年,污水处理率达到95%", 9, 18, 9),  # no closing mark in the clause
        ("“绿水青山。全年,污水”处理率达到95%", 9, 18, 9),  # opened in another sentence
    ],
)
def test_quote_opened(text: str, cs: int, s: int, at: int) -> None:
    assert _quote_opened(text, cs, s) == at


# --- a stock count without its animal -------------------------------------------------------

_HERDS = (
    "据最新统计,宾州镇所辖村和社区生猪养殖户442户,存栏42299头;肉牛养殖户643户,存栏6294头;"
    "养羊户69户,存栏3106只;蛋鸡养殖户1115户,存栏105098羽。"
)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both(
        [
            (_HERDS, "42299头", "生猪存栏"),
            (_HERDS, "6294头", "肉牛存栏"),
            (_HERDS, "3106只", "羊存栏"),
            (_HERDS, "105098羽", "蛋鸡存栏"),
            ("全县奶牛养殖场12个,出栏1.5万头。", "1.5万头", "奶牛出栏"),
        ]
    ),
)
def test_a_stock_count_takes_the_keepers_animal(text: str, figure: str, subject: str) -> None:
    assert to_simplified(_subject(text, figure)) == to_simplified(subject)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both(
        [
            ("全县养殖场126家,存栏12万头。", "12万头", "存栏"),  # no animal named
            ("全县生猪养殖户442户,肉牛存栏6294头。", "6294头", "肉牛存栏"),  # its own animal
        ]
    ),
)
def test_a_stock_count_without_keepers_is_left(text: str, figure: str, subject: str) -> None:
    assert to_simplified(_subject(text, figure)) == to_simplified(subject)


@pytest.mark.parametrize(
    ("phrase", "before", "name"),
    [
        ("存欄", "生豬養殖戶442戶，", "生豬存欄"),
        ("出栏量", "养羊户69户，", "羊出栏量"),
        ("存栏", "全县养殖场126家，", None),
        ("生猪存栏", "肉牛养殖户643户，", None),  # not the stock word alone
    ],
)
def test_animal_kept(phrase: str, before: str, name: str | None) -> None:
    assert animal_kept(phrase, before) == name


# --- 转办件 and 交办件 among the petitions' heads ----------------------------------------------

_HANDED = (
    "据了解,截至目前,中央环保督察组移交自治区前二十七批1800件转办件已办结1795件,"
    "其中查证属实1612件,不属实183件。"
)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both([(_HANDED, "1612件", "属实转办件"), (_HANDED, "183件", "不属实转办件")]),
)
def test_a_finding_names_the_handed_over_cases(text: str, figure: str, subject: str) -> None:
    assert to_simplified(_subject(text, figure)) == to_simplified(subject)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both(
        [
            ("督察组共下发转办函3件,督办函5件。", "5件", "督办函"),  # letters, no petitions
            ("累计向被督察对象转办4464件。", "4464件", "向被督察对象转办"),  # the verb alone
        ]
    ),
)
def test_a_transfer_that_is_no_case_is_left(text: str, figure: str, subject: str) -> None:
    assert to_simplified(_subject(text, figure)) == to_simplified(subject)


def test_handed_over_cases_are_petition_heads() -> None:
    heads = OBJECT_CLASSES["petition"].heads
    assert {"转办件", "交办件"} <= set(heads)
    assert "转办" not in heads  # the verbs are no heads
    assert "交办" not in heads
