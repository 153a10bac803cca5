"""np28 (issue 13): proposed phrases, third round — fragments and clauses.

* A word that ends a counted noun (中, 共, 有, 为 …) ends it only where a word of the text
  starts: the 中 of 城中村, the 共 of 公共厕所, the 有 of 国有企业 are inside the noun.
* Words after a count that are a fragment (the 并列第 of ``2个并列第1``) name no noun.
"""

import pytest

from envindicators.extract import read_report
from envindicators.extract._counts import counted_noun
from envindicators.units import to_simplified


def _noun(text: str, after: str) -> str | None:
    """The counted noun of the count that ends right after ``after`` in ``text``."""
    e = text.index(after) + len(after)
    return counted_noun(text, e, len(text))


@pytest.mark.parametrize(
    ("text", "after", "noun"),
    [
        ("今年全区12个城中村已完成拆除", "12个", "城中村"),
        ("今年全區12個城中村已完成拆除", "12個", "城中村"),
        ("新建30座公共厕所均已投入使用", "30座", "公共厕所"),
        ("新建30座公共廁所均已投入使用", "30座", "公共廁所"),
        ("全市8家国有企业已完成超低排放改造", "8家", "国有企业"),
        ("全市8家國有企業已完成超低排放改造", "8家", "國有企業"),
        ("共查处15起违法行为,罚款200万元", "15起", "违法行为"),
        ("共查處15起違法行為,罰款200萬元", "15起", "違法行為"),
    ],
)
def test_an_end_word_inside_a_word_ends_no_noun(text: str, after: str, noun: str) -> None:
    assert _noun(text, after) == noun


@pytest.mark.parametrize(
    ("text", "after", "noun"),
    [
        ("全省12个县中有5个县达标", "12个", "县"),  # 中 after the noun: among them
        ("全省23個城市中,18個城市出現酸雨", "23個", "城市"),
        ("全国339个地级及以上城市平均优良天数比例为87%", "339个", "地级及以上城市"),
        ("8个城市臭氧浓度上升", "8个", "城市"),  # what is measured of them
        ("7个督察组共受理举报1万件", "7个", "督察组"),  # 共 a word of its own
        ("5家企业已完成整改", "5家", "企业"),
        ("20个监测断面水质达标", "20个", "监测断面"),
    ],
)
def test_an_end_word_at_a_word_start_still_ends_the_noun(text: str, after: str, noun: str) -> None:
    assert _noun(text, after) == noun


def _rows(text: str) -> list[tuple[str, str, bool]]:
    r = read_report(text)
    return [
        (str(x.value_text), str(x.subject), bool(x.needs_review))
        for t in (r.observations, r.targets, r.context)
        for x in t.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("按PM2.5浓度由低到高排名,前5名是:甲县、乙县(2个并列第2),丙县。", "2个"),
        ("按達標率由高到低排名,前6名依次是:甲區、乙區、丙區(3個並列第4),丁區。", "3個"),
    ],
)
def test_a_rank_after_a_count_is_a_fragment(text: str, value: str) -> None:
    """``(2个并列第2)``: the count is of the tied units; the words after it are the
    rank's, no noun: marked a fragment and left for review, not named 并列第."""
    rows = [r for r in _rows(text) if r[0] == value]
    assert rows
    for _, subject, review in rows:
        assert subject.startswith("(fragment) ")
        assert review


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("全市12个城中村已完成拆除改造。", "12个", "城中村"),
        ("全省23個城市中,18個城市出現酸雨。", "23個", "城市"),
    ],
)
def test_a_counted_noun_is_kept(text: str, value: str, subject: str) -> None:
    """The counted noun is read whole (城中村, not 城).  A count of things a clause says were
    done is an outcome (role28), whose phrase may run on to the act (``城中村已完成拆除改造``,
    flagged): the noun stands whole in it either way."""
    rows = [r for r in _rows(text) if r[0] == value]
    assert rows
    assert all(not s.startswith("(fragment)") for _, s, _ in rows)
    assert any(s.removeprefix("(no measure named) ").startswith(subject) for _, s, _ in rows)


