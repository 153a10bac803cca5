"""The enumerations' members as plain attributes (``vocab.KIND``/``FLAG``/``QUALIFIER``).

Python 3.11 reads every attribute of an enumeration class through the metaclass's
``__getattr__`` hook (about ten times a plain attribute); the parser's modules test kinds,
flags and qualifiers hundreds of thousands of times a text, so they read the same members
from plain namespaces (speed47).  These tests keep the namespaces exact and the parser's
modules on them.
"""

from __future__ import annotations

import ast
import enum
from pathlib import Path

import pytest

import envindicators.units as units_pkg
from envindicators.units.vocab import (
    FLAG,
    KIND,
    QUALIFIER,
    Flag,
    Kind,
    Qualifier,
    plain_members,
)

_PAIRS = [(Kind, KIND), (Flag, FLAG), (Qualifier, QUALIFIER)]


@pytest.mark.parametrize(("enum_cls", "plain"), _PAIRS)
def test_the_namespace_holds_the_same_members(enum_cls: type[enum.Enum], plain: object) -> None:
    names = {n for n in vars(plain) if not n.startswith("_")}
    assert names == set(enum_cls.__members__)
    for name, member in enum_cls.__members__.items():
        assert getattr(plain, name) is member


def test_plain_members_of_another_enumeration() -> None:
    class Colour(enum.StrEnum):
        RED = "red"
        GREEN = "green"
        CRIMSON = "red"  # an alias is the same member

    plain = plain_members(Colour)
    assert plain.RED is Colour.RED
    assert plain.CRIMSON is Colour.RED
    assert plain.GREEN == "green"
    with pytest.raises(AttributeError):
        _ = plain.BLUE


def _parser_modules() -> list[Path]:
    root = Path(units_pkg.__file__).parent
    return [root / "parser.py", *sorted((root / "parsing").glob("*.py"))]


@pytest.mark.parametrize("path", _parser_modules(), ids=lambda p: p.name)
def test_the_parser_reads_members_from_the_namespaces(path: Path) -> None:
    enums = {"Kind": Kind, "Flag": Flag, "Qualifier": Qualifier}
    slow = [
        f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in enums
        and node.attr in enums[node.value.id].__members__
    ]
    assert not slow, slow
