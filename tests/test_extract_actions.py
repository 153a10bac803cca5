"""Counts named by what was done (issue 13): an action verb, its object, the measure word.

The registry's ``action`` column says which action on which class of object an indicator
counts; :func:`~envindicators.extract._actions.action_link` links ``<verb><object><count>``,
``对<count><object>…<verb>`` and ``<verb><count>`` (object earlier in the sentence) to it.
Sentences are our own, not the reports'.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional
from tests.test_extract import with_context

from envindicators import datasets
from envindicators.errors import ExtractionError
from envindicators.extract import Lexicon, compatible, read_report
from envindicators.extract._actions import (
    _NOUN_SUFFIX,
    OBJECT_CLASSES,
    VERB_CLASSES,
    ObjectClass,
    _named_by_verb,
    action_link,
    object_after_link,
    parse_actions,
    registry_actions,
)
from envindicators.units import extract_quantities

_REGISTRY = datasets.load("indicators")
_ACTIONS = registry_actions(_REGISTRY["code"], _REGISTRY["action"])
_UNIT_OF = _REGISTRY.set_index("code")["unit"]
_LEXICON = Lexicon.from_registry(_REGISTRY)


# one traditional character for each simplified one of the shipped table (as in
# tests/test_extract_linking.py): the traditional form of a generated sentence
def _rows(text: str) -> pd.DataFrame:
    return with_context(read_report(text))


# (sentence, indicator, value, needs review)
CASES = [
    ("2019年，湖州市关停小化工企业25家。", "enterprises_closed", 25, False),
    ("2019年，湖州市依法取缔非法砖厂25家。", "enterprises_closed", 25, False),
    ("2019年，台中市關停違規工廠12家。", "enterprises_closed", 12, False),
    ("2020年，眉山市摸排砖瓦窑厂61家。", "enterprises_inventoried", 61, False),
    ("2020年，眉山市摸排砖瓦窑厂61家，取缔48家。", "enterprises_closed", 48, True),
    ("2020年，眉山市排查出涉气企业61家，完成整改40家。", "enterprises_rectified", 40, True),
    ("2021年，邯郸市对32座矿山开展执法检查。", "enterprises_inspected", 32, False),
    ("2021年，邯鄲市對32座礦山開展執法檢查。", "enterprises_inspected", 32, False),
    ("2021年，邯郸市完成了对140家企业的节能监察。", "enterprises_inspected", 140, False),
    ("2019年，包头市对15家露天煤矿实施行政处罚。", "enterprises_penalized", 15, False),
    ("2018年，南平市出动巡查2450次。", "inspection_patrols", 2450, False),
    ("2018年，南平市巡查河道沿岸重点区域2450次。", "inspection_patrols", 2450, False),
    ("2020年，株洲市查封扣押案件46起。", "seizure_cases", 46, False),  # reg37: its own row
    ("2020年，株洲市实施停产限产案件17件。", "production_limit_cases", 17, False),  # reg37
    ("2017年，柳州市处罚金额累计3200万元。", "fines_total", 32_000_000, False),
    ("2017年，柳州市處罰金額累計3200萬元。", "fines_total", 32_000_000, False),
    ("2018年，赤峰市已复垦856公顷。", "land_reclamation_area", 856, False),
    ("2019年，南宁市电视台播发新闻报道36条。", "media_reports", 36, False),
    ("2019年，湖州市整改企业12家。", "enterprises_rectified", 12, False),
    ("2019年，湖州市关闭退出小煤矿18处。", "coal_mines_closed", 18, False),
]


@pytest.mark.parametrize(("sentence", "code", "value", "review"), CASES)
def test_counts_named_by_their_action(sentence: str, code: str, value: float, review: bool) -> None:
    """Verbs × objects × measure words, both scripts: the indicator the registry's
    ``action`` gives; a link whose object is left out needs review and is of low confidence."""
    rows = _rows(sentence)
    hit = rows[rows["value"].sub(value).abs() < 1e-6]
    assert len(hit) == 1, rows
    row = hit.iloc[0]
    assert row["indicator"] == code
    if review:
        assert bool(row["needs_review"])
        assert row["confidence"] == "low"
    elif row["region"]:  # a row without a region is low for its region
        # medium by the action; high where the words are also a registry alias (处罚金额)
        assert row["confidence"] in {"medium", "high"}


@pytest.mark.parametrize(
    "sentence",
    [
        "2019年，湖州市关停化工企业12处。",  # 处 counts no enterprises
        "2019年，湖州市对28个城市相关企业实施督查。",  # the count is of cities
        "2019年，湖州市检查发现问题企业12家。",  # a finding, not the object inspected
        "2019年，沧州市淘汰35吨及以下燃煤锅炉。",  # a size, not a capacity eliminated
        "2019年，湖州市关停企业12条。",
    ],
)
def test_no_link_where_object_or_measure_does_not_fit(sentence: str) -> None:
    """A measure word that does not fit the object, a count of places, a finding or a
    size: no action link (the row stays proposed and for review)."""
    rows = _rows(sentence)
    assert not rows["indicator"].isin(set(_ACTIONS.values())).any(), rows


_PLACES = ["湖州市", "眉山市", "邯郸市", "南平市", "株洲市"]
#: (verb class, object class) pairs of the registry with count measure words and heads
_COUNTED = sorted(
    pair for pair in _ACTIONS if OBJECT_CLASSES[pair[1]].measures and OBJECT_CLASSES[pair[1]].heads
)
_MODIFIERS = ["", "小", "违规", "重点"]


def _draw_count_words(
    data: st.DataObject, pair: tuple[str, str]
) -> tuple[str, ObjectClass, str, str, str]:
    """Draw the words of a generated count sentence of a registry action ``pair``: a verb
    of its verb class, its object class, a head and a modifier, and a measure word the
    object is counted in that fits the indicator's unit (``assume`` one exists)."""
    verb_cls, obj_cls = pair
    verb = data.draw(st.sampled_from(VERB_CLASSES[verb_cls]), label="verb")
    # a verb that begins a head of another object class of its verb class names that class
    # alone (罚 of 罚款: 罚案件 counts no cases, ``_actions._named_by_verb``; reg40)
    named = _named_by_verb(verb, {o for v, o in _ACTIONS if v == verb_cls})
    assume(not named or obj_cls in named)
    obj = OBJECT_CLASSES[obj_cls]
    head = data.draw(st.sampled_from(obj.heads), label="head")
    modifier = data.draw(st.sampled_from(_MODIFIERS), label="modifier")
    unit = str(_UNIT_OF[_ACTIONS[pair]])
    fitting = [m for m in obj.measures if compatible(m, "level", unit, None)]
    assume(fitting)
    measure = data.draw(st.sampled_from(fitting), label="measure")
    return verb, obj, head, modifier, measure


