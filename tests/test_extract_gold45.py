"""gold45: the gold's missed rows — registry rows the text writes in a form the registry lacked
(issue 13).

Of the 178 gold figures ``read_report`` did not match (``benchmarks/README.md``, gold45), the
indicator link is wrong for 130; for most of them the registry row exists and the text names
its measure in words the row's forms did not hold.  The forms added here are the measure's
own words, general to the wording, not one sentence's:

- ``距泉口``/``距离泉口`` — a spring's water level told as its depth below the spring's mouth
  (``spring_water_level_depth``);
- ``禁采范围`` — the no-mining zone designated (``mining_prohibited_area``; its share of the
  mine field stays another measure);
- ``削坡`` — slope cutting's earthwork (``earthwork_volume``);
- ``采砂点``, ``采砂机具`` — illegal sand-mining sites cleared, sand-mining equipment removed;
- ``建制村环境整治`` — villages whose environment was improved (``villages_env_improved``;
  not ``水环境整治项目``, projects, nor problems 排查整治);
- ``黑臭水体整治`` — black and odorous waters remediated (not the waters counted).

Each case is read in both scripts.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row


def _link(text: str, figure: str, hant: bool) -> str:
    """The indicator of the first row of any table whose figure is ``figure``."""
    return str(first_figure_row(text, figure, hant=hant)["indicator"])


SPRING = "截至2018年9月中旬,晋祠泉水位距离泉口2.57米,较年初3.86米上升了1.29米。"
SPRING_SHORT = "2008年,晋祠泉距泉口27.76米。"
NO_MINING = "2018年,青云煤矿共划定禁采范围8.5077平方公里,占井田面积的18.2%。"
EARTHWORK = "2018年,吕梁市累计削坡20余万立方米。"
SAND = "2018年,洪洞县开展专项行动,共清理6处采砂点,拆除采砂机具61艘。"
VILLAGES_TARGET = "到2020年,全市完成55个建制村环境整治任务。"
VILLAGES = "2019年,全县共完成12个建制村环境整治。"
BLACK_WATER = "2022年,全省新增完成17个国家监管农村黑臭水体整治。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (SPRING, "2.57米", "spring_water_level_depth"),
        (SPRING_SHORT, "27.76米", "spring_water_level_depth"),
        (NO_MINING, "8.5077平方公里", "mining_prohibited_area"),
        (EARTHWORK, "20余万立方米", "earthwork_volume"),
        (SAND, "6处", "illegal_sand_mining_sites_cleared"),
        (SAND, "61艘", "illegal_equipment_removed"),
        (VILLAGES_TARGET, "55个", "villages_env_improved"),
        (VILLAGES, "12个", "villages_env_improved"),
        (BLACK_WATER, "17个", "black_odorous_water_remediated"),
    ],
)
def test_registry_form_written(text: str, figure: str, code: str, hant: bool) -> None:
    assert _link(text, figure, hant) == code


PROJECTS = "2016年,全市完成大气污染防治项目1083项、水环境整治项目475项。"
PROBLEMS = "2019年,白山市侵占破坏生态环境问题排查整治1009个问题基本全部完成整改。"
WATERS_COUNTED = "2018年,全市共排查出黑臭水体17个。"
SPRING_FLOW = "近年来,洪山泉泉水出流量锐减至约2立方米/秒。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (PROJECTS, "475项", "villages_env_improved"),  # projects, not villages
        (PROBLEMS, "1009个", "villages_env_improved"),  # problems 排查整治, no village
        (WATERS_COUNTED, "17个", "black_odorous_water_remediated"),  # found, not remediated
        (NO_MINING, "18.2%", "mining_prohibited_area"),  # the zone's share: another measure
        (SPRING_FLOW, "约2立方米/秒", "spring_water_level_depth"),  # the flow, no depth
    ],
)
def test_near_wording_not_taken(text: str, figure: str, code: str, hant: bool) -> None:
    assert _link(text, figure, hant) != code


@pytest.mark.parametrize("hant", [False, True])
def test_waters_counted_keep_their_row(hant: bool) -> None:
    """The waters found are counted, not remediated: the new form does not take them."""
    assert _link(WATERS_COUNTED, "17个", hant) in {
        "black_odorous_water_identified",
        "black_odorous_water_bodies",
    }
