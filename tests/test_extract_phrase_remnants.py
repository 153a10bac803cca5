"""Proposed indicator phrases: remnants at their edges, places named as the measure, and a
measure's head written inside the figure (issue 13, branch np26).

* a verb that makes what follows it do something (使得, 导致, 致使: a causative) takes a
  clause, whose subject is the measure: it is no modifier of the name and is dropped
  (``使得违法排污案件`` → 违法排污案件); a verb that names the measure's act stays
  (``事故死亡人数``, ``发放限期整改通知书``);
* function words jieba's dictionary tags ``zg`` (its tag of rare characters) read as what
  they are: 且 a conjunction, 仍 and 较 adverbs — dropped at a phrase's edge
  (``目前仍`` names no measure); a conjunction opening the phrase joins nothing of it
  (``而|工业废水排放量``), but not one character before another (``并|网``: a word the
  dictionary does not know);
* a phrase the gazetteer reads whole as a place (``义安区``, ``大同市``: jieba tags them
  ``nz``/``n``) names no measure: ``(no measure named)`` and needs review — not for a count
  of places;
* the parser may read a measure's head into the figure (``年排放量为102.3亿立方米``,
  ``占比为12%``): the phrase before it names the thing, the figure's words the measure, and
  the name is both (``县城污水年排放量``) — not a change's head (增幅), not a grade (轻度),
  not a phrase marked as naming nothing.
"""

from __future__ import annotations

import pytest
from tests.report_rows import simplified_row
from tests.scripts import SCRIPTS, in_script

from envindicators.extract._indicators import _head_in_figure
from envindicators.extract._segment import names_no_noun, noun_chunk, segment
from envindicators.units import to_simplified

# ------------------------------------------------------------------ causatives


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("phrase", "chunk"),
    [
        ("使得违法排污案件", "违法排污案件"),
        ("导致PM2.5浓度", "PM2.5浓度"),
        ("致使水库蓄水量", "水库蓄水量"),
        ("促使城市生活垃圾回收率", "城市生活垃圾回收率"),
    ],
)
def test_a_causative_verb_is_no_part_of_the_name(phrase: str, chunk: str, script: str) -> None:
    written = in_script(phrase, script)
    got = noun_chunk(written)
    assert to_simplified(got) == chunk
    assert got in written


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "phrase", ["生产安全事故死亡人数", "发放限期整改通知书", "达标天数", "使用量", "导流渠长度"]
)
def test_a_verb_of_the_measure_stays(phrase: str, script: str) -> None:
    written = in_script(phrase, script)
    assert noun_chunk(written) == written


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("执法检查的加强,使得违法排污案件减少35%。", "35%", "违法排污案件"),
        ("连续干旱,致使水库蓄水量下降30%。", "30%", "水库蓄水量"),
    ],
)
def test_read_report_drops_the_causative(text: str, value: str, subject: str, script: str) -> None:
    row = simplified_row(text, value, script=script, holds=True)
    assert to_simplified(str(row["subject"])) == subject


# ------------------------------------------------------------------ function words


def test_function_words_jieba_tags_as_rare_characters() -> None:
    tags = {to_simplified("且仍较")[k]: t for k, (_s, _e, t) in enumerate(segment("且仍较"))}
    assert tags == {"且": "c", "仍": "d", "较": "d"}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("phrase", "chunk"),
    [
        ("而工业废水排放量", "工业废水排放量"),
        ("且农村生活污水处理率", "农村生活污水处理率"),
        ("城镇污水处理率仍", "城镇污水处理率"),
        ("林木覆盖率较", "林木覆盖率"),
    ],
)
def test_a_conjunction_or_adverb_at_the_edge_is_dropped(
    phrase: str, chunk: str, script: str
) -> None:
    assert to_simplified(noun_chunk(in_script(phrase, script))) == chunk


@pytest.mark.parametrize("phrase", ["并网太阳能发电", "审批并实施排污许可"])
def test_a_conjunction_of_a_word_or_between_verbs_stays(phrase: str) -> None:
    assert noun_chunk(phrase) == phrase


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phrase", ["目前仍", "当时仍", "且"])
def test_a_time_or_function_word_with_an_adverb_names_no_noun(phrase: str, script: str) -> None:
    assert names_no_noun(in_script(phrase, script))


