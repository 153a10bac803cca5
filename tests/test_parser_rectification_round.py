"""Classes of rectification-report wording (issue 10, branch ``dev12``), one table per class,
simplified and traditional forms, each with controls that must keep their old reading.

The classes were named from the failures of the ``r12-*`` documents of ``dev`` (rectification
ledgers, 销号 records and petition tallies of 中央生态环境保护督察, two inspection texts and
three city bulletins), measured once before any of them was read:

1. a completion share written by the task (``整改比例不足50%``) or by the verb right before it
   (``仅完成修复40%``) is a ratio, like ``完成率``;
2. a share standing alone right after a count (``仅完成整治118个,不足30%``) is the count's part
   of the whole, a ratio;
3. a list that names each item before its figure shares the indicator written before the first
   item (``完成率较高的为自贡市100%、广元市100%``): a ratio down the list;
4. a share of a whole's length or area (``71.6%长度的长城遗址``) is a ratio;
5. a counter before a common noun that opens with a place-name suffix (``两个矿山``,
   ``两家矿企``) counts it (``四台矿`` stays a name);
6. ``过去一年`` is the past year, a period like ``去年`` (``过去5年`` stays a duration);
7. a day after another day and a connector is the end of a span of dates (``1116日至18日``).

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    df = extract_quantities(text)
    return [(r.text, r.value, r.unit, r.kind) for r in df.itertuples()]


# --- 1. Completion shares ------------------------------------------------------------------------
COMPLETION_SHARES = [
    ("排查的混错接问题整改比例不足50%,", 50.0, "less"),
    ("排查的混錯接問題整改比例不足50%,", 50.0, "less"),
    ("全县信访件整改率为96.5%。", 96.5, "exact"),
    ("全縣信訪件整改率為96.5%。", 96.5, "exact"),
    ("发现的管网缺陷至今仅完成修复40%。", 40.0, "exact"),
    ("發現的管網缺陷至今僅完成修復40%。", 40.0, "exact"),
    ("反馈问题已完成整改约60%,", 60.0, "approx"),
    ("反饋問題已完成整改約60%,", 60.0, "approx"),
    ("年度治理任务已完成85%;", 85.0, "exact"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), COMPLETION_SHARES)
def test_a_completion_share_is_a_ratio(text: str, value: float, qualifier: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["qualifier"]) == (value, "%", qualifier)
    assert row["kind"] == "ratio"
    assert row["sign"] == 0


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("整改完成后优良率为90%。", 90.0, "%", "level"),  # an indicator after the work: a level
        ("整改完成後優良率為90%。", 90.0, "%", "level"),
        ("已完成整改2498台。", 2498.0, "台", "level"),  # a count, not a share
        ("完成整改的断面水质达标率为92.3%。", 92.3, "%", "level"),
    ],
)
def test_completion_words_elsewhere_keep_the_level(
    text: str, value: float, unit: str, kind: str
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, kind)


# --- 2. A share standing alone after a count ------------------------------------------------------
SHARES_OF_A_COUNT = [
    ("430多个排水户仅完成整治118个,不足30%,", 30.0, "less"),
    ("430多個排水戶僅完成整治118個,不足30%,", 30.0, "less"),
    ("全市共关停企业42家,约60%。", 60.0, "approx"),
    ("全市共關停企業42家,約60%。", 60.0, "approx"),
    ("全县已复绿矿山15个,近40%。", 40.0, "nearly"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), SHARES_OF_A_COUNT)
def test_a_share_right_after_a_count_is_its_part_of_the_whole(
    text: str, value: float, qualifier: str
) -> None:
    rows = extract_quantities(text)
    share = rows[rows["unit"] == "%"]
    assert len(share) == 1, rows[["text", "value", "unit"]].to_records().tolist()
    row = share.iloc[0]
    assert (row["value"], row["qualifier"], row["kind"]) == (value, qualifier, "ratio")
    counts = rows[rows["unit"] != "%"]
    assert set(counts["kind"]) <= {"level"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("监测断面118个,优良率为90%。", "level"),  # the indicator is named: a level
        ("監測斷面118個,優良率為90%。", "level"),
        ("新增企业118家,同比增长30%。", "change_relative"),  # a change has its verb
        ("新增企業118家,同比增長30%。", "change_relative"),
    ],
)
def test_a_named_indicator_or_a_verb_after_a_count_keeps_its_kind(text: str, kind: str) -> None:
    rows = extract_quantities(text)
    assert rows[rows["unit"] == "%"]["kind"].tolist() == [kind]


# --- 3. Ratios down a list named item by item -----------------------------------------------------
NAMED_LISTS = [
    ("完成率较高的为自贡市100%、广元市100%、遂宁市99.4%;", [100.0, 100.0, 99.4]),
    ("完成率較高的為自貢市100%、廣元市100%、遂寧市99.4%;", [100.0, 100.0, 99.4]),
    ("整改完成率分别为成都市97%、宜宾市为95.5%、凉山州达到93%。", [97.0, 95.5, 93.0]),
    ("整改完成率分別為成都市97%、宜賓市為95.5%、涼山州達到93%。", [97.0, 95.5, 93.0]),
    ("工业源排放量中东区占41%、西区32%、南区为20%。", [41.0, 32.0, 20.0]),
]


@pytest.mark.parametrize(("text", "values"), NAMED_LISTS)
def test_a_named_list_after_a_ratio_is_ratios(text: str, values: list[float]) -> None:
    rows = _rows(text)
    assert [r[1] for r in rows] == values
    assert {r[3] for r in rows} == {"ratio"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the first item is a level: the list stays levels
        ("优良天数比例较高的为自贡市95%、广元市93%;", ["level", "level"]),
        ("優良天數比例較高的為自貢市95%、廣元市93%;", ["level", "level"]),
        # the second item names an indicator of its own: not the first one's list
        ("整改完成率为98.7%、优良天数比例85%。", ["ratio", "level"]),
        ("整改完成率為98.7%、優良天數比例85%。", ["ratio", "level"]),
        # the second item has a verb of change of its own
        ("完成率为80%、同比上升5%。", ["ratio", "change_relative"]),
    ],
)
def test_a_list_breaks_at_a_level_or_an_indicator_of_its_own(text: str, kinds: list[str]) -> None:
    assert [r[3] for r in _rows(text)] == kinds


_NAMES = ["自贡市", "广元市", "遂宁市", "巴中市", "甘孜州", "成都市", "宜宾市", "凉山州", "东区"]


@given(
    items=st.lists(
        st.tuples(st.sampled_from(_NAMES), st.integers(min_value=0, max_value=1000)),
        min_size=2,
        max_size=6,
    ),
    head=st.sampled_from(["完成率较高的为", "整改完成率分别为", "完成率依次为"]),
)
def test_every_item_of_a_named_completion_list_is_a_ratio(
    items: list[tuple[str, int]], head: str
) -> None:
    text = head + "、".join(f"{name}{tenths / 10:g}%" for name, tenths in items) + "。"
    rows = _rows(text)
    assert [r[1] for r in rows] == [tenths / 10 for _, tenths in items]
    assert {r[3] for r in rows} == {"ratio"}
    assert {r[2] for r in rows} == {"%"}


@given(
    items=st.lists(
        st.tuples(st.sampled_from(_NAMES), st.integers(min_value=0, max_value=1000)),
        min_size=2,
        max_size=6,
    )
)
def test_every_item_of_a_named_indicator_list_stays_a_level(items: list[tuple[str, int]]) -> None:
    text = "优良天数比例较高的为" + "、".join(f"{n}{t / 10:g}%" for n, t in items) + "。"
    rows = _rows(text)
    assert [r[1] for r in rows] == [t / 10 for _, t in items]
    assert {r[3] for r in rows} == {"level"}


# --- 4. A share of a length or an area ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("遗址仅存在855米,71.6%长度的长城遗址已遭到破坏。", 71.6),
        ("遺址僅存在855米,71.6%長度的長城遺址已遭到破壞。", 71.6),
        ("全县60%面积的耕地已完成检测,", 60.0),
        ("全縣60%面積的耕地已完成檢測,", 60.0),
        ("沿线35.2%岸线的码头已整治。", 35.2),
    ],
)
def test_a_share_of_a_length_or_an_area_is_a_ratio(text: str, value: float) -> None:
    rows = extract_quantities(text)
    share = rows[rows["unit"] == "%"]
    assert share["value"].tolist() == [value]
    assert share["kind"].tolist() == ["ratio"]


def test_a_share_then_a_length_without_of_stays_a_level() -> None:
    rows = extract_quantities("河道达标率为71.6%,长度不足一公里的支流除外")
    share = rows[rows["unit"] == "%"]
    assert share["value"].tolist() == [71.6]
    assert share["kind"].tolist() == ["level"]


# --- 5. Counters before a common noun that opens with a place-name suffix ---------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("惠安县批准两个矿山的生态恢复项目", 2.0, "个"),
        ("惠安縣批准兩個礦山的生態恢復項目", 2.0, "个"),
        ("由两家矿企共同成立公司", 2.0, "家"),
        ("由兩家礦企共同成立公司", 2.0, "家"),
        ("关闭三个矿区的采石场", 3.0, "个"),
        ("搬迁四个村庄的住户", 4.0, "个"),
        ("搬遷四個村莊的住戶", 4.0, "个"),
    ],
)
def test_a_counter_before_a_common_noun_counts_it(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, "level")


@pytest.mark.parametrize("text", ["团柏煤矿与四台矿,", "位于王家庄、三家村一带"])
def test_a_place_name_with_a_numeral_stays_unread(text: str) -> None:
    assert extract_quantities(text).empty


# --- 6. 过去一年 is a period ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["《公报》显示,过去一年,西宁市环境空气质量优良", "過去一年污染回升,", "过去一个月,全市"],
)
def test_the_past_year_is_a_period(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    ("text", "value"),
    [("过去5年,香港空气质量改善", 5.0), ("過去五年,NO2濃度下降", 5.0), ("过去两年,全市", 2.0)],
)
def test_a_number_of_past_years_is_a_duration(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "年")


# --- 7. The end of a span of dates ---------------------------------------------------------------
@given(
    first=st.integers(min_value=1, max_value=1231),
    last=st.integers(min_value=1, max_value=31),
    connector=st.sampled_from(["至", "到", "—", "-"]),
)
def test_a_day_after_a_day_and_a_connector_is_a_date(first: int, last: int, connector: str) -> None:
    for text in (
        f"{first}日{connector}{last}日,督察组人员下沉督察",
        f"督察组于11月{first % 100 or 1}日{connector}{last}日进驻",
    ):
        assert extract_quantities(text)[lambda d: d["unit"] == "日"].empty, text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("平均值减少10.1日至29日。", 29.0),  # a decimal first: days, the level it fell to
        ("平均值減少10.1日至29日。", 29.0),
        ("处理时限为18日,", 18.0),
        ("优良日数较上年减少19日至270日。", 270.0),  # a change, then the level it came to
    ],
)
def test_days_after_a_decimal_or_alone_stay_days(text: str, value: float) -> None:
    rows = extract_quantities(text)
    assert value in rows[rows["unit"] == "日"]["value"].tolist()
