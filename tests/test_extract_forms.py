"""expand_forms: the written forms of registry names with slashes and parentheses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import datasets
from envindicators.extract import Lexicon, expand_forms, read_report
from envindicators.extract._predicates import measure_fits, predicate_after, predicate_before
from envindicators.units import normalize_text

# Han characters without 的 (the word boundary of the slash rule), as normalised (simplified)
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(
    lambda c: c != "的" and normalize_text(c).text == c
)


def _words(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.text(_HAN, min_size=lo, max_size=hi)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        # a 的 closes the right alternative: the words after it are shared
        ("完成整治/改造的企业", {"完成整治的企业", "完成改造的企业", "改造的企业"}),
        ("检查/监察的企业", {"检查的企业", "监察的企业"}),
        ("停产整治/停工的企业", {"停产整治的企业", "停产停工的企业", "停工的企业"}),
        # a 的 opens the left alternative: the words before it are shared
        ("完成的治理/整改项目", {"完成的治理项目", "完成的整改项目", "完成的治理"}),
        (
            "完成治理的矸石山/煤矸石处置场",
            {"完成治理的矸石山", "完成治理的煤矸石处置场", "完成治理的矸石山处置场"},
        ),
        ("完成专项整治的点位/项目", {"完成专项整治的点位", "完成专项整治的项目"}),
        # no 的: the shorter side is a whole word at the head or tail of the longer
        ("化解/淘汰落后过剩产能", {"化解落后过剩产能", "淘汰落后过剩产能"}),
        ("整改/强化措施数", {"整改措施数", "强化措施数"}),
    ],
)
def test_slash_between_alternatives_inside_a_name(name: str, forms: set[str]) -> None:
    assert expand_forms(name) == forms


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        # other words for the word before the parenthesis
        ("吨煤涌水量(排水量)", {"吨煤涌水量", "吨煤排水量", "吨煤涌水量排水量"}),
        ("生态破坏(毁坏土地)面积", {"生态破坏面积", "毁坏土地面积", "生态破坏毁坏土地面积"}),
        ("监测(考核)断面数", {"监测断面数", "考核断面数", "监测考核断面数"}),
        # a modifier added to the word the part ends with
        (
            "位于保护区(泉域重点保护区)内的煤矿",
            {
                "位于保护区内的煤矿",
                "位于泉域重点保护区内的煤矿",
                "位于保护区泉域重点保护区内的煤矿",
            },
        ),
        # identifiers stand for the word; parts not in Han script only qualify
        ("细颗粒物(PM2.5)年均浓度", {"细颗粒物年均浓度", "PM2.5年均浓度"}),
        ("水质优良(Ⅰ～Ⅲ类)比例", {"水质优良比例", "水质优良I~III类比例"}),
        # a list inside the parenthesis is not expanded
        ("建成污水处理设施(站、厂)数", {"建成污水处理设施数"}),
    ],
)
def test_parenthesised_part_of_a_name(name: str, forms: set[str]) -> None:
    assert expand_forms(name) == forms


@given(head=_words(0, 4), a=_words(2, 3), b=_words(2, 3), tail=_words(1, 4))
def test_slash_word_closed_by_de_keeps_the_shared_words(
    head: str, a: str, b: str, tail: str
) -> None:
    # <head><a>/<b>的<tail>: both alternatives of one length take the shared head and tail
    if len(a) != len(b):
        b = (b * 2)[: len(a)]
    forms = expand_forms(f"{head}{a}/{b}的{tail}")
    assert {f"{head}{a}的{tail}", f"{head}{b}的{tail}"} <= forms
    assert all(f.endswith(f"的{tail}") for f in forms)


@given(head=_words(1, 4), a=_words(2, 3), b=_words(2, 3), tail=_words(1, 3))
def test_slash_word_opened_by_de_keeps_the_shared_words(
    head: str, a: str, b: str, tail: str
) -> None:
    # <head>的<a>/<b><tail>: the right alternative is the word of the left one's length
    if len(a) != len(b):
        b = (b * 2)[: len(a)]
    forms = expand_forms(f"{head}的{a}/{b}{tail}")
    assert {f"{head}的{a}{tail}", f"{head}的{b}{tail}"} <= forms
    assert all(f.startswith(f"{head}的") for f in forms)


@given(head=_words(1, 4), word=_words(2, 4), other=_words(2, 4), tail=_words(0, 3))
def test_parenthesised_han_words_stand_for_the_word_before(
    head: str, word: str, other: str, tail: str
) -> None:
    forms = expand_forms(f"{head}{word}({other}){tail}")
    assert {f"{head}{word}{tail}", f"{head}{word}{other}{tail}"} <= forms
    # the replaced form keeps the head when the part is no longer than the word
    if len(other) <= len(word):
        assert f"{head}{word[: len(word) - len(other)]}{other}{tail}" in forms


def test_no_registry_form_is_a_fragment_of_a_word_at_a_slash() -> None:
    # every form of a slashed name ends with the name's last character or the
    # last character of an alternative (no ``完成整治业``)
    reg = datasets.load("indicators")
    for name in reg["name_zh"]:
        if "/" not in name or "(" in name:
            continue
        a, b = name.split("/")
        for form in expand_forms(name):
            assert form[-1] in {a[-1], b[-1]}, (name, form)
            assert form[0] in {a[0], b[0]}, (name, form)


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("2020年，全市完成改造的企业为15家。", "enterprises_rectified"),
        ("2020年，全市完成整治的企业为15家。", "enterprises_rectified"),
        ("2020年，全市停工的企业为12家。", "enterprises_suspended"),
        ("2019年，全省完成的整改项目为8个。", "remediation_projects_completed"),
        ("2020年，吨煤排水量为6.3立方米/吨。", "mine_water_per_tonne_coal"),
        ("2019年，全省毁坏土地面积为30公顷。", "ecological_damage_area"),
    ],
)
def test_read_report_links_each_form(sentence: str, indicator: str) -> None:
    obs = read_report(sentence).observations
    assert obs["indicator"].tolist() == [indicator]


def _enterprise_predicates() -> list[tuple[str, str]]:
    """``(predicate, code)`` of the registry's ``<predicate>的企业`` names, one code each."""
    lexicon = Lexicon.from_registry(datasets.load("indicators"))
    codes: dict[str, set[str]] = {}
    for head, predicate, code in lexicon.predicated:
        if head == "企业":
            codes.setdefault(predicate, set()).add(code)
    return sorted((p, next(iter(c))) for p, c in codes.items() if len(c) == 1)


