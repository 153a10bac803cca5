"""reg34: registry links of the parts of a petitions batch and of a water class's share (issue 13).

Hand check 23 (convention (a) of role33): a count of a part of a batch of petitions — a
pollution type, a key case — is right only when its row names the part.  A figure linked to
``petitions_handled`` by the batch's form written elsewhere in its sentence (``群众举报``,
``交办件``, ``信访举报``) kept the whole's plain name; the part is now written after it in
brackets (``举报件（大气污染）``), from the figure's own words (a topic, a category, the key
cases) or from a pollution type written right before the form itself (``涉及大气污染类型的
信访举报最多，有17件``).  A place's count keeps the plain name (its region names the part),
and a count of the whole is untouched.

And a bare share (``比例为2.7%``) linked by the object written before it (``水质断面``) is no
share of a water class other than the one written right before that object (``Ⅳ类…水质断面``
is no 劣Ⅴ类 share).
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.extract._indicators import _part_before_form
from envindicators.units import to_simplified

PETITIONS = "petitions_handled"

#: (text, figure, the part its subject must name): the part of a batch, linked by the
#: batch's form written elsewhere in the sentence.
PARTS = [
    (
        "第五批交办群众信访举报件86件。群众举报反映问题涉及大气污染12件、噪声污染9件。",
        "12件",
        "大气污染",
    ),
    ("第二批转办群众举报件64件。群众举报反映的问题涉及水污染7件、大气污染5件。", "7件", "水污染"),
    (
        "从污染类型来看，第三批58件信访举报件中，涉及大气污染类型的信访举报最多，有24件。",
        "24件",
        "大气污染",
    ),
    ("第七批交办信访件150件，噪声污染类信访件41件。", "41件", "噪声污染"),
    ("从信访举报件问题类型来看，涉及大气6件、水4件、噪声3件。", "4件", "水"),
    ("督察组共向我市转办信访件210件，其中重点件35件。", "35件", "重点件"),
    (
        "第九批交办件199件。按污染类型分(部分交办件涉多种类型)，从高到低分别是大气80件(占40.2%)，"
        "噪声50件(占25.1%)。",
        "80件",
        "大气",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "part"), PARTS)
def test_a_part_of_a_batch_is_named(text: str, figure: str, part: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert part in to_simplified(str(row["subject"])), row[["indicator", "subject"]]
    assert row["indicator"] == PETITIONS or row["indicator"].startswith("proposed_")


#: (text, figure): counts of a whole batch, of a place, or of the batch's acts — the plain
#: name, no part in brackets.
WHOLES = [
    ("第五批交办群众信访举报件86件。", "86件"),
    ("督察组向我市转办信访件35件，其中哈尔滨市4件、齐齐哈尔市2件。", "4件"),
    ("督察组向我市转办信访件35件，其中哈尔滨市4件、齐齐哈尔市2件。", "35件"),
    ("督察组共受理群众举报30件，均已转办。", "30件"),
    ("督察组向我省督办信访件96件。", "96件"),
    ("第四批群众信访举报件共58件，已全部转办。", "58件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), WHOLES)
def test_a_whole_or_a_place_keeps_the_batch_name(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    if row["indicator"] == PETITIONS:
        assert "（" not in str(row["subject"]), row[["indicator", "subject"]]


@pytest.mark.parametrize(
    ("words", "part"),
    [
        ("涉及大气污染类型的信访举报", "大气污染"),
        ("涉及大氣污染類型的信訪舉報", "大氣污染"),
        ("噪声类投诉", "噪声"),
        ("生态破坏问题的举报件", "生态破坏"),
        ("第二批交办群众信访举报件", None),
        ("转办信访件", None),
        ("各级信访件", None),
        ("开展大气污染防治以来，共收到信访件", None),
    ],
)
def test_the_part_written_before_a_form(words: str, part: str | None) -> None:
    heads = ("信访", "信訪", "投诉", "举报件", "信访件")
    at = min(i for i in (words.rfind(h) for h in heads) if i >= 0)
    assert _part_before_form(words, 0, at) == part


#: (text, figure, the registry share it must not be): a class's share linked by the object
#: written before a bare 比例.
OTHER_CLASS = [
    ("Ⅳ类轻度污染水质断面(点位)3个，比例为4.1%。", "4.1%", "surface_water_worse_than_v_share"),
    ("Ⅳ类水质断面6个，比例为7.5%。", "7.5%", "surface_water_worse_than_v_share"),
    ("Ⅱ类水质断面12个，比例为16.4%。", "16.4%", "surface_water_good_share"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), OTHER_CLASS)
def test_a_share_of_another_class_is_not_linked(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != code, row[["indicator", "subject"]]


#: (text, figure, the registry share it keeps): the class written is the share's own.
SAME_CLASS = [
    ("劣Ⅴ类重度污染水质断面(点位)2个，比例为2.7%。", "2.7%", "surface_water_worse_than_v_share"),
    ("全省监测断面中，Ⅰ～Ⅲ类水质断面80个，比例为85.1%。", "85.1%", "surface_water_good_share"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), SAME_CLASS)
def test_a_share_of_its_own_class_is_linked(text: str, figure: str, code: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code, row[["indicator", "subject"]]
