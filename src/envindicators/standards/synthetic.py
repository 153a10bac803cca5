"""A synthetic generator of daily air-quality station data with seasonality.

It serves examples, tests and benchmarks; it is not a model of any real place.

Each pollutant :math:`P` at station :math:`s` on day :math:`t` is log-normal:

.. math::

    \\log C_{P,s,t} = \\log(\\mu_P\\, m_{P,s}) + A_P \\cos\\big(2\\pi(t - t_P)/365.25\\big)
    + \\sigma_P\\,(\\rho\\, W_{s,t} + \\sqrt{1-\\rho^2}\\, E_{P,s,t}) - \\tfrac12 \\sigma_P^2

with a station multiplier :math:`m_{P,s}` (log-normal, sd 0.15), a seasonal cycle of
amplitude :math:`A_P` peaking on day-of-year :math:`t_P` (winter for particulates, SO2,
NO2 and CO; early summer for O3), a "weather" factor :math:`W` shared by the pollutants
of a station (AR(1), lag-1 correlation 0.7: pollution episodes last several days) and a
pollutant-specific AR(1) noise :math:`E`.  For O3 the weather factor enters with the
opposite sign (stagnant winter days are high in PM and low in O3).  PM10 is PM2.5
divided by a PM2.5/PM10 ratio around 0.6; the daily maximum 1-h O3 is the 8-h maximum
times 1.1–1.4.  Values are rounded as published (integers, CO to 0.1 mg/m³) and a share
of station-days is missing at random.  The defaults give annual means near those of a
northern Chinese city around 2020 (PM2.5 ≈ 40 µg/m³, O3 90th percentile ≈ 170 µg/m³).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from scipy.signal import lfilter

__all__ = ["DEFAULTS", "synthetic_daily"]

#: pollutant → (annual geometric-ish mean, seasonal amplitude (log), peak day of year, sd)
DEFAULTS: Mapping[str, tuple[float, float, int, float]] = {
    "pm25": (40.0, 0.45, 15, 0.55),
    "so2": (12.0, 0.50, 15, 0.45),
    "no2": (32.0, 0.30, 20, 0.35),
    "co": (0.9, 0.35, 15, 0.35),
    "o3_8h": (100.0, 0.40, 165, 0.30),
}


def _ar1(rng: np.random.Generator, shape: tuple[int, int], phi: float) -> np.ndarray:
    """Unit-variance AR(1) series along the last axis."""
    e = rng.standard_normal(shape) * np.sqrt(1 - phi**2)
    e[:, 0] = rng.standard_normal(shape[0])
    return lfilter([1.0], [1.0, -phi], e, axis=1)


def synthetic_daily(
    stations: int = 5,
    start: str = "2025-01-01",
    days: int = 365,
    *,
    seed: int = 0,
    missing: float = 0.02,
    scale: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Generate daily station data with seasonality, autocorrelation and missing days.

    Columns ``station``, ``date``, ``so2``, ``no2``, ``pm10``, ``pm25``, ``co`` (mg/m³),
    ``o3_1h`` (daily max 1-h), ``o3_8h`` (daily max 8-h), µg/m³.

    Parameters
    ----------
    stations : int, default 5
        Number of stations.
    start : str, default '2025-01-01'
        First day (ISO date).
    days : int, default 365
        Number of days.
    seed : int, default 0
        Seed of :func:`numpy.random.default_rng` (same seed, same data).
    missing : float, default 0.02
        Share of station-days with no data (all pollutants missing), at random.
    scale : Mapping[str, float], optional
        Multipliers of the default means, per pollutant (``{"pm25": 0.7}``).

    Returns
    -------
    pandas.DataFrame
        ``stations × days`` rows, sorted by station then date.

    Examples
    --------
    >>> d = synthetic_daily(stations=2, days=10, seed=1)
    >>> d.shape, list(d.columns)[:3]
    ((20, 9), ['station', 'date', 'so2'])
    """
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=days, freq="D")
    doy = dates.day_of_year.to_numpy()
    shape = (stations, days)
    weather = _ar1(rng, shape, 0.7)
    rho = 0.75
    scale = dict(scale or {})
    values: dict[str, np.ndarray] = {}
    for name, (mean, amp, peak, sd) in DEFAULTS.items():
        station = np.exp(rng.normal(0.0, 0.15, size=(stations, 1)))
        own = _ar1(rng, shape, 0.6)
        w = -weather if name == "o3_8h" else weather
        season = amp * np.cos(2 * np.pi * (doy - peak) / 365.25)
        log = np.log(mean * scale.get(name, 1.0)) + np.log(station) + season[None, :]
        log = log + sd * (rho * w + np.sqrt(1 - rho**2) * own) - 0.5 * sd**2
        values[name] = np.exp(log)
    ratio = np.clip(rng.normal(0.6, 0.08, size=shape), 0.3, 0.9)
    values["pm10"] = values["pm25"] / ratio * scale.get("pm10", 1.0)
    values["o3_1h"] = values["o3_8h"] * rng.uniform(1.1, 1.4, size=shape)
    gone = rng.random(shape) < missing
    out = pd.DataFrame(
        {
            "station": np.repeat([f"S{i + 1:03d}" for i in range(stations)], days),
            "date": np.tile(dates.to_numpy(), stations),
        }
    )
    for name in ("so2", "no2", "pm10", "pm25", "co", "o3_1h", "o3_8h"):
        v = np.round(values[name], 1 if name == "co" else 0)
        v[gone] = np.nan
        out[name] = v.ravel()
    return out
