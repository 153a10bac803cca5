"""The region of a figure over several places of different provinces (issue 13, place28).

A figure written over a set of places that lie in two or more provinces (a list of them,
``天津、贵州等7省``, ``8省区`` before the figure) is their sum: it has no one region — left
empty and flagged, not given the country that holds them.  The figure that is itself the
set's count (``8省区``, ``最高的三个城市``) keeps the country; a set inside one province keeps
the province; a figure of one place keeps it.
"""

from __future__ import annotations

import pytest
from tests.report_rows import rows_of

from envindicators.extract._places import counts_all_provinces, counts_places
from envindicators.extract._reader import _SEVERAL_NOTE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("河北、山东两省废矿物油产生量占重点调查工业企业的42.8%。", "42.8%"),
        ("河北、山東兩省廢礦物油產生量占重點調查工業企業的42.8%。", "42.8%"),
        ("2020年，北京、上海两市PM2.5平均浓度为30微克/立方米。", "30微克"),
        ("2020年，北京、上海兩市PM2.5平均濃度為30微克/立方米。", "30微克"),
        ("2021年，南京、杭州、合肥三市共淘汰燃煤锅炉387台。", "387台"),
        ("2021年，南京、杭州、合肥三市共淘汰燃煤鍋爐387台。", "387台"),
        ("中央督察组对吉林、浙江等8省区开展督察。反馈后，8省区共办结举报1.2万件。", "1.2万件"),
        ("中央督察組對吉林、浙江等8省區開展督察。反饋後，8省區共辦結舉報1.2萬件。", "1.2萬件"),
    ],
)
def test_a_figure_over_places_of_several_provinces_has_no_one_region(
    text: str, figure: str
) -> None:
    rows = rows_of(text, figure)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["region"] == ""
    assert bool(row["needs_review"])
    assert _SEVERAL_NOTE in str(row["note"])


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        # the figure is the set's own count: the whole holding the set
        ("吉林、浙江等8省区公开整改方案。", "8省区", "全国"),
        ("吉林、浙江等8省區公開整改方案。", "8省區", "全国"),
        ("2021年，南京、杭州、合肥三市共淘汰燃煤锅炉387台。", "三市", "全国"),
        # a set inside one province: that province
        ("2021年，南京、无锡、苏州三市共关停化工企业41家。", "41家", "江苏省"),
        ("2021年，南京、無錫、蘇州三市共關停化工企業41家。", "41家", "江苏省"),
        # one place named: its own
        ("2022年，江苏省共关停化工企业146家。", "146家", "江苏省"),
        # 分别: each figure its member's
        ("2021年，南京、杭州两市PM2.5浓度分别为30、35微克/立方米。", "35", "杭州市"),
    ],
)
def test_a_count_a_province_or_one_place_keeps_its_region(
    text: str, figure: str, region: str
) -> None:
    rows = rows_of(text, figure)
    assert len(rows) >= 1
    assert set(rows["region"]) == {region}
    assert not rows["note"].astype(str).str.contains(_SEVERAL_NOTE, regex=False).any()


@pytest.mark.parametrize(
    ("text", "figure", "counts"),
    [
        ("辽宁省辽阳市、内蒙古鄂尔多斯市和呼伦贝尔市是最高的三个城市", "三个", True),
        ("遼寧省遼陽市、內蒙古鄂爾多斯市和呼倫貝爾市是最高的三個城市", "三個", True),
        ("空气质量最好的10个城市依次是海口、拉萨", "10个", True),
        ("吉林、浙江等8省區公開整改方案", "8省區", True),
        ("广东、江苏6个省份处理能力超过1000万立方米", "6个", True),
        ("在北京、天津、石家庄、郑州、西安10个大城市郊区建设还田区", "10个", True),
        ("天津等7省市已完成313项整改任务", "313项", False),
        ("全市共有1个城市", "1个", False),  # a count of one is no set
        ("新建3个市场", "3个", False),
    ],
)
def test_counts_places(text: str, figure: str, counts: bool) -> None:
    s = text.index(figure)
    assert counts_places(text, s, s + len(figure)) is counts


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("31个省(区、市)共受理举报", True),
        ("31個省(區、市)共受理舉報", True),
        ("8个省(区、市)共受理举报", False),
        ("7省市已有", False),
        ("31个城市共受理举报", False),  # cities, not provinces
    ],
)
def test_counts_all_provinces(text: str, whole: bool) -> None:
    assert counts_all_provinces(text, 0, len(text)) is whole
