"""Text normalisation for the quantity parser, with an exact map back to the original text.

Reports reach the parser in many spellings of the same figure: full-width digits and
punctuation (``１．５万吨／日``), Unicode unit symbols (``m³``, ``㎡``, ``µg``), traditional
characters (``50萬噸/日``, ``16833畝``) and, in seed 001, stray pinyin left by a broken
conversion (``生態(tài)環(huán)境``, even ``P(guān)M2.5``).  :func:`normalize_text` rewrites all of
them into one canonical form and keeps, for every character of the result, the position of
the original character it came from, so that spans found in the normalised text index the
text the *user* passed (:meth:`NormalizedText.original_span`).

Steps, per original character:

1. Pinyin annotations are dropped: a parenthesised run of 1–7 Latin letters containing at
   least one tone-marked vowel (``(tài)``, ``(guān)``), or one toneless syllable of two or
   more letters right after an ideograph or another annotation (``微(wei)(wei)克``,
   ``1.4個(ge)百分點``).  ``(m3)``, ``(a)``, ``(km)`` or ``(VOCs)`` stay intact.
2. Unicode compatibility folding (NFKC, character by character): full-width ASCII →
   ASCII, ``㎡`` → ``m2``, ``µ`` (micro sign) → ``μ``, ``Ⅴ`` → ``V``, CJK compatibility
   ideographs → unified ideographs; the minus sign ``−`` and the hyphens ``‐ ‑ ‒`` → ``-``.
   Three exceptions keep folding from *inventing digits*:

   * **list markers are not digits**: enumerators (``① ⑴ ⒈ ❶ ㈠ ㊀ 🄁``, see
     :data:`ENUMERATORS`) and vulgar fractions (``½``) are kept as they are (NFKC would turn
     ``①5000吨`` into ``15000吨`` and ``⒈5吨`` into ``1.5吨``);
   * **superscripts** fold to digits only after a Latin letter (``m³`` → ``m3``,
     ``km²`` → ``km2``); anywhere else they are an exponent or a footnote mark and become
     ``^`` + digits (``10⁵吨`` → ``10^5吨``, ``5000²平方米`` → ``5000^2平方米``, ``⁻`` →
     ``-``), so that the parser can understand or refuse them;
   * subscripts fold only after a Latin letter (``SO₂`` → ``SO2``) and are kept otherwise.
3. Traditional → simplified with a **1:1 character table** (``str.translate``).
4. Spaces: a run of spaces (any Unicode space; also invisible format characters such as
   ``U+200B``, ``U+FEFF`` and bidirectional marks, which become spaces) between two
   characters that are CJK ideographs, digits or ``% ‰ °`` is removed unless it stands
   *between two digits* (``355.43 亿吨`` → ``355.43亿吨``, ``10蒸吨/小时 及以下`` →
   ``10蒸吨/小时及以下``; ``1 280`` keeps its space: a digit group separator, which the
   parser reads as one, or a list, which it flags).  Combining marks (``U+0300``…) are dropped.

Lone surrogates (``"\\ud800"``), NUL and any other code point pass through unchanged:
normalisation never raises on a ``str``.

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

Cost
----
The characters that need more than a table look-up (spaces, expansions, superscripts,
``(``) are found with one compiled regular expression; everything between them is
converted with one ``str.translate`` call.  The offset map is stored as *segments* (a new
segment starts only where the text grows or shrinks), so it costs a few bytes per edit,
not per character: about 2–4 bytes per input character in total, in linear time.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

__all__ = [
    "ENUMERATORS",
    "TONE_VOWELS",
    "NormalizedText",
    "normalize_text",
    "string_dtype",
    "to_simplified",
]

#: Vowels with a tone mark: a pinyin annotation holds at least one.
TONE_VOWELS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
_PINYIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzü") | TONE_VOWELS
_MAX_PINYIN = 7
_LAST_CODE_POINT_FOLDED = 0x30000  # NFKC changes nothing above plane 2


def _ranges(*pairs: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(c) for a, b in pairs for c in range(a, b + 1))


#: List markers that NFKC would fold into digits (``①`` → ``1``, ``⑴`` → ``(1)``,
#: ``⒈`` → ``1.``, ``㈠`` → ``(一)``, ``㊀`` → ``一``) and the dingbat circled numbers.
#: They are kept as they are; the parser treats them as the start of a new clause.
ENUMERATORS: frozenset[str] = _ranges(
    (0x2460, 0x24FF),  # enclosed alphanumerics: ① ⑴ ⒈ ⓐ Ⓐ ⓫ ⓵
    (0x2776, 0x2793),  # dingbat circled digits ❶ ➀ ➊
    (0x3220, 0x3247),  # parenthesized ideographs ㈠ … ㈩ and circled numbers on squares
    (0x3251, 0x325F),  # circled numbers 21–35
    (0x3280, 0x32BF),  # circled ideographs ㊀ … ㊉ and circled numbers 36–50
    (0x1F100, 0x1F10C),  # digit full stops and commas 🄀 🄁
)
_VULGAR_FRACTIONS = _ranges((0xBC, 0xBE), (0x2150, 0x215F), (0x2189, 0x2189))
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_SUBSCRIPTS = frozenset("₀₁₂₃₄₅₆₇₈₉₊₋")
_MINUS_LIKE = {"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-"}
# characters between which a run of spaces is removed (unless both are digits)
_GLUE_SYMBOLS = frozenset("%‰°")


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

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str
        ``text`` with traditional characters replaced, same length.

    Examples
    --------
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


def string_dtype() -> pd.StringDtype | str:
    """The dtype of the text columns the parsers return.

    pandas' Python-backed ``str`` dtype on pandas ≥ 3 — chosen explicitly, so that it is the
    same with or without pyarrow installed and holds every Python string (Arrow cannot hold
    lone surrogates such as ``"\\ud800"``, so pyarrow-backed columns would raise on them);
    ``object`` on pandas 2, which is what pandas 2 infers for strings anyway.

    Returns
    -------
    pandas.StringDtype or str
        The dtype (``"object"`` on pandas 2).
    """
    if int(pd.__version__.split(".")[0]) >= 3:
        return pd.StringDtype("python", na_value=np.nan)
    return "object"


def _is_space_like(c: str) -> bool:
    return c == " " or (
        not c.isascii()
        and (unicodedata.category(c) in ("Zs", "Cf") or unicodedata.normalize("NFKC", c) == " ")
    )


@dataclass(frozen=True, slots=True)
class _Tables:
    fold: np.ndarray  # code point → code point after the 1:1 folds (NFKC single char, t2s)
    special: np.ndarray  # code point → needs more than the 1:1 table (bool)
    expand: dict[str, str]  # one character → several (㎡ → m2)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    t2s = _t2s_table()
    fold = np.arange(_LAST_CODE_POINT_FOLDED, dtype=np.uint32)
    for k, v in t2s.items():
        fold[k] = ord(v)
    special = np.zeros(_LAST_CODE_POINT_FOLDED, dtype=bool)
    expand: dict[str, str] = {}
    for c in "( " + "".join(_SUPERSCRIPTS | _SUBSCRIPTS):
        special[ord(c)] = True
    for cp in range(0x80, _LAST_CODE_POINT_FOLDED):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        if c in ENUMERATORS or c in _VULGAR_FRACTIONS or special[cp]:
            continue
        cat = unicodedata.category(c)
        if cat in ("Mn", "Me") or _is_space_like(c):
            special[cp] = True
            continue
        f = unicodedata.normalize("NFKC", c)
        if f == c:
            continue
        f = f.translate(t2s)
        has_digit = any("0" <= ch <= "9" for ch in f)
        if has_digit and cat != "Nd" and not ("a" <= f[0].lower() <= "z"):
            continue  # a numbered mark (㏠ 1日, ㋀ 1月): keep it, never invent digits
        if len(f) == 1:
            fold[cp] = ord(f)
        else:
            expand[c] = f
            special[cp] = True
    for c, f in _MINUS_LIKE.items():
        fold[ord(c)] = ord(f)
    fold.flags.writeable = False
    special.flags.writeable = False
    return _Tables(fold, special, expand)


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as uint32 (lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


#: Code points folded per block: the temporary arrays of :func:`_fold` stay this small
#: however long a line is.
_FOLD_BLOCK = 1 << 14


def _fold_block(text: str, tables: _Tables) -> tuple[str, np.ndarray]:
    cps = _code_points(text)
    low = cps < _LAST_CODE_POINT_FOLDED
    idx = np.where(low, cps, 0)
    folded = np.where(low, tables.fold[idx], cps).astype(np.uint32, copy=False)
    special = np.flatnonzero(tables.special[idx] & low)
    return folded.tobytes().decode("utf-32-le", "surrogatepass"), special


def _fold(text: str, tables: _Tables) -> tuple[str, np.ndarray]:
    """The 1:1-folded text and the positions of the special characters (block by block)."""
    if len(text) <= _FOLD_BLOCK:
        return _fold_block(text, tables)
    parts: list[str] = []
    specials: list[np.ndarray] = []
    for a in range(0, len(text), _FOLD_BLOCK):
        part, special = _fold_block(text[a : a + _FOLD_BLOCK], tables)
        parts.append(part)
        specials.append(special + a)
    return "".join(parts), np.concatenate(specials)


def _is_glue(c: str) -> bool:
    """CJK ideographs, digits and % ‰ °: a space between two of them is removed."""
    return (
        ("0" <= c <= "9")
        or c in _GLUE_SYMBOLS
        or "\u4e00" <= c <= "\u9fff"
        or "\u3400" <= c <= "\u4dbf"
        or "\uf900" <= c <= "\ufaff"
    )


@dataclass(frozen=True, slots=True, eq=False)
class NormalizedText:
    """Normalised text plus the map back to the original.

    The map is stored as segments: normalised characters ``seg_norm[k] …`` come from
    original characters ``seg_orig[k] …``, one to one when ``seg_width[k] == 0``; when
    ``seg_width[k] > 0`` every character of the segment comes from the same
    ``seg_width[k]`` original characters (an expansion such as ``㎡`` → ``m2``).

    Parameters
    ----------
    original : str
        The text as given.
    text : str
        The normalised text (NFKC per character, simplified, pinyin removed, see the module
        docstring).
    seg_norm, seg_orig, seg_width : numpy.ndarray
        The segment table (int64).
    """

    original: str
    text: str
    seg_norm: np.ndarray
    seg_orig: np.ndarray
    seg_width: np.ndarray

    def _locate(self, index: int) -> tuple[int, int]:
        k = bisect_right(self.seg_norm, index) - 1
        w = int(self.seg_width[k])
        if w == 0:
            a = int(self.seg_orig[k]) + index - int(self.seg_norm[k])
            return a, a + 1
        a = int(self.seg_orig[k])
        return a, a + w

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of :attr:`text` to :attr:`original`.

        Parameters
        ----------
        start, end : int
            Positions in :attr:`text`, ``start <= end``.

        Returns
        -------
        tuple of int
            ``(start, end)`` in :attr:`original`.
        """
        if end <= start:
            pos = self._locate(start)[0] if start < len(self.text) else len(self.original)
            return pos, pos
        return self._locate(start)[0], self._locate(end - 1)[1]

    def original_spans(self, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, ...]:
        """Vectorised :meth:`original_span` for non-empty spans (``ends > starts``).

        Parameters
        ----------
        starts, ends : numpy.ndarray of int
            Positions in :attr:`text`, ``ends > starts`` elementwise.

        Returns
        -------
        tuple of numpy.ndarray
            Starts and ends in :attr:`original`.
        """
        starts = np.asarray(starts, dtype=np.int64)
        ends = np.asarray(ends, dtype=np.int64)
        a, _ = self._map(starts)
        _, b = self._map(ends - 1)
        return a, b

    def _map(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = np.searchsorted(self.seg_norm, idx, side="right") - 1
        w = self.seg_width[k]
        base = self.seg_orig[k]
        lo = np.where(w == 0, base + idx - self.seg_norm[k], base)
        hi = np.where(w == 0, lo + 1, base + w)
        return lo, hi

    def original_position(self, index: int) -> int:
        """Original position of normalised character ``index`` (``len`` maps to the end).

        Parameters
        ----------
        index : int
            Position in :attr:`text` (``0 <= index <= len(text)``).

        Returns
        -------
        int
            The position in :attr:`original`.
        """
        if index >= len(self.text):
            return len(self.original)
        return self._locate(index)[0]

    @property
    def starts(self) -> np.ndarray:
        """For each character ``k`` of :attr:`text`, the first original character it came from.

        Computed on demand; int64.
        """
        return self._map(np.arange(len(self.text), dtype=np.int64))[0]

    @property
    def ends(self) -> np.ndarray:
        """For each character ``k`` of :attr:`text`, the end of its original characters."""
        return self._map(np.arange(len(self.text), dtype=np.int64))[1]


#: One toneless pinyin syllable (``wei``, ``ge``, ``shan``, ``fang``): an initial and a
#: final, or a final that stands alone (``an``, ``er``); finals in i/u/ü need an initial
#: (``in``, ``un`` alone are no syllable).  Abbreviations (``km``, ``cod``, ``pm``, ``ozone``)
#: are not of this shape.
_TONELESS_SYLLABLE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|ve|ün|üe|a|o|e|i|u|ü|v)"
    r"|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)"
)


