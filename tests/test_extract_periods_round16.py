"""Periods of ``read_report``, round 16 (issue 13, branch period16).

* an ROC year in Chinese numerals written without 民國 (``九十二年``, ``一百一十三年``) is read
  in a text of Taiwan, in the tens form only (never ``二〇〇三年``'s digits, nor a numeral
  inside a longer one), and never as a count of years (``近九十年``, ``七十年來``) nor a
  decade (``九十年代``, ``90年代``);
* an ROC fiscal year in Chinese numerals (``九十二年度``) makes a text Taiwan's, as 民國
  does: no Gregorian year nor count of years is written so;
* outside a text of Taiwan a tens-form year stays unread (``新中国成立七十年``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import observation_of, period_of
from tests.scripts import SCRIPTS, to_traditional

from envindicators.extract import read_report
from envindicators.extract._periods import is_roc_context
from envindicators.units import to_chinese_integer, to_simplified


def _script(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else to_simplified(text)


# ---------------------------------------------------------------------------------------
# ROC years in Chinese numerals without 民國, in a text of Taiwan
# ---------------------------------------------------------------------------------------
WITHOUT_ERA = {
    "九十二年": ((2003, 1, 1), (2003, 12, 31)),
    "一百零三年": ((2014, 1, 1), (2014, 12, 31)),
    "一百一十三年": ((2024, 1, 1), (2024, 12, 31)),
    "九十二年上半年": ((2003, 1, 1), (2003, 6, 30)),
    "一百一十二年12月": ((2023, 12, 1), (2023, 12, 31)),
    "八十九年": ((2000, 1, 1), (2000, 12, 31)),
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("written", list(WITHOUT_ERA))
@pytest.mark.parametrize("region", ["台湾省", None])
def test_an_roc_year_in_numerals_without_era(written: str, script: str, region: str | None) -> None:
    # with the region given, or the text Taiwan's by an ROC fiscal year elsewhere in it
    lead = "" if region else "本計畫為九十三年度補助計畫。\n\n"
    text = _script(f"{lead}{written}，臺灣地區PM10平均濃度為55微克/立方米。", script)
    row = observation_of(text, "55微克/立方米", region=region)
    first, last = WITHOUT_ERA[written]
    assert period_of(row) == (pd.Timestamp(*first), pd.Timestamp(*last))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "written",
    ["近九十年來", "七十年來", "九十年代以來", "90年代以來", "歷經八十年", "一百年以上"],
)
def test_no_roc_year_for_a_count_of_years_or_a_decade(written: str, script: str) -> None:
    text = _script(f"{written}，臺灣地區PM10平均濃度為55微克/立方米。", script)
    row = observation_of(text, "55微克/立方米", region="台湾省")
    assert pd.isna(row["period_end"]), row["period_text"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("written", ["九二年", "二〇〇三年", "一九九二年"])
def test_a_year_not_in_the_tens_form_is_no_roc_year(written: str, script: str) -> None:
    text = _script(f"{written}，臺灣地區PM10平均濃度為55微克/立方米。", script)
    row = observation_of(text, "55微克/立方米", region="台湾省")
    # 二〇〇三年 and 一九九二年 are Gregorian (the parser's); 九二年 is no year at all
    assert pd.isna(row["period_end"]) or pd.Timestamp(row["period_end"]).year in (2003, 1992)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_mainland_count_of_years_stays_unread(script: str) -> None:
    text = _script("新中国成立七十年，全国森林覆盖率为22%。", script)
    row = observation_of(text, "22%")
    assert pd.isna(row["period_end"]), row["period_text"]


# ---------------------------------------------------------------------------------------
# An ROC fiscal year in Chinese numerals makes a text Taiwan's
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("迄九十二年度止，資源回收量達一三八萬公噸。", True),
        ("一百一十三年度計畫執行完畢。", True),
        ("一百年度補助原則", True),
        ("二〇〇三年度全国资源回收量为138万吨。", False),
        ("2003年度全国资源回收量为138万吨。", False),
        ("新中国成立七十年来，森林覆盖率提高。", False),
        ("一千九十二年度", False),  # inside a longer numeral
    ],
)
def test_an_roc_fiscal_year_marks_a_text_of_taiwan(text: str, expected: bool, script: str) -> None:
    assert is_roc_context(_script(text, script), None) is expected


@pytest.mark.parametrize("script", SCRIPTS)
def test_fiscal_year_lends_its_calendar_to_the_clause(script: str) -> None:
    text = _script(
        "資源回收方面，九十二年度回收量總計達一三八萬公噸，與九十一年度一二四萬公噸相比較，"
        "提高約十四萬公噸。",
        script,
    )
    row = observation_of(text, "一三八万公吨")
    assert pd.Timestamp(row["period_end"]) == pd.Timestamp(2003, 12, 31)


# ---------------------------------------------------------------------------------------
# Property: every tens-form ROC year 60–130 in a text of Taiwan is year + 1911
# ---------------------------------------------------------------------------------------
@settings(max_examples=30, deadline=None)
@given(roc=st.integers(60, 130), traditional=st.booleans(), fiscal=st.booleans())
def test_roc_year_words_without_era_property(roc: int, traditional: bool, fiscal: bool) -> None:
    year = to_chinese_integer(roc) + ("年度" if fiscal else "年")
    text = f"{year}，臺灣地區PM10平均濃度為55微克/立方米。"
    text = to_traditional(text) if traditional else to_simplified(text)
    o = read_report(text, source="x.txt").observations  # 年度 alone makes the text Taiwan's
    o = o if fiscal else read_report(text, source="x.txt", region="台湾省").observations
    assert len(o) == 1, o[["value_text", "period_text"]]  # the year is no figure
    assert pd.Timestamp(o.iloc[0]["period_end"]) == pd.Timestamp(roc + 1911, 12, 31)
