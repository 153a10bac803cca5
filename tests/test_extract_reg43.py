"""reg43: the registry's coverage, seventh round (issue 13; hand check 31's registry rows).

- Three registry rows the inspection reports and yearbooks write often: the petitions' closure
  rate (``办结率`` → ``petitions_closed_share``), water resources per resident
  (``人均水资源量`` → ``water_resources_per_capita``) and the problems' rectification
  completion rate (``问题整改完成率``, ``整改完成率`` → ``rectification_completion_rate``).
- Inspections counted by visits: a count of visits to firms (``执法检查68万家次``,
  ``工廠查核87家次``) counts the firms inspected (``enterprises_inspected``); a count of
  place-visits (``巡查2588處次``) counts patrols as ``次`` does (``inspection_patrols``:
  处次 and 次 are one counter, ``units/definitions.txt``); Taiwan's inspection verbs 查核,
  稽查, 巡检 are the inspect class's; a light verb before the act (``…方式开展执法检查``)
  leaves the act's object unwritten.
- Taiwan's good-air bound: a share named by ``AQI ≤ 100`` (``空氣品質指標小於100的日數比例``,
  ``AQI≦100比率``) is the good days' share (``good_air_days_share``), as ``空品良率`` is.
- A petitions' verification finding (``群眾舉報屬實23件``) is a part: named, never the plain
  petitions row (convention a).
- A bare mean after a semicolon (``…二氧化氮…47微克；路邊…平均濃度為82微克``) is the mean of
  what the clause before it measured.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row
from tests.report_rows import nth_written_code as _code
from tests.report_rows import nth_written_row as _row

from envindicators.units import to_simplified
from envindicators.units.counters import counter_word, counters_compatible


def _link(text: str, figure: str, hant: bool) -> str:
    """The indicator of the first row of any table whose figure is ``figure``."""
    return str(first_figure_row(text, figure, hant=hant)["indicator"])


# ----------------------------------------------------------------- three registry rows

CLOSED_SPLIT = "此外，泰州、扬州、徐州信访事项办结率分别为61%、65%、70%，落后于全省平均水平。"
CLOSED_TARGET = "全省各地将确保生态环境保护督察移交信访件今年内办结率超95%。"
WATER_PER_HEAD = "全年水资源总量15.77亿立方米，人均水资源量约为5118立方米。"
WATER_TABLE = "指标 2006年 2007年\n人均水资源量(立方米/人) 4563 2996\n"
RATE_RANKED = "截至6月底，各市州问题整改完成率较高的为自贡市100%、广元市99.3%、遂宁市99.4%。"
RATE_WHOLE = "截至9月底，全省16个市(州)的整改完成率超过95%。"
TASKS_DONE = "截至6月底，第二轮省级生态环保督察反馈意见整改任务315项，已整改完成139项。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (CLOSED_SPLIT, "61%", "petitions_closed_share"),
        (CLOSED_SPLIT, "70%", "petitions_closed_share"),
        (CLOSED_TARGET, "超95%", "petitions_closed_share"),
        (WATER_PER_HEAD, "约为5118立方米", "water_resources_per_capita"),
        (WATER_TABLE, "4563", "water_resources_per_capita"),
        (RATE_RANKED, "99.3%", "rectification_completion_rate"),
        (RATE_WHOLE, "95%", "rectification_completion_rate"),
    ],
)
def test_the_new_registry_rows(text: str, figure: str, code: str, hant: bool) -> None:
    assert _link(text, figure, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (WATER_PER_HEAD, "15.77亿立方米", "water_resources_total"),  # the total keeps its row
        (TASKS_DONE, "139项", None),  # the count rectified: no rate
        (TASKS_DONE, "315项", "rectification_measures"),  # the tasks keep their row
        ("2020年全市人均用水量为441.5立方米/人。", "441.5立方米/人", None),  # water used
    ],
)
def test_the_new_rows_take_no_other_measure(
    text: str, figure: str, code: str | None, hant: bool
) -> None:
    got = _link(text, figure, hant)
    if code is None:
        assert got not in (
            "petitions_closed_share",
            "water_resources_per_capita",
            "rectification_completion_rate",
        )
    else:
        assert got == code


# ----------------------------------------------------------- inspections counted by visits

RANDOM_CHECKS = "2017年，全国日常环境监管执法中采取“双随机”方式开展执法检查68万家次。"
PLANT_AUDITS = "110年度本局工廠查核87家次，查核結果均符合規定。"
PATROL_VISITS = "本計畫共巡查2588處次，巡查結果均已通報。"
PATROL_QUOTA = "專案巡查地點至少10處以上(總巡查次數至少120處次以上)，累積達成率為100%。"
SITE_AUDITS = "108年稽查計7.9萬次，告發違規案件1,200件。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (RANDOM_CHECKS, "68万家次", "enterprises_inspected"),
        (PLANT_AUDITS, "87家次", "enterprises_inspected"),
        (PATROL_VISITS, "2588处次", "inspection_patrols"),
        (PATROL_QUOTA, "至少120处次以上", "inspection_patrols"),
        (SITE_AUDITS, "7.9万次", "inspection_patrols"),
        # after a topic clause: the firms visited in the campaign (was the topic's phrase)
        ("餐饮油烟专项检查，已完成检查46家次。", "46家次", "enterprises_inspected"),
    ],
)
def test_inspections_counted_by_visits(text: str, figure: str, code: str, hant: bool) -> None:
    assert _link(text, figure, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (PATROL_QUOTA, "至少10处以上"),  # the sites to patrol: no visits
        ("臺東縣110年巡查121點次，均無異常。", "121点次"),  # 点次 stays its own counter
        ("全市出动执法人员3182人次，检查企业560家。", "3182人次"),  # personnel, not patrols
        ("环保局开展检查发现问题企业12家。", "12家"),  # a finding, no inspected firms
    ],
)
def test_no_inspection_row_for_other_counts(text: str, figure: str, hant: bool) -> None:
    got = _link(text, figure, hant)
    assert got not in ("inspection_patrols", "enterprises_inspected")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("处次", "次", True),
        ("處次", "次", True),
        ("家次", "次", False),
        ("人次", "次", False),
        ("点次", "次", False),
        ("处次", "处", False),
    ],
)
def test_place_visits_and_times_are_one_counter(a: str, b: str, same: bool) -> None:
    assert counters_compatible(str(counter_word(a)), str(counter_word(b))) is same


# --------------------------------------------------------------- Taiwan's good-air bound

GOOD_BOUND = [
    ("桃園去年空氣品質指標小於100的日數比例爲96.8%，比2014年提升6.5%。", "96.8%"),
    ("屏東縣空氣品質健康戶外活動日數(AQI≤100)比率為90.6%。", "90.6%"),
    ("雲林縣空氣品質健康戶外活動日數(AQI小於100)比例為88.6%。", "88.6%"),
    ("彰化縣110年空氣品質AQI≦100比率達80.7%。", "80.7%"),
    ("澎湖縣良好等級及普通等級(AQI小於及等於100)合計94%。", "94%"),
    ("高雄市空品良率64.5% (AQI≦100)較去年同期提升7.8%。", "64.5%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), GOOD_BOUND)
def test_a_share_under_the_good_air_bound_is_the_good_days_share(
    text: str, figure: str, hant: bool
) -> None:
    text = to_simplified(text) if not hant else text
    assert _link(text, figure, hant) == "good_air_days_share"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("澎湖縣AQI>100占比由107年8.77%降至109年6.5%。", "8.77%"),  # the bad days
        ("澎湖縣AQI介於100-150比率由104年7.7%降至108年5.8%。", "7.7%"),  # a band
        ("馬公站AQI小於50的日數比例為40.2%。", "40.2%"),  # the good class alone
        ("空气质量指数小于100的天数为300天。", "300天"),  # days, no share
    ],
)
def test_other_bounds_are_no_good_days_share(text: str, figure: str, hant: bool) -> None:
    text = to_simplified(text) if not hant else text
    assert _link(text, figure, hant) != "good_air_days_share"


# ------------------------------------------------------------ a verification's finding

FINDINGS = (
    "第十八批信訪件調查結果情況如下：群眾舉報屬實23件，基本屬實10件，部分屬實92件，不屬實8件。"
)


@pytest.mark.parametrize("hant", [False, True])
def test_a_finding_of_petitions_is_named_as_a_part(hant: bool) -> None:
    row = _row(to_simplified(FINDINGS), "23件", hant)
    assert row["indicator"] != "petitions_handled"
    assert to_simplified(str(row["subject"])) == "属实信访件"


@pytest.mark.parametrize("hant", [False, True])
def test_the_batch_itself_keeps_the_petitions_row(hant: bool) -> None:
    text = "5月3日，第十八批交办信访件共133件。"
    assert _code(text, "133件", hant) == "petitions_handled"


# ------------------------------------------------------------ a bare mean over a semicolon

ROADSIDE = (
    "不過，大部分監測站錄得污染物二氧化氮的全年平均濃度均超標，2016年全年平均濃度為每立方米"
    "47微克，較標準40微克高出17.5%；路邊情况更嚴重，2016年平均濃度為每立方米82微克，"
    "較2015年下降了17.1%。"
)


@pytest.mark.parametrize("hant", [False, True])
def test_a_bare_mean_after_a_semicolon_is_the_clause_befores(hant: bool) -> None:
    text = ROADSIDE if hant else to_simplified(ROADSIDE)
    assert _code(text, "每立方米82微克", hant) == "no2_concentration"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # a full stop parts them: another sentence's mean is not read as this one's
        "2016年二氧化氮年平均濃度為每立方米47微克。路邊2016年平均濃度為每立方米82微克。",
        # the clause before the semicolon measured nothing of a registry row
        "監測站共有16個；路邊2016年平均濃度為每立方米82微克。",
    ],
)
def test_a_bare_mean_takes_no_pollutant_from_elsewhere(text: str, hant: bool) -> None:
    text = text if hant else to_simplified(text)
    assert _code(text, "每立方米82微克", hant) != "no2_concentration"
