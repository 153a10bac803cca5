"""Write the column tables of ``datasets/README.md`` from the table schema.

The columns, their types and what they mean have one home,
:data:`envindicators.model.schema.TABLES`; the README shows them between the markers
``<!-- columns: NAME -->`` and ``<!-- /columns -->``.  ``tests/test_datasets.py`` checks
that the README is up to date.

    python scripts/data_dictionary.py           # rewrite the tables in place
    python scripts/data_dictionary.py --check   # exit 1 when a table differs
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from envindicators.model.schema import TABLES, data_dictionary

README = Path(__file__).resolve().parents[1] / "datasets" / "README.md"
BLOCK = re.compile(r"(<!-- columns: (\w+) -->\n)(.*?)(<!-- /columns -->)", flags=re.S)


def render(text: str) -> str:
    """``text`` with every marked column table replaced by the schema's."""

    def table(m: re.Match[str]) -> str:
        name = m[2]
        if name not in TABLES:
            raise SystemExit(f"{README}: no table {name!r} in the schema")
        return f"{m[1]}\n{data_dictionary(name)}\n{m[4]}"

    return BLOCK.sub(table, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    named = {m[2] for m in BLOCK.finditer(text)}
    if named != set(TABLES):
        print(f"{README}: tables without markers: {sorted(set(TABLES) - named)}", file=sys.stderr)
        return 1
    new = render(text)
    if args.check:
        return 0 if new == text else 1
    if new != text:
        README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
