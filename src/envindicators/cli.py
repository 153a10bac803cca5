"""Command-line interface: ``envindicators`` (console script) and ``python -m envindicators``.

Subcommands::

    envindicators parse TEXT | --file F [--format csv|markdown|json] [--out F]
    envindicators convert VALUE UNIT TO [--context water|steam|points]
    envindicators assess --targets T.csv --observations O.csv [--indicators I.csv] …
    envindicators audit [FILE.csv] [--table NAME] [--format csv|markdown]
    envindicators report [--out DIR] [--data DIR …] [--no-bundled] [--force] …
    envindicators extract REPORT.txt --out DIR [--region R] [--published DATE]
                          [--min-confidence LEVEL] [--force]

Exit status: 0 success; 1 bad data or a processing error (unreadable or malformed CSV,
unparseable figure, incompatible units, occupied output folder), with one line
``envindicators <command>: error: …`` on stderr naming the file, line and column; 2 usage
error (argparse); 130 interrupted (Ctrl-C), 143 terminated (SIGTERM) — an interrupted run
leaves its previous output as it was (:mod:`envindicators._output`).  Every file is
written atomically and never over a file envindicators did not write.  Files read are
decoded in the encoding given with ``--encoding``, or detected (UTF-8 with or without BOM,
UTF-16, GB18030/GBK).  Long jobs (``parse --file`` of a large file, ``report``) show a
progress bar on stderr when it is a terminal (``--quiet``: none).

Importing this module is cheap: pandas, pint, matplotlib and the analytics load inside the
subcommand that needs them, so ``envindicators --help`` is fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any

from envindicators._version import __version__
from envindicators.errors import EnvIndicatorsError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "CommandError", "main"]

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
PROG = "envindicators"


class _Choices(Sequence[str]):
    """An option's choices, read from their one home in the library when first needed.

    argparse reads ``choices`` only to check a value given on the command line and to
    show help; reading them then (not when the parser is built) keeps ``import
    envindicators.cli`` and ``envindicators --help`` free of pandas and pint, and the
    command line offers exactly what the library accepts — no copy to keep equal.  The
    option needs a ``metavar`` (argparse would list the choices while building).
    """

    def __init__(self, home: Callable[[], Sequence[str]]) -> None:
        self._home = home
        self._values: tuple[str, ...] | None = None

    def _read(self) -> tuple[str, ...]:
        if self._values is None:
            self._values = tuple(self._home())
        return self._values

    def __getitem__(self, i: Any) -> Any:
        return self._read()[i]

    def __len__(self) -> int:
        return len(self._read())

    def __contains__(self, value: object) -> bool:
        return value in self._read()

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __repr__(self) -> str:
        return repr(self._read())


def _pairing_rules() -> Sequence[str]:
    from envindicators.analytics import PAIRING_RULES

    return PAIRING_RULES


def _unit_contexts() -> Sequence[str]:
    from envindicators.units.convert import KNOWN_CONTEXTS

    return KNOWN_CONTEXTS


def _confidence_levels() -> Sequence[str]:
    from envindicators.units.vocab import Confidence

    return [c.value for c in reversed(Confidence)]  # low, medium, high: least sure first


#: ``--pairing`` choices: :data:`envindicators.analytics.PAIRING_RULES`, read when needed.
PAIRING_CHOICES: Sequence[str] = _Choices(_pairing_rules)
#: ``--context`` choices: :data:`envindicators.units.convert.KNOWN_CONTEXTS`.
CONTEXT_CHOICES: Sequence[str] = _Choices(_unit_contexts)
#: ``--min-confidence`` choices: :class:`envindicators.units.vocab.Confidence`.
CONFIDENCE_CHOICES: Sequence[str] = _Choices(_confidence_levels)


class CommandError(EnvIndicatorsError):
    """An expected failure of a subcommand; its message is printed as the error line."""


# ---------------------------------------------------------------------------------------
# Input and output helpers
# ---------------------------------------------------------------------------------------
def _read_text(path: str, encoding: str | None) -> str:
    """A text file (``-``: standard input), decoded as given or detected."""
    from envindicators.datasets import decode_text, read_text

    if path == "-":
        return decode_text(sys.stdin.buffer.read(), encoding, source="<stdin>")
    return read_text(path, encoding)


class _TableWriter:
    """Writes a table in CSV, markdown or JSON, in pieces (the header once)."""

    def __init__(self, fmt: str, fh: IO[str]) -> None:
        self.fmt = fmt
        self.fh = fh
        self.first = True
        self.rows = 0

    def write(self, df: pd.DataFrame) -> None:
        if self.fmt == "csv":
            self.fh.write(df.to_csv(index=False, header=self.first, date_format="%Y-%m-%d"))
        elif self.fmt == "json":
            import json

            records = json.loads(df.to_json(orient="records", date_format="iso"))
            for record in records:
                text = json.dumps(record, ensure_ascii=False, indent=1)
                self.fh.write(("[\n" if self.rows == 0 else ",\n") + _indent(text))
                self.rows += 1
        else:
            from envindicators.report import markdown_table

            lines = markdown_table(df).split("\n")
            self.fh.write("\n".join(lines if self.first else lines[2:]) + "\n")
        if self.fmt != "json":
            self.rows += len(df)
        self.first = False

    def close(self) -> None:
        if self.fmt == "json":
            self.fh.write("\n]\n" if self.rows else "[]\n")


def _indent(text: str) -> str:
    return "\n".join(" " + line for line in text.split("\n"))


@contextlib.contextmanager
def _output(out: str | None, job: str) -> Iterator[IO[str]]:
    """Standard output, or the file ``out`` written safely (:func:`_output.output_file`)."""
    if out is None or out == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    from envindicators._output import output_file

    with output_file(out, job=job, newline="") as fh:
        yield fh


def _write_table(df: pd.DataFrame, fmt: str, out: str | None, job: str) -> None:
    with _output(out, job) as fh:
        writer = _TableWriter(fmt, fh)
        writer.write(df)
        writer.close()


def _progress(label: str, total: float, args: argparse.Namespace, unit: str = "B") -> Any:
    from envindicators._progress import Progress

    return Progress(label, total, quiet=args.quiet, unit=unit)


# ---------------------------------------------------------------------------------------
# parse
# ---------------------------------------------------------------------------------------
def _quantities_of_file(
    path: str,
    encoding: str | None,
    context: int,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[pd.DataFrame]:
    """:func:`~envindicators.units.extract_quantities` of a file, block by block.

    The file is read in blocks that end at a line break (:func:`datasets.iter_text`), so
    memory stays bounded whatever its size; ``start``/``end`` are offsets into the whole
    file's text, and ``before``/``after`` take their characters across block boundaries:
    the rows are those of ``extract_quantities(whole text)`` (a figure never spans a line
    break).
    """
    import numpy as np

    from envindicators.datasets import iter_text
    from envindicators.units import extract_quantities

    pending: tuple[int, str, pd.DataFrame] | None = None
    tail = ""  # the last `context` characters before the pending block

    def finish(offset: int, block: str, df: pd.DataFrame, head: str) -> pd.DataFrame:
        if context > 0 and len(df):
            start = df["start"].to_numpy()
            end = df["end"].to_numpy()
            early = np.flatnonzero(start < context)
            if len(early) and tail:
                window = tail + block
                df.loc[df.index[early], "before"] = [
                    window[max(0, len(tail) + a - context) : len(tail) + a] for a in start[early]
                ]
            late = np.flatnonzero(end > len(block) - context)
            if len(late) and head:
                window = block + head
                df.loc[df.index[late], "after"] = [window[b : b + context] for b in end[late]]
        df["start"] += offset
        df["end"] += offset
        return df

    for offset, block in iter_text(path, encoding, on_bytes=on_bytes):
        df = extract_quantities(block, context=context)
        if pending is not None:
            p_off, p_block, p_df = pending
            yield finish(p_off, p_block, p_df, block[:context])
            tail = (tail + p_block[-context:])[-context:] if context else ""
        pending = (offset, block, df)
    if pending is not None:
        yield finish(*pending, "")


def _cmd_parse(args: argparse.Namespace) -> int:
    from envindicators.units import extract_quantities

    keep = (lambda df: df) if args.with_context else _drop_context
    if args.file is not None and args.file != "-":
        size = Path(args.file).stat().st_size
        with _progress("parse", size, args) as bar, _output(args.out, "parse") as fh:
            writer = _TableWriter(args.format, fh)
            for df in _quantities_of_file(args.file, args.encoding, args.context, bar.update):
                writer.write(keep(df))
            writer.close()
        return EXIT_OK
    if args.file == "-":
        text = _read_text("-", args.encoding)
    elif args.text is not None:
        text = args.text
    elif not sys.stdin.isatty():
        text = _read_text("-", args.encoding)
    else:
        args.parser.error("give TEXT, --file F, or text on standard input")
    _write_table(keep(extract_quantities(text, context=args.context)), args.format, args.out,
                 "parse")  # fmt: skip
    return EXIT_OK


def _drop_context(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop(columns=[c for c in ("before", "after") if c in df.columns])


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


def _columns_help() -> str:
    """The minimal columns of the tables a user gives (computed when help is shown)."""
    from envindicators.datasets import MINIMAL_COLUMNS

    order = ("targets", "observations", "indicators", "documents", "tasks",
             "progress_summaries", "relations")  # fmt: skip
    rows = "\n".join(f"  {name:<19}{', '.join(MINIMAL_COLUMNS[name])}" for name in order)
    import textwrap

    intro = (
        "tables and their required columns (every other column of the bundled schema, "
        "datasets/README.md, is optional; columns of your own are kept):"
    )
    outro = (
        "A target or observation gives a number and its unit as written (number 31, "
        "unit_written mg/m3): it is converted to the indicator's unit (value, unit); a "
        "value column, when given, must agree.  Rows without an id (target_id, obs_id …) "
        "get FILE:LINE.  Files are decoded as --encoding says, or detected: UTF-8 (with or "
        "without BOM), UTF-16, GB18030/GBK."
    )
    return f"{textwrap.fill(intro, 80)}\n{rows}\n\n{textwrap.fill(outro, 80)}"


def _cmd_assess(args: argparse.Namespace) -> int:
    from envindicators import datasets
    from envindicators.report import assessment

    enc = args.encoding
    if args.indicators:
        # a user's registry may hold only what it adds (extract's proposed indicators), as
        # `report --data` reads it: the bundled codes it does not define stay known
        indicators = datasets.with_bundled_indicators(
            datasets.read_csv(args.indicators, "indicators", encoding=enc)
        )
    else:
        indicators = datasets.load("indicators")
    targets = datasets.read_csv(args.targets, "targets", encoding=enc, indicators=indicators)
    observations = datasets.read_csv(
        args.observations, "observations", encoding=enc, indicators=indicators
    )
    table = assessment(targets, observations, indicators, how=args.pairing)
    if args.observed_only:
        table = table[table["status"] != "no observation"]
    if args.format == "markdown":
        table = table[list(_ASSESS_MARKDOWN)]
    _write_table(table, args.format, args.out, "assess")
    if args.out not in (None, "-"):
        from envindicators.report import STATUSES, _targets_text

        counts = {s: int((table["status"] == s).sum()) for s in STATUSES}
        print(f"{args.out}: {_targets_text(counts)}")
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# audit
# ---------------------------------------------------------------------------------------
_AUDIT_TABLES = ("observations", "progress_summaries")


def _key_columns() -> dict[str, str]:
    """Key column → table, for the tables whose (first) key column no other table has
    (obs_id → observations; not documents' source): from :data:`envindicators.model.TABLES`."""
    from envindicators.model import TABLES

    columns = {name: {c.name for c in t.columns} for name, t in TABLES.items()}
    keys = {name: (t.key or t.compound_key[0]) for name, t in TABLES.items()}
    return {
        key: name
        for name, key in keys.items()
        if not any(key in cols for other, cols in columns.items() if other != name)
    }


def _header(path: str, encoding: str | None) -> list[str]:
    import csv
    import io

    text = _read_text(path, encoding)
    for record in csv.reader(io.StringIO(text, newline="")):
        if any(c.strip() for c in record):
            return [c.strip() for c in record]
    raise CommandError(f"{path}: empty file (expected a table with a header row)")


def _cmd_audit(args: argparse.Namespace) -> int:
    from envindicators import audit, datasets

    tables = None
    if args.file is not None:
        name = args.table
        if name is None:
            columns = _header(args.file, args.encoding)
            keys = _key_columns()
            found = [t for k, t in keys.items() if k in columns]
            if len(found) != 1:
                raise CommandError(
                    f"{args.file}: cannot tell which table this is (no single key column of "
                    f"{', '.join(keys)}); say it with --table"
                )
            name = found[0]
            if name not in _AUDIT_TABLES:
                raise CommandError(
                    f"{args.file} looks like a {name} table; the audit checks "
                    f"{' and '.join(_AUDIT_TABLES)} tables"
                )
        tables = {name: datasets.read_csv(args.file, name, encoding=args.encoding)}
    findings = audit.report(tables=tables)
    findings = findings.assign(in_words=audit.in_words(findings))
    _write_table(findings, args.format, args.out, "audit")
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

    tables = origin = None
    if args.no_bundled and not args.data:
        args.parser.error("--no-bundled needs your tables: give them with --data DIR")
    if args.data:
        from envindicators import datasets

        tables = datasets.read_tables(args.data, bundled=not args.no_bundled,
                                      encoding=args.encoding)  # fmt: skip
        folders = ", ".join(args.data)
        origin = folders if args.no_bundled else f"the bundled datasets and {folders}"
    with (
        warnings.catch_warnings(record=True) as caught,
        _progress("report", 0, args, unit="steps") as bar,
    ):
        warnings.simplefilter("always", RuntimeWarning)

        def progress(done: int, total: int) -> None:
            bar.total = float(total)
            bar.update(done)

        result = build_report(
            args.out,
            tables=tables,
            origin=origin,
            force=args.force,
            figures=not args.no_figures,
            labels=args.labels,
            font=args.font,
            trend=None if args.trend == "none" else args.trend,
            how=args.pairing,
            dpi=args.dpi,
            progress=progress,
        )
    for w in caught:
        if issubclass(w.category, RuntimeWarning):
            print(f"{PROG} report: warning: {w.message}", file=sys.stderr)
    print(result.path)
    print(result.summary())
    return EXIT_OK


#: Files written by ``extract`` besides the tables: the span and review reasons of every
#: row, and the figures that became no row.
EXTRACT_EXTRA = ("provenance.csv", "unread.csv", "context.csv")
EXTRACT_TABLES = (
    "documents", "indicators", "observations", "targets", "tasks", "progress_summaries",
)  # fmt: skip


def _cmd_extract(args: argparse.Namespace) -> int:
    from envindicators._output import OutputFolder
    from envindicators.extract import read_report

    text = _read_text(args.report, args.encoding)
    source = args.source or ("report.txt" if args.report == "-" else Path(args.report).name)
    tables = read_report(
        text,
        source=source,
        region=args.region,
        published=args.published,
        min_confidence=args.min_confidence,
    )
    frames = {
        **tables.tables(),
        "provenance": tables.provenance,
        "unread": tables.unread,
        "context": tables.context,
    }
    with OutputFolder(
        args.out,
        job="extract",
        primary="observations.csv",
        force=args.force,
        expect=[f"{n}.csv" for n in (*EXTRACT_TABLES, "provenance", "unread", "context")],
    ) as folder:
        for name, frame in frames.items():
            if name == "observations":
                continue
            frame.to_csv(folder.path(f"{name}.csv"), index=False, date_format="%Y-%m-%d")
        frames["observations"].to_csv(
            folder.path("observations.csv"), index=False, date_format="%Y-%m-%d"
        )
        folder.commit()
    review = sum(int(f["needs_review"].fillna(False).sum()) for f in tables.tables().values()
                 if "needs_review" in f.columns)  # fmt: skip
    print(folder.root)
    print(
        f"{len(tables.observations)} observations, {len(tables.targets)} targets, "
        f"{len(tables.tasks)} tasks, {len(tables.progress_summaries)} progress summaries, "
        f"{len(tables.indicators)} proposed indicators; {review} rows need review "
        f"(needs_review), {len(tables.unread)} figures unread (unread.csv)"
    )
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------------------
class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose epilog may be computed when help is shown
    (``set_defaults(epilog_from=callable)``), so that ``--help`` of the other commands
    stays free of heavy imports."""

    def format_help(self) -> str:
        make = self.get_default("epilog_from")
        if callable(make):
            self.epilog = make()
        return super().format_help()


def _add_output_options(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """``--format`` (the first of ``formats`` by default) and ``--out``/``-o`` FILE."""
    p.add_argument("--format", choices=formats, default=formats[0], help="output format")
    p.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help="write to FILE instead of stdout (atomically; never over a file envindicators "
        "did not write)",
    )


def _add_encoding(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding",
        "-e",
        metavar="ENC",
        help="encoding of the files read (default: detected — UTF-8 with or without BOM, "
        "UTF-16, GB18030/GBK)",
    )


def _add_quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar (shown only on a terminal)"
    )


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Numbers in Chinese environmental-inspection reports, as data.",
        epilog=(
            "examples:\n"
            "  envindicators parse '到2020年，PM2.5浓度下降到42微克/立方米'\n"
            "  envindicators convert 1.5 万吨/日 m3/d --context water\n"
            "  envindicators assess --targets t.csv --observations o.csv --format markdown\n"
            "  envindicators report --out report/ --data my-tables/\n\n"
            "exit status: 0 ok, 1 bad data or processing error, 2 usage error, "
            "130 interrupted"
        ),
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    # parse
    p = sub.add_parser(
        "parse",
        help="find the quantities in Chinese text (→ table)",
        description=(
            "Find every quantity in a text (1.5万吨/日, 约7000余吨, 同比下降2.6%, 提高2.4个百分点 "
            "…) and print a table: span, text, value (multipliers applied, signed for "
            "decreases), unit, qualifier, kind, baseline.  Text comes from TEXT, --file, or "
            "standard input.  A file is read paragraph by paragraph, in bounded memory "
            "whatever its size, and the rows are written as they are found (start and end "
            "are offsets into the whole file's text)."
        ),
        formatter_class=_Formatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("text", nargs="?", metavar="TEXT", help="the text to parse")
    src.add_argument("--file", "-f", metavar="F", help="read the text from file F ('-': stdin)")
    _add_encoding(p)
    _add_output_options(p, ("csv", "markdown", "json"))
    p.add_argument(
        "--with-context",
        action="store_true",
        help="add the 'before' and 'after' columns (text around each figure)",
    )
    p.add_argument(
        "--context", type=int, default=10, metavar="N", help="characters of context (default 10)"
    )
    _add_quiet(p)
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
        choices=CONTEXT_CHOICES,
        metavar="CONTEXT",
        help="pint context to enable (repeatable), one of %(choices)s: water (t ↔ m3), "
        "steam (蒸吨/小时 ↔ MW), points (百分点 ↔ %%)",
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
            "(see datasets/README.md; the required ones below); the bundled indicator "
            "registry is the default."
        ),
        formatter_class=_Formatter,
    )
    p.add_argument("--targets", "-t", required=True, metavar="T.csv", help="targets table")
    p.add_argument(
        "--observations", "-O", required=True, metavar="O.csv", help="observations table"
    )
    p.add_argument(
        "--indicators",
        "-i",
        metavar="I.csv",
        help="indicator registry: its rows, then the bundled indicators of other codes "
        "(default: bundled)",
    )
    p.add_argument(
        "--pairing",
        choices=PAIRING_CHOICES,
        metavar="RULE",
        default="by_deadline",
        help="%(choices)s — observation paired with a target: by_deadline, the latest on "
        "or before the deadline (default); at_deadline, the first on or after the deadline "
        "(the outcome at the deadline), else the latest before it; latest, the latest",
    )
    p.add_argument("--observed-only", action="store_true", help="leave out unmatched targets")
    _add_encoding(p)
    _add_output_options(p, ("csv", "markdown"))
    p.set_defaults(func=_cmd_assess, parser=p, epilog_from=_columns_help)

    # audit
    p = sub.add_parser(
        "audit",
        help="run the consistency checks (bundled data or a CSV)",
        description=(
            "Run the consistency checks of envindicators.audit over the bundled datasets, "
            "or over FILE.csv in place of the bundled table of the same kind.  The last "
            "column, in_words, says each finding in plain words."
        ),
        formatter_class=_Formatter,
    )
    p.add_argument("file", nargs="?", metavar="FILE.csv", help="a table to check")
    p.add_argument(
        "--table",
        choices=_AUDIT_TABLES,
        help="which table FILE is (default: guessed from its key column)",
    )
    _add_encoding(p)
    _add_output_options(p, ("csv", "markdown"))
    p.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a check is inconsistent"
    )
    p.set_defaults(func=_cmd_audit, parser=p, epilog_from=_columns_help)

    # report
    p = sub.add_parser(
        "report",
        help="write the markdown report with figures (bundled datasets and/or yours)",
        description=(
            "Write DIR/report.md (target gaps per region, 序时进度, completion-rate "
            "statements, audit findings) and DIR/figures/*.png over the bundled datasets, "
            "your own tables (--data, merged with the bundled ones or, with --no-bundled, "
            "instead of them), or both.\n\n"
            "Nothing of yours is lost: DIR/.envindicators-manifest.json lists the files the "
            "report wrote, and only those are overwritten or removed on a re-run — a file "
            "you put in DIR or DIR/figures stays, whatever the options; a figures folder or "
            "report.md that is a symbolic link is refused.  The report is written to a "
            "staging folder and moved into place at the end: an interrupted run leaves the "
            "previous report as it was.  A second run into the same DIR at the same time "
            "fails at once.  A non-empty DIR that holds no previous report is refused "
            "unless --force is given."
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
    p.add_argument(
        "--data",
        "-d",
        action="append",
        metavar="DIR",
        help="a folder of your tables (targets.csv, observations.csv, indicators.csv, "
        "documents.csv, tasks.csv, progress_summaries.csv, relations.csv — any of them); "
        "repeatable",
    )
    p.add_argument(
        "--no-bundled",
        action="store_true",
        help="leave out the bundled datasets: only the --data tables (the bundled indicator "
        "registry is still used when no folder has an indicators.csv)",
    )
    _add_encoding(p)
    p.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty folder (its files are never overwritten)",
    )
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
        "--pairing",
        choices=PAIRING_CHOICES,
        metavar="RULE",
        default="by_deadline",
        help="%(choices)s (default by_deadline): see assess",
    )
    p.add_argument("--dpi", type=int, default=120, help="figure resolution (default 120)")
    _add_quiet(p)
    p.set_defaults(func=_cmd_report, parser=p, epilog_from=_columns_help)

    # extract
    p = sub.add_parser(
        "extract",
        help="read a report's text into tables (observations, targets, tasks …)",
        description=(
            "Read REPORT (a text file, UTF-8 or GB18030/GBK, '-' for standard input) into "
            "DIR/observations.csv, targets.csv, tasks.csv, progress_summaries.csv in the "
            "bundled schemas, with documents.csv (the report), indicators.csv (indicators "
            "proposed for figures no registry entry matches), provenance.csv (the span of "
            "every row and why it needs review), unread.csv (figures that became no row) and "
            "context.csv (figures that measure nothing: counts of divisions or groups, "
            "durations, class bounds, a standard's value …, role context). "
            "Rows with needs_review=True have a link the text does not give or that is "
            "ambiguous.  Then: envindicators report --data DIR.  The folder is written "
            "atomically; files envindicators did not write are never overwritten (a "
            "non-empty folder needs --force)."
        ),
        formatter_class=_Formatter,
    )
    p.add_argument("report", metavar="REPORT", help="the report's text file ('-': stdin)")
    p.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder")
    p.add_argument("--source", metavar="NAME", help="document name (default: the file name)")
    p.add_argument("--region", metavar="R", help="the report's region (default: from its title)")
    p.add_argument(
        "--published", metavar="DATE", help="publication date YYYY-MM-DD (undated figures)"
    )
    p.add_argument(
        "--min-confidence",
        choices=CONFIDENCE_CHOICES,
        metavar="LEVEL",
        default=None,
        help="%(choices)s: keep only rows at least this sure (default: all); the others go "
        "to unread.csv",
    )
    _add_encoding(p)
    p.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty folder (its files are never overwritten)",
    )
    p.set_defaults(func=_cmd_extract, parser=p)
    return parser


def _expected(exc: BaseException) -> bool:
    """Errors that are the user's data or environment, not a bug: reported in one line."""
    if isinstance(exc, EnvIndicatorsError | ValueError | OSError):
        return True
    pint = sys.modules.get("pint")
    return pint is not None and isinstance(exc, pint.PintError)


def _message(exc: BaseException) -> str:
    from envindicators.errors import EncodingError

    if isinstance(exc, EncodingError):
        return exc.describe("--encoding")
    cli_message = getattr(exc, "cli_message", None)
    if isinstance(cli_message, str):
        return cli_message
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"{exc.filename}: no such file"
    if isinstance(exc, IsADirectoryError) and exc.filename:
        return f"{exc.filename}: is a folder, not a file"
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    text = str(exc).strip()
    first, _, rest = text.partition("\n")
    # keep the caret pointer of parse errors, which spans a few indented lines
    return text if rest.startswith("    ") else first or type(exc).__name__


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """SIGTERM ends the command like Ctrl-C does: through the clean-up of its output."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(EXIT_TERMINATED)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 data error, 2 usage).

    Parameters
    ----------
    argv : Sequence[str], optional
        TODO.

    Returns
    -------
    int
        TODO.
    """
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        with _terminate_as_exit():
            return int(args.func(args))
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted; its output is unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
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
