"""gold43 (issue 13): the gold's roles and duplicates, and a count after a word of having.

* Convention (f) of ``benchmarks/HANDCHECK.md``: a count written as the frame of other
  figures (the whole its parts are counted in, the group a rate is given over) is context;
  the gold's eight such rows have role ``context``, and the scorer looks for them among the
  rows ``read_report`` files in its ``context`` table too — such a row is counted as predicted
  only when it pairs with one, and never pairs with a gold row of another role.
* A figure of a statement that counts objects by what was done to them is a progress summary
  and an observation of the indicator of that act (``datasets/README.md``): the gold's 19 such
  pairs are listed, none of them a ledger of tasks or petitions.
* A count after a word of having (``涉及``, ``共有``, ``共``, ``有``) is named by the noun after
  its measure word (``泉域重点保护区涉及晋中市13家煤矿`` → 煤矿;
  ``_indicators._counted_after_having``).
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from tests.scripts import to_traditional

from conftest import load_script
from envindicators import datasets
from envindicators.extract import read_report
from envindicators.units import to_simplified

se = load_script("benchmarks/score_extract.py")

#: The gold rows that are the frame of their parts (HANDCHECK.md convention (f)).
FRAMES = {
    "000-O268": "汾河9条较大的一级支流",
    "000-O269": "占到全省19个岩溶大泉",
    "001-O026": "15個國考斷面",
    "001-O027": "6個省考斷面",
    "002-O011": "全省91座生活污水处理厂中,仅19个达到一级A标准",
    "002-O045": "全省考核区县的12个市州",
    "002-O046": "14个市州中可吸入颗粒物",
    "004-O012": "194个监控断面中",
}


# ----------------------------------------------------------------------------- roles


def test_the_gold_frames_are_context() -> None:
    obs = datasets.load("observations").set_index("obs_id")
    for obs_id, quote in FRAMES.items():
        assert obs.loc[obs_id, "role"] == "context", obs_id
        assert obs.loc[obs_id, "quote"] == quote
        assert "convention (f)" in str(obs.loc[obs_id, "note"])
        assert pd.isna(obs.loc[obs_id, "evidence_for"])  # context is paired with no target


@pytest.mark.parametrize(
    ("obs_id", "quote"),
    [
        ("000-O093", "全省共有国家级、省级自然保护区46个"),  # a whole told on its own
        ("004-O006", "194个监控断面中,有47个断面总磷浓度"),  # the part: sections found
        ("000-O170", "毁坏土地共20760亩"),  # an area told on its own, then divided
    ],
)
def test_a_whole_told_on_its_own_and_the_parts_stay_outcomes(obs_id: str, quote: str) -> None:
    obs = datasets.load("observations").set_index("obs_id")
    assert quote in str(obs.loc[obs_id, "quote"]) or str(obs.loc[obs_id, "quote"]) in quote
    assert obs.loc[obs_id, "role"] == "outcome"


def _frame(rows: list[dict]) -> pd.DataFrame:
    base = {"source": "000_x.txt", "region": "", "period_end": "2018-12-31", "unit": "count"}
    columns = [*base, "indicator", "value", "value_text", "role"]
    return pd.DataFrame([{**base, **r} for r in rows], columns=columns)


def test_the_scorer_finds_a_gold_frame_in_the_context_table() -> None:
    gold = {
        "observations": _frame(
            [
                {"indicator": "monitored_sections", "value": 194, "value_text": "194个",
                 "role": "context"},
                {"indicator": "sections_rising", "value": 47, "value_text": "47个",
                 "role": "outcome"},
            ]
        ),
        "targets": _frame([]),
    }  # fmt: skip
    predicted = {
        "observations": _frame([]),
        "targets": _frame([]),
        "context": _frame(
            [
                {"indicator": "monitored_sections", "value": 194},
                {"indicator": "sections_rising", "value": 47},  # an outcome filed as context
                {"indicator": "other", "value": 3},  # a context row the gold does not list
            ]
        ),
    }
    result = se.score(predicted, gold)
    total = result[(result["document"] == "ALL") & (result["table"] == "all")].iloc[0]
    assert total["matched"] == 1  # the frame; the outcome is not found in the context table
    assert total["predicted"] == 1  # only the paired context row is counted
    assert total["missing"] == 1
    without = se.score({k: v for k, v in predicted.items() if k != "context"}, gold)
    assert without[without["document"] == "ALL"].iloc[-1]["matched"] == 0


# ----------------------------------------------------------------------------- duplicates

#: Observations that repeat a progress summary's figure (same document, value, quote within
#: the summary's), with the summary: one figure in two tables (datasets/README.md).
BOTH_TABLES = {
    "000-O046": "000-P005", "000-O047": "000-P005", "000-O049": "000-P006",
    "000-O050": "000-P006", "000-O072": "000-P008", "000-O086": "000-P011",
    "000-O089": "000-P012", "000-O090": "000-P012", "000-O092": "000-P013",
    "000-O093": "000-P014", "000-O094": "000-P014", "000-O127": "000-P021",
    "000-O128": "000-P022", "000-O135": "000-P025", "000-O234": "000-P031",
    "000-O235": "000-P032", "000-O237": "000-P033", "000-O238": "000-P034",
    "001-O005": "001-P001",
}  # fmt: skip


def _folded(text: object) -> str:
    return re.sub(r"\W", "", to_simplified(str(text)))


def test_the_figures_in_two_tables_are_listed_and_none_is_a_ledger() -> None:
    seed = r"^\d{3}_"
    obs = datasets.load("observations")
    obs = obs[obs["source"].str.match(seed)]
    summaries = datasets.load("progress_summaries")
    summaries = summaries[summaries["source"].str.match(seed)]
    found: dict[str, str] = {}
    for _, s in summaries.iterrows():
        q = _folded(s["quote"])
        for col in ("total", "count"):
            same = obs[
                (obs["source"] == s["source"])
                & (obs["number"] == s[col])
                & obs["quote"].map(lambda o, q=q: bool(_folded(o)) and _folded(o) in q)
            ]
            for obs_id in same["obs_id"]:
                found.setdefault(str(obs_id), str(s["summary_id"]))
    assert found == BOTH_TABLES
    ledgers = summaries[summaries["summary_id"].isin(set(BOTH_TABLES.values()))]
    assert not ledgers["subject"].astype(str).str.contains("任务|信访|举报").any()
    codes = obs.set_index("obs_id").loc[list(BOTH_TABLES), "indicator"]
    assert not codes.str.startswith("petitions").any()


# ----------------------------------------------------------------------------- the rule


def _subjects(text: str, figure: str) -> list[str]:
    """The subjects (simplified) of the rows whose figure, in simplified script, is ``figure``."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "subject"]]
    return [to_simplified(str(s)) for s in rows["subject"]]


