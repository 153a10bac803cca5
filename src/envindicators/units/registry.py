"""Construction of the envindicators pint registry.

The registry is our own :class:`pint.UnitRegistry`: pint's default English definitions plus
``definitions.txt`` (Chinese units in simplified and traditional script, currency, steam,
percentage points, counters, contexts), plus the *scaled statistical units* generated here.

Why scaled units and not pint prefixes
--------------------------------------
Chinese statistics write 万/亿 (and 十/百/千) in front of units: ``万千瓦``, ``千公顷``,
``万立方米``, ``亿立方米``, ``万吨/日``.  Two designs are possible:

* pint prefixes (``万- = 1e4``).  Rejected: pint allows a single prefix, so ``万千瓦`` would
  need ``千瓦`` as a unit *and* ``千-`` as a prefix, which makes ``千克``/``千米``/``千瓦``
  ambiguous (pint logs a warning and picks one) and produces names like ``千gram``; and a
  prefix would also apply to units that are never scaled (``万日``, ``亿%``).
* the **number** carries the multiplier (what the quantity parser does: ``20余万吨`` and
  ``1.8万余个`` put qualifiers *between* the digits and 万, so 万 is part of the numeral),
  and the registry additionally knows the handful of scaled units that statistical tables
  use as column units.  Chosen.  Every unit listed in :data:`SCALABLE_UNITS` gets one unit
  per entry of :data:`SCALE_WORDS` (``万吨 = 1e4 吨``) in every simplified/traditional
  spelling, so ``ureg("10.5 万千瓦").to("MW")`` and ``ureg("926 千公顷")`` work directly and
  the parser and the registry share one table of multipliers.

Nothing here touches pint's application registry or any other global pint state.

The guarded registry
--------------------
:class:`UnitRegistry` is :class:`pint.UnitRegistry` with one addition: every unit string
and expression it is asked to read (``ureg("16833 亩")``, ``ureg.Unit("万吨/日")``,
``Quantity(1, "kg")``, ``q.to("m3/d")``, ``ureg.parse_units`` …) first goes through the
bounded grammar of :mod:`envindicators.units.grammar`, so a hostile string
(``10**10**10 kg``) is refused with :class:`~envindicators.errors.UnitStringError` before
pint evaluates anything, and an unknown name raises :class:`pint.UndefinedUnitError` before
any arithmetic.  :data:`ureg`, the registry of the library, is built here, once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import pint

from envindicators.units.grammar import MAX_UNIT_LENGTH, UnitExpression, check_unit_string

__all__ = [
    "CJK_UNIT_PATTERN",
    "SCALABLE_UNITS",
    "SCALE_WORDS",
    "Quantity",
    "Unit",
    "UnitRegistry",
    "build_registry",
    "ureg",
]

#: Multiplier words, simplified spelling → factor.  ``SCALE_SPELLINGS`` lists the
#: traditional variants of each.  Shared with the quantity parser.
SCALE_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "十": 10,
        "百": 100,
        "千": 1_000,
        "万": 10_000,
        "十万": 100_000,
        "百万": 1_000_000,
        "千万": 10_000_000,
        "亿": 100_000_000,
        "十亿": 1_000_000_000,
        "百亿": 10_000_000_000,
        "千亿": 100_000_000_000,
        "万亿": 1_000_000_000_000,  # 21.29万亿元 (national accounts, forest wealth)
    }
)

_TRADITIONAL_SCALE = {"万": "萬", "亿": "億"}


def scale_spellings(word: str) -> list[str]:
    """All spellings of a multiplier word: ``"十万"`` → ``["十万", "十萬"]``.

    Parameters
    ----------
    word : str
        A multiplier word in simplified script.

    Returns
    -------
    list of str
        Every combination of simplified and traditional spellings of its characters.
    """
    options = [(c, _TRADITIONAL_SCALE[c]) if c in _TRADITIONAL_SCALE else (c,) for c in word]
    return ["".join(p) for p in itertools.product(*options)]


#: Units (by any Chinese spelling) that statistical reports scale with 万/亿/千….
#: Time units, percentages and units of concentration are deliberately absent.
SCALABLE_UNITS: tuple[str, ...] = (
    # area, length, volume
    "亩", "公顷", "平方米", "平方公里", "公里", "米", "立方米", "方", "升",
    # mass, energy, power, steam, money
    "吨", "千克", "克", "千瓦", "兆瓦", "千瓦时", "吨标准煤", "千克标准煤", "蒸吨", "元",
    "港元", "澳门元", "新台币",
    # counters
    "个", "项", "件", "户", "台", "座", "家", "辆", "人", "次", "处", "条", "起", "宗",
    "艘", "棵", "批", "块", "间", "所", "人次",
)  # fmt: skip

#: A character range that covers the CJK unified ideographs used in unit names.
CJK_UNIT_PATTERN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Squared/cubed unit symbols in Unicode blocks, and full-width punctuation that may reach
# the registry without going through the parser's text normalisation.
_SYMBOL_TRANSLATION = str.maketrans(
    {
        "㎡": " m**2",
        "㎥": " m**3",
        "㎞": " km",
        "㎏": " kg",
        "㎎": " mg",
        "㎍": " µg",
        "％": " percent",  # pint rewrites "%" before custom preprocessors run
        "／": "/",
        "（": "(",
        "）": ")",
        "＊": "*",
        "·": "*",
        "×": "*",
    }
)
# "1.5万吨" or "16833亩": pint's tokenizer needs a space between a number and a CJK name.
_NUMBER_THEN_CJK = re.compile(r"(\d)(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def _preprocess(text: str) -> str:
    """Registry-level string preprocessor (pint ``preprocessors=``); cheap and idempotent."""
    return _NUMBER_THEN_CJK.sub(r"\1 ", text.translate(_SYMBOL_TRANSLATION))


def _cjk_spellings_index(ureg: pint.UnitRegistry) -> dict[str, list[str]]:
    """Unit name → every CJK spelling (name, symbol, aliases, ``@alias`` entries).

    pint keeps names, symbols and aliases as keys of one mapping (and ``@alias`` entries
    only there), so the reverse index is read from it; pint has no public listing.
    """
    index: dict[str, list[str]] = {}
    for key, definition in ureg._units.items():
        if CJK_UNIT_PATTERN.match(key):
            index.setdefault(definition.name, []).append(key)
    return index


def _define_scaled_units(ureg: pint.UnitRegistry) -> None:
    existing = set()
    index = _cjk_spellings_index(ureg)
    for unit in SCALABLE_UNITS:
        base_name = ureg.get_name(unit)
        # the spelling listed in SCALABLE_UNITS names the generated unit
        spellings = sorted(index[base_name], key=lambda n: n != unit)
        for word, factor in SCALE_WORDS.items():
            names = [
                s + u
                for s in scale_spellings(word)
                for u in spellings
                if (s + u) not in existing and not _is_defined(ureg, s + u)
            ]
            if not names:
                continue
            existing.update(names)
            aliases = "".join(f" = {n}" for n in names[1:])
            ureg.define(f"{names[0]} = {factor} * {base_name} = _{aliases}")


def _is_defined(ureg: pint.UnitRegistry, name: str) -> bool:
    try:
        ureg.get_name(name)
    except pint.UndefinedUnitError:
        return False
    return True


_CHECK_CACHE_SIZE = 4096


class UnitRegistry(pint.UnitRegistry):
    """A :class:`pint.UnitRegistry` that reads unit strings through the bounded grammar.

    Built by :func:`build_registry`; the guard is switched on once the definitions are
    loaded (pint's own definition files are trusted).  See the module docstring.

    Parameters
    ----------
    *args, **kwargs
        As :class:`pint.UnitRegistry`.
    """

    _guarded: bool = False

    def _check_string(self, text: str, extra: Collection[str] = ()) -> UnitExpression | None:
        """Check ``text`` against the grammar (after the preprocessors); cached."""
        if not self._guarded or not isinstance(text, str):
            return None
        cache: dict[tuple[str, frozenset[str]], UnitExpression] = self.__dict__.setdefault(
            "_grammar_cache", {}
        )
        key = (text, frozenset(extra))
        hit = cache.get(key)
        if hit is not None:
            return hit
        pre = text
        if len(text) <= MAX_UNIT_LENGTH:  # a longer string is refused by its length anyway
            for p in self.preprocessors:
                pre = p(pre)
        result = check_unit_string(pre, is_name=self._known_name, extra_names=extra, original=text)
        if len(cache) >= _CHECK_CACHE_SIZE:
            cache.clear()
        cache[key] = result
        return result

    def _known_name(self, name: str) -> None:
        """Raise :class:`pint.UndefinedUnitError` unless ``name`` is a unit of the registry."""
        if name == "dimensionless" or name in self._units:
            return
        if name[-1].isdigit():
            # pint would read "km3" as kilo-"m3" (1000 m³): only exact spellings end in digits
            raise pint.UndefinedUnitError(name)
        self.get_name(name)  # prefixes and plurals; raises UndefinedUnitError

    def parse_expression(
        self, input_string: str, case_sensitive: bool | None = None, **values: Any
    ) -> Any:
        """:meth:`pint.UnitRegistry.parse_expression` behind the bounded grammar.

        Parameters
        ----------
        input_string : str
            A quantity or unit expression (``"1.5 万吨/日"``).
        case_sensitive : bool, optional
            As pint's.
        **values
            Values of names in the expression, as pint's.

        Returns
        -------
        pint.Quantity
            The parsed quantity.

        Raises
        ------
        UnitStringError
            If the string is outside the bounded unit grammar.
        """
        self._check_string(input_string, tuple(values))
        if isinstance(input_string, str) and not input_string.strip():
            input_string = ""  # pint's tokenizer fails on blank text; "" is dimensionless
        return super().parse_expression(input_string, case_sensitive, **values)

    __call__ = parse_expression

    def _parse_units_as_container(
        self, input_string: str, as_delta: bool = True, case_sensitive: bool = True
    ) -> Any:
        self._check_string(input_string)
        return super()._parse_units_as_container(input_string, as_delta, case_sensitive)


def build_registry(*, cache_folder: str | None = None) -> UnitRegistry:
    """Build a fresh envindicators unit registry.

    Parameters
    ----------
    cache_folder : str, optional
        Passed to :class:`pint.UnitRegistry`; ``None`` (default) disables pint's cache.

    Returns
    -------
    UnitRegistry
        A new registry (unit strings guarded by the bounded grammar); pint's application
        registry is left untouched.
    """
    ureg = UnitRegistry(
        preprocessors=[_preprocess],
        autoconvert_offset_to_baseunit=True,
        cache_folder=cache_folder,
        on_redefinition="raise",
    )
    with resources.as_file(resources.files(__package__) / "definitions.txt") as path:
        ureg.load_definitions(path)
    _define_scaled_units(ureg)
    ureg.formatter.default_format = "~P"
    ureg._guarded = True
    return ureg


#: The envindicators unit registry (never pint's application registry).
ureg: UnitRegistry = build_registry()
#: Quantity class bound to :data:`ureg`.
Quantity = ureg.Quantity
#: Unit class bound to :data:`ureg`.
Unit = ureg.Unit
