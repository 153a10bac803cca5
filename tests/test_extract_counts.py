"""Count figures of ``read_report``: what a count counts, context counts, list counts (issue 13).

The sentences are written for these tests (same shapes as the reports' and bulletins', other
places, nouns and numbers), in simplified and traditional script.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import examples
from envindicators.extract import read_report
from envindicators.extract._counts import count_context, counted_noun, listed_places
from envindicators.units import to_simplified


def _read(text: str) -> tuple[pd.DataFrame, dict[str, str]]:
    r = read_report(text, source="x.txt")
    names = dict(zip(r.indicators["code"], r.indicators["name_zh"].astype(str), strict=True))
    return pd.concat([r.observations, r.context], ignore_index=True), names  # with context


def _row(obs: pd.DataFrame, value: float) -> pd.Series:
    rows = obs[obs["value"] == value]
    assert len(rows) == 1, obs[["value", "unit", "role", "indicator"]]
    return rows.iloc[0]


# ------------------------------------------------------------------------- counted noun
@pytest.mark.parametrize(
    ("text", "written", "noun"),
    [
        ("2020年，全国297个地级及以上城市平均优良天数比例为85.1%。", "297个", "地级及以上城市"),
        ("2020年，全國297個地級及以上城市平均優良天數比例為85.1%。", "297個", "地級及以上城市"),
        ("2019年，86个国控断面中，有12个断面氨氮浓度上升。", "86个", "国控断面"),
        ("2019年，86個國控斷面中，有12個斷面氨氮濃度上升。", "86個", "國控斷面"),
        ("2018年，5个巡查组共计受理来信来电2300件。", "5个", "巡查组"),
        ("2018年，5個巡查組共計受理來信來電2300件。", "5個", "巡查組"),
        ("2021年，全省18个城市PM10平均浓度为61微克/立方米。", "18个", "城市"),
        ("2021年，甲乙两地共有9座水库水质均达到Ⅱ类。", "9座", "水库"),
        ("2021年，8个城市臭氧浓度同比上升。", "8个", "城市"),
        ("经批准，第二批6个中央生态环境保护督察组进驻。", "6个", "中央生态环境保护督察组"),
        ("2021年，4个市级集中式饮用水水源地水质达标率为100%。", "4个", "市级集中式饮用水水源地"),
        ("2021年，164个城市环境空气质量达标。", "164个", "城市"),
        ("2021年，全市15个乡镇排名第3。", "15个", "乡镇"),
        ("2021年，9個縣級城鎮(zhèn)飲用水水源地水質達標率為100%。", "9個", "縣級城鎮飲用水水源地"),
        ("2021年，8個城市臭氧濃度同比上升。", "8個", "城市"),
        ("2021年，12座城市污水处理厂平均负荷率为80%。", "12座", "城市污水处理厂"),
    ],
)
def test_counted_noun_is_the_noun_after_the_measure_word(
    text: str, written: str, noun: str
) -> None:
    e = text.index(written) + len(written)
    assert counted_noun(text, e, len(text)) == noun


def test_a_span_of_time_counts_no_noun() -> None:
    text = "垃圾棄置量連續兩年下跌"
    e = text.index("兩年") + 2
    assert counted_noun(text, e, len(text), unit="年") is None
    assert counted_noun("按要求每两小时报送一次数据", 6, 13, unit="小时") is None


def test_counted_noun_ends_before_a_registry_name() -> None:
    text = "16个城市环境空气质量优良天数比例为90%"
    e = text.index("城市") + 2
    assert counted_noun(text, 3, len(text), stops=[e]) == "城市"
    assert counted_noun("共有12个。", 5, 5) is None


@pytest.mark.parametrize(
    ("text", "written", "noun", "scoped"),
    [
        (
            "2020年，全国297个地级及以上城市平均优良天数比例为85.1%。",
            "297个",
            "地级及以上城市",
            85.1,
        ),
        (
            "2020年，全國297個地級及以上城市平均優良天數比例為85.1%。",
            "297個",
            "地級及以上城市",
            85.1,
        ),
        ("2021年，全省18个城市PM10平均浓度为61微克/立方米。", "18个", "城市", 61.0),
        ("2021年，全省18個城市PM10平均濃度為61微克/立方米。", "18個", "城市", 61.0),
    ],
)
def test_a_context_count_is_named_by_what_it_counts(
    text: str, written: str, noun: str, scoped: float
) -> None:
    obs, names = _read(text)
    count = float(written[:-1])
    row = _row(obs, count)
    assert row["role"] == "context"
    assert names.get(row["indicator"], row["indicator"]) == noun
    assert _row(obs, scoped)["role"] == "outcome"
    # the share keeps its own name, never the count's noun alone
    assert names.get(_row(obs, scoped)["indicator"], "") != noun


# ---------------------------------------------------------------- durations, bounds, bases
@pytest.mark.parametrize(
    ("text", "written", "unit", "reason"),
    [
        ("省里开展了为期两个月的专项执法检查。", "两个月", "个月", "a duration"),
        ("省裡開展了為期兩個月的專項執法檢查。", "兩個月", "個月", "a duration"),
        ("该区近五年持续推进河道整治。", "五年", "年", "a duration"),
        ("垃圾填埋量连续三年下降。", "三年", "年", "a duration"),
        ("日最高气温在35℃或以上的天数较多。", "35℃", "℃", "a threshold that sets a class"),
        ("日最高氣溫在35℃或以上的天數較多。", "35℃", "℃", "a threshold that sets a class"),
        ("淘汰20蒸吨以下燃煤锅炉。", "20蒸吨", "蒸吨", "a threshold that sets a class"),
        ("已完成的占清单列明的215项任务的八成。", "215项", "项", "the base of a share"),
        ("已完成的佔清單列明的215項任務的八成。", "215項", "項", "the base of a share"),
    ],
)
def test_count_context(text: str, written: str, unit: str, reason: str) -> None:
    s = text.index(written)
    assert count_context(text, s, s + len(written), unit, 0) == reason


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("PM2.5浓度下降10%以上，", "10%", "%"),  # a bound of the figure itself
        ("全年完成215项任务。", "215项", "项"),
        ("该市每五年开展一次普查。", "五年", "年"),
        ("监测周报已连续30周按时发布。", "30周", "周"),  # reports made: a measurement
    ],
)
def test_count_context_leaves_results(text: str, written: str, unit: str) -> None:
    s = text.index(written)
    assert count_context(text, s, s + len(written), unit, 0) is None


# ------------------------------------------------------------------------- list counts
_PLACES = ["石家庄市", "唐山市", "邯郸市", "邢台市", "保定市", "沧州市", "廊坊市", "衡水市"]
_PREDICATES = ["PM10浓度同比上升", "未完成年度目标", "臭氧浓度同比上升"]


@pytest.mark.parametrize("trad", [False, True])
def test_a_list_count_is_of_the_set_at_the_lists_scope(trad: bool) -> None:
    text = "2019年，河北省石家庄市、唐山市、邯郸市等3个城市PM10浓度同比上升。"
    if trad:
        text = "2019年，河北省石家莊市、唐山市、邯鄲市等3個城市PM10濃度同比上升。"
    obs, _ = _read(text)
    row = _row(obs, 3.0)
    # the cities whose PM10 rose: the registry's cities whose air-quality indicator worsened
    # (role45; a proposed 城市 before it)
    assert row["indicator"] == "cities_air_quality_worsened"
    assert row["region"] not in ("石家庄市", "唐山市", "邯郸市")


def test_listed_places() -> None:
    text = "甲地，石家庄市、唐山市和邯郸市等3个城市"
    s = text.index("3个")
    places = pd.DataFrame(
        {
            "start": [text.index(n) for n in ("石家庄市", "唐山市", "邯郸市")],
            "end": [text.index(n) + len(n) for n in ("石家庄市", "唐山市", "邯郸市")],
            "name": ["石家庄市", "唐山市", "邯郸市"],
        }
    )
    assert listed_places(text, s, 3, places) == ["石家庄市", "唐山市", "邯郸市"]
    assert listed_places(text.replace("等", "的"), s, 3, places) == []
    bare = text.replace("等", "")  # 石家庄市、唐山市和邯郸市3个城市
    assert listed_places(bare, s - 1, 3, places) == ["石家庄市", "唐山市", "邯郸市"]
    assert listed_places(text, s, 3, places.iloc[:0]) == []


@examples(6)
@given(
    st.lists(st.sampled_from(_PLACES), min_size=2, max_size=6, unique=True),
    st.sampled_from(_PREDICATES),
    st.booleans(),
)
def test_list_count_property(listed: list[str], predicate: str, trad: bool) -> None:
    n = len(listed)
    text = f"2019年，河北省{'、'.join(listed)}等{n}个城市{predicate}。"
    obs, names = _read(text)
    row = _row(obs, float(n))
    # a concentration up is an air-quality indicator worsened (role45's registry row); a target
    # not met names the cities only
    worsened = predicate.endswith("浓度同比上升")
    expected = "cities_air_quality_worsened" if worsened else "城市"
    assert to_simplified(names.get(row["indicator"], row["indicator"])) == expected
    assert row["region"] not in listed


# noun → (counter, what the count is linked to): the noun itself as a proposed phrase, or the
# registry row whose alias is the noun's count (国控断面数 is an alias of monitored_sections in
# datasets/indicators.csv)
_SETS = {
    "地级及以上城市": ("个", "地级及以上城市"),
    "国控断面": ("个", "monitored_sections"),
    "城镇污水处理厂": ("座", "城镇污水处理厂"),
    "入湖河流": ("条", "入湖河流"),
}
_SHARES = ["平均达标率", "水质优良比例", "平均优良天数比例"]


@examples(6)
@given(
    st.integers(2, 900),
    st.sampled_from(sorted(_SETS)),
    st.sampled_from(_SHARES),
    st.integers(1, 999),
    st.booleans(),
)
def test_scope_count_role_and_noun_property(
    count: int, noun: str, share: str, tenths: int, among: bool
) -> None:
    assume(tenths != 10 * count)  # a share equal to the count would make the row ambiguous
    unit, linked = _SETS[noun]
    body = (
        f"{count}{unit}{noun}中，{share}为{tenths / 10}%"
        if among
        else (f"{count}{unit}{noun}{share}为{tenths / 10}%")
    )
    obs, names = _read(f"2020年，全省{body}。")
    row = _row(obs, float(count))
    assert row["role"] == "context"
    assert names.get(row["indicator"], row["indicator"]) == linked
