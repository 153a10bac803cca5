"""``envindicators convert`` on hostile and malformed input (issue 18) and its hints (15).

Every bad input is one ``error:`` line (a caret line may follow for a parse error) and exit
status 1 — never a traceback, never a wrong number.
"""

from __future__ import annotations

import pytest

from envindicators import cli


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["convert", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("value", "unit", "to", "message"),
    [
        ("1", "(", "kg", "unbalanced '('"),
        ("1", "kg)", "kg", "unbalanced ')'"),
        ("1", "1/0", "kg", "division by zero"),
        ("1", "0**-1 kg", "kg", "zero to a negative power"),
        ("1", '__import__("os")', "kg", "not allowed in a unit"),
        ("1", "10**10**10 kg", "kg", "exponent tower"),
        ("1", "10**10**7 吨", "t", "exponent tower"),
        ("1", "吨//日", "t/d", "'//' is not an operator"),
        ("1", "kg", "m**2**3", "exponent tower"),
        ("1", "", "kg", "empty unit"),
        ("1", "blorbs", "kg", "undefined unit 'blorbs'"),
        ("1", "吨", "m3", "use --context water"),
        ("1", "蒸吨/小时", "MW", "use --context steam"),
        ("1", "亩", "kg", "no context converts them"),
        ("5", "户", "台", "not interchangeable"),
        ("1e308", "万吨", "t", "too large"),
        ("nan", "kg", "t", "finite"),
        ("inf", "kg", "t", "finite"),
        ("-inf", "kg", "t", "finite"),
    ],
)
def test_bad_input_is_one_error_line(
    capsys: pytest.CaptureFixture[str], value: str, unit: str, to: str, message: str
) -> None:
    status, out, err = (
        _run(capsys, "--", value, unit, to)
        if value.startswith("-")
        else _run(capsys, value, unit, to)
    )
    assert status == 1
    assert out == ""
    first, *rest = err.splitlines()
    assert first.startswith("envindicators convert: error: ")
    assert message in first
    assert "Traceback" not in err
    assert all(line.startswith("    ") for line in rest)  # only the caret pointer


def test_context_given_converts(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "1.5", "万吨/日", "m3/d", "--context", "water")[:2] == (0, "15000 m3/d\n")
    assert _run(capsys, "2", "蒸吨/小时", "MW", "-c", "steam")[:2] == (0, "1.4 MW\n")
    assert _run(capsys, "16833", "亩", "ha")[:2] == (0, "1122.2 ha\n")
    assert _run(capsys, "5", "万户", "户")[:2] == (0, "50000 户\n")
