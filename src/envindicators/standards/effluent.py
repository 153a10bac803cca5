"""Municipal wastewater treatment plant effluent after GB 18918-2002 (grades 一级A … 三级).

Table 1 (basic control items, daily means) with its footnotes:

* NH3-N: the limits outside brackets apply when the water temperature is above 12 °C,
  those in brackets at ≤ 12 °C (一级A 5 (8), 一级B 8 (15), 二级 25 (30) mg/L);
* total phosphorus: plants built up to 2005-12-31 and from 2006-01-01 have different
  limits (一级A 1 / 0.5 mg/L, 一级B 1.5 / 1);
* grade 三级: when the influent COD exceeds 350 mg/L the COD removal rate must exceed
  60 %, when influent BOD exceeds 160 mg/L the BOD removal rate must exceed 50 % (instead
  of the concentration limits);
* ``—`` (TN and NH3-N for 二级/三级, faecal coliforms for 三级): not controlled.

When the water temperature or the construction date is not given, a value between the
two possible limits is **undetermined** (reported as such, never guessed).  Local
standards stricter than GB 18918 (准Ⅳ类 …) are not part of it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from envindicators.errors import StandardLookupError
from envindicators.standards import _names as vc
from envindicators.standards._catalogue import get
from envindicators.standards._magnitudes import magnitudes

__all__ = ["effluent_compliance", "effluent_grade", "effluent_limits", "item_code"]

_GRADE_COLUMN = {"一级A": "grade_1a", "一级B": "grade_1b", "二级": "grade_2", "三级": "grade_3"}
_TP_SWITCH = dt.date(2006, 1, 1)
_REMOVAL = {"cod": (350.0, 60.0), "bod5": (160.0, 50.0)}  # influent threshold, removal %
_EXTRA = {
    "codcr": "cod", "bod": "bod5", "nh3": "nh3n", "nh3_n": "nh3n", "ammonia": "nh3n",
    "氨氮": "nh3n", "总磷": "tp", "总氮": "tn", "悬浮物": "ss", "色度": "colour", "color": "colour",
    "oil": "petroleum", "石油类": "petroleum", "faecal_coliforms": "faecal_coliform",
    "fecal_coliform": "faecal_coliform", "粪大肠菌群": "faecal_coliform",
}  # fmt: skip


@functools.cache
def _table() -> pd.DataFrame:
    return get("GB 18918-2002").table("limits")


def effluent_limits() -> pd.DataFrame:
    """GB 18918-2002 Table 1: ``item``, ``name_zh``, ``unit``, ``bound``, ``condition``,
    ``grade_1a`` … ``grade_3`` (missing = not controlled); ``attrs``: citation, sources."""
    t = _table().copy()
    t.attrs.update(_table().attrs)
    return t


@functools.cache
def _aliases() -> dict[str, str]:
    return vc.item_aliases(_table(), "item", _EXTRA)


def item_code(name: Any) -> str:
    """The GB 18918 item code (``"氨氮"``, ``"NH3-N"`` → ``"nh3n"``)."""
    code = _aliases().get(vc.fold_key(name))
    if code is None:
        raise StandardLookupError(
            f"unknown GB 18918 item {name!r}; codes: " + ", ".join(dict.fromkeys(_table()["item"]))
        )
    return code


def _values(frame: pd.DataFrame, arg: Any, name: str) -> np.ndarray | None:
    """A per-row array from a scalar, an array or a column name; None when not given."""
    if arg is None:
        return None
    if isinstance(arg, str) and arg in frame.columns:
        return frame[arg].to_numpy()
    arr = np.asarray(arg)
    if arr.ndim == 0:
        return np.full(len(frame), arr.item(), dtype=object if arr.dtype == object else arr.dtype)
    if len(arr) != len(frame):
        raise ValueError(f"{name}: {len(arr)} values for {len(frame)} rows")
    return arr


def _built_before(frame: pd.DataFrame, built: Any) -> np.ndarray | None:
    vals = _values(frame, built, "built")
    if vals is None:
        return None
    if np.issubdtype(np.asarray(vals).dtype, np.integer):  # years
        years = np.asarray(vals, dtype=float)
        return np.where(np.isnan(years), np.nan, (years < 2006).astype(float))
    d = pd.to_datetime(pd.Series(vals), errors="raise")
    out = (d < pd.Timestamp(_TP_SWITCH)).to_numpy(dtype=float)
    out[d.isna().to_numpy()] = np.nan
    return out


def _meets(values: np.ndarray, rows: pd.DataFrame, col: str) -> np.ndarray:
    """1 meets, 0 fails, NaN missing value; a missing limit (not controlled) meets."""
    ok = np.ones(len(values))
    for _, r in rows.iterrows():
        lim = r[col]
        if pd.isna(lim):
            continue
        ok = np.minimum(ok, (values <= lim) if r["bound"] == "le" else (values >= lim))
    return np.where(np.isnan(values), np.nan, ok)


def effluent_compliance(
    frame: pd.DataFrame,
    *,
    grade: str = "一级A",
    water_temperature: Any = None,
    built: Any = None,
    units: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Does each effluent sample (row) meet a GB 18918-2002 grade?

    Parameters
    ----------
    frame:
        One row per sample (daily mean), one column per item: ``cod``, ``bod5``, ``ss``,
        ``oil_animal_veg``, ``petroleum``, ``las``, ``tn``, ``nh3n``, ``tp``, ``colour``,
        ``ph``, ``faecal_coliform`` (names such as ``COD``, ``氨氮``, ``NH3-N`` are read
        too; other columns ignored), in mg/L (colour as dilution ratio, faecal coliforms
        个/L) unless ``units`` says otherwise.  For grade 三级, ``cod_influent`` /
        ``bod5_influent`` columns enable the removal-rate rule.
    grade:
        ``"一级A"``, ``"一级B"``, ``"二级"``, ``"三级"`` (or ``"1A"`` …).
    water_temperature:
        °C — a number, an array or a column name (NH3-N limits).
    built:
        Construction date of the plant — a date, a year, an array or a column name (TP
        limits).
    units:
        ``{item: unit}`` for columns in other units.

    Returns
    -------
    pandas.DataFrame
        Same index: ``compliant`` (nullable boolean: missing when some item is missing
        or undetermined and none fails), ``exceeding`` and ``undetermined`` (item codes,
        comma-joined), ``items`` (evaluated), ``complete`` (all 12 items present) and
        ``<item>_ok`` per item (nullable boolean).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"cod": [30, 45], "nh3n": [6.0, 6.0], "tp": [0.4, 0.8]})
    >>> r = effluent_compliance(s, water_temperature=[8, 20], built="2008-05-01")
    >>> r[["compliant", "exceeding"]].values.tolist()
    [[True, ''], [False, 'nh3n,tp']]
    """
    g = vc.effluent_grade(grade)
    col = _GRADE_COLUMN[g]
    table = _table()
    units = {item_code(k): v for k, v in (units or {}).items()}
    present: dict[str, Any] = {}
    for c in frame.columns:
        try:
            code = item_code(c)
        except StandardLookupError:
            continue
        if code in present:
            raise ValueError(f"columns {present[code]!r} and {c!r} both read as {code}")
        present[code] = c
    temp = _values(frame, water_temperature, "water_temperature")
    temp = None if temp is None else np.asarray(temp, dtype=float)
    before = _built_before(frame, built)
    n = len(frame)
    result: dict[str, Any] = {}
    oks: dict[str, np.ndarray] = {}
    for code in dict.fromkeys(table["item"]):
        if code not in present:
            continue
        rows = table[table["item"] == code]
        unit = str(rows["unit"].iloc[0])
        x = magnitudes(frame[present[code]], unit, unit=units.get(code), what=code)
        x = x.to_numpy(dtype=float)
        if code == "nh3n":
            warm = _meets(x, rows[rows["condition"] == "temperature_above_12"], col)
            cold = _meets(x, rows[rows["condition"] == "temperature_at_most_12"], col)
            ok = _choose(
                warm,
                cold,
                None
                if temp is None
                else np.where(np.isnan(temp), np.nan, (temp <= 12).astype(float)),
            )
        elif code == "tp":
            new = _meets(x, rows[rows["condition"] == "built_from_2006"], col)
            old = _meets(x, rows[rows["condition"] == "built_before_2006"], col)
            ok = _choose(new, old, before)
        else:
            ok = _meets(x, rows, col)
            if g == "三级" and code in _REMOVAL and f"{code}_influent" in frame.columns:
                threshold, rate = _REMOVAL[code]
                inf = magnitudes(frame[f"{code}_influent"], unit, what=f"{code} influent")
                inf = inf.to_numpy(dtype=float)
                high = inf > threshold
                with np.errstate(divide="ignore", invalid="ignore"):
                    removal = 100.0 * (1.0 - x / inf)
                ok = np.where(high, np.where(np.isnan(x), np.nan, removal > rate), ok)
        oks[code] = ok
        flags = pd.array(ok == 1, dtype="boolean")
        flags[np.isnan(ok)] = pd.NA
        result[f"{code}_ok"] = flags
    codes = list(oks)
    if codes:
        stack = np.vstack([oks[c] for c in codes])
        fails = (stack == 0).any(axis=0)
        unknown = np.isnan(stack).any(axis=0)
    else:
        fails = np.zeros(n, dtype=bool)
        unknown = np.ones(n, dtype=bool)
    compliant = pd.array(np.where(fails, False, True), dtype="boolean")
    compliant[unknown & ~fails] = pd.NA
    out: dict[str, Any] = {"compliant": compliant}
    out["exceeding"] = _join([oks[c] == 0 for c in codes], codes, n)
    undetermined = [np.isnan(oks[c]) & ~np.isnan(_value_of(frame, present[c])) for c in codes]
    out["undetermined"] = _join(undetermined, codes, n)
    out["items"] = (
        np.asarray([(~np.isnan(oks[c])).astype(int) for c in codes]).sum(axis=0)
        if codes
        else np.zeros(n, dtype=int)
    )
    out["complete"] = np.full(n, all(c in present for c in dict.fromkeys(table["item"])))
    out.update(result)
    return pd.DataFrame(out, index=frame.index)


