"""Classes of issue 10 named after the second round: a period word written straight before a
processing verb (日处理污水24万吨: a rate), 比重/占比 shares as the subject of a change of
level, 半年 as a duration, denominators of area written before the figure (每平公里20,400人)
and digit groups separated by a space (6 542座).

Each class is a table of several sentences (simplified and traditional script), including
sentences that must NOT change.  Expected values are written out by hand.
"""

from __future__ import annotations

import pytest

from envindicators.units import extract_quantities, parse_quantity
from envindicators.units.vocab import Flag


def _rows(text: str) -> list[tuple[str, float, str]]:
    df = extract_quantities(text)
    return [(r.text, r.value, r.unit) for r in df.itertuples(index=False)]


def _flags(text: str) -> list[set[str]]:
    df = extract_quantities(text)
    return [set(filter(None, str(w).split(";"))) for w in df["warnings"]]


# --- 1. a period word before a processing or production verb: a rate --------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("日處理污水24萬噸,", 240000.0, "吨/日"),
        ("该厂日处理污水24万吨,", 240000.0, "吨/日"),
        ("日处理能力5万吨,", 50000.0, "吨/日"),
        ("年处理垃圾30万吨,", 300000.0, "吨/年"),
        ("月处理污泥3000吨,", 3000.0, "吨/月"),
        ("焚烧厂年焚烧生活垃圾约60万吨,", 600000.0, "吨/年"),
        ("水厂日供水规模达到20万立方米,", 200000.0, "立方米/日"),
        ("电站年发电量3亿千瓦时,", 300000000.0, "千瓦时/年"),
    ],
)
def test_period_word_before_a_processing_verb_is_a_rate(text: str, value: float, unit: str) -> None:
    """日/年/月 straight before 处理/生产/焚烧/供水/发电 … (without 每) makes the amount after
    the verb and its object a rate (it was a bare amount: a silent wrong unit)."""
    df = extract_quantities(text)
    assert df[["value", "unit"]].to_records(index=False).tolist() == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("2021年处理污水24万吨,", "吨"),  # a year: the total of that year
        ("二〇二一年处理污水24万吨,", "吨"),
        ("今年处理污水24万吨,", "吨"),  # this year's total
        ("全年处理垃圾30万吨,", "吨"),  # the whole year's total
        ("当日处理污水5万吨,", "吨"),  # that day's amount
        ("上月处理污泥3000吨,", "吨"),
        ("年处理面积30万平方米,", "平方米"),  # an area is not an amount per period
        ("日处理污水。共计24万吨", "吨"),  # another sentence
    ],
)
def test_period_words_that_are_not_rates(text: str, unit: str) -> None:
    assert extract_quantities(text)["unit"].tolist()[-1] == unit


def test_two_rates_in_one_sentence() -> None:
    assert _rows("日处理污水24万吨,日处理污泥300吨") == [
        ("24万吨", 240000.0, "吨/日"),
        ("300吨", 300.0, "吨/日"),
    ]


# --- 2. a share followed through a change: both figures are its levels (conv13 convention) --
@pytest.mark.parametrize(
    "text",
    [
        "第二產業占比由47%降至40%,",
        "第三产业占比由43%增至53%,",
        "第二产业比重从47%降到40%,",
        "服务业占GDP比重由1.2%提高到1.5%,",
        "清洁能源占比由2015年的15%提升至2020年的20%,",
    ],
)
def test_share_subject_from_to_is_a_level(text: str) -> None:
    """占比/比重 … 由A至B: A and B are both the share followed over time, the levels of an
    indicator (the corpus guide's convention since branch conv13; they were read as ratios)."""
    df = extract_quantities(text)
    assert df["kind"].tolist() == ["level", "level"]
    assert df["sign"].tolist() == [0, 0]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("优良天数比例由80%提高到85%,", ["level", "level"]),  # an indicator's share: a level
        ("达标率由90%提高到95%,", ["level", "level"]),
        ("床位占用率由30%提高到50%,", ["level", "level"]),  # 占用率 is a rate, not 占
        ("占比由47%降至40%,降低7个百分点", ["level", "level", "change_absolute"]),
        ("占比由47%下降了5%", ["level", "change_relative"]),  # a change keeps its kind
    ],
)
def test_share_subject_leaves_levels_and_changes(text: str, kinds: list[str]) -> None:
    assert extract_quantities(text)["kind"].tolist() == kinds


# --- 3. 半 as a duration of one half; 上半年/下半年 are periods -----------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("半年内完成整改", 0.5, "年", "at_most"),
        ("用半年时间完成整治", 0.5, "年", "exact"),
        ("為期半年的專項行動", 0.5, "年", "exact"),
        ("半个月内办结", 0.5, "月", "at_most"),
        ("半小时内到达现场", 0.5, "小时", "at_most"),
        ("用一年半时间", 1.5, "年", "exact"),  # the half after the unit was dropped (1 年)
        ("历时两年半", 2.5, "年", "exact"),
        ("整改用了三天半", 3.5, "天", "exact"),
        ("一个半小时", 1.5, "小时", "exact"),
    ],
)
def test_half_is_a_duration(text: str, value: float, unit: str, qualifier: str) -> None:
    df = extract_quantities(text)
    assert df[["value", "unit", "qualifier"]].to_records(index=False).tolist() == [
        (value, unit, qualifier)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "上半年完成整改",  # a period
        "2021年下半年",
        "前半年进展缓慢",
        "每半年监测一次",  # a frequency, not an amount
        "发布半年报",  # a report name
        "半年度考核",
        "近半年来",  # a period (like 近三年来)
        "全年半数以上",
    ],
)
def test_half_periods_are_not_mentions(text: str) -> None:
    df = extract_quantities(text)
    assert not (df["unit"].isin(["年", "月", "小时", "天"]) & (df["value"] % 1 == 0.5)).any()
    # 半数以上 is a share of one half (ratio 1/2, fifth round), never a period or duration
    assert "半" not in "".join(df.loc[df["kind"] != "ratio", "text"])
    assert (df.loc[df["kind"] == "ratio", "value"] == 0.5).all()


