"""The unit registry: factors, spellings, scaled units, contexts, isolation from pint."""

from __future__ import annotations

import math

import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import SCALE_WORDS, DimensionalityError, Quantity, ureg
from envindicators.units.registry import SCALABLE_UNITS, build_registry, scale_spellings

# ---------------------------------------------------------------------------------------
# Each unit's factor against an independent literal (SI base units; 亩 = 10000/15 m²).
# ---------------------------------------------------------------------------------------
M2, M3, KG, S, J, W = "m**2", "m**3", "kg", "s", "J", "W"
YEAR_S = 365.25 * 86400.0

FACTORS = [
    # area
    ("亩", M2, 666.6666666666666),
    ("畝", M2, 666.6666666666666),
    ("公顷", M2, 1e4),
    ("公頃", M2, 1e4),
    ("ha", M2, 1e4),
    ("平方公里", M2, 1e6),
    ("平方千米", M2, 1e6),
    ("km2", M2, 1e6),
    ("平方米", M2, 1.0),
    ("m2", M2, 1.0),
    # length
    ("公里", "m", 1000.0),
    ("千米", "m", 1000.0),
    ("Km", "m", 1000.0),
    ("km", "m", 1000.0),
    ("米", "m", 1.0),
    # volume
    ("立方米", M3, 1.0),
    ("m3", M3, 1.0),
    ("m³", M3, 1.0),
    ("方", M3, 1.0),
    ("升", M3, 1e-3),
    ("L", M3, 1e-3),
    # mass
    ("吨", KG, 1000.0),
    ("噸", KG, 1000.0),
    ("t", KG, 1000.0),
    ("千克", KG, 1.0),
    ("公斤", KG, 1.0),
    ("克", KG, 1e-3),
    ("毫克", KG, 1e-6),
    ("mg", KG, 1e-6),
    ("微克", KG, 1e-9),
    ("μg", KG, 1e-9),
    ("µg", KG, 1e-9),
    ("ug", KG, 1e-9),
    # time
    ("日", S, 86400.0),
    ("天", S, 86400.0),
    ("小时", S, 3600.0),
    ("小時", S, 3600.0),
    ("年", S, YEAR_S),
    ("月", S, YEAR_S / 12),
    # power and energy
    ("千瓦", W, 1e3),
    ("万千瓦", W, 1e7),
    ("MW", W, 1e6),
    ("兆瓦", W, 1e6),
    ("千瓦时", J, 3.6e6),
    ("度", J, 3.6e6),
    ("kgce", J, 29.3076e6),
    ("千克标准煤", J, 29.3076e6),
    ("tce", J, 29.3076e9),
    ("吨标准煤", J, 29.3076e9),
    ("万吨标准煤", J, 29.3076e13),
    # money
    ("元", "yuan", 1.0),
    ("万元", "yuan", 1e4),
    ("亿元", "yuan", 1e8),
    ("億元", "yuan", 1e8),
    # concentrations
    ("微克/立方米", "kg/m**3", 1e-9),
    ("µg/m3", "kg/m**3", 1e-9),
    ("毫克/立方米", "kg/m**3", 1e-6),
    ("毫克/升", "kg/m**3", 1e-3),
    # scaled statistical units
    ("千公顷", M2, 1e7),
    ("万立方米", M3, 1e4),
    ("亿立方米", M3, 1e8),
    ("万方", M3, 1e4),
    ("万吨/日", "kg/s", 1e7 / 86400.0),
    ("万亩", M2, 1e8 / 15),
    # shares and counts (dimensionless)
    ("%", "", 0.01),
    ("percent", "", 0.01),
    ("个", "", 1.0),
    ("户", "", 1.0),
    ("台", "", 1.0),
    ("辆", "", 1.0),
    ("万户", "", 1e4),
]


@pytest.mark.parametrize(("unit", "base", "factor"), FACTORS, ids=[f[0] for f in FACTORS])
def test_factor_against_literal(unit: str, base: str, factor: float) -> None:
    assert Quantity(1.0, unit).to(base).magnitude == pytest.approx(factor, rel=1e-12)


