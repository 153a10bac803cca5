"""The report and the CLI on the user's own tables: ``--data``, units converted from what
is written, minimal columns, encodings, one-line errors naming file and line, readable
numbers, streaming ``parse``, the progress bar, the CJK font found after installation."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import cli_env, error_line, run_cli
from envindicators import cli, datasets, plots, report
from envindicators._progress import Progress
from envindicators.errors import DatasetError

pytestmark = pytest.mark.usefixtures("no_cjk_font")

#: The font lookup itself (the tests' fixture replaces it with "no font").
LOOKUP = plots._system_cjk_font.__wrapped__  # type: ignore[attr-defined]

TARGETS = """target_id,region,indicator,comparator,number,unit_written,deadline
U-T1,示例市,pm25_concentration,le,0.035,mg/m3,2020-12-31
U-T2,示例市,forest_cover,ge,20,%,2020-12-31
"""
OBSERVATIONS = """obs_id,region,indicator,number,unit_written,period_end
U-O1,示例市,pm25_concentration,31,μg/m3,2019-12-31
"""


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    """A folder of the user's tables: minimal columns, units as written, no value column,
    no subject column."""
    d = tmp_path / "mine"
    d.mkdir()
    (d / "targets.csv").write_text(TARGETS, encoding="utf-8")
    (d / "observations.csv").write_text(OBSERVATIONS, encoding="utf-8")
    return d


# ---------------------------------------------------------------------------------------
# report --data
# ---------------------------------------------------------------------------------------
def test_report_on_the_users_tables_only(tmp_path: Path, mine: Path) -> None:
    proc = run_cli("report", "--out", "r", "--data", "mine", "--no-bundled", "--no-figures",
               cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout.splitlines()[1]
    assert summary.startswith("2 targets: 1 assessed (1 met), 0 not comparable, 1 without an ")
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "from mine: 2 targets, 1 observations" in md
    assert "| U-T1 |" in md
    assert "≤ 35 µg/m3" in md  # 0.035 mg/m3, converted to the indicator's unit
    assert "31 µg/m3 (2019-12, U-O1)" in md
    assert "| -4 µg/m3 (-11%) |" in md  # the gap, signed, for people


def test_report_merges_the_users_tables_with_the_bundled_ones(tmp_path: Path, mine) -> None:
    proc = run_cli("report", "--out", "r", "--data", "mine", "--no-figures", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    n = len(datasets.load("targets")) + 2
    assert proc.stdout.splitlines()[1].startswith(f"{n} targets: ")
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "from the bundled datasets and mine:" in md
    assert "| U-T1 |" in md
    assert "| 000-T013 |" in md


def test_data_is_repeatable_and_ids_may_not_clash(tmp_path: Path, mine: Path) -> None:
    more = tmp_path / "more"
    more.mkdir()
    (more / "targets.csv").write_text(TARGETS.replace("U-T", "V-T"), encoding="utf-8")
    tables = datasets.read_tables([mine, more], bundled=False)
    assert tables["targets"]["target_id"].tolist() == ["U-T1", "U-T2", "V-T1", "V-T2"]
    same = tmp_path / "same"
    same.mkdir()
    (same / "targets.csv").write_text(TARGETS, encoding="utf-8")  # identical rows: kept once
    assert len(datasets.read_tables([mine, same], bundled=False)["targets"]) == 2
    (same / "targets.csv").write_text(TARGETS.replace(",20,%", ",25,%"), encoding="utf-8")
    proc = run_cli("report", "--out", "r", "-d", "mine", "-d", "same", "--no-bundled",
               "--no-figures", cwd=tmp_path)  # fmt: skip
    line = error_line(proc, "report")
    assert "same/targets.csv, line 3: targets target_id 'U-T2' is already defined" in line
    assert "mine/targets.csv, line 3" in line
    assert not (tmp_path / "r").exists()


def test_no_bundled_needs_data() -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["report", "--no-bundled"])
    assert exc.value.code == 2


def test_report_help_lists_the_required_columns(capsys) -> None:
    for command in ("report", "assess"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        text = capsys.readouterr().out
        assert "targets            indicator, comparator, number, unit_written" in text
        assert "observations       indicator, number, unit_written" in text


# ---------------------------------------------------------------------------------------
# CSV files: minimal columns, duplicates, headers, encodings
# ---------------------------------------------------------------------------------------
def test_assess_converts_units_as_written_without_value_or_subject(mine: Path) -> None:
    proc = run_cli("assess", "-t", "targets.csv", "-O", "observations.csv", cwd=mine)
    assert proc.returncode == 0, proc.stderr
    df = pd.read_csv(io.StringIO(proc.stdout))
    row = df.set_index("target_id").loc["U-T1"]
    assert (row["target"], row["observed"], row["unit"], row["status"]) == (
        35.0, 31.0, "µg/m3", "met",
    )  # fmt: skip


def test_missing_columns_are_listed_at_once(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("indicator,number\npm25_concentration,3\n")
    (tmp_path / "o.csv").write_text(OBSERVATIONS, encoding="utf-8")
    line = error_line(run_cli("assess", "-t", "t.csv", "-O", "o.csv", cwd=tmp_path), "assess")
    assert line.endswith(
        "t.csv: the targets table lacks the columns comparator, unit_written "
        "(required: indicator, comparator, number, unit_written)"
    )


def test_duplicate_ids_are_an_error_naming_file_and_line(tmp_path: Path) -> None:
    """86 targets must not give 87 rows: a repeated id is refused."""
    src = datasets.data_dir()
    lines = (src / "targets.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "t.csv").write_text("\n".join([*lines, lines[5]]) + "\n", encoding="utf-8")
    (tmp_path / "o.csv").write_bytes((src / "observations.csv").read_bytes())
    line = error_line(run_cli("assess", "-t", "t.csv", "-O", "o.csv", cwd=tmp_path), "assess")
    target_id = lines[5].split(",")[0]
    assert f"t.csv, line {len(lines) + 1}: duplicate target_id {target_id!r} (also on line 6)" in (
        line
    )


@pytest.mark.parametrize("header", ["value ", " value", "value\t"])
def test_a_header_repeating_a_column_after_trimming(tmp_path: Path, header: str) -> None:
    text = OBSERVATIONS.replace("period_end\n", f"period_end,value,{header}\n")
    text = text.replace("2019-12-31\n", "2019-12-31,31,31\n")
    (tmp_path / "o.csv").write_text(text, encoding="utf-8")
    (tmp_path / "t.csv").write_text(TARGETS, encoding="utf-8")
    line = error_line(run_cli("assess", "-t", "t.csv", "-O", "o.csv", cwd=tmp_path), "assess")
    assert "o.csv, line 1: column 'value' appears twice in the header (after trimming" in line


def test_a_value_that_disagrees_is_said_in_plain_numbers(tmp_path: Path) -> None:
    text = OBSERVATIONS.replace("period_end\n", "period_end,value\n").replace(
        "2019-12-31\n", "2019-12-31,32\n"
    )
    (tmp_path / "o.csv").write_text(text, encoding="utf-8")
    (tmp_path / "t.csv").write_text(TARGETS, encoding="utf-8")
    line = error_line(run_cli("assess", "-t", "t.csv", "-O", "o.csv", cwd=tmp_path), "assess")
    assert "o.csv, line 2, column 'value' = 32: does not match number × unit_written" in line
    assert "(computed 31)" in line


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "t.csv").write_bytes(TARGETS.encode(encoding))
    (tmp_path / "o.csv").write_bytes(OBSERVATIONS.encode(encoding))
    got = datasets.read_csv(tmp_path / "t.csv", "targets")
    assert got["region"].tolist() == ["示例市", "示例市"]
    proc = run_cli("assess", "-t", "t.csv", "-O", "o.csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "示例市" in proc.stdout


def test_a_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_bytes(b"PK\x03\x04" + bytes(range(256)))
    line = error_line(run_cli("assess", "-t", "t.csv", "-O", "t.csv", cwd=tmp_path), "assess")
    assert "t.csv: this is an .xlsx workbook, not a text or CSV file: save it as CSV" in line


def test_read_csv_errors_carry_file_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(TARGETS.replace("2020-12-31\nU-T2", "2020-13-31\nU-T2"))
    with pytest.raises(DatasetError, match=r"t\.csv, line 2, column 'deadline'") as info:
        datasets.read_csv(tmp_path / "t.csv", "targets")
    assert info.value.column == "deadline"


# ---------------------------------------------------------------------------------------
# tasks: a status is optional (a plan's items have none yet); Chinese or status_text only
# ---------------------------------------------------------------------------------------
TASKS = """task_id,title,status,status_text
K1,城区黑臭水体整治滞后,,
K2,污水管网建设滞后,,已完成整改
K3,燃煤锅炉淘汰不彻底,in_progress,
K4,河道非法采砂,正在推进整改,
K5,垃圾填埋场渗滤液超标,基本完成整改,正在推进整改
"""


def test_a_tasks_status_is_optional_and_read_from_chinese_or_status_text(tmp_path) -> None:
    (tmp_path / "k.csv").write_text(TASKS, encoding="utf-8")
    got = datasets.read_csv(tmp_path / "k.csv", "tasks")
    # the status as given wins over status_text; a task with neither has none (not invented)
    assert got["status"].tolist()[1:] == [
        "completed", "in_progress", "in_progress", "basically_completed"
    ]  # fmt: skip
    assert pd.isna(got["status"].iloc[0])
    # the column itself may be absent: status_text alone, or nothing at all
    (tmp_path / "k2.csv").write_text("title,status_text\nA,已完成\nB,\n", encoding="utf-8")
    two = datasets.read_csv(tmp_path / "k2.csv", "tasks")
    assert two["status"].iloc[0] == "completed"
    assert pd.isna(two["status"].iloc[1])
    (tmp_path / "k3.csv").write_text("title\nA\n", encoding="utf-8")
    assert datasets.read_csv(tmp_path / "k3.csv", "tasks")["status"].isna().all()


def test_an_unknown_task_status_is_an_error_naming_file_line_and_column(tmp_path) -> None:
    (tmp_path / "k.csv").write_text("title,status\nA,已完成\nB,差不多了\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"k\.csv, line 3, column 'status'") as info:
        datasets.read_csv(tmp_path / "k.csv", "tasks")
    assert "差不多了" in str(info.value)


def test_report_counts_the_users_task_statuses(tmp_path: Path, mine: Path) -> None:
    (mine / "tasks.csv").write_text(TASKS, encoding="utf-8")
    proc = run_cli("report", "--out", "r", "--data", "mine", "--no-bundled", "--no-figures",
                   cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    header = "| tasks | completed | basically_completed | in_progress | no status reported |"
    assert f"| source {header}" in md
    assert "| (no source) | 5 | 1 | 1 | 2 | 1 |" in md  # the user's table names no source


@pytest.mark.parametrize("table", ["observations", "targets"])
def test_a_table_with_a_header_and_no_row_reads_as_empty(tmp_path: Path, table: str) -> None:
    """A report with no observation (a plan) gives extract a header-only table: it reads, in
    both string storages (an empty frame's numbers once broke the value_text column with
    Arrow strings)."""
    header = (TARGETS if table == "targets" else OBSERVATIONS).splitlines()[0]
    (tmp_path / "x.csv").write_text(header + "\n", encoding="utf-8")
    got = datasets.read_csv(tmp_path / "x.csv", table)
    assert got.empty
    assert {"value", "unit", "value_text"} <= set(got.columns)  # computed columns are there


def test_a_users_registry_is_completed_with_the_bundled_codes_it_does_not_define(
    tmp_path: Path,
) -> None:
    (tmp_path / "i.csv").write_text(
        "code,unit,direction,name_zh\nmine_rate,%,higher,我的比例\nforest_cover,%,lower,改过的\n",
        encoding="utf-8",
    )
    mine_ = datasets.read_csv(tmp_path / "i.csv", "indicators")
    got = datasets.with_bundled_indicators(mine_)
    bundled = datasets.load("indicators")
    assert got["code"].tolist()[:2] == ["mine_rate", "forest_cover"]
    assert got["code"].is_unique
    assert set(got["code"]) == set(bundled["code"]) | {"mine_rate"}
    # the user's row wins over the bundled row of the same code
    assert got.loc[got["code"] == "forest_cover", "direction"].tolist() == ["lower"]
    assert datasets.with_bundled_indicators(mine_.iloc[:0])["code"].tolist() == (
        bundled["code"].tolist()
    )


# ---------------------------------------------------------------------------------------
# readable output
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("gap", "unit", "expected"),
    [(18473.0, "户", "+18,473 户"), (-2.0, "µg/m3", "-2 µg/m3"), (0.8, "%", "+0.8%")],
)
def test_gaps_are_numbers_for_people(gap: float, unit: str, expected: str) -> None:
    row = pd.Series({"gap": gap, "gap_unit": unit, "relative_gap": float("nan")})
    assert report._gap_text(row) == expected


def test_the_bundled_report_has_no_exponents_and_dates_in_the_overview(tmp_path) -> None:
    result = report.build_report(tmp_path / "r", figures=False)
    md = result.path.read_text(encoding="utf-8")
    assert "e+0" not in md
    assert "74 + 6 + 2 = 82, but the report says 80" in md  # the audit in words
    assert "000-P031:completed;" not in md  # not internal ids


# ---------------------------------------------------------------------------------------
# parse of a large file: streamed, in bounded pieces
# ---------------------------------------------------------------------------------------
def test_parse_streams_a_file_in_bounded_blocks(tmp_path: Path, monkeypatch) -> None:
    from envindicators import units

    text = "".join(datasets.source_text(s) for s in datasets.load("documents")["source"])
    path = tmp_path / "all.txt"
    path.write_text(text, encoding="utf-8")
    whole = units.extract_quantities(text)
    sizes: list[int] = []
    extract = units.extract_quantities

    def record(block: str, **kwargs):
        sizes.append(len(block))
        return extract(block, **kwargs)

    monkeypatch.setattr(units, "extract_quantities", record)
    monkeypatch.setattr(datasets._user_tables, "_CHUNK", 2048)  # read 2 KB at a time
    monkeypatch.setattr(datasets._user_tables, "BLOCK_CHARS", 5000)
    pieces = list(cli._quantities_of_file(str(path), None, 10))
    assert len(sizes) > 10
    assert max(sizes) <= 5000  # each extraction sees one block, never the whole file
    streamed = pd.concat(pieces, ignore_index=True)
    # the same rows, spans into the file, as written out
    assert len(streamed) == len(whole)
    assert streamed.to_csv(index=False) == whole.to_csv(index=False)
    small = list(datasets.iter_text(path, block_chars=500))
    assert all(len(b) <= 500 for _, b in small)
    assert "".join(b for _, b in small) == text
    assert all(text[o : o + len(b)] == b for o, b in small)


def test_parse_file_to_out_writes_every_row(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(datasets.source_text("003_e41e25c42e136997.txt"), encoding="utf-8")
    proc = run_cli("parse", "--file", "seed.txt", "--out", "q.json", "--format", "json",
               cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    import json

    records = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    from envindicators.units import extract_quantities

    assert len(records) == len(extract_quantities(path.read_text(encoding="utf-8")))


def test_progress_bar_only_on_a_terminal_and_not_quiet(tmp_path: Path) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    with Progress("parse", 2e6, stream=tty) as bar:
        bar.update(1e6)
    assert "parse  50% |" in tty.getvalue()
    assert "1.0/2.0 MB" in tty.getvalue()
    for stream, quiet in ((Tty(), True), (io.StringIO(), False)):
        with Progress("parse", 10, stream=stream, quiet=quiet) as bar:
            bar.update(5)
        assert stream.getvalue() == ""
    # through the entry point, with standard error a terminal
    path = tmp_path / "seed.txt"
    path.write_text(datasets.source_text("003_e41e25c42e136997.txt"), encoding="utf-8")
    for quiet in ([], ["--quiet"]):
        leader, follower = pty.openpty()
        proc = subprocess.run(
            [sys.executable, "-m", "envindicators", "parse", "--file", str(path), *quiet],
            stdout=subprocess.DEVNULL, stderr=follower, env=cli_env(), timeout=120, check=False,
        )  # fmt: skip
        os.close(follower)
        err = b""
        try:
            while chunk := os.read(leader, 65536):
                err += chunk
        except OSError:
            pass
        os.close(leader)
        assert proc.returncode == 0
        assert ("100% |" in err.decode("utf-8", "replace")) == (not quiet)


# ---------------------------------------------------------------------------------------
# a CJK font installed after matplotlib first ran
# ---------------------------------------------------------------------------------------
def test_a_cjk_font_installed_later_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    lookup = LOOKUP
    fm = plots.font_manager
    known = [fm.FontEntry(fname="/fonts/dejavu.ttf", name="DejaVu Sans")]
    monkeypatch.setattr(fm.fontManager, "ttflist", known)
    monkeypatch.setattr(fm, "findSystemFonts", lambda: ["/fonts/dejavu.ttf", "/new/noto.ttc"])
    monkeypatch.setattr(plots, "_family_name", lambda p: {"/new/noto.ttc": "Noto Sans CJK SC"}[p])
    monkeypatch.setattr(plots, "_has_cjk_glyphs", lambda p: p == "/new/noto.ttc")
    added: list[str] = []
    monkeypatch.setattr(fm.fontManager, "addfont", added.append)
    assert lookup() == "/new/noto.ttc"
    assert added == ["/new/noto.ttc"]  # matplotlib's list of this process now has it
    monkeypatch.setattr(fm, "findSystemFonts", lambda: ["/fonts/dejavu.ttf"])
    assert lookup() is None  # nothing new: still no font


def _fake_cjk_font(path: Path) -> None:
    """A tiny TrueType font named like a CJK family, with glyphs for 中 and 国 (fontTools
    comes with matplotlib)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = {ord(c): f"uni{ord(c):04X}" for c in "中国ABC"}
    names = [".notdef", *chars.values()]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap(chars)
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((600, 700))
    pen.closePath()
    glyph = pen.glyph()
    fb.setupGlyf(dict.fromkeys(names, glyph))
    fb.setupHorizontalMetrics(dict.fromkeys(names, (700, 100)))
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Noto Sans CJK SC", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    fb.save(str(path))


def test_a_font_installed_after_matplotlib_built_its_cache(tmp_path: Path) -> None:
    """The README's advice (install a CJK font) works without deleting matplotlib's cache."""
    env = cli_env()
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    env["MPLCONFIGDIR"] = str(tmp_path / "mpl")  # a cache of its own, built by the first run
    probe = "from envindicators import plots; print(plots.cjk_font() is not None)"

    def found() -> str:
        return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env=env, check=True, timeout=120).stdout.strip()  # fmt: skip

    assert found() == "False"
    assert list((tmp_path / "mpl").glob("fontlist*.json"))  # matplotlib cached its list
    fonts = tmp_path / "home" / ".local" / "share" / "fonts"
    fonts.mkdir(parents=True)
    _fake_cjk_font(fonts / "NotoSansCJK-Fake.ttf")  # "apt install fonts-noto-cjk"
    assert found() == "True"
