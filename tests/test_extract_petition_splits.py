"""Petitions split by place, topic or channel; 达标天数 (issue 13, reg26).

An inspection team's petition report gives the petitions it transferred and then splits them
by place (``按区域划分，雁塔区5件、碑林区4件``), by topic (``涉及大气污染25件``) or by channel
(``来电12件、来信8件``).  Each member counts petitions (``petitions_handled``, the registry row
whose ``action`` is ``handle:petition``): the place is the row's region, the topic or channel
is written after the whole's name, never as the measure.  Counts of another act, of another
measure word or with no petitions named before them are not petitions.  达标天数 (the days
whose air meets the standard) is the registry's ``good_air_days``.  Sentences are our own,
not the reports'.
"""

from __future__ import annotations

import pytest
from tests.report_rows import row_of_value
from tests.scripts import both_scripts, in_both_scripts
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._indicators import _in_aside, _petition_head
from envindicators.units import to_simplified

_CODE = "petitions_handled"


# (text, value, region or None, words the subject holds besides the petitions' name)
SPLITS = both_scripts(
    [
        (
            "5月12日，中央第三生态环境保护督察组向我市交办第五批信访件12件。"
            "按区域划分，雁塔区5件、碑林区4件、未央区3件。",
            4,
            "碑林区",
            None,
        ),
        (
            "5月12日，中央第三生态环境保护督察组向我市交办第五批信访件12件。"
            "按区域划分，雁塔区5件、碑林区4件、未央区3件。",
            3,
            "未央区",
            None,
        ),
        (
            "6月3日，省督察组向西安市转办群众信访举报件共15件，其中，雁塔区6件，碑林区5件，"
            "高新区4件。",
            4,
            None,
            None,
        ),
        (
            "截至8月10日，督察组累计转办群众举报件60件，涉及大气污染25件、水污染20件、"
            "噪声污染15件。",
            20,
            None,
            "水污染",
        ),
        (
            "截至8月10日，督察组累计转办群众举报件60件，涉及大气污染25件、水污染20件、"
            "噪声污染15件。",
            15,
            None,
            "噪声污染",
        ),
        (
            "7月9日，省督察组向我市交办第二批信访举报件共20件(来电12件、来信8件)。",
            12,
            None,
            "来电",
        ),
        (
            "7月9日，省督察组向我市交办第二批信访举报件共20件(来电12件、来信8件)。",
            8,
            None,
            "来信",
        ),
        (
            "督察组受理的举报件共41件，按类型分，土壤类18件、大气类13件、其他10件。",
            13,
            None,
            "大气类",
        ),
        (
            "督察组向我省交办第三批信访举报件13件。"
            "群众举报反映问题涉及水污染6件、大气污染4件、其他污染3件。",
            3,
            None,
            "其他污染",
        ),
    ]
)


@pytest.mark.parametrize(("text", "value", "region", "topic"), SPLITS)
def test_a_member_of_a_petitions_split_counts_petitions(
    text: str, value: float, region: str | None, topic: str | None
) -> None:
    row = row_of_value(with_context(read_report(text)), value)
    assert row["indicator"] == _CODE
    assert bool(row["needs_review"])  # read across a split: to review
    subject = to_simplified(str(row["subject"]))
    assert "件" in subject or "举报" in subject  # the petitions' name, not the member's
    if region is not None:
        assert row["region"] == region
        assert region not in subject  # the place is the region, not the measure
    if topic is not None:
        assert topic in subject


# (text, value): counts in a petitions text that are no petitions
NOT_SPLITS = both_scripts(
    [
        # an act of another class after the petitions: its cases
        (
            "针对群众信访举报问题，督察组立案查处45件，其中雁塔区10件、碑林区8件。",
            10,
        ),
        # no petitions named: cases
        ("全市共查处环境违法案件30件，其中雁塔区10件、碑林区8件。", 10),
        # another measure word: enterprises
        ("督察组交办信访件50件，涉及企业40家，其中雁塔区10家、碑林区9家。", 10),
        # a split with no whole named before it
        ("按区域划分，雁塔区5件、碑林区4件、未央区3件。", 5),
        # an act written with a verb of its own after a split: no member of it
        ("督察组交办信访件50件，其中雁塔区8件，已责令整改6件。", 6),
        ("督察组交办信访件50件，涉及大气污染30件，责令限期整改12件。", 12),
    ]
)


@pytest.mark.parametrize(("text", "value"), NOT_SPLITS)
def test_a_count_of_another_thing_is_no_petitions_split(text: str, value: float) -> None:
    row = row_of_value(with_context(read_report(text)), value)
    assert row["indicator"] != _CODE


def test_petition_head_is_the_last_head_with_no_other_act_after_it() -> None:
    text = "督察组交办群众信访举报件共20件"
    assert _petition_head(text, 0, len(text) - 3) == "信访举报件"
    text = "针对信访举报问题，立案查处45件"
    assert _petition_head(text, 0, len(text) - 3) is None
    text = "全市共查处环境违法案件30件"
    assert _petition_head(text, 0, len(text) - 3) is None
    text = "督察組交辦群眾舉報件共20件"
    assert _petition_head(text, 0, len(text) - 3) == "舉報件"


def test_in_aside_reads_an_open_bracket_of_the_clause() -> None:
    text = "共20件(来电12件、来信8件)，涉及雁塔区5件"
    assert _in_aside(text, 0, text.index("12"))
    assert _in_aside(text, 0, text.index("8件"))
    assert not _in_aside(text, 0, text.index("5件"))
    assert not _in_aside(text, 0, text.index("20"))


# ------------------------------------------------------------ 达标天数: the days of good air

# (text, value, indicator): 达标天数 is the registry's good_air_days (an air bulletin's word
# for the days whose AQI meets the standard), its share stays the share, other days are not it
GOOD_DAYS = both_scripts(
    [
        ("2019年10月，全市空气质量达标天数为27天。", 27, "good_air_days"),
        ("2021年，全县累计达标天数为301天，同比增加12天。", 301, "good_air_days"),
        ("2019年10月，全市达标天数比例为87.1%。", 87.1, "good_air_days_share"),
    ]
)


@pytest.mark.parametrize(("text", "value", "code"), GOOD_DAYS)
def test_days_meeting_the_air_standard_are_good_air_days(
    text: str, value: float, code: str
) -> None:
    assert row_of_value(with_context(read_report(text)), value)["indicator"] == code


@pytest.mark.parametrize(
    "text",
    [
        *in_both_scripts("2019年10月，全市空气质量超标天数为4天。"),
        *in_both_scripts("2019年10月，全市重度污染天数为4天。"),
    ],
)
def test_other_days_are_no_good_air_days(text: str) -> None:
    assert row_of_value(with_context(read_report(text)), 4)["indicator"] != "good_air_days"
