"""read_report: which figures become rows, and with which role (issue 13, precision)."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import sentences, with_context

from envindicators.extract import read_report


def _rows(text: str, published: str = "2023-01-01") -> tuple[pd.DataFrame, pd.DataFrame]:
    r = read_report(text, source="x.txt", published=published)
    return pd.concat([r.observations, r.context], ignore_index=True), r.targets  # with context


# --------------------------------------------------------------------- one row per figure
@settings(max_examples=15, deadline=None)
@given(sentences(), st.sampled_from(["", "\n（一）总体情况\n", "\n"]), st.booleans())
def test_a_figure_stated_again_is_one_row(
    case: tuple[str, dict[str, object]], between: str, comma: bool
) -> None:
    text, _ = case
    title, body = text.split("\n", 1)
    again = body
    if comma:  # the repeat written with a comma after its opening date
        again = re.sub(r"^(\D*\d{4}年)(?!，)", r"\1，", body)
    once = read_report(text, source="gen.txt")
    twice = read_report(f"{title}\n{body}{between}{again}", source="gen.txt")
    cols = ["indicator", "region", "period_end", "kind", "value"]
    pd.testing.assert_frame_equal(
        twice.observations[cols].reset_index(drop=True), once.observations[cols]
    )
    stated_again = twice.unread[twice.unread["reason"].str.contains("stated again")]
    assert len(stated_again) == len(once.observations)  # nothing dropped silently
    assert len(twice.provenance) == len(once.provenance)
    assert set(twice.provenance["id"]) == set(twice.observations["obs_id"])


@pytest.mark.parametrize(
    "text",
    [
        "抽查发现，晋能集团保安等3家煤矿存在问题。晋能集团张家湾矿等3家煤矸石堆场存在自燃情况。",
        "截至目前，累计削坡20余万立方米，覆土20余万立方米。",
    ],
)
def test_the_same_number_of_other_things_stays_two_rows(text: str) -> None:
    obs, _ = _rows(text)
    assert len(obs) == 2


def test_a_repeated_target_is_one_row() -> None:
    text = (
        "江西省整改方案\n一、总体目标\n确保生态质量持续改善，全省森林覆盖率大于63%。\n"
        "二、具体措施\n确保生态质量持续改善，全省森林覆盖率大于63%，新增一批自然保护区。\n"
    )
    _, tgt = _rows(text, "2016-12-01")
    assert len(tgt) == 1
    assert tgt["indicator"].iloc[0] == "forest_cover"


# --------------------------------------------------------------------- targets or not
@pytest.mark.parametrize(
    ("title", "is_target"),
    [
        ("《某市水污染防治2030年行动计划》", False),
        ("《淘汰落后产能目标任务责任书》", False),
        ("水污染防治计划", True),  # the word is the report's own, not a title's
    ],
)
def test_a_commitment_word_inside_a_documents_title_is_no_promise(
    title: str, is_target: bool
) -> None:
    text = f"太原市制定{title}，新建污水管网86.46公里。"
    obs, tgt = _rows(text, "2018-09-28")
    assert len(obs) + len(tgt) == 1
    assert (len(tgt) == 1) is is_target


@pytest.mark.parametrize(
    ("clause", "is_target"),
    [
        ("目前市区污水处理率已达到90%以上", False),
        ("市区污水处理率已经达到90%以上", False),
        ("确保市区污水处理率已达到90%以上", True),  # the clause itself promises
        ("市区污水处理率达到90%以上", True),
    ],
)
def test_a_figure_stated_as_reached_is_no_target(clause: str, is_target: bool) -> None:
    text = f"临汾市印发方案，到2020年底全面完成整改。{clause}。"
    obs, tgt = _rows(text, "2018-09-28")
    rows = pd.concat([obs.assign(t="o"), tgt.assign(t="t")])
    row = rows[rows["value_text"].astype(str).str.startswith("90%")]
    assert len(row) == 1
    assert (row["t"].iloc[0] == "t") is is_target


@pytest.mark.parametrize(
    ("sentence", "figure", "is_target"),
    [
        ("祁连山自然保护区武威段55宗矿业权已全部分类退出。", "55宗", False),
        ("全省仍有225台在用燃煤锅炉未安装环保设施。", "225台", False),
        ("目前全省共有7个市州未建成备用水源。", "7个", False),
        ("城市建成区29台燃煤锅炉未按要求淘汰。", "29台", False),
        ("按要求全省淘汰燃煤锅炉29台。", "29台", True),  # 按要求 names no promise
        ("计划淘汰燃煤锅炉29台。", "29台", True),
        ("到2020年，全省共有29台燃煤锅炉完成改造。", "29台", True),  # its own deadline
    ],
)
def test_a_state_found_or_reached_under_a_deadline_is_no_target(
    sentence: str, figure: str, is_target: bool
) -> None:
    text = f"整改目标：2020年底前完成整改。{sentence}"
    obs, tgt = _rows(text, "2019-06-01")
    rows = pd.concat([obs.assign(t="o"), tgt.assign(t="t")])
    row = rows[rows["value_text"].astype(str).str.endswith(figure)]
    assert len(row) == 1
    assert (row["t"].iloc[0] == "t") is is_target


# --------------------------------------------------------------------- no measurement
@pytest.mark.parametrize(
    ("text", "figure", "reason"),
    [
        ("2018年，全省淘汰10蒸吨及以下燃煤锅炉225台。", "10蒸吨及以下", "threshold"),
        ("2018年，全省淘汰20蒸吨/小时以上燃煤锅炉27台。", "20蒸吨/小时以上", "threshold"),
        ("2017年，禁止新上日产2000吨以下新型干法水泥生产线3条。", "2000吨以下", "threshold"),
        ("2018年，取缔建成区10吨以下燃煤小锅炉39台。", "10吨以下", "threshold"),
        ("2017年，针对反馈意见梳理出4个方面的问题，形成整改台账。", "4个", "categories"),
        ("2017年，以整改方案确定的2类整改任务为基准，逐项推进。", "2类", "categories"),
        ("一、例行督察反馈问题整改措施清单（9项）\n", "9项", "heading's list"),
    ],
)
def test_figures_describing_the_objects_or_the_list_are_context(
    text: str, figure: str, reason: str
) -> None:
    r = read_report(text, source="x.txt", published="2019-01-01")
    assert r.targets[r.targets["value_text"].astype(str).str.endswith(figure)].empty
    rows = r.context[r.context["value_text"].astype(str).str.endswith(figure)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["role"] == "context"
    assert row["confidence"] == "low"
    assert row["needs_review"]
    assert reason in row["note"]


@pytest.mark.parametrize(
    "text",
    [
        "2018年，全省淘汰燃煤锅炉225台。",
        "2020年，全省完成营造林600万亩以上。",
        "2020年，全省90%以上村庄生活垃圾得到有效治理。",
        "2018年，岚县污水处理厂二期工程（1万吨/日）建成投运。",
    ],
)
def test_measurements_with_a_bound_or_in_parentheses_stay_outcomes(text: str) -> None:
    obs, tgt = _rows(text, "2021-01-01")
    rows = pd.concat([obs, tgt])
    assert len(rows) >= 1
    assert not (obs["role"] == "context").any()


# --------------------------------------------------------------------- progress summaries
def _summary(text: str) -> pd.DataFrame:
    return read_report(text, source="x.txt", published="2020-01-01").progress_summaries


@settings(max_examples=20, deadline=None)
@given(
    st.integers(10, 200),
    st.lists(st.sampled_from(["基本完成", "未完成", "达到序时进度"]), min_size=0, max_size=3,
             unique=True),
    st.sampled_from(["", "，经核实", "，其中："]),
    st.booleans(),
)  # fmt: skip
def test_a_statement_gives_one_row_per_category(
    total: int, more: list[str], filler: str, rate: bool
) -> None:
    counts = [total // 2] + [1 + i for i in range(len(more))]
    parts = [f"已完成{counts[0]}项"] + [f"{w}{c}项" for w, c in zip(more, counts[1:], strict=True)]
    tail = "，总体任务完成率达到79%" if rate else ""
    s = _summary(f"山西省整改任务共{total}项{filler}，{'，'.join(parts)}{tail}。")
    assert len(s) == 1 + len(more)
    assert s["summary_id"].nunique() == 1  # one statement
    assert (s["total"] == total).all()
    assert s["count"].tolist() == counts
    assert s["category"].tolist() == [
        "completed", *({"基本完成": "basically_completed", "未完成": "not_completed",
                        "达到序时进度": "on_schedule"}[w] for w in more)]  # fmt: skip
    assert s["subject"].iloc[0] == "山西省整改任务"
    if rate:
        assert (s["reported_rate"] == 79.0).all()
    else:
        assert s["reported_rate"].isna().all()


def test_counts_before_their_status_and_a_statement_written_twice() -> None:
    sentence = (
        "截至目前，58项整改任务中，已有13项基本完成整改，38项按照序时进度有序推进，"
        "5项尚未达到序时进度。"
    )
    s = _summary(sentence + "\n" + sentence)
    assert s["category"].tolist() == ["basically_completed", "on_schedule", "behind_schedule"]
    assert s["count"].tolist() == [13, 38, 5]
    assert (s["subject"] == "整改任务").all()


@pytest.mark.parametrize(
    ("text", "n_rate_rows"),
    [
        ("第一轮督察反馈的52项整改任务已完成48项，信访件办结率为96.5%。", 1),  # another subject
        ("交办的6991件群众信访投诉案件，已办结6591件，办结率94%。", 0),  # the statement's own
    ],
)
def test_a_rate_belongs_to_the_statement_of_its_verb(text: str, n_rate_rows: int) -> None:
    s = _summary(text)
    assert (s["category"] == "rate").sum() == n_rate_rows
    if not n_rate_rows:
        assert s["reported_rate"].tolist() == [94.0]


def test_a_list_of_counts_done_is_no_total() -> None:
    s = _summary("2017年，完成487个村环境综合整治工作，完成330个村生活垃圾分类减量工作。")
    assert not (s["total"] == 487).any()


def test_cases_closed_in_stages_or_not_closed_are_their_own_categories() -> None:
    s = _summary("受理信访件395件，已办结151件，阶段性办结209件，未办结35件。")
    assert s["category"].tolist() == ["closed", "closed_in_stages", "not_closed"]
    assert s["count"].tolist() == [151, 209, 35]
    assert (s["total"] == 395).all()


def test_the_figures_of_a_statement_are_no_observations_even_when_written_twice() -> None:
    sentence = "山西省整改任务共62项，经核实，已完成18项，基本完成22项，总体任务完成率达到79%。"
    r = read_report(sentence + "\n" + sentence, source="x.txt", published="2020-01-01")
    assert with_context(r).empty
    assert r.progress_summaries["reported_rate"].tolist() == [79.0, 79.0]


# --------------------------------------------------------------------- commitment or done
def _role_of(text: str, figure: str, published: str = "2023-06-01") -> str:
    """``'t'`` when the figure starting with ``figure`` is a target, ``'o'`` otherwise."""
    obs, tgt = _rows(text, published)
    rows = pd.concat([obs.assign(t="o"), tgt.assign(t="t")])
    row = rows[rows["value_text"].astype(str).str.contains(figure, regex=False)]
    assert len(row) == 1, rows[["value_text", "t"]]
    return str(row["t"].iloc[0])


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        # future and plan words make a promise (both scripts)
        ("某县明年将启动污水处理三期工程，总投资有望超过12亿元。", "12亿元", "t"),
        ("某縣明年將啟動污水處理三期工程，總投資有望超過12億元。", "12億元", "t"),
        ("约束性指标：全县城市污水处理率达到95%。", "95%", "t"),
        ("約束性指標：全縣城市污水處理率達到95%。", "95%", "t"),
        # a statement that the target was met is an outcome
        ("2022年，全市地表水优良比例为91.7%，均达到年度水质目标要求。", "91.7%", "o"),
        ("2022年，全市地表水優良比例為91.7%，均達到年度水質目標要求。", "91.7%", "o"),
        ("2022年，全市24个断面中有20个达到水质目标要求，达标率为83.3%。", "83.3%", "o"),
        ("2022年，全市24個斷面中有20個達到水質目標要求，達標率為83.3%。", "83.3%", "o"),
        # but a met statement under a promise stays one
        ("力争全市地表水优良比例达到91.7%，完成省定目标任务。", "91.7%", "t"),
    ],
)
def test_plan_words_promise_and_a_target_met_is_an_outcome(
    text: str, figure: str, role: str
) -> None:
    assert _role_of(text, figure) == role


@pytest.mark.parametrize(
    "text",
    [
        "据统计，6月5日至6月11日，全市受理群众举报86件，责令整改12家，立案处罚5家。",
        "據統計，6月5日至6月11日，全市受理群眾舉報86件，責令整改12家，立案處罰5家。",
        "本周全市受理群众举报86件（部分为6月5日之前受理），责令整改12家，立案处罚5家。",
    ],
)
def test_a_reporting_frame_states_outcomes_not_deadlines(text: str) -> None:
    obs, tgt = _rows(text, "2023-06-12")
    assert len(obs) >= 2
    assert tgt.empty


_INDICATOR_PHRASES = ["城市污水处理率", "森林覆盖率", "空气质量优良天数比例"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["力争", "计划", "明年将", "下一步将", "确保"]),
    st.sampled_from(["已", "据统计，当年已", "截至目前，已经"]),
    st.sampled_from(_INDICATOR_PHRASES),
    st.integers(500, 990),
    st.booleans(),
)
def test_plan_marker_makes_a_target_and_done_marker_an_outcome(
    plan: str, done: str, phrase: str, tenths: int, trad: bool
) -> None:
    figure = f"{tenths / 10}%"
    promise = f"某市环境状况\n{plan}全市{phrase}达到{figure}。"
    reached = f"某市环境状况\n{done}全市{phrase}达到{figure}。"
    if trad:
        table = str.maketrans("环状况划将确计达统当经市气质优数处盖"
                              , "環狀況劃將確計達統當經市氣質優數處蓋")  # fmt: skip
        promise, reached = promise.translate(table), reached.translate(table)
    assert _role_of(promise, figure, "2020-06-01") == "t"
    assert _role_of(reached, figure, "2020-06-01") == "o"


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        # an aside in parentheses promises nothing for the figures after it
        ("2022年，全市优良天数比例为88.2%（年度目标为85%），同比上升1.5个百分点。", "1.5个", "o"),
        ("2022年，全市優良天數比例為88.2%（年度目標為85%），同比上升1.5個百分點。", "1.5個", "o"),
        ("2022年，全市优良天数比例为88.2%（年度目标为85%），同比上升1.5个百分点。", "85%", "t"),
        # a plan named as the means or the cause
        ("随着垃圾分类三年计划的实施，2022年全市生活垃圾回收利用率为41.5%。", "41.5%", "o"),
        ("隨著垃圾分類三年計劃的實施，2022年全市生活垃圾回收利用率為41.5%。", "41.5%", "o"),
        # an obligation, and the state found against it after a contrast
        ("8个污水治理项目应于2021年底前完成，但目前仍有3个未完工。", "3个", "o"),
        ("8個污水治理項目應於2021年底前完成，但目前仍有3個未完工。", "3個", "o"),
        ("5座矿山应完成复垦面积4300公顷，目前已复垦1200公顷。", "4300", "t"),
        ("5座矿山应完成复垦面积4300公顷，目前已复垦1200公顷。", "1200", "o"),
        # an as-of date is no deadline: a share of a later target reached
        ("截至2022年年底，全省新增污水管网仅完成2025年目标任务的37%。", "37%", "o"),
        ("截至2022年年底，全省新增污水管網僅完成2025年目標任務的37%。", "37%", "o"),
        # the value of a target, whatever else the sentence reports
        ("2022年，全市城市污水处理率为93.5%，年度目标值为92%，均已达成年度目标。", "92%", "t"),
        ("2022年，全市城市污水處理率為93.5%，年度目標值為92%，均已達成年度目標。", "92%", "t"),
        ("2022年，全市城市污水处理率为93.5%，年度目标值为92%，均已达成年度目标。", "93.5%", "o"),
        # 约束性指标 as a noun is no label of a promise
        ("2022年，全市优良天数比例为86.1%，优于年度约束性指标2.1个百分点。", "2.1个", "o"),
    ],
)
def test_asides_means_obligations_and_target_values(text: str, figure: str, role: str) -> None:
    assert _role_of(text, figure) == role


# --------------------------------------------------------------------- role13c: context figures
@pytest.mark.parametrize(
    ("text", "figure", "reason"),
    [
        # a comparison sign after an index: the band of the index, no value of it
        ("2021年，空气质量不良（AQI>100）天数为31天，同比减少5天。", ">100", "index's band"),
        ("2021年，空氣品質不良（AQI>100）天數為31天，同比減少5天。", ">100", "index's band"),
        ("2020年，某县PSI值<50的良好日数为201天。", "<50", "index's band"),
        ("2020年，某縣AQI≤100之日數比率為83.4%。", "≤100", "index's band"),
        # a comparison word, then 的/之 and the things it sets apart
        ("2019年，优良天数比例高于90%的城市有12个。", "高于90%", "sets apart"),
        ("2019年，優良天數比例高於90%的城市有12個。", "高於90%", "sets apart"),
        ("2019年，二氧化硫排放量超过50万吨的省份依次为甲省和乙省。", "超过50万吨", "sets apart"),
        ("2019年，二氧化硫排放量超過50萬噸的省份依次為甲省和乙省。", "超過50萬噸", "sets apart"),
        # the layout of a survey or a monitoring network
        ("2022年，研究区以500 m网格布设64个测点。", "64个", "design"),
        ("2022年，研究區以500 m網格佈設64個測點。", "64個", "design"),
        ("2022年，在全市干线道路设置监测点位37个。", "37个", "design"),
        ("2022年，在全市幹線道路設置監測點位37個。", "37個", "design"),
        ("2022年，课题组在湖区采集沉积物样品48个。", "48个", "design"),
    ],
)
def test_class_bounds_and_survey_designs_are_context(text: str, figure: str, reason: str) -> None:
    r = read_report(text, source="x.txt", published="2023-06-01")
    assert r.targets[r.targets["value_text"].astype(str).str.contains(figure, regex=False)].empty
    rows = r.context[r.context["value_text"].astype(str).str.contains(figure, regex=False)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["role"] == "context"
    assert row["needs_review"]
    assert reason in row["note"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a bound that is the figure's own value
        ("2022年，全市优良天数比例高于88%。", "高于88%"),
        ("2022年，全市優良天數比例高於88%。", "高於88%"),
        ("2022年，全市空气质量优良率均在88%以上。", "88%"),
        # a network built, or a layout reported as work done
        ("2022年，全市新设置空气监测点位26个。", "26个"),
        ("2022年，全市新設置空氣監測點位26個。", "26個"),
        ("2022年，完成全市土壤详查布点工作，共布设监测点位2600个。", "2600个"),
        ("2022年，完成全市土壤詳查布點工作，共佈設監測點位2600個。", "2600個"),
    ],
)
def test_own_bounds_and_networks_built_are_no_context(text: str, figure: str) -> None:
    obs, tgt = _rows(text, "2023-06-01")
    rows = obs[obs["value_text"].astype(str).str.contains(figure, regex=False)]
    assert len(rows) == 1
    assert rows["role"].iloc[0] == "outcome"
    assert tgt.empty


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        # a tally of acts done is an outcome, even under a target named before it
        ("截至6月20日，督察组累计走访问询有关部门和单位86个。", "86个", "o"),
        ("截至6月20日，督察組累計走訪問詢有關部門和單位86個。", "86個", "o"),
        ("全市削减目标值为30吨，2022年共削减氮氧化物412吨。", "412吨", "o"),
        ("全市削減目標值為30噸，2022年共削減氮氧化物412噸。", "412噸", "o"),
        ("全市削减目标值为30吨，2022年共削减氮氧化物412吨。", "30吨", "t"),
        # a tally under a promise or a deadline stays a target
        ("计划2024年共完成锅炉改造75台。", "75台", "t"),
        ("到2025年，全省累计完成造林150万亩。", "150万亩", "t"),
        ("到2025年，全省累計完成造林150萬畝。", "150萬畝", "t"),
        # a plan's choice of projects is a promise; projects chosen and done are outcomes
        ("《某市2021年减排计划》印发，确定实施污染物减排项目64个。", "64个", "t"),
        ("《某市2021年減排計劃》印發，確定實施污染物減排項目64個。", "64個", "t"),
        ("年初已确定实施的27个项目全部完成。", "27个", "o"),
        ("年初已確定實施的27個項目全部完成。", "27個", "o"),
        # a plan named in an earlier clause makes no promise of a figure reported after it
        ("安排实施河道治理工程，2022年全市断面水质优良比例为84.6%。", "84.6%", "o"),
    ],
)
def test_tallies_done_and_plans_chosen(text: str, figure: str, role: str) -> None:
    assert _role_of(text, figure, "2023-06-01") == role


_TARGET_HEADINGS = ["二、工作目标", "（一）约束性指标。", "1.大气改善目标", "三、主要目标："]
_TARGET_HEADINGS_TRAD = ["二、工作目標", "（一）約束性指標。", "1.大氣改善目標", "三、主要目標："]


@settings(max_examples=12, deadline=None)
@given(
    st.integers(0, 3),
    st.sampled_from(
        [
            ("全市细颗粒物年均浓度达{v}微克/立方米。", "全市細顆粒物年均濃度達{v}微克/立方米。"),
            ("全市城市污水处理率控制在{v}%以上。", "全市城市污水處理率控制在{v}%以上。"),
            (
                "甲县、乙县优良天数分别达到{v}天和210天。",
                "甲縣、乙縣優良天數分別達到{v}天和210天。",
            ),
        ]
    ),
    st.integers(31, 89),
    st.booleans(),
)
def test_figures_under_a_target_heading_are_targets_until_the_next_heading(
    which: int, sentence: tuple[str, str], v: int, trad: bool
) -> None:
    heading = (_TARGET_HEADINGS_TRAD if trad else _TARGET_HEADINGS)[which]
    body = sentence[trad].format(v=v)
    after = "三、重點任務" if trad else "三、重点任务"
    text = f"某市大气污染防治方案\n{heading}\n{body}\n{after}\n{body}\n"
    r = read_report(text, source="x.txt")
    tgt = r.targets[r.targets["value_text"].astype(str).str.contains(str(v))]
    obs = with_context(r)[with_context(r)["value_text"].astype(str).str.contains(str(v))]
    assert len(tgt) == 1  # under the heading: a target, marked as read from the heading
    assert tgt["needs_review"].iloc[0]
    assert tgt["confidence"].iloc[0] != "high"
    assert "heading" in tgt["note"].iloc[0]
    assert len(obs) == 1  # after the next heading: no longer


@pytest.mark.parametrize(
    "text",
    [
        # the clause states the figure as reached
        "二、工作目标\n2022年，全市细颗粒物年均浓度已降至34微克/立方米。\n",
        "二、工作目標\n2022年，全市細顆粒物年均濃度已降至34微克/立方米。\n",
        # a count of problems under the heading names no level to reach
        "二、整改目标\n对反馈意见归纳整理出的16项问题逐项整改。\n",
        "二、整改目標\n對反饋意見歸納整理出的16項問題逐項整改。\n",
        # a heading of what was reached is no target heading
        "二、目标完成情况\n全市细颗粒物年均浓度达34微克/立方米。\n",
    ],
)
def test_figures_under_a_target_heading_that_say_otherwise_are_no_targets(text: str) -> None:
    r = read_report(text, source="x.txt", published="2023-06-01")
    assert r.targets.empty
