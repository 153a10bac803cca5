"""``envindicators parse --file`` of a large file: time and peak memory, streamed vs whole.

The file is the five seed reports repeated to the wanted size (UTF-8).  Each run is a fresh
process (``python -m envindicators parse --file F --out out.csv --quiet``, the streaming
path) or a fresh process reading the whole text and calling ``extract_quantities`` once
(what ``parse`` did before: the whole text and every row in memory, no output until the
end); peak memory is the child's maximum resident set size (``os.wait4``).  Run by hand::

    python benchmarks/bench_parse_stream.py            # 5 MB side by side, 50 MB streamed
    python benchmarks/bench_parse_stream.py --mb 5 20  # other sizes

Results are written into ``benchmarks/README.md`` by hand (they depend on the machine).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from envindicators import datasets

WHOLE = """
import sys
from envindicators.units import extract_quantities
text = open(sys.argv[1], encoding="utf-8").read()
extract_quantities(text).to_csv(sys.argv[2], index=False)
"""


def make_file(path: Path, megabytes: float) -> int:
    seeds = "".join(datasets.source_text(s) for s in datasets.load("documents")["source"])
    block = seeds.encode("utf-8")
    target = int(megabytes * 1e6)
    with path.open("wb") as fh:
        written = 0
        while written < target:
            fh.write(block)
            written += len(block)
    return written


def measure(cmd: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {cmd}\n{proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[5.0, 50.0])
    ap.add_argument("--whole-up-to", type=float, default=5.0, help="largest size run whole")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            path = Path(tmp) / f"text_{mb:g}MB.txt"
            size = make_file(path, mb)
            out = Path(tmp) / "out.csv"
            stream = [sys.executable, "-m", "envindicators", "parse", "--file", str(path),
                      "--out", str(out), "--quiet"]  # fmt: skip
            t, rss = measure(stream)
            out.unlink()
            line = f"{size / 1e6:6.1f} MB  streamed: {t:7.1f} s  peak {rss:7.0f} MB"
            if mb <= args.whole_up_to:
                tw, rw = measure([sys.executable, "-c", WHOLE, str(path), str(out)])
                out.unlink()  # not envindicators' file: the next streamed run would refuse it
                line += f"   whole text: {tw:7.1f} s  peak {rw:7.0f} MB  (memory ×{rw / rss:.1f})"
            print(line, flush=True)


if __name__ == "__main__":
    main()
