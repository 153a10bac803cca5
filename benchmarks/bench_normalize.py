"""Benchmark: normalize 1,000,000 written quantities to canonical units.

Run:  python benchmarks/bench_normalize.py [--rows 1000000] [--naive-sample 20000]

The strings are drawn from the forms of the five seed reports: every quantity that
``extract_quantities`` finds in ``datasets/sources`` is sorted into a column by dimension
(flows → t/d, volumes → m3, areas → ha, lengths → km, masses → t, money → yuan, shares
→ %, counts → count, concentrations → µg/m3, power → MW …) and each column is resampled
to its share of ``--rows``.  A second run uses *high-cardinality* columns (fresh random
numbers in the same written forms: ~100k distinct strings), where parsing the uniques
is no longer negligible.

Compared with the naive pipeline the issue describes: per string, translate the
multiplier words into numbers (``1.5万`` → ``15000.0``), drop qualifier words and call
``ureg.Quantity(text).to(unit)``.  The naive pipeline is timed on a sample (it is slow)
and its rate extrapolated; its values are checked against ``normalize`` on the strings
it can read.

Prints rows/s for both pipelines and the speed-up; nothing is asserted (machines are
noisy; see the report for the figures measured when this was written).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np
import pandas as pd

from envindicators.units import SCALE_WORDS, extract_quantities, normalize, to_simplified, ureg

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"

TARGETS = {  # canonical unit per dimension of the seeds' figures
    "[mass] / [time]": "t/d",
    "[length] ** 3 / [time]": "m3/d",
    "[length] ** 3": "m3",
    "[length] ** 2": "ha",
    "[length]": "km",
    "[mass]": "t",
    "[currency]": "yuan",
    "[mass] / [length] ** 3": "µg/m3",
    "[length] ** 2 * [mass] / [time] ** 3": "MW",
    "[length] ** 2 * [mass] / [time] ** 2": "tce",
    "[steam] / [time]": "蒸吨/小时",
    "[percentage_point]": "百分点",
    "[time]": "a",
}


def seed_columns() -> dict[str, list[str]]:
    """Written forms from the seeds, grouped by the canonical unit they convert to."""
    columns: dict[str, list[str]] = {}
    for path in sorted(SOURCES.glob("*.txt")):
        df = extract_quantities(path.read_text(encoding="utf-8"))
        for text, unit, kind in zip(df["text"], df["unit"], df["kind"], strict=True):
            if df.loc[df["text"] == text, "low"].notna().any():
                continue  # ranges: normalize() needs ranges=…; keep the columns simple
            dim = str(ureg.parse_units(unit).dimensionality)
            if unit in ("%", "‰") or kind == "ratio":
                target = "%"
            elif dim == "dimensionless":
                target = "count"
            else:
                target = TARGETS.get(dim)
            if target is not None:
                columns.setdefault(target, []).append(text)
    return columns


_MULTIPLIER = re.compile(
    r"([0-9]+(?:\.[0-9]+)?)(" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + ")"
)
_QUALIFIER_WORDS = re.compile(
    r"同比|比\d{4}年|较年初|约|大约|近|超过|超|逾|余|多|以上|以下|以内|左右|及|不低于|不少于|"
    r"大于|小于|高于|低于|接近|突破|占|每天|每年|尚有|仍以|下降了?|上升了?|提高了?|增长"
)


def naive_one(text: str, to: str) -> float:
    """The naive pipeline: multipliers → numbers, strip qualifiers, ``ureg.Quantity(str)``."""
    s = to_simplified(text)
    s = _MULTIPLIER.sub(lambda m: repr(float(m.group(1)) * SCALE_WORDS[m.group(2)]), s)
    s = _QUALIFIER_WORDS.sub("", s).replace("个百分点", "百分点").replace("个", " 个")
    with ureg.context("water", "steam"):
        return float(ureg.Quantity(s).to(to).magnitude)


def build(columns: dict[str, list[str]], rows: int, rng: np.random.Generator) -> dict[str, list]:
    total = sum(len(v) for v in columns.values())
    out = {}
    for target, forms in columns.items():
        n = max(1, round(rows * len(forms) / total))
        out[target] = list(rng.choice(np.array(forms, dtype=object), size=n))
    return out


def high_cardinality(columns: dict[str, list[str]], rows: int, rng: np.random.Generator) -> dict:
    """Same written forms with fresh numbers: ``1.5万吨/日`` → ``372.4万吨/日`` etc."""
    # the figure: not a baseline year (比2015年) and not the 3 of m3
    number = re.compile(r"(?<![\dA-Za-zμ.])\d+(?:\.\d+)?(?![\d.]|年)")
    out = {}
    for target, col in build(columns, rows, rng).items():
        values = rng.integers(1, 10_000_000, size=len(col)) / 10.0
        fresh = []
        for text, v in zip(col, values, strict=True):
            found = list(number.finditer(text))
            if not found:  # Chinese numerals (十余次, 近三分之一): keep as written
                fresh.append(text)
                continue
            first = found[0]
            fresh.append(f"{text[: first.start()]}{v:.1f}{text[first.end() :]}")
        out[target] = fresh
    return out


def time_normalize(data: dict[str, list]) -> tuple[float, dict[str, np.ndarray]]:
    results = {}
    t0 = time.perf_counter()
    for target, col in data.items():
        ctx = ("water", "steam")
        results[target] = normalize(pd.Series(col, dtype=object), to=target, context=ctx)
    return time.perf_counter() - t0, results


def time_naive(data: dict[str, list], sample: int, rng: np.random.Generator) -> tuple:
    rows = [(t, text) for t, col in data.items() for text in col]
    pick = rng.choice(len(rows), size=min(sample, len(rows)), replace=False)
    chosen = [rows[k] for k in pick]
    out = []
    t0 = time.perf_counter()
    for target, text in chosen:
        try:
            out.append(naive_one(text, target))
        except Exception:
            out.append(float("nan"))
    return time.perf_counter() - t0, chosen, np.array(out)


def report(label: str, data: dict[str, list], args: argparse.Namespace, rng) -> None:
    n = sum(len(c) for c in data.values())
    uniques = sum(len(set(c)) for c in data.values())
    normalize(["1吨"], to="t")  # warm pint's caches once, outside the timing
    dt, _results = time_normalize(data)
    rate = n / dt
    ndt, chosen, naive_vals = time_naive(data, args.naive_sample, rng)
    naive_rate = len(chosen) / ndt
    ours = np.array(
        [normalize([text], to=target, context=("water", "steam"))[0] for target, text in chosen]
    )
    ok = ~np.isnan(naive_vals)
    agree = np.isclose(naive_vals[ok], ours[ok], rtol=1e-9).mean() if ok.any() else float("nan")
    print(f"--- {label}: {n:,} rows in {len(data)} columns, {uniques:,} distinct strings")
    print(f"normalize      : {dt:8.3f} s   {rate:14,.0f} rows/s")
    print(
        f"naive pipeline : {ndt:8.3f} s for {len(chosen):,} rows = {naive_rate:10,.0f} rows/s "
        f"(read {ok.mean():.0%} of the strings; agrees with normalize on {agree:.1%} of those)"
    )
    print(f"speed-up       : {rate / naive_rate:,.0f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--naive-sample", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=20240918)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    columns = seed_columns()
    print("columns:", {k: len(v) for k, v in columns.items()})
    report("seed forms", build(columns, args.rows, rng), args, rng)
    report("high cardinality", high_cardinality(columns, args.rows, rng), args, rng)


if __name__ == "__main__":
    main()
