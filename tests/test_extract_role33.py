"""The role of a figure: samples and group sizes, alert bounds, changes over a span observed;
a share's phrase (issue 13, role33).

* The size of a sample a later figure of its sentence is measured on (``访问了1260名市民，结果
  显示只有234名…``, ``共抽查1166车次，其中不合格…``) is context
  (:func:`envindicators.extract._roles.sample_size`); a count of work done (``累计抽查企业
  300家``), a sample with nothing measured on it and a plan's task list (``全区共确定94项
  整改任务``: rectification_measures, as the gold files it) are not.
* A count of objects an amount is summed over (``214个大、中城市生活垃圾产生量为…``) is the
  amount's scope: context (:func:`envindicators.extract._scope_counts.scope_count`).
* The bound that sets off an alert (``PM2.5日平均值≧54μg/m3（相当红色警戒…）``, ``预警值为…``)
  is context, never a target nor a level (:func:`envindicators.extract._roles.alert_bound`);
  a count of alerts or a change stays data.
* A year a change reached with its level written after it (``由105年305站日數增加至111年551
  站日數，提升超過52%``), over at publication, is the end of a span observed: the figures are
  outcomes of that year, not targets (:func:`envindicators.extract._scope.reached_year`).
* A percentage written with its 占 and the whole (``清洁能源消费量占能源消费总量的16.9%``) is
  named as a share, ``<part>占<whole>``, never the part alone; a share with no whole written
  (``施工噪声占4.1%``) is left to the list rules.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pandas as pd
import pytest
from tests.report_rows import figures_of, row_of, span_of
from tests.scripts import both_scripts

from envindicators.extract._indicators import _share_written_after
from envindicators.extract._roles import alert_bound, sample_size
from envindicators.extract._scope import reached_year
from envindicators.extract._scope_counts import scope_count
from envindicators.units import to_simplified

_row = partial(row_of, published="2023-06-01")


def _role(text: str, figure: str, published: str | None = "2023-06-01") -> str:
    """The table of the one row whose figure holds ``figure`` and its role (``context``,
    ``outcome``, ``target``)."""
    r = row_of(text, figure, published=published)
    return "target" if r["table"] == "targets" else str(r["role"])


# ------------------------------------------------------------- samples and task lists

_SAMPLES = both_scripts(
    [
        ("工联会今年7至8月访问了1260名市民，结果显示只有234名市民认为征费有效。", "1260名"),
        ("今年共抽查1166车次，其中不合格车次134车次。", "1166车次"),
        ("执法人员抽查企业30家，发现12家存在超标排放问题。", "30家"),
        ("该局随机抽取了200户居民进行问卷，其中有150户表示满意。", "200户"),
        ("研究团队调查了500名学生，结果表明有320名学生支持垃圾分类。", "500名"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _SAMPLES)
def test_a_sample_a_later_figure_is_measured_on_is_context(text: str, figure: str) -> None:
    assert _role(text, figure) == "context"
    s, e = span_of(text, figure)
    unit = to_simplified(figure).lstrip("0123456789,.")
    assert sample_size(text, s, e, unit) is not None


_PARTS_OF_SAMPLES = both_scripts(
    [
        ("工联会今年7至8月访问了1260名市民，结果显示只有234名市民认为征费有效。", "234名"),
        ("今年共抽查1166车次，其中不合格车次134车次。", "134车次"),
        ("执法人员抽查企业30家，发现12家存在超标排放问题。", "12家"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _PARTS_OF_SAMPLES)
def test_the_part_found_in_a_sample_stays_an_outcome(text: str, figure: str) -> None:
    assert _role(text, figure) == "outcome"


_NOT_SAMPLES = both_scripts(
    [
        ("今年累计抽查企业300家，发现12家存在问题。", "300家"),  # work done: 累计
        ("执法人员抽查企业30家。", "30家"),  # nothing measured on the sample
        ("全年检查企业300家，发现问题企业12家。", "300家"),  # no sampling verb
        ("今年已完成抽查企业120家，其中12家存在问题。", "120家"),  # work done: 已完成
        ("我市接到督察组交办的群众环境投诉信访问题4件，其中涉及靖远县1件。", "4件"),  # 信访
        ("109年可调查件数1,197件，实际完成调查975件，占可调查件数81.5%。", "1,197件"),
        ("走访调研52个有关部门，调阅资料11602份，其中3个部门存在问题。", "52个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _NOT_SAMPLES)
def test_a_count_of_work_or_a_bare_sample_is_no_sample_size(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    unit = to_simplified(figure).lstrip("0123456789,.")
    assert sample_size(text, s, e, unit) is None
    assert _role(text, figure) == "outcome"


_TASK_LISTS = both_scripts(
    [
        ("根据反馈意见，全区共确定94项整改任务，整改责任单位涉及11个地州市。", "94项"),
        ("截至6月底，确定的整改任务已完成85项。", "85项"),
        ("全年完成整改任务32项。", "32项"),
        ("2022年，《督察整改方案》确定了58项整改任务。", "58项"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _TASK_LISTS)
def test_a_plans_task_list_is_no_sample(text: str, figure: str) -> None:
    """A plan's list of tasks is the registry's rectification_measures (an outcome, as the
    bundled tables file 制定了8大类26项强化措施), not a sample's size."""
    s, e = span_of(text, figure)
    assert sample_size(text, s, e, "项") is None


