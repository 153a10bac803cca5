"""The checks: rates vs counts, category counts vs totals, changes vs levels, relations.

Every function returns a report frame (columns in :data:`REPORT_COLUMNS`, one row per
check) and accepts user frames with the columns of the bundled tables
(``datasets/README.md``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators.analytics.completion import RateDefinition, _category, infer_rate_definition
from envindicators.audit import _intervals as iv
from envindicators.audit._verdicts import Verdict, empty_report, finish, verdicts
from envindicators.audit.precision import (
    APPROX_BAND,
    NEARLY_BAND,
    _parse_text,
    _written,
    figure_intervals,
)
from envindicators.datasets import RELATION_TYPES
from envindicators.errors import DatasetError, ModelValidationError, QuantityParseError
from envindicators.model import canonical_values, coerce_frame, indicator_map
from envindicators.units import ureg
from envindicators.units.vocab import Kind, Qualifier

__all__ = ["check_changes", "check_partitions", "check_rates", "check_relations"]

_UNSTATED = "_unstated"


def _require(df: pd.DataFrame, columns: list[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ModelValidationError(missing[0], None, f"column missing from the {what} frame")


def _quotes(s: pd.Series) -> str:
    return " … ".join(dict.fromkeys(str(q) for q in s.dropna()))


def _first(s: pd.Series) -> Any:
    s = s.dropna()
    return s.iloc[0] if len(s) else pd.NA


# ---------------------------------------------------------------------------------------
# Rates vs counts
# ---------------------------------------------------------------------------------------
#: Readings of a rate's last digit: rounded (GB/T 8170), truncated, or either.
ROUNDING = ("round", "truncate", "either")


def _count_intervals(rows: pd.DataFrame, column: str, texts: list[str]) -> np.ndarray:
    """Interval of each count, read from the first text column that writes it.

    A count found in its text as written (``1.2万件``) stands for the interval of its
    precision (:func:`~envindicators.audit.figure_intervals`: [11500, 12500]); a count
    written in full, or not found in the text, is exact.
    """
    n = pd.to_numeric(rows[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    lo, hi = n.copy(), n.copy()
    todo = ~np.isnan(n)
    for col in texts:
        if col not in rows.columns or not todo.any():
            continue
        frame = pd.DataFrame(
            {
                "value_text": rows[col].astype("string").fillna("").to_numpy(),
                "number": n,
                "unit_written": "count",
            }
        )
        w = _written(frame["value_text"], n)
        found = todo & w["written"].to_numpy(dtype=bool)
        if found.any():
            iv_ = figure_intervals(frame)
            lo = np.where(found, iv_["low"].to_numpy(), lo)
            hi = np.where(found, iv_["high"].to_numpy(), hi)
            todo &= ~found
    return np.stack([lo, hi], axis=1)


def _set_rate(
    d: RateDefinition, bounds: Mapping[str, list[float]], t_lo: float, t_hi: float
) -> tuple[float, float]:
    """The rate of a counted set read through its count intervals, in % (capped at 100)."""
    n_lo = sum(bounds[str(getattr(c, "value", c))][0] for c in d.statuses)
    n_hi = sum(bounds[str(getattr(c, "value", c))][1] for c in d.statuses)
    q_lo, q_hi = iv.div(n_lo, n_hi, t_lo, t_hi)
    return 100.0 * float(q_lo), min(100.0 * float(q_hi), 100.0)


def _rate_figure(text: Any, rate: float) -> tuple[str, float, float, int, float]:
    """Written text, interval, decimals and tolerance of a reported rate (in %)."""
    written = str(text) if isinstance(text, str) and text else f"{rate:g}%"
    qualifier = Qualifier.EXACT.value
    try:
        parsed = _parse_text(written)
    except QuantityParseError:
        parsed = {}
    if parsed and np.isclose(abs(float(parsed["number"])), rate):
        qualifier = str(parsed["qualifier"])
    frame = pd.DataFrame(
        {
            "value_text": [written],
            "number": [rate],
            "qualifier": [qualifier],
            "unit_written": ["%"],  # a rate of a ledger is a share: capped at 100 %
            "kind": ["level"],
        }
    )
    w = figure_intervals(frame).iloc[0]
    return written, float(w["low"]), float(w["high"]), int(w["decimals"]), float(w["tolerance"])


def check_rates(progress_summaries: pd.DataFrame, *, rounding: str = "round") -> pd.DataFrame:
    """Check reported completion/closure rates against the counts of their statement.

    For each ``summary_id`` with a ``reported_rate`` (``办结率94%``), every counted set of
    categories (:func:`~envindicators.analytics.infer_rate_definition`'s order) is tried:
    the rate :math:`100 \\sum_{c \\in S} n_c / N` is compared with the reported interval
    (:func:`~envindicators.audit.reported_interval` of ``reported_rate_text``: ``94%`` →
    [93.5, 94.5]).  Items the statement does not categorise (``N - \\sum n_c``, or an
    explicit ``其余`` row without a count) enter the search as one block, "unstated".

    Conventions (stated once):

    * **Counts are read through their precision.**  A count written with a multiplier or
      decimals (``1.2万件``, found in ``count_text``, else ``category_text``, else
      ``quote``; the total in ``total_text``, else ``quote``) stands for its interval
      ([11500, 12500]); the rate of a set is then the interval
      :math:`[100 \\sum l_c / h_N,\\ 100 \\sum h_c / l_N]`.  A count written in full
      (``6991件``) or not found in the text is exact.
    * **Rounding of the rate** (``rounding``): ``"round"`` (default; GB/T 8170-2008, the
      national rounding rule: ``99.9%`` is [99.85, 99.95]), ``"truncate"`` (``99.9%`` is
      [99.9, 100.0): 99.957 % written 99.9 %) or ``"either"``.  A rate inconsistent when
      rounded but consistent when truncated says so in its explanation.
    * **Rates above 100 %** (完成率105%) cannot be a share of a ledger's items: they are
      read as over-fulfilment of a plan, the stated counts over the planned total
      (:math:`100 \\sum_c n_c / N`), and checked as such.

    Verdicts: ``consistent`` when a set of stated categories reproduces the rate;
    ``not_checkable`` when only a set including the unstated block does, when there is
    no count or no total, or when the counts exceed the total; ``inconsistent`` when no
    set does (``expected`` is then the closest achievable rate).

    Parameters
    ----------
    progress_summaries:
        Columns ``summary_id``, ``total``, ``category``, ``count``, ``reported_rate``
        (% ), optional ``reported_rate_text``, ``count_text``, ``total_text``,
        ``category_text``, ``source``, ``region``, ``subject``, ``quote``.
    rounding:
        How the rate's last digit was obtained: ``"round"``, ``"truncate"``, ``"either"``.

    Returns
    -------
    pandas.DataFrame
        One row per statement with a reported rate (report columns).

    Examples
    --------
    Liaoning (seed 000): 6991 petitions, 6591 closed, 办结率94%.

    >>> import pandas as pd
    >>> ps = pd.DataFrame({"summary_id": ["L"], "total": [6991], "category": ["closed"],
    ...                    "count": [6591], "reported_rate": [94.0],
    ...                    "reported_rate_text": ["办结率94%"]})
    >>> r = check_rates(ps).iloc[0]
    >>> r["verdict"], round(float(r["expected"]), 2), float(r["tolerance"])
    ('consistent', 94.28, 0.5)
    """
    _require(progress_summaries, ["summary_id", "total", "category", "count"], "summaries")
    if rounding not in ROUNDING:
        raise ModelValidationError("rounding", rounding, f"expected one of {ROUNDING}")
    if "reported_rate" not in progress_summaries.columns:
        return empty_report()
    ps = progress_summaries.copy()
    cnt = _count_intervals(ps, "count", ["count_text", "category_text", "quote"])
    tot = _count_intervals(ps, "total", ["total_text", "quote"])
    ps["_c_lo"], ps["_c_hi"] = cnt[:, 0], cnt[:, 1]
    ps["_t_lo"], ps["_t_hi"] = tot[:, 0], tot[:, 1]
    rated = ps[ps["reported_rate"].notna()]
    rows: list[dict[str, Any]] = []
    reasons: list[str | None] = []
    for sid, grp in ps[ps["summary_id"].isin(rated["summary_id"])].groupby("summary_id", sort=True):
        rate = float(_first(grp["reported_rate"]))
        text_col = grp["reported_rate_text"] if "reported_rate_text" in grp else grp["category"]
        written, r_lo, r_hi, dec, tol = _rate_figure(_first(text_col), rate)
        exact_rate = tol > 0 and bool(np.isclose(r_hi - r_lo, 2 * tol))
        if exact_rate and rounding in ("truncate", "either"):
            r_hi = rate + 2 * tol  # the last digit was cut: [m, m + ρ]
            r_lo = rate if rounding == "truncate" else r_lo
        known = grp[grp["count"].notna()]
        counts: dict[str, int] = {}  # by the code infer_rate_definition reports
        bounds: dict[str, list[float]] = {}
        for cat, n, lo_, hi_ in zip(
            known["category"].astype(str), known["count"], known["_c_lo"], known["_c_hi"],
            strict=True,
        ):  # fmt: skip
            code = str(getattr(_category(cat), "value", _category(cat)))
            counts[code] = counts.get(code, 0) + int(n)
            b = bounds.setdefault(code, [0.0, 0.0])
            b[0] += float(lo_)
            b[1] += float(hi_)
        total = _first(grp["total"])
        t_lo = float(_first(grp["_t_lo"])) if not pd.isna(total) else np.nan
        t_hi = float(_first(grp["_t_hi"])) if not pd.isna(total) else np.nan
        stated = sum(counts.values())
        row: dict[str, Any] = {
            "check_id": f"rate:{sid}",
            "check": "rate",
            "source": _first(grp.get("source", pd.Series(dtype=object))),
            "region": _first(grp.get("region", pd.Series(dtype=object))),
            "subject": _first(grp.get("subject", pd.Series(dtype=object))),
            "inputs": ";".join([*(f"{sid}:{c}" for c in known["category"].astype(str)), str(sid)]),
            "reported": rate,
            "reported_text": written,
            "reported_low": r_lo,
            "reported_high": r_hi,
            "decimals": dec,
            "tolerance": tol,
            "unit": "%",
            "quote": _quotes(grp["quote"]) if "quote" in grp else pd.NA,
        }
        reason: str | None = None
        stated_total = sum(counts.values())
        if counts and not pd.isna(total) and int(total) > 0 and r_lo > 100.0:
            # 完成率105%: over-fulfilment of a plan — the stated counts over the planned total
            s_lo = sum(b[0] for b in bounds.values())
            s_hi = sum(b[1] for b in bounds.values())
            e_lo, e_hi = iv.div(s_lo, s_hi, t_lo, t_hi)
            row.update(
                formula=f"({' + '.join(map(str, counts.values()))}) / {int(total)} × 100",
                expected=100.0 * stated_total / int(total),
                expected_low=100.0 * float(e_lo),
                expected_high=100.0 * float(e_hi),
            )
            ok = bool(iv.overlap(row["expected_low"], row["expected_high"], r_lo, r_hi))
            row["verdict"] = (Verdict.CONSISTENT if ok else Verdict.INCONSISTENT).value
            reason = "a rate above 100 %: read as over-fulfilment of a plan (counts / plan)"
        elif not counts or pd.isna(total) or int(total) <= 0:
            row.update(formula="count / total × 100", expected=np.nan)
            reason = "the statement gives a rate without counts and total"
            row["verdict"] = Verdict.NOT_CHECKABLE.value
            row["expected_low"] = row["expected_high"] = np.nan
        elif stated > int(total):
            row.update(formula=f"({' + '.join(map(str, counts.values()))}) / {int(total)} × 100")
            row["expected"] = row["expected_low"] = row["expected_high"] = np.nan
            row["verdict"] = Verdict.NOT_CHECKABLE.value
            reason = (
                f"the counts ({stated}) exceed the total ({int(total)}); see the partition check"
            )
        else:
            total = int(total)
            search = dict(counts)
            if total > stated:
                search[_UNSTATED] = total - stated
                bounds[_UNSTATED] = [
                    max(t_lo - sum(b[1] for b in bounds.values()), 0.0),
                    t_hi - sum(b[0] for b in bounds.values()),
                ]
            # every counted set (tolerance ∞), best first; then those inside the interval
            every = infer_rate_definition(
                search, min(max(rate, 0.0), 100.0), total=total, tolerance=np.inf
            )
            spans = {d: _set_rate(d, bounds, t_lo, t_hi) for d in every}
            inside = [d for d in every if bool(iv.overlap(*spans[d], r_lo, r_hi))]
            plain = [d for d in inside if _UNSTATED not in map(str, d.statuses)]
            zeros = [c for c, v in counts.items() if v == 0]
            if zeros and not plain and bool(iv.overlap(0.0, 0.0, r_lo, r_hi)):
                # a rate of 0: counted categories with no item (infer skips empty ones)
                zero = RateDefinition(frozenset(zeros), 0, total, 0.0, False)
                spans[zero] = (0.0, 0.0)
                plain = [zero]
                inside = [zero, *inside]
            if plain:
                best, verdict = plain[0], Verdict.CONSISTENT
            elif inside:
                best, verdict = inside[0], Verdict.NOT_CHECKABLE
                reason = (
                    f"reproduced only by counting the {total - stated} items whose category "
                    "is not stated"
                )
            else:
                stated_sets = [d for d in every if _UNSTATED not in map(str, d.statuses)]
                best = min(stated_sets or every, key=lambda d: abs(100 * d.rate - rate))
                verdict = Verdict.INCONSISTENT
                reason = "no set of the stated categories reproduces the rate; closest shown"
                if rounding == "round" and exact_rate:
                    cut = [d for d in stated_sets if iv.overlap(*spans[d], rate, rate + 2 * tol)]
                    if cut:
                        reason += (
                            f"; consistent if {written} was truncated rather than rounded "
                            f"({100 * cut[0].rate:.4g} % cut to {dec} decimal(s))"
                        )
            codes = [c for c in best.codes if c != _UNSTATED]
            terms = [str(counts[c]) for c in codes]
            if _UNSTATED in map(str, best.statuses):
                terms.append(f"{total - stated} (unstated)")
            num = terms[0] if len(terms) == 1 else f"({' + '.join(terms)})"
            row["formula"] = f"{num} / {total} × 100"
            row["expected"] = 100 * best.rate
            row["expected_low"], row["expected_high"] = spans[best]
            row["verdict"] = verdict.value
            counted = "+".join([*codes, *(["unstated"] if len(codes) < len(best.codes) else [])])
            if verdict is Verdict.CONSISTENT:
                alternatives = len(plain) - 1
                reason = f"counted: {counted}" + (
                    f" ({alternatives} other set(s) also match)" if alternatives else ""
                )
            elif verdict is Verdict.INCONSISTENT:
                reason = f"{reason} ({counted})"
        rows.append(row)
        reasons.append(reason)
    if not rows:
        return empty_report()
    return finish(pd.DataFrame(rows), reasons)


# ---------------------------------------------------------------------------------------
# Category counts vs totals
# ---------------------------------------------------------------------------------------
def _int_text(x: object) -> str:
    return str(int(x))  # type: ignore[call-overload]


def check_partitions(progress_summaries: pd.DataFrame) -> pd.DataFrame:
    """Check that the category counts of a statement add up to its total.

    For each ``summary_id`` with a total and at least two category rows
    (``80个工业集聚区中,74个…,6个…,2个…``):

    * counts that sum to the total → ``consistent`` (expected = the sum, reported = the
      total; counts are exact, tolerance 0);
    * a sum above the total → ``inconsistent`` (disjoint categories cannot hold more
      items than there are);
    * a category without a count (``其余正在推进``: the rest) → the sum must not exceed
      the total (expected interval [sum, ∞)); ``consistent`` or ``inconsistent``;
    * a sum below the total with every count stated → ``not_checkable``: the statement
      may list only some categories (``4家已注销…,7个已关闭`` of 14 projects);
    * one category holding the whole total while others are non-zero (``150个问题已全部
      整改…132个完成省级复核``) → ``not_checkable``: the categories are nested stages,
      not a partition.

    Parameters
    ----------
    progress_summaries:
        Columns ``summary_id``, ``total``, ``category``, ``count``; optional
        ``category_text``, ``source``, ``region``, ``subject``, ``quote``.

    Returns
    -------
    pandas.DataFrame
        One row per multi-category statement with a total (report columns).
    """
    _require(progress_summaries, ["summary_id", "total", "category", "count"], "summaries")
    ps = progress_summaries.copy()
    ps["count"] = pd.to_numeric(ps["count"], errors="coerce").astype("Float64")
    ps["total"] = pd.to_numeric(ps["total"], errors="coerce").astype("Float64")
    for col in ("source", "region", "subject", "quote"):
        if col not in ps.columns:
            ps[col] = pd.NA
    g = ps.groupby("summary_id", sort=True)
    agg = pd.DataFrame(
        {
            "n_rows": g.size(),
            "n_known": g["count"].count(),
            "stated": g["count"].sum(),
            "largest": g["count"].max(),
            "total": g["total"].max(),
            "source": g["source"].first(),
            "region": g["region"].first(),
            "subject": g["subject"].first(),
            "quote": g["quote"].agg(_quotes),
            # joined from a text column: aggregating the Int64 counts with a str-valued
            # function lets pandas 2 cast "3" back to the column's numeric dtype
            "terms": ps.assign(_term=ps["count"].map(_int_text, na_action="ignore"))
            .groupby("summary_id", sort=True)["_term"]
            .agg(lambda s: " + ".join(s.dropna())),
            "cats": g.apply(
                lambda d: ";".join(f"{d.name}:{c}" for c in d["category"].astype(str)),
                include_groups=False,
            ),
        }
    )
    agg = agg[(agg["n_rows"] >= 2) & agg["total"].notna()]
    if agg.empty:
        return empty_report()
    stated = agg["stated"].to_numpy(dtype=float)
    total = agg["total"].to_numpy(dtype=float)
    rest = (agg["n_known"] < agg["n_rows"]).to_numpy()
    nested = ((agg["largest"] == agg["total"]) & (agg["n_known"] >= 2)).to_numpy(
        dtype=bool, na_value=False
    )
    nested &= stated > total
    partial = ~rest & (stated < total)
    out = pd.DataFrame(
        {
            "check_id": "partition:" + agg.index.astype(str),
            "check": "partition",
            "source": agg["source"].to_numpy(),
            "region": agg["region"].to_numpy(),
            "subject": agg["subject"].to_numpy(),
            "inputs": (agg["cats"] + ";" + agg.index.astype(str)).to_numpy(),
            "formula": np.where(rest, agg["terms"] + " + 其余 (rest)", agg["terms"]),
            "expected": stated,
            "expected_low": stated,
            "expected_high": np.where(rest, np.inf, stated),
            "reported": total,
            "reported_text": [f"{int(t)} (total)" for t in total],
            "reported_low": total,
            "reported_high": total,
            "decimals": 0,
            "tolerance": 0.0,
            "unit": "count",
            "quote": agg["quote"].to_numpy(),
        }
    )
    out["verdict"] = verdicts(
        out["expected_low"], out["expected_high"], total, total, uncheckable=nested | partial
    )
    reasons = np.select(
        [nested, partial, rest],
        [
            "one category holds the whole total: nested stages, not a partition",
            [f"the categories account for {int(s)} of {int(t)}; the listing may be partial"
             for s, t in zip(stated, total, strict=True)],
            [f"the rest (其余) is {int(t - s)}" if t >= s else "the stated counts exceed the total"
             for s, t in zip(stated, total, strict=True)],
        ],
        default=np.array(None, dtype=object),
    )  # fmt: skip
    return finish(out, list(reasons))


# ---------------------------------------------------------------------------------------
# Changes vs levels
# ---------------------------------------------------------------------------------------
_CHANGES = (Kind.CHANGE_RELATIVE.value, Kind.CHANGE_ABSOLUTE.value)


@functools.cache
def _bundled_indicators() -> Mapping[str, Any]:
    import envindicators.datasets as datasets

    return MappingProxyType(indicator_map(datasets.load("indicators")))


def _observations(observations: pd.DataFrame) -> pd.DataFrame:
    """Coerced observations; rows without an ``obs_id`` are named ``row <label>``."""
    obs = coerce_frame(observations, "observations")
    _require(obs, ["value_text"], "observations")
    if obs["value_text"].isna().any():
        row = obs.index[obs["value_text"].isna().to_numpy()][0]
        raise ModelValidationError("value_text", None, "the written figure is required", row)
    label = pd.Series("row " + obs.index.astype(str), index=obs.index, dtype="string")
    obs["obs_id"] = obs["obs_id"].astype("string").fillna(label)
    return obs


def _canonical_frame(
    obs: pd.DataFrame, indicators: Any, approx_band: float, nearly_band: float
) -> pd.DataFrame:
    """Observations with canonical values and intervals (in each row's canonical unit)."""
    registry = indicator_map(indicators)
    one, zero = obs.copy(), obs.copy()
    one["number"], zero["number"] = 1.0, 0.0
    canon = canonical_values(one, "observations", registry, check=False)
    b = canonical_values(zero, "observations", registry, check=False)["value"].to_numpy()
    a = canon["value"].to_numpy() - b  # value = a · number + b (b ≠ 0 only for offsets)
    w = figure_intervals(obs, approx_band=approx_band, nearly_band=nearly_band)
    lo, hi = iv.scale(w["low"], w["high"], a)
    number = obs["number"].to_numpy(dtype=float, na_value=np.nan)
    return pd.DataFrame(
        {
            "obs_id": obs["obs_id"].astype("string"),
            "source": obs["source"],
            "region": obs["region"],
            "subject": obs["subject"],
            "indicator": obs["indicator"].astype("string"),
            "kind": obs["kind"].astype("string").fillna(Kind.LEVEL.value),
            "period_end": obs["period_end"],
            "baseline_period": obs["baseline_period"].astype("string"),
            "value_text": obs["value_text"].astype("string"),
            "quote": obs["quote"],
            "value": a * number + b,
            "lo": lo + b,
            "hi": hi + b,
            "decimals": w["decimals"],
            "tolerance": np.abs(a) * w["tolerance"].to_numpy(),
            "unit": canon["unit"].astype("string"),
            "level_unit": canon["level_unit"].astype("string"),
            "points": np.where(canon["is_share"], canon["level_points"], 1.0),
        },
        index=obs.index,
    )


def check_changes(
    observations: pd.DataFrame,
    *,
    indicators: Any = None,
    approx_band: float = APPROX_BAND,
    nearly_band: float = NEARLY_BAND,
) -> pd.DataFrame:
    """Check stated changes against the levels reported next to them.

    A change row (``kind`` = ``change_relative`` or ``change_absolute``) is paired with
    the levels of the same ``indicator`` and ``region``: the level *after* has the same
    ``period_end``; the level *before* ends at ``baseline_period`` (a date
    ``2018-01-01`` matches that ``period_end``; a year ``2016`` matches a level ending in
    2016).  With :math:`[a]` after, :math:`[b]` before, :math:`[d]` an absolute change
    and :math:`[r]` a relative one (%), all intervals of the written figures:

    ====================  ===========================================  ================
    levels found          expected                                     verdict
    ====================  ===========================================  ================
    after and before      :math:`[a] - [b]` (×100 for 百分点 of a      consistent /
                          share in ‰…); :math:`100([a]/[b] - 1)`       inconsistent vs
                                                                       the change
    after only            previous level :math:`[a] - [d]`;            not_checkable
                          :math:`[a] / (1 + [r]/100)`
    before only           later level :math:`[b] + [d]`;               not_checkable
                          :math:`[b] (1 + [r]/100)`
    ====================  ===========================================  ================

    Changes without any level of their indicator and region give no row.

    Parameters
    ----------
    observations:
        An ``observations`` frame (bundled schema).
    indicators:
        Indicator registry (frame, mapping or iterable of
        :class:`~envindicators.model.Indicator`); default: the bundled one.
    approx_band, nearly_band:
        Relative bands of 约 and 近.

    Returns
    -------
    pandas.DataFrame
        One row per (change, after level, before level) pairing (report columns).
        ``check`` is ``change_relative`` or ``change_absolute``; for ``not_checkable``
        rows ``expected`` is the implied level and ``unit`` the level's unit.

    Examples
    --------
    Shanxi 2022 (seed 003): PM2.5 38 µg/m³, 同比下降2.6% → 2021 about 39.0 [38.48, 39.55];
    no 2021 level is reported, so the implied value is all there is.

    >>> import envindicators.datasets as datasets
    >>> r = check_changes(datasets.load("observations")).set_index("check_id")
    >>> row = r.loc["change:003-O006:003-O005:-"]
    >>> row["verdict"], round(float(row["expected"]), 2), round(float(row["expected_low"]), 2)
    ('not_checkable', 39.01, 38.48)
    """
    if indicators is None:
        indicators = _bundled_indicators()
    obs = _observations(observations)
    is_change = obs["kind"].isin(_CHANGES).to_numpy(dtype=bool)
    if not is_change.any():
        return empty_report()
    # only the series (indicator, region) that have a change need converting
    series = pd.MultiIndex.from_frame(obs[["indicator", "region"]].astype(object))
    obs = obs[series.isin(series[is_change])]
    w = _canonical_frame(obs, indicators, approx_band, nearly_band)
    changes = w[w["kind"].isin(_CHANGES)].copy()
    levels = w[(w["kind"] == Kind.LEVEL.value) & w["period_end"].notna()].copy()
    if changes.empty or levels.empty:
        return empty_report()
    base = changes["baseline_period"].fillna("")
    changes["b_date"] = pd.to_datetime(
        base.where(base.str.fullmatch(r"\d{4}-\d{2}-\d{2}"), None), format="%Y-%m-%d"
    )
    changes["b_year"] = pd.to_numeric(
        base.where(base.str.fullmatch(r"\d{4}"), None), errors="coerce"
    ).astype("Int64")
    levels["year"] = levels["period_end"].dt.year.astype("Int64")
    keep = ["obs_id", "value", "lo", "hi", "value_text", "quote", "period_end"]
    lv = levels[["indicator", "region", "year", *keep]]
    key = ["indicator", "region"]
    c = changes[["obs_id", *key, "period_end", "b_date", "b_year"]]
    after = c.merge(lv.drop(columns="year"), on=[*key, "period_end"], suffixes=("", "_a"))
    after = after[["obs_id", "obs_id_a", "value", "lo", "hi", "value_text", "quote"]]
    after.columns = ["cid", "a_id", "a", "a_lo", "a_hi", "a_text", "a_quote"]
    by_date = c.dropna(subset=["b_date"]).merge(
        lv.rename(columns={"period_end": "b_date"}).drop(columns="year"),
        on=[*key, "b_date"],
        suffixes=("", "_b"),
    )
    by_year = c.dropna(subset=["b_year"]).merge(
        lv.drop(columns="period_end").rename(columns={"year": "b_year"}),
        on=[*key, "b_year"],
        suffixes=("", "_b"),
    )
    before = pd.concat([by_date, by_year], ignore_index=True)
    before = before[["obs_id", "obs_id_b", "value", "lo", "hi", "value_text", "quote"]]
    before.columns = ["cid", "b_id", "b", "b_lo", "b_hi", "b_text", "b_quote"]
    pairs = after.merge(before, on="cid", how="outer")
    if pairs.empty:
        return empty_report()
    ch = changes.set_index("obs_id").loc[pairs["cid"]]
    rel = (ch["kind"] == Kind.CHANGE_RELATIVE.value).to_numpy()
    d, d_lo, d_hi = (ch[k].to_numpy(dtype=float) for k in ("value", "lo", "hi"))
    pts = ch["points"].to_numpy(dtype=float)
    a, a_lo, a_hi = (pairs[k].to_numpy(dtype=float) for k in ("a", "a_lo", "a_hi"))
    b, b_lo, b_hi = (pairs[k].to_numpy(dtype=float) for k in ("b", "b_lo", "b_hi"))
    has_a, has_b = pairs["a_id"].notna().to_numpy(), pairs["b_id"].notna().to_numpy()
    both = has_a & has_b
    # expected change from two levels
    q_lo, q_hi = iv.div(a_lo, a_hi, b_lo, b_hi)
    s_lo, s_hi = iv.sub(a_lo, a_hi, b_lo, b_hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        full = np.where(rel, 100 * (a / b - 1), (a - b) * pts)
    full_lo = np.where(rel, 100 * (q_lo - 1), np.minimum(s_lo * pts, s_hi * pts))
    full_hi = np.where(rel, 100 * (q_hi - 1), np.maximum(s_lo * pts, s_hi * pts))
    # implied previous level (after only)
    g_lo, g_hi = 1 + d_lo / 100, 1 + d_hi / 100
    p_lo, p_hi = iv.div(a_lo, a_hi, g_lo, g_hi)
    m_lo, m_hi = iv.sub(a_lo, a_hi, d_lo / pts, d_hi / pts)
    with np.errstate(divide="ignore", invalid="ignore"):
        prev = np.where(rel, a / (1 + d / 100), a - d / pts)
    prev_lo, prev_hi = np.where(rel, p_lo, m_lo), np.where(rel, p_hi, m_hi)
    # implied later level (before only)
    n_lo, n_hi = iv.mul(b_lo, b_hi, g_lo, g_hi)
    e_lo, e_hi = iv.add(b_lo, b_hi, d_lo / pts, d_hi / pts)
    nxt = np.where(rel, b * (1 + d / 100), b + d / pts)
    nxt_lo, nxt_hi = np.where(rel, n_lo, e_lo), np.where(rel, n_hi, e_hi)

    expected = np.where(both, full, np.where(has_a, prev, nxt))
    exp_lo = np.where(both, full_lo, np.where(has_a, prev_lo, nxt_lo))
    exp_hi = np.where(both, full_hi, np.where(has_a, prev_hi, nxt_hi))
    c_text = ch["value_text"].fillna("").to_numpy(dtype=object)
    a_text = pairs["a_text"].fillna("").to_numpy(dtype=object)
    b_text = pairs["b_text"].fillna("").to_numpy(dtype=object)
    formula = np.where(
        both,
        np.where(rel, "(" + a_text + " / " + b_text + " − 1) × 100", a_text + " − " + b_text),
        np.where(
            has_a,
            np.where(rel, a_text + " / (1 + " + c_text + ")", a_text + " − (" + c_text + ")"),
            np.where(rel, b_text + " × (1 + " + c_text + ")", b_text + " + (" + c_text + ")"),
        ),
    )
    a_id = pairs["a_id"].fillna("-").to_numpy(dtype=object)
    b_id = pairs["b_id"].fillna("-").to_numpy(dtype=object)
    cid = pairs["cid"].to_numpy(dtype=object)
    baseline = ch["baseline_period"].fillna("?").to_numpy(dtype=object)
    period = ch["period_end"].dt.strftime("%Y-%m-%d").fillna("?").to_numpy(dtype=object)
    quotes = [
        " … ".join(dict.fromkeys(str(q) for q in qs if isinstance(q, str)))
        for qs in zip(ch["quote"], pairs["a_quote"], pairs["b_quote"], strict=True)
    ]
    out = pd.DataFrame(
        {
            "check_id": "change:" + cid + ":" + a_id + ":" + b_id,
            "check": ch["kind"].to_numpy(dtype=object),
            "source": ch["source"].to_numpy(dtype=object),
            "region": ch["region"].to_numpy(dtype=object),
            "subject": ch["subject"].to_numpy(dtype=object),
            "inputs": cid + ";" + a_id + ";" + b_id,
            "formula": formula,
            "expected": expected,
            "expected_low": exp_lo,
            "expected_high": exp_hi,
            "reported": np.where(both, d, np.nan),
            "reported_text": np.where(both, c_text, None),
            "reported_low": np.where(both, d_lo, np.nan),
            "reported_high": np.where(both, d_hi, np.nan),
            "decimals": np.where(both, ch["decimals"].to_numpy(dtype=float, na_value=np.nan),
                                 np.nan),
            "tolerance": np.where(both, ch["tolerance"].to_numpy(dtype=float), np.nan),
            "unit": np.where(both, ch["unit"].to_numpy(dtype=object),
                             ch["level_unit"].to_numpy(dtype=object)),
            "quote": quotes,
        }
    )  # fmt: skip
    out["decimals"] = pd.array(out["decimals"].to_numpy(), dtype="Float64").astype("Int64")
    out["verdict"] = verdicts(
        out["expected_low"], out["expected_high"], out["reported_low"], out["reported_high"],
        uncheckable=~both,
    )  # fmt: skip
    indicator = ch["indicator"].to_numpy(dtype=object)
    region = ch["region"].to_numpy(dtype=object)
    is_period = ch["baseline_period"].fillna("").str.fullmatch(r"\d{4}(-\d{2}-\d{2})?")
    reasons = np.where(
        both,
        None,
        np.where(
            has_a,
            np.where(
                is_period.to_numpy(dtype=bool),
                "implied level at " + baseline + "; no level of " + indicator + " for "
                + region + " ending at " + baseline,
                "implied value of the baseline '" + baseline + "' (not a period)",
            ),
            "implied level at " + period + "; no level of " + indicator + " for " + region
            + " ending at " + period,
        ),
    )  # fmt: skip
    order = np.argsort(out["check_id"].to_numpy(dtype=str), kind="stable")
    return finish(out.iloc[order], list(reasons[order]))


# ---------------------------------------------------------------------------------------
# Relations written in the text
# ---------------------------------------------------------------------------------------
_ID = re.compile(r"^\d{3}-[OP]\d{3}(?::\S+)?$")


@functools.cache
def _factor(unit_from: str, unit_to: str, basis: str | None) -> float:
    """Magnitude of one ``unit_from`` in ``unit_to`` (times ``basis`` when it must)."""
    q = ureg.Quantity(1.0, unit_from)
    try:
        return float(q.to(unit_to).magnitude)
    except pint.DimensionalityError:
        if not basis:
            raise
    return float((q * ureg.Quantity(basis)).to(unit_to).magnitude)


def _figures(
    observations: pd.DataFrame | None,
    progress_summaries: pd.DataFrame | None,
    approx_band: float,
    nearly_band: float,
) -> pd.DataFrame:
    """Every figure a relation may name: obs_id, summary_id (total), summary_id:category."""
    parts = []
    if observations is not None and len(observations):
        o = _observations(observations)
        w = figure_intervals(o, approx_band=approx_band, nearly_band=nearly_band)
        parts.append(
            pd.DataFrame(
                {
                    "fid": o["obs_id"].astype(str).to_numpy(),
                    "number": o["number"].to_numpy(dtype=float, na_value=np.nan),
                    "unit": o["unit_written"].astype(str).to_numpy(),
                    "text": o["value_text"].astype(str).to_numpy(),
                    "lo": w["low"].to_numpy(),
                    "hi": w["high"].to_numpy(),
                    "decimals": w["decimals"].to_numpy(dtype=float, na_value=np.nan),
                    "tolerance": w["tolerance"].to_numpy(),
                    "region": o["region"].to_numpy(dtype=object),
                    "subject": o["subject"].to_numpy(dtype=object),
                }
            )
        )
    if progress_summaries is not None and len(progress_summaries):
        ps = progress_summaries
        cnt = ps[ps["count"].notna()]
        fid = cnt["summary_id"].astype(str) + ":" + cnt["category"].astype(str)
        parts.append(_count_figures(cnt, "count", fid))
        tot = ps[ps["total"].notna()].drop_duplicates("summary_id")
        parts.append(_count_figures(tot, "total", tot["summary_id"].astype(str), " (total)"))
    if not parts:
        return pd.DataFrame(columns=["fid", "number", "unit", "text", "lo", "hi"])
    return pd.concat(parts, ignore_index=True)


def _count_figures(
    rows: pd.DataFrame, column: str, fid: pd.Series, suffix: str = ""
) -> pd.DataFrame:
    """The counts of a progress-summaries column as figures: exact, so no interval."""
    n = rows[column].to_numpy(dtype=float, na_value=np.nan)
    return pd.DataFrame(
        {
            "fid": fid.to_numpy(),
            "number": n,
            "unit": "count",
            "text": [f"{int(x)}{suffix}" for x in n],
            "lo": n,
            "hi": n,
            "decimals": 0.0,
            "tolerance": 0.0,
            "region": rows["region"].to_numpy(dtype=object),
            "subject": rows["subject"].to_numpy(dtype=object),
        }
    )


def _literals(terms: pd.DataFrame, quotes: Mapping[str, str], bands: tuple[float, float]) -> Any:
    """Figures written in a relation's terms (``19个``) rather than named by id."""
    rows = []
    for rid, fid in terms[["relation_id", "fid"]].drop_duplicates().itertuples(index=False):
        if fid not in str(quotes.get(rid, "")):
            raise DatasetError(
                f"relations: {rid}: term {fid!r} is neither a known id nor a figure written "
                "in the relation's quote"
            )
        try:
            parsed = dict(_parse_text(fid))
        except QuantityParseError as exc:
            raise DatasetError(f"relations: {rid}: term {fid!r} is not a figure: {exc}") from None
        rows.append({"fid": fid, **parsed})
    lit = pd.DataFrame(rows)
    w = figure_intervals(lit, approx_band=bands[0], nearly_band=bands[1])
    return pd.DataFrame(
        {
            "fid": lit["fid"],
            "number": lit["number"],
            "unit": lit["unit_written"],
            "text": lit["fid"],
            "lo": w["low"],
            "hi": w["high"],
            "decimals": w["decimals"].to_numpy(dtype=float, na_value=np.nan),
            "tolerance": w["tolerance"],
            "region": pd.NA,
            "subject": pd.NA,
        }
    ).drop_duplicates("fid")


_ARITY = {"sum": (2, None), "difference": (2, None), "ratio": (2, 2), "equal": (1, 1),
          "part": (1, None)}  # fmt: skip


def check_relations(
    relations: pd.DataFrame,
    observations: pd.DataFrame | None = None,
    progress_summaries: pd.DataFrame | None = None,
    *,
    approx_band: float = APPROX_BAND,
    nearly_band: float = NEARLY_BAND,
) -> pd.DataFrame:
    """Check relations between figures stated in the text (``datasets/relations.csv``).

    Each relation names its ``result`` and its ``terms`` (``;``-separated): an
    ``obs_id``, a ``summary_id`` (the statement's total), a ``summary_id:category`` (a
    count), or a figure written in the relation's quote (``19个``).  Every figure is
    read as its interval (:func:`~envindicators.audit.figure_intervals`), converted with
    pint to the result's written unit (for ``ratio``: the denominator to the numerator's
    unit, the quotient to the result's), a term in a rate unit (``万吨/年``) that cannot
    be converted is first multiplied by ``basis`` (``1 a``) when the relation gives one,
    and:

    ==============  ============================================  ======================
    type            expected                                      example
    ==============  ============================================  ======================
    ``sum``         :math:`\\sum_i [t_i]`                          30.6 + 2.7 = 33.3 万方
    ``difference``  :math:`[t_1] - \\sum_{i>1} [t_i]`              13 − 3 = 10
    ``ratio``       :math:`[t_1] / [t_2]`                         254 / 950 = 27 %
    ``equal``       :math:`[t_1]` (the same figure stated twice)  101.51 vs 101.5 公里
    ``part``        :math:`[\\sum_i t_{i,l}, \\infty)`: parts       3000 ⊂ 5000余 平方公里
                    cannot exceed the whole
    ==============  ============================================  ======================

    The expected interval is compared with the result's interval.

    Parameters
    ----------
    relations:
        Columns ``relation_id``, ``type``, ``result``, ``terms``; optional ``basis``,
        ``source``, ``quote``, ``note``.
    observations, progress_summaries:
        The tables the ids refer to.

    Returns
    -------
    pandas.DataFrame
        One row per relation (report columns); ``check`` is the relation type.

    Raises
    ------
    DatasetError
        Unknown type, wrong number of terms, an id that names no figure, a literal term
        not in the quote, or units that cannot be brought together.
    """
    _require(relations, ["relation_id", "type", "result", "terms"], "relations")
    if relations.empty:
        return empty_report()
    rel = relations.reset_index(drop=True).copy()
    for col in ("basis", "source", "quote", "note"):
        if col not in rel.columns:
            rel[col] = pd.NA
    bad = ~rel["type"].isin(list(RELATION_TYPES))
    if bad.any():
        raise DatasetError(
            f"relations: {rel.loc[bad, 'relation_id'].tolist()}: type not in "
            f"{sorted(RELATION_TYPES)}"
        )
    figs = _figures(observations, progress_summaries, approx_band, nearly_band)
    terms = rel[["relation_id", "terms"]].assign(fid=rel["terms"].astype(str).str.split(";"))
    terms = terms.explode("fid").drop(columns="terms")
    terms["fid"] = terms["fid"].str.strip()
    terms["pos"] = terms.groupby("relation_id").cumcount()
    n_terms = terms.groupby("relation_id").size()
    arity = rel.set_index("relation_id")["type"].map(_ARITY)
    for rid, (lo_n, hi_n) in arity.items():
        n = int(n_terms.get(rid, 0))
        if n < lo_n or (hi_n is not None and n > hi_n):
            kind = rel.set_index("relation_id").loc[rid, "type"]
            raise DatasetError(f"relations: {rid}: a {kind} relation takes {lo_n}"
                               f"{'' if hi_n == lo_n else '+' if hi_n is None else f'–{hi_n}'}"
                               f" term(s), got {n}")  # fmt: skip
    known = set(figs["fid"])
    results = rel[["relation_id", "result"]].rename(columns={"result": "fid"})
    ids = pd.concat([terms[["relation_id", "fid"]], results], ignore_index=True)
    unknown = ids[~ids["fid"].isin(known)]
    missing_ids = unknown[unknown["fid"].str.match(_ID.pattern)]
    if len(missing_ids):
        raise DatasetError(
            "relations: ids that name no figure: "
            + ", ".join(f"{r}: {f}" for r, f in missing_ids.itertuples(index=False))
        )
    if len(unknown):
        quotes = dict(zip(rel["relation_id"], rel["quote"].astype(str), strict=True))
        figs = pd.concat(
            [figs, _literals(unknown, quotes, (approx_band, nearly_band))], ignore_index=True
        )
    figs = figs.drop_duplicates("fid").set_index("fid")
    t = terms.join(figs, on="fid")
    res = rel.join(figs, on="result").set_index("relation_id")
    kind = res["type"]
    t["type"] = t["relation_id"].map(kind)
    t["basis"] = t["relation_id"].map(res["basis"])
    # unit factors: terms to the result's unit; for a ratio, the denominator to the numerator
    first_unit = t[t["pos"] == 0].set_index("relation_id")["unit"]
    target = np.where(t["type"] == "ratio", t["relation_id"].map(first_unit),
                      t["relation_id"].map(res["unit"]))  # fmt: skip
    t["factor"] = [
        _safe_factor(rid, u, v, None if pd.isna(bs) else str(bs))
        for rid, u, v, bs in zip(t["relation_id"], t["unit"], target, t["basis"], strict=True)
    ]
    t["p"] = t["number"] * t["factor"]
    t["l"], t["h"] = iv.scale(t["lo"], t["hi"], t["factor"])
    first = t[t["pos"] == 0].set_index("relation_id")[["p", "l", "h", "text"]]
    rest = t[t["pos"] > 0].groupby("relation_id")[["p", "l", "h"]].sum()
    total = t.groupby("relation_id")[["p", "l", "h"]].sum()
    second = t[t["pos"] == 1].set_index("relation_id")[["p", "l", "h"]]
    rids = res.index
    f = first.reindex(rids)
    r_ = rest.reindex(rids).fillna(0.0)
    s = total.reindex(rids)
    d2 = second.reindex(rids)
    k = kind.to_numpy(dtype=object)
    ratio_to = np.array(
        [
            _safe_factor(rid, "dimensionless", u, None) if kk == "ratio" else 1.0
            for rid, kk, u in zip(rids, k, res["unit"], strict=True)
        ]
    )
    q_lo, q_hi = iv.div(f["l"], f["h"], d2["l"], d2["h"])
    q_lo, q_hi = iv.scale(q_lo, q_hi, ratio_to)
    with np.errstate(divide="ignore", invalid="ignore"):
        q_p = f["p"].to_numpy() / d2["p"].to_numpy() * ratio_to
    point = np.select(
        [k == "sum", k == "difference", k == "ratio", k == "equal", k == "part"],
        [s["p"], f["p"] - r_["p"], q_p, f["p"], s["p"]],
    )
    low = np.select(
        [k == "sum", k == "difference", k == "ratio", k == "equal", k == "part"],
        [s["l"], f["l"] - r_["h"], q_lo, f["l"], s["l"]],
    )
    high = np.select(
        [k == "sum", k == "difference", k == "ratio", k == "equal", k == "part"],
        [s["h"], f["h"] - r_["l"], q_hi, f["h"], np.full(len(k), np.inf)],
    )
    texts = t.groupby("relation_id")["text"].agg(list).reindex(rids)
    ops = {"sum": " + ", "difference": " − ", "ratio": " / ", "equal": "", "part": " + "}
    formula = [ops[kk].join(tx) for kk, tx in zip(k, texts, strict=True)]
    inputs = t.groupby("relation_id")["fid"].agg(";".join).reindex(rids) + ";" + res["result"]
    out = pd.DataFrame(
        {
            "check_id": "relation:" + rids.astype(str),
            "check": k,
            "source": res["source"].to_numpy(dtype=object),
            "region": res["region"].to_numpy(dtype=object),
            "subject": res["subject"].to_numpy(dtype=object),
            "inputs": inputs.to_numpy(dtype=object),
            "formula": formula,
            "expected": point,
            "expected_low": low,
            "expected_high": high,
            "reported": res["number"].to_numpy(dtype=float),
            "reported_text": res["text"].to_numpy(dtype=object),
            "reported_low": res["lo"].to_numpy(dtype=float),
            "reported_high": res["hi"].to_numpy(dtype=float),
            "decimals": pd.array(res["decimals"].to_numpy(dtype=float), dtype="Float64"),
            "tolerance": res["tolerance"].to_numpy(dtype=float),
            "unit": res["unit"].to_numpy(dtype=object),
            "quote": res["quote"].to_numpy(dtype=object),
        }
    )
    out["decimals"] = out["decimals"].astype("Int64")
    out["verdict"] = verdicts(low, high, out["reported_low"], out["reported_high"])
    notes = res["note"].to_numpy(dtype=object)
    reasons = [
        "; ".join(
            x for x in ("parts ≤ whole" if kk == "part" else "", "" if pd.isna(n) else str(n)) if x
        )
        or None
        for kk, n in zip(k, notes, strict=True)
    ]
    return finish(out, reasons)


def _safe_factor(rid: str, unit_from: str, unit_to: str, basis: str | None) -> float:
    try:
        return _factor(str(unit_from), str(unit_to), basis)
    except (pint.DimensionalityError, pint.UndefinedUnitError, ValueError) as exc:
        raise DatasetError(
            f"relations: {rid}: cannot bring {unit_from!r} to {unit_to!r}"
            f"{f' with basis {basis!r}' if basis else ''}: {exc}"
        ) from None
