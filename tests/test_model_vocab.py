"""Chinese-text mappings of the model vocabulary (TaskStatus, Comparator) and mirrors."""

from __future__ import annotations

import pytest

from envindicators.errors import ModelValidationError
from envindicators.model import Comparator, Direction, TaskStatus
from envindicators.model.vocab import QUALIFIER_COMPARATOR
from envindicators.units.parsing import context_words
from envindicators.units.vocab import BOUND_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forms as they appear in the seeds
        ("已完成整改", TaskStatus.COMPLETED),
        ("完成整改", TaskStatus.COMPLETED),
        ("已完成", TaskStatus.COMPLETED),
        ("基本完成整改", TaskStatus.BASICALLY_COMPLETED),
        ("基本完成整改,长期坚持", TaskStatus.BASICALLY_COMPLETED),
        ("基本完成整改，长期坚持", TaskStatus.BASICALLY_COMPLETED),
        ("达到序时进度", TaskStatus.ON_SCHEDULE),
        ("38项按照序时进度有序推进", TaskStatus.ON_SCHEDULE),
        ("其余23项均按序时进度推进", TaskStatus.ON_SCHEDULE),
        ("未达到序时进度", TaskStatus.BEHIND_SCHEDULE),
        ("5项尚未达到序时进度", TaskStatus.BEHIND_SCHEDULE),
        ("正在推进整改", TaskStatus.IN_PROGRESS),
        ("正在推进", TaskStatus.IN_PROGRESS),
        ("全面实施", TaskStatus.FULLY_IMPLEMENTED),
        ("长期坚持", TaskStatus.LONG_TERM),
        ("立行立改", TaskStatus.IMMEDIATE),
        ("未完成整改", TaskStatus.NOT_COMPLETED),
        ("序时推进", TaskStatus.ON_SCHEDULE),
        ("按序时推进", TaskStatus.ON_SCHEDULE),
        ("未按序时推进", TaskStatus.BEHIND_SCHEDULE),
        ("尚未按照序时进度推进", TaskStatus.BEHIND_SCHEDULE),
        ("序時推進", TaskStatus.ON_SCHEDULE),
        # traditional script (seed 001)
        ("正在推進整改", TaskStatus.IN_PROGRESS),
        ("達到序時進度", TaskStatus.ON_SCHEDULE),
        ("尚未達到序時進度", TaskStatus.BEHIND_SCHEDULE),
        ("全面實施", TaskStatus.FULLY_IMPLEMENTED),
        ("長期堅持", TaskStatus.LONG_TERM),
        # codes pass through
        ("completed", TaskStatus.COMPLETED),
        ("behind_schedule", TaskStatus.BEHIND_SCHEDULE),
    ],
)
def test_task_status_from_text(text: str, expected: TaskStatus) -> None:
    assert TaskStatus.from_text(text) is expected


def test_task_status_takes_the_highest_rank_of_several() -> None:
    # 立行立改 (rank 3) and 已完成 (rank 8) together: the degree of completion wins
    assert TaskStatus.from_text("立行立改，已完成整改") is TaskStatus.COMPLETED
    assert TaskStatus.from_text("正在推进，长期坚持") is TaskStatus.LONG_TERM


@pytest.mark.parametrize("text", ["", "问题依然存在", "unknown_code"])
def test_task_status_unknown_text_names_the_field(text: str) -> None:
    with pytest.raises(ModelValidationError) as exc:
        TaskStatus.from_text(text)
    assert exc.value.field == "status_text"


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("85%以上", None, Comparator.GE),
        ("84.7%以上", "higher", Comparator.GE),
        ("不低于90%", None, Comparator.GE),
        ("控制在15.15亿立方米以内", None, Comparator.LE),
        ("280立方米/万元以内", None, Comparator.LE),
        ("不超过35微克/立方米", None, Comparator.LE),
        ("不高于35", None, Comparator.LE),
        ("控制在417万吨标准煤左右", None, Comparator.APPROX),
        ("98%左右", None, Comparator.APPROX),
        ("约30%", None, Comparator.APPROX),
        ("高于国家下达指标", None, Comparator.GT),
        ("低于50", None, Comparator.LT),
        ("下降到42微克/立方米", None, Comparator.LE),
        ("提高到60%", None, Comparator.GE),
        ("达到18.43%", "higher", Comparator.GE),
        ("达到42微克/立方米", "lower", Comparator.LE),
        ("达到100", None, Comparator.EQ),
        ("达到100", "band", Comparator.EQ),
        ("≥", None, Comparator.GE),
        ("<=", None, Comparator.LE),
        ("approx", None, Comparator.APPROX),
    ],
)
def test_comparator_from_text(text: str, direction: str | None, expected: Comparator) -> None:
    assert Comparator.from_text(text, direction) is expected


