"""Target gaps: how far an observation is from a target, and whether the target is met.

Definitions
-----------
All values are first converted to the indicator's canonical unit (once per unique unit
pair, then numpy), so results do not depend on the unit the inputs were written in.
With :math:`x` the observed value, :math:`t` the target (:math:`[t_l, t_h]` for a band)
and :math:`\\tau` the tolerance:

* **gap** :math:`g = x - t` (for a band, the signed distance to the band:
  :math:`x - \\operatorname{clip}(x, t_l, t_h)`, zero inside).  For shares (``%``, ``‰``) a
  difference of two shares is reported in **percentage points** (``gap_unit =
  "percentage_point"``, see :func:`envindicators.units.share_difference`); otherwise in
  the indicator's unit.
* **relative gap** :math:`g / |t|` (a fraction; NaN when :math:`t = 0`, and NaN for
  change targets: a percentage of a percentage change means nothing).
* **met**, by comparator:

  ==========  ==========================================================================
  ``ge``      :math:`x \\ge t`          ``gt``  :math:`x > t`
  ``le``      :math:`x \\le t`          ``lt``  :math:`x < t`
  ``band``    :math:`t_l \\le x \\le t_h`
  ``approx``  within the tolerance — or beyond the target on the better side: for a
  ``eq``      higher-is-better indicator :math:`x \\ge t - \\tau`, lower-is-better
              :math:`x \\le t + \\tau`, otherwise (band/neutral) :math:`|x - t| \\le \\tau`
  ==========  ==========================================================================

  Default tolerances (when the ``tolerance`` column is empty): ``approx`` (左右, 约)
  :data:`DEFAULT_APPROX_RTOL` = 5 % of :math:`|t|` — 417万吨标准煤左右 is met up to
  437.85万吨; ``eq`` :data:`EQ_RTOL` = 1e-9 of :math:`|t|` (float noise only).
  The ``tolerance`` column (in ``unit_written``) overrides them.
* **shortfall** — the distance still to go before the target is met, :math:`\\ge 0`, zero
  when met (in ``gap_unit``): :math:`\\max(t - x, 0)` for ``ge``/``gt``,
  :math:`\\max(x - t, 0)` for ``le``/``lt``, the distance to the band or the tolerance
  edge otherwise.

Relative targets
----------------
A target of kind ``change_relative`` (单位GDP能耗比2015年下降13%: ``number = -13 %``,
``le``, ``baseline_year = 2015``) is compared on the **change** (``basis = "change"``):
the observed change :math:`c_x` against the target change :math:`c_t`, gap in
percentage points.  :math:`c_x` is the observation itself when it is a relative change
against the same base year (``baseline_period`` empty or starting with the base year),
or :math:`100\\,(x - B)/B` for a level observation when the base value :math:`B` is known.
When :math:`B` is known the implied level target :math:`B\\,(1 + c_t/100)` is reported too
(``implied_target``, ``level_gap``).  ``change_absolute`` targets work alike with
:math:`B + c_t` (百分点 added to a share).

**Non-positive bases.**  A relative change is defined for a positive base only: from −10
to −20 is "+100 %" by the formula and a worsening by any reading, so a relative target or
observation on a base value :math:`B \\le 0` is refused — :class:`~envindicators.model.Target`
raises, and here the pair is not comparable (``basis`` NA) rather than a wrong number.
State such targets as absolute changes (``change_absolute``) or levels.

Edge cases: observation NaN → gap NaN, ``met`` NA; incomparable pair (a level target
against a change observation without a base value, a change with another base year) →
``basis`` NA and all results NaN/NA; target already met at the baseline → nothing special
(the comparison is on the current value).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import pandas as pd
import pint

from envindicators.errors import ModelValidationError
from envindicators.model import (
    Indicator,
    Observation,
    ObservationRole,
    Target,
    canonical_values,
    coerce_frame,
    indicator_map,
)
from envindicators.model.indicator import IndicatorLike
from envindicators.model.vocab import Comparator
from envindicators.units import ureg

__all__ = [
    "DEFAULT_APPROX_RTOL",
    "EQ_RTOL",
    "GAP_COLUMNS",
    "PAIRING_RULES",
    "GapResult",
    "compare",
    "gap",
    "pair_observations",
]

#: Default half-width of ``approx`` targets (左右, 约), relative to :math:`|t|`.
DEFAULT_APPROX_RTOL = 0.05
#: Default half-width of ``eq`` targets, relative to :math:`|t|` (floating-point noise).
EQ_RTOL = 1e-9

#: Columns of the frame returned by :func:`gap` (after ``target_id`` and ``obs_id``).
GAP_COLUMNS: tuple[str, ...] = (
    "indicator",
    "basis",
    "unit",
    "target",
    "target_high",
    "observed",
    "gap",
    "relative_gap",
    "shortfall",
    "gap_unit",
    "met",
    "observed_level",
    "implied_target",
    "level_gap",
    "observed_change",
)

_GE = [Comparator.GE, Comparator.GT]
_LE = [Comparator.LE, Comparator.LT]


def compare(
    observed: Any,
    target: Any,
    comparator: Any,
    direction: Any = "neutral",
    target_high: Any = None,
    tolerance: Any = None,
    *,
    approx_rtol: float = DEFAULT_APPROX_RTOL,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectorised comparator semantics: ``(met, gap, shortfall)`` in the values' unit.

    All arguments broadcast (scalars or arrays; ``comparator``/``direction`` as codes).
    ``met`` is an object-free float array: 1.0 met, 0.0 not met, NaN undefined (a NaN
    input).  See the module docstring for the definitions.

    Parameters
    ----------
    observed : array_like
        Observed values (scalar or array).
    target : array_like
        Target values, the lower end for a band.
    comparator : str or array_like of str
        Comparator codes (``ge``, ``gt``, ``le``, ``lt``, ``eq``, ``approx``, ``band``),
        one or one per value.
    direction : str or array_like of str, default 'neutral'
        Better direction codes (``higher``, ``lower``, ``neutral``), used by
        ``eq``/``approx`` targets.
    target_high : array_like, optional
        Upper end of ``band`` targets.
    tolerance : array_like, optional
        Half-width of ``eq``/``approx`` targets in the values' unit (default: relative
        to the target).
    approx_rtol : float, optional
        Default half-width of ``approx`` targets relative to the target value.

    Returns
    -------
    tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]
        ``met`` (1.0 met, 0.0 not met, NaN undefined), ``gap`` (observed minus target,
        or minus the nearest end of a band) and ``shortfall`` (distance still to cover,
        0 when met), broadcast to one shape.

    Raises
    ------
    ModelValidationError
        An unknown comparator, a negative ``tolerance`` or a band whose ``target_high``
        is below ``target``.

    Examples
    --------
    >>> met, g, short = compare([44.0, 41.0], 42.0, "le", "lower")
    >>> met.tolist(), g.tolist(), short.tolist()
    ([0.0, 1.0], [2.0, -1.0], [2.0, 0.0])
    """
    x = np.asarray(observed, dtype=float)
    t = np.asarray(target, dtype=float)
    x, t = np.broadcast_arrays(x, t)
    shape = x.shape
    comp = np.broadcast_to(np.asarray(comparator, dtype=object), shape)
    dirn = np.broadcast_to(np.asarray(direction, dtype=object), shape)
    hi = np.broadcast_to(
        np.asarray(np.nan if target_high is None else target_high, dtype=float), shape
    )
    tol_in = np.broadcast_to(
        np.asarray(np.nan if tolerance is None else tolerance, dtype=float), shape
    )
    unknown = ~np.isin(comp, list(Comparator))
    if unknown.any():
        bad = comp[unknown].flat[0]
        raise ModelValidationError("comparator", bad, "unknown comparator")
    negative = tol_in < 0
    if negative.any():
        raise ModelValidationError(
            "tolerance", float(tol_in[negative].flat[0]), "a tolerance is a half-width: ≥ 0"
        )
    is_band = comp == Comparator.BAND
    inverted = is_band & (hi < t)
    if inverted.any():
        i = np.flatnonzero(inverted.ravel())[0]
        raise ModelValidationError(
            "target_high",
            float(hi.ravel()[i]),
            f"a band's upper end is below its lower end {float(t.ravel()[i])}",
        )
    lo = t
    with np.errstate(invalid="ignore"):
        default_tol = np.where(comp == Comparator.APPROX, approx_rtol, EQ_RTOL) * np.abs(t)
        tol = np.where(np.isnan(tol_in), default_tol, tol_in)
        higher = dirn == "higher"
        lower = dirn == "lower"
        dev = np.abs(x - t)
        met = np.select(
            [
                comp == Comparator.GE,
                comp == Comparator.GT,
                comp == Comparator.LE,
                comp == Comparator.LT,
                is_band,
                higher,
                lower,
            ],
            [x >= t, x > t, x <= t, x < t, (x >= lo) & (x <= hi), x >= t - tol, x <= t + tol],
            default=dev <= tol,
        )
        gap_ = np.where(is_band, x - np.clip(x, lo, np.where(np.isnan(hi), lo, hi)), x - t)
        short = np.select(
            [
                np.isin(comp, _GE),
                np.isin(comp, _LE),
                is_band,
                higher,
                lower,
            ],
            [t - x, x - t, np.abs(gap_), t - tol - x, x - t - tol],
            default=dev - tol,
        )
    short = np.maximum(short, 0.0)
    short = np.where(met.astype(bool), 0.0, short)
    undefined = np.isnan(x) | np.isnan(t) | (is_band & np.isnan(hi))
    met_f = np.where(undefined, np.nan, met.astype(float))
    gap_ = np.where(undefined, np.nan, gap_)
    short = np.where(undefined, np.nan, short)
    return met_f, gap_, short


