"""A place's figure in a list, named by the list's header (list39, hand check 28).

``各市州问题整改完成率较高的，为遂宁市97%、泸州市96.5%…``: the measure is named once, in the
clause that opens the list, before a ranking's selection (较高的) or order (从高到低) and the
copula (为, 分别是); each place's figure is that measure, not ``(no measure named) 泸州市``.
A header that names no measure (``从区域分布上看``, ``按数量排序分``) leaves the members as they
were (unsure), and a list whose members are not places is not read by this rule.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _list_header
from envindicators.extract._places import Places
from envindicators.units import to_simplified


def _rows(text: str, *, hant: bool) -> pd.DataFrame:
    if hant:
        text = to_traditional(text)
    f = read_report(text, source="x.txt").figures()
    f = f.assign(written=f["value_text"].astype(str).map(to_simplified))
    f["subject_s"] = f["subject"].astype(str).map(to_simplified)
    return f


#: (text, figures of the places, the header's measure in simplified script)
HEADED = [
    (
        "截至7月31日，各市州问题整改完成率较高的，为遂宁市97%、泸州市96.5%、雅安市96%、"
        "攀枝花市95.1%、广安市94.6%。",
        ["97%", "96.5%", "96%", "95.1%", "94.6%"],
        "问题整改完成率",
    ),
    (  # (问题办结率: the registry's petitions_closed_share since reg43, tested below)
        "截至6月底，全省各市问题销号率最高的为：台州市98%、湖州市97%、嘉兴市96%。",
        ["98%", "97%", "96%"],
        "问题销号率",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figures", "measure"), HEADED)
def test_members_take_the_lists_header(
    text: str, figures: list[str], measure: str, hant: bool
) -> None:
    f = _rows(text, hant=hant)
    for figure in figures:
        row = f[f["written"] == figure]
        assert len(row) == 1, f[["value_text", "subject"]]
        assert row["subject_s"].iloc[0] == measure
        assert not row["subject_s"].iloc[0].startswith("(no measure named)")


#: Headers that name no measure: the members stay as they were (no header's measure).
UNNAMED_HEADERS = [
    "从区域分布上看，蕉城区1个、福安市1个、福鼎市1个。",
    "按数量排序分，从高到低分别是广州35件，茂名26件，梅州21件。",
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("text", UNNAMED_HEADERS)
def test_a_header_naming_no_measure_changes_nothing(text: str, hant: bool) -> None:
    places = Places.build().find(text)
    s = text.index("1个") if "1个" in text else text.index("26件")
    assert _list_header(text, 0, s, places) is None
    f = _rows(text, hant=hant)
    assert not f["subject_s"].str.contains("从区域分布|按数量排序").any()


#: Lists whose members are not places: no header is read for them.
NOT_PLACES = [
    ("各类问题整改完成率较高的，为大气类97%、水类96%、噪声类95%。", "96%"),
    ("全市空气质量优良天数比例为：一季度91%、二季度88%。", "88%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_PLACES)
def test_members_not_places_read_no_header(text: str, figure: str, hant: bool) -> None:
    if hant:
        text = to_traditional(text)
    places = Places.build().find(text)
    assert _list_header(text, 0, text.index(figure), places) is None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("各市州问题整改完成率较高的，为遂宁市97%、泸州市96.5%", "96.5%", "问题整改完成率"),
        (
            "各市空气质量优良天数比例从高到低依次为：丽水市98.6%、舟山市97.5%",
            "97.5%",
            "空气质量优良天数比例",
        ),
        ("截至目前，各县区信访件办结率较低的是临潼区81%、蓝田县83%", "83%", "信访件办结率"),
        # a header with a figure of its own is a total, not a measure's name
        ("交办件累计75件：钟山区19件、八步区21件", "21件", None),
        # the figure is no place's own (a part after the place's count)
        ("遂宁市办结率97%，其中已销号90%、泸州市96%", "90%", None),
    ],
)
def test_list_header(text: str, figure: str, expected: str | None) -> None:
    places = Places.build().find(text)
    assert _list_header(text, 0, text.index(figure), places) == expected


# --- a zone the gazetteer lacks, listed among places: one more place of the list ------

#: (text, the zone's figure, its region): a petitions batch split by place, a zone among them
ZONES = [
    (
        "8月20日，省督察组向我市交办第二十批信访案件39件。本批信访案件已全部转交相关县(市)区办理。"
        "其中，朝阳区5件、南关区1件、净月高新区2件、长春新区1件、农安县3件。",
        "2件",
        "长春市",
    ),
    (
        "8月20日，省督察组向我市交办第二十批信访案件39件。本批信访案件已全部转交相关县(市)区办理。"
        "其中，朝阳区5件、南关区1件、净月高新区2件、长春新区1件、农安县3件。",
        "1件",
        "长春市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), ZONES)
def test_a_listed_zone_is_a_place_of_the_batch(
    text: str, figure: str, region: str, hant: bool
) -> None:
    f = _rows(text, hant=hant)
    zone = "净月高新区" if figure == "2件" else "长春新区"
    at = to_simplified(text).index(zone) + len(zone)
    rows = f[
        (f["written"] == figure) & f["quote"].astype(str).map(to_simplified).str.contains(zone)
    ]
    assert not rows.empty, (at, f[["value_text", "subject"]])
    zone_rows = rows[rows["region"] == region]
    assert not zone_rows.empty
    assert (zone_rows["indicator"] == "petitions_handled").all()
    assert not zone_rows["subject_s"].str.startswith("(no measure named)").any()


@pytest.mark.parametrize(
    ("label", "zone"),
    [
        ("净月高新区", True),
        ("经开区", True),
        ("新区", True),
        ("经济技术开发区", True),
        ("城乡一体化示范区", True),
        ("自然保护区", False),
        ("风景名胜区", False),
        ("城区", False),
        ("社区", False),
    ],
)
def test_zone_label(label: str, zone: bool) -> None:
    from envindicators.extract._places import ZONE_LABEL

    assert bool(ZONE_LABEL.fullmatch(label)) is zone


@pytest.mark.parametrize("hant", [False, True])
def test_reserves_counted_in_a_list_stay_unchanged(hant: bool) -> None:
    """A list of counted things (自然保护区13个、风景名胜区51处) is no list of places."""
    f = _rows("全市共有自然保护区13个、风景名胜区51处。", hant=hant)
    assert not (f["indicator"] == "petitions_handled").any()


@pytest.mark.parametrize("hant", [False, True])
def test_members_of_a_registry_header_take_its_row(hant: bool) -> None:
    """A header naming a registry measure (办结率, reg43) gives every member that row."""
    text = "截至6月底，全省各市问题办结率最高的为：台州市98%、湖州市97%、嘉兴市96%。"
    f = _rows(text, hant=hant)
    for figure in ("98%", "97%", "96%"):
        row = f[f["written"] == figure]
        assert len(row) == 1, f[["value_text", "subject"]]
        assert row["indicator"].iloc[0] == "petitions_closed_share"
