"""Classes of parser round 27 (branch ``read17``): ``heldout15``'s silent wrong values.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 27, branch
`read17`"):

* a change named by a noun after its figure and 的 (``录得12%的跌幅``, ``75%及61%的减幅``,
  ``3微克/立方米的下降``) is that change, relative in %, absolute in another unit, with the
  noun's sign; a rate, a value added or an amount of a change (``5%的增长率``, ``增加值``,
  ``增长量``) is no change of the figure;
* ``百分之七至十`` (and ``千分之三到五``): 百分之 opens the range and holds for both ends; a
  date after the second end (``百分之五至十月``) is no range;
* a price or a cost compared right before a figure in % (``以低于市场价格10%出售``) gives the
  relative difference to it, with the comparative's sign; with 的 between (``低于市场价的80%``)
  it is not;
* a change in % straight after a share and a comparison without a comma
  (``占GDP约37%较疫前降14%``) is relative or in points: flagged ``ambiguous_unit``, as with
  the comma;
* a letter that looks like a digit, then a thousands separator, before a figure
  (``超过l,400件``) is a leading digit misread: the figure is flagged ``suspect_number``.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, texts_in_both_scripts

Expected = tuple[float, str, str, int]


# --- 1. a change named by a noun after its figure --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("全年PM2.5浓度录得12%的跌幅。", (-12.0, "%", "change_relative", -1)),
            ("用水总量出现5%的增幅,", (5.0, "%", "change_relative", 1)),
            ("二氧化氮浓度有3微克/立方米的下降。", (-3.0, "微克/立方米", "change_absolute", -1)),
            ("工业废水排放量实现了8%的同比减少。", (-8.0, "%", "change_relative", -1)),
            ("空气质量指数录得6%的上升。", (6.0, "%", "change_relative", 1)),
        ]
    ),
)
def test_change_noun_after_the_figure_is_the_change(text: str, expected: Expected) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(expected[0])
    assert (r["unit"], r["kind"], r["sign"]) == expected[1:]


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "两项指标分别录得40%及25%的减幅。",
            "三个站点分别录得9%、7%和4%的降幅。",
        ]
    ),
)
def test_change_noun_after_a_list_is_shared(text: str) -> None:
    got = [r[1:] for r in rows(text, "unit", "kind", "sign", "value") if r[0] == "%"]
    assert len(got) >= 2
    assert all(g[:2] == ("change_relative", -1) and g[2] < 0 for g in got)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "经济保持5%的增长率。",
            "实现10%的增加值。",
            "全省15%的企业完成改造。",
            "有30%的减排任务未完成。",
            "占比为20%的地区。",
        ]
    ),
)
def test_no_change_noun_after_the_figure_stays_as_it_was(text: str) -> None:
    got = rows(text, "kind", "sign")
    assert len(got) == 1
    assert got[0][0] in ("level", "ratio")
    assert got[0][1] == 0


def test_signed_change_keeps_its_own_verb() -> None:
    r = one_row("浓度同比下降5%的幅度")
    assert (r["kind"], r["sign"]) == ("change_relative", -1)
    assert r["value"] == pytest.approx(-5.0)


@given(st.integers(min_value=1, max_value=99), st.sampled_from([("降幅", -1), ("增幅", 1)]))
def test_change_noun_after_keeps_the_size(n: int, noun: tuple[str, int]) -> None:
    r = one_row(f"全年录得{n}%的{noun[0]}。")
    assert r["value"] == pytest.approx(noun[1] * n)
    assert (r["kind"], r["sign"]) == ("change_relative", noun[1])


# --- 2. 百分之X至Y ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("回收比例约为百分之五到八。", (5.0, 8.0, "%")),
            ("占用地的百分之十五至二十。", (15.0, 20.0, "%")),
            ("死亡率为千分之三至五。", (3.0, 5.0, "‰")),
        ]
    ),
)
def test_chinese_percent_range_holds_for_both_ends(
    text: str, expected: tuple[float, float, str]
) -> None:
    r = one_row(text)
    assert (r["low"], r["high"], r["unit"]) == expected
    assert r["qualifier"] == "range"


@pytest.mark.parametrize("text", texts_in_both_scripts(["完成百分之五至十月底", "百分之七至十年"]))
def test_chinese_percent_before_a_date_or_another_unit_is_no_range(text: str) -> None:
    got = rows(text, "text", "qualifier")
    assert ("百分之五", "exact") in got or ("百分之七", "exact") in got


# --- 3. a price compared -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("以低于市场价格15%的方式出售燃气。", (-15.0, -1)),
            ("其售价高出成本20%。", (20.0, 1)),
            ("平均水价高于全国均价6%,", (6.0, 1)),
        ]
    ),
)
def test_percent_after_a_price_compared_is_the_relative_difference(
    text: str, expected: tuple[float, int]
) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(expected[0])
    assert (r["unit"], r["kind"], r["sign"]) == ("%", "change_relative", expected[1])


def test_chinese_percent_range_after_a_price_compared() -> None:
    r = one_row("以低于市场价格百分之五至八出售。")
    assert (r["low"], r["high"]) == (-8.0, -5.0)
    assert (r["kind"], r["sign"]) == ("change_relative", -1)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["以低于市场价的80%出售。", "比例低于全国平均水平5%。", "价格上涨后为85%"]
    ),
)
def test_percent_not_after_a_price_compared_is_untouched(text: str) -> None:
    got = rows(text, "kind", "sign")
    assert got[-1] == ("level", 0)


# --- 4. a share's change without a comma -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["出口占GDP约40%较上年降3%。", "优良天数比例为81.5%比上年提高2.1%。"]),
)
def test_share_change_without_a_comma_is_flagged(text: str) -> None:
    got = rows(text, "kind", "warnings")
    assert got[-1][0] == "change_relative"
    assert "ambiguous_unit" in got[-1][1]


def test_concentration_change_without_a_comma_is_not_flagged() -> None:
    got = rows("浓度为35微克/立方米较上年下降5%。", "kind", "warnings")
    assert got[-1] == ("change_relative", "")


# --- 5. a letter that looks like a digit ----------------------------------------------------


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["全年受理投诉超过l,250件。", "共清运I,800吨垃圾。", "计O,5吨"])
)
def test_digit_like_letter_before_a_separator_is_suspect(text: str) -> None:
    r = one_row(text)
    assert "suspect_number" in flags(r)


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["Total,400吨", "共清运1,800吨垃圾。", "A区,300吨"])
)
def test_word_or_real_digit_before_a_separator_is_not_suspect(text: str) -> None:
    r = one_row(text)
    assert "suspect_number" not in flags(r)


# --- 6. the averaging window before a percentile -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "PM10年均值为40微克/立方米,24小时第95%值为80微克/立方米。",
            "臭氧8小时第90百分位数为150微克/立方米。",
            "PM2.5日均值第98%值为60微克/立方米,24小时第98百分位为61微克/立方米。",
        ]
    ),
)
def test_hours_before_a_percentile_name_the_statistic(text: str) -> None:
    units = [u for (u,) in rows(text, "unit")]
    assert "小时" not in units
    assert units


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["连续监测24小时,第98%的样本达标。", "运行24小时第3天"])
)
def test_hours_not_before_a_percentile_stay_a_duration(text: str) -> None:
    assert ("小时", 24.0) in rows(text, "unit", "value")


# --- 7. a day count in parentheses after a share ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("二氧化氮超标占2.74%(10日),", [10.0]),
            ("臭氧占5.5%(20日)、PM10占0.27%(1日)。", [20.0, 1.0]),
        ]
    ),
)
def test_day_alone_in_parentheses_after_a_share_counts_days(
    text: str, expected: list[float]
) -> None:
    got = [v for (u, v) in rows(text, "unit", "value") if u == "日"]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["优良比例为95%(3月13日)", "占3%(13日至15日)", "比例5%(13日统计)", "于13日公布"]
    ),
)
def test_day_of_a_month_after_a_share_stays_a_date(text: str) -> None:
    assert [u for (u,) in rows(text, "unit") if u == "日"] == []
