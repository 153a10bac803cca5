"""Annual evaluation of ambient air quality after HJ 663, and the city-ranking composite index.

From daily data (one row per station or city and day) :func:`annual_evaluation` computes,
per calendar year, what reports quote:

* the HJ 663 statistics: annual means of SO2, NO2, PM10, PM2.5 and the 98th (SO2, NO2)
  or 95th (PM10, PM2.5) percentile of their daily means; CO: the 95th percentile of daily
  means; O3: the 90th percentile of the daily maximum 8-h mean (HJ 663-2013 §5, table in
  ``hj663_statistics.csv``).  Percentiles as HJ 663 appendix A: sort ascending,
  :math:`k = 1 + (n-1)p/100`, :math:`X_p = X_{(s)} + (X_{(s+1)} - X_{(s)})(k - s)` with
  :math:`s = \\lfloor k \\rfloor` — numpy's ``linear`` method (:func:`percentile`);
* data validity (GB 3095-2012 表4, applied by HJ 663 to the annual statistics): at least
  324 daily values a year and 27 each month (25 in February); an invalid statistic is
  reported with ``valid=False`` and no compliance verdict;
* compliance with a GB 3095 edition and grade: a pollutant complies when all its
  statistics meet the limits (annual means the annual limit, percentiles the 24-h or
  8-h limit); statistics are rounded as published (integers in µg/m³, CO to 0.1 mg/m³,
  half to even — GB/T 8170, to which HJ 663 refers) before the comparison;
* 优良天数比例 (达标天数比例): days with AQI ≤ 100 over valid days (HJ 663; AQI after
  HJ 633 with the version in force on each day unless told otherwise);
* the ambient-air composite index (环境空气质量综合指数) of the city-ranking rules
  (城市环境空气质量排名技术规定, 环办监测〔2018〕19号): :math:`I = \\sum_i C_i/S_i` over the six
  pollutants, with the period means (SO2, NO2, PM10, PM2.5), the CO 95th and O3 90th
  percentiles, and the GB 3095-2012 grade-II limits (annual, CO 24-h, O3 8-h)
  (:func:`composite_index`).

HJ 663—2026 replaced HJ 663-2013 on 2026-03-01 (exceptional events, a three-year moving
evaluation, detailed rounding); the library applies HJ 663-2013's statistics, which the
2026 edition keeps for single-year evaluation as far as checked, and says so in the
result (``method``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from envindicators.errors import StandardLookupError
from envindicators.model import Averaging
from envindicators.standards import _names as vc
from envindicators.standards._catalogue import Standard, get, method, standard_for
from envindicators.standards._magnitudes import magnitudes
from envindicators.standards.aqi import AQI_ITEMS, _frame_columns, aqi
from envindicators.standards.limits import limit

__all__ = ["AnnualEvaluation", "annual_evaluation", "composite_index", "percentile"]

_POLLUTANT_ITEM = {"SO2": "so2", "NO2": "no2", "PM10": "pm10", "PM2.5": "pm25", "CO": "co",
                   "O3": "o3_8h"}  # fmt: skip


def percentile(values: Any, p: float, *, axis: int = -1) -> Any:
    """The p-th percentile after HJ 663-2013 appendix A, ignoring NaN.

    :math:`k = 1 + (n-1)p/100`, :math:`X_p = X_{(s)} + (X_{(s+1)} - X_{(s)})(k-s)`,
    :math:`s = \\lfloor k \\rfloor` over the ascending series — numpy's ``linear`` method.

    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)
    np.float64(9.1)
    """
    return np.nanpercentile(np.asarray(values, dtype=float), p, axis=axis, method="linear")


def _statistics_table() -> pd.DataFrame:
    return get("HJ 663-2013").table("statistics")


def _stat_label(row: pd.Series) -> str:
    return "mean" if row["statistic"] == "mean" else f"p{int(row['percentile'])}"


@dataclass(frozen=True)
class AnnualEvaluation:
    """Result of :func:`annual_evaluation`.

    Attributes
    ----------
    statistics:
        Long frame, one row per group, year, pollutant and statistic: ``pollutant``,
        ``statistic`` (``mean``, ``p98``, ``p95``, ``p90``), ``value`` (rounded when
        asked), ``value_unrounded``, ``unit``, ``days`` (valid daily values), ``valid``
        (data-validity rules met), ``limit``, ``limit_averaging``, ``compliant``
        (nullable boolean; missing when not valid), ``provisional`` (the limit is not
        verified), ``index`` (the composite sub-index C/S for the statistics that enter
        it, else NaN).
    summary:
        Wide frame, one row per group and year: one column per statistic
        (``pm25_mean``, ``o3_p90`` …), ``<pollutant>_compliant`` per pollutant,
        ``compliant`` (all six comply; missing when some are unknown and none fails),
        ``valid_days``, ``good_days``, ``good_days_share`` (%), ``composite_index``,
        ``composite_primary`` (the pollutant with the largest sub-index), ``standard``
        (the GB 3095 edition and phase judged against), ``aqi_version``,
        ``composite_limits`` and ``method``.
    """

    statistics: pd.DataFrame
    summary: pd.DataFrame


def _dates(frame: pd.DataFrame, date: str) -> pd.Series:
    if date in frame.columns:
        d = frame[date]
    elif date in (frame.index.names or []):
        d = pd.Series(frame.index.get_level_values(date), index=frame.index)
    else:
        raise KeyError(f"date={date!r} is neither a column nor an index level of the frame")
    return pd.to_datetime(d)


def _limits_for_year(
    year: int, standard: str | Standard | None, phase: str | None
) -> tuple[Standard, str | None]:
    end = dt.date(year, 12, 31)
    std = standard_for("ambient_air", end) if standard is None else get(standard)
    if phase is None:
        if std.in_force(end):
            phase = std.phase_on(end).name
        elif len(std.phases) > 1 and std.table("limits")["phase"].notna().any():
            raise StandardLookupError(
                f"{std.id} was not in force at the end of {year}: give phase= "
                f"({', '.join(p.name for p in std.phases)})"
            )
    return std, phase


def annual_evaluation(
    daily: pd.DataFrame,
    *,
    date: str = "date",
    by: str | Sequence[str] | None = None,
    standard: str | Standard | None = None,
    phase: str | None = None,
    grade: str | int = "二级",
    aqi_version: str | None = "by_date",
    rounding: bool = True,
    composite_limits: str = "GB 3095-2012",
    composite_phase: str | None = None,
    columns: dict[str, str] | None = None,
    units: dict[str, str] | None = None,
) -> AnnualEvaluation:
    """HJ 663 annual evaluation, 优良天数比例 and composite index from daily data.

    Parameters
    ----------
    daily:
        One row per group (station, city) and day: a date column (or index level), the
        daily values ``so2``, ``no2``, ``pm10``, ``pm25``, ``co`` (24-h means), ``o3_8h``
        (daily maximum 8-h mean) and optionally ``o3_1h`` (daily maximum 1-h value, used
        for the AQI); spellings as in :func:`~envindicators.standards.aqi`.  Missing days
        may be absent or NaN.
    date:
        Column or index level with the dates.
    by:
        Grouping column(s) (``"station"``); ``None``: the whole frame is one series.
    standard, phase:
        The GB 3095 edition (and phase) judged against; ``None``: the one in force on
        31 December of each year.  ``standard="GB 3095-2026", phase="transition"``
        judges any year by the 2026 transition limits.
    grade:
        ``"二级"`` (default, class-2 areas) or ``"一级"``.
    aqi_version:
        HJ 633 version for the good-days share: ``"by_date"`` (each day by the version
        in force then), ``"HJ 633-2012"`` or ``"HJ 633-2026"``.
    rounding:
        Round statistics as published before comparing (see the module docstring).
    composite_limits, composite_phase:
        GB 3095 edition (and phase) whose grade-II limits are the S_i of the composite
        index; the official definition uses GB 3095-2012.
    columns, units:
        As for :func:`~envindicators.standards.aqi`.

    Returns
    -------
    AnnualEvaluation
        ``statistics`` (long) and ``summary`` (wide) frames.

    Raises
    ------
    KeyError
        No such date or grouping column.
    StandardLookupError
        No GB 3095 edition for a year, an edition out of force without ``phase``.
    """
    keys = [by] if isinstance(by, str) else list(by or [])
    g = vc.air_grade(grade)
    found = _frame_columns(daily, columns, hourly=False)
    dates = _dates(daily, date)
    work = pd.DataFrame(index=daily.index)
    for k in keys:
        if k not in daily.columns:
            raise KeyError(f"by={k!r} is not a column of the frame")
        work[k] = daily[k]
    work["_date"] = dates
    work["year"] = dates.dt.year.astype("int64")
    work["month"] = dates.dt.month.astype("int64")
    units = dict(units or {})
    for item, col in found.items():
        pollutant = AQI_ITEMS[item][0]
        work[item] = magnitudes(
            daily[col], vc.AIR_UNITS[pollutant], unit=units.get(item), what=f"{item} ({col!r})"
        )
    gkeys = [*keys, "year"]
    stats_table = _statistics_table()
    validity = get("HJ 663-2013").tables["statistics"].validity
    grouped = work.groupby(gkeys, sort=True, dropna=False)
    frames: list[pd.DataFrame] = []
    for pollutant in ("SO2", "NO2", "PM10", "PM2.5", "CO", "O3"):
        item = _POLLUTANT_ITEM[pollutant]
        rows = stats_table[stats_table["pollutant"] == pollutant]
        if item not in work.columns:
            continue
        days = grouped[item].count()
        monthly = work.groupby([*gkeys, "month"], sort=True, dropna=False)[item].count()
        per_month = monthly.unstack("month", fill_value=0).reindex(  # noqa: PD010
            columns=range(1, 13), fill_value=0
        )
        per_month = per_month.reindex(days.index, fill_value=0)
        need = np.full(12, validity["min_days_month"])
        need[1] = validity["min_days_february"]
        valid = (days.to_numpy() >= validity["min_days_year"]) & (per_month.to_numpy() >= need).all(
            axis=1
        )
        for _, r in rows.iterrows():
            label = _stat_label(r)
            if r["statistic"] == "mean":
                raw = grouped[item].mean()
            else:
                raw = grouped[item].quantile(float(r["percentile"]) / 100.0, interpolation="linear")
            raw = raw.reindex(days.index)
            decimals = int(r["decimals"])
            value = np.round(raw.to_numpy(dtype=float), decimals) if rounding else raw.to_numpy()
            part = days.index.to_frame(index=False)
            part["pollutant"] = pollutant
            part["statistic"] = label
            part["value"] = value
            part["value_unrounded"] = raw.to_numpy(dtype=float)
            part["unit"] = vc.AIR_UNITS[pollutant]
            part["days"] = days.to_numpy()
            part["valid"] = valid
            part["limit_averaging"] = str(r["limit_averaging"])
            frames.append(part)
    if not frames:
        raise ValueError("no pollutant column for the annual evaluation")
    stats = pd.concat(frames, ignore_index=True)

    # limits per year (few distinct years: one lookup each)
    years = sorted(stats["year"].unique())
    lim_value = np.full(len(stats), np.nan)
    provisional = np.zeros(len(stats), dtype=bool)
    std_label = {}
    for y in years:
        std, ph = _limits_for_year(int(y), standard, phase)
        std_label[y] = f"{std.id}" + (f" ({ph})" if ph else "") + f" {g}"
        for (pol, avg), idx in (
            stats[stats["year"] == y].groupby(["pollutant", "limit_averaging"]).groups.items()
        ):
            lim = limit(pol, avg, grade=g, standard=std, phase=ph)
            lim_value[idx] = lim.value
            provisional[idx] = lim.provisional
    stats["limit"] = lim_value
    ok = stats["value"].to_numpy() <= lim_value
    stats["compliant"] = pd.array(np.where(stats["valid"], ok, False), dtype="boolean")
    stats.loc[~stats["valid"].to_numpy(dtype=bool), "compliant"] = pd.NA
    stats["provisional"] = provisional

    # composite index
    meth = method()
    comp_std = get(composite_limits)
    comp_items = meth.table("items")
    index = np.full(len(stats), np.nan)
    for _, r in comp_items.iterrows():
        label = _stat_label(r)
        lim = limit(
            str(r["pollutant"]), Averaging(str(r["limit_averaging"])), grade=meth.grade,
            standard=comp_std, phase=composite_phase,
        )  # fmt: skip
        m = (stats["pollutant"] == r["pollutant"]) & (stats["statistic"] == label)
        index[m.to_numpy()] = stats.loc[m, "value"].to_numpy() / lim.value
    stats["index"] = index

    summary = _summary(stats, gkeys, std_label)
    aqi_part = _good_days(work, found, gkeys, aqi_version)
    summary = summary.merge(aqi_part, on=gkeys, how="left")
    comp_label = comp_std.id + (f" ({composite_phase})" if composite_phase else "")
    summary["composite_limits"] = f"{comp_label} {meth.grade}"
    note = "HJ 663-2013 statistics"
    if (summary["year"] >= 2026).any():
        note += " (HJ 663—2026, in force from 2026-03-01, is not shipped)"
    summary["method"] = note
    for c in ("standard", "aqi_version", "composite_limits", "method", "composite_primary"):
        if c in summary:
            summary[c] = summary[c].astype("string")
    stats["pollutant"] = stats["pollutant"].astype("string")
    stats["statistic"] = stats["statistic"].astype("string")
    stats["unit"] = stats["unit"].astype("string")
    stats["limit_averaging"] = stats["limit_averaging"].astype("string")
    return AnnualEvaluation(statistics=stats, summary=summary)


def _summary(stats: pd.DataFrame, gkeys: list[str], std_label: dict[Any, str]) -> pd.DataFrame:
    key = stats["pollutant"].str.lower().str.replace(".", "", regex=False)
    key = key.where(key != "o3", "o3")
    wide_name = key + "_" + stats["statistic"]
    values = stats.assign(name=wide_name).pivot_table(
        index=gkeys, columns="name", values="value", aggfunc="first", dropna=False
    )
    order = list(dict.fromkeys(wide_name))
    values = values.reindex(columns=order)
    comp = stats.groupby([*gkeys, "pollutant"], sort=False)["compliant"].agg(_all_or_na)
    comp = comp.unstack("pollutant").reindex(columns=list(_POLLUTANT_ITEM))  # noqa: PD010
    comp.columns = [f"{str(p).lower().replace('.', '')}_compliant" for p in comp.columns]
    out = values.join(comp).reset_index()
    out.columns.name = None
    pol_cols = [c for c in out.columns if c.endswith("_compliant")]
    out["compliant"] = out[pol_cols].apply(_all_or_na, axis=1).astype("boolean")
    for c in pol_cols:
        out[c] = out[c].astype("boolean")
    idx = stats.dropna(subset=["index"])
    total = idx.groupby(gkeys)["index"].agg(lambda s: s.sum() if s.notna().all() else np.nan)
    counted = idx.groupby(gkeys)["index"].count()
    total[counted < 6] = np.nan
    primary = idx.loc[idx.groupby(gkeys)["index"].idxmax(), [*gkeys, "pollutant"]]
    out = out.merge(total.rename("composite_index").reset_index(), on=gkeys, how="left")
    out = out.merge(
        primary.rename(columns={"pollutant": "composite_primary"}), on=gkeys, how="left"
    )
    out["standard"] = out["year"].map(std_label)
    return out


def _all_or_na(s: pd.Series) -> Any:
    """True if all True, False if any False, else NA."""
    vals = pd.array(s, dtype="boolean")
    if (vals == False).any():  # noqa: E712 - nullable boolean comparison
        return False
    if vals.isna().any():
        return pd.NA
    return True


def _good_days(
    work: pd.DataFrame, found: dict[str, str], gkeys: list[str], aqi_version: str | None
) -> pd.DataFrame:
    items = [i for i in found if i in AQI_ITEMS]
    frame = work[items]
    if aqi_version == "by_date" or aqi_version is None:
        res = aqi(frame.assign(_date=work["_date"]), version="by_date", date="_date")
        label = "by date"
    else:
        res = aqi(frame, version=aqi_version)
        label = str(res["version"].iloc[0]) if len(res) else str(aqi_version)
    known = res["category"].notna()
    good = known & (res["aqi"] <= 100)
    g = pd.DataFrame({k: work[k] for k in gkeys})
    g["valid_days"] = known.to_numpy()
    g["good_days"] = good.to_numpy()
    agg = g.groupby(gkeys, sort=True, dropna=False)[["valid_days", "good_days"]].sum().reset_index()
    agg["good_days_share"] = (
        100.0 * agg["good_days"] / agg["valid_days"].where(agg["valid_days"] > 0)
    )
    agg["aqi_version"] = label
    return agg


def composite_index(
    concentrations: dict[str, float] | pd.DataFrame,
    *,
    limits: str = "GB 3095-2012",
    phase: str | None = None,
) -> Any:
    """Ambient-air composite index (环境空气质量综合指数) of the city-ranking rules.

    :math:`I = \\sum_i C_i / S_i` over SO2, NO2, PM10, PM2.5 (period means, against the
    grade-II annual limits), CO (95th percentile of daily means, against the 24-h limit)
    and O3 (90th percentile of the daily maximum 8-h mean, against the 8-h limit) —
    城市环境空气质量排名技术规定 (环办监测〔2018〕19号), with the GB 3095-2012 limits; other
    editions (``limits="GB 3095-2026", phase="transition"``) are an option of the library,
    not an official definition.  Published indices are given to two decimals.

    Parameters
    ----------
    concentrations:
        ``{"so2": …, "no2": …, "pm10": …, "pm25": …, "co": …, "o3": …}`` (µg/m³, CO in
        mg/m³; ``o3`` the 90th percentile, ``co`` the 95th) or a frame with those
        columns.
    limits, phase:
        GB 3095 edition (and phase) of the S_i.

    Returns
    -------
    float or pandas.Series
        The index (NaN when a pollutant is missing).

    Examples
    --------
    >>> c = {"pm25": 21, "pm10": 39, "so2": 9, "no2": 15, "o3": 192, "co": 0.7}
    >>> round(composite_index(c), 2)
    3.06
    """
    meth = method()
    std = get(limits)
    names = {"SO2": "so2", "NO2": "no2", "PM10": "pm10", "PM2.5": "pm25", "CO": "co", "O3": "o3"}
    total: Any = 0.0
    for _, r in meth.table("items").iterrows():
        lim = limit(
            str(r["pollutant"]), Averaging(str(r["limit_averaging"])), grade=meth.grade,
            standard=std, phase=phase,
        )  # fmt: skip
        key = names[str(r["pollutant"])]
        if isinstance(concentrations, pd.DataFrame):
            col = next(
                (c for c in concentrations.columns if str(c).lower() in (key, key + "_8h")), None
            )
            if col is None:
                raise KeyError(f"no column {key!r} for the composite index")
            total = total + concentrations[col].astype(float) / lim.value
        else:
            total = total + float(concentrations.get(key, np.nan)) / lim.value
    return total
