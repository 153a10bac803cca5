"""How many judged fragments of the hand checks a proposed indicator's phrase now mends.

The test set ``tests/data/chunk_fragments.csv`` holds the rows of hand checks 9–13
(``benchmarks/extract_check9..13.csv``) whose indicator was judged wrong for a proposed
phrase that is a fragment, a remnant, a verb, a place or a time, or that lacks its object
or measure, each with the phrase its comment wants (``wanted``; ``(no measure named)`` where
the clause names no measure, so that the right answer is a flagged row).  Each row is found
again in ``read_report``'s output on its corpus text (by value and quote) and its phrase
(``subject``) is compared with the wanted one:

* **exact** — the phrase (without a ``(no measure named)`` / ``(fragment)`` mark) is the
  wanted phrase (simplified script compared), or the wanted is ``(no measure named)`` and
  the phrase is so marked;
* **names the measure** — exact, or the phrase is an end of the wanted phrase (its head
  and some of its modifiers, no word that is not the wanted's: ``比例`` of ``O3比例``).

The rows are split in two halves by a fixed hash of ``check-row`` (column ``half``): tune on
``tune``, report ``report`` untouched.

Run::

    python benchmarks/score_chunk_fragments.py [--show]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "chunk_fragments.csv"
MARKS = ("(no measure named)", "(fragment)")


def judge(phrase: str | None, wanted: str) -> tuple[bool, bool]:
    """``(exact, names the measure)`` of a phrase against the wanted one."""
    from envindicators.units import to_simplified

    if phrase is None:
        return False, False
    marked = phrase.startswith(MARKS)
    bare = phrase
    for mark in MARKS:
        bare = bare.removeprefix(mark)
    bare = to_simplified(bare.strip())
    if wanted == "(no measure named)":
        return marked, marked
    want = to_simplified(wanted)
    exact = not marked and bare == want
    return exact, exact or (not marked and len(bare) >= 2 and want.endswith(bare))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every row")
    args = parser.parse_args()
    from envindicators.extract import read_report

    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    cache: dict[str, list[dict[str, object]]] = {}
    tally: Counter[tuple[str, str]] = Counter()
    for r in rows:
        doc = r["document"]
        if doc not in cache:
            path = HERE / "corpus" / doc
            rep = read_report(path.read_text(encoding="utf-8"), source=path.name)
            cache[doc] = [
                rec
                for t in ("observations", "targets", "context")
                for rec in getattr(rep, t).to_dict("records")
            ]
        found = [
            rec
            for rec in cache[doc]
            if rec.get("value_text") == r["value_text"] and rec.get("quote") == r["quote"]
        ]
        phrase = str(found[0].get("subject")) if found else None
        exact, names = judge(phrase, r["wanted"])
        tally[(r["half"], "rows")] += 1
        tally[(r["half"], "found")] += bool(found)
        tally[(r["half"], "exact")] += exact
        tally[(r["half"], "names")] += names
        if args.show:
            mark = "E" if exact else "N" if names else "-"
            print(
                f"{mark} {r['half']:6} {r['check']:>2}/{r['row']:<3} {phrase!s:32} "
                f"want {r['wanted']}"
            )
    for half in ("tune", "report"):
        n = tally[(half, "rows")]
        print(
            f"{half:6}: {n} rows, {tally[(half, 'found')]} found, "
            f"exact {tally[(half, 'exact')]}, names the measure {tally[(half, 'names')]}"
        )


if __name__ == "__main__":
    main()