def test_half_in_a_range_belongs_to_the_upper_end() -> None:
    df = extract_quantities("一至两年半")
    assert df[["low", "high", "unit"]].to_records(index=False).tolist() == [(1.0, 2.5, "年")]


def test_half_year_alone_through_parse_quantity() -> None:
    from envindicators.units import parse_quantity

    q = parse_quantity("半年")
    assert (q.value, q.unit) == (0.5, "年")
    assert parse_quantity("两年半").value == 2.5


# --- 4. an area or length denominator written before the figure -------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("人口密度为每平方公里18,400人", 18400.0, "人/平方公里"),
        ("每平公里20,400人", 20400.0, "人/平方公里"),  # 平公里 = 平方公里
        ("人口密度為每平方公里2.1萬人", 21000.0, "人/平方公里"),
        ("每平方千米人口1200人", 1200.0, "人/平方千米"),
        ("车辆密度为每公里496辆", 496.0, "辆/公里"),
        ("每公顷造林1200株", 1200.0, "株/公顷"),
        ("每万人有效发明专利达到7.5件", 7.5, "件/万人"),  # the rule it extends
    ],
)
def test_area_or_length_denominator_before_the_figure(text: str, value: float, unit: str) -> None:
    df = extract_quantities(text)
    assert df[["value", "unit"]].to_records(index=False).tolist() == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("面积20平公里", "平方公里"),  # 平公里 as a unit of its own
        ("每年新增造林2万亩", "亩"),  # a period, not a denominator of the area
        ("全市公路总里程1.2万公里", "公里"),
        ("每公里。全市共有496辆", "辆"),  # another sentence
    ],
)
def test_no_denominator_without_每_in_the_clause(text: str, unit: str) -> None:
    assert extract_quantities(text)["unit"].tolist() == [unit]


# --- 5. digit groups separated by a space (thin spaces are folded to it) ----------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全省共有污水处理厂6 542座,", 6542.0, "座"),
        ("全省共有污水处理厂6\u2009542座,", 6542.0, "座"),  # thin space
        ("全省共有污水处理厂6\u202f542座,", 6542.0, "座"),  # narrow no-break space
        ("管网长度1 000 m,", 1000.0, "m"),
        ("排放总量12 345 678吨,", 12345678.0, "吨"),
        ("面积为6 542.5平方公里,", 6542.5, "平方公里"),
        ("人口密度为每平方公里18 400人,", 18400.0, "人/平方公里"),
    ],
)
def test_space_between_digit_groups_is_a_thousands_separator(
    text: str, value: float, unit: str
) -> None:
    """A group of exactly three digits after 1-3 digits and one space is a thousands group
    (SI digit grouping); it was read as the last group alone (542座), flagged."""
    df = extract_quantities(text)
    assert df[["value", "unit"]].to_records(index=False).tolist() == [(value, unit)]
    assert _flags(text) == [set()]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("6 542座", 6542.0, "座"),
        ("6\u2009542座", 6542.0, "座"),
        ("1 000 m", 1000.0, "m"),
        ("12 345 678吨", 12345678.0, "吨"),
    ],
)
def test_space_grouping_through_parse_quantity(text: str, value: float, unit: str) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit, q.warnings) == (value, unit, ())


@pytest.mark.parametrize(
    "text",
    [
        "排放量分别为1 280吨,",  # a list announced: a grouping or two numbers?
        "编号 5 1 234吨",  # a run of numbers separated by spaces (a table row)
        "共1 234 5吨",
        "共计1 28吨",  # a group of two digits is no thousands group
        "共计1 2800吨",
    ],
)
def test_ambiguous_space_groupings_are_flagged(text: str) -> None:
    df = extract_quantities(text)
    assert len(df) >= 1
    for flags in _flags(text):
        assert Flag.AMBIGUOUS_SEPARATOR.value in flags
    assert (df["confidence"] == "low").all()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2019 345吨", None),  # four digits before the space: not a group
        # spaces around numbers, no grouping (168 城市 counts cities since parser round 35)
        ("优良天数比例为 92.4%,168 城市", [92.4, 168.0]),
        ("35 μg/m3", [35.0]),
    ],
)
def test_spaces_that_do_not_group(text: str, values: list[float] | None) -> None:
    df = extract_quantities(text)
    if values is None:
        assert 2019345.0 not in df["value"].tolist()
    else:
        assert df["value"].tolist() == values


@pytest.mark.parametrize(
    ("text", "qualifier", "unit"),
    [
        ("每萬元耗電不足一千千瓦時", "less", "千瓦时/万元"),
        ("每平方公里约18,400人", "approx", "人/平方公里"),
        ("每万人有效发明专利超过7.5件", "greater", "件/万人"),
        ("每万人有效发明专利达到7.5件", "exact", "件/万人"),
    ],
)
def test_bound_word_between_denominator_and_figure_is_read(
    text: str, qualifier: str, unit: str
) -> None:
    """The words between a denominator written first and the figure were swallowed by the
    denominator (不足 lost: a wrong qualifier); the words right before the number are read
    first."""
    df = extract_quantities(text)
    assert df[["qualifier", "unit"]].to_records(index=False).tolist() == [(qualifier, unit)]
