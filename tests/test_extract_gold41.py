"""gold41: the gold's misses — a share written ``占W的x%`` after its part's figure (issue 13).

The parser reads a share's 占 and its whole into the figure's written form
(``占总断面数的40%``), so no words stand between the part's figure and the share: the share
was left unread ("no indicator phrase"), 260 figures in 87 corpus texts, among them the
gold's ``合计拥有13668辆，占城市公交车总数的73.7%`` and ``共划定禁采范围8.5077平方公里，
占井田面积的18.2%``.  The share is named by its part (the figure before the 占, only a
clause mark and 约, 仅, 分别 … between) and its whole (``Ⅲ类水质断面占总断面数``), as
:func:`envindicators.extract._indicators._share_of_whole` names a share whose whole is
written before the figure; a change after the share is the part's, not the share's.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row, report_rows

from envindicators.extract._indicators import (
    _share_number_at,
    _share_opens,
    _share_whole_written,
)
from envindicators.units import to_simplified

#: (text, the share as written, the share's name, simplified script)
SHARES = [
    ("全市Ⅲ类水质断面11个，占总断面数的40%。", "占总断面数的40%", "Ⅲ类水质断面占总断面数"),
    (
        "2006年工业废水排放量240.2亿吨，占废水排放总量的44.7%。",
        "占废水排放总量的44.7%",
        "工业废水排放量占废水排放总量",
    ),
    (
        "全县禁采范围8.5077平方公里，占井田面积的18.2%。",
        "占井田面积的18.2%",
        "禁采范围占井田面积",
    ),
    (
        "2022年本市信访举报案件52件，占总投诉量的40%。",
        "占总投诉量的40%",
        "信访举报案件占总投诉量",
    ),
    (
        "2012年林业重点工程完成造林面积24135公顷，占全部造林面积的63.5%。",
        "占全部造林面积的63.5%",
        "林业重点工程完成造林面积占全部造林面积",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "share", "name"), SHARES)
def test_share_after_its_part_is_named_by_part_and_whole(
    text: str, share: str, name: str, hant: bool
) -> None:
    row = report_row(text, share, hant=hant)
    assert to_simplified(str(row["subject"])) == name
    assert str(row["indicator"]).startswith("proposed_")
    assert row["unit"] == "%"


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_after_the_share_is_not_the_shares(hant: bool) -> None:
    """``占…44.7%，比上年减少1.1%``: the decrease is the amount's, never the share's."""
    text = "2006年工业废水排放量240.2亿吨，占废水排放总量的44.7%，比上年减少1.1%。"
    share = report_row(text, "44.7%", hant=hant)
    change = report_row(text, "1.1%", hant=hant)
    assert change["indicator"] != share["indicator"]


#: (text, the share as written, the share's name): ``占x%`` without its whole, the part's
#: share (the whole is the set the text counts).
SHARES_ALONE = [
    ("2021年全市Ⅳ类水质断面9个，占18.8%。", "占18.8%", "Ⅳ类水质断面占比"),
    (
        "本批信访件中，大气环境问题101个，占28.0%；水环境问题71个，占19.7%。",
        "占19.7%",
        "水环境问题占比",
    ),
    ("2016年全国移送行政拘留案件442件，占20%。", "占20%", "移送行政拘留案件占比"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "share", "name"), SHARES_ALONE)
def test_share_without_whole_is_the_parts_share(
    text: str, share: str, name: str, hant: bool
) -> None:
    row = report_row(text, share, hant=hant)
    assert to_simplified(str(row["subject"])) == name
    assert row["unit"] == "%"


#: Near wordings the rule leaves: no figure of the part before the 占; two parts whose
#: shares follow 分别 (the first share is the first part's, not the figure's right before).
NO_PART = [
    ("2002年环保投入继续增加，占当年GDP的1.33%。", "1.33%"),
    (
        "全省有重点保护野生植物542种，重点保护陆生野生动物386种，"
        "分别占全国种类总量的48.01%和56.27%。",
        "48.01%",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "share"), NO_PART)
def test_a_share_without_its_parts_figure_is_not_named_by_another(
    text: str, share: str, hant: bool
) -> None:
    rows = report_rows(text, hant=hant)
    shares = rows[rows["written"].str.contains(share, regex=False)]
    for subject in shares["subject"].map(lambda s: to_simplified(str(s))):
        assert not subject.startswith(("当年GDP", "占", "重点保护陆生野生动物")), subject


def test_share_number_and_whole_in_the_written_form() -> None:
    text = "全省環保公共開支約20億元，佔公共總開支的2.3%"
    at = text.index("佔")
    assert _share_number_at(text, at) == text.index("2.3")
    assert _share_whole_written(text, at, len(text)) == "公共總開支"
    assert _share_number_at("其中工业占40%", 4) == 4  # 占40%: no whole written
    assert _share_whole_written("其中工业占40%", 4, 8) is None
    assert _share_opens("Ⅳ类水质断面9个，占18.8%", 9, 9)
    assert not _share_opens("其中工业占18.8%", 0, 4)  # the part named in the share's clause
