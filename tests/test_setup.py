"""Which set-up this run is (with or without pyarrow), checked and reported (issue 18).

The README's test command runs the suite twice, without and with pyarrow; this test makes
each run say which one it is (in the test's output and in the run's header), and checks that
pandas really uses the string storage that set-up implies, so a run that claims to test the
Arrow set-up cannot silently test the other one.
"""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import HAS_PYARROW, setup_name
from envindicators import datasets
from envindicators.units import extract_quantities, normalize


def test_report_setup(
    record_property: pytest.RecordProperty, capsys: pytest.CaptureFixture[str]
) -> None:
    line = setup_name()
    record_property("setup", line)
    with capsys.disabled():
        print(f"\n{line}")
    storage = pd.Series(["x"], dtype="string").dtype.storage
    assert storage == ("pyarrow" if HAS_PYARROW else "python")
    assert ("with pyarrow" in line) == HAS_PYARROW


def test_text_columns_work_in_this_setup() -> None:
    """The same results in both set-ups for the engine's entry points on string columns."""
    s = pd.Series(["1.5万吨/日", "3000吨/日", None], dtype="string")
    out = normalize(s, to="t/d")
    assert out.tolist()[:2] == [15000.0, 3000.0]
    assert pd.isna(out.iloc[2])
    df = extract_quantities("2017年,全省拆除燃煤小锅炉6968台,同比下降4.3%。")
    assert df["text"].tolist() == ["6968台", "同比下降4.3%"]
    obs = datasets.load("observations")
    assert obs["unit_written"].dtype == "string"
