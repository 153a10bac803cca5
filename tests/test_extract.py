"""read_report: report text → the bundled tables, with links, provenance and honesty flags."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import analytics, audit, datasets, report
from envindicators.errors import ExtractionError
from envindicators.extract import ReportTables, expand_forms, read_report
from envindicators.units import to_simplified

TRAJECTORY = (
    "山西省环境状况\n"
    "2019年，全省PM2.5浓度为45微克/立方米。\n"
    "2020年，全省PM2.5浓度为42微克/立方米。\n"
    "2021年，全省PM2.5浓度为40微克/立方米。\n"
    "2022年，全省PM2.5浓度为38微克/立方米，同比下降5%；优良天数比例为74.5%，"
    "同比提高2.4个百分点。\n"
    "到2025年，全省PM2.5浓度控制在35微克/立方米以下，优良天数比例达到80%以上。\n"
    "第一轮督察反馈的52项整改任务已完成48项，信访件办结率为96.5%。\n"
)


def with_context(r: ReportTables) -> pd.DataFrame:
    """``r.observations`` with the rows of ``r.context``, in the text's order: the
    observations as ``read_report`` gave them before context rows had their own table."""
    frames = [f for f in (r.observations, r.context) if len(f)]
    if len(frames) < 2:
        return r.observations if len(r.observations) or not len(r.context) else r.context
    rows = pd.concat(frames, ignore_index=True)
    prov = r.provenance[r.provenance["table"].isin(["observations", "context"])]
    start = rows["obs_id"].map(prov.set_index("id")["start"])
    return rows.iloc[start.to_numpy().argsort(kind="stable")].reset_index(drop=True)


@pytest.fixture(scope="module")
def trajectory() -> ReportTables:
    return read_report(TRAJECTORY, source="shanxi.txt", published="2023-02-24")


@pytest.fixture(scope="module")
def seed() -> ReportTables:
    src = "003_e41e25c42e136997.txt"
    return read_report(datasets.source_text(src), source=src, published="2023-02-24")


@pytest.mark.parametrize("name", ["observations", "targets", "tasks", "progress_summaries"])
def test_tables_have_the_bundled_schema(seed: ReportTables, name: str) -> None:
    ours = getattr(seed, name)
    bundled = datasets.load(name)  # type: ignore[arg-type]
    assert list(ours.columns) == list(bundled.columns)
    assert ours.dtypes.astype(str).to_dict() == bundled.dtypes.astype(str).to_dict()


def test_bundled_rows_are_high_confidence() -> None:
    for name in ("observations", "targets", "tasks", "progress_summaries"):
        t = datasets.load(name)  # type: ignore[arg-type]
        assert set(t["confidence"]) == {"high"}
        assert not t["needs_review"].any()


def test_quotes_are_verbatim_and_spans_point_at_the_figure(seed: ReportTables) -> None:
    text = datasets.source_text("003_e41e25c42e136997.txt")
    rows = pd.concat([seed.observations.assign(id=seed.observations["obs_id"]),
                      seed.targets.assign(id=seed.targets["target_id"])])  # fmt: skip
    assert len(rows) > 20
    prov = seed.provenance.set_index("id")
    for rid, value_text, quote in zip(rows["id"], rows["value_text"], rows["quote"], strict=True):
        p = prov.loc[rid]
        assert text[p["start"] : p["end"]] == value_text
        assert text[p["quote_start"] : p["quote_end"]] == quote
        assert value_text in quote


def test_links_of_a_bulletin_paragraph(trajectory: ReportTables) -> None:
    o = trajectory.observations
    assert set(o["region"]) == {"山西省"}  # 全省 → the document's region
    pm = o[(o["indicator"] == "pm25_concentration") & (o["kind"] == "level")]
    assert pm["period_end"].dt.year.tolist() == [2019, 2020, 2021, 2022]
    assert pm["value"].tolist() == [45, 42, 40, 38]
    change = o[o["kind"] == "change_absolute"].iloc[0]
    assert (change["indicator"], change["value"], change["unit"]) == (
        "good_air_days_share", 2.4, "percentage_point",
    )  # fmt: skip
    assert change["baseline_period"] == "2021"
    assert not o["needs_review"].any()
    assert set(o["confidence"]) == {"high"}


def test_targets_have_comparator_and_deadline(trajectory: ReportTables) -> None:
    t = trajectory.targets.set_index("indicator")
    assert t.loc["pm25_concentration", "comparator"] == "le"
    assert t.loc["good_air_days_share", "comparator"] == "ge"
    assert set(t["deadline"]) == {pd.Timestamp("2025-12-31")}
    assert set(t["start"]) == {pd.Timestamp("2023-02-24")}


def test_progress_summaries(trajectory: ReportTables) -> None:
    s = trajectory.progress_summaries
    done = s[s["category"] == "completed"].iloc[0]
    assert (done["total"], done["count"]) == (52, 48)
    rate = s[s["category"] == "rate"].iloc[0]
    assert rate["reported_rate"] == 96.5


def test_tasks_with_status_and_deadline() -> None:
    text = (
        "武威市整改方案\n"
        "一、总体目标\n"
        "三十七、晋中市潇河污染问题突出。\n整改时限：2020年底前。\n整改进展情况：已完成整改。\n"
        "三十八、岚县污水处理厂二期工程未建成。\n整改进展情况：正在推进整改。\n"
    )
    k = read_report(text, source="w.txt").tasks
    assert k["number_int"].tolist() == [37, 38]  # the heading 一、 states no status: no task
    assert k["status"].tolist() == ["completed", "in_progress"]
    assert k["deadline"].iloc[0] == pd.Timestamp("2020-12-31")
    assert k["region"].iloc[0] == "晋中市"


def test_unknown_indicator_is_proposed_never_dropped() -> None:
    r = read_report("2022年，山西省新建光伏围栏步道120公里。", source="x.txt")
    row = r.observations.iloc[0]
    assert row["indicator"].startswith("proposed_")
    assert row["needs_review"]
    proposed = r.indicators.set_index("code").loc[row["indicator"]]
    assert proposed["name_zh"] in row["quote"]
    assert proposed["unit"] == "公里"
    assert row["value"] == 120  # the proposed indicator keeps the written unit


def test_nothing_invented_without_a_date_or_region() -> None:
    r = read_report("PM2.5浓度为38微克/立方米。", source="x.txt")
    row = r.observations.iloc[0]
    assert pd.isna(row["period_end"])
    assert row["region"] == ""
    assert row["needs_review"]
    assert row["confidence"] == "low"
    assert "period" in row["note"]
    assert "region" in row["note"]


def test_unit_decides_between_indicators() -> None:
    # 污水处理 names a capacity (m3/d) and a rate (%): the unit of the figure chooses
    r = read_report("2022年，太原市污水处理率为95%，污水处理能力为20万吨/日。", source="x.txt")
    assert r.observations["indicator"].tolist() == [
        "wastewater_treatment_rate", "wastewater_treatment_capacity",
    ]  # fmt: skip


def test_respectively_pairs_names_and_figures() -> None:
    r = read_report("2022年，山西省PM2.5、PM10浓度分别为38、65微克/立方米。", source="x.txt")
    assert r.observations[["indicator", "value"]].values.tolist() == [
        ["pm25_concentration", 38.0], ["pm10_concentration", 65.0],
    ]  # fmt: skip


def test_downstream_works_unchanged(trajectory: ReportTables, tmp_path: Path) -> None:
    registry = trajectory.registry()
    table = report.assessment(trajectory.targets, trajectory.observations, registry)
    assert set(table["indicator"]) == {"pm25_concentration", "good_air_days_share"}
    tables = {**datasets.load_all(), **trajectory.tables(), "indicators": registry}
    tables["relations"] = tables["relations"].iloc[0:0]
    tables["meetings"] = tables["meetings"].iloc[0:0]
    findings = audit.report(tables=tables)
    checks = findings.set_index(findings["check"].astype(str))["verdict"].astype(str)
    assert checks["change_relative"] == "consistent"  # 40 → 38 is −5 %, as written
    assert checks["rate"] == "not_checkable"  # 办结率 without its counts
    levels = trajectory.observations.query("kind == 'level' and indicator == 'pm25_concentration'")
    fit = analytics.linear_trend(
        levels["value"].to_numpy(), levels["period_end"].dt.year.to_numpy()
    )
    assert fit.slope < 0
    result = report.build_report(tmp_path / "rep", tables=tables, figures=False)
    assert "pm25_concentration" in result.path.read_text(encoding="utf-8")


def test_errors_are_specific() -> None:
    with pytest.raises(ExtractionError, match="str"):
        read_report(b"PM2.5")  # type: ignore[arg-type]
    with pytest.raises(ExtractionError, match="published"):
        read_report("PM2.5为38微克/立方米", published="last year")


def test_forms_of_registry_names() -> None:
    assert expand_forms("细颗粒物(PM2.5)年均浓度") == {"细颗粒物年均浓度", "PM2.5年均浓度"}
    assert expand_forms("完成专项整治的点位/项目") == {"完成专项整治的点位", "完成专项整治的项目"}


def test_cli_extract_then_report(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_bytes(TRAJECTORY.encode("gb18030"))
    out, rep = tmp_path / "tables", tmp_path / "rep"
    cmd = [sys.executable, "-m", "envindicators"]
    done = subprocess.run([*cmd, "extract", str(src), "--out", str(out)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    obs = datasets.read_csv(out / "observations.csv", "observations")
    assert obs["value"].tolist()[:4] == [45, 42, 40, 38]
    assert (out / ".envindicators-manifest.json").is_file()
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    again = subprocess.run([*cmd, "extract", str(src), "--out", str(out)],
                           capture_output=True, text=True, check=False)  # fmt: skip
    assert again.returncode == 0, again.stderr  # its own previous output is replaced
    other = tmp_path / "other"
    other.mkdir()
    (other / "observations.csv").write_text("mine", encoding="utf-8")
    refused = subprocess.run([*cmd, "extract", str(src), "--out", str(other), "--force"],
                             capture_output=True, text=True, check=False)  # fmt: skip
    assert refused.returncode == 1  # a file it did not write is never overwritten
    assert (other / "observations.csv").read_text(encoding="utf-8") == "mine"
    rep_run = subprocess.run(
        [*cmd, "report", "--data", str(out), "--no-bundled", "--no-figures", "-q", "--out",
         str(rep)], capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert rep_run.returncode == 0, rep_run.stderr
    assert "2 targets: 2 assessed" in rep_run.stdout
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep"


#: A rectification plan: its items have deadlines but no status yet.
PLAN = (
    "某县整改方案\n"
    "第一项，城区黑臭水体整治滞后。\n整改目标：到2020年底，城区黑臭水体消除比例达到90%以上。\n"
    "整改时限：2020年年底前\n责任单位：县生态环境局\n"
    "第二项，污水管网建设滞后。\n整改目标：污水管网覆盖率明显提高。\n"
    "整改时限：长期坚持\n责任单位：县住建局\n"
)


def test_cli_extract_then_report_on_a_plan_whose_tasks_have_no_status(tmp_path: Path) -> None:
    """extract's own tables are read back by report --data: a plan's tasks have no status."""
    src = tmp_path / "plan.txt"
    src.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "tables"
    cmd = [sys.executable, "-m", "envindicators"]
    done = subprocess.run([*cmd, "extract", str(src), "--out", str(out)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    tasks = datasets.read_csv(out / "tasks.csv", "tasks")
    assert len(tasks) == 2
    assert tasks["status"].isna().all()
    rep = subprocess.run(
        [*cmd, "report", "--data", str(out), "--no-bundled", "--no-figures", "-q", "--out",
         str(tmp_path / "rep")], capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert rep.returncode == 0, rep.stderr
    md = (tmp_path / "rep" / "report.md").read_text(encoding="utf-8")
    assert "| plan.txt | 2 | 2 |" in md  # two tasks, both with no status reported
    # assess reads extract's registry (only its proposed indicators) with the bundled codes
    assessed = subprocess.run(
        [*cmd, "assess", "-t", str(out / "targets.csv"), "-O", str(out / "observations.csv"),
         "-i", str(out / "indicators.csv")], capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert assessed.returncode == 0, assessed.stderr
    table = pd.read_csv(io.StringIO(assessed.stdout))
    assert "plan-T001" in set(table["target_id"])
    assert (table.loc[table["target_id"] == "plan-T001", "status"] == "no observation").all()


# --------------------------------------------------------------------------------------
# Property: "<region><year>年<indicator>为<figure>，同比<change>" read back with every link
# --------------------------------------------------------------------------------------
INDICATORS = {
    "pm25_concentration": (("PM2.5浓度", "细颗粒物平均浓度", "PM2.5年均浓度"), "微克/立方米"),
    "good_air_days_share": (("优良天数比例", "空气质量优良率", "优良天数比率"), "%"),
    "forest_cover": (("森林覆盖率",), "%"),
    "surface_water_good_share": (("国考断面水质优良比例", "地表水考核断面水质优良比例"), "%"),
}
REGIONS = ("山西省", "太原市", "抚顺市", "武威市", "平遥县")
BASES = ("同比", "较上年", "比{base}年")


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    code = draw(st.sampled_from(sorted(INDICATORS)))
    names, unit = INDICATORS[code]
    name = draw(st.sampled_from(names))
    region = draw(st.sampled_from(REGIONS))
    with_region = draw(st.booleans())
    year = draw(st.integers(2010, 2024))
    heading = draw(st.booleans())
    level = draw(st.integers(1, 999)) / 10
    change = draw(st.integers(1, 99)) / 10
    down = draw(st.booleans())
    base = draw(st.sampled_from(BASES))
    base_year = year - draw(st.integers(1, 7)) if "{base}" in base else year - 1
    verb = "下降" if down else "上升"
    change_text = f"{verb}{change}个百分点" if unit == "%" else f"{verb}{change}%"
    where = region if with_region else ""
    when = "" if heading else f"{year}年"
    body = f"{where}{when}{name}为{level}{unit}，{base.format(base=base_year)}{change_text}。"
    text = (f"{region}{year}年环境状况公报\n" if heading else f"{region}环境状况公报\n") + body
    if draw(st.booleans()):
        text = _traditional(text)
    expected = {"code": code, "region": region, "year": year, "level": level,
                "change": -change if down else change, "base": str(base_year)}  # fmt: skip
    return text, expected


_S2T = str.maketrans({"区": "區", "质": "質", "优": "優", "良": "良", "数": "數", "浓": "濃",
                      "细": "細", "颗": "顆", "粒": "粒", "覆": "覆", "盖": "蓋", "国": "國",
                      "断": "斷", "状": "狀", "况": "況", "报": "報", "较": "較", "为": "為",
                      "县": "縣", "抚": "撫", "顺": "順", "年": "年", "气": "氣", "环": "環",
                      "境": "境", "升": "升", "降": "降", "表": "表", "核": "核"})  # fmt: skip


def _traditional(text: str) -> str:
    out = text.translate(_S2T)
    assert to_simplified(out) == text  # the generator writes real traditional forms
    return out


@settings(max_examples=40, deadline=None)
@given(sentences())
def test_generated_sentences_are_read_back(case: tuple[str, dict[str, object]]) -> None:
    text, want = case
    o = read_report(text, source="gen.txt").observations
    assert len(o) == 2, o
    level, change = o.iloc[0], o.iloc[1]
    for row in (level, change):
        assert row["indicator"] == want["code"]
        assert row["region"] == want["region"]
        assert row["period_end"] == pd.Timestamp(dt.date(int(want["year"]), 12, 31))  # type: ignore[call-overload]
    assert level["kind"] == "level"
    assert level["value"] == pytest.approx(want["level"])
    assert change["kind"].startswith("change")
    assert change["value"] == pytest.approx(want["change"])
    assert change["baseline_period"] == want["base"]


@pytest.mark.parametrize(
    ("published", "table"), [("2020-07-30", "targets"), ("2021-03-01", "observations")]
)
def test_a_year_not_over_at_publication_is_a_promise(published: str, table: str) -> None:
    r = read_report("2020年，武威市森林覆盖率达到18.43%。", source="x.txt", published=published)
    rows = getattr(r, table)
    assert len(rows) == 1
    assert len(r.observations) + len(r.targets) == 1
    assert rows["indicator"].iloc[0] == "forest_cover"
    if table == "targets":
        assert rows["deadline"].iloc[0] == pd.Timestamp("2020-12-31")
        assert rows["comparator"].iloc[0] == "ge"  # 达到 + higher is better


_LEVELS = ("low", "medium", "high")


@pytest.mark.parametrize("level", _LEVELS)
def test_min_confidence_keeps_the_sure_rows_and_loses_none(seed: ReportTables, level: str) -> None:
    kept = seed.at_least(level)
    rank = {c: i for i, c in enumerate(_LEVELS)}
    moved = 0
    for name in ("observations", "context", "targets", "tasks", "progress_summaries"):
        before, after = getattr(seed, name), getattr(kept, name)
        assert list(after.columns) == list(before.columns)
        assert (after.dtypes == before.dtypes).all()
        sure = before["confidence"].map(rank).fillna(0) >= rank[level]
        pd.testing.assert_frame_equal(after, before[sure].reset_index(drop=True))
        moved += int((~sure).sum())
    # every row left out is listed in unread with its span and reason; provenance follows
    new = kept.unread.iloc[len(seed.unread) :]
    assert len(new) == moved
    assert new["reason"].str.fullmatch(rf"confidence (low|medium) < {level}").all()
    assert len(kept.provenance) == len(seed.provenance) - moved
    ids = set(kept.provenance["id"])
    for name, col in (("observations", "obs_id"), ("targets", "target_id")):
        assert set(getattr(kept, name)[col]) <= ids
    used = set(kept.observations["indicator"]) | set(kept.targets["indicator"])
    used |= set(kept.context["indicator"]) if len(kept.context) else set()
    assert set(kept.indicators["code"]) <= used  # proposed only while a kept row uses it


def test_min_confidence_parameter_and_levels_nest(seed: ReportTables) -> None:
    src = "003_e41e25c42e136997.txt"
    text = datasets.source_text(src)
    direct = read_report(text, source=src, published="2023-02-24", min_confidence="medium")
    pd.testing.assert_frame_equal(direct.observations, seed.at_least("medium").observations)
    sizes = [len(seed.at_least(level).observations) for level in _LEVELS]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] > sizes[2]
    assert (seed.at_least("medium").observations["confidence"] != "low").all()
    with pytest.raises(ExtractionError, match="min_confidence"):
        read_report("PM2.5浓度为38微克/立方米。", min_confidence="sure")


def test_cli_extract_min_confidence(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(TRAJECTORY + "2022年，山西省新建光伏围栏步道120公里。\n", encoding="utf-8")
    out = tmp_path / "tables"
    done = subprocess.run(
        [sys.executable, "-m", "envindicators", "extract", str(src), "--out", str(out),
         "--min-confidence", "medium"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    obs = datasets.read_csv(out / "observations.csv", "observations")
    assert len(obs)
    assert (obs["confidence"] != "low").all()
    unread = pd.read_csv(out / "unread.csv")
    assert unread["reason"].str.startswith("confidence low").any()  # the proposed indicator


_POLLUTANTS = {"PM2.5": "pm25_concentration", "PM10": "pm10_concentration"}


@pytest.mark.parametrize(
    "lead", ["同比分别下降", "分别同比下降", "分别较上年下降", "较上年分别下降"]
)
@pytest.mark.parametrize("order", [("PM2.5", "PM10"), ("PM10", "PM2.5")])
def test_respectively_inside_the_written_change(lead: str, order: tuple[str, str]) -> None:
    # 分别 may be part of the figure's written form (同比分别下降14%): the n-th figure
    # still takes the n-th name
    text = f"2018年，全省{order[0]}、{order[1]}平均浓度{lead}14%、8.5%。"
    obs = read_report(text, region="山东省").observations
    assert obs["indicator"].tolist() == [_POLLUTANTS[order[0]], _POLLUTANTS[order[1]]]
    assert obs["value"].tolist() == [-14.0, -8.5]


@pytest.mark.parametrize("written", ["O3", "NO2", "SO2", "CO"])
@pytest.mark.parametrize("tail", ["平均浓度为40微克/立方米", "浓度均值为40微克/立方米"])
def test_a_loose_match_needs_the_names_identifier(written: str, tail: str) -> None:
    # a registry name with a Latin identifier (PM10平均浓度) is no loose match of a clause
    # naming another substance: the figure is the written substance's (its registry row,
    # reg22), never PM10's or PM2.5's
    obs = read_report(f"2022年，全省{written}{tail}。", region="山东省").observations
    assert obs["indicator"].iloc[0] not in set(_POLLUTANTS.values())
    assert obs["indicator"].iloc[0] == f"{written.lower()}_concentration"


# --- issue 13: period, region and role linking ----------------------------------------
def _one(r: ReportTables, value: float) -> pd.Series:
    obs = with_context(r)
    rows = obs[obs["value"] == value]
    assert len(rows) == 1, obs
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2022年山西省生态环境状况公报", 2022),
        ("太原市2019年环境质量公报", 2019),
        ("福建省2012年环境统计年报", 2012),
        ("關於2020年度全省環境狀況的報告", 2020),
    ],
)
def test_a_bulletin_of_a_year_dates_its_undated_figures_in_that_year(title: str, year: int) -> None:
    text = f"{title}\n全省森林覆盖率为23.2%。\n"
    r = read_report(text, source="x.txt", published=f"{year + 1}-06-01")
    row = _one(r, 23.2)
    assert row["period_end"] == pd.Timestamp(year, 12, 31)  # never the publication date
    assert row["period_start"] == pd.Timestamp(year, 1, 1)
    assert row["confidence"] != "high"  # inherited, not written with the figure


def test_a_progress_report_keeps_the_publication_date_for_undated_figures() -> None:
    # not a document of a year: an undated state is as of publication, less sure
    text = "第二轮中央生态环境保护督察整改落实情况\n全市建成污水管网120公里。\n"
    r = read_report(text, source="x.txt", region="太原市", published="2023-02-24")
    row = _one(r, 120)
    assert row["period_end"] == pd.Timestamp("2023-02-24")
    assert row["region"] == "太原市"
    assert row["confidence"] != "high"


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("1—11月", "2021-01-01", "2021-11-30"),
        ("1-11月", "2021-01-01", "2021-11-30"),
        ("1月至11月", "2021-01-01", "2021-11-30"),
        ("9月16日", None, "2021-09-16"),
    ],
)
def test_yearless_dates_take_the_year_of_the_nearest_dated_context(
    written: str, start: str | None, end: str
) -> None:
    text = f"2021年，太原市空气质量持续改善。{written}，太原市PM2.5浓度为41微克/立方米。"
    r = read_report(text, source="x.txt", published="2023-05-01")
    row = _one(r, 41)
    assert row["period_end"] == pd.Timestamp(end)
    assert row["period_text"] == written  # verbatim
    if start is not None:
        assert row["period_start"] == pd.Timestamp(start)


def test_yearless_dates_before_any_year_take_the_title_year() -> None:
    text = "2022年1-11月全省空气质量状况\n1—11月，全省PM2.5浓度为30微克/立方米。\n"
    r = read_report(text, source="x.txt", region="山西省", published="2022-12-20")
    row = _one(r, 30)
    assert (row["period_start"], row["period_end"]) == (
        pd.Timestamp("2022-01-01"), pd.Timestamp("2022-11-30"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("section", "deixis", "want"),
    [
        ("辽宁省对外公开中央环境保护督察整改情况", "全省", "辽宁省"),
        ("抚顺市整改落实情况", "全市", "抚顺市"),
        ("大同市", "全市", "大同市"),
    ],
)
def test_deixis_resolves_to_the_region_its_section_heading_names(
    section: str, deixis: str, want: str
) -> None:
    text = (
        "山西省整改落实情况\n2017年，全省PM2.5浓度为55微克/立方米。\n"
        f"{section}\n2017年，{deixis}PM2.5浓度为44微克/立方米。\n"
    )
    r = read_report(text, source="x.txt", published="2018-09-28")
    assert _one(r, 55)["region"] == "山西省"
    assert _one(r, 44)["region"] == want


def test_an_undated_paragraph_takes_its_sections_region_not_an_earlier_paragraphs() -> None:
    text = (
        "辽宁省整改情况\n沈阳市建成污水管网30公里。\n"
        "攻克关键技术208项，每万人有效发明专利达到7.5件。\n"
    )
    r = read_report(text, source="x.txt", published="2018-09-28")
    assert _one(r, 30)["region"] == "沈阳市"
    assert _one(r, 208)["region"] == "辽宁省"


@pytest.mark.parametrize(
    "dateline", ["新华网北京2月26日电 ", "新华社北京12月3日电（记者 张三）", "本报太原3日讯 "]
)
def test_a_dateline_place_is_not_the_subject(dateline: str) -> None:
    text = f"{dateline}2014年，全国城市空气质量达标的占9.9%。"
    r = read_report(text, source="x.txt", published="2015-02-26")
    assert _one(r, 9.9)["region"] == "全国"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("京津冀及周边地区", "京津冀及周边地区"),
        ("长三角地区", "长三角地区"),
        ("汾渭平原", "汾渭平原"),
        ("“2+26”城市", "2+26城市"),
    ],
)
def test_statistical_groups_are_kept_as_written_and_flagged(written: str, kept: str) -> None:
    text = f"2019年，{written}PM2.5平均浓度为70微克/立方米。"
    r = read_report(text, source="x.txt", region="山西省", published="2020-01-10")
    row = _one(r, 70)
    assert row["region"] == kept
    assert row["needs_review"]
    assert "group" in row["note"]


def test_a_count_of_cities_is_no_region_but_the_whole_that_holds_them() -> None:
    # (scope23) 168 cities are more than one province holds: the country's, flagged
    text = "2019年，168 个城市PM2.5平均浓度为70微克/立方米。"
    row = _one(read_report(text, source="x.txt", region="山西省", published="2020-01-10"), 70)
    assert row["region"] == "全国"
    assert row["needs_review"]
    assert "counted group of cities" in row["note"]


def test_a_counted_group_after_a_division_stays_that_division() -> None:
    r = read_report("2019年，山西省11个城市PM2.5平均浓度为57微克/立方米。", source="x.txt")
    assert _one(r, 57)["region"] == "山西省"


@pytest.mark.parametrize(
    ("places", "want"),
    [
        ("安阳市、开封市和保定市", ["安阳市", "开封市", "保定市"]),
        ("太原、大同及长治", ["太原市", "大同市", "长治市"]),
    ],
)
def test_a_figure_in_a_list_of_places_gets_its_own_place(places: str, want: list[str]) -> None:
    text = f"2018年，PM2.5浓度最高的3个城市依次是{places}，分别为97、91和90微克/立方米。"
    r = read_report(text, source="x.txt", published="2019-01-20")
    rows = r.observations[r.observations["unit"] == "µg/m3"].sort_values("value", ascending=False)
    assert rows["region"].tolist() == want
    assert rows["value"].tolist() == [97, 91, 90]


def test_a_list_of_places_with_another_count_of_figures_is_not_paired() -> None:
    text = "2018年，太原市、大同市PM2.5浓度分别为50微克/立方米。"
    r = read_report(text, source="x.txt", published="2019-01-20")
    assert _one(r, 50)["region"] == "大同市"  # the nearest place, no pairing


def test_the_division_named_most_is_a_low_confidence_last_resort() -> None:
    # the opening names two provinces: no document region; 福建省 is named most
    text = (
        "环境统计数据\n福建省、浙江省联合开展监测。\n福建省有风景名胜区51处。\n"
        "全省地表水优良比例为94.5%。\n"
    )
    r = read_report(text, source="x.txt", published="2013-06-01")
    row = _one(r, 94.5)
    assert row["region"] == "福建省"
    assert row["confidence"] == "low"
    assert "guessed" in row["note"]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [("上半年", "2021-01-01", "2021-06-30"), ("一季度", "2021-01-01", "2021-03-31")],
)
def test_a_yearless_half_or_quarter_takes_the_year_of_its_context(
    written: str, start: str, end: str
) -> None:
    text = f"2021年，太原市空气质量持续改善。{written}，太原市PM2.5浓度为41微克/立方米。"
    row = _one(read_report(text, source="x.txt", published="2023-05-01"), 41)
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp(start), pd.Timestamp(end))
    assert row["confidence"] != "high"  # the year is inherited


def test_a_yearless_period_read_by_publication_is_the_latest_one_over() -> None:
    # published in July 2022: 上半年 is 2022's first half; in February 2023 it is still
    # 2022's (2023's first half is not over), never a promise for 2023
    for published, year in (("2022-07-22", 2022), ("2023-02-10", 2022)):
        text = "上半年，全国PM2.5平均浓度为32微克/立方米。"
        r = read_report(text, source="x.txt", published=published)
        assert r.targets.empty
        row = _one(r, 32)
        assert row["period_end"] == pd.Timestamp(year, 6, 30)


@pytest.mark.parametrize(
    ("text", "figure", "reason"),
    [
        ("2017年，中央督察组进驻一个月，与353名干部谈话。", "一个月", "duration"),
        ("2019年，两省石棉废物产生量占全国的99.9%。", "两省", "divisions"),
        ("2016年，第一轮督察实现对全国31省份全覆盖。", "31省份", "divisions"),
        ("2020年5月，长三角41个城市平均优良天数比例为80.8%。", "41个", "group"),
        ("图2  2022年1—8月全国六项指标浓度及同比变化", "六项", "indicators"),
        (
            "2015年，二氧化氮平均浓度为28微克/立方米（二级标准为40微克/立方米）。",
            "40微克/立方米",
            "standard",
        ),
    ],
)
def test_figures_that_are_no_measurement_have_the_context_role(
    text: str, figure: str, reason: str
) -> None:
    r = read_report(text, source="x.txt", published="2023-01-01")
    assert not r.observations["value_text"].astype(str).str.endswith(figure).any()
    rows = r.context[r.context["value_text"].astype(str).str.endswith(figure)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["role"] == "context"
    assert row["confidence"] == "low"
    assert row["needs_review"]
    assert reason in row["note"]
    assert len(r.context) == 1  # the measurements stay outcomes
    assert r.at_least("medium").observations["role"].eq("outcome").all()


def test_a_frequency_is_no_duration() -> None:
    r = read_report(
        "从2017年开始，每两年对各设区市督察一遍。", source="x.txt", published="2017-01-10"
    )
    assert r.context.empty
    assert "context" not in set(r.observations["role"]) | set(r.targets.get("role", []))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_figure_naming_a_target_is_a_target(script: str) -> None:
    text = "2019年，汾渭平原超额完成PM2.5平均浓度同比下降4%的改善目标。"
    if script == "traditional":
        text = "2019年，汾渭平原超額完成PM2.5平均濃度同比下降4%的改善目標。"
    r = read_report(text, source="x.txt", published="2020-03-01")
    assert len(r.targets) == 1
    assert r.targets["value"].iloc[0] == pytest.approx(-4)
    assert r.observations.empty


def test_no_guess_from_a_tie_or_from_a_long_opening_paragraph() -> None:
    text = (
        "第三轮督察陆续启动，分别进驻上海、浙江、云南等省市，督察将持续约一个月时间，各督察组将按照要求开展工作。\n"
        "有关企业长期超标排放。\n"
        "该企业废水化学需氧量浓度为500毫克/升。\n"
    )
    r = read_report(text, source="x.txt", published="2024-06-17")
    row = _one(r, 500)
    assert row["region"] == ""  # three provinces named once each: no subject, nothing invented
    assert "region" in row["note"]


@pytest.mark.parametrize(
    ("written", "published", "start", "end"),
    [
        ("去年", "2024-03-01", "2023-01-01", "2023-12-31"),
        ("前年", "2024-03-01", "2022-01-01", "2022-12-31"),
        ("今年", "2018-09-28", "2018-01-01", "2018-09-28"),  # the year so far
    ],
)
def test_a_year_named_relative_to_publication(
    written: str, published: str, start: str, end: str
) -> None:
    text = f"{written}，广东省地表水国考断面水质优良比例为92.6%，比上年提升1.2个百分点。"
    r = read_report(text, source="x.txt", published=published)
    assert r.targets.empty  # 今年 so far is no promise
    level, change = _one(r, 92.6), _one(r, 1.2)
    assert (level["period_start"], level["period_end"]) == (pd.Timestamp(start), pd.Timestamp(end))
    assert level["confidence"] != "high"  # the year is not written
    assert change["baseline_period"] == str(pd.Timestamp(start).year - 1)


def test_a_relative_year_without_publication_stays_undated() -> None:
    r = read_report("去年，广东省森林覆盖率为58.7%。", source="x.txt")
    assert pd.isna(_one(r, 58.7)["period_end"])


# --- indicator choice by the figure's own words (extract/_indicators.py) -----------------
def _obs(text: str) -> pd.DataFrame:
    r = read_report(text, region="山东省", published="2023-06-30")
    return pd.concat([r.observations, r.context], ignore_index=True)  # context rows: their table


@pytest.mark.parametrize(
    ("name", "head"),
    [("化学需氧量", "排放量"), ("氨氮", "排放量"), ("森林覆盖", "面积"), ("PM2.5", "超标天数")],
)
@pytest.mark.parametrize("change", ["比上年下降1.8%", "同比上升9.3%"])
def test_a_quantity_head_after_a_name_is_another_quantity(
    name: str, head: str, change: str
) -> None:
    # 化学需氧量|排放量: the registry name is a modifier of another quantity; the figure is
    # not a value of 化学需氧量浓度 (a change fits any unit, so only the words can tell)
    o = _obs(f"2022年，全省{name}{head}{change}。")
    registry = set(datasets.load("indicators")["code"])
    row = o.iloc[0]
    # the registry names some of these quantities themselves (reg22's emission totals):
    # the figure is theirs, never the concentration's
    quantity = {"化学需氧量排放量": "cod_emissions", "氨氮排放量": "ammonia_nitrogen_emissions"}
    if name + head in quantity:
        assert row["indicator"] == quantity[name + head]
        return
    assert row["indicator"] not in registry
    assert head in str(row["subject"])
    assert row["needs_review"]


@pytest.mark.parametrize("head", ["平均浓度", "年均浓度", "浓度"])
def test_the_indicators_own_head_keeps_the_link(head: str) -> None:
    o = _obs(f"2022年，全省PM2.5{head}同比下降5%。")
    assert o["indicator"].tolist() == ["pm25_concentration"]


@pytest.mark.parametrize("other", ["二氧化氮", "一氧化碳", "臭氧", "O3", "二氧化硫"])
@pytest.mark.parametrize("first", ["PM2.5", "PM10"])
def test_a_neighbouring_pollutant_keeps_its_own_figures(first: str, other: str) -> None:
    # the identifier nearest before the figure in its clause wins: 37 and its change are
    # the other pollutant's, not the registry name written first in the sentence
    o = _obs(f"2022年，{first}浓度43微克/立方米，下降18.9%，{other}浓度37微克/立方米，下降17.8%。")
    assert o["indicator"].iloc[0] == o["indicator"].iloc[1] == _POLLUTANTS[first]
    assert o["indicator"].iloc[2] == o["indicator"].iloc[3] != _POLLUTANTS[first]
    assert other in str(o["subject"].iloc[2])
    o3 = _obs(f"2023年1月，全国{other}平均浓度为80微克/立方米，同比上升9.6%。")
    assert set(o3["indicator"]).isdisjoint(_POLLUTANTS.values())
    assert o3["indicator"].nunique() == 1  # the change follows its level


@pytest.mark.parametrize(
    ("sentence", "not_code"),
    [
        ("尾矿综合利用率为23.4%", "straw_utilisation_rate"),
        ("粉煤灰综合利用率为70.1%", "straw_utilisation_rate"),
        ("平均重度及以上污染天数比例为5.4%", "good_air_days_share"),
    ],
)
def test_a_loose_match_needs_the_names_leading_word(sentence: str, not_code: str) -> None:
    # 秸秆综合利用率 is more specific than 尾矿…综合利用率: no loose link to it
    o = _obs(f"2022年，全省{sentence}，同比上升2.3个百分点。")
    assert not_code not in set(o["indicator"])
    assert o["indicator"].nunique() == 1


def test_figures_of_a_list_share_the_lists_name() -> None:
    o = _obs("2018年，尾矿其产生量分别为4.0亿吨和3.7亿吨，综合利用率分别为23.4%和26.8%。")
    assert o["indicator"].iloc[0] == o["indicator"].iloc[1]
    assert o["indicator"].iloc[2] == o["indicator"].iloc[3] != o["indicator"].iloc[0]
    assert o["subject"].iloc[0] == o["subject"].iloc[1]
    o = _obs("2017年，配套率由2016年的54%提高到78%，提高了24个百分点。")
    assert o["indicator"].nunique() == 1
    assert o["subject"].iloc[0] == "配套率"


@pytest.mark.parametrize(
    "text",
    [
        "2018年，尾矿其产生量分别为4.0亿吨和3.7亿吨。",
        "2019年，民政总署及环境保护局共回收447公吨废纸、63公吨塑胶类废料、25公吨金属。",
        "2012年，国家级风景名胜区18处、省级33处。",
        "2016年，地膜覆盖率分别修订为80.2%和81.5%。",  # 农膜回收率 is a registry alias
        "2016年，秸秆还田面积分别调整为120万亩和130万亩。",
    ],
)
def test_proposed_names_hold_no_figure_and_no_verb_at_the_ends(text: str) -> None:
    r = read_report(text, region="山东省")
    names = r.indicators["name_zh"].astype(str)
    assert len(names)
    assert not names.str.contains(r"\d").any()
    assert not names.str.contains(r"(?:分别|为|达到|的|、)$").any()
    assert not names.str.contains(r"^(?:其|、|和|及)").any()
    assert not names.str.contains("分别").any()  # 分别 ends the subject of a list


@pytest.mark.parametrize(
    "sentence",
    [
        "石棉废物产生量集中在两省",
        "PM2.5浓度已经连续三年下降",
        "汾渭平原11个城市PM2.5浓度下降",
        "反馈意见指出了4个方面问题",
        "制定出台12项措施",
        "主持召开16次市委常委会议",
        "督察实现31省份全覆盖",
        "督察组进驻一个月",
    ],
)
def test_counts_of_places_time_documents_meetings_are_context(sentence: str) -> None:
    # no indicator: kept (nothing dropped), role context, low confidence, for review
    o = _obs(f"2022年，{sentence}。")
    counts = o[o["kind"] == "level"].iloc[[0]]
    assert counts["role"].tolist() == ["context"]
    assert counts["confidence"].tolist() == ["low"]
    assert counts["needs_review"].all()
    assert "context" in str(counts["note"].iloc[0])


@pytest.mark.parametrize(
    "sentence", ["建成污水处理站3座", "关停锻造企业147户", "排查煤矸石产生企业156家"]
)
def test_counts_of_things_remain_outcomes(sentence: str) -> None:
    o = _obs(f"2022年，{sentence}。")
    assert o["role"].tolist() == ["outcome"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("行政拘留4人，刑拘1人", "persons_detained"),
        ("完成人工造林130万亩、封山育林83万亩、森林抚育90万亩", "forest_closure_area"),
        ("完成人工造林130万亩、封山育林83万亩、森林抚育90万亩", "forest_tending_area"),
        ("6个省考断面达标率为100%", "surface_water_section_compliance_rate"),
        ("15个國考斷面水質優良比率100%", "surface_water_good_share"),
        ("单位GDP用水量由200立方米/万元降至70立方米/万元", "water_use_intensity_gdp"),
    ],
)
def test_aliases_seen_in_the_bundled_reports(sentence: str, code: str) -> None:
    o = _obs(f"2022年，全省{sentence}。")
    assert code in set(o["indicator"])
    assert not o.loc[o["indicator"] == code, "needs_review"].any()


@pytest.mark.parametrize("base", ["较“十四五”期初", "较2015年", "与上年相比", "比2020年"])
@pytest.mark.parametrize(
    ("level", "code"),
    [("地表水国考断面水质优良比例为92.6%", "surface_water_good_share"),
     ("优良天数比例为80.1%", "good_air_days_share")],
)  # fmt: skip
def test_the_base_of_a_change_is_no_name_of_its_own(base: str, level: str, code: str) -> None:
    o = _obs(f"2022年，全省{level}，{base}提升5.3个百分点。")
    assert o["indicator"].tolist() == [code, code]


@pytest.mark.parametrize(
    ("names", "codes"),
    [
        ("受污染耕地和污染地块安全利用率",
         ["contaminated_farmland_safe_use_rate", "contaminated_site_safe_use_rate"]),
        ("县级及以上集中式饮用水水源地水质达标率和地表水水质优良比例",
         ["drinking_water_source_compliance", "surface_water_good_share"]),
    ],
)  # fmt: skip
def test_names_sharing_a_head_in_a_respectively_list(names: str, codes: list[str]) -> None:
    # A和B<head>分别…: the words before 和 joined to the tail of the name after it; a name
    # inside a longer one (水质优良比例 in 饮用水水源地水质优良比例) does not count
    r = read_report(f"到2020年，全省{names}分别达到90%和95%。", region="山东省")
    assert r.targets["indicator"].tolist() == codes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2019年，共回收447公吨废纸、63公吨塑胶类废料、25公吨金属。",
            ["废纸", "塑胶类废料", "金属"],
        ),
        ("2018年，建成3座农村污水处理站和2座垃圾中转站。", ["农村污水处理站", "垃圾中转站"]),
    ],
)
def test_a_list_written_figure_first_names_each_figure_by_its_words_after(
    text: str, names: list[str]
) -> None:
    # 447公吨废纸、63公吨塑胶类废料: the words after each figure are its own, not the next's
    assert _obs(text)["subject"].tolist() == names


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("制定了8大类26项强化措施", 26, "rectification_measures"),
        ("制定了8大类26項強化措施", 26, "rectification_measures"),
        ("涉及全省19处岩溶大泉", 19, "karst_springs_count"),
        ("新增3个监测断面", 3, "monitored_sections"),
    ],
)
def test_the_counted_noun_after_a_count_names_a_registry_count(
    sentence: str, value: int, code: str
) -> None:
    # a registry count 「X数」 is written as 「N个X」: the noun after the measure word
    o = _obs(f"2022年，{sentence}。")
    row = o[o["value"] == value]
    assert row["indicator"].tolist() == [code]
    assert row["role"].tolist() == ["outcome"]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        # the province's whole count of 市州 as a denominator is prefectures_count (the lead's
        # convention (e), reg38); the part that did something (9个未完成) names no count
        ("全省12个市州中有9个未完成", {12}),
        ("超标排放107天", set()),  # 超标排放天数 counts days, not objects: no counted noun
    ],
)
def test_a_counted_noun_names_no_other_figure(sentence: str, whole: set[int]) -> None:
    o = _obs(f"2022年，{sentence}。")
    named = o[o["indicator"].isin(["karst_springs_count", "prefectures_count"])]
    assert set(named["value"]) == whole


def test_counted_nouns_of_the_registry() -> None:
    from envindicators.extract._lexicon import Lexicon

    lex = Lexicon.from_registry(datasets.load("indicators"))
    assert lex.counted["强化措施"] == ("rectification_measures",)
    assert lex.counted["整改措施"] == ("rectification_measures",)
    assert "市州" not in lex.counted  # shorter than MIN_COUNTED_NOUN
    assert "超标排放天" not in lex.counted  # a count of days, not of objects
    assert "环境空气质量综合" not in lex.counted  # 指数 is no count
    assert not lex.pattern.fullmatch("强化措施")  # never matched as a name elsewhere


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("洪山泉、郭庄泉等6个岩溶大泉断流干涸或流量锐减", 6, "karst_springs_dried_or_reduced"),
        ("67台燃煤发电机组完成超低排放改造", 67, "coal_units_ultra_low_emission"),
        ("21个黑臭水体完成整治", 21, "black_odorous_water_remediated"),
    ],
)
def test_a_count_of_heads_a_predicate_holds_for(sentence: str, value: int, code: str) -> None:
    # a registry name 「<predicate>的<head>」 written 「N个<head><predicate>」
    o = _obs(f"2022年，全省{sentence}。")
    assert o.loc[o["value"] == value, "indicator"].tolist() == [code]


@pytest.mark.parametrize(
    ("sentence", "not_code"),
    [
        # only the predicate's leading word (完成) is written: 完成强制性清洁生产审核的企业
        ("11家焦化企业完成提标改造", "cleaner_production_audits"),
        # the predicate must follow the head: 断流干涸 before the count names nothing
        ("断流干涸的泉眼有6个岩溶大泉", "karst_springs_dried_or_reduced"),
    ],
)
def test_a_predicate_needs_most_of_its_words_after_the_head(sentence: str, not_code: str) -> None:
    o = _obs(f"2022年，全省{sentence}。")
    assert not_code not in set(o["indicator"])


def test_relative_forms_of_the_registry() -> None:
    from envindicators.extract._lexicon import Lexicon

    lex = Lexicon.from_registry(datasets.load("indicators"))
    assert ("岩溶大泉", "断流干涸或流量锐减", "karst_springs_dried_or_reduced") in lex.predicated
    assert all(len(h) >= 2 and len(p) >= 2 for h, p, _ in lex.predicated)
