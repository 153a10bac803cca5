"""The table reader of ``extract_quantities``: figures in the cells of tables flattened into
text whose unit is written once, in a caption, a column header or a row label.

The tables here are made up for the tests (not copied from the evaluation corpus): several
layouts (pipes, tabs, aligned spaces, row labels with their figures, one cell per line),
both scripts, headers with and without units, captions, and broken rows.
"""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples
from envindicators.units import extract_quantities
from envindicators.units.vocab import FLAG_CONFIDENCE, Confidence, Flag

FLAG = Flag.UNIT_FROM_HEADER.value


def _cells(text: str) -> list[tuple[str, float, str, str, str]]:
    df = extract_quantities(text)
    return [
        (r.text, r.value, r.unit, r.kind, r.warnings)
        for r in df[["text", "value", "unit", "kind", "warnings"]].itertuples(index=False)
    ]


def test_flag_is_medium() -> None:
    assert FLAG_CONFIDENCE[Flag.UNIT_FROM_HEADER] is Confidence.MEDIUM
    df = extract_quantities("| 城市 | 降尘量(吨/平方公里) |\n| 甲市 | 4.2 |")
    assert df["warnings"].tolist() == [FLAG]
    assert df["confidence"].astype(str).tolist() == ["medium"]


def test_pipe_table_column_headers_simplified() -> None:
    text = (
        "表3 各县水质\n"
        "| 县 | 化学需氧量(毫克/升) | 达标率(%) | 断面数 |\n"
        "|---|---|---|---|\n"
        "| 东县 | 14.5 | 87.5 | 8 |\n"
        "| 西县 | 16 | 100 | 5 |\n"
    )
    assert _cells(text) == [
        ("14.5", 14.5, "毫克/升", "level", FLAG),
        ("87.5", 87.5, "%", "level", FLAG),
        ("16", 16.0, "毫克/升", "level", FLAG),
        ("100", 100.0, "%", "level", FLAG),
    ]  # 断面数 names no unit: its counts are not read


def test_unit_in_cell_wins_and_keeps_its_reading() -> None:
    text = "| 县 | 达标率(%) |\n| 东县 | 9成 |\n| 西县 | 45万吨 |\n| 南县 | 62.5 |"
    rows = _cells(text)
    assert rows[0][:3] == ("9成", 90.0, "%")
    assert rows[1][:3] == ("45万吨", 450000.0, "吨")
    assert rows[1][4] == ""
    assert rows[2] == ("62.5", 62.5, "%", "level", FLAG)


def test_tab_table_traditional_slash_header() -> None:
    text = "縣市\t造林面積/公頃\t苗木/萬株\n花蓮縣\t1,250\t36.5\n臺東縣\t980.5\t12\n"
    assert _cells(text) == [
        ("1,250", 1250.0, "公顷", "level", FLAG),
        ("36.5", 365000.0, "株", "level", FLAG),
        ("980.5", 980.5, "公顷", "level", FLAG),
        ("12", 120000.0, "株", "level", FLAG),
    ]


def test_space_aligned_with_caption_and_year_column() -> None:
    text = (
        "附表 废气污染物排放（单位：万吨）\n"
        "年份      二氧化硫      氮氧化物\n"
        "2019      12.25         30.1\n"
        "2020      10.5          27\n"
        "\n"
        "以上数据为初步统计。\n"
    )
    assert _cells(text) == [
        ("12.25", 122500.0, "吨", "level", FLAG),
        ("30.1", 301000.0, "吨", "level", FLAG),
        ("10.5", 105000.0, "吨", "level", FLAG),
        ("27", 270000.0, "吨", "level", FLAG),
    ]


def test_caption_traditional_and_header_unit_is_more_specific() -> None:
    text = "單位：公噸\n項目  產生量  回收率(%)\n紙類  3520  41.2\n"
    assert _cells(text) == [
        ("3520", 3520.0, "吨", "level", FLAG),
        ("41.2", 41.2, "%", "level", FLAG),
    ]


