"""The role of a figure: supposed, projected or required, a place's divisions, a standard's
values, a count of cases (issue 13, role29).

* A figure of a condition (``如果路段的长度小于100m``) or of what a condition would bring
  (``若能全部成林，可使…提高2个多百分点``) is supposed: context
  (:func:`envindicators.extract._roles.supposed`).
* A figure its own clause projects (``预计可减少24吨``, ``110年度则预计降至7.41%``) or requires
  (``应查核25家次``, ``需达查核率125%``) is expected or due: a target to review, never an
  outcome (:func:`envindicators.extract._roles.projected`); an estimate of what is
  (``预估尚余400吨``) and a projection said done stay outcomes.
* A count of the divisions a place governs (``内辖有1市5乡``, ``管辖14个行政村，12个社区``) and
  the old and new values of a standard (``排放标准（由300 ppm降至50ppm）``) are context
  (:func:`envindicators.extract._roles.governed_or_limit`).
* The first bound of a size band (``10蒸吨以上、35蒸吨以下燃煤锅炉``) and a bound in 蒸吨/时
  (``35蒸吨/时及以下燃煤锅炉``) are size thresholds of the objects: context.
* A count of cases (件, 起, 宗) is an outcome even where a breakdown follows it
  (``1341件信访件中，来电885件``); a count of items (项) before 中 stays its parts' denominator.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from tests.report_rows import row_of, span_of
from tests.scripts import both_scripts

from envindicators.extract._roles import governed_or_limit, projected, supposed

_row = partial(row_of, published="2023-06-01")


# ------------------------------------------------------------- supposed figures

_SUPPOSED = both_scripts(
    [
        ("现已完成的退耕还林任务若能全部成林，可使全省森林覆盖率提高2个多百分点。", "提高2"),
        ("若以新标准套用去年，预估告发逾228次。", "逾228"),
        ("如果全部机组完成超低排放改造，将使二氧化硫排放量减少3.5万吨。", "减少3.5"),
        ("假如每户每天少用一度电，全市每年可节约电能1200万千瓦时。", "1200"),
        ("如果路段的长度小于100m，可在路段的中点布设一个监测点。", "小于100"),
        ("倘若按每人每天0.8公斤计算，全县垃圾产生量约为每天300吨。", "0.8"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _SUPPOSED)
def test_a_supposed_figure_is_named(text: str, figure: str) -> None:
    assert supposed(text, span_of(text, figure)[0]) is not None


@pytest.mark.parametrize(("text", "figure"), _SUPPOSED[:4])
def test_a_supposed_figure_is_context_in_a_report(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] == "context"
    assert bool(row["needs_review"])


_NOT_SUPPOSED = both_scripts(
    [
        ("若干个重点项目完成投资5亿元。", "5亿"),
        ("例如能源消费总量控制在1.2亿吨标准煤以内。", "1.2亿"),
        ("若发现露天焚烧，可拨打举报电话。全年共受理举报527件。", "527"),
        ("如果发现问题立即整改，今年已整改问题35个。", "35"),  # no consequence word
        ("2022年全市PM2.5平均浓度为32微克/立方米。", "32"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _NOT_SUPPOSED)
def test_a_figure_of_no_condition_is_not_supposed(text: str, figure: str) -> None:
    assert supposed(text, span_of(text, figure)[0]) is None


# ------------------------------------------------------------- projected or required

_PROJECTED = both_scripts(
    [
        ("本项目完成后预计可减少VOCs排放24吨。", "24"),
        ("110年度则预计降至7.41%。", "7.41"),
        ("改造完成后预计年可削减煤炭消耗128.7万吨。", "128.7"),
        ("工程投运后，预计减少硫氧化物3664吨。", "3664"),
        ("预估全年平均将首次低于13微克/立方米。", "13"),
        ("依规定本县列管家数为1000家以上，应查核25家次。", "25家次"),
        ("若要达到满分，需达查核率125%。", "125"),
        ("剩余天数需控制在7天内。", "7天"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _PROJECTED)
def test_a_projected_or_required_figure(text: str, figure: str) -> None:
    s = span_of(text, figure)[0]
    cs = max(text.rfind(c, 0, s) for c in "，,。；;") + 1
    assert projected(text, cs, s)


@pytest.mark.parametrize(("text", "figure"), _PROJECTED[:10])
def test_a_projected_or_required_figure_is_a_target_to_review(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] == "targets"
    assert bool(row["needs_review"])


def test_a_projection_takes_its_own_year_as_deadline() -> None:
    row = _row("空气质量不良日数比例109年为8.2%，110年度则预计降至7.41%。", "7.41")
    assert row["table"] == "targets"
    assert pd.Timestamp(row["deadline"]).year == 2021


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            (
                "环保署公布今年截至11月止空气品质监测结果，并预估全年平均将首次低于13微克/立方米。",
                "13",
            ),
            ("2021年12月公告加严标准，规划以三年两阶段方式，预计减少硫氧化物3664吨。", "3664"),
        ]
    ),
)
def test_a_projection_takes_no_date_of_another_clause_as_deadline(text: str, figure: str) -> None:
    # the data's period (截至11月) and a standard's announcement are no deadline of it
    row = _row(text, figure)
    assert row["table"] == "targets"
    assert pd.isna(row["deadline"])


_NOT_PROJECTED = both_scripts(
    [
        ("目前预估尚余400吨待处理。", "400"),
        ("该工程预计已减少排放30吨。", "30"),  # said done
        ("应完成的21个污水处理提质增效项目，实际仅完成7个。", "7个"),
        ("全国电力需求增加4.4%。", "4.4"),
        ("化学需氧量排放量下降5.2%。", "5.2"),
        ("今年执行空气品质不良通报因应措施共22次。", "22"),
        ("全年共启动重大气象灾害应急响应8次。", "8次"),
        ("2022年全市PM2.5平均浓度为32微克/立方米。", "32"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _NOT_PROJECTED)
def test_an_outcome_is_not_projected(text: str, figure: str) -> None:
    s = span_of(text, figure)[0]
    cs = max(text.rfind(c, 0, s) for c in "，,。；;") + 1
    assert not projected(text, cs, s)


@pytest.mark.parametrize(("text", "figure"), _NOT_PROJECTED[:4])
def test_an_estimate_or_an_outcome_stays_an_observation(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "observations"


# ------------------------------------------------------------- divisions and standards

_GOVERNED_OR_LIMIT = both_scripts(
    [
        ("澎湖县内辖有1市5乡，四面环海。", "5乡", "乡"),
        ("宾州镇管辖14个行政村，12个社区，面积380平方公里。", "14个", "个"),
        ("宾州镇管辖14个行政村，12个社区，面积380平方公里。", "12个", "个"),
        ("该县下辖8个镇、3个乡，总人口45万。", "3个", "个"),
        ("率先公告加严锅炉硫氧化物排放标准（由300 ppm降至50ppm）。", "300", "ppm"),
        ("率先公告加严锅炉硫氧化物排放标准（由300 ppm降至50ppm）。", "50ppm", "ppm"),
        ("化学需氧量排放限值由100毫克/升调整为60毫克/升。", "60", "毫克/升"),
        ("PM2.5年平均浓度符合国家空气质量标准(15微克/立方米)。", "15", "微克/立方米"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure", "unit"), _GOVERNED_OR_LIMIT)
def test_a_place_s_divisions_or_a_standard_s_value(text: str, figure: str, unit: str) -> None:
    assert governed_or_limit(text, span_of(text, figure)[0], unit) is not None


_NOT_GOVERNED_OR_LIMIT = both_scripts(
    [
        ("宾州镇管辖14个行政村，12个社区，面积380平方公里。", "380", "平方公里"),
        ("市辖区1件，石棉县3件。", "1件", "件"),
        ("全市14个辖区6项常规污染物浓度均下降。", "6项", "项"),
        ("完成辖区内35蒸吨以下燃煤锅炉淘汰。", "35", "蒸吨"),
        ("PM2.5年平均浓度由45微克/立方米降至32微克/立方米。", "32", "微克/立方米"),
        ("进水浓度超过设计标准(2.3倍)。", "2.3", "倍"),
        ("水质达到Ⅲ类标准的断面比例为81.4%。", "81.4", "%"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure", "unit"), _NOT_GOVERNED_OR_LIMIT)
def test_a_measured_figure_is_no_division_or_standard(text: str, figure: str, unit: str) -> None:
    assert governed_or_limit(text, span_of(text, figure)[0], unit) is None


@pytest.mark.parametrize(("text", "figure", "unit"), _GOVERNED_OR_LIMIT[:2])
def test_a_place_s_divisions_are_context_in_a_report(text: str, figure: str, unit: str) -> None:
    assert _row(text, figure)["table"] == "context"


# ------------------------------------------------------------- counts of cases

_CASES = both_scripts(
    [
        ("2019年，1341件信访件中，来电885件、来信44件、微信412件。", "1341件"),
        ("按照污染类型分析，交办的130件信访案件中，主要涉及工业废气41件。", "130件"),
        ("被通报的21起典型环境违法案件中，有的企业被勒令停产。", "21起"),
        ("查获露天燃烧830件，其中已燃尽692件（稻草141件）、燃烧中138件。", "692件"),
        ("吕梁市6件、晋中市8件、阳泉市4件。", "6件"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _CASES)
def test_a_count_of_cases_is_an_outcome(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] != "context"


_ITEMS_AMONG = both_scripts(
    [
        ("列入清单的51项问题中，涉及工业污染的有20项。", "51项"),
        ("全国338个地级及以上城市中，121个城市环境空气质量达标。", "338个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _ITEMS_AMONG)
def test_a_count_of_items_or_places_among_which_stays_context(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "context"


# ------------------------------------------------------------- size bands

_BANDS = both_scripts(
    [
        ("2017年，完成城市建成区内10蒸吨以上、35蒸吨以下燃煤锅炉淘汰。", "10蒸吨以上"),
        ("2017年，完成城市建成区内10蒸吨以上、35蒸吨以下燃煤锅炉淘汰。", "35蒸吨以下"),
        ("将市中心区范围内35蒸吨/时及以下燃煤锅炉全部淘汰。", "35蒸吨/时"),
        ("2019年关停20万千瓦以上至30万千瓦以下燃煤机组。", "20万千瓦"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _BANDS)
def test_a_bound_of_a_size_band_is_context(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "context"


_NOT_BANDS = both_scripts(
    [
        ("2018年全市淘汰燃煤锅炉10蒸吨以上、共1852台。", "10蒸吨以上"),
        ("2018年全市淘汰燃煤锅炉2866台、5427蒸吨。", "5427"),
        ("2020年全省新增污水处理能力200万吨/日以上。", "200万吨"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _NOT_BANDS)
def test_an_amount_is_no_band(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] != "context"
