"""Field coercion for model constructors (private).

Each helper takes the raw value, the field name (the DataFrame column name) and returns
the normalised value or raises :class:`~envindicators.errors.ModelValidationError` naming
the field.  Missing values (``None``, NaN, ``pd.NA``, ``NaT``, ``""``) are normalised to
``None``; text is otherwise kept verbatim (quotes must stay substrings of the source).
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
from enum import Enum
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from envindicators.errors import ModelValidationError

E = TypeVar("E", bound=Enum)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_missing(value: Any) -> bool:
    """True for ``None``, NaN, ``pd.NA``, ``NaT`` and the empty string."""
    if value is None:
        return True
    if isinstance(value, str):
        return value == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _absent(value: Any, field: str, required: bool) -> bool:
    """True when ``value`` is missing; a missing ``required`` value is an error."""
    if not is_missing(value):
        return False
    if required:
        raise ModelValidationError(field, value, "is required")
    return True


def text(value: Any, field: str, *, required: bool = False) -> str | None:
    """The string unchanged, or ``None`` when missing (``""`` counts as missing)."""
    if _absent(value, field, required):
        return None
    if not isinstance(value, str):
        raise ModelValidationError(field, value, f"expected a string, got {type(value).__name__}")
    return value


def real(value: Any, field: str, *, required: bool = False) -> float | None:
    """A finite float or ``None``; NaN and ±inf are rejected when given explicitly."""
    if value is None or value is pd.NA:
        if required:
            raise ModelValidationError(field, value, "is required")
        return None
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        raise ModelValidationError(field, value, f"expected a number, got {type(value).__name__}")
    x = float(value)
    if math.isnan(x):
        if required:
            raise ModelValidationError(field, value, "is NaN; a number is required")
        return None
    if math.isinf(x):
        raise ModelValidationError(field, value, "must be finite")
    return x


def integer(value: Any, field: str, *, required: bool = False) -> int | None:
    """An int or ``None``; floats must be integral."""
    if _absent(value, field, required):
        return None
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        raise ModelValidationError(field, value, f"expected an integer, got {type(value).__name__}")
    if isinstance(value, numbers.Integral):
        return int(value)
    x = float(value)
    if not x.is_integer():
        raise ModelValidationError(field, value, "expected an integer")
    return int(x)


def date(value: Any, field: str, *, required: bool = False, year: str = "end") -> _dt.date | None:
    """A :class:`datetime.date` from a date, datetime, Timestamp, ISO string or a year.

    ``year`` says what a bare year means: ``"end"`` → 31 December (deadlines, period ends),
    ``"start"`` → 1 January (period starts), ``"reject"`` → error (ambiguous fields).
    """
    if _absent(value, field, required):
        return None
    if isinstance(value, pd.Timestamp | _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date()
    is_year = (isinstance(value, numbers.Integral) and not isinstance(value, bool)) or (
        isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()) is not None
    )
    if is_year:
        if year == "reject":
            raise ModelValidationError(
                field, value, "a bare year is ambiguous here; give a date (YYYY-MM-DD)"
            )
        y = int(value)
        if not 1 <= y <= 9999:
            raise ModelValidationError(field, value, "year out of range")
        return _dt.date(y, 12, 31) if year == "end" else _dt.date(y, 1, 1)
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ModelValidationError(field, value, str(exc)) from None
    raise ModelValidationError(
        field, value, "expected a date, an ISO date string (YYYY-MM-DD) or a year"
    )


def vocab(enum: type[E], value: Any, field: str, *, required: bool = False) -> E | None:
    """A member of ``enum`` from a member or its code; Chinese text via ``from_text``."""
    if _absent(value, field, required):
        return None
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(value.strip())
        except ValueError:
            from_text = getattr(enum, "from_text", None)
            if from_text is not None:
                try:
                    return from_text(value)
                except ModelValidationError:
                    pass
    raise ModelValidationError(
        field, value, f"unknown {field}; expected one of {', '.join(m.value for m in enum)}"
    )


def with_row(exc: ModelValidationError, row: Any) -> ModelValidationError:
    """The same error (same class) with the row label filled in."""
    return type(exc)(exc.field, exc.value, exc.reason, row)
