"""Roles of hand check 32's classes, and a target's deadline from its sentence (role44).

* a target whose sentence, or an earlier sentence of its paragraph, writes a year alone before
  it (``2020年，安排完成清洁取暖22500户``, ``2030年要将PM2.5降到10微克、2035年降到8微克以下``,
  ``根据计划，2015年全市共安排…。预计可减排…2000吨``) is due that year: the year is its
  deadline (a target keeps no period) — not a year a span starts from (``2019年以来``) nor one
  of an earlier paragraph, and an outcome keeps its year as its period;
* a later member of a list a projection opens (``预计可减排化学需氧量2000吨、氨氮150吨``,
  ``预计减少硫氧化物3,664吨、氮氧化物6,939吨``), reading glosses or not (``預(yù)計(jì)``), is
  projected as its first member is (a target) — not the members of a cut done
  (``全年共减排…``);
* an inclusive bound in an aside (``酷热天气(日最高温在33℃或以上)``, ``(部分案件涉及2种及以上
  污染类型)``) defines the class the other figures count: context — not the counts of the
  class (``达42日``), nor a change bounded outside an aside or with 以上 alone
  (``下降10%及以上``, ``(其中PM2.5浓度下降10%以上)``);
* the points a network is set with by 设 (``我市共设地表水监测点64个(其中河流48个，湖库16个)``)
  are its layout: context, as 布设/设置 — not points built (``共建设污水监测点64个``);
* a count of places newly named (``新增100个国家级生态乡镇、148个省级生态乡镇``) is the year's
  result: an outcome, as a stock is (``全省共有国家级生态乡镇100个``) — and a whole a part is
  taken of stays context (``全省11个城市中``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role

# --- a target's deadline: the year its sentence writes ------------------------------------

DUE_IN_ITS_YEAR = [
    ("2020年，安排完成清洁取暖22500户，主城区清洁取暖率达到100%。", "22500户", 2020),
    ("《方案》计划，2019年，安排完成清洁取暖23434户。", "23434户", 2019),
    ("根据环境部发布的白皮书，2030年要将PM2.5降到10微克、2035年降到8微克以下。", "10微克", 2030),
    (
        "根据环境部发布的白皮书，2030年要将PM2.5降到10微克、2035年降到8微克以下。",
        "8微克以下",
        2035,
    ),
    ("六盘水市未按要求落实产能置换指标，2025年全市焦化产能将达到1400万吨。", "1400万吨", 2025),
    (
        "根据计划，2015年全市共安排减排项目11个。预计可减排化学需氧量2000吨、氨氮150吨。",
        "2000吨",
        2015,
    ),
    (
        "根据计划，2015年全市共安排减排项目11个。预计可减排化学需氧量2000吨、氨氮150吨。",
        "150吨",
        2015,
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "year"), DUE_IN_ITS_YEAR)
def test_a_target_is_due_in_the_year_its_paragraph_writes(
    text: str, figure: str, year: int, hant: bool
) -> None:
    row = _row(text, figure, hant=hant)
    assert _role(row) == "target"
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(year, 12, 31)


@pytest.mark.parametrize("hant", [False, True])
def test_a_year_a_span_starts_from_is_no_deadline(hant: bool) -> None:
    row = _row("2019年以来，全市力争完成改造100户。", "100户", hant=hant)
    assert _role(row) == "target"
    assert pd.isna(row["deadline"])


@pytest.mark.parametrize("hant", [False, True])
def test_a_year_of_an_earlier_paragraph_is_no_deadline(hant: bool) -> None:
    text = "2015年，全市共安排减排项目11个。\n\n预计可减排化学需氧量2000吨。"
    row = _row(text, "2000吨", hant=hant)
    assert _role(row) == "target"
    assert pd.isna(row["deadline"])


@pytest.mark.parametrize("hant", [False, True])
def test_an_outcome_keeps_its_year_as_its_period(hant: bool) -> None:
    row = _row("2019年，全市完成改造100户。", "100户", hant=hant)
    assert _role(row) == "outcome"
    assert pd.Timestamp(row["period_end"]) == pd.Timestamp(2019, 12, 31)
    assert pd.isna(row.get("deadline"))


# --- the later members of a projection's list ---------------------------------------------

PROJECTED_MEMBERS = [
    ("预计可减排化学需氧量2000吨、氨氮150吨、二氧化硫1400吨。", "150吨"),
    ("预计可减排化学需氧量2000吨、氨氮150吨、二氧化硫1400吨。", "1400吨"),
    (
        "逐步加严标准，预计减少硫氧化物 3,664吨、氮氧化物 6,939吨，目前已有41座机组完成改善。",
        "6,939吨",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PROJECTED_MEMBERS)
def test_a_later_member_of_a_projections_list_is_projected(
    text: str, figure: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant)) == "target"


@pytest.mark.parametrize("figure", ["150吨", "1400吨"])
def test_a_glossed_projections_members_are_projected(figure: str) -> None:
    text = "預(yù)計(jì)可減排化學(xué)需氧量2000噸、氨氮150噸、二氧化硫1400噸。"
    assert _role(_row(text, figure)) == "target"


@pytest.mark.parametrize("hant", [False, True])
def test_the_members_of_a_cut_done_are_outcomes(hant: bool) -> None:
    assert _role(_row("全年共减排化学需氧量2000吨、氨氮150吨。", "150吨", hant=hant)) == "outcome"


# --- an inclusive bound in an aside ---------------------------------------------------------

WEATHER = "全年酷热天气(日最高温在33℃或以上)达42日，寒冷天气(日最低温在12℃或以下)有29日。"
ASIDE_BOUNDS = [
    (WEATHER, "33℃"),
    (WEATHER, "12℃"),
    ("噪声类案件14件，其他污染类案件7件(部分案件涉及2种及以上污染类型)。", "2种"),
]
NOT_ASIDE_BOUNDS = [
    (WEATHER, "42日"),
    ("全市空气质量改善(其中PM2.5浓度下降10%以上)。", "10%以上"),
    ("全市PM2.5浓度下降10%及以上。", "10%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ASIDE_BOUNDS)
def test_an_inclusive_bound_in_an_aside_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_ASIDE_BOUNDS)
def test_a_count_of_the_class_or_a_bounded_change_is_an_outcome(
    text: str, figure: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


# --- a network's points set by 设 -------------------------------------------------------------

NETWORK = "2021年，我市共设地表水监测点64个(其中河流48个，湖库16个)。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["64个", "48个", "16个"])
def test_the_points_a_network_is_set_with_are_context(figure: str, hant: bool) -> None:
    assert _role(_row(NETWORK, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_points_built_are_an_outcome(hant: bool) -> None:
    assert _role(_row("全市共建设污水监测点64个。", "64个", hant=hant)) == "outcome"


# --- places newly named -------------------------------------------------------------------

NEWLY_NAMED = (
    "去年江苏省大力推进生态文明建设工程，新增100个国家级生态乡镇、148个省级生态乡镇、"
    "236个省级以上生态村。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["100个", "148个"])
def test_places_newly_named_are_an_outcome(figure: str, hant: bool) -> None:
    assert _role(_row(NEWLY_NAMED, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
def test_a_whole_a_part_is_taken_of_stays_context(hant: bool) -> None:
    row = _row("全省11个城市中，有5个城市空气质量达标。", "11个", hant=hant)
    assert _role(row) == "context"
