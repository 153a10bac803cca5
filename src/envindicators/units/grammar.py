"""A bounded grammar for unit strings, checked before pint evaluates anything.

pint reads a unit string with a general expression evaluator: ``10**10**10 kg`` makes it
compute an integer with ten billion digits (minutes and gigabytes) before it can say
anything about the units, ``1/0`` raises :class:`ZeroDivisionError`, ``(`` a tokenizer
error.  A table from an untrusted source must not be able to hang or crash the library, so
every unit string that reaches :data:`envindicators.units.ureg` is first read by this small
grammar; pint only ever sees strings it accepts, and the cost of evaluating those is
bounded by their length.

The grammar
-----------
::

    expression := [sign] term { [ "*" | "/" | "per" ] term }      (juxtaposition = "*")
    term       := ["square" | "sq" | "cubic"] atom [power]
    atom       := NAME | NUMBER | "(" expression ")"
    power      := ("**" | "^") [sign] INTEGER | SUPERSCRIPT | "squared" | "cubed"

with these limits:

* at most :data:`MAX_UNIT_LENGTH` characters and :data:`MAX_DEPTH` nested parentheses;
* an exponent is a small integer: ``|n| ≤`` :data:`MAX_EXPONENT` for units (``m3``,
  ``m**3``, ``m^3``, ``m³``, ``s**-1``), ``|n| ≤`` :data:`MAX_NUMBER_EXPONENT` for a single
  written number (``10^4 t``, with a result within ``1e±300``); a power of a power
  (``10**10**10``, an *exponent tower*) is refused, and so are a power of a parenthesised
  group containing a number (``(2 m)**2``) and zero to a negative power, so no number can
  grow beyond a bound set by what is written;
* a number is a finite decimal (``1000``, ``1.5``, ``2e3``); dividing by a written zero is
  refused;
* a name must be a unit of the registry (with pint's prefixes and plurals; the scaled
  statistical units 万吨 … are units of the registry) — the caller passes the look-up; a
  name ending in a digit must be spelt exactly as in the registry (``m3``, ``km2``), because
  pint would read ``km3`` as kilo-(m³) = 1000 m³ instead of 1e9 m³;
* ``//``, ``+``/``-`` between terms, strings, commas and any other character are refused.

Errors are :class:`~envindicators.errors.UnitStringError` (a ``ValueError``) with the
position of the offending character.  The grammar is applied to the string *after* the
registry's preprocessors (full-width forms, ``%`` → ``percent``, ``㎡`` → ``m**2``), i.e.
to exactly what pint would evaluate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from envindicators.errors import UnitStringError

__all__ = [
    "MAX_DEPTH",
    "MAX_EXPONENT",
    "MAX_NUMBER_EXPONENT",
    "MAX_UNIT_LENGTH",
    "UnitExpression",
    "check_unit_string",
]

#: Longest unit string read (characters).  Table units are a few characters long.
MAX_UNIT_LENGTH = 100
#: Deepest nesting of parentheses.
MAX_DEPTH = 3
#: Largest absolute integer exponent of a unit (``m**3``, ``s**-2``).
MAX_EXPONENT = 6
#: Largest absolute integer exponent of a written number (``10^4 t``).
MAX_NUMBER_EXPONENT = 12

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
  | (?P<super>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)
  | (?P<name>(?:[^\W\d⁰¹²³⁴⁵⁶⁷⁸⁹]|°)(?:[^\W⁰¹²³⁴⁵⁶⁷⁸⁹]|°)*)
  | (?P<op>\*\*|//|[*/^()+\-])
    """,
    re.VERBOSE,
)
_POWER_WORDS = {"squared": 2, "cubed": 3}
_PREFIX_POWER_WORDS = {"square": 2, "sq": 2, "cubic": 3}


@dataclass(frozen=True)
class UnitExpression:
    """What :func:`check_unit_string` found in an accepted string.

    Parameters
    ----------
    text : str
        The string checked.
    names : tuple of str
        The names (units, or the caller's variables) in order of appearance.
    has_numbers : bool
        Whether a number is written in the string (``1000 kg``).
    """

    text: str
    names: tuple[str, ...]
    has_numbers: bool