def test_issue_acceptance_mu_to_hectare() -> None:
    assert ureg("16833 亩").to("ha").magnitude == pytest.approx(1122.2, rel=1e-12)
    assert ureg("16833 畝").to("ha") == ureg("16833 亩").to("ha")
    assert ureg("1200 噸/日") == ureg("1200 吨/日")


def test_numbers_glued_to_chinese_units_parse() -> None:
    # pint's tokenizer needs a space; the registry preprocessor inserts it
    assert ureg("1.5万吨/日").to("t/d").magnitude == pytest.approx(15000.0)
    assert ureg("16833畝").to("亩").magnitude == pytest.approx(16833.0)


def test_unicode_symbol_and_fullwidth_variants() -> None:
    assert ureg("3 ㎡").to("m**2").magnitude == pytest.approx(3.0)
    assert ureg("35 µg／m3") == ureg("35 µg/m3")
    assert ureg("5 ％") == ureg("5 %")


# ---------------------------------------------------------------------------------------
# Spellings: every alias converts identically; traditional == simplified.
# ---------------------------------------------------------------------------------------
ALIAS_GROUPS = [
    ("亩", ["畝", "畆", "市亩", "市畝", "chinese_mu"]),
    ("公顷", ["公頃", "ha", "hectare"]),
    ("平方公里", ["平方千米", "km2", "square_kilometer"]),
    ("公里", ["千米", "Km", "KM", "km", "kilometer"]),
    ("立方米", ["m3", "方", "立米", "cubic_meter", "m**3"]),
    ("吨", ["噸", "t", "tonne", "metric_ton", "吨煤"]),
    ("千克", ["公斤", "kg"]),
    ("微克", ["µg", "μg", "ug", "microgram"]),
    ("日", ["天", "day", "d"]),
    ("小时", ["小時", "时", "時", "h", "hour"]),
    ("千瓦", ["瓩", "kW", "kilowatt"]),
    ("千瓦时", ["千瓦時", "度", "kWh", "千瓦小时"]),
    ("吨标准煤", ["噸標準煤", "吨标煤", "标准煤", "tce"]),
    ("千克标准煤", ["千克標準煤", "公斤标准煤", "kgce"]),
    ("蒸吨", ["蒸噸", "steam_tonne", "t_steam"]),
    ("元", ["人民币", "人民幣", "CNY", "RMB", "yuan"]),
    ("百分点", ["百分點", "个百分点", "個百分點", "percentage_point", "pct_pt"]),
    ("个", ["個", "count"]),
    ("户", ["戶"]),
    ("台", ["臺"]),
    ("辆", ["輛"]),
    ("项", ["項"]),
]
ALIAS_CASES = [(canonical, alias) for canonical, aliases in ALIAS_GROUPS for alias in aliases]


@pytest.mark.parametrize(("canonical", "alias"), ALIAS_CASES, ids=[a for _, a in ALIAS_CASES])
def test_alias_converts_identically(canonical: str, alias: str) -> None:
    assert Quantity(1.0, alias).to(canonical).magnitude == pytest.approx(1.0, rel=1e-15)


TRADITIONAL = {
    "万": "萬", "亿": "億", "吨": "噸", "亩": "畝", "顷": "頃", "时": "時", "标": "標", "准": "準",
}  # fmt: skip


def _to_traditional(s: str) -> str:
    return "".join(TRADITIONAL.get(c, c) for c in s)


SIMPLIFIED_UNITS = [
    "亩", "万亩", "公顷", "千公顷", "吨", "万吨", "亿吨", "吨/日", "万吨/日", "小时",
    "千瓦时", "万千瓦时", "亿千瓦时", "万元", "亿元", "吨标准煤", "万吨标准煤",
]  # fmt: skip


@pytest.mark.parametrize("unit", SIMPLIFIED_UNITS)
def test_traditional_spelling_agrees(unit: str) -> None:
    trad = _to_traditional(unit)
    assert trad != unit
    assert Quantity(1.0, trad).to(unit).magnitude == pytest.approx(1.0, rel=1e-15)
    assert Quantity(1.0, trad).dimensionality == Quantity(1.0, unit).dimensionality


