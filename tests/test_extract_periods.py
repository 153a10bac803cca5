"""Periods and regions of ``read_report`` (issue 13, branch period13): each class of rule."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context

from envindicators.extract import read_report

# ---------------------------------------------------------------------------------------
# X以来 / X至今: a span up to the time of writing
# ---------------------------------------------------------------------------------------
SINCE = st.sampled_from(["以来", "至今"])


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(2010, 2022),
    month=st.one_of(st.none(), st.integers(1, 12)),
    since=SINCE,
    n=st.integers(2, 999),
    published=st.booleans(),
)
def test_since_runs_from_the_date_to_the_time_of_writing(
    year: int, month: int | None, since: str, n: int, published: bool
) -> None:
    when = f"{year}年" + (f"{month}月" if month else "")
    text = f"{when}{since}，山东省共立案查处环境违法案件{n}件。"
    pub = "2023-06-30" if published else None
    o = read_report(text, source="x.txt", published=pub).observations
    assert len(o) == 1
    row = o.iloc[0]
    assert row["period_start"] == pd.Timestamp(year, month or 1, 1)
    assert row["period_text"] == when + since
    if published:
        assert row["period_end"] == pd.Timestamp("2023-06-30")
    else:  # the time of writing is not in the text: left empty, for review
        assert pd.isna(row["period_end"])
        assert row["needs_review"]
        assert "time of writing" in row["note"]


@pytest.mark.parametrize("word", ["截至目前", "截止目前", "截至当前", "截止到目前"])
def test_as_of_now_is_the_publication_date_or_nothing(word: str) -> None:
    # an earlier date of the paragraph is not the figure's: 截至目前 stands between
    text = f"2021年，省委部署整改工作。{word}，山东省已建成污水处理厂58座。"
    dated = read_report(text, source="x.txt", published="2023-06-30").observations
    assert dated["period_end"].tolist() == [pd.Timestamp("2023-06-30")]
    assert dated["period_text"].tolist() == [word]
    undated = read_report(text, source="x.txt").observations
    assert undated["period_end"].isna().all()
    assert undated["needs_review"].all()


# ---------------------------------------------------------------------------------------
# Five-year plans
# ---------------------------------------------------------------------------------------
PLANS = {"十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}


@pytest.mark.parametrize("numeral", sorted(PLANS))
@pytest.mark.parametrize("form", ["“{n}五”期间", "{n}五时期", "第{n}个五年规划期间"])
def test_a_five_year_plan_is_its_five_years(numeral: str, form: str) -> None:
    text = form.format(n=numeral) + "，山东省共建成污水处理厂12座。"
    o = read_report(text, source="x.txt").observations
    first = PLANS[numeral]
    assert o["period_start"].tolist() == [pd.Timestamp(first, 1, 1)]
    assert o["period_end"].tolist() == [pd.Timestamp(first + 4, 12, 31)]


def test_a_plan_target_is_due_at_its_end_and_changes_are_against_the_year_before() -> None:
    text = "完成省上下达我市“十三五”煤炭消费总量累计增长5%的目标任务。"
    t = read_report(text, source="x.txt", region="武威市", published="2018-01-10").targets
    assert len(t) == 1
    assert t["deadline"].iloc[0] == pd.Timestamp("2020-12-31")
    assert t["baseline_year"].iloc[0] == 2015


def test_a_plan_level_in_its_own_years_is_no_promise() -> None:
    # published inside the plan's years: the figure is not made a target by the date alone
    text = "全省“十三五”规划纲要包含资源环境16项约束性指标。"
    r = read_report(text, source="x.txt", region="甘肃省", published="2020-07-30")
    assert r.targets.empty
    assert with_context(r)["period_end"].tolist() == [pd.Timestamp("2020-12-31")]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [("“十四五”期初", "2020-01-01", "2020-12-31"), ("“十三五”末", "2020-01-01", "2020-12-31")],
)
def test_start_and_end_of_a_plan(written: str, start: str, end: str) -> None:
    from envindicators.extract._reader import _dates

    d = _dates(f"较{written}提升5.3个百分点", None)
    assert d[["first_day", "last_day"]].iloc[0].tolist() == [pd.Timestamp(start), pd.Timestamp(end)]


@pytest.mark.parametrize("text", ["共有二十五个城市。", "排名第十五，", "十五个县区完成"])
def test_numbers_ending_in_five_are_no_plan(text: str) -> None:
    from envindicators.extract._reader import _dates

    assert _dates(text, None).empty


@pytest.mark.parametrize("span", ["“十三五”期间", "“十三五”以来", "2016年以来"])
def test_a_plan_or_since_span_of_another_sentence_does_not_date_a_figure(span: str) -> None:
    text = f"{span}全省水质持续改善，实现“七连升”；劣Ⅴ类断面比例为0.7%。"
    o = read_report(text, source="x.txt", region="全国").observations
    row = o[o["value_text"] == "0.7%"]
    assert len(row) == 1
    assert row["period_start"].isna().all()
    assert row["period_end"].isna().all()


# ---------------------------------------------------------------------------------------
# A date that frames the paragraphs after it in its block
# ---------------------------------------------------------------------------------------
@settings(max_examples=20, deadline=None)
@given(
    year=st.integers(2012, 2023),
    part=st.sampled_from(["9月", "上半年", "第三季度", "1—8月", ""]),
    level=st.integers(10, 99),
)
def test_a_framing_date_dates_the_next_paragraphs_of_its_block(
    year: int, part: str, level: int
) -> None:
    text = (
        "一、空气环境\n"
        f"{year}年{part}，全市环境空气质量综合指数为4.78。\n"
        f"全市六项污染物浓度：PM2.5为{level}μg/m3。\n"
        "二、水环境\n"
        "全市地表水国考断面水质优良比例为80.5%。\n"
    )
    o = read_report(text, source="x.txt", region="包头市").observations
    pm = o[o["indicator"] == "pm25_concentration"]
    first_row = o.iloc[0]
    assert len(pm) == 1
    assert pm["period_end"].iloc[0] == first_row["period_end"]
    assert pm["period_text"].iloc[0] == first_row["period_text"]
    assert pm["confidence"].iloc[0] != "high"  # inherited, not written with the figure
    # the next block (二、) is not framed by it
    water = o[o["value_text"] == "80.5%"]
    assert pd.isna(water["period_end"]).all()


def test_a_date_inside_a_sentence_frames_nothing() -> None:
    text = "一、大气\n全市于2017年9月完成治理，成效明显。\n全市PM2.5浓度为40微克/立方米。\n"
    o = read_report(text, source="x.txt", region="包头市").observations
    assert pd.isna(o.loc[o["indicator"] == "pm25_concentration", "period_end"]).all()


# ---------------------------------------------------------------------------------------
# Problems found by an inspection; a page's date stamp
# ---------------------------------------------------------------------------------------
FEEDBACK = (
    "五十一、全省共有国家级、省级自然保护区46个，其中24个存在违法违规建设项目。\n\n"
    "整改进展情况：正在推进整改。\n\n"
    "全省已关停违法违规建设项目28个。\n"
)


def test_a_problem_of_the_feedback_is_not_dated_at_publication() -> None:
    o = read_report(FEEDBACK, source="x.txt", region="山西省", published="2018-09-28").observations
    problem = o[o["value_text"].isin(["46个", "24个"])]
    assert len(problem) == 2
    assert problem["period_end"].isna().all()
    assert problem["needs_review"].all()
    assert problem["note"].str.contains("problem stated by the inspection").all()
    progress = o[o["value_text"] == "28个"]  # the progress after the status line: as of then
    assert progress["period_end"].tolist() == [pd.Timestamp("2018-09-28")]


@pytest.mark.parametrize(
    "stamp", ["2018-09-28 15:08来源:生态环境部", "发布时间：2018-09-28", "2018年9月28日"]
)
def test_a_page_date_stamp_is_no_section_period(stamp: str) -> None:
    text = "7省(市)公开督察整改落实情况\n\n" + stamp + "\n\n" + FEEDBACK
    o = read_report(text, source="x.txt", region="山西省").observations
    # the problem statement is not dated by the stamp; the progress is, as of the page
    assert o.loc[o["value_text"] == "46个", "period_end"].isna().all()
    progress = o[o["value_text"] == "28个"]
    assert progress["period_end"].tolist() == [pd.Timestamp("2018-09-28")]
    assert progress["confidence"].iloc[0] != "high"


# ---------------------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("label", "city"),
    [("(三)临汾市：", "临汾市"), ("（二）吕梁市:", "吕梁市"), ("2.晋中市：", "晋中市")],
)
def test_deixis_in_an_item_labelled_by_a_division(label: str, city: str) -> None:
    text = (
        "山西省整改落实情况\n"
        "（一）太原市：全市共完成新建污水管网12.5公里。\n"
        f"{label}印发实施方案。2018年1-7月，全市共完成新建污水配套管网83.6公里。\n"
    )
    o = read_report(text, source="x.txt", region="山西省").observations
    assert o.loc[o["value_text"] == "83.6公里", "region"].tolist() == [city]
    assert o.loc[o["value_text"] == "12.5公里", "region"].tolist() == ["太原市"]


def test_a_foreign_short_name_inside_a_word_is_no_place() -> None:
    # 江河源头 holds 河源 (a city of Guangdong); in a Jiangxi document it names nothing
    text = "强化水源涵养区、江河源头保护，到2020年底完成营造林600万亩。"
    t = read_report(text, source="x.txt", region="江西省").targets
    assert t["region"].tolist() == ["江西省"]


def test_a_foreign_short_name_standing_apart_is_kept() -> None:
    text = "与广东、河源等地开展联防联控，共建成监测站12个。"
    o = read_report(text, source="x.txt", region="江西省").observations
    assert o["region"].iloc[0] in ("河源市", "广东省")


def test_a_place_naming_an_organisation_is_no_subject_beyond_its_clause() -> None:
    text = (
        "辽宁省对外公开整改情况\n"
        "沈阳材料科学国家研究中心、国家机器人创新中心成功获批，高新技术企业达到2580家，"
        "高端装备制造业占比达到18%。\n"
    )
    o = read_report(text, source="x.txt", published="2018-09-28").observations
    assert set(o["region"]) == {"辽宁省"}


# ---------------------------------------------------------------------------------------
# Speed: the unit shortcut of the lexicon answers as the model's check does
# ---------------------------------------------------------------------------------------
def test_the_dimension_shortcut_never_refuses_what_the_model_converts() -> None:
    from envindicators import datasets
    from envindicators.errors import EnvIndicatorsError
    from envindicators.extract._lexicon import _other_dimension
    from envindicators.model import canonical_values
    from envindicators.units import extract_quantities

    registry = datasets.load("indicators")
    text = "\n".join(
        datasets.source_text(s) for s in datasets.load("documents")["source"] if s[:3].isdigit()
    )
    written = sorted(set(extract_quantities(text)["unit"].dropna().astype(str)) - {""})
    assert len(written) > 10
    units = registry.drop_duplicates(["unit", "context"])
    refused = 0
    for uw in written:  # every written unit against a few refused indicator units
        for ind in units.itertuples():
            ctx = ind.context if isinstance(ind.context, str) else None
            if not _other_dimension(uw, "level", str(ind.unit), ctx):
                continue
            refused += 1
            if refused % 7:
                continue  # a spread of one in seven keeps the test fast
            frame = pd.DataFrame(
                {"indicator": [ind.code], "kind": ["level"], "number": [1.0],
                 "unit_written": [uw], "context": [pd.NA]}
            )  # fmt: skip
            with pytest.raises((EnvIndicatorsError, ValueError, TypeError, KeyError)):
                canonical_values(frame, "observations", registry, check=False)
    assert refused > 0  # the shortcut is used


def test_an_update_stamp_of_a_repost_dates_nothing() -> None:
    # a 2016 plan reposted in 2023: the page's update time is not the figures' time
    text = (
        "江西省贯彻落实中央环境保护督察组督察反馈意见整改方案\n\n"
        "更新时间:2023-07-09 09:36:56文/某网站\n\n"
        "同时，建立和完善长效机制，全省已关停违法违规建设项目28个。\n"
    )
    o = read_report(text, source="x.txt", region="江西省").observations
    assert len(o) == 1
    assert pd.isna(o["period_end"].iloc[0])
    assert o["needs_review"].iloc[0]


# ---------------------------------------------------------------------------------------
# period13b: the first months of a year, yearless deadlines, ROC years, climate normals
# ---------------------------------------------------------------------------------------
def _month_end(year: int, month: int) -> pd.Timestamp:
    return pd.Timestamp(year, month, 1) + pd.offsets.MonthEnd(0)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "今年前4个月，河南省PM10平均浓度为71微克/立方米。",
            "2022-05-20",
            "2022-01-01",
            "2022-04-30",
        ),
        (
            "今年前4個月，河南省PM10平均濃度為71微克/立方米。",
            "2022-05-20",
            "2022-01-01",
            "2022-04-30",
        ),
        ("2020年前三个月，湖北省PM10平均浓度为52微克/立方米。", None, "2020-01-01", "2020-03-31"),
        ("2020年前三個月，湖北省PM10平均濃度為52微克/立方米。", None, "2020-01-01", "2020-03-31"),
        (
            "2019年度水质简报\n前10个月，贵州省PM10平均浓度为40微克/立方米。",
            None,
            "2019-01-01",
            "2019-10-31",
        ),
        (
            "2019年度水質簡報\n前10個月，貴州省PM10平均濃度為40微克/立方米。",
            None,
            "2019-01-01",
            "2019-10-31",
        ),
    ],
)
def test_the_first_months_of_a_year_are_a_period(
    text: str, published: str | None, start: str, end: str
) -> None:
    o = read_report(text, source="x.txt", published=published).observations
    assert len(o) == 1
    assert o["period_start"].tolist() == [pd.Timestamp(start)]
    assert o["period_end"].tolist() == [pd.Timestamp(end)]


def test_first_months_without_any_year_stay_empty_and_ahead_of_time_is_no_period() -> None:
    o = read_report("前5个月，河南省PM10平均浓度为71微克/立方米。", source="x.txt").observations
    assert o["period_end"].isna().all()
    assert o["needs_review"].all()
    # 提前5个月 (ahead of time by five months) names no months of a year
    text = "2021年，江苏省提前5个月完成燃煤锅炉淘汰120台。"
    rows = read_report(text, source="x.txt").observations
    assert rows.loc[rows["value"] == 120, "period_end"].tolist() == [pd.Timestamp("2021-12-31")]


@settings(max_examples=20, deadline=None)
@given(
    year=st.integers(2005, 2030),
    months=st.integers(1, 12),
    traditional=st.booleans(),
)
def test_a_bulletin_year_gives_its_yearless_months_their_year(
    year: int, months: int, traditional: bool
) -> None:
    title, body = f"{year}年环境状况公报", f"前{months}个月，浙江省PM10平均浓度为45微克/立方米。"
    if traditional:
        title, body = (
            f"{year}年環境狀況公報",
            f"前{months}個月，浙江省PM10平均濃度為45微克/立方米。",
        )
    o = read_report(f"{title}\n{body}", source="x.txt").observations
    assert o["period_start"].tolist() == [pd.Timestamp(year, 1, 1)]
    assert o["period_end"].tolist() == [_month_end(year, months)]


@settings(max_examples=20, deadline=None)
@given(year=st.integers(2005, 2030), month=st.integers(1, 12), day=st.integers(1, 28))
def test_as_of_a_yearless_day_takes_the_bulletin_year(year: int, month: int, day: int) -> None:
    text = f"{year}年环境状况公报\n截至{month}月{day}日，浙江省已建成污水处理厂58座。"
    o = read_report(text, source="x.txt").observations
    assert o["period_end"].tolist() == [pd.Timestamp(year, month, day)]


@pytest.mark.parametrize(
    ("text", "published", "deadline"),
    [
        ("2019年工作方案\n年底前，安徽省淘汰燃煤锅炉120台。", None, "2019-12-31"),
        ("2019年工作方案\n年底前，安徽省淘汰燃煤鍋爐120台。", None, "2019-12-31"),
        ("工作方案\n6月底前，安徽省淘汰燃煤锅炉120台。", "2019-03-01", "2019-06-30"),
        ("工作方案\n6月底前，安徽省淘汰燃煤鍋爐120台。", "2019-03-01", "2019-06-30"),
        # published after the month: still the document's year (a deadline is not moved back)
        ("工作方案\n6月底前，安徽省淘汰燃煤锅炉120台。", "2019-09-01", "2019-06-30"),
    ],
)
def test_a_yearless_deadline_takes_the_year_of_the_document(
    text: str, published: str | None, deadline: str
) -> None:
    t = read_report(text, source="x.txt", published=published).targets
    assert t["deadline"].tolist() == [pd.Timestamp(deadline)]
    assert t["needs_review"].all()
    assert "not written with it" in t["note"].iloc[0]


@pytest.mark.parametrize(
    ("written", "yearless", "published"),
    [
        ("2019年工作方案\n2019年底前，", "2019年工作方案\n年底前，", None),
        ("工作方案\n2019年6月底前，", "工作方案\n6月底前，", "2019-03-01"),
        ("工作方案\n2019年6月底前，", "工作方案\n6月底前，", None),
    ],
)
def test_an_inferred_deadline_is_one_step_less_sure(
    written: str, yearless: str, published: str | None
) -> None:
    body = "安徽省淘汰燃煤锅炉120台。"
    a = read_report(written + body, source="x.txt", published=published).targets
    b = read_report(yearless + body, source="x.txt", published=published).targets
    rank = {"low": 0, "medium": 1, "high": 2}
    assert rank[b["confidence"].iloc[0]] == max(0, rank[a["confidence"].iloc[0]] - 1)
    assert b["needs_review"].all()
    if published is None and "2019年工作" not in yearless:  # no year anywhere: none given
        assert b["deadline"].isna().all()
        assert "not in the text" in b["note"].iloc[0]


@settings(max_examples=25, deadline=None)
@given(
    title_year=st.one_of(st.none(), st.integers(2010, 2030)),
    pub_year=st.one_of(st.none(), st.integers(2010, 2030)),
    month=st.one_of(st.none(), st.integers(1, 12)),
    traditional=st.booleans(),
)
def test_a_yearless_deadline_never_gets_a_year_the_document_does_not_give(
    title_year: int | None, pub_year: int | None, month: int | None, traditional: bool
) -> None:
    title = f"{title_year}年工作方案" if title_year else "工作方案"
    when = f"{month}月底前" if month else "年底前"
    body = f"{when}，安徽省淘汰燃煤{'鍋爐' if traditional else '锅炉'}120台。"
    published = f"{pub_year}-03-01" if pub_year else None
    t = read_report(f"{title}\n{body}", source="x.txt", published=published).targets
    assert len(t) == 1
    given_years = {y for y in (title_year, pub_year) if y}
    d = t["deadline"].iloc[0]
    if not given_years:
        assert pd.isna(d)
    else:
        assert pd.Timestamp(d).year in given_years
        assert pd.Timestamp(d).month == (month or 12)
    assert t["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "region", "start", "end"),
    [
        ("民國92年上半年，臺北市PM10平均濃度為55微克/立方米。", None, "2003-01-01", "2003-06-30"),
        ("92年上半年，臺北市PM10平均濃度為55微克/立方米。", "台湾省", "2003-01-01", "2003-06-30"),
        ("民國103年，高雄市PM10平均濃度為60微克/立方米。", None, "2014-01-01", "2014-12-31"),
        ("民国103年12月，高雄市PM10平均浓度为60微克/立方米。", None, "2014-12-01", "2014-12-31"),
    ],
)
def test_roc_years_in_a_text_of_taiwan(text: str, region: str | None, start: str, end: str) -> None:
    o = read_report(text, source="x.txt", region=region).observations
    assert o["period_start"].tolist() == [pd.Timestamp(start)]
    assert o["period_end"].tolist() == [pd.Timestamp(end)]


def test_no_roc_year_outside_taiwan_nor_for_a_count_of_years() -> None:
    # a mainland text: 92年 is no year of any calendar the text gives
    mainland = read_report("92年上半年，南京市PM10平均浓度为55微克/立方米。", source="x.txt")
    assert mainland.observations["period_end"].isna().all()
    # a count of years in Taiwan's text is no ROC year
    text = "民國110年，臺北市近80年來PM10平均濃度為30微克/立方米。"
    o = with_context(read_report(text, source="x.txt"))
    pm10 = o[o["indicator"] == "pm10_concentration"]
    assert pm10["period_end"].tolist() == [pd.Timestamp("2021-12-31")]
    assert 80 in o["value"].tolist()  # the count of years is still a figure of its own


@pytest.mark.parametrize(
    "text",
    [
        "2017年，甘肃省降水量为600毫米，较常年（1991-2020年平均）偏多10%。",
        "2017年，甘肅省降水量為600毫米，較常年（1991-2020年平均）偏多10%。",
        "2017年，甘肃省降水量为600毫米，比1981—2010年均值偏多10%。",
    ],
)
def test_a_climate_normal_is_no_period_of_the_figure(text: str) -> None:
    o = read_report(text, source="x.txt").observations
    assert len(o) == 2
    assert (o["period_end"] == pd.Timestamp("2017-12-31")).all()


@pytest.mark.parametrize(
    "text",
    [
        "全省劣V类河段从2005年的120.5公里缩减至2021年的30.2公里。",
        "全省劣V類河段從2005年的120.5公里縮減至2021年的30.2公里。",
        "全省劣V类河段由2005年的120.5公里减少到2021年的30.2公里。",
    ],
)
def test_the_end_of_a_change_from_one_year_to_another_is_no_deadline(text: str) -> None:
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    o = with_context(r).set_index("value")
    assert o.loc[120.5, "period_end"] == pd.Timestamp("2005-12-31")
    assert o.loc[30.2, "period_end"] == pd.Timestamp("2021-12-31")


def test_a_deadline_after_a_date_of_another_sentence_stays_a_deadline() -> None:
    text = "从2018年起，全省加快治理。到2025年，全省劣V类河段缩减至30.2公里。"
    t = read_report(text, source="x.txt").targets
    assert t["deadline"].tolist() == [pd.Timestamp("2025-12-31")]


def test_a_span_of_work_from_one_date_to_another_is_not_a_change_of_level() -> None:
    # 从X开始至Y: the end of the work (a deadline where it is a plan), not a level's date
    text = "全市从2016年4月开始至2017年12月，分四个阶段整治小锅炉254台。"
    r = read_report(text, source="x.txt", published="2016-05-01")
    t = r.targets
    assert t.loc[t["value"] == 254, "deadline"].tolist() == [pd.Timestamp("2017-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "2018年度公报\n与2016年相比，珠海市PM10平均浓度下降6.2%。",
        "2018年度公報\n與2016年相比，珠海市PM10平均濃度下降6.2%。",
        "2018年度公報\n珠海市PM10平均濃度較2016年下降6.2%。",
    ],
)
def test_a_comparison_year_is_the_base_in_either_script(text: str) -> None:
    o = read_report(text, source="x.txt").observations
    # the year compared with is not the period of the figure (the bulletin's year is)
    assert o["period_end"].tolist() == [pd.Timestamp("2018-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "2019年，濠江市平均气温为23.6摄氏度，较气候平均值（即1991-2020年的平均值）高0.8摄氏度；"
        "8月，濠江市降水量为300毫米。",
        "2019年，濠江市平均氣溫為23.6攝氏度，較氣候平均值（即1991-2020年的平均值）高0.8攝氏度；"
        "8月，濠江市降水量為300毫米。",
    ],
)
def test_a_normal_lends_no_year_to_a_yearless_month_after_it(text: str) -> None:
    o = read_report(text, source="x.txt").observations
    assert not (o["period_end"] == pd.Timestamp("2020-12-31")).any()
    assert not (o["period_end"].dt.year == 1991).any()
    assert o.loc[o["value"] == 300, "period_end"].tolist() == [pd.Timestamp("2019-08-31")]


# ---------------------------------------------------------------------------------------
# period13c: a part of a year named relative to the time of writing; months from January;
# the text's own dateline when ``published`` is not given
# ---------------------------------------------------------------------------------------
_RELATIVE_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2}
#: (written part, first month, last month)
_PARTS = [
    ("上半年", 1, 6),
    ("下半年", 7, 12),
    ("一季度", 1, 3),
    ("第三季度", 7, 9),
    ("前三季度", 1, 9),
    ("1-10月", 1, 10),
    ("1—11月", 1, 11),
    ("1至8月", 1, 8),
    ("1月至5月", 1, 5),
    ("9月", 9, 9),
]


@settings(max_examples=30, deadline=None)
@given(
    word=st.sampled_from(sorted(_RELATIVE_OFFSET)),
    part=st.sampled_from(_PARTS),
    traditional=st.booleans(),
    value=st.integers(20, 99),
)
def test_a_part_of_a_relative_year_is_one_period_in_that_year(
    word: str, part: tuple[str, int, int], traditional: bool, value: int
) -> None:
    written, first, last = part
    body = "，兰州市PM10平均浓度为{}微克/立方米。"
    if traditional:
        body = "，蘭州市PM10平均濃度為{}微克/立方米。"
    text = word + written + body.format(value)
    r = read_report(text, source="x.txt", published="2025-12-31")
    assert r.targets.empty  # 1至8月 is a period, not a deadline at 8月
    o = with_context(r)
    assert len(o) == 1
    year = 2025 + _RELATIVE_OFFSET[word]
    assert o["period_start"].iloc[0] == pd.Timestamp(year, first, 1)
    assert o["period_end"].iloc[0] == _month_end(year, last)
    assert o["confidence"].iloc[0] != "high"  # the year is not written


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("今年上半年，海口市降水量为560毫米。\n发布时间：2021-07-20", "2021-01-01", "2021-06-30"),
        ("今年上半年，海口市降水量為560毫米。\n發布日期：2021-07-20", "2021-01-01", "2021-06-30"),
        ("2021年8月3日\n去年，海口市降水量为1560毫米。", "2020-01-01", "2020-12-31"),
        ("2021年8月3日\n去年，海口市降水量為1560毫米。", "2020-01-01", "2020-12-31"),
    ],
)
def test_a_relative_year_takes_the_dateline_when_published_is_not_given(
    text: str, start: str, end: str
) -> None:
    o = read_report(text, source="x.txt").observations
    assert len(o) == 1
    row = o.iloc[0]
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp(start), pd.Timestamp(end))
    assert row["confidence"] != "high"  # the year is read from the dateline, not written
    assert row["needs_review"]


def test_published_wins_over_the_dateline() -> None:
    text = "去年，海口市降水量为1560毫米。\n发布时间：2021-07-20"
    o = read_report(text, source="x.txt", published="2023-01-05").observations
    assert o["period_end"].tolist() == [pd.Timestamp("2022-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "2020年环境质量\n1至11月，三亚市降水量为1300毫米。",
        "2020年環境質量\n1至11月，三亞市降水量為1300毫米。",
        "2020年环境质量\n1-11月，三亚市降水量为1300毫米。",
        "2020年环境质量\n1-11月份，三亚市降水量为1300毫米。",
        "2020年環境質量\n1至11月份，三亞市降水量為1300毫米。",
    ],
)
def test_months_from_january_under_a_year_are_a_period_not_the_last_month(text: str) -> None:
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    o = with_context(r)
    assert o["period_start"].tolist() == [pd.Timestamp("2020-01-01")]
    assert o["period_end"].tolist() == [pd.Timestamp("2020-11-30")]


@pytest.mark.parametrize(
    "text",
    [
        "今年3月5日，海口市降水量为56毫米。",  # a day, not the month
        "今年10月底前，海口市完成整治项目12个。",  # a deadline, not the month
    ],
)
def test_a_day_or_a_month_end_after_a_relative_year_is_not_read_as_the_month(text: str) -> None:
    r = read_report(text, source="x.txt", published="2021-02-01")
    rows = pd.concat([with_context(r), r.targets])
    assert len(rows) == 1
    if not with_context(r).empty:
        assert with_context(r)["period_start"].iloc[0] != pd.Timestamp("2021-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "今年1至3月，三亚市降水量为130毫米。",
        "今年1至3月，三亞市降水量為130毫米。",
        "去年1—3月，三亚市降水量为130毫米。",
    ],
)
def test_months_from_january_after_a_relative_year_are_no_deadline_without_a_date(
    text: str,
) -> None:
    # no publication date and no dateline: the year is not in the text, but 1至3月 is still
    # months from January (a period), never a target due at the end of March
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    assert len(with_context(r)) == 1
