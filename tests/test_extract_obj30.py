"""obj30 (issue 13): a change named by its own words, and clause words cut from a phrase.

1. **A change of its own measure** (``A增加x%、B增加y%``, ``A…，B減少6.0%``): a change
   whose own words, after the figure before it, name another measure is that measure's
   change, not the figure before's (``汽油車輛平均行駛里程增加4%、柴油車輛平均行駛里程增加
   0.4%``: 0.4 % was given ``人均GDP``, the first figure of the sentence).  A restatement of
   the measure before (``PM2.5浓度为…，PM2.5浓度同比下降5%``), a change's own head
   (``降幅为5%``), a base (``同比``) or a place (``其中城区``) keeps the figure before's.
2. **Words of the clause cut from a phrase**: the 计 of a tally (``稽查计7.9万次``:
   "amounting to"; not 统计, 预计, 设计), a peak the figure reaches (``旅游人次达最高峰``),
   a degree adverb before the verb (``家居廚餘更減少``) and the order words before a
   list's member (``其次依序为噪音``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _trimmed
from envindicators.units import to_simplified


def _named(text: str) -> dict[str, tuple[str, str]]:
    """The (subject, indicator) of each figure of ``text`` by its written value (in the
    simplified script)."""
    r = read_report(text)
    rows = pd.concat([r.observations, r.targets, r.context])
    return {
        to_simplified(str(v)): (str(s), str(i))
        for v, s, i in zip(rows["value_text"], rows["subject"], rows["indicator"], strict=True)
    }


# -- 1. a change of its own measure -------------------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "own"),
    [
        (
            "2023年全市人均GDP上升9.2%、工厂数量增加0.3%、柴油车平均行驶里程增加0.4%。",
            "0.4%",
            "柴油车平均行驶里程",
        ),
        (
            "2023年全市人均GDP上升9.2%、工厂数量增加0.3%、柴油车平均行驶里程增加0.4%。",
            "0.3%",
            "工厂数量",
        ),
        ("本年废塑料减少11.1%、厨余减少6.0%、玻璃下跌7.1%。", "6.0%", "厨余"),
        ("本年废塑料减少11.1%、厨余减少6.0%、玻璃下跌7.1%。", "7.1%", "玻璃"),
        ("电动机车占有比例为5%，电动机车购置数量成长3倍。", "3倍", "电动机车购置数量"),
        ("全县农村人口减少2.5%，农药使用量下降4.1%。", "4.1%", "农药使用量"),
        # the 比 of a share's name is no comparison
        ("全市污水处理量增长3%，再生水利用比例提高5%。", "5%", "再生水利用比例"),
    ],
)
def test_a_change_takes_the_measure_its_own_words_name(
    text: str, value: str, own: str, hant: bool
) -> None:
    rows = _named(to_traditional(text) if hant else text)
    key = next(k for k in rows if k.endswith(value))
    subject = rows[key][0]
    assert subject == (to_traditional(own) if hant else own), rows


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        # the measure before restated, whole or in part
        ("2023年全市污水处理量为35万吨，污水处理量增长5%。", "35万吨", "5%"),
        ("2023年全市污水处理量为35万吨，处理量增长5%。", "35万吨", "5%"),
        # the change's own head, a base, a place: no other measure
        ("2023年全市污水处理量为35万吨，降幅为5%。", "35万吨", "5%"),
        ("2023年全市污水处理量为35万吨，同比增长5%。", "35万吨", "5%"),
        ("2023年全市污水处理量为35万吨，其中城区增长5%。", "35万吨", "5%"),
        # a base of a comparison in the words
        ("2023年全市污水处理量为35万吨，要比前一年同期增长5%。", "35万吨", "5%"),
    ],
)
def test_a_change_without_another_measure_keeps_the_one_before(
    text: str, first: str, value: str, hant: bool
) -> None:
    rows = _named(to_traditional(text) if hant else text)
    level = rows[next(k for k in rows if k.endswith(first[-3:]))]
    change = next(v for k, v in rows.items() if k.endswith(value) and k != first)
    assert change[1] == level[1], rows


def test_a_registry_measure_is_still_given_to_its_restated_change() -> None:
    rows = _named("2023年全市PM2.5浓度为35微克/立方米，PM2.5浓度同比下降5%。")
    assert rows["35微克/立方米"][1] == "pm25_concentration"
    change = next(v for k, v in rows.items() if k.endswith("5%"))
    assert change[1] == "pm25_concentration", rows


# -- 2. words of the clause cut from a phrase ---------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("环境污染源稽查计", "环境污染源稽查"),
        ("民众陈情计", "民众陈情"),
        ("推动电动公车补助计", "推动电动公车补助"),
        ("旅游人次达最高峰", "旅游人次"),
        ("温室气体排放量达到历史最高水平", "温室气体排放量"),
        ("生活垃圾产生量创新高", "生活垃圾产生量"),
        ("家居厨余更", "家居厨余"),
        ("其次依序为噪音", "噪音"),
        ("依次为工业用水量", "工业用水量"),
        # words that end in 计 or 更 as part of their name are kept
        ("今年度统计", "今年度统计"),
        ("项目预计", "项目预计"),
        ("环评变更", "环评变更"),
        ("工程设计", "工程设计"),
        # a measure with a verb-like character keeps it
        ("污水处理厂达标率", "污水处理厂达标率"),
        ("整改任务完成率", "整改任务完成率"),
        ("垃圾处理量", "垃圾处理量"),
        ("碳排放峰值", "碳排放峰值"),
        ("处在高峰达", "处在高峰"),  # no words before the peak: kept
    ],
)
def test_clause_words_are_cut_from_a_phrase(words: str, kept: str, hant: bool) -> None:
    text = to_traditional(words) if hant else words
    assert _trimmed(text, 0, len(text)) == (to_traditional(kept) if hant else kept)


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # (环境污染源稽查计7.9万次: 稽查 an inspection act since reg43, inspection_patrols)
        ("2022年全市环境监测采样计7.9万次。", "7.9万次", "环境监测采样"),
        ("2019年旅遊人次達最高峰1,286千人次。", "1,286千人次", "旅遊人次"),
        ("今年度統計48項。", "48項", "今年度統計"),
    ],
)
def test_read_report_names_the_tally_without_its_clause_words(
    text: str, value: str, subject: str
) -> None:
    assert _named(text)[to_simplified(value)][0] == subject
