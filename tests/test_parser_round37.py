"""Parser round 37 (branch read26): the failure classes left on all spent splits (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from the
corpus) and with the negative cases the rule must leave alone.
"""

from __future__ import annotations

import pytest

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, str, str, str]]:
    df = extract_quantities(text)
    return [
        (str(r.text), float(r.value), str(r.unit), str(r.qualifier), str(r.kind))
        for r in df.itertuples(index=False)
    ]


def _units(text: str) -> list[str]:
    return [r[2] for r in _rows(text)]


# --- 1. a mean per month or week written before the figure: the period is its denominator ----
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("每月平均受理陈情案件数为215件。", "件/月"),
        ("每月平均受理陳情案件數為215件。", "件/月"),
        ("换算平均每周开罚两件;", "件/周"),
        ("換算平均每週開罰兩件;", "件/周"),
        ("平均每月处理污泥3000吨", "吨/月"),
        ("平均每月處理污泥3000噸", "吨/月"),
        ("每周平均检查企业25家", "家/周"),
        # the bare 每年, 每日 of amounts were read before this round and stay
        ("每年产生垃圾3万吨", "吨/年"),
    ],
)
def test_a_mean_per_month_or_week_is_a_rate(text: str, unit: str) -> None:
    assert _units(text) == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a day of every month is a date, no figure
        ("每月15日前彙整上個月資料,全年共計120件", ["件"]),
        # a count with a bare 每月 (no 平均) stays a count, as a bare 每年 does (每年新增造林)
        ("每月新增加油站3座", ["座"]),
        # a count over a month named as such is no rate
        ("本月共受理案件215件", ["件"]),
    ],
)
def test_other_counts_stay_counts(text: str, units: list[str]) -> None:
    assert _units(text) == units


# --- 2. figures inside a web address are none -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本文引用自: https://news.example.com/废水污染-某区年罚52件居冠-004413855.html", []),
        ("本文引用自: https://news.example.com/廢水污染-某區年罰52件居冠-004413855.html", []),
        ("来源:https://www.example.cn/newsDetail_forward_25000吨", []),
        ("詳見www.example.gov.tw/2021年報/30萬元.pdf", []),
        # the prose after an address is read (a space the normaliser drops, a full stop)
        ("本文:https://news.example.com/a-5 全年罰款3萬元", ["3萬元"]),
        ("網址:www.example.gov.tw/3噸，另有5噸", ["5噸"]),
        ("見https://example.cn/b 全年处理污水3万吨。", ["3万吨"]),
    ],
)
def test_web_addresses_hold_no_figure(text: str, expected: list[str]) -> None:
    assert [r[0] for r in _rows(text)] == expected


# --- 3. a page or issue number glued to a date -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "版次:012025年06月27日\n6月26日,督察组交办第二十九批",
        "版次:032024年5月8日 本報訊",
        "第A05版:52023年11月2日",
    ],
)
def test_a_number_glued_to_a_date_is_none(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a duration without a month after it stays one
        ("持续了12025年", 12025.0),
        # a figure before a date, apart from it, stays
        ("罰款3萬元2025年6月27日", 30000.0),
    ],
)
def test_figures_beside_dates_stay(text: str, value: float) -> None:
    assert [r[1] for r in _rows(text)] == [value]


# --- 4. the span of years a record is set in (近五年最好) stays a duration, as conv20 keeps it ----
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PM2.5年平均浓度均为近五年最好成绩。", 5.0),
        ("PM2.5年平均濃度均為近五年最好成績。", 5.0),
        ("AQI良好比率为近三年最佳,且无重度污染", 3.0),
        ("AQI良好比率為近三年最佳,且無重度污染", 3.0),
    ],
)
def test_the_span_of_a_record_stays_a_duration(text: str, value: float) -> None:
    assert [(r[1], r[2], r[3]) for r in _rows(text) if r[2] == "年"] == [(value, "年", "nearly")]


# --- 5. counters of businesses, prefectures and taxonomic ranks ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("环保局表示,2业者都依法告发", [("2业者", 2.0)]),
        ("環保局表示,2業者都依法告發", [("2業者", 2.0)]),
        ("甲公司及乙企业行3厂家皆为饲料制造", [("3厂家", 3.0)]),
        ("甲公司及乙企業行3廠家皆為飼料製造", [("3廠家", 3.0)]),
        ("青海省两州生态环境持续改善", [("两州", 2.0)]),
        ("青海省兩州生態環境持續改善", [("兩州", 2.0)]),
    ],
)
def test_counters_of_businesses_and_prefectures(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(r[0], r[1]) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("保护区有脊椎动物5纲30目87科471种。", ["纲", "目", "科", "种"]),
        ("保護區有脊椎動物5綱30目87科471種。", ["纲", "目", "科", "种"]),
        ("野生植物89科326属791种", ["科", "属", "种"]),
        ("野生植物89科326屬791種", ["科", "属", "种"]),
    ],
)
def test_a_chain_of_taxonomic_ranks_counts(text: str, units: list[str]) -> None:
    assert _units(text) == units