@dataclass
class _Token:
    kind: str
    text: str
    pos: int


def _tokens(text: str, original: str) -> list[_Token]:
    out: list[_Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise UnitStringError(original, _where(text, original, pos), _bad_char(text[pos]))
        kind = m.lastgroup or ""
        if kind != "ws":
            out.append(_Token(kind, m.group(), pos))
        pos = m.end()
    return out


def _bad_char(char: str) -> str:
    return f"{char!r} is not allowed in a unit (units, numbers, * / ** ^ and parentheses only)"


def _where(text: str, original: str, pos: int) -> int | None:
    """Position in the caller's string, when preprocessing did not move characters."""
    return pos if text == original else None


class _Parser:
    def __init__(
        self,
        text: str,
        original: str,
        is_name: Callable[[str], object] | None,
        extra: Collection[str],
    ) -> None:
        self.text = text
        self.original = original
        self.tokens = _tokens(text, original)
        self.i = 0
        self.is_name = is_name
        self.extra = extra
        self.names: list[str] = []
        self.has_numbers = False

    # -- helpers ---------------------------------------------------------------------
    def error(self, pos: int | None, reason: str) -> UnitStringError:
        where = None if pos is None else _where(self.text, self.original, pos)
        return UnitStringError(self.original, where, reason)

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    # -- grammar ---------------------------------------------------------------------
    def parse(self) -> UnitExpression:
        if self.tokens:
            self.expression(depth=0)
            tok = self.peek()
            if tok is not None:
                raise self.error(tok.pos, self._unexpected(tok))
        return UnitExpression(self.original, tuple(self.names), self.has_numbers)

    def _unexpected(self, tok: _Token) -> str:
        if tok.text == ")":
            return "unbalanced ')'"
        if tok.text == "//":
            return "'//' is not an operator of units; write '/'"
        if tok.text in ("**", "^") or tok.kind == "super":
            return "exponent towers are not allowed (a power of a power)"
        if tok.text in ("+", "-"):
            return "units cannot be added or subtracted"
        return f"unexpected {tok.text!r}"

    def expression(self, depth: int) -> bool:
        """Parse an expression; return whether it contains a number."""
        tok = self.peek()
        numeric = False
        if tok is not None and tok.text in ("+", "-"):
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind != "number":
                raise self.error(tok.pos, "a sign must be followed by a number")
        numeric |= self.term(depth, divisor=False)
        while True:
            tok = self.peek()
            if tok is None or tok.text == ")":
                return numeric
            divisor = False
            if tok.text in ("*", "/") or (tok.kind == "name" and tok.text == "per"):
                divisor = tok.text != "*"
                self.take()
                if self.peek() is None:
                    raise self.error(tok.pos, f"{tok.text!r} at the end of the unit")
            elif tok.kind not in ("name", "number") and tok.text != "(":
                raise self.error(tok.pos, self._unexpected(tok))
            numeric |= self.term(depth, divisor=divisor)

    def term(self, depth: int, *, divisor: bool) -> bool:
        tok = self.peek()
        prefix_power = None
        if tok is not None and tok.kind == "name" and tok.text in _PREFIX_POWER_WORDS:
            self.take()
            prefix_power = tok
            tok = self.peek()
        if tok is None:
            raise self.error(len(self.text), "a unit is missing at the end")
        start = tok.pos
        if tok.text == "(":
            if depth >= MAX_DEPTH:
                raise self.error(tok.pos, f"more than {MAX_DEPTH} nested parentheses")
            self.take()
            inner = self.peek()
            if inner is None:
                raise self.error(tok.pos, "unbalanced '('")
            if inner.text == ")":
                raise self.error(tok.pos, "empty parentheses")
            numeric = self.expression(depth + 1)
            close = self.peek()
            if close is None or close.text != ")":
                raise self.error(tok.pos, "unbalanced '('")
            self.take()
        elif tok.kind == "number":
            self.take()
            value = float(tok.text)
            if not math.isfinite(value):
                raise self.error(tok.pos, f"{tok.text} is not a finite number")
            if divisor and value == 0.0:
                raise self.error(tok.pos, "division by zero")
            self.has_numbers = numeric = True
        elif tok.kind == "name":
            self.take()
            self.name(tok)
            numeric = False
        else:
            raise self.error(tok.pos, self._unexpected(tok))
        powered = prefix_power is not None
        if prefix_power is not None and tok.kind != "name":
            raise self.error(prefix_power.pos, f"{prefix_power.text!r} must precede a unit name")
        nxt = self.peek()
        if nxt is not None and (
            nxt.text in ("**", "^")
            or nxt.kind == "super"
            or (nxt.kind == "name" and nxt.text in _POWER_WORDS)
        ):
            if powered:
                raise self.error(nxt.pos, self._unexpected(nxt))
            self.power(numeric, start, float(tok.text) if tok.kind == "number" else None)
            powered = True
        nxt = self.peek()
        if powered and nxt is not None and (nxt.text in ("**", "^") or nxt.kind == "super"):
            raise self.error(nxt.pos, self._unexpected(nxt))
        return numeric

    def power(self, numeric: bool, start: int, base: float | None) -> None:
        tok = self.take()
        if numeric and base is None:
            raise self.error(start, "a power applies to units or to a single number only")
        if tok.kind == "super":
            exponent = tok.text.translate(_SUPERSCRIPTS)
        elif tok.kind == "name":
            exponent = str(_POWER_WORDS[tok.text])
        else:
            sign = ""
            nxt = self.peek()
            if nxt is not None and nxt.text in ("+", "-"):
                sign = self.take().text
            nxt = self.peek()
            if nxt is None or nxt.kind != "number" or not nxt.text.isdigit():
                raise self.error(tok.pos, "an exponent must be a small integer")
            exponent = sign + self.take().text
        limit = MAX_EXPONENT if base is None else MAX_NUMBER_EXPONENT
        if len(exponent.lstrip("+-")) > 2 or abs(int(exponent)) > limit:
            raise self.error(tok.pos, f"exponent {exponent} is larger than {limit}")
        n = int(exponent)
        if base is not None:
            if base == 0.0 and n < 0:
                raise self.error(start, "zero to a negative power")
            if base != 0.0 and abs(n) * abs(math.log10(abs(base))) > 300:
                raise self.error(start, "the power of this number is out of range")

    def name(self, tok: _Token) -> None:
        if tok.text in _POWER_WORDS or tok.text == "per":
            raise self.error(tok.pos, f"{tok.text!r} needs a unit before it")
        self.names.append(tok.text)
        if tok.text in self.extra or self.is_name is None:
            return
        self.is_name(tok.text)


def check_unit_string(
    text: str,
    *,
    is_name: Callable[[str], object] | None = None,
    extra_names: Collection[str] = (),
    original: str | None = None,
) -> UnitExpression:
    """Check that ``text`` is a bounded unit expression; raise otherwise.

    Parameters
    ----------
    text : str
        The unit string, after the registry's preprocessors (see the module docstring).
    is_name : callable, optional
        Called with every name; raises (e.g. :class:`pint.UndefinedUnitError`) for a name
        that is not a unit.  ``None`` checks the syntax only.
    extra_names : collection of str
        Names accepted without the look-up (variables of a pint context equation).
    original : str, optional
        The string as the caller wrote it (before preprocessing), for error messages.

    Returns
    -------
    UnitExpression
        The names found and whether a number is written.

    Raises
    ------
    UnitStringError
        The string is too long, malformed, or outside the grammar (exponent tower, power of
        a number, large exponent, division by zero, a character that is not allowed).

    Examples
    --------
    >>> check_unit_string("万吨/日").names
    ('万吨', '日')
    >>> try:
    ...     check_unit_string("10**10**10 kg")
    ... except UnitStringError as exc:
    ...     print(exc.reason)
    exponent towers are not allowed (a power of a power)
    """
    shown = text if original is None else original
    if not isinstance(text, str):
        raise TypeError(f"a unit must be a string, got {type(text).__name__}")
    if len(text) > MAX_UNIT_LENGTH or len(shown) > MAX_UNIT_LENGTH:
        raise UnitStringError(
            shown[: MAX_UNIT_LENGTH + 1],
            None,
            f"a unit string is at most {MAX_UNIT_LENGTH} characters",
        )
    return _Parser(text, shown, is_name, extra_names).parse()
