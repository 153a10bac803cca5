"""The numbers in Chinese environmental-inspection reports, as data: envindicators.

Layers, each importing only the ones above it in this list:

1. :mod:`envindicators.units` — pint registry of Chinese units, quantity and date parsing;
2. :mod:`envindicators.model` — indicators, targets, observations, task ledgers;
   :mod:`envindicators.regions` beside it — the gazetteer of administrative divisions;
   :mod:`envindicators.standards` above it — national standards (GB 3095, HJ 633, HJ 663,
   GB 3838, GB 18918) with validity periods, AQI, annual evaluation, water classes;
3. :mod:`envindicators.analytics` and :mod:`envindicators.audit` — target gaps, schedule
   progress (序时进度), completion rates, trends and projections, consistency checks;
4. faces — :mod:`envindicators.datasets` (bundled data), the pandas accessor, the CLI and
   plots.

Importing :mod:`envindicators` itself is cheap: sub-packages load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from envindicators._version import __version__

__all__ = ["__version__"]

_SUBMODULES = {"units", "model", "regions", "standards", "analytics", "audit", "datasets", "errors"}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"envindicators.{name}")
    raise AttributeError(f"module 'envindicators' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_SUBMODULES])
