"""Rewrite the corpus gold lines that disagree with two conventions settled in branch ``conv13``.

The annotation guide (``benchmarks/corpus/README.md``, "What counts as a mention") states:

* a share followed through a change — the level it leaves or reaches (``占比由47%降至40%``,
  ``占比提高到64.1%``, ``比重降低到65%``) — is a ``level`` (the share as an indicator over time),
  while a share stated once against a whole (``占比78.7%``, ``占…的比重为13.8%``) stays a ``ratio``;
* a mean per unit of area written before the figure (``亩均用水量356m3``) puts the area into the
  unit (``m3/亩``), as a denominator written with 每 does; ``人均`` stays outside;
* a lower-bound word right before a figure that carries its own 多/余 (``超過兩萬多噸``) gives the
  qualifier (``greater``; ``at_least`` after 至少), as the parser and ``超過六百多億元`` have it.

The rules are the parser's own (``context_words._SHARE_SUBJECT`` and ``_PER_AREA_MEAN``), read on
each gold span's clause, so gold and parser follow one convention.  Every changed line is printed
(split, line number, document, offset, span, field: old → new); offsets are checked
(``text[start:end] == span``) before anything is written.  Splits under a blind build
(``heldout9``) are never opened.

Run ``python scripts/relabel_corpus_conventions.py`` (``--dry-run`` to list without writing).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from envindicators.units import to_simplified
from envindicators.units.parsing.affixes import _window
from envindicators.units.parsing.context_words import _PER_AREA_MEAN, _SHARE_SUBJECT

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
SPLITS = ("dev", "heldout", *(f"heldout{k}" for k in range(2, 9)))
SHARE_UNITS = frozenset({"%", "‰"})
#: A lower-bound word right before a span (in simplified script): 超过两万多吨, 至少两万多吨.
_LOWER_BOUND_BEFORE = re.compile(r"(?:超过|逾|突破|超|高于|大于|至少|不少于|不低于)$")


def relabel(gold: dict[str, object], text: str) -> list[tuple[str, object, object]]:
    """Apply the two conventions to one gold line in place; return the changed fields.

    Parameters
    ----------
    gold
        One gold mention (a parsed line of ``gold.jsonl``).
    text
        The document's stored text.

    Returns
    -------
    list of tuple
        ``(field, old, new)`` for each field changed.
    """
    start, end = int(gold["start"]), int(gold["end"])  # type: ignore[call-overload]
    if text[start:end] != gold["text"]:
        raise ValueError(f"offsets do not hold: {gold['doc']} {start} {gold['text']!r}")
    s = to_simplified(text)
    clause = _window(s, start)[0]
    changes: list[tuple[str, object, object]] = []
    if (
        gold["kind"] == "ratio"
        and gold["unit"] in SHARE_UNITS
        and int(gold["sign"]) == 0  # type: ignore[call-overload]
        and _SHARE_SUBJECT.search(clause)
    ):
        changes.append(("kind", gold["kind"], "level"))
        gold["kind"] = "level"
    m = _PER_AREA_MEAN.search(clause)
    unit = str(gold["unit"])
    if m is not None and "/" not in unit and unit not in SHARE_UNITS and gold["kind"] == "level":
        new = f"{unit}/{m.group(1)}"
        changes.append(("unit", unit, new))
        gold["unit"] = new
        tags = list(gold.get("tags") or [])  # type: ignore[call-overload]
        if "denominator_first" not in tags:
            changes.append(("tags", list(tags), [*tags, "denominator_first"]))
            gold["tags"] = [*tags, "denominator_first"]
    bound = _LOWER_BOUND_BEFORE.search(s, max(0, start - 4), start)
    if (
        bound is not None
        and gold["qualifier"] == "more_than"
        and any(c in str(gold["text"]) for c in "多余餘")
    ):
        new_q = "at_least" if bound.group().startswith(("至少", "不少", "不低")) else "greater"
        changes.append(("qualifier", gold["qualifier"], new_q))
        gold["qualifier"] = new_q
        note = str(gold.get("note") or "")
        gold["note"] = (note + "; " if note else "") + (
            "a bound word before an N-odd figure: the bound's qualifier (relabelled, conv13)"
        )
    if any(f == "kind" for f, _, _ in changes):
        note = str(gold.get("note") or "")
        gold["note"] = (note + "; " if note else "") + (
            "a share followed through a change: a level (relabelled, conv13)"
        )
    if any(f == "unit" for f, _, _ in changes):
        # the old note said the opposite (亩均 outside the unit): it is replaced
        gold["note"] = f"{m.group(1)}均: the area is the denominator (relabelled, conv13)"  # type: ignore[union-attr]
    return changes


def main() -> None:
    """Relabel every split but the blind one and print each changed line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    for split in SPLITS:
        path = CORPUS / split / "gold.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        texts: dict[str, str] = {}
        out, changed = [], 0
        for n, line in enumerate(lines, 1):
            gold = json.loads(line)
            doc = gold["doc"]
            if doc not in texts:
                texts[doc] = (CORPUS / split / f"{doc}.txt").read_text(encoding="utf-8")
            changes = relabel(gold, texts[doc])
            for field, old, new in changes:
                print(f"{split}:{n} {doc} {gold['start']} {gold['text']!r} {field}: {old} → {new}")
            changed += bool(changes)
            out.append(json.dumps(gold, ensure_ascii=False) if changes else line)
        if changed and not args.dry_run:
            path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