def test_caption_ends_with_its_table() -> None:
    text = "单位：万吨\n地区  排放量\n甲区  3.5\n\n乙区  4.5\n"
    assert [r[0] for r in _cells(text)] == ["3.5"]


def test_row_labels_and_their_parts() -> None:
    text = (
        "   指标   2021   2022   2023\n"
        "   工业废水排放量(亿吨)   20.3 19.8 18.6\n"
        "     #化工   5.1 4.9 4.2\n"
        "   氨氮排放量（吨）  8812 8530 8004\n"
        "   其中：城镇  6001 5880 5522\n"
        "   酸雨频率   12.5 10.1 9.8\n"
    )
    rows = [r for r in _cells(text) if r[4] == FLAG]
    assert [r[0] for r in rows] == [
        "20.3", "19.8", "18.6", "5.1", "4.9", "4.2", "8812", "8530", "8004", "6001", "5880",
        "5522",
    ]  # fmt: skip
    assert rows[0][1:4] == (2030000000.0, "吨", "level")
    assert rows[3][1:3] == (510000000.0, "吨")  # the part takes the unit of the row above
    assert rows[9][1:3] == (6001.0, "吨")
    # the header of years and 酸雨频率 (no unit) give nothing to the table reader
    assert not any(r[0] in ("12.5", "10.1", "9.8") for r in _cells(text))


def test_bilingual_row_label_prefers_the_chinese_unit() -> None:
    text = (
        "  年降水量(毫米)  annual rainfall (mm)  1501.2  1377\n"
        "  人均用水量(立方米/人)  (cu.m/person)  410  398\n"
    )
    rows = _cells(text)
    assert [(r[0], r[2]) for r in rows] == [
        ("1501.2", "毫米"),
        ("1377", "毫米"),
        ("410", "立方米/人"),
        ("398", "立方米/人"),
    ]


def test_change_rate_rows_are_signed_relative_changes() -> None:
    text = "| 年度 | 2021 | 2022 |\n| 产生量(万吨) | 412 | 398 |\n| 增长率(%) | 2.5 | -3.4 |\n"
    df = extract_quantities(text)
    rates = df[df["unit"] == "%"]
    assert rates["kind"].astype(str).tolist() == ["change_relative"] * 2
    assert rates["value"].tolist() == [2.5, -3.4]
    assert rates["sign"].tolist() == [1, -1]


def test_one_cell_per_line_pipe_table_with_caption() -> None:
    cells = ["年度", "产生量", "处置量", "2022", "350.5", "80", "增减率(%)", "4.5", "-2"]
    text = "单位:万吨\n" + "\n|\n".join(cells) + "\n"
    rows = _cells(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("350.5", 3505000.0, "吨"),
        ("80", 800000.0, "吨"),
        ("4.5", 4.5, "%"),
        ("-2", -2.0, "%"),
    ]


def test_two_headers_with_different_units_are_not_guessed() -> None:
    text = "| 指标 | 数值(%) |\n| 排放量(万吨) | 3.5 |\n| 达标率 | 97.5 |\n"
    assert _cells(text) == [("97.5", 97.5, "%", "level", FLAG)]


def test_ragged_rows_under_unit_headers_are_not_guessed() -> None:
    text = "| 地区 | PM10(微克/立方米) | 优良率(%) |\n| 甲市 | 61 |\n| 乙市 | 55 | 88.4 | 3 |\n"
    assert _cells(text) == []
    broken = "地区   降水量(毫米)   蒸发量(毫米)\n甲市   1200\n"
    assert _cells(broken) == []


def test_identifiers_years_and_labels_are_not_quantities() -> None:
    text = (
        "单位：个\n"
        "序号  城市  监测点\n"
        "1    甲市  12\n"
        "2    乙市  9\n"
        "| 项目 | 2020 | 2021 |\n"
        "| 排名 | 3 | 5 |\n"
        "| 建成年份(年) | 2015 | 2018 |\n"
    )
    assert [(r[0], r[2]) for r in _cells(text)] == [("12", "个"), ("9", "个")]