@settings(
    max_examples=15,
    deadline=None,
)
@given(
    place=st.sampled_from(_PLACES),
    year=st.integers(2015, 2023),
    pair=st.sampled_from(_COUNTED),
    data=st.data(),
    count=st.integers(2, 9999),
)
def test_generated_action_sentences_read_back(
    place: str, year: int, pair: tuple[str, str], data: st.DataObject, count: int
) -> None:
    """``<region><year>年<verb><object><count><measure>`` reads back with the registry's
    indicator, the region, the year and the value; the same sentence with a measure word
    the object is not counted in is no link of that indicator."""
    verb, obj, head, modifier, measure = _draw_count_words(data, pair)
    # a registry name written whole (整治排污口, 立案) is read by the name rules, before
    # any action: the property is about counts named only by their action
    assume(_LEXICON.pattern.search(f"{verb}{modifier}{head}") is None)
    sentence = f"{place}{year}年{verb}{modifier}{head}{count}{measure}。"
    rows = _rows(sentence)
    rows = rows[rows["value"] == count]
    assert len(rows) == 1, (sentence, rows)
    row = rows.iloc[0]
    if not modifier and head[0] in _NOUN_SUFFIX:
        # the verb and a head that is a noun suffix read as one noun (取缔站 like 检查站):
        # no action is read there, so no confident link — the row says it is unsure
        assert row["confidence"] == "low", (sentence, row)
        assert bool(row["needs_review"]), (sentence, row)
        return
    assert row["indicator"] == _ACTIONS[pair], sentence
    assert row["region"] == place
    assert row["period_end"] == pd.Timestamp(year, 12, 31)
    others = sorted(set("家户个座处起件宗条篇台套") - set(obj.measures))
    wrong = data.draw(st.sampled_from(others), label="wrong measure")
    prefix = f"{place}{year}年{verb}{modifier}{head}"
    bad = f"{prefix}{count}{wrong}。"
    s, e = len(prefix), len(prefix) + len(str(count)) + 1
    # the action rule gives no link (other rules, a loose name match, may still name it)
    assert action_link(bad, s, e, 0, len(bad) - 1, 0, _ACTIONS, lambda c: True) is None, bad


def test_registry_actions_are_well_formed_and_claimed_once() -> None:
    """Every ``action`` cell parses into known classes; no two indicators claim one
    ``(verb class, object class)`` pair; each claimed indicator is a count, an amount or
    an area whose unit fits its object class."""
    claims: dict[tuple[str, str], list[str]] = {}
    for code, entry in zip(_REGISTRY["code"], _REGISTRY["action"], strict=True):
        for pair in parse_actions(entry):
            claims.setdefault(pair, []).append(code)
    assert claims
    assert all(len(codes) == 1 for codes in claims.values()), claims
    unit_of = _REGISTRY.set_index("code")["unit"].astype(str)
    for (_, obj_cls), (code,) in claims.items():
        if OBJECT_CLASSES[obj_cls].measures:
            assert unit_of[code] not in {"yuan", "ha", "t", "%"}, code
        else:
            assert unit_of[code] in {"yuan", "ha", "t"}, code


