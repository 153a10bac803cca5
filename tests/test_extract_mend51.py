"""mend51 (issue 13): a class's figure of a list whose header writes a registry name.

``整改完成率依次为:环境目标考核类100%、…、环境质量类78.2%``: every member is the registry's
row of the header's measure (``rectification_completion_rate``, reg43) with its class kept
as the part (convention (a): ``环境目标考核类整改完成率``) — np43 named the members by the
class and the header's measure, reg43 linked the header's name; merged, the first member
took the registry row and lost its class while the others stayed proposed
(``_indicators._header_class``).  A header whose measure is no registry name
(``问题办结率``), a header that names no measure (``分为``) and members of another kind are
left as np43 left them.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _header_class
from envindicators.units import to_simplified

_SICHUAN = (
    "截至今年3月底,四川省按9大类分类统计,整改完成率依次为:环境目标考核类100%、污染源类99.5%、"
    "其他类98.5%、决策部署贯彻落实类97.5%、环境质量类78.2%。"
)
_MEMBERS = [
    ("100%", "环境目标考核类整改完成率"),
    ("99.5%", "污染源类整改完成率"),
    ("98.5%", "其他类整改完成率"),
    ("97.5%", "决策部署贯彻落实类整改完成率"),
    ("78.2%", "环境质量类整改完成率"),
]


def _row(text: str, figure: str) -> tuple[str, str]:
    """(indicator, subject) of the one row whose figure, simplified, is ``figure``."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) == 1, f[["value_text", "indicator", "subject"]]
    return str(rows["indicator"].iloc[0]), str(rows["subject"].iloc[0])


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("figure", "subject"), _MEMBERS)
def test_every_class_takes_the_headers_registry_row_with_its_class(
    figure: str, subject: str, traditional: bool
) -> None:
    text = to_traditional(_SICHUAN) if traditional else _SICHUAN
    indicator, written = _row(text, figure)
    assert indicator == "rectification_completion_rate"
    assert to_simplified(written) == subject


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_header_measure_of_no_registry_name_stays_a_phrase(traditional: bool) -> None:
    text = "截至年底,问题办结率分别是:生态类96.1%、水污染类88.4%。"
    text = to_traditional(text) if traditional else text
    indicator, written = _row(text, "88.4%")
    assert indicator.startswith("proposed_")
    assert to_simplified(written) == "水污染类问题办结率"


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
@pytest.mark.parametrize(
    "text",
    [
        "全省问题按照污染类型分为:大气类25个、噪声类21个。",  # 分为: no measure
        "各市完成率从高到低依次为:广州96%、深圳95%。",  # members are places
        "整改完成率为97.5%,其中生态类问题已全部完成。",  # no list of classes
    ],
)
def test_no_class_of_a_measured_header(text: str, traditional: bool) -> None:
    text = to_traditional(text) if traditional else text
    for figure in ("21", "95", "97.5"):
        if figure in text:
            assert _header_class(text, 0, text.index(figure)) is None


def test_header_class_gives_the_class_and_the_measure_as_written() -> None:
    text = to_traditional(_SICHUAN)
    phrase, measure = _header_class(text, 0, text.index("97.5"))
    assert to_simplified(phrase) == "决策部署贯彻落实类整改完成率"
    assert to_simplified(measure) == "整改完成率"
    assert measure in text  # the header's own script and characters