@given(
    name=st.sampled_from(_enterprise_predicates()),
    n=st.integers(1, 9999),
    filler=st.sampled_from(["", "了", "共"]),
    nxt=st.sampled_from(["。", "，罚款5万元。", "、其他12家。"]),
)
@settings(max_examples=25)
def test_predicate_before_a_bare_count_names_the_count(
    name: tuple[str, str], n: int, filler: str, nxt: str
) -> None:
    # 「<predicate>N家」 with the head 企业 left out counts 「<predicate>的企业」
    predicate, code = name
    obs = read_report(f"2020年，全市依法{predicate}{filler}{n}家{nxt}").observations
    first = obs[obs["value"] == n]
    assert first["indicator"].tolist()[:1] == [code]
    assert first["confidence"].tolist()[:1] != ["high"]  # the head is implied: not high


@pytest.mark.parametrize(
    "sentence",
    [
        "2020年，全市完成整治12个村庄。",  # a noun of its own after the count
        "2020年，全县完成农村热源改造3807户。",  # households are counted in 户, not 企业
        "2020年，全市完成8个。",  # 完成 alone names too many counts
    ],
)
def test_predicate_before_a_count_of_something_else_names_nothing(sentence: str) -> None:
    obs = read_report(sentence).observations
    assert (
        not obs["indicator"].isin(["enterprises_rectified", "remediation_projects_completed"]).any()
    )


@pytest.mark.parametrize(
    ("head", "measure", "fits"),
    [("企业", "家", True), ("焦化企业", "家", True), ("企业", "户", False), ("矸石山", "座", True),
     ("河流", "条", True), ("河流", "个", False), ("岩溶大泉", "处", False), ("企业", "", False)],
)  # fmt: skip
def test_measure_words_of_heads(head: str, measure: str, fits: bool) -> None:
    assert measure_fits(head, measure) is fits


