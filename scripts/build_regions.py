"""Build ``src/envindicators/regions/data/divisions.csv`` (maintenance script, not shipped).

Inputs (not redistributed here; see ``src/envindicators/regions/data/SOURCE.md``):

* ``provinces.csv``, ``cities.csv``, ``areas.csv`` of the repository
  modood/Administrative-divisions-of-China (WTFPL), a machine-readable copy of the National
  Bureau of Statistics' 统计用区划代码 (release of 2022-12-29, state on 2022-10-31);

Usage::

    python scripts/build_regions.py DIST_DIR OUT_CSV

Rows of Taiwan, Hong Kong and Macao already in ``OUT_CSV`` are kept (they are not in the
source; see SOURCE.md).

What it derives (the rules are the documentation of the ``short_name`` and
``statistical`` columns):

* six-digit codes, one row each (a prefecture-level city without counties, 东莞市,
  is listed once, as a prefecture); the placeholder prefecture rows 市辖区, 县,
  省直辖县级行政区划 and 自治区直辖县级行政区划 are dropped and their counties hang from
  the province;
* ``statistical``: county-level rows whose fifth code digit is 7 — the NBS's statistical
  zones (开发区, 园区, 新区 administrations), which are not administrative divisions;
* ``short_name``: the full name without its generic suffix and, for autonomous units,
  without the ethnic names (autonomous prefectures keep 州: 恩施土家族苗族自治州 → 恩施州);
  empty when fewer than two characters would remain, for statistical zones, and for a
  county whose short name equals a province or prefecture name (河北区 → not 河北).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# The 56 nationalities of China (GB/T 3304-1991), as they appear in autonomous-unit names.
ETHNIC_GROUPS = [
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
]
# Names of autonomous units write the group as X族, or without 族 when X has ≥ 2 characters
# (新疆维吾尔自治区, 博尔塔拉蒙古自治州, 鄂伦春自治旗).
ETHNIC_FORMS = sorted(
    set(ETHNIC_GROUPS) | {g[:-1] for g in ETHNIC_GROUPS if len(g) >= 3},
    key=len,
    reverse=True,
)
#: Provincial-level units kept in the output by hand (not in the NBS source): 台湾省,
#: 香港特别行政区, 澳门特别行政区.
HAND_ADDED = {"710000", "810000", "820000"}
PLACEHOLDER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Suffixes of full names, longest first; the value is what an autonomous prefecture keeps.
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "林区", "特区", "县", "区", "市", "旗"),
}


def strip_ethnic(stem: str) -> str:
    """``stem`` without trailing ethnic-group names, keeping at least two characters."""
    changed = True
    while changed:
        changed = False
        for form in ETHNIC_FORMS:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    return stem


def short_name(name: str, level: str) -> str:
    """The short name of a full name by the rules in the module docstring ('' if none)."""
    for suffix in SUFFIXES[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            autonomous = suffix.startswith("自治")
            if autonomous:
                stem = strip_ethnic(stem)
            if suffix == "自治州":
                stem += "州"
            return stem if len(stem) >= 2 and stem != name else ""
    return ""


def main(dist: Path, out: Path) -> None:
    def read(name: str) -> list[dict[str, str]]:
        with (dist / name).open(encoding="utf-8") as f:
            return list(csv.DictReader(f))

    rows: list[dict[str, str]] = []
    for p in read("provinces.csv"):
        rows.append({"code": p["code"] + "0000", "name": p["name"], "level": "province",
                         "parent_code": "", "province_code": p["code"] + "0000"})  # fmt: skip
    real_prefectures: set[str] = set()
    for c in read("cities.csv"):
        if c["name"] in PLACEHOLDER_PREFECTURES:
            continue
        real_prefectures.add(c["code"])
        prov = c["provinceCode"] + "0000"
        rows.append({"code": c["code"] + "00", "name": c["name"], "level": "prefecture",
                         "parent_code": prov, "province_code": prov})  # fmt: skip
    for a in read("areas.csv"):
        prov = a["provinceCode"] + "0000"
        if a["code"] == a["cityCode"] + "00":
            continue  # 东莞市, 中山市, 儋州市: cities without counties repeat their own row
        parent = a["cityCode"] + "00" if a["cityCode"] in real_prefectures else prov
        rows.append({"code": a["code"], "name": a["name"], "level": "county",
                         "parent_code": parent, "province_code": prov})  # fmt: skip
    higher = {r["name"] for r in rows if r["level"] != "county"}
    for r in rows:
        r["statistical"] = str(r["level"] == "county" and r["code"][4] == "7")
        s = "" if r["statistical"] == "True" else short_name(r["name"], r["level"])
        r["short_name"] = s
    higher |= {r["short_name"] for r in rows if r["level"] != "county" and r["short_name"]}
    for r in rows:
        if r["level"] == "county" and r["short_name"] in higher:
            r["short_name"] = ""
    cols = ["code", "name", "short_name", "level", "parent_code", "province_code", "statistical"]
    # Taiwan, Hong Kong and Macao are not in the NBS source: their rows (added by hand, see
    # SOURCE.md) are carried over from the existing output file.
    if out.exists():
        with out.open(encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f) if r["province_code"] in HAND_ADDED]
    rows.sort(key=lambda r: r["code"])
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows({k: r[k] for k in cols} for r in rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
