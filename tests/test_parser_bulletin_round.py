"""Classes of bulletin, statistics and news wording (issue 10, branch ``bull12``), one table per
class, simplified and traditional forms, each with controls that must keep their old reading.

The classes were named from the failures of the ``b12-*`` documents of ``dev`` (county and city
bulletins and monthly releases, the national water-resources bulletins of 2006 and 2020, a
noise bulletin and three pages from before 2012), measured once before any of them was read:

1. a departure from a normal (``比常年值偏少4.9%``, ``分别偏多27.9%和19.2%``, ``偏少15%~20%``,
   ``偏少程度超过20%``, ``气温偏高1.2℃``) is a change of that direction;
2. ``变好``/``变差`` are evaluative verbs like ``改善``/``恶化`` (the indicator named in the
   sentence gives the direction; the sign stays flagged);
3. ``dBA``: dB(A) whose parentheses a copy lost (``69.4dBA)``) is in dB;
4. a year written with two digits and its leading zero (``09年``) is a date;
5. ``台`` before 县/山/河 or before a count of places (``五台县``, ``五寨、五台两县``) ends a place
   name (``五台洒水车`` stays five machines);
6. the figure after the subject of the largest improvement or worsening (``改善幅度最大的县是
   太白湖区,为17.4%``) is that change, its direction left to the indicator;
7. a table copied one cell per line whose label header lists kinds of places in parentheses
   (``县(市、区) |``) is read like any other (the list is no unit and no prose);
8. a coefficient stated as a value (``有效利用系数 0.565``) is dimensionless, like an index.

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, str, str, int]]:
    df = extract_quantities(text)
    return [(r.text, r.value, r.unit, r.kind, r.sign) for r in df.itertuples()]


# --- 1. Departures from a normal -----------------------------------------------------------------
DEPARTURES = [
    ("全省平均降水量比常年值偏少4.9%。", -4.9, "%", "change_relative", -1),
    ("全港平均雨量較常年偏少4.9%。", -4.9, "%", "change_relative", -1),
    ("入库水量比多年平均偏多12.5%,", 12.5, "%", "change_relative", 1),
    ("入庫水量比多年平均偏多12.5%,", 12.5, "%", "change_relative", 1),
    ("年平均气温较常年偏高1.2℃。", 1.2, "delta_degC", "change_absolute", 1),
    ("年平均氣溫較常年偏高1.2℃。", 1.2, "delta_degC", "change_absolute", 1),
    ("汛期降水量偏低10%,", -10.0, "%", "change_relative", -1),
    ("湖泊蓄水量偏多2成,", 20.0, "%", "change_relative", 1),
]


@pytest.mark.parametrize(("text", "value", "unit", "kind", "sign"), DEPARTURES)
def test_a_departure_from_a_normal_is_a_change(
    text: str, value: float, unit: str, kind: str, sign: int
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (value, unit, kind, sign)


def test_a_departure_verb_holds_for_a_list_a_range_and_a_bound() -> None:
    assert [(r[1], r[4]) for r in _rows("其中福建和广东分别偏多27.9%和19.2%;")] == [
        (27.9, 1),
        (19.2, 1),
    ]
    row = _one("河北、天津、山東偏少15%~20%。")
    assert (row["low"], row["high"], row["sign"], row["kind"]) == (
        -20.0,
        -15.0,
        -1,
        "change_relative",
    )
    row = _one("北京、重庆的偏少程度超过20%,")
    assert (row["value"], row["qualifier"], row["sign"]) == (-20.0, "greater", -1)


def test_a_departure_word_before_a_count_stays_a_count() -> None:
    # 偏多的有7个省: the count of provinces with more rain, not a change of 7
    row = _one("降水量比常年值偏多的仅有7个省,")
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (7.0, "个", "level", 0)


@given(
    tenths=st.integers(min_value=1, max_value=999),
    verb=st.sampled_from([("偏多", 1), ("偏少", -1), ("偏高", 1), ("偏低", -1)]),
    base=st.sampled_from(["比常年值", "较多年平均", "比常年同期"]),
)
def test_departure_sign_follows_the_verb(tenths: int, verb: tuple[str, int], base: str) -> None:
    word, sign = verb
    row = _one(f"降水量{base}{word}{tenths / 10:g}%。")
    assert row["value"] == sign * tenths / 10
    assert (row["sign"], row["kind"]) == (sign, "change_relative")


# --- 2. 变好 / 变差 ------------------------------------------------------------------------------
EVALUATIVE = [
    ("综合指数3.94,同比变好12.2%;", -12.2, "%"),
    ("綜合指數3.94,同比變好12.2%;", -12.2, "%"),
    ("PM2.5平均浓度46微克/立方米,同比变好11.5%;", -11.5, "%"),
    ("优良天数比例为81.2%,同比变差3.2个百分点。", -3.2, "百分点"),
    ("優良天數比例為81.2%,同比變差3.2個百分點。", -3.2, "百分点"),
    ("二氧化氮浓度同比变差5.0%,", 5.0, "%"),
]


@pytest.mark.parametrize(("text", "value", "unit"), EVALUATIVE)
def test_bian_hao_and_bian_cha_are_evaluative(text: str, value: float, unit: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["unit"]) == (value, unit)
    assert row["kind"] in ("change_relative", "change_absolute")
    assert "ambiguous_sign" in flags(row)  # the direction is inferred, not written


def test_bian_hao_without_an_indicator_keeps_no_direction() -> None:
    row = _one("全县同比变好12.2%。")
    assert (row["value"], row["sign"]) == (12.2, 0)
    assert "ambiguous_sign" in flags(row)


# --- 3. dB(A) without its parentheses ------------------------------------------------------------
DBA = [
    ("等效声级平均值为69.4dBA),", 69.4),
    ("等效聲級平均值為69.4dBA),", 69.4),
    ("夜间等效声级为48.6dBA。", 48.6),
    ("昼间等效声级为56.6 dB(A),", 56.6),  # control: the weighting in parentheses
]


@pytest.mark.parametrize(("text", "value"), DBA)
def test_a_glued_weighting_is_read_in_decibels(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "dB", "level")


def test_a_glued_weighting_in_a_range_and_a_difference() -> None:
    row = _one("噪声大部分分布在66-70dBA)之间,")
    assert (row["low"], row["high"], row["unit"]) == (66.0, 70.0, "dB")
    row = _one("低于国家规定的标准0.6dBA),")
    assert (row["value"], row["unit"], row["sign"]) == (-0.6, "dB", -1)


# --- 4. Abbreviated years ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["09年全国环境质量状况:饮用水源地水质稳定达标", "09年全國環境質量狀況", "自08年以来,"],
)
def test_an_abbreviated_year_is_no_duration(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(("text", "value"), [("设备已运行10年,", 10.0), ("为期9年的治理", 9.0)])
def test_a_duration_in_years_stays(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "年")


# --- 5. 台 ending a place name -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "省环保厅公布五台县空气质量达一级",
        "省環保廳公布五台縣空氣質量達一級",
        "五台山景区",
        "七台河市",
    ],
)
def test_tai_before_a_county_mountain_or_river_is_a_name(text: str) -> None:
    assert extract_quantities(text).empty


def test_tai_before_a_count_of_places_is_a_name() -> None:
    for text in ("五寨、五台两县环境空气质量达到国家一级标准", "五寨、五台兩縣環境空氣質量"):
        row = _one(text)
        assert (row["value"], row["unit"]) == (2.0, "县")


@pytest.mark.parametrize(("text", "value"), [("新购五台洒水车,", 5.0), ("投入10台压缩车,", 10.0)])
def test_tai_counting_machines_stays(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "台")


# --- 6. The largest change named as the topic ----------------------------------------------------
LARGEST = [
    ("细颗粒物浓度同比改善幅度最大的是任城区,为20.5%;", -20.5, -1, True),
    ("細顆粒物濃度同比改善幅度最大的是任城區,為20.5%;", -20.5, -1, True),
    ("同比改善幅度最大的县(市、区)是太白湖区,为17.4%,", 17.4, 0, True),
    ("优良天数比例恶化幅度最大的是甲县,为5.2%。", -5.2, -1, True),
    # controls: a written direction is read by the change-noun rule of the twelfth round
    ("PM2.5浓度下降幅度最大的是兖州区,为20%;", -20.0, -1, False),
    ("PM2.5濃度下降幅度最大的是兗州區,為20%;", -20.0, -1, False),
]


@pytest.mark.parametrize(("text", "value", "sign", "flagged"), LARGEST)
def test_the_figure_of_the_largest_change_is_a_change(
    text: str, value: float, sign: int, flagged: bool
) -> None:
    row = _one(text)
    assert (row["value"], row["sign"], row["kind"]) == (value, sign, "change_relative")
    assert ("ambiguous_sign" in flags(row)) is flagged


@pytest.mark.parametrize(
    "text", ["浓度最好的县是微山县,为50微克/立方米;", "濃度最差的縣是汶上縣,為44微克/立方米;"]
)
def test_the_best_or_worst_level_stays_a_level(text: str) -> None:
    row = _one(text)
    assert (row["kind"], row["sign"]) == ("level", 0)


# --- 7. A label header listing kinds of places ---------------------------------------------------
def _table(label_header: str) -> str:
    rows = [("甲区", "17", "26", "19"), ("乙县", "14", "25", "19"), ("丙市", "21", "18", "24")]
    head = [label_header, "二氧化硫(μg/m3)", "二氧化氮(μg/m3)", "优良天(天)"]
    cells = head + [c for row in rows for c in row]
    return "表1 各县区环境空气质量\n" + "".join(f"{c} |\n" for c in cells)


@pytest.mark.parametrize("label_header", ["县(市、区)", "縣(市、區)", "地区(省、市)", "县市区"])
def test_a_cell_per_line_table_with_a_listing_label_header_is_read(label_header: str) -> None:
    rows = _rows(_table(label_header))
    assert [(r[1], r[2]) for r in rows] == [
        (17.0, "μg/m3"), (26.0, "μg/m3"), (19.0, "天"),
        (14.0, "μg/m3"), (25.0, "μg/m3"), (19.0, "天"),
        (21.0, "μg/m3"), (18.0, "μg/m3"), (24.0, "天"),
    ]  # fmt: skip


def test_a_list_in_parentheses_is_no_unit_of_a_sentence() -> None:
    # control: 县(市、区) in prose names no unit and holds no figure
    assert extract_quantities("各县(市、区)环境空气质量排名如下。").empty


# --- 8. A coefficient stated as a value ----------------------------------------------------------
COEFFICIENTS = [
    ("农田灌溉水有效利用系数 0.565,", 0.565),
    ("農田灌溉水有效利用係數為0.572,", 0.572),
    ("全市径流系数为0.45。", 0.45),
]


@pytest.mark.parametrize(("text", "value"), COEFFICIENTS)
def test_a_coefficient_is_a_dimensionless_value(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "dimensionless", "level")


def test_a_number_after_a_coefficient_with_its_unit_keeps_the_unit() -> None:
    row = _one("系数调整后用水量为57.2立方米。")
    assert (row["value"], row["unit"]) == (57.2, "立方米")
