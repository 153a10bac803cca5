"""reg36: registry links and roles — 限期整改, class shares, petition parts, group sizes (issue 13).

- An order to rectify within a deadline (``限期整改28件``, ``限期改正88家``) is its own act: the
  registry row ``deadline_rectification_orders``, never 立案 (a later member's name).  A member
  of a list with words of its own takes no name written in a later member
  (``责令立即改正19件、…、立案处罚7件``: 立案 names 7 only), and an order of one term
  (立即) is no count of the other (限期: :func:`other_term`).
- A water-function compliance rate (``水功能区达标率``, ``水域功能达标率``) is
  ``water_function_zone_compliance``, in a ``分别`` list too; a share naming one water class
  (``劣Ⅴ类…水质点位…比例``) is that class's registry share, and a share of a neighbouring class
  (Ⅴ类, Ⅳ类) none (a bound ``劣于Ⅴ类`` names no Ⅴ类).
- Petition parts: a member named after a ranking's frame (``从高到低分别是大气130件``) is
  named by its own words, not the frame; ``110件已办结案件`` names its state; a place's count
  after a bracketed key-case count (``长春市54件(重点案件6件)、吉林市17件``) is no key case.
- Roles: a network's whole written after its noun, whose parts of a quality the next clause
  counts (``站位77个，水质达到Ⅰ至Ⅲ类的站位56个``), and a plant's process temperature
  (``以280度以上高温进行冶炼``) are context.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row, report_rows

from envindicators.extract._indicators import member_after_frame, other_term
from envindicators.extract._roles import reference_or_process
from envindicators.extract._scope_counts import scope_count
from envindicators.units import to_simplified

ORDERS = "deadline_rectification_orders"
FILED = "accountability_cases_filed"

LIST_GX = (
    "2018年6月15日，广西壮族自治区首批信访举报问题均已办结。其中，责令立即改正19件、限期整改28件、"
    "停产整改16件、查封扣押2件、关停取缔2件、立案处罚7件，罚款总金额56万元。"
)
LIST_JX = (
    "2021年，江西省从处理情况看，责令立即改正54家，限期整改47家，停产整改12家，立案处罚11家，"
    "查封扣押1家。"
)
LIST_HQ = (
    "2019年，某市查处问题企业200多家，责令停止建设项目7个、停产企业8家、限期改正或限期治理88家。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"), [(LIST_GX, "28件"), (LIST_JX, "47家"), (LIST_HQ, "88家")]
)
def test_a_deadline_order_is_its_own_act(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == ORDERS, row[["indicator", "subject"]]
    assert row["role"] == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [(LIST_GX, "19件"), (LIST_GX, "查封扣押2件"), (LIST_JX, "54家"), (LIST_HQ, "8家")],
)
def test_a_member_takes_no_later_members_name(text: str, figure: str, hant: bool) -> None:
    rows = report_rows(text, hant=hant)
    if "扣押" in figure:  # the figure as written is 2件: the first 2件 of the list
        hit = rows[rows["written"] == "2件"].iloc[:1]
    else:
        hit = rows[rows["written"] == figure]
    assert len(hit) == 1, rows[["value_text", "indicator"]]
    assert hit.iloc[0]["indicator"] not in (ORDERS, FILED), hit[["indicator", "subject"]]


@pytest.mark.parametrize("hant", [False, True])
def test_the_later_members_keep_their_names(hant: bool) -> None:
    rows = report_rows(LIST_GX, hant=hant)
    assert rows.loc[rows["written"] == "16件", "indicator"].tolist() == ["enterprises_suspended"]
    assert rows.loc[rows["written"] == "56万元", "indicator"].tolist() == ["fines_total"]


def test_other_term() -> None:
    assert other_term("責令立即改正", "限期整改")
    assert other_term("立即整改", "限期改正")
    assert not other_term("责令限期改正", "限期改正")
    assert not other_term("停产整改", "限期整改")  # no term written
    assert not other_term("", "限期整改")


WATER_FN = "water_function_zone_compliance"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2024年11月，全市地表水功能区水质达标率为90.0%。", "90.0%"),
        (
            "2007年前三季度，全省12条主要水系水域功能达标率和Ⅰ类—Ⅲ类水质比例分别为95.8%和93.7%。",
            "95.8%",
        ),
        ("2020年，全省水功能区达标率为85.1%，同比提高2.0个百分点。", "85.1%"),
    ],
)
def test_a_water_function_compliance_rate(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == WATER_FN, row[["indicator", "subject"]]


@pytest.mark.parametrize("hant", [False, True])
def test_the_next_member_after_a_linked_one_is_its_own(hant: bool) -> None:
    text = "2007年前三季度，全省主要水系水域功能达标率和Ⅰ类—Ⅲ类水质比例分别为95.8%和93.7%。"
    row = report_row(text, "93.7%", hant=hant)
    assert row["indicator"] != WATER_FN
    assert "Ⅲ" in row["subject"]


WORSE = "surface_water_worse_than_v_share"


@pytest.mark.parametrize("hant", [False, True])
def test_a_share_of_one_class_is_that_class_share(hant: bool) -> None:
    text = "2024年11月，全区劣Ⅴ类重度污染水质点位1个，比例为1.5%。"
    assert report_row(text, "1.5%", hant=hant)["indicator"] == WORSE


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "2024年11月，全区Ⅴ类中度污染水质断面(点位)2个，比例为2.7%。",
        "2024年11月，全区Ⅳ类轻度污染水质点位6个，比例为8.2%。",
        "2023年，全省Ⅱ类水质点位比例为40.5%。",
    ],
)
def test_a_share_of_a_neighbouring_class_is_no_worse_than_v(text: str, hant: bool) -> None:
    rows = report_rows(text, hant=hant)
    shares = rows[rows["written"].str.endswith("%")]
    assert len(shares) == 1
    assert shares.iloc[0]["indicator"] != WORSE, shares[["indicator", "subject"]]


@pytest.mark.parametrize("hant", [False, True])
def test_a_bound_keeps_its_row(hant: bool) -> None:
    assert (
        report_row("2020年，全省劣于Ⅴ类水体比例为3.2%。", "3.2%", hant=hant)["indicator"] == WORSE
    )


BATCH = "2021年9月23日，广东省收到第二十七批交办案件276件。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        (BATCH + "经分析，按污染类型分，从高到低分别是大气130件，噪声67件。", "130件", "大气"),
        (BATCH + "按污染类型分，从高到低依次为：大气污染130件，噪声67件。", "130件", "大气污染"),
    ],
)
def test_a_member_after_a_ranking_frame_is_named_by_its_words(
    text: str, figure: str, part: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["written"] == figure
    assert part in to_simplified(row["subject"]), row[["indicator", "subject"]]
    assert "从高到低" not in to_simplified(row["subject"])


@pytest.mark.parametrize("hant", [False, True])
def test_a_place_after_a_ranking_frame_is_its_region(hant: bool) -> None:
    text = BATCH + "按数量排序分，从高到低分别是广州35件，茂名26件。"
    row = report_row(text, "35件", hant=hant)
    assert row["region"] == "广州市"
    assert "广州" not in row["subject"]
    assert "廣州" not in row["subject"]


def test_member_after_frame() -> None:
    t = "按污染类型分，从高到低分别是大气130件"
    assert member_after_frame("从高到低", t, 7, t.index("130")) == "大气"
    t = "從高到低依次為：噪音污染49件"
    assert member_after_frame("從高到低", t, 0, t.index("49")) == "噪音污染"
    t = "化学需氧量、氨氮分别为12万吨"
    assert member_after_frame("化学需氧量", t, 0, t.index("12")) is None  # no frame
    t = "从高到低分别是大气130件(占47.1%)"
    assert member_after_frame("从高到低", t, 0, t.index("47")) is None  # a figure between


@pytest.mark.parametrize("hant", [False, True])
def test_a_count_of_closed_cases_names_its_state(hant: bool) -> None:
    text = (
        "2020年9月，对于督察组转办的信访举报件，北京市已对外公开110件已办结案件，"
        "59件阶段性办结案件。"
    )
    rows = report_rows(text, hant=hant)
    closed = rows[rows["written"] == "110件"].iloc[0]
    staged = rows[rows["written"] == "59件"].iloc[0]
    assert closed["indicator"] == staged["indicator"] == "petitions_handled"
    assert "办结" in closed["subject"] or "辦結" in closed["subject"]
    assert "阶段性" in staged["subject"] or "階段性" in staged["subject"]


@pytest.mark.parametrize("hant", [False, True])
def test_a_whole_batch_keeps_its_plain_name(hant: bool) -> None:
    row = report_row("2020年，北京市收到信访举报件1200件，已全部办结。", "1200件", hant=hant)
    assert row["indicator"] == "petitions_handled"
    assert "（" not in row["subject"]


@pytest.mark.parametrize("hant", [False, True])
def test_a_place_after_a_key_case_aside_is_no_key_case(hant: bool) -> None:
    text = (
        "2021年9月5日，吉林省收到第十批信访件90件。长春市54件(重点案件6件)、吉林市17件(重点案件3件)、"
        "白山市4件、松原市10件(重点案件1件)、白城市9件。"
    )
    rows = report_rows(text, hant=hant)
    for figure in ("17件", "4件", "10件", "9件"):
        row = rows[rows["written"] == figure].iloc[0]
        assert row["indicator"] == "petitions_handled", (figure, row["subject"])
    keys = rows[rows["written"].isin(["6件", "3件", "1件"])]
    assert (keys["indicator"] != "petitions_handled").all() or keys["subject"].str.contains(
        "重"
    ).all()


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_in_an_aside_keeps_its_measure(hant: bool) -> None:
    text = "2023年，全市PM2.5平均浓度为35微克/立方米(同比下降5.2%)，PM10平均浓度为60微克/立方米。"
    rows = report_rows(text, hant=hant)
    assert rows.loc[rows["written"].str.contains("5.2%"), "indicator"].tolist() == [
        "pm25_concentration"
    ]
    assert rows.loc[rows["written"].str.startswith("60"), "indicator"].tolist() == [
        "pm10_concentration"
    ]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("2021年，全市地表水市控及市控以上站位77个，水质达到Ⅰ至Ⅲ类的站位56个。", "77个", "56个"),
        ("2019年，全市地表水市控及市控以上站位76个，水质在Ⅰ至Ⅲ类的站位50个。", "76个", "50个"),
        ("2021年，全市地表水国控断面77个，水质达到Ⅲ类的断面56个。", "77个", "56个"),
    ],
)
def test_a_network_whole_before_its_quality_part_is_context(
    text: str, whole: str, part: str, hant: bool
) -> None:
    rows = report_rows(text, hant=hant)
    assert rows.loc[rows["written"] == whole, "role"].tolist() == ["context"]
    assert rows.loc[rows["written"] == part, "role"].tolist() == ["outcome"]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2023年，全市新建监测站点20个，达标的站点15个。", "20个"),  # built: a result
        ("2023年，全市Ⅳ类水质断面9个，达到Ⅲ类的断面5个。", "9个"),  # a part, no whole
        ("2023年，全市监测断面48个。", "48个"),  # no part after it
    ],
)
def test_a_network_count_that_is_no_whole_stays_outcome(text: str, figure: str, hant: bool) -> None:
    assert report_row(text, figure, hant=hant)["role"] == "outcome"


def test_scope_count_of_a_network_whole() -> None:
    text = "全市地表水市控及市控以上站位77个，水质达到Ⅰ至Ⅲ类的站位56个。"
    s = text.index("77")
    assert scope_count(text, s, s + 3, "个", "level") is not None
    s = text.index("56")
    assert scope_count(text, s, s + 3, "个", "level") is None


@pytest.mark.parametrize("hant", [False, True])
def test_a_process_temperature_is_context(hant: bool) -> None:
    text = "2021年4月6日，稽查员以热显像仪确认该工厂正以280度以上高温进行冶炼作业。"
    assert report_row(text, "280", hant=hant)["role"] == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2022年，全市全年平均气温14.0℃，最高气温38.8℃。", "14.0℃"),
        ("2016年，全年平均气温为8.0℃。", "8.0℃"),
    ],
)
def test_an_air_temperature_stays_outcome(text: str, figure: str, hant: bool) -> None:
    assert report_row(text, figure, hant=hant)["role"] == "outcome"


def test_reference_or_process_temperature() -> None:
    text = "焚烧炉炉膛温度850℃"
    s = text.index("850")
    assert reference_or_process(text, s, s + 4, "℃", "850℃") is not None
    text = "年平均气温15.2℃"
    s = text.index("15")
    assert reference_or_process(text, s, s + 5, "℃", "15.2℃") is None


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2022年，全市海域共52个海洋功能区，夏季水质达标率为100%。", "100%"),
        ("2022年，全市各类声环境功能区昼间监测120点次，达标率为95.0%。", "95.0%"),
        ("2022年，全市监测的12个近岸海域环境功能区中，上半年水质达标率为41.6%。", "41.6%"),
    ],
)
def test_another_mediums_zone_rate_is_no_water_function_rate(
    text: str, figure: str, hant: bool
) -> None:
    assert report_row(text, figure, hant=hant)["indicator"] != WATER_FN


@pytest.mark.parametrize("hant", [False, True])
def test_a_count_named_by_its_own_noun_takes_no_earlier_order(hant: bool) -> None:
    text = (
        "截至2023年6月底，江西省反馈需限期整改的49个问题已完成32个，交办的3435件信访件已解决341件。"
    )
    assert report_row(text, "3435件", hant=hant)["indicator"] == "petitions_handled"


@pytest.mark.parametrize("hant", [False, True])
def test_an_order_of_another_term_is_no_deadline_order(hant: bool) -> None:
    text = "2018年，哈尔滨市所有案件中立行立改类案件1471件、限期整改的395件、长期整改的208件。"
    rows = report_rows(text, hant=hant)
    assert rows.loc[rows["written"] == "395件", "indicator"].tolist() == [ORDERS]
    assert rows.loc[rows["written"] == "208件", "indicator"].tolist() != [ORDERS]