@pytest.mark.parametrize(
    "text",
    ["成效一目了然", "成效一目瞭然", "局内设3科室", "九州地区", "九州地區", "全市共有两科"],
)
def test_ranks_and_names_outside_a_chain_are_no_counts(text: str) -> None:
    assert _rows(text) == []


# --- 6. N方 of parties (方面), not cubic metres ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "检警环三方联手稽查",
        "檢警環三方聯手稽查",
        "两方会谈后达成共识",
        "兩方會談後達成共識",
        "3方联合执法",
        "3方聯合執法",
    ],
)
def test_parties_are_counted_in_fangmian(text: str) -> None:
    assert _units(text)[:1] == ["方面"]


@pytest.mark.parametrize(
    "text",
    [
        "清运淤泥3万方",
        "清運淤泥3萬方",
        "共清运垃圾三方",
        "共清運垃圾三方",
        "开挖土石方5方",
    ],
)
def test_volumes_stay_cubic_metres(text: str) -> None:
    assert _units(text) == ["方"]


def test_first_and_third_party_are_no_counts() -> None:
    assert _rows("一方面要加强监管,另一方面委托第三方机构") == []


# --- 7. a band of money with both ends written is one range, however its ends are joined ------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("并处十万元以上一百万元以下的罚款", 100000.0, 1000000.0),
        ("並處十萬元以上一百萬元以下的罰款", 100000.0, 1000000.0),
        ("處新臺幣10萬元以上,2,000萬元以下罰鍰。", 100000.0, 20000000.0),
        ("处10万元以上、2000万元以下罚款", 100000.0, 20000000.0),
        ("處新臺幣6萬元以上、30萬元以下罰鍰", 60000.0, 300000.0),
        ("违者处2000元以上至5万元以下罚款", 2000.0, 50000.0),
        ("可處三千元以上到三萬元以下罰鍰", 3000.0, 30000.0),
    ],
)
def test_a_band_of_money_is_one_range(text: str, low: float, high: float) -> None:
    df = extract_quantities(text)
    assert len(df) == 1
    r = df.iloc[0]
    assert (float(r["low"]), float(r["high"]), r["unit"], r["qualifier"]) == (
        low,
        high,
        "元",
        "range",
    )


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        # other measures: the size of the objects, two bounds (the report reader's threshold)
        ("关停20万千瓦以上至30万千瓦以下燃煤机组", ["at_least", "at_most"]),
        ("關停20萬千瓦以上至30萬千瓦以下燃煤機組", ["at_least", "at_most"]),
        ("淘汰10蒸吨以上、35蒸吨以下燃煤锅炉", ["at_least", "at_most"]),
        # no 以下 on the second end, or the bounds reversed: no band
        ("处5000元以上2万元的赔偿", ["at_least", "exact"]),
        ("罚款1000元以上至今已有5万元", ["at_least", "exact"]),
        ("5万元以下至20万元以上", ["at_most", "at_least"]),
        # two units of money that differ
        ("罚款1万元以上20万港元以下", ["at_least", "at_most"]),
    ],
)
def test_other_bands_stay_two_bounds(text: str, qualifiers: list[str]) -> None:
    assert [r[3] for r in _rows(text)] == qualifiers


# --- 8. a frequency word a few words before the count of times --------------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("环保署每周在这些泳滩进行一次水质监测", 1.0, "次/周"),
        ("環保署每週在這些泳灘進行一次水質監測", 1.0, "次/周"),
        ("每月组织工作人员进行一次巡查", 1.0, "次/月"),
        ("每月組織工作人員進行一次巡查", 1.0, "次/月"),
        ("每周在这些泳滩进行2次水质监测", 2.0, "次/周"),
    ],
)
def test_a_frequency_a_few_words_back(text: str, value: float, unit: str) -> None:
    assert [(r[1], r[2]) for r in _rows(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        # a clause break between them: no frequency
        "每周开展巡查,全年共检查2次",
        "每週開展巡查,全年共檢查2次",
    ],
)
def test_a_frequency_ends_at_its_clause(text: str) -> None:
    assert [r[2] for r in _rows(text)] == ["次"]
