"""Parser round 38 (branch read27): heldout20's failures (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from the
corpus) and with the negative cases the rule must leave alone.
"""

from __future__ import annotations

import pytest

from envindicators.units import extract_quantities
from envindicators.units.parsing.context_words import numeral_place_names, opens_place_name


def _rows(text: str) -> list[tuple[str, float, str, str, str]]:
    df = extract_quantities(text)
    return [
        (str(r.text), float(r.value), str(r.unit), str(r.qualifier), str(r.kind))
        for r in df.itertuples(index=False)
    ]


# --- 1. an ROC year written with an Arabic zero among Chinese numerals is a year -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自一0八年起整合各局力量,查获违法车辆22辆", [("22辆", 22.0)]),
        ("自一0八年起整合各局力量,查獲違法車輛22輛", [("22輛", 22.0)]),
        ("自一一0年起累计查获18件", [("18件", 18.0)]),
        ("自一一0年累計至今查獲的22件案件", [("22件", 22.0)]),
        ("一0九年共稽查35處", [("35處", 35.0)]),
        # the same years with Chinese zeros were years already
        ("自一〇八年起查获22辆", [("22辆", 22.0)]),
        ("自一一○年起查獲18件", [("18件", 18.0)]),
    ],
)
def test_an_roc_year_with_an_arabic_zero_is_no_duration(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(t, v) for t, v, *_ in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # durations written in words stay durations
        ("连续三年下降", [("三年", 3.0, "年")]),
        ("連續十年改善", [("十年", 10.0, "年")]),
        ("历时一百一十年", [("一百一十年", 110.0, "年")]),
        # a year of four digits is a date, not a quantity, as before
        ("自二00七年起累计5件", [("5件", 5.0, "件")]),
    ],
)
def test_durations_and_dates_are_left_alone(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(t, v, u) for t, v, u, *_ in _rows(text)] == expected


# --- 2. a numeral that opens a place's name in the gazetteer is no quantity ------------------
@pytest.mark.parametrize(
    "text",
    [
        "农安县9件、德惠市1件、九台区9件、双阳区7件",
        "農安縣9件、德惠市1件、九臺區9件、雙陽區7件",
        "三元区4件、五家渠市2件",
        "三元區4件、五家渠市2件",
        "三门峡5件,六盘水3件,七台河2件,五指山1件",
        "三門峽5件,六盤水3件,七台河2件,五指山1件",
    ],
)
def test_a_numeral_in_a_place_name_is_no_quantity(text: str) -> None:
    rows = _rows(text)
    assert all(u == "件" for _, _, u, *_ in rows), rows
    assert len(rows) == text.count("件")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the short names 九台, 三元, 五家 are also ordinary counts: only the full name is a place
        ("新增九台监测设备", [("九台", 9.0, "台")]),
        ("新增九臺監測設備", [("九臺", 9.0, "台")]),
        ("罚款三元", [("三元", 3.0, "元")]),
        ("五家企业被立案", [("五家", 5.0, "家")]),
        ("五家企業被立案", [("五家", 5.0, "家")]),
    ],
)
def test_counts_that_look_like_short_place_names_stay_counts(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(t, v, u) for t, v, u, *_ in _rows(text)] == expected


def test_the_place_names_come_from_the_gazetteer() -> None:
    names = numeral_place_names()
    assert {"九台区", "三门峡", "三门峡市", "六盘水", "七台河市", "五指山", "十堰市"} <= set(names)
    assert "九台" not in names
    assert "三元" not in names
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)
    assert opens_place_name("在九臺區", 1)
    assert not opens_place_name("在九台设备", 1)


# --- 3. bound words: a fine that starts at an amount, and the heaviest fine allowed ----------
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("罚款从二千四百元起跳", 2400.0, "at_least"),
        ("罰鍰從二千四百元起跳", 2400.0, "at_least"),
        ("违者罚款3000元起罚", 3000.0, "at_least"),
        ("違者罰款3000元起罰", 3000.0, "at_least"),
        ("依法开罚,最重可罚10万元", 100000.0, "at_most"),
        ("依法開罰，最重可罰10萬元", 100000.0, "at_most"),
        ("最重得處新臺幣6萬元罰鍰", 60000.0, "at_most"),
        # without a modal 最重 names the fine imposed, the figure itself (heldout19's gold)
        ("均依水污法採最重罰六十萬元", 600000.0, "exact"),
        ("均依水污法采最重罚六十万元", 600000.0, "exact"),
        ("罚款二千四百元", 2400.0, "exact"),
    ],
)
def test_bounds_of_fines(text: str, value: float, qualifier: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][1] == value
    assert rows[0][3] == qualifier


