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
