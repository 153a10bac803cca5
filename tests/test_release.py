"""Release metadata agrees with itself: the version lives in ``_version.py`` (pyproject.toml
reads it from there), and CITATION.cff, the command line and the changelog say the same."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from envindicators import __version__, cli

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    not (ROOT / "pyproject.toml").exists(), reason="needs the source checkout"
)


def _semver(text: str) -> tuple[int, int, int]:
    m = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text)
    assert m, f"not a MAJOR.MINOR.PATCH version: {text!r}"
    return int(m[1]), int(m[2]), int(m[3])


def test_pyproject_takes_the_version_from_the_version_module() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in meta["project"]["dynamic"]
    assert "version" not in meta["project"]  # one home: _version.py
    path = ROOT / meta["tool"]["hatch"]["version"]["path"]
    m = re.fullmatch(r'__version__ = "([^"]+)"\n', path.read_text(encoding="utf-8"))
    assert m
    assert m[1] == __version__
    _semver(__version__)


def test_citation_cites_this_version() -> None:
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    versions = re.findall(r"^version: *\"?([^\"\n]+)\"?$", cff, flags=re.M)
    assert versions == [__version__]
    (released,) = re.findall(r"^date-released: *\"?(\d{4}-\d{2}-\d{2})\"?$", cff, flags=re.M)
    assert released
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert re.findall(r"^license: *(\S+)$", cff, flags=re.M) == [pyproject["project"]["license"]]


def test_the_changelog_is_not_ahead_of_the_version() -> None:
    """Every released section is this version or an earlier one; this version has a section,
    or its changes wait under [Unreleased] until the release is cut."""
    log = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", log, flags=re.M)
    assert released, "the changelog lists no release"
    assert all(_semver(v) <= _semver(__version__) for v in released)
    assert __version__ in released or "## [Unreleased]" in log


def test_the_command_line_reports_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out
