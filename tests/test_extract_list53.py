"""A ``分别`` list whose shared head the parser read into its first figure (issue 13, list53).

The parser reads the words right before a number into the figure when they are a head with
a copula (``年排放量分別為180``: a rate written before the number).  For one figure the
reader joins that head to the phrase (``_head_in_figure``); for a ``分别`` list the head is
every member's (``SOx、NOx、NMHC以及CO年排放量分別為180、2,947…``: NMHC年排放量 for 4,890),
not lost with the members standing alone or all given the first member.
"""

from __future__ import annotations

import pytest

from envindicators.extract import read_report
from envindicators.extract._indicators import _with_list_head, head_written_in_figure


def _rows(text: str) -> list[tuple[str, str, float]]:
    obs = read_report(text, region="台东县").observations
    return list(zip(obs["indicator"], obs["subject"], obs["value"].astype(float), strict=True))


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "SOx、NOx、NMHC以及CO年排放量分別為180、2,947、4,890以及6,483公噸。",
            ["SOx年排放量", "NOx年排放量", "NMHC年排放量", "CO年排放量"],
        ),
        (
            "SOx、NOx、NMHC和CO年排放量分别为180、2947、4890和6483吨。",
            ["SOx年排放量", "NOx年排放量", "NMHC年排放量", "CO年排放量"],
        ),
        ("二氧化硫、氮氧化物年排放量分别为180、2947吨。", ["二氧化硫年排放量", "氮氧化物年排放量"]),
        ("二氧化硫、氮氧化物年排放量分別為180、2947噸。", ["二氧化硫年排放量", "氮氧化物年排放量"]),
        ("甲烷、氧化亚氮年排放量分别为1.2、3.4万吨。", ["甲烷年排放量", "氧化亚氮年排放量"]),
        ("甲烷、氧化亞氮年排放量分別為1.2、3.4萬噸。", ["甲烷年排放量", "氧化亞氮年排放量"]),
    ],
)
def test_the_head_in_the_first_figure_is_every_members(text: str, subjects: list[str]) -> None:
    rows = _rows(text)
    assert [s for _, s, _ in rows] == subjects
    assert len({code for code, _, _ in rows}) == len(subjects)  # one indicator per member


@pytest.mark.parametrize(
    "text",
    [
        "二氧化硫、氮氧化物年排放量分别为180、2947吨。",
        "二氧化硫、氮氧化物年排放量分別為180、2947噸。",
    ],
)
def test_members_with_the_head_link_the_registry(text: str) -> None:
    assert [code for code, _, _ in _rows(text)] == ["so2_emissions", "nox_emissions"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("中小河流185个断面、198公里的运行率和完成率分别为98.7%和90.2%，居郊区首位。", "完成率"),
        ("中小河流185個斷面、198公里的運行率和完成率分別為98.7%和90.2%，居郊區首位。", "完成率"),
    ],
)
def test_a_head_after_a_conjunction_is_the_last_members(text: str, last: str) -> None:
    rows = [r for r in _rows(text) if r[2] in (98.7, 90.2)]
    assert [s for _, s, _ in rows][-1] == last


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # 同比 and 降幅 are a change's words, no head of the members
        ("二氧化硫、氮氧化物排放量同比分别下降5.1%、3.2%。", ["二氧化硫排放量", "氮氧化物排放量"]),
        ("二氧化硫、氮氧化物排放量同比分別下降5.1%、3.2%。", ["二氧化硫排放量", "氮氧化物排放量"]),
        ("二氧化硫、氮氧化物排放量降幅分别为5.1%、3.2%。", ["二氧化硫排放量", "氮氧化物排放量"]),
    ],
)
def test_a_change_head_is_not_joined(text: str, subjects: list[str]) -> None:
    assert [s for _, s, _ in _rows(text)] == subjects


@pytest.mark.parametrize(
    ("words", "listed", "head"),
    [
        ("年排放量分別為180", True, "年排放量"),
        ("年排放量分别为180", True, "年排放量"),
        ("比重分别为79.3%", True, "比重"),
        ("年排放量为180吨", False, "年排放量"),
        ("同比分别下降5.1%", True, None),  # a change's word
        ("降幅分别为5.1%", True, None),  # a change's head
        ("年排放量为180吨", True, None),  # no 分别: not a list's first figure
        ("年排放量分别为180", False, None),  # 分别: not one figure's head
    ],
)
def test_head_written_in_figure(words: str, listed: bool, head: str | None) -> None:
    assert head_written_in_figure(words, 0, len(words), listed=listed) == head


def test_a_gap_that_is_no_conjunction_keeps_the_words() -> None:
    text = "废水处理设施运行率，其中完成率分别为98.7%和90.2%"
    fs, fe = text.index("完成"), text.index("和90")
    assert _with_list_head(text, "废水处理设施运行率", 0, fs, fe) == "废水处理设施运行率"


@pytest.mark.parametrize(
    "text",
    [
        "焦化先进产能占比超64%，炼铁和炼钢先进产能占比分别达58.7%和47%。",
        "焦化先進產能占比超64%，煉鐵和煉鋼先進產能占比分別達58.7%和47%。",
    ],
)
def test_a_registry_form_over_the_head_keeps_the_words(text: str) -> None:
    # 先进产能占比 is the measure the members share, more than the head 占比: unchanged
    assert {code for code, _, _ in _rows(text)} == {"advanced_capacity_share"}
