"""Parser round 36 (branch read25): heldout19's failures, silent values first (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from the
corpus) and with the negative cases the rule must leave alone.
"""

from __future__ import annotations

import pytest

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, float, float, str, str, str]]:
    df = extract_quantities(text)
    return [
        (
            str(r.text),
            float(r.value),
            float(r.low),
            float(r.high),
            str(r.unit),
            str(r.qualifier),
            str(r.kind),
        )
        for r in df.itertuples(index=False)
    ]


# --- 1. a band with both bounds inside, joined by 至: A以上至B以下 is one range ---------------
@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("违者处2000元以上至5万元以下罚款", 2000.0, 50000.0, "元"),
        ("違者處2000元以上至5萬元以下罰鍰", 2000.0, 50000.0, "元"),
        ("可处三千元以上到三万元以下罚款", 3000.0, 30000.0, "元"),
        ("可處三千元以上至三萬元以下罰鍰", 3000.0, 30000.0, "元"),
        ("處一五○○元以上至六萬元以下罰鍰", 1500.0, 60000.0, "元"),
    ],
)
def test_a_band_joined_by_zhi_is_one_range(text: str, low: float, high: float, unit: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    _, _, lo, hi, u, qualifier, _ = rows[0]
    assert (lo, hi, u, qualifier) == (low, high, unit, "range")


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        # no 以下 closing the second end: a lower bound and another figure
        ("罚款1000元以上至今已有5万元", ["at_least", "exact"]),
        ("处5000元以上至2万元的赔偿", ["at_least", "exact"]),
        ("達到5萬噸以上、10萬噸的規模", ["at_least", "exact"]),
        # the reverse order is no band
        ("5万元以下至20万元以上", ["at_most", "at_least"]),
        # a band of another measure than money stays two bounds, however joined (a band of
        # money without 至 is one range since parser round 37: test_parser_round37)
        ("淘汰10蒸吨以上、35蒸吨以下燃煤锅炉", ["at_least", "at_most"]),
        ("淘汰10蒸噸以上35蒸噸以下燃煤鍋爐", ["at_least", "at_most"]),
        # a size band of equipment: two bounds, the threshold of the objects
        ("关停20万千瓦以上至30万千瓦以下燃煤机组", ["at_least", "at_most"]),
    ],
)
def test_other_bounds_stay_bounds(text: str, qualifiers: list[str]) -> None:
    assert [r[5] for r in _rows(text)] == qualifiers


# --- 2. a comparative before a figure that names a target's level ------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("年均浓度为25微克/立方米,低于省下达的32微克/立方米的年度考核目标", 32.0),
        ("年均濃度為25微克/立方米,低於省下達的32微克/立方米的年度考核目標", 32.0),
        ("优于国家下达本市41微克/立方米的约束性目标", 41.0),
        ("優於國家下達本市41微克/立方米的約束性目標", 41.0),
        ("排放浓度低于地方规定50毫克/立方米的排放限值", 50.0),
        ("高于国家规定2毫克/升的标准", 2.0),
    ],
)
def test_a_compared_target_is_a_level(text: str, value: float) -> None:
    rows = [r for r in _rows(text) if r[1] == value]
    assert len(rows) == 1
    assert rows[0][6] == "level"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a difference to a named reference, nothing after it: still a change
        ("浓度高出全国平均水平6.4微克/立方米", 6.4),
        ("濃度低於全國平均5微克/立方米,優於去年", -5.0),
        ("比上年低于省平均3微克/立方米的水平", -3.0),
    ],
)
def test_a_difference_without_a_named_target_stays_a_change(text: str, value: float) -> None:
    rows = _rows(text)
    assert [(r[1], r[6]) for r in rows] == [(value, "change_absolute")]


# --- 3. a unit cut by a mark of a damaged text layer is flagged --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "PM10平均浓度为61ug/●,同比持平",
        "PM10平均濃度為61ug/■,同比持平",
        "日处理污水3.2万吨/□",
        "濃度為0.8mg/◆。",
    ],
)
def test_a_unit_cut_by_a_damage_mark_is_flagged(text: str) -> None:
    df = extract_quantities(text)
    assert "ambiguous_unit" in str(df.iloc[0]["warnings"])