def test_adverb_between_head_and_predicate() -> None:
    # 「N家<modifier>企业<adverb><predicate>」: the adverb does not hide the predicate
    for sentence in (
        "2017年，介休市责令全市24家石料企业全部停工。",
        "2017年，等3家企业均已停产整治。",
    ):
        obs = read_report(sentence).observations
        assert obs["indicator"].tolist() == ["enterprises_suspended"]
    assert predicate_before("关停取缔", "个村庄", "个", [("企业", "关停取缔", "c")], bool) is None


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        # aliases as the parser corpus writes registry counts
        ("2016年，地方已办结12005件，其中立案处罚5779家。", "enterprises_penalized", 5779),
        ("2017年，办理情况：责令改正17家，立案处罚3家，罚款5.62万元。", "enterprises_penalized", 3),
        ("2016年，7个督察组共计受理举报26330件。", "petitions_handled", 26330),
        # the predicate before a count followed by its head
        ("2017年5月22日，23个督查组共检查357家企业。", "enterprises_inspected", 357),
    ],
)
def test_registry_counts_as_the_corpus_writes_them(
    sentence: str, indicator: str, value: int
) -> None:
    obs = read_report(sentence).observations
    assert obs.loc[obs["value"] == value, "indicator"].tolist() == [indicator]


@pytest.mark.parametrize("team", ["督察组", "督查组", "工作组", "检查组"])
def test_a_count_of_teams_takes_no_name_after_it(team: str) -> None:
    # 「N个<team>共计受理举报M件」: M is the petitions, N counts teams
    obs = read_report(f"2016年，7个{team}共计受理举报26330件。").observations
    assert obs.loc[obs["value"] == 7, "indicator"].str.startswith("proposed").all()
    assert obs.loc[obs["value"] == 26330, "indicator"].tolist() == ["petitions_handled"]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("2017年，其中37家依法实施停产整治。", "enterprises_suspended"),
        ("2017年，其中9家已关停取缔。", "enterprises_closed"),
        ("2018年，其中9座完成治理。", "gangue_heaps_rehabilitated"),
    ],
)
def test_predicate_after_a_count_with_its_head_left_out(sentence: str, indicator: str) -> None:
    assert read_report(sentence).observations["indicator"].tolist() == [indicator]
    assert predicate_after("依法实施停产整治", "处", [("企业", "停产整治", "c")], bool) is None


def test_a_count_named_by_its_predicate_alone_is_to_review() -> None:
    obs = read_report("2017年，办理情况：关停取缔9家。").observations
    assert obs["indicator"].tolist() == ["enterprises_closed"]
    assert obs["needs_review"].tolist() == [True]
    assert obs["confidence"].tolist() != ["high"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # adverbs before the verb are no part of the name
        # (hand check 2: 浓度平, 总降雨量大幅, 按年微, 达标的仅)
        # (酸雨发生率 of hand check 2 is the registry's acid_rain_frequency since reg44)
        ("2021年，全市垃圾分类覆盖率平均为14.0%。", "垃圾分类覆盖率"),
        ("2011年，总降雨量大幅下跌37.2%至1363.6毫米。", "总降雨量"),
        ("2011年，收集的生活垃圾按年微升0.5%至16.6万公吨。", "收集的生活垃圾"),
        ("2023年，生化需氧量平均浓度仅49.8毫克/升。", "生化需氧量平均浓度"),
        ("2011年，而运往堆填区处理的废料则大幅减少17.2%。", "运往堆填区处理的废料"),
        # words of the clause before the subject (带动, 以来)
        ("2024年，带动人均用水量升至每日374.3公升。", "人均用水量"),
    ],
)
def test_proposed_names_lose_adverbs_and_clause_words(sentence: str, name: str) -> None:
    tables = read_report(sentence)
    assert tables.observations["indicator"].str.startswith("proposed").all()
    assert tables.indicators["name_zh"].tolist()[:1] == [name]


@pytest.mark.parametrize("word", ["战略", "规则", "平均浓度"])
def test_words_ending_like_an_adverb_keep_their_end(word: str) -> None:
    # 略/则/均 end these words: they are not trimmed as adverbs
    names = read_report(f"2020年，全市{word}指标为3项。").indicators["name_zh"].tolist()
    assert names == [f"{word}指标"]
