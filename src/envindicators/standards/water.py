"""Surface water quality classes after GB 3838-2002 and the single-factor evaluation.

GB 3838-2002 Table 1 gives five classes (Ⅰ best … Ⅴ); a value worse than the class-Ⅴ
limit is 劣Ⅴ类.  A parameter's class is the best class whose limit it meets (≤ the limit;
≥ for dissolved oxygen; 6–9 for pH), so where two classes share a limit (COD 15 mg/L for
Ⅰ and Ⅱ) the better one is given.  A section's class is the worst class over the
evaluated parameters (single-factor method, 单因子评价法).  Routine evaluation
(地表水环境质量评价办法（试行）, 环办〔2011〕22号) uses the 21 basic items other than water
temperature, total nitrogen and faecal coliforms; lakes and reservoirs use their own
total-phosphorus limits and have total nitrogen evaluated separately (``tn_class``).  The
qualitative status of a section: Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度污染, Ⅴ 中度污染, 劣Ⅴ 重度污染.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from envindicators.errors import StandardLookupError
from envindicators.standards import _names as vc
from envindicators.standards._catalogue import get
from envindicators.standards._magnitudes import magnitudes

__all__ = [
    "STATUS",
    "class_limits",
    "class_shares",
    "parameter_code",
    "section_class",
    "water_class",
]

#: The two GB 3838-2002 tables: rivers, and lakes/reservoirs.
Waterbody = Literal["river", "lake"]

#: Qualitative status of a section by class (环办〔2011〕22号).
STATUS: Mapping[str, str] = {
    "Ⅰ": "优", "Ⅱ": "优", "Ⅲ": "良好", "Ⅳ": "轻度污染", "Ⅴ": "中度污染", "劣Ⅴ": "重度污染",
}  # fmt: skip
_EXTRA_ALIASES = {
    "dissolvedoxygen": "do", "cod_mn": "codmn", "codmn": "codmn", "permanganate": "codmn",
    "codcr": "cod", "bod": "bod5", "nh3": "nh3n", "nh3n": "nh3n", "nh3_n": "nh3n",
    "ammonia": "nh3n", "ammonianitrogen": "nh3n", "氨氮": "nh3n", "总磷": "tp", "总氮": "tn",
    "totalphosphorus": "tp", "totalnitrogen": "tn", "六价铬": "cr6", "cr(vi)": "cr6",
    "fluorine": "fluoride", "氟化物": "fluoride", "phenol": "volatile_phenol",
    "oil": "petroleum", "石油类": "petroleum", "faecalcoliforms": "faecal_coliform",
    "fecal_coliform": "faecal_coliform", "fecalcoliforms": "faecal_coliform",
    "粪大肠菌群": "faecal_coliform", "ph值": "ph", "水温": "water_temperature",
    "watertemperature": "water_temperature", "temperature": "water_temperature",
}  # fmt: skip


@functools.cache
def _table() -> pd.DataFrame:
    return get("GB 3838-2002").table("limits")


@functools.cache
def _aliases() -> dict[str, str]:
    return vc.item_aliases(_table(), "parameter", _EXTRA_ALIASES)


def parameter_code(name: Any) -> str:
    """The GB 3838 parameter code (``"氨氮"``, ``"NH3-N"`` → ``"nh3n"``).

    Raises
    ------
    StandardLookupError
        Unknown parameter (the message lists the codes).
    """
    code = _aliases().get(vc.fold_key(name))
    if code is None:
        raise StandardLookupError(
            f"unknown GB 3838 parameter {name!r}; codes: "
            + ", ".join(dict.fromkeys(_table()["parameter"]))
        )
    return code


def class_limits(waterbody: Waterbody = "river") -> pd.DataFrame:
    """GB 3838-2002 Table 1 limits for rivers or lakes/reservoirs.

    Columns ``parameter``, ``name_zh``, ``name_en``, ``unit``, ``bound`` (``le``/``ge``;
    pH has one row of each), ``waterbody``, ``class_1`` … ``class_5``, ``routine``;
    ``attrs``: citation, sources.
    """
    if waterbody not in ("river", "lake"):
        raise ValueError(f"waterbody={waterbody!r}: expected 'river' or 'lake' (湖、库)")
    t = _table()
    out = t[t["waterbody"].isin(["all", waterbody])].reset_index(drop=True)
    out.attrs.update(t.attrs)
    return out


def _class_index(code: str, values: np.ndarray, waterbody: str) -> np.ndarray:
    """0 … 5 (Ⅰ … 劣Ⅴ) per value, NaN for missing."""
    rows = class_limits(waterbody)  # type: ignore[arg-type]
    rows = rows[rows["parameter"] == code]
    if rows.empty:
        if code == "water_temperature":
            raise StandardLookupError("GB 3838 gives water temperature no class limits")
        where = "lakes and reservoirs" if code == "tn" else "this water body"
        raise StandardLookupError(
            f"GB 3838-2002 gives {code} limits for {where} only"
            + (" (pass waterbody='lake')" if code == "tn" else "")
        )
    cols = [f"class_{k}" for k in range(1, 6)]
    worst = np.zeros(len(values))
    for _, r in rows.iterrows():
        lim = r[cols].to_numpy(dtype=float)
        if r["bound"] == "le":  # limits non-decreasing: count of limits below the value
            idx = np.searchsorted(lim, values, side="left")
        else:  # ge: limits non-increasing; count of limits above the value
            asc = lim[::-1]
            idx = len(asc) - np.searchsorted(asc, values, side="right")
        worst = np.maximum(worst, idx)
    worst = worst.astype(float)
    worst[np.isnan(values)] = np.nan
    return worst


def _categorical(idx: np.ndarray) -> pd.Categorical:
    codes = np.where(np.isnan(idx), -1, idx).astype(np.int8)
    return pd.Categorical.from_codes(codes, categories=list(vc.WATER_CLASSES), ordered=True)


def water_class(
    parameter: str,
    values: Any,
    *,
    waterbody: Waterbody = "river",
    unit: str | None = None,
) -> Any:
    """GB 3838-2002 class of each value of one parameter.

    Parameters
    ----------
    parameter:
        Code or name (``"nh3n"``, ``"氨氮"``, ``"COD"``, ``"DO"``, ``"pH"`` …).
    values:
        Numbers (in the table's unit, mg/L; faecal coliforms 个/L; pH dimensionless, or
        ``unit``), a pint quantity or a Series.
    waterbody:
        ``"river"`` or ``"lake"`` (lakes and reservoirs: total phosphorus limits, and the
        only ones with total nitrogen limits).
    unit:
        Unit of plain numbers.

    Returns
    -------
    pandas.Categorical or pandas.Series (of an ordered categorical)
        Classes ``Ⅰ`` … ``Ⅴ``, ``劣Ⅴ``; missing where the value is.

    Examples
    --------
    >>> list(water_class("nh3n", [0.1, 0.5, 1.2, 2.5]))
    ['Ⅰ', 'Ⅱ', 'Ⅳ', '劣Ⅴ']
    >>> list(water_class("tp", [0.04], waterbody="lake"))
    ['Ⅲ']
    """
    code = parameter_code(parameter)
    rows = class_limits(waterbody)
    rows = rows[rows["parameter"] == code]
    dst = str(rows["unit"].iloc[0]) if len(rows) else "mg/L"
    mags = magnitudes(values, dst, unit=unit, what=f"{code} (GB 3838)")
    arr = mags.to_numpy(dtype=float) if isinstance(mags, pd.Series) else np.atleast_1d(mags)
    cat = _categorical(_class_index(code, arr.astype(float), waterbody))
    if isinstance(mags, pd.Series):
        return pd.Series(cat, index=mags.index, name=mags.name)
    return cat


def _joined(masks: list[np.ndarray], labels: list[str], n: int) -> pd.Categorical:
    """Comma-joined labels of the True masks per row ('' = none), vectorised."""
    if not masks:
        return pd.Categorical([""] * n)
    codes = np.zeros(n, dtype=np.int64)
    for j, m in enumerate(masks):
        codes |= m.astype(np.int64) << j
    uniq, inv = np.unique(codes, return_inverse=True)
    cats = [",".join(labels[j] for j in range(len(labels)) if int(u) >> j & 1) for u in uniq]
    return pd.Categorical.from_codes(inv.astype(np.int32), categories=cats)


def section_class(
    frame: pd.DataFrame,
    *,
    waterbody: Waterbody = "river",
    items: Literal["routine", "all"] | Sequence[str] = "routine",
    units: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Class of each monitoring section (row) by the single-factor method.

    Parameters
    ----------
    frame:
        One row per section (and sampling time), one column per parameter (codes or
        names as :func:`parameter_code` reads them: ``do``, ``codmn``, ``cod``, ``bod5``,
        ``nh3n``, ``tp`` …; other columns are ignored).  Values in mg/L (faecal coliforms
        个/L, pH dimensionless) unless ``units`` or pint-pandas columns say otherwise.
    waterbody:
        ``"river"`` or ``"lake"``.
    items:
        ``"routine"`` (default: the 21 items of routine evaluation — not water temperature,
        total nitrogen, faecal coliforms), ``"all"`` (every Table-1 item with limits for
        the water body, TN included for lakes) or a list of parameters.
    units:
        ``{parameter: unit}`` for columns in another unit.

    Returns
    -------
    pandas.DataFrame
        Same index: ``class`` (ordered categorical Ⅰ … 劣Ⅴ), ``status`` (优 … 重度污染),
        ``limiting`` (the parameters at the section's class when it is worse than Ⅲ —
        定类项目), ``exceeding`` (parameters worse than Ⅲ, 超标项目), ``items`` (number
        of parameters evaluated), ``complete`` (all the asked items present), a
        ``class_<parameter>`` column per evaluated parameter, and for lakes with a ``tn``
        column ``tn_class`` (evaluated separately).  A section without any evaluated value
        has no class.  An incomplete section's class is a best case: a missing item could
        be worse.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"do": [7.8, 4.0], "cod": [12, 25], "nh3n": [0.3, 2.4]})
    >>> section_class(df)[["class", "limiting", "exceeding"]].values.tolist()
    [['Ⅱ', '', ''], ['劣Ⅴ', 'nh3n', 'do,cod,nh3n']]
    """
    table = class_limits(waterbody)
    if items == "routine":
        wanted = list(dict.fromkeys(table.loc[table["routine"], "parameter"]))
    elif items == "all":
        wanted = list(dict.fromkeys(table["parameter"]))
    else:
        wanted = [parameter_code(p) for p in items]
    present: dict[str, Any] = {}
    for col in frame.columns:
        try:
            code = parameter_code(col)
        except StandardLookupError:
            continue
        if code in present:
            raise ValueError(f"columns {present[code]!r} and {col!r} both read as {code}")
        present[code] = col
    units = {parameter_code(k): v for k, v in (units or {}).items()}
    n = len(frame)
    out: dict[str, Any] = {}
    worst = np.full(n, np.nan)
    per: dict[str, np.ndarray] = {}
    for code in wanted:
        if code not in present:
            continue
        dst = str(table.loc[table["parameter"] == code, "unit"].iloc[0])
        vals = magnitudes(frame[present[code]], dst, unit=units.get(code), what=code)
        idx = _class_index(code, vals.to_numpy(dtype=float), waterbody)
        per[code] = idx
        worst = np.fmax(worst, idx)
        out[f"class_{code}"] = _categorical(idx)
    result: dict[str, Any] = {"class": _categorical(worst)}
    status = pd.Series(result["class"]).map(STATUS)
    result["status"] = pd.Categorical(
        status, categories=list(dict.fromkeys(STATUS.values())), ordered=True
    )
    codes = list(per)
    result["limiting"] = _joined([(per[c] == worst) & (worst > 2) for c in codes], codes, n)
    result["exceeding"] = _joined([per[c] > 2 for c in codes], codes, n)
    result["items"] = np.sum([~np.isnan(per[c]) for c in codes], axis=0) if codes else np.zeros(n)
    result["items"] = np.asarray(result["items"], dtype=np.int64)
    result["complete"] = result["items"] == len(wanted)
    result.update(out)
    if waterbody == "lake" and "tn" in present and "tn" not in wanted:
        vals = magnitudes(frame[present["tn"]], "mg/L", unit=units.get("tn"), what="tn")
        result["tn_class"] = _categorical(_class_index("tn", vals.to_numpy(dtype=float), "lake"))
    return pd.DataFrame(result, index=frame.index)


