"""Air quality index after HJ 633: sub-indices (IAQI), AQI, level, category, colour.

HJ 633 (2012 and 2026) maps each pollutant concentration :math:`C_P` to a sub-index by
linear interpolation between the breakpoints of its table (HJ 633 eq. 1)

.. math::

    \\mathrm{IAQI}_P = \\frac{\\mathrm{IAQI}_{Hi} - \\mathrm{IAQI}_{Lo}}{BP_{Hi} - BP_{Lo}}
    (C_P - BP_{Lo}) + \\mathrm{IAQI}_{Lo}, \\qquad BP_{Lo} \\le C_P \\le BP_{Hi},

and the AQI is the largest sub-index (eq. 2).  Both are rounded **up** to integers
(进位取整; HJ 633—2026: 计算结果全部向上进位取整数).  The category follows the AQI:
0–50 优 (一级, 绿色), 51–100 良 (二级, 黄色), 101–150 轻度污染 (三级, 橙色), 151–200 中度污染
(四级, 红色), 201–300 重度污染 (五级, 紫色), > 300 严重污染 (六级, 褐红色).  The primary
pollutant(s) (首要污染物) are those with the largest sub-index when the AQI exceeds 50
(none otherwise); exceeding pollutants (超标污染物) have a sub-index above 100.

HJ 633—2026 changed two breakpoints of the table (PM2.5 24-h IAQI 100: 75 → 60 µg/m³;
PM10 24-h: 150 → 120); everything else here is common to both versions.  The tables are
data (``hj633_iaqi.csv``, ``aqi_categories.csv``), cited in the catalogue.

Rules beyond the interpolation, from the footnotes of HJ 633-2012 Table 1:

* SO2 1-h concentrations above 800 µg/m³ get no sub-index; SO2's sub-index is the one of
  its 24-h mean (hourly report: give a ``so2_24h`` column; without it SO2 is unknown);
* O3 8-h concentrations above 800 µg/m³ get no sub-index; O3's is the one of its 1-h
  value;
* a concentration above the last breakpoint (PM10 650 µg/m³) is *not* extrapolated: its
  sub-index is reported as 500 (a lower bound: "> 500") and flagged in ``beyond_table``.

Negative or missing concentrations have no sub-index.  An AQI computed without all the
report's pollutants is a lower bound: ``complete`` is False, and the category is given
only when the AQI already exceeds 100 (HJ 633—2026 §5.3.1 publishes such AQIs; a lower
one could hide a worse pollutant).

Concentrations are taken as given.  One transcription of HJ 633—2026 says PM
concentrations are first rounded to integers (GB/T 8170); that is not verified against the
official text, so it is an option (``concentration_rounding=True`` rounds µg/m³
concentrations to integers and CO to 0.1 mg/m³, half to even), off by default.
Published daily data are usually already rounded so.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd

from envindicators.errors import StandardLookupError
from envindicators.standards import _names as vc
from envindicators.standards._catalogue import DateLike, Standard, as_date, get, standard_for
from envindicators.standards._magnitudes import magnitudes

__all__ = ["AQI_ITEMS", "aqi", "aqi_categories", "iaqi", "iaqi_breakpoints"]

#: Items of the AQI frames: column code → (pollutant, table column daily, table column
#: hourly, label).  ``o3_1h`` is the daily maximum 1-h value in a daily report and the
#: 1-h value in an hourly one; ``o3_8h`` the daily maximum 8-h mean / the 8-h moving mean.
AQI_ITEMS: Mapping[str, tuple[str, str, str, str]] = {
    "so2": ("SO2", "so2_24h", "so2_1h", "SO2"),
    "no2": ("NO2", "no2_24h", "no2_1h", "NO2"),
    "pm10": ("PM10", "pm10_24h", "pm10_24h", "PM10"),
    "co": ("CO", "co_24h", "co_1h", "CO"),
    "o3_1h": ("O3", "o3_1h", "o3_1h", "O3_1h"),
    "o3_8h": ("O3", "o3_8h", "o3_8h", "O3_8h"),
    "pm25": ("PM2.5", "pm25_24h", "pm25_24h", "PM2.5"),
}
_REQUIRED = ("so2", "no2", "pm10", "co", "pm25")  # and O3 (8-h daily, 1-h hourly)
_RULE_800 = 800.0  # µg/m³, HJ 633 Table 1 footnotes for SO2 1-h and O3 8-h
_EPS = 1e-9  # below any genuine fraction of an IAQI from a concentration of ≤ 6 decimals

_COLUMN_ALIASES = {
    "so2": "so2", "so2_24h": "so2", "二氧化硫": "so2",
    "no2": "no2", "no2_24h": "no2", "二氧化氮": "no2",
    "pm10": "pm10", "pm10_24h": "pm10", "可吸入颗粒物": "pm10",
    "co": "co", "co_24h": "co", "一氧化碳": "co",
    "pm25": "pm25", "pm2.5": "pm25", "pm2_5": "pm25", "pm25_24h": "pm25", "细颗粒物": "pm25",
    "o3_1h": "o3_1h", "o3_1h_max": "o3_1h", "o3_8h": "o3_8h", "o3_8h_max": "o3_8h",
    "o3_mda8": "o3_8h", "mda8": "o3_8h",
}  # fmt: skip


# ---------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------
def _aqi_standard(version: Any) -> Standard:
    if isinstance(version, Standard):
        std = version
    elif isinstance(version, str) and version.strip() in ("2012", "2026"):
        std = get(f"HJ 633-{version.strip()}")
    elif isinstance(version, str) and version.strip().upper().startswith("HJ"):
        std = get(version)
    else:
        try:
            std = standard_for("aqi", version)
        except StandardLookupError as e:
            raise StandardLookupError(
                f"version={version!r}: expected 'HJ 633-2012', 'HJ 633-2026' or a date ({e})"
            ) from None
    if std.kind != "aqi":
        raise StandardLookupError(f"{std.id} is not an AQI standard (HJ 633)")
    return std


@functools.cache
def _breakpoints(std_id: str, column: str) -> tuple[np.ndarray, np.ndarray, str]:
    std = get(std_id)
    t = std.table("iaqi")
    if column not in t.columns:
        raise StandardLookupError(f"{std_id} has no breakpoints {column!r}")
    ok = t[column].notna().to_numpy()
    bp = t[column].to_numpy(dtype=float)[ok]
    lv = t["iaqi"].to_numpy(dtype=float)[ok]
    return bp, lv, t.attrs["units"][column]


def iaqi_breakpoints(version: Any) -> pd.DataFrame:
    """The IAQI table of an HJ 633 version (``attrs``: citation, sources, units).

    Parameters
    ----------
    version : str
        HJ 633 version (``"HJ 633-2012"`` or ``"HJ 633-2026"``).

    Returns
    -------
    pandas.DataFrame
        One row per IAQI breakpoint, one column per pollutant and averaging time.
    """
    return _aqi_standard(version).table("iaqi")


def aqi_categories(version: Any = "HJ 633-2026") -> pd.DataFrame:
    """The AQI levels: ``aqi_low``, ``aqi_high``, ``level``, ``category``, ``colour``, ``rgb``.

    Parameters
    ----------
    version : str, default 'HJ 633-2026'
        HJ 633 version (``"HJ 633-2012"`` or ``"HJ 633-2026"``).

    Returns
    -------
    pandas.DataFrame
        One row per AQI level.
    """
    return _aqi_standard(version).table("categories")


@functools.cache
def _categories(std_id: str) -> pd.DataFrame:
    return get(std_id).table("categories")


def _column_for(pollutant: str, averaging: str) -> str:
    code = vc.air_pollutant(pollutant)
    avg = str(averaging).strip().lower().replace(" ", "")
    avg = {"daily": "24h", "日均": "24h", "hourly": "1h", "mda8": "8h"}.get(avg, avg)
    prefix = {"SO2": "so2", "NO2": "no2", "PM10": "pm10", "CO": "co", "O3": "o3", "PM2.5": "pm25"}
    if code not in prefix:
        raise StandardLookupError(f"HJ 633 gives no sub-index for {code}")
    column = f"{prefix[code]}_{avg}"
    valid = {"so2_24h", "so2_1h", "no2_24h", "no2_1h", "pm10_24h", "co_24h", "co_1h",
             "o3_1h", "o3_8h", "pm25_24h"}  # fmt: skip
    if column not in valid:
        have = sorted(c.split("_")[1] for c in valid if c.startswith(prefix[code] + "_"))
        raise StandardLookupError(
            f"HJ 633 has no {averaging!r} breakpoints for {code}; it has {', '.join(have)}"
            + (
                " (PM 1-h values are judged on the 24-h breakpoints)"
                if code.startswith("PM")
                else ""
            )
        )
    return column


def _round_conc(c: np.ndarray, unit: str) -> np.ndarray:
    return np.round(c, 1 if unit == "mg/m3" else 0)


def _iaqi_array(
    c: np.ndarray, std_id: str, column: str, *, rounding: bool, concentration_rounding: bool
) -> tuple[np.ndarray, np.ndarray]:
    """(IAQI, beyond-table mask) for concentrations already in the table's unit."""
    bp, lv, unit = _breakpoints(std_id, column)
    if concentration_rounding:
        c = _round_conc(c, unit)
    out = np.interp(c, bp, lv)
    with np.errstate(invalid="ignore"):
        beyond = c > bp[-1]
        invalid = ~(c >= 0)
    if column in ("so2_1h", "o3_8h"):  # no sub-index above 800 µg/m³: a rule, not "beyond"
        invalid |= beyond
        beyond = np.zeros_like(beyond)
    if rounding:  # ceil, robust to a last-bit excess of an exact integer; -0.0 → 0.0
        np.subtract(out, _EPS, out=out)
        np.ceil(out, out=out)
        np.add(out, 0.0, out=out)
    out[invalid] = np.nan
    return out, beyond


