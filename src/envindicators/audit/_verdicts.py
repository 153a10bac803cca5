"""The report frame: columns, verdicts, number formatting (private)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from envindicators.audit import _intervals as iv


class Verdict(StrEnum):
    """Outcome of one check.

    ``consistent``: the interval derived from the inputs meets the reported figure's
    interval.  ``inconsistent``: it does not — the figures cannot all be true at their
    written precision.  ``not_checkable``: there is nothing to compare with (the previous
    level of a change was never reported, a listing is partial, a rate has no counts …);
    the row still carries what the inputs imply.
    """

    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    NOT_CHECKABLE = "not_checkable"


#: Column name → dtype of :func:`envindicators.audit.report` (and of every ``check_*``).
REPORT_COLUMNS: dict[str, str] = {
    "check_id": "string",
    "check": "string",
    "verdict": "string",
    "source": "string",
    "region": "string",
    "subject": "string",
    "inputs": "string",
    "formula": "string",
    "expected": "float64",
    "expected_low": "float64",
    "expected_high": "float64",
    "reported": "float64",
    "reported_text": "string",
    "reported_low": "float64",
    "reported_high": "float64",
    "decimals": "Int64",
    "tolerance": "float64",
    "unit": "string",
    "deviation": "float64",
    "explanation": "string",
    "quote": "string",
}


def empty_report() -> pd.DataFrame:
    """A report with no rows and the documented columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in REPORT_COLUMNS.items()})


def fmt(x: Any) -> str:
    """Short human-readable number: at most 4 decimals, no exponent, ∞ for infinities."""
    if x is None or x is pd.NA:
        return "NA"
    x = float(x)
    if np.isnan(x):
        return "NA"
    if np.isinf(x):
        return "∞" if x > 0 else "−∞"
    s = np.format_float_positional(x, precision=4, unique=True, fractional=True, trim="-")
    return s.replace("-", "−")


def fmt_interval(lo: Any, hi: Any) -> str:
    return f"[{fmt(lo)}, {fmt(hi)}]"


def verdicts(
    exp_lo: np.ndarray,
    exp_hi: np.ndarray,
    rep_lo: np.ndarray,
    rep_hi: np.ndarray,
    uncheckable: np.ndarray | None = None,
) -> np.ndarray:
    """Verdict codes: not_checkable where flagged or where a bound is NaN, else by overlap."""
    exp_lo, exp_hi = np.asarray(exp_lo, float), np.asarray(exp_hi, float)
    rep_lo, rep_hi = np.asarray(rep_lo, float), np.asarray(rep_hi, float)
    missing = np.isnan(exp_lo) | np.isnan(exp_hi) | np.isnan(rep_lo) | np.isnan(rep_hi)
    if uncheckable is not None:
        missing |= np.asarray(uncheckable, dtype=bool)
    meets = iv.overlap(exp_lo, exp_hi, rep_lo, rep_hi)
    out = np.where(meets, Verdict.CONSISTENT.value, Verdict.INCONSISTENT.value)
    return np.where(missing, Verdict.NOT_CHECKABLE.value, out).astype(object)


def explain(df: pd.DataFrame, reasons: Sequence[Any] | None = None) -> list[str]:
    """One line per row: ``lead: formula = expected [interval] op reported [interval] → verdict``.

    ``reasons`` (optional, per row) are appended after a semicolon (why a row is
    ``not_checkable``, which counted set a rate uses …).
    """
    out = []
    rs = [None] * len(df) if reasons is None else list(reasons)
    cols = ["inputs", "formula", "expected", "expected_low", "expected_high", "unit"]
    cols += ["reported_text", "reported_low", "reported_high", "verdict", "deviation"]
    for rec, reason in zip(df[cols].itertuples(index=False), rs, strict=True):
        unit = (
            ""
            if pd.isna(rec.unit) or rec.unit in ("", "count", "dimensionless")
            else f" {rec.unit}"
        )
        lhs = f"{rec.formula} = {fmt(rec.expected)}{unit}"
        if not (rec.expected_low == rec.expected_high == rec.expected):
            lhs += f" {fmt_interval(rec.expected_low, rec.expected_high)}"
        if pd.isna(rec.expected):
            text = f"{rec.formula} → not_checkable"
        elif rec.verdict == Verdict.NOT_CHECKABLE.value or pd.isna(rec.reported_low):
            text = f"{lhs} → not_checkable"
        else:
            op = "≈" if rec.verdict == Verdict.CONSISTENT.value else "≠"
            rep = f"{rec.reported_text} {fmt_interval(rec.reported_low, rec.reported_high)}"
            text = f"{lhs} {op} {rep} → {rec.verdict}"
            if rec.verdict == Verdict.INCONSISTENT.value and not pd.isna(rec.deviation):
                text += f" (Δ = {fmt(rec.deviation)}{unit})"
        if reason:
            text += f"; {reason}"
        out.append(f"{rec.inputs}: {text}")
    return out


def finish(df: pd.DataFrame, reasons: Sequence[Any] | None = None) -> pd.DataFrame:
    """Add deviation, explanation; order and type the columns."""
    out = df.copy()
    out["deviation"] = out["expected"].astype(float) - out["reported"].astype(float)
    out["explanation"] = explain(out, reasons)
    for col, dtype in REPORT_COLUMNS.items():
        if col not in out.columns:
            out[col] = pd.Series(pd.NA if dtype in ("string", "Int64") else np.nan, index=out.index)
        out[col] = out[col].astype(dtype)
    return out[list(REPORT_COLUMNS)].reset_index(drop=True)
