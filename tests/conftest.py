"""Shared test configuration: hypothesis profiles, and the helpers of the tests that run the
command line (:func:`run_cli`, :func:`cli_env`, :func:`error_line`) or draw figures on a
machine without a CJK font (the :func:`no_cjk_font` fixture), the bundled tables (the
:func:`tables` fixture, :func:`assert_round_trip`), the float series the trend tests draw
(:func:`float_series`), and the repository's scripts loaded as modules (:func:`load_script`).

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
from types import ModuleType

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

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
# The trend tests' series
# ---------------------------------------------------------------------------------------
@st.composite
def float_series(
    draw: st.DrawFn,
    min_size: int = 0,
    max_size: int = 30,
    nan: bool = True,
    *,
    mask_first: bool = True,
) -> np.ndarray:
    """Float series: often integer-valued (ties), sometimes constant, with NaNs injected
    (``nan``) where a drawn mask says, on a coin.

    ``mask_first`` draws the mask before the coin (``test_trends_mannkendall``'s order);
    ``False`` draws the coin first and the mask only on heads (``test_trends_sens``'s).  The
    two orders draw other examples from one derandomized seed, so each file keeps its own.
    """
    n = draw(st.integers(min_size, max_size))
    kind = draw(st.sampled_from(["int", "int", "float", "const"]))
    values: list[int] | list[float]
    if kind == "int":
        values = draw(st.lists(st.integers(-3, 3), min_size=n, max_size=n))
    elif kind == "const":
        values = [draw(st.integers(-5, 5))] * n
    else:
        values = draw(
            st.lists(
                st.floats(-1e6, 1e6, allow_nan=False, allow_subnormal=False),
                min_size=n,
                max_size=n,
            )
        )
    y = np.asarray(values, dtype=float)
    if not (nan and n):
        return y
    if mask_first:
        mask = draw(st.lists(st.booleans(), min_size=n, max_size=n))
        if draw(st.booleans()):
            y[np.asarray(mask)] = np.nan
    elif draw(st.booleans()):
        y[np.asarray(draw(st.lists(st.booleans(), min_size=n, max_size=n)))] = np.nan
    return y


# ---------------------------------------------------------------------------------------
# The bundled tables
# ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    """Every bundled table, loaded once per test module (fresh copies for each module)."""
    from envindicators import datasets

    return datasets.load_all()


def assert_round_trip(out: pd.DataFrame, table: pd.DataFrame, name: str) -> None:
    """Assert that ``out``, the bundled table ``name`` (``table``) turned into model objects
    and back, is the table: its documented columns equal the coerced table's, and the table's
    further columns pass through the objects by value, in their order, after them."""
    from envindicators.model import coerce_frame
    from envindicators.model.schema import columns

    expected = coerce_frame(table, name)
    documented = columns(name)
    pd.testing.assert_frame_equal(out[documented], expected[documented])
    extras = [c for c in expected.columns if c not in documented]
    assert list(out.columns) == documented + extras

    def cells(f: pd.DataFrame) -> pd.DataFrame:
        return f.astype(object).where(f.notna(), None)

    pd.testing.assert_frame_equal(cells(out[extras]), cells(expected[extras]))


# ---------------------------------------------------------------------------------------
# The repository's scripts
# ---------------------------------------------------------------------------------------
#: The root of the source checkout (the folder of ``benchmarks/`` and ``scripts/``).
ROOT = Path(__file__).resolve().parents[1]


def load_script(path: str, *, register: bool = True) -> ModuleType:
    """The script at ``path`` (from :data:`ROOT`, e.g. ``"benchmarks/score_corpus.py"``) run
    as a module named by its stem.  ``register`` puts it in ``sys.modules`` first (dataclasses
    look their module up by name); ``False`` leaves ``sys.modules`` alone."""
    file = ROOT / path
    spec = importlib.util.spec_from_file_location(file.stem, file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[file.stem] = module
    spec.loader.exec_module(module)
    return module


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
