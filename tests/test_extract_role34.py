"""Context kept as outcomes, and the cells of pipe tables named by their column (issue 13, role34).

* A figure cited as background — of places left unnamed (部分城市, 一些国家 …) in a sentence
  that cites the literature (``[1-2]``, ``研究表明``) — is context
  (:func:`envindicators.extract._roles.background_figure`); a cited figure of a named place,
  and unnamed places without a citation, are left alone.
* A fine's rate per unit (``处以20元/平方米``, ``按日连续处罚，每日罚款1万元``) is context
  (:func:`envindicators.extract._roles.fine_rate`); the total it gives and a fine levied stay
  outcomes.  The ceiling of a band of fines a law sets, told after the band
  (``可处1200元至10万元罚锾，…最高可达500万元``), is context too
  (:func:`envindicators.extract._roles.legal_bound`).
* A count of objects whose state is told as one quality (``12条主要河流水质状况为优``) is the
  set's size (:func:`envindicators.extract._scope_counts.scope_count`).
* A pipe table's cell under a header row is named by its column's header (a measure: the row's
  label is its region when a place, else the item that opens its phrase) and dated by a year
  column (:func:`envindicators.extract._tables.pipe_cells`); a table without a header row is
  read as before.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import figures_of, row_of, span_of
from tests.scripts import both_scripts, to_traditional

from envindicators.extract._roles import background_figure, fine_rate, legal_bound
from envindicators.extract._scope_counts import scope_count
from envindicators.extract._tables import clean_cell, pipe_cells, table_title
from envindicators.units import to_simplified


def _role(text: str, figure: str) -> str:
    """``target``, or the role of the one row whose figure holds ``figure``."""
    r = row_of(text, figure)
    return "target" if r["table"] == "targets" else str(r["role"])


# ------------------------------------------------------------- background from the literature

_BACKGROUND = both_scripts(
    [
        ("部分城市白天的交通噪声超过65 dB(A)，晚上也达到55 dB(A)，严重影响居民的健康[1-2]。", "55"),
        ("研究表明，一些国家的人均生活垃圾产生量已达到2.5公斤。", "2.5公斤"),
        ("有研究发现，许多城市的PM2.5年均浓度高于75微克/立方米[3]。", "75微克"),
        ("部分地区的地下水超采率超过30%[4,5]。", "30%"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _BACKGROUND)
def test_a_figure_cited_as_background_is_context(text: str, figure: str) -> None:
    s, _ = span_of(text, figure)
    assert background_figure(text, s)
    assert _role(text, figure) == "context"


_NOT_BACKGROUND = both_scripts(
    [
        # a named place, cited
        ("根据年鉴，长江经济带污水处理设施平均覆盖率约为88.31%[3]。", "88.31%"),
        # unnamed places, no citation: the report's own statement
        ("2022年，部分城市PM2.5浓度超标，超标天数为12天。", "12天"),
        # a citation, a named place, no unnamed places
        ("2017年，北部地区八十天中有十二天空气质量不良[5]。", "八十天"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _NOT_BACKGROUND)
def test_a_cited_named_figure_or_an_uncited_one_is_no_background(text: str, figure: str) -> None:
    s, _ = span_of(text, figure)
    assert not background_figure(text, s)


# ------------------------------------------------------------- fines: rates and ceilings

_RATES = both_scripts(
    [
        (
            "执法局对其擅自改变林地用途的行为处以20元/平方米，共计38500元的罚款。",
            "20元/平方米",
            "元/平方米",
        ),
        ("该企业拒不改正，环保部门实施按日连续处罚，每日罚款1万元。", "1万元", "万元"),
        ("对超标排放的企业处以罚款，超标排污每吨罚款1000元。", "1000元", "元"),
    ]
)


@pytest.mark.parametrize(("text", "figure", "unit"), _RATES)
def test_a_fines_rate_per_unit_is_context(text: str, figure: str, unit: str) -> None:
    figure = figure if figure in text else to_traditional(figure)
    s, _ = span_of(text, figure)
    assert fine_rate(text, s, unit)
    assert _role(text, figure) == "context"


_LEVIED = both_scripts(
    [
        ("执法局对其擅自改变林地用途的行为处以20元/平方米，共计38500元的罚款。", "38500元", "元"),
        ("其中，按日连续处罚案件数量为199件，罚款金额为18580.62万元。", "18580.62万元", "万元"),
        ("对这家公司偷排废水的违法行为处以罚款10万元。", "10万元", "万元"),
        ("全员劳动生产率为108737元/人，比上年提高5%。", "108737元/人", "元/人"),
        ("平均变卖价格约0.91元/公斤。", "0.91元/公斤", "元/公斤"),
    ]
)


@pytest.mark.parametrize(("text", "figure", "unit"), _LEVIED)
def test_fines_levied_and_prices_are_no_fine_rate(text: str, figure: str, unit: str) -> None:
    figure = figure if figure in text else to_traditional(figure)
    s, _ = span_of(text, figure)
    assert not fine_rate(text, s, unit)


_CEILINGS = both_scripts(
    [
        ("露天燃烧可处1200元至10万元罚锾，工商厂、场最高可达500万元。", "500万元"),
        ("违者可处2万元以上20万元以下罚款，情节严重的最高可罚100万元。", "100万元"),
    ]
)


@pytest.mark.parametrize(("text", "figure"), _CEILINGS)
def test_the_ceiling_told_after_a_legal_band_is_a_legal_bound(text: str, figure: str) -> None:
    figure = figure if figure in text else to_traditional(figure)
    s, e = span_of(text, figure)
    assert legal_bound(text, s, e, to_simplified(figure).lstrip("0123456789"), figure)


def test_a_ceiling_without_a_legal_band_is_left_alone() -> None:
    text = "今年罚没金额最高达到500万元。"
    s, e = span_of(text, "500万元")
    assert not legal_bound(text, s, e, "万元", "500万元")


# ------------------------------------------------------------- a set told in one state

_STATES = both_scripts(
    [
        ("2018年，12条主要河流水质状况为优，Ⅰ类~Ⅲ类优良水质比例为95.8%。", "12条"),
        ("全市8个湖库水质状态总体为良好，营养状态为中营养。", "8个"),
        ("全省21个地表水断面水质状况为优。", "21个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _STATES)
def test_a_count_told_in_one_state_is_the_sets_size(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, figure[-1], "level") is not None


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("5个城市空气质量为优，2个城市为良。", "5个"),
            ("其中有5个断面水质状况为优。", "5个"),
        ],
        every_text=True,
    ),
)
def test_a_count_of_the_things_of_a_quality_stays_a_result(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, figure[-1], "level") is None


# ------------------------------------------------------------- pipe tables

_PLACES_TABLE = (
    "表1 2023年各市空气质量\n"
    "地区 | PM2.5浓度 | 优良天数比例\n"
    "南京市 | 28微克/立方米 | 82.5%\n"
    "苏州市 | 30微克/立方米 | 80.1%\n"
)


@pytest.mark.parametrize("text", [_PLACES_TABLE, to_traditional(_PLACES_TABLE)])
def test_a_cell_is_named_by_its_column_and_located_by_its_row(text: str) -> None:
    rows = figures_of(text)
    for place, share in (("南京", "82.5%"), ("苏州", "80.1%")):
        r = rows[rows["value_text"] == share].iloc[0]
        assert r["indicator"] == "good_air_days_share"
        assert str(r["region"]).startswith(place)
    subjects = set(rows["subject"].map(to_simplified))
    assert not any("南京" in s or "苏州" in s for s in subjects)


def test_a_cell_of_an_item_row_is_named_by_the_item_and_its_column() -> None:
    text = "项目 | 排放量 | 削减比例\n化学需氧量 | 2.5万吨 | 3.1%\n氨氮 | 0.4万吨 | 2.2%\n"
    cells = pipe_cells(text)
    assert [(text[c.start : c.end], c.header, c.label) for c in cells] == [
        ("2.5万吨", "排放量", "化学需氧量"),
        ("3.1%", "削减比例", "化学需氧量"),
        ("0.4万吨", "排放量", "氨氮"),
        ("2.2%", "削减比例", "氨氮"),
    ]
    rows = figures_of(text)
    r = rows[rows["value_text"] == "2.2%"].iloc[0]
    assert to_simplified(str(r["subject"])) == "氨氮削减比例"


@pytest.mark.parametrize(
    "text",
    [
        "| 单位:吨 (每日计) | | | |\n| 种 类 | 2018 | 2019 | 2020 |\n|---|---|---|---|\n"
        "| 家居② | 6712 | 6554 | 6844 |\n",
        "| 單位:噸 | | | |\n| 種 類 | 2018年 | 2019年 | 2020年 |\n"
        "| 工商業③ | 4716 | 4503 | 3965 |\n",
    ],
)
def test_a_year_column_dates_its_cells(text: str) -> None:
    cells = pipe_cells(text)
    assert [c.year for c in cells] == [2018, 2019, 2020]
    rows = figures_of(text)
    years = sorted(pd.to_datetime(rows["period_start"]).dt.year.dropna().astype(int))
    assert years == [2018, 2019, 2020]


def test_a_header_of_merged_cells_names_the_last_column_only() -> None:
    text = (
        "区域 | 名称 | 水质类别 | 达标率\n"
        "定海区 | 虹桥水库★ | Ⅱ | - | Ⅱ | √ | 92.3%\n"
        "普陀区 | 芦东水库★ | Ⅲ | - | Ⅱ | × | 83.3%\n"
    )
    cells = pipe_cells(text)
    assert [(text[c.start : c.end], c.header, c.label) for c in cells] == [
        ("92.3%", "达标率", "定海区"),
        ("83.3%", "达标率", "普陀区"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no header row: figures on every line
        "南京市 | 28 | 82.5%\n苏州市 | 30 | 80.1%\n",
        # a pipe in prose
        "摘要:【人民日报|前8月全国城市空气质量优良天数占86.7%|本报北京电】\n",
        # one cell a line (a table flattened by column)
        "地區 |\n優良之天數 |\n5 |\n18 |\n",
    ],
)
def test_a_table_without_a_header_row_gives_no_cells(text: str) -> None:
    assert pipe_cells(text) == []


def test_a_row_of_figures_only_gives_no_cells() -> None:
    assert pipe_cells("地区 | 浓度\n1 | 28\n") == []


def test_clean_cell_drops_marks_and_spaces() -> None:
    assert clean_cell("城关河★") == "城关河"
    assert clean_cell("大沙中心河*") == "大沙中心河"
    assert clean_cell("─ 警方接獲的個案") == "警方接獲的個案"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("26-4 按种类划分的平均固体废物量", "平均固体废物量"),
        ("表2 2023年各区污水处理量统计表", "各区污水处理量"),
        ("2007年污染投诉数目的转变", "污染投诉数目"),
        ("2007年污染投訴數目的轉變", "污染投訴數目"),
        ("表1 11月舟山市地表水水质状况统计表", "舟山市地表水水质状况"),
    ],
)
def test_a_tables_title_names_its_measure(line: str, title: str) -> None:
    assert table_title(line) == title


@pytest.mark.parametrize(
    "line", ["单位:吨 (每日计)", "注: ①都市固体废物包括…", "26-4", "本表数据截至年底。"]
)
def test_units_notes_and_numbers_are_no_title(line: str) -> None:
    assert table_title(line) is None


_YEAR_TABLE = (
    "| 26-4 按种类划分的平均固体废物量 |\n|---|\n| 单位:吨 (每日计) | | | |\n"
    "| 种 类 | 2018 | 2019 | 2020 |\n| 家居② | 6712 | 6554 | 6844 |\n"
    "| 工商业③ | 4716 | 4503 | 3965 |\n"
)


@pytest.mark.parametrize("text", [_YEAR_TABLE, to_traditional(_YEAR_TABLE)])
def test_a_year_columns_cell_is_named_by_the_title_and_its_item(text: str) -> None:
    rows = figures_of(text)
    r = rows[rows["value_text"] == "6554"].iloc[0]
    assert to_simplified(str(r["subject"])) == "平均固体废物量（家居）"
    assert pd.Timestamp(r["period_start"]).year == 2019
    assert rows["subject"].nunique() == 2  # one series per item, every year in it


def test_a_change_columns_cell_is_a_change_of_the_titles_measure() -> None:
    text = (
        "2007年污染投诉数目的转变\n"
        "性质 | 2006年 | 2007年 | 数目转变百分比 | |\n"
        "---|---|---|---|---|\n"
        "水质 | 1939宗 | 1838宗 | -5% | |\n"
    )
    rows = figures_of(text)
    subjects = set(rows["subject"].map(to_simplified))
    assert subjects == {"污染投诉数目（水质）"}
    change = rows[rows["value_text"] == "-5%"].iloc[0]
    assert str(change["kind"]).startswith("change")


def test_a_measure_column_is_kept_when_the_title_names_another_measure() -> None:
    text = "2023年各市空气质量\n地区 | 达标率变化\n南京 | 2.5%\n"
    cells = pipe_cells(text)
    assert [(c.header, c.title) for c in cells] == [("达标率变化", "各市空气质量")]


@pytest.mark.parametrize(
    ("columns", "regions"),
    [("淄川区 | 张店区", ("淄川", "张店")), ("淄川區 | 張店區", ("淄川", "张店"))],
)
def test_a_table_whose_columns_are_places_is_named_by_its_rows(
    columns: str, regions: tuple[str, str]
) -> None:
    text = (
        f"2023年5月各区县空气质量\n| 指标 | {columns} |\n"
        "| 细颗粒物浓度 | 35微克/立方米 | 31微克/立方米 |\n"
    )
    rows = figures_of(text)
    assert set(rows["indicator"]) == {"pm25_concentration"}
    got = [str(rows[rows["value_text"].str.startswith(v)].iloc[0]["region"]) for v in ("35", "31")]
    assert [g[:2] for g in got] == list(regions)


def test_an_indicator_column_names_its_rows_even_when_the_columns_are_no_places() -> None:
    text = "| 指标 | 高新区 | 开发区 |\n| 细颗粒物浓度 | 35微克/立方米 | 31微克/立方米 |\n"
    cells = pipe_cells(text)
    assert [c.by_row for c in cells] == [True, True]
    assert set(figures_of(text)["indicator"]) == {"pm25_concentration"}


def test_an_item_column_is_no_indicator_column() -> None:
    cells = pipe_cells("项目 | 排放量 | 削减比例\n氨氮 | 0.4万吨 | 2.2%\n")
    assert [c.by_row for c in cells] == [False, False]