def _value_of(frame: pd.DataFrame, col: Any) -> np.ndarray:
    return pd.to_numeric(frame[col], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _choose(strict: np.ndarray, lenient: np.ndarray, use_lenient: np.ndarray | None) -> np.ndarray:
    """Pick per row; when the condition is unknown: meets the strict limit → 1, fails the
    lenient one → 0, else NaN (undetermined)."""
    unknown = np.where(strict == 1, 1.0, np.where(lenient == 0, 0.0, np.nan))
    unknown = np.where(np.isnan(strict) | np.isnan(lenient), np.nan, unknown)
    if use_lenient is None:
        return unknown
    return np.where(np.isnan(use_lenient), unknown, np.where(use_lenient == 1, lenient, strict))


def _join(masks: list[np.ndarray], labels: list[str], n: int) -> pd.Categorical:
    if not masks:
        return pd.Categorical([""] * n)
    codes = np.zeros(n, dtype=np.int64)
    for j, m in enumerate(masks):
        codes |= np.asarray(m, dtype=bool).astype(np.int64) << j
    uniq, inv = np.unique(codes, return_inverse=True)
    cats = [",".join(labels[j] for j in range(len(labels)) if int(u) >> j & 1) for u in uniq]
    return pd.Categorical.from_codes(inv.astype(np.int32), categories=cats)


def effluent_grade(
    frame: pd.DataFrame,
    *,
    water_temperature: Any = None,
    built: Any = None,
    units: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """The strictest GB 18918 grade each sample certainly meets.

    Returns
    -------
    pandas.DataFrame
        ``grade`` (ordered categorical, 三级 < 二级 < 一级B < 一级A; missing when not even
        三级 is certainly met) and ``undetermined`` (True when a stricter grade than
        ``grade`` could not be decided for lack of water temperature, construction date
        or values).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"cod": [30, 55, 90], "bod5": [8, 15, 25], "ss": [8, 15, 25]})
    >>> effluent_grade(s)["grade"].tolist()
    ['一级A', '一级B', '二级']
    """
    kw = {"water_temperature": water_temperature, "built": built, "units": units}
    n = len(frame)
    best = np.full(n, -1)
    undetermined = np.zeros(n, dtype=bool)
    for k in range(len(vc.EFFLUENT_GRADES) - 1, -1, -1):
        res = effluent_compliance(frame, grade=vc.EFFLUENT_GRADES[k], **kw)["compliant"]
        met = res.fillna(False).to_numpy(dtype=bool)
        unknown = res.isna().to_numpy()
        best = np.where(met, k, best)
        undetermined = np.where(met, False, undetermined | unknown)
    order = list(vc.EFFLUENT_GRADES)[::-1]  # 三级 < 二级 < 一级B < 一级A
    codes = np.where(best >= 0, len(order) - 1 - best, -1).astype(np.int8)
    grade = pd.Categorical.from_codes(codes, categories=order, ordered=True)
    return pd.DataFrame(
        {"grade": grade, "undetermined": undetermined & (best != 0)}, index=frame.index
    )
