"""Each :class:`~envindicators.extract._lexicon.Lexicon` keeps its own derived tables.

The tables a lexicon derives from its forms (the ranked matcher, the loose pairs, the near
forms, the canonical spellings, the overlapping pattern) are cached on the instance
(``functools.cached_property``), no longer in module dictionaries keyed by ``id``, which
held one lexicon at a time: two lexicons used in turn must each answer from their own forms.
"""

from __future__ import annotations

import pandas as pd
import pytest

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
