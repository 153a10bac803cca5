"""Command-line interface (``envindicators`` / ``python -m envindicators``).

Foundation version: ``convert`` only; the report over the bundled datasets replaces the
default action once the datasets land.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pint

from envindicators.errors import EnvIndicatorsError

__all__ = ["main"]

EXIT_OK, EXIT_USAGE, EXIT_DATA = 0, 2, 1


def _cmd_convert(args: argparse.Namespace) -> int:
    from envindicators.units import ureg

    q = ureg.Quantity(args.value, args.unit)
    if args.context:
        with ureg.context(*args.context):
            out = q.to(args.to)
    else:
        out = q.to(args.to)
    print(f"{out.magnitude:.10g} {out.units:~P}")
    return EXIT_OK


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="envindicators",
        description="Numbers in Chinese environmental-inspection reports, as data.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("convert", help="convert a value between units (亩 → ha, 万吨/日 → m3/d)")
    p.add_argument("value", type=float)
    p.add_argument("unit", help="unit as written, e.g. 亩, 万吨/日, 蒸吨/小时")
    p.add_argument("to", help="target unit, e.g. ha, m3/d, MW")
    p.add_argument(
        "--context", "-c", action="append", help="pint context to enable (water, steam, points)"
    )
    p.set_defaults(func=_cmd_convert)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (EnvIndicatorsError, pint.PintError, ValueError) as exc:
        print(f"envindicators {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_DATA


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
