"""Parser round 39 (branch read28): heldout21's failures (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from the
corpus) and with the negative cases the rule must leave alone.
"""

from __future__ import annotations

import pytest

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, str, str, str, int]]:
    df = extract_quantities(text)
    return [
        (str(r.text), float(r.value), str(r.unit), str(r.qualifier), str(r.kind), int(r.sign))
        for r in df.itertuples(index=False)
    ]


# --- 1. a share stated by a verb of shrinking is a negative relative change ------------------
@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("补助资金缩水一半", -50.0, "%", "change_relative"),
        ("補助資金縮水一半", -50.0, "%", "change_relative"),
        ("罚没收入缩水了30%", -30.0, "%", "change_relative"),
        ("罰沒收入縮水了30%", -30.0, "%", "change_relative"),
        ("审批时限缩短40%", -40.0, "%", "change_relative"),
        ("審批時限縮短40%", -40.0, "%", "change_relative"),
        ("办结天数的缩短比例为12.5%", -12.5, "%", "change_relative"),
        ("辦結天數的縮短比例為12.5%", -12.5, "%", "change_relative"),
        ("排污总量的缩减比例达到18%", -18.0, "%", "change_relative"),
        ("排污總量的縮減幅度達到18%", -18.0, "%", "change_relative"),
        ("整改工期缩短了2天", -2.0, "天", "change_absolute"),
        ("整改工期縮短3個月", -3.0, "月", "change_absolute"),
    ],
)
def test_a_verb_of_shrinking_states_a_fall(text: str, value: float, unit: str, kind: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    _, v, u, _, k, sign = rows[0]
    assert (v, u, k, sign) == (value, unit, kind, -1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 为/至 after the verb: the new level, not the fall
        ("平均处理时间缩短为12.0分钟", ("12.0分钟", 12.0, "level", 0)),
        ("平均處理時間縮短為12.0分鐘", ("12.0分鐘", 12.0, "level", 0)),
        ("办理时限缩短至5天", ("5天", 5.0, "level", 0)),
        ("辦理時限縮短到5天", ("5天", 5.0, "level", 0)),
        # a rate named 缩水率 (of a fabric) is a level; a share with no verb stays a level
        ("布料缩水率为4%", ("4%", 4.0, "level", 0)),
        ("布料縮水率為4%", ("4%", 4.0, "level", 0)),
        ("优良天数比例为88.5%", ("88.5%", 88.5, "level", 0)),
        # 提高比例 raises a share: not the size of a change (left as before)
        ("增加比例约为10%", ("约为10%", 10.0, "change_relative", 1)),
    ],
)
def test_shrinking_to_a_level_and_plain_shares_are_left_alone(
    text: str, expected: tuple[str, float, str, int]
) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    t, v, _, _, k, sign = rows[0]
    assert (t, v, k, sign) == expected


# --- 2. the cap of a fine written with a verb of reaching is at most --------------------------
@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("依法处以罚款,企业最高可达200万元。", "at_most"),
        ("依法處以罰款，企業最高可達200萬元。", "at_most"),
        ("違者處罰鍰，最高可達10萬元。", "at_most"),
        ("违者处罚,最高可达10万元。", "at_most"),
        # without a fine in the sentence, or without a modal, the figure is read as before
        ("日处理能力最高可达5万吨。", "exact"),
        ("日處理能力最高可達5萬噸。", "exact"),
        ("依法处以罚款,罚款最高达50万元。", "exact"),
        ("罰款已繳清。本月收入最高可達10萬元。", "exact"),
    ],
)
def test_a_fine_capped_by_a_verb_of_reaching(text: str, qualifier: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][3] == qualifier


# --- 3. compound counters and counters of stages and long objects ----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("抽测排气筒12根次", [("12根次", 12.0, "根次")]),
        ("抽測排氣筒12根次", [("12根次", 12.0, "根次")]),
        ("入厂辅导23厂次", [("23厂次", 23.0, "厂次")]),
        ("入廠輔導23廠次", [("23廠次", 23.0, "厂次")]),
        ("完成两阶段的采样", [("两阶段", 2.0, "阶段")]),
        ("完成兩階段的採樣", [("兩階段", 2.0, "阶段")]),
        ("共设10支监视器", [("10支", 10.0, "支")]),
        ("共設10支監視器", [("10支", 10.0, "支")]),
        # 根, 家次 and an ordinal stage are read as before
        ("更换管道3根", [("3根", 3.0, "根")]),
        ("检查企业5家次", [("5家次", 5.0, "家次")]),
        ("第一阶段已完成", []),
        ("支出100万元", [("100万元", 1000000.0, "元")]),
    ],
)
def test_compound_and_new_counters(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(t, v, u) for t, v, u, *_ in _rows(text)] == expected


# --- 4. the cubic metre written short, and the cubic kilometre it must not cut ----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("堆放垃圾已超过一立方以上", [(1.0, "立方米", "greater")]),
        ("堆放垃圾已超過一立方以上", [(1.0, "立方米", "greater")]),
        ("清运5立方建筑垃圾", [(5.0, "立方米", "exact")]),
        ("清運5立方建築垃圾", [(5.0, "立方米", "exact")]),
        ("清运5立方米建筑垃圾", [(5.0, "立方米", "exact")]),
        ("地下水储量约3立方公里", [(3.0, "立方公里", "approx")]),
        ("地下水儲量約3立方千米", [(3.0, "立方千米", "approx")]),
    ],
)
def test_a_cubic_metre_written_short(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(v, u, q) for _, v, u, q, *_ in _rows(text)] == expected


# --- 5. spurious: 一度 the adverb, the year of a record after 之, a page's comment counter ----
@pytest.mark.parametrize(
    "text",
    [
        "投诉激增,一度让审查人员难以应付",
        "投訴激增，一度讓審查人員難以應付",
        "臭氧浓度一度超过限值",
        "臭氧濃度一度超過限值",
        "今年为表现最佳之一年",
        "今年為表現最佳之一年",
        "已有0人发表了评论",
        "已有0人發表了評論",
        "共有3人参与评论",
    ],
)
def test_no_quantity_in_an_adverb_a_record_year_or_a_comment_counter(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # degrees of temperature and electricity, a year of work and people counted stay
        ("夜间气温下降一度", [(-1.0, "delta_degC")]),
        ("夜間氣溫下降一度", [(-1.0, "delta_degC")]),
        ("本月节约用电一度", [(1.0, "度")]),
        ("提前一年完成", [(1.0, "年")]),
        ("已有12人参加培训", [(12.0, "人")]),
        ("已有12人參加培訓", [(12.0, "人")]),
    ],
)
def test_degrees_years_and_people_are_left_alone(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for _, v, u, *_ in _rows(text)] == expected