def test_headers_without_units_give_nothing() -> None:
    # 综合指数 names an index: its column is dimensionless (round 21b); 优良天数 names a count
    # of days (round 31a: 天); 数量 names no unit, so its cells stay unread
    text = "| 城市 | 优良天数 | 综合指数 |\n| 甲市 | 300 | 4.21 |\n地区  数量\n乙市  15\n"
    assert _cells(text) == [
        ("300", 300.0, "天", "level", FLAG),
        ("4.21", 4.21, "dimensionless", "level", FLAG),
    ]


def test_unit_of_a_nested_parenthesis_is_read_whole() -> None:
    text = "| 测点 | 昼间噪声(dB(A)) |\n| 甲 | 55.2 |\n"
    assert [(r[0], r[2]) for r in _cells(text)] == [("55.2", "dB")]


PROSE = (
    "2023年,全市完成造林1.2万亩,同比增长3.5%。PM2.5年均浓度为32微克/立方米,"
    "较上年下降2个百分点。共关停企业45家。\n"
    "本次共检查点位 12 15 个,其余情况见附表。\n"
)


def test_sentence_text_is_unchanged_next_to_a_table() -> None:
    alone = extract_quantities(PROSE)
    table = "单位：万吨\n地区  排放量\n甲区  3.5\n\n"
    both = extract_quantities(table + PROSE)
    tail = both[both["start"] >= len(table)].reset_index(drop=True)
    tail["start"] -= len(table)
    tail["end"] -= len(table)
    pd.testing.assert_frame_equal(tail.drop(columns=["before"]), alone.drop(columns=["before"]))
    assert FLAG not in ";".join(alone["warnings"])


def test_bare_numbers_of_prose_lines_stay_unread() -> None:
    text = "检查结果如下  合格 12 15\n这些数字  3 4\n"
    assert _cells(text) == []


# -- property: a generated table reads back every cell exactly, with its header's unit ----

_UNITS = [
    ("万吨", "萬噸", "吨", Decimal(10000)),
    ("吨", "噸", "吨", Decimal(1)),
    ("微克/立方米", "微克/立方米", "微克/立方米", Decimal(1)),
    ("%", "%", "%", Decimal(1)),
    ("公顷", "公頃", "公顷", Decimal(1)),
    ("亿立方米", "億立方米", "立方米", Decimal(100000000)),
    ("个", "個", "个", Decimal(1)),
    ("万元", "萬元", "元", Decimal(10000)),
]
_NAMES = ["排放量", "浓度", "面积", "数量", "总量", "处理量", "投资", "覆盖率"]
_ROWS = ["甲市", "乙县", "东区", "西城", "北镇", "南乡"]

