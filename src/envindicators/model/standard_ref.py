"""References to national standards: ``GB 3095-2012 二级 PM2.5 年平均``.

An indicator is judged against a standard (PM2.5 against GB 3095's grade-II annual limit,
a river section against GB 3838's class Ⅲ) and a target can *be* a standard limit
(达到国家二级标准).  :class:`StandardRef` is the structured form of such a reference; its
text form is what the ``standard`` column of the indicators and targets tables holds::

    <id> [<grade or class>] [<item>] [<averaging time>] [: <number> <unit>]

* ``<id>`` — ``GB 3095-2012``, ``HJ 633-2026``, ``GB 3838-2002``, ``GB 18918-2002`` …
  (``GB``, ``GB/T``, ``HJ`` or ``HJ/T``, number, year; the dash may be written ``—``);
* grade or class — ``一级``/``二级`` (air quality grades), ``Ⅰ类`` … ``Ⅴ类``, a range
  ``Ⅰ-Ⅲ类``, ``劣Ⅴ类`` (water classes), ``一级A``, ``一级B``, ``二级``, ``三级``
  (effluent grades); Latin numerals (``III类``) and a trailing ``标准`` are accepted;
* item — the pollutant or parameter (``PM2.5``, ``NH3-N``, ``COD``), one token;
* averaging time — ``年平均``, ``季平均``, ``24小时平均`` (日平均), ``日最大8小时平均``
  (8小时平均), ``1小时平均``, or the codes of :class:`Averaging`;
* ``: <number> <unit>`` — the limit as the writer states it (checked against the
  standard's table where the library has it, see :mod:`envindicators.standards`).

Tokens are separated by spaces.  This module only knows the *syntax*: which ids,
grades and items exist, and what a reference's limit is, is the business of
:mod:`envindicators.standards` (a higher layer), which resolves references against the
standards it ships.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from envindicators.errors import ModelValidationError
from envindicators.model import _field_values as fl

__all__ = ["Averaging", "StandardRef", "standard_text"]


class Averaging(StrEnum):
    """Averaging time of a concentration limit (GB 3095 平均时间).

    ==============  ==================  ============================================
    code            Chinese             meaning
    ==============  ==================  ============================================
    ``annual``      年平均              calendar-year mean
    ``quarterly``   季平均              calendar-quarter mean
    ``24h``         24小时平均          daily (natural day) mean
    ``8h``          日最大8小时平均     daily maximum of the 8-hour moving mean
    ``1h``          1小时平均           hourly mean
    ==============  ==================  ============================================
    """

    ANNUAL = "annual"
    QUARTERLY = "quarterly"
    H24 = "24h"
    H8 = "8h"
    H1 = "1h"

    @property
    def zh(self) -> str:
        """The Chinese name used in GB 3095 (``年平均`` …)."""
        return _AVERAGING_ZH[self]

    @classmethod
    def parse(cls, text: str) -> Averaging:
        """An averaging time from its code or a Chinese/English spelling.

        Raises
        ------
        ModelValidationError
            ``field="averaging"`` for an unknown spelling.
        """
        key = str(text).strip().lower().replace(" ", "")
        try:
            return _AVERAGING_ALIASES[key]
        except KeyError:
            raise ModelValidationError(
                "averaging",
                text,
                "unknown averaging time; expected one of "
                + ", ".join(f"{m.value} ({m.zh})" for m in cls),
            ) from None


_AVERAGING_ZH = {
    Averaging.ANNUAL: "年平均",
    Averaging.QUARTERLY: "季平均",
    Averaging.H24: "24小时平均",
    Averaging.H8: "日最大8小时平均",
    Averaging.H1: "1小时平均",
}
_AVERAGING_ALIASES: dict[str, Averaging] = {
    **{m.value: m for m in Averaging},
    **{zh: m for m, zh in _AVERAGING_ZH.items()},
    "年均": Averaging.ANNUAL,
    "年均值": Averaging.ANNUAL,
    "year": Averaging.ANNUAL,
    "季均": Averaging.QUARTERLY,
    "quarter": Averaging.QUARTERLY,
    "日平均": Averaging.H24,
    "日均": Averaging.H24,
    "日均值": Averaging.H24,
    "24小时": Averaging.H24,
    "daily": Averaging.H24,
    "24-hour": Averaging.H24,
    "8小时平均": Averaging.H8,
    "最大8小时平均": Averaging.H8,
    "8小时": Averaging.H8,
    "mda8": Averaging.H8,
    "8-hour": Averaging.H8,
    "小时平均": Averaging.H1,
    "1小时": Averaging.H1,
    "hourly": Averaging.H1,
    "1-hour": Averaging.H1,
}

_ID = re.compile(r"^\s*(GB/T|GB|HJ/T|HJ)\s*(\d+(?:\.\d+)?)\s*[-—–－]\s*(\d{4})(?=\s|:|：|$)")
_LIMIT = re.compile(r"[:：]\s*([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(\S.*?)\s*$")
_ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ"}
_ROMAN_RE = r"(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|II|IV|I|V)"
_CLASS = re.compile(rf"^(劣)?({_ROMAN_RE})(?:\s*[-~～—至]\s*({_ROMAN_RE}))?类(?:标准|水质)?$")
_GRADE = re.compile(r"^([一二三])级([ABab])?(?:标准)?$")
#: Ids that look like standards: a free-text ``standard`` starting with one must parse.
LOOKS_LIKE_ID = re.compile(r"^\s*(GB/T|GB|HJ/T|HJ)\s*\d")


def _roman(token: str) -> str:
    return _ROMAN.get(token, token)


def _grade(token: str) -> str | None:
    m = _CLASS.match(token)
    if m:
        worse, a, b = m.groups()
        if worse and b:
            return None
        return ("劣" if worse else "") + _roman(a) + (f"-{_roman(b)}" if b else "") + "类"
    m = _GRADE.match(token)
    if m:
        return f"{m.group(1)}级" + (m.group(2).upper() if m.group(2) else "")
    return None


@dataclass(frozen=True, slots=True)
class StandardRef:
    """A reference to a national standard, optionally to one limit of it.

    Parameters
    ----------
    standard:
        The standard's id, ``GB 3095-2012`` (normalised: ASCII hyphen, one space).
    grade:
        Grade or class: ``二级``, ``Ⅲ类``, ``Ⅰ-Ⅲ类``, ``劣Ⅴ类``, ``一级A`` (normalised:
        Unicode Roman numerals, no trailing ``标准``).
    item:
        The pollutant or parameter (``PM2.5``, ``NH3-N``), as written.
    averaging:
        :class:`Averaging` (or a spelling of it).
    limit, limit_unit:
        The limit as stated by the writer, and its unit (both or neither).

    Raises
    ------
    ModelValidationError
        ``field="standard"`` for a malformed id, grade or limit.

    Examples
    --------
    >>> ref = StandardRef.parse("GB 3095—2012 二级 PM2.5 年均")
    >>> ref.standard, ref.grade, ref.item, ref.averaging.value
    ('GB 3095-2012', '二级', 'PM2.5', 'annual')
    >>> str(ref)
    'GB 3095-2012 二级 PM2.5 年平均'
    >>> StandardRef.parse("GB 3838-2002 III类").grade
    'Ⅲ类'
    """

    standard: str
    grade: str | None = None
    item: str | None = None
    averaging: Averaging | None = None
    limit: float | None = None
    limit_unit: str | None = None

    def __post_init__(self) -> None:
        s = object.__setattr__
        text = fl.text(self.standard, "standard", required=True)
        assert text is not None
        m = _ID.match(text)
        if m is None or m.end() != len(text.rstrip()):
            raise ModelValidationError(
                "standard", self.standard, "expected an id such as 'GB 3095-2012'"
            )
        s(self, "standard", f"{m.group(1)} {m.group(2)}-{m.group(3)}")
        grade = fl.text(self.grade, "grade")
        if grade is not None:
            norm = _grade(grade.strip())
            if norm is None:
                raise ModelValidationError(
                    "standard", grade, "not a grade (一级, 二级, 一级A …) or class (Ⅲ类, 劣Ⅴ类 …)"
                )
            grade = norm
        s(self, "grade", grade)
        item = fl.text(self.item, "item")
        if item is not None and (not item.strip() or " " in item.strip()):
            raise ModelValidationError("standard", item, "an item is one token (PM2.5, NH3-N)")
        s(self, "item", item.strip() if item else None)
        if self.averaging is not None and not isinstance(self.averaging, Averaging):
            s(self, "averaging", Averaging.parse(self.averaging))
        limit = fl.real(self.limit, "limit")
        unit = fl.text(self.limit_unit, "limit_unit")
        if (limit is None) != (unit is None):
            raise ModelValidationError(
                "standard", (self.limit, self.limit_unit), "a stated limit needs number and unit"
            )
        s(self, "limit", limit)
        s(self, "limit_unit", unit.strip() if unit else None)

    @classmethod
    def parse(cls, text: str) -> StandardRef:
        """Read the text form (see the module docstring).

        Raises
        ------
        ModelValidationError
            ``field="standard"``: not an id, two grades, two items, an unreadable limit.
        """
        if isinstance(text, StandardRef):
            return text
        if not isinstance(text, str):
            raise ModelValidationError("standard", text, "expected text or a StandardRef")
        m = _ID.match(text)
        if m is None:
            raise ModelValidationError(
                "standard", text, "expected a standard id first, such as 'GB 3095-2012'"
            )
        rest = text[m.end() :]
        limit: tuple[float, str] | None = None
        lm = _LIMIT.search(rest)
        if lm is not None:
            rest = rest[: lm.start()]
            limit = (float(lm.group(1)), lm.group(2))
        elif ":" in rest or "：" in rest:
            raise ModelValidationError("standard", text, "a stated limit is ': <number> <unit>'")
        fields: dict[str, Any] = {}
        for token in rest.split():
            norm = _grade(token)
            if norm is not None:
                key, value = "grade", norm
            elif token.lower().replace(" ", "") in _AVERAGING_ALIASES:
                key, value = "averaging", Averaging.parse(token)
            else:
                key, value = "item", token
            if key in fields:
                raise ModelValidationError(
                    "standard", text, f"two {key}s ({fields[key]!s}, {value!s}) in one reference"
                )
            fields[key] = value
        return cls(
            f"{m.group(1)} {m.group(2)}-{m.group(3)}",
            limit=None if limit is None else limit[0],
            limit_unit=None if limit is None else limit[1],
            **fields,
        )

    @property
    def family(self) -> str:
        """The id without its year: ``GB 3095``."""
        return self.standard.rsplit("-", 1)[0]

    @property
    def year(self) -> int:
        """The year of the edition: 2012 for ``GB 3095-2012``."""
        return int(self.standard.rsplit("-", 1)[1])

    def replace(self, **changes: Any) -> StandardRef:
        """A copy with some fields changed (``ref.replace(standard="GB 3095-2026")``)."""
        values: dict[str, Any] = {
            "standard": self.standard,
            "grade": self.grade,
            "item": self.item,
            "averaging": self.averaging,
            "limit": self.limit,
            "limit_unit": self.limit_unit,
        }
        values.update(changes)
        return StandardRef(**values)

    def __str__(self) -> str:
        parts = [self.standard]
        if self.grade:
            parts.append(self.grade)
        if self.item:
            parts.append(self.item)
        if self.averaging is not None:
            parts.append(self.averaging.zh)
        text = " ".join(parts)
        if self.limit is not None:
            text += f": {self.limit:g} {self.limit_unit}"
        return text


def standard_text(value: Any, field: str, *, strict: bool) -> str | None:
    """The ``standard`` cell of a model object: canonical text, or free text.

    A :class:`StandardRef` becomes its text form.  Text that starts like a standard id
    must parse (a malformed reference is an error, naming ``field``); with ``strict``
    any text must parse, otherwise other free text (``国家二级标准``) is kept verbatim.
    """
    if isinstance(value, StandardRef):
        return str(value)
    text = fl.text(value, field)
    if text is None:
        return None
    if strict or LOOKS_LIKE_ID.match(text):
        try:
            StandardRef.parse(text)
        except ModelValidationError as e:
            raise ModelValidationError(field, text, e.reason) from None
    return text
