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
    "EncodingError",
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
        where = "" if row is None else f" (row {_plain(row)!r})"
        super().__init__(f"invalid {field}={_plain(value)!r}{where}: {reason}")


def _plain(value: object) -> object:
    """A numpy scalar as the Python number it holds (``31.0``, not ``np.float64(31.0)``)."""
    item = getattr(value, "item", None)
    if type(value).__module__ == "numpy" and callable(item) and getattr(value, "ndim", 1) == 0:
        return item()
    return value


class UnitMismatchError(ModelValidationError):
    """A quantity's unit is not compatible with the unit its indicator is measured in."""


class UndefinedChangeError(EnvIndicatorsError, ValueError):
    """A relative change asked of a base ≤ 0, where it is undefined.

    From −10 to −20 is "+100 %" by the formula although the quantity fell, and from 0 any
    change is infinite: :func:`~envindicators.units.relative_change` refuses such bases
    instead of returning a misleading number (state the change as an absolute difference).
    """


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


class EncodingError(EnvIndicatorsError, ValueError):
    """A file's bytes cannot be decoded as text (or the encoding named is unknown).

    Attributes
    ----------
    reason : str
        What is wrong, without the file name or the hint.
    encoding : str or None
        The encoding given, or ``None`` when it was detected.
    position : int or None
        Byte offset of the first byte that does not decode.
    source : str or None
        The file.
    """

    def __init__(
        self,
        reason: str,
        *,
        encoding: str | None = None,
        position: int | None = None,
        source: str | None = None,
        hint: bool = True,
    ) -> None:
        self.reason = reason
        self.encoding = encoding
        self.position = position
        self.source = source
        self.hint = hint
        super().__init__(self.describe("encoding="))

    def describe(self, option: str = "encoding=") -> str:
        """The message, its hint naming ``option`` (``"encoding="`` or ``"--encoding"``)."""
        where = f"{self.source}: " if self.source else ""
        if not self.hint or self.reason.startswith(("unknown encoding", "this is ")):
            return f"{where}{self.reason}"
        example = f"{option} gb18030" if option.startswith("-") else f"{option}'gb18030'"
        return f"{where}{self.reason}; give the file's encoding with {option} (e.g. {example})"

    def located(self, source: str) -> EncodingError:
        """The same error about the file ``source``."""
        return EncodingError(
            self.reason,
            encoding=self.encoding,
            position=self.position,
            source=source,
            hint=self.hint,
        )
