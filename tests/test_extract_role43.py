"""Roles of hand check 31's classes (role43).

* an average time taken (``所需花费时间平均18.0分钟``, ``平均到场处理时间2.42小时``) is the
  performance reached, an outcome — not a span an act lasts (``进驻一个月``), nor an average
  frequency (``平均每两年…``);
* a duration an arrangement sets (``根据安排，督察组进驻长沙市时间为20天左右``) is context —
  not a count of days measured (``按照工作安排…优良天数达300天``);
* a work plan's minimum written between 至少 and 以上 (``巡查件数至少1,000件以上``) is a
  target — not the count done after it, a distance (``至少60公尺以上``) nor 至少 alone
  (``至少有18处``);
* an estimate of the time so far after a condition (``…若实收罚锾达1200元以上，…，环保局预估
  目前今年约275件符合资格``) is an outcome — not a result said to follow from the condition
  (``若以新标准套用去年，预估告发逾228次``);
* a reward's rate a rule pays (``领取15%检举奖金``, ``核发三种奖励比例，分别为30%…``) is
  context — not a share with no reward's noun near it;
* a task a plan arranges (``今年共安排退耕还林任务2000万亩``, ``安排完成清洁取暖22500户``) and
  the parts a next sentence opened by 其中 gives of it are targets — not a whole done
  (``今年共完成退耕还林…``) nor one arranged already (``累计安排…资金142.8亿元``);
* the date a year's work is done to (``本计画年度各项作业执行至12月31日，共计受理…``) is the end
  of the work reported, as of it: the results after it are outcomes, no deadline lent — not a
  date the work is due by (``须于12月31日前完成…``).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role

# --- an average time taken ------------------------------------------------------------------

AVERAGE_TIMES = [
    ("统计上述受理陈情案件至陈情现场所需花费时间平均18.0分钟。", "18.0分钟"),
    (
        "公害陈情案件管制系统之自我考评成绩：公害陈情案件平均到场处理时间2.42小时、"
        "平均键入处理天数3.7天。",
        "2.42小时",
    ),
    (
        "若剔除重叠案件，则所受理陈情案件至陈情现场平均花费时间缩短为15.0分钟。",
        "15.0分钟",
    ),
    ("噪音陈情案件共312件，噪音陈情平均为13.6分钟。", "13.6分钟"),
]
#: a span of an act, an average frequency: no time taken
NOT_AVERAGE_TIMES = [
    ("中央第一生态环境保护督察组进驻一个月，受理举报520件。", "一个月"),
    ("专项检查平均每两年开展一次，每次为期3天。", "3天"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), AVERAGE_TIMES)
def test_an_average_time_taken_is_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_AVERAGE_TIMES)
def test_a_span_or_a_frequency_is_no_time_taken(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


# --- a duration an arrangement sets ---------------------------------------------------------

ARRANGED = [
    ("根据安排，督察组进驻长沙市时间为20天左右。", "20天左右"),
    (
        "按照工作安排，例行督察进驻地方时间约15天，以听取情况介绍、调阅资料等方式开展工作。",
        "约15天",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ARRANGED)
def test_a_duration_an_arrangement_sets_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_days_measured_after_an_arrangement_are_no_duration(hant: bool) -> None:
    row = _row("按照工作安排，今年全市空气质量优良天数达300天。", "300天", hant=hant)
    assert _role(row) != "context"


# --- a work plan's minimum ------------------------------------------------------------------

BURNING = (
    "（2）禁止露天燃烧巡查件数至少1,000件以上，共完成露天燃烧巡查1,064件次。"
    "（4）专案巡查地点至少10处以上（总巡查次数至少120处次以上），共执行专案巡查120处次。"
)
QUOTAS = [(BURNING, "至少1,000件以上"), (BURNING, "至少10处以上"), (BURNING, "至少120处次以上")]
#: the count done after the quota; a distance; 至少 alone (a count found)
NOT_QUOTAS = [
    (BURNING, "1,064件次"),
    (BURNING, "120处次"),
    ("该厂大门距离作业区至少60公尺以上，现场未见排放。", "60公尺"),
    ("山东省一些地市至少有18处政府主导的大型工程建设项目未经审批侵占湿地公园。", "18处"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), QUOTAS)
def test_a_work_plans_minimum_is_a_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "target"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_QUOTAS)
def test_no_minimum_no_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) != "target"


# --- an estimate of the time so far -----------------------------------------------------------

REWARDS = (
    "依规定，民众检举案若实收罚锾达1200元以上，可按实收罚锾数额领取15%检举奖金，"
    "环保局预估目前今年约275件符合资格，奖金总额约5万元。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["约275件", "约5万元"])
def test_an_estimate_so_far_after_a_condition_is_an_outcome(figure: str, hant: bool) -> None:
    assert _role(_row(REWARDS, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
def test_a_result_said_to_follow_from_a_condition_stays_context(hant: bool) -> None:
    text = "若以新标准套用去年，预估告发逾228次。"
    assert _role(_row(text, "228次", hant=hant)) == "context"


# --- a reward's rate a rule pays --------------------------------------------------------------

HSINCHU = (
    "新竹市政府依据废弃物清理法规定，修正并公布奖励办法，将依违规类型及实收罚锾金额，"
    "核发三种奖励比例，分别为30%、15%及10%，其中，纵容犬只排便未清理案件为30%；"
    "吐槟榔渣、乱丢烟蒂或乱丢垃圾案件为15%；其余案件为10%。"
)
REWARD_RATES = [
    (REWARDS, "15%"),
    (HSINCHU, "30%"),
    (HSINCHU, "15%"),
    (HSINCHU, "10%"),
    ("检举相关案件经查证属实并裁处罚锾者，可领取实收罚锾30%的奖励金。", "30%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), REWARD_RATES)
def test_a_rewards_rate_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_a_share_with_no_reward_near_it_is_no_rate(hant: bool) -> None:
    text = "台中市协调公私场所降载削减率达9%，六都第一，市长到环保署接受颁赠一千万元奖金。"
    assert _role(_row(text, "9%", hant=hant)) == "outcome"


# --- a task a plan arranges -------------------------------------------------------------------

RETURNING = "今年中国共安排退耕还林任务2000万亩。其中退耕地造林400万亩，荒山荒地造林1600万亩。"
PLANNED = [
    (RETURNING, "2000万亩"),
    (RETURNING, "400万亩"),
    (RETURNING, "1600万亩"),
    ("《方案》提出，2020年，安排完成清洁取暖22500户。", "22500户"),
]
NOT_PLANNED = [
    ("今年全国共完成退耕还林2000万亩。其中荒山荒地造林1600万亩。", "1600万亩"),
    ("全省累计安排省级生态环保转移支付资金142.8亿元。", "142.8亿元"),
    ("今年共安排退耕还林任务2000万亩。其中已完成造林1600万亩。", "1600万亩"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PLANNED)
def test_a_task_a_plan_arranges_and_its_parts_are_targets(
    text: str, figure: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant)) == "target"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_PLANNED)
def test_a_task_done_or_arranged_already_is_no_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


# --- the date a year's work is done to -------------------------------------------------------

DONE_TO = (
    "96年度嘉义市空气污染夜间陈情案件处理计画\n"
    "本计画年度各项作业执行至12月31日，共计受理并完成陈情案件稽巡查共1256件。"
    "其中陈情案件属于空气污染类别案件数为562件。"
    "本市陈情案件完成调查数共计279件。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["562件", "279件"])
def test_the_results_after_the_date_work_is_done_to_are_outcomes(figure: str, hant: bool) -> None:
    assert _role(_row(DONE_TO, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
def test_a_date_work_is_due_by_stays_a_deadline(hant: bool) -> None:
    text = "96年度嘉义市空气污染改善计画\n各乡镇须于12月31日前完成稽巡查1256件。"
    assert _role(_row(text, "1256件", hant=hant)) == "target"
