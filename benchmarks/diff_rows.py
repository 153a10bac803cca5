"""What a change to the extractor changes: ``read_report`` rows of the corpus, before and after.

Extraction work (issue 13) is judged on the rows a rule changes, not only on the five gold
reports: dump the rows of every corpus text with the code before the change, dump them again
with the code after it, and judge a random sample of the rows that differ.

``dump`` reads each text of the chosen splits (``benchmarks/corpus/SPLIT/*.txt``) with
:func:`envindicators.extract.read_report` (``source`` = ``SPLIT/FILE``) and pickles one frame
of :meth:`~envindicators.extract.ReportTables.figures` rows (observations, context, targets)
with the document's name in ``doc``::

    PYTHONPATH=/path/to/before/src python benchmarks/diff_rows.py dump before.pkl
    PYTHONPATH=src python benchmarks/diff_rows.py dump after.pkl --docs changed_docs.txt

``diff`` pairs the rows of two dumps within one document by the figure as written and its
quote (``value_text``, ``quote``, and the n-th such row in text order), restricted to the
documents both dumps read, and writes one line per pair that differs in a compared field
(``table``, ``indicator``, ``subject``, ``region``, the period, ``kind``, ``role``,
``needs_review``, ``confidence``, ``unit``), and per row found on one side only (``lost`` /
``new``), with empty ``before_ok``/``after_ok``/``comment``/``judged`` columns to fill::

    python benchmarks/diff_rows.py diff before.pkl after.pkl --out changed.csv --sample 80

``--sample N`` marks ``N`` random changed rows (``DataFrame.sample(N, random_state=SEED)``)
with ``judged = "sample"``; a judge fills ``before_ok``/``after_ok`` with ``y``/``n`` for them.
``summary changed.csv`` counts the judged rows: made right (after right, before wrong), made
wrong (the reverse), wrong both, right both.

The dump of a whole corpus takes several minutes (about 0.4 s a text on a quiet core):
``--docs FILE`` (one ``SPLIT/FILE.txt`` a line) reads only the texts a rule can touch, and
``diff`` then compares only the documents both dumps hold.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pandas as pd

CORPUS = Path(__file__).resolve().parent / "corpus"

#: The fields compared between two dumps, in the order they are reported.
FIELDS = (
    "table",
    "indicator",
    "subject",
    "region",
    "period_start",
    "period_end",
    "deadline",
    "baseline_year",
    "kind",
    "role",
    "needs_review",
    "confidence",
    "unit",
)

#: The columns a dump keeps (the compared fields and the evidence).
KEEP = ("doc", "value_text", "value", "quote", *FIELDS)

JUDGEMENT = ("before_ok", "after_ok", "comment", "judged")


def corpus_texts(splits: list[str] | None = None, docs: list[str] | None = None) -> list[Path]:
    """The corpus texts to read: each ``SPLIT/*.txt`` of ``splits`` (all if None), or ``docs``."""
    if docs:
        return [CORPUS / d for d in docs]
    paths = sorted(CORPUS.glob("*/*.txt"))
    if splits:
        paths = [p for p in paths if p.parent.name in splits]
    return paths


def dump(paths: list[Path]) -> pd.DataFrame:
    """The ``figures()`` rows of each text, with its ``SPLIT/FILE`` name in ``doc``."""
    from envindicators.extract import read_report

    frames = []
    for path in paths:
        name = f"{path.parent.name}/{path.name}"
        rows = read_report(path.read_text(encoding="utf-8"), source=name).figures()
        rows = rows.assign(doc=name)
        frames.append(rows.reindex(columns=list(KEEP)))
    if not frames:
        return pd.DataFrame(columns=list(KEEP))
    out = pd.concat(frames, ignore_index=True)
    out.attrs["docs"] = [f"{p.parent.name}/{p.name}" for p in paths]
    return out


def _docs_read(rows: pd.DataFrame) -> list[str]:
    """The documents a dump read (``attrs["docs"]``; else those with rows)."""
    return list(rows.attrs.get("docs", rows["doc"].unique()))


def save(rows: pd.DataFrame, path: Path) -> None:
    """Pickle a dump with the list of documents it read, atomically."""
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    pd.to_pickle({"rows": rows, "docs": _docs_read(rows)}, tmp)
    os.replace(tmp, path)


def load(path: Path) -> pd.DataFrame:
    """A dump written by :func:`save` (the documents read in ``attrs["docs"]``)."""
    stored = pd.read_pickle(path)
    if isinstance(stored, dict):
        rows = stored["rows"]
        rows.attrs["docs"] = stored["docs"]
        return rows
    return stored


