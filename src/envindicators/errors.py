"""Exception hierarchy of envindicators.

Every error the library raises on purpose derives from :class:`EnvIndicatorsError`, and
every error about bad *input values* also derives from :class:`ValueError`, so callers can
catch either the library-specific or the conventional type.  Messages say what was wrong
and where (the offending text and position, the field, the row), so a user can act on them.

Pint's own :class:`pint.DimensionalityError` and :class:`pint.UndefinedUnitError` are not
wrapped when they come straight from the unit registry: they are already specific and
well known to pint users.  Higher layers that take *text* wrap them into the errors below.

This module sits below every layer and imports nothing from the package.
"""

from __future__ import annotations

__all__ = [
    "DatasetError",
    "DateParseError",
    "EnvIndicatorsError",
    "InsufficientDataError",
    "ModelValidationError",
    "QuantityParseError",
    "StandardLookupError",
    "TrendError",
    "UnitMismatchError",
    "UnitStringError",
]


class EnvIndicatorsError(Exception):
    """Base class of all errors raised on purpose by envindicators."""


def _excerpt(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class QuantityParseError(EnvIndicatorsError, ValueError):
    """Text could not be parsed as a quantity (or as a date, see :class:`DateParseError`).

    Attributes
    ----------
    text:
        The input that failed (as given by the caller).
    position:
        0-based character offset in ``text`` where parsing failed, or ``None`` when the
        failure concerns the whole input (e.g. it is too long).
    reason:
        Short human-readable description of what was expected.
    """

    def __init__(self, text: str, position: int | None, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        where = "" if position is None else f" at position {position}"
        pointer = ""
        if position is not None and len(text) <= 80:
            pointer = f"\n    {text}\n    {' ' * _display_width(text[:position])}^"
        super().__init__(f"cannot parse {_excerpt(text)!r}{where}: {reason}{pointer}")


def _display_width(s: str) -> int:
    """Terminal width of ``s``: East Asian wide/full-width characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


class DateParseError(QuantityParseError):
    """Text could not be parsed as a Chinese date, period or deadline."""


class UnitStringError(QuantityParseError):
    """A unit string is outside the bounded unit grammar of :mod:`envindicators.units.grammar`.

    Raised *before* pint evaluates the string: too long, malformed (``(``, ``kg)``), an
    exponent tower (``10**10**10 kg``), a power of a number, division by a written zero,
    ``//``, or a character that has no place in a unit (``__import__("os")``).  Unknown unit
    names raise :class:`pint.UndefinedUnitError` instead (also before any evaluation).
    """


class ModelValidationError(EnvIndicatorsError, ValueError):
    """A model object (indicator, target, observation, task) was built from invalid input.

    Attributes
    ----------
    field:
        Name of the offending field (column name in DataFrame form).
    value:
        The rejected value.
    row:
        Row label when the object came from a DataFrame row, else ``None``.
    """

    def __init__(self, field: str, value: object, reason: str, row: object = None) -> None:
        self.field = field
        self.value = value
        self.row = row
        self.reason = reason
        where = "" if row is None else f" (row {row!r})"
        super().__init__(f"invalid {field}={value!r}{where}: {reason}")


class UnitMismatchError(ModelValidationError):
    """A quantity's unit is not compatible with the unit its indicator is measured in."""


class StandardLookupError(EnvIndicatorsError, ValueError):
    """A standard, phase, grade, item or date the shipped standards do not have.

    Raised by :mod:`envindicators.standards` for an unknown standard id, a date on which no
    shipped standard of the asked kind is in force, a grade or pollutant the standard's
    table does not list, … — the message names what exists.
    """


class TrendError(EnvIndicatorsError, ValueError):
    """A trend or projection cannot be computed from the given series."""


class InsufficientDataError(TrendError):
    """Too few valid (non-NaN) points for the requested statistic."""


class DatasetError(EnvIndicatorsError):
    """A bundled or user-supplied dataset does not satisfy its schema.

    Attributes
    ----------
    column, row:
        The offending column and row label (DataFrame index) when the error is about one
        cell, else ``None``.
    """

    def __init__(self, message: str, *, column: str | None = None, row: object = None) -> None:
        self.column = column
        self.row = row
        super().__init__(message)
