"""Every Examples section of the package is run: a docstring example is a claim about the
output, and one that no longer holds (a pandas repr, a changed reading) must fail here."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import envindicators

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(envindicators.__path__, prefix="envindicators.")
    if m.name != "envindicators.__main__"  # importing it runs the command line
)


@pytest.mark.parametrize("name", MODULES)
def test_examples_hold(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra (dask, matplotlib, …) not installed
        pytest.skip(f"{name} needs an optional dependency: {exc}")
    result = doctest.testmod(
        module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS, report=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