def test_a_date_with_qi_is_no_bound() -> None:
    assert _rows("自2017年起罚款500元") == [("500元", 500.0, "元", "exact", "level")]


# --- 4. shares listed after 其次为 and joined by 及/和 are ratios like the first -------------
@pytest.mark.parametrize(
    "text",
    [
        "人口以台東市最多,占人口49%,其次為卑南鄉7.9%及成功鎮6.3%,多數議題為空氣污染",
        "人口以甲市最多,占人口49%,其次为乙乡7.9%和丙镇6.3%,多数议题为空气污染",
        "投诉以噪声最多,占比40%,其次是废气22%与污水10%。",
    ],
)
def test_shares_after_qici_are_ratios(text: str) -> None:
    rows = _rows(text)
    assert [k for *_, k in rows] == ["ratio", "ratio", "ratio"], rows


@pytest.mark.parametrize(
    "text",
    [
        # a level (a rate) first: the items after it stay levels
        "空气质量优良率为85%,其次为达标率7.9%及成功镇6.3%",
        "優良率為85%，其次為甲市80%",
        # 及 without 其次为 before it: no list of shares announced
        "占人口49%,卑南鄉7.9%及成功鎮6.3%",
    ],
)
def test_levels_after_qici_stay_levels(text: str) -> None:
    rows = _rows(text)
    assert [k for *_, k in rows][1:] == ["level"] * (len(rows) - 1), rows


# --- 5. letters counted by 封 -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("其中有45个来电举报和15封来信举报", [("45个", 45.0, "个"), ("15封", 15.0, "封")]),
        ("其中有45個來電舉報和15封來信舉報", [("45個", 45.0, "个"), ("15封", 15.0, "封")]),
        ("共收到群众来信十五封", [("十五封", 15.0, "封")]),
        # 封 opening a word is no counter
        ("对3处排口实施封堵,2家企业被查封", [("3处", 3.0, "处"), ("2家", 2.0, "家")]),
        ("3封閉管理", []),
    ],
)
def test_letters_counted_by_feng(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(t, v, u) for t, v, u, *_ in _rows(text)] == expected


# --- 6. a programme's name: the Yangtze's ten-year fishing ban --------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深入开展长江十年禁渔,干流监测鱼类193种", [("193种", 193.0)]),
        ("深入開展長江十年禁漁，幹流監測魚類193種", [("193種", 193.0)]),
        # a ban of ten years not so named is a duration
        ("实施禁渔十年", [("十年", 10.0)]),
    ],
)
def test_the_fishing_ban_is_a_name(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(t, v) for t, v, *_ in _rows(text)] == expected


# --- 7. a table header naming what is counted with 数量 ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "| 地市 | 移交事项数量 |\n| 南京市 | 16 |\n| 淮安市 | 4 |\n",
        "| 地市 | 移交事項數量 |\n| 南京市 | 16 |\n| 淮安市 | 4 |\n",
        "| 地市 | 举报件数量 |\n| 南京市 | 16 |\n| 淮安市 | 4 |\n",
        "| 地市 | 舉報件數量 |\n| 南京市 | 16 |\n| 淮安市 | 4 |\n",
    ],
)
def test_a_header_naming_the_counted_things_gives_their_counter(text: str) -> None:
    assert [(t, v, u) for t, v, u, *_ in _rows(text)] == [("16", 16.0, "件"), ("4", 4.0, "件")]


@pytest.mark.parametrize(
    "text",
    [
        # 数量 after no count noun names no counter: the cells stay unread
        "| 地市 | 监测数量 |\n| 南京市 | 16 |\n| 淮安市 | 4 |\n",
        "| 地市 | 監測數量 |\n| 南京市 | 16 |\n| 淮安市 | 4 |\n",
    ],
)
def test_a_header_naming_no_count_leaves_cells_unread(text: str) -> None:
    assert _rows(text) == []
