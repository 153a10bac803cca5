"""Classes of hard-text wording (issue 10, branch ``hard12``), one table per class, simplified
and traditional forms, each with controls that must keep their old reading.

The classes were named from the failures of the ``h12-*`` documents of ``dev`` (reprints with
glued glosses, spam and mis-decoded characters, Taiwanese statistics and columns), measured
once before any of them was read:

1. ``不及`` bounds a figure from above like ``不足``/``不到`` (``不及世界平均的五分之一``: less
   than a fifth of the world's mean, a ratio; ``年均不及50毫米``: a level below 50 mm);
2. per person and per year (``每人每年平均雨水量…3,916立方公尺``) is an amount per year, the
   person being the statistic's own unit, as ``每人每日棄置1.41公斤`` is 公斤/日; a year written
   as a date before 人均 (``2020年人均用水量``) or without 每 (``人均年用水量``) is not a
   denominator;
3. the count before ``次会议`` after a ``届`` is a session's ordinal (``十四届全国人大四次会议``),
   not a number of meetings (``共召开四次会议`` stays a count);
4. a counter 市/省/区 before 政府 counts the governments (``等8市政府主要负责人``), although 市政
   (municipal) ends a counter elsewhere (``8市政工程`` stays unread).

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, str, str, str]]:
    df = extract_quantities(text)
    return [(r.text, r.value, r.unit, r.qualifier, r.kind) for r in df.itertuples()]


# --- 1. 不及 as an upper bound ---------------------------------------------------------------
BOUNDED_BY_BUJI = [
    # (text, value, unit, kind)
    ("台湾人均雨水量不及世界平均的五分之一", 0.2, "dimensionless", "ratio"),
    ("台灣人均雨水量不及世界平均的五分之一", 0.2, "dimensionless", "ratio"),
    ("该县森林覆盖率不及全省的5%", 5.0, "%", "ratio"),
    ("該縣森林覆蓋率不及全省的5%", 5.0, "%", "ratio"),
    ("全年降水量不及50毫米", 50.0, "毫米", "level"),
    ("年均降雨量不及50毫米", 50.0, "毫米", "level"),
    ("处理能力不及3万吨", 30000.0, "吨", "level"),
    ("處理能力不及3萬噸", 30000.0, "吨", "level"),
]


@pytest.mark.parametrize(("text", "value", "unit", "kind"), BOUNDED_BY_BUJI)
def test_buji_bounds_a_figure_from_above(text: str, value: float, unit: str, kind: str) -> None:
    row = _one(text)
    assert row["value"] == pytest.approx(value)
    assert (row["unit"], row["qualifier"], row["kind"]) == (unit, "less", kind)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("不足全国的5%", "less"), ("不到5%", "less"), ("约5%", "approx"), ("达到5%", "exact")],
)
def test_other_bound_words_keep_their_reading(text: str, qualifier: str) -> None:
    assert _one(text)["qualifier"] == qualifier


# --- 2. Per person and per year -------------------------------------------------------------------
PER_CAPITA_PER_PERIOD = [
    ("每人每年平均雨水量仅及3,916立方米", 3916.0, "立方米/年"),
    ("每人每年平均雨水量則僅及3,916立方公尺", 3916.0, "立方米/年"),
    ("世界平均分配每人每年雨水量为21,796立方米", 21796.0, "立方米/年"),
    ("人均每年用水450立方米", 450.0, "立方米/年"),
    ("人均每年用水量達450立方米", 450.0, "立方米/年"),
    ("每年人均产生垃圾400公斤", 400.0, "公斤/年"),
    ("每人每日弃置1.41公斤", 1.41, "公斤/日"),  # control: the day stays the denominator
    ("每人每日棄置1.41公斤", 1.41, "公斤/日"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PER_CAPITA_PER_PERIOD)
def test_per_capita_per_period_is_an_amount_per_period(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("2020年人均用水量为400立方米", "立方米"),  # a date before 人均: not a denominator
        ("2020年人均用水量為400立方米", "立方米"),
        ("人均年收入为3万元", "元"),  # not an amount of mass, volume or energy
        ("人均年用电量1200千瓦时", "千瓦时"),  # no 每: the annual statistic
        ("人均水资源量为2100立方米", "立方米"),
    ],
)
def test_a_year_that_is_a_date_or_a_non_amount_keeps_its_unit(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


@given(
    n=st.integers(min_value=1, max_value=99999),
    unit=st.sampled_from(["立方米", "吨", "公斤", "千瓦时"]),
    head=st.sampled_from(["每人每年", "人均每年", "每年人均"]),
    period=st.sampled_from(["年", "日"]),
)
def test_per_capita_denominator_follows_the_written_period(
    n: int, unit: str, head: str, period: str
) -> None:
    text = head.replace("年", period) + f"平均用量为{n}{unit}"
    row = _one(text)
    assert row["value"] == n
    assert row["unit"] == f"{unit}/{period}"


# --- 3. Sessions of a numbered congress ---------------------------------------------------------
SESSIONS = [
    "部长在十四届全国人大四次会议第三场部长通道上说,去年浓度降到28微克/立方米",
    "部長在十四屆全國人大四次會議第三場部長通道上說,去年濃度降到28微克/立方米",
    "十三届全国人大三次会议期间,浓度降到28微克/立方米",
    "市第十五届人大二次会议审议通过,浓度降到28微克/立方米",
    "十九届中央委员会四次全会提出,浓度降到28微克/立方米",
]


@pytest.mark.parametrize("text", SESSIONS)
def test_a_session_after_a_congress_number_is_not_a_count(text: str) -> None:
    assert [r[0] for r in _rows(text)] == ["28微克/立方米"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("全年共召开四次会议", 4.0), ("全年共召開四次會議", 4.0), ("督察组召开3次会议", 3.0)],
)
def test_a_number_of_meetings_stays_a_count(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "次")


# --- 4. A counter before 政府 -----------------------------------------------------------------
GOVERNMENTS = [
    ("约谈长春、沧州等8市政府主要负责人", 8.0, "市"),
    ("約談長春、滄州等8市政府主要負責人", 8.0, "市"),
    ("督察组约谈3省政府负责同志", 3.0, "省"),
    ("督察組約談3省政府負責同志", 3.0, "省"),
    ("5区政府已完成整改", 5.0, "区"),
    ("5區政府已完成整改", 5.0, "区"),
]


@pytest.mark.parametrize(("text", "value", "unit"), GOVERNMENTS)
def test_a_counter_before_government_counts_the_governments(
    text: str, value: float, unit: str
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text", ["完成8市政工程改造", "新建3市政设施", "新建3市政設施", "8市民参加"]
)
def test_a_municipal_word_after_a_number_stays_unread(text: str) -> None:
    assert _rows(text) == []


@given(n=st.integers(min_value=2, max_value=99), counter=st.sampled_from(["市", "省", "区"]))
def test_counters_before_government_read_any_count(n: int, counter: str) -> None:
    row = _one(f"约谈{n}{counter}政府主要负责人")
    assert (row["value"], row["unit"]) == (n, counter)