# ------------------------------------------------------------------ places


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phrase", ["义安区", "大同市", "宁波", "瑶海区", "江阴市"])
def test_a_place_of_the_gazetteer_names_no_noun(phrase: str, script: str) -> None:
    written = in_script(phrase, script)
    assert names_no_noun(written)
    assert not names_no_noun(written, places=False)  # a count of places names them


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phrase", ["长江流域面积", "大同市空气质量优良天数", "城市污水"])
def test_a_phrase_holding_a_place_and_more_is_a_noun(phrase: str, script: str) -> None:
    assert not names_no_noun(in_script(phrase, script))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("按区域划分,蜀山区5件、瑶海区3件、庐阳区2件。", "3件"),
        ("按区域划分,铜官区4件、义安区2件、郊区1件。", "2件"),
    ],
)
def test_read_report_marks_a_place_named_as_the_measure(text: str, value: str, script: str) -> None:
    row = simplified_row(text, value, script=script, holds=True)
    assert str(row["subject"]).startswith("(no measure named)")
    assert row["needs_review"]


# ------------------------------------------------------------------ the head in the figure


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("2019年,全国县城污水年排放量为102.3亿立方米。", "102.3", "县城污水年排放量"),
        ("2019年,全省工业废水年排放量为22.1亿吨。", "22.1", "工业废水年排放量"),
        ("2021年,全市县城污水年处理量为12.5亿立方米。", "12.5", "县城污水年处理量"),
        ("2022年,全省清洁能源消费比重为28.4%。", "28.4", "清洁能源消费比重"),
        ("2020年,全市装配式建筑占比为12%。", "12%", "装配式建筑占比"),
    ],
)
def test_read_report_joins_the_head_written_in_the_figure(
    text: str, value: str, subject: str, script: str
) -> None:
    row = simplified_row(text, value, script=script, holds=True)
    assert to_simplified(str(row["subject"])) == subject
    assert str(row["indicator"]).startswith("proposed_")
    assert "measure is written in the figure's words" in str(row["note"])


@pytest.mark.parametrize(
    ("phrase", "text", "figure", "wanted"),
    [
        ("城市污水", "城市污水年排放量为5546474万立方米", "年排放量", "城市污水年排放量"),
        ("焚化处理能力", "焚化处理能力占比为68.1%", "占比", "焚化处理能力占比"),
        ("湖库个数", "湖库个数占比为73.2%", "占比", "湖库个数占比"),
        # a change's head, a grade, no head, a marked phrase, a head already named: unchanged
        ("生活垃圾清运量", "生活垃圾清运量增幅为5%", "增幅", "生活垃圾清运量"),
        ("重度污染", "重度污染轻度7天", "轻度", "重度污染"),
        ("城市污水", "城市污水5546474万立方米", "5546474", "城市污水"),
        ("(no measure named) 每人", "每人年排放量约为12吨", "年排放量", "(no measure named) 每人"),
        ("城市污水年排放量", "城市污水年排放量为5546474万立方米", "为", "城市污水年排放量"),
    ],
)
def test_head_in_figure(phrase: str, text: str, figure: str, wanted: str) -> None:
    s = text.index(figure)
    got, why = _head_in_figure(phrase, [], text, s, len(text))
    assert got == wanted
    assert bool(why) == (got != phrase)


def test_head_in_figure_in_traditional_script() -> None:
    text = "2019年,城市汙水年排放量為5546474萬立方米"
    got, _ = _head_in_figure("城市汙水", [], text, text.index("年排"), len(text))
    assert got == "城市汙水年排放量"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("按区域分布为:太原市12件、大同市9件、朔州市4件。", "9件"),
        ("按行业划分:晋中市6件、长治市3件、运城市2件。", "3件"),
    ],
)
def test_the_frame_of_a_breakdown_is_no_measure(text: str, value: str, script: str) -> None:
    row = simplified_row(text, value, script=script, holds=True)
    assert str(row["subject"]).startswith("(no measure named)")


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_measure_before_the_colon_still_names_the_places(script: str) -> None:
    text = in_script("二氧化硫浓度:淄川区12微克/立方米、张店区15微克/立方米。", script)
    assert to_simplified(str(simplified_row(text, "15", holds=True)["subject"])) == "二氧化硫浓度"