def iaqi(
    pollutant: str,
    concentration: Any,
    *,
    averaging: str = "24h",
    version: str | Standard | DateLike,
    unit: str | None = None,
    rounding: Literal["ceil"] | None = "ceil",
    beyond_table: Literal["nan", "cap"] = "nan",
    concentration_rounding: bool = False,
) -> Any:
    """Air quality sub-index (IAQI) of one pollutant after HJ 633.

    Parameters
    ----------
    pollutant : str
        ``"SO2"``, ``"NO2"``, ``"PM10"``, ``"CO"``, ``"O3"``, ``"PM2.5"`` (or ``pm25``,
        ``细颗粒物`` …).
    concentration : array_like
        Number(s), a :class:`pint.Quantity`, a pandas Series (plain or pint-pandas) or
        an xarray DataArray.  Plain numbers are in ``unit``, by default the table's:
        mg/m³ for CO, µg/m³ otherwise.
    averaging : str, default '24h'
        ``"24h"`` (daily mean), ``"1h"`` (SO2, NO2, CO, O3) or ``"8h"`` (O3 daily maximum
        8-h mean).  PM has only 24-h breakpoints (used for 1-h values in hourly reports).
    version : str or Standard or DateLike
        ``"HJ 633-2012"``, ``"HJ 633-2026"`` (or ``"2012"``, ``"2026"``), or a date: the
        version in force then (HJ 633—2026 from 2026-03-01).  Required: the two versions
        give different sub-indices for PM.
    unit : str, optional
        Unit of plain numbers (``"µg/m3"`` for a CO column in µg/m³).
    rounding : {'ceil'} or None, default 'ceil'
        ``"ceil"`` (the standard) or ``None`` for the unrounded sub-index.
    beyond_table : {'nan', 'cap'}, default 'nan'
        Concentrations above the last breakpoint: ``"nan"`` (default) or ``"cap"`` (500,
        a lower bound).  Not extrapolated either way.
    concentration_rounding : bool, default False
        Round concentrations first (integers in µg/m³, CO to 0.1 mg/m³), see the module
        docstring.

    Returns
    -------
    float, numpy.ndarray, pandas.Series or xarray.DataArray
        Same shape (and index/coordinates) as ``concentration``; NaN where there is no
        sub-index: missing or negative input, SO2 1-h or O3 8-h above 800 µg/m³ (HJ 633
        Table 1 notes), and beyond the table unless ``beyond_table="cap"``.

    Raises
    ------
    StandardLookupError
        Unknown pollutant, averaging time or version.
    UnitMismatchError
        A unit that is not a mass concentration (ppb needs temperature and pressure).

    Examples
    --------
    >>> iaqi("PM2.5", 75, version="HJ 633-2012"), iaqi("PM2.5", 75, version="HJ 633-2026")
    (100.0, 114.0)
    >>> iaqi("NO2", [45, 100], version="2012").tolist()
    [57.0, 110.0]
    >>> iaqi("CO", 4500, unit="µg/m3", version="2026")
    103.0
    """
    std = _aqi_standard(version)
    column = _column_for(pollutant, averaging)
    _, _, table_unit = _breakpoints(std.id, column)
    mags = magnitudes(concentration, table_unit, unit=unit, what=f"{pollutant} ({averaging})")
    kwargs = {"rounding": rounding == "ceil", "concentration_rounding": concentration_rounding}
    if rounding not in ("ceil", None):
        raise ValueError(f"rounding={rounding!r}: expected 'ceil' or None")
    if beyond_table not in ("nan", "cap"):
        raise ValueError(f"beyond_table={beyond_table!r}: expected 'nan' or 'cap'")

    def compute(arr: np.ndarray) -> np.ndarray:
        out, beyond = _iaqi_array(arr, std.id, column, **kwargs)
        if beyond_table == "nan":
            out[beyond] = np.nan
        return out

    if isinstance(mags, pd.Series):
        return pd.Series(compute(mags.to_numpy(dtype=float)), index=mags.index, name=mags.name)
    if type(mags).__module__.startswith("xarray"):
        out = mags.copy(
            data=compute(np.asarray(mags.values, dtype=float).ravel()).reshape(mags.shape)
        )
        out.attrs = {"long_name": f"IAQI {pollutant} ({averaging}, {std.id})"}
        return out
    arr = np.asarray(mags, dtype=float)
    res = compute(np.atleast_1d(arr).ravel()).reshape(arr.shape)
    return float(res) if res.ndim == 0 else res


