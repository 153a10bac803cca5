"""read_report: targets written in words, with no figure (issue 13, branch list15).

Class: a target whose value the words imply — 清零/消除/消灭/取缔/淘汰 bring a count (or a
bad share) to 0, 全覆盖/全收集/全处理/应X尽X/完成 bring a share whose name holds the verb to
100 % — becomes a target row with that value, the indicator's unit, ``eq``, a note saying
the value is implied, and a confidence one step below a written figure's.  基本 keeps the
value but leaves the row low and to review; a negation, a campaign's name, a target named
(…目标), a statement of what was done, or a figure written for it makes no row.

Class: changes after a ``分别`` list of levels (``A、B分别为x、y，比上年下降a和b``) — the j-th
change takes the j-th member's indicator and region when the counts match; otherwise the
changes are flagged, never paired.  Both scripts, hypothesis properties of both rules.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

import envindicators.datasets as datasets
from envindicators.extract import read_report
from envindicators.extract._word_targets import BASIC_NOTE, IMPLIED_NOTE, implied_figures

PUBLISHED = "2018-09-28"
_RANK = {"low": 0, "medium": 1, "high": 2}


def _targets(text: str) -> pd.DataFrame:
    return read_report(text, source="x.txt", published=PUBLISHED).targets


def _implied(tgt: pd.DataFrame) -> pd.DataFrame:
    return tgt[tgt["note"].astype(str).str.startswith(IMPLIED_NOTE)]


def _registry() -> pd.DataFrame:
    return datasets.load("indicators").set_index("code")


# ------------------------------------------------------------------ zero words: 0 of a count
@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("到2020年，武威市黑臭水体全部清零。", "清零", "black_odorous_water_bodies"),
        ("到2020年，武威市黑臭水體全部清零。", "清零", "black_odorous_water_bodies"),
        ("2020年底前，武威市全面消除黑臭水体。", "消除", "black_odorous_water_bodies"),
        ("2020年底前，武威市全面消滅黑臭水體。", "消滅", "black_odorous_water_bodies"),
        (
            "到2020年，武威市城市建成区小型燃煤锅炉全面清零。",
            "清零",
            "small_coal_boilers_remaining",
        ),
        (
            "到2020年，武威市城市建成區小型燃煤鍋爐全面清零。",
            "清零",
            "small_coal_boilers_remaining",
        ),
        ("2020年底前，武威市全面消除劣V类水体。", "消除", "surface_water_worse_than_v_share"),
    ],
)
def test_a_zero_word_is_a_target_of_zero(text: str, word: str, code: str) -> None:
    rows = _implied(_targets(text))
    assert rows["value_text"].tolist() == [word]
    row = rows.iloc[0]
    reg = _registry()
    assert row["indicator"] == code
    assert reg.loc[code, "direction"] == "lower"
    assert row["value"] == 0.0
    assert row["unit"] == reg.loc[code, "unit"]  # its unit from the indicator: count or %
    assert row["comparator"] == "eq"
    assert row["region"] == "武威市"
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(2020, 12, 31)
    assert row["confidence"] != "high"


# ------------------------------------------------------------------ full words: 100 % of a share
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2020年，武威市实现污水管网全覆盖。", {"sewer_network_coverage": "全覆盖"}),
        ("到2020年，武威市實現污水管網全覆蓋。", {"sewer_network_coverage": "全覆蓋"}),
        (
            "2021年底前，武威市城市建成区实现生活污水全收集、全处理。",
            {"wastewater_collection_rate": "全收集", "wastewater_treatment_rate": "全处理"},
        ),
        (
            "2021年底前，武威市城市建成區實現生活污水全收集、全處理。",
            {"wastewater_collection_rate": "全收集", "wastewater_treatment_rate": "全處理"},
        ),
        ("在2018年底前，辽宁省完成生态保护红线划定工作。", {"eco_redline_delineated": "完成"}),
        ("在2018年底前，遼寧省完成生態保護紅線劃定工作。", {"eco_redline_delineated": "完成"}),
    ],
)
def test_a_full_word_is_a_target_of_a_whole_share(text: str, expected: dict[str, str]) -> None:
    rows = _implied(_targets(text))
    assert dict(zip(rows["indicator"], rows["value_text"], strict=True)) == expected
    reg = _registry()
    for row in rows.itertuples():
        assert reg.loc[row.indicator, "unit"] == "%"
        assert reg.loc[row.indicator, "direction"] == "higher"
        assert row.value == 100.0
        assert row.unit == "%"
        assert row.comparator == "eq"
        assert row.confidence != "high"


# ------------------------------------------------------- 基本: the value kept, always to review
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，武威市城市建成区基本消除黑臭水体。",
        "到2020年，武威市城市建成區基本消除黑臭水體。",
        "2021年底前，武威市城市建成区基本实现生活污水全收集。",
        "2021年底前，武威市城市建成區基本實現生活污水全收集。",
        "到2030年，武威市城市建成区黑臭水体总体得到消除。",
        "到2030年，武威市城市建成區黑臭水體總體得到消除。",
        "到2020年，武威市逐步消除黑臭水体。",
    ],
)
def test_basically_keeps_the_value_low_and_to_review(text: str) -> None:
    rows = _implied(_targets(text))
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["value"] in (0.0, 100.0)
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert BASIC_NOTE in str(row["note"])


# -------------------------------------------------------------------- words that make no row
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，武威市黑臭水体尚未消除的要加快整治。",  # a negation: a problem
        "到2020年，武威市黑臭水體尚未消除的要加快整治。",
        "目前武威市黑臭水体已全部清零。",  # what was done: no promise
        "目前武威市黑臭水體已全部清零。",
        "2020年，武威市开展黑臭水体清零行动。",  # a campaign's name
        "到2020年，武威市黑臭水体大幅减少。",  # a value the words do not fix
        "到2020年，武威市黑臭水體明顯減少。",
        "到2020年，武威市全面完成空气质量优良天数比例目标。",  # a target named, not 100 %
        "到2020年，武威市全面完成空氣質量優良天數比例目標。",
        "到2020年，武威市淘汰燃煤锅炉。",  # 燃煤锅炉 counts boilers removed: never 0
        "到2020年，武威市全面消除沙尘天气。",  # no registry indicator: no guessed row
        "到2020年，武威市部分消除黑臭水体。",  # a part left standing: no value
        "到2020年，武威市大部消除黑臭水體。",
        "到2020年，武威市淘汰一批黑臭水体。",
    ],
)
def test_words_that_imply_no_target(text: str) -> None:
    assert _implied(_targets(text)).empty


@pytest.mark.parametrize(
    "text", ["到2020年，武威市全面消除重污染天气。", "到2020年，武威市全面消除重污染天氣。"]
)
def test_eliminating_heavy_pollution_is_none_of_its_days(text: str) -> None:
    # heavy_pollution_days is a registry indicator (reg22): 消除 names none of them left
    rows = _implied(_targets(text))
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["indicator"] == "heavy_pollution_days"
    assert row["value"] == 0.0
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("到2020年，武威市淘汰黑臭水体3个，全部清零。", None),  # a count fits: its own figure
        ("到2020年，武威市污水管网覆盖率达到100%，实现全覆盖。", "100%"),
        ("到2020年，武威市汙水管網覆蓋率達到100%，實現全覆蓋。", "100%"),
    ],
)
def test_a_figure_written_for_the_indicator_is_its_target(text: str, figure: str | None) -> None:
    tgt = _targets(text)
    assert _implied(tgt).empty
    if figure is not None:
        assert figure in tgt["value_text"].tolist()


def test_the_implied_row_is_one_step_below_the_written_one() -> None:
    written = _targets("到2020年，武威市黑臭水体减少到5个。")
    implied = _implied(_targets("到2020年，武威市黑臭水体全部清零。"))
    assert len(written) == 1
    assert len(implied) == 1
    assert _RANK[implied.iloc[0]["confidence"]] == _RANK[written.iloc[0]["confidence"]] - 1


def test_implied_figures_reads_both_scripts_alike() -> None:
    text = "到2020年，基本消除黑臭水体，尚未清零的，实现应收尽收、全覆盖；清零行动"
    simple = implied_figures(text)
    hant = implied_figures(to_traditional(text))
    cols = ["start", "end", "implied", "verb", "basic"]
    assert simple[cols].values.tolist() == hant[cols].values.tolist()
    assert simple[["text", "implied", "verb", "basic"]].values.tolist() == [
        ["消除", "zero", "", True],
        ["应收尽收", "full", "收", False],
        ["全覆盖", "full", "覆盖", False],
    ]


# ---------------------------------------------------------------------------------- property
_OBJECTS = {
    "黑臭水体": "black_odorous_water_bodies",
    "劣V类水体": "surface_water_worse_than_v_share",
}


@settings(max_examples=15, deadline=None)
@given(
    year=st.integers(2019, 2030),
    word=st.sampled_from(["清零", "消除", "消灭", "取缔"]),
    lead=st.sampled_from(["", "全面", "全部", "基本"]),
    obj=st.sampled_from(sorted(_OBJECTS)),
    after=st.booleans(),
    hant=st.booleans(),
)
def test_zero_words_property(
    year: int, word: str, lead: str, obj: str, after: bool, hant: bool
) -> None:
    """Whatever the word, its order and script: one row, 0 in the indicator's unit, below
    high; low and to review whenever 基本 qualifies it."""
    clause = f"{obj}{lead}{word}" if after else f"{lead}{word}{obj}"
    text = f"到{year}年底，武威市{clause}。"
    if hant:
        text = to_traditional(text)
    rows = _implied(_targets(text))
    assert len(rows) == 1
    row = rows.iloc[0]
    code = _OBJECTS[obj]
    assert row["indicator"] == code
    assert row["value"] == 0.0
    assert row["unit"] == _registry().loc[code, "unit"]
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(year, 12, 31)
    assert row["confidence"] != "high"
    if lead == "基本":
        assert bool(row["needs_review"])
        assert row["confidence"] == "low"


# ====================================================== changes after a 分别 list of levels
def _observations(text: str) -> pd.DataFrame:
    return read_report(text, source="x.txt", published="2023-03-01").observations


def _changes(obs: pd.DataFrame) -> list[tuple[str, str]]:
    ch = obs[obs["kind"].astype(str).str.startswith("change")]
    return list(zip(ch["indicator"], ch["region"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # indicators as members, 和
            "2022年，武汉市细颗粒物(PM2.5)和可吸入颗粒物(PM10)年均浓度分别为52和87微克/立方米，"
            "比上年下降8.8%和5.4%。",
            [("pm25_concentration", "武汉市"), ("pm10_concentration", "武汉市")],
        ),
        (
            "2022年，武漢市細顆粒物(PM2.5)和可吸入顆粒物(PM10)年均濃度分別為52和87微克/立方米，"
            "比上年下降8.8%和5.4%。",
            [("pm25_concentration", "武汉市"), ("pm10_concentration", "武汉市")],
        ),
        (  # regions as members, 、
            "2022年，南京、无锡PM2.5浓度分别为28、30微克/立方米，同比下降2.1%、3.5%。",
            [("pm25_concentration", "南京市"), ("pm25_concentration", "无锡市")],
        ),
        (
            "2022年，南京、無錫PM2.5濃度分別為28、30微克/立方米，同比下降2.1%、3.5%。",
            [("pm25_concentration", "南京市"), ("pm25_concentration", "无锡市")],
        ),
        (  # three members, three changes
            "2022年，南京、无锡、苏州PM2.5浓度分别为28、30、31微克/立方米，"
            "分别同比下降2.1%、3.5%和1.0%。",
            [
                ("pm25_concentration", "南京市"),
                ("pm25_concentration", "无锡市"),
                ("pm25_concentration", "苏州市"),
            ],
        ),
    ],
)
def test_changes_after_a_list_pair_with_its_members(
    text: str, expected: list[tuple[str, str]]
) -> None:
    obs = _observations(text)
    assert _changes(obs) == expected
    levels = obs[obs["kind"] == "level"]
    assert list(zip(levels["indicator"], levels["region"], strict=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2022年，南京、无锡PM2.5浓度分别为28、30微克/立方米，同比下降2.1%、3.5%和1.2%。",
        "2022年，南京、無錫PM2.5濃度分別為28、30微克/立方米，同比下降2.1%、3.5%和1.2%。",
        "2022年，南京、无锡PM2.5浓度分别为28、30微克/立方米，均同比下降2.1%。",
    ],
)
def test_changes_whose_count_differs_are_flagged_not_paired(text: str) -> None:
    obs = _observations(text)
    ch = obs[obs["kind"].astype(str).str.startswith("change")]
    assert len(ch) >= 1
    assert ch["needs_review"].all()
    assert ch["note"].astype(str).str.contains("count differs").all()


def test_changes_with_a_name_of_their_own_keep_it() -> None:
    obs = _observations(
        "2022年，南京、无锡PM2.5浓度分别为28、30微克/立方米，PM10浓度同比下降2.1%、3.5%。"
    )
    assert not obs["note"].astype(str).str.contains("paired").any()


@settings(max_examples=10, deadline=None)
@given(
    n=st.integers(2, 4),
    hant=st.booleans(),
    data=st.data(),
)
def test_list_pairing_property(n: int, hant: bool, data: st.DataObject) -> None:
    """n members, n levels, m changes: paired one to one iff m == n, else all flagged."""
    cities = ["南京", "无锡", "苏州", "常州"][:n]
    m = data.draw(st.integers(1, 4))
    levels = "、".join(str(20 + k) for k in range(n))
    changes = "、".join(f"{k + 1}.5%" for k in range(m))
    text = f"2022年，{'、'.join(cities)}PM2.5浓度分别为{levels}微克/立方米，同比下降{changes}。"
    if hant:
        text = to_traditional(text)
    obs = _observations(text)
    ch = obs[obs["kind"].astype(str).str.startswith("change")]
    assert len(ch) == m
    if m == n:
        assert ch["region"].tolist() == [f"{c}市" for c in cities]
        assert not ch["needs_review"].any()
    else:
        assert ch["needs_review"].all()
