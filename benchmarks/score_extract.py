"""Score report extraction (issue 13) against the five hand-made tables of the bundled reports.

Gold is the bundled ``observations`` and ``targets`` rows whose ``source`` is one of the five
seed reports (``datasets/sources/00N_*.txt``; follow-up sources are not scored).  Predictions
are frames in the same schemas (``envindicators.extract.read_report(text).observations`` and
``.targets``), each row carrying its ``source``.

Matching
--------
Rows are compared only within one document (``source``) and one table.  A predicted row and
a gold row agree on a **field** as follows:

* **indicator** — the same indicator code (``indicator``, whitespace stripped);
* **region** — the same division: both ``region`` strings resolve with
  :func:`envindicators.regions.resolve` (full or short name, traditional script, a renamed
  county by its stem: 太谷县 = 太谷区; an ambiguous name is resolved within the document's
  region) to the same code; strings that do not resolve (全国) must be equal after folding to
  simplified script; both empty agree;
* **period** — observations: the same ``period_end`` date, and the same ``period_start``
  when both rows give one; targets: the same ``deadline`` date, and the same
  ``baseline_year`` when both give one (both missing agree);
* **value** — the same ``kind`` (when both give one; a ``ratio`` of a share is its ``level``,
  :func:`envindicators.units.vocab.measured_kind`, for gold and prediction alike), and the
  predicted ``value`` converted from its ``unit`` to the gold ``unit`` (pint, in the gold
  row's ``context``; units that do not convert disagree) is within **half a unit of the
  last written digit** of the gold figure: the digits of the gold ``value_text`` that give
  its ``number`` (``1.5万吨`` → a step of 0.1万 = 1000 t, tolerance ±500 t; ``85%`` → ±0.5 %;
  ``95.3%`` → ±0.05 %), converted like the value; a gold figure without such digits (words,
  ``8×200吨/日``) must agree to a relative
  1e-9.  For a band target the ``value_high`` must agree too.

A row **matches** when all four fields agree.  Pairs are taken greedily, one to one: first
the pairs that agree on all four fields, then the pairs that disagree on exactly one field
(in order of gold row, then predicted row).  Then, per document and table:

* ``recall`` = matched / gold rows; ``precision`` = matched / predicted rows;
* ``indicator_wrong``, ``region_wrong``, ``period_wrong``, ``value_wrong`` count the one-field
  misses (a gold row found with that field wrong; neither recall nor precision counts it);
* ``missing`` = gold rows with no predicted row within one field; ``spurious`` = predicted
  rows paired with nothing (a duplicated prediction is spurious: it costs precision).

Columns other than these (``comparator``, ``qualifier``, ``subject``, ``quote`` …) are not
scored, the ``role`` neither: a gold observation of role ``context`` (a count that frames
other figures, ``benchmarks/HANDCHECK.md`` convention (f)) is also looked for among the rows
``read_report`` files in its ``context`` table, and such a row counts as predicted only when
it pairs with one (:func:`score`).  Run ``python benchmarks/score_extract.py``: it calls
``envindicators.extract.read_report`` on each bundled report (with its ``source`` name and
publication date; ``--give-region`` also passes the documented region) and prints the table;
it exits with status 2 when ``envindicators.extract`` does not exist yet.
``--by-confidence`` adds the totals when only rows at least as sure as each confidence
level are kept (:func:`confidence_curve`: the precision/recall trade-off of
``read_report(..., min_confidence=...)``).

Tasks
-----
The ``tasks`` table is scored apart (:func:`score_tasks`, printed after the table above):
gold is the bundled ``tasks`` rows of the five seed reports; every seed report is scored, so
items predicted in a report without gold items are spurious.  Within one document a
predicted and a gold item are **the same item** when they have the same ``number_int``, are
both (or neither) listed under a ``parent`` item, and either their titles overlap by a Dice
coefficient of character bigrams of at least 0.3 (punctuation dropped, simplified script)
or they have the same ``number`` as written (folded: script, full-width forms, spaces) and
no other item of the document, gold or predicted, has it — or, whatever their numbers, when
their titles overlap by at least 0.6.  Two fields are
scored: **deadline** (the same ``deadline_category`` and the same ``deadline`` date, both
empty agree) and **status** (the same ``status`` code, both empty agree).  Same items are
paired greedily, one to one: first those agreeing on both fields, then on one, then on none
(ties: the larger title overlap first).  ``matched`` pairs agree on both fields;
``deadline_wrong``/``status_wrong`` count the pairs wrong on that field; ``missing`` and
``spurious`` are the unpaired gold and predicted items.

Hand check on unseen text
-------------------------
``--sample N --seed S --out FILE`` runs the extractor on every document of the parser
corpus splits named by ``--splits`` (default ``dev,heldout``:
``benchmarks/corpus/SPLIT/*.txt``) and writes N random extracted rows to a CSV with empty
judgement columns (``indicator_ok``, ``region_ok``, ``period_ok``, ``value_ok``,
``role_ok`` — the table and ``kind``: level, change, target —, ``fully_right``,
``comment``); fill them with ``y``/``n``.  A proposed indicator's noun phrase is in
``subject``; it is right only when no registry indicator fits and the phrase names what
the figure measures.  ``--judged FILE`` summarises a filled-in file: per field the share
judged right, and the share of rows fully right with a 95 % Wilson interval.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import math
import re
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators import datasets, regions
from envindicators.errors import EnvIndicatorsError
from envindicators.units import normalize_text, to_simplified
from envindicators.units.convert import coefficients
from envindicators.units.vocab import measured_kind

__all__ = [
    "CONFIDENCE_LEVELS",
    "CORPUS",
    "FIELDS",
    "JUDGEMENT_COLUMNS",
    "SCORED_TABLES",
    "TASK_FIELDS",
    "confidence_curve",
    "gold_tables",
    "gold_tasks",
    "judged_summary",
    "main",
    "match_table",
    "match_tasks",
    "sample_rows",
    "score",
    "score_tasks",
    "seed_sources",
    "title_overlap",
]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"
SCORED_TABLES = ("observations", "targets")
FIELDS = ("indicator", "region", "period", "value")
JUDGEMENT_COLUMNS = (
    "indicator_ok",
    "region_ok",
    "period_ok",
    "value_ok",
    "role_ok",
    "fully_right",
    "comment",
)
#: Judged links: the four scored fields and the row's role (table and ``kind``).
JUDGED = (*(f"{f}_ok" for f in FIELDS), "role_ok")
#: Confidence levels, least sure first (a row's ``confidence`` column).
CONFIDENCE_LEVELS = ("low", "medium", "high")
_SEED = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_POWERS = np.array([10.0**k for k in range(-8, 13)])


def _result_columns(fields: tuple[str, ...], *, by_table: bool) -> list[str]:
    """Columns of a score table: counts, rates and one ``<field>_wrong`` per scored field."""
    head = ["document", "table"] if by_table else ["document"]
    return [
        *head,
        *("gold", "predicted", "matched", "recall", "precision"),
        *(f"{f}_wrong" for f in fields),
        *("missing", "spurious"),
    ]


_RESULT_COLUMNS = _result_columns(FIELDS, by_table=True)


# ----------------------------------------------------------------------------- gold


def gold_tables() -> dict[str, pd.DataFrame]:
    """The gold: bundled observations and targets of the five seed reports."""
    out = {}
    for name in SCORED_TABLES:
        df = datasets.load(name)  # type: ignore[arg-type]
        out[name] = df[df["source"].astype(str).str.match(_SEED.pattern)].reset_index(drop=True)
    return out


@cache
def _document_regions() -> dict[str, str]:
    docs = datasets.load("documents")
    return {
        str(s): str(r).split(";")[0].strip()
        for s, r in zip(docs["source"], docs["region"], strict=True)
        if isinstance(r, str)
    }


# ----------------------------------------------------------------------------- fields


@cache
def _region_key(text: str, document: str) -> str:
    folded = "".join(to_simplified(text).split())
    if not folded:
        return ""
    within = _document_regions().get(document)
    for w in (None, within):
        try:
            return regions.resolve(folded, within=w).code
        except EnvIndicatorsError:
            continue
    return "name:" + folded


def _region_keys(values: pd.Series, document: str) -> np.ndarray:
    return np.array(
        [_region_key("" if pd.isna(v) else str(v), document) for v in values], dtype=object
    )


def _dates(df: pd.DataFrame, col: str) -> np.ndarray:
    if col not in df.columns:
        return np.full(len(df), np.datetime64("NaT"), dtype="datetime64[D]")
    return pd.to_datetime(df[col], errors="coerce").to_numpy().astype("datetime64[D]")


def _same_date(a: np.ndarray, b: np.ndarray, *, optional: bool) -> np.ndarray:
    na, nb = np.isnat(a), np.isnat(b)
    equal = (a == b) & ~na & ~nb
    if optional:
        return equal | na | nb
    return equal | (na & nb)


def _floats(df: pd.DataFrame, col: str) -> np.ndarray:
    if col not in df.columns:
        return np.full(len(df), np.nan)
    return pd.to_numeric(df[col], errors="coerce").astype("float64").to_numpy(na_value=np.nan)


def _strings(df: pd.DataFrame, col: str) -> np.ndarray:
    if col not in df.columns:
        return np.full(len(df), "", dtype=object)
    return np.array(["" if pd.isna(v) else str(v).strip() for v in df[col]], dtype=object)


def written_step(value_text: str, number: float) -> float:
    """The step of the last written digit of a figure, in the unit of ``number``.

    The digit group of ``value_text`` that, times a power of ten (a multiplier such as 万),
    gives ``|number|`` is the written figure; its last decimal place is the step
    (``"1.5万吨"``, 15000 → 1000; ``"85%"``, 85 → 1; ``"约7000余吨"``, 7000 → 1).  ``nan``
    when no digit group gives the number (words, ``8×200``).

    Parameters
    ----------
    value_text : str
        The figure as written.
    number : float
        The figure as a number in its written unit (signed for decreases).

    Returns
    -------
    float
    """
    if not isinstance(value_text, str) or not np.isfinite(number):
        return math.nan
    target = abs(number)
    for token in _DIGITS.findall(normalize_text(value_text).text):
        t = float(token)
        if t == 0:
            if target == 0:
                return 10.0 ** -(len(token.split(".")[1]) if "." in token else 0)
            continue
        ratio = target / t
        hit = np.isclose(_POWERS, ratio, rtol=1e-9)
        if hit.any():
            decimals = len(token.split(".")[1]) if "." in token else 0
            return float(_POWERS[hit][0] * 10.0**-decimals)
    return math.nan


@cache
def _factor(from_unit: str, to_unit: str, context: str) -> float:
    if from_unit == to_unit:
        return 1.0
    if not from_unit or not to_unit:
        return math.nan
    try:
        a, b = coefficients(from_unit, to_unit, context or None)
    except (pint.errors.PintError, EnvIndicatorsError, ValueError):
        return math.nan
    return a if b == 0 else math.nan


def _tolerance(gold: pd.DataFrame) -> np.ndarray:
    """Half the written step of each gold figure, in the gold ``unit`` (≥ 1e-9 relative)."""
    value = _floats(gold, "value")
    number = _floats(gold, "number")
    step = np.array(
        [written_step(t, n) for t, n in zip(_strings(gold, "value_text"), number, strict=True)]
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(number != 0, np.abs(value / number), np.nan)
    fallback = np.array(
        [
            _factor(u, v, c)
            for u, v, c in zip(
                _strings(gold, "unit_written"),
                _strings(gold, "unit"),
                _strings(gold, "context"),
                strict=True,
            )
        ]
    )
    scale = np.where(np.isfinite(scale), scale, np.abs(fallback))
    tol = np.where(np.isfinite(step * scale), step * scale / 2, 0.0)
    return np.maximum(tol, 1e-9 * np.maximum(np.abs(np.nan_to_num(value)), 1.0))


def _kinds(df: pd.DataFrame, unit: np.ndarray) -> np.ndarray:
    """Each row's ``kind`` as it measures its indicator (``units.vocab.measured_kind``).

    A ratio of a share (``unit`` ``%``: the bundled rows' and ``read_report``'s ``value`` are in
    the indicator's unit) is the share's level, for the gold as for ``read_report``.
    """
    kinds = _strings(df, "kind")
    return np.array(
        [measured_kind(k, of_share=u == "%") for k, u in zip(kinds, unit, strict=True)],
        dtype=object,
    )


def _agreement(pred: pd.DataFrame, gold: pd.DataFrame, table: str, document: str) -> np.ndarray:
    """Boolean array (n_pred, n_gold, 4): agreement on indicator, region, period, value."""
    p_ind, g_ind = _strings(pred, "indicator"), _strings(gold, "indicator")
    indicator = p_ind[:, None] == g_ind[None, :]
    region = (
        _region_keys(pred.get("region", pd.Series([pd.NA] * len(pred))), document)[:, None]
        == _region_keys(gold["region"], document)[None, :]
    )
    if table == "observations":
        pe, ge = _dates(pred, "period_end"), _dates(gold, "period_end")
        ps, gs = _dates(pred, "period_start"), _dates(gold, "period_start")
        period = _same_date(pe[:, None], ge[None, :], optional=False) & _same_date(
            ps[:, None], gs[None, :], optional=True
        )
    else:
        pd_, gd = _dates(pred, "deadline"), _dates(gold, "deadline")
        period = _same_date(pd_[:, None], gd[None, :], optional=False)
        pb, gb = _floats(pred, "baseline_year"), _floats(gold, "baseline_year")
        pbn, gbn = np.isnan(pb)[:, None], np.isnan(gb)[None, :]
        period &= pbn | gbn | (pb[:, None] == gb[None, :])
    # value: convert each predicted unit to each gold unit (one factor per distinct triple)
    p_unit, g_unit = _strings(pred, "unit"), _strings(gold, "unit")
    g_ctx = _strings(gold, "context")
    factor = np.array(
        [[_factor(pu, gu, gc) for gu, gc in zip(g_unit, g_ctx, strict=True)] for pu in p_unit]
    ).reshape(len(pred), len(gold))
    tol = _tolerance(gold)[None, :]
    value = (
        np.abs(_floats(pred, "value")[:, None] * factor - _floats(gold, "value")[None, :]) <= tol
    )
    g_high = _floats(gold, "value_high")
    if np.isfinite(g_high).any():
        p_high = _floats(pred, "value_high")
        high_ok = np.abs(p_high[:, None] * factor - g_high[None, :]) <= tol
        value &= np.where(np.isfinite(g_high)[None, :], high_ok, True)
    p_kind, g_kind = _kinds(pred, p_unit), _kinds(gold, g_unit)
    value &= (
        (p_kind[:, None] == g_kind[None, :]) | (p_kind[:, None] == "") | (g_kind[None, :] == "")
    )
    return np.stack([indicator, region, period, value], axis=-1)


def match_table(
    pred: pd.DataFrame,
    gold: pd.DataFrame,
    table: str,
    document: str,
    allowed: np.ndarray | None = None,
) -> pd.DataFrame:
    """Greedy one-to-one pairing of one document's predicted and gold rows of one table.

    Parameters
    ----------
    pred, gold : pandas.DataFrame
        The rows of one document (positional order is the tie-break order).
    table : str
        ``"observations"`` or ``"targets"``.
    document : str
        The ``source`` (resolves ambiguous region names within its region).
    allowed : numpy.ndarray, optional
        Boolean (n_pred, n_gold): the pairs that may be taken at all (all when ``None``);
        :func:`score` uses it to let a predicted context row pair only with a gold row of
        role ``context``.

    Returns
    -------
    pandas.DataFrame
        One row per pair: ``pred`` and ``gold`` (positions), ``wrong`` (``""`` for a match,
        else the one field that disagrees).
    """
    pairs = pd.DataFrame({"pred": pd.Series([], dtype=int), "gold": pd.Series([], dtype=int)})
    if len(pred) == 0 or len(gold) == 0:
        return pairs.assign(wrong=pd.Series([], dtype=object))
    agree = _agreement(pred.reset_index(drop=True), gold.reset_index(drop=True), table, document)
    n_agree = agree.sum(axis=-1)
    if allowed is not None:
        n_agree = np.where(allowed, n_agree, -1)
    used_p = np.zeros(len(pred), dtype=bool)
    used_g = np.zeros(len(gold), dtype=bool)
    out: list[tuple[int, int, str]] = []
    for level in (4, 3):
        p_idx, g_idx = np.nonzero(n_agree == level)
        order = np.lexsort((p_idx, g_idx))
        for p, g in zip(p_idx[order].tolist(), g_idx[order].tolist(), strict=True):
            if used_p[p] or used_g[g]:
                continue
            used_p[p] = used_g[g] = True
            wrong = "" if level == 4 else FIELDS[int(np.flatnonzero(~agree[p, g])[0])]
            out.append((p, g, wrong))
    return pd.DataFrame(out, columns=["pred", "gold", "wrong"])


def _counts(document: str, table: str, n_gold: int, n_pred: int, pairs: pd.DataFrame) -> dict:
    wrong = pairs["wrong"].value_counts()
    matched = int((pairs["wrong"] == "").sum())
    row: dict[str, Any] = {
        "document": document,
        "table": table,
        "gold": n_gold,
        "predicted": n_pred,
        "matched": matched,
    }
    for f in FIELDS:
        row[f"{f}_wrong"] = int(wrong.get(f, 0))
    row["missing"] = n_gold - len(pairs)
    row["spurious"] = n_pred - len(pairs)
    return row


def score(predicted: Mapping[str, pd.DataFrame], gold: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Recall, precision and per-field errors of predicted tables against gold tables.

    A gold observation of role ``context`` (a count that frames other figures:
    ``benchmarks/HANDCHECK.md``, convention (f)) is found in the predicted ``observations``
    or in the predicted ``context`` table (``ReportTables.context``, where ``read_report``
    files such figures): the role is not a scored field, as for the other roles.  A predicted
    context row counts as predicted only when it is paired with such a gold row; the others
    are not scored (the gold lists a frame only where a curator wrote one, not every
    denominator of its texts), and it never pairs with a gold row of another role.

    Parameters
    ----------
    predicted, gold : mapping of str to pandas.DataFrame
        ``{"observations": frame, "targets": frame}`` in the bundled schemas, and optionally
        ``"context"`` (the predicted context rows); every row names its document in
        ``source``.  A table missing from ``predicted`` counts as empty.  Documents are those
        of ``gold`` (predicted rows of other documents are ignored).

    Returns
    -------
    pandas.DataFrame
        One row per (document, table), then per document over both tables (``table ==
        "all"``), then the totals (``document == "ALL"``): ``gold``, ``predicted``,
        ``matched``, ``recall``, ``precision``, ``indicator_wrong``, ``region_wrong``,
        ``period_wrong``, ``value_wrong``, ``missing``, ``spurious`` (see the module
        docstring for the matching).
    """
    rows = []
    for table in SCORED_TABLES:
        g_all = gold.get(table)
        if g_all is None:
            continue
        p_all = predicted.get(table)
        if p_all is None:
            p_all = g_all.iloc[:0]
        for document in sorted(g_all["source"].astype(str).unique()):
            g = g_all[g_all["source"].astype(str) == document]
            p = p_all[p_all["source"].astype(str) == document]
            context = predicted.get("context") if table == "observations" else None
            if context is None or "role" not in g.columns:
                pairs = match_table(p, g, table, document)
                rows.append(_counts(document, table, len(g), len(p), pairs))
                continue
            c = context[context["source"].astype(str) == document]
            frame = (g["role"].astype(str) == "context").to_numpy()
            from_context = np.r_[np.zeros(len(p), dtype=bool), np.ones(len(c), dtype=bool)]
            allowed = ~from_context[:, None] | frame[None, :]
            both = pd.concat([p, c], ignore_index=True) if len(c) else p
            pairs = match_table(both, g, table, document, allowed=allowed[: len(both)])
            scored = len(p) + int(from_context[pairs["pred"].to_numpy(dtype=int)].sum())
            rows.append(_counts(document, table, len(g), scored, pairs))
    base = pd.DataFrame(
        rows, columns=[c for c in _RESULT_COLUMNS if c not in ("recall", "precision")]
    )
    numeric = [c for c in base.columns if c not in ("document", "table")]
    per_doc = base.groupby("document", as_index=False)[numeric].sum().assign(table="all")
    per_table = base.groupby("table", as_index=False)[numeric].sum().assign(document="ALL")
    total = base[numeric].sum().to_frame().T.assign(document="ALL", table="all")
    out = pd.concat([base, per_doc, per_table, total], ignore_index=True)
    out[numeric] = out[numeric].astype(int)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["recall"] = out["matched"] / out["gold"].where(out["gold"] > 0)
        out["precision"] = out["matched"] / out["predicted"].where(out["predicted"] > 0)
    return out[_RESULT_COLUMNS]


def confidence_curve(
    predicted: Mapping[str, pd.DataFrame], gold: Mapping[str, pd.DataFrame]
) -> pd.DataFrame:
    """Recall and precision when only rows at least as sure as each level are kept.

    A predicted row is kept at level *L* when its ``confidence`` ranks at or above *L*
    (``low`` < ``medium`` < ``high``; a missing confidence counts as ``low``) — what a user
    gets from ``read_report(..., min_confidence=L)``.

    Parameters
    ----------
    predicted, gold : mapping of str to pandas.DataFrame
        As for :func:`score`.

    Returns
    -------
    pandas.DataFrame
        One row per level and table (``observations``, ``targets``, ``all``):
        ``min_confidence``, ``table``, ``predicted``, ``matched``, ``recall``,
        ``precision`` and the error counts of :func:`score` over all documents.
    """
    rank = {c: i for i, c in enumerate(CONFIDENCE_LEVELS)}
    rows = []
    for level in CONFIDENCE_LEVELS:
        kept = {}
        for table, frame in predicted.items():
            conf = frame["confidence"] if "confidence" in frame.columns else None
            if conf is None:
                r = np.zeros(len(frame), dtype=int)
            else:
                r = conf.astype("string").map(rank).fillna(0).astype(int).to_numpy()
            kept[table] = frame[r >= rank[level]]
        result = score(kept, gold)
        total = result[result["document"] == "ALL"].assign(min_confidence=level)
        rows.append(total)
    out = pd.concat(rows, ignore_index=True)
    return out[["min_confidence", *[c for c in _RESULT_COLUMNS if c != "document"]]]


# ----------------------------------------------------------------------------- tasks

#: Scored fields of a task item (see the module docstring, "Tasks").
TASK_FIELDS = ("deadline", "status")
_TASK_RESULT_COLUMNS = _result_columns(TASK_FIELDS, by_table=False)
_NOT_TITLE = re.compile(r"[\W_]+")


def gold_tasks() -> pd.DataFrame:
    """The gold tasks: bundled ``tasks`` rows of the five seed reports."""
    df = datasets.load("tasks")
    return df[df["source"].astype(str).str.match(_SEED.pattern)].reset_index(drop=True)


def _bigrams(text: str) -> frozenset[str]:
    folded = _NOT_TITLE.sub("", to_simplified(normalize_text(text).text))
    return frozenset(folded[i : i + 2] for i in range(len(folded) - 1)) or frozenset(folded)


def title_overlap(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two titles (punctuation dropped)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def _written_numbers(df: pd.DataFrame) -> pd.Series:
    if "number" not in df.columns:
        return pd.Series([""] * len(df), dtype=object)
    return pd.Series(
        [
            "" if pd.isna(n) else "".join(to_simplified(normalize_text(str(n)).text).split())
            for n in df["number"]
        ],
        dtype=object,
    )


def _task_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=range(len(df)))
    for col in ("number_int", "title", "status", "deadline_category", "parent"):
        values = df[col] if col in df.columns else pd.Series([pd.NA] * len(df))
        out[col] = values.reset_index(drop=True)
    out["number_int"] = pd.to_numeric(out["number_int"], errors="coerce")
    out["title"] = out["title"].fillna("").astype(str)
    out["status"] = out["status"].fillna("").astype(str)
    out["deadline_category"] = out["deadline_category"].fillna("unknown").astype(str)
    out["parent"] = out["parent"].notna() & (out["parent"].astype(str) != "")
    out["deadline"] = _dates(df.reset_index(drop=True), "deadline")
    return out


def match_tasks(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Greedy one-to-one pairing of one document's predicted and gold task items.

    A pair is a candidate when the items are the same item (same ``number_int``, both or
    neither listed under a parent, and either titles overlapping by a Dice coefficient of
    character bigrams >= 0.3 or the same number as written, once only in each table of the
    document — or titles overlapping >= 0.6 whatever the numbers).  Candidates that
    agree on both fields are paired first, then those that disagree on one.

    Parameters
    ----------
    pred, gold : pandas.DataFrame
        The task rows of one document (``tasks`` schema).

    Returns
    -------
    pandas.DataFrame
        One row per pair: ``pred``, ``gold`` (positions) and ``wrong`` (``""`` for a match,
        else the fields that disagree, joined by ``+``).
    """
    empty = pd.DataFrame(
        {"pred": pd.Series([], dtype=int), "gold": pd.Series([], dtype=int), "wrong": []}
    )
    if len(pred) == 0 or len(gold) == 0:
        return empty
    p, g = _task_frame(pred), _task_frame(gold)
    overlap = np.array([[title_overlap(a, b) for b in g["title"]] for a in p["title"]])
    pn, gn = p["number_int"].to_numpy(float), g["number_int"].to_numpy(float)
    same_number = (pn[:, None] == gn[None, :]) & (
        p["parent"].to_numpy()[:, None] == g["parent"].to_numpy()[None, :]
    )
    pw, gw = _written_numbers(pred), _written_numbers(gold)
    unique = (
        (pw.map(pw.value_counts()) == 1).to_numpy()[:, None]
        & (gw.map(gw.value_counts()) == 1).to_numpy()[None, :]
        & (pw.to_numpy()[:, None] == gw.to_numpy()[None, :])
    )
    candidate = (same_number & ((overlap >= 0.3) | unique)) | (overlap >= 0.6)
    status = p["status"].to_numpy()[:, None] == g["status"].to_numpy()[None, :]
    category = (
        p["deadline_category"].to_numpy()[:, None] == g["deadline_category"].to_numpy()[None, :]
    )
    pd_, gd = p["deadline"].to_numpy(), g["deadline"].to_numpy()
    dates = ((pd_[:, None] == gd[None, :]) & ~np.isnat(pd_)[:, None]) | (
        np.isnat(pd_)[:, None] & np.isnat(gd)[None, :]
    )
    agree = np.stack([category & dates, status], axis=-1)
    n_agree = np.where(candidate, agree.sum(axis=-1), -1)
    used_p = np.zeros(len(p), dtype=bool)
    used_g = np.zeros(len(g), dtype=bool)
    out: list[tuple[int, int, str]] = []
    for level in (2, 1, 0):
        p_idx, g_idx = np.nonzero(n_agree == level)
        order = np.lexsort((-overlap[p_idx, g_idx], g_idx))
        for i, j in zip(p_idx[order].tolist(), g_idx[order].tolist(), strict=True):
            if used_p[i] or used_g[j]:
                continue
            used_p[i] = used_g[j] = True
            bad = [f for f, ok in zip(TASK_FIELDS, agree[i, j], strict=True) if not ok]
            out.append((i, j, "+".join(bad)))
    return pd.DataFrame(out, columns=["pred", "gold", "wrong"]) if out else empty


def score_tasks(predicted: pd.DataFrame, gold: pd.DataFrame, documents: list[str]) -> pd.DataFrame:
    """Recall, precision and per-field errors of predicted task items, per document.

    Parameters
    ----------
    predicted, gold : pandas.DataFrame
        ``tasks`` rows; every row names its document in ``source``.
    documents : list of str
        The documents scored (a document without gold items still counts its predicted
        rows as spurious).

    Returns
    -------
    pandas.DataFrame
        One row per document, then the totals (``document == "ALL"``): ``gold``,
        ``predicted``, ``matched``, ``recall``, ``precision``, ``deadline_wrong``,
        ``status_wrong`` (a pair wrong on both counts in both), ``missing``, ``spurious``.
    """
    rows = []
    for document in documents:
        g = gold[gold["source"].astype(str) == document]
        p = predicted[predicted["source"].astype(str) == document]
        pairs = match_tasks(p, g)
        wrong = pairs["wrong"].astype(str)
        row: dict[str, Any] = {
            "document": document,
            "gold": len(g),
            "predicted": len(p),
            "matched": int((wrong == "").sum()),
        }
        for f in TASK_FIELDS:
            row[f"{f}_wrong"] = int(wrong.str.contains(f).sum())
        row["missing"] = len(g) - len(pairs)
        row["spurious"] = len(p) - len(pairs)
        rows.append(row)
    out = pd.DataFrame(rows)
    total = out.drop(columns="document").sum().to_dict()
    out = pd.concat([out, pd.DataFrame([{"document": "ALL", **total}])], ignore_index=True)
    out["recall"] = out["matched"] / out["gold"].where(out["gold"] > 0)
    out["precision"] = out["matched"] / out["predicted"].where(out["predicted"] > 0)
    return out[_TASK_RESULT_COLUMNS]


# ----------------------------------------------------------------------------- running


def _reader() -> Callable[..., Any] | None:
    if importlib.util.find_spec("envindicators.extract") is None:
        return None
    module = importlib.import_module("envindicators.extract")
    return getattr(module, "read_report", None)


def _tables_of(result: Any, tables: tuple[str, ...] = SCORED_TABLES) -> dict[str, pd.DataFrame]:
    if isinstance(result, Mapping):
        return {t: result[t] for t in tables if t in result}
    return {t: getattr(result, t) for t in tables if hasattr(result, t)}


def with_context(read_report: Callable[..., Any]) -> Callable[..., Any]:
    """``read_report`` whose ``observations`` also hold the rows of its ``context`` table.

    ``read_report`` keeps figures that measure nothing (role ``context``) apart, in
    ``ReportTables.context``; scored with them the observations are those of the yardstick
    before that split (``--with-context``).
    """

    def read(text: str, **kwargs: Any) -> dict[str, pd.DataFrame]:
        result = read_report(text, **kwargs)
        tables = {t: getattr(result, t) for t in ("observations", "targets", "tasks")}
        context = getattr(result, "context", None)
        if context is not None and len(context):
            tables["observations"] = pd.concat([tables["observations"], context], ignore_index=True)
        return tables

    return read


def seed_sources() -> list[str]:
    """The five seed reports' ``source`` names, sorted."""
    docs = datasets.load("documents")
    return sorted(str(s) for s in docs["source"] if _SEED.match(str(s)))


def predict_bundled(
    read_report: Callable[..., Any],
    *,
    give_region: bool = False,
    tables: tuple[str, ...] = SCORED_TABLES,
) -> dict:
    """Run ``read_report`` on the five bundled reports; the predicted ``tables``, concatenated."""
    docs = datasets.load("documents").set_index("source")
    out: dict[str, list[pd.DataFrame]] = {t: [] for t in tables}
    for source in sorted(s for s in docs.index if _SEED.match(str(s))):
        published = docs.loc[source, "published"]
        kwargs: dict[str, Any] = {"source": source}
        if pd.notna(published):
            kwargs["published"] = pd.Timestamp(published).date()
        if give_region:
            kwargs["region"] = _document_regions().get(source)
        found = _tables_of(read_report(datasets.source_text(source), **kwargs), tables)
        for t, df in found.items():
            out[t].append(df.assign(source=source))
    return {t: pd.concat(v, ignore_index=True) for t, v in out.items() if v}


def sample_rows(
    read_report: Callable[..., Any],
    n: int,
    seed: int,
    corpus: Path = CORPUS,
    splits: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """``n`` random rows extracted from the parser-corpus documents, for a hand check.

    Parameters
    ----------
    read_report : callable
        The extractor (``read_report(text, source=...)``).
    n : int
        Number of rows (all rows when fewer were extracted).
    seed : int
        Seed of the random draw (numpy ``default_rng``).
    corpus : pathlib.Path
        Folder whose ``*/*.txt`` files are read.
    splits : tuple of str, optional
        Sub-folders of ``corpus`` to read (all when ``None``).

    Returns
    -------
    pandas.DataFrame
        ``document``, ``table``, the scored fields and the evidence (``quote``), then the
        empty judgement columns :data:`JUDGEMENT_COLUMNS`.
    """
    frames = []
    for path in sorted(corpus.glob("*/*.txt")):
        if splits is not None and path.parent.name not in splits:
            continue
        source = f"{path.parent.name}/{path.name}"
        tables = _tables_of(read_report(path.read_text(encoding="utf-8"), source=source))
        for t, df in tables.items():
            if len(df):
                frames.append(df.assign(document=source, table=t))
    if not frames:
        return pd.DataFrame(columns=["document", "table", *JUDGEMENT_COLUMNS])
    rows = pd.concat(frames, ignore_index=True)
    rng = np.random.default_rng(seed)
    take = np.sort(rng.choice(len(rows), size=min(n, len(rows)), replace=False))
    keep = [
        "document",
        "table",
        "region",
        "indicator",
        "subject",
        "period_text",
        "period_end",
        "deadline_text",
        "deadline",
        "value_text",
        "value",
        "unit",
        "kind",
        "comparator",
        "baseline_period",
        "baseline_year",
        "confidence",
        "needs_review",
        "role",
        "quote",
    ]
    sample = rows.iloc[take][[c for c in keep if c in rows.columns]].reset_index(drop=True)
    for col in JUDGEMENT_COLUMNS:
        sample[col] = ""
    return sample


_YES = {"y", "yes", "1", "true", "ok", "✓", "是", "对"}
_NO = {"n", "no", "0", "false", "✗", "x", "否", "错"}


def _judgement(values: pd.Series) -> pd.Series:
    text = values.fillna("").astype(str).str.strip().str.lower()
    out = pd.Series(pd.NA, index=values.index, dtype="boolean")
    out[text.isin(_YES)] = True
    out[text.isin(_NO)] = False
    bad = ~text.isin(_YES | _NO | {""})
    if bad.any():
        raise ValueError(f"judgements must be y/n; found {sorted(set(text[bad]))}")
    return out


def judged_summary(judged: pd.DataFrame) -> pd.DataFrame:
    """Summary of a filled-in hand check (see :func:`sample_rows`).

    ``fully_right`` left empty is the conjunction of the four field judgements; rows with
    no judgement at all are not counted.

    Parameters
    ----------
    judged : pandas.DataFrame
        The sample with its judgement columns filled with ``y``/``n``.

    Returns
    -------
    pandas.DataFrame
        Per judgement (the four fields, ``role_ok`` when the file has it, and
        ``fully_right``): ``judged``, ``right``,
        ``share`` and the 95 % Wilson interval ``low``, ``high``.
    """
    from statsmodels.stats.proportion import proportion_confint

    fields = [c for c in JUDGED if c in judged.columns]
    j = pd.DataFrame({c: _judgement(judged[c]) for c in fields})
    full = _judgement(judged["fully_right"])
    derived = j.all(axis=1, skipna=False) if len(j) else pd.Series(dtype="boolean")
    j["fully_right"] = full.fillna(derived.where(j.notna().all(axis=1)))
    rows = []
    for col in [*fields, "fully_right"]:
        vals = j[col].dropna()
        n, k = len(vals), int(vals.sum())
        low, high = proportion_confint(k, n, method="wilson") if n else (math.nan, math.nan)
        rows.append(
            {
                "judgement": col,
                "judged": n,
                "right": k,
                "share": k / n if n else math.nan,
                "low": low,
                "high": high,
            }
        )
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring); returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--give-region", action="store_true", help="pass each report's region")
    parser.add_argument(
        "--by-confidence",
        action="store_true",
        help="also print recall/precision keeping only rows at least as sure as each level",
    )
    parser.add_argument(
        "--with-context",
        action="store_true",
        help="score observations together with the context rows (ReportTables.context), "
        "as read_report gave them before role15",
    )
    parser.add_argument("--sample", type=int, metavar="N", help="write N random corpus rows")
    parser.add_argument("--seed", type=int, default=0, help="seed of --sample (default 0)")
    parser.add_argument(
        "--splits",
        default="dev,heldout",
        help=(
            "corpus splits sampled, comma-separated (default dev,heldout; never name a split "
            "kept blind for the parser: running read_report on it runs the parser)"
        ),
    )
    parser.add_argument("--out", type=Path, help="CSV written by --sample (default stdout)")
    parser.add_argument("--judged", type=Path, metavar="FILE", help="summarise a hand check")
    args = parser.parse_args(argv)
    pd.set_option("display.width", 200)
    if args.judged is not None:
        print(judged_summary(pd.read_csv(args.judged, dtype=str)).to_string(index=False))
        return 0
    read_report = _reader()
    if read_report is None:
        print(
            "envindicators.extract.read_report does not exist yet: nothing to score",
            file=sys.stderr,
        )
        return 2
    if args.with_context:
        read_report = with_context(read_report)
    if args.sample is not None:
        sample = sample_rows(
            read_report, args.sample, args.seed, splits=tuple(args.splits.split(","))
        )
        if args.out is None:
            sample.to_csv(sys.stdout, index=False)
        else:
            if args.out.exists():
                print(f"{args.out} exists; not overwritten", file=sys.stderr)
                return 1
            tmp = args.out.with_name(args.out.name + ".tmp")
            sample.to_csv(tmp, index=False, encoding="utf-8")
            tmp.replace(args.out)
            print(f"wrote {len(sample)} rows to {args.out}", file=sys.stderr)
        return 0
    predicted = predict_bundled(
        read_report, give_region=args.give_region, tables=(*SCORED_TABLES, "context", "tasks")
    )
    result = score(predicted, gold_tables())
    print(result.to_string(index=False, float_format=lambda x: f"{x:.1%}"))
    print()
    tasks = predicted.get("tasks", gold_tasks().iloc[:0])
    print("tasks")
    print(
        score_tasks(tasks, gold_tasks(), seed_sources()).to_string(
            index=False, float_format=lambda x: f"{x:.1%}"
        )
    )
    if args.by_confidence:
        print()
        curve = confidence_curve(predicted, gold_tables())
        print(curve.to_string(index=False, float_format=lambda x: f"{x:.1%}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
