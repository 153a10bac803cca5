"""A proposed indicator's phrase named by a noun-phrase chunk over the word segmenter's
parts of speech (issue 13, branch np22).

* the phrase is its head noun (n, vn, nz, a measure's noun 量/率/数 …) with its modifiers
  (nouns, distinguishing words, adjectives, the object of a nominalised verb:
  生产安全事故死亡人数); the words before the chunk that name nothing — a verb of the clause
  (统计了, 占, 要将), a preposition, a time (年末), a place, a time phrase closed by 期间 —
  and after its head (达到每人, 之一) are dropped, as is a figure's remnant (314处、);
* a phrase of no noun — a verb alone (接获, 死亡, 支出), a place (济南, 等地), a date's
  remnant (廿三日, 从西元), a figure and its classifier (569 件次) — or an organisation's
  name (建材集团有限公司) names no measure: ``(no measure named)`` and needs review;
* names whose words are all the measure's are kept whole: 夜间达标率, 不达标天数,
  劣Ⅴ类断面, 万元GDP用水量, a list (化学需氧量、二氧化硫排放量), a relative clause
  (…的断面), 达到序时进度.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import simplified_row
from tests.scripts import SCRIPTS, in_script

from envindicators.extract._segment import names_no_noun, noun_chunk
from envindicators.units import to_simplified

# ------------------------------------------------------------------ the chunk

CHUNKED = [
    # (phrase, its noun chunk) — simplified; the traditional forms are tested too
    ("统计了城市污水处理厂", "城市污水处理厂"),
    ("统计了城市污水管网检查井", "城市污水管网检查井"),
    ("监测了农村污水处理率", "农村污水处理率"),
    ("计划执行期间空气品质不良通报", "空气品质不良通报"),
    ("治理期间工业废水排放量", "工业废水排放量"),
    ("要将PM2.5", "PM2.5"),
    ("占年末常住人口", "常住人口"),
    ("人均城市固体废物弃置量达到每人", "人均城市固体废物弃置量"),
    ("实事之一", "实事"),
    ("污水处理量亦同步", "污水处理量"),
    ("314处、辅导裸露地完成改善", "辅导裸露地完成改善"),
    ("济南去年统计了工业废水排放量", "工业废水排放量"),
]
KEPT = [
    "生产安全事故死亡人数",
    "夜间达标率",
    "不达标天数",
    "劣Ⅴ类断面",
    "Ⅲ类水质断面",
    "万元GDP用水量",
    "每日连续处罚案件数",
    "其他废物",
    "化学需氧量、二氧化硫排放量",
    "地级及以上城市",
    "平均值水质为劣Ⅴ类的断面",
    "取水中的达标比例",
    "达到序时进度",
    "非常不良",
    "目标削减PM10",
    "人均城市固体废物弃置量",
    "PM10及PM2.5",
    "未按期完成整改任务",
    "地市政府主要负责人",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("phrase", "chunk"), CHUNKED)
def test_a_phrase_is_cut_to_its_noun_chunk(phrase: str, chunk: str, script: str) -> None:
    written = in_script(phrase, script)
    got = noun_chunk(written)
    assert to_simplified(got) == to_simplified(chunk)
    assert got in written  # as written, in the phrase's script
    assert not names_no_noun(got)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phrase", KEPT)
def test_a_name_whose_words_are_all_the_measure_is_kept(phrase: str, script: str) -> None:
    written = in_script(phrase, script)
    assert noun_chunk(written) == written
    assert not names_no_noun(written)


@pytest.mark.parametrize(
    ("phrase", "chunk"),
    [
        ("計畫執行期間空氣品質不良通報", "空氣品質不良通報"),
        ("人均城市固體廢物棄置量達到每人", "人均城市固體廢物棄置量"),
        ("要將PM2.5", "PM2.5"),
        ("統計了城市污水處理廠", "城市污水處理廠"),
        ("印染園區當時污水濃度", "污水濃度"),
        ("314處、輔導裸露地完成改善", "輔導裸露地完成改善"),
    ],
)
def test_traditional_phrases_as_written(phrase: str, chunk: str) -> None:
    assert noun_chunk(phrase) == chunk


# ------------------------------------------------------------------ no noun

NO_NOUN = [
    "接获",
    "移交",
    "转办",
    "支出",
    "死亡",
    "查获",
    "济南",
    "等地",
    "廿三日",
    "从西元",
    "569 件次",
    "过去",
    "在九澳站录得",
    "建材集团有限公司",
    "收到督察组转来信访市住建局",
]
NOUNS = [
    "死亡人数",
    "污染投诉个案",
    "A级",
    "O3相",
    "财政支出",
    "年度",
    "2类区",
    "其他污染",
    "来信信访举报件",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phrase", NO_NOUN)
def test_a_phrase_without_a_noun_names_no_measure(phrase: str, script: str) -> None:
    assert names_no_noun(in_script(phrase, script))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phrase", NOUNS)
def test_a_phrase_with_a_noun_may_name_a_measure(phrase: str, script: str) -> None:
    assert not names_no_noun(in_script(phrase, script))


def test_a_place_counted_is_a_noun() -> None:
    assert names_no_noun("城市")
    assert not names_no_noun("城市", places=False)


# ------------------------------------------------------------------ read_report

NAMED = [
    # (text, the figure as written, the subject wanted: None for "(no measure named) …")
    ("今年全市统计了城市污水管网检查井5200座。", "5200", "城市污水管网检查井"),
    ("全市人均城市固体废物弃置量达到每人每日2.24公斤。", "2.24", "人均城市固体废物弃置量"),
    ("要将PM2.5降到8微克以下。", "8微克", "PM2.5"),
    ("去年计划执行期间空气品质不良通报116天次。", "116", "空气品质不良通报"),
    ("今年第一季度全市支出4200万元。", "4200", None),
    ("2024年共接获污染投诉个案1.2万宗，建材集团有限公司3家。", "3", None),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), NAMED)
def test_read_report_names_the_figure_by_its_chunk(
    text: str, value: str, subject: str | None, script: str
) -> None:
    row = simplified_row(text, value, script=script, holds=True)
    got = to_simplified(str(row["subject"]))
    assert row["needs_review"]  # a proposed indicator: to review
    assert str(row["indicator"]).startswith("proposed_")
    if subject is None:
        assert got.startswith("(no measure named)")
    else:
        assert got == subject


# ------------------------------------------------------------------ properties

_PLACES = ["济南", "北京", "广州", "上海", "杭州"]
_TIMES = ["去年", "今年", "年末", "目前", "近年"]
_VERBS = ["统计了", "监测了", "检查了", "新建了", "核查了"]
_MODIFIERS = ["工业", "农村", "医疗", "危险", "城镇"]
_HEADS = ["废水排放量", "污水处理率", "垃圾产生量", "废物处置量", "用水总量"]


@settings(max_examples=40, deadline=None)
@given(
    place=st.sampled_from(_PLACES),
    time=st.sampled_from(_TIMES),
    verb=st.sampled_from(["", *_VERBS]),
    modifier=st.sampled_from(_MODIFIERS),
    head=st.sampled_from(_HEADS),
    script=st.sampled_from(SCRIPTS),
)
def test_property_place_time_verb_modifier_head(
    place: str, time: str, verb: str, modifier: str, head: str, script: str
) -> None:
    clause = in_script(f"{place}{time}{verb}{modifier}{head}", script)
    assert to_simplified(noun_chunk(clause)) == f"{modifier}{head}"


@settings(max_examples=40, deadline=None)
@given(
    place=st.sampled_from(["", *_PLACES]),
    time=st.sampled_from(["", *_TIMES]),
    verb=st.sampled_from(["", *_VERBS]),
    script=st.sampled_from(SCRIPTS),
)
def test_property_place_time_verb_names_nothing(
    place: str, time: str, verb: str, script: str
) -> None:
    clause = in_script(f"{place}{time}{verb}", script)
    if clause:
        assert names_no_noun(clause)
        assert noun_chunk(clause) == clause  # no noun: nothing to cut to


# ------------------------------------------------------------------ the test set

DATA = Path(__file__).parent / "data" / "chunk_fragments.csv"


def test_the_fragment_test_set_is_well_formed() -> None:
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    assert len(rows) >= 100
    assert {r["half"] for r in rows} == {"tune", "report"}
    assert all(r["wanted"] and r["document"].endswith(".txt") for r in rows)
    assert len({(r["check"], r["row"]) for r in rows}) == len(rows)
