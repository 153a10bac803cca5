"""Properties of the quantity parser on text it has never seen (issues 10 and 18).

* generated report sentences with known figures — thousands separators, enumerators, lists
  with the unit written once, minus signs, multipliers, spaces, traditional script, Chinese
  numerals, units with 每, temperatures, signs in parentheses, differences to a reference,
  evaluative changes — are extracted with the exact value **or flagged** (confidence below
  ``high``), and no unflagged row carries a value that is not one of the written figures;
* fuzz: ``extract_quantities``, ``find_dates`` never raise on any ``str`` (lone surrogates,
  NUL, combining and bidirectional marks included), spans index the input;
  ``parse_quantity`` returns or raises ``QuantityParseError``; ``parse_period`` returns or
  raises ``DateParseError``.

The same tests run with and without pyarrow installed (the text columns are built so that
any Python string survives either way).
"""

from __future__ import annotations

import contextlib
import math
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators.errors import DateParseError, QuantityParseError
from envindicators.units import (
    extract_quantities,
    find_dates,
    parse_period,
    parse_quantity,
    to_chinese_integer,
)

# --- generated report sentences ---------------------------------------------------------

UNITS = ["吨", "亩", "平方公里", "家", "户", "立方米", "千瓦"]
PROSE = ["全省", "其中", "累计完成治理", "全市新建", "截至目前共有", "另有", "共计"]
ENUMS = ["①", "②", "⑴", "⒈", "❶", "(一)", ""]


