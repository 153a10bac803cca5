"""Build ``src/envindicators/regions/data/former_names.csv`` (maintenance script, not shipped).

Input (not redistributed here; see ``src/envindicators/regions/data/SOURCE.md``):
``result.csv`` of the repository yescallop/areacodes (CC0 1.0): every county-level-and-above
division code of the People's Republic since 1981 with its name, the years it was in use and
the codes that took its area over (新代码), compiled from the Ministry of Civil Affairs' code
lists and its 县级以上行政区划变更情况.

Usage::

    python scripts/build_former_names.py RESULT_CSV DIVISIONS_CSV OUT_CSV

A former name is kept when a text naming it can mean only one division of today's table:

* its record went out of use in 2000 or later (the era of the reports read here);
* **it was renamed, not merged or split**: its code went on under a new name (status 变更:
  襄樊市 → 襄阳市, 420600, in 2010), or its record names exactly one successor code, and
  that successor record began in the year the former one ended and has no other predecessor
  (横县 450127 → 横州市 450181 in 2021; 太谷县 140726 → 太谷区 140703 in 2019) — a county
  merged into a neighbour (its area now part of another division) or split between several
  is left out, since its figures are no figures of the successor;
* the chain of such renamings ends at a code of ``DIVISIONS_CSV`` (the NBS state on
  2022-10-31) whose name is the chain's last name (a renaming after that state is skipped);
* the former name is no name or short name of a division of today's table, and not a
  placeholder (市辖区, 县, 市区, 郊区); names that read as ordinary words are left to the
  gazetteer's own rule (``is_generic_name``), at look-up.

Each kept row (one per name and division): ``name`` (the former name), ``code`` (today's
division), ``former_code`` (its codes under that name, ``;``-separated), ``in_use``
(``1981-2021``: the years the name was in use, the last one exclusive).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

#: Taiwan's counties made special municipalities under their county's area, by the same rule
#: (a renaming, not a merger): 臺北縣 → 新北市 on 2010-12-25, 桃園縣 → 桃園市 on 2014-12-25
#: (內政部, 地方制度法 第4條 改制).  Taiwan's divisions are not in the Ministry of Civil
#: Affairs' lists (``divisions.csv`` adds them by hand, GB/T 2260 gives them no county
#: codes: ``former_code`` is empty); 臺中縣, 臺南縣 and 高雄縣 were merged into the cities
#: of their names in 2010 and are left out, as mergers are on the mainland.
HAND_ROWS = (
    {"name": "台北县", "code": "710200", "former_code": "", "in_use": "1945-2010"},
    {"name": "桃园县", "code": "710300", "former_code": "", "in_use": "1945-2014"},
)
PLACEHOLDERS = {"市辖区", "县", "市区", "郊区", "省直辖县级行政区划", "自治区直辖县级行政区划"}
SINCE = 2000


def _successors(field: str) -> list[str]:
    """The codes of a 新代码 field (``450181``, ``130108[2001];130102``): area changes dated
    by a bracketed year are partial transfers, not the record's own end."""
    return [c for c in field.split(";") if c and "[" not in c]


def main(result_csv: Path, divisions_csv: Path, out_csv: Path) -> int:
    with result_csv.open(encoding="utf-8-sig") as f:
        records = list(csv.DictReader(f))
    with divisions_csv.open(encoding="utf-8") as f:
        today = {r["code"]: r for r in csv.DictReader(f)}
    taken = {r["name"] for r in today.values()} | {
        r["short_name"] for r in today.values() if r["short_name"]
    }
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in records:
        by_code[r["代码"]].append(r)

    def record_from(code: str, year: int) -> dict[str, str] | None:
        """The record of ``code`` that began in ``year``."""
        found = [r for r in by_code.get(code, []) if int(r["启用时间"]) == year]
        return found[0] if len(found) == 1 else None

    predecessors: dict[tuple[str, int], int] = defaultdict(int)
    for r in records:
        if r["状态"] == "弃用":
            for c in _successors(r["新代码"]):
                predecessors[(c, int(r["变更/弃用时间"]))] += 1

    def renamed_to(r: dict[str, str]) -> dict[str, str] | None:
        """The record a former record was renamed to (one successor, begun that year, no
        other predecessor; or, status 变更, its own code under a new name), or ``None``."""
        end = int(r["变更/弃用时间"])
        if r["状态"] == "变更":
            return record_from(r["代码"], end)
        succ = _successors(r["新代码"])
        if len(succ) != 1 or predecessors[(succ[0], end)] != 1:
            return None
        return record_from(succ[0], end)

    rows = []
    for r in records:
        if r["状态"] == "在用" or int(r["变更/弃用时间"]) < SINCE:
            continue
        name = r["名称"]
        if name in PLACEHOLDERS or name in taken:
            continue
        cur: dict[str, str] | None = r
        for _ in range(10):  # follow renamings to today's record
            assert cur is not None
            if cur["状态"] == "在用":
                break
            cur = renamed_to(cur)
            if cur is None:
                break
        if cur is None or cur["状态"] != "在用":
            continue
        now = today.get(cur["代码"])
        if now is None or now["name"] != cur["名称"] or now["name"] == name:
            continue
        rows.append(
            {
                "name": name,
                "code": cur["代码"],
                "former_code": r["代码"],
                "in_use": f"{r['启用时间']}-{r['变更/弃用时间']}",
            }
        )
    # one row per name and division (a renamed county may have changed its code before)
    merged: dict[tuple[str, str], dict[str, str]] = {}
    for row in sorted(rows, key=lambda x: (x["code"], x["in_use"])):
        key = (row["name"], row["code"])
        if key in merged:
            first = merged[key]
            first["former_code"] += ";" + row["former_code"]
            first["in_use"] = first["in_use"].split("-")[0] + "-" + row["in_use"].split("-")[1]
        else:
            merged[key] = dict(row)
    rows = list(merged.values()) + [dict(r) for r in HAND_ROWS]
    with out_csv.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "code", "former_code", "in_use"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} former names → {out_csv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*map(Path, sys.argv[1:4])))
