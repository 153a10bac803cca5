"""Nothing lost: the report, ``parse --out`` and ``assess --out`` through the real entry
point — user files survive re-runs, symbolic links are refused, interrupted runs leave the
previous output, concurrent runs do not mix (:mod:`envindicators._output`)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import cli_env, error_line, run_cli
from envindicators import _output, cli, datasets, plots, report

pytestmark = pytest.mark.usefixtures("no_cjk_font")

#: Runs the CLI with every trajectory figure slowed down, so a test can act mid-run.  With
#: ``HOLD`` (a path) in its environment the run stops before its third trajectory figure
#: (the overview and two trajectories staged), writes that file and waits there for the
#: test's signal — so a signal is never sent to a run that has already finished, however
#: slow or loaded the machine (a timed wait alone lost that race in a CI run).
SLOW = """
import os, sys, time
import envindicators.plots as plots
draw = plots.target_trajectory
calls = 0
def slow(*args, **kwargs):
    global calls
    calls += 1
    hold = os.environ.get("HOLD")
    if hold and calls == 3:
        open(hold, "w").close()
        end = time.monotonic() + 120
        while time.monotonic() < end:  # the signal interrupts this sleep
            time.sleep(0.05)
    time.sleep(0.25)
    return draw(*args, **kwargs)