def test_verb_and_object_vocabularies_are_well_formed() -> None:
    """Verbs and heads are Han words, none in two classes; measure words are single
    characters; a class without heads is known from its measure word or unit."""
    verbs = [v for vs in VERB_CLASSES.values() for v in vs]
    assert len(verbs) == len(set(verbs))
    heads = [h for o in OBJECT_CLASSES.values() for h in o.heads]
    assert len(heads) == len(set(heads))
    for word in verbs + heads:
        assert word, word
        assert all("\u4e00" <= c <= "\u9fff" for c in word), word
    for o in OBJECT_CLASSES.values():
        assert len(set(o.measures)) == len(o.measures)
        assert all("\u4e00" <= c <= "\u9fff" for c in o.measures)


@pytest.mark.parametrize(
    "entry", ["close", "close:factory", "shut:enterprise", "close:enterprise;;"]
)
def test_malformed_action_cells_are_refused(entry: str) -> None:
    """A cell that is not ``<verb class>:<object class>`` with known classes is an error
    that names the classes."""
    with pytest.raises(ExtractionError, match="verb class"):
        parse_actions(entry)


def test_two_indicators_claiming_one_pair_is_an_error() -> None:
    """The registry is one home for the fact: a second claim is refused."""
    with pytest.raises(ExtractionError, match="both claim"):
        registry_actions(["a", "b"], ["close:enterprise", "close:enterprise"])


# <verb><count><measure><object>: the object written after the count (count13)
AFTER_CASES = [
    ("2022年，衢州市共查处87起环境违法案件。", "env_violation_cases", 87),
    ("2022年，衢州市依法关停31家小作坊企业。", "enterprises_closed", 31),
    ("2022年，新竹縣依法關停31家違規工廠。", "enterprises_closed", 31),
    ("2022年，屏東縣共查處87宗環境違法案件。", "env_violation_cases", 87),
    ("2022年，九江市累计关闭退出9处小煤矿。", "coal_mines_closed", 9),
    ("2022年，九江市對6宗污染地塊進行了調查。", "contaminated_sites_investigated", 6),
    ("2022年，九江市对6宗污染地块开展调查。", "contaminated_sites_investigated", 6),
    ("2022年，九江市共受理420件信访举报。", "petitions_handled", 420),
    ("2022年，九江市紀委查辦問題線索23件。", "accountability_clues_handled", 23),
    ("2022年，九江市领导小组调度汇总了9次整改进展。", "progress_reviews", 9),
    ("2022年，九江市行政立案44件。", "env_violation_cases", 44),
    ("2022年，九江市淘汰810辆老旧柴油车。", "vehicles_retired", 810),
    ("2022年，高雄市報廢老舊柴油車810輛。", "vehicles_retired", 810),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年，德州市化解过剩产能310万吨。",
        "2022年，德州市淘汰落后钢铁产能310万吨。",
        "2022年，德州市淘汰落後鋼鐵產能310萬噸。",
    ],
)
def test_a_name_that_is_only_the_object_names_the_action(sentence: str) -> None:
    """``淘汰…产能310万吨``: the registry name 产能 is what the verb acts on; the figure is
    the count of the action (capacity eliminated), not a level of production capacity."""
    rows = _rows(sentence)
    hit = rows[rows["value"].sub(3_100_000).abs() < 1e-3]
    assert len(hit) == 1, rows
    assert hit.iloc[0]["indicator"] == "production_capacity_eliminated"


def test_a_name_of_capacity_without_an_action_stays() -> None:
    """No verb of an action before 产能: the registry name keeps the figure."""
    rows = _rows("2022年，德州市碳化硅企业产能310万吨。")
    hit = rows[rows["value"].sub(3_100_000).abs() < 1e-3]
    assert list(hit["indicator"]) == ["production_capacity"], rows


