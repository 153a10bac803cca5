"""Architecture guard: lower layers never import higher ones.

units (1) → model, regions (2) → standards (2.5) → analytics / audit / datasets / extract (3)
→ faces:
accessor, CLI, plots, report (4).
``errors`` and ``_version`` (0) import nothing from the package.  Checked on the source's
import statements, including imports inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import envindicators

PACKAGE_ROOT = Path(envindicators.__file__).parent

RANKS = {
    "errors": 0,
    "_version": 0,
    "units": 1,
    "model": 2,
    "regions": 2,  # the gazetteer: imports units and errors only
    "standards": 2.5,  # may import units and model; analytics, audit, datasets, faces use it
    "analytics": 3,
    "audit": 3,
    "datasets": 3,
    "extract": 3,  # reads reports into the datasets' tables: units, model, datasets, regions
}
FACE_RANK = 4  # everything not listed: cli, accessor, plots, report, __main__


def _rank(module: str) -> float:
    parts = module.split(".")
    assert parts[0] == "envindicators"
    if len(parts) == 1:
        return FACE_RANK
    return RANKS.get(parts[1], FACE_RANK)


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE_ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_modules(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                keep = len(base) - node.level + (1 if is_package else 0)
                prefix = ".".join(base[:keep])
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            found.add(target)
    return {m for m in found if m == "envindicators" or m.startswith("envindicators.")}


SOURCES = sorted(p for p in PACKAGE_ROOT.rglob("*.py") if p.name != "__main__.py")


def test_sources_found() -> None:
    assert len(SOURCES) >= 5


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE_ROOT)))
def test_no_upward_imports(path: Path) -> None:
    module = _module_name(path)
    if module == "envindicators":
        return  # the package root only lazy-loads sub-packages
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _rank(module)
    upward = {
        m: _rank(m)
        for m in _imported_modules(tree, module, path.name == "__init__.py")
        if m != "envindicators._version" and _rank(m) > own
    }
    assert not upward, f"{module} (layer {own}) imports higher layers: {upward}"


def test_standards_sit_between_model_and_analytics() -> None:
    tree = ast.parse(
        "from envindicators.analytics import gap\nfrom envindicators.model import Target\n"
    )
    imported = _imported_modules(tree, "envindicators.standards.limits", is_package=False)
    own = _rank("envindicators.standards.limits")
    assert {m for m in imported if _rank(m) > own} == {"envindicators.analytics"}
    assert _rank("envindicators.model") < own < _rank("envindicators.audit")


def test_guard_catches_an_upward_import(tmp_path: Path) -> None:
    tree = ast.parse("from envindicators.analytics import gap\nimport envindicators.cli\n")
    imported = _imported_modules(tree, "envindicators.units.parser", is_package=False)
    assert {_rank(m) for m in imported} == {3, 4}
    assert _rank("envindicators.units.parser") == 1