def _subject_of(text: str, value: str) -> str:
    return next(s for v, s, _ in _rows(text) if v == value)


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "截至5月20日,共收到督察组交办信访件1520件(来电1200件,来信320件),其中重点交办件150件。",
            "150件",
            "重点交办件信访件",
        ),
        (
            "向我市转办群众举报材料230件(来电200件、来信30件),其中重点关注45件。",
            "45件",
            "重点关注举报件",
        ),
        (
            "向本縣轉辦群眾舉報材料64件(來電50件、來信14件),其中重點關注9件。",
            "9件",
            "重点关注举报件",  # (the petitions' head is named in simplified script)
        ),
        ("全市共有污水处理厂30座(日处理能力120万吨),其中县级12座。", "12座", "县级污水处理厂"),
    ],
)
def test_a_part_after_an_aside_is_of_the_figure_before_it(
    text: str, value: str, subject: str
) -> None:
    """``1520件(来电1200件,来信320件),其中重点交办件150件``: the figures in brackets break
    down the one before them; what 其中 opens is a part of that one, not of the aside's
    last figure (was ``重点交办件信访件（来信）``)."""
    assert to_simplified(_subject_of(text, value)) == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # the whole is written right before 其中, no aside: named as before (the whole is
        # the registry's persons held accountable, written 问责, since reg37)
        ("问责共139人,其中科级干部37人。", "37人", "问责科级干部"),
        # an aside opened and closed before the whole: no aside of the whole
        ("(据初步统计)全市问责共139人,其中科级干部37人。", "37人", "问责科级干部"),
    ],
)
def test_a_part_without_an_aside_is_named_as_before(text: str, value: str, subject: str) -> None:
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(
    ("t", "after", "opened"),
    [
        ("信访件1520件(来电1200件,来信320件),其中", "320件", 8),
        ("信访件1520件(来电1200件,来信320件),其中", "1520件", None),
        ("(来电1200件)信访件1520件,其中", "1520件", None),
        ("信访件(含来电来信)1520件,其中", "1520件", None),
    ],
)
def test_aside_closed(t: str, after: str, opened: int | None) -> None:
    from envindicators.extract._indicators import _aside_closed

    e = t.index(after) + len(after)
    assert _aside_closed(t, e, t.index("其中")) == opened


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "全县合计完成土地调查9,800笔(2,270公顷),其中旱地部分有4,200笔(1,050公顷)。",
            "1,050公顷",
            "完成土地调查旱地部分",  # np32: the total (合计) is the figure's, 完成 a verb whole
        ),
        (
            "全縣合計完成土地調查9,800筆(2,270公頃),其中旱地部分有4,200筆(1,050公頃)。",
            "1,050公頃",
            "完成土地調查旱地部分",
        ),
    ],
)
def test_a_whole_restated_in_brackets_stays_the_whole(text: str, value: str, subject: str) -> None:
    """``9,800笔(2,270公顷),其中…(1,050公顷)``: the brackets restate the whole in another
    unit, no breakdown of the figure before them; the 公顷 after 其中 are a part of the 公顷
    in brackets, as before this rule."""
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(
    ("text", "after", "noun"),
    [
        ("166個(gè)城市環(huán)境空氣質(zhì)量達(dá)標(biāo)", "個(gè)", "城市"),
        ("12個(gè)城中村已拆(chāi)除", "個(gè)", "城中村"),
        ("5個(gè)城鎮(zhèn)飲用水水源地中有3個(gè)達(dá)標(biāo)", "個(gè)", "城鎮飲用水水源地"),
    ],
)
def test_a_glossed_noun_ends_where_its_words_end(text: str, after: str, noun: str) -> None:
    """Pinyin glosses (``環(huán)境``) are read out before the noun's end is sought: ``环境空气``
    ends the noun ``城市`` as it does in unglossed text (was ``城市環境``)."""
    assert _noun(text, after) == noun
