"""The audit's findings in plain words, for people reading a report.

:func:`in_words` turns each row of :func:`envindicators.audit.report` into one sentence
built from its columns (``formula``, ``expected``, ``reported_text``, ``verdict``, ``unit``,
``subject`` …), without the internal ids of the ``explanation`` column::

    74 + 6 + 2 = 82, but the report says 80 (the total of 省级及以上工业集聚区集中式污水处理设施):
    2 more than stated.

It reads the check results and changes none of them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

__all__ = ["in_words"]

#: Units spelled for people.
_UNIT_WORDS = {
    "percentage_point": " percentage points",
    "count": "",
    "dimensionless": "",
    "%": "%",
    "‰": "‰",
}


def _number(x: float) -> str:
    """Up to 6 significant digits, thousands separated, no exponent below 10¹⁵."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "−∞"
    if x == 0:
        return "0"
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    digits = max(0, 5 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _with_unit(value: str, unit: Any) -> str:
    if not isinstance(unit, str) or not unit:
        return value
    word = _UNIT_WORDS.get(unit, f" {unit}")
    return f"{value}{word}"


def _text(value: Any) -> str:
    missing = value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
    return "" if missing else str(value)


def _float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _reason(explanation: str, verdict: str) -> str:
    """The free-text reason after ``→ verdict;`` in the ``explanation`` column, if any."""
    marker = f"→ {verdict}"
    at = explanation.find(marker)
    if at < 0:
        return ""
    rest = explanation[at + len(marker) :].lstrip()
    if rest.startswith("("):  # the deviation, said in our own words
        close = rest.find(")")
        rest = rest[close + 1 :].lstrip() if close >= 0 else ""
    return rest.lstrip(";").strip()


def _sentence(row: Mapping[str, Any]) -> str:
    verdict = _text(row.get("verdict"))
    formula = _text(row.get("formula"))
    unit = row.get("unit")
    expected = _float(row.get("expected"))
    lo, hi = _float(row.get("expected_low")), _float(row.get("expected_high"))
    reported = _float(row.get("reported"))
    written = _text(row.get("reported_text"))
    subject = _text(row.get("subject"))
    reason = _reason(_text(row.get("explanation")), verdict)

    value = _with_unit(_number(expected), unit) if math.isfinite(expected) else ""
    if math.isfinite(lo) and math.isfinite(hi) and lo != hi:
        value += f" (between {_number(lo)} and {_number(hi)} at the precision written)"
    elif math.isfinite(lo) and hi == math.inf and value:
        value += " or more"
    elif lo == -math.inf and math.isfinite(hi) and value:
        value += " or less"
    derived = f"{formula} = {value}" if formula and value else formula or value
    said = written
    if said.endswith(" (total)"):
        said = said[: -len(" (total)")]
        said += f" (the total of {subject})" if subject else " (the total)"
    elif said and subject:
        said += f" ({subject})"

    if verdict == "inconsistent":
        text = f"{derived}, but the report says {said}" if said else f"{derived}: inconsistent"
        if math.isfinite(expected) and math.isfinite(reported) and expected != reported:
            diff = abs(expected - reported)
            more = "more" if expected > reported else "less"
            text += f": {_with_unit(_number(diff), unit)} {more} than stated"
        return text + "."
    if verdict == "consistent":
        if _text(row.get("check")) == "part" and said:
            return f"{said} includes its part {formula}: consistent."
        if said:
            return f"{derived}, in line with {said}."
        return f"{derived}: consistent."
    if verdict == "not_checkable":
        text = f"{derived}: cannot be checked" if derived else "Cannot be checked"
        return text + (f" — {reason}." if reason else ".")
    return f"{derived}: {verdict.replace('_', ' ')}." if derived else verdict


def in_words(findings: pd.DataFrame) -> pd.Series:
    """One plain sentence per finding of :func:`envindicators.audit.report`.

    Parameters
    ----------
    findings : pandas.DataFrame
        The audit report (its columns; missing columns are read as empty).

    Returns
    -------
    pandas.Series
        ``string`` dtype, same index: e.g. ``"74 + 6 + 2 = 82, but the report says 80 (the
        total of 省级及以上工业集聚区集中式污水处理设施): 2 more than stated."`` — the
        arithmetic with the figures as written, the value derived, what the report states,
        and the verdict in words (for ``not_checkable``, the reason the check gives).

    Examples
    --------
    >>> from envindicators import audit
    >>> r = audit.report()
    >>> words = audit.in_words(r)
    >>> words[r["check_id"] == "partition:000-P031"].iloc[0][:41]
    '74 + 6 + 2 = 82, but the report says 80 ('
    """
    rows = findings.to_dict("records")
    return pd.Series([_sentence(r) for r in rows], index=findings.index, dtype="string")
