"""reg33: registry links by likeness where no name or alias is written (issue 13).

A figure whose words write no registry name is proposed unless a second stage finds a
registry form it is like (:func:`~envindicators.extract._linking.link_by_likeness`): the
form ends in the phrase's own measure (a 配套率 is no 覆盖率 nor 普及率, a 处理能力 no 处理量),
its content is written, in order and weighted by rarity, in the figure's clause (its sentence
for a measure alone), the units convert, the guards of the ranked stage hold (quality,
polarity, medium, part and whole), and it leads the next indicator clearly.  Such a link is
low confidence, to review, with a note naming the form.  And the forms it must not touch.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import examples
from tests.report_rows import report_row

from envindicators.extract._linking import (
    LIKE_CHARS,
    char_weights,
    likeness,
    link_by_likeness,
    measure_word,
)

HAN = st.text(alphabet=st.sampled_from("粪污处理设施配套率清淤河道煤矿保护区的水质"), max_size=12)
WEIGHTS = st.dictionaries(
    st.sampled_from("粪污处理设施配套率清淤河道煤矿保护区的水质"),
    st.floats(min_value=0.5, max_value=6.0),
)


@examples(200)
@given(form=HAN, words=HAN, weights=WEIGHTS)
def test_likeness_is_a_share(form: str, words: str, weights: dict[str, float]) -> None:
    value = likeness(form, words, weights)
    assert 0.0 <= value <= 1.0
    if form and not set(form) & set(words):
        assert value == 0.0


@examples(200)
@given(form=HAN, before=HAN, between=HAN, after=HAN, weights=WEIGHTS)
def test_a_written_form_scores_top(
    form: str, before: str, between: str, after: str, weights: dict[str, float]
) -> None:
    if not form:
        return
    assert likeness(form, before + form + after, weights) == pytest.approx(1.0)
    spread = before + form[:1] + between + form[1:] + after  # words between its characters
    assert likeness(form, spread, weights) == pytest.approx(1.0)


@examples(200)
@given(form=HAN, words=HAN, more=HAN, weights=WEIGHTS)
def test_more_words_never_lower_the_likeness(
    form: str, words: str, more: str, weights: dict[str, float]
) -> None:
    value = likeness(form, words, weights)
    assert likeness(form, more + words, weights) >= value - 1e-12
    assert likeness(form, words + more, weights) >= value - 1e-12


def test_likeness_weighs_rare_characters_and_order() -> None:
    weights = {"粪": 5.0, "污": 1.0, "处": 1.0, "理": 1.0}
    assert likeness("粪污处理", "污处理", weights) == pytest.approx(3 / 8)
    assert likeness("粪污处理", "粪污", weights) == pytest.approx(6 / 8)
    assert likeness("粪污处理", "理处污粪", None) == pytest.approx(1 / 4)  # order counts
    assert likeness("", "粪污处理") == 0.0
    # written out of order: 减排化学需氧量 holds 排 before the substance, no 化学需氧量排放
    assert likeness("化学需氧量排放", "减排化学需氧量") == pytest.approx(5 / 7)


@pytest.mark.parametrize(
    ("name", "measure"),
    [
        ("规模养殖场粪污处理设施配套率", "配套率"),
        ("配套率", "配套率"),
        ("污水处理设施覆盖率", "覆盖率"),
        ("农村卫生厕所普及率", "普及率"),
        ("优良天数比重", "比例"),
        ("优良天数占比", "比例"),
        ("城镇污水处理能力", "能力"),
        ("城镇污水处理量", "量"),
        ("河道清淤清障量", "量"),
        ("清淤清障", ""),
        ("岩溶大泉数", "数"),
        ("地下水超采区数量", "数"),
        ("煤矿个数", "数"),
        ("建成区绿地面积", "面积"),
    ],
)
def test_measure_word(name: str, measure: str) -> None:
    content, its = measure_word(name)
    assert its == measure
    assert measure == "" or not content.endswith(measure)


FORMS = (
    ("规模养殖场粪污处理设施配套率", "manure"),
    ("污水处理设施覆盖率", "cover"),
    ("农村卫生厕所普及率", "toilet"),
    ("河道清淤清障量", "dredge"),
    ("城镇污水处理能力", "capacity"),
    ("城镇污水处理量", "treated"),
    ("地下水超采区数量", "zones"),
)


def _link(phrase: str, words: str) -> str | None:
    found = link_by_likeness(phrase, words, FORMS, lambda c, f: True, char_weights(FORMS))
    return None if found is None or found.score < 0.8 else found.code


@pytest.mark.parametrize(
    ("phrase", "words", "code"),
    [
        ("配套率", "规模化畜禽养殖场完成粪污处理设施建设,配套率", "manure"),
        ("普及率", "规模化畜禽养殖场完成粪污处理设施建设,普及率", None),  # another measure
        ("覆盖率", "全县污水处理设施建设加快,覆盖率", "cover"),
        ("清淤清障", "完成河道清淤清障", "dredge"),
        ("处理能力", "全市城镇污水处理能力", "capacity"),  # a capacity is no amount treated
        ("处理量", "全市城镇污水处理量", "treated"),
        ("配套率", "配套率", None),  # a measure alone, no content written
        ("地下水超采量", "全区地下水超采量", None),  # an amount is no count of zones
        ("超采区", "全区地下水超采区", "zones"),  # no measure word: the unit decides
    ],
)
def test_link_by_likeness(phrase: str, words: str, code: str | None) -> None:
    assert _link(phrase, words) == code


@pytest.mark.parametrize("phrase", ["覆盖率", "普及率", "比例", "处理率"])
def test_another_measure_is_never_the_form_written_before_it(phrase: str) -> None:
    words = "规模化畜禽养殖场完成粪污处理设施建设," + phrase
    assert _link(phrase, words) != "manure"  # only 配套率 is a 配套率


def test_a_short_content_never_links() -> None:
    forms = (("降水量", "rain"), ("河道清淤清障量", "dredge"))
    found = link_by_likeness("降水", "降水", forms, lambda c, f: True, char_weights(forms))
    assert found is None  # 降水: fewer than LIKE_CHARS characters of content
    assert LIKE_CHARS >= 3


def test_fits_decides_the_candidates() -> None:
    found = link_by_likeness(
        "配套率",
        "规模化畜禽养殖场完成粪污处理设施建设,配套率",
        FORMS,
        lambda c, f: c != "manure",
        char_weights(FORMS),
    )
    assert found is None


#: (text, figure, indicator): figures no registry name is written for, like one form only.
LIKENED = [
    (
        "2017年全省共有806家规模化畜禽养殖场完成粪污处理设施建设，配套率由2016年的54%提高到78%。",
        "54%",
        "livestock_manure_facility_share",
    ),
    (
        "2018年，全市畜禽规模养殖场粪污处理设施建设全面推进，配套率达到92%。",
        "92%",
        "livestock_manure_facility_share",
    ),
    (
        "2016年，全市完成大气污染防治项目1083项、水环境整治项目475项。",
        "1083项",
        "remediation_projects_completed",
    ),
    ("2018年，城区改造雨污管网56.89公里。", "56.89公里", "sewer_network_built"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), LIKENED)
def test_a_figure_like_one_registry_form_links_it_to_review(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code, (row["subject"], row["note"])
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert "likeness" in str(row["note"])


#: (text, figure): figures like no registry form clearly (another measure, no content
#: written, or two forms alike): they stay proposed.
NOT_LIKENED = [
    ("2018年，全市畜禽规模养殖场粪污处理设施建设全面推进，覆盖率达到92%。", "92%"),
    ("2018年，全市畜禽规模养殖场粪污处理设施建设全面推进，普及率达到92%。", "92%"),
    ("2018年，全市工作推进顺利，配套率达到92%。", "92%"),
    ("2018年，全市污水处理设施建设全面推进，配套率达到92%。", "92%"),
    # the opposite quality: 达标 water is no 超标 discharge
    ("2018年，全县每天约3万吨达标污水排入清河。", "3万吨"),
    # an amount, no count (地下水超采区数量)
    ("2019年，全区地下水超采量较2014年压减80%。", "80%"),
    # a part of a quality (优, not 优良): its quality word is not the form's
    ("2020年全市空气质量为优的天数194天，良好天数170天。", "194天"),
    # the form's words out of order (减排…化学需氧量: a cut, no 化学需氧量排放量)
    ("2015年，全市共减排化学需氧量2000吨。", "2000吨"),
    # most of the form's weight, a rare character not written (违: 适用配套办法的案件 is no
    # 环境违法案件 of all kinds)
    ("7月份，全国适用《环境保护法》配套办法的案件总数为3416件。", "3416件"),
    # a list's total (or a member's: the list rules decide, never a likeness)
    ("2022年主要空气污染物（PM2.5、SOX、NOX）排放总量较2021年减少近12%。", "12%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_LIKENED)
def test_a_figure_like_no_form_clearly_stays_proposed(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert str(row["indicator"]).startswith("proposed_"), (row["indicator"], row["note"])
    assert "likeness" not in str(row["note"])
