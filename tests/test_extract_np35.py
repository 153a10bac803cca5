"""np35 (issue 13): a list's ``其他`` member keeps its ``其他``.

* the 其 of ``其他``/``其它``/``其余`` is no pronoun to trim from a phrase's head (the 其 of
  ``其排放量`` is): ``其他污染17个`` is named ``其他污染``, not ``污染`` (the whole) nor
  ``他污染``; ``其他类98.5%`` is ``其他类``, not ``他类`` (``_indicators._TRIM_HEAD``);
* a member written as a medium alone (``生态26个``, ``噪声6个``: ``PETITION_TOPICS``) is no
  total of the members after it (``_IndicatorPicker._total_of``): no ``其他污染生态``;
* the words of a bracket opened after a figure (``7件（部分案件涉及2种…``) are an aside, not
  the noun of a list written figure first, whose 及 they took for a list mark
  (``_indicators._figure_first``): ``其他污染类案件7件`` is no ``部分案件涉``.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.extract._indicators import _trimmed
from envindicators.units import to_simplified


def _subject(text: str, value: str, hant: bool) -> str:
    return to_simplified(str(report_row(text, value, hant=hant)["subject"]))


# ------------------------------------------------------------ the trim keeps 其他


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("其他污染", "其他污染"),
        ("其它污染", "其它污染"),
        ("，其他类", "其他类"),
        ("其他水源供水量", "其他水源供水量"),
        ("其餘案件", "其餘案件"),
        ("其他信訪投訴件", "其他信訪投訴件"),
    ],
)
def test_the_rest_keeps_its_qi(words: str, kept: str) -> None:
    assert _trimmed(words, 0, len(words)) == kept


@pytest.mark.parametrize(
    ("words", "trimmed"),
    [
        ("其排放量", "排放量"),  # 其 a pronoun
        ("其產生量", "產生量"),
        ("其中大气污染", "大气污染"),  # 其中 opens a part
        ("其余依次为山西省", "山西省"),  # an order's frame
        ("其次依序為噪音", "噪音"),
    ],
)
def test_a_pronoun_and_frames_are_still_trimmed(words: str, trimmed: str) -> None:
    assert _trimmed(words, 0, len(words)) == trimmed


# ------------------------------------------------------------ rows of lists


@pytest.mark.parametrize("hant", [False, True])
def test_the_rest_of_a_petition_list_after_media_alone(hant: bool) -> None:
    text = "交办的信访件中，大气23个，噪声6个，土壤25个，生态26个，其他污染17个。"
    assert _subject(text, "17个", hant) == "其他污染"  # not 污染, nor 其他污染生态
    assert _subject(text, "26个", hant) == "生态"  # the members before are as they were
    assert _subject(text, "6个", hant) == "噪声"


@pytest.mark.parametrize("hant", [False, True])
def test_the_rest_of_a_list_of_pollution_kinds(hant: bool) -> None:
    text = "其中，水污染7个、土壤污染5个、噪声污染4个、其他污染2个。"
    assert _subject(text, "2个", hant) == "其他污染"
    assert _subject(text, "4个", hant) == "噪声污染"  # the member before keeps its name


@pytest.mark.parametrize("hant", [False, True])
def test_the_rest_of_a_list_of_rates(hant: bool) -> None:
    text = "各类问题整改率分别为污染源类99.5%、综合管理类99.2%、其他类98.5%。"
    # not 他类; the class with the header's measure since np43 (a class's name alone names
    # no measure: HANDCHECK, check 31), 各类 no part of it
    assert _subject(text, "98.5%", hant) == "其他类问题整改率"
    assert _subject(text, "99.2%", hant) == "综合管理类问题整改率"


@pytest.mark.parametrize("hant", [False, True])
def test_the_rest_of_water_sources(hant: bool) -> None:
    text = "全年供水量6000亿立方米，其他水源供水量57亿立方米。"
    assert _subject(text, "57亿", hant) == "其他水源供水量"
    assert _subject(text, "6000亿", hant) == "供水量"


@pytest.mark.parametrize("hant", [False, True])
def test_a_pronoun_before_a_measure_is_still_dropped(hant: bool) -> None:
    assert _subject("该厂废水排放量为30万吨，其排放量为12万吨。", "12万吨", hant) == "排放量"


# ------------------------------------------------------------ an aside after the figure


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("member", ["其他污染类案件", "水污染类案件"])
def test_an_aside_after_a_member_does_not_name_it(hant: bool, member: str) -> None:
    text = (
        f"按污染类型分，大气类案件20件，噪声类案件14件，{member}7件"
        "（部分案件涉及2种及以上污染类型）。"
    )
    assert _subject(text, "7件", hant) == member  # not 部分案件涉
    assert _subject(text, "14件", hant) == "噪声类案件"


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_written_figure_first_keeps_its_nouns(hant: bool) -> None:
    text = "全年共回收447公吨废纸、63公吨塑胶类废料和12公吨金属。"
    assert _subject(text, "447", hant) == "废纸"
    assert _subject(text, "63", hant) == "塑胶类废料"
