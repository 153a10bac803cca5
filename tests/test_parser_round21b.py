"""Classes of parser round 21b (branch ``flat20``): tables flattened to text (PDF/HTML copies).

Rules in ``units/parsing/tables.py`` (``benchmarks/corpus/README.md``, "Parser round 21b,
branch `flat20`"):

* a figure whose thousands are split by one (thin) space (``1 744.4``) is one figure only in
  a run of such figures (or alone in a delimited cell); a run where that cannot be told
  (``87 149.5``, ``35.8 1 744.4``) is not read;
* a bracketed date or time after a cell (``35.8 (5/29)``, ``(7/18, 8/9)``, ``（5月29日）``) is
  no figure and does not end the run of figures;
* a line of bare figures under a label line naming their unit (``總雨量 (毫米) Total (mm)``,
  a blank line, ``1 795.6 2 248.0 1 713.2``), or under a statistic label (``平均``) below it,
  gives each figure that unit; a label with two units or two names, a run of years, of
  ranks, or of figures with different decimals is not read;
* a header or row label naming an index without a unit (``综合指数``, ``降水pH值``) gives
  dimensionless figures (never ``高锰酸盐指数``, a concentration, nor a rank or a change);
* a table copied one cell per line under a two-level header whose sub-headers open each
  group with the same name (``范围``, …, ``范围``, …) gives each column its group's unit.

Every figure read here is flagged ``unit_from_header``.  The tables are written for these
tests (not copied from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import rows
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional

from conftest import examples
from envindicators.units import extract_quantities
from envindicators.units.vocab import Flag

FLAG = Flag.UNIT_FROM_HEADER.value
_COLS = ("text", "value", "unit", "warnings")


def texts(*written: str) -> list[str]:
    """Each text as written and in traditional script."""
    return [text for (text,) in both_scripts([(w,) for w in written])]


def _read(text: str) -> list[tuple[object, ...]]:
    return rows(text, *_COLS)


# --- 1. A row label naming its unit, its figures on the same line ------------------------------
SAME_LINE = both_scripts(
    [
        (
            "相对湿度 (%) Relative humidity (%) 81 82 82",
            [("81", 81.0, "%"), ("82", 82.0, "%"), ("82", 82.0, "%")],
        ),
        (
            "日照时间 (小时) Duration of sunshine (h) 1 744.4 1 791.6 1 856.3",
            [("1 744.4", 1744.4, "小时"), ("1 791.6", 1791.6, "小时"), ("1 856.3", 1856.3, "小时")],
        ),
        (
            "降雨总量（毫米） 1\u2009795.6 2\u2009248.0",  # thin spaces
            [("1\u2009795.6", 1795.6, "毫米"), ("2\u2009248.0", 2248.0, "毫米")],
        ),
        (
            "最高气温（摄氏度） 35.8 (5/29) 35.7 (7/18, 8/9) 35.5 (7/14)",
            [("35.8", 35.8, "degC"), ("35.7", 35.7, "degC"), ("35.5", 35.5, "degC")],
        ),
        (
            "最大日降雨量（毫米） 108.2（9月16日） 111.0（8月26日）",
            [("108.2", 108.2, "毫米"), ("111.0", 111.0, "毫米")],
        ),
        ("排放量（万吨） 12.5 13.4", [("12.5", 125000.0, "吨"), ("13.4", 134000.0, "吨")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), SAME_LINE)
def test_label_and_its_figures_on_one_line(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _read(text) == [(*e, FLAG) for e in expected]


# --- 2. Thousands split by a space: one figure only where it can be told -----------------------
UNTOLD = texts(
    "降雨总量（毫米） 87 149.5",  # 87 and 149.5, or 87 149.5?
    "日照时间（小时） 1 744.4",  # one pair alone in a label's run
    "日照时间（小时） 35.8 1 744.4",  # a pair next to a plain figure
    "日照时间（小时） 1 744.4 982 1 791.6",  # a plain integer among the pairs
    "日照时间（小时） 1 744.4 1 791.63",  # decimals that differ
)


@pytest.mark.parametrize("text", UNTOLD)
def test_space_grouped_figures_that_cannot_be_told_are_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "站点  降雨总量（毫米）\n甲站  1 744.4\n乙站  982.5",
        ]
    ),
)
def test_space_grouped_figure_alone_in_a_delimited_cell(text: str) -> None:
    assert _read(text) == [
        ("1 744.4", 1744.4, "毫米", FLAG),
        ("982.5", 982.5, "毫米", FLAG),
    ]


# --- 3. The label on a line of its own above the figures ---------------------------------------
ABOVE = both_scripts(
    [
        (
            "总雨量 (毫米) Total (mm)\n\n1 795.6 2 248.0 1 713.2",
            [("1 795.6", 1795.6, "毫米"), ("2 248.0", 2248.0, "毫米"), ("1 713.2", 1713.2, "毫米")],
        ),
        (
            "Velocidade média (km/h) Mean speed (km/h)\n\n11.2 10.4 10.6",
            [("11.2", 11.2, "km/h"), ("10.4", 10.4, "km/h"), ("10.6", 10.6, "km/h")],
        ),
        (
            "相对湿度 (%) Relative humidity (%)\n\n平均 Mean\n\n81 82 82",
            [("81", 81.0, "%"), ("82", 82.0, "%"), ("82", 82.0, "%")],
        ),
        (
            "细颗粒物浓度（微克/立方米）\n绝对最高\n35.2 41.0",
            [("35.2", 35.2, "微克/立方米"), ("41.0", 41.0, "微克/立方米")],
        ),
        (
            "降水总量（亿立方米）\n59.95 61.99",
            [("59.95", 5.995e9, "立方米"), ("61.99", 6.199e9, "立方米")],
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ABOVE)
def test_figures_under_a_label_line_naming_their_unit(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    got = _read(text)
    assert [(t, u, w) for t, _, u, w in got] == [(t, u, FLAG) for t, _, u in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _ in expected])


NOT_ABOVE = texts(
    "二氧化硫(微克/立方米) 一氧化碳(毫克/立方米)\n12 8",  # a header with two units
    "面积(平方公里) 数量\n12.5 3.0",  # two names, one unit: which column holds it?
    "气温（摄氏度）\n2018 2019 2020",  # a row of years
    "排名（位）\n1 2 3",  # ranks: rising consecutive integers
    "浓度（微克/立方米）\n1 25.3 26.1",  # an identifier before the values
    "浓度（微克/立方米）\n超标倍数\n1.2 0.5",  # another measure in between, no unit
    "降雨量（毫米）\n最高气温\n35.8 36.1",  # a measure named after a statistic word
    "今年全市降雨量（毫米）明显偏多。\n1 795.6 2 248.0",  # prose above
    "浓度（微克/立方米）\n\n\n35.2 41.0",  # two blank lines: no longer the label
    "序号（个）\n3 7",  # an identifier header
)


@pytest.mark.parametrize("text", NOT_ABOVE)
def test_figures_not_under_one_unit_are_unread(text: str) -> None:
    assert _read(text) == []


# --- 4. An index without a unit ----------------------------------------------------------------
INDEX = both_scripts(
    [
        (
            "| 县区 | 二氧化硫(μg/m3) | 综合指数 |\n| 甲区 | 17 | 4.00 |\n| 乙区 | 14 | 4.13 |",
            [
                ("17", "μg/m3"),
                ("4.00", "dimensionless"),
                ("14", "μg/m3"),
                ("4.13", "dimensionless"),
            ],
        ),
        (
            "降水pH值 The pH Value      5.76 6.02",
            [("5.76", "dimensionless"), ("6.02", "dimensionless")],
        ),
        (
            "城市  空气质量指数\n甲市  52\n乙市  61",
            [("52", "dimensionless"), ("61", "dimensionless")],
        ),
        (  # 高锰酸盐指数: a concentration, not an index
            "单位：毫克/升\n断面  高锰酸盐指数  氨氮\n甲  3.2  0.5",
            [("3.2", "毫克/升"), ("0.5", "毫克/升")],
        ),
        ("城市  综合指数排名\n甲市  1\n乙市  2", []),  # a rank
        ("城市  综合指数同比\n甲市  -3.1\n乙市  2.5", []),  # a change with no unit
    ]
)


@pytest.mark.parametrize(("text", "expected"), INDEX)
def test_index_without_unit_is_dimensionless(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, u) for t, _, u, _ in _read(text)] == expected
    assert all(w == FLAG for *_, w in _read(text))


# --- 5. A two-level header, one cell per line closed by pipes ----------------------------------
def _piped(cells: list[str]) -> str:
    return "\n".join(f"{c} |" for c in cells)


_TOP = ["站点", "二氧化硫\n(微克/立方米)", "一氧化碳\n(毫克/立方米)"]
_ROWS = ["甲站", "5~12", "8", "0.4~1.2", "0.8", "乙站", "6~14", "9", "0.5~1.1", "0.7"]


@pytest.mark.parametrize("trad", [False, True])
def test_two_level_header_groups_open_with_the_same_name(trad: bool) -> None:
    text = _piped([*_TOP, "范围", "均值", "范围", "均值", *_ROWS])
    text = to_traditional(text) if trad else text
    got = [(t, u) for t, _, u, _ in _read(text)]
    ug, mg = "微克/立方米", "毫克/立方米"
    assert got == [
        ("5~12", ug), ("8", ug), ("0.4~1.2", mg), ("0.8", mg),
        ("6~14", ug), ("9", ug), ("0.5~1.1", mg), ("0.7", mg),
    ]  # fmt: skip
    df = extract_quantities(text)
    assert df.loc[df["text"] == "5~12", ["low", "high"]].values.tolist() == [[5.0, 12.0]]


@pytest.mark.parametrize(
    "subs",
    [
        ["范围", "均值", "最大", "均值"],  # no repeated opening: the spans are unknown
        ["范围", "均值", "范围(%)", "均值"],  # a sub-header naming a unit
        ["范围", "范围", "范围", "均值"],  # three groups under two top cells
    ],
)
def test_two_level_header_that_cannot_be_placed_is_unread(subs: list[str]) -> None:
    assert _read(_piped([*_TOP, *subs, *_ROWS])) == []


# --- 6. Property: flattened tables of random labels, units and figures -------------------------
#: (label, unit as written, unit read, factor)
_UNITS = [
    ("降雨总量", "毫米", "毫米", 1),
    ("排放量", "万吨", "吨", 10000),
    ("相对湿度", "%", "%", 1),
    ("日照时间", "小时", "小时", 1),
    ("平均风速", "公里/小时", "公里/小时", 1),
    ("浓度", "微克/立方米", "微克/立方米", 1),
]
_PLAIN = ["监测点数", "备注", "站点", "评价结果"]  # labels without a unit: figures unread


def _spaced(n: int) -> str:
    """``n`` tenths written with a space between the thousands (``1 744.4``)."""
    whole, tenth = divmod(n, 10)
    return f"{whole // 1000} {whole % 1000:03d}.{tenth}"


@examples(40)
@given(
    specs=st.lists(
        st.tuples(
            st.integers(-1, len(_UNITS) - 1),
            st.sampled_from(["same line", "line above", "one per line"]),
            st.booleans(),
        ),
        min_size=1,
        max_size=4,
    ),
    traditional=st.booleans(),
    data=st.data(),
)
def test_generated_flattened_rows_take_their_row_unit_or_stay_unread(
    specs: list[tuple[int, str, bool]], traditional: bool, data: st.DataObject
) -> None:
    lines: list[str] = []
    expected: list[tuple[str, float, str]] = []
    for u, layout, spaced in specs:
        n = data.draw(st.integers(2, 4))
        if spaced:
            tenths = data.draw(st.lists(st.integers(10_000, 9_999_999), min_size=n, max_size=n))
            cells = [_spaced(t) for t in tenths]
        else:
            tenths = data.draw(st.lists(st.integers(0, 9_999), min_size=n, max_size=n))
            cells = [f"{t // 10}.{t % 10}" for t in tenths]
        if u < 0:
            label = data.draw(st.sampled_from(_PLAIN))
        else:
            name, written, unit, factor = _UNITS[u]
            label = f"{name}（{written}）"
            # one per line, a line is the cell: ``1 744.4`` alone on it is one figure
            expected += [(c, t / 10 * factor, unit) for c, t in zip(cells, tenths, strict=True)]
        if layout == "one per line":
            lines.append(label + "\n" + "\n".join(cells))
        else:
            lines.append(label + ("\n\n" if layout == "line above" else " ") + " ".join(cells))
    text = "\n\n".join(lines)
    if traditional:
        text = to_traditional(text)
    got = _read(text)
    assert [(t, un, w) for t, _, un, w in got] == [(t, un, FLAG) for t, _, un in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _ in expected], rel=1e-12)


# --- 7. One cell per paragraph: a range with a space before its dash, an empty paragraph -------
@pytest.mark.parametrize(
    "text",
    texts(
        "单位：微克/立方米\n\n \n\n地点\n\n测值范围\n\n平均值\n\n甲市\n\n69.3 -266.9\n\n107.4",
        "单位：微克/立方米\n地点\n测值范围\n平均值\n甲市\n69.3 -266.9\n107.4",
    ),
)
def test_cell_per_paragraph_range_and_empty_paragraph(text: str) -> None:
    df = extract_quantities(text)
    assert df["text"].tolist() == ["69.3 -266.9", "107.4"]
    assert df[["low", "high"]].iloc[0].tolist() == [69.3, 266.9]
    assert df["value"].iloc[1] == 107.4
    assert set(df["warnings"]) == {FLAG}
    assert df["unit"].nunique() == 1


def test_two_blank_paragraphs_inside_the_cells_end_the_table() -> None:
    text = "单位：毫米\n地点\n降雨量\n甲站\n\n \n\n12.5"
    assert _read(text) == []


# --- 8. The cells of a row one per line under their label -------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            (
                "最高日降雨量 (毫米) Daily maximum (mm)\n\n108.2 (9/16)\n\n111.0 (8/26)\n\n"
                "152.2 (5/30) 降雨日数",  # the last cell glued to the next label: not a figure line
                [("108.2", 108.2, "毫米"), ("111.0", 111.0, "毫米")],
            ),
            (
                "气温（摄氏度）\n绝对最高\n35.8（5月29日）\n35.7\n36.1",
                [("35.8", 35.8, "degC"), ("35.7", 35.7, "degC"), ("36.1", 36.1, "degC")],
            ),
        ]
    ),
)
def test_cells_one_per_line_under_their_label(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _read(text) == [(*e, FLAG) for e in expected]


@pytest.mark.parametrize(
    "text",
    texts(
        "浓度（微克/立方米）\n\n12.5",  # one lone figure: no run
        "排名（位）\n\n1\n\n2\n\n3",  # ranks
        "浓度（微克/立方米）\n12.5\n\n\n13.5",  # two blank lines break the column
        "浓度（微克/立方米）\n12.5\n13",  # different decimals
        "气温（摄氏度）\n2019\n2020",  # years
    ),
)
def test_lone_figures_not_a_column_of_one_row_are_unread(text: str) -> None:
    assert _read(text) == []