@pytest.mark.parametrize(
    "text",
    ["PM10平均浓度为61ug/m3,同比持平", "日处理污水3.2万吨/日", "全年二○二○吨/年"],
)
def test_a_whole_unit_is_not_flagged(text: str) -> None:
    df = extract_quantities(text)
    assert "ambiguous_unit" not in str(df.iloc[0]["warnings"])


# --- 4. tables whose unit is written once ------------------------------------------------------
def _table(text: str) -> list[tuple[str, str]]:
    df = extract_quantities(text)
    return [(str(r.text), str(r.unit)) for r in df.itertuples(index=False)]


@pytest.mark.parametrize(
    ("caption", "unit"),
    [
        ("单位:公吨 (每日计)", "吨/日"),
        ("單位：公噸（每日計）", "吨/日"),
        ("单位:万吨 (每年计)", "吨/年"),  # 万 is the multiplier of the figures
        ("单位:吨", "吨"),
    ],
)
def test_a_pipe_table_with_group_labels_reads_its_caption(caption: str, unit: str) -> None:
    text = (
        f"| {caption} | | | |\n"
        "| 类 别 | 2019 | 2020 | 2021 |\n"
        "| | | |\n"
        "| 运往弃置的废物 | | | |\n"
        "| 家居 | 512 | 498 | 530 |\n"
        "| 工商业 | 301 | 288 | 276 |\n"
    )
    rows = _table(text)
    assert [t for t, _ in rows] == ["512", "498", "530", "301", "288", "276"]
    assert {u for _, u in rows} == {unit}


def test_a_pipe_table_without_a_caption_is_not_read() -> None:
    text = "| 类 别 | 2019 | 2020 |\n| 废物 | | |\n| 家居 | 512 | 498 |\n"
    assert _table(text) == []


@pytest.mark.parametrize(
    ("title", "headers", "unit"),
    [
        (
            ["某省督察交办问题", "办理情况汇总表", "(第一批至第五批)"],
            ["地区", "受理件数", "办结件数"],
            "件",
        ),
        (["某省督察交辦問題", "辦理情況彙總表"], ["地區", "受理件數", "辦結件數"], "件"),
    ],
)
def test_a_cell_per_line_table_under_its_title_reads_its_headers(
    title: list[str], headers: list[str], unit: str
) -> None:
    body = ["某报讯 本报记者整理如下。", *title, *headers, "甲市", "12", "9", "乙市", "7", "7"]
    rows = _table("\n\n".join(body))
    assert rows == [("12", unit), ("9", unit), ("7", unit), ("7", unit)]


@pytest.mark.parametrize(
    "title",
    [
        ["2020年", "2021年"],  # the top level of a two-level header, not a title
        ["浓度(微克/立方米)"],  # a cell naming a unit
        ["某省督察交办问题"],  # no cell names a table: a header name over two lines, maybe
    ],
)
def test_cells_before_the_headers_that_are_no_title_leave_the_run_unread(
    title: list[str],
) -> None:
    body = [
        "某报讯 本报记者整理如下。",
        "",
        *title,
        "地区",
        "受理件数",
        "办结件数",
        "甲市",
        "12",
        "9",
    ]
    body += ["乙市", "7", "7", "丙市", "5", "4"]
    assert _table("\n\n".join(body)) == []


# --- 5. smaller classes: the cap of a fine, a tenth and more ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "违者最高可处50万元罚款",
        "違者最高可處新臺幣50萬元罰鍰",
        "最高可罚30万元",
        "最高罰款30萬元,並限期改善",
    ],
)
def test_the_cap_of_a_fine_is_at_most(text: str) -> None:
    assert [r[5] for r in _rows(text)] == ["at_most"]


@pytest.mark.parametrize(
    "text",
    ["罚款50万元", "處罰鍰50萬元", "最高值为300微克/立方米", "罚款最高的企业有3家"],
)
def test_no_cap_is_read_without_its_words(text: str) -> None:
    assert "at_most" not in [r[5] for r in _rows(text)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("工业投诉占一成多。", "more_than"),
        ("工業投訴佔兩成多。", "more_than"),
        ("工业投诉占三成余", "more_than"),
        ("工业投诉占一成。", "exact"),
        ("占三成多少", "exact"),
    ],
)
def test_a_tenth_and_more_is_more_than(text: str, qualifier: str) -> None:
    assert [r[5] for r in _rows(text)] == [qualifier]
