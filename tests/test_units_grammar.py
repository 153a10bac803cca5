"""The bounded unit grammar (issue 18): hostile unit strings are refused before pint runs.

The structural tests replace pint's expression parser with a function that fails the test
if it is ever reached, then push ``10**10**10 kg`` through every entry point that takes a
unit string: each must refuse it with :class:`UnitStringError` *before* pint's parser is
called, so its cost is bounded by the grammar (no timing assertions needed).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pint
import pint.pint_eval
import pint.util
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples
from envindicators import datasets
from envindicators.errors import DatasetError, QuantityParseError, UnitStringError
from envindicators.model import Indicator, Observation, Target, canonical_values
from envindicators.units import Quantity, normalize, ureg
from envindicators.units.convert import convert
from envindicators.units.grammar import (
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_UNIT_LENGTH,
    check_unit_string,
)

HOSTILE = ["10**10**10 kg", "10**10**7 吨", "10**10**9", "2**64**64 m", "(10**9)**9 t"]
MALFORMED = {
    "(": "unbalanced '('",
    "kg)": "unbalanced ')'",
    "1/0": "division by zero",
    "0**-1 kg": "zero to a negative power",
    '__import__("os")': "not allowed",
    "吨//日": "'//'",
    "m**2**3": "exponent tower",
    "m^2^3": "exponent tower",
    "m²**2": "exponent tower",
    "m**99": "larger than",
    "m**0.5": "small integer",
    "kg + g": "added",
    "kg -": "added",
    "1e999 kg": "finite",
    "10**13 t": "larger than 12",
    "1e100**4 t": "out of range",
    "(2 m)**2": "single number",
    "()": "empty parentheses",
    "((((m))))": "nested parentheses",
    "kg,m": "not allowed",
    "吨/": "at the end",
    "per m": "needs a unit",
}


@pytest.fixture
def pint_parser_forbidden(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make pint's expression evaluator fail the test if a hostile string reaches it."""
    from_string = pint.util.ParserHelper.from_string.__func__  # type: ignore[attr-defined]
    tokenizer = pint.pint_eval.tokenizer

    def guard(text: object) -> None:
        if isinstance(text, str) and "10**10**" in text.replace(" ", ""):
            raise AssertionError(f"pint's parser was reached with {text!r}")

    def checked_from_string(cls: type, text: str, *args: object) -> object:
        guard(text)
        return from_string(cls, text, *args)

    def checked_tokenizer(text: str) -> object:
        guard(text)
        return tokenizer(text)

    monkeypatch.setattr(pint.util.ParserHelper, "from_string", classmethod(checked_from_string))
    monkeypatch.setattr(pint.pint_eval, "tokenizer", checked_tokenizer)


# --------------------------------------------------------------------------------------
# the grammar itself
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "万吨/日",
        "m3",
        "m**3",
        "m^3",
        "m³",
        "s**-1",
        "kg*m/s**2",
        "kg m / s^2",
        "(kg/m3)/(t/d)",
        "µg/m3",
        "16833 亩",
        "10^4 t",
        "10**8 m3",
        "2e3**2 kg",
        "1.5e3 kg",
        "-2 kg",
        "percent",
        "千克标准煤/万元",
        "meter per second",
        "meter squared",
        "cubic meter",
        "°C",
        "",
    ],
)
def test_grammar_accepts_unit_expressions(text: str) -> None:
    check_unit_string(text)


@pytest.mark.parametrize(("text", "reason"), MALFORMED.items())
def test_grammar_refuses_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(UnitStringError, match=re.escape(reason)) as exc:
        check_unit_string(text)
    assert isinstance(exc.value, QuantityParseError)
    assert isinstance(exc.value, ValueError)


@pytest.mark.parametrize("text", HOSTILE)
def test_grammar_refuses_towers_and_powers_of_numbers(text: str) -> None:
    with pytest.raises(UnitStringError, match=r"power|exponent"):
        check_unit_string(text)


