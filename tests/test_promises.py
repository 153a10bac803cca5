""" "Were the promises kept?": the report section through ``python -m envindicators report``
and the table behind it (:func:`envindicators.report.promises`)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from conftest import run_cli
from envindicators.report import PROMISE_WORDS, promises


@pytest.fixture(scope="module")
def table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return promises(
        tables["targets"], tables["observations"], tables["indicators"], tables["documents"]
    )


@pytest.fixture(scope="module")
def section(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The section of ``report.md`` written by the command line."""
    out = tmp_path_factory.mktemp("promises") / "out"
    proc = run_cli("report", "--out", str(out), "--no-figures")
    assert proc.returncode == 0, proc.stderr
    md = (out / "report.md").read_text(encoding="utf-8")
    start = md.index("\n## Were the promises kept?\n")
    end = md.index("\n## ", start + 1)
    assert md.index("\n## Target gaps by region\n") < start
    return md[start:end]


def _part(section: str, region: str) -> str:
    start = section.index(f"\n### {region}: were the promises kept?\n")
    end = section.find("\n### ", start + 1)
    return section[start : end if end > 0 else None]


def test_liaoning_pm25_judged_on_the_first_figure_after_the_deadline(section: str) -> None:
    part = _part(section, "辽宁省")
    # ≤ 42 µg/m3 by 2020; no 2020 figure found, the 2021 figure (35) is linked as evidence
    assert (
        "| 000-T013 | 细颗粒物(PM2.5)年均浓度 (PM2.5 annual mean concentration) | ≤ 42 µg/m3 "
        "| 2020-12-31 | 35 µg/m3 (2021-12, F020-O002) | after the deadline | met |"
    ) in part
    evidence = next(ln for ln in part.splitlines() if ln.startswith("- **000-T013** (F020-O002)"))
    assert "issued by 辽宁日报" in evidence
    assert "<http://jyqzdz.com/web/" in evidence
    assert evidence.endswith("“辽宁细颗粒物(PM2.5)年平均浓度35微克/立方米”")
    assert re.search(r"Unknown \(\d+\): .*000-T014", part)


def test_liaoning_pm25_trend_and_the_pace_needed(section: str, tables) -> None:
    obs = tables["observations"]
    series = obs[
        (obs["indicator"] == "pm25_concentration")
        & (obs["region"] == "辽宁省")
        & (obs["kind"] == "level")
        & (obs["role"] == "outcome")
    ]
    years = series["period_end"].dt.year.to_numpy(dtype=float)
    assert sorted(years) == [2016, 2017, 2021]  # 46 (F007), 44 (seed, 2017), 35 (F020)
    slope = np.polyfit(years, series["value"].to_numpy(dtype=float), 1)[0]
    line = next(
        ln for ln in _part(section, "辽宁省").splitlines() if ln.startswith("- **000-T013**:")
    )
    assert (
        f"trend over 3 figures (2016–2021, OLS `analytics.linear_trend`): {slope:+.3g} µg/m3/yr"
        in line
    )
    # (42 − 46) / 4 years from the 2016 figure
    assert "reaching ≤ 42 µg/m3 by 2020 needed -1 µg/m3/yr from 2016 (46 µg/m3)." in line


@pytest.mark.parametrize(
    ("region", "row"),
    [
        # a curator's link pairs the 2022 annual share with the 2020 target (period rule)
        ("武威市", "| 002-T001 | 地表水(国考断面)水质优良比例 (share of surface-water sections "
                   "of good quality (class I-III)) | ≥ 100% | 2020-12-31 "
                   "| 100% (2022-12, F031-O001) | after the deadline | met |"),
        ("江西省", "| 2020-12-31 | 94.7% (2020-12, F005-O005) | at the deadline | met |"),
        ("江西省", "| > 550,000,000 m3 | 2020-12-31 | 500,000,000 m3 (2016-12, F022-O002) "
                   "| before the deadline | not yet due |"),
        # follow-up evidence of the deadline year (F033) and of the year before it (F034)
        ("江西省", "| ≥ 80% | 2020-12-31 | 99.8% (2020-12, F033-O001) | at the deadline | met |"),
        ("江西省", "| ≥ 90% | 2020-12-31 | 90% (2019-12, F034-O001) | before the deadline | met |"),
        ("甘肃省", "| change ≤ 1.36% vs 2017 | 2018-12-31 | 2.16% (2018-12, 002-O020) "
                   "| at the deadline | missed |"),
    ],
)  # fmt: skip
def test_known_rows(section: str, region: str, row: str) -> None:
    assert row in _part(section, region)


def test_every_region_has_its_part_and_counts(section: str, table: pd.DataFrame) -> None:
    for region, rows in table.groupby("region"):
        part = _part(section, str(region))
        counts = rows["promise"].value_counts()
        for word in ("met", "missed", "not yet due", "unknown"):
            n = int(counts.get(word, 0))
            assert (f" {n} {word}" in part.splitlines()[3]) == (n > 0), (region, word)


