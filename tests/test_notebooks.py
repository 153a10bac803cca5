"""The notebooks run top to bottom (offline, no CJK font) and still show their key results.

Each notebook in ``notebooks/`` is executed with nbclient in a kernel of the running
interpreter; a cell error fails the test, and a few printed results are checked so that a
notebook that silently stops showing its finding fails too.  The committed files must have
their outputs cleared (execution happens here).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import ipykernel  # noqa: F401  (the test extra provides the kernel; never skip silently)
import matplotlib  # noqa: F401
import nbclient
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
FILES = sorted(NOTEBOOKS.glob("*.ipynb"))

#: Strings each notebook's outputs must contain (printed numbers and verdicts).
EXPECTED: dict[str, list[str]] = {
    "01_units_and_parsing.ipynb": [
        "16833.0 亩 = 1122.2 ha",  # traditional 畝 read and converted
        "refused: Cannot convert from 'percent'",  # % and 百分点 are kept apart
        "2021 share (derived): 72.1 %",
        "relative change: 3.33 %",
        "water context: 15000.0 m3/d",
        "steam context: 7.0 MW",
        "pint[亩][float64]",
        "lossless: True",
    ],
    "02_wuwei_targets.ipynb": [
        "52 targets: 6 with an observation (seeds, follow-up), 46 without",
        "completed + basically_completed + on_schedule = 49/62 = 79.03%",
        "completed only                         29.0%",
        "2.49",  # 秦州区 reported 10107 households, verified 4056
        "no observation    46",
        "Figure",  # the gap overview was drawn
    ],
    "03_trends_liaoning_shanxi.ipynb": [
        "derived from 同比下降4.3%",
        "refused:",  # a two-point OLS trend is refused
        "change 2016→2017: -1.98 µg/m³ per year",
        "the 2016–2017 line extended to 2020: 38.1 µg/m³",
        "ahead",  # 序时进度 of Liaoning PM2.5 at the end of 2017
        "tau = -1, p = 0.089, verdict: no trend",
        "SIMULATED data, true slope -0.80 µg/m³ per year (by construction)",
        "correlated_seasonal",  # the Hirsch–Slack test in the false-alarm table
    ],
    "04_audit.ipynb": [
        "partition:000-P031",
        "74 + 6 + 2 = 82 ≠ 80 (total)",
        "relation:000-R003",
        " 94.0%: decimals 1, interval [93.95, 94.05] → inconsistent",
        "relation:000-R005",
    ],
    "05_standards.ipynb": [
        "2026-03-01: GB 3095-2026 (transition), PM2.5 annual grade II ≤ 30 µg/m³",
        "days in a worse category under 2026: 18; in a better one: 0",
        "GB 3095-2026 (transition) 二级",
        "annual mean class: Ⅲ",
        "share of Ⅰ–Ⅲ months: 83.3 %",
        "达到国家二级标准 by 2027-12-31: PM2.5 ≤ 30 µg/m3",
    ],
    "06_promises_kept.ipynb": [
        "武威市: 48 targets — 7 met, 0 missed, 0 not yet due, 41 unknown",
        "002-T001 ← F031-O001 (evidence)",  # the 2022 share, linked by hand
        "“全市森林面积922万亩,森林覆盖率19.01%”",  # the verbatim evidence of 002-T016
        "https://www.zgyllh.net/news/show-15226.html",
        "prefer_evidence=False: no observation",  # the period rule without the link
        "trend +0.580 %/yr; at the deadline 18.57 %",
        "needed from 2009: +0.579 %/yr",
        "unknown: 41 of 48",
        "Figure",
    ],
    "07_trend_maps.ipynb": [
        # SIMULATED station network with a known trend field, seasonal Kendall + Sen
        "recovered vs true slope: median |error| 0.13 µg/m³ per year, correlation 0.93",
        "true slope inside Sen's 95% interval: 96% of stations",
        "significant where true slope = 0: 4% of 51 stations",  # ≈ alpha
        # SIMULATED dask-chunked grid: lazy until computed, slopes recovered, false alarms ≈ alpha
        "grid: 100 × 100 pixels × 20 years, 8 chunks",
        "lazy: True",
        "grid: recovered vs true slope: mean error +0.000, RMSE 0.121 µg/m³ per year",
        "grid: significant where true slope = 0: 4.5% (alpha = 0.05)",
        "where true slope < -0.5: 99.9%",
    ],
}

KERNEL = "python3"


def test_at_least_four_notebooks() -> None:
    assert len(FILES) >= 4, [f.name for f in FILES]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_committed_notebook_has_no_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code), (
        f"{path.name}: clear the outputs before committing (jupyter nbconvert --clear-output)"
    )


@pytest.fixture
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ``python3`` kernelspec for *this* interpreter, first on JUPYTER_PATH; Agg backend."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-Xfrozen_modules=off", "-m", "ipykernel_launcher",
                         "-f", "{connection_file}"],
                "display_name": "Python 3 (envindicators tests)",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    work = tmp_path / "work"
    work.mkdir()
    return work


def _output_text(nb: object) -> str:
    parts: list[str] = []
    for cell in nb.cells:  # type: ignore[attr-defined]
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            elif "data" in out:
                parts.append(out["data"].get("text/plain", ""))
    return "\n".join(parts)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_notebook_runs_and_shows_its_results(path: Path, kernel_env: Path) -> None:
    assert path.name in EXPECTED, f"add the key outputs of {path.name} to EXPECTED"
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=300,
        # nbclient waits only 4 s for a cell's output messages by default and then drops the
        # rest silently: on a loaded machine a printed result went missing (a flaky failure
        # of the EXPECTED check).  Wait long, and fail loudly if output still does not arrive.
        iopub_timeout=120,
        raise_on_iopub_timeout=True,
        resources={"metadata": {"path": str(kernel_env)}},
    )
    client.execute()  # raises CellExecutionError naming the failing cell
    errors = [
        out
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert not errors
    text = _output_text(nb)
    missing = [s for s in EXPECTED[path.name] if s not in text]
    assert not missing, f"{path.name} no longer shows: {missing}"
