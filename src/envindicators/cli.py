"""Command-line interface: ``envindicators`` (console script) and ``python -m envindicators``.

Subcommands::

    envindicators parse TEXT | --file F [--format csv|markdown|json]
    envindicators convert VALUE UNIT TO [--context water|steam|points]
    envindicators assess --targets T.csv --observations O.csv [--indicators I.csv] …
    envindicators audit [FILE.csv] [--table NAME] [--format csv|markdown]
    envindicators report [--out DIR] [--force] [--no-figures] [--labels auto|zh|en] …

Exit status: 0 success; 1 bad data or a processing error (unreadable or malformed CSV,
unparseable figure, incompatible units, occupied output folder), with one line
``envindicators <command>: error: …`` on stderr naming the file, line and column; 2 usage
error (argparse).  Importing this module is cheap: pandas, pint, matplotlib and the
analytics load inside the subcommand that needs them, so ``envindicators --help`` is fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from envindicators._version import __version__
from envindicators.errors import EnvIndicatorsError, ModelValidationError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "CommandError", "main"]

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
PROG = "envindicators"


class CommandError(EnvIndicatorsError):
    """An expected failure of a subcommand; its message is printed as the error line."""


# ---------------------------------------------------------------------------------------
# Input and output helpers
# ---------------------------------------------------------------------------------------
def _read_text(path: str, encoding: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        where = "<stdin>"
    else:
        data = Path(path).read_bytes()
        where = path
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{where}: not valid {encoding} text at byte {exc.start} "
            "(use --encoding, e.g. --encoding gb18030)"
        ) from None
    except LookupError:
        raise CommandError(f"unknown encoding {encoding!r}") from None


def _record_lines(text: str) -> list[int]:
    """1-based line number where each data record of a CSV text starts (header excluded)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text))
    starts: list[int] = []
    previous = 0
    for record in reader:
        if record:  # pandas skips blank lines too
            starts.append(previous + 1)
        previous = reader.line_num
    return starts[1:]


class _Csv:
    """A CSV file read as text: its frame (strings), and the line of each row."""

    def __init__(self, path: str, what: str) -> None:
        import io

        import pandas as pd

        self.path = path
        self.what = what
        text = _read_text(path, "utf-8-sig")
        if not text.strip():
            raise CommandError(f"{path}: empty file (expected a {what} CSV with a header row)")
        try:
            self.frame = pd.read_csv(
                io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""]
            )
        except (pd.errors.ParserError, ValueError) as exc:
            raise CommandError(f"{path}: not a valid CSV file: {exc}".rstrip()) from None
        lines = _record_lines(text)
        self.lines = lines if len(lines) == len(self.frame) else None
        self.frame.columns = [str(c).strip() for c in self.frame.columns]

    def where(self, row: object) -> str:
        if row is None:
            return self.path
        if isinstance(row, int) and self.lines is not None and 0 <= row < len(self.lines):
            return f"{self.path}, line {self.lines[row]}"
        return f"{self.path}, row {row}"

    def error(self, exc: ModelValidationError) -> CommandError:
        """The model's validation error, located in this file."""
        field = exc.field
        if exc.row is None and exc.value is None and "missing" in exc.reason:
            return CommandError(f"{self.path}: column {field!r} is missing from the {self.what}")
        value = "" if exc.value is None else f" = {exc.value!r}"
        return CommandError(f"{self.where(exc.row)}, column {field!r}{value}: {exc.reason}")


def _write_table(df: pd.DataFrame, fmt: str, out: str | None) -> None:
    if fmt == "csv":
        text = df.to_csv(index=False, date_format="%Y-%m-%d")
    elif fmt == "json":
        import json

        records = json.loads(df.to_json(orient="records", date_format="iso"))
        text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    else:
        from envindicators.report import markdown_table

        text = markdown_table(df) + "\n"
    if out is None or out == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(out).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------
