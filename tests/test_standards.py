"""Standards catalogue, limits, references, water classes, effluent grades, annual evaluation."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import datasets, standards
from envindicators.errors import ModelValidationError, StandardLookupError
from envindicators.model import Averaging, Indicator, StandardRef, Target
from envindicators.units import ureg

PM25 = Indicator(
    "pm25", "PM2.5年均浓度", "PM2.5", "µg/m3", "lower", standard="GB 3095-2012 二级 PM2.5 年平均"
)


# -- catalogue and validity periods ------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "day", "expected", "phase"),
    [
        ("ambient_air", "2016-01-01", "GB 3095-2012", "nationwide"),
        ("ambient_air", "2015-12-31", "GB 3095-2012", "early"),
        ("ambient_air", "2026-02-28", "GB 3095-2012", "nationwide"),
        ("ambient_air", "2026-03-01", "GB 3095-2026", "transition"),
        ("ambient_air", "2030-12-31", "GB 3095-2026", "transition"),
        ("ambient_air", "2031-01-01", "GB 3095-2026", "final"),
        ("aqi", "2026-02-28", "HJ 633-2012", "nationwide"),
        ("aqi", "2026-03-01", "HJ 633-2026", "nationwide"),
        ("air_assessment", "2013-10-01", "HJ 663-2013", "in force"),
        ("surface_water", "2002-06-01", "GB 3838-2002", "in force"),
        ("wwtp_effluent", "2003-07-01", "GB 18918-2002", "in force"),
    ],
)
def test_standard_for_at_the_boundaries(kind, day, expected, phase) -> None:
    std = standards.standard_for(kind, day)
    assert std.id == expected
    assert std.phase_on(day).name == phase


def test_standard_for_refuses_what_it_does_not_know() -> None:
    with pytest.raises(StandardLookupError, match="first"):
        standards.standard_for("surface_water", "2002-05-31")
    with pytest.raises(StandardLookupError, match="HJ 663-2026"):
        standards.standard_for("air_assessment", "2026-03-01")
    with pytest.raises(StandardLookupError, match="give a date"):
        standards.standard_for("aqi", 2026)
    assert standards.standard_for("aqi", 2020).id == "HJ 633-2012"
    with pytest.raises(StandardLookupError, match="unknown kind"):
        standards.standard_for("noise", "2020-01-01")
    with pytest.raises(StandardLookupError, match="shipped"):
        standards.get("GB 3097-1997")
    assert standards.get("GB 3095—2012").id == "GB 3095-2012"


def test_catalogue_tables_have_units_citations_and_sources() -> None:
    cat = standards.catalogue()
    assert set(cat["standard"]) == {
        "GB 3095-2012", "GB 3095-2026", "HJ 633-2012", "HJ 633-2026", "HJ 663-2013",
        "GB 3838-2002", "GB 18918-2002",
    }  # fmt: skip
    for sid in cat["standard"].unique():
        std = standards.get(sid)
        for name, info in std.tables.items():
            t = std.table(name)
            assert len(t) > 0
            assert t.attrs["citation"]
            assert all(u.startswith("http") for u in info.sources)
            units = list(t["unit"].unique()) if "unit" in t else list(info.units.values())
            for u in units:
                ureg.Unit(u)  # every unit parses in the library's registry
    assert standards.get("GB 3095-2026").provisional
    assert "PROVISIONAL" in standards.get("GB 3095-2026").note


# -- GB 3095 limits ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pollutant", "averaging", "grade", "on", "value"),
    [
        ("PM2.5", "annual", "二级", "2025-12-31", 35),
        ("PM2.5", "24h", "二级", "2025-12-31", 75),
        ("PM10", "annual", "二级", "2025-12-31", 70),
        ("O3", "8h", "二级", "2025-12-31", 160),
        ("CO", "24h", "二级", "2025-12-31", 4),
        ("SO2", "annual", "一级", "2025-12-31", 20),
        ("PM2.5", "annual", "二级", "2026-03-01", 30),
        ("PM2.5", "24h", "二级", "2026-03-01", 60),
        ("PM2.5", "annual", "一级", "2031-01-01", 10),
        ("PM2.5", "annual", "二级", "2031-01-01", 25),
        ("PM2.5", "24h", "二级", "2031-01-01", 50),
        ("PM10", "24h", "二级", "2026-03-01", 120),
        ("NO2", "annual", "二级", "2031-01-01", 30),
    ],
)
def test_gb3095_limits(pollutant, averaging, grade, on, value) -> None:
    assert standards.limit(pollutant, averaging, grade=grade, on=on).value == value


def test_gb3095_2026_provisional_flags_and_phases() -> None:
    t = standards.limits("GB 3095-2026", phase="final")
    pm = t[t["pollutant"] == "PM2.5"]
    assert not pm["provisional"].any()  # stated in the Ministry's announcement
    assert t[t["pollutant"] == "PM10"]["provisional"].all()
    assert standards.limit("PM10", "annual", on="2031-06-01").provisional
    with pytest.raises(StandardLookupError, match="phase"):
        standards.limits("GB 3095-2026")
    with pytest.raises(StandardLookupError, match="no 二级 limit for CO annual"):
        standards.limit("CO", "annual", on="2020-01-01")
    with pytest.raises(StandardLookupError, match="unknown air pollutant"):
        standards.limit("VOC", "annual", on="2020-01-01")


# -- references ----------------------------------------------------------------------------
def test_standard_ref_parsing_round_trips() -> None:
    for text in (
        "GB 3095-2012 二级 PM2.5 年平均",
        "GB 3838-2002 Ⅰ-Ⅲ类",
        "GB 3838-2002 劣Ⅴ类",
        "GB 18918-2002 一级A",
        "GB 3838-2002 Ⅴ类 COD: 40 mg/L",
        "HJ 633-2012",
    ):
        assert str(StandardRef.parse(text)) == text
    ref = StandardRef.parse("GB 3095—2012 二级: 35 µg/m3")
    assert (ref.standard, ref.grade, ref.limit, ref.limit_unit) == (
        "GB 3095-2012",
        "二级",
        35.0,
        "µg/m3",
    )
    assert StandardRef.parse("GB 3838-2002 III类 氨氮").grade == "Ⅲ类"
    assert StandardRef.parse("GB 18918-2002 一级A标准").grade == "一级A"
    assert StandardRef.parse("GB 3095-2012 二级 PM10 24h").averaging is Averaging.H24
    for bad in (
        "国家二级标准",
        "GB 3095-2012 二级 一级",
        "GB 3095-2012 PM2.5 PM10",
        "GB 3095-2012 :",
    ):
        with pytest.raises(ModelValidationError):
            StandardRef.parse(bad)


def test_indicator_standard_is_structured_and_additive() -> None:
    assert PM25.standard_ref == StandardRef("GB 3095-2012", "二级", "PM2.5", Averaging.ANNUAL)
    free = Indicator("x", None, None, "%", "higher", standard="国家二级标准")
    assert free.standard == "国家二级标准"
    assert free.standard_ref is None
    with pytest.raises(ModelValidationError) as exc:
        Indicator("x", None, None, "%", "higher", standard="GB 3095-2012 二级 一级")
    assert exc.value.field == "standard"
    made = Indicator("x", None, None, "µg/m3", "lower", standard=StandardRef("GB 3095-2012"))
    assert made.standard == "GB 3095-2012"


def test_resolve_in_the_edition_in_force() -> None:
    assert standards.resolve(PM25).value == 35
    assert standards.resolve(PM25, on="2026-02-28").value == 35
    lim = standards.resolve(PM25, on="2026-03-01")
    assert (lim.standard, lim.phase, lim.value) == ("GB 3095-2026", "transition", 30)
    assert standards.resolve(PM25, on="2031-01-01").value == 25
    assert standards.resolve("GB 3838-2002 Ⅲ类 TP").value == 0.2
    assert standards.resolve("GB 3838-2002 Ⅲ类 TP", waterbody="lake").value == 0.05
    do = standards.resolve("GB 3838-2002 Ⅱ类 溶解氧")
    assert (do.comparator, do.value) == ("ge", 6)
    ph = standards.resolve("GB 3838-2002 Ⅲ类 pH")
    assert (ph.comparator, ph.value, ph.value_high) == ("band", 6, 9)
    assert standards.resolve("GB 18918-2002 一级A COD").value == 50
    with pytest.raises(StandardLookupError, match="temperature"):
        standards.resolve("GB 18918-2002 一级A NH3-N")
    with pytest.raises(StandardLookupError, match="no pollutant"):
        standards.resolve("GB 3838-2002 Ⅰ-Ⅲ类")


def test_check_ref() -> None:
    standards.check_ref("GB 3095-2012 二级: 35 µg/m3".replace(":", " PM2.5 年平均:"))
    standards.check_ref("GB 3838-2002 Ⅰ-Ⅲ类")
    standards.check_ref("GB 3097-1997")  # named, not shipped: passes as it is
    with pytest.raises(StandardLookupError, match="table says 40"):
        standards.check_ref("GB 3838-2002 Ⅴ类 COD: 45 mg/L")
    with pytest.raises(StandardLookupError):
        standards.check_ref("GB 3838-2002 Ⅵ类")
    with pytest.raises(StandardLookupError):
        standards.check_ref("GB 3095-2012 二级 VOC 年平均")


def test_standard_target_uses_the_limit_in_force_at_the_deadline() -> None:
    t = standards.standard_target(PM25, deadline="2020-12-31", value_text="达到国家二级标准")
    assert (t.comparator.value, t.value, t.standard) == (
        "le",
        35.0,
        "GB 3095-2012 二级 PM2.5 年平均: 35 µg/m3",
    )
    t = standards.standard_target(PM25, deadline=2031, grade=1)
    assert (t.value, t.deadline) == (10.0, dt.date(2031, 12, 31))
    assert "provisional" not in (t.note or "")
    back = Target.from_frame(Target.to_frame([t]), [PM25])[0]
    assert back.standard == t.standard
    with pytest.raises(ModelValidationError):
        Target.level(PM25, "le", (35, "µg/m3"), standard="not a reference")


def test_targets_against_standards_on_the_bundled_data() -> None:
    out = standards.targets_against_standards(datasets.load("targets"), datasets.load("indicators"))
    liaoning = out[out["target_id"] == "000-T013"].iloc[0]
    assert liaoning["standard"] == "GB 3095-2012"
    assert (liaoning["target"], liaoning["limit"], liaoning["margin"]) == (42, 35, 7)
    assert bool(liaoning["looser"])


# -- GB 3838 --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("parameter", "value", "expected"),
    [
        ("do", 7.5, "Ⅰ"), ("do", 7.49, "Ⅱ"), ("do", 2, "Ⅴ"), ("do", 1.9, "劣Ⅴ"),
        ("codmn", 2, "Ⅰ"), ("codmn", 15.1, "劣Ⅴ"), ("cod", 15, "Ⅰ"), ("cod", 15.5, "Ⅲ"),
        ("bod5", 3, "Ⅰ"), ("bod5", 4, "Ⅲ"), ("nh3n", 0.15, "Ⅰ"), ("nh3n", 1.0, "Ⅲ"),
        ("nh3n", 2.0, "Ⅴ"), ("nh3n", 2.01, "劣Ⅴ"), ("tp", 0.2, "Ⅲ"), ("hg", 0.0001, "Ⅲ"),
        ("cu", 0.02, "Ⅱ"), ("cyanide", 0.2, "Ⅲ"), ("faecal_coliform", 10000, "Ⅲ"),
        ("ph", 6, "Ⅰ"), ("ph", 9.2, "劣Ⅴ"), ("ph", 5.9, "劣Ⅴ"), ("氨氮", 0.5, "Ⅱ"),
        ("NH3-N", 1.5, "Ⅳ"), ("高锰酸盐指数", 6, "Ⅲ"),
    ],
)  # fmt: skip
def test_gb3838_class_per_parameter(parameter, value, expected) -> None:
    assert list(standards.water_class(parameter, [value])) == [expected]


def test_gb3838_lakes_and_total_nitrogen() -> None:
    assert list(standards.water_class("tp", [0.04, 0.04], waterbody="lake")) == ["Ⅲ", "Ⅲ"]
    assert list(standards.water_class("tp", [0.04])) == ["Ⅱ"]
    assert list(standards.water_class("tn", [1.2], waterbody="lake")) == ["Ⅳ"]
    with pytest.raises(StandardLookupError, match="lake"):
        standards.water_class("tn", [1.2])
    t = standards.class_limits()
    assert int(t["routine"].groupby(t["parameter"]).first().sum()) == 21


def test_section_class_single_factor() -> None:
    df = pd.DataFrame(
        {"do": [8.0, 6.5, 4.0, np.nan], "codmn": [2, 3.5, 8, np.nan], "cod": [10, 18, 25, np.nan],
         "nh3n": [0.1, 0.4, 2.4, np.nan], "tp": [0.01, 0.15, 0.25, np.nan],
         "tn": [3.0, 3.0, 3.0, 3.0], "faecal_coliform": [1e5, 1e5, 1e5, 1e5]}
    )  # fmt: skip
    r = standards.section_class(df)
    assert list(r["class"].astype("string").fillna("")) == ["Ⅰ", "Ⅲ", "劣Ⅴ", ""]
    assert list(r["status"].astype("string").fillna("")) == ["优", "良好", "重度污染", ""]
    assert r.loc[2, "limiting"] == "nh3n"
    assert r.loc[2, "exceeding"] == "do,codmn,cod,nh3n,tp"
    assert r["items"].tolist() == [5, 5, 5, 0]
    assert not r["complete"].any()  # 5 of the 21 routine items
    lake = standards.section_class(df, waterbody="lake")
    assert lake.loc[0, "class"] == "Ⅰ"  # lake TP limits: 0.01 is still class Ⅰ
    assert lake.loc[1, "class"] == "Ⅴ"  # TP 0.15 in a lake: class Ⅴ (river: Ⅲ)
    assert lake.loc[0, "tn_class"] == "劣Ⅴ"
    shares = standards.class_shares(r["class"])
    assert (shares["sections"], shares["good_share"], shares["worse_than_v_share"]) == (
        3,
        pytest.approx(200 / 3),
        pytest.approx(100 / 3),
    )


@settings(max_examples=60)
@given(st.lists(st.floats(0, 3, allow_nan=False), min_size=1, max_size=20))
def test_water_class_is_monotone_and_worst_is_the_max(values) -> None:
    x = np.sort(np.asarray(values))
    codes = standards.water_class("nh3n", x).codes
    assert np.all(np.diff(codes) >= 0)
    df = pd.DataFrame({"nh3n": values, "cod": [16.0] * len(values)})
    r = standards.section_class(df)
    expected = np.maximum(standards.water_class("nh3n", values).codes, 2)
    assert np.array_equal(r["class"].cat.codes.to_numpy(), expected)


# -- GB 18918 -------------------------------------------------------------------------------
def test_gb18918_table() -> None:
    t = standards.effluent_limits()
    a = t.set_index(["item", t["condition"].fillna("")])["grade_1a"]
    assert a[("cod", "")] == 50
    assert a[("bod5", "")] == 10
    assert a[("ss", "")] == 10
    assert a[("tn", "")] == 15
    assert a[("nh3n", "temperature_above_12")] == 5
    assert a[("nh3n", "temperature_at_most_12")] == 8
    assert a[("tp", "built_from_2006")] == 0.5
    assert a[("tp", "built_before_2006")] == 1
    assert a[("faecal_coliform", "")] == 1000
    assert t.loc[t["item"] == "tn", "grade_2"].isna().all()


def test_effluent_temperature_and_construction_rules() -> None:
    s = pd.DataFrame({"nh3n": [6.0, 6.0, 6.0, 9.0], "tp": [0.8, 0.8, 0.8, 0.3]})
    r = standards.effluent_compliance(
        s,
        water_temperature=[10, 15, np.nan, np.nan],
        built=["2004-01-01", "2008-01-01", None, None],
    )
    assert r["nh3n_ok"].tolist() == [True, False, pd.NA, False]
    assert r["tp_ok"].tolist() == [True, False, pd.NA, True]
    assert r["compliant"].tolist() == [True, False, pd.NA, False]
    assert r.loc[2, "undetermined"] == "nh3n,tp"
    assert r.loc[1, "exceeding"] == "nh3n,tp"


def test_effluent_grade_and_removal_rule() -> None:
    s = pd.DataFrame({"cod": [30, 55, 90, 150], "bod5": [8, 15, 25, 50], "ss": [8, 15, 25, 40]})
    g = standards.effluent_grade(s)
    assert g["grade"].astype("string").fillna("").tolist() == ["一级A", "一级B", "二级", ""]
    s["cod_influent"] = [np.nan, np.nan, np.nan, 500]  # 70 % removal > 60 %
    assert standards.effluent_compliance(s, grade="三级")["cod_ok"].tolist()[3] is True
    assert g["grade"].max() == "一级A"


# -- HJ 663 annual evaluation -------------------------------------------------------------------
def test_percentile_is_hj663_appendix_a() -> None:
    x = np.array([3.0, 1, 4, 1, 5, 9, 2, 6])
    s = np.sort(x)
    for p in (90, 95, 98):
        k = 1 + (len(s) - 1) * p / 100
        i = int(k)
        expected = s[i - 1] + (s[min(i, len(s) - 1)] - s[i - 1]) * (k - i)
        assert standards.percentile(x, p) == pytest.approx(expected)


def _year(values: dict[str, float], days: int = 365, start: str = "2025-01-01") -> pd.DataFrame:
    d = pd.DataFrame({"date": pd.date_range(start, periods=days, freq="D")})
    for k, v in values.items():
        d[k] = v
    return d


BASE = {"so2": 10.0, "no2": 30.0, "pm10": 60.0, "pm25": 32.0, "co": 1.0, "o3_8h": 120.0}


def test_annual_evaluation_constant_year_under_2012_and_2026() -> None:
    daily = _year(BASE)
    e12 = standards.annual_evaluation(daily, aqi_version="HJ 633-2012")
    s = e12.summary.iloc[0]
    assert s["pm25_mean"] == 32
    assert s["o3_p90"] == 120
    assert bool(s["compliant"])
    assert s["standard"] == "GB 3095-2012 (nationwide) 二级"
    assert s["valid_days"] == 365
    assert s["good_days_share"] == 100.0
    expected = 10 / 60 + 30 / 40 + 60 / 70 + 32 / 35 + 1 / 4 + 120 / 160
    assert s["composite_index"] == pytest.approx(expected)
    e26 = standards.annual_evaluation(
        daily, standard="GB 3095-2026", phase="transition", aqi_version="HJ 633-2026"
    )
    s26 = e26.summary.iloc[0]
    assert not bool(s26["pm25_compliant"])  # 32 > 30
    assert not bool(s26["compliant"])
    assert bool(s26["pm10_compliant"])  # 60 ≤ 60


def test_annual_evaluation_validity_rules() -> None:
    daily = _year(BASE)
    gone = daily["date"].dt.month.eq(2) & daily["date"].dt.day.le(4)  # February: 24 days left
    daily.loc[gone, "pm25"] = np.nan
    stats = standards.annual_evaluation(daily, aqi_version="2012").statistics
    pm = stats[stats["pollutant"] == "PM2.5"]
    assert not pm["valid"].any()
    assert pm["compliant"].isna().all()
    assert stats[stats["pollutant"] == "PM10"]["valid"].all()
    daily.loc[gone & daily["date"].dt.day.eq(4), "pm25"] = 32.0  # 25 in February: valid
    stats = standards.annual_evaluation(daily, aqi_version="2012").statistics
    assert stats[stats["pollutant"] == "PM2.5"]["valid"].all()
    short = _year(BASE, days=323)
    assert not standards.annual_evaluation(short, aqi_version="2012").statistics["valid"].any()


def test_annual_evaluation_groups_percentiles_and_good_days() -> None:
    rng = np.random.default_rng(3)
    daily = standards.synthetic_daily(stations=3, days=365, seed=3)
    ev = standards.annual_evaluation(daily, by="station", aqi_version="HJ 633-2012")
    assert len(ev.summary) == 3
    one = daily[daily["station"] == "S002"]
    s = ev.summary.set_index("station").loc["S002"]
    assert s["pm25_mean"] == np.round(one["pm25"].mean())
    assert s["o3_p90"] == np.round(np.nanpercentile(one["o3_8h"], 90))
    assert s["co_p95"] == np.round(np.nanpercentile(one["co"], 95), 1)
    days = standards.aqi(one, version="HJ 633-2012")
    known = days["category"].notna()
    assert s["good_days_share"] == pytest.approx(
        100 * (known & (days["aqi"] <= 100)).sum() / known.sum()
    )
    assert rng is not None


def test_composite_index_official_example() -> None:
    c = {"pm25": 21, "pm10": 39, "so2": 9, "no2": 15, "o3": 192, "co": 0.7}
    assert round(standards.composite_index(c), 2) == 3.06
    c26 = standards.composite_index(c, limits="GB 3095-2026", phase="transition")
    assert c26 > standards.composite_index(c)


def test_bundled_indicators_name_valid_standards() -> None:
    from envindicators.errors import DatasetError

    ind = datasets.load("indicators")
    refs = ind["standard"].dropna()
    assert {StandardRef.parse(r).standard for r in refs} >= {
        "GB 3095-2012", "HJ 633-2012", "GB 3838-2002", "GB 18918-2002",
    }  # fmt: skip
    datasets.validate(ind, "indicators")
    bad = ind.copy()
    bad.loc[bad["code"] == "pm25_concentration", "standard"] = (
        "GB 3095-2012 二级 PM2.5 年平均: 30 µg/m3"
    )
    with pytest.raises(DatasetError, match="table says 35"):
        datasets.validate(bad, "indicators")


def test_report_notes_targets_looser_than_the_standard(tmp_path) -> None:
    from envindicators import report

    result = report.build_report(tmp_path / "r", figures=False)
    text = result.path.read_text(encoding="utf-8")
    section = text.split("## Targets against the national standards")[1].split("\n## ")[0]
    assert "| 000-T013 | 辽宁省 | pm25_concentration | ≤ 42 µg/m3 |" in section
    assert "GB 3095-2012 二级 (nationwide) | 35 µg/m3 | **yes** |" in section
