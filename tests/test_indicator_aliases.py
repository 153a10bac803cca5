"""The registry's aliases and the evidence of each (issue 13, branch alias21).

``datasets/indicator_aliases_evidence.csv`` holds, for each alias it lists, where a real text
writes it with that meaning (a parser-corpus or seed-report file, or a page's URL) and a
quote of at most 30 characters with the alias in it.  The aliases are read by
``envindicators.extract`` to link figures, so each must name its indicator alone: no two
indicators share a written form after script folding, and an alias is no sentence fragment
(no number, no place of the gazetteer, no verb of the reader's action list).  Each alias,
written in a plain sentence with a figure in its indicator's unit, links that figure to
its indicator, in either script.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators import datasets, regions
from envindicators.extract import read_report
from envindicators.extract._actions import VERB_CLASSES
from envindicators.extract._lexicon import FINE_NOUNS, expand_forms
from envindicators.extract._segment import _words
from envindicators.units import normalize_text, to_simplified

ROOT = Path(__file__).resolve().parents[1]
EVIDENCE = ROOT / "datasets" / "indicator_aliases_evidence.csv"
#: A quote is short: the alias in use and a few words around it.
MAX_QUOTE = 30
#: A Latin-script identifier (PM2.5, PM10, COD): its digits are part of the name.
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9.]*")


@cache
def _evidence() -> pd.DataFrame:
    return pd.read_csv(EVIDENCE, dtype=str, keep_default_na=False)


@cache
def _registry() -> pd.DataFrame:
    return datasets.load("indicators")


def _fold(text: str) -> str:
    return normalize_text(text).text


def _aliases(code: str) -> list[str]:
    row = _registry().set_index("code").loc[code]
    return [] if pd.isna(row["aliases"]) else [a for a in row["aliases"].split(";") if a]


# ----------------------------------------------------------------------------- the evidence


def test_evidence_columns_and_rows() -> None:
    ev = _evidence()
    assert list(ev.columns) == ["code", "alias", "where", "quote"]
    assert len(ev) > 0
    assert not ev.duplicated(["code", "alias"]).any()
    assert (ev != "").all().all(), ev[(ev == "").any(axis=1)]


def test_every_evidence_alias_is_a_registry_alias_of_its_code() -> None:
    codes = set(_registry()["code"])
    for code, alias in zip(_evidence()["code"], _evidence()["alias"], strict=True):
        assert code in codes, code
        assert alias in _aliases(code), (code, alias)


def test_every_quote_writes_its_alias() -> None:
    """The quote is short and holds the alias (either script, any width)."""
    for alias, quote in zip(_evidence()["alias"], _evidence()["quote"], strict=True):
        assert len(quote) <= MAX_QUOTE, quote
        assert _fold(alias) in _fold(quote), (alias, quote)


def test_every_source_exists() -> None:
    """A file of the repository (parser corpus, seed report) or a page's URL."""
    for where in _evidence()["where"]:
        if re.match(r"https?://\S+$", where):
            continue
        assert not Path(where).is_absolute(), where
        assert (ROOT / where).is_file(), where


def test_file_quotes_are_in_their_file() -> None:
    """A quote taken from a repository file is written there (folded text)."""
    for where, quote in zip(_evidence()["where"], _evidence()["quote"], strict=True):
        if not where.startswith("http"):
            text = _fold((ROOT / where).read_text(encoding="utf-8"))
            assert _fold(quote).replace("，", ",") in text.replace("，", ","), (where, quote)


# ----------------------------------------------------------------------------- the aliases


def test_written_forms_are_unique_across_the_registry() -> None:
    """No folded form (name or alias, parentheses and slashes expanded) names two indicators."""
    owners: dict[str, set[str]] = defaultdict(set)
    reg = _registry()
    for code, name, aliases in zip(reg["code"], reg["name_zh"], reg["aliases"], strict=True):
        names = [name] + ([] if pd.isna(aliases) else [a for a in aliases.split(";") if a])
        for written in names:
            for form in expand_forms(written):
                owners[_fold(to_simplified(form))].add(code)
    shared = {f: c for f, c in owners.items() if len(c) > 1}
    assert not shared, shared


def test_no_alias_repeats_its_name_or_another_alias() -> None:
    """The reader folds script and width itself: ``劣V类`` is ``劣Ⅴ类``, ``濃度`` is ``浓度``."""
    reg = _registry().set_index("code")
    for code in reg.index:
        folded = [_fold(str(reg.loc[code, "name_zh"]))] + [_fold(a) for a in _aliases(code)]
        assert len(folded) == len(set(folded)), (code, folded)


#: The reader's act verbs (its action list), longest first.
_ACT_VERBS = sorted({v for vs in VERB_CLASSES.values() for v in vs}, key=len, reverse=True)


def _object_written(folded: str) -> str:
    """The words of an alias that are no verb: the words of the segmenter not tagged a verb
    (``v``) and holding no act verb, marks dropped (``建制村环境整治`` → 建制村环境)."""
    return "".join(
        w
        for w, tag in _words(folded)
        if tag != "v" and not any(v in w for v in _ACT_VERBS) and re.search(r"[\u4e00-\u9fff]", w)
    )