# parse
# ---------------------------------------------------------------------------------------
def _cmd_parse(args: argparse.Namespace) -> int:
    from envindicators.units import extract_quantities

    if args.file is not None:
        text = _read_text(args.file, args.encoding)
    elif args.text is not None:
        text = args.text
    elif not sys.stdin.isatty():
        text = _read_text("-", args.encoding)
    else:
        args.parser.error("give TEXT, --file F, or text on standard input")
    df = extract_quantities(text, context=args.context)
    if not args.with_context:
        df = df.drop(columns=[c for c in ("before", "after") if c in df.columns])
    _write_table(df, args.format, args.out)
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# convert
# ---------------------------------------------------------------------------------------
def _cmd_convert(args: argparse.Namespace) -> int:
    import math

    import pint

    from envindicators.units.convert import check_convertible, suggest_context
    from envindicators.units.counters import parse_unit

    if not math.isfinite(args.value):
        raise CommandError(f"VALUE must be a finite number, got {args.value}")
    try:
        for unit in (args.unit, args.to):
            parse_unit(unit)
        a, b = check_convertible(args.unit, args.to, args.context)
    except pint.UndefinedUnitError as exc:
        names = ", ".join(repr(n) for n in exc.unit_names)
        raise CommandError(f"undefined unit {names}") from None
    except pint.DimensionalityError as exc:
        what = f"cannot convert {args.unit} ({exc.dim1}) to {args.to} ({exc.dim2})"
        if args.context:
            raise CommandError(f"{what} in context {', '.join(args.context)}") from None
        name = suggest_context(args.unit, args.to)
        hint = f"; use --context {name}" if name else " (no context converts them)"
        raise CommandError(what + hint) from None
    out = a * args.value + b
    if not math.isfinite(out):
        raise CommandError(f"{args.value:g} {args.unit} is too large to express in {args.to}")
    print(f"{out:.10g} {parse_unit(args.to):~P}")
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# assess
# ---------------------------------------------------------------------------------------
_ASSESS_MARKDOWN = (
    "target_id",
    "region",
    "indicator",
    "comparator",
    "target",
    "unit",
    "deadline",
    "obs_id",
    "period_end",
    "observed",
    "gap",
    "gap_unit",
    "status",
    "schedule_status",
)


def _load_model_table(path: str, table: str, what: str, indicators: Any) -> pd.DataFrame:
    from envindicators.model import Indicator, Observation, Target

    src = _Csv(path, what)
    try:
        if table == "indicators":
            Indicator.from_frame(src.frame)
        elif table == "targets":
            Target.from_frame(src.frame, indicators)
        else:
            Observation.from_frame(src.frame, indicators)
    except ModelValidationError as exc:
        raise src.error(exc) from None
    return src.frame


def _cmd_assess(args: argparse.Namespace) -> int:
    from envindicators import datasets
    from envindicators.model import coerce_frame
    from envindicators.report import assessment

    if args.indicators:
        indicators = coerce_frame(
            _load_model_table(args.indicators, "indicators", "indicator registry", None),
            "indicators",
        )
    else:
        indicators = datasets.load("indicators")
    targets = _load_model_table(args.targets, "targets", "targets table", indicators)
    observations = _load_model_table(
        args.observations, "observations", "observations table", indicators
    )
    table = assessment(targets, observations, indicators, how=args.pairing)
    if args.observed_only:
        table = table[table["status"] != "no observation"]
    if args.format == "markdown":
        table = table[list(_ASSESS_MARKDOWN)]
    _write_table(table, args.format, args.out)
    if args.out not in (None, "-"):
        counts = table["status"].value_counts()
        summary = ", ".join(f"{int(n)} {s}" for s, n in counts.items() if n)
        print(f"{args.out}: {len(table)} targets: {summary or 'none'}")
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# audit
# ---------------------------------------------------------------------------------------
_AUDIT_TABLES = ("observations", "progress_summaries")
_KEYS = {"obs_id": "observations", "summary_id": "progress_summaries", "target_id": "targets",
         "task_id": "tasks", "relation_id": "relations", "code": "indicators"}  # fmt: skip


def _typed_table(src: _Csv, name: str) -> pd.DataFrame:
    """The CSV typed by the bundled table's schema; errors name the line and column."""
    from envindicators import datasets
    from envindicators.errors import DatasetError

    try:
        return datasets.typed(src.frame, name, extra="keep", required=True)  # type: ignore[arg-type]
    except DatasetError as exc:
        where = src.path if exc.row is None else src.where(exc.row)
        raise CommandError(f"{where}: {exc}" if exc.row is None else f"{where}, {exc}") from None