# ---------------------------------------------------------------------------------------
# AQI of frames
# ---------------------------------------------------------------------------------------
def _frame_columns(
    frame: pd.DataFrame, columns: Mapping[str, str] | None, hourly: bool
) -> dict[str, str]:
    """item code → column name of ``frame``."""
    found: dict[str, str] = {}
    for col in frame.columns:
        key = str(col).strip().lower().replace(" ", "").replace("-", "_")
        item = "so2_24h" if hourly and key == "so2_24h" else _COLUMN_ALIASES.get(key)
        if item is not None:
            if item in found:
                raise ValueError(
                    f"columns {found[item]!r} and {col!r} both read as {item}; "
                    "say which one with columns={…}"
                )
            found[item] = col
        elif key == "o3":
            raise ValueError(
                "column 'o3' is ambiguous: name it o3_8h (daily maximum 8-h mean / 8-h moving "
                "mean) or o3_1h (daily maximum 1-h / 1-h value), or map it with columns={…}"
            )
    for item, col in (columns or {}).items():
        if item not in AQI_ITEMS and item != "so2_24h":
            raise ValueError(f"columns: unknown item {item!r}; items: {', '.join(AQI_ITEMS)}")
        if col not in frame.columns:
            raise KeyError(f"columns: {col!r} is not a column of the frame")
        found[item] = col
    if not any(i in found for i in AQI_ITEMS):
        raise ValueError(
            "no pollutant column found; expected some of "
            + ", ".join(AQI_ITEMS)
            + " (or map yours with columns={item: column})"
        )
    return found


