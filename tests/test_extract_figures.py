"""``ReportTables.figures``: every figure row with its table, in the order of the text
(mend39, issue 13)."""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import both_scripts, texts_in_both_scripts

from envindicators.extract import read_report

_KEYS = {"observations": "obs_id", "context": "obs_id", "targets": "target_id"}

_TEXTS = texts_in_both_scripts(
    [
        "2022年，山西省PM2.5浓度为38微克/立方米，到2025年降至35微克/立方米。",
        "全省共派出7个督察组，受理群众信访举报1341件，办结1200件。",
        "到2025年，地级及以上城市空气质量优良天数比率达到87.5%，重污染天数比率控制在1%以内。",
        "2023年，全市化学需氧量排放量为1.2万吨，较上年下降3.5%；共有两个区县未达标。",
        "没有数字的句子。",
    ]
)


@pytest.mark.parametrize("text", _TEXTS)
def test_every_row_of_the_three_tables_once_with_its_table(text: str) -> None:
    r = read_report(text, source="x.txt", published="2023-06-01")
    got = r.figures()
    assert list(got.columns[:1]) == ["table"]
    assert len(got) == len(r.observations) + len(r.context) + len(r.targets)
    for name, key in _KEYS.items():
        table = getattr(r, name)
        mine = got[got["table"] == name]
        if not len(table):
            assert mine.empty
            continue
        assert sorted(mine[key].astype(str)) == sorted(table[key].astype(str))
        # a row is its own table's row: same figure, same indicator
        for _, row in mine.iterrows():
            own = table[table[key] == row[key]].iloc[0]
            assert str(row["value_text"]) == str(own["value_text"])
            assert str(row["indicator"]) == str(own["indicator"])


@pytest.mark.parametrize(
    ("text", "tables"),
    both_scripts(
        [
            (
                "到2025年，山西省PM2.5浓度降至35微克/立方米。2022年，山西省PM2.5浓度为38微克/立方米。",
                ["targets", "observations"],
            ),
            (
                "全省共派出7个督察组。2022年，山西省PM2.5浓度为38微克/立方米。"
                "到2025年，山西省PM2.5浓度降至35微克/立方米。",
                ["context", "observations", "targets"],
            ),
        ]
    ),
)
def test_rows_are_in_the_order_of_the_text(text: str, tables: list[str]) -> None:
    got = read_report(text).figures()
    assert got["table"].tolist() == tables
    starts = [text.index(str(v)) for v in got["value_text"]]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["到2025年，地级及以上城市空气质量优良天数比率达到87.5%。", "没有数字的句子。"]
    ),
)
def test_a_report_with_one_table_or_none(text: str) -> None:
    r = read_report(text)
    got = r.figures()
    assert set(got["table"]) <= {"targets"}
    assert len(got) == len(r.targets)
    assert got.index.equals(pd.RangeIndex(len(got)))