_values = st.decimals(
    min_value=Decimal("-99999.99"),
    max_value=Decimal("999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@examples(40)
@given(
    units=st.lists(st.sampled_from(range(len(_UNITS))), min_size=1, max_size=4),
    n_rows=st.integers(1, 4),
    layout=st.sampled_from(
        ["pipe", "tab", "spaces", "caption", "lines", "paragraphs", "pipe_closed"]
    ),
    traditional=st.booleans(),
    year_column=st.booleans(),
    ranged=st.booleans(),
    data=st.data(),
)
def test_generated_tables_read_back_exactly(
    units: list[int],
    n_rows: int,
    layout: str,
    traditional: bool,
    year_column: bool,
    ranged: bool,
    data: st.DataObject,
) -> None:
    cols = len(units)
    # one cell per line (or per paragraph, or closed by a pipe)
    one_cell = layout in ("lines", "paragraphs", "pipe_closed")
    if layout == "caption" or one_cell:
        units = [units[0]] * cols  # one unit for the whole table, written in its caption
    values = [[data.draw(_values) for _ in range(cols)] for _ in range(n_rows)]
    # ranged: the first column holds ranges (``low~high``) of non-negative figures
    widths = [abs(data.draw(_values)) for _ in range(n_rows)] if ranged else []

    def cell(v: Decimal) -> str:
        text = format(v, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text

    spelt = [_UNITS[u][1 if traditional else 0] for u in units]
    by_year = one_cell and year_column  # rows opened by rising years under 年度, not by names
    first = "年度" if by_year else "地區" if traditional else "地区"
    if layout == "caption" or one_cell:
        head = [first] + [_NAMES[j] for j in range(cols)]
    else:
        head = [first] + [f"{_NAMES[j]}({spelt[j]})" for j in range(cols)]

    def written(i: int, j: int) -> str:
        if ranged and j == 0:
            low = abs(values[i][0])
            return f"{cell(low)}~{cell(low + widths[i])}"
        return cell(values[i][j])

    body = [
        [str(2015 + i) if by_year else _ROWS[i]] + [written(i, j) for j in range(cols)]
        for i in range(n_rows)
    ]
    if one_cell:
        caption = ("單位：" if traditional else "单位：") + spelt[0]
        closing = " |" if layout == "pipe_closed" else ""
        cells_out = [caption] + [c + closing for r in [head, *body] for c in r]
        lines = ("\n\n" if layout == "paragraphs" else "\n").join(cells_out).split("\n")
    elif layout == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in [head, ["---"] * (cols + 1), *body]]
    elif layout == "tab":
        lines = ["\t".join(r) for r in [head, *body]]
    else:
        lines = ["    ".join(r) for r in [head, *body]]
        if layout == "caption":
            lines.insert(0, ("單位：" if traditional else "单位：") + spelt[0])
    text = "\n".join(lines) + "\n"
    df = extract_quantities(text)

    def read(i: int, j: int) -> tuple[float, ...]:
        factor = _UNITS[units[j]][3]
        if ranged and j == 0:
            low = abs(values[i][0])
            return (float(low * factor), float((low + widths[i]) * factor))
        return (float(values[i][j] * factor),)

    expected = [
        (written(i, j), read(i, j), _UNITS[units[j]][2]) for i in range(n_rows) for j in range(cols)
    ]
    if by_year and n_rows == 1:
        expected = []  # one row under a 年度 column: its width is unknown, nothing is guessed
    got = [
        (t, (lo, hi) if q == "range" else (v,), u)
        for t, v, lo, hi, q, u in zip(
            df["text"], df["value"], df["low"], df["high"], df["qualifier"], df["unit"], strict=True
        )
    ]
    assert len(got) == len(expected), (text, df[["text", "value", "unit", "warnings"]])
    for (t, v, u), (te, ve, ue), w in zip(got, expected, df["warnings"], strict=True):
        assert t == te
        # exact value and the header's unit, or a flag saying the reading is unsure
        assert (v == pytest.approx(ve, rel=1e-12) and u == ue) or w not in ("", FLAG), (text, t)
        assert w == FLAG


def test_caption_over_a_blank_line_and_a_title() -> None:
    text = "（单位：万元）\n\n表2 环保投入\n项目  2022年  2023年\n治理投资  35.5  41\n"
    assert [(r[0], r[1], r[2]) for r in _cells(text) if r[4] == FLAG] == [
        ("35.5", 355000.0, "元"),
        ("41", 410000.0, "元"),
    ]


def test_caption_far_from_any_table_is_forgotten() -> None:
    text = "单位：万吨\n一\n二\n三\n四\n地区  排放量\n甲区  3.5\n"
    assert _cells(text) == []


# -- tables copied one cell per line or per paragraph, under a caption --------------------


def test_one_cell_per_line_year_column_simplified() -> None:
    text = (
        "表4 2019至2021年度生活垃圾处置情况 单位：吨\n"
        "年度\n清运量\n其中\n焚烧量\n填埋量\n焚烧占比\n"
        "2019\n1,520,300\n880,100\n640,200\n57.89%\n"
        "2020\n1,498,750\n905,000\n593,750\n60.38%\n"
        "2021\n1,610,020\n1,002,500\n607,520\n62.27%\n"
    )
    rows = _cells(text)
    read = [(t, v, u) for t, v, u, _, w in rows if w == FLAG]
    assert read == [
        ("1,520,300", 1520300.0, "吨"),
        ("880,100", 880100.0, "吨"),
        ("640,200", 640200.0, "吨"),
        ("1,498,750", 1498750.0, "吨"),
        ("905,000", 905000.0, "吨"),
        ("593,750", 593750.0, "吨"),
        ("1,610,020", 1610020.0, "吨"),
        ("1,002,500", 1002500.0, "吨"),
        ("607,520", 607520.0, "吨"),
    ]  # the years opening each row are identifiers; the shares keep their own unit
    assert [(t, u) for t, _, u, _, w in rows if w != FLAG] == [
        ("57.89%", "%"),
        ("60.38%", "%"),
        ("62.27%", "%"),
    ]


def test_one_cell_per_paragraph_serial_column_traditional() -> None:
    text = (
        "表2 各區資源回收情形\n\n單位：萬元\n\n序號\n\n回收金額\n\n補助金額\n\n"
        "1\n\n320.5\n\n41\n\n2\n\n298\n\n39.5\n\n3\n\n1,105\n\n120\n\n"
        "以上金額均為決算數。\n"
    )
    assert [(t, v, u) for t, v, u, _, w in _cells(text) if w == FLAG] == [
        ("320.5", 3205000.0, "元"),
        ("41", 410000.0, "元"),
        ("298", 2980000.0, "元"),
        ("39.5", 395000.0, "元"),
        ("1,105", 11050000.0, "元"),
        ("120", 1200000.0, "元"),
    ]


def test_one_cell_per_line_rows_opened_by_labels() -> None:
    text = "單位：公頃\n縣市\n造林面積\n撫育面積\n花蓮縣\n1,250\n36.5\n臺東縣\n980.5\n12\n"
    assert [(t, v, u) for t, v, u, _, w in _cells(text) if w == FLAG] == [
        ("1,250", 1250.0, "公顷"),
        ("36.5", 36.5, "公顷"),
        ("980.5", 980.5, "公顷"),
        ("12", 12.0, "公顷"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a header names a unit but rows are narrower than the header: no column placed
        "单位：万吨\n年度\n排放量\n其中\n达标率(%)\n2020\n12.5\n96\n2021\n11.8\n97\n",
        # the identifier column does not rise at one period: rows cannot be told apart
        "單位：噸\n年度\n產生量\n處理量\n2021\n35\n30\n2020\n33\n29\n",
        # one row only under an identifier column: its width is unknown
        "单位：吨\n序号\n产生量\n处理量\n1\n35\n30\n",
        # a figure before the first row label: one header cell, no column to place it in
        "单位：吨\n地区\n产生量\n35\n甲市\n30\n",
        # ragged rows under labels: which column a figure is in is unknown
        "單位：噸\n地區\n產生量\n處理量\n甲市\n35\n30\n乙市\n33\n",
        # more figures in a row than the header has columns
        "单位：吨\n地区\n产生量\n甲市\n35\n30\n乙市\n33\n29\n",
        # no identifier header over a column of figures
        "单位：吨\n产生量\n处理量\n35\n30\n33\n29\n",
        # figures before any header (a table cut before its header)
        "单位：吨\n12.5\n甲市\n3\n乙市\n4\n",
        "12.5 |\n甲市 |\n3 |\n乙市 |\n4 |\n",
        # prose after the caption, not a table
        "单位：万吨。\n今年排放量有所下降，\n其中工业排放\n12.5\n",
    ],
)
def test_one_cell_per_line_unplaceable_cells_stay_unread(text: str) -> None:
    assert [r for r in _cells(text) if r[4] == FLAG] == []


def test_one_cell_per_line_row_naming_a_rate_of_change_is_not_read() -> None:
    text = "单位：万吨\n指标\n2022年\n2023年\n排放量\n12.5\n11.9\n同比增减\n-3.1\n-4.8\n"
    assert [(t, v) for t, v, _, _, w in _cells(text) if w == FLAG] == [
        ("12.5", 125000.0),
        ("11.9", 119000.0),
    ]


# -- a range of figures in one cell --------------------------------------------------------


def _ranges(text: str) -> list[tuple[str, float, float, str, str]]:
    df = extract_quantities(text)
    df = df[df["qualifier"] == "range"]
    return list(zip(df["text"], df["low"], df["high"], df["unit"], df["warnings"], strict=True))


def test_range_cells_in_a_pipe_table_simplified() -> None:
    text = (
        "| 监测点 | 臭氧(微克/立方米) | 降尘(吨/平方公里) |\n"
        "|---|---|---|\n"
        "| 一号点 | 52.1 ~68.4 | 3.5 |\n"
        "| 二号点 | 49～60 | 2.75-4.1 |\n"
    )
    assert _ranges(text) == [
        ("52.1 ~68.4", 52.1, 68.4, "微克/立方米", FLAG),
        ("49～60", 49.0, 60.0, "微克/立方米", FLAG),
        ("2.75-4.1", 2.75, 4.1, "吨/平方公里", FLAG),
    ]
    assert ("3.5", 3.5, "吨/平方公里", "level", FLAG) in _cells(text)


def test_range_cells_in_a_tab_table_traditional_with_a_multiplier() -> None:
    text = "縣市\t植栽數/萬株\t面積(公頃)\n花蓮縣\t1.5至2\t120\n臺東縣\t0.8~1.25\t95.5\n"
    assert _ranges(text) == [
        ("1.5至2", 15000.0, 20000.0, "株", FLAG),
        ("0.8~1.25", 8000.0, 12500.0, "株", FLAG),
    ]


@pytest.mark.parametrize("cell", ["2019-2021", "15~12"])
def test_cells_that_are_no_range_are_not_read_as_one(cell: str) -> None:
    # a span of years is a period; a "range" falling from low to high is no range
    text = f"| 地区 | 浓度(微克/立方米) |\n| 甲市 | {cell} |\n"
    assert _ranges(text) == []
    assert [r for r in _cells(text) if r[4] == FLAG] == []


def test_range_cells_one_cell_per_line() -> None:
    text = "單位：微克/立方米\n測點\n冬季\n夏季\n甲站\n55~62\n45.5~50\n乙站\n58\n47~49.5\n"
    assert _ranges(text) == [
        ("55~62", 55.0, 62.0, "微克/立方米", FLAG),
        ("45.5~50", 45.5, 50.0, "微克/立方米", FLAG),
        ("47~49.5", 47.0, 49.5, "微克/立方米", FLAG),
    ]
    assert ("58", 58.0, "微克/立方米", "level", FLAG) in _cells(text)


# -- one cell per line, each closed by a pipe ------------------------------------------------


def test_pipe_closed_cells_take_their_column_headers_units() -> None:
    text = (
        "各站监测结果如下表。\n"
        "站点 |\n二氧化硫\n(微克/立方米) |\n达标率(%) |\n"
        "甲站 |\n12 |\n95.5 |\n乙站 |\n8.5 |\n100 |\n"
    )
    assert [(t, v, u) for t, v, u, _, w in _cells(text) if w == FLAG] == [
        ("12", 12.0, "微克/立方米"),
        ("95.5", 95.5, "%"),
        ("8.5", 8.5, "微克/立方米"),
        ("100", 100.0, "%"),
    ]


def test_pipe_closed_cells_under_a_caption_with_a_year_column_traditional() -> None:
    text = "單位：萬噸\n年度 |\n產生量 |\n處理量 |\n2020 |\n35.5 |\n30~32 |\n2021 |\n36 |\n33 |\n"
    rows = extract_quantities(text)
    got = list(zip(rows["text"], rows["value"].fillna(-1), rows["low"].fillna(-1), strict=True))
    assert got == [
        ("35.5", 355000.0, -1),
        ("30~32", -1, 300000.0),
        ("36", 360000.0, -1),
        ("33", 330000.0, -1),
    ]
    assert set(rows["unit"]) == {"吨"}


def test_pipe_closed_two_level_header_stays_unread() -> None:
    # two unit headers over three sub-columns: which sub-column is under which is not written
    text = (
        "站點 |\n濃度\n(微克/立方米) |\n人口(萬人) |\n範圍 |\n均值 |\n人數 |\n"
        "甲站 |\n20~30 |\n25 |\n3 |\n乙站 |\n15~28 |\n21 |\n4 |\n"
    )
    assert [r for r in _cells(text) if r[4] == FLAG] == []
