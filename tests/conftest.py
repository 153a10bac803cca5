"""Shared test configuration: hypothesis profiles, and the helpers of the tests that run the
command line (:func:`run_cli`, :func:`cli_env`, :func:`error_line`) or draw figures on a
machine without a CJK font (the :func:`no_cjk_font` fixture), and the bundled tables (the
:func:`tables` fixture).

The suite must never flake, so the default profile (``ci``) is derandomized and keeps no example
database: every run draws the same examples, and a failure found once is not replayed into later
runs of the same checkout.  Long fuzzing is a profile run by hand::

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_parser.py

``dev`` is hypothesis's usual randomized search with an example database, for local work.

A per-test ``@settings(max_examples=N)`` overrides the profile's count, so tests that need
their own count use :func:`examples` instead: ``@examples(200)`` is 200 examples under
``ci``/``dev`` and :data:`FUZZ_FACTOR` times as many under ``fuzz``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)

#: How much the ``fuzz`` profile multiplies a test's own example count.
FUZZ_FACTOR = 100 if PROFILE == "fuzz" else 1


def examples(n: int) -> settings:
    """``@settings(max_examples=n)``, scaled by :data:`FUZZ_FACTOR` under the fuzz profile."""
    return settings(max_examples=n * FUZZ_FACTOR)


#: Whether this run is the pyarrow set-up (the README's test command runs both).
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None


def setup_name() -> str:
    """One line naming the set-up of this run, for the log."""
    storage = pd.Series(["x"], dtype="string").dtype.storage
    if HAS_PYARROW:
        import pyarrow

        arrow = f"with pyarrow {pyarrow.__version__}"
    else:
        arrow = "without pyarrow"
    return (
        f"envindicators set-up: {arrow}; pandas {pd.__version__} string storage {storage!r}; "
        f"hypothesis profile {PROFILE!r}"
    )


def pytest_report_header() -> str:
    """The set-up in the header of every run, so CI logs show that both ran."""
    return setup_name()


# ---------------------------------------------------------------------------------------
# The bundled tables
# ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    """Every bundled table, loaded once per test module (fresh copies for each module)."""
    from envindicators import datasets

    return datasets.load_all()


# ---------------------------------------------------------------------------------------
# The command line and fonts
# ---------------------------------------------------------------------------------------
#: The ``envindicators`` console script of this environment.
SCRIPT = Path(sys.executable).parent / "envindicators"


def cli_env() -> dict[str, str]:
    """The environment of a command-line subprocess: matplotlib's non-interactive backend,
    and no font named by ``ENVINDICATORS_CJK_FONT`` (figures as on a machine without one)."""
    from envindicators import plots

    env = dict(os.environ)
    env["MPLBACKEND"] = "Agg"
    env.pop(plots.FONT_ENV_VAR, None)
    return env


def run_cli(
    *args: str,
    cwd: Path | None = None,
    stdin: str | None = None,
    script: bool = False,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m envindicators ARGS`` (or the console script, ``script=True``) in
    ``cwd`` and return the finished process with its text output."""
    cmd = [str(SCRIPT)] if script else [sys.executable, "-m", "envindicators"]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd,
        input=stdin, env=cli_env(), timeout=timeout, check=False,
    )  # fmt: skip


def error_line(proc: subprocess.CompletedProcess[str], command: str) -> str:
    """The one ``envindicators COMMAND: error: …`` line of a failed run (exit 1, no
    traceback, no reprs of numpy scalars, no advice to force); fails the test otherwise."""
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"envindicators {command}: error: ")
    assert "np.float64" not in lines[0]
    assert "force=True" not in lines[0]
    return lines[0]


def without_cjk_font(mp: pytest.MonkeyPatch) -> None:
    """Make ``mp`` hide every CJK font from :mod:`envindicators.plots` (as on CI)."""
    from envindicators import plots

    mp.delenv(plots.FONT_ENV_VAR, raising=False)
    mp.setattr(plots, "_system_cjk_font", lambda: None)


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without any CJK font (like CI): figures fall back to English labels."""
    without_cjk_font(monkeypatch)
