"""The report builder: assessment table, markdown tables, every section, figures, folders."""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import without_cjk_font
from envindicators import analytics, audit, plots, report
from envindicators.report import (
    REPORT_MARKER,
    STATUSES,
    ReportError,
    assessment,
    build_report,
    markdown_table,
)

pytestmark = pytest.mark.usefixtures("no_cjk_font")

SECTIONS = (
    "# Targets, achievements and consistency in the inspection reports",
    "## Summary",
    "## Sources",
    "## Target gaps by region",
    "## Were the promises kept?",
    "## Schedule progress (序时进度)",
    "## Trajectories",
    "## Completion-rate statements",
    "## Audit findings",
    "## Method and caveats",
)


@pytest.fixture
def no_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip the audit's checks where a test is about something else (no findings)."""
    monkeypatch.setattr(audit, "report", lambda tables=None: pd.DataFrame({"verdict": []}))


@pytest.fixture(scope="module")
def table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return assessment(tables["targets"], tables["observations"], tables["indicators"])


# ---------------------------------------------------------------------------------------
# assessment
# ---------------------------------------------------------------------------------------
def test_assessment_has_every_target(table: pd.DataFrame, tables) -> None:
    assert list(table.columns) == list(report.ASSESSMENT_COLUMNS)
    assert table["target_id"].tolist() == tables["targets"]["target_id"].tolist()
    assert set(table["status"].astype(str)) <= set(STATUSES)
    # no observation ⇔ nothing paired
    assert ((table["status"] == "no observation") == table["obs_id"].isna()).all()


def test_assessment_agrees_with_analytics(tables) -> None:
    table = assessment(
        tables["targets"], tables["observations"], tables["indicators"], match_subject=False
    )
    # evidence_for links first, then indicator and region; never the subject
    assert set(table["matched_on"].dropna()) == {"evidence", "indicator"}
    pt, po = analytics.pair_observations(
        tables["targets"], tables["observations"], how="by_deadline"
    )
    g = analytics.gap(pt, po, indicators=tables["indicators"])
    paired = table.loc[pt.index]
    pd.testing.assert_series_equal(paired["gap"], g["gap"], check_names=False)
    assert (paired["met"].astype(bool) == g["met"].astype(bool)).all()
    assert int((table["status"] == "met").sum()) == int(g["met"].sum())
    assert int((table["status"] == "no observation").sum()) == len(table) - len(pt)


def test_assessment_prefers_the_targets_own_subject(table: pd.DataFrame) -> None:
    # 太原市 plans 42处截污纳管工程 and 13处小型排污口治理工程: two targets, two figures of
    # one indicator; each target takes its own figure, not the latest of the indicator
    rows = table.set_index("target_id").loc[["000-T003", "000-T004"]]
    assert rows["obs_id"].tolist() == ["000-O020", "000-O021"]
    assert rows["matched_on"].tolist() == ["subject", "subject"]
    assert rows["observed"].tolist() == [42.0, 13.0]
    paired = table["matched_on"].isin(["evidence", "subject", "indicator"])
    assert (paired == (table["status"] != "no observation")).all()


@pytest.mark.parametrize(
    ("target_id", "obs_id", "observed", "gap", "status"),
    [
        # PM2.5 44 in 2017 vs ≤ 42 µg/m3 by 2020 (both 2016 and 2017 figures are linked as
        # evidence; the latest before the deadline is used): observed before the deadline
        ("000-T013", "000-O223", 44.0, 2.0, "not yet met (before deadline)"),
        ("002-T043", "002-O024", 430000.0, 30000.0, "met"),  # 43万户 vs ≥ 40万户
        ("002-T042", "002-O020", 2.16, 0.8, "not met"),  # +2.16 % vs ≤ +1.36 %
    ],
)
def test_assessment_rows(table, target_id, obs_id, observed, gap, status) -> None:
    row = table[table["target_id"] == target_id].iloc[0]
    assert row["obs_id"] == obs_id
    assert row["observed"] == pytest.approx(observed)
    assert row["gap"] == pytest.approx(gap)
    assert row["status"] == status