@dataclass(frozen=True, slots=True)
class GapResult:
    """Gap of one observation against one target (quantities in their units).

    The fields mirror the columns of :func:`gap`'s frame.

    Parameters
    ----------
    basis : str or None
        ``level`` or ``change`` (the target's basis), None when not comparable.
    target : pint.Quantity or None
        The target value.
    target_high : pint.Quantity or None
        The band's upper end, None for other comparators.
    observed : pint.Quantity or None
        The observation, in the target's unit.
    gap : pint.Quantity or None
        Observed minus target, in ``gap_unit`` (percentage points for shares and
        relative changes).
    relative_gap : float
        ``gap`` relative to the target (a fraction).
    shortfall : pint.Quantity or None
        Distance still to cover, 0 when met.
    met : bool or None
        Whether the target is met; None when undefined.
    observed_level : pint.Quantity or None
        The observed level, in the indicator's unit.
    implied_target : pint.Quantity or None
        The level the target implies (for change targets: base value times the change).
    level_gap : pint.Quantity or None
        Observed level minus implied target level.
    observed_change : pint.Quantity or None
        The observed % change from the target's base value.
    """

    basis: str | None
    target: pint.Quantity | None
    target_high: pint.Quantity | None
    observed: pint.Quantity | None
    gap: pint.Quantity | None
    relative_gap: float
    shortfall: pint.Quantity | None
    met: bool | None
    observed_level: pint.Quantity | None
    implied_target: pint.Quantity | None
    level_gap: pint.Quantity | None
    observed_change: pint.Quantity | None


