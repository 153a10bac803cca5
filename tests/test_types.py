"""The package type-checks: mypy (configured in pyproject.toml) on ``src/envindicators``, and
on ``tests/typing/usage.py``, which pins the ``@overload`` results of the public functions."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
USAGE = Path(__file__).resolve().parent / "typing" / "usage.py"

pytest.importorskip("mypy", reason="mypy is in the test extra: pip install '.[test]'")


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source checkout")
def test_mypy_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "src/envindicators", str(USAGE.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_lazy_analytics_exports_are_declared_for_type_checkers() -> None:
    """``envindicators.analytics`` imports its exports lazily (``_WHERE``); the
    ``TYPE_CHECKING`` imports that give them their types must list the same names."""
    import envindicators.analytics as analytics

    tree = ast.parse(Path(analytics.__file__).read_text(encoding="utf-8"))
    declared: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom)
                for alias in imp.names:
                    declared[alias.asname or alias.name] = str(imp.module)
    assert declared == analytics._MODULE_OF