def test_assessment_schedule_only_with_a_baseline(table: pd.DataFrame) -> None:
    sched = table[table["expected"].notna()]
    assert sched["target_id"].tolist() == ["002-T042"]  # the only one with a base (year)
    row = sched.iloc[0]
    assert row["expected"] == pytest.approx(1.36)  # deadline reached: the full target
    assert row["time_fraction"] == pytest.approx(1.0)
    assert row["schedule_status"] == "missed"  # at the deadline: met or missed only


def test_assessment_by_deadline_pairs_earlier_observation(tables) -> None:
    t = assessment(
        tables["targets"], tables["observations"], tables["indicators"], how="by_deadline"
    )
    row = t[t["target_id"] == "002-T044"].iloc[0]  # 2018 target: the 2018 figure, not 2019's
    assert row["period_end"] == pd.Timestamp("2018-12-31")
    assert row["observed"] == pytest.approx(45801.0)


# ---------------------------------------------------------------------------------------
# markdown tables
# ---------------------------------------------------------------------------------------
def test_markdown_table_escapes_and_aligns() -> None:
    df = pd.DataFrame(
        {"name": ["a|b", None, "x\ny"], "n": [1.5, 20000.0, float("nan")], "k": [1, 2, 3]}
    )
    lines = markdown_table(df).splitlines()
    assert lines[0] == "| name | n | k |"
    assert lines[1] == "|---|--:|--:|"
    assert lines[2] == "| a\\|b | 1.5 | 1 |"
    assert lines[3] == "|  | 20,000 | 2 |"
    assert lines[4] == "| x y |  | 3 |"


def test_markdown_table_align_override() -> None:
    df = pd.DataFrame({"a": [1]})
    assert markdown_table(df, align={"a": "center"}).splitlines()[1] == "|:-:|"


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=3, max_size=3), min_size=1, max_size=5))
def test_markdown_table_rows_keep_their_cells(rows: list[list[str]]) -> None:
    """Whatever the cell text, every row has exactly the columns of the header."""
    df = pd.DataFrame(rows, columns=["a", "b", "c"])
    for line in markdown_table(df).splitlines():
        # a backslash before a pipe is itself escaped, so count pipes not escaped by an
        # odd number of backslashes
        cells = re.split(r"(?<!\\)(?:\\\\)*\|", line.replace("\\\\", "\x00"))
        assert len(cells) == 5, line
        assert "\n" not in line


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(lambda x: x != 0))
def test_number_format_keeps_six_significant_digits(x: float) -> None:
    text = report._num(x)
    back = float(text.replace(",", ""))
    assert back == pytest.approx(x, rel=5e-6, abs=1e-300)
    assert "e" not in text


# ---------------------------------------------------------------------------------------
# the report
# ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[report.ReportResult, str]:
    out = tmp_path_factory.mktemp("report")
    mp = pytest.MonkeyPatch()
    without_cjk_font(mp)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no missing-glyph or other warnings
            result = build_report(out)
    finally:
        mp.undo()
    return result, result.path.read_text(encoding="utf-8")


def test_report_has_every_section_in_order(built) -> None:
    _result, md = built
    assert md.splitlines()[0] == REPORT_MARKER
    positions = [md.index(s + "\n") for s in SECTIONS]
    assert positions == sorted(positions)


def test_report_figures(built, table) -> None:
    result, md = built
    figs = result.path.parent / "figures"
    observed = table[table["status"] != "no observation"]
    names = sorted(p.name for p in figs.glob("*.png"))
    assert names[0] == "gap_overview.png"
    assert len(names) == 1 + len(observed)
    for target_id in observed["target_id"]:
        assert f"![{target_id}](figures/trajectory_{target_id}.png)" in md
    assert "![Target gaps by region](figures/gap_overview.png)" in md
    assert md.index("figures/gap_overview.png") < md.index("## Sources")  # first figure
    for p in result.figures:
        assert p.read_bytes()[:4] == b"\x89PNG"
    assert result.labels == "en"


