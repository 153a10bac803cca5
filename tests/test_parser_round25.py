"""Classes of parser round 25 (branch ``read15``): ``heldout14``'s silent wrong values.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 25, branch
`read15`"):

* the largest change of a written direction named as the topic, the figure after its subject
  (``同比减少最多的是济宁市,为9天``, ``下降幅度最大的是青岛市,为5微克/立方米``) or after the verb
  and a comma (``济宁市同比增加最多,为6天``), is that change with the verb's sign, as the
  evaluative topic (``改善幅度最大的是…``) already was without one; the count of a topic that is
  no change (``数量最多的是…``, ``新增最多的是…``) stays a level; a share after 达(到) there
  (``提高最多的是南区,达到95%``) may be the level reached: flagged ``ambiguous_unit``;
* a one-character comparative with the perfective 了 (``蓝天少了5天``, ``水位高了0.3米``) is a
  change without a comparison written; without 了 (``多5天``) it stays a level;
* a verb of change and the verb of use it changes, the figure straight after
  (``每年可减少使用2万个纸箱``) is a change of the use; with an object between
  (``减少使用塑料袋500个``, ``减少用水300吨``) the figure stays the amount, a level;
* the changes in % of the parts named after 其中, following a change of a share flagged
  ``ambiguous_unit`` (``优良天数比例…较上年上升4.2%,其中甲、乙市分别上升了11.0%、3.4%和1.0%``),
  are the same doubt (relative or in points): flagged, with every member of their list; after
  a change of a concentration (not a share) nothing is flagged.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row, rows
from tests.scripts import both_scripts, texts_in_both_scripts

Expected = tuple[float, str, str, int]


# --- 1. the largest change named as the topic ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("优良天数同比减少最多的是德州市,为7天。", (-7.0, "天", "change_absolute", -1)),
            ("重污染天数增加最多的是临沂市,为4天;", (4.0, "天", "change_absolute", 1)),
            (
                "二氧化氮浓度下降幅度最大的是日照市,为6微克/立方米。",
                (-6.0, "微克/立方米", "change_absolute", -1),
            ),
            ("达标率提高最多的是南区,为3.2个百分点。", (3.2, "百分点", "change_absolute", 1)),
            ("降低最多的为东区,为1.5个百分点。", (-1.5, "百分点", "change_absolute", -1)),
            ("PM10浓度下降最多的是A市,为12.5%。", (-12.5, "%", "change_relative", -1)),
            ("淄博市同比增加最多,为8天。", (8.0, "天", "change_absolute", 1)),
            ("北区信访件减少最多,达15件。", (-15.0, "件", "change_absolute", -1)),
        ]
    ),
)
def test_largest_change_topic_is_the_change(text: str, expected: Expected) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(expected[0])
    assert (r["unit"], r["kind"], r["sign"]) == expected[1:]


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "企业数量最多的是东区,为30个。",
            "新增最多的是西区,为12个。",
            "优良天数最多的是青岛市,为300天。",
            "投诉最多,为25件。",
            "增加最多的3天里",
        ]
    ),
)
def test_largest_topic_without_a_change_stays_a_level(text: str) -> None:
    r = one_row(text)
    assert (r["kind"], r["sign"]) == ("level", 0)
    assert r["value"] > 0


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "达标率提高最多的是南区,达到95%。",
            "优良天数比例上升最多的是北区,达87.5%。",
            "南区达标率提高最多,达5%。",
            "达标率下降最多的为东区,达到12%。",
        ]
    ),
)
def test_largest_change_topic_share_after_reached_is_flagged(text: str) -> None:
    """A share after 达(到) may be the level reached rather than the change: read as the
    change, flagged ``ambiguous_unit`` (never a confident reading)."""
    r = one_row(text)
    assert r["kind"] == "change_relative"
    assert "ambiguous_unit" in r["warnings"]


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "增幅最大的是A市,达到12%。",
            "PM10浓度下降最多的是A市,为12.5%。",
            "北区信访件减少最多,达15件。",
            "达标率提高最多的是南区,为3.2个百分点。",
        ]
    ),
)
def test_largest_change_topic_not_flagged_where_the_change_is_named(text: str) -> None:
    """A 幅 noun names the change itself; 为 gives the change; a count or points after 达 is
    no share that could be the level reached."""
    assert "ambiguous_unit" not in one_row(text)["warnings"]


# --- 2. a comparative with the perfective 了 -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("今年秋季蓝天少了6天。", (-6.0, "天", "change_absolute", -1)),
            ("优良天数多了11天,", (11.0, "天", "change_absolute", 1)),
            ("汛期水库水位高了0.3米。", (0.3, "米", "change_absolute", 1)),
            ("比上年同期少了2天。", (-2.0, "天", "change_absolute", -1)),
        ]
    ),
)
def test_perfective_comparative_is_a_change(text: str, expected: Expected) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(expected[0])
    assert (r["unit"], r["kind"], r["sign"]) == expected[1:]


@pytest.mark.parametrize("text", texts_in_both_scripts(["全年多5天假期。", "至少了解3次。"]))
def test_comparative_without_perfective_or_comparison_stays_a_level(text: str) -> None:
    r = one_row(text)
    assert (r["kind"], r["sign"]) == ("level", 0)
    assert r["value"] > 0


@given(st.integers(min_value=1, max_value=364), st.sampled_from([("少了", -1), ("多了", 1)]))
def test_perfective_comparative_keeps_the_size(n: int, verb: tuple[str, int]) -> None:
    r = one_row(f"今年蓝天{verb[0]}{n}天。")
    assert r["value"] == pytest.approx(verb[1] * n)
    assert (r["kind"], r["sign"]) == ("change_absolute", verb[1])


# --- 3. a verb of change and the verb of use --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("推行循环箱后每年可减少使用21,500个纸箱。", (-21500.0, "个", "change_absolute", -1)),
            ("预计减少使用约3万个塑料袋。", (-30000.0, "个", "change_absolute", -1)),
            ("全年增加使用30吨再生纸。", (30.0, "吨", "change_absolute", 1)),
        ]
    ),
)
def test_change_of_use_is_a_change(text: str, expected: Expected) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(expected[0])
    assert (r["unit"], r["kind"], r["sign"]) == expected[1:]


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["减少使用塑料袋500个。", "每月减少用水300吨。", "共使用了800个纸箱。"]),
)
def test_use_with_its_object_between_stays_a_level(text: str) -> None:
    got = rows(text, "kind", "sign")
    assert got == [("level", 0)]


# --- 4. the changes of the parts of a share's change ----------------------------------------


@pytest.mark.parametrize(
    ("text", "n_parts"),
    both_scripts(
        [
            (
                "优良天数比例为74.5%,较上年同期上升4.2%,其中甲市、乙市分别上升了11.0%、3.4%和1.0%;",
                3,
            ),
            ("达标断面比例为80%,同比提高4.2%,其中东区上升5%。", 1),
            ("达标比例为80%,同比上升4.2%,其中A区、B区分别上升5%、6%,占全省的30%。", 2),
        ]
    ),
)
def test_parts_of_a_share_change_carry_its_doubt(text: str, n_parts: int) -> None:
    got = rows(text, "kind", "warnings")
    changes = [w for k, w in got if k == "change_relative"]
    assert len(changes) == 1 + n_parts, got
    assert all("ambiguous_unit" in w for w in changes), got
    assert all("ambiguous_unit" not in w for k, w in got if k != "change_relative"), got


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "PM2.5平均浓度同比下降4.2%,其中甲市下降5%、乙市下降3%。",
            "优良天数比例为80%,同比上升4.2%。全市GDP增长5%。",
        ]
    ),
)
def test_changes_outside_the_parts_of_a_share_change_are_not_flagged(text: str) -> None:
    df_rows = rows(text, "text", "kind", "warnings")
    last = df_rows[-1]
    assert last[1] == "change_relative", df_rows
    assert "ambiguous_unit" not in str(last[2]), df_rows