_LABELS = tuple(v[3] for v in AQI_ITEMS.values())


def _joined(codes: np.ndarray, undetermined: np.ndarray) -> pd.Categorical:
    """Bitmask codes over the items → categorical of comma-joined labels ('' = none)."""
    k = len(_LABELS)
    labels = [",".join(_LABELS[j] for j in range(k) if c >> j & 1) for c in range(1 << k)]
    codes = codes.astype(np.int16)
    codes[undetermined] = -1
    # drop unused categories in O(n) (remove_unused_categories sorts the codes)
    used = np.bincount(codes[codes >= 0], minlength=len(labels)) > 0
    remap = np.full(len(labels) + 1, -1, dtype=np.int16)  # index -1 → the last slot → -1
    remap[: len(labels)][used] = np.arange(int(used.sum()), dtype=np.int16)
    kept = [lab for lab, u in zip(labels, used, strict=True) if u]
    return pd.Categorical.from_codes(remap[codes], categories=kept, validate=False)


def _version_masks(
    frame: pd.DataFrame, version: Any, date: str | None
) -> list[tuple[str, np.ndarray | None]]:
    if not (isinstance(version, str) and version == "by_date"):
        return [(_aqi_standard(version).id, None)]
    if date is None:
        raise ValueError("version='by_date' needs date= (the column or index level of the dates)")
    if date in frame.columns:
        d = pd.to_datetime(frame[date]).to_numpy()
    elif date in (frame.index.names or []):
        d = pd.to_datetime(frame.index.get_level_values(date)).to_numpy()
    else:
        raise KeyError(f"date={date!r} is neither a column nor an index level")
    switch = np.datetime64(as_date(get("HJ 633-2026").valid_from), "ns")
    first = np.datetime64(as_date(get("HJ 633-2012").valid_from), "ns")
    if (d < first).any():
        raise StandardLookupError(
            f"dates before {first.astype('datetime64[D]')}: no HJ 633 version was in force"
        )
    late = d >= switch
    return [("HJ 633-2012", ~late), ("HJ 633-2026", late)]