# ------------------------------------------------------------- an amount's scope

_AMOUNT_SCOPES = both_scripts(
    [
        ("2016年，214个大、中城市生活垃圾产生量为18850.5万吨，处置量为18684.4万吨。", "214个"),
        ("全省12家企业废水排放量为200万吨。", "12家"),
        ("2020年，全国337个城市用水总量达到500亿立方米。", "337个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _AMOUNT_SCOPES)
def test_the_objects_an_amount_is_summed_over_are_its_scope(text: str, figure: str) -> None:
    assert _role(text, figure) == "context"
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, to_simplified(figure)[-1], "level") is not None


_AMOUNTS_OF_WORK = both_scripts(
    [
        ("今年关停30家企业，减少排放量为100吨。", "30家"),
        ("新建12座污水处理厂，处理能力达到50万吨/日。", "12座"),
        ("完成8家企业排放量核定工作。", "8家"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _AMOUNTS_OF_WORK)
def test_a_count_of_work_before_an_amount_stays_an_outcome(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, to_simplified(figure)[-1], "level") is None


def test_the_amount_itself_stays_an_outcome() -> None:
    text = "2016年，214个大、中城市生活垃圾产生量为18850.5万吨。"
    assert _role(text, "18850.5万吨") == "outcome"


# ------------------------------------------------------------- alert bounds

_ALERT_BOUNDS = both_scripts(
    [
        ("计算方式：1天中有1站PM2.5日平均值≧54μg/m3（相当红色警戒），即算1次。", "≧54"),
        ("截至8月底，全国红色警示站日数（PM2.5日平均浓度≧54μg/m3）为13站次。", "≧54"),
        ("当臭氧小时浓度超过200微克/立方米时，启动橙色预警。", "200微克"),
        ("按照应急预案，PM2.5预警值为150微克/立方米。", "150微克"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _ALERT_BOUNDS)
def test_an_alerts_bound_is_context(text: str, figure: str) -> None:
    assert _role(text, figure) == "context"


def test_an_alerts_bound_under_a_target_heading_is_no_target() -> None:
    text = "降低PM2.5红色警示目标\n说明：1天中有1站PM2.5日平均值≧54μg/m3（相当红色警戒），即算1次。"
    assert _role(text, "≧54") == "context"


_ALERT_DATA = both_scripts(
    [
        ("今年PM2.5达红色警示的站日数为45次，较去年下降超过70%。", "45次"),
        ("今年PM2.5达红色警示的站日数为45次，较去年下降超过70%。", "70%"),
        ("112年截至11月本县共计有18日空气品质警示。", "18日"),
        ("上半年，全省发布重污染天气黄色预警，重度污染天数比例为0.1%。", "0.1%"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _ALERT_DATA)
def test_counts_of_alerts_and_changes_are_no_alert_bound(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    unit = "%" if figure.endswith("%") else to_simplified(figure).lstrip("0123456789,.")
    assert alert_bound(text, s, e, unit, figure) is None


# ------------------------------------------------------------- a span observed

_SPANS = both_scripts(
    [
        (
            "在良好日数部分，由105年305站日数增加至111年551站日数，提升超过52%以上。",
            ["551站日", "52%"],
            2022,
        ),
        ("全县红害日数较2017年62站日下降至2022年3站日，减少超过95%。", ["3站日", "95%"], 2022),
        ("全市PM2.5浓度从2015年的58微克下降到2020年的35微克。", ["35微克"], 2020),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figures", "year"), _SPANS)
def test_a_year_a_change_reached_before_publication_is_observed(
    text: str, figures: list[str], year: int
) -> None:
    rows = figures_of(text, published="2023-06-01")
    for figure in figures:
        r = rows[
            rows["value_text"].map(to_simplified).str.contains(to_simplified(figure), regex=False)
        ]
        assert len(r) == 1, rows[["value_text", "table"]]
        assert r.iloc[0]["table"] == "observations"
        assert pd.Timestamp(r.iloc[0]["period_end"]).year == year


_PLANNED_SPANS = both_scripts(
    [
        ("规划提出，全市优良天数比例由2020年的80%提高到2025年的85%以上。", "85%"),
        ("全市PM2.5浓度从2015年的58微克下降到2025年的30微克。", "30微克"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _PLANNED_SPANS)
def test_a_span_that_ends_after_publication_stays_a_target(text: str, figure: str) -> None:
    assert row_of(text, figure, published="2021-06-01")["table"] == "targets"


def test_a_span_with_no_publication_date_is_left_as_it_was() -> None:
    text = "由105年305站日數增加至111年551站日數，提升超過52%以上"
    d = pd.DataFrame({"start": [14], "end": [18], "last_day": [pd.Timestamp("2022-12-31")]})
    assert reached_year(text, d, 0, dt.date(2023, 1, 1))
    assert not reached_year(text, d, 0, None)
    assert not reached_year(text, d, 0, dt.date(2022, 6, 1))


def test_a_year_with_no_base_level_is_a_deadline_still() -> None:
    text = "全市优良天数比例提高至2022年85%以上"
    at = text.index("2022")
    d = pd.DataFrame({"start": [at], "end": [at + 5], "last_day": [pd.Timestamp("2022-12-31")]})
    assert not reached_year(text, d, 0, dt.date(2023, 1, 1))


# ------------------------------------------------------------- a share's phrase

_SHARES = both_scripts(
    [
        (
            "2014年，水电、风电、核电、天然气等清洁能源消费量占能源消费总量的16.9%。",
            "16.9%",
            "清洁能源消费量占能源消费总量",
        ),
        (
            "2021年1-9月，沙尘天气影响导致的超标天数占总超标天数的54.7%。",
            "54.7%",
            "超标天数占总超标天数",
        ),
        (
            "2016年，全国地表水达到Ⅲ类的城市占全部城市数的46.6%。",
            "46.6%",
            "城市占全部城市数",
        ),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure", "phrase"), _SHARES)
def test_a_percentage_written_with_its_zhan_is_named_as_a_share(
    text: str, figure: str, phrase: str
) -> None:
    r = _row(text, to_simplified(figure) if figure.isascii() else figure)
    assert str(r["indicator"]).startswith("proposed_")
    assert to_simplified(phrase) in to_simplified(str(r["subject"]))


_SHARES_NAMED = both_scripts(
    [
        ("2014年，煤炭消费量占能源消费总量的66%。", "66%", "coal_share_energy_consumption"),
        ("2020年，全市优良天数比例为80%。", "80%", "good_air_days_share"),
    ],
    every_text=True,
)


_SHARES_NO_WHOLE = both_scripts(
    [
        ("2016年，生活噪声（含无明显噪声）占63.6%，施工噪声占4.1%。", "施工噪声", "4.1"),
        ("2020年，全省工业固体废物产生量为1.2亿吨，其中尾矿占45%。", "尾矿", "45"),
        ("其中完成调查共1198件占85%。", "完成调查共1198件", "85"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "part", "number"), _SHARES_NO_WHOLE)
def test_a_share_with_no_whole_written_is_left_to_the_list_rules(
    text: str, part: str, number: str
) -> None:
    assert _share_written_after(part, text, text.index(number) - 1) is None


@pytest.mark.parametrize(("text", "figure", "code"), _SHARES_NAMED)
def test_registry_shares_and_named_shares_are_unchanged(text: str, figure: str, code: str) -> None:
    assert _row(text, figure)["indicator"] == code
