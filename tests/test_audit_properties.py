"""Property tests of the audit: consistent inputs pass, perturbed figures fail, tolerance
follows the written decimals, interval arithmetic encloses point arithmetic."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from envindicators import audit
from envindicators.audit import _intervals as iv
from envindicators.units.vocab import Qualifier

FAST = settings(max_examples=60, deadline=None)
QUALIFIERS = [q.value for q in Qualifier if q is not Qualifier.RANGE]


def _written(units: int, d: int) -> str:
    """``units`` × 10^-d written with exactly ``d`` decimals (no float rounding)."""
    return str(Decimal(units).scaleb(-d)) if d else str(units)


# ---------------------------------------------------------------------------------------
# precision
# ---------------------------------------------------------------------------------------
@FAST
@given(
    units=st.integers(1, 10**7),
    d=st.integers(0, 4),
    mult=st.sampled_from([("", 1.0), ("万", 1e4), ("亿", 1e8)]),
    unit=st.sampled_from(["吨", "公里", "%", "立方米/日"]),
)
def test_tolerance_follows_the_written_decimals(units: int, d: int, mult: tuple, unit: str) -> None:
    word, k = mult
    text = f"{_written(units, d)}{word}{unit}"
    number = float(Decimal(units).scaleb(-d)) * k
    assert audit.decimals(text, number) == d
    w = audit.figure_intervals(
        pd.DataFrame({"value_text": [text], "number": [number], "unit_written": [unit]})
    ).iloc[0]
    assert w["tolerance"] == np.float64(0.5 * 10.0**-d * k)
    assert w["high"] - w["low"] == np.float64(10.0**-d * k) or np.isclose(
        w["high"] - w["low"], 10.0**-d * k, rtol=1e-9
    )
    assert w["low"] <= number <= w["high"]
    # the same from the number and its decimals
    lo, hi = audit.reported_interval(number, d, scale=k)
    assert np.isclose(lo, w["low"], rtol=1e-12)
    assert np.isclose(hi, w["high"], rtol=1e-12)


@FAST
@given(units=st.integers(0, 10**6), unit=st.sampled_from(["个", "家", "项", "件", "台"]))
def test_counts_written_in_full_are_exact(units: int, unit: str) -> None:
    w = audit.figure_intervals(
        pd.DataFrame({"value_text": [f"{units}{unit}"], "number": [float(units)],
                      "unit_written": [unit]})
    ).iloc[0]  # fmt: skip
    assert (w["low"], w["high"], w["tolerance"]) == (units, units, 0.0)


@FAST
@given(
    x=st.floats(0.01, 1e9, allow_nan=False),
    resolution=st.sampled_from([0.0, 0.01, 0.1, 1.0, 1e4]),
    q=st.sampled_from(QUALIFIERS),
)
def test_qualifier_intervals(x: float, resolution: float, q: str) -> None:
    frame = pd.DataFrame({"value_text": ["x"], "number": [x], "qualifier": [q]})
    pos = audit.figure_intervals(frame).iloc[0]
    neg = audit.figure_intervals(frame.assign(number=-x)).iloc[0]
    # sign symmetry: a decrease is the mirror image of an increase
    assert (neg["low"], neg["high"]) == (-pos["high"], -pos["low"])
    assert pos["low"] <= pos["high"]
    lo, hi = audit.reported_interval(x, 2, q)
    if q == "more_than":
        assert lo == x < hi
    elif q == "nearly":
        assert lo < hi == x
    elif q in ("at_least", "greater"):
        assert hi == np.inf
        assert lo <= x
    elif q in ("at_most", "less"):
        assert lo == 0.0
        assert hi >= x
    else:  # exact, approx: symmetric around x
        assert np.isclose(x - lo, hi - x, rtol=1e-9, atol=1e-12)


# ---------------------------------------------------------------------------------------
# interval arithmetic encloses point arithmetic
# ---------------------------------------------------------------------------------------
bound = st.floats(-1e6, 1e6, allow_nan=False, allow_subnormal=False)


@st.composite
def interval_and_point(draw: st.DrawFn) -> tuple[float, float, float]:
    a, b = sorted((draw(bound), draw(bound)))
    t = draw(st.floats(0, 1))
    # a + t (b − a) can round outside [a, b] (a = −1, b = −1e-38, t = 1 gives 0.0): clamp it
    return a, b, min(max(a + t * (b - a), a), b)


@settings(max_examples=200, deadline=None)
@given(x=interval_and_point(), y=interval_and_point())
def test_interval_operations_enclose_points(x: tuple, y: tuple) -> None:
    (al, ah, p), (bl, bh, q) = x, y
    for op, f in ((iv.add, p + q), (iv.sub, p - q), (iv.mul, p * q)):
        lo, hi = op(al, ah, bl, bh)
        slack = 1e-9 * (1 + abs(f))
        assert lo - slack <= f <= hi + slack
    if abs(q) > 1e-300:  # not subnormal: p / q is a finite float
        lo, hi = iv.div(al, ah, bl, bh)
        f = p / q
        assert lo - 1e-9 * (1 + abs(f)) <= f <= hi + 1e-9 * (1 + abs(f))
    gap = max(al, bl) - min(ah, bh)
    if gap <= 0:
        assert iv.overlap(al, ah, bl, bh)
    elif gap > 1e-8 * (1 + max(map(abs, (al, ah, bl, bh)))):  # beyond rounding slack
        assert not iv.overlap(al, ah, bl, bh)


# ---------------------------------------------------------------------------------------
# rates: derived from counts pass; perturbed beyond the tolerance fail
# ---------------------------------------------------------------------------------------
def _rate_check(n: int, total: int, written: str) -> pd.Series:
    ps = pd.DataFrame(
        {"summary_id": ["S"], "total": [total], "category": ["closed"], "count": [n],
         "reported_rate": [float(written)], "reported_rate_text": [f"办结率{written}%"]}
    )  # fmt: skip
    return audit.check_rates(ps).iloc[0]


@FAST
@given(data=st.data(), total=st.integers(1, 100_000), d=st.integers(0, 3))
def test_rate_rounded_from_counts_is_consistent(data: st.DataObject, total: int, d: int) -> None:
    n = data.draw(st.integers(0, total))
    exact = Decimal(100 * n) / Decimal(total)
    written = str(exact.quantize(Decimal(1).scaleb(-d)))
    r = _rate_check(n, total, written)
    assert r["verdict"] == "consistent"
    assert r["tolerance"] == 0.5 * 10.0**-d
    assert r["decimals"] == d


@FAST
@given(
    data=st.data(),
    total=st.integers(1, 100_000),
    d=st.integers(0, 3),
    k=st.integers(-50, 50).filter(bool),
)
def test_rate_perturbed_beyond_tolerance_is_not_consistent(
    data: st.DataObject, total: int, d: int, k: int
) -> None:
    n = data.draw(st.integers(0, total))
    step = Decimal(1).scaleb(-d)
    exact = Decimal(100 * n) / Decimal(total)
    shifted = exact.quantize(step) + k * step
    assume(0 <= shifted <= 100)
    r = _rate_check(n, total, str(shifted))
    h = step / 2
    within = abs(shifted - exact) <= h
    assert (r["verdict"] == "consistent") == within
    if not within:
        rest = Decimal(100 * (total - n)) / Decimal(total)
        via_rest = abs(shifted - rest) <= h or (n < total and abs(shifted - 100) <= h)
        assert r["verdict"] == ("not_checkable" if via_rest else "inconsistent")


# ---------------------------------------------------------------------------------------
# sums of rounded figures (relations) and counts (partitions)
# ---------------------------------------------------------------------------------------
def _sum_check(terms: list[int], result: int, d: int) -> pd.Series:
    ids = [f"000-O{i:03d}" for i in range(1, len(terms) + 2)]
    texts = [f"{_written(u, d)}公里" for u in [*terms, result]]
    obs = pd.DataFrame(
        {"obs_id": ids, "indicator": "sewer_network_built", "unit_written": "公里",
         "value_text": texts, "number": [float(Decimal(u).scaleb(-d)) for u in [*terms, result]],
         "qualifier": "exact", "kind": "level"}
    )  # fmt: skip
    rel = pd.DataFrame(
        {"relation_id": ["R"], "type": ["sum"], "result": [ids[-1]],
         "terms": [";".join(ids[:-1])], "quote": [texts[-1]]}
    )  # fmt: skip
    return audit.check_relations(rel, obs).iloc[0]


@FAST
@given(
    terms=st.lists(st.integers(0, 10**6), min_size=2, max_size=5),
    d=st.integers(0, 3),
    k=st.integers(-12, 12),
)
def test_sum_verdict_is_exactly_the_combined_tolerance(terms: list[int], d: int, k: int) -> None:
    # n terms and the result, each ±½·10^-d: consistent iff |shift| ≤ (n + 1)/2 · 10^-d
    r = _sum_check(terms, sum(terms) + k, d)
    assert r["tolerance"] == 0.5 * 10.0**-d
    consistent = abs(k) <= (len(terms) + 1) / 2
    assert r["verdict"] == ("consistent" if consistent else "inconsistent")


@FAST
@given(counts=st.lists(st.integers(0, 10**5), min_size=2, max_size=6), k=st.integers(-3, 3))
def test_partition_of_counts_is_exact(counts: list[int], k: int) -> None:
    total = sum(counts) + k
    assume(total > max(counts))  # not a nested statement
    ps = pd.DataFrame(
        {"summary_id": "S", "total": total, "category": [f"c{i}" for i in range(len(counts))],
         "count": counts}
    )  # fmt: skip
    r = audit.check_partitions(ps).iloc[0]
    expected = {0: "consistent", 1: "not_checkable"}.get(np.sign(k), "inconsistent")
    assert r["verdict"] == expected  # k < 0: more counted than the total
    shuffled = audit.check_partitions(ps.sample(frac=1.0, random_state=k + 3)).iloc[0]
    assert shuffled["verdict"] == r["verdict"]


# ---------------------------------------------------------------------------------------
# changes
# ---------------------------------------------------------------------------------------
def _change_frame(before: str, after: str, change: str, kind: str) -> pd.DataFrame:
    unit = "percentage_point" if kind == "change_absolute" else "%"
    return pd.DataFrame(
        {
            "obs_id": ["B", "A", "C"],
            "indicator": "good_air_days_share",
            "region": "某省",
            "period_end": ["2021-12-31", "2022-12-31", "2022-12-31"],
            "value_text": [f"{before}%", f"{after}%", f"同比{change}{unit}"],
            "number": [float(before), float(after), float(change)],
            "unit_written": ["%", "%", unit],
            "qualifier": "exact",
            "kind": ["level", "level", kind],
            "baseline_period": [None, None, "2021"],
        }
    )


@FAST
@given(b=st.integers(0, 1000), a=st.integers(0, 1000), k=st.integers(-5, 5))
def test_point_change_verdict_is_exactly_the_combined_tolerance(b: int, a: int, k: int) -> None:
    # shares with one decimal: after − before ± 0.1, the change ± 0.05
    df = _change_frame(_written(b, 1), _written(a, 1), _written(a - b + k, 1), "change_absolute")
    r = audit.check_changes(df).iloc[0]
    assert r["check_id"] == "change:C:A:B"
    assert r["verdict"] == ("consistent" if abs(k) <= 1 else "inconsistent")


@FAST
@given(prev=st.integers(100, 10**4), rate=st.integers(-500, 500), d=st.integers(0, 2))
def test_relative_change_derived_from_levels_is_consistent(prev: int, rate: int, d: int) -> None:
    before = Decimal(prev).scaleb(-1)
    change = Decimal(rate).scaleb(-1)  # one decimal, in %
    after = (before * (1 + change / 100)).quantize(Decimal(1).scaleb(-d))
    df = _change_frame(str(before), str(after), str(change), "change_relative")
    df["indicator"] = "pm25_concentration"
    df["unit_written"] = ["µg/m3", "µg/m3", "%"]
    r = audit.check_changes(df).iloc[0]
    assert r["verdict"] == "consistent"
    assert r["tolerance"] == 0.05
