"""Parser round 49 (branch read38): the leftovers of rounds 47–48 and the failures left on all
27 spent splits, by class.

Issue 10.  Each class tested in both scripts with sentences written for the tests (not copied
from the corpus) and with the negatives the rules must leave alone: a figure written with its
``±`` spread in parentheses before its unit (``(20±2)℃``) is its centre, approximate and
flagged, as round 48's ``20±2℃``; a span of ROC years written with 年 at both ends and 间 after
it (``94年至96年间``) is a period when the text names one end an ROC year; a share in a
sentence naming a reward paid out of a fine is the reward's rate; the ``±`` and lost-numerator
readers are not tried in a text without their mark; the corpus convention ``分别达到24%、50%以上``
(a bound written once applies to each member) as ``scripts/relabel_corpus_conventions.py``
states it.
"""

from __future__ import annotations

import re

import pytest
from tests.parser_rows import span_rows
from tests.scripts import both_scripts, texts_in_both_scripts
from tests.test_corpus_conventions_round20 import rc

from envindicators.units import extract_quantities
from envindicators.units.parsing import scanner

# --- 1. (X±Y) before the unit: the centre, approximate, flagged ----------------------------
PARENTHESISED_SPREADS = [
    ("实验室水温控制在(20±2)℃,湿度适中。", 20.0, "degC", "(20±2)℃"),
    ("培养温度为（25 ± 1）℃。", 25.0, "degC", "(25 ± 1)℃"),
    ("出水氨氮浓度为(3.5±0.3)毫克/升,达标排放。", 3.5, "毫克/升", "(3.5±0.3)毫克/升"),
    ("PM2.5年均浓度为(35±5)微克/立方米。", 35.0, "微克/立方米", "(35±5)微克/立方米"),
    ("加标回收率为(95±3)%。", 95.0, "%", "(95±3)%"),
]


@pytest.mark.parametrize(("text", "value", "unit", "span"), both_scripts(PARENTHESISED_SPREADS))
def test_a_parenthesised_spread_before_its_unit_is_its_centre(
    text: str, value: float, unit: str, span: str
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if "spread" in r[6]]
    assert len(got) == 1, (text, rows)
    row = got[0]
    assert row[1] == pytest.approx(value), row
    assert row[2] == unit, row
    assert row[3] == "approx", row
    assert row[0].replace("（", "(").replace("）", ")") == span, row
    # neither the spread nor a bare centre is a figure of its own
    assert len(rows) == 1, rows


def test_two_parenthesised_spreads_in_a_list_are_read_each() -> None:
    for text in texts_in_both_scripts(["测试条件为温度(20±2)℃、相对湿度(60±5)%。"]):
        rows = span_rows(text)
        assert [(r[1], r[2], r[3]) for r in rows] == [
            (20.0, "degC", "approx"),
            (60.0, "%", "approx"),
        ], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            # no unit after the parenthesis: nothing read, as before
            ("样品编号(20±2)记录在册。", []),
            # no centre: a tolerance, read as before (误差 5 %)
            ("测量误差(±5%)可接受。", [(5.0, "%", "exact")]),
            # the parenthesis closes after the unit: round 48's own rule
            ("水温为(20±2℃)。", [(20.0, "degC", "approx")]),
        ]
    ),
)
def test_parenthesised_spreads_that_are_not_one_figure_read_as_before(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(r[1], r[2], r[3]) for r in span_rows(text)] == expected


# --- 2. NN年至MM年间 beside a named ROC year: a period ---------------------------------------
ROC_SPANS_DURING = [
    "本县96年度空气品质改善明显,94年至96年间悬浮微粒浓度逐年下降。",
    "九十一年度计画指出,八十六年至九十一年间共补助30家业者。",
    "依97年度统计,95年到97年间申诉案件减少。",
]


@pytest.mark.parametrize("text", texts_in_both_scripts(ROC_SPANS_DURING))
def test_a_span_of_roc_years_before_jian_is_a_period(text: str) -> None:
    rows = span_rows(text)
    assert not any(r[2] == "年" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "该设施设计使用年限为50年至70年间。",  # no ROC year named: durations
            "经查88年至92年间该厂多次超标。",  # no ROC year named: read as before
            "九十二年度报告:近八十六年至九十一年间变化不大。",  # 近: a duration word
        ]
    ),
)
def test_a_span_before_jian_with_no_roc_year_named_stays_durations(text: str) -> None:
    rows = span_rows(text)
    assert any(r[2] == "年" for r in rows), rows


# --- 3. a bound written after a list's last member reaches each member of one unit ------
@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts(
        [
            ("排放总量分别控制在11.0万吨、0.89万吨以内。", "at_most"),
            ("森林覆盖率、湿地保护率分别达到24%、50%以上。", "at_least"),
            ("东部、西部降水量分别为800毫米、900毫米左右。", "approx"),
        ]
    ),
)
def test_a_bound_after_a_list_of_one_unit_still_reaches_each_member(
    text: str, qualifier: str
) -> None:
    rows = span_rows(text)
    assert len(rows) == 2, rows
    assert {r[3] for r in rows} == {qualifier}, rows


