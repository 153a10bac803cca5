"""Regions of a whole's figure after a list of places (place43, issue 13).

A paragraph that names a list of places (``对枣庄、济宁市同步开展督察``), then one figure per
member (``淄博市1310件、…聊城市1168件。``), then a figure about the whole (``被督察市已办结
5767件，其中立案处罚374家``): the members label their own figures only, and the last place of
the list named before them is no more the whole's subject than they are — the division
holding that list is (山东省).  A place named alone before the members (宁德市) stays the
later figures' subject, as does a place written in the figure's own sentence.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row

#: (text, figure, region): the whole after members, a list named before them
WHOLES = [
    (
        "8个督察组于4月7日进驻淄博、枣庄、济宁、临沂等4市开展督察，并对枣庄、济宁市同步开展"
        "南四湖流域专项督察。截至4月30日，共受理有效举报5093件，其中，淄博市1310件、"
        "枣庄市1626件、济宁市851件、临沂市1306件。被督察市已办结2767件，其中立案处罚174家，"
        "罚款1135万元。",
        "174家",
        "山东省",
    ),
    (
        "督察组进驻南京、无锡、苏州开展督察，并对无锡、苏州市开展太湖专项督察。截至5月10日，"
        "共受理举报3000件，其中南京市1000件、无锡市900件、苏州市1100件。"
        "各市已办结2100件，责令整改860家。",
        "860家",
        "江苏省",
    ),
    (
        "督察组进驻广州、深圳、佛山开展督察，并对深圳、佛山市开展专项督察。截至6月1日，"
        "共受理举报2400件，其中广州市800件、深圳市900件、佛山市700件。"
        "已办结1500件，罚款2300万元。",
        "2300万元",
        "广东省",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), WHOLES)
def test_a_whole_after_members_is_the_list_holders(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, figure, region): the place that truly is the later figure's subject
SUBJECTS = [
    # one place named alone before the members: the whole is that place's
    (
        "督察组向宁德市转办信访件20件，其中蕉城区8件、福安市12件。已办结15件，责令整改9家。",
        "9家",
        "宁德市",
    ),
    # the place written in the figure's own sentence
    (
        "督察组进驻枣庄、济宁开展督察。截至4月30日，枣庄市1626件、济宁市851件。"
        "济宁市已办结600件，其中立案处罚74家。",
        "74家",
        "济宁市",
    ),
    # 全市 after the city named in its own sentence
    (
        "督察组进驻枣庄、济宁开展督察，其中枣庄市1626件、临沂市851件。"
        "济宁市开展专项整治，全市已办结600件，立案处罚74家。",
        "74家",
        "济宁市",
    ),
    # the members' own figures stay theirs
    (
        "8个督察组进驻淄博、枣庄等市开展督察，并对枣庄、济宁市同步开展专项督察。"
        "共受理举报3000件，其中，淄博市1310件、枣庄市1626件。已办结2000件。",
        "1626件",
        "枣庄市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), SUBJECTS)
def test_a_subject_named_keeps_its_figures(text: str, figure: str, region: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] == region
