"""One conversion engine (issue 11), thread safety (issue 15), one home for ``ureg`` (17)."""

from __future__ import annotations

import ast
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pint
import pytest

from envindicators import units
from envindicators.errors import UnitMismatchError, UnitStringError
from envindicators.model import Indicator, Observation
from envindicators.units import normalize, ureg
from envindicators.units.convert import (
    coefficients,
    context_exists,
    convert,
    suggest_context,
)
from envindicators.units.counters import (
    COUNTER_SYNONYMS,
    COUNTER_WORDS,
    GENERIC_COUNTERS,
    counter_word,
    counters_compatible,
)

SRC = Path(units.__file__).parent


# --------------------------------------------------------------------------------------
# one rule for counters, in normalize and in the model
# --------------------------------------------------------------------------------------
def test_counter_vocabulary_comes_from_the_registry() -> None:
    assert {"户", "台", "个", "辆", "家", "项"} <= COUNTER_WORDS
    assert "个" in GENERIC_COUNTERS
    assert frozenset({"辆", "台", "架"}) in COUNTER_SYNONYMS  # 架: vehicles too (branch hk17)
    assert all(group <= COUNTER_WORDS for group in COUNTER_SYNONYMS)
    # every counter word is pint's count, and every count word of the registry is listed
    assert all(ureg.get_root_units(w)[1] == ureg.Unit("count") for w in COUNTER_WORDS)


PAIRS = [
    ("户", "台", False),
    ("户", "家", False),
    ("万户", "户", True),
    ("戶", "户", True),
    ("台", "辆", True),
    ("臺", "万辆", True),
    ("起", "件", True),
    ("个", "户", True),
    ("户", "个", True),
    ("count", "台", True),
    ("项", "件", False),
]


@pytest.mark.parametrize(("a", "b", "ok"), PAIRS)
def test_one_counter_rule_for_normalize_and_model(a: str, b: str, ok: bool) -> None:
    ind = Indicator("things", "x", "x", b, "higher")
    if ok:
        assert normalize([5.0], to=b, units=a)[0] == pytest.approx(convert(5, a, b))
        Observation(indicator=ind, number=5, unit_written=a, period_end=2020)
        assert counters_compatible(counter_word(a), counter_word(b))  # type: ignore[arg-type]
    else:
        with pytest.raises(UnitMismatchError, match="not interchangeable"):
            normalize([f"5{a}"], to=b)
        with pytest.raises(UnitMismatchError, match="not interchangeable"):
            normalize([5.0], to=b, units=a)
        with pytest.raises(UnitMismatchError, match="not interchangeable"):
            Observation(indicator=ind, number=5, unit_written=a, period_end=2020)
        with pytest.raises(UnitMismatchError):
            convert(5, a, b)


def test_issue_11_households_are_not_stoves() -> None:
    with pytest.raises(UnitMismatchError, match="'户' and '台'"):
        normalize(["5户", "3台"], to="台")
    assert np.isnan(normalize(["5户", "3台"], to="台", errors="coerce")[0])
    assert normalize(["5户", "3台"], to="台", errors="coerce")[1] == 3.0


def test_counts_and_shares_never_mix() -> None:
    with pytest.raises(UnitMismatchError, match="count and a share"):
        normalize(["5户"], to="%")
    with pytest.raises(UnitMismatchError, match="count and a share"):
        convert(5, "%", "个")


# --------------------------------------------------------------------------------------
# the engine: coefficients, contexts, suggestions, errors
# --------------------------------------------------------------------------------------
def test_coefficients_are_affine_and_exact() -> None:
    assert coefficients("万吨/日", "t/d") == (1e4, 0.0)
    a, b = coefficients("degC", "K")
    assert (a, b) == pytest.approx((1.0, 273.15))
    assert coefficients("吨/日", "m3/d", "water") == pytest.approx((1.0, 0.0))
    assert coefficients("蒸吨/小时", "MW", ("steam",)) == pytest.approx((0.7, 0.0))


