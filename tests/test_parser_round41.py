"""Parser round 41 (branch read30): tables whose unit is written once (issue 10).

Three classes of the spent splits' ``shared_unit`` failures: a table copied one cell per line
with the pipes on lines of their own, its rows set in halves side by side; a heading closed
by its unit over a table; digit groups split by single spaces where the header says how many
figures a row holds.  Each class is tested in both scripts with tables written for the tests
(not copied from the corpus) and with the negative cases the rules must leave alone.
"""

from __future__ import annotations

import pytest
from tests.scripts import both_scripts, texts_in_both_scripts

from envindicators.units import extract_quantities
from envindicators.units.parsing import tables


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    df = extract_quantities(text)
    return [
        (str(r.text), float(r.value), str(r.unit), str(r.warnings))
        for r in df.itertuples(index=False)
    ]


def _from_header(text: str) -> list[tuple[str, float, str]]:
    return [(t, v, u) for t, v, u, w in _rows(text) if "unit_from_header" in w]


def _piped(*cells: str) -> str:
    """A table copied one cell per line, the pipes on lines of their own."""
    return "\n|\n".join(cells) + "\n|\n"


# --- 1. pipes on lines of their own; halves of the rows side by side ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            (
                "第三批交办情况如下。\n"
                + _piped("设区市", "交办件数", "设区市", "交办件数")
                + _piped("甲市", "16", "乙市", "4", "丙市", "3", "丁市", "7", "合计", "30"),
                [(v, float(v), "件") for v in ("16", "4", "3", "7", "30")],
            ),
            (
                _piped("区域", "排放量(吨)", "区域", "排放量(吨)")
                + _piped("东区", "12.5", "西区", "8", "南区", "3.2", "北区", "6"),
                [("12.5", 12.5, "吨"), ("8", 8.0, "吨"), ("3.2", 3.2, "吨"), ("6", 6.0, "吨")],
            ),
            (
                _piped("城市", "超标天数", "城市", "超标天数", "城市", "超标天数")
                + _piped("甲市", "5", "乙市", "9", "丙市", "0", "丁市", "2", "戊市", "11")
                + _piped("己市", "1"),
                [(v, float(v), "天") for v in ("5", "9", "0", "2", "11", "1")],
            ),
            (
                _piped("设区市", "移交事项(xiàng)数(shù)量", "设区市", "移交事项(xiàng)数(shù)量")
                + _piped("甲市", "14", "乙市", "9", "丙市", "12", "丁市", "2")
                + "扫一扫在手机打开当前页\n|\n",
                [("14", 14.0, "件"), ("9", 9.0, "件"), ("12", 12.0, "件"), ("2", 2.0, "件")],
            ),
            (
                # one table, not halves: rows as wide as the header
                _piped("城市", "超标天数") + _piped("甲市", "12", "乙市", "8", "丙市", "5"),
                [("12", 12.0, "天"), ("8", 8.0, "天"), ("5", 5.0, "天")],
            ),
        ]
    ),
)
def test_pipe_line_tables_are_read_by_their_header(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _from_header(text) == expected


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            # the two halves name different columns: which unit a cell has is unknown
            _piped("城市", "排放量(吨)", "区县", "面积(平方公里)")
            + _piped("甲市", "16", "乙县", "4", "丙市", "3", "丁县", "7"),
            # repeated in part only
            _piped("城市", "排放量(吨)", "城市", "浓度(微克/立方米)")
            + _piped("甲市", "16", "乙市", "4", "丙市", "3", "丁市", "7"),
            # the header names no unit
            _piped("城市", "名称", "城市", "名称")
            + _piped("甲市", "16", "乙市", "4", "丙市", "3", "丁市", "7"),
            # ragged rows under repeated names
            _piped("城市", "交办件数", "城市", "交办件数")
            + _piped("甲市", "16", "2", "乙市", "4", "丙市", "3", "9", "丁市", "7"),
        ]
    ),
)
def test_pipe_line_tables_left_unread(text: str) -> None:
    assert _from_header(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            # prose around a pipe line keeps its own figures, no unit from a header
            ("全年共检查企业120家\n|\n其中整改到位80家\n|\n", [(120.0, "家"), (80.0, "家")]),
            ("本月共受理投诉16件,其中\n|\n办结12件。", [(16.0, "件"), (12.0, "件")]),
        ]
    ),
)
def test_prose_beside_pipe_lines_is_unchanged(text: str, expected: list[tuple[float, str]]) -> None:
    rows = _rows(text)
    assert [(v, u) for _, v, u, _ in rows] == expected
    assert all("unit_from_header" not in w for *_, w in rows)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("移交事項(xiàng)數(shù)量", "移交事項數量"),
        ("設(shè)區(qū)市", "設區市"),
        ("河长(km)", "河长(km)"),  # letters without a tone: a unit, no annotation
        ("(xiàng)数量", "(xiàng)数量"),  # after no character
    ],
)
def test_pinyin_gloss_pattern(cell: str, expected: str) -> None:
    assert tables._PINYIN_GLOSS.sub("", cell) == expected


