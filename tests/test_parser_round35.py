"""Parser round 35 (branch read24): classes left on all spent splits (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from the
corpus) and with the negative cases the rule must leave alone.
"""

from __future__ import annotations

import pytest

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    df = extract_quantities(text)
    return [
        (str(r.text), float(r.value), str(r.unit), str(r.warnings))
        for r in df.itertuples(index=False)
    ]


def _triples(text: str) -> list[tuple[str, float, str]]:
    return [(t, v, u) for t, v, u, _ in _rows(text)]


# --- 1. counters the registry lacked: 场, 包, 国, 乡市, 市州, 城市 ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本季举办4场说明会", [("4场", 4.0, "场")]),
        ("本季舉辦4場說明會", [("4場", 4.0, "场")]),
        ("甲级堆置场为2场、乙级共7场", [("2场", 2.0, "场"), ("7场", 7.0, "场")]),
        ("回收废电池共120包。", [("120包", 120.0, "包")]),
        ("回收廢電池共120包。", [("120包", 120.0, "包")]),
        ("全球共有20国签署", [("20国", 20.0, "国")]),
        ("全球共有20國簽署", [("20國", 20.0, "国")]),
        ("在东、西两乡市设立站点", [("两乡市", 2.0, "乡市")]),
        ("在東、西兩鄉市設立站點", [("兩鄉市", 2.0, "乡市")]),
        ("全省有5市州达标", [("5市州", 5.0, "市州")]),
        ("長三角41城市平均濃度", [("41城市", 41.0, "城市")]),
        ("长三角41城市平均浓度", [("41城市", 41.0, "城市")]),
    ],
)
def test_new_counters_are_read(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "新建场所",
        "包括4包装厂",
        "建设5国家级保护区",
        "5國家級保護區",
        "京津冀及周边地区2+26城市",
        "“2+26”城市",
        "长三角3城市群",
        "无码2020国产",
    ],
)
def test_words_opened_by_the_new_counters_are_no_counts(text: str) -> None:
    units = {u for _, _, u in _triples(text)}
    assert not units & {"场", "包", "国", "城市"}


def test_the_new_spellings_name_one_counter_each() -> None:
    # 城市 and 市州 are spellings of the counters 城 and 市: one count, however written
    from envindicators.units.counters import counter_word

    assert (counter_word("城市"), counter_word("市州"), counter_word("場")) == ("城", "市", "场")
    assert (counter_word("鄉市"), counter_word("國"), counter_word("包")) == ("乡市", "国", "包")


# --- 2. a name a text defines by a count is no count -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "今年168个城市(以下简称168城市)平均浓度下降。168城市中,优良天数最多",
        "今年168個城市(以下簡稱168城市)平均濃度下降。168城市中,優良天數最多",
        "共74个城市(下称“74城市”)达标,74城市中仍有",
    ],
)
def test_a_defined_short_name_is_not_a_count(text: str) -> None:
    rows = _triples(text)
    assert [u for _, _, u in rows] == ["个"]  # only the count written with 个


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the text names the count by itself: still a count
        ("等8省区(以下简称8省区)开展督察,向8省区反馈", 3),
        # no definition in the text: a count
        ("我国74城市PM2.5平均浓度下降", 1),
        # a definition that names another thing: the count elsewhere is read
        ("168个城市(以下简称重点城市)平均浓度,其中20城市达标", 2),
    ],
)
def test_counts_without_a_defined_name_are_read(text: str, n: int) -> None:
    assert len(_triples(text)) == n


# --- 3. a label naming a count, or a page's view counter, before a bare figure ------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年超标天数为0,优良天数为300天", 0.0, "天"),
        ("全年超標天數為0,優良天數為300天", 0.0, "天"),
        ("本批交办件数：35。", 35.0, "件"),
        ("本批交辦件數：35。", 35.0, "件"),
        ("检查人次数为120。", 120.0, "人次"),
        ("发布时间:2024-05-06 点击次数:731 来源", 731.0, "次"),
        ("發佈時間:2024-05-06 點擊次數:731 來源", 731.0, "次"),
        ("网站 访问量:8042 来源", 8042.0, "dimensionless"),
        ("網站 瀏覽量：16 來源", 16.0, "dimensionless"),
    ],
)
def test_a_count_named_before_a_bare_figure(text: str, value: float, unit: str) -> None:
    rows = [(v, u) for _, v, u in _triples(text)]
    assert rows[0] == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "科室浏览次数: 1、道路交通噪声",  # an empty counter, then an item number
        "科室瀏覽次數: 1、道路交通噪聲",
        "超标天数为3.5,",  # a decimal is no count
    ],
)
def test_no_count_is_read_from_a_label_where_none_stands(text: str) -> None:
    units = {u for _, _, u in _triples(text)}
    assert not units & {"次", "天"}


