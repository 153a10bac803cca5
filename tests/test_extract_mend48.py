"""Each :class:`~envindicators.extract._lexicon.Lexicon` keeps its own derived tables.

The tables a lexicon derives from its forms (the ranked matcher, the loose pairs, the near
forms, the canonical spellings, the overlapping pattern) are cached on the instance
(``functools.cached_property``), no longer in module dictionaries keyed by ``id``, which
held one lexicon at a time: two lexicons used in turn must each answer from their own forms.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import nth_written_code

from envindicators.extract._actions import _class_of_measure
from envindicators.extract._lexicon import Lexicon

_DERIVED = ("_ranker", "_pairs", "_near", "_canonical", "_overlapping")


def _lexicon(names: dict[str, str]) -> Lexicon:
    return Lexicon.from_registry(
        pd.DataFrame(
            {
                "code": list(names),
                "name_zh": list(names.values()),
                "unit": ["件"] * len(names),
                "direction": ["neutral"] * len(names),
            }
        )
    )


DAILY = {"d": "按日连续处罚案件", "v": "环境违法案件"}
SEIZED = {"s": "查封扣押案件数量", "x": "移送行政拘留案件"}


def test_two_lexicons_used_in_turn_each_answer_from_their_own_forms() -> None:
    one, two = _lexicon(DAILY), _lexicon(SEIZED)
    for _ in range(2):  # in turn, twice: a shared cache would answer with the other's forms
        assert one.near_form("日常连续处罚案件") == ("d", "按日连续处罚案件", "连续处罚案件")
        assert two.near_form("日常连续处罚案件") is None
        assert list(one.find("共办理环境违法案件12件")["form"]) == ["环境违法案件"]
        assert two.find("共办理环境违法案件12件").empty
        assert list(two.find("查封扣押案件数量5件")["form"]) == ["查封扣押案件数量"]
        assert one.find("查封扣押案件数量5件").empty


@pytest.mark.parametrize("name", _DERIVED)
def test_a_derived_table_is_built_once_per_lexicon(name: str) -> None:
    one, two = _lexicon(DAILY), _lexicon(SEIZED)
    assert getattr(one, name) is getattr(one, name)
    assert getattr(one, name) is not getattr(two, name)


def test_the_derived_tables_hold_only_the_lexicons_own_forms() -> None:
    one = _lexicon(DAILY)
    assert set(one._canonical.values()) <= set(one.forms["form"])
    assert {code for _, code, _, _ in one._pairs} <= set(DAILY)
    assert {code for code, _ in one._near.values()} <= set(DAILY)


# ------------------------------------------------ a bare count's class by its measure word
# reg40 let a bare count take the only class of its verb's objects counted in its measure
# word (已裁罚12件: of a penalty's objects only cases are counted in 件).  That holds for the
# units of a count of cases (件, 起, 宗), not for counters of things (处, 户, 台): the object
# lists do not hold every thing a verb may be done to — 完成整改12处 may be problems as well as
# outfalls, 改造7786户 households, not enterprises.


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("截至2月28日止，已裁罚12件。", "12件", "env_violation_cases"),
        ("截至6月底，已裁处37件。", "37件", "env_violation_cases"),
        ("至10月止，共裁罚15件。", "15件", "env_violation_cases"),
    ],
)
def test_a_bare_count_of_cases_takes_the_case_class(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert nth_written_code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        ("截至目前，已完成整改12处。", "12处", "sewage_outfalls_remediated"),
        ("其中，完成整改12处。", "12处", "sewage_outfalls_remediated"),
        ("全县共改造7786户。", "7786户", "enterprises_rectified"),
        ("累计淘汰2866台。", "2866台", "vehicles_retired"),
    ],
)
def test_a_bare_count_in_a_counter_of_things_takes_no_class_by_its_counter(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert nth_written_code(text, written, hant) != not_code


@pytest.mark.parametrize(
    ("measure", "classes", "expected"),
    [
        ("件", {"case"}, "case"),
        ("起", {"case", "enterprise"}, "case"),
        ("处", {"outfall", "problem"}, None),
        ("件", {"petition", "clue"}, None),
    ],
)
def test_the_class_of_a_measure_word(measure: str, classes: set[str], expected: str | None) -> None:
    assert _class_of_measure(measure, classes) == expected