def _keyed(rows: pd.DataFrame) -> pd.DataFrame:
    key = ["doc", "value_text", "quote"]
    rows = rows.reset_index(drop=True)
    rows["nth"] = rows.groupby(key, sort=False).cumcount()
    return rows.set_index([*key, "nth"])


#: Fields holding dates, compared as ``YYYY-MM-DD`` whatever dtype a dump stored them in.
DATE_FIELDS = ("period_start", "period_end", "deadline")


def _norm(values: pd.Series, field: str) -> pd.Series:
    if field in DATE_FIELDS:
        dates = pd.to_datetime(values, errors="coerce")
        return dates.dt.strftime("%Y-%m-%d").astype("string").fillna("")
    return values.astype("string").fillna("").str.strip()


def diff(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """The rows that differ between two dumps (see the module docstring).

    Returns
    -------
    pandas.DataFrame
        ``doc``, ``value_text``, ``unit``, ``what`` (the differing fields, comma-separated, or
        ``lost``/``new``), then ``FIELD_b``/``FIELD_a`` for each compared field, ``quote`` and
        the empty judgement columns.
    """
    docs = set(_docs_read(before)) & set(_docs_read(after))
    b = _keyed(before[before["doc"].isin(docs)])
    a = _keyed(after[after["doc"].isin(docs)])
    both = b.add_suffix("_b").join(a.add_suffix("_a"), how="outer")
    in_b = both.index.isin(b.index)
    in_a = both.index.isin(a.index)
    changed = pd.DataFrame(False, index=both.index, columns=list(FIELDS))
    for f in FIELDS:
        before_f, after_f = _norm(both[f"{f}_b"], f), _norm(both[f"{f}_a"], f)
        changed[f] = before_f.to_numpy() != after_f.to_numpy()
    what = changed.apply(lambda r: ",".join(f for f in FIELDS if r[f]), axis=1)
    what = what.where(
        in_b & in_a, pd.Series(["lost" if x else "new" for x in in_b], index=both.index)
    )
    keep = what != ""
    out = both.loc[keep].reset_index()
    out["what"] = what[keep].to_numpy()
    out["unit"] = out["unit_a"].where(out["unit_a"].notna(), out["unit_b"])
    cols = ["doc", "value_text", "unit", "what"]
    for f in FIELDS:
        cols += [f"{f}_b", f"{f}_a"]
    out = out[[*cols, "quote"]].copy()
    for c in JUDGEMENT:
        out[c] = ""
    out.index.name = "row"
    return out


def summary(changed: pd.DataFrame) -> pd.Series:
    """Counts of the judged rows: made right, made wrong, wrong both, right both."""
    yes = {"y", "yes", "1", "true"}
    judged = changed[changed["before_ok"].notna() & changed["after_ok"].notna()]
    b = judged["before_ok"].astype(str).str.strip().str.lower().isin(yes)
    a = judged["after_ok"].astype(str).str.strip().str.lower().isin(yes)
    return pd.Series(
        {
            "judged": len(judged),
            "made right": int((a & ~b).sum()),
            "made wrong": int((b & ~a).sum()),
            "wrong both": int((~a & ~b).sum()),
            "right both": int((a & b).sum()),
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="pickle the read_report rows of corpus texts")
    d.add_argument("out", type=Path)
    d.add_argument("--splits", help="comma-separated splits (default: all)")
    d.add_argument("--docs", type=Path, help="file of SPLIT/FILE.txt names, one a line")
    c = sub.add_parser("diff", help="the rows that differ between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--sample", type=int, default=0)
    c.add_argument("--seed", type=int, default=0)
    s = sub.add_parser("summary", help="count a judged diff")
    s.add_argument("changed", type=Path)
    args = parser.parse_args(argv)

    if args.command == "dump":
        docs = args.docs.read_text(encoding="utf-8").split() if args.docs else None
        splits = args.splits.split(",") if args.splits else None
        rows = dump(corpus_texts(splits, docs))
        save(rows, args.out)
        print(f"{len(rows)} rows of {len(rows.attrs.get('docs', []))} texts → {args.out}")
    elif args.command == "diff":
        out = diff(load(args.before), load(args.after))
        if args.sample and len(out):
            pick = out.sample(min(args.sample, len(out)), random_state=args.seed).index
            out.loc[pick, "judged"] = "sample"
        tmp = args.out.with_name(args.out.name + f".tmp{os.getpid()}")
        out.to_csv(tmp)
        os.replace(tmp, args.out)
        print(f"{len(out)} changed rows → {args.out}")
        print(out["what"].str.split(",").explode().value_counts().to_string())
    else:
        print(summary(pd.read_csv(args.changed, dtype=str)).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
