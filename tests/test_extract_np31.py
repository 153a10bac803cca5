"""np31 (issue 13): proposed phrases that are clauses or fragments naming no measure.

* a span of years, months or weeks (``连续三年上升``, ``为期一个月``) names no measure of
  its own: its phrase is marked, unless it names a duration (``督察进驻时间``, ``平均厂龄``);
* a body that acts, then a total or 已 and a verb of the work (``督察组共收到群众举报``):
  the subject is no part of what is counted — the act and its object are;
* a total before a verb that ends the phrase (``乱丢烟蒂总计裁处``): the total is the
  figure's, not the name's;
* an adverb of scope and a verb of comparison after a measure (``比率均超|逾8成``);
* ``以及`` is one conjunction of a list (``NMHC以及CO``: no member ``NMHC以``).
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.report_rows import subject_of
from tests.scripts import to_traditional

from envindicators.extract._lists import list_parts
from envindicators.extract._phrases import list_member, tidy_phrase
from envindicators.units import to_simplified

_MARK = "(no measure named) "

#: The subject of a figure in any table (observations, targets or context).
_subject = partial(subject_of, tables=("observations", "targets", "context"))


def _tidy(words: str, hant: bool) -> str:
    """``tidy_phrase`` of ``words`` (in traditional script when ``hant``), simplified."""
    return to_simplified(tidy_phrase(to_traditional(words) if hant else words))


# ------------------------------------------------------------------ spans of time


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市污水处理率连续三年上升。", "三年"),
        ("该县开展了为期两个月的秸秆禁烧专项检查。", "两个月"),
        ("近5年河川严重污染长度比例逐年下降。", "近5年"),
        ("过去十年，全市森林覆盖率持续提高。", "十年"),
        ("经过四年的整治，河流水质明显好转。", "四年"),
    ],
)
def test_a_span_of_years_names_no_measure(text: str, value: str, hant: bool) -> None:
    assert _subject(text, value, hant=hant).startswith(_MARK)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("全省焚烧厂平均厂龄已达18年。", "18年", "焚烧厂平均厂龄"),
        ("省环保督察组督察进驻时间约1个月。", "1个月", "省环保督察组督察进驻时间"),
        ("本项目执行期间约10个月。", "10个月", "项目执行期间"),
    ],
)
def test_a_duration_named_keeps_its_phrase(text: str, value: str, name: str, hant: bool) -> None:
    assert _subject(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("2023年全市空气质量优良天数为301天。", "301天", "空气质量优良天数"),
        ("2023年全市降水量为1320毫米。", "1320毫米", "降水量"),
    ],
)
def test_days_and_other_units_are_no_span(text: str, value: str, name: str, hant: bool) -> None:
    assert _subject(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("全县生活垃圾清运量6年增长22%。", "增长22%", "清运量"),
        ("近5年全省危险废物产生量增长31%。", "增长31%", "产生量"),
    ],
)
def test_a_change_after_a_span_takes_no_mark(
    text: str, value: str, measure: str, hant: bool
) -> None:
    # the span is marked; the change after it measures the level, not the span
    subject = _subject(text, value, hant=hant)
    assert not subject.startswith(_MARK)
    assert measure in subject


# ------------------------------------------------------------------ a body that acts


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("督察组共收到群众来电、来信举报", "收到群众来电、来信举报"),
        ("各检查组累计交办问题线索", "交办问题线索"),
        ("市生态环境局共立案处罚违法企业", "立案处罚违法企业"),
        ("县环保部门共计接到噪声投诉", "接到噪声投诉"),
        ("被督察地区已问责领导干部", "问责领导干部"),
        ("省督查组一共发现突出问题", "发现突出问题"),
    ],
)
def test_the_actor_of_a_clause_is_cut(words: str, name: str, hant: bool) -> None:
    assert _tidy(words, hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # since reg42 the petitions received beside those accepted are petitions_handled
        # (hand checks 20, 23, 25), named by the registry's form: still no actor in it
        (
            "截至8月底，各督察组共收到群众来信举报2310件，受理有效举报1980件。",
            "2310件",
            "举报件",
        ),
        ("全年市环保局共接到噪声投诉856件。", "856件", "接到噪声投诉"),
    ],
)
def test_a_count_after_an_actor_clause(text: str, value: str, name: str, hant: bool) -> None:
    assert _subject(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words",
    [
        # (共收到群众举报: no actor, but np32 cuts a total opening a phrase before a verb of
        # the work, tests/test_extract_np32.py)
        "督察组交办",  # no total nor 已 between the actor and the verb
        "环境问题已整改",  # the thing acted on, no actor
        "重点项目已完成环评审批",
        "考核组",
    ],
)
def test_no_actor_clause_stays(words: str, hant: bool) -> None:
    assert _tidy(words, hant) == words


# ------------------------------------------------------------------ a total before a verb


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("违规停车总计裁处", "违规停车裁处"),
        ("露天焚烧共计告发", "露天焚烧告发"),
        ("第三批省级督察累计交办", "第三批省级督察交办"),
        ("督察组共交办", "督察组交办"),  # an actor with no object after the verb
    ],
)
def test_a_total_before_the_last_verb_is_cut(words: str, name: str, hant: bool) -> None:
    assert _tidy(words, hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words",
    ["累计处理量", "公共处理", "共同整治", "总计", "污水处理厂累计处理量", "达标率", "完成率"],
)
def test_no_total_before_a_last_verb_stays(words: str, hant: bool) -> None:
    assert _tidy(words, hant) == words


# ------------------------------------------------------------------ an adverb after a measure


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("委托处理比率均超", "委托处理比率"),
        ("臭氧浓度亦超过", "臭氧浓度"),
        ("各断面达标率均达", "各断面达标率"),
        ("垃圾清运量仍", "垃圾清运量"),
    ],
)
def test_an_adverb_after_a_measure_is_cut(words: str, name: str, hant: bool) -> None:
    assert _tidy(words, hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words",
    ["工业用水均", "处理量", "收到件数", "PM2.5", "COD", "氨氮", "人次", "都市固体废物"],
)
def test_no_measure_before_an_adverb_stays(words: str, hant: bool) -> None:
    assert _tidy(words, hant) == words


@pytest.mark.parametrize("hant", [False, True])
def test_a_ratio_with_its_adverb_cut(hant: bool) -> None:
    text = "审计发现，三个离岛县委托焚烧比率均超过80%。"
    assert _subject(text, "80%", hant=hant) == "离岛县委托焚烧比率"


# ------------------------------------------------------------------ 以及


def test_yiji_is_one_conjunction() -> None:
    assert list_parts("硫氧化物以及氮氧化物排放量")[1] == ["硫氧化物", "氮氧化物排放量"]
    assert list_member("二氧化硫、氮氧化物以及颗粒物排放量", 1, 3) == "氮氧化物排放量"
    assert list_member("二氧化硫、氮氧化物以及颗粒物排放量", 2, 3) == "颗粒物排放量"
    # a lone 以 or 及 is no different
    assert list_parts("硫氧化物及氮氧化物排放量")[1] == ["硫氧化物", "氮氧化物排放量"]
    assert list_parts("以上")[1] == ["以上"]


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_joined_by_yiji_has_no_member_ending_in_yi(hant: bool) -> None:
    text = "SO2、NOx、颗粒物以及VOCs年排放量分别为120、980、450以及1200吨。"
    subject = _subject(text, "450", hant=hant)
    assert not subject.endswith("以")
    assert subject.startswith("颗粒物")
