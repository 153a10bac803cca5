"""Parser round 47 (branch read36): the largest failure classes left on all spent splits.

Issue 10.  Each class tested in both scripts with sentences written for the tests (not copied
from the corpus) and with the negatives the rules must leave alone: a population whose 人 is
left out (人口超过400万) is a count of people, flagged; an evaluative change (改善, 恶化) takes
its direction from a quality index, a share of bad days, or — when its clause names no
indicator — the indicator the sentence before names; ``N大类M个`` keeps M's own counter; the
conventions script makes a mass right after 削减/减量 its decrease; an averaging window after an
underscore (O3_8h), 最末三名, 前十五批次 and 1999县民热线 are no counts; a work's progress reaching
a share (办理进度已超91%) is a ratio, in the parser and in the conventions script.
"""

from __future__ import annotations

import json

import pytest
from tests.parser_rows import Row, span_rows
from tests.scripts import both_scripts, to_traditional
from tests.test_corpus_conventions_round20 import rc

from envindicators.units.text import to_simplified


def _ending(rows: list[Row], tail: str) -> Row | None:
    """The row whose span (simplified) holds ``tail`` (its figure and unit)."""
    return next((r for r in rows if tail in r[0]), None)


# --- 1. a population whose 人 is left out -------------------------------------------------
POPULATIONS = [
    ("该市面积1,200平方公里,人口超过300万,工业发达。", "300万", 3_000_000.0, "greater", "level"),
    ("全县人口数46.2万,密度为每平方公里180人。", "46.2万", 462_000.0, "exact", "level"),
    ("该岛面积不大,但人口将近50万,密度很高。", "50万", 500_000.0, "nearly", "level"),
    ("全市常住人口约为120万。", "120万", 1_200_000.0, "approx", "level"),
    ("全省农村贫困人口减少200万以上。", "200万", -2_000_000.0, "at_least", "change_absolute"),
    ("城区人口达到85万左右,较上年增加。", "85万", 850_000.0, "approx", "level"),
]


@pytest.mark.parametrize(("text", "tail", "value", "qualifier", "kind"), both_scripts(POPULATIONS))
def test_a_population_without_its_unit_is_a_flagged_count_of_people(
    text: str, tail: str, value: float, qualifier: str, kind: str
) -> None:
    row = _ending(span_rows(text), tail)
    assert row is not None, (text, span_rows(text))
    assert row[1:5] == (value, "人", qualifier, kind), row
    assert "ambiguous_unit" in row[6], row


POPULATION_NEGATIVES = [
    ("人口普查经费1200万。", "1200万", "元"),  # a noun of its own between: money, as before
    ("服务人口达50万人,覆盖全区。", "50万人", "人"),  # 人 written: no flag
    ("人口密度为每平方公里1.2万人。", "1.2万人", "人/平方公里"),
]


@pytest.mark.parametrize(("text", "tail", "unit"), both_scripts(POPULATION_NEGATIVES))
def test_a_figure_after_population_with_its_own_reading_keeps_it(
    text: str, tail: str, unit: str
) -> None:
    row = _ending(span_rows(text), tail)
    assert row is not None, (text, span_rows(text))
    assert row[2] == unit, row
    if unit != "元":
        assert "ambiguous_unit" not in row[6], row


@pytest.mark.parametrize(
    "text",
    [
        "人口增长率为1.2,高于全国。",
        "全市人口约十万。",
        "人口老龄化指数0.8万",
        *[to_traditional(t) for t in ("人口增长率为1.2,高于全国。", "全市人口约十万。")],
    ],
)
def test_no_population_is_made_up(text: str) -> None:
    assert not any(r[2] == "人" for r in span_rows(text)), (text, span_rows(text))


