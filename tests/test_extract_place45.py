"""Regions: a place read from a name that is not the figure's place (place45, issue 13).

* A place that begins the name of a system, a platform or a hotline carrying cases or data
  (``全国环境保护信访信息系统``, ``全国排污许可证管理信息平台``) is no subject, not even of
  its own clause: the cases it passes on are the receiving division's
  (``_places.in_system_name``, ``_places.in_organisation_name``).
* A whole a place is ranked in is its reference also when a set of the whole's members
  comes between (``位居全国省会城市第四位``, ``在全国74个城市中排名第7``):
  ``_places.compared_mentions``.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row

JINCHENG = (
    "晋城市2017年环境执法情况\n"
    "2017年，我市环境执法工作取得明显成效。"
    "此外，2017年全市共受理各类环境信访投诉案件76件，其中全国环境保护信访信息系统转办案件9件，"
    "已全部办结。"
)
PLATFORM = (
    "晋城市2017年环境执法情况\n"
    "2017年，我市环境执法工作取得明显成效。"
    "今年通过全国排污许可证管理信息平台核发排污许可证35张。"
)
FUZHOU = (
    "福州城区空气优良率全国第四\n"
    "《概况》显示，2009年福州市城区空气质量以优良为主，优良率为96.7%，位居全国省会城市第四位。"
    "全年出现轻微污染天气12天，酸雨率23.51%。"
)
GUIYANG = (
    "贵阳市空气质量总体良好\n"
    "今年1月至7月，贵阳市AQI优良天数比例为84.4%，在全国74个城市中排名第7位。"
    "全年出现轻度污染天气15天。"
)

#: (text, figure, region): the division the figure is about, not the name's or the set's
POSITIVES = [
    (JINCHENG, "9件", "晋城市"),  # a national system passes the city's cases on
    (PLATFORM, "35张", "晋城市"),  # a national platform the city's permits go through
    (FUZHOU, "12天", "福州市"),  # 全国省会城市: what 福州 is ranked against
    (GUIYANG, "15天", "贵阳市"),  # 全国74个城市中排名: what 贵阳 is ranked against
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), POSITIVES)
def test_a_name_or_a_ranking_set_is_no_subject(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, figure, region): near wordings the rules must leave as they were
NEGATIVES = [
    # a sector, not a system (全国环保系统…): the country's own bodies and their figures
    (
        "2002年全国环境统计公报\n2002年，全国环保系统各级机构为11798个，工作人员达15.4万人。",
        "11798个",
        "全国",
    ),
    # the set of cities as the subject (no rank after it): the set's own figure
    (
        "2019年全国空气质量状况\n2019年，全国337个城市平均优良天数比例为82.0%。",
        "82.0%",
        "全国",
    ),
    # a count or a series of the whole, not a rank (全国第一次污染源普查)
    (
        "四川省环保督察整改情况\n全国第一次污染源普查共调查工业源5.9万个。",
        "5.9万个",
        "全国",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), NEGATIVES)
def test_the_whole_s_own_figure_stays_the_whole_s(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region
