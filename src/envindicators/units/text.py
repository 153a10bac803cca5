"""Text normalisation for the quantity parser, with an exact map back to the original text.

Reports reach the parser in many spellings of the same figure: full-width digits and
punctuation (``１．５万吨／日``), Unicode unit symbols (``m³``, ``㎡``, ``µg``), traditional
characters (``50萬噸/日``, ``16833畝``) and, in seed 001, stray pinyin left by a broken
conversion (``生態(tài)環(huán)境``, even ``P(guān)M2.5``).  :func:`normalize_text` rewrites all of
them into one canonical form and keeps, for every character of the result, the position of
the original character it came from, so that spans found in the normalised text index the
text the *user* passed (:meth:`NormalizedText.original_span`).

Steps, in order, per original character:

1. Pinyin annotations are dropped: a parenthesised run of 1–7 Latin letters containing at
   least one tone-marked vowel (``(tài)``, ``(guān)``).  Requiring a tone mark keeps
   ``(m3)``, ``(a)`` or ``(VOCs)`` intact.
2. Unicode compatibility folding (NFKC, character by character): full-width ASCII →
   ASCII, ``³`` → ``3``, ``㎡`` → ``m2``, ``µ`` (micro sign) → ``μ``, ``Ⅴ`` → ``V``,
   ideographic space → space, CJK compatibility ideographs → unified ideographs.
3. Traditional → simplified with a **1:1 character table** (``str.translate``).

Why a character table and not OpenCC
------------------------------------
OpenCC converts *phrases* (``TSPhrases.txt``), which can change the length of the text and
so break the offset map; it is also a compiled dependency for what is, for numbers and
units, a character-level problem (``噸`` → ``吨``, ``萬`` → ``万``, ``畝`` → ``亩``).  The
table shipped here (``_t2s.txt``, 4 105 pairs) is derived from OpenCC's own
``TSCharacters.txt`` (Apache-2.0), keeping the first simplified candidate of each entry.
A character-level conversion is occasionally wrong for running prose (``乾`` → ``干``), but
every character the parser reads — numerals, multipliers, units, qualifier and verb words —
has a single simplified form, and the ``before``/``after`` context columns of
:func:`~envindicators.units.extract_quantities` always come from the original text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["NormalizedText", "normalize_text", "to_simplified"]

_TONE_VOWELS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
_PINYIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzü") | _TONE_VOWELS
_MAX_PINYIN = 7


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    text = (resources.files(__package__) / "_t2s.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if len(line) != 2:  # pragma: no cover - the shipped file is well formed
            raise ValueError(f"bad line in _t2s.txt: {line!r}")
        table[ord(line[0])] = line[1]
    return table


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese, character by character (length preserved).

    >>> to_simplified("50萬噸/日，16833畝")
    '50万吨/日，16833亩'
    """
    return text.translate(_t2s_table())


def _regenerate_table(ts_characters_path: str) -> list[str]:  # pragma: no cover
    """Lines of ``_t2s.txt`` from OpenCC's ``TSCharacters.txt`` (maintenance helper)."""
    lines = []
    with open(ts_characters_path, encoding="utf-8") as f:
        for raw in f:
            key, _, values = raw.rstrip("\n").partition("\t")
            first = values.split(" ")[0]
            if len(key) == 1 and len(first) == 1 and key != first:
                lines.append(key + first)
    return lines


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus the map back to the original.

    Attributes
    ----------
    original:
        The text as given.
    text:
        The normalised text (NFKC per character, simplified, pinyin removed).
    starts, ends:
        For each character ``k`` of :attr:`text`, the original characters it came from are
        ``original[starts[k]:ends[k]]``.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of :attr:`text` to :attr:`original`."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_position(self, index: int) -> int:
        """Original position of normalised character ``index`` (``len`` maps to the end)."""
        if index >= len(self.starts):
            return len(self.original)
        return self.starts[index]


def _pinyin_end(text: str, i: int) -> int:
    """End of a pinyin annotation ``(tài)`` starting at ``text[i] == "("``, or -1."""
    n = len(text)
    j = i + 1
    tone = False
    while j < n and j - i - 1 <= _MAX_PINYIN:
        c = text[j]
        if c == ")":
            return j + 1 if tone and j > i + 1 else -1
        if c not in _PINYIN_LETTERS:
            return -1
        tone = tone or c in _TONE_VOWELS
        j += 1
    return -1


def normalize_text(text: str) -> NormalizedText:
    """Normalise ``text`` for parsing and keep the offset map (linear time).

    Examples
    --------
    >>> nt = normalize_text("生態(tài)環(huán)境，處理能力１２００噸/日")
    >>> nt.text
    '生态环境,处理能力1200吨/日'
    >>> s = nt.text.index("1200")
    >>> start, end = nt.original_span(s, s + len("1200吨/日"))
    >>> nt.original[start:end]
    '１２００噸/日'
    """
    table = _t2s_table()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "(":
            end = _pinyin_end(text, i)
            if end > 0:
                i = end
                continue
        folded = c if c.isascii() else unicodedata.normalize("NFKC", c).translate(table)
        for ch in folded:
            out.append(ch)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    return NormalizedText(text, "".join(out), tuple(starts), tuple(ends))