@overload
def gap(
    target: Target,
    observation: Observation,
    *,
    indicators: IndicatorLike | None = ...,
    approx_rtol: float = ...,
) -> GapResult: ...
@overload
def gap(
    target: pd.DataFrame,
    observation: pd.DataFrame,
    *,
    indicators: IndicatorLike | None = ...,
    approx_rtol: float = ...,
) -> pd.DataFrame: ...
def gap(
    target: Target | pd.DataFrame,
    observation: Observation | pd.DataFrame,
    *,
    indicators: IndicatorLike | None = None,
    approx_rtol: float = DEFAULT_APPROX_RTOL,
) -> GapResult | pd.DataFrame:
    """Gap between targets and observations, and whether the targets are met.

    Parameters
    ----------
    target : Target or pandas.DataFrame
        A :class:`~envindicators.model.Target`, or a targets frame compared row by row
        with ``observation`` (by position; see :func:`pair_observations` to build such
        pairs).
    observation : Observation or pandas.DataFrame
        An :class:`~envindicators.model.Observation`, or an observations frame of the
        same length as ``target``.
    indicators : IndicatorLike, optional
        For frames: the indicator registry (frame, mapping or iterable of indicators).
    approx_rtol : float, optional
        Default half-width of ``approx`` targets relative to the target value.

    Returns
    -------
    GapResult or pandas.DataFrame
        For frames, indexed like ``target``: ``target_id``, ``obs_id`` (string) and
        :data:`GAP_COLUMNS` — ``indicator`` (str), ``basis`` (str: ``level``/``change``,
        NA when incomparable), ``unit`` (str), ``target``, ``target_high``, ``observed``,
        ``gap``, ``relative_gap``, ``shortfall`` (float64), ``gap_unit`` (str), ``met``
        (boolean, NA when undefined), ``observed_level``, ``implied_target``,
        ``level_gap`` (float64, levels in the indicator's unit; ``level_gap`` in
        percentage points for shares), ``observed_change`` (float64, % change from the
        target's base value).

    Raises
    ------
    ModelValidationError
        A target and its observation concern different indicators (field
        ``indicator``), or a frame fails validation.
    UnitMismatchError
        A unit is incompatible with its indicator.

    Examples
    --------
    >>> from envindicators.model import Indicator, Observation, Target
    >>> pm = Indicator("pm25_concentration", "PM2.5浓度", "PM2.5", "µg/m3", "lower")
    >>> r = gap(Target.level(pm, "le", (42, "µg/m3"), deadline=2020),
    ...         Observation.of(pm, (44, "微克/立方米"), 2017))
    >>> r.gap, round(r.relative_gap, 4), r.met
    (<Quantity(2.0, 'microgram / cubic_meter')>, 0.0476, False)
    """
    if isinstance(target, Target) and isinstance(observation, Observation):
        registry = _registry_of(target.indicator, observation.indicator)
        frame = gap(
            Target.to_frame([target]),
            Observation.to_frame([observation]),
            indicators=registry,
            approx_rtol=approx_rtol,
        )
        assert isinstance(frame, pd.DataFrame)
        return _result(frame.iloc[0], target.indicator)
    if isinstance(target, pd.DataFrame) and isinstance(observation, pd.DataFrame):
        if indicators is None:
            raise TypeError("gap() on frames needs indicators=… (the indicator registry)")
        return _gap_frame(target, observation, indicator_map(indicators), approx_rtol)
    raise TypeError(
        "gap() takes a Target and an Observation, or a targets frame and an observations "
        f"frame; got {type(target).__name__} and {type(observation).__name__}"
    )


