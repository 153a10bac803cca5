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
    "AmbiguousRegionError",
    "DatasetError",
    "DateParseError",
    "EncodingError",
    "EnvIndicatorsError",
    "ExtractionError",
    "InsufficientDataError",
    "ModelValidationError",
    "QuantityParseError",
    "StandardLookupError",
    "TrendError",
    "UnitMismatchError",
    "UnitStringError",
    "UnknownRegionError",
]


class EnvIndicatorsError(Exception):
    """Base class of all errors raised on purpose by envindicators."""


def _excerpt(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class QuantityParseError(EnvIndicatorsError, ValueError):
    """Text could not be parsed as a quantity (or as a date, see :class:`DateParseError`).

    Parameters
    ----------
    text : str
        The input that failed (as given by the caller); kept as the attribute ``text``.
    position : int or None
        0-based character offset in ``text`` where parsing failed, or ``None`` when the
        failure concerns the whole input (e.g. it is too long); attribute ``position``.
    reason : str
        Short human-readable description of what was expected; attribute ``reason``.
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


# the constructor is QuantityParseError's, whose docstring documents its parameters
class DateParseError(QuantityParseError):  # numpydoc ignore=PR01
    """Text could not be parsed as a Chinese date, period or deadline."""


# the constructor is QuantityParseError's, whose docstring documents its parameters
class UnitStringError(QuantityParseError):  # numpydoc ignore=PR01
    """A unit string is outside the bounded unit grammar of :mod:`envindicators.units.grammar`.

    Raised *before* pint evaluates the string: too long, malformed (``(``, ``kg)``), an
    exponent tower (``10**10**10 kg``), a power of a number, division by a written zero,
    ``//``, or a character that has no place in a unit (``__import__("os")``).  Unknown unit
    names raise :class:`pint.UndefinedUnitError` instead (also before any evaluation).
    """


class ModelValidationError(EnvIndicatorsError, ValueError):
    """A model object (indicator, target, observation, task) was built from invalid input.

    Parameters
    ----------
    field : str
        Name of the offending field (column name in DataFrame form); attribute ``field``.
    value : object
        The rejected value; attribute ``value``.
    reason : str
        What is wrong with it; attribute ``reason``.
    row : object, optional
        Row label when the object came from a DataFrame row, else ``None``; attribute
        ``row``.
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


# the constructor is ModelValidationError's, whose docstring documents its parameters
class UnitMismatchError(ModelValidationError):  # numpydoc ignore=PR01
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

    Parameters
    ----------
    message : str
        The message.
    column : str, optional
        The offending column when the error is about one cell, else ``None``; attribute
        ``column``.
    row : object, optional
        The offending row label (DataFrame index) when the error is about one cell, else
        ``None``; attribute ``row``.
    """

    def __init__(self, message: str, *, column: str | None = None, row: object = None) -> None:
        self.column = column
        self.row = row
        super().__init__(message)


class EncodingError(EnvIndicatorsError, ValueError):
    """A file's bytes cannot be decoded as text (or the encoding named is unknown).

    The parameters are kept as attributes of the same names.

    Parameters
    ----------
    reason : str
        What is wrong, without the file name or the hint.
    encoding : str, optional
        The encoding given, or ``None`` when it was detected.
    position : int, optional
        Byte offset of the first byte that does not decode.
    source : str, optional
        The file.
    hint : bool, default True
        Whether the message ends with advice on the encoding option.
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
        """The message, its hint naming ``option`` (``"encoding="`` or ``"--encoding"``).

        Parameters
        ----------
        option : str, default 'encoding='
            The option the hint names: ``"encoding="`` (Python) or ``"--encoding"``
            (command line).

        Returns
        -------
        str
            The message.
        """
        where = f"{self.source}: " if self.source else ""
        if not self.hint or self.reason.startswith(("unknown encoding", "this is ")):
            return f"{where}{self.reason}"
        example = f"{option} gb18030" if option.startswith("-") else f"{option}'gb18030'"
        return f"{where}{self.reason}; give the file's encoding with {option} (e.g. {example})"

    def located(self, source: str) -> EncodingError:
        """The same error about the file ``source``.

        Parameters
        ----------
        source : str
            The file the error is about.

        Returns
        -------
        EncodingError
            A new error with ``source`` set, the other fields unchanged.
        """
        return EncodingError(
            self.reason,
            encoding=self.encoding,
            position=self.position,
            source=source,
            hint=self.hint,
        )


class ExtractionError(EnvIndicatorsError, ValueError):
    """A report cannot be read into tables (:func:`envindicators.extract.read_report`).

    The text is not a string, an option is of the wrong kind, or a linked figure does not
    convert to its indicator.
    """


class UnknownRegionError(EnvIndicatorsError, LookupError):
    """A place name or division code that the gazetteer (:mod:`envindicators.regions`) lacks.

    Parameters
    ----------
    name : str
        The name or code as given.
    reason : str
        What was looked for.
    """

    def __init__(self, name: str, *, reason: str = "not a division in the gazetteer") -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"unknown region {_excerpt(name)!r}: {reason}")


class AmbiguousRegionError(EnvIndicatorsError, LookupError):
    """A place name that designates several divisions (鼓楼区 is a district of four cities).

    Parameters
    ----------
    name : str
        The name as given.
    candidates : list of tuple of (str, str)
        ``(code, full name with its parents)`` of each division it may mean.
    """

    def __init__(self, name: str, candidates: list[tuple[str, str]]) -> None:
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{code} {desc}" for code, desc in candidates[:10])
        more = f" and {len(candidates) - 10} more" if len(candidates) > 10 else ""
        super().__init__(
            f"ambiguous region {_excerpt(name)!r}: {len(candidates)} divisions have this name "
            f"({listed}{more}); pass within= (a province or city) or a code"
        )
