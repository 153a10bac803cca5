"""Written figures to canonical values, shared by the Target and Observation models (private):
number and unit of a written figure, its value in the indicator's unit, vectorised over frames."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pandas as pd
import pint

from envindicators.errors import ModelValidationError
from envindicators.model import _conversions as un
from envindicators.model import _field_values as fl
from envindicators.model._rows import objects_from_rows
from envindicators.model.indicator import Indicator, IndicatorLike, indicator_map
from envindicators.model.schema import coerce_frame

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

#: Relative tolerance for the check of a given ``value`` column against the value computed
#: from ``number`` and ``unit_written``.
VALUE_RTOL = 1e-6


def number_and_unit(value: Any, unit: str | None, field: str) -> tuple[float, str]:
    """``(number, unit string)`` from a pint quantity, a ``(number, unit)`` pair or a number
    with ``unit``."""
    if isinstance(value, pint.Quantity):
        q = un.quantity(value)
        n = fl.real(q.magnitude, field, required=True)
        assert n is not None
        return n, un.unit_string(q)
    if isinstance(value, tuple) and len(value) == 2:
        n = fl.real(value[0], field, required=True)
        u = fl.text(value[1], "unit_written", required=True)
        assert n is not None
        assert u is not None
        return n, u
    n = fl.real(value, field, required=True)
    if unit is None:
        raise ModelValidationError(
            field, value, "a bare number needs a unit: pass a pint Quantity or (number, unit)"
        )
    assert n is not None
    return n, unit


def canonical(
    number: float | None,
    unit_written: str,
    indicator: Indicator,
    kind: str,
    context: str | None,
    field: str,
) -> float | None:
    """``number`` in ``unit_written`` → the indicator's canonical unit for ``kind``."""
    if number is None:
        return None
    un.check_convertible(unit_written, indicator.unit_for(kind), context, field=field)
    a, b = un._coefficients(unit_written, indicator.unit_for(kind), context or None)
    return a * number + b


def delta(
    number: float | None, unit_written: str, target_unit: str, ctx: str | None
) -> float | None:
    """A *difference* (tolerance, half-width) converted: scale only, no offset."""
    if number is None:
        return None
    a, _ = un._coefficients(unit_written, target_unit, ctx or None)
    return a * number


def resolve_indicator(value: Any, indicators: Mapping[str, Indicator] | None) -> Indicator:
    if isinstance(value, Indicator):
        return value
    code = fl.text(value, "indicator", required=True)
    if indicators is None:
        raise ModelValidationError(
            "indicator", value, "an indicator code needs an indicator registry (indicators=…)"
        )
    try:
        return indicators[code]  # type: ignore[index]
    except KeyError:
        raise ModelValidationError("indicator", value, "unknown indicator code") from None


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA


def canonical_values(
    df: pd.DataFrame, table: str, indicators: IndicatorLike, *, check: bool = True
) -> pd.DataFrame:
    """Canonical values of a targets or observations frame, vectorised.

    Units are checked and conversion coefficients computed once per unique
    ``(unit_written, canonical unit, context)``; the arithmetic is numpy.

    Parameters
    ----------
    df:
        A frame of the ``"targets"`` or ``"observations"`` table (coerced first).
    table:
        ``"targets"`` or ``"observations"``.
    indicators:
        Registry resolving the ``indicator`` codes.
    check:
        Verify a given ``value`` (``value_high``) / ``unit`` against the computed ones.

    Returns
    -------
    pandas.DataFrame
        Same index; columns ``indicator`` (code, string), ``kind``, ``unit`` (canonical
        unit for the kind), ``direction``, ``level_unit`` (the indicator's unit) — all
        categorical —, ``is_share`` (bool: the indicator is a share), ``level_points``
        (factor turning a difference of two levels into percentage points; NaN for
        non-shares), ``points`` (the same for ``unit``), ``value`` and, for targets,
        ``value_high``, ``tolerance`` (in ``unit``), ``baseline`` (base value in the
        indicator's unit) — float64.

    Raises
    ------
    ModelValidationError, UnitMismatchError
        Unknown indicator code, incompatible unit, inconsistent ``value``; with the row.
    """
    frame = coerce_frame(df, table)
    registry = indicator_map(indicators)
    inds = frame["indicator"]
    # per-indicator attributes: one lookup per unique code, then numpy take
    i_codes, i_uniq = pd.factorize(inds.to_numpy(dtype=object))
    unknown = [c for c in i_uniq if c not in registry]
    if unknown:
        row = frame.index[np.flatnonzero(i_uniq[i_codes] == unknown[0])[0]]
        raise ModelValidationError("indicator", unknown[0], "unknown indicator code", row)
    kinds = frame["kind"].to_numpy(dtype=object, na_value="level")
    ind_list = [registry[c] for c in i_uniq]

    def per_indicator(f: Callable[[Indicator], Any], dtype: Any = object) -> np.ndarray:
        return np.asarray([f(ind) for ind in ind_list], dtype=dtype)[i_codes]

    canon_units = np.empty(len(frame), dtype=object)
    for (c, k), idx in un.group_rows(inds.to_numpy(dtype=object), kinds):
        canon_units[idx] = registry[c].unit_for(k)
    level_units = per_indicator(lambda ind: ind.unit)
    ctx_given = frame["context"].to_numpy(dtype=object, na_value=None)
    ctx = np.where(pd.notna(ctx_given), ctx_given, per_indicator(lambda ind: ind.context))
    out = pd.DataFrame(index=frame.index)
    out["indicator"] = inds
    out["kind"] = pd.Categorical(kinds)
    out["unit"] = pd.Categorical(canon_units)
    out["direction"] = pd.Categorical(per_indicator(lambda ind: ind.direction.value))
    out["is_share"] = per_indicator(lambda ind: ind.is_share, bool)
    out["level_unit"] = pd.Categorical(level_units)
    out["level_points"] = per_indicator(
        lambda ind: un.share_points_factor(ind.unit) if ind.is_share else np.nan, float
    )
    u_codes, u_uniq = pd.factorize(canon_units)
    out["points"] = np.asarray(
        [un.share_points_factor(u) if un.is_share_unit(u) else np.nan for u in u_uniq],
        dtype=float,
    )[u_codes]
    pairs = [("number", "value")]
    if table == "targets":
        pairs.append(("number_high", "value_high"))
    for number_col, value_col in pairs:
        computed = un.convert_grouped(
            frame[number_col], frame["unit_written"], canon_units, ctx, rows=frame.index
        )
        out[value_col] = computed
        if check:
            given = frame[value_col].to_numpy(dtype=float, na_value=np.nan)
            bad = ~np.isnan(given) & ~np.isclose(
                given, computed, rtol=VALUE_RTOL, atol=0.0, equal_nan=True
            )
            if bad.any():
                i = np.flatnonzero(bad)[0]
                raise ModelValidationError(
                    value_col,
                    given[i],
                    f"does not match {number_col} × unit_written in {canon_units[i]!r} "
                    f"(computed {float(computed[i]):.10g})",
                    frame.index[i],
                )
    if check:
        ok = np.ones(len(frame), dtype=bool)
        for (g, c), idx in un.group_rows(frame["unit"].to_numpy(dtype=object), canon_units):
            ok[idx] = _same_unit(g, c)
        if not ok.all():
            i = np.flatnonzero(~ok)[0]
            raise ModelValidationError(
                "unit", frame["unit"].iloc[i], f"expected {canon_units[i]!r}", frame.index[i]
            )
    if table == "targets":
        scale = np.full(len(frame), np.nan)
        uw = frame["unit_written"].to_numpy(dtype=object)
        for (f, t, c), idx in un.group_rows(uw, canon_units, ctx):
            scale[idx] = un._coefficients(f, t, c)[0]
        out["tolerance"] = scale * frame["tolerance"].to_numpy(dtype=float, na_value=np.nan)
        is_level = ~np.isin(kinds, ["change_relative", "change_absolute"])
        level_mask = pd.Series(is_level, index=frame.index)
        base_level = un.convert_grouped(
            frame["baseline_value"].where(level_mask),
            frame["unit_written"].where(level_mask & frame["baseline_value"].notna()),
            level_units,
            ctx,
            field="baseline_value",
            rows=frame.index,
        )
        out["baseline"] = np.where(
            is_level, base_level, frame["baseline_value"].to_numpy(dtype=float, na_value=np.nan)
        )
    return out


def _same_unit(given: Any, canonical: str) -> bool:
    if _missing(given) or given == canonical:
        return True
    try:
        return bool(un.parse_unit(given) == un.parse_unit(canonical))
    except (pint.UndefinedUnitError, ValueError):
        return False


def objects_from_frame(
    df: pd.DataFrame, table: str, indicators: IndicatorLike, cls: type[T]
) -> list[T]:
    """Coerce, check vectorised, then build one ``cls`` per row (errors carry the row)."""
    frame = coerce_frame(df, table)
    registry = indicator_map(indicators)
    canonical_values(frame, table, registry)
    return objects_from_rows(
        frame, table, cls, indicator=lambda code: resolve_indicator(code, registry)
    )