@pytest.mark.parametrize(("sentence", "code", "value"), AFTER_CASES)
def test_counts_with_their_object_after_them(sentence: str, code: str, value: float) -> None:
    """``关停31家企业``: the verb before the count, the object after it, both scripts: the
    registry's indicator, not for review."""
    rows = _rows(sentence)
    hit = rows[rows["value"].sub(value).abs() < 1e-6]
    assert len(hit) == 1, rows
    assert hit.iloc[0]["indicator"] == code
    assert not bool(hit.iloc[0]["needs_review"])


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年，衢州市关停3个县的企业。",  # the count is of counties
        "2022年，衢州市关停12处企业。",  # 处 counts no enterprises
        "2022年，衢州市关停企业所在的9个乡镇。",  # the verb's object is before the count
        "2022年，衢州市查处并通报87起典型案例。",  # no head of cases after the count
    ],
)
def test_no_object_after_link_where_it_does_not_fit(sentence: str) -> None:
    """A place between count and head, a measure word the object is not counted in, words
    between verb and count, or no head of the verb's objects: no link by the object after
    the count."""
    folded = sentence
    s = next(i for i, c in enumerate(folded) if c.isdigit() and i > 5)
    e = s
    while folded[e].isdigit():
        e += 1
    link = object_after_link(sentence, s, e + 1, 5, len(sentence) - 1, _ACTIONS, lambda c: True)
    assert link is None, (sentence, link)


@settings(max_examples=15, deadline=None)
@given(
    place=st.sampled_from(_PLACES),
    year=st.integers(2015, 2023),
    pair=st.sampled_from(_COUNTED),
    data=st.data(),
    count=st.integers(2, 9999),
    traditional=st.booleans(),
)
def test_generated_object_after_sentences_read_back(
    place: str,
    year: int,
    pair: tuple[str, str],
    data: st.DataObject,
    count: int,
    traditional: bool,
) -> None:
    """``<region><year>年<verb><count><measure><modifier><head>`` (simplified or
    traditional script) reads back with the registry's indicator, the region, the year and
    the value — or, where the parser reads the figure as a change whose sign it flags (a
    verb of cutting right before the count, ``压减2座煤矿``: the amount cut or the change of
    the stock, :mod:`envindicators.units` does not decide), the row is low confidence and
    needs review: never a confident link."""
    verb, _obj, head, modifier, measure = _draw_count_words(data, pair)
    # a verb that is also a head of another verb's object (罚款) or a registry name written
    # whole right after the count is read by other rules
    assume(_LEXICON.pattern.search(f"{modifier}{head}") is None)
    assume(_LEXICON.pattern.search(verb) is None)
    sentence = f"{place}{year}年{verb}{count}{measure}{modifier}{head}。"
    if traditional:
        sentence = to_traditional(sentence)
    rows = _rows(sentence)
    if (rows["kind"] == "change_absolute").any():
        assert "ambiguous_sign" in extract_quantities(sentence)["warnings"].str.cat(), sentence
        assert (rows["confidence"] == "low").all(), rows
        assert rows["needs_review"].all(), rows
        return
    rows = rows[rows["value"] == count]
    assert len(rows) == 1, (sentence, rows)
    row = rows.iloc[0]
    assert row["indicator"] == _ACTIONS[pair], sentence
    assert row["period_end"] == pd.Timestamp(year, 12, 31)


@pytest.mark.parametrize(
    "sentence",
    ["湖州市2015年压减2座煤矿。", "湖州市2015年壓減2座煤礦。", "湖州市2018年压减12台燃煤锅炉。"],
)
def test_a_cut_count_is_flagged_not_linked(sentence: str) -> None:
    """A verb of cutting right before a count (``压减2座煤矿``) makes the parser read a change
    whose sign it flags (the amount cut, or the change of the stock): the row is low
    confidence and needs review — no confident count link (the case the generated
    object-after property found)."""
    rows = _rows(sentence)
    assert len(rows) == 1, rows
    assert rows["kind"].iloc[0] == "change_absolute"
    assert rows["confidence"].iloc[0] == "low"
    assert bool(rows["needs_review"].iloc[0])
    assert "ambiguous_sign" in extract_quantities(sentence)["warnings"].iloc[0]


# enforcement tallies named by registry aliases (count13): (sentence, indicator, value)
TALLY_CASES = [
    ("2021年，南通市对违规企业拘留14人，约谈63人。", "persons_detained", 14),
    ("2021年，桃園市對違規企業拘留14人，約談63人。", "persons_detained", 14),
    ("2021年，南通市责令停产整改58家。", "enterprises_suspended", 58),
    ("2021年，南通市責令停產整改58家。", "enterprises_suspended", 58),
    ("2021年，南通市移送涉嫌环境污染犯罪案件37件。", "cases_transferred_to_police", 37),
]


@pytest.mark.parametrize(("sentence", "code", "value"), TALLY_CASES)
def test_enforcement_tallies_link_to_registry_counts(
    sentence: str, code: str, value: float
) -> None:
    """Tallies of petition and enforcement bulletins (拘留N人, 责令停产整改N家, 移送…案件N件),
    both scripts: the registry's count indicator, never a proposed fragment (拘留)."""
    rows = _rows(sentence)
    hit = rows[rows["value"].sub(value).abs() < 1e-6]
    assert len(hit) == 1, rows
    assert hit.iloc[0]["indicator"] == code
