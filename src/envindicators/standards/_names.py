"""Names of pollutants, parameters, grades and classes in the shipped standards (private).

One home for the spellings users write (``pm25``, ``PM2.5``, ``细颗粒物``) and the codes
the tables hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from envindicators.errors import StandardLookupError

__all__ = [
    "AIR_POLLUTANTS",
    "AIR_UNITS",
    "EFFLUENT_GRADES",
    "WATER_CLASSES",
    "air_grade",
    "air_pollutant",
    "effluent_grade",
    "water_class_code",
]

#: Air pollutants of GB 3095 and the unit their limits are written in.
AIR_UNITS: Mapping[str, str] = MappingProxyType(
    {
        "SO2": "µg/m3",
        "NO2": "µg/m3",
        "CO": "mg/m3",
        "O3": "µg/m3",
        "PM10": "µg/m3",
        "PM2.5": "µg/m3",
        "TSP": "µg/m3",
        "NOx": "µg/m3",
        "Pb": "µg/m3",
        "BaP": "µg/m3",
    }
)
AIR_POLLUTANTS: tuple[str, ...] = tuple(AIR_UNITS)

_AIR_ALIASES: dict[str, str] = {
    **{k.lower(): k for k in AIR_UNITS},
    "二氧化硫": "SO2",
    "so₂": "SO2",
    "二氧化氮": "NO2",
    "no₂": "NO2",
    "一氧化碳": "CO",
    "臭氧": "O3",
    "o₃": "O3",
    "可吸入颗粒物": "PM10",
    "pm₁₀": "PM10",
    "pm25": "PM2.5",
    "pm2_5": "PM2.5",
    "pm₂.₅": "PM2.5",
    "细颗粒物": "PM2.5",
    "总悬浮颗粒物": "TSP",
    "氮氧化物": "NOx",
    "铅": "Pb",
    "苯并[a]芘": "BaP",
    "苯并(a)芘": "BaP",
}


def fold_key(name: Any) -> str:
    """A name folded for look-ups: spaces and hyphens removed, lower case (``NH3-N`` → ``nh3n``)."""
    return re.sub(r"[\s\-]", "", str(name)).lower()


def item_aliases(
    rows: Any, code_column: str, extra: Mapping[str, str] = MappingProxyType({})
) -> dict[str, str]:
    """Spellings → item code of a limits table: the code, the Chinese name with and without
    its parenthesised part, the English name, a formula in parentheses (``氨氮(NH3-N)`` →
    ``NH3-N``), and ``extra`` spellings; keys folded by :func:`_key`."""
    out: dict[str, str] = {}
    for _, r in rows.iterrows():
        code = str(r[code_column])
        name_zh = str(r["name_zh"])
        out[fold_key(code)] = code
        out[fold_key(name_zh)] = code
        out[fold_key(re.sub(r"[（(].*?[)）]", "", name_zh))] = code
        out[fold_key(r["name_en"])] = code
        m = re.search(r"[（(]([A-Za-z0-9\-]+)[)）]", name_zh)
        if m:
            out[fold_key(m.group(1))] = code
    out.update({fold_key(k): v for k, v in extra.items()})
    return out


def air_pollutant(name: Any) -> str:
    """The GB 3095 code of an air pollutant (``"pm25"``, ``"细颗粒物"`` → ``"PM2.5"``).

    Raises
    ------
    StandardLookupError
        Unknown name (the message lists the codes).
    """
    key = fold_key(name)
    try:
        return _AIR_ALIASES[key]
    except KeyError:
        raise StandardLookupError(
            f"unknown air pollutant {name!r}; expected one of {', '.join(AIR_POLLUTANTS)}"
        ) from None


_AIR_GRADES = {
    "1": "一级",
    "一级": "一级",
    "i": "一级",
    "2": "二级",
    "二级": "二级",
    "ii": "二级",
}


def air_grade(grade: Any) -> str:
    """``一级`` or ``二级`` from 1, 2, ``"I"``, ``"II"``, ``"一级"``, ``"二级标准"``."""
    key = fold_key(grade).removesuffix("标准").removeprefix("国家").removeprefix("grade")
    try:
        return _AIR_GRADES[key]
    except KeyError:
        raise StandardLookupError(
            f"unknown air quality grade {grade!r}; GB 3095 has 一级 (1) and 二级 (2)"
        ) from None


#: GB 3838 classes, best first; ``劣Ⅴ`` is worse than class V.
WATER_CLASSES: tuple[str, ...] = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ")
_ROMAN = {"i": "Ⅰ", "ii": "Ⅱ", "iii": "Ⅲ", "iv": "Ⅳ", "v": "Ⅴ", "1": "Ⅰ", "2": "Ⅱ", "3": "Ⅲ"}
_ROMAN.update({"4": "Ⅳ", "5": "Ⅴ", **{c.lower(): c for c in WATER_CLASSES}})


def water_class_code(value: Any) -> str:
    """A GB 3838 class code (``"Ⅲ"``) from ``3``, ``"III"``, ``"Ⅲ类"``, ``"劣V类"``."""
    key = fold_key(value).removesuffix("类").removesuffix("水质")
    worse = key.startswith("劣")
    key = key.removeprefix("劣")
    code = _ROMAN.get(key)
    if code is None or (worse and code != "Ⅴ"):
        raise StandardLookupError(
            f"unknown water quality class {value!r}; expected one of "
            + ", ".join(f"{c}类" for c in WATER_CLASSES)
        )
    return "劣Ⅴ" if worse else code


#: GB 18918 grades, strictest first.
EFFLUENT_GRADES: tuple[str, ...] = ("一级A", "一级B", "二级", "三级")
_EFFLUENT = {
    "一级a": "一级A",
    "1a": "一级A",
    "grade1a": "一级A",
    "一级b": "一级B",
    "1b": "一级B",
    "grade1b": "一级B",
    "二级": "二级",
    "2": "二级",
    "grade2": "二级",
    "三级": "三级",
    "3": "三级",
    "grade3": "三级",
}


def effluent_grade(grade: Any) -> str:
    """A GB 18918 grade (``"一级A"``) from ``"1A"``, ``"一级A标准"``, ``"grade_1a"``."""
    key = fold_key(grade).replace("_", "").removesuffix("标准")
    try:
        return _EFFLUENT[key]
    except KeyError:
        raise StandardLookupError(
            f"unknown effluent grade {grade!r}; GB 18918 has {', '.join(EFFLUENT_GRADES)}"
        ) from None
