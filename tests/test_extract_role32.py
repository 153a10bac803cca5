"""The role of a figure: legal bounds, standards set, sets of one quality, wholes of a part,
results told as done (issue 13, role32).

* An amount a law allows (``最高可处300万元罚款``, ``并处十万元以上一百万元以下的罚款``) is a
  bound the law sets: context, never a fine imposed
  (:func:`envindicators.extract._roles.legal_bound`); a fine imposed (``处以罚款10万元``)
  stays an outcome.
* A standard's value set or bounded by its rule (``空气质素指标定为年均浓度40微克``,
  ``标准规定…不得超过10毫克/立方米``) is context.
* A count of objects all of one quality (``6个国控断面均达到Ⅱ类``) is the size of the set the
  quality is said of: context; a count of the objects of a quality (``166个城市…达标``, ``有6个
  城市均达到``) stays an outcome.
* A count that names a set whose part its clause or the next one tells done (``全省304个…项目
  已完成环评审批203个``, ``…明确的530项整改任务，已完成或基本完成274项``) is the whole the part
  is taken from: context.
* A task told done ahead of time (``提前完成``), a tally of events held or received (``合共举办
  157次``, ``共录得35天``, ``共接获76宗``) and the figures a data frame reports (``2024年的数字
  显示…下降至56408公吨``) are outcomes, not targets.
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.report_rows import row_of, span_of
from tests.scripts import both_scripts

from envindicators.extract import read_report
from envindicators.extract._roles import legal_bound
from envindicators.extract._scope_counts import scope_count

_row = partial(row_of, published="2023-06-01")

# ------------------------------------------------------------- bounds a law sets

_LEGAL = both_scripts(
    [
        ("业者违反水污染防治法规定，最高可处300万元罚款。", "300万元"),
        ("如经查获违规情事将依法严惩，依法可处新台币10万元以上，2,000万元以下罚锾。", "10万元以上"),
        ("如经查获违规情事将依法严惩，依法可处新台币10万元以上，2,000万元以下罚锾。", "2,000万元"),
        ("由主管部门责令改正，并处十万元以上一百万元以下的罚款。", "十万元以上"),
        ("由主管部门责令改正，并处十万元以上一百万元以下的罚款。", "一百万元以下"),
        ("环保局已依空气污染防制法告发，最高可罚600万元，并令其限期改善。", "600万元"),
        ("未按规定设置标志的，处2万元以上20万元以下罚款。", "2万元以上"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _LEGAL)
def test_an_amount_a_law_allows_is_a_legal_bound(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert legal_bound(text, s, e, "元", figure)


#: Since parser round 37 (read26) a band of money with both ends written is one range, which
#: ``read_report`` keeps out of its tables (``unread``, "range observed"); a bound written alone
#: is a figure of its own.
_LEGAL_ALONE = [(t, f) for t, f in _LEGAL if f in ("300万元", "300萬元", "600万元", "600萬元")]
_LEGAL_BANDS = sorted({t for t, f in _LEGAL} - {t for t, f in _LEGAL_ALONE})


@pytest.mark.parametrize(("text", "figure"), _LEGAL_ALONE)
def test_a_legal_bound_is_context_in_a_report(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] == "context"
    assert "law" in str(row["note"])


@pytest.mark.parametrize("text", _LEGAL_BANDS)
def test_a_legal_band_is_never_an_outcome(text: str) -> None:
    result = read_report(text, published="2023-06-01")
    assert result.observations.empty
    assert result.targets.empty
    (band,) = result.unread.itertuples()
    assert band.reason == "range observed"
    assert "以上" in band.text


_FINES_IMPOSED = both_scripts(
    [
        ("对这家公司偷排废水的违法行为处以罚款10万元，同时将案件移送公安机关处理。", "10万元"),
        ("2013年瓦房店市海洋部门对违法填海行为处以1150万元人民币罚款。", "1150万元"),
        ("2022年全市共作出行政处罚决定120件，罚款金额3200万元。", "3200万元"),
        ("污水处理厂日可处理污水5万吨。", "5万吨"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _FINES_IMPOSED)
def test_a_fine_imposed_is_no_legal_bound(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    unit = "吨" if figure.endswith(("吨", "噸")) else "元"
    assert not legal_bound(text, s, e, unit, figure)
    assert _row(text, figure)["table"] == "observations"


# ------------------------------------------------------------- standards set

_STANDARDS_SET = both_scripts(
    [
        (
            "香港跟从世界卫生组织，将二氧化氮的空气质素指标定为年均浓度40微克，要达标属重大挑战。",
            "40",
        ),
        ("世界卫生组织将PM2.5年均浓度准则值设定为5微克/立方米。", "5微克"),
        ("新排放标准规定颗粒物排放浓度不得超过10毫克/立方米。", "10毫克"),
        ("按照排放标准规定，企业排放浓度不得高于50毫克/升。", "50毫克"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _STANDARDS_SET)
def test_a_standard_set_or_bounded_by_its_rule_is_context(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] == "context"
    assert "standard" in str(row["note"])


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("2020年全市PM2.5年均浓度为35微克/立方米，达到国家二级标准。", "35"),
            ("该厂二氧化硫排放浓度为85毫克/立方米，超过排放标准。", "85"),
            ("按照标准规定，该企业实测排放浓度为85毫克/升。", "85"),
        ],
        every_text=True,
    ),
)
def test_a_level_measured_against_a_standard_stays_an_outcome(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "observations"


# ------------------------------------------------------------- a set all of one quality

_ALL_OF_A_QUALITY = both_scripts(
    [
        ("2017年，黄河干流宁夏段监测的6个国控断面均达到Ⅱ类优水质，水质总体好转。", "6个"),
        (
            "黄河干流宁夏段监测的3个国控断面和1个省控断面均为Ⅱ类优水质，与上年相比无明显变化。",
            "3个",
        ),
        (
            "黄河干流宁夏段监测的3个国控断面和1个省控断面均为Ⅱ类优水质，与上年相比无明显变化。",
            "1个",
        ),
        ("2017年，11个洞庭湖湖体断面水质总体为轻度污染，营养状态为中营养。", "11个"),
        ("2021年，全市5个集中式饮用水水源地水质均达标。", "5个"),
        ("2021年，全市4条主要河流水质全部为优。", "4条"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _ALL_OF_A_QUALITY)
def test_a_count_of_a_set_all_of_one_quality_is_its_size(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    unit = figure[-1]
    assert scope_count(text, s, e, unit, "level") is not None
    assert _row(text, figure)["table"] == "context"


_OF_A_QUALITY = both_scripts(
    [
        ("2021年，全国有6个城市均达到二级标准。", "6个"),
        ("2021年，166个城市环境空气质量达标，同比减少2个。", "166个"),
        ("2021年，全市12个重点项目全部完成。", "12个"),
        ("2021年，全市12个重点项目全部建成投运。", "12个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _OF_A_QUALITY)
def test_a_count_of_things_of_a_quality_or_done_is_no_set_size(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, figure[-1], "level") is None


# ------------------------------------------------------------- a whole and its part


_WHOLES = both_scripts(
    [
        (
            "主动做好重大项目环评审批，全省304个省列重大建设项目已完成环评审批203个。",
            "304个",
            "203个",
        ),
        (
            "截至2019年3月底，8省（区）督察整改方案明确的530项整改任务，已完成或基本完成274项。",
            "530项",
            "274项",
        ),
        ("截至6月底，省级生态环保督察反馈意见整改任务315项，已整改完成139项。", "315项", "139项"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "whole", "part"), _WHOLES)
def test_a_whole_whose_part_is_told_done_is_context(text: str, whole: str, part: str) -> None:
    row = _row(text, whole)
    assert row["table"] == "context"
    assert "a part in" in str(row["note"])
    s, e = span_of(text, part)  # the part is no whole of anything
    assert scope_count(text, s, e, part[-1], "level") is None


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("截至2021年底，督察反馈意见整改任务共155项，已完成146项。", "155项"),
            ("审计报告反映的问题为24项，已整改到位20项。", "24项"),
            ("2020年应完成整改的32项问题，已完成整改29项。", "32项"),
        ],
        every_text=True,
    ),
)
def test_a_count_of_a_plans_items_with_a_part_done_is_the_whole(text: str, figure: str) -> None:
    # the reader may file such a sentence as a progress summary: the rule is read directly
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, figure[-1], "level") is not None


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("2021年，检查企业120家，其中80家存在问题。", "120家"),
            ("2021年共完成的30个项目，已全部通过验收。", "30个"),
            ("2021年全市新建的40个污水处理设施，已完成验收35个。", "40个"),
            ("2021年全市共完成整改任务20项，其中已完成销号15项。", "20项"),
        ],
        every_text=True,
    ),
)
def test_a_result_or_a_whole_with_no_counted_part_stays(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, figure[-1], "level") is None


# ------------------------------------------------------------- results told as done

_DONE = both_scripts(
    [
        (
            "今年应完成的整改任务15项，我市自我加压提前完成整改交账5项，其余10项均达到序时进度要求。",
            "5项",
        ),
        ("应于2021年完成的28项任务全部完成，而且提前完成1项本应于2022年完成的任务。", "1项"),
        (
            "至2005年底，全澳路旁栽种的树木合共10,629株。"
            "在环保教育方面，环境委员会及民政总署合共举办157次推广活动。",
            "157次",
        ),
        (
            "至2005年底，全澳路旁栽种的树木合共10,629株。北区监测站共录得35天的数值高于标准值。",
            "35天",
        ),
        ("至2004年底，全澳路旁栽种的树木合共9,529株。另外，环境委员会共接获76宗噪音投诉。", "76宗"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _DONE)
def test_a_result_told_as_done_is_no_target(text: str, figure: str) -> None:
    assert _row(text, figure, at_start=True)["table"] == "observations"


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            (
                "政府优化塑胶购物袋收费计划，2024年的数字显示购物胶袋弃置量持续下降至56408公吨。",
                "56408",
            ),
            ("根据清洁队统计资料显示，2011年度资源回收率达40.26%。", "40.26"),
        ],
        every_text=True,
    ),
)
def test_what_a_data_frame_reports_is_an_outcome(text: str, figure: str) -> None:
    row = row_of(text, figure, published="2025-06-01")
    assert row["table"] == "observations"


_STILL_TARGETS = both_scripts(
    [
        ("超额完成PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标。", "4%"),
        ("力争提前完成整改任务20项。", "20项"),
        ("数据显示，计划到2025年全市PM2.5浓度降至30微克/立方米。", "30"),
        ("到2025年，全市共举办环保培训200次。", "200次"),
        ("2024年全市万元GDP能耗提前完成“十四五”期间降低20%的目标任务。", "20%"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _STILL_TARGETS)
def test_a_promise_stays_a_target(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "targets"
