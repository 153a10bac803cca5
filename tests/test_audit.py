"""Audit of reported figures: precision, intervals, and every check with exact values."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import audit
from envindicators.audit import Interval, Verdict
from envindicators.errors import DatasetError, ModelValidationError, QuantityParseError


@pytest.fixture(scope="module")
def rep() -> pd.DataFrame:
    return audit.report().set_index("check_id")


# ---------------------------------------------------------------------------------------
# precision: decimals, intervals
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("同比下降2.6%", None, 1),
        ("33.3万方", None, 1),
        ("94%", None, 0),
        ("94.0%", None, 1),  # trailing zeros are written, hence meant
        ("94.28%", None, 2),
        ("十余项", None, 0),
        ("2018年1-7月共完成83.6公里", None, 1),  # the year is not the figure
        ("54.564Km", None, 3),
        ("１２．５％", None, 1),  # full-width digits
        ("8×200吨/日", 1600.0, 0),
        ("2万吨/日", 20000.0, 0),
        ("488.29万元", 4882900.0, 2),
        ("较年初3.86米上升了1.29米", -1.29, 2),  # the figure matching the number
        ("较年初3.8米上升了1.29米", 3.8, 1),
    ],
)
def test_decimals(text: str, number: float | None, expected: int) -> None:
    assert audit.decimals(text, number) == expected


def test_decimals_refuses_non_text() -> None:
    with pytest.raises(TypeError, match="str"):
        audit.decimals(94.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("33.3万方", 332500.0, 333500.0),  # d = 1 in 万方: ±500 m³
        ("办结率94%", 93.5, 94.5),
        ("38微克/立方米", 37.5, 38.5),
        ("同比下降2.6%", -2.65, -2.55),  # sign after the qualifier
        ("上升了25.19米", 25.185, 25.195),
        ("20余万吨", 200000.0, 300000.0),  # 余: up to the next step of the last digit
        ("每天约7000余吨", 7000.0, 8000.0),
        ("1.8万余个", 18000.0, 19000.0),
        ("11470余次", 11470.0, 11480.0),
        ("十余项", 10.0, 20.0),
        ("超64%", 64.0, 100.0),  # 超 is a strict lower bound (issue 11): (64, 100] for a share
        ("约254万吨", 2413000.0, 2667000.0),  # 约: ±5 % beats ±0.5万
        ("约1立方米/秒", 0.5, 1.5),  # 约: ±0.5 (rounding) beats ±5 %
        ("近20公顷", 18.0, 20.0),  # 近: 10 % below
        ("近三分之一", 0.3, 1 / 3),  # a fraction is exact
        ("90%以上", 89.5, 100.0),  # a share: capped at 100 %
        ("大于85.3%", 85.3, 100.0),  # strict: (85.3, 100]
        ("15.15亿立方米以内", 0.0, 1515500000.0),
        ("3-5年", 2.5, 5.5),
        ("6991件", 6991.0, 6991.0),  # a count written in full is exact
        ("14.5万辆", 144500.0, 145500.0),  # … but not with a multiplier
        ("三千吨", 2500.0, 3500.0),  # Chinese numerals: at the last non-zero digit
    ],
)
def test_reported_interval_of_text(text: str, low: float, high: float) -> None:
    got = audit.reported_interval(text)
    assert got.low == pytest.approx(low, rel=1e-12)
    assert got.high == pytest.approx(high, rel=1e-12)


def test_reported_interval_of_number() -> None:
    assert audit.reported_interval(94, decimals=0) == Interval(93.5, 94.5)
    assert audit.reported_interval(94, decimals=1) == pytest.approx((93.95, 94.05))
    assert audit.reported_interval(333000, 1, scale=1e4) == Interval(332500.0, 333500.0)
    assert audit.reported_interval(6991, 0, unit="件") == Interval(6991.0, 6991.0)
    assert audit.reported_interval(6991, 0, unit="吨") == Interval(6990.5, 6991.5)
    assert audit.reported_interval(20, 0, "more_than") == Interval(20.0, 30.0)
    assert audit.reported_interval(-2.6, 1) == pytest.approx((-2.65, -2.55))
    assert audit.reported_interval(3, 0, "range", high=5) == Interval(2.5, 5.5)


def test_reported_interval_qualifier_and_bands_are_parameters() -> None:
    assert audit.reported_interval("94%", qualifier="at_least") == Interval(93.5, 100.0)
    assert audit.reported_interval("94吨", qualifier="at_least") == Interval(93.5, math.inf)
    assert audit.reported_interval("约100吨", approx_band=0.1) == pytest.approx((90, 110))
    assert audit.reported_interval("近100吨", nearly_band=0.2) == pytest.approx((80, 100))
    assert audit.reported_interval("94.28%", decimals=0) == pytest.approx((93.78, 94.78))
    assert 94.2 in audit.reported_interval("94.28%", decimals=0)


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "match"),
    [
        ((94.0,), {}, ModelValidationError, "decimals"),
        ((94.0, -1), {}, ModelValidationError, "decimals"),
        ((math.nan, 1), {}, ModelValidationError, "finite"),
        ((3, 0, "range"), {}, ModelValidationError, "range"),
        ((94.0, 0, "roughly"), {}, ValueError, "roughly"),
        (("没有数字",), {}, QuantityParseError, "no quantity"),
        (([94],), {}, TypeError, "str or a number"),
    ],
)
def test_reported_interval_errors(args: tuple, kwargs: dict, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        audit.reported_interval(*args, **kwargs)


def test_figure_intervals_over_the_observations(tables: dict[str, pd.DataFrame]) -> None:
    obs = tables["observations"]
    w = audit.figure_intervals(obs).set_axis(obs["obs_id"])
    assert list(w.columns) == [
        "decimals", "multiplier", "resolution", "tolerance", "step", "low", "high",
    ]  # fmt: skip
    assert w["decimals"].dtype == "Int64"
    row = w.loc["000-O014"]  # 33.3万方
    assert (row["decimals"], row["multiplier"], row["tolerance"]) == (1, 1e4, 500.0)
    assert w.loc["000-O045", "tolerance"] == 0.0  # 108家: an exact count
    assert w.loc["000-O124", "tolerance"] == 5000.0  # 每年仍以5000万吨: d = 0 in 万吨
    assert tuple(w.loc["000-O017", ["low", "high"]]) == (200000.0, 300000.0)  # 20余万吨
    assert tuple(w.loc["000-O025", ["low", "high"]]) == (89.5, 100.0)  # 90%以上, a share
    assert w.loc["000-O067", "high"] == pytest.approx(100 / 3)  # 近三分之一, in %
    assert (
        (w["low"] <= obs["number"].to_numpy()) | (obs["qualifier"] == "nearly").to_numpy()
    ).all()
    assert (w["low"] <= w["high"]).all()


def test_figure_intervals_validates(tables: dict[str, pd.DataFrame]) -> None:
    obs = tables["observations"].head(3).copy()
    with pytest.raises(ModelValidationError, match="value_text"):
        audit.figure_intervals(obs.drop(columns="value_text"))
    obs.loc[obs.index[1], "qualifier"] = "roughly"
    with pytest.raises(ModelValidationError, match="qualifier") as exc:
        audit.figure_intervals(obs)
    assert exc.value.row == obs.index[1]
    rng = pd.DataFrame({"value_text": ["3-5年"], "number": [3.0], "qualifier": ["range"]})
    with pytest.raises(ModelValidationError, match="upper end"):
        audit.figure_intervals(rng)
    assert audit.figure_intervals(rng.assign(number_high=5.0))["high"].iloc[0] == 5.5


# ---------------------------------------------------------------------------------------
# the report over the bundled datasets
# ---------------------------------------------------------------------------------------
def test_report_columns_and_dtypes(rep: pd.DataFrame) -> None:
    full = rep.reset_index()
    assert list(full.columns) == list(audit.REPORT_COLUMNS)
    assert {c: str(t) for c, t in full.dtypes.items()} == audit.REPORT_COLUMNS
    assert full["check_id"].is_unique
    assert set(full["verdict"]) <= {v.value for v in Verdict}
    assert full["explanation"].notna().all()
    assert full["quote"].notna().all()


def test_report_finds_the_known_inconsistencies(rep: pd.DataFrame) -> None:
    bad = rep[rep["verdict"] == "inconsistent"]
    assert sorted(bad.index) == ["partition:000-P031", "relation:000-R003"]
    liaoning = rep.loc["partition:000-P031"]  # 80 zones split 74 + 6 + 2
    assert (liaoning["formula"], liaoning["expected"], liaoning["reported"]) == (
        "74 + 6 + 2", 82.0, 80.0,
    )  # fmt: skip
    assert liaoning["deviation"] == 2.0
    assert "工业集聚区" in liaoning["quote"]
    rain = rep.loc["relation:000-R003"]  # 临汾 2017 雨水管网 92.49 vs 100.66 km
    assert rain["deviation"] == pytest.approx(92.49 - 100.66)
    assert rain["inputs"] == "000-O012;000-O027"


def test_report_verdict_counts(rep: pd.DataFrame) -> None:
    counts = rep.groupby(["check", "verdict"]).size().to_dict()
    assert counts == {
        ("change_absolute", "consistent"): 6,
        ("change_absolute", "not_checkable"): 8,
        ("change_relative", "consistent"): 3,
        ("change_relative", "not_checkable"): 8,
        ("difference", "consistent"): 1,
        ("equal", "consistent"): 1,
        ("equal", "inconsistent"): 1,
        ("part", "consistent"): 17,
        ("partition", "consistent"): 19,
        ("partition", "inconsistent"): 1,
        ("partition", "not_checkable"): 3,
        ("rate", "consistent"): 2,
        ("rate", "not_checkable"): 1,
        ("ratio", "consistent"): 2,
        ("sum", "consistent"): 1,
    }


def test_report_order_is_rates_partitions_changes_relations(rep: pd.DataFrame) -> None:
    prefix = [i.split(":")[0] for i in rep.index]
    order = {"rate": 0, "partition": 1, "change": 2, "relation": 3}
    ranks = [order[p] for p in prefix]
    assert ranks == sorted(ranks)


# ---------------------------------------------------------------------------------------
# rates vs counts
# ---------------------------------------------------------------------------------------
def test_liaoning_petition_rate(rep: pd.DataFrame) -> None:
    r = rep.loc["rate:000-P030"]  # 6591/6991 = 94.28 % vs 办结率94%
    assert r["verdict"] == "consistent"
    assert r["expected"] == pytest.approx(100 * 6591 / 6991)
    assert (r["reported_low"], r["reported_high"], r["tolerance"], r["decimals"]) == (
        93.5, 94.5, 0.5, 0,
    )  # fmt: skip
    assert r["formula"] == "6591 / 6991 × 100"
    assert r["reported_text"] == "办结率94%"


def test_gansu_rate_counts_three_statuses(rep: pd.DataFrame) -> None:
    r = rep.loc["rate:002-P001"]  # (18 + 22 + 9) / 62 = 79.03 % vs 79 %
    assert r["verdict"] == "consistent"
    assert r["formula"] == "(18 + 22 + 9) / 62 × 100"
    assert r["expected"] == pytest.approx(4900 / 62)
    assert "completed+basically_completed+on_schedule" in r["explanation"]


def test_a_bare_rate_is_not_checkable(rep: pd.DataFrame) -> None:
    r = rep.loc["rate:003-P005"]  # 整改率达95.03%, no counts
    assert r["verdict"] == "not_checkable"
    assert (r["reported"], r["decimals"], r["tolerance"]) == (95.03, 2, 0.005)
    assert math.isnan(r["expected"])


def _summary(counts: dict[str, int | None], total: int | None, rate: float | None = None,
             text: str | None = None) -> pd.DataFrame:  # fmt: skip
    return pd.DataFrame(
        {
            "summary_id": "S",
            "total": pd.array([total] * len(counts), dtype="Int64"),
            "category": list(counts),
            "count": pd.array(list(counts.values()), dtype="Int64"),
            "reported_rate": rate,
            "reported_rate_text": text,
        }
    )


@pytest.mark.parametrize(
    ("counts", "total", "rate", "text", "verdict", "expected"),
    [
        ({"completed": 50, "in_progress": 30}, 100, 60.0, None, "inconsistent", 50.0),
        ({"completed": 50, "in_progress": 30}, 100, 80.0, None, "consistent", 80.0),
        ({"completed": 40}, 100, 60.0, None, "not_checkable", 60.0),  # only 'the rest'
        ({"closed": 95}, 100, 90.0, "办结率达到90%以上", "consistent", 95.0),
        # 85 of 100 is below 89.5; only counting the 15 unstated items reaches ≥ 90 %
        ({"closed": 85}, 100, 90.0, "办结率达到90%以上", "not_checkable", 100.0),
        ({"completed": 2, "in_progress": 1}, 3, 66.7, "完成率66.7%", "consistent", 200 / 3),
        ({"completed": 2, "in_progress": 1}, 3, 66.6, "完成率66.6%", "inconsistent", 200 / 3),
        ({"completed": 7}, 5, 100.0, None, "not_checkable", math.nan),  # counts > total
        ({"completed": 7}, None, 100.0, None, "not_checkable", math.nan),
    ],
)
def test_rates_table(counts: dict, total: int | None, rate: float, text: str | None,
                     verdict: str, expected: float) -> None:  # fmt: skip
    r = audit.check_rates(_summary(counts, total, rate, text)).iloc[0]
    assert r["verdict"] == verdict
    if math.isnan(expected):
        assert math.isnan(r["expected"])
    else:
        assert r["expected"] == pytest.approx(expected)


def test_rates_without_rate_column_give_an_empty_report() -> None:
    out = audit.check_rates(_summary({"completed": 1}, 1).drop(columns="reported_rate"))
    assert out.empty
    assert list(out.columns) == list(audit.REPORT_COLUMNS)


def test_rates_need_the_summary_columns() -> None:
    with pytest.raises(ModelValidationError, match="total"):
        audit.check_rates(_summary({"completed": 1}, 1).drop(columns="total"))


# ---------------------------------------------------------------------------------------
# partitions
# ---------------------------------------------------------------------------------------
def test_partitions_of_the_seeds(rep: pd.DataFrame) -> None:
    assert rep.loc["partition:000-P006", "formula"] == "373 + 59"  # 432 = 373 + 59
    assert rep.loc["partition:000-P006", "verdict"] == "consistent"
    partial = rep.loc["partition:000-P018"]  # 4 + 7 of 14 projects: a partial listing
    assert (partial["verdict"], partial["expected"]) == ("not_checkable", 11.0)
    nested = rep.loc["partition:002-P003"]  # 150 all rectified, 132 reviewed
    assert nested["verdict"] == "not_checkable"
    assert "nested" in nested["explanation"]
    rest = rep.loc["partition:000-P020"]  # 2 + 1 + 2 + 其余 of 59
    assert (rest["verdict"], rest["expected_low"], rest["expected_high"]) == (
        "consistent", 5.0, math.inf,
    )  # fmt: skip
    assert "54" in rest["explanation"]


@pytest.mark.parametrize(
    ("counts", "total", "verdict", "expected"),
    [
        ({"a": 3, "b": 4}, 7, "consistent", 7),
        ({"a": 3, "b": 5}, 7, "inconsistent", 8),
        ({"a": 3, "b": 3}, 7, "not_checkable", 6),
        ({"a": 3, "rest": None}, 7, "consistent", 3),
        ({"a": 8, "rest": None}, 7, "inconsistent", 8),
        ({"a": 7, "b": 5}, 7, "not_checkable", 12),  # nested: a holds everything
    ],
)
def test_partitions_table(counts: dict, total: int, verdict: str, expected: int) -> None:
    r = audit.check_partitions(_summary(counts, total)).iloc[0]
    assert (r["verdict"], r["expected"], r["reported"], r["tolerance"]) == (
        verdict, expected, total, 0.0,
    )  # fmt: skip


def test_single_category_statements_are_not_partitions() -> None:
    assert audit.check_partitions(_summary({"closed": 3120}, 3123)).empty
    assert audit.check_partitions(_summary({"a": 1, "b": 2}, None)).empty


def test_partitions_ignore_row_order() -> None:
    ps = _summary({"a": 74, "b": 6, "c": 2}, 80)
    a = audit.check_partitions(ps)
    b = audit.check_partitions(ps.iloc[::-1])
    assert a["verdict"].tolist() == b["verdict"].tolist() == ["inconsistent"]
    assert a["expected"].tolist() == b["expected"].tolist() == [82.0]


# ---------------------------------------------------------------------------------------
# changes vs levels
# ---------------------------------------------------------------------------------------
def test_manure_facility_share_points(rep: pd.DataFrame) -> None:
    r = rep.loc["change:000-O061:000-O060:000-O059"]  # 配套率 54% → 78%, 提高了24个百分点
    assert r["check"] == "change_absolute"
    assert r["verdict"] == "consistent"
    assert (r["expected"], r["expected_low"], r["expected_high"]) == (24.0, 23.0, 25.0)
    assert (r["reported_low"], r["reported_high"]) == (23.5, 24.5)
    assert r["unit"] == "percentage_point"
    assert r["formula"] == "78% − 54%"


@pytest.mark.parametrize(
    ("change", "before", "expected"),
    [("000-O075", "000-O074", -1.29), ("000-O077", "000-O076", -6.21),
     ("000-O079", "000-O078", -25.19)],
)  # fmt: skip
def test_jinci_spring_differences(rep: pd.DataFrame, change: str, before: str,
                                  expected: float) -> None:  # fmt: skip
    r = rep.loc[f"change:{change}:000-O073:{before}"]  # 2.57 m now vs 3.86 / 8.78 / 27.76 m
    assert r["verdict"] == "consistent"
    assert r["expected"] == pytest.approx(expected)
    assert r["expected_high"] - r["expected_low"] == pytest.approx(0.02)
    assert r["tolerance"] == pytest.approx(0.005)
    assert r["unit"] == "m"


def test_pm25_previous_value(rep: pd.DataFrame) -> None:
    r = rep.loc["change:003-O006:003-O005:-"]  # 38 µg/m³, 同比下降2.6% → 2021 ≈ 39
    assert r["verdict"] == "not_checkable"
    assert r["expected"] == pytest.approx(38 / 0.974)
    assert r["expected_low"] == pytest.approx(37.5 / 0.9745)
    assert r["expected_high"] == pytest.approx(38.5 / 0.9735)
    assert 39.0 in Interval(r["expected_low"], r["expected_high"])
    assert r["unit"] == "µg/m3"
    assert math.isnan(r["reported"])
    assert "2021" in r["explanation"]


def test_a_later_level_is_implied_from_the_earlier_one(rep: pd.DataFrame) -> None:
    r = rep.loc["change:002-O019:-:002-O018"]  # 89.61 % in 2016, +1.55 points by 2018
    assert r["expected"] == pytest.approx(91.16)
    assert (r["expected_low"], r["expected_high"]) == pytest.approx((91.15, 91.17))
    assert r["verdict"] == "not_checkable"


def test_a_target_baseline_is_not_a_period(rep: pd.DataFrame) -> None:
    r = rep.loc["change:000-O228:000-O227:-"]  # 高于国家下达指标1.3个百分点
    assert r["expected"] == pytest.approx(74.5)
    assert "not a period" in r["explanation"]


def test_changes_without_levels_give_no_row(rep: pd.DataFrame) -> None:
    assert not any(i.startswith("change:003-O014") for i in rep.index)  # 能耗下降5.4%


def _series(levels: list[tuple[str, str, str]], change: tuple[str, str, str, str]
            ) -> pd.DataFrame:  # fmt: skip
    """A user frame: levels (year, text, number) and a change (year, text, number, base)."""
    indicator, unit = "pm25_concentration", "µg/m3"
    rows = [
        {"obs_id": f"L{y}", "period_end": f"{y}-12-31", "value_text": t, "number": float(n),
         "kind": "level"}
        for y, t, n in levels
    ]  # fmt: skip
    y, t, n, base = change
    rows.append({"obs_id": "C", "period_end": f"{y}-12-31", "value_text": t, "number": float(n),
                 "kind": "change_relative", "baseline_period": base})  # fmt: skip
    df = pd.DataFrame(rows)
    df["indicator"], df["region"], df["qualifier"] = indicator, "某市", "exact"
    df["unit_written"] = np.where(df["kind"] == "level", unit, "%")
    return df


@pytest.mark.parametrize(
    ("previous", "change", "verdict"),
    [("39.0", "-2.6", "consistent"), ("39.0", "-5.0", "inconsistent"),
     ("40.0", "-2.6", "inconsistent"), ("38.9", "-2.3", "consistent"),
     ("39", "-3.5", "consistent"), ("39.0", "-3.5", "inconsistent")],  # decimals matter
)  # fmt: skip
def test_relative_change_between_two_levels(previous: str, change: str, verdict: str) -> None:
    df = _series([("2021", f"{previous}微克/立方米", previous), ("2022", "38.0微克/立方米", "38")],
                 ("2022", f"同比{change}%", change, "2021"))  # fmt: skip
    r = audit.check_changes(df).iloc[0]
    assert r["check_id"] == "change:C:L2022:L2021"
    assert r["verdict"] == verdict
    assert r["expected"] == pytest.approx(100 * (38 / float(previous) - 1))


def test_change_of_a_user_frame_without_obs_id() -> None:
    df = _series([("2022", "38微克/立方米", "38")], ("2022", "同比下降2.6%", "-2.6", "2021"))
    r = audit.check_changes(df.drop(columns="obs_id")).iloc[0]
    assert r["inputs"] == "row 1;row 0;-"


def test_changes_on_empty_or_levels_only_frames(tables: dict[str, pd.DataFrame]) -> None:
    obs = tables["observations"]
    assert audit.check_changes(obs.head(0)).empty
    assert audit.check_changes(obs[obs["kind"] == "level"]).empty


# ---------------------------------------------------------------------------------------
# relations
# ---------------------------------------------------------------------------------------
def test_dredging_sum(rep: pd.DataFrame) -> None:
    r = rep.loc["relation:000-R001"]  # 浍河 30.6 + 鄂河 2.7 = 33.3 万方
    assert r["verdict"] == "consistent"
    assert r["check"] == "sum"
    assert r["expected"] == pytest.approx(333000.0)
    assert (r["expected_low"], r["expected_high"]) == pytest.approx((332000.0, 334000.0))
    assert (r["reported_low"], r["reported_high"], r["tolerance"]) == (332500.0, 333500.0, 500.0)
    assert r["unit"] == "方"


def test_ratio_rebuilt_from_its_total_and_the_nearly_qualifier(rep: pd.DataFrame) -> None:
    r = rep.loc["relation:000-R005"]  # 6 of 19 springs (000-O269, the total), 近三分之一
    assert r["inputs"] == "000-O066;000-O269;000-O067"
    assert r["expected"] == pytest.approx(600 / 19)
    assert (r["reported_low"], r["reported_high"]) == pytest.approx((30.0, 100 / 3))
    assert r["verdict"] == "consistent"


def test_ratio_across_an_annual_basis(rep: pd.DataFrame) -> None:
    r = rep.loc["relation:002-R001"]  # 约254万吨 / 约950万吨/年 = 26.7 % vs 27 %
    assert r["expected"] == pytest.approx(100 * 254 / 950)
    assert r["expected_low"] == pytest.approx(100 * 254 * 0.95 / (950 * 1.05))
    assert r["verdict"] == "consistent"


def test_restatements_and_parts(rep: pd.DataFrame) -> None:
    assert rep.loc["relation:000-R002", "verdict"] == "consistent"  # 101.51 vs 101.5 公里
    r = rep.loc["relation:004-R001"]  # 47 of the 194 monitored sections
    assert (r["verdict"], r["inputs"]) == ("consistent", "004-O006;004-O012")
    r = rep.loc["relation:000-R006"]  # 沉陷区 3000 of 采空区 5000余
    assert (r["expected_low"], r["expected_high"]) == (2999.5, math.inf)
    assert (r["reported_low"], r["reported_high"]) == (5000.0, 6000.0)


def test_relations_table_refers_to_existing_figures_of_its_source(
    tables: dict[str, pd.DataFrame],
) -> None:
    rel = tables["relations"]
    obs = tables["observations"].set_index("obs_id")["source"]
    ps = tables["progress_summaries"].drop_duplicates("summary_id").set_index("summary_id")
    for r in rel.itertuples():
        for fid in [r.result, *r.terms.split(";")]:
            if fid in obs.index:
                assert obs[fid] == r.source, (r.relation_id, fid)
            elif fid.split(":")[0] in ps.index:
                assert ps.loc[fid.split(":")[0], "source"] == r.source, (r.relation_id, fid)
            else:
                assert fid in r.quote, (r.relation_id, fid)  # a figure written in the quote


def _rel(**kw: str) -> pd.DataFrame:
    base = {"relation_id": "R", "source": "x", "type": "sum", "result": "000-O014",
            "terms": "000-O015;000-O016", "basis": None, "quote": "q", "note": None}  # fmt: skip
    return pd.DataFrame([{**base, **kw}])


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        ({"type": "product"}, "type not in"),
        ({"terms": "000-O015"}, "takes 2\\+ term"),
        ({"type": "ratio", "terms": "000-O015;000-O016;000-O014"}, "takes 2 term"),
        ({"terms": "000-O015;000-O999"}, "name no figure: R: 000-O999"),
        ({"terms": "000-O015;2.7万方"}, "neither a known id nor a figure written"),
        ({"terms": "000-O015;000-O001"}, "cannot bring"),  # 万吨/日 into 方
        ({"type": "ratio", "result": "002-O023", "terms": "002-O022;002-O021"}, "cannot bring"),
    ],
)
def test_relation_errors(tables: dict[str, pd.DataFrame], kw: dict, match: str) -> None:
    with pytest.raises(DatasetError, match=match):
        audit.check_relations(_rel(**kw), tables["observations"], tables["progress_summaries"])


def test_a_broken_sum_is_inconsistent(tables: dict[str, pd.DataFrame]) -> None:
    obs = tables["observations"].copy()
    i = obs.index[obs["obs_id"] == "000-O016"][0]
    obs.loc[i, ["value_text", "number"]] = ["2.9万方", 29000.0]  # 30.6 + 2.9 ≠ 33.3
    r = audit.check_relations(_rel(quote="33.3万方"), obs).iloc[0]
    assert r["verdict"] == "inconsistent"
    assert r["deviation"] == pytest.approx(2000.0)


def test_literal_terms_in_the_quote(tables: dict[str, pd.DataFrame]) -> None:
    rel = _rel(terms="30.6万方;2.7万方", quote="其中浍河30.6万方,鄂河2.7万方")
    r = audit.check_relations(rel, tables["observations"]).iloc[0]
    assert (r["verdict"], r["expected"]) == ("consistent", pytest.approx(333000.0))


# ---------------------------------------------------------------------------------------
# report() with given tables
# ---------------------------------------------------------------------------------------
def test_report_runs_only_the_checks_of_the_given_tables(tables: dict[str, pd.DataFrame]) -> None:
    only = audit.report({"progress_summaries": tables["progress_summaries"]})
    assert set(only["check"]) == {"rate", "partition"}
    assert list(only.columns) == list(audit.REPORT_COLUMNS)
    empty = audit.report({})
    assert empty.empty
    assert {c: str(t) for c, t in empty.dtypes.items()} == audit.REPORT_COLUMNS


def test_report_bands_are_passed_on(tables: dict[str, pd.DataFrame]) -> None:
    # with 近 meaning at most 2 % below, 6/19 = 31.6 % is no longer 近三分之一
    r = audit.report(nearly_band=0.02).set_index("check_id")
    assert r.loc["relation:000-R005", "verdict"] == "inconsistent"


@pytest.mark.parametrize(
    "module",
    ["envindicators.audit", "envindicators.audit.checks", "envindicators.audit.precision"],
)
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0


# -- issue 11 (1): 超过/高于 are strict lower bounds, shares capped at 100 ---------------------
@pytest.mark.parametrize(
    ("figure", "qualifier", "expected"),
    [
        ("超过1000家", "greater", (1001.0, math.inf)),  # an exact count: the next whole one
        ("突破1.2万家", "greater", (12000.0, math.inf)),
        ("办结率超过94%", "greater", (94.0, 100.0)),  # a share: capped at 100 %
        ("高于94%", None, (94.0, 100.0)),  # the parser's own 高于 → greater
        ("大于0.5毫克/升", None, (0.5, math.inf)),
        ("低于5家", None, (0.0, 4.0)),
        ("小于0.5毫克/升", None, (0.0, 0.5)),
        ("近三千吨", None, (2700.0, 3000.0)),
        ("7000余吨", None, (7000.0, 8000.0)),
        ("85%以上", None, (84.5, 100.0)),
        ("完成率105%", None, (104.5, 105.5)),  # above 100: not a share of a whole
    ],
)
def test_bound_words_give_the_documented_intervals(figure, qualifier, expected) -> None:
    lo, hi = audit.reported_interval(figure, qualifier=qualifier)
    assert (lo, hi) == pytest.approx(expected)


def test_a_rate_above_a_strict_bound_is_consistent() -> None:
    """6750 of 6991 closed = 96.55 % against 办结率高于94% (strictly above 94 %)."""
    ps = pd.DataFrame(
        {
            "summary_id": ["X"],
            "total": [6991],
            "category": ["closed"],
            "count": [6750],
            "reported_rate": [94.0],
            "reported_rate_text": ["办结率高于94%"],
        }
    )
    r = audit.check_rates(ps).iloc[0]
    assert r["verdict"] == "consistent"
    assert (r["reported_low"], r["reported_high"]) == (94.0, 100.0)
    # and 6570 / 6991 = 93.98 % is outside (94, 100]: only the unstated 421 could help
    r = audit.check_rates(ps.assign(count=[6570])).iloc[0]
    assert r["verdict"] == "not_checkable"
    assert "not stated" in r["explanation"]


@settings(max_examples=100, deadline=None)
@given(
    st.floats(0.1, 1e6, allow_nan=False),
    st.integers(0, 3),
    st.sampled_from(["greater", "less", "at_least", "at_most", "more_than", "nearly"]),
)
def test_one_sided_intervals_contain_only_values_on_their_side(m: float, d: int, q: str) -> None:
    lo, hi = audit.reported_interval(round(m, d), decimals=d, qualifier=q)
    x = round(m, d)
    if q == "greater":
        assert lo == x
        assert hi == math.inf
    elif q == "less":
        assert lo == 0.0
        assert hi == x
    elif q == "at_least":
        assert lo < x
        assert hi == math.inf
    elif q == "at_most":
        assert lo == 0.0
        assert hi > x
    elif q == "more_than":
        assert lo == x < hi
    else:
        assert lo < hi == x
    # a share in % never exceeds 100 when the figure does not
    if x <= 100:
        s_lo, s_hi = audit.reported_interval(x, decimals=d, qualifier=q, unit="%")
        assert s_hi <= 100.0
        assert s_lo == lo


# -- issue 11 (9): counts through their precision; truncation; rates above 100 % -----------
def _statement(total: int, closed: int, rate: float, text: str, **cols: object) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "summary_id": ["S"],
            "total": [total],
            "category": ["closed"],
            "count": [closed],
            "reported_rate": [rate],
            "reported_rate_text": [text],
            **{k: [v] for k, v in cols.items()},
        }
    )


def test_counts_written_with_a_multiplier_are_intervals() -> None:
    """共受理1.2万件, 办结1.14万件, 办结率96%: 95.0 % exactly, but the counts are rounded."""
    ps = _statement(12000, 11400, 96.0, "办结率96%", quote="共受理1.2万件，办结1.14万件，办结率96%")
    r = audit.check_rates(ps).iloc[0]
    assert r["verdict"] == "consistent"
    assert r["expected"] == pytest.approx(95.0)
    assert r["expected_low"] == pytest.approx(100 * 11350 / 12500)
    assert r["expected_high"] == pytest.approx(100 * 11450 / 11500)
    # the same counts written in full are exact: 95.0 % is not 96 %
    full = _statement(12000, 11400, 96.0, "办结率96%", quote="共受理12000件，办结11400件")
    assert audit.check_rates(full).iloc[0]["verdict"] == "inconsistent"
    # an explicit count_text wins over the quote
    own = _statement(12000, 11400, 96.0, "办结率96%", count_text="1.14万件", total_text="1.2万件")
    assert audit.check_rates(own).iloc[0]["verdict"] == "consistent"


def test_truncated_rates_are_a_stated_convention() -> None:
    """23391 of 23401 = 99.957 %, written 99.9 %: rounding says 99.96 %, truncation 99.9 %."""
    ps = _statement(23401, 23391, 99.9, "办结率99.9%")
    r = audit.check_rates(ps).iloc[0]
    assert r["verdict"] == "inconsistent"
    assert "truncated" in r["explanation"]
    assert audit.check_rates(ps, rounding="truncate").iloc[0]["verdict"] == "consistent"
    assert audit.check_rates(ps, rounding="either").iloc[0]["verdict"] == "consistent"
    with pytest.raises(ModelValidationError, match="rounding"):
        audit.check_rates(ps, rounding="floor")


def test_a_rate_above_100_percent_is_over_fulfilment() -> None:
    """完成率105%: 105 done of a plan of 100 is consistent, 90 is not."""
    ok = audit.check_rates(_statement(100, 105, 105.0, "完成率105%")).iloc[0]
    assert ok["verdict"] == "consistent"
    assert "over-fulfilment" in ok["explanation"]
    bad = audit.check_rates(_statement(100, 90, 105.0, "完成率105%")).iloc[0]
    assert bad["verdict"] == "inconsistent"


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 50_000), st.floats(0.0, 1.0), st.integers(0, 2))
def test_a_rate_printed_from_its_counts_is_consistent(total: int, share: float, d: int) -> None:
    closed = round(share * total)
    exact = 100 * closed / total
    shown = round(exact, d)
    r = audit.check_rates(_statement(total, closed, shown, f"办结率{shown:.{d}f}%")).iloc[0]
    assert r["verdict"] == "consistent"
    cut = math.floor(exact * 10**d) / 10**d
    t = audit.check_rates(
        _statement(total, closed, cut, f"办结率{cut:.{d}f}%"), rounding="truncate"
    ).iloc[0]
    assert t["verdict"] == "consistent"


# ---------------------------------------------------------------------------------------
# empty tables: every check gives the empty report, never an error
# ---------------------------------------------------------------------------------------
def _empty(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    return tables[name].head(0)


EMPTY_CHECKS = {
    "rates": lambda t: audit.check_rates(_empty(t, "progress_summaries")),
    "partitions": lambda t: audit.check_partitions(_empty(t, "progress_summaries")),
    "changes": lambda t: audit.check_changes(_empty(t, "observations")),
    "relations": lambda t: audit.check_relations(
        _empty(t, "relations"), _empty(t, "observations"), _empty(t, "progress_summaries")
    ),
    "report": lambda t: audit.report(
        {n: _empty(t, n) for n in ("observations", "progress_summaries", "relations")}
        | {"indicators": t["indicators"]}
    ),
}


@pytest.mark.parametrize("check", sorted(EMPTY_CHECKS))
def test_every_check_of_an_empty_table_is_the_empty_report(check: str, tables) -> None:
    out = EMPTY_CHECKS[check](tables)
    assert out.empty
    assert {c: str(t) for c, t in out.dtypes.items()} == audit.REPORT_COLUMNS
    assert audit.in_words(out).empty


@pytest.mark.parametrize("check", ["rates", "partitions"])
def test_summaries_without_checkable_rows_are_the_empty_report(check: str) -> None:
    """No total, a single category, or no counts at all: nothing to check, no error."""
    fn = {"rates": audit.check_rates, "partitions": audit.check_partitions}[check]
    rows = pd.DataFrame(
        {
            "summary_id": ["S1", "S2", "S2"],
            "total": pd.array([None, None, None], dtype="Int64"),
            "category": ["a", "a", "b"],
            "count": pd.array([None, None, None], dtype="Int64"),
            "reported_rate": pd.array([None, None, None], dtype="Float64"),
        }
    )
    out = fn(rows)
    assert out.empty
    assert list(out.columns) == list(audit.REPORT_COLUMNS)