def test_a_share_after_a_count_label_keeps_its_reading() -> None:
    # 优良天数比例为85: the label names a share, not a count of days
    assert [u for _, _, u in _triples("优良天数比例为85,良好")] == ["dimensionless"]


# --- 4. a count with an increment in brackets before its counter ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省累计受理86(+2)件、41件", [(86.0, "件", "suspect_number"), (41.0, "件", "")]),
        ("全省累計受理86(+2)件、41件", [(86.0, "件", "suspect_number"), (41.0, "件", "")]),
        ("其次为甲市53（+1）件。", [(53.0, "件", "suspect_number")]),
    ],
)
def test_a_count_with_a_bracketed_increment_is_flagged(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(v, u, w) for _, v, u, w in _rows(text)] == expected


def test_an_increment_after_the_counter_is_still_a_change() -> None:
    rows = _rows("太原市17件(+1)")
    assert [(v, u) for _, v, u, _ in rows] == [(17.0, "件"), (1.0, "件")]
    assert "explicit_sign" in rows[1][3]


# --- 5. two years joined by a slash, and a slash inside a document number ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "2019/2020年度报告指出",
        "2019/2020年度報告指出",
        "我们在 2018/2019 年度测试了",
        "索引号:11330000-3/2021-00418 | 发文",
    ],
)
def test_year_spans_and_identifiers_are_no_fractions(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("达标35/40,占", [0.875]),
        ("约1/3-1/2的", [1 / 3, 0.5]),
        # years ten apart are no span of one fiscal or school year
        ("比值为1990/2000", [0.995]),
    ],
)
def test_fractions_stay_fractions(text: str, values: list[float]) -> None:
    got = [v for _, v, _ in _triples(text)]
    assert got == pytest.approx(values)


# --- 6. a span of years takes no denominator of the measure's subject --------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("万元GDP用水量10年间下降50%", 10.0),
        ("萬元GDP用水量10年間下降50%", 10.0),
        ("万元工业增加值用水量5年来下降", 5.0),
    ],
)
def test_a_span_of_years_is_no_figure_per_money(text: str, value: float) -> None:
    assert _triples(text)[0][1:] == (value, "年")


def test_a_measure_per_money_keeps_its_denominator() -> None:
    assert _triples("万元规模工业增加值能耗0.73吨标准煤")[0][2] == "吨标准煤/万元"


# --- 7. an achievement rate is a ratio, as a completion rate -----------------------------------
def _kinds(text: str) -> list[tuple[float, str]]:
    df = extract_quantities(text)
    return [(float(r.value), str(r.kind)) for r in df.itertuples(index=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至年底,整体进度达成率为96%", [(96.0, "ratio")]),
        ("截至年底,整體進度達成率為96%", [(96.0, "ratio")]),
        ("各项指标目标达成率均已大于100%。", [(100.0, "ratio")]),
        ("共处理820件,达成年度目标之117.1%,", [(820.0, "level"), (117.1, "ratio")]),
        ("共處理820件,達成年度目標之117.1%,", [(820.0, "level"), (117.1, "ratio")]),
    ],
)
def test_an_achievement_rate_is_a_ratio(text: str, expected: list[tuple[float, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("双方达成协议后,排放量下降12%", [(-12.0, "change_relative")]),
        ("优良天数比例达成85%", [(85.0, "level")]),
    ],
)
def test_achieving_without_a_rate_keeps_its_reading(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _kinds(text) == expected


# --- 8. bound words of the English and Portuguese lines of bilingual tables ---------------------
@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Dias quentes: temperatura máxima igual ou superior a 35°C", "at_least"),
        ("Hot days: daily maximum temperature at or above 35°C", "at_least"),
        ("Cold days: daily minimum temperature at or below 10°C", "at_most"),
        ("precipitação superior a 50 mm", "greater"),
        ("rainfall of more than 50 mm", "greater"),
        ("concentração inferior a 10 μg/m3", "less"),
    ],
)
def test_bound_words_of_bilingual_lines(text: str, qualifier: str) -> None:
    df = extract_quantities(text)
    assert df["qualifier"].tolist() == [qualifier]


@pytest.mark.parametrize(
    "text",
    ["Mean temperature 22.8°C", "AQI 51 superior", "温度为 33°C", "a 33°C"],
)
def test_no_bound_without_the_words(text: str) -> None:
    df = extract_quantities(text)
    assert set(df["qualifier"]) <= {"exact"}