def _registry_of(*inds: Indicator) -> dict[str, Indicator]:
    reg: dict[str, Indicator] = {}
    for ind in inds:
        if ind.code in reg and reg[ind.code] != ind:
            raise ModelValidationError("indicator", ind.code, "two different indicators share it")
        reg[ind.code] = ind
    return reg


def _baseline_matches(obs_base: pd.Series, target_year: pd.Series) -> np.ndarray:
    """Observation base period starts with the target's base year (or either is missing)."""
    ob = obs_base.astype("string").str.strip().str.slice(0, 4).reset_index(drop=True)
    ty = target_year.astype("Int64").astype("string").reset_index(drop=True)
    return (ob == ty).fillna(True).to_numpy(dtype=bool)  # NA (either missing) → match


def _gap_frame(
    targets: pd.DataFrame,
    observations: pd.DataFrame,
    registry: dict[str, Indicator],
    approx_rtol: float,
) -> pd.DataFrame:
    if len(targets) != len(observations):
        raise ValueError(
            f"targets and observations are paired by position and must have the same length "
            f"({len(targets)} ≠ {len(observations)}); see pair_observations()"
        )
    T = coerce_frame(targets, "targets")
    O = coerce_frame(observations, "observations")  # noqa: E741
    tv = canonical_values(T, "targets", registry)
    ov = canonical_values(O, "observations", registry)
    t_ind = T["indicator"].to_numpy(dtype=object)
    o_ind = O["indicator"].to_numpy(dtype=object)
    differ = t_ind != o_ind
    if differ.any():
        i = np.flatnonzero(differ)[0]
        raise ModelValidationError(
            "indicator", o_ind[i], f"observation is not about the target's {t_ind[i]!r}", T.index[i]
        )

    t_kind = tv["kind"].to_numpy(dtype=object)
    o_kind = ov["kind"].to_numpy(dtype=object)
    t_rel = t_kind == "change_relative"
    t_abs = t_kind == "change_absolute"
    t_change = t_rel | t_abs
    o_level = np.isin(o_kind, ["level", "ratio"])
    o_rel = o_kind == "change_relative"
    o_abs = o_kind == "change_absolute"
    same_base = _baseline_matches(O["baseline_period"], T["baseline_year"])

    share = tv["is_share"].to_numpy(dtype=bool)
    points = np.where(share, tv["points"].to_numpy(dtype=float, na_value=np.nan), np.nan)
    # points factor for the indicator's *level* unit (tv["points"] is for the target unit)
    level_points = tv["level_points"].to_numpy(dtype=float, na_value=np.nan)
    B = tv["baseline"].to_numpy(dtype=float, na_value=np.nan)
    t_val = tv["value"].to_numpy(dtype=float, na_value=np.nan)
    t_hi = tv["value_high"].to_numpy(dtype=float, na_value=np.nan)
    tol = tv["tolerance"].to_numpy(dtype=float, na_value=np.nan)
    o_val = ov["value"].to_numpy(dtype=float, na_value=np.nan)

    positive_base = B > 0  # a relative change needs a positive base (NaN: unknown)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        lp = np.where(np.isnan(level_points), 1.0, level_points)
        # observed level
        x_level = np.select(
            [o_level, o_rel & same_base & ~(B <= 0), o_abs & same_base],
            [o_val, B * (1.0 + o_val / 100.0), B + o_val / lp],
            default=np.nan,
        )
        # observed relative change against the target's base value (%)
        obs_change = np.where(
            o_rel & same_base & ~(B <= 0),
            o_val,
            np.where(positive_base, 100.0 * (x_level - B) / B, np.nan),
        )
        # observed change in the unit of a change target
        x_change = np.select(
            [t_rel, t_abs & o_abs & same_base, t_abs],
            [obs_change, o_val, (x_level - B) * lp],
            default=np.nan,
        )
        implied = np.select(
            [t_rel & positive_base, t_rel, t_abs],
            [B * (1.0 + t_val / 100.0), np.nan, B + t_val / lp],
            default=t_val,
        )
    x = np.where(t_change, x_change, x_level)
    comparable = ~np.isnan(x) | np.isnan(o_val)  # NaN observation: comparable, result NA
    comparable &= ~(t_change & np.isnan(x_change) & ~np.isnan(o_val))
    comparable &= ~(~t_change & np.isnan(x_level) & ~np.isnan(o_val))

    comp = T["comparator"].to_numpy(dtype=object)
    dirn = tv["direction"].to_numpy(dtype=object)
    met, g, short = compare(x, t_val, comp, dirn, t_hi, tol, approx_rtol=approx_rtol)
    # unit of the gap: percentage points for shares and for relative changes
    gap_factor = np.where(t_rel, 1.0, np.where(share & ~t_abs, points, 1.0))
    gap_factor = np.where(np.isnan(gap_factor), 1.0, gap_factor)
    t_unit = tv["unit"].astype(object).to_numpy()
    gap_unit = np.where(t_rel | (share & ~t_abs), "percentage_point", t_unit)
    with np.errstate(divide="ignore", invalid="ignore"):
        edge = np.where(~np.isnan(t_hi) & (g > 0), t_hi, t_val)  # nearest band edge
        rel = np.where((edge != 0) & ~t_change, g / np.abs(edge), np.nan)
        level_gap = (x_level - implied) * np.where(np.isnan(level_points), 1.0, level_points)

    nan = np.nan
    basis = np.where(t_change, "change", "level").astype(object)
    basis[~comparable] = None
    for arr in (met, g, short, rel):
        arr[~comparable] = nan

    out = pd.DataFrame(index=T.index)
    out["target_id"] = T["target_id"]
    out["obs_id"] = pd.Series(O["obs_id"].to_numpy(), index=T.index, dtype=O["obs_id"].dtype)
    text = T["indicator"].dtype
    out["indicator"] = T["indicator"]
    out["basis"] = pd.Series(basis, index=T.index, dtype=object).astype(text)
    out["unit"] = pd.Series(t_unit, index=T.index).astype(text)
    out["target"] = t_val
    out["target_high"] = t_hi
    out["observed"] = np.where(comparable, x, nan)
    out["gap"] = g * gap_factor
    out["relative_gap"] = rel
    out["shortfall"] = short * gap_factor
    out["gap_unit"] = pd.Series(gap_unit, index=T.index, dtype=object).astype(text)
    out["met"] = pd.arrays.BooleanArray(met == 1.0, np.isnan(met))
    out["observed_level"] = x_level
    out["implied_target"] = implied
    out["level_gap"] = level_gap
    out["observed_change"] = obs_change
    return out


