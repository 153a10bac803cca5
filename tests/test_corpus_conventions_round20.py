"""The gold conventions settled in branch ``conv20`` (issue 10), simplified and traditional.

``scripts/relabel_corpus_conventions.py`` rewrites the corpus gold to three conventions of the
annotation guide (``benchmarks/corpus/README.md``, "Conventions settled in branch ``conv20``"):

* a point in time counted back (``5年前``, ``較十年前``) and a comparison's reference period
  (``較近五年同期``, ``近4年同期``, ``高於近五年``) are periods, not mentions;
* a growth rate named right before its figure (``平均增速在10%以上``, ``成長率為2.2%``) is the
  rate's ``level``, not a change;
* the size of a group named by a superlative and its counter (``最多的3类``, ``最差的10個城市``)
  is a count.

These tests hold the script's rules to the classes (several wordings, both scripts) and the
corpus gold to the rules (every split follows them: the script changes nothing more).  The
sentences are written for these tests; expected values are written out by hand.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import load_script
from tests.scripts import both_scripts

from envindicators.units import to_simplified

rc = load_script("scripts/relabel_corpus_conventions.py")


def _line(text: str, span: str, **fields: object) -> dict[str, object]:
    """A gold line for ``span`` (its first occurrence in ``text``)."""
    start = text.index(span)
    line: dict[str, object] = {
        "doc": "t",
        "start": start,
        "end": start + len(span),
        "text": span,
        "value": 5.0,
        "unit": "年",
        "qualifier": "exact",
        "kind": "level",
        "sign": 0,
        "ambiguous": False,
        "tags": [],
        "note": "",
    }
    line.update(fields)
    return line


# --- 1. Points in time counted back and reference periods: not mentions ------------------------
PERIODS = [
    ("就业人数較5年前增加3千人左右。", "5年"),
    ("2、3年前查获时5700多吨废弃物。", "2、3年"),
    ("汽车数量较十年前增加约68%。", "十年"),
    ("污染物浓度均较近五年同期改善。", "近五年"),
    ("臺東測站SO2略高於近五年,", "近五年"),
    ("比较各污染物近五年1-10月同期逐时浓度变化,", "近五年"),
    ("各污染物均达到近4年同期最低。", "4年"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(PERIODS))
def test_a_point_in_time_or_a_reference_period_is_no_mention(text: str, span: str) -> None:
    assert rc.conv20_drop(_line(text, span), text) is not None


DURATIONS = [
    ("近五年来空气质量持续改善。", "五年"),
    ("为期3年的专项行动,", "3年"),
    ("提前一年完成目标。", "一年"),
    ("力争在2035年前实现碳达峰。", "2035年"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(DURATIONS))
def test_a_duration_or_a_year_stays(text: str, span: str) -> None:
    value = 2035.0 if span.startswith("2035") else 5.0
    assert rc.conv20_drop(_line(text, span, value=value), text) is None


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["较", "較", "比"]))
def test_any_years_ago_is_a_point_in_time(years: int, word: str) -> None:
    text = f"人口{word}{years}年前增加了。"
    assert rc.conv20_drop(_line(text, f"{years}年", value=float(years)), text) is not None


# --- 2. A growth rate named right before its figure: its level ---------------------------------
GROWTH_RATES = [
    ("医疗废物产生量平均增速在10%以上。", "10%", 10.0),
    ("工业增加值成長率為2.2%。", "2.2%", 2.2),
    ("全年增长率为3.5%,", "3.5%", 3.5),
    ("排放量變動率 -7%。", "-7%", -7.0),
]


@pytest.mark.parametrize(("text", "span", "value"), both_scripts(GROWTH_RATES))
def test_a_named_growth_rate_is_its_level(text: str, span: str, value: float) -> None:
    sign = -1 if value < 0 else 1
    line = _line(text, span, value=value, unit="%", kind="change_relative", sign=sign)
    changes = rc.conv20_relabel(line, text)
    assert ("kind", "change_relative", "level") in changes
    assert (line["kind"], line["sign"], line["value"]) == ("level", 0, value)


@pytest.mark.parametrize(
    "text", [t for t, _ in both_scripts([("产生量同比增长10%。", 0), ("增幅下降10%。", 0)])]
)
def test_a_change_without_a_named_rate_stays(text: str) -> None:
    line = _line(text, "10%", value=10.0, unit="%", kind="change_relative", sign=1)
    assert rc.conv20_relabel(line, text) == []
    assert line["kind"] == "change_relative"


# --- 3. A superlative's group and its counter: a count ----------------------------------------
SUPERLATIVE_COUNTS = [
    ("累计举报最多的3类污染是大气、水、噪声。", "3类", 3.0, "类"),
    ("空气质量最差的10个城市依次是石家庄、邯郸。", "10个", 10.0, "个"),
    ("浓度最高的三个城市依次是安阳、濮阳。", "三个", 3.0, "个"),
    ("排放量最大的5家企业,", "5家", 5.0, "家"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(SUPERLATIVE_COUNTS))
def test_a_superlative_group_is_a_count(text: str, span: str, value: float, unit: str) -> None:
    (new,) = rc.missing_superlative_counts(text, [], "t")
    assert text[int(new["start"]) : int(new["end"])] == new["text"]
    assert to_simplified(str(new["text"])) == span
    assert (new["value"], new["unit"], new["kind"]) == (value, unit, "level")
    assert rc.missing_superlative_counts(text, [(int(new["start"]), int(new["end"]))], "t") == []


@pytest.mark.parametrize(
    "text", [t for t, _ in both_scripts([("为各类别中案件数最多的一项,", 0), ("排名前三名。", 0)])]
)
def test_a_superlative_without_a_count_adds_nothing(text: str) -> None:
    assert rc.missing_superlative_counts(text, [], "t") == []


# --- The corpus follows the conventions --------------------------------------------------------
@pytest.mark.parametrize("split", rc.SPLITS)
def test_every_split_follows_the_conventions(split: str) -> None:
    folder = rc.CORPUS / split
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text("utf-8").splitlines()]
    texts = {d: (folder / f"{d}.txt").read_text(encoding="utf-8") for d in {g["doc"] for g in gold}}
    for g in gold:
        assert rc.conv20_drop(dict(g), texts[g["doc"]]) is None, (split, g["doc"], g["text"])
        assert rc.conv20_relabel(dict(g), texts[g["doc"]]) == [], (split, g["doc"], g["text"])
    for doc, text in texts.items():
        spans = [(int(g["start"]), int(g["end"])) for g in gold if g["doc"] == doc]
        assert rc.missing_superlative_counts(text, spans, doc) == [], (split, doc)
