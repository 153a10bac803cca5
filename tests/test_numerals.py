"""Chinese numerals: table of values, strict errors, and the integer round trip."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.errors import QuantityParseError
from envindicators.units import (
    SCALE_WORDS,
    parse_chinese_integer,
    parse_integer,
    to_chinese_integer,
)
from envindicators.units.numerals import CHINESE_NUMERAL_CHARS, parse_chinese_number

INTEGERS = [
    ("零", 0),
    ("〇", 0),
    ("一", 1),
    ("两", 2),
    ("二", 2),
    ("十", 10),
    ("十三", 13),
    ("一十三", 13),
    ("二十", 20),
    ("二十三", 23),
    ("一百零五", 105),
    ("一百一十", 110),
    ("三百零二", 302),
    ("三百五", 350),  # colloquial: 三百五十
    ("一千零二十", 1020),
    ("两千", 2000),
    ("九千九百九十九", 9999),
    ("万", 10_000),  # a bare multiplier
    ("百", 100),
    ("千", 1000),
    ("一万", 10_000),
    ("一万五", 15_000),  # colloquial: 一万五千
    ("十万", 100_000),
    ("三十万", 300_000),
    ("十万零三", 100_003),
    ("二十三万四千五百六十七", 234_567),
    ("三千五百万", 35_000_000),
    ("一亿", 100_000_000),
    ("一亿零五百万", 105_000_000),
    ("一万亿", 1_000_000_000_000),
    ("二〇一七", 2017),  # year-style digit strings
    ("二零二零", 2020),
    ("壹佰贰拾叁", 123),  # financial forms
]


@pytest.mark.parametrize(("text", "value"), INTEGERS)
def test_integer_table(text: str, value: int) -> None:
    assert parse_chinese_integer(text) == value


BAD = [
    ("", 0),
    ("十百", 1),
    ("三三", 1),
    ("五十六十", 3),
    ("一零", 1),
    ("万万", 1),
    ("零一", 1),
    ("三五", 1),
    ("五十x", 2),
]


@pytest.mark.parametrize(("text", "position"), BAD)
def test_malformed_numerals_raise_with_position(text: str, position: int) -> None:
    with pytest.raises(QuantityParseError) as info:
        parse_chinese_integer(text)
    assert info.value.position == position
    assert isinstance(info.value, ValueError)


def test_overlong_numeral_is_rejected() -> None:
    with pytest.raises(QuantityParseError, match="longer"):
        parse_chinese_integer("一" * 100)


def test_decimals_and_fractions() -> None:
    assert parse_chinese_number("三点五") == Decimal("3.5")
    assert parse_chinese_number("零点零五") == Decimal("0.05")
    assert parse_chinese_number("三分之一") == Decimal(1) / Decimal(3)
    assert parse_chinese_number("百分之八十五") == Decimal("0.85")
    with pytest.raises(QuantityParseError):
        parse_chinese_number("零分之一")
    with pytest.raises(QuantityParseError):
        parse_chinese_number("三点")


def test_formatting_examples() -> None:
    assert to_chinese_integer(13) == "十三"
    assert to_chinese_integer(105) == "一百零五"
    assert to_chinese_integer(1020) == "一千零二十"
    assert to_chinese_integer(100_003) == "十万零三"
    assert to_chinese_integer(35_000_000) == "三千五百万"
    assert to_chinese_integer(1_001_001_001) == "十亿零一百万一千零一"
    with pytest.raises(ValueError, match="integer"):
        to_chinese_integer(-1)


def test_multipliers_agree_with_the_registry_table() -> None:
    for word in ("十", "百", "千", "万", "亿"):
        assert parse_chinese_integer("一" + word) == SCALE_WORDS[word]
    assert {"十", "百", "千", "万", "亿"} <= CHINESE_NUMERAL_CHARS


@settings(max_examples=2000, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**16 - 1))
def test_integer_round_trip(n: int) -> None:
    assert parse_chinese_integer(to_chinese_integer(n)) == n


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**12))
def test_numerals_are_monotone_in_value(n: int) -> None:
    # the written form of n+1 reads back larger than that of n
    assert parse_chinese_integer(to_chinese_integer(n + 1)) > parse_chinese_integer(
        to_chinese_integer(n)
    )


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*sorted(CHINESE_NUMERAL_CHARS), "x"]), max_size=12))
def test_only_quantity_parse_errors(text: str) -> None:
    try:
        value = parse_chinese_integer(text)
    except QuantityParseError as err:
        error: QuantityParseError | None = err
    else:
        error = None
        assert value >= 0
    if error is not None:
        assert error.position is None or 0 <= error.position <= len(text)


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_integer_reads_digits_and_numerals_alike(n: int) -> None:
    assert parse_integer(str(n)) == n
    assert parse_integer(str(n).translate(_FULL_WIDTH)) == n
    assert parse_integer(to_chinese_integer(n)) == n


@pytest.mark.parametrize("text", ["3万", "十2", "", "1.5", "²", "一二"])
def test_parse_integer_refuses_what_is_neither(text: str) -> None:
    with pytest.raises(QuantityParseError):
        parse_integer(text)
