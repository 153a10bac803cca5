"""read_report: proposed phrases that lack their object, named a clause before (issue 13, frag15).

Hand check 8's largest class of wrong proposed phrases: a figure's own words are a bare
measure or an act, and what it measures was named earlier in the sentence or list —
``综合利用量`` after ``214个大、中城市工业危险废物产生量…``, ``利用往年贮存量`` after
``尾矿产生量…``, ``完成整改并通过验收20项`` after ``反馈的23项问题``, ``科级干部37人`` after
``问责共139人。其中，…``.  The object is taken from the sentence's own words (never
invented) and the row says so and needs review; ``总量`` is no longer trimmed off a phrase.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import both_scripts, to_traditional

from envindicators.extract import read_report
from envindicators.extract._phrases import names_an_act, names_no_object, object_of, part_name
from envindicators.units import to_simplified


def _obs(text: str) -> pd.DataFrame:
    return read_report(text, source="x.txt").observations


def _subject(text: str, value_text: str) -> pd.Series:
    """The row of the figure written ``value_text``."""
    obs = _obs(text)
    rows = obs[obs["value_text"] == value_text]
    assert len(rows) == 1, obs[["value_text", "subject"]]
    return rows.iloc[0]


# ------------------------------------------------------ the set before the object is cut
@pytest.mark.parametrize(
    ("phrase", "obj"),
    both_scripts(
        [
            ("大、中城市工业危险废物产生量", "工业危险废物"),  # a list of sizes
            ("重点发表调查工业企业尾矿产生量", "尾矿"),  # a survey
            ("重点调查工业企业一般工业固体废物产生量", "一般工业固体废物"),
            ("规模以上工业企业煤矸石产生量", "煤矸石"),  # a threshold
            ("地级及以上城市生活垃圾清运量", "生活垃圾"),
        ],
        every_text=True,
    ),
)
def test_the_population_before_an_object_is_no_object(phrase: str, obj: str) -> None:
    assert object_of(phrase) == obj


@pytest.mark.parametrize(
    ("phrase", "obj"),
    both_scripts(
        [
            ("城市生活垃圾产生量", "城市生活垃圾"),  # a place word without a mark of a set
            ("农村地区生活垃圾清运量", "农村地区生活垃圾"),
            ("尾矿产生量", "尾矿"),
            ("企业的粉煤灰产生量", "粉煤灰"),
        ],
        every_text=True,
    ),
)
def test_a_place_word_without_a_set_stays_in_the_object(phrase: str, obj: str) -> None:
    assert object_of(phrase) == obj


# ------------------------------------------------------- a stock's year and a verb of use
@pytest.mark.parametrize(
    "phrase",
    [
        *(
            w
            for p in ["利用往年贮存量", "处置往年贮存量", "当年产生量", "利用往年贮存量"]
            for w in (p, to_traditional(p))
        ),
    ],
)
def test_a_stocks_year_and_a_verb_of_use_name_no_object(phrase: str) -> None:
    assert names_no_object(phrase)
    assert not names_no_object("尾矿" + phrase)


# --------------------------------------------- list members inherit the first member's object
@pytest.mark.parametrize(
    ("text", "value_text", "subject"),
    both_scripts(
        [
            (
                "工业危废方面，214个大、中城市工业危险废物产生量达3344.6万吨，"
                "综合利用量1587.3万吨，处置量1535.4万吨，贮存量380.6万吨。",
                "1587.3万吨",
                "工业危险废物综合利用量",
            ),
            (
                "工业危废方面，214个大、中城市工业危险废物产生量达3344.6万吨，"
                "综合利用量1587.3万吨，处置量1535.4万吨，贮存量380.6万吨。",
                "380.6万吨",
                "工业危险废物贮存量",
            ),
            (
                "2019年，规模以上工业企业煤矸石产生量为3.2亿吨，综合利用量为1.8亿吨。",
                "1.8亿吨",
                "煤矸石综合利用量",
            ),
            (
                "2018年，重点发表调查工业企业尾矿产生量为8.8亿吨，综合利用量为2.4亿吨"
                "（其中利用往年贮存量1151.6万吨），综合利用率为27.1%。",
                "1151.6万吨",
                "尾矿利用往年贮存量",
            ),
            (
                "2018年，重点发表调查工业企业尾矿产生量为8.8亿吨，综合利用量为2.4亿吨"
                "（其中利用往年贮存量1151.6万吨），综合利用率为27.1%。",
                "27.1%",
                "尾矿综合利用率",
            ),
        ],
        every_text=True,
    ),
)
def test_a_bare_measure_takes_the_object_of_its_sentence(
    text: str, value_text: str, subject: str
) -> None:
    row = _subject(text, value_text)
    assert row["subject"] == subject
    assert bool(row["needs_review"])
    assert row["confidence"] == "low"


# ------------------------------------------------------------ a count named by an act
@pytest.mark.parametrize(
    "phrase",
    [
        *(
            w
            for p in ["完成整改并通过验收", "需长期持续整改", "已办结", "均已完成整治"]
            for w in (p, to_traditional(p))
        )
    ],
)
def test_an_act_is_told(phrase: str) -> None:
    assert names_an_act(phrase)


@pytest.mark.parametrize(
    "phrase", ["问题", "整改任务", "查处案件", "关停企业", "完成整改的问题", "污水处理厂"]
)
def test_what_an_act_is_done_to_is_no_act(phrase: str) -> None:
    assert not names_an_act(phrase)
    assert not names_an_act(to_traditional(phrase))


@pytest.mark.parametrize(
    ("text", "value_text", "subject"),
    both_scripts(
        [
            (
                "截至目前，中央第一轮生态环境保护督察反馈的23项问题，"
                "完成整改并通过验收20项、需长期持续整改3项。",
                "20项",
                "问题完成整改并通过验收",
            ),
            (
                "截至目前，中央第一轮生态环境保护督察反馈的23项问题，"
                "完成整改并通过验收20项、需长期持续整改3项。",
                "3项",
                "问题需长期持续整改",
            ),
            (
                "排查出的120个环境问题，已销号96个。",
                "96个",
                "环境问题销号",
            ),
        ],
        every_text=True,
    ),
)
def test_a_count_named_by_an_act_counts_the_earlier_counts_things(
    text: str, value_text: str, subject: str
) -> None:
    row = _subject(text, value_text)
    assert to_simplified(row["subject"]) == to_simplified(subject)
    assert bool(row["needs_review"])


# ------------------------------------------------------------------- parts of a whole (其中)
@pytest.mark.parametrize(
    ("text", "value_text", "subject"),
    both_scripts(
        [
            (
                "问责共139人、15个单位。其中，科级干部37人，科级以下干部102人。",
                "37人",
                "问责科级干部",
            ),
            (
                "问责共139人、15个单位。其中，科级干部37人，科级以下干部102人。",
                "102人",
                "问责科级以下干部",  # (the whole written 问责: the registry's, since reg37)
            ),
            (
                "2020年全市共检查企业320家，其中，化工企业45家。",
                "45家",
                "检查化工企业",
            ),
            (
                # a petitions count split by type is the registry's petitions row, its type
                # in brackets (reg26's convention, reached here since reg29)
                "中央环保督察组向我省移交十五批共2471件信访件。按污染类型分类，其中：噪声26件，油烟9件。",
                "9件",
                "信访件（油烟）",
            ),
            # a noun phrase whole: the part's qualifier before it
            (
                "2019年，全市自然保护区6个，其中国家级2个，省级1个，县级3个。",
                "3个",
                "县级自然保护区数量",
            ),
            (
                "2019年，全市自然保护区6个，其中国家级2个，省级1个，县级3个。",
                "2个",
                "国家级自然保护区数量",
            ),
            # a verb whole (被问责, the registry's 问责 since reg37): the part after it, never
            # the whole's registry row with the part lost
            ("全省已有4018人被问责，其中省级领导12人。", "12人", "问责省级领导"),
            # a part ending with the whole's head noun gives only its qualifier
            (
                "2015年全市农业源减排项目32个（其中取缔项目8个）。",
                "8个",
                "取缔农业源减排项目",
            ),
        ],
        every_text=True,
    ),
)
def test_a_part_opened_by_qizhong_names_its_whole(text: str, value_text: str, subject: str) -> None:
    row = _subject(text, value_text)
    assert to_simplified(row["subject"]) == to_simplified(subject)
    assert "其中" not in str(row["subject"])
    assert bool(row["needs_review"])


@pytest.mark.parametrize(
    ("whole", "part", "name"),
    both_scripts(
        [
            ("问责", "科级干部", "问责科级干部"),
            ("问责人数", "科级干部", "问责科级干部人数"),
            ("被问责人数", "省级领导", "被问责省级领导人数"),
            ("被问责", "省级领导", "被问责省级领导"),
            ("出现", "四级沙尘天气", "出现四级沙尘天气"),
            ("检查企业", "化工企业", "检查化工企业"),
            ("自然保护区数量", "县级", "县级自然保护区数量"),
            ("信访件", "油烟", "油烟信访件"),
            ("农业源减排项目", "取缔项目", "取缔农业源减排项目"),
        ],
        every_text=True,
    ),
)
def test_a_parts_name_follows_the_grammar_of_its_whole(whole: str, part: str, name: str) -> None:
    assert part_name(whole, part) == name


@pytest.mark.parametrize(
    ("text", "value_text"),
    both_scripts(
        [
            # another measure (a rate, another figure) between the whole and 其中
            (
                "同期环保局对空气污染源主动检查34,811件，告发4,551件，告发率为13.07%，"
                "较上年同期增加5.58个百分点，其中又以交通工具检查28,502件，告发2,501件最多。",
                "28,502件",
            ),
            (
                "7省市已有4018人被问责。督察组共计与353名领导干部进行个别谈话，其中省级领导167人。",
                "167人",
            ),
            ("全市受理投诉120件，办结率为95%，其中噪声投诉40件。", "40件"),
        ],
        every_text=True,
    ),
)
def test_a_whole_of_another_measure_is_not_taken(text: str, value_text: str) -> None:
    row = _subject(text, value_text)
    assert "其中" not in str(row["subject"])
    assert "告发" not in to_simplified(str(row["subject"]))
    assert "问责" not in to_simplified(str(row["subject"]))
    assert "受理" not in to_simplified(str(row["subject"]))
    assert bool(row["needs_review"])


@pytest.mark.parametrize(
    ("text", "value_text", "subject"),
    both_scripts(
        [
            # a part naming a measure of its own keeps its words
            ("废水排放总量为50亿吨，其中，工业废水排放量为20亿吨。", "20亿吨", "工业废水排放量"),
            # another unit: no part of the whole
            ("问责共139人。其中，党政机关单位15个。", "15个", "党政机关单位"),
            # a part whose words name its own measure (量, 值) or the whole's head
            (
                "全省地区生产总值5000亿元，其中，第一产业增加值800亿元。",
                "800亿元",
                "第一产业增加值",
            ),
            (
                "年末常住人口3900万人，其中，城镇常住人口2162.08万人。",
                "2162.08万人",
                "城镇常住人口",
            ),
            ("全年用电量800亿千瓦时，其中，工业用电量500亿千瓦时。", "500亿千瓦时", "工业用电量"),
        ],
        every_text=True,
    ),
)
def test_a_part_with_a_measure_or_unit_of_its_own_keeps_its_words(
    text: str, value_text: str, subject: str
) -> None:
    assert _subject(text, value_text)["subject"] == subject


# ---------------------------------------------------------------------- 总量 is a measure
@pytest.mark.parametrize(
    ("text", "subject"),
    both_scripts(
        [
            ("全市废水排放总量为50亿吨。", "废水排放总量"),
            ("全省用水总量达到210亿立方米。", "用水总量"),
        ],
        every_text=True,
    ),
)
def test_a_total_is_kept_in_the_phrase(text: str, subject: str) -> None:
    obs = _obs(text)
    assert list(obs["subject"]) == [subject]


# ------------------------------------------------------------------- property: never invented
_OBJECTS = ["尾矿", "煤矸石", "粉煤灰", "冶炼废渣", "工业危险废物", "脱硫石膏"]
_POPULATIONS = ["", "重点调查工业企业", "规模以上工业企业", "大、中城市"]
_HEADS = ["综合利用量", "处置量", "贮存量", "综合利用率"]


@settings(max_examples=25, deadline=None)
@given(
    obj=st.sampled_from(_OBJECTS),
    population=st.sampled_from(_POPULATIONS),
    head=st.sampled_from(_HEADS),
    a=st.integers(100, 9000),
    b=st.integers(1, 99),
    traditional=st.booleans(),
)
def test_an_inherited_object_is_the_sentences_own_words(
    obj: str, population: str, head: str, a: int, b: int, traditional: bool
) -> None:
    unit = "%" if head.endswith("率") else "万吨"
    text = f"2020年，{population}{obj}产生量为{a}万吨，{head}为{b}{unit}。"
    if traditional:
        text = to_traditional(text)
    written_value = f"{b}{unit}"
    row = _subject(text, to_traditional(written_value) if traditional else written_value)
    subject = str(row["subject"])
    written = to_traditional(obj + head) if traditional else obj + head
    assert subject == written
    assert subject[: len(obj)] in text  # the object is written in the sentence
    assert bool(row["needs_review"])


_WHOLES = ["问责", "被问责", "检查企业", "自然保护区", "信访件", "减排项目", "关停企业"]
_PARTS = ["科级干部", "化工企业", "县级", "油烟", "取缔项目", "国家级", "其他"]


@settings(max_examples=25, deadline=None)
@given(
    whole=st.sampled_from(_WHOLES),
    parts=st.lists(st.sampled_from(_PARTS), min_size=1, max_size=3, unique=True),
    total=st.integers(100, 9000),
    counts=st.lists(st.integers(1, 99), min_size=3, max_size=3),
    traditional=st.booleans(),
)
def test_no_proposed_phrase_keeps_qizhong(
    whole: str, parts: list[str], total: int, counts: list[int], traditional: bool
) -> None:
    listed = "，".join(f"{p}{n}个" for p, n in zip(parts, counts[: len(parts)], strict=True))
    text = f"2020年全市共{whole}{total}个，其中，{listed}。"
    if traditional:
        text = to_traditional(text)
    obs = _obs(text)
    for subject in obs["subject"]:
        assert "其中" not in str(subject)
