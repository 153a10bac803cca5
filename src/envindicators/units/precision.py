"""What a figure's written form says of its precision: its decimals, multiplier and step.

A report's figure is a rounded number: ``94.0%`` states one decimal, ``33.3万方`` one
decimal of 万 (a resolution of 1 000 方), ``7000余`` a step of 1 000 to the next figure of
its last non-zero digit.  These are read **from the written text**, never from the float
(``94.0`` and ``94`` are different statements), and they are read here once for the
library: the audit's intervals (:mod:`envindicators.audit.precision`, which documents the
interval each reading stands for and re-exports :func:`decimals`), the analytics' tolerance
of a reported rate (:func:`envindicators.analytics.infer_rate_definition`) and the
extractor's reading of a change in points (``extract._points``) all call these functions.

======================  ====  =======  ====================================================
written                 d     k        resolution :math:`10^{-d} k` / step
======================  ====  =======  ====================================================
``94%``                 0     1        1 / 1
``94.0%``               1     1        0.1 / 0.1 (trailing zeros are written)
``33.3万方``            1     10⁴      1 000 / 1 000
``7000余``              0     1        1 / 1 000 (the last non-zero digit's place)
``三千吨``              —     —        read at its last non-zero digit: 1 000 / 1 000
``三分之一``            —     —        a fraction is exact: resolution 0
======================  ====  =======  ====================================================
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal, InvalidOperation

import numpy as np
import pandas as pd

from envindicators.units.registry import SCALE_WORDS

__all__ = ["decimals", "last_place", "token_step", "written_figures"]

# An Arabic figure, whole (not part of a longer digit run) and not a date (2017年, 8月8日).
_TOKEN = re.compile(r"(?<![\d.])(?P<tok>\d+(?:\.\d+)?)(?![\d.])(?![年月日号])")
_FRACTION = re.compile(r"[一二三四五六七八九十两\d]\s*分之")
_MULTIPLIERS = np.array([1.0, *sorted({float(v) for v in SCALE_WORDS.values()})])


def last_place(figure: str | float) -> int:
    """The power of ten of a figure's last non-zero digit.

    A string is read as written (``"7000"`` → 3, ``"1.80"`` → −1); a float as its shortest
    representation (``1.8`` → −1).  Zero, and a float that is not finite, give 0.

    Parameters
    ----------
    figure : str or float
        Digits as written (an Arabic number), or a value.

    Returns
    -------
    int
        The exponent ``e`` of the place ``10**e`` of the last non-zero digit.

    Examples
    --------
    >>> last_place("7000"), last_place("1.80"), last_place(0.05), last_place(0.0)
    (3, -1, -2, 0)
    """
    if isinstance(figure, str):
        number = Decimal(figure)
    else:
        x = float(figure)
        if not math.isfinite(x):
            return 0
        try:
            number = Decimal(repr(abs(x)))
        except InvalidOperation:  # pragma: no cover - repr of a finite float always parses
            return 0
    if number == 0:
        return 0
    exp = number.normalize().as_tuple().exponent
    return int(exp) if isinstance(exp, int) else 0


def _place_value(x: float) -> float:
    """Place value of the last non-zero digit of ``|x|`` (7000 → 1000, 1.8 → 0.1, 0 → 1)."""
    return 10.0 ** last_place(x)


@functools.cache
def token_step(token: str) -> float:
    """The place value of the last non-zero digit of a figure's digits (its step).

    Parameters
    ----------
    token : str
        An Arabic number as written.

    Returns
    -------
    float
        ``10**e`` (:func:`last_place`): the step of 余/多 after it; 1 for zero.

    Examples
    --------
    >>> token_step("7000"), token_step("1.8"), token_step("11470")
    (1000.0, 0.1, 10.0)
    """
    return 10.0 ** last_place(token)


def written_figures(text: pd.Series, number: np.ndarray) -> pd.DataFrame:
    """Decimals, multiplier, resolution and step of each written figure (vectorised).

    The written figure is the last Arabic token whose value times a multiplier
    (1, 十 … 千亿) equals ``|number|``; when none does (``8×200吨/日``) the last token, with
    multiplier 1.  Without Arabic digits the figure is in Chinese numerals: resolution and
    step are the place value of the last non-zero digit of ``|number|``; a fraction
    (``三分之一``) is exact.

    Parameters
    ----------
    text : pandas.Series
        The figures as written (``value_text``; missing values read as empty).
    number : numpy.ndarray
        Each figure's value (multiplier applied; the sign is ignored; NaN matches no token).

    Returns
    -------
    pandas.DataFrame
        One row per figure (a fresh ``RangeIndex``): ``decimals`` (int), ``multiplier``,
        ``resolution`` (:math:`10^{-d} k`; 0 for a fraction), ``step`` (of 余/多) and
        ``written`` (an Arabic token of that value was found).

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> w = written_figures(pd.Series(["33.3万方", "94.0%", "三千吨"]),
    ...                     np.array([333000.0, 94.0, 3000.0]))
    >>> w[["decimals", "multiplier", "resolution"]].to_numpy().tolist()
    [[1.0, 10000.0, 1000.0], [1.0, 1.0, 0.1], [0.0, 1000.0, 1000.0]]
    """
    n = len(text)
    norm = text.reset_index(drop=True).astype("string").fillna("").str.normalize("NFKC")
    absnum = np.abs(number)
    dec = np.zeros(n, dtype=np.int64)
    mult = np.ones(n)
    step = np.ones(n)
    has_token = np.zeros(n, dtype=bool)
    matched = np.zeros(n, dtype=bool)
    found = norm.str.extractall(_TOKEN.pattern)
    if len(found):
        rows = found.index.get_level_values(0).to_numpy()
        order = found.index.get_level_values(1).to_numpy()
        tok = found["tok"].astype(str).to_numpy()
        val = tok.astype(float)
        ok = np.isclose(
            val[:, None] * _MULTIPLIERS[None, :], absnum[rows][:, None], rtol=1e-9, atol=0.0
        )
        any_ok = ok.any(axis=1)
        kidx = np.where(any_ok, ok.argmax(axis=1), 0)
        rank = any_ok * (order.max() + 1) + order  # matching tokens first, then the last one
        best = pd.Series(rank).groupby(rows).idxmax().to_numpy()
        r = rows[best]
        frac = pd.Series(tok[best]).str.partition(".")[2].str.len().to_numpy()
        dec[r] = frac
        mult[r] = _MULTIPLIERS[kidx[best]]
        step[r] = np.array([token_step(t) for t in tok[best]]) * mult[r]
        has_token[r] = True
        matched[r] = any_ok[best]
    chinese = ~has_token
    place = np.array([_place_value(x) for x in absnum])
    mult = np.where(chinese, place, mult)
    step = np.where(chinese, place, step)
    resolution = np.where(chinese, place, 10.0 ** (-dec.astype(float)) * mult)
    fraction = norm.str.contains(_FRACTION.pattern, regex=True).to_numpy(dtype=bool) & chinese
    resolution = np.where(fraction, 0.0, resolution)
    mult = np.where(fraction, 1.0, mult)
    return pd.DataFrame(
        {
            "decimals": dec,
            "multiplier": mult,
            "resolution": resolution,
            "step": step,
            "written": has_token & matched,
        }
    )


def decimals(text: str, number: float | None = None) -> int:
    """Number of decimals of the figure as written.

    The figure is the last Arabic number of ``text`` that is not a date (``2017年``); with
    ``number``, the last one whose value (times a multiplier such as 万) is ``|number|``.
    Trailing zeros count (``94.0%`` → 1).  Figures in Chinese numerals have 0.

    Parameters
    ----------
    text : str
        Text holding the figure (the last Arabic number that is not a date).
    number : float, optional
        The figure's value: the last number whose value (times a multiplier such as 万)
        is ``|number|`` is read.

    Returns
    -------
    int
        Number of decimal places written.

    Examples
    --------
    >>> decimals("同比下降2.6%"), decimals("33.3万方"), decimals("94.0%"), decimals("十余项")
    (1, 1, 1, 0)
    >>> decimals("2018年1-7月共完成83.6公里")
    1
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    num = np.array([np.nan if number is None else float(number)])
    return int(written_figures(pd.Series([text]), num)["decimals"].iloc[0])
