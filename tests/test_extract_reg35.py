"""reg35: registry links left by reg34 — task lists, bare means, counts of agencies (issue 13).

- A plan's count of tasks (``共确定94项整改任务``, ``整改任务315项``) is an outcome of
  ``rectification_measures`` (convention (c) of role33): the alias 整改任务数 gives the counted
  noun 整改任务, read after the count or right before it.  A part of the list — the rest or
  those done (``其余42项整改任务``, ``剩余11项``, ``已完成9项``: ``_aggregates.PART_BEFORE``,
  the words the progress-summary statements read as categories) — is no total: not linked.
- A bare ``平均值``/``平均濃度``/``均值`` after a figure of its sentence measures what that figure
  measures (``PM2.5年平均值為8.6…，較111年平均值7.5``), as a comparison base does.
- A count of agencies (``…農業部4部委``, ``24个部门联合发布``, ``68个部门和单位``) is context,
  never a count of the thing named after it.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row, report_rows

from envindicators.extract._aggregates import PART_BEFORE
from envindicators.extract._phrases import names_a_bare_mean
from envindicators.extract._roles import counts_agencies

MEASURES = "rectification_measures"

#: (text, figure): a plan's whole count of tasks or measures.
TOTALS = [
    ("2019年，西藏自治区根据反馈意见，全区共确定94项整改任务，整改责任单位涉及各地市。", "94项"),
    ("2018年，湖南省生态环境保护督察反馈意见整改任务315项。", "315项"),
    ("2019年，江苏省督察整改方案共明确整改任务2164项。", "2164项"),
    ("2018年，北京市整改任务清单包括43项整改任务、141条整改措施。", "43项"),
    ("2017年，江西省制定了8大类26项强化措施。", "26项"),
    ("2019年，聊城市共认领38项整改任务。", "38项"),
]

#: (text, figure): a part of the list — the rest, those done or under way.
PARTS = [
    ("2019年，呼和浩特市其余42项整改任务总体按序时推进。", "42项"),
    ("2019年，内蒙古自治区剩余11项整改任务按照要求正在积极推进。", "11项"),
    ("2019年，福建等7省市已完成313项整改任务。", "313项"),
    ("2020年，包头市已完成9项整改任务。", "9项"),
    ("2019年，鄂尔多斯市应于今年完成的13项整改任务正在推进。", "13项"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), TOTALS)
def test_a_plans_count_of_tasks_is_its_measures(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == MEASURES, row[["indicator", "subject"]]
    assert row["role"] == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PARTS)
def test_a_part_of_the_list_is_no_total(text: str, figure: str, hant: bool) -> None:
    rows = report_rows(text, hant=hant)
    hit = rows[rows["written"] == figure]
    # taken by a progress statement, or a row of its own that is not the plan's total
    assert (hit["indicator"] != MEASURES).all(), hit[["indicator", "subject"]]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("方案共列出15项重点任务、60条整改措施。", "15项"),
        ("2019年，江西省制定了8项主要措施、26项强化措施。", "8项"),
        ("2020年，全省部署了12项攻坚任务，整改措施30条。", "12项"),
    ],
)
def test_ranked_items_are_no_rectification_measures(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != MEASURES, row[["indicator", "subject"]]


@pytest.mark.parametrize(
    ("before", "part"),
    [
        ("呼和浩特市其余", True),
        ("内蒙古剩余", True),
        ("7省市已完成", True),
        ("应于今年完成的", True),
        ("正在推进", True),
        ("全区共确定", False),
        ("整改方案共明确整改任务", False),
        ("2017年底前须完成任务", True),
        ("整改方案明确的", False),
        ("江西省制定了8大类", False),
    ],
)
def test_part_before(before: str, part: bool) -> None:
    assert (PART_BEFORE.search(before) is not None) is part


#: (text, figure, the indicator of the figure before it): a bare mean's measure.
MEANS = [
    (
        "112年PM2.5年平均值為8.6 μg/m3，較111年平均值7.5 μg/m3提升約15%。",
        "7.5",
        "pm25_concentration",
    ),
    (
        "2019年南京市PM10年平均浓度为68微克/立方米，2018年平均值为75微克/立方米。",
        "75",
        "pm10_concentration",
    ),
    (
        "2020年某市二氧化硫年平均浓度为9微克/立方米，上年平均浓度为11微克/立方米。",
        "11",
        "so2_concentration",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), MEANS)
def test_a_bare_mean_measures_the_figure_before(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code, row[["indicator", "subject"]]
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("108年落塵量1-12月平均值為3.7(公噸/平方公里/月)符合法規標準。", "3.7"),
        ("2019年南京市PM10年平均浓度为68微克/立方米，臭氧平均值为170微克/立方米。", "170"),
    ],
)
def test_a_mean_naming_its_measure_or_first_keeps_its_own(
    text: str, figure: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] not in ("pm10_concentration", "pm25_concentration"), row[
        ["indicator", "subject"]
    ]


@pytest.mark.parametrize(
    ("phrase", "bare"),
    [
        ("平均值", True),
        ("年平均濃度", True),
        ("均值", True),
        ("較平均值", True),
        ("PM2.5平均浓度", False),
        ("落塵量平均值", False),
        ("平均车流量", False),
    ],
)
def test_names_a_bare_mean(phrase: str, bare: bool) -> None:
    assert names_a_bare_mean(phrase) is bare


#: (text, figure): a count of agencies.
AGENCIES = [
    ("2019年住建部、生态环境部、水利部、农业部4部委城市黑臭水体整治工作。", "4部委"),
    ("2020年，济南市24个部门联合发布了《济南市深入打好蓝天保卫战方案》。", "24个"),
    # 督察组对68个部门和单位开展了走访问询 left this list (role41): departments an inspection
    # visited are its work, an outcome (check 30 row 73; tests/test_extract_role41.py)
    ("2019年，29个单位(部门)共计50项具体问题。", "29个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), AGENCIES)
def test_a_count_of_agencies_is_context(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["role"] == "context", row[["indicator", "subject", "role"]]
    assert row["indicator"].startswith("proposed_"), row[["indicator", "subject"]]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2017年，河北省问责共139人、15个单位。", "15个"),
        ("2019年，全市完成黑臭水体整治12个。", "12个"),
    ],
)
def test_other_counts_are_no_agencies(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["role"] == "outcome", row[["indicator", "subject", "role"]]


@pytest.mark.parametrize(
    ("unit", "after", "agencies"),
    [
        ("部委", "城市黑臭水体整治", True),
        ("部門", "聯合發布", True),
        ("个", "部门联合发布", True),
        ("个", "部門和單位開展", True),
        ("个", "单位(部门)共计", True),
        ("个", "单位", False),
        ("个", "城市", False),
        ("家", "部门", False),
    ],
)
def test_counts_agencies(unit: str, after: str, agencies: bool) -> None:
    assert counts_agencies(unit, after) is agencies