@st.composite
def figure(draw: st.DrawFn) -> tuple[str, list[float]]:
    """One written figure (or a list of them) and the values it states."""
    style = draw(
        st.sampled_from(
            [
                "plain", "grouped", "multiplier", "space", "chinese", "list", "minus",
                "per", "temperature", "paren", "difference", "evaluative",
                "decrease_rate", "negative_share", "noisy_list", "lost_digit", "lost_range",
                "change_noun", "subject_per", "myriad", "bullet",
                "minus_list",
            ]
        )
    )  # fmt: skip
    unit = draw(st.sampled_from(UNITS))
    whole = draw(st.integers(2, 9_999_999))
    if whole // 1000 in range(1900, 2101):
        whole += 300  # keep clear of anything that reads as a year
    if style == "plain":
        return f"{whole}{unit}", [float(whole)]
    if style == "grouped":
        comma = draw(st.sampled_from([",", "，"]))
        return f"{whole:,}".replace(",", comma) + unit, [float(whole)]
    if style in ("multiplier", "space"):
        tenths = draw(st.integers(1, 99_999))
        written = f"{Decimal(tenths) / 10}"
        gap = " " if style == "space" else ""
        return f"{written}{gap}万{unit}", [float(Decimal(tenths) * 1000)]
    if style == "chinese":
        small = draw(st.integers(2, 9999))
        return f"{to_chinese_integer(small)}{unit}", [float(small)]
    if style == "list":
        values = draw(st.lists(st.integers(2, 9999), min_size=2, max_size=4))
        body = "、".join(str(v) for v in values[:-1]) + f"和{values[-1]}{unit}"
        return "分别为" + body, [float(v) for v in values]
    pct = draw(st.integers(1, 999)) / 10
    if style == "per":  # 43微克每立方米, 5吨每小时
        per = draw(st.sampled_from(["微克每立方米", "吨每小时", "元每吨", "毫克每立方米"]))
        return f"{pct}{per}", [pct]
    if style == "temperature":
        bound = draw(st.sampled_from(["", " 或以上", "或以下"]))
        return f"气温{pct}" + draw(st.sampled_from(["摄氏度", "℃"])) + bound, [pct]
    if style == "paren":  # 公共机构(+12%), (−3.5%)
        sign = draw(st.sampled_from(["+", "-", "−"]))
        return f"({sign}{pct}%)", [pct if sign == "+" else -pct]
    if style == "difference":  # 高出全国平均水平6.4微克/立方米
        up = draw(st.booleans())
        word = "高出" if up else "低于"
        per = draw(st.sampled_from(["微克/立方米", "吨", "米", "个百分点"]))
        return f"{word}全国平均水平{pct}{per}", [pct if up else -pct]
    if style == "evaluative":  # the magnitude, flagged ambiguous_sign
        return f"同比改善{pct}%", [pct]
    if style == "decrease_rate":  # 能耗降低率为10%、15%: decreases named by the rate
        rates = draw(st.lists(st.integers(1, 999), min_size=1, max_size=3))
        verb = draw(st.sampled_from(["为", "高达", "分别为", "分别修订为"]))
        body = "、".join(f"{Decimal(r) / 10}%" for r in rates)
        return f"单位GDP能耗降低率{verb}{body}", [-r / 10 for r in rates]
    if style == "negative_share":  # 降幅最大的是:甘肃,-6.97%: a written minus on a share
        return f"降幅最大的是:甘肃,-{pct}%", [-pct]
    if style == "noisy_list":  # 分别上升5.23%,、9.44%: a comma left by a removed link
        up = draw(st.booleans())
        rates = draw(st.lists(st.integers(1, 999), min_size=2, max_size=4))
        sep = draw(st.sampled_from(["、", ",、", "、,", "，、"]))
        body = sep.join(f"{Decimal(r) / 10}%" for r in rates)
        word = "分别上升" if up else "分别下降"
        return word + body, [(r if up else -r) / 10 for r in rates]
    if style == "change_noun":  # 人均GDP增幅也接近200%: the noun gives the direction
        noun = draw(st.sampled_from(["增幅", "涨幅", "降幅", "跌幅"]))
        adverb = draw(st.sampled_from(["也", "均", "也接近", "约为", "达"]))
        return f"人均GDP{noun}{adverb}{pct}%", [-pct if noun in ("降幅", "跌幅") else pct]
    if style == "subject_per":  # 亿元GDP事故死亡人数0.10人: a rate, the value as written
        den = draw(st.sampled_from(["亿元GDP事故", "十万人事故", "百万吨", "万车"]))
        return f"{den}死亡人数{pct}人", [pct]
    if style == "myriad":  # 1萬5,314處, 2萬438公噸, 1万零50吨, 1万5千吨: one number
        head = draw(st.integers(1, 9999))
        tail = draw(st.integers(10, 9999))
        form = draw(st.sampled_from(["plain", "grouped", "zero", "thousands"]))
        if form == "thousands":
            tail = tail // 1000 * 1000 or 1000
            return f"{head}万{tail // 1000}千{unit}", [float(head * 10_000 + tail)]
        if form == "zero" and tail < 1000:
            return f"{head}万零{tail}{unit}", [float(head * 10_000 + tail)]
        written = f"{tail:,}" if form == "grouped" else str(tail)
        return f"{head}万{written}{unit}", [float(head * 10_000 + tail)]
    if style == "bullet":  # 不低于317天 ●PM2.5达到30.5微克/立方米: the bullet ends the clause
        days = draw(st.integers(2, 365))
        mark = draw(st.sampled_from(["●", "•", "◆", "■", "▪", "・", "★"]))
        gap = draw(st.sampled_from(["", " "]))
        return f"优良天数不低于{days}天{gap}{mark}PM2.5达到{pct}微克/立方米", [float(days), pct]
    if style == "minus_list":  # 分别下降-2.74%和-5.04%: every member read alike
        rates = draw(st.lists(st.integers(1, 999), min_size=2, max_size=4))
        minus = [draw(st.booleans()) for _ in rates]
        lead = draw(st.sampled_from(["分别下降", "单位GDP能耗降低率分别为", "分别上升"]))
        body = "、".join(
            ("-" if m else "") + f"{Decimal(r) / 10}%" for r, m in zip(rates, minus, strict=True)
        )
        if lead == "分别下降":  # a written minus after a decrease is a double negative
            vals = [r / 10 if m else -r / 10 for r, m in zip(rates, minus, strict=True)]
        elif lead == "分别上升":
            vals = [-r / 10 if m else r / 10 for r, m in zip(rates, minus, strict=True)]
        else:
            vals = [-r / 10 for r in rates]
        return lead + body, vals
    if style == "lost_digit":  # 105件 written 05件: the leading digit was lost, flagged
        rest = draw(st.integers(1, 99))
        lead = draw(st.integers(1, 9))
        return f"立案侦查0{rest}件", [float(lead * 10 ** (len(str(rest)) + 1) + rest)]
    if style == "lost_range":  # 83.3~100% written 83.3100%: one number where a range is announced
        hi = draw(st.integers(pct * 10 + 1, 1000)) / 10 if pct < 100 else 100.0
        return f"达标率范围为{pct}{hi:g}%", [pct, hi]
    return f"同比-{pct}%", [-pct]  # minus: a signed change


@st.composite
def sentence(draw: st.DrawFn) -> tuple[str, list[float]]:
    parts: list[str] = []
    values: list[float] = []
    for _ in range(draw(st.integers(1, 4))):
        text, vals = draw(figure())
        parts.append(draw(st.sampled_from(ENUMS)) + draw(st.sampled_from(PROSE)) + text)
        values.extend(vals)
    out = "；".join(parts) + "。"
    if draw(st.booleans()):
        out = to_traditional(out)
    return out, values


@settings(max_examples=300, deadline=None)
@given(case=sentence())
def test_generated_figures_exact_or_flagged_never_silently_wrong(
    case: tuple[str, list[float]],
) -> None:
    text, values = case
    df = extract_quantities(text)
    got = df["value"].tolist()
    confident = df.loc[df["confidence"] == "high", "value"].tolist()
    for v in values:
        exact = any(math.isclose(g, v, rel_tol=1e-12) for g in got)
        assert exact or (df["confidence"] != "high").any(), (text, v, got)
    for g in confident:  # an unflagged figure is always one that was written
        assert any(math.isclose(g, v, rel_tol=1e-12) for v in values), (text, g, values)