# --- 2. a heading closed by its unit; digit groups placed by the header's width ------------------
_FINES = [("194 000", 194000.0), ("20 000", 20000.0), ("2 000", 2000.0), ("5 879", 5879.0)]
_FINES2 = [("13 000", 13000.0), ("5 000", 5000.0), ("4 000", 4000.0), ("4 333", 4333.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            (
                "2013年违例罚款额(港元)\n\n  总数 最高罚款 最低罚款 平均罚款\n"
                "违反甲规定 194 000 20 000 2 000 5 879\n"
                "违反乙规定 13 000 5 000 4 000 4 333\n",
                [(t, v, "港元") for t, v in _FINES + _FINES2],
            ),
            (
                "单位：吨\n\n  产生量 处置量 利用量\n"
                "甲厂 12 500 3 200 9 300\n乙厂 11 250 20 800 90 450\n",
                [(t, float(t.replace(" ", "")), "吨") for t in ("12 500", "3 200", "9 300")]
                + [(t, float(t.replace(" ", "")), "吨") for t in ("11 250", "20 800", "90 450")],
            ),
            (
                "单位：公吨\n\n项目 2019 2020 2021\n生活垃圾 38 111 67 743 59 723\n"
                "工商业垃圾 41 254 55 915 87 673\n",
                [(t, float(t.replace(" ", "")), "吨") for t in ("38 111", "67 743", "59 723")]
                + [(t, float(t.replace(" ", "")), "吨") for t in ("41 254", "55 915", "87 673")],
            ),
        ]
    ),
)
def test_spaced_groups_joined_by_the_header_width(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    rows = _rows(text)
    got = [(t, v, u) for t, v, u, w in rows if "unit_from_header" in w]
    assert got == expected
    assert all("ambiguous_separator" not in w for *_, w in rows)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            # a row the header does not place (1 250 800 450: one, two or three figures?)
            "单位：吨\n\n  产生量 处置量 利用量\n甲厂 12 500 3 200 9 300\n乙厂 1 250 800 450\n",
            # a blank line between header and rows: the header is not known to be theirs
            "单位：吨\n\n  产生量 处置量 利用量\n\n甲厂 12 500 3 200 9 300\n",
            # the header names three columns, the groups open four figures
            "单位：吨\n\n  产生量 处置量 利用量\n甲厂 12 500 3 200 9 300 4 100\n",
            # no header: a bilingual line above the rows is none
            "公吨 ton\n\n收集 Recolhido Collection\n\n生活垃圾 138 111 167 743 159 723\n",
        ]
    ),
)
def test_spaced_groups_left_as_read_and_flagged(text: str) -> None:
    rows = _rows(text)
    spaced = [r for r in rows if " " not in r[0] and "unit_from_header" in r[3]]
    if "单位" in text or "單位" in text:
        assert spaced, rows  # read one group a cell under a caption …
    assert all("ambiguous_separator" in r[3] for r in spaced if len(r[0]) == 3)  # … flagged
    assert all(" " not in r[0] for r in rows)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            # a sentence ending with a unit in brackets is no heading
            "全年罚款情况,详见下表(万元)\n\n  总数 最高罚款 最低罚款\n甲区 12 000 5 000 1 000\n",
            # a sentence citing the table below
            "各区罚款如下表所示(万元)\n\n  总数 最高罚款 最低罚款\n甲区 12 000 5 000 1 000\n",
            # a heading written with a space or a Latin word is a row of cells, not a title
            "东北偏北 NNE 平均风速 (公里/小时)\n\n  甲站 乙站 丙站\n风速 11 200 10 400 10 600\n",
        ]
    ),
)
def test_a_heading_needs_to_be_one_run_without_sentence_marks(text: str) -> None:
    assert all(u not in ("万元", "公里/小时") for _, _, u, _ in _rows(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("2013年共提供3 899项建议及发出313份通知书。", [3899.0, 313.0]),
            ("全市有 12 500 户居民完成改造。", [12500.0]),
        ]
    ),
)
def test_spaced_figures_in_prose_are_unchanged(text: str, expected: list[float]) -> None:
    rows = _rows(text)
    assert [v for _, v, _, _ in rows] == expected
    assert all("unit_from_header" not in w for *_, w in rows)
