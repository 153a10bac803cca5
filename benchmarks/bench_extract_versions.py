"""Benchmark: ``extract_quantities`` of other versions of the library, side by side.

Run:  python benchmarks/bench_extract_versions.py --tree v0.1=/tmp/v01 --tree main=.
      [--rounds 5] [--text distinct|repeat] [--repeat 10]
(needs the ``bench`` extra: cn2an)

Each ``--tree LABEL=PATH`` is a checkout of the repository (``git worktree add --detach
/tmp/v01 <commit>`` makes one of any commit; v0.1 is ``3ad1c2f``, the last commit before
issue 10's work).  In every round each tree, in turn (the order alternates from round to
round), runs in its own Python process with ``PATH/src`` first on ``sys.path``: it times the
two naive scanners of ``naive.py`` and its own ``extract_quantities`` on the same text, one
after the other, so each ratio ours / naive is taken inside one process and one moment of a
shared machine.  The text is this checkout's ``bench_extract.distinct_text`` (every document
once) or its seeds × ``--repeat``, written once to a temporary file so every tree reads the
same characters.  Printed per tree: the median and range over the rounds of the characters
per second and of both ratios, and the rows found.  Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = """
import json, sys, time
sys.path.insert(0, {bench!r})
from naive import naive_scan, naive_transform_scan
from envindicators.units import extract_quantities
text = open({path!r}, encoding="utf-8").read()
extract_quantities(text[:2000]); naive_scan(text[:2000]); naive_transform_scan(text[:2000])
def timed(f):
    t0 = time.perf_counter(); out = f(); return time.perf_counter() - t0, out
t_naive, _ = timed(lambda: naive_scan(text))
t_transform, _ = timed(lambda: naive_transform_scan(text))
t_ours, df = timed(lambda: extract_quantities(text))
print(json.dumps({{"naive": t_naive, "transform": t_transform, "ours": t_ours, "rows": len(df)}}))
"""


def _tree(spec: str) -> tuple[str, Path]:
    label, sep, path = spec.partition("=")
    if not sep or not label:
        raise argparse.ArgumentTypeError(f"--tree wants LABEL=PATH, got {spec!r}")
    root = Path(path).resolve()
    if not (root / "src" / "envindicators").is_dir():
        raise argparse.ArgumentTypeError(f"{root} holds no src/envindicators (not a checkout)")
    return label, root


def run_once(root: Path, text_path: str) -> dict[str, float]:
    """One process of the tree at ``root``: the three times (s) and the rows found."""
    env = dict(os.environ, PYTHONPATH=str(root / "src"))
    code = _CHILD.format(bench=str(HERE), path=text_path)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"tree {root} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _spread(xs: list[float], fmt: str) -> str:
    return f"{format(statistics.median(xs), fmt)} [{format(min(xs), fmt)}–{format(max(xs), fmt)}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", action="append", type=_tree, required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--text", choices=("distinct", "repeat"), default="distinct")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from bench_extract import distinct_text, seed_texts

    text = distinct_text() if args.text == "distinct" else "\n".join(seed_texts() * args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "text.txt")
        Path(path).write_text(text, encoding="utf-8")
        load_before = os.getloadavg()
        runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in args.tree}
        for r in range(args.rounds):
            order = args.tree if r % 2 == 0 else args.tree[::-1]
            for label, root in order:
                runs[label].append(run_once(root, path))
        load_after = os.getloadavg()
    n = len(text)
    print(
        f"{args.text} text, {n:,} characters; {args.rounds} rounds; load "
        f"{load_before[0]:.2f} → {load_after[0]:.2f}; median [min–max] over the rounds\n"
    )
    print(
        "| tree | extract_quantities chars/s | ours / naive | ours / cn2an.transform first | rows |"
    )
    print("|---|---|---|---|---:|")
    for label, _ in args.tree:
        rs = runs[label]
        speed = [n / x["ours"] for x in rs]
        lean = [x["naive"] / x["ours"] for x in rs]
        trans = [x["transform"] / x["ours"] for x in rs]
        rows = int(rs[-1]["rows"])
        print(
            f"| {label} | {_spread(speed, ',.0f')} | {_spread(lean, '.3f')} | "
            f"{_spread(trans, '.3f')} | {rows:,} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