# ---------------------------------------------------------------------------------------
# Properties: round trips and multiplier composition.
# ---------------------------------------------------------------------------------------
COMPATIBLE = {
    "area": ["亩", "畝", "公顷", "千公顷", "万亩", "平方公里", "平方米", "km2", "ha"],
    "volume": ["立方米", "万立方米", "亿立方米", "方", "万方", "升", "m3"],
    "mass": ["吨", "万吨", "千克", "公斤", "毫克", "微克", "噸", "亿吨"],
    "flow": ["吨/日", "万吨/日", "t/h", "kg/s", "萬噸/日", "吨/年"],
    "energy": ["tce", "万吨标准煤", "kgce", "千瓦时", "亿千瓦时", "MJ", "GJ"],
    "power": ["千瓦", "万千瓦", "MW", "兆瓦", "W"],
    "money": ["元", "万元", "亿元", "CNY"],
    "intensity": ["立方米/万元", "m3/yuan", "方/亿元"],
    "conc": ["微克/立方米", "µg/m3", "毫克/立方米", "mg/m3"],
}
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
nonzero = finite.filter(lambda x: abs(x) > 1e-9)
unit_pair = st.sampled_from(sorted(COMPATIBLE)).flatmap(
    lambda dim: st.tuples(st.sampled_from(COMPATIBLE[dim]), st.sampled_from(COMPATIBLE[dim]))
)


@settings(max_examples=300, deadline=None)
@given(x=nonzero, units=unit_pair)
def test_round_trip_is_identity(x: float, units: tuple[str, str]) -> None:
    u1, u2 = units
    back = Quantity(x, u1).to(u2).to(u1).magnitude
    assert math.isclose(back, x, rel_tol=1e-12)


@settings(max_examples=200, deadline=None)
@given(x=nonzero, units=unit_pair, y=nonzero)
def test_conversion_is_linear(x: float, units: tuple[str, str], y: float) -> None:
    u1, u2 = units
    lhs = Quantity(x + y, u1).to(u2).magnitude
    rhs = Quantity(x, u1).to(u2).magnitude + Quantity(y, u1).to(u2).magnitude
    assert math.isclose(lhs, rhs, rel_tol=1e-9, abs_tol=1e-9 * (abs(lhs) + abs(rhs)))


@settings(max_examples=200, deadline=None)
@given(
    word=st.sampled_from(sorted(SCALE_WORDS)),
    unit=st.sampled_from(SCALABLE_UNITS),
    x=finite,
)
def test_scaled_units_compose(word: str, unit: str, x: float) -> None:
    factor = SCALE_WORDS[word]
    for spelling in scale_spellings(word):
        scaled = Quantity(x, spelling + unit).to(unit).magnitude
        assert math.isclose(scaled, x * factor, rel_tol=1e-12, abs_tol=1e-300)


def test_wan_mu_composes_to_hectares() -> None:
    assert Quantity(1, "万亩").to("亩").magnitude == pytest.approx(10000)
    assert Quantity(1, "万亩").to("ha").magnitude == pytest.approx(666.6666666666666)
    assert Quantity(10.5, "万千瓦").to("MW").magnitude == pytest.approx(105.0)
    assert Quantity(926, "千公顷").to("ha").magnitude == pytest.approx(926_000)
    assert Quantity(5.5, "亿立方米").to("m3").magnitude == pytest.approx(5.5e8)
    assert Quantity(50, "萬噸/日").to("t/d").magnitude == pytest.approx(500_000)


def test_scale_spellings_cover_traditional_forms() -> None:
    assert scale_spellings("万") == ["万", "萬"]
    assert sorted(scale_spellings("十万")) == ["十万", "十萬"]
    assert scale_spellings("千") == ["千"]


# ---------------------------------------------------------------------------------------
# Contexts: conventions are explicit.
# ---------------------------------------------------------------------------------------
MASS_VOLUME = [
    ("吨", "立方米", 1.0),
    ("万吨/日", "立方米/日", 1e4),
    ("吨/万元", "立方米/万元", 1.0),
]