def test_missing_context_is_suggested() -> None:
    assert suggest_context("吨", "m3") == "water"
    assert suggest_context("蒸吨/小时", "MW") == "steam"
    assert suggest_context("亩", "kg") is None
    with pytest.raises(pint.DimensionalityError, match="context='water'"):
        normalize(["5万吨"], to="m3")
    with pytest.raises(UnitMismatchError, match="'water' would convert it"):
        Observation(
            indicator=Indicator("v", "x", "x", "m3", "higher"),
            number=5,
            unit_written="吨",
            period_end=2020,
        )


def test_unknown_context_and_empty_unit() -> None:
    assert context_exists("water")
    assert not context_exists("nonesuch")
    with pytest.raises(ValueError, match="unknown pint context"):
        coefficients("t", "m3", "nonesuch")
    # an empty unit string is an error at the library's entry points (pint's own ureg("")
    # keeps pint's meaning, dimensionless)
    with pytest.raises(UnitStringError, match="empty unit"):
        normalize([1.0], to="t", units="")
    with pytest.raises(UnitStringError, match="empty unit"):
        convert(1.0, " ", "t")
    assert ureg.parse_units("") == ureg.dimensionless


def test_overflow_and_non_finite_in_the_python_api() -> None:
    """The Python API passes NaN/inf through (NaN is a missing value) and returns inf on
    overflow with numpy's RuntimeWarning; the CLI refuses both (tests/test_cli.py)."""
    with pytest.warns(RuntimeWarning, match="overflow"):
        out = convert(np.array([1e308]), "万吨", "t")
    assert np.isinf(out[0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isnan(convert(float("nan"), "万吨", "t"))
        assert np.isinf(convert(float("inf"), "万吨", "t"))


# --------------------------------------------------------------------------------------
# thread safety: no context is ever entered on the shared registry
# --------------------------------------------------------------------------------------
def test_threads_mixed_context_and_no_context_calls_are_all_right() -> None:
    barrier = threading.Barrier(8)

    def work(k: int) -> list[bool]:
        barrier.wait()
        ok = []
        for i in range(150):
            if (k + i) % 2:
                got = normalize(["3吨/日"], to="m3/d", context="water")[0]
                ok.append(got == 3.0)
            else:
                try:
                    normalize(["3吨/日"], to="m3/d")
                except pint.DimensionalityError:
                    ok.append(True)
                else:
                    ok.append(False)  # converted without a context: poisoned
                ok.append(normalize(["3万吨/日"], to="t/d")[0] == 30_000.0)
        return ok

    with ThreadPoolExecutor(8) as pool:
        results = [r for rs in pool.map(work, range(8)) for r in rs]
    assert len(results) > 1000
    assert all(results)


def test_users_context_block_does_not_leak_into_the_engine() -> None:
    with ureg.context("water"):
        assert ureg.Quantity(1, "t").to("m3").magnitude == 1.0  # the user's own choice
        with pytest.raises(pint.DimensionalityError):
            normalize(["1吨"], to="m3")  # the engine never sees the user's context


def test_library_code_never_enters_a_context_on_the_shared_registry() -> None:
    offenders = []
    for path in SRC.parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "context"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "ureg"
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


# --------------------------------------------------------------------------------------
# one home for ureg (issue 17)
# --------------------------------------------------------------------------------------
def test_ureg_has_one_home() -> None:
    from envindicators.units import registry

    assert units.ureg is registry.ureg
    init = (SRC / "__init__.py").read_text(encoding="utf-8")
    assert "noqa: E402" not in init
    for path in SRC.rglob("*.py"):  # convert, parser, counters, the parser's own modules …
        if path == SRC / "__init__.py":
            continue  # the package itself shows `from envindicators.units import ureg` to users
        text = path.read_text(encoding="utf-8")
        assert "from envindicators.units import ureg" not in text, path.name
