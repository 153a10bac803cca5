"""The gold conventions settled in parser round 37 (branch ``read26``, issue 10).

``scripts/relabel_corpus_conventions.py`` merges a band of money labelled as two bounds
(``十万元以上一百万元以下``, ``10萬元以上,2,000萬元以下``) into one ``range`` line
(``benchmarks/corpus/README.md``, "Conventions settled in parser round 37"); a band of another
measure stays two bounds.  It also keeps round 35's ``达成率`` a ``ratio`` (conv16's rate-noun rule
no longer turns it back into a ``level``).  These tests hold the script's rule to the class
(several wordings, both scripts, negatives) and the corpus gold to it (no split holds a money
band as two bounds, and the script changes no line).  The sentences are written for the tests.
"""

from __future__ import annotations

import json

import pytest
from tests.scripts import both_scripts, to_traditional
from tests.test_corpus_conventions_round20 import rc


def _pair(text: str, low: str, high: str, unit: str, lo: float, hi: float) -> list[str]:
    """Two gold lines, the band's lower and upper bound, as the split files hold them."""
    a = text.index(low)
    b = text.index(high, a + len(low))
    common = {"doc": "t", "unit": unit, "kind": "level", "sign": 0, "ambiguous": False}
    first = {"start": a, "end": a + len(low), "text": low, "value": lo, "qualifier": "at_least"}
    second = {"start": b, "end": b + len(high), "text": high, "value": hi, "qualifier": "at_most"}
    return [
        json.dumps(common | first | {"tags": [], "note": ""}, ensure_ascii=False),
        json.dumps(common | second | {"tags": [], "note": ""}, ensure_ascii=False),
    ]


BANDS = [
    ("并处十万元以上一百万元以下的罚款。", "十万元", "一百万元", 1e5, 1e6),
    ("处新台币10万元以上,2,000万元以下罚锾。", "10万元", "2,000万元", 1e5, 2e7),
    ("处2000元以上、5万元以下罚款", "2000元", "5万元", 2000.0, 5e4),
    ("依法裁处一二○○元以上至十万元以下", "一二○○元", "十万元", 1200.0, 1e5),
]


@pytest.mark.parametrize(("text", "low", "high", "lo", "hi"), both_scripts(BANDS))
def test_a_money_band_in_two_lines_is_merged(
    text: str, low: str, high: str, lo: float, hi: float
) -> None:
    low_t = low if low in text else to_traditional(low)
    high_t = high if high in text else to_traditional(high)
    lines = _pair(text, low_t, high_t, "元", lo, hi)
    made = rc.merge_money_bands(lines, {"t": text})
    assert len(made) == 1
    assert len(lines) == 1
    merged = json.loads(lines[0])
    assert (merged["qualifier"], merged["low"], merged["high"], merged["value"]) == (
        "range",
        lo,
        hi,
        None,
    )
    assert merged["text"] == text[merged["start"] : merged["end"]]
    assert "range" in merged["tags"]


OTHER_BANDS = [
    # another measure: the size of the objects, two bounds
    ("淘汰10蒸吨以上、35蒸吨以下燃煤锅炉", "10蒸吨", "35蒸吨", "蒸吨/小时", 10.0, 35.0),
    ("关停20万千瓦以上至30万千瓦以下燃煤机组", "20万千瓦", "30万千瓦", "千瓦", 2e5, 3e5),
    # money without 以下 on the second end, or words between the bounds
    ("罚款5000元以上,另有2万元的赔偿", "5000元", "2万元", "元", 5000.0, 2e4),
    ("处1万元以上,情节严重的处10万元以下罚款", "1万元", "10万元", "元", 1e4, 1e5),
]


@pytest.mark.parametrize(("text", "low", "high", "unit", "lo", "hi"), both_scripts(OTHER_BANDS))
def test_other_pairs_stay_two_lines(
    text: str, low: str, high: str, unit: str, lo: float, hi: float
) -> None:
    low_t = low if low in text else to_traditional(low)
    high_t = high if high in text else to_traditional(high)
    lines = _pair(text, low_t, high_t, unit, lo, hi)
    assert rc.merge_money_bands(lines, {"t": text}) == []
    assert len(lines) == 2


@pytest.mark.parametrize("split", rc.SPLITS)
def test_no_split_holds_a_money_band_as_two_bounds(split: str) -> None:
    folder = rc.CORPUS / split
    lines = (folder / "gold.jsonl").read_text("utf-8").splitlines()
    docs = {json.loads(line)["doc"] for line in lines}
    texts = {d: (folder / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    assert rc.merge_money_bands(list(lines), texts) == []


def test_an_achievement_rate_stays_a_ratio() -> None:
    text = "整體進度達成率為100%,計畫執行順利"
    span = "100%"
    start = text.index(span)
    line = {
        "doc": "t", "start": start, "end": start + len(span), "text": span, "value": 100.0,
        "unit": "%", "qualifier": "exact", "kind": "ratio", "sign": 0, "ambiguous": False,
        "tags": [], "note": "",
    }  # fmt: skip
    assert rc.relabel(line, text) == []
    assert line["kind"] == "ratio"