def _by_version(
    values: np.ndarray,
    column: str,
    versions: list[tuple[str, np.ndarray | None]],
    concentration_rounding: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """Sub-indices (and beyond-table flags) with each row's HJ 633 version (rows outside
    every mask get NaN)."""
    if len(versions) == 1 and versions[0][1] is None:
        return _iaqi_array(
            values, versions[0][0], column, rounding=True,
            concentration_rounding=concentration_rounding,
        )  # fmt: skip
    vals = np.full(len(values), np.nan)
    beyond = np.zeros(len(values), dtype=bool)
    for vid, mask in versions:
        if mask is not None and mask.any():
            v, b = _iaqi_array(
                values[mask], vid, column, rounding=True,
                concentration_rounding=concentration_rounding,
            )  # fmt: skip
            vals[mask] = v
            beyond[mask] = b
    return vals, beyond


def _aqi_dataset(ds: Any, *, units: Mapping[str, str] | None, **kwargs: Any) -> Any:
    """:func:`aqi` of an xarray Dataset: through ``to_dataframe`` and back (labels as text);
    a variable's ``attrs["units"]`` is used unless ``units`` names its item."""
    given = dict(units or {})
    for name, var in ds.data_vars.items():
        item = _COLUMN_ALIASES.get(str(name).strip().lower().replace(" ", "").replace("-", "_"))
        if item is not None and item not in given and "units" in var.attrs:
            given[item] = str(var.attrs["units"])
    res = aqi(ds.to_dataframe(), units=given, **kwargs)
    labels = ["level", "category", "colour", "primary", "exceeding", "beyond_table", "version"]
    res = res.astype(dict.fromkeys(labels, object))
    return res.to_xarray()


def aqi(
    frame: pd.DataFrame,
    *,
    version: str | Standard | DateLike,
    report: Literal["daily", "hourly"] = "daily",
    columns: Mapping[str, str] | None = None,
    units: Mapping[str, str] | None = None,
    date: str | None = None,
    concentration_rounding: bool = False,
) -> pd.DataFrame:
    """AQI, sub-indices, level, category, colour, primary and exceeding pollutants.

    Vectorised over the rows (station × day frames of millions of rows): one
    :func:`numpy.interp` per pollutant, then array arithmetic.

    Parameters
    ----------
    frame : pandas.DataFrame
        A DataFrame (or an xarray Dataset, a variable per pollutant — computed through
        ``to_dataframe()`` and returned as a Dataset, with the labels as text), one row
        per station and day (``report="daily"``) or hour (``"hourly"``), a column per
        pollutant: ``so2``, ``no2``, ``pm10``, ``co``, ``pm25``, ``o3_8h``
        and ``o3_1h`` (spellings such as ``PM2.5``, ``pm2_5``, ``SO2`` are recognised;
        ``columns`` maps others).  Daily: 24-h means; ``o3_8h`` the daily maximum 8-h
        mean, ``o3_1h`` the daily maximum 1-h value (optional: many published daily
        series lack it; it enters the AQI when present).  Hourly: 1-h values (PM judged on
        the 24-h breakpoints); ``o3_8h`` the 8-h moving mean (optional); ``so2_24h`` (the
        24-h mean) for hours with SO2 above 800 µg/m³.  CO in mg/m³, the others in µg/m³,
        unless ``units`` says otherwise or the columns are pint-pandas.
    version : str or Standard or DateLike
        ``"HJ 633-2012"``, ``"HJ 633-2026"``, a date (the version in force then) or
        ``"by_date"``: each row judged by the version in force on its date (``date``).
    report : {'daily', 'hourly'}, default 'daily'
        ``"daily"`` (日报) or ``"hourly"`` (实时报).
    columns : Mapping[str, str], optional
        ``{item: column}`` for columns with other names.
    units : Mapping[str, str], optional
        ``{item: unit}`` for plain columns not in the default unit.
    date : str, optional
        Column or index level holding the dates, for ``version="by_date"``.
    concentration_rounding : bool, default False
        See :func:`iaqi`.

    Returns
    -------
    pandas.DataFrame
        Same index.  ``iaqi_<item>`` per pollutant column (float, integer values), ``aqi``,
        ``level`` (一级 … 六级), ``category`` (优 … 严重污染), ``colour`` (绿色 … 褐红色),
        ``primary`` (首要污染物, comma-joined labels, ``""`` when AQI ≤ 50), ``exceeding``
        (IAQI > 100), ``beyond_table`` (above the last breakpoint: the AQI is a lower
        bound), ``complete`` (every pollutant of the report has a sub-index) and
        ``version``.  The three labels are categoricals; they are missing when the AQI
        is (no data) or the row is incomplete with AQI ≤ 100.

    Raises
    ------
    StandardLookupError, UnitMismatchError, ValueError
        Unknown version, wrong unit, no or ambiguous pollutant columns.

    Examples
    --------
    >>> import pandas as pd
    >>> day = pd.DataFrame({"so2": [15], "no2": [45], "pm10": [90], "co": [1.0],
    ...                     "o3_1h": [110], "o3_8h": [90], "pm25": [55]})
    >>> r = aqi(day, version="HJ 633-2012")
    >>> float(r.loc[0, "aqi"]), r.loc[0, "category"], r.loc[0, "primary"]
    (75.0, '良', 'PM2.5')
    >>> aqi(day, version="HJ 633-2026").loc[0, "aqi"]
    np.float64(90.0)
    """
    if report not in ("daily", "hourly"):
        raise ValueError(f"report={report!r}: expected 'daily' or 'hourly'")
    if type(frame).__module__.startswith("xarray") and hasattr(frame, "data_vars"):
        return _aqi_dataset(
            frame, version=version, report=report, columns=columns, units=units, date=date,
            concentration_rounding=concentration_rounding,
        )  # fmt: skip
    found = _frame_columns(frame, columns, report == "hourly")
    units = dict(units or {})
    n = len(frame)
    hourly = report == "hourly"
    versions = _version_masks(frame, version, date)

    # concentrations in the table units (the same for both versions)
    conc: dict[str, np.ndarray] = {}
    for item, col in found.items():
        pollutant = AQI_ITEMS[item][0] if item in AQI_ITEMS else "SO2"
        dst = vc.AIR_UNITS[pollutant]
        series = frame[col]
        if item not in units and series.dtype.kind in "fiu":  # plain numbers: no copy
            conc[item] = series.to_numpy(dtype=float)
            continue
        mags = magnitudes(series, dst, unit=units.get(item), what=f"{item} ({col!r})")
        conc[item] = mags.to_numpy(dtype=float) if isinstance(mags, pd.Series) else mags

    rounding_conc = concentration_rounding
    out: dict[str, Any] = {}
    iaqis: dict[str, np.ndarray] = {}
    beyond_codes = np.zeros(n, dtype=np.int16)
    items = [i for i in AQI_ITEMS if i in conc]
    for j, item in enumerate(AQI_ITEMS):
        if item not in conc:
            continue
        column = AQI_ITEMS[item][2 if hourly else 1]
        vals, beyond = _by_version(conc[item], column, versions, rounding_conc)
        if item == "so2" and hourly and "so2_24h" in conc:
            # SO2 1-h above 800 µg/m³: reported with its 24-h sub-index (HJ 633)
            over = conc["so2"] > _RULE_800
            if over.any():
                masked = [(v, over if m is None else over & m) for v, m in versions]
                sub, _ = _by_version(conc["so2_24h"], "so2_24h", masked, rounding_conc)
                vals = np.where(over, sub, vals)
        iaqis[item] = vals
        np.bitwise_or(beyond_codes, np.int16(1 << j), out=beyond_codes, where=beyond)
        out[f"iaqi_{item}"] = vals

    # AQI = max IAQI over the items present
    stacked_max = np.full(n, np.nan)
    for vals in iaqis.values():
        stacked_max = np.fmax(stacked_max, vals)
    value = stacked_max
    has = ~np.isnan(value)

    # completeness: every required pollutant has a sub-index
    complete = np.ones(n, dtype=bool)
    for item in _REQUIRED:
        complete &= ~np.isnan(iaqis[item]) if item in iaqis else False
    o3_main = "o3_1h" if hourly else "o3_8h"
    o3_ok = ~np.isnan(iaqis[o3_main]) if o3_main in iaqis else np.zeros(n, dtype=bool)
    if not hourly and "o3_8h" in conc and "o3_1h" in iaqis:
        # O3 8-h above 800: O3 is reported with its 1-h sub-index (HJ 633)
        o3_ok |= (conc["o3_8h"] > _RULE_800) & ~np.isnan(iaqis["o3_1h"])
    complete &= o3_ok

    primary_codes = np.zeros(n, dtype=np.int16)
    exceed_codes = np.zeros(n, dtype=np.int16)
    with np.errstate(invalid="ignore"):
        for j, item in enumerate(AQI_ITEMS):
            if item in iaqis:
                vals = iaqis[item]
                bit = np.int16(1 << j)
                np.bitwise_or(primary_codes, bit, out=primary_codes, where=vals == value)
                np.bitwise_or(exceed_codes, bit, out=exceed_codes, where=vals > 100)
        primary_codes[value <= 50] = 0
        known = has & (complete | (value > 100))
        # level 0 … 5: AQI ≤ 50, 51–100, 101–150, 151–200, 201–300, > 300 (integers)
        level_code = (value > 50).astype(np.int8)
        for edge in (100, 150, 200, 300):
            level_code += value > edge
    level_code[~known] = -1
    cats = _categories(versions[-1][0])
    for name in ("level", "category", "colour"):
        out[name] = pd.Categorical.from_codes(
            level_code, categories=list(cats[name]), validate=False
        )
    out["aqi"] = value
    out["primary"] = _joined(primary_codes, ~has)
    out["exceeding"] = _joined(exceed_codes, ~has)
    out["beyond_table"] = _joined(beyond_codes, ~has)
    out["complete"] = complete
    if len(versions) == 1:
        out["version"] = pd.Categorical.from_codes(
            np.zeros(n, dtype=np.int8), categories=[versions[0][0]], validate=False
        )
    else:
        late = versions[1][1]
        assert late is not None
        out["version"] = pd.Categorical.from_codes(
            late.astype(np.int8), categories=[v for v, _ in versions], validate=False
        )
    order = [f"iaqi_{i}" for i in items] + [
        "aqi", "level", "category", "colour", "primary", "exceeding", "beyond_table",
        "complete", "version",
    ]  # fmt: skip
    return pd.DataFrame({k: out[k] for k in order}, index=frame.index, copy=False)
