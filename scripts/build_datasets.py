"""Recompute the derived columns of the bundled datasets and validate every table.

Maintainer tool: run after editing ``datasets/*.csv`` by hand::

    python scripts/build_datasets.py            # rewrite value/value_high/unit/context
    python scripts/build_datasets.py --check    # only validate; exit 1 on problems

Only the computed columns (``value``, ``value_high``, ``unit``, ``context`` of observations
and targets) are rewritten; everything typed by hand is left byte-for-byte as it is apart
from CSV quoting.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from envindicators import datasets as ds
from envindicators.errors import DatasetError

ROOT = Path(__file__).resolve().parents[1] / "datasets"


def _read(name: str) -> pd.DataFrame:
    raw = pd.read_csv(ROOT / f"{name}.csv", dtype=str, keep_default_na=False, na_values=[""])
    return ds.typed(raw, name)  # type: ignore[arg-type]


def _write(name: str, df: pd.DataFrame) -> None:
    out = df.copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime"):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    out.to_csv(ROOT / f"{name}.csv", index=False, float_format="%.12g")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = parser.parse_args(argv)
    tables = {name: _read(name) for name in ds.TABLES}
    if not args.check:
        for name in ("observations", "targets"):
            tables[name] = ds.compute_values(tables[name], tables["indicators"])
            _write(name, tables[name])
    failed = False
    for name, df in tables.items():
        try:
            ds.validate(df, name, tables=tables)  # type: ignore[arg-type]
        except DatasetError as exc:
            failed = True
            print(exc, file=sys.stderr)
        else:
            print(f"{name}: {len(df)} rows OK")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