plots.target_trajectory = slow
from envindicators.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def slow(*args: str, cwd: Path, hold: Path | None = None) -> subprocess.Popen[str]:
    env = cli_env() if hold is None else {**cli_env(), "HOLD": str(hold)}
    return subprocess.Popen(
        [sys.executable, "-c", SLOW, *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` (symbolic links not followed) with its SHA-256."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def no_leftovers(folder: Path) -> None:
    names = [p.name for p in folder.rglob("*")]
    assert not [n for n in names if n.startswith(".envindicators-staging-")], names
    assert not [n for n in names if n.endswith(".lock")], names
    assert not [n for n in names if n.endswith(".tmp")], names


def wait_for(condition, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


# ---------------------------------------------------------------------------------------
# the report: files of the user's survive
# ---------------------------------------------------------------------------------------
def test_a_users_figure_survives_every_rerun(tmp_path: Path) -> None:
    """report --out r; echo x > r/figures/mine.png; report --out r --no-figures."""
    assert run_cli("report", "--out", "r", "--dpi", "20", cwd=tmp_path).returncode == 0
    figs = tmp_path / "r" / "figures"
    ours = {p.name for p in figs.iterdir()}
    assert "gap_overview.png" in ours
    (figs / "mine.png").write_text("x\n")
    proc = run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (figs / "mine.png").read_text() == "x\n"
    assert [p.name for p in figs.iterdir()] == ["mine.png"]  # our stale figures: removed
    proc = run_cli("report", "--out", "r", "--force", "--dpi", "20", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (figs / "mine.png").read_text() == "x\n"
    assert {p.name for p in figs.iterdir()} == ours | {"mine.png"}
    no_leftovers(tmp_path / "r")


def test_a_user_file_with_the_name_of_a_figure_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "r"
    assert run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path).returncode == 0
    (out / "figures").mkdir()
    (out / "figures" / "gap_overview.png").write_bytes(b"my own overview")
    before = snapshot(out)
    line = error_line(run_cli("report", "--out", "r", "--dpi", "20", cwd=tmp_path), "report")
    assert "gap_overview.png exists and was not written by envindicators" in line
    assert snapshot(out) == before
    no_leftovers(out)


def test_an_edited_report_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "r"
    assert run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path).returncode == 0
    with (out / "report.md").open("a", encoding="utf-8") as fh:
        fh.write("\nmy notes\n")
    line = error_line(run_cli("report", "--out", "r", "--no-figures", "--force", cwd=tmp_path),
                      "report")  # fmt: skip
    assert "report.md exists and was not written by envindicators (or was changed" in line
    assert (out / "report.md").read_text(encoding="utf-8").endswith("my notes\n")


# ---------------------------------------------------------------------------------------
# symbolic links are not followed out of --out
# ---------------------------------------------------------------------------------------
def test_a_figures_link_to_another_folder_is_refused(tmp_path: Path) -> None:
    assert run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "gap_overview.png").write_bytes(b"not a report's")
    (tmp_path / "r" / "figures").symlink_to(elsewhere, target_is_directory=True)
    for extra in ([], ["--force"], ["--no-figures"]):
        line = error_line(run_cli("report", "--out", "r", "--dpi", "20", *extra, cwd=tmp_path),
                          "report")  # fmt: skip
        assert "figures is a symbolic link" in line
    assert snapshot(elsewhere) == {
        "gap_overview.png": hashlib.sha256(b"not a report's").hexdigest()
    }


def test_a_report_md_link_to_another_file_is_refused(tmp_path: Path) -> None:
    precious = tmp_path / "precious.md"
    precious.write_text("my thesis")
    assert run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path).returncode == 0
    (tmp_path / "r" / "report.md").unlink()
    (tmp_path / "r" / "report.md").symlink_to(precious)
    for extra in ([], ["--force"]):
        proc = run_cli("report", "--out", "r", "--no-figures", *extra, cwd=tmp_path)
        assert proc.returncode == 1
    line = error_line(proc, "report")
    assert "report.md is a symbolic link" in line
    assert precious.read_text() == "my thesis"


# ---------------------------------------------------------------------------------------
# interrupted runs leave the previous report
# ---------------------------------------------------------------------------------------
def test_a_crash_mid_write_leaves_the_previous_report(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "r"
    report.build_report(out, dpi=20)
    before = snapshot(out)
    calls = []
    draw = plots.target_trajectory

    def crash(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return draw(*args, **kwargs)

    monkeypatch.setattr(plots, "target_trajectory", crash)
    with pytest.raises(RuntimeError, match="disk on fire"):
        report.build_report(out, dpi=30)
    assert snapshot(out) == before
    no_leftovers(out)
    calls.clear()
    with pytest.raises(RuntimeError):  # a first run that crashes leaves no report at all
        report.build_report(tmp_path / "new", dpi=20)
    assert not (tmp_path / "new").exists()


def _interrupt(tmp_path: Path, sig: int) -> tuple[subprocess.Popen[str], dict[str, str]]:
    assert run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path).returncode == 0
    out = tmp_path / "r"
    before = snapshot(out)
    held = tmp_path / "held"
    proc = slow("report", "--out", "r", "--dpi", "30", cwd=tmp_path, hold=held)

    def held_with_figures_staged() -> bool:
        assert proc.poll() is None, proc.communicate()  # the run must still be going
        staged = list(out.glob(".envindicators-staging-*/figures/*.png"))
        return held.exists() and len(staged) >= 2

    wait_for(held_with_figures_staged)
    proc.send_signal(sig)
    _, proc.stderr_text = proc.communicate(timeout=60)  # type: ignore[attr-defined]
    return proc, before


def test_ctrl_c_leaves_the_previous_report(tmp_path: Path) -> None:
    proc, before = _interrupt(tmp_path, signal.SIGINT)
    assert proc.returncode == cli.EXIT_INTERRUPTED
    assert "interrupted" in proc.stderr_text  # type: ignore[attr-defined]
    assert "Traceback" not in proc.stderr_text  # type: ignore[attr-defined]
    assert snapshot(tmp_path / "r") == before
    no_leftovers(tmp_path / "r")


def test_sigterm_leaves_the_previous_report(tmp_path: Path) -> None:
    proc, before = _interrupt(tmp_path, signal.SIGTERM)
    assert proc.returncode == cli.EXIT_TERMINATED
    assert snapshot(tmp_path / "r") == before
    no_leftovers(tmp_path / "r")


def test_a_killed_run_leaves_the_previous_report_and_the_next_cleans_up(tmp_path: Path) -> None:
    _, before = _interrupt(tmp_path, signal.SIGKILL)
    out = tmp_path / "r"
    staged = list(out.glob(".envindicators-staging-*"))
    assert staged  # a kill cannot clean up …
    visible = {k: v for k, v in snapshot(out).items() if not k.startswith(".envindicators")}
    assert visible == {k: v for k, v in before.items() if not k.startswith(".envindicators")}
    assert run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path).returncode == 0
    no_leftovers(out)  # … the next run removes what it left


# ---------------------------------------------------------------------------------------
# concurrent runs: one wins, the other fails at once
# ---------------------------------------------------------------------------------------
def test_two_concurrent_reports_into_one_folder(tmp_path: Path) -> None:
    first = slow("report", "--out", "r", "--dpi", "20", cwd=tmp_path)
    lock = tmp_path / "r" / _output.LOCK_NAME
    wait_for(lambda: lock.exists() and lock.read_text().strip() != "")  # the holder's pid
    second = run_cli("report", "--out", "r", "--no-figures", cwd=tmp_path)
    line = error_line(second, "report")
    assert f"another envindicators run (process {first.pid}) is writing into r" in line
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    figs = {p.name for p in (tmp_path / "r" / "figures").iterdir()}
    linked = {line.split("](figures/")[1].rstrip(")") for line in md.splitlines()
              if "](figures/" in line}  # fmt: skip
    assert linked == figs  # the winner's report, whole
    no_leftovers(tmp_path / "r")


# ---------------------------------------------------------------------------------------
# parse --out, assess --out: the same guarantees for one file
# ---------------------------------------------------------------------------------------
def test_parse_out_never_overwrites_a_users_file(tmp_path: Path) -> None:
    (tmp_path / "mine.csv").write_text("precious")
    line = error_line(run_cli("parse", "5吨", "--out", "mine.csv", cwd=tmp_path), "parse")
    assert "mine.csv exists and was not written by envindicators" in line
    assert (tmp_path / "mine.csv").read_text() == "precious"
    assert run_cli("parse", "5吨", "--out", "t.csv", cwd=tmp_path).returncode == 0
    proc = run_cli("parse", "6吨", "--out", "t.csv", cwd=tmp_path)  # ours: replaced
    assert proc.returncode == 0, proc.stderr
    assert "6吨" in (tmp_path / "t.csv").read_text(encoding="utf-8")
    manifest = (tmp_path / _output.MANIFEST_NAME).read_text(encoding="utf-8")
    assert '"t.csv"' in manifest
    assert "mine.csv" not in manifest
    (tmp_path / "t.csv").write_text("edited by hand")
    line = error_line(run_cli("parse", "7吨", "--out", "t.csv", cwd=tmp_path), "parse")
    assert "or was changed since" in line
    no_leftovers(tmp_path)


def test_assess_out_refuses_a_symbolic_link(tmp_path: Path) -> None:
    src = datasets.data_dir()
    for name in ("targets", "observations"):
        (tmp_path / f"{name}.csv").write_bytes((src / f"{name}.csv").read_bytes())
    (tmp_path / "elsewhere.csv").write_text("keep")
    (tmp_path / "gaps.csv").symlink_to(tmp_path / "elsewhere.csv")
    line = error_line(run_cli("assess", "-t", "targets.csv", "-O", "observations.csv", "-o",
                          "gaps.csv", cwd=tmp_path), "assess")  # fmt: skip
    assert "gaps.csv is a symbolic link" in line
    assert (tmp_path / "elsewhere.csv").read_text() == "keep"


def test_parse_out_interrupted_leaves_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    text = tmp_path / "in.txt"
    text.write_text("处理能力1.5万吨/日。\n" * 12000, encoding="utf-8")  # two blocks
    out = tmp_path / "q.csv"
    assert cli.main(["parse", "--file", str(text), "--out", str(out)]) == 0
    before = out.read_bytes()
    from envindicators import units

    calls = []
    extract = units.extract_quantities

    def crash(block, **kwargs):
        calls.append(len(block))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return extract(block, **kwargs)

    monkeypatch.setattr(units, "extract_quantities", crash)
    monkeypatch.setattr(datasets._user_tables, "_CHUNK", 4096)
    assert cli.main(["parse", "--file", str(text), "--out", str(out)]) == cli.EXIT_INTERRUPTED
    assert out.read_bytes() == before
    no_leftovers(tmp_path)


def test_a_second_writer_of_one_file_fails_at_once(tmp_path: Path) -> None:
    lock = _output._Lock(tmp_path / ".q.csv.envindicators.lock", "q.csv").acquire()
    try:
        line = error_line(run_cli("parse", "5吨", "--out", "q.csv", cwd=tmp_path), "parse")
    finally:
        lock.release()
    assert f"another envindicators run (process {os.getpid()}) is writing" in line
    assert not (tmp_path / "q.csv").exists()
    assert run_cli("parse", "5吨", "--out", "q.csv", cwd=tmp_path).returncode == 0
