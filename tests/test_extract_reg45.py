"""reg45: registry rows that fit, from hand check 33 (issue 13).

- The heavy-pollution share written short (``重污染天数比例``, ``重污染天数比率``) is the
  registry's ``heavy_pollution_days_share``; one grade of pollution named whole
  (``严重污染天数比例``, ``重度污染天数比例``: a grade, a part of heavy-or-severe) never is —
  neither as the tail of ``严重`` nor loosely.
- A count of batches with its petitions named right after it (``交办32批群众举报案件共664件``,
  ``移交两批信访件``) is ``petition_batches``; ``共计`` before the count of cases
  (``二十六批共计1597件信访件``) as ``共``.
- ``设区城市`` is ``设区市`` written long: the whole of a province's prefecture-level cities
  (``全省9个设区城市中``) is ``prefectures_count``.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row

from envindicators.extract._indicators import one_grade
from envindicators.extract._lexicon import _inside_word


def _link(text: str, figure: str, hant: bool) -> str:
    """The indicator of the first row of any table whose figure is ``figure``."""
    return str(first_figure_row(text, figure, hant=hant)["indicator"])


# -------------------------------------------------------------- the heavy-pollution share

HEAVY_FIRST = "2022年，全国重污染天数比例首次降到1%以内，达到0.9%。"
HEAVY_ZERO = "2021年，全区重污染天数比例为0，达到国家下达的年度考核目标要求。"
HEAVY_RATE = "到2025年，全区地级城市重污染天数比率控制在0.3%以内。"
GRADES = "2015年，全国超标天数比例为23.3%，其中轻度污染天数比例为15.9%，严重污染天数比例为0.7%。"
GRADE_HEAVY = "2015年，全国重度污染天数比例为2.5%。"
SEVERE_DAYS = "2015年，全国严重污染天数为5天。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [(HEAVY_FIRST, "1%以内"), (HEAVY_FIRST, "0.9%"), (HEAVY_ZERO, "0"), (HEAVY_RATE, "0.3%")],
)
def test_heavy_pollution_share_written_short(text: str, figure: str, hant: bool) -> None:
    assert _link(text, figure, hant) == "heavy_pollution_days_share"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [(GRADES, "0.7%"), (GRADES, "15.9%"), (GRADE_HEAVY, "2.5%"), (SEVERE_DAYS, "5天")],
)
def test_one_grade_keeps_its_grade(text: str, figure: str, hant: bool) -> None:
    code = _link(text, figure, hant)
    assert code not in {"heavy_pollution_days_share", "heavy_pollution_days"}
    assert code.startswith("proposed_")


def test_grade_helpers() -> None:
    assert one_grade("嚴重污染天數比例", "重污染天数比例")
    assert one_grade("重度污染天数比例", "重度污染以上天数比例")
    assert not one_grade("重度污染以上天数比例", "重度及以上污染天数比例")
    assert not one_grade("重污染天数比例", "重污染天数比例")
    assert _inside_word("重污染天数") == "(?<!严)"
    assert _inside_word("优良天数比例") == ""


# ------------------------------------------------------------- batches named after them

BATCH_CASES = "截至2018年7月9日，督察组已向南宁市交办32批群众举报案件共664件。"
BATCH_PETITIONS = "2024年，中央第三生态环境保护督察组向四川移交两批信访件。"
BATCH_TOTAL = "截至2022年6月，中央第五生态环境保护督察组转办新疆二十六批共计1597件信访件。"
NO_PETITION = "2023年，督察组已分五批公开通报25个典型案例。"
NO_PETITION_ACT = "2019年8月至2020年9月，自治区分4批完成了对12个盟市的生态环境保护督察。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [(BATCH_CASES, "32批"), (BATCH_PETITIONS, "两批"), (BATCH_TOTAL, "二十六批")],
)
def test_batches_of_petitions_named_after(text: str, figure: str, hant: bool) -> None:
    assert _link(text, figure, hant) == "petition_batches"


@pytest.mark.parametrize("hant", [False, True])
def test_cases_of_batches_stay_petitions(hant: bool) -> None:
    assert _link(BATCH_CASES, "664件", hant) == "petitions_handled"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), [(NO_PETITION, "五批"), (NO_PETITION_ACT, "4批")])
def test_batches_of_no_petitions(text: str, figure: str, hant: bool) -> None:
    assert _link(text, figure, hant) != "petition_batches"


# ------------------------------------------------------------------------ 设区城市

WHOLE_LONG = "2017年，龙岩市中心城市空气质量在全省9个设区城市中并列第一。"
DID_SOMETHING = "2020年，全省5个设区城市完成整改。"


@pytest.mark.parametrize("hant", [False, True])
def test_prefecture_cities_written_long(hant: bool) -> None:
    assert _link(WHOLE_LONG, "9个", hant) == "prefectures_count"


@pytest.mark.parametrize("hant", [False, True])
def test_prefecture_cities_that_did_something(hant: bool) -> None:
    assert _link(DID_SOMETHING, "5个", hant) != "prefectures_count"
