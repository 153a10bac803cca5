"""Benchmark: a million series through dask on a 2-worker ``LocalCluster`` (issue 16).

Two workloads, each Mann–Kendall + Sen's slope with its interval (``trend_test``) on every
series, computed on ``distributed.LocalCluster(n_workers=2, threads_per_worker=1)``:

1. **station network** — a long dask DataFrame (one row per station × year, 20 years),
   generated partition by partition on the workers (``dd.from_map``, so no process ever
   holds the whole table), through :func:`envindicators.dask.trend_test` (``shuffle=False``:
   each station's rows are generated in one partition, as after reading files partitioned
   by station; ``--shuffle`` aligns them with a shuffle instead);
2. **grid** — a ``(lat, lon, year)`` dask-backed DataArray through
   :func:`envindicators.xarray.trend_test` (``dask="parallelized"``, time in one chunk).

Printed: wall time, the peak resident memory of each worker process (``ru_maxrss``; the
worker's start-up peak is printed too) and of the client, and a check that a sample of the
results equals the in-memory pandas/numpy call on the same series.

Run: ``python benchmarks/bench_dask_scale.py [n_series] [--shuffle] [--numba]`` (default
1,000,000; needs the ``dask`` extra).  Without ``--numba`` the workers use the numpy kernels
(``ENVINDICATORS_NUMBA=0``), the default of an installation without numba.
"""

from __future__ import annotations

import math
import os
import resource
import sys
import time

import numpy as np
import pandas as pd

N_POINTS = 20
SERIES_PER_PARTITION = 25_000


def station_partition(part: int, per: int = SERIES_PER_PARTITION) -> pd.DataFrame:
    """Rows of stations ``part·per … (part+1)·per − 1``: 20 years, trend + noise, 5 % gaps."""
    rng = np.random.default_rng(part)
    station = np.repeat(np.arange(part * per, (part + 1) * per, dtype=np.int64), N_POINTS)
    year = np.tile(np.arange(2001, 2001 + N_POINTS, dtype=np.int64), per)
    slope = np.repeat(rng.normal(0.0, 0.3, per), N_POINTS)
    value = np.round(40.0 + slope * (year - 2001) + rng.normal(0.0, 3.0, station.size), 1)
    value[rng.random(value.size) < 0.05] = np.nan
    return pd.DataFrame({"station": station, "year": year, "value": value})


def peak_mib() -> float:
    """Peak resident memory of this process (MiB; Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n_series = int(args[0]) if args else 1_000_000
    shuffle = "--shuffle" in sys.argv
    if "--numba" not in sys.argv:
        os.environ["ENVINDICATORS_NUMBA"] = "0"  # inherited by the worker processes
    os.environ.setdefault("NUMBA_NUM_THREADS", "1")  # one thread per worker

    import dask.array as da
    import dask.dataframe as dd
    import xarray as xr
    from distributed import Client, LocalCluster

    import envindicators.dask as edd
    import envindicators.xarray as eix
    from envindicators.analytics.trends import trend_test

    n_parts = max(1, n_series // SERIES_PER_PARTITION)
    per = n_series // n_parts
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, memory_limit="4GiB") as cluster,
        Client(cluster) as client,
    ):
        start_peaks = client.run(peak_mib)
        print(f"{n_series:,} series x {N_POINTS} points, {n_parts} partitions, 2 workers "
              f"(worker start-up peaks: {', '.join(f'{v:.0f}' for v in start_peaks.values())} "
              f"MiB); numba: {'on' if '--numba' in sys.argv else 'off'}")  # fmt: skip

        # 1. station network: long frame through envindicators.dask
        ddf = dd.from_map(station_partition, range(n_parts), per=per)
        lazy = edd.trend_test(ddf, by="station", value="value", time="year", shuffle=shuffle)
        t0 = time.perf_counter()
        result = lazy.compute()
        seconds = time.perf_counter() - t0
        peaks = client.run(peak_mib)
        assert len(result) == n_parts * per
        sample = station_partition(n_parts - 1, per)
        ref = trend_test(sample, by="station", value="value", time="year")
        got = result.set_index("station").loc[ref.index, ref.columns]
        pd.testing.assert_frame_equal(got, ref, check_names=False)
        print(f"station network ({'shuffle' if shuffle else 'aligned partitions'}): "
              f"{seconds:.1f} s, {len(result) / seconds:,.0f} series/s; worker peaks "
              f"{', '.join(f'{v:.0f}' for v in peaks.values())} MiB; "
              f"{int(result['h'].sum()):,} significant")  # fmt: skip
        del result

        # 2. grid: a (lat, lon, year) dask array through envindicators.xarray
        side = math.isqrt(n_series)
        rows_per_chunk = max(1, SERIES_PER_PARTITION // side)
        data = da.random.default_rng(7).normal(
            40.0, 3.0, size=(side, side, N_POINTS), chunks=(rows_per_chunk, side, N_POINTS)
        )
        grid = xr.DataArray(
            data + 0.1 * da.arange(N_POINTS, chunks=N_POINTS),
            dims=("lat", "lon", "year"),
            coords={"year": np.arange(2001, 2001 + N_POINTS)},
        )
        t0 = time.perf_counter()
        ds = eix.trend_test(grid, dim="year").compute()
        seconds = time.perf_counter() - t0
        peaks = client.run(peak_mib)
        corner = grid.isel(lat=slice(0, 20), lon=slice(0, 50)).compute()
        ref_grid = eix.trend_test(corner, dim="year")
        for name in ("s", "p", "slope"):
            np.testing.assert_array_equal(
                ds[name].isel(lat=slice(0, 20), lon=slice(0, 50)).values, ref_grid[name].values
            )
        print(f"grid {side} x {side} x {N_POINTS} ({side * side:,} pixels): {seconds:.1f} s, "
              f"{side * side / seconds:,.0f} pixels/s; worker peaks "
              f"{', '.join(f'{v:.0f}' for v in peaks.values())} MiB "
              f"(cumulative since start)")  # fmt: skip
    print(f"client peak {peak_mib():.0f} MiB (holds the results)")


if __name__ == "__main__":
    main()
