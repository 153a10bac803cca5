"""``read_report(published=...)``: a missing value is no date, whatever its type.

``pd.NaT`` is a ``datetime.datetime`` (its ``.date()`` is NaT again), so an empty
``published`` cell of a documents table once passed as a date and failed with a TypeError
deep in the reading of year-less dates (``4月15日`` with no year in the text).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from envindicators.errors import ExtractionError
from envindicators.extract import read_report

#: Year-less dates with no year before them: their year comes from the publication date.
TEXT = "4月15日，全市细颗粒物（PM2.5）浓度为35微克/立方米。5月，全市完成5个整改项目。"
MISSING = [None, pd.NaT, np.nan, float("nan"), pd.NA, np.datetime64("NaT")]


def _observations(published: object) -> pd.DataFrame:
    return read_report(TEXT, published=published).observations  # type: ignore[arg-type]


@pytest.mark.parametrize("missing", MISSING, ids=repr)
def test_a_missing_publication_date_reads_as_no_date(missing: object) -> None:
    got = _observations(missing)
    want = _observations(None)
    assert len(got) == len(want) > 0
    pd.testing.assert_frame_equal(got, want)
    # without a year anywhere, the year-less dates stay undated
    assert got["period_end"].isna().all()


@pytest.mark.parametrize(
    "published",
    [dt.date(2021, 6, 1), dt.datetime(2021, 6, 1, 9, 30), pd.Timestamp("2021-06-01"), "2021-06-01"],
    ids=repr,
)
def test_a_publication_date_of_any_date_type_dates_the_yearless(published: object) -> None:
    got = _observations(published)
    assert (pd.to_datetime(got["period_end"]).dt.year == 2021).all()
    pd.testing.assert_frame_equal(got, _observations(dt.date(2021, 6, 1)))


@pytest.mark.parametrize("bad", ["June 2021", "2021-13-01", 2021, "", "NaT"], ids=repr)
def test_a_value_that_is_no_date_is_refused(bad: object) -> None:
    with pytest.raises(ExtractionError, match="published must be a date"):
        _observations(bad)
