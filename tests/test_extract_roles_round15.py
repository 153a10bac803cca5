"""read_report, roles round 15 (issue 13): references and steps of the work are context, and
context rows are a table of their own (``ReportTables.context``), not observations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import sentences

from envindicators.extract import read_report
from envindicators.extract._roles import names_target_after, reference_or_process


def _read(text: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    r = read_report(text, source="x.txt", published="2023-01-01")
    return r.observations, r.targets, r.context


def _context_row(text: str, written: str) -> pd.Series:
    obs, tgt, ctx = _read(text)
    assert written not in set(obs["value_text"]) if len(obs) else True
    assert written not in set(tgt["value_text"]) if len(tgt) else True
    rows = ctx[ctx["value_text"].astype(str).str.contains(written, regex=False)]
    assert len(rows) == 1, ctx[["value_text", "note"]] if len(ctx) else "no context rows"
    return rows.iloc[0]


# ------------------------------------------------------------------ a standard's value
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("台灣的標準為15µg/m3，高於世衛組織的建議。", "15µg/m3"),
        ("台湾的标准为15µg/m3，高于世卫组织的建议。", "15µg/m3"),
        ("世衛標準為8小時平均值不多於100微克。", "100微克"),
        ("该厂执行的化学需氧量排放限值为50毫克/升。", "50毫克/升"),
        ("PM2.5国家二级标准值：35微克/立方米。", "35微克/立方米"),
        ("地表水Ⅲ类标准是1.0毫克/升。", "1.0毫克/升"),
    ],
)
def test_a_standards_value_is_context(text: str, written: str) -> None:
    row = _context_row(text, written)
    assert row["role"] == "context"
    assert "a standard's value" in str(row["note"])
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2017年太原市空气质量达到二级标准为300天。", "300天"),
        ("2017年太原市空氣質量達到二級標準為300天。", "300天"),
        ("2017年全市优于Ⅲ类标准的断面为12个。", "12个"),
        ("2022年山西省PM2.5浓度为38微克/立方米。", "38微克/立方米"),
    ],
)
def test_a_figure_measured_against_a_standard_stays_data(text: str, written: str) -> None:
    assert reference_or_process(text, text.index(written), text.index(written) + len(written),
                                written.lstrip("0123456789."), written) is None  # fmt: skip
    obs, tgt, _ = _read(text)
    assert written in set(obs["value_text"]) | set(tgt["value_text"])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["台湾的", "世卫", "欧盟的", "国家二级", "本港對臭氧的", "日本"]),
    st.sampled_from(["标准", "標準", "限值", "标准值"]),
    st.sampled_from(["为", "為", "是", "：", "规定为"]),
    st.sampled_from(["", "年平均", "8小时平均值不多于", "日均值"]),
    st.integers(1, 999),
    st.sampled_from(["微克/立方米", "µg/m3", "毫克/升"]),
    st.booleans(),
)
def test_property_a_standard_named_before_its_value(
    owner: str, noun: str, verb: str, average: str, value: int, unit: str, measured: bool
) -> None:
    """A value named right after 标准为 is the standard's; measured against it, it is data."""
    lead = ("2020年全市达到" if measured else "") + owner + noun + verb + average
    text = f"{lead}{value}{unit}。"
    reason = reference_or_process(text, len(lead), len(lead) + len(str(value)) + len(unit), unit,
                                  f"{value}{unit}")  # fmt: skip
    if measured:
        assert reason is None
    else:
        assert reason == "a standard's value"


# ------------------------------------------------------------- groups, sets, ranks, lists
@pytest.mark.parametrize(
    ("text", "written", "why"),
    [
        ("第二轮第二批7个中央生态环境保护督察组于8月30日陆续进驻北京。", "7个", "groups"),
        ("9月15日，28個督查組對涉氣企業進行了現場核實。", "28個", "groups"),
        ("此外，还成立了7个技术帮扶组，采取分地区方式指导。", "7个", "groups"),
        ("全市组建3个工作专班，推进整改。", "3个", "groups"),
        ("2003年，农业部把秸秆还田作为为农民办的11件实事之一。", "11件", "one of"),
        ("太原市是全国74个重点城市之一。", "74个", "one of"),
        ("前10名依次是：惠来县、揭西县(2个并列第1)，陆丰市。", "2个", "tied"),
        ("兩個榜單各有20個城市。", "兩個", "tied"),
        ("有325個地級及以上城市開展了飲用水水源地監測。", "325個", "monitoring"),
        ("全省共1436个国控点位开展了空气质量监测。", "1436个", "monitoring"),
    ],
)
def test_counts_of_the_work_and_of_sets_are_context(text: str, written: str, why: str) -> None:
    row = _context_row(text, written)
    assert row["role"] == "context"
    assert why in str(row["note"])


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2017年山西省完成燃煤发电机组超低排放改造25台。", "25台"),
        ("2017年山西省关停6个燃煤机组。", "6个"),
        ("2017年山西省对120家企业开展了监督性监测。", "120家"),
        ("2017年全省取缔散乱污企业1200家，占全省三分之一以上。", "1200家"),
    ],
)
def test_counts_of_results_stay_data(text: str, written: str) -> None:
    obs, tgt, ctx = _read(text)
    assert written in set(obs["value_text"]) | set(tgt["value_text"])
    assert written not in (set(ctx["value_text"]) if len(ctx) else set())


