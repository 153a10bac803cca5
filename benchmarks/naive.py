"""The naive scanners that ``extract_quantities`` is timed against (issue 10's speed goal).

What a user would write in an afternoon: one regular expression for an Arabic or Chinese
number, an optional 万/亿 multiplier and a unit word from a short list, ``cn2an`` for the
Chinese numerals, no context.  Two forms: :func:`naive_scan` converts each Chinese numeral it
matches with ``cn2an.cn2an``; :func:`naive_transform_scan` rewrites the whole text with
``cn2an.transform`` first.  No import of ``envindicators``: the benchmarks that compare
versions of the library (``bench_extract_versions.py``) load this module beside any of them.
"""

from __future__ import annotations

import re
import warnings

import cn2an

_UNIT_WORDS = r"(吨|万元|元|亩|公顷|平方公里|平方米|公里|米|立方米|千瓦|台|户|家|个|项|件|人|次|%)"
_NAIVE = re.compile(
    r"([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+)(万|亿)?" + _UNIT_WORDS
)
_NAIVE_ARABIC = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万|亿)?" + _UNIT_WORDS)


def naive_scan(text: str) -> list[tuple[int, int, float, str]]:
    """Regex + cn2an: (start, end, value, unit) of every number followed by a unit word."""
    out = []
    for m in _NAIVE.finditer(text):
        number, scale, unit = m.groups()
        try:
            value = float(number) if number[0].isdigit() else float(cn2an.cn2an(number, "smart"))
        except ValueError:
            continue
        if scale:
            value *= 1e4 if scale == "万" else 1e8
        out.append((m.start(), m.end(), value, unit))
    return out


def naive_transform_scan(text: str) -> list[tuple[int, int, float, str]]:
    """``cn2an.transform`` of the whole text, then a regex for Arabic numbers with a unit word.

    The offsets are those of the transformed text (a naive scanner does not map them back).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns on every numeral word it cannot convert
        converted = cn2an.transform(text, "cn2an")
    out = []
    for m in _NAIVE_ARABIC.finditer(converted):
        number, scale, unit = m.groups()
        value = float(number)
        if scale:
            value *= 1e4 if scale == "万" else 1e8
        out.append((m.start(), m.end(), value, unit))
    return out
