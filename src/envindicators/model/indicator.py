"""Indicators: what is measured, in which canonical unit, and which way is better."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeAlias

import pandas as pd
import pint

from envindicators.errors import ModelValidationError, UnitMismatchError
from envindicators.model import _conversions as un
from envindicators.model import _field_values as fl
from envindicators.model._rows import object_record, objects_frame, objects_from_rows
from envindicators.model.schema import coerce_frame
from envindicators.model.standard_ref import StandardRef, standard_text
from envindicators.model.vocab import Direction
from envindicators.units import ureg
from envindicators.units.convert import context_exists

__all__ = ["Indicator", "IndicatorLike", "indicator_map"]

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator: code, names, canonical unit, better direction, standard.

    Parameters
    ----------
    code:
        snake_case English code, the key other tables use (``pm25_concentration``).
    name_zh, name_en:
        Chinese name as the reports write it, English name.
    unit:
        Canonical pint unit string of :data:`envindicators.units.ureg` (``"µg/m3"``,
        ``"%"``, ``"万吨标准煤"``, ``"户"``).  Every value of the indicator is held in it.
        A counter word (户, 台 …) makes the indicator refuse counts in another counter
        (户 refuses 台), except synonyms (辆/台, 轮/轮次, 件/起/宗); the generic ``count``
        and 个 accept any counter.
    direction:
        :class:`~envindicators.model.vocab.Direction` (or its code): ``higher``, ``lower``,
        ``band`` (a target band is best) or ``neutral``.
    standard:
        The standard the indicator is judged against, if any: a
        :class:`~envindicators.model.StandardRef` or its text form
        (``"GB 3095-2012 二级 PM2.5 年平均"``, ``"GB 3838-2002 Ⅲ类"``; held as text).  Text
        starting like a standard id (GB …, HJ …) must parse as a reference; other free
        text (``"国家二级标准"``) is kept as written, with :attr:`standard_ref` ``None``.
    domain:
        air, water, soil, ecology, energy, waste, agriculture, enforcement, governance,
        infrastructure (not enforced).
    context:
        Name of the pint context needed to bring written units to ``unit`` (``"water"``:
        1 t ↔ 1 m³; ``"steam"``: 蒸吨/小时 ↔ MW).
    extra:
        Further columns carried through DataFrame round trips.

    Raises
    ------
    ModelValidationError
        Naming the field: malformed code, unknown unit, unknown direction or context.

    Examples
    --------
    >>> pm = Indicator("pm25_concentration", "细颗粒物(PM2.5)浓度", "PM2.5 concentration",
    ...                "µg/m3", "lower")
    >>> pm.direction
    <Direction.LOWER: 'lower'>
    >>> pm.to_canonical((0.044, "mg/m3")).magnitude
    44.0
    """

    code: str
    name_zh: str | None
    name_en: str | None
    unit: str
    direction: Direction
    standard: str | StandardRef | None = None
    domain: str | None = None
    context: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        code = fl.text(self.code, "code", required=True)
        assert code is not None
        if not _CODE.match(code):
            raise ModelValidationError("code", code, "expected a snake_case ASCII code")
        set_ = object.__setattr__
        set_(self, "code", code)
        set_(self, "name_zh", fl.text(self.name_zh, "name_zh"))
        set_(self, "name_en", fl.text(self.name_en, "name_en"))
        unit = fl.text(self.unit, "unit", required=True)
        try:
            un.parse_unit(unit)
        except (pint.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError) as e:
            raise ModelValidationError("unit", unit, un.unit_problem(e)) from None
        set_(self, "unit", unit)
        set_(self, "direction", fl.vocab(Direction, self.direction, "direction", required=True))
        set_(self, "standard", standard_text(self.standard, "standard", strict=False))
        set_(self, "domain", fl.text(self.domain, "domain"))
        ctx = fl.text(self.context, "context")
        if ctx is not None and not context_exists(ctx):
            raise ModelValidationError("context", ctx, "unknown pint context")
        set_(self, "context", ctx)
        set_(self, "extra", MappingProxyType(dict(self.extra or {})))

    @property
    def standard_ref(self) -> StandardRef | None:
        """:attr:`standard` as a :class:`~envindicators.model.StandardRef` (``None`` when
        it is missing or free text that is not a reference)."""
        if self.standard is None:
            return None
        try:
            return StandardRef.parse(self.standard)  # type: ignore[arg-type]
        except ModelValidationError:
            return None

    # -- unit properties -------------------------------------------------------------
    @property
    def pint_unit(self) -> pint.Unit:
        """The canonical unit as a :class:`pint.Unit`."""
        return un.parse_unit(self.unit)

    @property
    def is_share(self) -> bool:
        """True when values are shares (%, ‰): differences are in percentage points."""
        return un.is_share_unit(self.unit)

    @property
    def is_count(self) -> bool:
        """True when values are counts (个, 户, 台 … or the generic ``count``)."""
        return un.is_count_unit(self.unit)

    @property
    def counter(self) -> str | None:
        """The counter word of a count indicator (``"户"``), ``None`` otherwise."""
        return un.counter_word(self.unit)

    def unit_for(self, kind: str) -> str:
        """Canonical unit of a figure of ``kind`` (:class:`~envindicators.units.vocab.Kind`).

        ``level``/``ratio`` → :attr:`unit`; ``change_relative`` → ``%``;
        ``change_absolute`` → ``percentage_point`` for shares, else :attr:`unit`.
        """
        if kind == "change_relative":
            return "%"
        if kind == "change_absolute" and self.is_share:
            return "percentage_point"
        return self.unit

    def check_unit(self, unit: str, *, kind: str = "level", field: str = "unit_written") -> None:
        """Raise :class:`UnitMismatchError` unless ``unit`` converts to :meth:`unit_for`."""
        un.check_convertible(unit, self.unit_for(kind), self.context, field=field)

    def to_canonical(self, value: Any, *, kind: str = "level") -> pint.Quantity:
        """Convert a quantity (or ``(number, unit)`` pair) to the canonical unit of ``kind``.

        Uses the indicator's pint context; raises :class:`UnitMismatchError` on an
        incompatible unit (including a count in another counter word).
        """
        q = un.quantity(value)
        src = un.unit_string(q)
        dst = self.unit_for(kind)
        try:
            m = un.convert(q.magnitude, src, dst, self.context)
        except UnitMismatchError as e:
            raise UnitMismatchError("value", value, e.reason) from None
        return ureg.Quantity(m, un.parse_unit(dst))

    # -- frames ----------------------------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        """The row of this indicator in the indicators table (documented columns)."""
        return object_record(self, "indicators")

    @classmethod
    def from_frame(cls, df: pd.DataFrame) -> list[Indicator]:
        """Indicators from an indicators-table frame (see :mod:`envindicators.model.schema`).

        Extra columns are kept in :attr:`extra`.  Errors name the column and row label.
        """
        out = objects_from_rows(coerce_frame(df, "indicators"), "indicators", cls)
        codes = [i.code for i in out]
        if len(set(codes)) != len(codes):
            dup = next(c for c in codes if codes.count(c) > 1)
            raise ModelValidationError("code", dup, "duplicate indicator code")
        return out

    @staticmethod
    def to_frame(indicators: Iterable[Indicator]) -> pd.DataFrame:
        """The indicators table of ``indicators`` (documented columns, then extras)."""
        return objects_frame(indicators, "indicators")


IndicatorLike: TypeAlias = Mapping[str, Indicator] | Iterable[Indicator] | pd.DataFrame


def indicator_map(indicators: IndicatorLike) -> dict[str, Indicator]:
    """``{code: Indicator}`` from a mapping, an iterable of indicators or a frame."""
    if isinstance(indicators, pd.DataFrame):
        items: Iterable[Indicator] = Indicator.from_frame(indicators)
    elif isinstance(indicators, Mapping):
        return {str(k): v for k, v in indicators.items()}
    elif isinstance(indicators, Indicator):
        items = [indicators]
    else:
        items = indicators
    out: dict[str, Indicator] = {}
    for ind in items:
        if not isinstance(ind, Indicator):
            raise TypeError(f"expected Indicator objects, got {type(ind).__name__}")
        out[ind.code] = ind
    return out