# --- 2. the direction of an evaluative change ----------------------------------------------
EVALUATIVE = [
    # a quality index improves by falling
    ("全市河流断面水环境质量指数同比改善12.5%,优良水体比例达90%。", "12.5%", -12.5, -1),
    ("城市空气质量指数同比恶化3.2%。", "3.2%", 3.2, 1),
    # a share of bad days improves by falling, read whole before its 比率
    ("不良比率逐年改善,自40.4%降至28.4%,改善率达29.7%;", "29.7%", -29.7, -1),
    ("超标天数比例同比改善8.5%。", "8.5%", -8.5, -1),
    # 优良天 as 优良天数
    ("优良天平均为23天,同比恶化4.7个百分点。", "4.7个百分点", -4.7, -1),
    # the clause names none: the clause before the semicolon does
    (
        "综合指数最好的县是甲县,为3.57,最差的是乙县,为4.26;同比改善幅度最大的县是丙区,"
        "为17.4%,同比恶化幅度最大的县是丁县,为3.0%。",
        "17.4%",
        -17.4,
        -1,
    ),
    (
        "综合指数最好的县是甲县,为3.57,最差的是乙县,为4.26;同比改善幅度最大的县是丙区,"
        "为17.4%,同比恶化幅度最大的县是丁县,为3.0%。",
        "3.0%",
        3.0,
        1,
    ),
    (
        "PM2.5浓度改善幅度最大的县为甲区改善20%;恶化幅度最大的县为乙县恶化11.1%。",
        "11.1%",
        11.1,
        1,
    ),
    # the sentence names none: the sentence before on the same line does
    (
        "细颗粒物浓度最好的是甲市,为27微克/立方米。12市同比改善,改善幅度最大的是乙市,为27%。",
        "27%",
        -27.0,
        -1,
    ),
    (
        "优良天数比例最高的是甲市,为90.1%。10市同比改善,改善幅度最大的是乙市,为12%。",
        "12%",
        12.0,
        1,
    ),
]


@pytest.mark.parametrize(("text", "tail", "value", "sign"), both_scripts(EVALUATIVE))
def test_an_evaluative_change_takes_the_direction_of_its_indicator(
    text: str, tail: str, value: float, sign: int
) -> None:
    rows = span_rows(text)
    row = next((r for r in rows if tail in r[0] and r[4].startswith("change")), None)
    assert row is not None, (text, rows)
    assert (row[1], row[5]) == (value, sign), row
    assert "ambiguous_sign" in row[6], row  # inferred, never silent


EVALUATIVE_NEGATIVES = [
    # the indicator is on another line: no topic is carried over
    "细颗粒物浓度最好的是甲市,为27微克/立方米。\n12市同比改善,改善幅度最大的是乙市,为27%。",
    # nothing named at all
    "空气品质越来越好,与10年前相比改善46.5%。",
]


@pytest.mark.parametrize(
    "text", [*EVALUATIVE_NEGATIVES, *(to_traditional(t) for t in EVALUATIVE_NEGATIVES)]
)
def test_an_evaluative_change_with_no_named_indicator_keeps_no_sign(text: str) -> None:
    rows = [r for r in span_rows(text) if r[4].startswith("change")]
    assert rows, (text, span_rows(text))
    last = rows[-1]
    assert last[5] == 0, last
    assert last[1] > 0, last
    assert "ambiguous_sign" in last[6], last


# --- 3. N大类M个: M keeps its own counter -----------------------------------------------
MAJOR_THEN_COUNT = [
    ("本批信访案件共涉及9大类156个生态环境问题。", [("9大类", "类"), ("156个", "个")]),
    ("本批信访案件共涉及八大类71个环境问题。", [("八大类", "类"), ("71个", "个")]),
    ("规划共计3大类10项工程。", [("3大类", "类"), ("10项", "项")]),
    ("共涉及三大类12件案件。", [("三大类", "类"), ("12件", "件")]),
    ("问题分为3大类,分别为12、8和5个。", [("3大类", "类"), ("12", "个"), ("8", "个")]),
    ("涉及八大类,共71个环境问题。", [("八大类", "类"), ("71个", "个")]),
]


