"""The object of a verb written after the figure, and the topic of a count's act (issue 13,
branch obj24).

* An amount of matter after a verb is the amount of the noun written after it
  (``焚化中心共处理52.7万吨城市固体废物`` → 城市固体废物处理量); a figure grouped with a
  comma (``1,141.8吨``) keeps its clause, so the noun after it stays in reach.
* A count named by an act alone (``已完成执行7场次``, ``已完成整改12处``) counts what the
  clause before it names as its topic (``针对异味稽查检测，…`` → 异味稽查检测完成执行).

Negative cases: a noun written before the figure, a verb that compares the amount, an area or
money, a topic clause that is a time, a pronoun, a verb or holds a figure.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.report_rows import ALL_TABLES, figure_rows, simplified_row
from tests.scripts import SCRIPTS

from envindicators.extract._reader import _outside
from envindicators.units import to_simplified

# ------------------------------------------------------------ an amount's matter after it

AMOUNTS = [
    # (text, figure, subject)
    ("焚化中心共处理52.7万吨城市固体废物。", "52.7万吨", "城市固体废物处理量"),
    ("去年焚化中心共处理526,979吨城市固体废物，按年增加5%。", "526,979吨", "城市固体废物处理量"),
    ("资源回收厂共回收1,141.8吨玻璃。", "1,141.8吨", "玻璃回收量"),
    ("城市每年产生近2亿吨生活垃圾。", "近2亿吨", "生活垃圾产生量"),
    ("该厂今年处理3000万立方米污水，运行稳定。", "3000万立方米", "污水处理量"),
    ("电厂全年共利用5万吨粉煤灰。", "5万吨", "粉煤灰利用量"),
    ("乡镇每日清运约120吨垃圾。", "约120吨", "垃圾清运量"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), AMOUNTS)
def test_an_amount_after_a_verb_is_of_the_noun_after_it(
    text: str, value: str, subject: str, script: str
) -> None:
    row = simplified_row(text, value, script=script)
    assert to_simplified(str(row["subject"])) == subject
    assert row["role"] == "outcome"  # 城市固体废物 after an amount: no count of cities
    assert row["needs_review"]  # a proposed indicator: to review
    assert "the noun after the amount" in str(row["note"])


AMOUNTS_LEFT = [
    # (text, figure, subject): the matter is named before the figure, or no act names it
    ("本市共清运生活垃圾120万吨。", "120万吨", "清运生活垃圾"),
    ("全市新建污水管网120公里。", "120公里", None),  # a length: no matter
    ("全省危险废物贮存超过2万吨。", "超过2万吨", None),  # a comparison of the amount
    ("共投入1.2亿元资金。", "1.2亿元", None),  # money: no matter
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), AMOUNTS_LEFT)
def test_an_amount_without_an_act_on_the_noun_after_it_is_left(
    text: str, value: str, subject: str | None, script: str
) -> None:
    row = simplified_row(text, value, script=script)
    got = to_simplified(str(row["subject"]))
    if subject is not None:
        assert got == subject
    assert "the noun after the amount" not in str(row["note"])
    assert not got.endswith("量")


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_amount_qualifying_places_is_still_their_threshold(script: str) -> None:
    # 2万吨 … 的省份: a threshold of the provinces counted (context), no matter of its own
    row = simplified_row(
        "其中，年处理量超过2万吨的省份有20个。", "年处理量超过2万吨", script=script
    )
    assert row["role"] == "context"
    assert "the noun after the amount" not in str(row["note"])


def test_a_comparison_of_the_amount_names_no_act() -> None:
    row = simplified_row("全省贮存超过2万吨危险废物。", "超过2万吨")
    assert not str(row["subject"]).endswith("超过量")
    assert "the noun after the amount" not in str(row["note"])


# ------------------------------------------------------- a comma inside a figure: one clause


def test_a_comma_inside_a_figure_breaks_no_clause() -> None:
    text = "回收1,141.8吨玻璃，其余为2,300吨。"
    first, second = text.index("1,141.8吨"), text.index("2,300吨")
    q = pd.DataFrame({"start": [first, second], "end": [first + 8, second + 6]})
    marks = [i for i, c in enumerate(text) if c in ",，。"]
    assert len(marks) == 4
    kept = _outside(np.array(marks), q).tolist()
    assert kept == [text.index("，"), text.index("。")]  # the digits' commas are no breaks
    assert _outside(np.array([], dtype=np.int64), q).tolist() == []
    assert _outside(np.array(marks), q.iloc[:0]).tolist() == marks


def test_the_figures_of_a_list_grouped_by_commas_keep_their_nouns() -> None:
    text = "资源回收厂共回收1,141.8吨玻璃、441.8吨厨余及1,304.5吨塑胶类废料。"
    rows = figure_rows(text, ALL_TABLES)
    assert to_simplified(str(rows["1,141.8吨"]["subject"])) == "玻璃"
    assert to_simplified(str(rows["1,304.5吨"]["subject"])) == "塑胶类废料"


# ------------------------------------------------------------ the topic of a count's act

TOPICS = [
    # (text, figure, subject)
    ("针对异味稽查检测，已完成执行7场次。", "7场次", "异味稽查检测完成执行"),
    ("河道清淤方面，已完成整改12处。", "12处", "河道清淤完成整改"),
    # (46家次 after 检查 is enterprises_inspected since reg43 — the firms visited, as hand
    # checks 8 and 31 judged 工廠查核87家次 and 执法检查68万家次; a counter no row takes here)
    ("餐饮油烟专项检查，已完成检查46点次。", "46点次", "餐饮油烟专项检查完成检查"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), TOPICS)
def test_an_act_counted_after_a_topic_clause_is_done_to_the_topic(
    text: str, value: str, subject: str, script: str
) -> None:
    row = simplified_row(text, value, script=script)
    assert to_simplified(str(row["subject"])) == subject
    assert row["needs_review"]
    assert "the topic of the clause before" in str(row["note"])


TOPICS_LEFT = [
    # (text, figure): the clause before names no topic
    ("截至目前，已完成整改12处。", "12处"),  # a time
    ("其中，完成整改12处。", "12处"),  # a pronoun
    ("督察发现，已完成整改12处。", "12处"),  # a verb of its own
    ("2020年共排查15处，已完成整改12处。", "12处"),  # a figure: the earlier count's
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_noun_after_the_count_wins_over_the_topic(script: str) -> None:
    text = "在水泥厂汞污染管制上，本计划于112年完成辖内4家水泥厂汞流布调查。"
    row = simplified_row(text, "4家", script=script)
    assert "the topic of the clause before" not in str(row["note"])
    assert not to_simplified(str(row["subject"])).startswith("水泥厂汞污染管制")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value"), TOPICS_LEFT)
def test_a_clause_of_no_topic_names_no_act_object(text: str, value: str, script: str) -> None:
    row = simplified_row(text, value, script=script)
    assert "the topic of the clause before" not in str(row["note"])
    assert to_simplified(str(row["subject"])) == "(no measure named) 完成整改"
