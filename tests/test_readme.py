"""The README's Python examples run, and its set-up section has exactly two commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
pytestmark = pytest.mark.skipif(not README.exists(), reason="needs the source checkout")


def _blocks(language: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_intro_example_is_six_lines() -> None:
    first = _blocks("python")[0]
    assert len(first.strip().splitlines()) == 6


def test_python_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {}
    for block in _blocks("python"):
        exec(compile(block, str(README), "exec"), namespace)  # our own README's examples
    out = capsys.readouterr().out
    assert "200000.0 1122.2 ha" in out
    assert "False" in out
    assert "15000.0 m3/d" in out
    assert "24 百分点" in out
    assert "2020-11-30" in out
    assert "('completed', 'basically_completed', 'on_schedule') 0.7903" in out
    assert "[1122.2, 86666.7, 473.0]" in out
    assert "good_air_days_share         ge   90.0 2025-12-31" in out  # read_report


def test_setup_has_the_two_ci_commands() -> None:
    text = README.read_text(encoding="utf-8")
    for marker in ("main", "test"):
        block = re.search(rf"<!-- ci:{marker} -->\n```bash\n(.*?)```", text, flags=re.DOTALL)
        assert block is not None, marker
        assert len(block.group(1).strip().splitlines()) == 1
    assert "envindicators report" in text
    assert "pytest" in text
