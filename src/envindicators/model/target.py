"""Targets: what the reports promise (到2020年…达到85%以上, 比2015年下降13%)."""

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
from envindicators.model.standard_ref import StandardRef, standard_text
from envindicators.model.vocab import QUALIFIER_COMPARATOR, Comparator
from envindicators.units import RELATIVE_BASE_RULE, undefined_relative_base, ureg
from envindicators.units.vocab import Kind

__all__ = ["Target"]

#: Comparator of a written bound (qualifier of the parsed figure); ``exact`` has none.
_QUALIFIER_COMPARATOR: Mapping[str, Comparator] = MappingProxyType(QUALIFIER_COMPARATOR)

_TEXT_FIELDS = (
    "target_id",
    "source",
    "region",
    "subject",
    "value_text",
    "deadline_text",
    "context",
    "quote",
    "note",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    """A numeric target: indicator, comparator, value or relative change, period, source.

    Two kinds of target (``kind``):

    * ``level`` — a value to reach: ``到2020年, PM2.5浓度下降到42微克/立方米``
      (``comparator="le", number=42, unit_written="µg/m3"``), ``森林覆盖率达到18.43%``,
      ``能源消费总量控制在417万吨标准煤左右`` (``approx``), a band (``number`` …
      ``number_high``);
    * ``change_relative`` — a change in % relative to the value of ``baseline_year``:
      ``单位GDP能耗比2015年下降13%`` (``number=-13, unit_written="%", comparator="le",
      baseline_year=2015``: the change must be −13 % or less), ``煤炭消费总量累计增长5%``
      (``number=5, comparator="le"``: growth capped at 5 %).  ``change_absolute`` is the
      same with an absolute change (百分点 for shares).

    Parameters
    ----------
    indicator:
        The :class:`Indicator`.
    comparator:
        :class:`Comparator` or its code or Chinese bound words (``以上`` → ``ge``).
    number, unit_written:
        The figure in the written unit (signed for changes: 下降13% → −13).
    kind:
        ``level`` (default), ``change_relative`` or ``change_absolute``.
    number_high:
        Upper end of a ``band`` (required for, and only allowed with, ``band``).
    tolerance:
        Half-width for ``approx``/``eq`` in ``unit_written``; missing = the analytics
        default (5 % of the target for ``approx``, see :mod:`envindicators.analytics.gap`).
    baseline_year, baseline_value:
        Base year of a change target (required for changes unless ``start`` is given) and
        the base value when the report states it — in ``unit_written`` for level targets,
        in the indicator's canonical unit for change targets (whose ``unit_written`` is %).
    start, deadline:
        The target period (dates; a bare year for ``deadline`` means 31 December).
        ``deadline`` must not precede ``start``.
    target_id, source, region, subject, value_text, deadline_text, quote, note:
        Provenance and description (text, verbatim).
    context:
        Pint context used for the conversion; missing = the indicator's context.
    standard:
        When the target *is* a standard limit (达到国家二级标准): the
        :class:`~envindicators.model.StandardRef` (or its text) of that limit, e.g.
        ``"GB 3095-2012 二级 PM2.5 年平均"``; ``number`` is then the limit's value.  Build
        such targets with :func:`envindicators.standards.standard_target`, which looks the
        limit up in the standard in force at the deadline.
    extra:
        Further columns carried through DataFrame round trips.

    Derived attributes
    ------------------
    value, value_high:
        ``number``/``number_high`` in :attr:`unit`.
    unit:
        Canonical unit: the indicator's unit (level), ``%`` (change_relative), the
        indicator's unit or ``percentage_point`` for shares (change_absolute).
    baseline:
        ``baseline_value`` in the indicator's canonical unit, or ``None``.
    tolerance_value:
        ``tolerance`` in :attr:`unit`, or ``None``.

    Raises
    ------
    ModelValidationError
        Naming the field: unknown comparator, NaN or missing number, band without
        ``number_high``, deadline before start, change target without base year, a
        relative change on a base value ≤ 0 (undefined), ….
    UnitMismatchError
        ``unit_written`` (or ``baseline_value``'s unit) incompatible with the indicator.
    """

    indicator: Indicator
    comparator: Comparator
    number: float
    unit_written: str
    kind: Kind = Kind.LEVEL
    number_high: float | None = None
    tolerance: float | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    start: dt.date | None = None
    deadline: dt.date | None = None
    target_id: str | None = None
    source: str | None = None
    region: str | None = None
    subject: str | None = None
    value_text: str | None = None
    deadline_text: str | None = None
    context: str | None = None
    quote: str | None = None
    note: str | None = None
    standard: str | StandardRef | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)
    value: float = field(init=False)
    value_high: float | None = field(init=False)
    unit: str = field(init=False)
    baseline: float | None = field(init=False)
    tolerance_value: float | None = field(init=False)

    def __post_init__(self) -> None:
        s = object.__setattr__
        if not isinstance(self.indicator, Indicator):
            raise ModelValidationError("indicator", self.indicator, "expected an Indicator")
        ind = self.indicator
        for name in _TEXT_FIELDS:
            s(self, name, fl.text(getattr(self, name), name))
        s(self, "standard", standard_text(self.standard, "standard", strict=True))
        comparator = fl.vocab(Comparator, self.comparator, "comparator", required=True)
        assert comparator is not None
        s(self, "comparator", comparator)
        kind = fl.vocab(Kind, self.kind, "kind") or Kind.LEVEL
        s(self, "kind", kind)
        number = fl.real(self.number, "number", required=True)
        s(self, "number", number)
        uw = fl.text(self.unit_written, "unit_written", required=True)
        assert uw is not None
        s(self, "unit_written", uw)
        ctx = self.context or ind.context
        unit = ind.unit_for(kind.value)
        s(self, "unit", unit)
        s(self, "value", fg.canonical(number, uw, ind, kind.value, ctx, "unit_written"))
        if kind is Kind.CHANGE_RELATIVE and not un.parse_unit(uw).dimensionless:
            raise ModelValidationError("unit_written", uw, "a relative change is written in %")

        high = fl.real(self.number_high, "number_high")
        if comparator is Comparator.BAND:
            if high is None:
                raise ModelValidationError("number_high", self.number_high, "a band needs it")
            if high < number:  # type: ignore[operator]
                raise ModelValidationError("number_high", high, f"below number={number}")
        elif high is not None:
            raise ModelValidationError(
                "number_high", high, f"only a band has an upper end (comparator {comparator})"
            )
        s(self, "number_high", high)
        s(self, "value_high", fg.canonical(high, uw, ind, kind.value, ctx, "unit_written"))

        tol = fl.real(self.tolerance, "tolerance")
        if tol is not None:
            if tol < 0:
                raise ModelValidationError("tolerance", tol, "must be ≥ 0")
            if comparator not in (Comparator.APPROX, Comparator.EQ):
                raise ModelValidationError(
                    "tolerance", tol, f"only approx/eq targets take a tolerance ({comparator})"
                )
        s(self, "tolerance", tol)
        s(self, "tolerance_value", fg.delta(tol, uw, unit, ctx))

        by = fl.integer(self.baseline_year, "baseline_year")
        if by is not None and not 1900 <= by <= 2200:
            raise ModelValidationError("baseline_year", by, "implausible year")
        s(self, "baseline_year", by)
        bv = fl.real(self.baseline_value, "baseline_value")
        s(self, "baseline_value", bv)
        if bv is not None and kind is Kind.CHANGE_RELATIVE and undefined_relative_base(bv):
            raise ModelValidationError(
                "baseline_value",
                bv,
                f"{RELATIVE_BASE_RULE}; "
                "state the target as an absolute change (change_absolute) or a level",
            )
        if bv is None:
            s(self, "baseline", None)
        elif kind is Kind.LEVEL or kind is Kind.RATIO:
            s(self, "baseline", fg.canonical(bv, uw, ind, "level", ctx, "baseline_value"))
        else:
            s(self, "baseline", bv)  # change targets: baseline_value is in the canonical unit

        start = fl.date(self.start, "start", year="reject")
        deadline = fl.date(self.deadline, "deadline", year="end")
        if start is not None and deadline is not None and deadline < start:
            raise ModelValidationError("deadline", deadline, f"before start={start}")
        if by is not None and deadline is not None and by > deadline.year:
            raise ModelValidationError("baseline_year", by, f"after the deadline {deadline}")
        if kind in (Kind.CHANGE_RELATIVE, Kind.CHANGE_ABSOLUTE) and by is None and start is None:
            raise ModelValidationError(
                "baseline_year", None, "a change target needs its base year (or a start date)"
            )
        s(self, "start", start)
        s(self, "deadline", deadline)
        s(self, "extra", MappingProxyType(dict(self.extra or {})))

    # -- constructors ---------------------------------------------------------------
    @classmethod
    def level(
        cls,
        indicator: Indicator,
        comparator: Comparator | str,
        value: pint.Quantity | tuple[float, str],
        *,
        high: pint.Quantity | tuple[float, str] | None = None,
        tolerance: pint.Quantity | tuple[float, str] | None = None,
        baseline: pint.Quantity | tuple[float, str] | None = None,
        baseline_year: int | None = None,
        start: dt.date | str | None = None,
        deadline: dt.date | str | int | None = None,
        **text: Any,
    ) -> Target:
        """A level target from pint quantities or ``(number, unit)`` pairs.

        ``high``, ``tolerance`` and ``baseline`` are converted to the unit of ``value``.

        >>> from envindicators.model import Indicator, Target
        >>> pm = Indicator("pm25_concentration", "PM2.5浓度", "PM2.5", "µg/m3", "lower")
        >>> t = Target.level(pm, "le", (42, "µg/m3"), deadline=2020, region="辽宁省")
        >>> (t.value, t.unit, t.deadline)
        (42.0, 'µg/m3', datetime.date(2020, 12, 31))
        """
        number, uw = fg.number_and_unit(value, None, "number")
        return cls(
            indicator=indicator,
            comparator=comparator,  # type: ignore[arg-type]
            number=number,
            unit_written=uw,
            number_high=_in_unit(high, uw, "number_high"),
            tolerance=_in_unit(tolerance, uw, "tolerance", delta=True),
            baseline_value=_in_unit(baseline, uw, "baseline_value"),
            baseline_year=baseline_year,
            start=start,  # type: ignore[arg-type]
            deadline=deadline,  # type: ignore[arg-type]
            **text,
        )

    @classmethod
    def relative(
        cls,
        indicator: Indicator,
        change: pint.Quantity | tuple[float, str] | float,
        *,
        baseline_year: int,
        comparator: Comparator | str | None = None,
        baseline: pint.Quantity | tuple[float, str] | None = None,
        start: dt.date | str | None = None,
        deadline: dt.date | str | int | None = None,
        **text: Any,
    ) -> Target:
        """A target stated as a relative change from ``baseline_year`` (比2015年下降13%).

        ``change`` is signed, in % (a bare number is read as %).  ``comparator`` defaults to
        ``le`` for lower-is-better indicators (a decrease of at least 13 %: change ≤ −13 %;
        growth capped at 5 %: change ≤ 5 %) and ``ge`` for higher-is-better ones.
        ``baseline`` (the base-year level) is converted to the indicator's unit.

        >>> from envindicators.model import Indicator, Target
        >>> e = Indicator("energy_intensity", "单位GDP能耗", "Energy use per GDP",
        ...               "tce/万元", "lower")
        >>> t = Target.relative(e, -13, baseline_year=2015, deadline=2020)
        >>> (t.comparator.value, t.value, t.unit)
        ('le', -13.0, '%')
        """
        if isinstance(change, int | float):
            change = (float(change), "%")
        number, uw = fg.number_and_unit(change, None, "number")
        if comparator is None:
            comparator = _implied_comparator(indicator)
        base = None if baseline is None else indicator.to_canonical(baseline).magnitude
        return cls(
            indicator=indicator,
            comparator=comparator,  # type: ignore[arg-type]
            number=number,
            unit_written=uw,
            kind=Kind.CHANGE_RELATIVE,
            baseline_year=baseline_year,
            baseline_value=base,
            start=start,  # type: ignore[arg-type]
            deadline=deadline,  # type: ignore[arg-type]
            **text,
        )

    @classmethod
    def from_text(
        cls,
        indicator: Indicator,
        text: str,
        *,
        deadline: dt.date | str | int | None = None,
        start: dt.date | str | None = None,
        baseline_year: int | None = None,
        **fields: Any,
    ) -> Target:
        """A target from its figure as written: ``84.7%以上``, ``比2015年下降13%``.

        The figure is read with :func:`envindicators.units.parse_quantity`; its qualifier
        gives the comparator (以上 → ``ge``, 以内/以下 → ``le``, 大于 → ``gt``, 小于 → ``lt``,
        左右/约/接近 → ``approx``, a range → ``band``).  A figure without bound words
        (``达到18.43%``, ``下降到42微克/立方米``, ``20%``) takes its comparator from the verbs
        (:meth:`Comparator.from_text`) or else from the indicator's direction: ``ge`` when
        higher is better, ``le`` when lower is better, ``eq`` otherwise.  A relative change
        (``比2015年下降13%``, ``累计增长5%``) becomes a ``change_relative`` target whose base
        year is the one written, else ``baseline_year``.  A ``deadline`` given as text
        (``2020年年底前``) is read with :func:`envindicators.units.parse_deadline` and kept
        as ``deadline_text``.

        >>> from envindicators.model import Indicator, Target
        >>> good = Indicator("good_air_days_share", "优良天数比例", "good-air days", "%", "higher")
        >>> t = Target.from_text(good, "84.7%以上", deadline="2020年底")
        >>> (t.comparator.value, t.value, t.unit, t.deadline.isoformat())
        ('ge', 84.7, '%', '2020-12-31')

        Raises
        ------
        QuantityParseError
            ``text`` is not a figure.
        ModelValidationError, UnitMismatchError
            As for the constructor (e.g. a unit the indicator is not measured in).
        """
        from envindicators.units import parse_deadline, parse_quantity
        from envindicators.units.vocab import Qualifier

        parsed = parse_quantity(text)
        if isinstance(deadline, str):
            fields.setdefault("deadline_text", deadline)
            deadline = parse_deadline(deadline).end
        fields.setdefault("value_text", text)
        if parsed.kind in (Kind.CHANGE_RELATIVE, Kind.CHANGE_ABSOLUTE):
            written = parsed.baseline if parsed.baseline and parsed.baseline.isdigit() else None
            comparator = fields.pop("comparator", None) or _QUALIFIER_COMPARATOR.get(
                parsed.qualifier
            )
            if parsed.kind is Kind.CHANGE_RELATIVE:
                return cls.relative(
                    indicator,
                    _written(parsed.value, parsed.unit, "number"),
                    baseline_year=int(written) if written else baseline_year,  # type: ignore[arg-type]
                    comparator=comparator,
                    start=start,
                    deadline=deadline,
                    **fields,
                )
            return cls(
                indicator=indicator,
                comparator=comparator or _implied_comparator(indicator),
                number=parsed.value,  # type: ignore[arg-type]
                unit_written=parsed.unit,
                kind=Kind.CHANGE_ABSOLUTE,
                baseline_year=int(written) if written else baseline_year,
                start=start,  # type: ignore[arg-type]
                deadline=deadline,  # type: ignore[arg-type]
                **fields,
            )
        if parsed.qualifier is Qualifier.RANGE:
            return cls.level(
                indicator,
                Comparator.BAND,
                _written(parsed.low, parsed.unit, "number"),
                high=_written(parsed.high, parsed.unit, "number_high"),
                start=start,
                deadline=deadline,
                baseline_year=baseline_year,
                **fields,
            )
        comparator = _QUALIFIER_COMPARATOR.get(parsed.qualifier)
        if comparator is None:
            try:  # verbs such as 下降到/控制在/达到 (达到 follows the direction)
                comparator = Comparator.from_text(text, indicator.direction)
            except ModelValidationError:  # a bare figure: the dataset convention for 达到
                comparator = Comparator.for_direction(indicator.direction) or Comparator.EQ
        return cls.level(
            indicator,
            fields.pop("comparator", comparator),
            _written(parsed.value, parsed.unit, "number"),
            start=start,
            deadline=deadline,
            baseline_year=baseline_year,
            **fields,
        )

    # -- derived -----------------------------------------------------------------------
    @property
    def quantity(self) -> pint.Quantity:
        """The target value as a quantity in :attr:`unit`."""
        return ureg.Quantity(self.value, un.parse_unit(self.unit))

    @property
    def period_start(self) -> dt.date | None:
        """:attr:`start`, else 31 December of :attr:`baseline_year`, else ``None``."""
        if self.start is not None:
            return self.start
        if self.baseline_year is not None:
            return dt.date(self.baseline_year, 12, 31)
        return None

    @property
    def is_relative(self) -> bool:
        """True for change targets (relative or absolute)."""
        return self.kind in (Kind.CHANGE_RELATIVE, Kind.CHANGE_ABSOLUTE)

    def implied_level(self, baseline: float | pint.Quantity | None = None) -> float | None:
        """The level a change target implies, in the indicator's unit.

        :math:`B\\,(1 + c/100)` for a relative change ``c`` % and :math:`B + c` for an absolute
        change (百分点 added to a share in %), with :math:`B` = ``baseline`` (a quantity or
        a number in the indicator's unit) or :attr:`baseline`.  A level target returns
        :attr:`value`; ``None`` when no base value is known.
        """
        if not self.is_relative:
            return self.value
        if isinstance(baseline, pint.Quantity):
            b: float | None = self.indicator.to_canonical(baseline).magnitude
        else:
            b = self.baseline if baseline is None else float(baseline)
        if b is None:
            return None
        if self.kind is Kind.CHANGE_RELATIVE:
            if undefined_relative_base(b):
                raise ModelValidationError("baseline", b, RELATIVE_BASE_RULE)
            return b * (1.0 + self.value / 100.0)
        if self.indicator.is_share:
            return b + self.value / un.share_points_factor(self.indicator.unit)
        return b + self.value

    # -- frames ----------------------------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        """The row of this target in the targets table (documented columns)."""
        return object_record(self, "targets", indicator=self.indicator.code)

    @classmethod
    def from_frame(cls, df: pd.DataFrame, indicators: IndicatorLike) -> list[Target]:
        """Targets from a targets-table frame.

        ``indicators`` resolves the ``indicator`` codes (a frame, mapping or iterable of
        :class:`Indicator`).  Units are checked once per unique (unit_written, unit,
        context); a given ``value``/``unit`` column must agree with ``number`` converted
        (relative tolerance 1e-6).  Errors name the column and row label.
        """
        return fg.objects_from_frame(df, "targets", indicators, cls)

    @staticmethod
    def to_frame(targets: Iterable[Target]) -> pd.DataFrame:
        """The targets table of ``targets`` (documented columns, then extras)."""
        return objects_frame(targets, "targets")


def _implied_comparator(indicator: Indicator) -> Comparator:
    """Comparator of a change target written without a bound word, from the direction."""
    implied = Comparator.for_direction(indicator.direction)
    if implied is not None:
        return implied
    raise ModelValidationError(
        "comparator",
        None,
        f"give the comparator: direction {indicator.direction.value} does not imply one",
    )


def _written(value: float | None, unit: str, field: str) -> tuple[float, str]:
    """``(value, unit)`` of a parsed figure; a figure without a value is refused."""
    return fg.number_and_unit((value, unit), None, field)


def _in_unit(
    q: pint.Quantity | tuple[float, str] | None, unit: str, field: str, *, delta: bool = False
) -> float | None:
    if q is None:
        return None
    n, u = fg.number_and_unit(q, None, field)
    if u == unit:
        return n
    try:
        un.check_convertible(u, unit, None, field=field)
    except ModelValidationError as e:
        raise type(e)(field, q, e.reason) from None
    a, b = un._coefficients(u, unit, None)
    return a * n if delta else a * n + b