def test_limits() -> None:
    check_unit_string("m" + "*m" * ((MAX_UNIT_LENGTH - 1) // 2))
    with pytest.raises(UnitStringError, match="at most"):
        check_unit_string("m" + "*m" * MAX_UNIT_LENGTH)
    check_unit_string("(" * MAX_DEPTH + "m" + ")" * MAX_DEPTH)
    check_unit_string(f"m**{MAX_EXPONENT}")
    check_unit_string(f"m**-{MAX_EXPONENT}")
    with pytest.raises(UnitStringError):
        check_unit_string(f"m**{MAX_EXPONENT + 1}")


def test_error_points_at_the_character() -> None:
    with pytest.raises(UnitStringError) as exc:
        check_unit_string("吨//日")
    assert exc.value.position == 1
    assert "^" in str(exc.value)


def test_names_are_looked_up() -> None:
    with pytest.raises(pint.UndefinedUnitError):
        ureg.parse_units("吨/foo")
    # pint would read km3 as kilo-(m3) = 1000 m3: only exact spellings end in a digit
    for name in ("km3", "mm3", "cm3x2"):
        with pytest.raises(pint.UndefinedUnitError):
            ureg.Unit(name)
    assert ureg.Quantity(1, "km**3").to("m3").magnitude == pytest.approx(1e9)
    assert ureg("3 * 10^4 t").to("t").magnitude == pytest.approx(3e4)
    assert ureg.Quantity(1, "km2").to("m2").magnitude == pytest.approx(1e6)


# --------------------------------------------------------------------------------------
# every entry point refuses before pint's parser runs
# --------------------------------------------------------------------------------------
SEWAGE = Indicator("sewage", "污水处理能力", "Sewage", "m3/d", "higher", context="water")


def _entry_points(unit: str) -> dict[str, object]:
    return {
        "ureg()": lambda: ureg(unit),
        "ureg.parse_expression": lambda: ureg.parse_expression(unit),
        "ureg.parse_units": lambda: ureg.parse_units(unit),
        "ureg.Unit": lambda: ureg.Unit(unit),
        "Quantity(1, unit)": lambda: Quantity(1, unit),
        "Quantity(str)": lambda: Quantity(f"1 {unit}"),
        "Quantity.to": lambda: Quantity(1, "kg").to(unit),
        "normalize(units=)": lambda: normalize([1.0], "t", units=unit),
        "normalize(pairs)": lambda: normalize([(1.0, unit)], "t"),
        "normalize(to=)": lambda: normalize(["5吨"], unit),
        "convert": lambda: convert(1.0, unit, "t"),
        "Indicator": lambda: Indicator("x", "x", "x", unit, "higher"),
        "Observation": lambda: Observation(
            indicator=SEWAGE, number=1.0, unit_written=unit, period_end=2020
        ),
        "Target": lambda: Target.level(SEWAGE, "ge", (1.0, unit), deadline=2020),
        "canonical_values": lambda: canonical_values(
            Observation.to_frame(
                [Observation(indicator=SEWAGE, number=1.0, unit_written="t/d", period_end=2020)]
            ).assign(unit_written=unit),
            "observations",
            [SEWAGE],
        ),
        "datasets.compute_values": lambda: datasets.compute_values(
            pd.DataFrame(
                {
                    "indicator": ["ammonia_nitrogen_concentration"],
                    "kind": ["level"],
                    "number": [1.0],
                    "unit_written": [unit],
                }
            ),
            datasets.load("indicators"),
        ),
    }


ENTRY_POINTS = sorted(_entry_points("kg"))


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("unit", ["10**10**10 kg", "10**10**7 吨"])
@pytest.mark.usefixtures("pint_parser_forbidden")
def test_entry_point_refuses_tower_before_pint(entry: str, unit: str) -> None:
    call = _entry_points(unit)[entry]
    with pytest.raises((UnitStringError, ValueError, DatasetError)) as exc:
        call()  # type: ignore[operator]
    # the model wraps the grammar's error into ModelValidationError naming the field
    assert "exponent tower" in str(exc.value)


def test_entry_points_work_when_the_unit_is_fine() -> None:
    """The same calls with a harmless unit succeed (so the test above tests the grammar)."""
    ok = _entry_points("kg")
    for name in ("ureg()", "ureg.Unit", "Quantity(1, unit)", "convert"):
        ok[name]()  # type: ignore[operator]


@pytest.mark.usefixtures("pint_parser_forbidden")
def test_datasets_unit_column_check_refuses_tower() -> None:
    from envindicators.datasets import _parses_as_unit

    assert not _parses_as_unit("10**10**10 kg")


# --------------------------------------------------------------------------------------
# fuzz: any string from a table cell is answered by the grammar, never by pint's evaluator
# --------------------------------------------------------------------------------------
_UNIT_ALPHABET = st.sampled_from([*"0123456789.eE*/^()+- 吨日万kgm³²_%", "**", "//"])


@given(st.lists(_UNIT_ALPHABET, max_size=40).map("".join))
@examples(300)
def test_fuzz_unit_strings_bounded(text: str) -> None:
    """Random unit-like strings from a table cell: the registry answers each one with a
    quantity or a documented error (pint's evaluator only sees what the grammar accepted,
    which holds no power of a number, so its cost is bounded by the length)."""
    try:
        q = ureg.parse_expression(text)
    except (UnitStringError, pint.UndefinedUnitError):
        return
    assert isinstance(q, ureg.Quantity)


@given(st.text(max_size=60))
@examples(300)
def test_fuzz_any_text_only_documented_errors(text: str) -> None:
    """Any text: a quantity, or the grammar's error, or pint's UndefinedUnitError."""
    try:
        q = ureg.parse_expression(text)
    except (UnitStringError, pint.UndefinedUnitError):
        return
    assert isinstance(q, ureg.Quantity)


# --------------------------------------------------------------------------------------
# the reproduction: a hostile unit_written cell in a CSV given to `assess`
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("table", ["targets", "observations"])
@pytest.mark.usefixtures("pint_parser_forbidden")
def test_assess_refuses_a_hostile_csv_unit_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str
) -> None:
    from envindicators import cli

    src = datasets.data_dir()
    for name in ("targets", "observations"):
        df = pd.read_csv(src / f"{name}.csv", dtype=str, keep_default_na=False)
        if name == table:
            df.loc[1, "unit_written"] = "10**10**10 kg"
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    status = cli.main(
        ["assess", "-t", str(tmp_path / "targets.csv"), "-O", str(tmp_path / "observations.csv")]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("envindicators assess: error: ")
    assert f"{table}.csv, line 3" in err
    assert "exponent tower" in err
    assert "Traceback" not in err