def _cmd_audit(args: argparse.Namespace) -> int:
    from envindicators import audit

    tables = None
    if args.file is not None:
        src = _Csv(args.file, "table")
        name = args.table
        if name is None:
            found = [t for k, t in _KEYS.items() if k in src.frame.columns]
            if len(found) != 1:
                raise CommandError(
                    f"{args.file}: cannot tell which table this is (no single key column of "
                    f"{', '.join(_KEYS)}); say it with --table"
                )
            name = found[0]
            if name not in _AUDIT_TABLES:
                raise CommandError(
                    f"{args.file} looks like a {name} table; the audit checks "
                    f"{' and '.join(_AUDIT_TABLES)} tables"
                )
        tables = {name: _typed_table(src, name)}
    findings = audit.report(tables=tables)
    _write_table(findings, args.format, args.out)
    if args.out not in (None, "-"):
        counts = findings["verdict"].astype("string").fillna("unknown").value_counts()
        summary = ", ".join(f"{int(n)} {v}" for v, n in counts.items())
        print(f"{args.out}: {len(findings)} checks: {summary or 'none'}")
    if args.strict and (findings["verdict"].astype("string") == "inconsistent").any():
        return EXIT_DATA
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------
def _cmd_report(args: argparse.Namespace) -> int:
    import warnings

    from envindicators.report import build_report

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        result = build_report(
            args.out,
            force=args.force,
            figures=not args.no_figures,
            labels=args.labels,
            font=args.font,
            trend=None if args.trend == "none" else args.trend,
            how=args.pairing,
            dpi=args.dpi,
        )
    for w in caught:
        if issubclass(w.category, RuntimeWarning):
            print(f"{PROG} report: warning: {w.message}", file=sys.stderr)
    print(result.path)
    print(result.summary())
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------------------
class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


