"""Speed of ``envindicators.extract.read_report``, and its output, against another version.

The documents are the five bundled seed reports (with their ``published`` date) and the
parser corpus's ``dev`` split (``benchmarks/corpus/dev/*.txt``, without ``published``).
Two source trees are compared side by side: ``--before DIR`` is a ``src`` directory of
another version (e.g. ``git archive <commit> src | tar -x -C /tmp/base`` → ``/tmp/base/src``),
the *after* side is the ``envindicators`` this interpreter imports.  Each side runs in its
own process (the two cannot be imported into one), the sides alternate in every round,
and each process reads every document twice: the first pass includes the one-off costs
(gazetteer, lexicon, unit registries, caches), the second is the steady state.

Run::

    python benchmarks/bench_read_report.py --before /tmp/base/src --rounds 3
    python benchmarks/bench_read_report.py --before /tmp/base/src --same   # outputs equal?
    python benchmarks/bench_read_report.py --before src --after-without-segmenter --rounds 3

``--after-without-segmenter`` runs the *after* side with the phrase cutter's word
segmenter (jieba, ``extract._segment.cut_at_words``) replaced by one that keeps every
phrase as cut: the cost of the segmenter, for this measurement only (its output differs).
Each row also gives the first ``read_report`` call alone (the one-off loads it pays).

``--same`` compares every table of every document (observations, targets, tasks,
progress summaries, proposed indicators, provenance, unread) with
:func:`pandas.testing.assert_frame_equal` and exits with status 1 on the first difference
(printing it): a speed change must not change a row.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TABLES = (
    "observations",
    "targets",
    "tasks",
    "progress_summaries",
    "indicators",
    "provenance",
    "unread",
)


def documents() -> list[tuple[str, str, Any]]:
    """``(source, text, published)`` of the five seed reports and the ``dev`` corpus."""
    import re

    import pandas as pd

    from envindicators import datasets

    docs = datasets.load("documents").set_index("source")
    out: list[tuple[str, str, Any]] = []
    for source in sorted(s for s in docs.index if re.match(r"^\d{3}_", str(s))):
        pub = docs.loc[source, "published"]
        out.append(
            (source, datasets.source_text(source), None if pd.isna(pub) else pd.Timestamp(pub))
        )
    for path in sorted((HERE / "corpus" / "dev").glob("*.txt")):
        out.append((path.name, path.read_text(encoding="utf-8"), None))
    return out


def _worker(dump: str | None, without_segmenter: bool = False) -> None:
    import envindicators
    from envindicators.extract import read_report

    if without_segmenter:  # the measurement's switch only: phrases kept as the rules cut them
        import envindicators.extract._indicators as indicators

        indicators.cut_at_words = lambda text, lo, hi: (lo, hi)  # type: ignore[assignment]
    docs = documents()
    times = []
    first = None
    results: dict[str, dict[str, Any]] = {}
    for _ in range(2):
        t0 = time.perf_counter()
        for source, text, pub in docs:
            r = read_report(text, source=source, published=None if pub is None else pub.date())
            if first is None:  # the first call, with the one-off loads
                first = time.perf_counter() - t0
            if dump is not None:
                results[source] = {t: getattr(r, t) for t in TABLES}
        times.append(time.perf_counter() - t0)
    payload = {
        "times": times,
        "first": first,
        "n": len(docs),
        "chars": sum(len(t) for _, t, _ in docs),
        "module": str(Path(envindicators.__file__).parent),
    }
    if dump is not None:
        payload["results"] = results
        with open(dump, "wb") as fh:
            pickle.dump(payload, fh)
    shown = ("times", "first", "n", "chars", "module")
    print(repr(payload if dump is None else {k: payload[k] for k in shown}))


def _run(
    src: str | None, dump: str | None = None, without_segmenter: bool = False
) -> dict[str, Any]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, __file__, "--worker"] + (["--dump", dump] if dump else [])
    cmd += ["--without-segmenter"] if without_segmenter else []
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    import ast

    return dict(ast.literal_eval(done.stdout.strip().splitlines()[-1]))


def _same(before: str) -> int:
    import pandas as pd

    with tempfile.TemporaryDirectory() as tmp:
        a, b = str(Path(tmp, "before.pkl")), str(Path(tmp, "after.pkl"))
        _run(before, a)
        _run(None, b)
        with open(a, "rb") as fa, open(b, "rb") as fb:
            ra, rb = pickle.load(fa)["results"], pickle.load(fb)["results"]
    if sorted(ra) != sorted(rb):
        print("different documents")
        return 1
    rows = 0
    for source in sorted(ra):
        for t in TABLES:
            try:
                pd.testing.assert_frame_equal(ra[source][t], rb[source][t])
            except AssertionError as exc:
                print(f"{source} {t}: {exc}")
                return 1
            rows += len(rb[source][t])
    print(f"same: {len(ra)} documents, {len(TABLES)} tables each, {rows} rows equal")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", help="src directory of the version to compare against")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--same", action="store_true", help="compare the tables, not the time")
    ap.add_argument(
        "--after-without-segmenter",
        action="store_true",
        help="run the after side without the phrase cutter's word segmenter (jieba)",
    )
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--without-segmenter", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.dump, args.without_segmenter)
        return 0
    if args.before is None:
        ap.error("--before is required")
    if args.same:
        return _same(args.before)
    print("| round | before: first call | after: first call | before: first pass "
          "| after: first pass | ratio | before: second pass | after: second pass "
          "| ratio |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k in range(1, args.rounds + 1):
        b, a = _run(args.before), _run(None, without_segmenter=args.after_without_segmenter)
        cells = [f"{b['first']:.2f} s", f"{a['first']:.2f} s"]
        for i in range(2):
            cells += [f"{b['times'][i]:.1f} s", f"{a['times'][i]:.1f} s",
                      f"{a['times'][i] / b['times'][i]:.2f}"]  # fmt: skip
        print(f"| {k} | " + " | ".join(cells) + " |")
    print(f"\n{b['n']} documents, {b['chars']:,} characters; before: {b['module']}, "
          f"after: {a['module']}"
          + (" without the segmenter" if args.after_without_segmenter else ""))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
