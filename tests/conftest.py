"""Shared test configuration: hypothesis profiles.

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

import pandas as pd
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