def _add_output_options(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """``--format`` (the first of ``formats`` by default) and ``--out``/``-o`` FILE."""
    p.add_argument("--format", choices=formats, default=formats[0], help="output format")
    p.add_argument("--out", "-o", metavar="FILE", help="write to FILE instead of stdout")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Numbers in Chinese environmental-inspection reports, as data.",
        epilog=(
            "examples:\n"
            "  envindicators parse '到2020年，PM2.5浓度下降到42微克/立方米'\n"
            "  envindicators convert 1.5 万吨/日 m3/d --context water\n"
            "  envindicators assess --targets t.csv --observations o.csv --format markdown\n"
            "  envindicators report --out report/\n\n"
            "exit status: 0 ok, 1 bad data or processing error, 2 usage error"
        ),
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    # parse
    p = sub.add_parser(
        "parse",
        help="find the quantities in Chinese text (→ table)",
        description=(
            "Find every quantity in a text (1.5万吨/日, 约7000余吨, 同比下降2.6%, 提高2.4个百分点 "
            "…) and print a table: span, text, value (multipliers applied, signed for "
            "decreases), unit, qualifier, kind, baseline.  Text comes from TEXT, --file, or "
            "standard input."
        ),
        formatter_class=_Formatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("text", nargs="?", metavar="TEXT", help="the text to parse")
    src.add_argument("--file", "-f", metavar="F", help="read the text from file F ('-': stdin)")
    p.add_argument("--encoding", default="utf-8", help="encoding of the file (default utf-8)")
    _add_output_options(p, ("csv", "markdown", "json"))
    p.add_argument(
        "--with-context",
        action="store_true",
        help="add the 'before' and 'after' columns (text around each figure)",
    )
    p.add_argument(
        "--context", type=int, default=10, metavar="N", help="characters of context (default 10)"
    )
    p.set_defaults(func=_cmd_parse, parser=p)

    # convert
    p = sub.add_parser(
        "convert",
        help="convert a value between units (亩 → ha, 万吨/日 → m3/d)",
        description="Convert VALUE from UNIT to TO with the envindicators unit registry.",
        epilog="example: envindicators convert 16833 亩 ha",
        formatter_class=_Formatter,
    )
    p.add_argument("value", type=float, metavar="VALUE", help="a number")
    p.add_argument("unit", metavar="UNIT", help="unit as written, e.g. 亩, 万吨/日, 蒸吨/小时")
    p.add_argument("to", metavar="TO", help="target unit, e.g. ha, m3/d, MW")
    p.add_argument(
        "--context",
        "-c",
        action="append",
        choices=("water", "steam", "points"),
        help="pint context to enable (repeatable): water (t ↔ m3), steam (蒸吨/小时 ↔ MW), "
        "points (百分点 ↔ %%)",
    )
    p.set_defaults(func=_cmd_convert, parser=p)

    # assess
    p = sub.add_parser(
        "assess",
        help="gap and status of targets against observations (CSV → CSV/markdown)",
        description=(
            "Pair each target with an observation of the same indicator and region, "
            "compute the gap, whether the target is met and, with a baseline, the schedule "
            "progress (序时进度).  The CSV files have the columns of the bundled tables "
            "(see datasets/README.md); the bundled indicator registry is the default."
        ),
        formatter_class=_Formatter,
    )
    p.add_argument("--targets", "-t", required=True, metavar="T.csv", help="targets table")
    p.add_argument(
        "--observations", "-O", required=True, metavar="O.csv", help="observations table"
    )
    p.add_argument(
        "--indicators", "-i", metavar="I.csv", help="indicator registry (default: bundled)"
    )
    p.add_argument(
        "--pairing",
        choices=("latest", "by_deadline"),
        default="by_deadline",
        help="observation paired with a target: the latest on or before the deadline "
        "(default), or the latest",
    )
    p.add_argument("--observed-only", action="store_true", help="leave out unmatched targets")
    _add_output_options(p, ("csv", "markdown"))
    p.set_defaults(func=_cmd_assess, parser=p)

    # audit
    p = sub.add_parser(
        "audit",
        help="run the consistency checks (bundled data or a CSV)",
        description=(
            "Run the consistency checks of envindicators.audit over the bundled datasets, "
            "or over FILE.csv in place of the bundled table of the same kind."
        ),
        formatter_class=_Formatter,
    )
    p.add_argument("file", nargs="?", metavar="FILE.csv", help="a table to check")
    p.add_argument(
        "--table",
        choices=_AUDIT_TABLES,
        help="which table FILE is (default: guessed from its key column)",
    )
    _add_output_options(p, ("csv", "markdown"))
    p.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a check is inconsistent"
    )
    p.set_defaults(func=_cmd_audit, parser=p)

    # report
    p = sub.add_parser(
        "report",
        help="write the markdown report with figures over the bundled datasets",
        description=(
            "Write DIR/report.md (target gaps per region, 序时进度, completion-rate "
            "statements, audit findings) and DIR/figures/*.png over the bundled datasets.  "
            "A non-empty DIR is refused unless it holds a previous report or --force is "
            "given."
        ),
        formatter_class=_Formatter,
    )
    p.add_argument(
        "--out",
        "-o",
        default="envindicators-report",
        metavar="DIR",
        help="output folder (default ./envindicators-report)",
    )
    p.add_argument("--force", action="store_true", help="write into a non-empty folder")
    p.add_argument("--no-figures", action="store_true", help="markdown only")
    p.add_argument(
        "--labels",
        choices=("auto", "zh", "en"),
        default="auto",
        help="figure labels: Chinese when a CJK font is found (auto), or force one",
    )
    p.add_argument(
        "--font", metavar="FILE", help="CJK font file or family (else $ENVINDICATORS_CJK_FONT)"
    )
    p.add_argument(
        "--trend",
        choices=("ols", "theil_sen", "none"),
        default="ols",
        help="trend drawn in the trajectories (default ols)",
    )
    p.add_argument(
        "--pairing", choices=("latest", "by_deadline"), default="by_deadline", help="see assess"
    )
    p.add_argument("--dpi", type=int, default=120, help="figure resolution (default 120)")
    p.set_defaults(func=_cmd_report, parser=p)
    return parser


def _expected(exc: BaseException) -> bool:
    """Errors that are the user's data or environment, not a bug: reported in one line."""
    if isinstance(exc, EnvIndicatorsError | ValueError | OSError):
        return True
    pint = sys.modules.get("pint")
    return pint is not None and isinstance(exc, pint.PintError)


def _message(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"{exc.filename}: no such file"
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    text = str(exc).strip()
    first, _, rest = text.partition("\n")
    # keep the caret pointer of parse errors, which spans a few indented lines
    return text if rest.startswith("    ") else first or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 data error, 2 usage)."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DATA
    except Exception as exc:
        if not _expected(exc):
            raise
        print(f"{PROG} {args.command}: error: {_message(exc)}", file=sys.stderr)
        return EXIT_DATA


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
