"""read_report: members of a breakdown take the breakdown's measure (issue 13, branch cat24).

Statistics break a total into categories (sectors, classes, grades, pollution types,
sources) and write each category with its own figure; the measure is written once near
the list:

* a total before the members, in the same unit (``全市20个市控以上地表水断面，Ⅱ类10个``):
  the member is named from the total's words (Ⅱ类市控以上地表水断面);
* the whole of a share, written with the first share (``占燃料燃烧总排放的14.05%，工业占
  48.74%``) or as the set of an ``N个X中`` (``1613个水质断面中，Ⅰ类占5.0%``);
* the measure of the member before, written as category + measure (``轻度污染天数比例为
  15.9%，中度污染为4.2%``);
* a ``分别`` list of categories whose last member goes on to what they classify
  (``优良级、…和极差级点位分别占…``): one member per figure.

A figure whose words are no category alone, or with no measure written in those places,
keeps today's phrase.
"""

from __future__ import annotations

import pytest
from tests.report_rows import observations as _obs
from tests.report_rows import row_of_value as _by_value
from tests.scripts import in_both_scripts as _both
from tests.scripts import to_traditional

from envindicators.extract._phrases import _category_head, list_member
from envindicators.extract._segment import is_category
from envindicators.units import to_simplified


# ------------------------------------------------------------------------ what a category is
@pytest.mark.parametrize(
    ("words", "category"),
    [
        ("金属工业", True),
        ("农业", True),
        ("服务业", True),
        ("塑胶制品制造业", True),
        ("省级", True),
        ("优良级", True),
        ("大气污染", True),
        ("工业源", True),
        ("Ⅱ类", True),
        ("劣Ⅴ类", True),
        ("纸类", True),
        ("重点企业", False),  # a thing, no category of one
        ("作业", False),
        ("垃圾处理场", False),
        ("运输", False),  # no category word: left as it is
        ("各类", False),
        ("两类", False),
        ("12类", False),
        ("排放量", False),
        ("新增金属工业", False),  # a verb: what was added, no category
    ],
)
def test_category_words(words: str, category: bool) -> None:
    assert is_category(words) is category
    assert is_category(to_traditional(words)) is category


# ----------------------------------------------------------- members after a total, no 其中
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "2020年，全市20个市控以上地表水断面，Ⅱ类10个，Ⅲ类9个，Ⅳ类1个。",
            9,
            "Ⅲ类市控以上地表水断面",
        ),
        (
            "2020年本县列管工厂家数2,289家，以塑胶制品制造业所列管的352家为最多，其次为金属工业296家。",
            296,
            "金属工业列管工厂家数",
        ),
        ("2021年全省建有自然保护区51处，国家级18处、省级33处。", 33, "省级自然保护区数量"),
        ("2019年全市重点排污单位500家，制造业320家、建筑业80家。", 80, "建筑业重点排污单位"),
    ],
)
def test_member_after_total(text: str, value: float, subject: str) -> None:
    for t in _both(text):
        row = _by_value(_obs(t), value)
        assert to_simplified(str(row["subject"])) == subject, row["subject"]


def test_member_after_total_is_named_with_the_total_words() -> None:
    row = _by_value(_obs("2020年，全市20个市控以上地表水断面，Ⅱ类10个，Ⅲ类9个。"), 10)
    assert row["subject"] == "Ⅱ类市控以上地表水断面"
    row = _by_value(
        _obs("2020年本縣列管工廠家數2,289家，其次為金屬工業296家。"),
        296,
    )
    assert row["subject"] == "金屬工業列管工廠家數"  # the words as written


def test_member_does_not_take_the_total_code() -> None:
    obs = _obs("2021年全省建有自然保护区51处，国家级18处、省级33处。")
    total, part = _by_value(obs, 51), _by_value(obs, 18)
    assert total["indicator"] == "nature_reserves_count"
    assert part["indicator"] != total["indicator"]
    assert str(part["indicator"]).startswith("proposed_")
    assert part["subject"] == "国家级自然保护区数量"


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # the member's words name a thing of their own: a sibling, no category
        ("2020年建成污水处理厂5座，垃圾处理场3座。", 3, "垃圾处理场"),
        # no category word
        ("2020年本市受理案件120件，运输30件。", 30, "运输"),
    ],
)
def test_no_category_keeps_its_words(text: str, value: float, subject: str) -> None:
    for t in _both(text):
        row = _by_value(_obs(t), value)
        assert to_simplified(str(row["subject"])).endswith(subject), row["subject"]


@pytest.mark.parametrize(
    "text",
    [
        # a rate between the total and the member: the member is of another measure
        "2020年检查企业200家，达标率为90%，金属工业20家。",
        # a figure of another unit between
        "2020年检查企业200家，罚款300万元，金属工业20家。",
        # the member's words hold more than the category
        "2020年检查企业200家，新增金属工业20家。",
    ],
)
def test_member_of_no_total(text: str) -> None:
    for t in _both(text):
        row = _by_value(_obs(t), 20)
        assert "检查企业" not in to_simplified(str(row["subject"])), row["subject"]


def test_total_named_by_a_verb_alone_is_no_total() -> None:
    # the total's words are the verb 监测 (linked by the registry): no thing to divide
    obs = _obs("11月监测的20个市控以上地表水断面,Ⅱ类10个,Ⅲ类9个。")
    row = _by_value(obs, 10)
    assert "监测Ⅱ类" not in str(row["subject"])


