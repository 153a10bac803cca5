"""A year written in the figure's own clause (period30, issue 13).

Hand checks 17–19's period class "a year written in the figure's clause left empty"
(``102年度…人口數``, ``108年共削減…``).  Rules, both scripts:

* **a text whose signs tell surely that it is Taiwan's reads ROC years**
  (:func:`~envindicators.extract._periods.is_roc_context`): a county's report that names
  no division (``本縣``, ``本市``) but writes ``環保署``, ``縣府`` or ``113年1-10月`` reads
  ``108年`` as 2019, as a text naming 屏東縣 or 民國 did; not a mainland text
  (``建党100年``) nor a text whose signs conflict;
* **two ROC dates joined by 起至** (``自88年起至102年度``) are one range (1999–2013), its end
  no deadline, as ``109年4月16日至109年12月31日`` was; a Gregorian ``自2016年4月份开始至2017年
  12月份`` is left to the date parser (in a plan it is a deadline);
* **a date closed by 止 after 至/到** (``至109年10月份為止``, ``至2020年10月底止``) is the
  point figures are tallied to, as ``统计至`` is, never a deadline;
* **a month count after 每** (``每2月進行1次``) is a frequency, not February.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import day_of, read_text, written_row
from tests.scripts import to_traditional

from envindicators.extract._periods import frequencies, is_roc_context
from envindicators.units import find_dates

# --- ROC years in a text of Taiwan that names no division ------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "first", "last"),
    [
        (
            "本縣空氣污染防制計畫成果。環保署考評項目均已完成。108年共削減氮氧化物1,136.46公噸。",
            "1,136.46公噸",
            "2019-01-01",
            "2019-12-31",
        ),
        (
            "行政院環保署統計，本市102年度人口數為27萬0,872人。",
            "27萬0,872人",
            "2013-01-01",
            "2013-12-31",
        ),
        (
            "縣府環保局表示，統計113年1-10月一般廢棄物回收率為51%，較去年略增。",
            "51%",
            "2024-01-01",
            "2024-10-31",
        ),
        (
            "本縣資源回收成效卓著，獲環境部肯定，114年度資源回收率達57.38%。",
            "57.38%",
            "2025-01-01",
            "2025-12-31",
        ),
    ],
)
def test_roc_years_of_a_taiwan_text_naming_no_division(
    text: str, number: str, first: str, last: str, trad: bool
) -> None:
    row = written_row(read_text(text, trad).observations, number)
    assert (day_of(row["period_start"]), day_of(row["period_end"])) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "本縣108年共削減氮氧化物1,136公噸，環保署考評達標。",
        "縣府表示，統計113年1-10月回收率為51%。",
        "本縣114年度資源回收率達57.38%，環境部肯定。",
    ],
)
def test_a_taiwan_text_is_roc_context(text: str) -> None:
    assert is_roc_context(text, None)
    assert is_roc_context(to_traditional(text), None)


@pytest.mark.parametrize(
    "text",
    [
        # mainland signs outweigh a 3-digit year: a count of years, not 2011
        "国务院印发通知。市委书记指出，建党100年来全市森林覆盖率达到45%。",
        "省委、市委和人民政府部署，本市110年一遇防洪标准的堤防达到32公里。",
        # no year an ROC text would write: the territory is not asked
        "环保署表示，2019年全港空气质量改善。",
    ],
)
def test_no_roc_years_without_surely_taiwan(text: str) -> None:
    assert not is_roc_context(text, None)


def test_a_mainland_three_digit_count_stays_unread_as_a_year() -> None:
    text = "国务院印发通知。市委书记指出，建党100年来全市森林覆盖率达到45%。"
    row = written_row(read_text(text).observations, "45%")
    assert pd.isna(row["period_end"]) or pd.Timestamp(row["period_end"]).year != 2011


# --- a span opened by 起 -----------------------------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "first", "last"),
    [
        (
            "環保署統計，本市人口總數自88年起至102年度，歷年平均成長率為2.2%。",
            "2.2%",
            "1999-01-01",
            "2013-12-31",
        ),
        (
            "縣府表示，本縣自105年起至108年，累計汰換老舊機車1,200輛。",
            "1,200輛",
            "2016-01-01",
            "2019-12-31",
        ),
    ],
)
def test_a_span_opened_by_qi_is_a_period(
    text: str, number: str, first: str, last: str, trad: bool
) -> None:
    r = read_text(text, trad)
    row = written_row(r.observations, number)
    assert (day_of(row["period_start"]), day_of(row["period_end"])) == (first, last)
    assert r.targets.empty


@pytest.mark.parametrize("trad", [False, True])
def test_a_deadline_after_zhi_alone_stays(trad: bool) -> None:
    r = read_text("全市计划至2025年，PM2.5平均浓度下降至30微克/立方米。", trad)
    row = written_row(r.targets, "30微克/立方米")
    assert day_of(row["deadline"]) == "2025-12-31"


# --- a date closed by 止 --------------------------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "last"),
    [
        (
            "屏東縣環保局表示，本縣資源回收率至109年10月份為止，回收率為55.0%。",
            "55.0%",
            "2020-10-31",
        ),
        (
            "至2020年10月底止，全市城市生活污水处理率为95.2%。",
            "95.2%",
            "2020-10-31",
        ),
        (
            "本市自1月起至2021年6月30日止之统计资料，共接获陈情12,722件。",
            "12,722件",
            "2021-06-30",
        ),
    ],
)
def test_a_date_closed_by_zhi_is_as_of(text: str, number: str, last: str, trad: bool) -> None:
    r = read_text(text, trad)
    assert r.targets.empty, r.targets[["value_text", "deadline"]]
    row = written_row(r.observations, number)
    assert day_of(row["period_end"]) == last


@pytest.mark.parametrize("trad", [False, True])
def test_a_deadline_before_qian_stays(trad: bool) -> None:
    r = read_text("全市要求到2025年底前，城市生活污水集中收集率达到70%。", trad)
    row = written_row(r.targets, "70%")
    assert day_of(row["deadline"]) == "2025-12-31"


# --- 每N月: a frequency ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("計畫每2月進行1次巡檢。", [True]),
        ("每3个月检查一次，每年3月公告。", [False]),
        ("每 6 月抽测1次。", [True]),
        ("2月进行1次巡检。", [False]),
        ("每年2月进行1次巡检。", [False]),
    ],
)
def test_frequencies(text: str, expected: list[bool]) -> None:
    d = find_dates(text)
    assert frequencies(text, d).tolist() == expected


@pytest.mark.parametrize("trad", [True, False])
def test_every_two_months_lends_no_february(trad: bool) -> None:
    text = "縣府環保署報告。108年室內空氣品質作業：計畫每2月進行1次巡檢作業30家。"
    r = read_text(text, trad)
    row = written_row(r.observations, "30家")
    assert day_of(row["period_end"]) != "2019-02-28"