@pytest.mark.parametrize(("mass", "volume", "factor"), MASS_VOLUME)
def test_mass_volume_needs_water_context(mass: str, volume: str, factor: float) -> None:
    with pytest.raises(DimensionalityError):
        Quantity(1.0, mass).to(volume)
    with pytest.raises(DimensionalityError):
        Quantity(1.0, volume).to(mass)
    with ureg.context("water"):
        assert Quantity(1.0, mass).to(volume).magnitude == pytest.approx(factor)
        assert Quantity(factor, volume).to(mass).magnitude == pytest.approx(1.0)


@settings(max_examples=100, deadline=None)
@given(x=nonzero)
def test_water_context_round_trip(x: float) -> None:
    with ureg.context("water"):
        back = Quantity(x, "万吨/日").to("m3/s").to("万吨/日").magnitude
    assert math.isclose(back, x, rel_tol=1e-12)


def test_steam_context_is_required_and_parameterised() -> None:
    capacity = Quantity(10.0, "蒸吨/小时")
    with pytest.raises(DimensionalityError):
        capacity.to("MW")
    with pytest.raises(DimensionalityError):
        Quantity(10.0, "蒸吨").to("吨")
    with ureg.context("steam"):
        assert capacity.to("MW").magnitude == pytest.approx(7.0)
        assert Quantity(7.0, "MW").to("蒸吨/小时").magnitude == pytest.approx(10.0)
    with ureg.context("steam", mw_per_tph=0.72):
        assert capacity.to("MW").magnitude == pytest.approx(7.2)


def test_coal_equivalent_is_energy_not_mass() -> None:
    assert Quantity(1, "吨标准煤").to("GJ").magnitude == pytest.approx(29.3076)
    with pytest.raises(DimensionalityError):
        Quantity(1, "吨标准煤").to("吨")
    # calorific equivalent of electricity: 3.6 MJ / 29.3076 MJ per kgce.  (GB/T 2589's table
    # prints 0.1229 kgce/kWh because it takes 1 kWh = 860 kcal; 3.6 MJ is 859.85 kcal_IT.)
    kgce_per_kwh = Quantity(1, "千瓦时").to("kgce").magnitude
    assert kgce_per_kwh == pytest.approx(0.12283503, rel=1e-7)


# ---------------------------------------------------------------------------------------
# Percent versus percentage point.
# ---------------------------------------------------------------------------------------
def test_percentage_points_do_not_mix_with_percent() -> None:
    share, change = Quantity(74.5, "%"), Quantity(2.4, "个百分点")
    with pytest.raises(DimensionalityError):
        _ = share + change
    with pytest.raises(DimensionalityError):
        change.to("%")
    with ureg.context("points"):
        assert change.to("%").magnitude == pytest.approx(2.4)
        assert Quantity(0.024, "").to("百分点").magnitude == pytest.approx(2.4)


def test_counts_are_dimensionless_and_keep_their_names() -> None:
    assert (Quantity(3, "台") + Quantity(2, "户")).to("count").magnitude == 5
    assert str(Quantity(3, "台").units) == "台"
    assert Quantity(4, "万户").to("户").magnitude == 40000


# ---------------------------------------------------------------------------------------
# Isolation from pint's global state.
# ---------------------------------------------------------------------------------------
def test_registry_is_our_own() -> None:
    app = pint.get_application_registry()
    with pytest.raises(pint.UndefinedUnitError):
        app.Quantity(1, "亩")
    assert isinstance(ureg, pint.UnitRegistry)
    assert ureg("1 亩").to("m**2").magnitude == pytest.approx(10000 / 15)


def test_build_registry_makes_independent_registries() -> None:
    other = build_registry()
    assert other is not ureg
    assert other("1 万亩").to("ha").magnitude == pytest.approx(666.6666666666666)
    with pytest.raises(ValueError, match="registr"):
        _ = other("1 亩") + ureg("1 亩")


def test_unknown_unit_is_an_error_not_dimensionless() -> None:
    with pytest.raises(pint.UndefinedUnitError):
        ureg.Unit("公亩亩")
    with pytest.raises(pint.UndefinedUnitError):
        Quantity(1, "万日")  # time is not a scalable dimension
