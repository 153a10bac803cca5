"""The scanner's fast path (units/parsing/fast_path.py) changes no result, only the time.

Proof by comparison, row for row: the scan with and without the fast path on the five seed
reports, the dev split of the corpus (never the held-out split) and generated sentences that
put every kind of word before and after a figure; and every fast hit against the full
scanner's reading of the same position.  The fast path reads the words before a figure
with the prefix reader of the full scanner and keeps only figures they leave a level.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import extract_quantities
from envindicators.units.parsing import scanner
from envindicators.units.parsing.fast_path import _fast_hit
from envindicators.units.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "datasets" / "sources").glob("*.txt"))
DEV = sorted((ROOT / "benchmarks" / "corpus" / "dev").glob("*.txt"))  # never the held-out split


@contextmanager
def _without_fast_path() -> Iterator[None]:
    old = scanner._FAST[0]
    scanner._FAST[0] = False
    try:
        yield
    finally:
        scanner._FAST[0] = old


def _fast_positions_agree(s: str) -> int:
    """Every position the fast path reads is read the same by the full scanner; returns how
    many positions it read."""
    count = 0
    for i, c in enumerate(s):
        if not "0" <= c <= "9":
            continue
        fast = _fast_hit(s, i)
        if fast is None:
            continue
        count += 1
        hit, end, skip = scanner._match(s, i, True, -1)
        assert (hit, end, skip) == (fast, fast.end, None), s[max(0, i - 20) : fast.end + 5]
    return count


def _scans_agree(text: str) -> None:
    s = normalize_text(text).text
    fast_hits, fast_skips = scanner._scan(s, extract=True)
    with _without_fast_path():
        full_hits, full_skips = scanner._scan(s, extract=True)
    assert fast_hits == full_hits
    # the fast path never reads a figure the full scanner would have skipped
    assert {k.position for k in fast_skips} <= {k.position for k in full_skips}


@pytest.mark.parametrize("path", SEEDS + DEV, ids=lambda p: p.parent.name + "/" + p.stem[:24])
def test_same_hits_with_and_without_the_fast_path(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _scans_agree(text)
    _fast_positions_agree(normalize_text(text).text)


def test_same_rows_on_the_seed_reports() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    fast = [extract_quantities(t) for t in texts]
    with _without_fast_path():
        for t, f in zip(texts, fast, strict=True):
            pd.testing.assert_frame_equal(f, extract_quantities(t))


def test_the_fast_path_reads_most_plain_levels_of_the_seeds() -> None:
    """Not a timing: the share of figures it takes (it must be used to be worth having)."""
    s = normalize_text("\n".join(p.read_text(encoding="utf-8") for p in SEEDS)).text
    assert _fast_positions_agree(s) >= 300


@pytest.mark.parametrize(
    ("text", "fast"),
    [
        ("全省拆除燃煤小锅炉6968台,淘汰", True),
        ("造林1.2万亩,", True),
        ("森林覆盖率达到65%,", True),  # 达到: a word before it that leaves it a level
        ("优良天数比例为74.5%,", True),  # 为: a copula
        ("累计关停企业约1200家,", True),  # 约: its qualifier
        ("共清理不足30座,", True),  # 不足: its qualifier
        ("清运垃圾3000吨,", True),  # an amount without a rate
        ("日均处理污水3万吨,", False),  # 日均…吨: an amount per day (吨/日)
        ("每日平均清运垃圾300吨,", False),  # 每日平均…吨: the same
        ("减少5000吨,", False),  # 少: a verb
        ("同比12%,", False),  # 同比: a change without a verb
        ("占全省的12%,", False),  # 占…的: a share of a whole
        ("提高到12%,", True),  # 提高到: the level reached (到 cancels the verb), a level
        ("第3批,", False),  # an ordinal
        ("完成整改任务的96.5%,", False),  # 的: a share of a whole
        ("共12个百分点,", False),  # 百分点: always a change
        ("建成3-5座,", False),  # a range
        ("新建10座以上,", False),  # a bound after the figure
        ("1,280平方公里", False),  # a thousands group
        ("2017年完成", False),  # a year
    ],
)
def test_what_the_fast_path_takes(text: str, fast: bool) -> None:
    s = normalize_text(text).text
    i = next(k for k, c in enumerate(s) if c.isdigit())
    assert (_fast_hit(s, i) is not None) is fast
    _scans_agree(text)


_BEFORE = st.sampled_from(
    [
        "",
        ",",
        "。",
        "(",
        "\n",
        "-",
        "+",
        "1,",
        "12、",
        "全省",
        "拆除锅炉",
        "为",
        "达到",
        "约",
        "近",
        "超过",
        "下降",
        "同比",
        "比2015年",
        "每年",
        "日均处理",
        "第",
        "前",
        "占",
        "完成率",
        "高出全国平均水平",
        "吨煤排水量",
        "共",
        "分别为",
        "PM",
        "其中",
        "建成",
        "每万人",
        "约为",
        "累计",
        "不足",
        "分别达到",
        "提高到",
        "较上年",
        "其中超标",
    ]
)
_NUMBER = st.one_of(
    st.integers(0, 99999).map(str),
    st.decimals(0, 9999, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["1,280", "2017", "10^5", "35/40", "8×200", "1.2.3", "0.5"]),
)
_MULTIPLIER = st.sampled_from(["", "", "万", "亿", "千", "十万", "余万", "万余", "多"])
_UNIT = st.sampled_from(
    [
        "",
        "台",
        "个",
        "项",
        "家",
        "亩",
        "公顷",
        "公里",
        "平方公里",
        "%",
        "‰",
        "吨",
        "立方米",
        "年",
        "个月",
        "日",
        "千瓦",
        "元",
        "万元",
        "百分点",
        "个百分点",
        "蒸吨",
        "km",
        "类",
        "名",
        "度",
        "℃",
        "微克",
        "起",
        "座",
        "户",
        "人次",
        "倍",
        "成",
    ]
)
_AFTER = st.sampled_from(
    [
        "",
        ",",
        "。",
        " 以下",
        "(含自然保护区)以上",
        "(35/40)",
        "(潮州)~9台",
        "-8",
        "、3台",
        "以上",
        "左右",
        "的",
        "至5台",
        "和4台",
        "每年",
        "/日",
        "/立方米",
        "强",
        "水",
        "多",
        "电",
        "的面积",
    ]
)


@settings(max_examples=300)
@given(_BEFORE, _NUMBER, _MULTIPLIER, _UNIT, _AFTER, _BEFORE)
def test_generated_sentences_read_the_same(
    before: str, number: str, multiplier: str, unit: str, after: str, lead: str
) -> None:
    text = f"{lead}{before}{number}{multiplier}{unit}{after}"
    _scans_agree(text)
    _fast_positions_agree(normalize_text(text).text)
