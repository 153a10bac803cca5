"""Observations: what the reports say was achieved (2017年PM2.5浓度为44微克/立方米)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pandas as pd
import pint

from envindicators.errors import ModelValidationError
from envindicators.model import _conversions as un
from envindicators.model import _field_values as fl
from envindicators.model import _figures as fg
from envindicators.model._rows import object_record, objects_frame
from envindicators.model.indicator import Indicator, IndicatorLike
from envindicators.units import ureg
from envindicators.units.vocab import Kind, Qualifier

__all__ = ["Observation"]

_TEXT_FIELDS = (
    "obs_id",
    "source",
    "region",
    "subject",
    "period_text",
    "value_text",
    "baseline_period",
    "context",
    "quote",
    "note",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Observation:
    """A reported value of an indicator for a region and period.

    Parameters
    ----------
    indicator:
        The :class:`Indicator`.
    number, unit_written:
        The figure in the written unit, multipliers applied and signed for decreases
        (``1.5万吨/日`` → 15000 ``t/d``; ``同比下降4.3%`` → −4.3 ``%``).  NaN is refused.
    period_end:
        End of the period, or the date of a state (a bare year means 31 December).
        May be missing when the report gives no date (analytics that need a date then
        give NA).
    period_start:
        Start of the period (a bare year means 1 January); must not follow ``period_end``.
    kind:
        ``level`` (default), ``change_relative`` (% change against ``baseline_period``),
        ``change_absolute`` (百分点 for shares) or ``ratio``.
    qualifier:
        :class:`~envindicators.units.vocab.Qualifier` of the written figure (约, 余, 以上 …).
    baseline_period:
        For changes, the period compared with (``"2016"`` for 同比 in 2017).
    obs_id, source, region, subject, period_text, value_text, quote, note:
        Provenance and description (text, verbatim).
    context:
        Pint context used for the conversion; missing = the indicator's context.
    extra:
        Further columns carried through DataFrame round trips.

    Derived attributes
    ------------------
    value:
        ``number`` in :attr:`unit`.
    unit:
        The indicator's canonical unit for ``kind`` (see :meth:`Indicator.unit_for`).

    Raises
    ------
    ModelValidationError
        Naming the field: NaN number, bad date, period_start after period_end ….
    UnitMismatchError
        ``unit_written`` incompatible with the indicator (another counter word, a count
        for a share, mass for a volume without the ``water`` context …).
    """

    indicator: Indicator
    number: float
    unit_written: str
    period_end: dt.date | None
    period_start: dt.date | None = None
    kind: Kind = Kind.LEVEL
    qualifier: Qualifier | None = None
    obs_id: str | None = None
    source: str | None = None
    region: str | None = None
    subject: str | None = None
    period_text: str | None = None
    value_text: str | None = None
    baseline_period: str | None = None
    context: str | None = None
    quote: str | None = None
    note: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)
    value: float = field(init=False)
    unit: str = field(init=False)

    def __post_init__(self) -> None:
        s = object.__setattr__
        if not isinstance(self.indicator, Indicator):
            raise ModelValidationError("indicator", self.indicator, "expected an Indicator")
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if name == "baseline_period" and isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            s(self, name, fl.text(value, name))
        kind = fl.vocab(Kind, self.kind, "kind") or Kind.LEVEL
        s(self, "kind", kind)
        s(self, "qualifier", fl.vocab(Qualifier, self.qualifier, "qualifier"))
        number = fl.real(self.number, "number", required=True)
        s(self, "number", number)
        uw = fl.text(self.unit_written, "unit_written", required=True)
        assert uw is not None
        s(self, "unit_written", uw)
        ctx = self.context or self.indicator.context
        s(self, "unit", self.indicator.unit_for(kind.value))
        s(self, "value", fg.canonical(number, uw, self.indicator, kind.value, ctx, "unit_written"))
        if kind is Kind.CHANGE_RELATIVE and not un.parse_unit(uw).dimensionless:
            raise ModelValidationError("unit_written", uw, "a relative change is written in %")
        end = fl.date(self.period_end, "period_end", year="end")
        start = fl.date(self.period_start, "period_start", year="start")
        if start is not None and end is not None and start > end:
            raise ModelValidationError("period_start", start, f"after period_end={end}")
        s(self, "period_end", end)
        s(self, "period_start", start)
        s(self, "extra", MappingProxyType(dict(self.extra or {})))

    @classmethod
    def of(
        cls,
        indicator: Indicator,
        value: pint.Quantity | tuple[float, str],
        period: int | dt.date | str | tuple[Any, Any] | None,
        **fields: Any,
    ) -> Observation:
        """An observation from a quantity (or ``(number, unit)``) and a period.

        ``period`` is a year (→ 1 January … 31 December), a date (the date of a state),
        a ``(start, end)`` pair, or ``None`` (undated).  Other fields are passed by keyword.

        >>> from envindicators.model import Indicator, Observation
        >>> pm = Indicator("pm25_concentration", "PM2.5浓度", "PM2.5", "µg/m3", "lower")
        >>> o = Observation.of(pm, (44, "微克/立方米"), 2017, region="辽宁省")
        >>> (o.value, o.unit, o.period_start, o.period_end)
        (44.0, 'µg/m3', datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
        """
        number, uw = fg.number_and_unit(value, None, "number")
        if isinstance(period, tuple):
            start, end = period
        elif isinstance(period, int) and not isinstance(period, bool):
            start, end = period, period
        else:
            start, end = None, period
        return cls(
            indicator=indicator,
            number=number,
            unit_written=uw,
            period_start=start,
            period_end=end,
            **fields,
        )

    @classmethod
    def from_text(
        cls,
        indicator: Indicator,
        text: str,
        period: int | dt.date | str | tuple[Any, Any] | None = None,
        **fields: Any,
    ) -> Observation:
        """An observation from its figure as written: ``35μg/m3``, ``同比下降2.6%``.

        The figure is read with :func:`envindicators.units.parse_quantity` (number with
        multipliers and sign, written unit, qualifier, kind, the base of a change);
        ``period`` as text (``2017年``, ``截至2018年9月中旬``, ``2021年-2023年``) is read
        with :func:`envindicators.units.parse_period` and kept as ``period_text``.

        >>> from envindicators.model import Indicator, Observation
        >>> pm = Indicator("pm25_concentration", "PM2.5浓度", "PM2.5", "µg/m3", "lower")
        >>> o = Observation.from_text(pm, "35μg/m3", "2023年", region="抚顺市")
        >>> (o.value, o.unit, o.period_end.isoformat())
        (35.0, 'µg/m3', '2023-12-31')

        Raises
        ------
        QuantityParseError
            ``text`` is not a figure.
        ModelValidationError
            A range (``3-5年``) is not an observation: give one of its ends.
        """
        from envindicators.units import parse_period, parse_quantity

        parsed = parse_quantity(text)
        if parsed.value is None:
            raise ModelValidationError(
                "value_text", text, "a range is not an observation; give one value"
            )
        if isinstance(period, str):
            fields.setdefault("period_text", period)
            spec = parse_period(period)
            period = (spec.start, spec.end)
        fields.setdefault("value_text", text)
        fields.setdefault("qualifier", parsed.qualifier)
        fields.setdefault("kind", parsed.kind)
        if parsed.baseline:
            fields.setdefault("baseline_period", parsed.baseline)
        return cls.of(indicator, (parsed.value, parsed.unit), period, **fields)

    @property
    def quantity(self) -> pint.Quantity:
        """The value as a quantity in :attr:`unit`."""
        return ureg.Quantity(self.value, un.parse_unit(self.unit))

    def to_record(self) -> dict[str, Any]:
        """The row of this observation in the observations table (documented columns)."""
        return object_record(self, "observations", indicator=self.indicator.code)

    @classmethod
    def from_frame(cls, df: pd.DataFrame, indicators: IndicatorLike) -> list[Observation]:
        """Observations from an observations-table frame (see :meth:`Target.from_frame`)."""
        return fg.objects_from_frame(df, "observations", indicators, cls)

    @staticmethod
    def to_frame(observations: Iterable[Observation]) -> pd.DataFrame:
        """The observations table of ``observations`` (documented columns, then extras)."""
        return objects_frame(observations, "observations")