# --- fuzz -------------------------------------------------------------------------------

ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates included
HOSTILE = [
    "5吨\ud800",
    "\ud800",
    "\udfff5吨",
    "5\x00吨",
    "\x00",
    "5\u0301吨",
    "\u200f5吨\u200e",
    "\u202e12%\u202c",
    "\ufeff1,280吨",
    "2017年\ud800",
    "约\u20001.5万吨",
    "①" * 50,
    "10^" + "9" * 40 + "吨",
    "1/" + "0" * 10,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings(text: str) -> None:
    _check_extract(text)
    _check_dates(text)
    _check_parse(text)


def _check_extract(text: str) -> None:
    df = extract_quantities(text)
    for r in df.itertuples(index=False):
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
        assert r.confidence in ("high", "medium", "low")
    assert isinstance(df["text"].dtype, (pd.StringDtype, type(pd.Series([], dtype=object).dtype)))


def _check_dates(text: str) -> None:
    df = find_dates(text)
    for r in df.itertuples(index=False):
        assert text[r.start : r.end] == r.text
    with contextlib.suppress(DateParseError):
        parse_period(text)


def _check_parse(text: str) -> None:
    try:
        q = parse_quantity(text)
    except QuantityParseError as err:
        position = err.position
        q = None
    if q is None:
        assert position is None or 0 <= position <= len(text)
        return
    assert q.span is not None
    assert text[q.span[0] : q.span[1]] == q.text


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=ANY_CHAR, max_size=60))
def test_fuzz_any_string(text: str) -> None:
    _check_extract(text)
    _check_dates(text[:200])
    _check_parse(text)


NUMERIC = [*"0123456789.,，-−^⁵²①⒈(一)十百千万亿数几上余多约 \u3000%个吨倍成番/", "\ud800"]


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(NUMERIC), max_size=40))
def test_fuzz_number_soup(text: str) -> None:
    _check_extract(text)
    _check_parse(text)


def test_progress_callback_and_pieces_give_the_same_result() -> None:
    para = "全省共有1,280家企业，同比下降2.6%。①5000吨；分别为47、55和55微克/立方米。\n"
    text = para * 3000  # ≈ 150,000 characters: several pieces
    calls: list[tuple[int, int]] = []
    df = extract_quantities(text, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 2
    assert calls[-1] == (len(text), len(text))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    one = extract_quantities(para)
    assert len(df) == 3000 * len(one)
    assert df["value"].tolist() == one["value"].tolist() * 3000
    assert (df["start"].to_numpy()[len(one) :: len(one)] % len(para) == one["start"][0]).all()


def _seed_and_dev_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    seeds = sorted((root / "datasets" / "sources").glob("*.txt"))
    dev = sorted((root / "benchmarks" / "corpus" / "dev").glob("*.txt"))  # never the held-out split
    assert seeds
    assert dev
    return [p.read_text(encoding="utf-8") for p in seeds + dev]


@pytest.mark.parametrize("part", ["seeds", "dev"])
def test_numeral_prefilter_changes_nothing(monkeypatch: pytest.MonkeyPatch, part: str) -> None:
    """The scanner skips Chinese numerals that nothing quantity-like can follow; on real text
    (the five seeds, the dev corpus) the rows are exactly those of the scan that looks at
    every numeral character."""
    from envindicators.units.parsing import scanner

    texts = _seed_and_dev_texts()
    texts = texts[:5] if part == "seeds" else texts[5:]
    fast = [extract_quantities(t) for t in texts]
    everything = frozenset(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    monkeypatch.setattr(scanner, "_CN_NEXT", everything)
    for t, f in zip(texts, fast, strict=True):
        pd.testing.assert_frame_equal(f, extract_quantities(t))


@settings(max_examples=200)
@given(
    st.text(alphabet="吨万元立方米千瓦时/克微公里平亩个项家%μgmkLt ", max_size=12),
    st.integers(0, 12),
)
def test_unit_atom_index_is_longest_match(s: str, j: int) -> None:
    """The first-character index of unit words finds the same longest word as trying every
    length from the longest down (the look-up it replaces)."""
    from envindicators.units.parsing import unit_words

    for table, max_len in (
        (unit_words._BASE_UNITS, unit_words._MAX_UNIT_LEN),
        (unit_words._DENOMINATORS, unit_words._MAX_DENOM_LEN),
    ):
        expected: tuple[str, int] = ("", j)
        for length in range(min(max_len, len(s) - j), 0, -1):
            w = s[j : j + length]
            if w in table:
                stop = unit_words._NOT_UNIT_BEFORE.get(w)
                if stop is not None and j + length < len(s) and s[j + length] in stop:
                    continue
                expected = (w, j + length)
                break
        assert unit_words._match_unit_atom(s, j, table, max_len) == expected