def _q(value: Any, unit: Any) -> pint.Quantity | None:
    """``value`` in ``unit`` as a quantity; ``None`` when either is missing."""
    if value is None or pd.isna(value) or pd.isna(unit):
        return None
    return ureg.Quantity(float(value), ureg.parse_units(unit))


def _result(row: pd.Series, indicator: Indicator) -> GapResult:
    basis = None if pd.isna(row["basis"]) else str(row["basis"])
    level_gap_unit = "percentage_point" if indicator.is_share else indicator.unit
    return GapResult(
        basis=basis,
        target=_q(row["target"], row["unit"]),
        target_high=_q(row["target_high"], row["unit"]),
        observed=_q(row["observed"], row["unit"]),
        gap=_q(row["gap"], row["gap_unit"]),
        relative_gap=float(row["relative_gap"]),
        shortfall=_q(row["shortfall"], row["gap_unit"]),
        met=None if pd.isna(row["met"]) else bool(row["met"]),
        observed_level=_q(row["observed_level"], indicator.unit),
        implied_target=_q(row["implied_target"], indicator.unit),
        level_gap=_q(row["level_gap"], level_gap_unit),
        observed_change=_q(row["observed_change"], "%"),
    )


#: Pairing rules of :func:`pair_observations` (``how``).
PAIRING_RULES: tuple[str, ...] = ("latest", "by_deadline", "at_deadline")