def class_shares(classes: Any, *, by: Any = None) -> pd.DataFrame | pd.Series:
    """Shares of sections by class: Ⅰ–Ⅲ (good water, 优良比例) and 劣Ⅴ, in %.

    Parameters
    ----------
    classes:
        Classes (the ``class`` column of :func:`section_class`, or codes/strings such as
        ``"Ⅲ"``, ``"III类"``); missing ones are not counted.
    by:
        Optional grouping (a Series or array aligned with ``classes``: year, basin …).

    Returns
    -------
    pandas.Series or pandas.DataFrame
        ``sections`` (classified), ``good`` (Ⅰ–Ⅲ), ``good_share``, ``worse_than_v``,
        ``worse_than_v_share`` and the share of each class; a frame with one row per
        group when ``by`` is given.

    Examples
    --------
    >>> class_shares(["Ⅱ", "Ⅲ", "Ⅳ", "劣Ⅴ"])["good_share"]
    np.float64(50.0)
    """
    s = pd.Series(classes)
    if not isinstance(s.dtype, pd.CategoricalDtype) or list(s.cat.categories) != list(
        vc.WATER_CLASSES
    ):
        s = s.map(lambda v: v if pd.isna(v) else vc.water_class_code(v))
        s = pd.Series(pd.Categorical(s, categories=list(vc.WATER_CLASSES), ordered=True))
    codes = s.cat.codes.to_numpy()

    def shares(c: np.ndarray) -> pd.Series:
        c = c[c >= 0]
        total = len(c)
        counts = np.bincount(c, minlength=6)
        den = total if total else np.nan
        row = {
            "sections": total,
            "good": int(counts[:3].sum()),
            "good_share": 100.0 * counts[:3].sum() / den,
            "worse_than_v": int(counts[5]),
            "worse_than_v_share": 100.0 * counts[5] / den,
        }
        row.update({f"share_{k}": 100.0 * counts[i] / den for i, k in enumerate(vc.WATER_CLASSES)})
        return pd.Series(row)

    if by is None:
        return shares(codes)
    groups = pd.Series(np.asarray(by))
    return pd.DataFrame(
        {g: shares(codes[idx.to_numpy()]) for g, idx in groups.groupby(groups).groups.items()}
    ).T
