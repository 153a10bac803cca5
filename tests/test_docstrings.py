"""Every public docstring passes numpydoc's validation, configured in ``pyproject.toml``.

The checks, exclusions and overrides are read from ``[tool.numpydoc_validation]`` with
numpydoc's own reader (``numpydoc.hooks.validate_docstrings.parse_config``), so
``python -m numpydoc lint FILE`` and this test apply one configuration.  The walk starts at
the package and imports every module (private modules included: their public functions are
re-exported by the public packages or called by other layers), then checks each module,
function, class, method and property defined there, plus the lazy exports of
:mod:`envindicators.analytics`; an object is checked once, under the first name found for it.
Names matching the configured ``exclude`` regex (private and dunder names) are skipped, and
a skipped class is not entered.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import envindicators

numpydoc_validate = pytest.importorskip("numpydoc.validate", reason="numpydoc is in the test extra")
hooks = pytest.importorskip("numpydoc.hooks.validate_docstrings")

ROOT = Path(__file__).resolve().parents[1]

# Modules whose docstrings are being rewritten on other branches; the lead empties this list
# when those branches are merged.  A name here skips the module and everything under it.
PENDING: list[str] = []


# A module docstring here is narrative: the concept pages of the documentation render it,
# with headings of its own ("Definition", "Which test when").  numpydoc's section grammar is
# for functions and classes (its Sphinx extension does not parse module docstrings either),
# so a module is checked for everything but the names and order of its sections.
NARRATIVE = {"GL06", "GL07"}


def _pending(name: str, obj: object) -> bool:
    where = getattr(obj, "__module__", None) or name
    return any(n == p or n.startswith(p + ".") for p in PENDING for n in (name, where))


class _Validator(numpydoc_validate.Validator):  # type: ignore[misc]
    """numpydoc's validator of one object, found by value rather than by name.

    Two names of this package are both a module and a function (``analytics.gap``), which a
    lookup by name cannot tell apart; and numpydoc finds a module's line by its first
    ``def``/``class``, which a package ``__init__`` of imports does not have.
    """

    def __init__(self, obj_name: object, what: str | None) -> None:
        super().__init__(numpydoc_validate.get_doc_object(obj_name, what=what))

    @property
    def signature_parameters(self) -> tuple[str, ...]:
        # an Enum's signature is the functional API (names, module, qualname …), which no
        # caller uses on these classes: their members are the API (listed as Attributes)
        if inspect.isclass(self.obj) and issubclass(self.obj, enum.Enum):
            return ()
        return super().signature_parameters  # type: ignore[no-any-return]

    @property
    def source_file_def_line(self) -> int | None:
        if inspect.ismodule(self.obj):
            return 1
        return super().source_file_def_line  # type: ignore[no-any-return]


def _config() -> dict[str, Any]:
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip("needs the source checkout (pyproject.toml holds the configuration)")
    return hooks.parse_config(ROOT)


def _modules() -> list[ModuleType]:
    names = [envindicators.__name__]
    names += [
        info.name
        for info in pkgutil.walk_packages(envindicators.__path__, envindicators.__name__ + ".")
        if not info.name.endswith(".__main__")
    ]
    # Public modules only: what a private module defines is checked where a public module
    # re-exports it (under its public name), and the rest is private (excluded by the config).
    # Importing private modules would also import optional dependencies (the numba kernels).
    names = sorted(n for n in names if not any(part.startswith("_") for part in n.split(".")))
    return [importlib.import_module(n) for n in names if not _pending(n, None)]


def _own(obj: object, module: ModuleType) -> bool:
    """Whether ``obj`` is defined in ``module`` or re-exported by it from this package."""
    where = getattr(obj, "__module__", None)
    if where == module.__name__:
        return True
    exported = getattr(module, "__all__", ())
    return (
        isinstance(where, str)
        and where.startswith("envindicators.")
        and getattr(obj, "__name__", None) in exported
    )


def _members(module: ModuleType) -> Iterator[tuple[str, object, str | None]]:
    """``(name, object, what)`` for the module, its functions and classes, and their members."""
    yield module.__name__, module, "module"
    names = list(getattr(module, "__all__", ())) or [n for n in vars(module) if n[0] != "_"]
    names += [n for n in vars(module) if n not in names]
    for attr in names:
        obj = getattr(module, attr)  # resolves the lazy exports of envindicators.analytics
        if not (inspect.isfunction(obj) or inspect.isclass(obj)) or not _own(obj, module):
            continue
        name = f"{module.__name__}.{attr}"
        yield name, obj, None
        if inspect.isclass(obj):
            for member, value in vars(obj).items():
                if isinstance(value, staticmethod | classmethod):
                    value = value.__func__
                if isinstance(value, property):
                    yield f"{name}.{member}", value, "property"
                elif inspect.isfunction(value):
                    yield f"{name}.{member}", value, None


def _where(report: dict[str, Any]) -> str:
    file = report["file"]
    if not file:
        return "?"
    path = Path(file)
    if path.is_relative_to(ROOT):
        path = path.relative_to(ROOT)
    return f"{path}:{report['file_line']}"


def _findings(config: dict[str, Any]) -> tuple[list[str], set[str]]:
    exclude: re.Pattern[str] | None = config["exclude"]
    overrides: dict[str, re.Pattern[str]] = config["overrides"]
    seen: set[int] = set()
    skipped_classes: set[str] = set()
    lines: list[str] = []
    checked: set[str] = set()
    for module in _modules():
        for name, obj, what in _members(module):
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            owner = name.rsplit(".", 1)[0]
            if owner in skipped_classes or _pending(name, obj):
                continue
            if exclude is not None and exclude.search(name):
                if inspect.isclass(obj):
                    skipped_classes.add(name)
                continue
            with warnings.catch_warnings():  # reported as GL06 below (modules: NARRATIVE)
                warnings.filterwarnings("ignore", "Unknown section", UserWarning)
                report = numpydoc_validate.validate(obj, validator_cls=_Validator, what=what)
            checked.add(name)
            for code, message in report["errors"]:
                if code not in config["checks"] or (what == "module" and code in NARRATIVE):
                    continue
                pattern = overrides.get(code)
                if pattern is not None and pattern.search(report["docstring"]):
                    continue
                where = _where(report)
                lines.append(f"{where}: {name}: {code} {message}")
    return lines, checked


def test_public_docstrings_pass_numpydoc_validation() -> None:
    lines, checked = _findings(_config())
    # the walk reaches the lazy exports (a function and a class) and methods
    import envindicators.analytics as analytics

    for name in ("mann_kendall", "GapResult"):
        assert f"envindicators.analytics.{name}" in checked, analytics.__all__
    assert "envindicators.analytics.LinearTrend.predict" in checked
    if lines:
        head = f"{len(lines)} numpydoc findings in {len(checked)} objects (codes: numpydoc's"
        head += " validation checks; configuration: [tool.numpydoc_validation]):"
        pytest.fail("\n".join([head, *lines]), pytrace=False)
