"""The optional compiled kernels (numba) give exactly the numpy kernels' results (issue 16).

Skipped when numba is not installed (it is in the ``bench`` extra, not in ``test``): the
numpy kernels are the default and are tested everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("numba", reason="numba is optional (bench extra): numpy kernels only")

from envindicators.analytics.trends import (
    _kernels,
    _numba,
    mann_kendall,
    mannkendall,
    sens_slope,
    trend_test,
)
from envindicators.analytics.trends._panel import Block
from envindicators.analytics.trends.mannkendall import KendallTerms, kendall_terms

values = st.integers(-3, 3).map(float) | st.just(np.nan) | st.floats(-1e3, 1e3, width=32)


def _panel(rows: list[list[float]]) -> np.ndarray:
    L = max(len(r) for r in rows)
    y = np.full((len(rows), L), np.nan)
    for i, r in enumerate(rows):
        y[i, : len(r)] = r
    return y


def _both(fn: Callable[[], object]) -> tuple[object, object]:
    """``fn()`` with the compiled kernels (for every input size), then numpy only."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_numba, "MIN_PAIR_WORK", 0)
        mp.setattr(mannkendall, "NUMBA_MIN_POINTS", 0)
        mp.delenv("ENVINDICATORS_NUMBA", raising=False)
        fast = fn()
        mp.setenv("ENVINDICATORS_NUMBA", "0")
        return fast, fn()


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.lists(values, min_size=1, max_size=24), min_size=1, max_size=6),
    irregular=st.booleans(),
)
def test_kendall_terms_identical(rows, irregular) -> None:
    y = _panel(rows)
    L = y.shape[1]
    t = np.cumsum(np.linspace(0.3, 2.0, L)) if irregular else np.arange(L, dtype=float)
    block = Block(rows=np.arange(y.shape[0]), y=y, t=t, src=np.zeros(y.shape, dtype=np.int64))
    fast, ref = _both(lambda: kendall_terms(block))
    assert isinstance(fast, KendallTerms)
    assert isinstance(ref, KendallTerms)
    for name in ("n", "s", "y_sorted", "t_sorted"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(ref, name), err_msg=name)
    for name in ("c2", "c3", "c5"):
        np.testing.assert_array_equal(getattr(fast.y_ties, name), getattr(ref.y_ties, name))
        np.testing.assert_array_equal(getattr(fast.t_ties, name), getattr(ref.t_ties, name))


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(st.lists(values, min_size=1, max_size=24), min_size=2, max_size=6),
    alpha=st.sampled_from([0.05, 0.1, 0.5]),
)
def test_public_results_identical(rows, alpha) -> None:
    y = _panel(rows)
    t = 2000.0 + np.arange(y.shape[1])
    calls = [
        lambda: mann_kendall(y, t, alpha=alpha),
        lambda: sens_slope(y, t, alpha=alpha),
        lambda: trend_test(y, t, alpha=alpha),
        lambda: mann_kendall(y, t, method="hamed_rao", alpha=alpha),
    ]
    for call in calls:
        fast, ref = _both(call)
        pd.testing.assert_frame_equal(fast, ref)


def test_used_only_for_large_inputs_on_a_shared_increasing_axis(monkeypatch) -> None:
    monkeypatch.delenv("ENVINDICATORS_NUMBA", raising=False)
    assert _numba.enabled()
    assert not _numba.worth_it(100, 20)  # 19,000 pairs: numpy
    assert _numba.worth_it(100_000, 20)
    assert _numba.shared_axis_ok(np.arange(5.0))
    assert not _numba.shared_axis_ok(np.array([0.0, 1.0, 1.0]))  # repeated times: numpy
    assert not _numba.shared_axis_ok(np.zeros((2, 3)))  # per-row times: numpy
    monkeypatch.setenv("ENVINDICATORS_NUMBA", "0")
    assert not _numba.enabled()
    assert not _numba.worth_it(100_000, 20)


def test_large_panel_identical(monkeypatch) -> None:
    """A panel above the size threshold (the path users get), with ties and gaps."""
    monkeypatch.delenv("ENVINDICATORS_NUMBA", raising=False)
    rng = np.random.default_rng(7)
    y = np.round(rng.normal(size=(12_000, 20)) * 3)
    y[rng.random(y.shape) < 0.1] = np.nan
    y[:50] = 1.0  # constant rows
    assert _numba.worth_it(*y.shape)
    fast = trend_test(y)
    monkeypatch.setenv("ENVINDICATORS_NUMBA", "0")
    pd.testing.assert_frame_equal(fast, trend_test(y))


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.lists(values, min_size=1, max_size=24), min_size=1, max_size=6),
    sigma=st.floats(0.0, 40.0) | st.just(np.nan),
)
def test_sen_rows_identical_to_the_numpy_selection(rows, sigma) -> None:
    """The compiled Sen kernel on any row width (``slope_order_stats`` calls it for wide
    rows only) against the numpy kernel, with and without the interval."""
    y = _panel(rows)
    t = np.cumsum(np.linspace(0.3, 2.0, y.shape[1]))
    block = Block(rows=np.arange(y.shape[0]), y=y, t=t, src=np.zeros(y.shape, dtype=np.int64))
    n_pairs = kendall_terms(block).n_pairs.astype(np.int64)
    sig = np.full(y.shape[0], sigma)
    z = -1.959963984540054
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ENVINDICATORS_NUMBA", "0")
        ref = _kernels.slope_order_stats(block, n_pairs=n_pairs, sigma=sig, z=z)
        bare = _kernels.slope_order_stats(block, n_pairs=n_pairs)
    ci = _kernels.sen_ci_ranks(n_pairs.astype(np.float64), sig, z)
    med, low, high = _numba.kernels().sen_rows(y, t, n_pairs, ci)
    np.testing.assert_array_equal(med, ref.median)
    np.testing.assert_array_equal(low, ref.low)
    np.testing.assert_array_equal(high, ref.high)
    np.testing.assert_array_equal(_numba.kernels().sen_rows(y, t, n_pairs, None)[0], bare.median)


@pytest.mark.parametrize(("width", "compiled"), [(70, True), (20, False)])
def test_compiled_sen_kernel_for_wide_rows_only(width: int, compiled: bool) -> None:
    """Rows of more than ``SORT_MAX_WIDTH`` pairs go to the compiled kernel, narrower rows
    to the numpy sort; the same results either way."""
    rng = np.random.default_rng(5)
    y = np.round(rng.normal(size=(40, width)) * 4)
    y[rng.random(y.shape) < 0.1] = np.nan
    assert (width * (width - 1) // 2 > _kernels.SORT_MAX_WIDTH) == compiled
    module = _numba.kernels()
    with mock.patch.object(module, "sen_rows", wraps=module.sen_rows) as spy:
        fast, ref = _both(lambda: sens_slope(y, alpha=0.1))
    assert spy.called == compiled
    pd.testing.assert_frame_equal(fast, ref)