# --- 4. the spread and lost-numerator readers cost nothing without their mark -------------
class _Refused:
    """A pattern that fails the test when it is tried."""

    def match(self, *_: object) -> None:
        raise AssertionError("tried in a text without its mark")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["PM2.5年均浓度为35微克/立方米,同比下降5.2%。", "共检查企业1,200家,罚款300万元。"]
    ),
)
def test_the_spread_reader_is_not_tried_without_a_spread_mark(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = extract_quantities(text)
    monkeypatch.setattr(scanner, "_SPREAD", _Refused())
    after = extract_quantities(text)
    assert before.equals(after)


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["共检查企业1,200家,罚款300万元。", "月均值为5.3,达标。"])
)
def test_the_lost_numerator_reader_is_not_tried_without_a_slash(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = extract_quantities(text)
    monkeypatch.setattr(scanner, "_LOST_NUMERATOR", _Refused())
    after = extract_quantities(text)
    assert before.equals(after)


def test_the_spread_reader_is_still_tried_with_its_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanner, "_SPREAD", _Refused())
    with pytest.raises(AssertionError, match="without its mark"):
        extract_quantities("落尘量约为3.51±0.16公吨/平方公里/月。")


# --- 5. the corpus convention: a bound written once after a list under 分别 ---------------
def _gold(text: str, span: str, qualifier: str = "exact") -> dict[str, object]:
    start = text.index(span)
    return {
        "doc": "t",
        "start": start,
        "end": start + len(span),
        "text": span,
        "value": float(re.sub(r"[^0-9.]", "", span) or "nan"),
        "unit": "%",
        "qualifier": qualifier,
        "kind": "level",
        "sign": 0,
        "note": "",
    }


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    both_scripts(
        [
            ("森林覆盖率、湿地保护率分别达到24%、50%以上。", "24%", "at_least"),
            ("两项比例分别控制在3%、5%以内。", "3%", "at_most"),
            ("三项比例分别为10%、20%、30%左右。", "10%", "approx"),
            ("三项比例分别为10%、20%、30%左右。", "20%", "approx"),
        ]
    ),
)
def test_relabel_a_bound_written_once_after_a_list_reaches_each_member(
    text: str, span: str, qualifier: str
) -> None:
    gold = _gold(text, span)
    assert rc.read38_shared_bound(gold, text) == [("qualifier", "exact", qualifier)]
    assert gold["qualifier"] == qualifier
    assert "read38" in str(gold["note"])


@pytest.mark.parametrize(
    ("text", "span"),
    both_scripts(
        [
            ("森林覆盖率、湿地保护率达到24%、50%以上。", "24%"),  # no 分别
            ("可处1200元以上、6000元以下罚款。", "1200元"),  # its own bound
            ("两项比例分别为3%、5%,均达标。", "3%"),  # no bound
        ]
    ),
)
def test_relabel_leaves_lists_without_a_shared_bound(text: str, span: str) -> None:
    gold = _gold(text, span)
    assert rc.read38_shared_bound(gold, text) == []
    assert gold["qualifier"] == "exact"


# --- 6. a share in a sentence of a reward paid out of a fine: the reward's rate -----------
REWARD_RATES = [
    "环保局表示,检举奖金发放比例改为按实收罚锾的15%发给。",
    "违规最高罚6千元,检举人可领3成奖金。",
    "依违规类型及实收罚锾金额核发三种奖励比例,其余案件为10%。",
    "经裁处并实收罚锾者,依裁罚金额百分之三十发给奖金。",
    "民众检举成案以每件罚款金额的6成核发检举奖金。",
]


@pytest.mark.parametrize("text", texts_in_both_scripts(REWARD_RATES))
def test_a_share_of_a_fine_paid_as_a_reward_is_its_rate(text: str) -> None:
    shares = [r for r in span_rows(text) if r[2] == "%"]
    assert len(shares) == 1, span_rows(text)
    assert shares[0][4] == "level", shares


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "罚款收入占财政收入的15%。",  # a fine, no reward
            "年终奖金占工资总额的20%。",  # a reward, no fine
            "全年处罚案件中,其余案件占10%。",
        ]
    ),
)
def test_a_share_of_a_whole_without_a_reward_of_a_fine_stays_a_ratio(text: str) -> None:
    shares = [r for r in span_rows(text) if r[2] == "%"]
    assert len(shares) == 1, span_rows(text)
    assert shares[0][4] == "ratio", shares


def test_relabel_a_reward_rate_labelled_as_a_share_of_the_fine() -> None:
    for text in texts_in_both_scripts(["经裁处并实收罚锾者,依裁罚金额百分之三十发给奖金。"]):
        gold = _gold(text, "百分之三十")
        gold.update(value=30.0, kind="ratio", note="a share of the fine")
        assert rc.read38_reward_rate(gold, text) == [("kind", "ratio", "level")]
        assert gold["kind"] == "level"
        assert "a reward's rate" in str(gold["note"])
    gold = _gold("罚款收入占财政收入的15%。", "15%")
    gold["kind"] = "ratio"
    assert rc.read38_reward_rate(gold, "罚款收入占财政收入的15%。") == []
