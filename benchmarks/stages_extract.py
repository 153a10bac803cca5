"""Where ``extract_quantities`` spends its time and memory on the distinct text, stage by stage.

Run:  python benchmarks/stages_extract.py [--rounds 7] [--against PATH]
(needs the ``bench`` extra: cn2an, for the naive scanner of ``bench_extract.py``)

Prints, best of ``--rounds`` each, as Markdown table rows with the ratio to the naive regex +
cn2an scanner measured in the same run:

* the stages of ``extract_quantities``: normalisation, the candidate search alone, the scan
  (candidate search, fast path and full per-candidate rules), the grouping of enumerations
  (context rules included), the rows of each piece and the frame;
* floors that no pure-Python scanner with this design avoids: NFKC of the text alone, one
  regular-expression pass, one no-op Python call per position the scanner reads, and the
  parser's own readers (number, words before the number, clause window) called once at every
  such position;
* the peak memory per input character (``tracemalloc``).

``--against PATH`` also times another copy of the package side by side (old / new in the same
rounds, frames checked equal): ``PATH`` is a ``src`` folder holding the package renamed
``envindicators_main`` (``git archive <commit> src/envindicators`` unpacked and renamed, its
``envindicators.`` imports rewritten).  Nothing is asserted; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import os
import statistics
import sys
import time
import tracemalloc
import unicodedata
from collections.abc import Callable
from typing import Any

import pandas as pd

from bench_extract import distinct_text
from envindicators.units import extract_quantities, normalize_text
from envindicators.units import parser as _parser
from envindicators.units.parsing import affixes, fast_path, numbers, scanner
from envindicators.units.parsing.context_rules import _apply_context_rules
from naive import _NAIVE, naive_scan


def _best(f: Callable[[], Any], rounds: int) -> float:
    xs = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        f()
        xs.append(time.perf_counter() - t0)
    return min(xs)


def _read_positions(texts: list[str]) -> list[tuple[str, int]]:
    """Every position the scanner reads with the fast path or the full rules."""
    seen: list[tuple[str, int]] = []
    fast, full = scanner._fast_hit, scanner._match

    def fast_spy(s: str, i: int) -> Any:
        seen.append((s, i))
        return fast(s, i)

    def full_spy(s: str, i: int, *args: Any) -> Any:  # the rest of _match's signature as is
        if not ("0" <= s[i] <= "9"):  # Arabic positions were recorded by the fast path
            seen.append((s, i))
        return full(s, i, *args)

    scanner._fast_hit, scanner._match = fast_spy, full_spy  # type: ignore[assignment]
    try:
        for s in texts:
            scanner._scan(s, extract=True)
    finally:
        scanner._fast_hit, scanner._match = fast, full  # type: ignore[assignment]
    return seen


def stages(text: str, rounds: int) -> None:
    pieces = list(_parser._pieces(text))
    nts = [normalize_text(text[a:b]) for a, b in pieces]
    scans = [scanner._scan(nt.text, extract=True)[0] for nt in nts]
    positions = _read_positions([nt.text for nt in nts])
    arabic = [(s, i) for s, i in positions if "0" <= s[i] <= "9"]

    def rows() -> None:
        cols: dict[str, list[Any]] = {name: [] for name in _parser._COLUMNS}
        for a, b in pieces:
            _parser._extract_piece(text, a, b, 10, cols)

    def scan() -> None:
        for nt in nts:
            scanner._scan(nt.text, extract=True)

    def scan_slow() -> None:
        scanner._FAST[0] = False
        try:
            scan()
        finally:
            scanner._FAST[0] = True

    # grouping changes the hits in place: every call gets its own copy of the scans
    fresh = iter([copy.deepcopy(scans) for _ in range(2 * rounds)])

    def group(f: Callable[..., Any]) -> None:
        for hits, nt in zip(next(fresh), nts, strict=True):
            if f is scanner._group:
                f(hits, nt.text)
            else:
                f(nt.text, hits)

    def noop(s: str, i: int) -> None:
        return None

    cols: dict[str, list[Any]] = {name: [] for name in _parser._COLUMNS}
    for a, b in pieces:
        _parser._extract_piece(text, a, b, 10, cols)
    parts: list[tuple[str, Callable[[], Any]]] = [
        ("naive regex + cn2an scanner, everything", lambda: naive_scan(text)),
        ("`extract_quantities`, everything", lambda: extract_quantities(text)),
        ("normalisation (`normalize_text` of every piece)",
         lambda: [normalize_text(text[a:b]) for a, b in pieces]),
        ("candidate search alone (`_CANDIDATE.findall`)",
         lambda: [scanner._CANDIDATE.findall(nt.text) for nt in nts]),
        ("scan: candidate search + fast path + full rules", scan),
        ("scan with the fast path off", scan_slow),
        ("grouping of enumerations (`_group`)", lambda: group(scanner._group)),
        ("  of which the context rules", lambda: group(_apply_context_rules)),
        ("pieces: normalise, scan, group, rows (no frame)", rows),
        ("frame (`_frame` of the columns)",
         lambda: _parser._frame({k: list(v) for k, v in cols.items()})),
        ("floor: NFKC of the whole text alone", lambda: unicodedata.normalize("NFKC", text)),
        ("floor: the naive regex's `finditer` alone", lambda: _NAIVE.findall(text)),
        (f"floor: one no-op Python call at each of the {len(positions):,} read positions",
         lambda: [noop(s, i) for s, i in positions]),
        ("floor: `_fast_hit` at every Arabic read position",
         lambda: [fast_path._fast_hit(s, i) for s, i in arabic]),
        ("floor: the number reader (`numbers._number`) at every read position",
         lambda: [numbers._number(s, i) for s, i in positions]),
        ("floor: the prefix reader (`affixes._prefix`) at every read position",
         lambda: [affixes._prefix(s, i) for s, i in positions]),
        ("floor: the clause window (`affixes._window`) at every read position",
         lambda: [affixes._window(s, i) for s, i in positions]),
    ]  # fmt: skip
    load = os.getloadavg()
    times = {label: _best(f, rounds) for label, f in parts}
    naive = times[parts[0][0]]
    print(f"distinct text, {len(text):,} characters, {len(pieces)} pieces; best of {rounds}; "
          f"load {load[0]:.2f} → {os.getloadavg()[0]:.2f}\n")  # fmt: skip
    print("| part | time | × the naive scanner's whole time |\n|---|--:|--:|")
    for label, _ in parts:
        print(f"| {label} | {times[label] * 1e3:.1f} ms | {times[label] / naive:.2f} |")
    tracemalloc.start()
    extract_quantities(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\npeak memory of extract_quantities: {peak / len(text):.1f} bytes per character")


def against(text: str, path: str, rounds: int) -> None:
    sys.path.insert(0, path)
    old = importlib.import_module("envindicators_main.units").extract_quantities
    old(text[:2000])
    load = os.getloadavg()
    t_old, t_new, ratio = [], [], []
    for r in range(rounds):
        order = [(old, t_old), (extract_quantities, t_new)]
        res = []
        for f, ts in order if r % 2 == 0 else order[::-1]:
            t0 = time.perf_counter()
            res.append(f(text))
            ts.append(time.perf_counter() - t0)
        pd.testing.assert_frame_equal(res[0], res[1], check_categorical=False)
        ratio.append(t_old[-1] / t_new[-1])
    peaks = []
    for f in (old, extract_quantities):
        tracemalloc.start()
        f(text)
        peaks.append(tracemalloc.get_traced_memory()[1] / len(text))
        tracemalloc.stop()

    def spread(xs: list[float]) -> str:
        return f"{statistics.median(xs):.3f} [{min(xs):.3f}–{max(xs):.3f}]"

    print(f"\nagainst {path}: {rounds} rounds, load {load[0]:.2f} → {os.getloadavg()[0]:.2f}")
    print(f"old {spread(t_old)} s, new {spread(t_new)} s, old / new (same round) {spread(ratio)}")
    print(f"peak memory: old {peaks[0]:.1f}, new {peaks[1]:.1f} bytes per character")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--against", default=None)
    args = ap.parse_args()
    text = distinct_text()
    extract_quantities(text[:2000])
    naive_scan(text[:2000])
    stages(text, args.rounds)
    if args.against:
        against(text, args.against, args.rounds)


if __name__ == "__main__":
    main()
