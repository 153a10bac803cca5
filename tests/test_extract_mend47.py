"""mend47 (lead): batches whose petitions are named after the count of their cases.

``交办的32批1050件群众举报环境问题`` names the petitions (举报, a head of the ``petition``
object class) only after the count of their cases; the batches are the registry's
``petition_batches`` all the same (the bundled tables' row 004-O010).  The head must follow
the cases' count closely; a count of batches of other things (样品, 建设项目) stays unlinked.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row, report_rows


def _codes(text: str, written: str, hant: bool) -> list[str]:
    rows = report_rows(text, hant=hant)
    return [str(c) for c in rows.loc[rows["written"] == written, "indicator"]]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("中央环境保护督察组交办的32批1050件群众举报环境问题全部办结。", "32批"),
        ("省督察组转办的12批1472件群众信访举报问题已办结1400件。", "12批"),
        ("督察组向我市交办10批共22件环境信访件，已全部办结。", "10批"),
        ("督察组转来信访共9批142件，其中市住建局2件。", "9批"),  # named before: as reg39
    ],
)
def test_batches_named_by_the_petitions_after_their_cases(
    text: str, written: str, hant: bool
) -> None:
    assert _codes(text, written, hant) == ["petition_batches"]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("全年共抽检样品3批120件，群众举报12件。", "3批"),  # the head far from the cases
        ("全市共审批3批120件建设项目。", "3批"),  # no petitions
        ("督察组交办的32批1050件问题中，涉及群众举报的有20件。", "32批"),  # head too far
    ],
)
def test_batches_of_other_things_are_not_linked(text: str, written: str, hant: bool) -> None:
    assert "petition_batches" not in _codes(text, written, hant)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "table"),
    [
        # a date closing a span opened by 自/从 with 前 after it: the deadline of a target
        ("工作方案\n从2016年之后到2020年底前，全市要完成燃煤锅炉淘汰50台。", "50台", "targets"),
        ("工作方案\n自2018年起至2020年底前，全省要完成农村改厕20万户。", "20万户", "targets"),
        # without 前 the date ends the span observed (role39): the tally's as-of date
        ("自8月21日进驻辽宁至9月11日18时，累计转办群众举报127件。", "127件", "observations"),
    ],
)
def test_a_span_closed_before_a_deadline_mark_is_a_deadline(
    text: str, figure: str, table: str, hant: bool
) -> None:
    assert first_figure_row(text, figure, hant=hant)["table"] == table