# ------------------------------------------------------------- targets and missed targets
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("根據環境部發布的白皮書，2035年要將PM2.5濃度降到8微克/立方米以下。", "8微克/立方米以下"),
        ("根据环境部发布的白皮书，2035年要将PM2.5浓度降到8微克/立方米以下。", "8微克/立方米以下"),
        ("全市要把PM2.5浓度控制在35微克/立方米以内。", "35微克/立方米以内"),
    ],
)  # fmt: skip
def test_an_aim_with_yao_jiang_is_a_target(text: str, written: str) -> None:
    obs, tgt, _ = _read(text)
    assert written in set(tgt["value_text"])
    assert written not in set(obs["value_text"]) if len(obs) else True


def test_zhuyao_jiang_promises_nothing() -> None:
    obs, tgt, _ = _read("2022年，太原市主要将资金用于造林，完成造林面积120公顷。")
    assert "120公顷" in set(obs["value_text"])
    assert not len(tgt)


@pytest.mark.parametrize(
    ("after", "named"),
    [
        ("座未达省有关部门明确的浓度提升目标", False),
        ("座未達省有關部門明確的濃度提升目標", False),
        ("家没有完成下达的减排目标", False),
        ("的改善目标", True),
        ("，超额完成年度的改善目标", False),  # another clause: not the figure's words
        ("以上的年度目标", True),
    ],
)
def test_a_target_named_after_the_figure_unless_missed(after: str, named: bool) -> None:
    text = "其中5" + after + "。"
    assert names_target_after(text, 3, len(text)) is named


def test_a_count_that_missed_its_target_is_an_outcome() -> None:
    text = "2024年以来，主城区8座污水处理厂进水浓度均未达到100毫克/升，其中5座未达省有关部门明确的浓度提升目标。"  # noqa: E501
    obs, tgt, _ = _read(text)
    assert "5座" in set(obs["value_text"])
    assert "5座" not in (set(tgt["value_text"]) if len(tgt) else set())


# --------------------------------------------------------------------- the context table
def test_context_rows_are_a_table_of_their_own() -> None:
    text = (
        "2017年，山西省PM2.5浓度为38微克/立方米，同比下降2.6%。7个督察组进驻两省。"
        "台灣的標準為15µg/m3。"
    )
    r = read_report(text, source="x.txt")
    assert not (r.observations["role"] == "context").any()
    assert len(r.context) == 3
    assert (r.context["role"] == "context").all()
    assert r.context["obs_id"].str.contains("-C").all()
    assert list(r.context.columns) == list(r.observations.columns)  # the observations schema
    prov = r.provenance[r.provenance["table"] == "context"]
    assert sorted(prov["id"]) == sorted(r.context["obs_id"])
    for _, p in prov.iterrows():  # each provenance span holds the figure of its row
        row = r.context[r.context["obs_id"] == p["id"]].iloc[0]
        assert text[int(p["start"]) : int(p["end"])] in str(row["value_text"])
    sure = r.at_least("medium")  # context rows are low: moved to unread, nothing lost
    assert sure.context.empty
    assert len(sure.unread) >= len(r.unread) + len(r.context)


@settings(max_examples=15, deadline=None)
@given(sentences(), st.sampled_from(["7个督察组进驻两省。", "世卫标准为10微克/立方米。", ""]))
def test_property_observations_never_hold_context(
    case: tuple[str, dict[str, object]], extra: str
) -> None:
    text, _ = case
    r = read_report(text + extra, source="gen.txt")
    assert not (r.observations["role"] == "context").any()
    if len(r.context):
        assert (r.context["role"] == "context").all()
    # every figure that became a row is in exactly one table, once
    prov = r.provenance[r.provenance["table"].isin(["observations", "context", "targets"])]
    assert len(prov) == len(r.observations) + len(r.context) + len(r.targets)
    assert not prov.duplicated(["start", "end"]).any()
    assert bool(extra) <= bool(len(r.context))


def test_cli_extract_writes_context_csv(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(
        "2017年，山西省PM2.5浓度为38微克/立方米。7个督察组进驻两省。\n", encoding="utf-8"
    )
    out = tmp_path / "tables"
    done = subprocess.run(
        [sys.executable, "-m", "envindicators", "extract", str(src), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    context = pd.read_csv(out / "context.csv")
    observations = pd.read_csv(out / "observations.csv")
    assert set(context["role"]) == {"context"}
    assert "context" not in set(observations["role"])
