"""Benchmark: extract_quantities on report text against a naive regex + cn2an scanner.

Run:  python benchmarks/bench_extract.py [--repeat 20] [--rounds 3]
(needs the ``bench`` extra: cn2an)

Text: the five seed reports in ``datasets/sources`` (simplified and traditional script),
concatenated ``--repeat`` times.  Both scanners run in the same process, one after the
other, on the same text.

The naive scanner is what a user would write in an afternoon: one regular expression for an
Arabic or Chinese number, an optional 万/亿 multiplier and a unit word from a short list,
``cn2an`` for the Chinese numerals, no context (no years, signs, lists, qualifiers or
ratios).  It is fast because it understands nothing; it is the floor the issue sets for
speed, not a reference for values.

Measured: characters per second of each, ``extract_quantities`` also with its fast path
switched off (``units/parsing/fast_path.py``: the same rows, checked here too), and the peak
memory of ``extract_quantities`` per input character (``tracemalloc``, input string
excluded).  Prints the figures; nothing is asserted (machines are noisy; see
benchmarks/README.md for the figures measured).
"""

from __future__ import annotations

import argparse
import re
import time
import tracemalloc
from pathlib import Path

import cn2an
import pandas as pd

from envindicators.units import extract_quantities
from envindicators.units.parsing import scanner

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"

_NAIVE = re.compile(
    r"([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+)"
    r"(万|亿)?"
    r"(吨|万元|元|亩|公顷|平方公里|平方米|公里|米|立方米|千瓦|台|户|家|个|项|件|人|次|%)"
)


def naive_scan(text: str) -> list[tuple[int, int, float, str]]:
    """Regex + cn2an: (start, end, value, unit) of every number followed by a unit word."""
    out = []
    for m in _NAIVE.finditer(text):
        number, scale, unit = m.groups()
        try:
            value = float(number) if number[0].isdigit() else float(cn2an.cn2an(number, "smart"))
        except ValueError:
            continue
        if scale:
            value *= 1e4 if scale == "万" else 1e8
        out.append((m.start(), m.end(), value, unit))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")))
    text = "\n".join([seeds] * args.repeat)
    n = len(text)
    extract_quantities(seeds[:2000])  # build the tables once, outside the timing
    naive_scan(seeds[:2000])

    # the three scanners take turns, --rounds times; the fastest round of each is reported
    # (the machine is shared: the minimum is the least disturbed measurement)
    times: dict[str, list[float]] = {"naive": [], "ours": [], "full": []}
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        naive = naive_scan(text)
        times["naive"].append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        df = extract_quantities(text)
        times["ours"].append(time.perf_counter() - t0)

        scanner._FAST[0] = False
        try:
            t0 = time.perf_counter()
            df_full = extract_quantities(text)
            times["full"].append(time.perf_counter() - t0)
        finally:
            scanner._FAST[0] = True
        pd.testing.assert_frame_equal(df, df_full)  # the fast path changes no row
    t_naive, t_ours, t_full = (min(times[k]) for k in ("naive", "ours", "full"))

    tracemalloc.start()
    extract_quantities(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"text: {n:,} characters ({args.repeat} × the five seeds), best of {args.rounds} rounds")
    print(
        f"naive regex + cn2an : {t_naive:7.3f} s  {n / t_naive:12,.0f} chars/s  {len(naive):,} hits"
    )
    print(f"extract_quantities  : {t_ours:7.3f} s  {n / t_ours:12,.0f} chars/s  {len(df):,} rows")
    print(f"  without fast path : {t_full:7.3f} s  {n / t_full:12,.0f} chars/s  (same rows)")
    print(f"speed ratio (ours / naive): {t_naive / t_ours:.2f}")
    print(f"speed ratio without the fast path (ours / naive): {t_naive / t_full:.2f}")
    print(f"fast path speed-up: {t_full / t_ours:.2f}x")
    print(f"peak memory of extract_quantities: {peak / n:.1f} bytes per input character")


if __name__ == "__main__":
    main()
