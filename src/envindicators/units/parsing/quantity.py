"""The public result type of the quantity parser, :class:`ParsedQuantity`, and its confidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pint

from envindicators.units.parsing.formatting import format_quantity
from envindicators.units.registry import SCALE_WORDS, ureg
from envindicators.units.vocab import (
    FLAG_CONFIDENCE,
    KIND,
    QUALIFIER,
    Confidence,
    Flag,
    Kind,
    Qualifier,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedQuantity:
    """One quantity as written, with its meaning.

    Equality compares the *meaning* (value, bounds, unit, qualifier, kind, sign, baseline),
    not how or where it was written (``text``, ``span``, ``multiplier``): ``"1.5万吨"`` and
    ``"15000噸"`` parse to equal objects.

    Parameters
    ----------
    value : float or None
        The figure with its multiplier and sign applied (``1.5万吨/日`` → 15000.0,
        ``下降2.6%`` → −2.6); ``None`` for a range.
    unit : str
        Pint unit string of :data:`envindicators.units.ureg`, simplified spelling
        (``吨/日``, ``立方米/万元``, ``%``, ``百分点``, ``户``, ``μg/m3``; ``dimensionless`` for
        a bare number or a fraction).
    qualifier : Qualifier
        :class:`~envindicators.units.vocab.Qualifier` (``range`` for ranges).
    kind : Kind
        :class:`~envindicators.units.vocab.Kind`.
    sign : {-1, 0, 1}
        +1 for an increase, −1 for a decrease, 0 for a level, a ratio or a change whose
        direction is not written.
    low, high : float or None
        Ends of a range (signed like ``value``), else ``None``.
    baseline : str or None
        What a change is measured against: ``"同比"``, ``"2015"`` (比2015年), ``"年初"``,
        ``"2014年初"``; else ``None``.
    multiplier : str or None
        The multiplier word written after Arabic digits (``"万"``), for formatting.
    text : str
        The expression as it appears in the input (original spelling).
    span : tuple of int or None
        ``(start, end)`` of :attr:`text` in the input string.
    warnings : tuple of Flag
        :class:`~envindicators.units.vocab.Flag` codes: why the parser is not fully sure
        (``ambiguous_separator``, ``vague``, ``stray_exponent`` …) or what convention it
        applied (``range``, ``shared_unit``, ``exponent`` …); empty when the figure was read
        with nothing to guess.  See :attr:`confidence`.
    numerator, denominator : float or None
        The parts of a fraction as written (``35/40`` → 35, 40; ``87.5%(35/40)``;
        ``三分之一`` → 1, 3), else ``None``.
    """

    value: float | None
    unit: str
    qualifier: Qualifier = QUALIFIER.EXACT
    kind: Kind = KIND.LEVEL
    sign: int = 0
    low: float | None = None
    high: float | None = None
    baseline: str | None = None
    multiplier: str | None = field(default=None, compare=False)
    text: str = field(default="", compare=False)
    span: tuple[int, int] | None = field(default=None, compare=False)
    warnings: tuple[Flag, ...] = field(default=(), compare=False)
    numerator: float | None = field(default=None, compare=False)
    denominator: float | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "warnings", tuple(Flag(w) for w in self.warnings))
        if self.sign not in (-1, 0, 1):
            raise ValueError(f"sign must be -1, 0 or 1, got {self.sign!r}")
        is_range = self.qualifier is QUALIFIER.RANGE
        if is_range:
            if self.value is not None or self.low is None or self.high is None:
                raise ValueError("a range has value=None and both low and high")
            if not self.low <= self.high:
                raise ValueError(f"range low {self.low} > high {self.high}")
        elif self.value is None or self.low is not None or self.high is not None:
            raise ValueError("a non-range quantity has a value and no low/high")
        if self.multiplier is not None and self.multiplier not in SCALE_WORDS:
            raise ValueError(f"unknown multiplier {self.multiplier!r}")

    @property
    def confidence(self) -> Confidence:
        """The lowest :data:`~envindicators.units.vocab.FLAG_CONFIDENCE` of :attr:`warnings`.

        ``high`` without warnings.
        """
        return _confidence(self.warnings)

    # -- pint ------------------------------------------------------------------------
    @property
    def is_range(self) -> bool:
        """True for ``3-5年``-style ranges."""
        return self.qualifier is QUALIFIER.RANGE

    @property
    def quantity(self) -> pint.Quantity:
        """The value as a quantity of :data:`~envindicators.units.ureg`.

        A range gives a two-element array quantity ``[low, high]``.
        """
        unit = _pint_unit(self.unit)
        if self.is_range:
            return ureg.Quantity(np.array([self.low, self.high], dtype=float), unit)
        return ureg.Quantity(self.value, unit)

    def to(self, unit: str | pint.Unit, context: str | None = None) -> pint.Quantity:
        """:attr:`quantity` converted to ``unit`` (inside pint context ``context``).

        Parameters
        ----------
        unit : str or pint.Unit
            Target unit of :data:`~envindicators.units.ureg`.
        context : str, optional
            Pint context for the conversion (``"water"``, ``"steam"``, ``"points"``).

        Returns
        -------
        pint.Quantity
            The value (or ``[low, high]`` for a range) in ``unit``.

        Raises
        ------
        pint.DimensionalityError
            If the units are not convertible (in that context).

        Examples
        --------
        >>> from envindicators.units import parse_quantity
        >>> round(parse_quantity("16833畝").to("ha").magnitude, 1)
        1122.2
        """
        # convert imports this module; the context runs on its private registry, never as
        # state of the shared ureg
        from envindicators.units.convert import quantity_to

        return quantity_to(self.quantity, unit, context)

    def format(self) -> str:
        """Write the quantity back in Chinese (see :func:`format_quantity`).

        Returns
        -------
        str
            The quantity in Chinese, read back to an equal quantity by ``parse_quantity``.
        """
        return format_quantity(self)


_CONFIDENCE_ORDER = {Confidence.LOW: 0, Confidence.MEDIUM: 1, Confidence.HIGH: 2}


def _confidence(flags: tuple[Flag, ...] | list[Flag]) -> Confidence:
    out = Confidence.HIGH
    for f in flags:
        c = FLAG_CONFIDENCE[f]
        if _CONFIDENCE_ORDER[c] < _CONFIDENCE_ORDER[out]:
            out = c
    return out


@lru_cache(maxsize=4096)
def _pint_unit(unit: str) -> pint.Unit:
    return ureg.parse_units(unit)
