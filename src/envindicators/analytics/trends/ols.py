r"""Linear and log-linear (compound growth) trends by ordinary least squares.

Model
-----
:math:`y_k = a + b\,t_k + \varepsilon_k`, :math:`\varepsilon_k \sim N(0, \sigma^2)`
independent.  ``b`` is in units of ``y`` per unit of ``t`` — **per year** when ``t`` is in
years or datetimes (decimal years), per step for ``t=None``; ``a`` is the value at
``t = 0``.  A single series is fitted with :class:`statsmodels.regression.linear_model.OLS`
One series and many series go through the same vectorised closed form on the centred
design ``[1, t − t̄]`` (better conditioned than raw years), tested against
:class:`statsmodels.regression.linear_model.OLS` (statsmodels is not needed at run time):

.. math::

    \hat b = \frac{S_{ty}}{S_{tt}}, \quad \hat a = \bar y - \hat b \bar t, \quad
    s^2 = \frac{\sum (y_k - \hat a - \hat b t_k)^2}{n-2}, \quad
    \operatorname{se}(\hat b) = \sqrt{s^2/S_{tt}}, \quad
    \operatorname{se}(\hat a) = \sqrt{s^2\,(1/n + \bar t^2/S_{tt})}

with ``1 − α`` intervals ``± t_{1−α/2, n−2} · se``.  At a time :math:`t_0` the fitted mean
:math:`\hat y_0 = \hat a + \hat b t_0` has

.. math::

    \operatorname{se}_{\text{mean}} = s\sqrt{\tfrac1n + \tfrac{(t_0-\bar t)^2}{S_{tt}}},
    \qquad \operatorname{se}_{\text{obs}} = s\sqrt{1 + \tfrac1n +
    \tfrac{(t_0-\bar t)^2}{S_{tt}}}

giving the confidence interval of the line (``mean_ci_*``) and the prediction interval of
a new observation (``obs_ci_*``), as statsmodels' ``get_prediction().summary_frame()``.

Log-linear trend
----------------
Fits the same model to :math:`\ln y`; :math:`e^{b} - 1` is the **compound growth rate
per unit of t** (per year), its interval :math:`e^{b_{low}} - 1 .. e^{b_{high}} - 1`
(exact transform of the slope interval).  Predictions are back-transformed with
:math:`\exp`, so ``mean`` is the *median* (geometric mean) of ``y`` at :math:`t_0`, not its
arithmetic mean.  All values must be positive: otherwise
:class:`NonPositiveValueError` names the first offending point.

A **constant series** (every valid value equal) has slope 0 exactly, standard errors 0,
``p_value`` NaN (the test ``b = 0`` is undefined: there is no variation to explain, and
no evidence of a trend) and ``r_squared`` NaN — for one series and for many alike.

Minimum data: 3 valid points at two or more distinct times (``n − 2 ≥ 1`` degrees of
freedom for any interval).

References
----------
* Draper, N. R., & Smith, H. (1998). *Applied Regression Analysis*, 3rd ed. Wiley, ch. 1–3.
* Seabold, S., & Perktold, J. (2010). statsmodels: Econometric and statistical modeling
  with python. *Proc. 9th Python in Science Conference*.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
import pandas as pd
from scipy import stats

from envindicators.analytics.trends._inference import check_alpha, frame, insufficient
from envindicators.analytics.trends._panel import Block, Panel, as_panel
from envindicators.analytics.trends._time import TimeKind, to_time_scalar
from envindicators.errors import TrendError

__all__ = [
    "LinearTrend",
    "LogLinearTrend",
    "NonPositiveValueError",
    "TrendPrediction",
    "linear_trend",
    "loglinear_trend",
]

MIN_POINTS = 3


class NonPositiveValueError(TrendError):
    """A log-linear trend was asked of a series with a zero or negative value.

    Attributes
    ----------
    value:
        The offending value.
    location:
        Where it is: ``"index 3"`` or ``"index 17 of series ('山西省', 'pm25')"``.
    """

    def __init__(self, value: float, location: str) -> None:
        self.value = value
        self.location = location
        super().__init__(
            f"log-linear trend needs positive values, got {value!r} at {location}; drop or "
            f"fix that point, or use linear_trend for quantities that can be zero or negative"
        )


@dataclass(frozen=True)
class TrendPrediction:
    """Prediction of a fitted trend at one time ``at`` (statsmodels' column names).

    Attributes
    ----------
    at:
        The time, on the series' ``t`` axis (decimal years for dates).
    mean:
        Fitted value of the line (log-linear: its back-transform, the median of ``y``).
    mean_se:
        Standard error of the fitted value (log-linear: on the ln scale).
    mean_ci_lower, mean_ci_upper:
        ``1 − alpha`` confidence interval of the line at ``at``.
    obs_se:
        Standard error of a new observation (log-linear: on the ln scale).
    obs_ci_lower, obs_ci_upper:
        ``1 − alpha`` prediction interval of a new observation at ``at``.
    df:
        Degrees of freedom of the Student-t quantiles (``n − 2``).
    alpha:
        ``1 − confidence level``.
    """

    at: float
    mean: float
    mean_se: float
    mean_ci_lower: float
    mean_ci_upper: float
    obs_se: float
    obs_ci_lower: float
    obs_ci_upper: float
    df: float
    alpha: float


@dataclass(frozen=True)
class LinearTrend:
    """OLS trend of one series (see :func:`linear_trend`).

    Attributes
    ----------
    slope, intercept:
        ``b`` (per unit of ``t``; per year for years and dates) and ``a`` (at ``t = 0``).
    slope_se, intercept_se:
        Standard errors.
    slope_ci_lower, slope_ci_upper, intercept_ci_lower, intercept_ci_upper:
        ``1 − alpha`` Student-t confidence intervals.
    p_value:
        Two-sided p-value of ``H0: b = 0``.
    r_squared:
        Coefficient of determination.
    sigma:
        Residual standard deviation ``s``.
    n, df_resid:
        Points used and residual degrees of freedom ``n − 2``.
    t_mean, t_ss:
        ``t̄`` and ``S_tt = Σ (t − t̄)²`` (all a prediction needs, with ``sigma``).
    alpha:
        ``1 − confidence level`` of the intervals.
    time_kind:
        ``"index"``, ``"numeric"`` or ``"datetime"``: how ``t`` was given.
    prediction:
        The prediction at ``at`` when :func:`linear_trend` was given one, else ``None``.
    """

    slope: float
    intercept: float
    slope_se: float
    intercept_se: float
    slope_ci_lower: float
    slope_ci_upper: float
    intercept_ci_lower: float
    intercept_ci_upper: float
    p_value: float
    r_squared: float
    sigma: float
    n: int
    df_resid: int
    t_mean: float
    t_ss: float
    alpha: float
    time_kind: TimeKind
    prediction: TrendPrediction | None = None

    def predict(self, at: object, *, alpha: float | None = None) -> TrendPrediction:
        """Fitted value with confidence and prediction intervals at ``at``.

        ``at`` is a number on the ``t`` axis, or a date (converted to decimal years; note
        that ``2020-12-31`` is 2020.997 — pass ``2020`` when ``t`` holds year labels).
        """
        a = self.alpha if alpha is None else check_alpha(alpha)
        x0 = to_time_scalar(at, self.time_kind, what="at")
        cols = _predict_arrays(
            np.array([self.intercept]),
            np.array([self.slope]),
            np.array([self.sigma]),
            np.array([float(self.n)]),
            np.array([self.t_mean]),
            np.array([self.t_ss]),
            x0,
            a,
        )
        return TrendPrediction(**{k: float(v[0]) for k, v in cols.items()}, alpha=a)


@dataclass(frozen=True)
class LogLinearTrend:
    """Log-linear (compound growth) trend of one positive series (see :func:`loglinear_trend`).

    Attributes
    ----------
    rate:
        Compound growth rate per unit of ``t``, ``exp(b) − 1`` (0.05 = +5 % per year).
    rate_ci_lower, rate_ci_upper:
        ``1 − alpha`` interval of the rate, ``exp(b_ci) − 1``.
    log_fit:
        The :class:`LinearTrend` of ``ln y`` (slope ``b`` in ln-units per unit ``t``).
    """

    rate: float
    rate_ci_lower: float
    rate_ci_upper: float
    log_fit: LinearTrend

    @property
    def n(self) -> int:
        return self.log_fit.n

    @property
    def alpha(self) -> float:
        return self.log_fit.alpha

    @property
    def prediction(self) -> TrendPrediction | None:
        p = self.log_fit.prediction
        return None if p is None else _exp_prediction(p)

    def predict(self, at: object, *, alpha: float | None = None) -> TrendPrediction:
        """Back-transformed prediction at ``at`` (``mean`` is the median of ``y``)."""
        return _exp_prediction(self.log_fit.predict(at, alpha=alpha))


def _exp_prediction(p: TrendPrediction) -> TrendPrediction:
    with np.errstate(over="ignore"):  # far extrapolation of growth overflows to inf, honestly
        return _exp_prediction_unchecked(p)


def _exp_prediction_unchecked(p: TrendPrediction) -> TrendPrediction:
    return TrendPrediction(
        at=p.at,
        mean=float(np.exp(p.mean)),
        mean_se=p.mean_se,
        mean_ci_lower=float(np.exp(p.mean_ci_lower)),
        mean_ci_upper=float(np.exp(p.mean_ci_upper)),
        obs_se=p.obs_se,
        obs_ci_lower=float(np.exp(p.obs_ci_lower)),
        obs_ci_upper=float(np.exp(p.obs_ci_upper)),
        df=p.df,
        alpha=p.alpha,
    )


def _predict_arrays(
    intercept: np.ndarray,
    slope: np.ndarray,
    sigma: np.ndarray,
    n: np.ndarray,
    t_mean: np.ndarray,
    t_ss: np.ndarray,
    at: float | np.ndarray,
    alpha: float,
) -> dict[str, np.ndarray]:
    """Vectorised confidence and prediction intervals at ``at`` (module docstring)."""
    df = n - 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        dx = at - t_mean
        mean = intercept + slope * at
        lev = 1.0 / n + dx * dx / t_ss
        mean_se = sigma * np.sqrt(lev)
        obs_se = sigma * np.sqrt(1.0 + lev)
        q = stats.t.ppf(1.0 - alpha / 2.0, df)
    return {
        "at": np.broadcast_to(np.asarray(at, dtype=np.float64), mean.shape),
        "mean": mean,
        "mean_se": mean_se,
        "mean_ci_lower": mean - q * mean_se,
        "mean_ci_upper": mean + q * mean_se,
        "obs_se": obs_se,
        "obs_ci_lower": mean - q * obs_se,
        "obs_ci_upper": mean + q * obs_se,
        "df": df,
    }


@dataclass(frozen=True)
class OLSArrays:
    """Closed-form OLS of every row of a block (internal)."""

    n: np.ndarray
    slope: np.ndarray
    intercept: np.ndarray
    slope_se: np.ndarray
    intercept_se: np.ndarray
    sigma: np.ndarray
    r_squared: np.ndarray
    t_mean: np.ndarray
    t_ss: np.ndarray

    @property
    def df(self) -> np.ndarray:
        return self.n - 2.0

    def enough(self) -> np.ndarray:
        return (self.n >= MIN_POINTS) & (self.t_ss > 0)


def ols_block(block: Block, y: np.ndarray | None = None) -> OLSArrays:
    """Vectorised OLS of ``y`` (default ``block.y``) on ``t`` for every row, NaN-aware.

    Constant rows get slope 0 and a residual sum of squares of 0 exactly (module
    docstring), whatever the float rounding of their mean.
    """
    yy = block.y if y is None else y
    t2 = np.broadcast_to(block.t, yy.shape)
    valid = ~np.isnan(yy) & ~np.isnan(t2)
    n = np.count_nonzero(valid, axis=1).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        ymax = np.where(valid, yy, -np.inf).max(1, initial=-np.inf)
        ymin = np.where(valid, yy, np.inf).min(1, initial=np.inf)
        constant = (ymax == ymin) & (n > 0)
        tm = np.where(valid, t2, 0.0).sum(1) / n
        ym = np.where(valid, yy, 0.0).sum(1) / n
        tc = np.where(valid, t2 - tm[:, None], 0.0)
        yc = np.where(valid & ~constant[:, None], yy - ym[:, None], 0.0)
        stt = (tc * tc).sum(1)
        sty = (tc * yc).sum(1)
        syy = (yc * yc).sum(1)
        b = sty / stt
        resid = np.where(valid, yc - b[:, None] * tc, 0.0)
        rss = (resid * resid).sum(1)
        s2 = rss / (n - 2.0)
        sigma = np.sqrt(s2)
        slope_se = np.sqrt(s2 / stt)
        ym = np.where(constant, ymin, ym)
        intercept = ym - b * tm
        intercept_se = np.sqrt(s2 * (1.0 / n + tm * tm / stt))
        r2 = 1.0 - rss / syy
    return OLSArrays(n, b, intercept, slope_se, intercept_se, sigma, r2, tm, stt)


def _ols_single(t: np.ndarray, y: np.ndarray, alpha: float, kind: TimeKind) -> LinearTrend:
    """OLS of one series (valid points only), through :func:`ols_block`."""
    n = y.size
    t_mean = float(t.mean()) if n else np.nan
    t_ss = float(((t - t_mean) ** 2).sum()) if n else 0.0
    if n < MIN_POINTS or not t_ss > 0:
        detail = " at two or more distinct times" if n >= MIN_POINTS else ""
        raise insufficient("A linear trend with intervals", MIN_POINTS, n, detail)
    block = Block(rows=np.arange(1), y=y[None, :], t=t, src=np.zeros((1, n), dtype=np.int64))
    res = ols_block(block)
    df = n - 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        q = float(stats.t.ppf(1.0 - alpha / 2.0, df))
        p_value = float(2.0 * stats.t.sf(np.abs(res.slope[0] / res.slope_se[0]), df))
    b, a = float(res.slope[0]), float(res.intercept[0])
    b_se, a_se = float(res.slope_se[0]), float(res.intercept_se[0])
    return LinearTrend(
        slope=b,
        intercept=a,
        slope_se=b_se,
        intercept_se=a_se,
        slope_ci_lower=b - q * b_se,
        slope_ci_upper=b + q * b_se,
        intercept_ci_lower=a - q * a_se,
        intercept_ci_upper=a + q * a_se,
        p_value=p_value,
        r_squared=float(res.r_squared[0]),
        sigma=float(res.sigma[0]),
        n=n,
        df_resid=int(df),
        t_mean=float(res.t_mean[0]),
        t_ss=float(res.t_ss[0]),
        alpha=alpha,
        time_kind=kind,
    )


def _single_points(panel: Panel) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    (block,) = panel.blocks
    y = block.y[0]
    t = np.broadcast_to(block.t, block.y.shape)[0]
    ok = ~np.isnan(y) & ~np.isnan(t)
    return t[ok], y[ok], block.src[0][ok]


def _check_positive(panel: Panel) -> None:
    for block in panel.blocks:
        bad = ~(block.y > 0) & ~np.isnan(block.y)
        if bad.any():
            r, c = (int(v) for v in np.argwhere(bad)[0])
            where = panel.describe_point(int(block.rows[r]), int(block.src[r, c]))
            raise NonPositiveValueError(float(block.y[r, c]), where)


def _many_frame(
    panel: Panel,
    blocks_out: list[tuple[np.ndarray, OLSArrays]],
    alpha: float,
    at: float | None,
    *,
    log: bool = False,
) -> pd.DataFrame:
    """The many-series frame of :func:`linear_trend`, or with ``log`` (fits of ``ln y``) of
    :func:`loglinear_trend`: rates added, predictions back-transformed."""
    m = panel.n_series
    names = (
        "n",
        "slope",
        "intercept",
        "slope_se",
        "intercept_se",
        "sigma",
        "r_squared",
        "t_mean",
        "t_ss",
    )
    full = {k: np.full(m, np.nan) for k in names}
    for rows, res in blocks_out:
        for k in names:
            full[k][rows] = getattr(res, k)
    n = np.nan_to_num(full["n"])
    ok = (n >= MIN_POINTS) & (full["t_ss"] > 0)
    df = n - 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        q = stats.t.ppf(1.0 - alpha / 2.0, df)
        tstat = full["slope"] / full["slope_se"]
        p = 2.0 * stats.t.sf(np.abs(tstat), df)
    cols: dict[str, np.ndarray] = {
        "n": n,
        "df_resid": np.maximum(df, 0.0),
        "slope": full["slope"],
        "intercept": full["intercept"],
        "slope_se": full["slope_se"],
        "intercept_se": full["intercept_se"],
        "slope_ci_lower": full["slope"] - q * full["slope_se"],
        "slope_ci_upper": full["slope"] + q * full["slope_se"],
        "intercept_ci_lower": full["intercept"] - q * full["intercept_se"],
        "intercept_ci_upper": full["intercept"] + q * full["intercept_se"],
        "p_value": p,
        "r_squared": full["r_squared"],
        "sigma": full["sigma"],
        "t_mean": full["t_mean"],
        "t_ss": full["t_ss"],
    }
    if at is not None:
        pred = _predict_arrays(
            full["intercept"],
            full["slope"],
            full["sigma"],
            n,
            full["t_mean"],
            full["t_ss"],
            at,
            alpha,
        )
        pred.pop("df")
        cols.update(pred)
    if log:
        cols["rate"] = np.expm1(cols["slope"])
        cols["rate_ci_lower"] = np.expm1(cols["slope_ci_lower"])
        cols["rate_ci_upper"] = np.expm1(cols["slope_ci_upper"])
        if at is not None:
            with np.errstate(over="ignore"):
                for k in ("mean", "mean_ci_lower", "mean_ci_upper", "obs_ci_lower", "obs_ci_upper"):
                    cols[k] = np.exp(cols[k])
    return frame(
        panel,
        cols,
        ok=ok,
        attrs={"alpha": alpha},
        int_columns=("n", "df_resid"),
        keep_columns=("at",),
    )


@overload
def linear_trend(
    y: Sequence[float],
    t: object = ...,
    *,
    alpha: float = ...,
    at: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> LinearTrend: ...
@overload
def linear_trend(
    y: pd.DataFrame,
    t: object = ...,
    *,
    alpha: float = ...,
    at: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> pd.DataFrame: ...
@overload
def linear_trend(
    y: object,
    t: object = ...,
    *,
    alpha: float = ...,
    at: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> LinearTrend | pd.DataFrame: ...
def linear_trend(
    y: object,
    t: object = None,
    *,
    alpha: float = 0.05,
    at: object = None,
    value: str = "value",
    time: str | None = "year",
    by: Hashable | Sequence[Hashable] | None = None,
) -> LinearTrend | pd.DataFrame:
    """Ordinary least-squares trend ``y = a + b·t`` with intervals and a prediction.

    Formulas and references are in the module docstring.  NaNs are dropped per series.

    Parameters
    ----------
    y, t:
        One series, a 2-D array of many series, or a long DataFrame (``value``, ``time``,
        ``by``), as :func:`~envindicators.analytics.trends.mann_kendall`; ``t`` numbers or
        datetimes (decimal years).  The slope is per unit of ``t`` (per year for years).
    alpha:
        Intervals have confidence ``1 − alpha``.
    at:
        Optional time (number or date) at which to predict with the confidence interval of
        the line and the prediction interval of a new observation.

    Returns
    -------
    LinearTrend or pandas.DataFrame
        For many series a DataFrame indexed by series with columns ``n``, ``df_resid``,
        ``slope``, ``intercept``, ``slope_se``, ``intercept_se``, ``slope_ci_lower``,
        ``slope_ci_upper``, ``intercept_ci_lower``, ``intercept_ci_upper``, ``p_value``,
        ``r_squared``, ``sigma``, ``t_mean``, ``t_ss`` and, with ``at``, ``at``, ``mean``,
        ``mean_se``, ``mean_ci_lower``, ``mean_ci_upper``, ``obs_se``, ``obs_ci_lower``,
        ``obs_ci_upper``.

    Raises
    ------
    InsufficientDataError
        A single series with fewer than 3 valid points or a single distinct time.

    Examples
    --------
    >>> fit = linear_trend([10.0, 12.0, 13.0, 15.0], [2016, 2017, 2018, 2019])
    >>> round(fit.slope, 6), round(fit.predict(2020).mean, 6)
    (1.6, 16.5)
    """
    alpha = check_alpha(alpha)
    panel = as_panel(y, t, value=value, time=time, by=by)
    at_value = None if at is None else to_time_scalar(at, panel.time_kind, what="at")
    if panel.single:
        tt, yy, _ = _single_points(panel)
        fit = _ols_single(tt, yy, alpha, panel.time_kind)
        if at_value is None:
            return fit
        return _replace_prediction(fit, fit.predict(at_value))
    out = [(b.rows, ols_block(b)) for b in panel.blocks]
    return _many_frame(panel, out, alpha, at_value)


def _replace_prediction(fit: LinearTrend, pred: TrendPrediction) -> LinearTrend:
    from dataclasses import replace

    return replace(fit, prediction=pred)


@overload
def loglinear_trend(
    y: Sequence[float],
    t: object = ...,
    *,
    alpha: float = ...,
    at: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> LogLinearTrend: ...
@overload
def loglinear_trend(
    y: pd.DataFrame,
    t: object = ...,
    *,
    alpha: float = ...,
    at: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> pd.DataFrame: ...
@overload
def loglinear_trend(
    y: object,
    t: object = ...,
    *,
    alpha: float = ...,
    at: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> LogLinearTrend | pd.DataFrame: ...
def loglinear_trend(
    y: object,
    t: object = None,
    *,
    alpha: float = 0.05,
    at: object = None,
    value: str = "value",
    time: str | None = "year",
    by: Hashable | Sequence[Hashable] | None = None,
) -> LogLinearTrend | pd.DataFrame:
    """Compound growth rate per unit of ``t`` from OLS on ``ln y``.

    ``rate = exp(b) − 1`` with the interval ``exp(b_ci) − 1``; predictions are
    back-transformed (``mean`` is the median of ``y``).  See the module docstring.

    Parameters
    ----------
    y, t, alpha, at, value, time, by:
        As :func:`linear_trend`.  All valid values must be positive.

    Returns
    -------
    LogLinearTrend or pandas.DataFrame
        For many series the columns of :func:`linear_trend` for ``ln y`` (``slope``,
        ``intercept``, … on the ln scale) plus ``rate``, ``rate_ci_lower``,
        ``rate_ci_upper``; with ``at`` the prediction columns back-transformed (``mean``,
        ``mean_ci_*``, ``obs_ci_*``; ``mean_se``/``obs_se`` stay on the ln scale).

    Raises
    ------
    NonPositiveValueError
        A value is zero or negative (the message names its index and series).
    InsufficientDataError
        A single series with fewer than 3 valid points.

    Examples
    --------
    >>> fit = loglinear_trend([100.0, 110.0, 121.0, 133.1], [2016, 2017, 2018, 2019])
    >>> round(fit.rate, 10)
    0.1
    """
    alpha = check_alpha(alpha)
    panel = as_panel(y, t, value=value, time=time, by=by)
    _check_positive(panel)
    at_value = None if at is None else to_time_scalar(at, panel.time_kind, what="at")
    if panel.single:
        tt, yy, _ = _single_points(panel)
        fit = _ols_single(tt, np.log(yy), alpha, panel.time_kind)
        if at_value is not None:
            fit = _replace_prediction(fit, fit.predict(at_value))
        return LogLinearTrend(
            rate=float(np.expm1(fit.slope)),
            rate_ci_lower=float(np.expm1(fit.slope_ci_lower)),
            rate_ci_upper=float(np.expm1(fit.slope_ci_upper)),
            log_fit=fit,
        )
    out = []
    for b in panel.blocks:
        with np.errstate(invalid="ignore", divide="ignore"):
            out.append((b.rows, ols_block(b, np.log(b.y))))
    return _many_frame(panel, out, alpha, at_value, log=True)
