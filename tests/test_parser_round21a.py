"""Classes of parser round 21a (branch ``left20``): what rounds 20 and 20b left, as rules.

Rules in ``units/parsing/`` and ``units/definitions.txt`` (``benchmarks/corpus/README.md``,
"Parser round 21a, branch `left20`"):

* a bare mass in the numerator unit of a concentration stated anywhere before it in the text
  (another paragraph, or beyond the reach of the same-paragraph rule) is flagged
  ``ambiguous_unit``: never a confident plain mass after a concentration of its unit;
* ``Nm3``/``Nm³`` (and 标立方米, 标准立方米) is the normal cubic metre of flue gas, a volume at
  reference conditions: ``50mg/Nm3`` is a concentration, ``5000Nm³/h`` a flow of gas;
* the 一 of a paired slogan (``整改一个、销号一个``, ``成熟一个、推进一个``) is distributive
  ("each"), not a count of one (``剩余一个、在建一个`` stays a tally);
* a list of bare day counts after a noun (``扬尘2日及1日``, ``出现重污染3日和2日``) is read as
  days, flagged ``ambiguous_unit`` unless a word of its clause (分别, 出现, 有 …) settles it;
  days of the month after 月, 在/于 stay dates;
* 最多/至多/最少/至少 after a frequency word, a verb between it and the figure (``每次最多处理
  10吨``, ``每天至少检查3次``), is the figure's bound, as right before it;
* 增减 ("increase or decrease") is a neutral verb: the written figure's sign is the change's
  (``增减-3.2%`` falls, ``增减3.2%`` rises), never the 减 inside the word; a minus after a
  year cell (``2019年-2.3%``) is kept, flagged ``ambiguous_sign`` (``2015年-2020年`` stays a
  span of years).

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, to_traditional

from envindicators.units import extract_quantities, ureg

# --- 1. A bare mass far from its concentration ------------------------------------------------
FAR_MASSES = both_scripts(
    [
        ("PM2.5平均浓度为35微克/立方米。\n\n二氧化硫为12微克。", "微克", 12.0),
        ("细颗粒物年均浓度每立方米30微克。\n另据监测,二氧化氮年均值为25微克。", "微克", 25.0),
        ("化学需氧量平均浓度为15毫克/升。\n\n氨氮平均为0.5毫克,同比持平。", "毫克", 0.5),
        (
            "臭氧浓度为160微克/立方米。"
            + "全市加强扬尘管控,推进工地全覆盖。" * 8
            + "PM10为45微克。",
            "微克",
            45.0,
        ),
        ("排放限值50mg/Nm3。\n\n实测平均为32mg。", "mg", 32.0),
    ]
)


@pytest.mark.parametrize(("text", "unit", "value"), FAR_MASSES)
def test_bare_mass_after_a_far_concentration_is_flagged(text: str, unit: str, value: float) -> None:
    df = extract_quantities(text)
    bare = df[df["unit"] == unit]
    assert list(bare["value"]) == [value]
    assert "ambiguous_unit" in str(bare.iloc[0]["warnings"])
    # the concentration itself is read as written, unflagged
    rate = df[df["unit"].str.contains("/")]
    assert len(rate) == 1
    assert "ambiguous_unit" not in str(rate.iloc[0]["warnings"])


NOT_A_CONCENTRATION = both_scripts(
    [
        # a rate per day is no concentration: the yearly total keeps its unit unflagged
        ("日处理能力为1500吨/日。\n\n全年处理生活垃圾52万吨。", "吨"),
        # a mass with no concentration of its unit before it
        ("二氧化硫为12微克。\n\nPM2.5平均浓度为35毫克/立方米。", "微克"),
    ]
)


@pytest.mark.parametrize(("text", "unit"), NOT_A_CONCENTRATION)
def test_bare_mass_without_a_concentration_of_its_unit_before_is_not_flagged(
    text: str, unit: str
) -> None:
    df = extract_quantities(text)
    bare = df[df["unit"] == unit]
    assert len(bare) == 1
    assert "ambiguous_unit" not in str(bare.iloc[0]["warnings"])


@given(
    paragraphs=st.integers(min_value=1, max_value=4),
    value=st.integers(min_value=1, max_value=300),
    unit=st.sampled_from(["微克", "毫克"]),
    pollutant=st.sampled_from(["二氧化硫", "二氧化氮", "PM10", "一氧化碳", "臭氧"]),
    traditional=st.booleans(),
)
def test_bare_mass_paragraphs_after_a_concentration_is_never_unflagged(
    paragraphs: int, value: int, unit: str, pollutant: str, traditional: bool
) -> None:
    filler = "\n\n全市持续推进大气污染防治行动,强化工地扬尘管控。"
    text = (
        f"PM2.5平均浓度为35{unit}/立方米。"
        + filler * paragraphs
        + f"\n{pollutant}为{value}{unit}。"
    )
    if traditional:
        text = to_traditional(text)
    df = extract_quantities(text)
    bare = df[df["unit"] == unit]
    assert list(bare["value"]) == [float(value)]
    assert "ambiguous_unit" in str(bare.iloc[0]["warnings"])


# --- 2. The normal cubic metre ------------------------------------------------------------------
NORMAL_CUBIC = both_scripts(
    [
        ("汞排放浓度限值为50μg/Nm³", 50.0, "μg/Nm3"),
        ("颗粒物排放浓度为20mg/Nm3", 20.0, "mg/Nm3"),
        ("烟气设计风量5000Nm³/h", 5000.0, "Nm3/h"),
        ("氮氧化物排放浓度为100毫克/标准立方米", 100.0, "毫克/Nm3"),
        ("二氧化硫排放浓度为每标立方米35毫克", 35.0, "毫克/Nm3"),
        ("年排放烟气12万标立方米", 120000.0, "Nm3"),
    ]
)


@pytest.mark.parametrize(("text", "value", "unit"), NORMAL_CUBIC)
def test_normal_cubic_metre(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"]) == (value, unit)
    assert not flags(row)


def test_normal_cubic_metre_is_a_volume_never_newton_metres() -> None:
    assert ureg("50 mg/Nm3").dimensionality == ureg("1 mg/m3").dimensionality
    assert ureg("50 mg/Nm3").to("ug/m3").magnitude == pytest.approx(50_000)
    assert ureg("5000 Nm3/h").to("m3/d").magnitude == pytest.approx(120_000)
    assert ureg("1 标准立方米").to("m3").magnitude == pytest.approx(1)
    assert ureg("1 Nm3").dimensionality != ureg("1 N*m**3").dimensionality


# --- 3. Paired (distributive) slogans ------------------------------------------------------------
SLOGANS = both_scripts(
    [
        ("坚决做到整改一个、销号一个。", []),
        ("按照完成一项、销号一项的要求", []),
        ("坚持成熟一个、推进一个,全年共完成12个", [(12.0, "个")]),
        ("做到建成一个、验收一个、销号一个", []),
        ("对违法行为发现一起,查处一起", []),
        # a tally of what is left stays a count
        ("已完成24个,剩余一个、在建一个", [(24.0, "个"), (1.0, "个"), (1.0, "个")]),
        # 十一宗 is eleven: the 一 after it is no slogan's
        ("的个案有十一宗;另有一宗违反条例", [(11.0, "宗"), (1.0, "宗")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), SLOGANS)
def test_paired_slogan_one_is_distributive(text: str, expected: list[tuple[float, str]]) -> None:
    assert rows(text, "value", "unit") == expected


@given(
    verbs=st.lists(
        st.sampled_from(["整改", "销号", "成熟", "推进", "验收", "建成", "查处", "发现"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    counter=st.sampled_from(["个", "项", "起", "家", "处"]),
    sep=st.sampled_from(["、", ",", ";"]),
    traditional=st.booleans(),
)
def test_paired_slogan_of_any_length_has_no_count(
    verbs: list[str], counter: str, sep: str, traditional: bool
) -> None:
    text = "坚持" + sep.join(f"{v}一{counter}" for v in verbs) + "的原则。"
    if traditional:
        text = to_traditional(text)
    assert rows(text, "value", "unit") == []


# --- 4. Days listed --------------------------------------------------------------------------
DAY_LISTS = both_scripts(
    [
        ("分别受到东北季风及台风影响引起河川扬尘2日及1日,将持续改善", [2.0, 1.0], False),
        ("全市出现重污染3日和2日", [3.0, 2.0], False),
        ("该站分别超标5日、3日和1日", [5.0, 3.0, 1.0], False),
        ("河川扬尘2日及1日", [2.0, 1.0], True),
    ]
)


@pytest.mark.parametrize(("text", "values", "flagged"), DAY_LISTS)
def test_listed_day_counts_are_days(text: str, values: list[float], flagged: bool) -> None:
    df = extract_quantities(text)
    assert list(df["value"]) == values
    assert set(df["unit"]) == {"日"}
    assert all(("ambiguous_unit" in str(w)) is flagged for w in df["warnings"])


DATES_LISTED = both_scripts(
    [
        ("督察组于3日和5日召开座谈会", []),
        ("分别在5月5日及6日开展检查", []),
        ("2023年3月2日及4日", []),
    ]
)


@pytest.mark.parametrize(("text", "expected"), DATES_LISTED)
def test_listed_days_of_the_month_stay_dates(text: str, expected: list[object]) -> None:
    assert rows(text, "value", "unit") == expected


# --- 5. A bound after a frequency word ---------------------------------------------------------
BOUNDS = both_scripts(
    [
        ("每次最多处理10吨", 10.0, "吨", "at_most"),
        ("一次最多可存放5吨", 5.0, "吨", "at_most"),
        ("每天至少检查3次", 3.0, "次/日", "at_least"),
        ("每年至少开展2次", 2.0, "次/年", "at_least"),
        # an amount per month, as 每年减少用煤3万吨 is per year (吨/月 since parser round 37)
        ("每月至多排放20吨", 20.0, "吨/月", "at_most"),
        ("每批最少抽检5个", 5.0, "个", "at_least"),
        # right before the figure, as before
        ("每次最多10吨", 10.0, "吨", "at_most"),
    ]
)


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), BOUNDS)
def test_bound_after_a_frequency_word(text: str, value: float, unit: str, qualifier: str) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"], row["qualifier"]) == (value, unit, qualifier)


NOT_BOUNDS = both_scripts(
    [
        ("每年最少的是3次", 3.0, "exact"),  # a superlative's group, no bound
        ("每年检查最多的企业3家", 3.0, "exact"),
    ]
)


@pytest.mark.parametrize(("text", "value", "qualifier"), NOT_BOUNDS)
def test_superlative_after_a_frequency_word_is_no_bound(
    text: str, value: float, qualifier: str
) -> None:
    row = one_row(text)
    assert (row["value"], row["qualifier"]) == (value, qualifier)


# --- 6. Signed figures in tables and ledgers ------------------------------------------------
NEUTRAL_VERB = both_scripts(
    [
        ("比上年增减-3.2%", -3.2, "%", -1),
        ("同比增减-1.5个百分点", -1.5, "百分点", -1),
        ("增减幅度为-2.1%", -2.1, "%", -1),
        ("排放量比上年增减-300吨", -300.0, "吨", -1),
        ("比上年增减3.2%", 3.2, "%", 1),
        ("用水总量增减了1.8亿立方米", 180_000_000.0, "立方米", 1),
    ]
)


@pytest.mark.parametrize(("text", "value", "unit", "sign"), NEUTRAL_VERB)
def test_neutral_verb_takes_the_written_sign(text: str, value: float, unit: str, sign: int) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"], row["sign"]) == (value, unit, sign)
    assert "sign_conflict" not in flags(row)


@given(
    value=st.decimals(min_value="0.1", max_value="99.9", places=1),
    minus=st.booleans(),
    verb=st.sampled_from(["增减", "增减了", "增减幅度为"]),
    traditional=st.booleans(),
)
def test_neutral_verb_sign_is_the_figures(
    value: object, minus: bool, verb: str, traditional: bool
) -> None:
    text = f"比上年{verb}{'-' if minus else ''}{value}%"
    if traditional:
        text = to_traditional(text)
    row = one_row(text)
    expected = -float(str(value)) if minus else float(str(value))
    assert row["value"] == pytest.approx(expected)
    assert row["sign"] == (-1 if minus else 1)


YEAR_THEN_SIGNED = both_scripts(
    [
        ("2019年-2.3%", -2.3, "%"),
        ("112年-1.5%", -1.5, "%"),
        ("2020年-12.5万吨", -125_000.0, "吨"),
    ]
)


@pytest.mark.parametrize(("text", "value", "unit"), YEAR_THEN_SIGNED)
def test_minus_after_a_year_cell_is_kept_and_flagged(text: str, value: float, unit: str) -> None:
    df = extract_quantities(text)
    row = df[df["unit"] == unit].iloc[0]
    assert (row["value"], row["unit"]) == (value, unit)
    assert "ambiguous_sign" in flags(row)


YEAR_SPANS = both_scripts(
    [
        ("2015年-2020年", []),
        ("2020年-12月", []),
        ("2015年-2020,细颗粒物浓度下降", []),
    ]
)


@pytest.mark.parametrize(("text", "expected"), YEAR_SPANS)
def test_span_of_years_is_no_sign(text: str, expected: list[object]) -> None:
    assert rows(text, "value", "unit") == expected


SIGNED_IN_LEDGERS = both_scripts(
    [
        ("完成率-5%", -5.0, "%"),
        ("完成率为-5%", -5.0, "%"),
        ("比上年增减(%)\t-3.2", -3.2, "%"),
    ]
)


@pytest.mark.parametrize(("text", "value", "unit"), SIGNED_IN_LEDGERS)
def test_signed_figure_in_a_ledger_keeps_its_sign(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"]) == (value, unit)