@pytest.mark.parametrize("alias", sorted(set(_evidence()["alias"])))
def test_alias_is_no_sentence_fragment(alias: str) -> None:
    """No number (a Latin identifier's digits aside), place name or bare action verb.

    An act verb of the reader's action list may stand in an alias only where the alias is
    the measure's whole nominal name as the corpus writes it — the verb with its object
    (``建制村环境整治``, ``关闭煤矿``, ``检查企业``: at least two characters of no verb), or a
    fine's noun (``罚款``, ``罚锾``: ``_lexicon.FINE_NOUNS``); a bare verb (``整治``,
    ``检查``, ``查封扣押``) names an act, never a measure (lead's decision, reg38).
    """
    folded = _fold(alias)
    assert not re.search(r"\d", _IDENTIFIER.sub("", folded)), alias
    assert regions.find_regions(folded).empty, alias
    if any(v in folded for v in _ACT_VERBS) and folded not in FINE_NOUNS:
        assert len(_object_written(folded)) >= 2, alias


@pytest.mark.parametrize(
    ("alias", "allowed"),
    [
        ("建制村环境整治", True),
        ("建制村環境整治", True),
        ("关闭煤矿", True),
        ("關閉煤礦", True),
        ("检查企业", True),
        ("改造污水管网", True),
        ("罚款", True),
        ("罰鍰", True),
        ("整治", False),
        ("检查", False),
        ("查封扣押", False),
        ("停產整治", False),
        ("关闭", False),
    ],
)
def test_the_act_verb_rule_itself(alias: str, allowed: bool) -> None:
    """The rule of :func:`test_alias_is_no_sentence_fragment` on its own class, both scripts:
    a verb with its object is a name, a bare verb (or two) is none."""
    folded = _fold(alias)
    assert any(v in folded for v in _ACT_VERBS)
    assert (folded in FINE_NOUNS or len(_object_written(folded)) >= 2) is allowed


# ----------------------------------------------------------------------------- linking

#: A figure in each unit of the aliased indicators, as a report writes it.
_FIGURE = {
    "%": "{n}%",
    "µg/m3": "{n}微克/立方米",
    "mg/m3": "{n}毫克/立方米",
    "d": "{n}天",
    "ha": "{n}公顷",
    "km": "{n}公里",
    "m": "{n}米",
    "count": "{n}个",
    "km2": "{n}平方公里",
    "m3": "{n}立方米",
    "m3/d": "{n}立方米/日",
    "m3/s": "{n}立方米/秒",
    "m3/万元": "{n}立方米/万元",
    "t": "{n}吨",
    "t/a": "{n}吨/年",
    "tce/万元": "{n}吨标准煤/万元",
    "kW": "{n}千瓦",
    "yuan": "{n}元",
}
_REGIONS = ["山西省", "辽宁省", "甘肃省", "江西省", "长治市", "武威市"]


def _figure(unit: str, n: int) -> str:
    """``n`` written in ``unit``; a count in its own counter word."""
    return _FIGURE.get(unit, "{n}" + unit).format(n=n)


def _linked(text: str, n: int) -> list[str]:
    """The indicators of the rows read from ``text`` whose written number is ``n``."""
    r = read_report(text, source="gen.txt")
    return [
        str(i)
        for t in (r.observations, r.targets, r.context)
        for i, v in zip(t["indicator"], t["number"], strict=True)
        if pd.notna(v) and float(v) == n
    ]


def test_every_aliased_unit_has_a_figure() -> None:
    units = set(_registry().set_index("code").loc[sorted(set(_evidence()["code"])), "unit"])
    assert {
        u for u in units if u not in _FIGURE and not re.fullmatch(r"[\u4e00-\u9fff]", u)
    } == set()


_PAIRS = sorted(zip(_evidence()["code"], _evidence()["alias"], strict=True))


@pytest.mark.parametrize(
    ("code", "alias", "traditional"),
    [(c, a, i % 2 == 1) for i, (c, a) in enumerate(_PAIRS)],
)
def test_each_alias_links_its_figure(code: str, alias: str, traditional: bool) -> None:
    """Every alias of the table once (every other one in traditional script)."""
    unit = str(_registry().set_index("code").loc[code, "unit"])
    text = f"山西省2020年{alias}为{_figure(unit, 37)}。"
    text = to_traditional(text) if traditional else text
    assert _linked(text, 37) == [code], text


@settings(max_examples=30, deadline=None)
@given(
    pair=st.sampled_from(_PAIRS),
    region=st.sampled_from(_REGIONS),
    n=st.integers(min_value=2, max_value=980),
    traditional=st.booleans(),
)
def test_alias_links_its_figure(
    pair: tuple[str, str], region: str, n: int, traditional: bool
) -> None:
    """``<region>2020年<alias>为<figure>`` links the figure to the alias's indicator."""
    code, alias = pair
    unit = str(_registry().set_index("code").loc[code, "unit"])
    figure = _figure(unit, n)
    text = f"{region}2020年{alias}为{figure}。"
    if traditional:
        text = to_traditional(text)
    assert _linked(text, n) == [code], text