def _both(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [*cases, *((to_traditional(t), f, s) for t, f, s in cases)]


_HAVING = [
    ("洪山泉域重点保护区涉及晋中市13家煤矿。", "13家", "煤矿"),
    ("泉域重点保护范围内共有50座煤矿。", "50座", "煤矿"),
    ("晋祠泉域重点保护区涉及16家煤矿，目前10家仍在生产。", "16家", "煤矿"),
    ("全市海域共52个海洋功能区，其中农渔业区12个。", "52个", "海洋功能区"),
    ("兴达电厂原有4部燃煤机组，1部已除役。", "4部", "燃煤机组"),
    ("审计报告反映涉及4个方面、29个单位共计50项具体问题，问题资金2.5亿元。", "50项", "具体问题"),
    ("水库水质计有27座水库，36个监测站，于每季监测1次。", "27座", "水库"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_HAVING))
def test_a_count_after_a_word_of_having_is_named_by_its_noun(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text, figure)[0] == subject


_NOT_HAVING = [
    # the noun after the count names a measure: the count is of the cities
    ("9个中心城市中有8个环境空气质量达到二级标准。", "8个", "环境空气质量"),
    # words after the noun: the count is of the part in that state, not of all the noun names
    ("56个监测断面中有49个断面达到水质目标要求，达标率为87.5%。", "49个", "断面"),
    ("2017年，338个城市中有99个城市达标，但仍有239个城市环境空气质量超标。", "239个", "城市"),
    # a list's first member after the count: the count is of the whole list
    ("至今计有6个直辖市、县(市)自主成立应变中心。", "6个", "直辖市"),
]


@pytest.mark.parametrize(("text", "figure", "noun_after"), _both(_NOT_HAVING))
def test_a_count_after_having_is_not_named_by_a_noun_in_a_clause(
    text: str, figure: str, noun_after: str
) -> None:
    assert _subjects(text, figure)[0] != noun_after


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    _both(
        [
            ("辖区内共有冶炼铸造企业108家。", "108家", "辖区内共有冶炼铸造企业"),  # noun first
            # no noun after the measure word: what is said of the things counted follows
            ("北区监测站有294日录得空气质量良好。", "294日", "北区监测站"),
            ("六项污染物浓度有5项同比下降。", "5项", "污染物浓度"),
        ]
    ),
)
def test_the_other_rules_name_the_count(text: str, figure: str, subject: str) -> None:
    assert _subjects(text, figure)[0] == subject  # as on main
