"""np38 (issue 13): proposed phrases — a name cut open, an act over a size bound, an actor's act.

* a tally's lead words (``共有``, ``还有``) are cut from a phrase as before (np38's rule of a
  lead word cut only at a word boundary was withdrawn by the lead: on the corpus it made
  0 rows right and 1 wrong);
* an act written before a size bound (``淘汰30万千瓦以下不达标燃煤机组5台``) stays with the
  things counted (``_indicators._act_over_bound``): ``淘汰不达标燃煤机组``; not where the words
  before the bound are no verb (``现有``);
* a count after a clause told of an agency (``環保局去年底列管106處非法棄置場址``) is named by
  the act and the noun after its measure word (``_indicators._act_of_actor``): ``列管非法棄置
  場址``, not the fragment ``環保局去年底列管``; a noun before the verb (``企业关停``) is no
  actor.
"""

from __future__ import annotations

import pytest
from tests.report_rows import linked_by_figure as _rows

from envindicators.extract._indicators import _act_of_actor
from envindicators.extract._segment import segment

# --- a tally's lead words are cut as before (rule 1 of np38 withdrawn by the lead) ----------


@pytest.mark.parametrize("hant", [False, True])
def test_tally_verbs_still_cut(hant: bool) -> None:
    rows = _rows("经查，该村共有耕地4625.21亩，我国还有水土流失面积356万平方公里。", hant)
    assert not rows["4625.21亩"][1].startswith("共")
    assert not rows["356万平方公里"][1].startswith("还有")


@pytest.mark.parametrize("hant", [False, True])
def test_lead_words_of_their_own_still_cut(hant: bool) -> None:
    rows = _rows("2020年全市共检查企业1200家次，并将城市污水处理率提高到95%。", hant)
    assert not rows["1200家次"][1].startswith("共")
    assert "检查企业" in rows["1200家次"][1]


# --- an act before a size bound ----------------------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("2019年全省淘汰30万千瓦以下不达标燃煤机组5台。", "5台", "淘汰不达标燃煤机组"),
        ("去年关停20万千瓦以下小火电机组8台。", "8台", "关停小火电机组"),
        ("2018年全市累计淘汰20万千瓦及以下落后煤电机组12台。", "12台", "淘汰落后煤电机组"),
    ],
)
def test_act_over_a_size_bound(text: str, figure: str, subject: str, hant: bool) -> None:
    indicator, got, review = _rows(text, hant)[figure]
    assert got == subject
    assert indicator.startswith("proposed_")
    assert review


@pytest.mark.parametrize("hant", [False, True])
def test_no_act_before_the_bound(hant: bool) -> None:
    rows = _rows("全省现有30万千瓦以下燃煤机组5台。", hant)
    assert rows["5台"][1] == "燃煤机组"  # 现有 is no act done to the units


@pytest.mark.parametrize("hant", [False, True])
def test_bound_followed_by_punctuation_keeps_its_words(hant: bool) -> None:
    rows = _rows("全省淘汰30万千瓦以下，燃煤机组5台。", hant)
    assert not rows["5台"][1].startswith("淘汰")


# --- the act of a clause told of an agency ------------------------------------------------


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("環保局去年底列管", "列管"),
        ("环保局查处", "查处"),
        ("环保署已列管", "列管"),
        ("企业关停", None),  # a noun before the verb: the firms, no actor
        ("县政府今年关停", None),  # 政府 is no organisation's end of _ORGANISATION
        ("列管", None),  # a verb alone: handled as one
        ("環保局", None),
    ],
)
def test_act_of_actor(words: str, act: str | None) -> None:
    assert _act_of_actor(words, segment(words)) == act


@pytest.mark.parametrize("hant", [False, True])
def test_count_after_an_agency_clause(hant: bool) -> None:
    text = (
        "审计室今年2月抽查环保局，审核报告指出，环保局去年底列管106处非法弃置场址，尚未完成清理。"
    )
    indicator, subject, review = _rows(text, hant)["106处"]
    assert subject == "列管非法弃置场址"
    assert indicator.startswith("proposed_")
    assert review


@pytest.mark.parametrize("hant", [False, True])
def test_noun_before_the_verb_is_no_actor(hant: bool) -> None:
    rows = _rows("2021年，辖区企业关停3家。", hant)
    assert "列管" not in rows["3家"][1]
    assert rows["3家"][1] != "关停"
