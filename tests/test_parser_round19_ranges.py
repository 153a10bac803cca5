"""Classes of round 19a (branch ``range19``): ranges with signs and bands, days and townships.

Each class is a general rule in the module where its kind lives
(``benchmarks/corpus/README.md``, "Parser round 19a, branch `range19`"):

* a range keeps the sign written on each end (``气温-10~-5℃``, ``-10℃~-5℃``, ``-3～2℃``,
  ``零下10至零下5度``, ``−12.5—−3.1℃``, ``-10到-5℃``, ``-2.6%~-1.1%``): a silent wrong value
  before (the second end was read alone, without its sign); a dash between a word and the
  first end of a range that is no temperature, with no sign on the second end
  (``同比变化-2.6%~1.1%``), and 零下 on the first end only (``零下5至10度``) are flagged;
* a band of an index after its name and a space (``(AQI 101~150)``, ``AQI 51-100为良``) is a
  range of the index, both ends; ``GB 3095-2012`` stays a standard's code;
* days set apart (``另外2日``, ``其餘5日``) are a count of days; a bare day after 在/于
  (``在24日舉行``) is a date;
* 乡/鄉 and 乡镇 are counters (``1市5鄉``, ``全县12乡镇``).

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, to_traditional

from envindicators.units import extract_quantities


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    both_scripts(
        [
            ("全天气温-10~-5℃,风力3级", -10.0, -5.0, "degC"),
            ("夜间气温-10℃~-5℃", -10.0, -5.0, "degC"),
            ("最低气温-3～2℃", -3.0, 2.0, "degC"),
            ("气温零下10至零下5度", -10.0, -5.0, "degC"),
            ("气温−12.5—−3.1℃", -12.5, -3.1, "degC"),
            ("气温-10到-5℃", -10.0, -5.0, "degC"),
            ("气温为－8～－2℃", -8.0, -2.0, "degC"),
            ("白天气温5~-3℃", -3.0, 5.0, "degC"),
            ("气温零下5至零下10度", -10.0, -5.0, "degC"),
            ("气温零下十至零下五度", -10.0, -5.0, "degC"),
            ("变幅为-2.6%~-1.1%", -2.6, -1.1, "%"),
            ("变幅为-3~5%", -3.0, 5.0, "%"),
        ]
    ),
)
def test_a_range_keeps_the_sign_of_each_end(text: str, low: float, high: float, unit: str) -> None:
    row = one_row(text)
    assert row["qualifier"] == "range"
    assert (row["low"], row["high"]) == (low, high)
    assert row["unit"] == unit
    assert row["confidence"] == "high"


@pytest.mark.parametrize(
    ("text", "low", "high", "sign"),
    both_scripts(
        [
            ("PM2.5浓度同比-2.6%~-1.1%", -2.6, -1.1, -1),
            ("浓度同比-2.6%~1.1%", -2.6, 1.1, 0),
            ("浓度下降1.2至2.5个百分点", -2.5, -1.2, -1),
        ]
    ),
)
def test_a_change_range_keeps_its_signs(text: str, low: float, high: float, sign: int) -> None:
    row = one_row(text)
    assert row["kind"].startswith("change")
    assert (row["low"], row["high"], row["sign"]) == (low, high, sign)


@pytest.mark.parametrize(
    "text",
    [
        str(case[0])
        for case in both_scripts(
            [
                ("同比变化-2.6%~1.1%",),  # the dash may be a connector: the sign is unsure
                ("气温零下5至10度",),  # −10 to −5 or −5 to +10
                ("摄氏零下5至10度",),
                ("气温5-3℃",),  # a range written high to low, or 5 and −3 with a lost separator
            ]
        )
    ],
)
def test_an_unsure_sign_is_flagged(text: str) -> None:
    row = one_row(text)
    assert "ambiguous_sign" in flags(row)
    assert row["confidence"] == "low"


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts([("最低气温零下五度", -5.0), ("零下十二度", -12.0), ("零下12度", -12.0)]),
)
def test_below_zero_in_chinese_numerals_or_alone_is_a_temperature(text: str, value: float) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"], row["confidence"]) == (value, "degC", "high")


def test_below_zero_range_reads_both_ends_below_zero() -> None:
    row = one_row(to_traditional("摄氏零下5至10度"))
    assert (row["low"], row["high"], row["unit"]) == (-10.0, -5.0, "degC")


_SEPARATORS = ("~", "～", "至", "到", "-", "—", "－")
_MAGNITUDES = st.decimals(min_value="0.5", max_value="40", places=1)


@given(
    a=_MAGNITUDES,
    b=_MAGNITUDES,
    neg_a=st.booleans(),
    neg_b=st.booleans(),
    sep=st.sampled_from(_SEPARATORS),
    form=st.sampled_from(("℃", "℃ both", "度", "%", "% both", "零下")),
    traditional=st.booleans(),
)
def test_property_signed_ranges_are_read_right_or_flagged(
    a: Decimal, b: Decimal, neg_a: bool, neg_b: bool, sep: str, form: str, traditional: bool
) -> None:
    lo, hi = (-a if neg_a else a), (-b if neg_b else b)
    if lo == hi or (not (neg_a or neg_b) and lo > hi):
        return  # no range: equal ends, or two unsigned ends written high to low
    unit = form.split()[0]
    both = form.endswith("both")
    if form == "零下":
        sa, sb, unit = ("零下" if neg_a else ""), ("零下" if neg_b else ""), "度"
    else:
        sa, sb = ("-" if neg_a else ""), ("-" if neg_b else "")
    prefix = "变幅为" if unit == "%" else "当日气温"
    text = f"{prefix}{sa}{a}{unit if both else ''}{sep}{sb}{b}{unit},"
    if traditional:
        text = to_traditional(text)
    df = extract_quantities(text)
    assert len(df) >= 1, text
    for _, row in df.iterrows():
        unsure = row["confidence"] != "high"
        if row["qualifier"] == "range":
            right = (row["low"], row["high"]) == (float(min(lo, hi)), float(max(lo, hi)))
            assert right or unsure, (text, row["low"], row["high"], row["warnings"])
        else:
            # never one end read alone as if it were the figure
            assert unsure, (text, row["text"], row["value"])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    both_scripts(
        [
            ("对敏感族群不健康等级(AQI 101~150)自103年29.2%", 101.0, 150.0),
            ("空气品质(AQI 51-100)", 51.0, 100.0),
            ("AQI 51-100为良", 51.0, 100.0),
            ("IAQI 0~50为优", 0.0, 50.0),
            ("AQI值介于101至150", 101.0, 150.0),
        ]
    ),
)
def test_an_index_band_after_its_name_is_a_range(text: str, low: float, high: float) -> None:
    got = [r for r in rows(text, "low", "high", "unit", "qualifier") if r[3] == "range"]
    assert got == [(low, high, "dimensionless", "range")]


@pytest.mark.parametrize(
    "text", ["依据GB 3095-2012标准", "执行GB 3838-2002", "AQI 120时", "通过ISO 14001认证"]
)
def test_a_code_after_letters_stays_a_name(text: str) -> None:
    assert rows(text, "text") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("其中11日受境外影响,另外2日受扩散条件差影响", [(11.0, "日"), (2.0, "日")]),
            ("全年共13日,其余5日为轻度污染", [(13.0, "日"), (5.0, "日")]),
            ("另有4日为良", [(4.0, "日")]),
            ("发言人在24日举行的新闻发布会上介绍", []),
            ("省生态环境厅于3日召开会议", []),
            ("要求在3日内完成整改", [(3.0, "日")]),
        ]
    ),
)
def test_days_set_apart_are_counted_and_days_after_zai_are_dates(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert rows(text, "value", "unit") == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("县内辖有5乡,四面环海", 5.0, "乡"),
            ("全县12乡镇已完成", 12.0, "乡镇"),
            ("全省1123个乡镇已基本实现", 1123.0, "个"),
        ]
    ),
)
def test_townships_are_counted(text: str, value: float, unit: str) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, "level")


@pytest.mark.parametrize("text", ["建设3乡村振兴示范点", "美丽乡村"])
def test_xiang_starting_a_word_is_no_counter(text: str) -> None:
    assert all(u != "乡" for (u,) in rows(text, "unit"))


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            # the years of a span written after its length are years, the length a duration
            ("与过去10年(88~97年)成长率24%相较", [(10.0, "年"), (24.0, "%")]),
            ("近十年(98~107年)增加", [(10.0, "年")]),
            ("与过去5年(2016-2020年)相比", [(5.0, "年")]),
            ("与近三年相比", []),  # a reference period stays unread
            ("工期为3至5年", [(None, "年")]),
        ]
    ),
)
def test_the_years_of_a_span_are_no_second_duration(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    got = [(None if v != v else v, u) for v, u in rows(text, "value", "unit")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("关于西半部地区空气品质不良一案,环保署表示", []),
            ("关于某公司违法排污一案的处理", []),
            ("另有一案正在审理", [(1.0, "案")]),
            ("本月共一案", [(1.0, "案")]),
            ("至于未来一周空气质量部分", []),
            ("过去一年污染回升", []),
            ("未来5年将投入", [(5.0, "年")]),
            ("(行政院环保署,1998a,b),显示", []),
            ("(Smith, 2005a)", []),
        ]
    ),
)
def test_articles_periods_and_citations_are_no_figures(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert rows(text, "value", "unit") == expected