def _is_evidence(m: pd.DataFrame) -> np.ndarray:
    """Whether the observation of each candidate pair (``_o``) lists the pair's
    ``target_id`` in its ``evidence_for`` (``;``-separated target ids)."""
    links = (
        m[["_o", "evidence_for"]]
        .drop_duplicates("_o")
        .assign(target_id=lambda d: d["evidence_for"].astype("string").str.split(";"))
        .explode("target_id")
    )
    links["target_id"] = links["target_id"].astype("string").str.strip()
    links = links[links["target_id"].notna() & (links["target_id"] != "")]
    key = pd.MultiIndex.from_frame(links[["_o", "target_id"]].astype({"_o": np.int64}))
    pairs = pd.MultiIndex.from_arrays(
        [m["_o"].to_numpy(dtype=np.int64), m["target_id"].astype("string").to_numpy()]
    )
    return np.asarray(pairs.isin(key), dtype=bool)


def pair_observations(
    targets: pd.DataFrame,
    observations: pd.DataFrame,
    *,
    how: str = "latest",
    prefer_evidence: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pair each target with one observation of the same indicator and region.

    Parameters
    ----------
    targets, observations : pandas.DataFrame
        Targets and observations frames (the bundled tables' columns).
    how : str, default 'latest'
        ``"latest"`` — the observation with the latest ``period_end``;
        ``"by_deadline"`` — the latest observation with ``period_end`` on or before the
        target's deadline (targets without a deadline take the latest);
        ``"at_deadline"`` — the first observation with ``period_end`` on or after the
        deadline (the outcome at the deadline, or the first after it), else the latest
        before it (targets without a deadline take the latest).
        Level targets pair with ``level``/``ratio`` observations; change targets with
        change observations of the same kind and base year, or with level observations
        when the target's base value is known.  Ties on ``period_end`` go to the later row.
        Observations with a ``role`` other than ``outcome`` (a projection, a gap to a
        target: :class:`~envindicators.model.ObservationRole`) are never paired; a frame
        without a ``role`` column is all outcomes.

        **Periods.**  A target with its own period (``start`` and ``deadline``: an annual
        quota, 2020年完成2.5万户改造) is never paired with an observation that covers
        another period: when the observation has a ``period_start`` (an amount over
        ``period_start`` … ``period_end``, a flow), its period must overlap the target's.
        Wuwei's 2020 clean-heating quota is not judged on the households of 2019.

        **Evidence first.**  An observation whose ``evidence_for`` (a ``;``-separated list
        of target ids, judged by hand to have the target's definition) names the
        target is preferred to any observation paired by indicator and region alone; the
        date rule (``how``) then chooses among the preferred ones.  A frame without an
        ``evidence_for`` column, or a target without a ``target_id``, pairs by indicator
        and region only.  The preference comes before the date rule: an older
        observation linked as evidence wins over a later one that is not.  A link also
        overrides the period rule above: the figure of 2022 that a curator linked to a
        target of 2020 (a share of sections at or after the deadline) is paired.
    prefer_evidence : bool, default True
        Apply the evidence-first rule (``False``: the date rule alone).

    Returns
    -------
    (targets, observations)
        Two frames of equal length, both indexed by the targets' index, ready for
        :func:`gap`.  Targets without a matching observation are left out.
    """
    if how not in PAIRING_RULES:
        raise ValueError(f"how must be one of {', '.join(map(repr, PAIRING_RULES))}, got {how!r}")
    T = coerce_frame(targets, "targets")
    O = coerce_frame(observations, "observations")  # noqa: E741
    left = pd.DataFrame(
        {
            "_t": np.arange(len(T)),
            "indicator": T["indicator"].astype(object).to_numpy(),
            "region": T["region"].astype(object).fillna("").to_numpy(),
            "t_kind": T["kind"].astype(object).fillna("level").to_numpy(),
            "t_base": T["baseline_year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan),
            "t_has_b": T["baseline_value"].notna().to_numpy(),
            "t_start": T["start"].to_numpy(),
            "deadline": T["deadline"].to_numpy(),
            "target_id": (
                T["target_id"].astype(object).to_numpy()
                if "target_id" in T.columns
                else np.full(len(T), None, dtype=object)
            ),
        }
    )
    right = pd.DataFrame(
        {
            "_o": np.arange(len(O)),
            "indicator": O["indicator"].astype(object).to_numpy(),
            "region": O["region"].astype(object).fillna("").to_numpy(),
            "o_kind": O["kind"].astype(object).fillna("level").to_numpy(),
            "o_base": O["baseline_period"].astype(object).to_numpy(),
            "period_start": O["period_start"].to_numpy(),
            "period_end": O["period_end"].to_numpy(),
            "evidence_for": (
                O["evidence_for"].astype(object).to_numpy()
                if "evidence_for" in O.columns
                else np.full(len(O), None, dtype=object)
            ),
        }
    )
    if "role" in O.columns:
        role = O["role"].astype(object)
        outcome = (role.isna() | (role == ObservationRole.OUTCOME.value)).to_numpy(dtype=bool)
        right = right[outcome]
    m = left.merge(right, on=["indicator", "region"], how="inner")
    o_level = m["o_kind"].isin(["level", "ratio"])
    t_level = m["t_kind"].isin(["level", "ratio"])
    base_ok = (
        m["o_base"].isna()
        | (
            m["o_base"].astype(str).str.slice(0, 4)
            == m["t_base"].map(lambda v: "" if np.isnan(v) else str(int(v)))
        )
        | m["t_base"].isna()
    )
    ok = (
        (t_level & o_level)
        | (~t_level & (m["o_kind"] == m["t_kind"]) & base_ok)
        | (~t_level & o_level & m["t_has_b"])
    )
    # a quota for a period is never paired with a flow over another period
    ev = _is_evidence(m) if prefer_evidence else np.zeros(len(m), dtype=bool)
    flow = m["t_start"].notna() & m["period_start"].notna()
    apart = (m["period_start"] > m["deadline"]) | (m["period_end"] < m["t_start"])
    ok &= ~(flow & apart.fillna(False) & ~ev)
    if how == "by_deadline":
        ok &= m["deadline"].isna() | (m["period_end"] <= m["deadline"])
    m = m.assign(_ev=ev)[ok]
    # evidence for the target first; then the date rule; among equal periods the later row
    if how == "at_deadline":
        after = (m["period_end"] >= m["deadline"]).fillna(False).to_numpy(dtype=bool)
        days = m["period_end"].to_numpy(dtype="datetime64[D]").astype(np.int64)
        m["_after"] = after
        m["_rank"] = np.where(after, -days, days)  # first after, else latest before
    else:
        m["_after"] = False
        m["_rank"] = m["period_end"].to_numpy(dtype="datetime64[D]").astype(np.int64)
    m = m.sort_values(["_t", "_ev", "_after", "_rank", "_o"], kind="stable")
    best = m.groupby("_t", sort=True).tail(1)
    t_rows = best["_t"].to_numpy()
    o_rows = best["_o"].to_numpy()
    index = T.index[t_rows]
    t_out = targets.iloc[t_rows].copy()
    o_out = observations.iloc[o_rows].copy()
    t_out.index = index
    o_out.index = index
    return t_out, o_out