def _is_ideograph(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


def _pinyin_end(text: str, i: int, after_gloss: bool = False) -> int:
    """End of a pinyin annotation starting at ``text[i] == "("``, or -1.

    An annotation is a run of 1–7 letters of pinyin holding a tone mark (``(tài)``), or —
    as converters also write them — one toneless syllable of two or more letters right
    after an ideograph or after another annotation (``微(wei)(wei)克``, ``個(ge)百分點``,
    ``改(gai)善(shan)``).  ``(a)``, ``(m3)``, ``(km)``, ``(VOCs)`` are kept.
    """
    n = len(text)
    j = i + 1
    tone = False
    while j < n and j - i - 1 <= _MAX_PINYIN:
        c = text[j]
        if c == ")":
            if j == i + 1:
                return -1
            if tone:
                return j + 1
            if (
                j - i - 1 >= 2
                and (after_gloss or (i > 0 and _is_ideograph(text[i - 1])))
                and _TONELESS_SYLLABLE.fullmatch(text, i + 1, j)
            ):
                return j + 1
            return -1
        if c not in _PINYIN_LETTERS:
            return -1
        tone = tone or c in TONE_VOWELS
        j += 1
    return -1


class _Builder:
    """Accumulates output pieces and the segment table."""

    __slots__ = ("last", "norm", "out", "pending", "seg_norm", "seg_orig", "seg_width")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.seg_norm: list[int] = []
        self.seg_orig: list[int] = []
        self.seg_width: list[int] = []
        self.norm = 0
        self.last = ""  # last output character
        self.pending: list[int] = []  # positions of a run of spaces waiting for its right side

    def _segment(self, orig: int, width: int) -> None:
        if (
            width == 0
            and self.seg_width
            and self.seg_width[-1] == 0
            and self.seg_orig[-1] + self.norm - self.seg_norm[-1] == orig
        ):
            return  # continues the previous one-to-one segment
        self.seg_norm.append(self.norm)
        self.seg_orig.append(orig)
        self.seg_width.append(width)

    def emit(self, piece: str, orig: int, width: int) -> None:
        """Append ``piece``; ``width`` 0: one-to-one from ``orig``; else all from
        ``orig … orig + width``."""
        if not piece:
            return
        if self.pending:
            glue = _is_glue(self.last) and _is_glue(piece[0])
            if not glue or ("0" <= self.last <= "9" and "0" <= piece[0] <= "9"):
                self.emit_spaces()
            self.pending = []
        self._segment(orig, width)
        self.out.append(piece)
        self.norm += len(piece)
        self.last = piece[-1]

    def space(self, position: int) -> None:
        """A space at ``position``: held until the character after the run is known (a
        dropped pinyin annotation or combining mark does not end the run)."""
        self.pending.append(position)

    def emit_spaces(self) -> None:
        for position in self.pending:
            self._segment(position, 0)
            self.out.append(" ")
            self.norm += 1
        self.last = " "

    def finish(self, text: str) -> NormalizedText:
        if self.pending:
            self.emit_spaces()
            self.pending = []
        if not self.seg_norm:
            self.seg_norm.append(0)
            self.seg_orig.append(0)
            self.seg_width.append(0)
        return NormalizedText(
            text,
            "".join(self.out),
            np.asarray(self.seg_norm, dtype=np.int64),
            np.asarray(self.seg_orig, dtype=np.int64),
            np.asarray(self.seg_width, dtype=np.int64),
        )


def normalize_text(text: str) -> NormalizedText:
    """Normalise ``text`` for parsing and keep the offset map (linear time).

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    NormalizedText
        The normalised text and the map of its positions to ``text``.

    Examples
    --------
    >>> nt = normalize_text("生態(tài)環(huán)境，處理能力１２００噸/日")
    >>> nt.text
    '生态环境,处理能力1200吨/日'
    >>> s = nt.text.index("1200")
    >>> start, end = nt.original_span(s, s + len("1200吨/日"))
    >>> nt.original[start:end]
    '１２００噸/日'
    >>> normalize_text("①5000吨，10⁵吨，355.43 亿吨，m³").text
    '①5000吨,10^5吨,355.43亿吨,m3'
    """
    tables = _tables()
    folded, specials = _fold(text, tables)
    b = _Builder()
    i = 0
    gloss_end = -1  # end of the last pinyin annotation dropped
    n = len(text)
    for j in specials.tolist():
        if j < i:
            continue  # consumed by a pinyin annotation or a superscript run
        if j > i:
            b.emit(folded[i:j], i, 0)
        c = text[j]
        if c == "(":
            end = _pinyin_end(text, j, j == gloss_end)
            if end > 0:
                i = gloss_end = end
                continue
            b.emit("(", j, 0)
            i = j + 1
        elif c in _SUPERSCRIPTS or c in _SUBSCRIPTS:
            i = _scripts(text, j, b)
        elif c in tables.expand:
            b.emit(tables.expand[c], j, 1)
            i = j + 1
        elif unicodedata.category(c) in ("Mn", "Me"):
            i = j + 1  # combining marks are dropped
        else:  # a space or an invisible format character
            b.space(j)
            i = j + 1
    if i < n:
        b.emit(folded[i:n], i, 0)
    return b.finish(text)


def _scripts(text: str, j: int, b: _Builder) -> int:
    """A run of superscripts or subscripts at ``j``; returns the end of the run."""
    sup = text[j] in _SUPERSCRIPTS
    chars = _SUPERSCRIPTS if sup else _SUBSCRIPTS
    k = j
    while k < len(text) and text[k] in chars:
        k += 1
    prev = text[j - 1] if j > 0 else ""
    folded = unicodedata.normalize("NFKC", text[j:k]).replace("\u2212", "-")
    if (prev.isascii() and prev.isalpha()) or (prev != "" and prev in "μµ"):
        for t in range(j, k):  # m³ → m3, SO₂ → SO2: one character each
            b.emit(folded[t - j], t, 0)
    elif sup:
        b.emit("^" + folded, j, k - j)  # an exponent or a footnote mark: 10⁵ → 10^5
    else:
        b.emit(text[j:k], j, 0)  # a subscript after anything else: kept as written
    return k
