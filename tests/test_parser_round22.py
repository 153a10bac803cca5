"""Classes of parser round 22 (branch ``read12``): heldout12's failures, read after it was spent.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 22, branch
`read12`"):

* a share written before its counted noun after the place whose set it divides
  (``全国68.7%的行政村``, ``全省有85%的企业``, ``江苏省30%的断面``) is a ``ratio``, as the
  same share opening its clause (``85%的企业``) already was (the guide's ``50%以上的园区``);
* ``范围内`` after a distance (``岸线一公里范围内``, ``500米范围内``) bounds it as ``内`` does
  (``1公里内``): ``at_most``.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row, rows
from tests.scripts import both_scripts, texts_in_both_scripts

from envindicators.units.vocab import Kind, Qualifier

# --- 1. <place or 全国>N%的<counted noun>: a share of a set ---------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("全国68.7%的行政村有集中供水。", 68.7),
            ("全省有85%的企业完成了提标改造。", 85.0),
            ("江苏省30%的断面水质为优。", 30.0),
            ("全市12.5%的乡镇建成污水处理设施。", 12.5),
            ("该县40%的农户使用清洁能源。", 40.0),
            ("全区另有7%的点位未达标。", 7.0),
            ("全国近25%的河段受到污染。", 25.0),
        ]
    ),
)
def test_share_after_its_place_is_a_ratio(text: str, value: float) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["unit"] == "%"
    assert row["kind"] == Kind.RATIO.value
    assert row["sign"] == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    both_scripts(
        [
            # a change before 的 stays a change; a level reached after its place stays one
            ("比上年增长2.4%的城市数量增加。", Kind.CHANGE_RELATIVE.value),
            ("全省确定了下降15%的目标。", Kind.CHANGE_RELATIVE.value),
            ("全市达到95%的水平。", Kind.LEVEL.value),
            ("广东省标准25%的标准。", Kind.LEVEL.value),
            ("优于72%的考核目标。", Kind.LEVEL.value),
        ]
    ),
)
def test_other_figures_before_de_keep_their_kind(text: str, kind: str) -> None:
    assert rows(text, "kind") == [(kind,)]


@given(
    place=st.sampled_from(["全国", "全省", "全市", "广东省", "成都市", "某县"]),
    tenths=st.integers(min_value=1, max_value=1000),
    noun=st.sampled_from(["行政村", "企业", "城市", "断面", "河段"]),
)
def test_share_of_a_place_property(place: str, tenths: int, noun: str) -> None:
    figure = f"{tenths / 10:g}"
    row = one_row(f"{place}{figure}%的{noun}达到要求。")
    assert row["value"] == pytest.approx(tenths / 10)
    assert row["kind"] == Kind.RATIO.value


# --- 2. <distance>范围内: at most --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("长江干支流岸线一公里范围内存在违法建设。", 1.0, "公里"),
            ("周边500米范围内有居民区。", 500.0, "米"),
            ("500米范围内禁止新建项目。", 500.0, "米"),
            ("距离河道1公里范围内禁止堆放垃圾。", 1.0, "公里"),
            ("厂界3km范围内的敏感点。", 3.0, "km"),
            ("2千米范围内无饮用水源。", 2.0, "千米"),
        ]
    ),
)
def test_distance_within_range_is_at_most(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["unit"] == unit
    assert row["qualifier"] == Qualifier.AT_MOST.value
    assert row["kind"] == Kind.LEVEL.value


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "周边500米范围扩大后重新评估。",
            "影响范围内有3个村。",
        ]
    ),
)
def test_range_without_within_is_no_bound(text: str) -> None:
    assert all(q == Qualifier.EXACT.value for (q,) in rows(text, "qualifier"))


@given(metres=st.integers(min_value=1, max_value=5000), within=st.sampled_from(["内", "范围内"]))
def test_within_a_distance_property(metres: int, within: str) -> None:
    row = one_row(f"项目周边{metres}米{within}没有学校。")
    assert row["value"] == metres
    assert row["qualifier"] == Qualifier.AT_MOST.value


# --- 3. a list under one 年产/日处理 whose period is written once: every member per period ----


@pytest.mark.parametrize(
    ("text", "units"),
    both_scripts(
        [
            ("年产焦油5万吨、粗苯1.3万吨、硫铵1.3万吨。", ["吨/年"] * 3),
            ("年处理污水5万吨、污泥2000吨。", ["吨/年"] * 2),
            ("日处理污水10万吨、垃圾500吨。", ["吨/日"] * 2),
            ("每年减少用煤3万吨、石油2万吨。", ["吨/年"] * 2),
            ("年产钢材100万吨、铁矿石60万吨、水泥5万吨。", ["吨/年"] * 3),
        ]
    ),
)
def test_period_written_once_rules_its_list(text: str, units: list[str]) -> None:
    assert [u for (u,) in rows(text, "unit")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    both_scripts(
        [
            # a period of its own (全年, 2021年) is a total; a member with its own year stops it
            ("全年排放5万吨、粗苯1万吨。", ["吨", "吨"]),
            ("2021年产焦油5万吨、粗苯1.3万吨。", ["吨", "吨"]),
            ("年产钢材100万吨、2020年新增产能20万吨。", ["吨/年", "吨"]),
            ("焦油5万吨、粗苯1.3万吨。", ["吨", "吨"]),
        ]
    ),
)
def test_list_without_a_rate_keeps_its_amounts(text: str, units: list[str]) -> None:
    assert [u for (u,) in rows(text, "unit")] == units


@given(
    verb=st.sampled_from([("年产", "年"), ("日处理", "日"), ("年处理", "年")]),
    members=st.lists(st.integers(min_value=1, max_value=9999), min_size=2, max_size=5),
)
def test_list_under_a_rate_property(verb: tuple[str, str], members: list[int]) -> None:
    names = "甲乙丙丁戊"
    text = verb[0] + "、".join(f"物料{names[k]}{v}吨" for k, v in enumerate(members)) + "。"
    got = rows(text, "value", "unit")
    assert got == [(float(v), f"吨/{verb[1]}") for v in members]


# --- 4. 超 + an approved amount + figure: the excess over it ---------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("海子金矿超批复66亩。", 66.0, "亩"),
            ("该矿超核定规模20万吨。", 200000.0, "吨"),
            ("项目超批准面积30亩。", 30.0, "亩"),
            ("企业超许可排放量10吨。", 10.0, "吨"),
            ("该煤矿超核定产能生产,超核定0.5个百分点。", 0.5, "百分点"),
        ]
    ),
)
def test_excess_over_approved_is_a_change(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["unit"] == unit
    assert row["kind"] == Kind.CHANGE_ABSOLUTE.value
    assert row["sign"] == 1


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "超低排放改造30台。",
            "超设计能力运行3年。",
            "超批复范围开采5万吨。",
        ]
    ),
)
def test_other_figures_after_chao_stay_levels(text: str) -> None:
    assert rows(text, "kind", "sign") == [(Kind.LEVEL.value, 0)]


# --- 5. 度空间 is a dimension, no figure -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "希望藉由三度空间的稽查方式。",
            "以3度空间呈现污染分布。",
        ]
    ),
)
def test_dimension_is_no_figure(text: str) -> None:
    assert rows(text, "text") == []


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts([("空调设定26度空调房内。", 26.0), ("室外零下5度空气干燥。", -5.0)]),
)
def test_degrees_before_air_stay_figures(text: str, value: float) -> None:
    assert [v for (v,) in rows(text, "value")] == [value]
