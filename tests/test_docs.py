"""The documentation builds with warnings as errors (Sphinx + numpydoc + myst-nb).

The build runs on a copy of ``docs/`` and ``notebooks/`` in a temporary folder, so the test
writes nothing into the checkout.  The notebooks are executed by the build (their rendered
pages show real outputs), and the command-line page is generated from the CLI's parser.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    for part in ("docs", "notebooks"):
        shutil.copytree(
            ROOT / part,
            tmp_path / part,
            ignore=shutil.ignore_patterns("_build", "_generated", "jupyter_execute", "notebooks"),
        )
    out = tmp_path / "html"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(tmp_path / "docs"),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "envindicators" in html
    # the API reference was generated from the docstrings, not left empty
    units = (out / "api" / "units.html").read_text(encoding="utf-8")
    assert "parse_quantity" in units
    # the notebooks were executed: their pages carry outputs of the code cells
    nb = (out / "notebooks" / "01_units_and_parsing.html").read_text(encoding="utf-8")
    assert "1122.2" in nb
    # the CLI page is the parser's own help
    cli = (out / "cli.html").read_text(encoding="utf-8")
    assert "envindicators report" in cli
