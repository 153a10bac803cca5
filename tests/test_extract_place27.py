"""The region of a figure: hand check 17's leftovers (issue 13, place27).

* A figure that is itself a count of two or more divisions (``8省区``, ``12个盟市``, ``两省``)
  is about the set counted, not about the member named last before it nor a place carried
  from an earlier sentence: the scope above the counted level
  (:func:`envindicators.extract._places.division_count_end`,
  :func:`envindicators.extract._places.counted_scope`), flagged.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from tests.report_rows import rows_of
from tests.scripts import to_traditional

from envindicators.extract._places import compared_mentions, division_count_end

_rows = partial(rows_of, at_start=True)  # the figure is where its written form begins

_HEAD = "关于中央生态环境保护督察反馈意见整改落实情况的报告\n"


@pytest.mark.parametrize("script", [str, to_traditional])
@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("记者获悉，吉林、浙江等8省区公开督察整改方案。\n", "8省", "全国"),
        ("督察组进驻浙江。\n督察组于去年对8省区开展环境保护督察。\n", "8省", "全国"),
        ("督察组进驻湖南。\n反馈后，3省区认真研究制定整改方案。\n", "3省", "全国"),
        ("督察组进驻杭州。\n反馈后，11个设区市认真研究制定整改方案。\n", "11个", "浙江省"),
        ("督察组进驻包头。\n反馈后，12个盟市认真研究制定整改方案。\n", "12个", "内蒙古自治区"),
    ],
)
def test_a_figure_that_division_count_end_is_the_sets(
    script: object, text: str, figure: str, region: str
) -> None:
    assert callable(script)
    rows = _rows(script(_HEAD + text), script(figure))
    assert not rows.empty
    assert (rows["region"] == region).all()
    assert rows["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("吉林、浙江等8省區公開", "8省區", "8省區"),
        ("对12个盟市开展", "12个", "12个盟市"),
        ("两省联合执法", "两省", "两省"),
        ("新建3个市场", "3个", None),
        ("完成5个城市", "5个", None),
        ("1个省", "1个", None),
        ("排查8家企业", "8家", None),
    ],
)
def test_division_count_end(text: str, figure: str, expected: str | None) -> None:
    s = text.index(figure)
    end = division_count_end(text, s, s + len(figure))
    assert (None if end is None else text[s:end]) == expected


def _whole_compared(text: str, whole: str) -> bool:
    """Whether the mention ``whole`` (its first) of ``text`` is read as a reference."""
    s = text.index(whole)
    mention = pd.DataFrame({"start": [s], "end": [s + len(whole)]})
    return bool(compared_mentions(text, mention)[0])


@pytest.mark.parametrize("script", [str, to_traditional])
@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        ("澎湖县电动机车占有比例为4.5%，占有率全国第一", "全国"),
        ("台北市率全国之先公告加严锅炉排放标准", "全国"),
        ("该市空气优良天数比例居全省之冠", "全省"),
        ("湖州市绿色矿山建设走在全国前列", "全国"),
        ("杭州市垃圾分类工作全省领先", "全省"),
    ],
)
def test_the_whole_a_place_is_ranked_in_is_a_reference(
    script: object, text: str, ranked: str
) -> None:
    assert callable(script)
    assert _whole_compared(script(text), script(ranked))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("全国第一次污染源普查结果显示", "全国"),
        ("全省第二批督察反馈问题", "全省"),
        ("全国工业固体废物产生量为30亿吨", "全国"),
        ("全省第十二届运动会举办", "全省"),
        # only a whole is ranked in: a city's own series (青州市第十二届) is no ranking
        ("举办青州市第十二届全民健身运动会", "青州市"),
        ("青州市第一中学新建操场", "青州市"),
    ],
)
def test_a_whole_that_is_the_subject_stays(text: str, whole: str) -> None:
    assert not _whole_compared(text, whole)


@pytest.mark.parametrize("script", [str, to_traditional])
def test_a_figure_of_a_place_ranked_in_taiwan_is_the_places(script: object) -> None:
    assert callable(script)
    text = script(
        "澎湖县空气污染防制计划成果报告\n澎湖县电动机车占有比例为4.5%，占有率全国第一，"
        "本年度购置数量较106年成长3倍。\n"
    )
    rows = _rows(text, "4.5")
    assert not rows.empty
    assert (rows["region"] == "澎湖县").all()
