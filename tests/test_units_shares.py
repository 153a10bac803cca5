"""Shares, percentage points and relative changes (units/shares.py)."""

from __future__ import annotations

import math

import numpy as np
import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.errors import ModelValidationError, UndefinedChangeError
from envindicators.units import (
    RELATIVE_BASE_RULE,
    Quantity,
    add_points,
    relative_change,
    share_difference,
    undefined_relative_base,
)

_FINITE = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
_POSITIVE = st.floats(1e-3, 1e6, allow_nan=False, allow_infinity=False)
_NON_POSITIVE = st.floats(-1e6, 0.0, allow_nan=False, allow_infinity=False)


@settings(max_examples=60)
@given(_FINITE, _POSITIVE)
def test_relative_change_is_the_published_formula(new: float, old: float) -> None:
    """r = 100 (x_new − x_old) / x_old, in percent (the definition of 同比 changes)."""
    r = relative_change(Quantity(new, "t"), Quantity(old, "t"))
    assert r.units == Quantity(1, "percent").units
    assert r.magnitude == pytest.approx(100.0 * (new - old) / old, rel=1e-12, abs=1e-9)


@settings(max_examples=60)
@given(_FINITE, _NON_POSITIVE)
def test_relative_change_refuses_a_base_at_or_below_zero(new: float, old: float) -> None:
    with pytest.raises(UndefinedChangeError, match="base ≤ 0 is undefined"):
        relative_change(Quantity(new, "t"), Quantity(old, "t"))


def test_refusal_names_the_base_and_its_position_in_an_array() -> None:
    with pytest.raises(UndefinedChangeError, match=r"base -10 t at position 2") as info:
        relative_change(
            Quantity(np.array([1.0, 2.0, -20.0]), "t"), Quantity(np.array([2.0, 4.0, -10.0]), "t")
        )
    assert isinstance(info.value, ValueError)  # callers catching ValueError still do


def test_a_missing_base_gives_nan_not_an_error() -> None:
    r = relative_change(Quantity(np.array([3.0, 5.0]), "t"), Quantity(np.array([2.0, np.nan]), "t"))
    assert r.magnitude[0] == pytest.approx(50.0)
    assert math.isnan(r.magnitude[1])


def test_bases_in_another_unit_are_converted_before_the_rule() -> None:
    r = relative_change(Quantity(1.5, "t"), Quantity(1000.0, "kg"))
    assert r.magnitude == pytest.approx(50.0)
    with pytest.raises(pint.DimensionalityError):
        relative_change(Quantity(1.5, "t"), Quantity(1.0, "m3"))


@pytest.mark.parametrize(
    ("base", "undefined"),
    [(10.0, False), (1e-9, False), (0.0, True), (-0.0, True), (-5.0, True), (math.nan, False)],
)
def test_one_rule_for_the_base(base: float, undefined: bool) -> None:
    assert bool(undefined_relative_base(base)) is undefined


def test_the_model_applies_the_same_rule() -> None:
    from envindicators.model import Indicator, Target

    net = Indicator("net_balance", "净平衡", "net balance", "t", "higher")
    with pytest.raises(ModelValidationError) as info:
        Target.relative(net, 10, baseline_year=2015, baseline=(0, "t"), deadline=2020)
    assert RELATIVE_BASE_RULE in str(info.value)
    t = Target.relative(net, 10, baseline_year=2015, deadline=2020)
    with pytest.raises(ModelValidationError) as info:
        t.implied_level(-10.0)
    assert RELATIVE_BASE_RULE in str(info.value)


@settings(max_examples=60)
@given(st.floats(0, 100), st.floats(0, 100))
def test_points_added_to_a_share_give_the_other_share(a: float, b: float) -> None:
    d = share_difference(Quantity(a, "%"), Quantity(b, "%"))
    assert add_points(Quantity(b, "%"), d).to("%").magnitude == pytest.approx(a, abs=1e-9)