def test_report_counts(built, table) -> None:
    result, md = built
    expected = {s: int((table["status"] == s).sum()) for s in STATUSES}
    assert dict(result.counts) == expected
    assert sum(result.counts.values()) == len(table)
    judged = {s: n for s, n in expected.items() if s not in ("not comparable", "no observation")}
    assessed = sum(judged.values())
    how = ", ".join(f"{n} {s}" for s, n in judged.items() if n)
    assert (
        f"- **Targets**: {len(table)} — {assessed} could be assessed against a reported value "
        f"({how}); {expected['not comparable']} have a reported value that cannot be compared" in md
    )
    assert f"{expected['no observation']} have no observation in the reports." in md
    assert result.assessed == assessed
    assert result.summary().startswith(
        f"{len(table)} targets: {assessed} assessed ({how}), "
        f"{expected['not comparable']} not comparable, "
        f"{expected['no observation']} without an observation; audit: "
    )


def test_report_region_tables(built, table) -> None:
    _, md = built
    for region in table["region"].unique():
        assert f"\n### {region}\n" in md
    wuwei = table[table["region"] == "武威市"]
    unseen = int((wuwei["status"] == "no observation").sum())
    assert 0 < unseen < len(wuwei)
    assert f"No observation in the reports ({unseen}):" in md
    assert "| 000-T013 | 细颗粒物(PM2.5)年均浓度 (PM2.5 annual mean concentration)" in md
    assert "44 µg/m3 (2017-12, 000-O223)" in md


def test_report_rates_and_audit_sections(built) -> None:
    _, md = built
    # Gansu 79 %: 已完成 18 + 基本完成 22 + 达到序时进度 9 of 62
    assert "| 002-P001 |" in md
    assert "completed+basically_completed+on_schedule | 79.03%" in md
    assert "cannot be checked" in md  # a bare rate without counts
    assert "figures have English labels" in md


def test_report_audit_section_with_the_real_audit(built) -> None:
    from envindicators import audit

    result, md = built
    findings = audit.report()
    counts = findings["verdict"].value_counts()
    assert dict(result.audit_counts) == {str(k): int(v) for k, v in counts.items()}
    section = md[md.index("## Audit findings") : md.index("## Method")]
    headings = [ln for ln in section.splitlines() if ln.startswith("### ")]
    assert headings[0] == f"### Inconsistent ({counts['inconsistent']})"
    for check_id in findings["check_id"]:
        assert f"| {check_id} |" in section
    # inconsistent findings come before every other row
    first_other = min(section.index(f"| {c} |") for c in
                      findings.loc[findings["verdict"] != "inconsistent", "check_id"])  # fmt: skip
    for c in findings.loc[findings["verdict"] == "inconsistent", "check_id"]:
        assert section.index(f"| {c} |") < first_other


def test_report_with_audit_findings_inconsistent_first(tmp_path, monkeypatch) -> None:
    findings = pd.DataFrame(
        {
            "check": ["sum", "rate", "share"],
            "verdict": ["consistent", "inconsistent", "undetermined"],
            "detail": ["ok", "79% ≠ 49/62 | x", "n/a"],
        }
    )
    calls = []

    def fake_report(tables=None):
        calls.append(tables)
        return findings

    monkeypatch.setattr(audit, "report", fake_report)
    result = build_report(tmp_path / "r", figures=False)
    md = result.path.read_text(encoding="utf-8")
    assert calls == [None]  # bundled data: the audit's own default tables
    section = md[md.index("## Audit findings") : md.index("## Method")]
    rows = [ln for ln in section.splitlines() if ln.startswith("| ") and "check" not in ln]
    assert [r.split(" | ")[1] for r in rows] == ["inconsistent", "undetermined", "consistent"]
    assert "79% ≠ 49/62 \\| x" in section
    assert dict(result.audit_counts) == {"inconsistent": 1, "undetermined": 1, "consistent": 1}
    assert "audit: 1 inconsistent, 1 undetermined, 1 consistent" in result.summary()