@pytest.mark.parametrize(("text", "expected"), both_scripts(MAJOR_THEN_COUNT))
def test_the_count_after_n_major_classes_keeps_its_own_counter(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(r[0], r[2]) for r in span_rows(text) if r[0] in {span for span, _ in expected}]
    assert got == expected, (text, span_rows(text))


# --- 4. gold convention: a mass right after 削减/减量 is its decrease -------------------
def _line(text: str, span: str, **fields: object) -> dict[str, object]:
    start = text.index(span)
    line: dict[str, object] = {
        "doc": "t",
        "start": start,
        "end": start + len(span),
        "text": span,
        "value": 0.0,
        "unit": "t",
        "qualifier": "exact",
        "kind": "level",
        "sign": 0,
        "ambiguous": False,
        "tags": [],
        "note": "",
    }
    line.update(fields)
    return line


CUT_AMOUNTS = [
    ("今年共计可削减828.68公吨(含永久性333.9公吨)。", "828.68公吨", 828.68, "t"),
    ("SOx减量194.4公吨,NOx减量180.2公吨。", "194.4公吨", 194.4, "t"),
    ("NOx减量180.2公吨。", "180.2公吨", 180.2, "t"),
    ("全年削减了约3万吨。", "3万吨", 30_000.0, "吨"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(CUT_AMOUNTS))
def test_the_relabel_rule_makes_a_cut_mass_its_decrease(
    text: str, span: str, value: float, unit: str
) -> None:
    written = text[text.index(span[0]) : text.index(span[0]) + len(span)]
    if to_simplified(written) != span:  # the traditional text writes the span in its script
        written = to_traditional(span)
    gold = _line(text, written, value=value, unit=unit)
    changes = rc.read36_cut_amount(gold, text)
    assert {f for f, _, _ in changes} == {"kind", "sign", "value"}, changes
    assert (gold["kind"], gold["sign"], gold["value"]) == ("change_absolute", -1, -value)
    assert "read36" in str(gold["note"])
    assert rc.read36_cut_amount(gold, text) == []  # idempotent


CUT_NEGATIVES = [
    ("削减散煤22.7万吨。", "22.7万吨", 227_000.0, "吨"),  # its object between (conv16)
    ("稽查管制17项、源头减量12项。", "12项", 12.0, "项"),  # a category's count, not a mass
    ("减量率达到30%。", "30%", 30.0, "%"),  # no mass
    ("全年排放量为194.4公吨。", "194.4公吨", 194.4, "t"),  # no verb of cutting
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(CUT_NEGATIVES))
def test_the_relabel_rule_leaves_other_amounts(
    text: str, span: str, value: float, unit: str
) -> None:
    written = span if span in text else to_traditional(span)
    gold = _line(text, written, value=value, unit=unit)
    assert rc.read36_cut_amount(gold, text) == [], gold


@pytest.mark.parametrize("split", rc.SPLITS)
def test_every_cut_mass_is_labelled_a_decrease(split: str) -> None:
    folder = rc.CORPUS / split
    texts: dict[str, str] = {}
    for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        doc = gold["doc"]
        if doc not in texts:
            texts[doc] = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        assert rc.read36_cut_amount(gold, texts[doc]) == [], (split, gold)


# --- 5. names, ranks and batch numbers ------------------------------------------------------
NOT_COUNTS = [
    ("评价指标为PM2.5、O3_8h (第90百分位数)。", "8"),
    ("历年O3_8hr超标日数逐年增加。", "8"),
    ("投诉最多为甲市4737件,最末三名依序为乙县16件、丙县1件。", "三"),
    ("经统计,前十五批次转办的1031件信访件中,噪声类占22.76%。", "十五"),
    ("其次为1999县民热线825件。", "1999"),
]


@pytest.mark.parametrize(("text", "head"), both_scripts(NOT_COUNTS))
def test_a_name_rank_or_batch_number_is_no_count(text: str, head: str) -> None:
    rows = span_rows(text)
    assert not any(r[0].startswith(head) for r in rows), (text, rows)


STILL_COUNTS = [
    ("削减量为:TSP_11,560公斤、PM10_5,812公斤。", "11,560公斤", 11560.0, "公斤"),
    ("其次为1999县民热线825件。", "825件", 825.0, "件"),
    ("本次共有5县参加。", "5县", 5.0, "县"),
    ("累计转办30批次。", "30批次", 30.0, "批次"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(STILL_COUNTS))
def test_the_figures_around_them_are_still_read(
    text: str, span: str, value: float, unit: str
) -> None:
    row = _ending(span_rows(text), span)
    assert row is not None, (text, span_rows(text))
    assert row[1:3] == (value, unit), row


# --- 6. a work's progress reaching a share is a ratio ----------------------------------------
PROGRESS = [
    ("截至目前,信访件我省办理进度已超91%。", "91%", "greater", "ratio"),
    ("截至12月底,工作进度已完成100%,成果如下。", "100%", "exact", "ratio"),
    ("工程进度为75%。", "75%", "exact", "ratio"),
    ("整体进度达成率达100%。", "100%", "exact", "ratio"),
    ("序时进度要求为50%。", "50%", "exact", "level"),  # a schedule's requirement
    ("优良天数比例为87.5%。", "87.5%", "exact", "level"),  # a named rate, as before
]


@pytest.mark.parametrize(("text", "tail", "qualifier", "kind"), both_scripts(PROGRESS))
def test_a_share_of_the_work_done_is_a_ratio(
    text: str, tail: str, qualifier: str, kind: str
) -> None:
    row = _ending(span_rows(text), tail)
    assert row is not None, (text, span_rows(text))
    assert row[3:5] == (qualifier, kind), row


@pytest.mark.parametrize(("text", "tail", "qualifier", "kind"), both_scripts(PROGRESS))
def test_the_relabel_rule_makes_a_progress_share_a_ratio(
    text: str, tail: str, qualifier: str, kind: str
) -> None:
    span = tail if tail in text else to_traditional(tail)
    gold = _line(text, span, value=float(tail.rstrip("%")), unit="%", qualifier=qualifier)
    changes = rc.read36_progress_share(gold, text)
    if kind == "ratio" and "达成率" not in to_simplified(text):
        assert changes == [("kind", "level", "ratio")], (text, changes)
        assert gold["kind"] == "ratio"
        assert "read36" in str(gold["note"])
    else:
        assert changes == [], (text, changes)


@pytest.mark.parametrize("split", rc.SPLITS)
def test_every_progress_share_is_labelled_a_ratio(split: str) -> None:
    folder = rc.CORPUS / split
    texts: dict[str, str] = {}
    for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        doc = gold["doc"]
        if doc not in texts:
            texts[doc] = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        assert rc.read36_progress_share(gold, texts[doc]) == [], (split, gold)


# --- 7. a duration, then 时间内, is at most that time ------------------------------------
WITHIN_TIME = [
    ("两天时间内,镇政府对上述点位完成整改。", "两天", 2.0, "天", "at_most"),
    ("要求在三个月时间内完成整改。", "三个月", 3.0, "月", "at_most"),
    ("接报后2小时时间内到达现场。", "2小时", 2.0, "小时", "at_most"),
    ("7天内完成整改。", "7天", 7.0, "天", "at_most"),  # as before
    ("用了两天时间完成整改。", "两天", 2.0, "天", "exact"),  # no 内: the time taken
    ("两天时间,完成了整改。", "两天", 2.0, "天", "exact"),
]


@pytest.mark.parametrize(("text", "head", "value", "unit", "qualifier"), both_scripts(WITHIN_TIME))
def test_a_duration_then_shijiannei_is_at_most(
    text: str, head: str, value: float, unit: str, qualifier: str
) -> None:
    row = next((r for r in span_rows(text) if r[0].startswith(head)), None)
    assert row is not None, (text, span_rows(text))
    assert row[1:4] == (value, unit, qualifier), row
