"""Whether a figure's unit fits an indicator: the reader's cached answer
(:func:`envindicators.extract._lexicon.compatible`) is the model's own rule.

``_converts`` asks :meth:`envindicators.model.Indicator.check_unit` (the one-figure form of the
check :func:`envindicators.model.canonical_values` runs per row); it must give the same answer
as ``canonical_values`` on a one-row frame, for every written unit, kind and indicator unit and
context — including units that do not parse, counters of other words, shares and points.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples
from envindicators.errors import EnvIndicatorsError
from envindicators.extract._lexicon import _converts, compatible
from envindicators.model import canonical_values

WRITTEN = [
    "",
    " ",
    "万吨",
    "吨",
    "t",
    "%",
    "百分点",
    "percentage_point",
    "个",
    "户",
    "台",
    "辆",
    "家",
    "mg/L",
    "微克/立方米",
    "μg/m**3",
    "吨/日",
    "m3/d",
    "立方米",
    "亩",
    "km**2",
    "公顷",
    "万元",
    "倍",
    "天",
    "nonsense_unit",
    "毫克/升",
]
INDICATOR_UNITS = [
    ("%", None),
    ("percentage_point", None),
    ("t", None),
    ("万吨", None),
    ("μg/m**3", None),
    ("mg/L", None),
    ("m3/d", "water"),
    ("m3/万元", "water"),
    ("户", None),
    ("家", None),
    ("count", None),
    ("km**2", None),
    ("day", None),
    ("万元", None),
]
KINDS = ["level", "ratio", "change_absolute", "change_relative"]


def _by_the_tables(written: str, kind: str, unit: str, context: str | None) -> bool:
    """The reference: ``canonical_values`` on a one-row observations frame."""
    frame = pd.DataFrame(
        {
            "indicator": ["x"],
            "kind": [kind],
            "number": [1.0],
            "unit_written": [written],
            "context": [pd.NA],
        }
    )
    registry = pd.DataFrame(
        {
            "code": ["x"],
            "name_zh": ["x"],
            "name_en": ["x"],
            "unit": [unit],
            "direction": ["neutral"],
            "context": [context],
        }
    )
    try:
        canonical_values(frame, "observations", registry, check=False)
    except (EnvIndicatorsError, ValueError, TypeError, KeyError):
        return False
    return True


@examples(150)
@given(
    written=st.sampled_from(WRITTEN),
    kind=st.sampled_from(KINDS),
    indicator=st.sampled_from(INDICATOR_UNITS),
)
def test_the_cached_fit_is_the_tables_own_rule(
    written: str, kind: str, indicator: tuple[str, str | None]
) -> None:
    unit, context = indicator
    assert _converts(written, kind, unit, context) == _by_the_tables(written, kind, unit, context)


@pytest.mark.parametrize(
    ("written", "kind", "unit", "context", "fits"),
    [
        ("万吨", "level", "t", None, True),
        ("万吨", "level", "%", None, False),
        ("%", "change_relative", "t", None, True),
        ("百分点", "change_absolute", "%", None, True),
        ("%", "change_absolute", "%", None, False),
        ("台", "level", "户", None, False),  # another counter word
        ("个", "level", "家", None, True),  # the generic counter
        ("吨/日", "level", "m3/d", "water", True),  # through the indicator's context
        ("吨/日", "level", "m3/d", None, False),
        ("nonsense_unit", "level", "t", None, False),
    ],
)
def test_fits_of_each_class(
    written: str, kind: str, unit: str, context: str | None, fits: bool
) -> None:
    assert compatible(written, kind, unit, context) is fits