# ------------------------------------------------------------------------- shares of a whole
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "2020年能源部门之CO2排放约占燃料燃烧总排放的14.05%，工业占48.74%，农业占1.15%。",
            1.15,
            "农业占燃料燃烧总排放比重",
        ),
        (
            "2020年城镇生活污水排放量296.6亿吨，占废水排放总量的55.3%，工业源占44.7%。",
            44.7,
            "工业源占废水排放总量比重",
        ),
        ("2020年监测的1613个水质断面中，Ⅰ类占5.0%，Ⅱ类占43.0%。", 43.0, "Ⅱ类水质断面比例"),
        (
            "2020年在监测的331个城市中，较好的占67.4%，轻度污染的占25.4%。",
            25.4,
            "轻度污染城市比例",
        ),
        ("全县列管工厂2,289家中，金属工业占12.9%，化学工业占8.1%。", 8.1, "化学工业列管工厂比例"),
    ],
)
def test_share_of_a_whole(text: str, value: float, subject: str) -> None:
    for t in _both(text):
        row = _by_value(_obs(t), value)
        assert to_simplified(str(row["subject"])) == subject, row["subject"]


def test_share_whole_kept_in_its_script() -> None:
    row = _by_value(_obs("2020年能源部門約占燃料燃燒總排放的14.05%，農業占1.15%。"), 1.15)
    assert row["subject"] == "農業占燃料燃燒總排放比重"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no category: a share's words of their own stay
        ("2020年能源部门约占燃料燃烧总排放的14.05%，运输占14.17%。", 14.17),
        # a rate between the whole and the share: the share is of that
        ("2020年1613个水质断面中，达标率为80%，Ⅰ类占5.0%。", 5.0),
        # a count between the whole and the share: no list of shares
        ("2020年1613个水质断面中，Ⅰ类80个，Ⅱ类占5.0%。", 5.0),
    ],
)
def test_share_of_no_whole(text: str, value: float) -> None:
    for t in _both(text):
        row = _by_value(_obs(t), value)
        words = to_simplified(str(row["subject"]))
        assert not words.endswith(("比重", "水质断面比例")), row["subject"]


# ------------------------------------------------------------ the measure of the member before
def test_member_takes_the_measure_of_the_member_before() -> None:
    text = (
        "2020年平均超标天数比例为23.3%，其中轻度污染天数比例为15.9%，中度污染为4.2%，"
        "重度污染为2.5%。"
    )
    for t in _both(text):
        obs = _obs(t)
        assert to_simplified(str(_by_value(obs, 4.2)["subject"])) == "中度污染天数比例"
        heavy = _by_value(obs, 2.5)
        assert to_simplified(str(heavy["subject"])) == "重度污染天数比例"
        # a composed phrase links only a registry name written whole, never by most words
        assert str(heavy["indicator"]).startswith("proposed_")


def test_member_before_of_another_category_only() -> None:
    # the member before names no category first: nothing to take
    obs = _obs("2020年超标天数比例为23.3%，中度污染为4.2%。")
    assert to_simplified(str(_by_value(obs, 4.2)["subject"])) != "中度污染天数比例"


# ------------------------------------------------------------------ a 分别 list of categories
@pytest.mark.parametrize(
    ("parts", "head"),
    [
        (["优良级", "良好级", "极差级点位"], 3),
        (["工业", "农业", "服务业增加值"], 3),
        (["轻度污染", "重度污染天数"], 4),
        (["工业", "农业用水"], 2),  # 工业、农业|用水: the water both use
        (["工业", "运输排放量"], None),  # the last begins with no category
        (["钢铁", "水泥行业产能"], None),  # 钢铁: no category
        (["工业源", "生活源"], None),  # the last is a category alone
    ],
)
def test_category_head(parts: list[str], head: int | None) -> None:
    assert _category_head(parts) == head


def test_list_of_grades_one_member_per_figure() -> None:
    text = (
        "地下水5100个水质监测点位中，优良级、良好级、较好级、较差级和极差级点位分别占"
        "8.8%、23.1%、1.5%、51.8%和14.8%。"
    )
    for t in _both(text):
        obs = _obs(t)
        assert to_simplified(str(_by_value(obs, 23.1)["subject"])) == "良好级点位"
        assert to_simplified(str(_by_value(obs, 14.8)["subject"])) == "极差级点位"
    assert list_member("工业、农业和服务业增加值", 1, 3) == "农业增加值"


def test_member_takes_the_noun_of_the_member_before() -> None:
    # the member before names its category and the thing counted: Ⅲ类 counts that thing
    text = "2020年，我市地表水23个监测评价断面中，Ⅱ类水质断面20个、Ⅲ类2个，占95.7%。"
    for t in _both(text):
        assert to_simplified(str(_by_value(_obs(t), 2)["subject"])) == "Ⅲ类水质断面"


def test_total_is_the_nearest_figure_that_is_no_member() -> None:
    # the members after 涉及 are of the reports accepted, not of all received
    text = "2019年共收到举报2069件，受理有效举报1364件，涉及大气污染545件、水污染201件。"
    for t in _both(text):
        words = to_simplified(str(_by_value(_obs(t), 201)["subject"]))
        assert "收到举报" not in words, words


def test_member_share_links_no_range_of_classes() -> None:
    # Ⅲ类水质断面比例 is no share of Ⅰ～Ⅲ类 sections, whatever words they share
    row = _by_value(_obs("2020年监测的1613个水质断面中，Ⅱ类占43.0%，Ⅲ类占26.3%。"), 26.3)
    assert row["subject"] == "Ⅲ类水质断面比例"
    assert row["indicator"] != "surface_water_good_share"
    assert str(row["indicator"]).startswith("proposed_")