def test_comparator_from_text_does_not_read_upstream_as_approx() -> None:
    # 上下游 (upstream and downstream) is not 上下 (about)
    assert Comparator.from_text("上下游断面达到80%以上") is Comparator.GE


@pytest.mark.parametrize("text", ["", "大概吧", "foo"])
def test_unknown_comparator_names_the_field(text: str) -> None:
    with pytest.raises(ModelValidationError) as exc:
        Comparator.from_text(text)
    assert exc.value.field == "comparator"


@pytest.mark.parametrize("c", list(Comparator))
def test_comparator_mirror_is_an_involution(c: Comparator) -> None:
    assert c.mirrored.mirrored is c


def test_comparator_mirror_pairs() -> None:
    assert Comparator.GE.mirrored is Comparator.LE
    assert Comparator.GT.mirrored is Comparator.LT
    assert Comparator.APPROX.mirrored is Comparator.APPROX
    assert Comparator.BAND.mirrored is Comparator.BAND


def test_direction_mirror() -> None:
    assert Direction.HIGHER.mirrored is Direction.LOWER
    assert Direction.LOWER.mirrored is Direction.HIGHER
    assert Direction.BAND.mirrored is Direction.BAND
    assert Direction.NEUTRAL.mirrored is Direction.NEUTRAL


# -- issue 11: one table of bound words, from which the parser and the model derive ----------


@pytest.mark.parametrize(
    "bound", [b for b in BOUND_WORDS if b.position in ("prefix", "suffix")], ids=str
)
def test_comparator_from_text_knows_every_bound_word(bound) -> None:
    """接近, 不到, 逾, 大概 … were rejected by Comparator.from_text; now both agree."""
    text = f"{bound.word}85%" if bound.position == "prefix" else f"85%{bound.word}"
    assert Comparator.from_text(text) is QUALIFIER_COMPARATOR[bound.qualifier.value]


@pytest.mark.parametrize("text", ["接近100%", "不到5家", "逾1000家", "大概50吨", "几近90%"])
def test_comparator_and_target_from_text_agree(text: str) -> None:
    from envindicators.model import Indicator, Target
    from envindicators.units import parse_quantity

    q = parse_quantity(text)
    ind = Indicator("x_thing", "某", "thing", q.unit if q.unit != "%" else "%", "neutral")
    assert Target.from_text(ind, text).comparator is Comparator.from_text(text)


def test_parser_tables_are_views_of_the_one_table() -> None:
    assert (
        tuple((b.word, b.qualifier) for b in BOUND_WORDS if b.position == "prefix")
        == context_words._PREFIX_QUALIFIERS
    )
    assert (
        tuple((b.word, b.qualifier) for b in BOUND_WORDS if b.position == "suffix")
        == context_words._SUFFIX_QUALIFIERS
    )


def test_direction_implies_comparator_in_one_place() -> None:
    assert Comparator.for_direction("higher") is Comparator.GE
    assert Comparator.for_direction("lower") is Comparator.LE
    assert Comparator.for_direction("band") is None
    assert Comparator.from_text("达到85%", "higher") is Comparator.GE
    assert Comparator.from_text("达到85%", "neutral") is Comparator.EQ
    assert [c.symbol for c in Comparator] == ["≥", "≤", ">", "<", "=", "≈", "∈"]