def test_promises_table_invariants(table: pd.DataFrame, tables) -> None:
    assert set(table["promise"].dropna()) <= set(PROMISE_WORDS.values())
    assert (table["promise"] == table["status"].astype(str).map(PROMISE_WORDS)).all()
    known = table["period_end"].notna() & table["deadline"].notna()
    after = table["timing"] == "after the deadline"
    assert (after.fillna(False) == (known & (table["period_end"] > table["deadline"]))).all()
    assert (
        (table["promise"] == "not yet due")
        <= (table["timing"] == "before the deadline").fillna(False)
    ).all()
    assert (
        (table["promise"] == "missed") <= ~(table["timing"] == "before the deadline").fillna(False)
    ).all()
    judged = table[table["promise"] != "unknown"]
    assert judged["quote"].notna().all()
    # follow-up sources carry their address; each quote is the observation's own
    followup = judged[judged["source"].str.startswith("followup/")]
    assert len(followup) >= 10
    assert followup["url"].str.startswith("http").all()
    quotes = tables["observations"].set_index("obs_id")["quote"]
    assert (judged["quote"] == judged["obs_id"].map(quotes)).all()
    # the evidence linked by hand wins wherever it exists
    linked = tables["observations"]["evidence_for"].dropna().str.split(";").explode().str.strip()
    for tid in set(linked):
        row = table[table["target_id"] == tid].iloc[0]
        assert row["matched_on"] == "evidence", tid


def test_promises_without_evidence_or_documents(tables) -> None:
    obs = tables["observations"].drop(columns=["evidence_for"])
    table = promises(tables["targets"], obs, tables["indicators"])
    assert set(table["matched_on"].dropna()) <= {"subject", "indicator"}
    assert table["url"].isna().all()
    assert table["title"].isna().all()
    # without the links the 2016 figure no longer wins: the deadline rule alone
    row = table[table["target_id"] == "000-T013"].iloc[0]
    assert row["obs_id"] == "F020-O002"
    assert row["matched_on"] == "indicator"


def test_promises_with_an_empty_documents_table(tables) -> None:
    # a user's tables without documents: dates of no document are no error, only empty
    docs = tables["documents"].iloc[:0]
    table = promises(tables["targets"], tables["observations"], tables["indicators"], docs)
    assert table["published"].isna().all()
    assert (table["promise"] != "unknown").sum() >= 20
    row = table[table["target_id"] == "000-T013"].iloc[0]
    assert row["quote"] == "辽宁细颗粒物(PM2.5)年平均浓度35微克/立方米"


def test_a_target_met_by_the_first_figure_needs_no_pace(section: str) -> None:
    # Jiangxi's ≥ 81% of good sections by 2020 was exceeded by the first figure of the
    # series: no (negative) "needed" pace is printed
    line = next(
        ln for ln in _part(section, "江西省").splitlines() if ln.startswith("- **004-T001**:")
    )
    assert "was already met in" in line
    assert "no pace needed" in line
    assert "needed -" not in line


@pytest.mark.parametrize("comparator", ["ge", "gt", "le", "lt", "approx", "band", "eq"])
@pytest.mark.parametrize("first", [30.0, 50.0, 70.0])
def test_the_pace_needed_follows_the_comparator(comparator: str, first: float) -> None:
    from envindicators.analytics import compare
    from envindicators.report import _series_note

    row = pd.Series(
        {"kind": "level", "deadline": pd.Timestamp("2020-12-31"), "indicator": "x",
         "region": "r", "unit": "%", "target": 50.0, "comparator": comparator,
         "target_high": 60.0 if comparator == "band" else np.nan}
    )  # fmt: skip
    ends = pd.to_datetime(["2016-12-31", "2017-12-31", "2018-12-31"])
    obs = pd.DataFrame(
        {"indicator": "x", "region": "r", "unit": "%", "period_end": ends,
         "value": [first, first + 1.0, first + 2.0]}
    )  # fmt: skip
    note = _series_note(row, obs)
    assert note is not None
    high = 60.0 if comparator == "band" else None
    met = compare(first, 50.0, comparator, target_high=high)[0] == 1.0
    if met:
        assert "was already met in 2016" in note
        assert "needed +" not in note
        assert "needed -" not in note
    else:
        found = re.search(r"needed ([+-]?[\d.]+) %/yr", note)
        assert found is not None, note
        pace = float(found.group(1))
        # towards the target from the first figure: (50 − first) / 4 years
        assert pace == pytest.approx((50.0 - first) / 4.0, rel=1e-2)
        assert np.sign(pace) == np.sign(50.0 - first)
