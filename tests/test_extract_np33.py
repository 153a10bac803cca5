"""np33 (issue 13): the measure named before a period, and a place's count of a split.

* a measure written before the period that cuts it from its verb names the figure
  (``今年花蓮縣資源回收量1至7月已達4萬6723.96公噸``: 資源回收量, not ``今年`` nor no row):
  the words between two place names or dates of the clause, the nearest first
  (``_indicators._words_between_marks``);
* a count whose own words are a place only, in a split of a count written before it in
  the same measure word (``共计确定375项整改任务，其中北京市47项、上海市46项``), counts what
  the whole counts, in its place (``_IndicatorPicker._place_split_whole``); without such a
  whole it still names no measure;
* a rate named by its verb alone takes the object of the count of the clause right before
  that writes the same verb (``各類功能區晝間達標151點次，達標率為96.8%`` → 功能區晝間達標率;
  ``_indicators._object_of_verb``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import figure_rows
from tests.scripts import to_traditional

from envindicators.extract._indicators import _object_of_verb, _words_between_marks
from envindicators.units import to_simplified

_MARK = "(no measure named) "
_TABLES = ("observations", "targets", "context")


def _rows(text: str, hant: bool) -> dict[str, dict[str, object]]:
    """The rows of ``text`` (in traditional script when ``hant``) by their figure, the
    figures put back in simplified script."""
    written = to_traditional(text) if hant else text
    return {to_simplified(k): v for k, v in figure_rows(written, _TABLES).items()}


def _subject(row: dict[str, object]) -> str:
    return to_simplified(str(row["subject"]))


# ------------------------------------------------------- the measure before the period


def _spans(*pairs: tuple[int, int]) -> pd.DataFrame:
    return pd.DataFrame(list(pairs), columns=["start", "end"], dtype=int)


def test_the_words_between_two_marks_nearest_first() -> None:
    text = "2020年花莲县资源回收量1至7月已达4万吨"
    year, county = (0, 5), (5, 8)
    months = (text.index("1至7月"), text.index("1至7月") + 4)
    s = text.index("4万")
    words = _words_between_marks(text, 0, s, _spans(county), _spans(year, months), None)
    assert words == "资源回收量"


def test_no_words_between_marks_is_empty() -> None:
    text = "2019年北京市上半年为12万吨"
    s = text.index("12")
    places = _spans((5, 8))
    dates = _spans((0, 5), (8, 11))
    assert _words_between_marks(text, 0, s, places, dates, None) == ""


def test_marks_before_an_earlier_figure_are_not_read() -> None:
    text = "北京市清运量2019年12万吨、上海市2019年为15万吨"
    s = text.index("15")
    first = text.index("12万吨")
    figures = _spans((first, first + 4))
    places = _spans((0, 3), (text.index("上海市"), text.index("上海市") + 3))
    dates = _spans((6, 11), (text.index("2019年", 12), text.index("2019年", 12) + 5))
    assert _words_between_marks(text, 0, s, places, dates, figures) == ""


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("2020年花莲县资源回收量1至7月已达4万6723.96公吨。", "4万6723.96公吨", "资源回收量"),
        (
            "局长表示,今年花莲县资源回收量1至7月已达4万6723.96公吨,预期超过去年。",
            "4万6723.96公吨",
            "资源回收量",
        ),
        ("2019年,全市生活垃圾清运量上半年达到12.5万吨。", "12.5万吨", "生活垃圾清运量"),
        ("2021年,全省秸秆综合利用量1-9月为1260万吨。", "1260万吨", "秸秆综合利用量"),
    ],
)
def test_the_measure_before_a_period_names_the_figure(
    text: str, figure: str, name: str, hant: bool
) -> None:
    row = _rows(text, hant)[figure]
    assert _subject(row) == name


@pytest.mark.parametrize("hant", [False, True])
def test_a_period_and_a_place_alone_still_name_no_measure(hant: bool) -> None:
    rows = _rows("2019年,北京市上半年为12.5万吨。", hant)
    row = rows.get("12.5万吨")
    assert row is None or _subject(row).startswith(_MARK)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [  # words between two marks that name no measure are passed over
        ("去年,我省新增绵阳、乐山、眉山3个空气质量达标城市。", "3个", "空气质量达标城市"),
        ("2020年,澳门统计至11月为4.19%,其中PM2.5占0.33%。", "占0.33%", "PM2.5"),
    ],
)
def test_words_between_marks_naming_no_measure_are_passed_over(
    text: str, figure: str, name: str, hant: bool
) -> None:
    row = _rows(text, hant)[figure]
    assert _subject(row) == name


@pytest.mark.parametrize("hant", [False, True])
def test_an_actor_between_a_place_and_a_period_names_no_measure(hant: bool) -> None:
    rows = _rows("庆阳市镇原县供排水公司2018年5月至2019年4月超标107天。", hant)
    row = rows.get("超标107天")
    assert row is None or _subject(row).startswith(_MARK)


@pytest.mark.parametrize("hant", [False, True])
def test_a_measure_right_before_its_figure_is_unchanged(hant: bool) -> None:
    row = _rows("2019年,全市PM2.5平均浓度1-6月为35微克/立方米。", hant)["35微克/立方米"]
    assert row["indicator"] == "pm25_concentration"


# ------------------------------------------------------------ a place's count of a split


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "members", "name"),
    [
        (
            "2017年,共计确定375项整改任务,其中北京市47项、上海市46项、湖北省84项。",
            {"47项": "北京市", "46项": "上海市", "84项": "湖北省"},
            "整改任务",
        ),
        (
            "2019年7月,督查组共发现大气污染问题56个,其中,荆州区17个、沙市区12个。",
            {"17个": "荆州区", "12个": "沙市区"},
            "大气污染问题",
        ),
        (
            "2017年,全国问责人数超过1.7万人,其余依次为山西省868人、辽宁省724人、福建省412人。",
            {"868人": "山西省", "724人": "辽宁省", "412人": "福建省"},
            "问责人数",
        ),
        (
            "2018年全省共关停取缔企业1200家,其中,南京市300家、苏州市260家。",
            {"300家": "南京市", "260家": "苏州市"},
            "关停取缔企业",
        ),
    ],
)
def test_a_place_of_a_split_counts_what_the_whole_counts(
    text: str, members: dict[str, str], name: str, hant: bool
) -> None:
    rows = _rows(text, hant)
    for figure, place in members.items():
        row = rows[figure]
        assert name in _subject(row), (figure, row["subject"])
        assert not _subject(row).startswith(_MARK)
        assert to_simplified(str(row["region"])) == place


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2017年,北京市47项、上海市46项、湖北省84项。", "46项"),  # no whole
        ("2019年,督查组共发现问题56个,其中,荆州区17家、沙市区12家。", "12家"),  # another unit
        ("2019年共56个,其中,荆州区17个、沙市区12个。", "12个"),  # a whole of no measure
        (  # a place the gazetteer lacks, in the member's own clause: no whole
            "2021年,其中,朝阳区7件、南关区8件、净月高新区3件、长春新区4件。",
            "4件",
        ),
        (  # a topic's member before: the split is by topic, not this one's whole
            "2021年,涉及大气污染2个、生态破坏1个。从区域分布上看,蕉城区3个、福安市4个。",
            "4个",
        ),
    ],
)
def test_a_place_without_a_whole_named_still_names_no_measure(
    text: str, figure: str, hant: bool
) -> None:
    row = _rows(text, hant)[figure]
    assert _subject(row).startswith(_MARK), row["subject"]
    assert "净月高新区" not in _subject(row)
    assert "生态破坏" not in _subject(row)


@pytest.mark.parametrize("hant", [False, True])
def test_a_place_with_its_own_act_keeps_its_words(hant: bool) -> None:
    text = "2017年,共计确定375项整改任务,其中北京市完成42项、上海市完成35项。"
    row = _rows(text, hant)["35项"]
    assert _subject(row).startswith(_MARK)  # (its act's words: the list rules' work)
    assert "整改任务" not in _subject(row)


# ------------------------------------------------------- a rate named by its verb alone


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "2021年第四季度湖南省声环境。各类功能区昼间达标151点次,达标率为96.8%。",
            "96.8%",
            "功能区昼间达标率",
        ),
        (
            "2021年,全省地表水监测断面超标23个,超标率为12.5%。",
            "12.5%",
            "地表水监测断面超标率",
        ),
    ],
)
def test_a_rate_takes_the_object_of_its_verb_before(
    text: str, figure: str, name: str, hant: bool
) -> None:
    row = _rows(text, hant)[figure]
    assert _subject(row) == name


def test_a_rate_takes_the_object_of_its_verb_across_pinyin_glosses() -> None:
    text = (
        "2021年第四季度湖南省功能區聲環境。各類功能區(qū)晝間達(dá)標(biāo)151點(diǎn)次,"
        "達(dá)標(biāo)率為96.8%;夜間達(dá)標(biāo)139點(diǎn)次,達(dá)標(biāo)率為89.1%。"
    )
    rows = _rows(text, False)
    assert _subject(rows["96.8%"]).endswith("功能区昼间达标率")
    assert _subject(rows["89.1%"]) == "达标率"  # 夜间: a time of day alone, no object


@pytest.mark.parametrize("hant", [False, True])
def test_a_verb_further_back_gives_no_object(hant: bool) -> None:
    text = (
        "2022年某市声环境。其中,1类区超标测点1个,2类区12个,3类区0个,超标率分别为9.1%、14.3%、0%。"
    )
    rows = _rows(text, hant)
    for figure in ("9.1%", "14.3%"):
        assert not _subject(rows[figure]).startswith("1类区"), rows[figure]["subject"]


def test_the_object_of_a_verb_needs_a_count_after_it() -> None:
    text = "全市功能区昼间达标,达标率为96.8%"
    empty = pd.DataFrame(columns=["start", "end"], dtype=int)
    cs = text.index("达标率")
    assert _object_of_verb("达标率", text, 0, cs, empty, empty, empty) is None


def test_the_object_of_a_verb_is_the_words_before_it() -> None:
    text = "各类功能区昼间达标151点次,达标率为96.8%"
    empty = pd.DataFrame(columns=["start", "end"], dtype=int)
    at = text.index("151")
    figures = _spans((at, at + 5))
    cs = text.index("达标率")
    assert _object_of_verb("达标率", text, 0, cs, empty, empty, figures) == "功能区昼间"
    assert _object_of_verb("浓度", text, 0, cs, empty, empty, figures) is None