def test_report_without_figures(tmp_path: Path, no_audit: None) -> None:
    result = build_report(tmp_path / "r", figures=False)
    assert result.figures == ()
    assert not list((tmp_path / "r" / "figures").glob("*.png"))
    md = result.path.read_text(encoding="utf-8")
    assert "![" not in md
    assert all(s in md for s in SECTIONS)


def test_report_without_matplotlib(tmp_path: Path, monkeypatch, no_audit: None) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.delitem(sys.modules, "envindicators.plots")
    with pytest.warns(RuntimeWarning, match=r"pip install 'envindicators\[plot\]'"):
        result = build_report(tmp_path / "r")
    assert result.figures == ()
    md = result.path.read_text(encoding="utf-8")
    assert "figures not drawn: matplotlib is not installed" in md
    assert all(s in md for s in SECTIONS)


def test_report_folder_rules(tmp_path: Path, no_audit: None) -> None:
    out = tmp_path / "r"
    first = build_report(out, figures=False)
    assert first.manifest == out / ".envindicators-manifest.json"
    assert first.manifest.is_file()
    mine = out / "figures" / "trajectory_OLD.png"
    mine.parent.mkdir()
    mine.write_bytes(b"the user's")  # a file of the user's, named like ours: kept
    build_report(out, figures=False)  # a previous report is overwritten …
    assert mine.read_bytes() == b"the user's"

    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "thesis.tex").write_text("mine")
    with pytest.raises(ReportError, match="not empty"):
        build_report(occupied, figures=False)
    assert not (occupied / "report.md").exists()
    with pytest.raises(ReportError, match="force=True"):  # the library's spelling
        build_report(occupied, figures=False)
    build_report(occupied, figures=False, force=True)
    assert (occupied / "thesis.tex").read_text() == "mine"
    assert (occupied / "report.md").exists()

    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(ReportError, match="not a folder"):
        build_report(a_file, figures=False)


def test_report_removes_only_its_own_stale_figures(tmp_path: Path, no_audit: None) -> None:
    out = tmp_path / "r"
    with_figures = build_report(out)
    names = {p.name for p in with_figures.figures}
    assert "gap_overview.png" in names
    (out / "figures" / "mine.png").write_bytes(b"x")
    build_report(out, figures=False)
    assert sorted(p.name for p in (out / "figures").iterdir()) == ["mine.png"]
    (out / "figures" / "mine.png").unlink()
    build_report(out, figures=False)
    build_report(out, figures=False)
    assert not (out / "figures").exists()  # the folder the report made, now empty: removed


def test_report_of_version_0_1_is_recognised_and_replaced(tmp_path: Path, no_audit) -> None:
    """A report written before manifests: its report.md and the figures it links are
    the report's; other files in the folder are not."""
    out = tmp_path / "old"
    (out / "figures").mkdir(parents=True)
    (out / "report.md").write_text(f"{REPORT_MARKER}\n![a](figures/trajectory_X.png)\n")
    (out / "figures" / "trajectory_X.png").write_bytes(b"old figure")
    (out / "figures" / "notes.png").write_bytes(b"the user's")
    build_report(out, figures=False)
    assert not (out / "figures" / "trajectory_X.png").exists()
    assert (out / "figures" / "notes.png").read_bytes() == b"the user's"
    assert (out / "report.md").read_text(encoding="utf-8").startswith(REPORT_MARKER)


def test_report_chinese_labels_without_font_fail_before_writing(tmp_path, no_audit) -> None:
    with pytest.raises(plots.FontNotFoundError):
        build_report(tmp_path / "r", labels="zh")
    assert not (tmp_path / "r").exists()


def test_report_over_given_tables(tmp_path: Path, no_audit: None, tables) -> None:
    small = {**tables, "targets": tables["targets"].head(14)}  # seed 000 only
    result = build_report(tmp_path / "r", tables=small, figures=False)
    assert sum(result.counts.values()) == 14
    md = result.path.read_text(encoding="utf-8")
    assert "from the given tables: 14 targets" in md
