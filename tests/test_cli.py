"""The command line through its real entry points (``python -m envindicators`` and the
``envindicators`` script), and in-process for the finer points of messages."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import SCRIPT, cli_env, error_line, run_cli
from envindicators import audit, cli, datasets, plots, report
from envindicators.analytics import PAIRING_RULES

SUBCOMMANDS = ("parse", "convert", "assess", "audit", "report")

pytestmark = pytest.mark.usefixtures("no_cjk_font")


@pytest.fixture
def csvs(tmp_path: Path) -> Path:
    """Copies of the bundled targets and observations, to break."""
    src = datasets.data_dir()
    for name in ("targets", "observations", "indicators", "progress_summaries"):
        (tmp_path / f"{name}.csv").write_bytes((src / f"{name}.csv").read_bytes())
    return tmp_path


def _edit(path: Path, row: int, column: str, value: str | None, out: Path) -> int:
    """Copy ``path`` to ``out`` with one cell of data row ``row`` (0-based) changed, or the
    column dropped (``value=None``); return the line number where that row starts."""
    with path.open(encoding="utf-8", newline="") as fh:
        records = list(csv.reader(fh))
    j = records[0].index(column)
    if value is None:
        records = [r[:j] + r[j + 1 :] for r in records]
    else:
        records[row + 1][j] = value
    before = io.StringIO()
    csv.writer(before, lineterminator="\n").writerows(records[: row + 1])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(records)
    out.write_text(buf.getvalue(), encoding="utf-8")
    return before.getvalue().count("\n") + 1


# ---------------------------------------------------------------------------------------
# entry points, help, usage errors
# ---------------------------------------------------------------------------------------
def test_module_entry_point_help() -> None:
    proc = run_cli("--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: envindicators")
    for sub in SUBCOMMANDS:
        assert sub in proc.stdout


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed next to python")
def test_console_script() -> None:
    proc = run_cli("convert", "16833", "亩", "ha", script=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "1122.2 ha\n"
    proc = run_cli("--version", script=True)
    assert proc.returncode == 0
    assert proc.stdout.startswith("envindicators ")


@pytest.mark.parametrize("sub", SUBCOMMANDS)
def test_help_everywhere(sub: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main([sub, "--help"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: envindicators {sub}")


def test_unknown_subcommand_is_a_usage_error() -> None:
    proc = run_cli("frobnicate")
    assert proc.returncode == 2
    assert "invalid choice: 'frobnicate'" in proc.stderr
    assert proc.stderr.startswith("usage: envindicators")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["assess", "--targets", "t.csv"],
        ["convert", "abc", "亩", "ha"],
        ["report", "--dpi", "x"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "statement",
    [
        "pass",
        # the choices of --pairing, --context, --min-confidence are read from their homes
        # only when a value is checked or help shown: building the parser imports nothing
        "envindicators.cli._build_parser().parse_args(['parse', 'x'])",
    ],
)
def test_import_is_cheap(statement: str) -> None:
    code = (
        f"import sys, envindicators.cli\n{statement}\n"
        "heavy = ('pandas', 'numpy', 'pint', 'matplotlib', 'scipy', 'statsmodels')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True
    )
    assert proc.stdout.strip() == "[]"


def test_choices_are_the_librarys_own() -> None:
    from envindicators.units.convert import KNOWN_CONTEXTS
    from envindicators.units.vocab import Confidence

    assert tuple(cli.PAIRING_CHOICES) == PAIRING_RULES
    assert tuple(cli.CONTEXT_CHOICES) == KNOWN_CONTEXTS
    assert set(cli.CONFIDENCE_CHOICES) == {c.value for c in Confidence}
    assert list(cli.CONFIDENCE_CHOICES) == ["low", "medium", "high"]
    assert "by_deadline" in cli.PAIRING_CHOICES
    assert "nearest" not in cli.PAIRING_CHOICES
    assert len(cli.CONTEXT_CHOICES) == len(KNOWN_CONTEXTS)
    assert cli.CONTEXT_CHOICES[0] == KNOWN_CONTEXTS[0]


@pytest.mark.parametrize(
    ("argv", "offered"),
    [
        (["assess", "-t", "t.csv", "-O", "o.csv", "--pairing", "nearest"], PAIRING_RULES),
        (["convert", "1", "吨", "m3", "--context", "air"], ("water", "steam", "points")),
        (["extract", "r.txt", "-o", "d", "--min-confidence", "sure"], ("low", "medium", "high")),
    ],
)
def test_a_wrong_choice_names_the_choices(
    argv: list[str], offered: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert all(repr(c) in err for c in offered)


@pytest.mark.parametrize(
    ("sub", "offered"),
    [("assess", PAIRING_RULES), ("report", PAIRING_RULES), ("extract", ("low", "medium", "high"))],
)
def test_help_lists_the_choices(
    sub: str, offered: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main([sub, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert ", ".join(offered) in out


def test_audit_tells_a_table_by_its_key_column() -> None:
    from envindicators.model import TABLES

    assert cli._key_columns() == {
        (t.key or t.compound_key[0]): name for name, t in TABLES.items() if name != "documents"
    }


# ---------------------------------------------------------------------------------------
# convert and parse
# ---------------------------------------------------------------------------------------
def test_convert(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["convert", "1.5", "万吨/日", "m3/d", "--context", "water"]) == 0
    assert capsys.readouterr().out == "15000 m3/d\n"


def test_convert_incompatible_units() -> None:
    line = error_line(run_cli("convert", "1", "亩", "kg"), "convert")
    assert "cannot convert 亩" in line


def test_parse_text_to_csv() -> None:
    proc = run_cli("parse", "2017年,全省拆除燃煤小锅炉6968台,同比下降4.3%。")
    assert proc.returncode == 0, proc.stderr
    df = pd.read_csv(io.StringIO(proc.stdout))
    assert df["text"].tolist() == ["6968台", "同比下降4.3%"]
    assert df["value"].tolist() == [6968.0, -4.3]
    assert df["kind"].tolist() == ["level", "change_relative"]
    assert "before" not in df.columns


def test_parse_file_json_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text("处理能力1.5万吨/日，约7000余吨", encoding="utf-8")
    assert cli.main(["parse", "--file", str(f), "--format", "json", "--with-context"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in records] == ["1.5万吨/日", "约7000余吨"]
    assert records[0]["value"] == 15000.0
    assert records[0]["unit"] == "吨/日"
    assert records[0]["before"] == "处理能力"
    proc = run_cli("parse", "--format", "markdown", stdin="森林覆盖率达到18.43%")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0].startswith("| start | end | text |")
    assert "| 18.43% |" in proc.stdout


def test_parse_missing_file_and_encodings(tmp_path: Path) -> None:
    line = error_line(run_cli("parse", "--file", str(tmp_path / "nope.txt")), "parse")
    assert "nope.txt: no such file" in line
    f = tmp_path / "gbk.txt"
    f.write_bytes("森林覆盖率达到18.43%".encode("gb18030"))
    proc = run_cli("parse", "--file", str(f))  # GB18030 is detected
    assert proc.returncode == 0, proc.stderr
    assert "18.43%" in proc.stdout
    line = error_line(run_cli("parse", "--file", str(f), "--encoding", "utf-8"), "parse")
    assert "gbk.txt: not valid utf-8 text at byte 2" in line
    assert "--encoding gb18030" in line  # the hint names an option that exists
    assert "encoding=" not in line
    line = error_line(run_cli("parse", "--file", str(f), "--encoding", "klingon"), "parse")
    assert "unknown encoding 'klingon'" in line


def test_parse_text_and_file_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["parse", "abc", "--file", "x.txt"])
    assert exc.value.code == 2


# ---------------------------------------------------------------------------------------
# assess
# ---------------------------------------------------------------------------------------
def test_assess_csv(csvs: Path) -> None:
    proc = run_cli("assess", "--targets", "targets.csv", "--observations", "observations.csv",
               cwd=csvs)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    df = pd.read_csv(io.StringIO(proc.stdout))
    assert len(df) == len(datasets.load("targets"))
    assert list(df.columns) == list(report.ASSESSMENT_COLUMNS)
    row = df[df["target_id"] == "000-T013"].iloc[0]
    # ≤ 42 by 2020 against 44 µg/m³ in 2017: the 2016 and 2017 figures are both linked to it by
    # evidence_for, and the latest before the deadline is used: not yet met (before deadline)
    assert (row["observed"], row["gap"]) == (44.0, 2.0)
    assert row["obs_id"] == "000-O223"
    assert row["matched_on"] == "evidence"
    assert row["status"] == "not yet met (before deadline)"


def test_assess_at_deadline_pairs_the_outcome_at_or_after_the_deadline(
    csvs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["assess", "-t", str(csvs / "targets.csv"), "-O", str(csvs / "observations.csv"),
            "--pairing", "at_deadline"]  # fmt: skip
    assert cli.main(argv) == 0
    df = pd.read_csv(io.StringIO(capsys.readouterr().out))
    tables = [datasets.load(n) for n in ("targets", "observations", "indicators")]
    expected = report.assessment(*tables, how="at_deadline")
    assert df["obs_id"].fillna("").tolist() == expected["obs_id"].fillna("").tolist()
    assert df["status"].tolist() == expected["status"].tolist()
    # 000-T013 (PM2.5 ≤ 42 by 2020): the 2021 outcome, not 2017's 44 that by_deadline takes
    row = df[df["target_id"] == "000-T013"].iloc[0]
    obs = tables[1].set_index("obs_id").loc[row["obs_id"]]
    assert obs["period_end"] >= pd.Timestamp("2020-12-31")
    assert row["obs_id"] != "000-O223"
    # every pairing rule of analytics is offered, and only those
    assert tuple(cli.PAIRING_CHOICES) == PAIRING_RULES


def test_assess_markdown_to_file(csvs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = csvs / "gaps.md"
    argv = ["assess", "-t", str(csvs / "targets.csv"), "-O", str(csvs / "observations.csv"),
            "-i", str(csvs / "indicators.csv"), "--format", "markdown", "--observed-only",
            "-o", str(out)]  # fmt: skip
    assert cli.main(argv) == 0
    observed = int(
        report.assessment(*(datasets.load(n) for n in ("targets", "observations", "indicators")))[
            "obs_id"
        ]
        .notna()
        .sum()
    )
    assert capsys.readouterr().out.startswith(f"{out}: {observed} targets:")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| target_id | region | indicator |")
    assert len(lines) == 2 + observed


@pytest.mark.parametrize(
    ("table", "row", "column", "value", "expected"),
    [
        ("targets", 3, "deadline", "2020-13-01", "column 'deadline': '2020-13-01' is not a date"),
        ("targets", 2, "unit_written", "blorbs", "column 'unit_written' = 'blorbs': undefined"),
        ("targets", 2, "unit_written", "ha", "column 'unit_written' = 'ha': cannot convert"),
        ("targets", 5, "comparator", "≥≥", "column 'comparator' = '≥≥': unknown comparator"),
        ("targets", 0, "number", "lots", "column 'number': 'lots' is not a number"),
        ("observations", 7, "indicator", "pm_25", "column 'indicator' = 'pm_25': unknown"),
        ("observations", 4, "period_end", "yesterday", "column 'period_end': 'yesterday' is not"),
    ],
)  # fmt: skip
def test_assess_names_file_line_and_column(csvs, table, row, column, value, expected) -> None:
    bad = csvs / f"bad_{table}.csv"
    line = _edit(csvs / f"{table}.csv", row, column, value, bad)
    args = {"targets": "targets.csv", "observations": "observations.csv", table: bad.name}
    proc = run_cli("assess", "-t", args["targets"], "-O", args["observations"], cwd=csvs)
    msg = error_line(proc, "assess")
    assert f"{bad.name}, line {line}, {expected}" in msg


def test_assess_missing_column(csvs: Path) -> None:
    _edit(csvs / "targets.csv", 0, "indicator", None, csvs / "nocol.csv")
    proc = run_cli("assess", "-t", "nocol.csv", "-O", "observations.csv", cwd=csvs)
    msg = error_line(proc, "assess")
    assert msg.endswith(
        "nocol.csv: the targets table lacks the column indicator "
        "(required: indicator, comparator, number, unit_written)"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "empty.csv: empty file"),
        ('target_id,indicator\n"000-T001,x\n', "empty.csv, line 2: not a valid CSV record"),
    ],
)
def test_assess_unreadable_csv(csvs: Path, content: str, expected: str) -> None:
    (csvs / "empty.csv").write_text(content, encoding="utf-8")
    msg = error_line(run_cli("assess", "-t", "empty.csv", "-O", "observations.csv", cwd=csvs),
                         "assess")  # fmt: skip
    assert expected in msg


def test_assess_missing_file(csvs: Path) -> None:
    msg = error_line(run_cli("assess", "-t", "nope.csv", "-O", "observations.csv", cwd=csvs),
                         "assess")  # fmt: skip
    assert msg.endswith("nope.csv: no such file")


# ---------------------------------------------------------------------------------------
# audit
# ---------------------------------------------------------------------------------------
FINDINGS = pd.DataFrame({"check": ["a", "b"], "verdict": ["consistent", "inconsistent"]})


def test_audit_bundled_and_file(monkeypatch, capsys, csvs: Path) -> None:
    seen = []

    def fake(tables=None):
        seen.append(tables)
        return FINDINGS

    monkeypatch.setattr(audit, "report", fake)
    assert cli.main(["audit"]) == 0
    assert seen[-1] is None
    assert pd.read_csv(io.StringIO(capsys.readouterr().out))["verdict"].tolist() == [
        "consistent",
        "inconsistent",
    ]
    assert cli.main(["audit", str(csvs / "progress_summaries.csv"), "--format", "markdown"]) == 0
    assert list(seen[-1]) == ["progress_summaries"]
    typed = seen[-1]["progress_summaries"]
    assert str(typed["total"].dtype) == "Int64"
    assert str(typed["as_of"].dtype).startswith("datetime")
    assert capsys.readouterr().out.startswith("| check | verdict |")
    assert cli.main(["audit", "--strict"]) == 1  # an inconsistent check


def test_audit_real_checks_through_the_entry_point(csvs: Path) -> None:
    from envindicators import audit

    proc = run_cli("audit")
    assert proc.returncode == 0, proc.stderr
    df = pd.read_csv(io.StringIO(proc.stdout))
    assert df["check_id"].tolist() == audit.report()["check_id"].tolist()
    strict = run_cli("audit", "--strict")
    inconsistent = (df["verdict"] == "inconsistent").any()
    assert strict.returncode == (1 if inconsistent else 0)
    # one table given: only the checks over that table run
    proc = run_cli("audit", "observations.csv", cwd=csvs)
    assert proc.returncode == 0, proc.stderr
    checks = pd.read_csv(io.StringIO(proc.stdout))["check"]
    assert set(checks) <= {"change_relative", "change_absolute"}
    msg = error_line(run_cli("audit", "targets.csv", cwd=csvs), "audit")
    assert "looks like a targets table" in msg


def test_audit_bad_file(monkeypatch, capsys, csvs: Path) -> None:
    monkeypatch.setattr(audit, "report", lambda tables=None: FINDINGS)
    line = _edit(csvs / "progress_summaries.csv", 3, "count", "many", csvs / "bad.csv")
    assert cli.main(["audit", str(csvs / "bad.csv")]) == 1
    err = capsys.readouterr().err
    assert f"bad.csv, line {line}, column 'count': 'many' is not an integer" in err
    (csvs / "what.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert cli.main(["audit", str(csvs / "what.csv")]) == 1
    assert "cannot tell which table" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------
def test_report_through_the_entry_point(tmp_path: Path) -> None:
    proc = run_cli("report", "--out", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == os.path.join("out", "report.md")
    assert lines[1].startswith(f"{len(datasets.load('targets'))} targets: ")
    assert re.search(r": \d+ assessed \(\d+ met(, \d+ not yet met \(before deadline\))?(, \d+ not "
                     r"met)?\), \d+ not comparable, \d+ without an observation; audit: ",
                     lines[1]), lines[1]  # fmt: skip
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert md.startswith(report.REPORT_MARKER)
    assert (tmp_path / "out" / "figures" / "gap_overview.png").is_file()
    # a second run over its own output is fine; over someone else's folder it is not
    assert run_cli("report", "--out", "out", "--no-figures", cwd=tmp_path).returncode == 0
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    msg = error_line(run_cli("report", "--out", "mine", cwd=tmp_path), "report")
    assert "mine is not empty" in msg
    assert "--force" in msg


def test_report_without_matplotlib_warns_once_and_succeeds(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['matplotlib'] = None\n"
        "from envindicators.cli import main\n"
        "raise SystemExit(main(['report', '--out', 'r']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=cli_env(),
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    warnings = proc.stderr.strip().splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith("envindicators report: warning: figures not drawn")
    assert "pip install 'envindicators[plot]'" in warnings[0]
    assert not list((tmp_path / "r" / "figures").glob("*.png"))
    assert "## Target gaps by region" in (tmp_path / "r" / "report.md").read_text("utf-8")


def test_report_chinese_labels_without_font(tmp_path: Path, capsys) -> None:
    assert cli.main(["report", "--out", str(tmp_path / "r"), "--labels", "zh"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("envindicators report: error: Chinese labels need a font")
    assert not (tmp_path / "r").exists()


def test_report_font_file_without_glyphs(tmp_path: Path, capsys) -> None:
    dejavu = plots.font_manager.findfont("DejaVu Sans")
    assert cli.main(["report", "--out", str(tmp_path / "r"), "--font", str(dejavu)]) == 1
    assert "has no Chinese glyphs" in capsys.readouterr().err
