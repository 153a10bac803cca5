"""A progress bar on standard error, for the command line's long jobs (faces layer).

Shown only when standard error is a terminal (never in a pipe, a log file or a notebook
cell's captured output) and not ``quiet``; redrawn at most ten times a second, so it costs
nothing measurable.  One line, rewritten in place with a carriage return, erased at the end::

    parse  41% |████████████▎                 | 20.5/50.0 MB  0:37 elapsed

Hand-written rather than a dependency: this is the whole of it.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

__all__ = ["Progress"]

_BLOCKS = " ▏▎▍▌▋▊▉█"


class Progress:
    """A progress bar for ``total`` units of work (bytes when ``unit="B"``).

    Parameters
    ----------
    label : str
        Shown before the bar (``"parse"``).
    total : float
        Units of work; 0 or less shows a counter without a bar.
    quiet : bool
        Show nothing.
    unit : str
        ``"B"`` (shown in MB) or a word (``"figures"``).
    stream : TextIO or None
        Default: :data:`sys.stderr`.  Nothing is shown unless it is a terminal.
    """

    def __init__(
        self,
        label: str,
        total: float,
        *,
        quiet: bool = False,
        unit: str = "B",
        stream: TextIO | None = None,
    ) -> None:
        self.label = label
        self.total = float(total)
        self.unit = unit
        self.stream = sys.stderr if stream is None else stream
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = not quiet and callable(isatty) and bool(isatty())
        self.done = 0.0
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def advance(self, amount: float = 1.0) -> None:
        """Record ``amount`` more units done.

        Parameters
        ----------
        amount : float, default 1.0
            Units done since the last call.
        """
        self.update(self.done + amount)

    def update(self, done: float) -> None:
        """Record that ``done`` units are done (redraw at most every 0.1 s).

        Parameters
        ----------
        done : float
            Units done so far.
        """
        self.done = float(done)
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and self.done < self.total:
            return
        self._last = now
        self.stream.write("\r" + self.line(now - self._start))
        self.stream.flush()
        self._shown = True

    def line(self, elapsed: float) -> str:
        """The bar's text after ``elapsed`` seconds (no carriage return).

        Parameters
        ----------
        elapsed : float
            Seconds since the start.

        Returns
        -------
        str
            The bar's text.
        """
        width = max(20, min(shutil.get_terminal_size((80, 20)).columns, 100) - 1)
        amount = self._amount(self.done) + (
            f"/{self._amount(self.total)}" if self.total > 0 else ""
        )
        tail = f" {amount} {self.unit_name} {_clock(elapsed)}"
        if self.total <= 0:
            return f"{self.label}{tail}"[:width]
        frac = min(max(self.done / self.total, 0.0), 1.0)
        bar_width = max(10, width - len(self.label) - len(tail) - 8)
        filled = frac * bar_width
        full = int(filled)
        part = _BLOCKS[int((filled - full) * 8)] if full < bar_width else ""
        bar = ("█" * full + part).ljust(bar_width)
        return f"{self.label} {100 * frac:3.0f}% |{bar}|{tail}"[:width]

    @property
    def unit_name(self) -> str:
        """The unit shown (``MB`` for bytes)."""
        return "MB" if self.unit == "B" else self.unit

    def _amount(self, x: float) -> str:
        return f"{x / 1e6:.1f}" if self.unit == "B" else f"{x:.0f}"

    def close(self) -> None:
        """Erase the bar (the job prints its own result)."""
        if self._shown:
            width = max(20, min(shutil.get_terminal_size((80, 20)).columns, 100) - 1)
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
            self._shown = False


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    return f"{m}:{s:02d} elapsed"
