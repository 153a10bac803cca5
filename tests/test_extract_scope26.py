"""The region and the role of a figure: hand check 16's leftovers (issue 13, scope26).

* A count that opens its clause as the topic of a set (``全省86个国控断面，``) whose part the
  next clause counts in the same unit (``有80个断面…``) is that part's denominator: context
  (:func:`envindicators.extract._scope_counts.scope_count`), not a count after a verb nor one
  with nothing before it (a part of a series);
* a figure written after a list of places (``南京、无锡、苏州``) with no ``分别`` is about all
  of them — in its sentence or in a later one of its paragraph: its region is the division
  that holds them all (:func:`envindicators.extract._places.list_scope`; the country when they
  lie in several provinces), unsure, never the last place listed;
* Taiwan's air-quality zones (``雲嘉南空品區``, ``高屏、中部及竹苗空品区``, ``花东、宜兰``) are
  no division: a figure of one is Taiwan's, flagged, never a county read from a zone's name.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import rows_of, span_of
from tests.scripts import to_traditional
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._places import Places, list_scope
from envindicators.extract._scope_counts import scope_count

_rows = partial(rows_of, at_start=True)  # the figure is where its written form begins

_HEAD = "关于中央生态环境保护督察反馈意见整改落实情况的报告\n"


# ------------------------------------------------------------ a set, then a part of it


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("全省86个国控断面，有80个断面水质达到或优于Ⅲ类。", "86个", "个"),
        ("全市24个集中式饮用水水源地，23个水质达标。", "24个", "个"),
        ("2022年全县12座城镇污水处理厂，其中10座稳定达标排放。", "12座", "座"),
        ("我省58个重点湖库，有49个水质优良。", "58个", "个"),
        ("宁夏回族自治区20个国控断面，仅有2个未达到考核目标。", "20个", "个"),
        ("全区40家重点排污单位，40家全部安装在线监控。", "40家", "家"),
    ],
)
def test_a_set_whose_part_the_next_clause_counts_is_context(
    text: str, written: str, unit: str
) -> None:
    s, e = span_of(text, written)
    assert scope_count(text, s, e, unit, "level") is not None
    trad = to_traditional(text)
    assert scope_count(trad, s, e, unit, "level") is not None


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("检查企业120家，其中80家存在问题。", "120家", "家"),  # a result, after a verb
        ("全市建成120个站点，其中80个已联网。", "120个", "个"),  # a result, after a verb
        ("全省共有37个水源地，34个水质达标。", "37个", "个"),  # 有: the result
        ("其中，15个项目已开工，2个正在推进。", "15个", "个"),  # a part of a series
        ("全省10个断面，12个达标。", "10个", "个"),  # the "part" is larger
        ("全省11个设区市，PM2.5平均浓度为40微克/立方米。", "11个", "个"),  # no part
        ("全市30家企业，排放废水80吨。", "30家", "家"),  # no part in the same unit
        ("全省86个国控断面。有80个断面达标。", "86个", "个"),  # not the next clause
    ],
)
def test_a_count_that_names_no_set_of_a_part_stays(text: str, written: str, unit: str) -> None:
    s, e = span_of(text, written)
    assert scope_count(text, s, e, unit, "level") is None


def test_a_set_and_its_part_in_a_report() -> None:
    text = _HEAD + "全区96个国控监测断面，有90个断面达到或优于Ⅲ类水质，优良比例为93.8%。"
    r = read_report(text)
    assert "96个" in set(r.context["value_text"])
    assert "96个" not in set(r.observations["value_text"])
    assert "90个" in set(r.observations["value_text"])


@settings(max_examples=25, deadline=None)
@given(
    whole=st.integers(2, 400),
    data=st.data(),
    where=st.sampled_from(["全省", "全区", "我市", "太原市"]),
    noun=st.sampled_from(["国控断面", "集中式饮用水水源地", "重点湖库"]),
    trad=st.booleans(),
)
def test_set_then_part_property(
    whole: int, data: st.DataObject, where: str, noun: str, trad: bool
) -> None:
    part = data.draw(st.integers(1, whole + 5))
    text = f"{where}{whole}个{noun}，有{part}个达到Ⅲ类。"
    text = to_traditional(text) if trad else text
    s, e = span_of(text, f"{whole}個" if trad else f"{whole}个")
    assert (scope_count(text, s, e, "个", "level") is not None) == (part <= whole)


# ------------------------------------------------------------ a list of places


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("督察组进驻南京、无锡、苏州后，共受理群众举报1867件。", "1867件", "江苏省"),
        ("督察组进驻南京、无锡、苏州。截至目前，共受理群众举报527件。", "527件", "江苏省"),
        ("辽宁省鞍山市、河北省唐山市和山西省吕梁市的粗钢产量合计3000万吨。", "3000万吨", ""),
        ("内蒙古鄂尔多斯市和陕西榆林市的原煤产量合计为9亿吨。", "9亿吨", ""),
        ("阳曲县、清徐县和娄烦县共关停散乱污企业56家。", "56家", "太原市"),
        ("花蓮縣、臺東縣和屏東縣的空氣品質良好日數為300天。", "300天", "台湾省"),
    ],
)
def test_a_figure_after_a_list_of_places_is_of_all_of_them(
    text: str, figure: str, region: str
) -> None:
    rows = _rows(text, figure)
    assert len(rows) >= 1
    assert set(rows["region"]) == {region}
    assert rows["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        # 分别: each its own place
        ("南京、无锡和苏州的PM2.5浓度分别为30、35和41微克/立方米。", "41", "苏州市"),
        # a list of members each with its figure
        ("南京市12件、无锡市8件、苏州市5件。", "5件", "苏州市"),
        # one place, and a province written before its city: no list
        ("苏州市共受理群众举报527件。", "527件", "苏州市"),
        ("河北省石家庄市的PM2.5平均浓度为50微克/立方米。", "50", "石家庄市"),
    ],
)
def test_a_figure_of_one_place_keeps_it(text: str, figure: str, region: str) -> None:
    rows = _rows(text, figure)
    assert len(rows) >= 1
    assert set(rows["region"]) == {region}


def test_list_scope_reads_members_joined_by_list_words_only() -> None:
    text = "进驻南京、无锡，苏州办结527件"
    found = Places.build().find(text)
    last = found.index[found["name"] == "苏州市"][0]
    assert list_scope(text, found, last) is None  # a comma: no list
    text = "进驻南京、无锡和苏州后办结527件"
    found = Places.build().find(text)
    last = found.index[found["name"] == "苏州市"][0]
    assert list_scope(text, found, last) == "江苏省"


_CITIES = {
    "江苏省": ["南京", "无锡", "徐州", "常州", "苏州", "南通"],
    "广东省": ["广州", "韶关", "珠海", "汕头", "佛山", "江门"],
}


@settings(max_examples=25, deadline=None)
@given(
    picks=st.lists(
        st.tuples(st.sampled_from(sorted(_CITIES)), st.integers(0, 5)),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    count=st.integers(10, 900),
)
def test_list_scope_property(picks: list[tuple[str, int]], count: int) -> None:
    names = [_CITIES[p][i] for p, i in picks]
    text = "督察组进驻" + "、".join(names) + f"后，共受理举报{count}件。"
    rows = _rows(text, f"{count}件")
    provinces = {p for p, _ in picks}
    # several provinces' cities: their sum, no one region (place28), not the country
    expected = next(iter(provinces)) if len(provinces) == 1 else ""
    assert set(rows["region"]) == {expected}
    assert not set(rows["region"]) & {n + "市" for n in names}


# ------------------------------------------------------------ Taiwan's air-quality zones


@pytest.mark.parametrize(
    "text",
    [
        "雲嘉南空品區的不良站日數為45站日。",
        "云嘉南空品区PM2.5年平均浓度为18微克/立方米。",
        "其中高屏、中部及竹苗空品区PSI大于100的比例下降了5%。",
        "全台湾7大空气品质管理区中，花东、宜兰近两年不良站日数为0天。",
        "北部空品區的細懸浮微粒濃度為15微克/立方公尺。",
        "高屏地區的臭氧不良站日數為120站日。",
    ],
)
def test_a_figure_of_an_air_quality_zone_is_taiwans(text: str) -> None:
    r = read_report(text, source="x.txt", published="2023-01-01")
    rows = pd.concat([with_context(r), r.targets])
    assert len(rows) >= 1
    assert set(rows["region"]) == {"台湾省"}
    assert rows["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宜蘭縣的細懸浮微粒年平均濃度為9微克/立方公尺。", "宜兰县"),
        ("宜兰县PM2.5年平均浓度为9微克/立方米。", "宜兰县"),
        ("中部地区的城市空气质量优良天数比例为80%。", None),
        ("北部湾海域的优良水质比例为95%。", None),
    ],
)
def test_a_county_or_a_word_of_direction_is_no_zone(text: str, name: str | None) -> None:
    found = Places.build().find(text)
    assert "zone" not in set(found["match"])
    if name is not None:
        assert name in set(found["name"])


# ------------------------------------------------------------ a dateline written with commas


@pytest.mark.parametrize(
    "text",
    [
        "《科技日报》,北京,11月22日——环境保护部于22日发布了年度报告。",
        "新华网，北京，5月3日——国家统计局发布公报。",
        "中國新聞網,北京,3月5日—生態環境部通報了全國空氣品質。",
    ],
)
def test_a_datelines_place_written_with_commas_is_no_subject(text: str) -> None:
    found = Places.build().find(text)
    assert "北京市" not in set(found["name"])


@pytest.mark.parametrize(
    "text",
    [
        "北京，11月PM2.5平均浓度为40微克/立方米。",  # a month, no day: no dateline
        "北京,11月22日起实施重污染天气橙色预警。",  # no dash: a date of the text
    ],
)
def test_a_place_before_a_date_of_the_text_stays(text: str) -> None:
    found = Places.build().find(text)
    assert "北京市" in set(found["name"])


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        # 分别 after the list: one member's figure each, whether aligned or not
        ("银川市、中卫市优良天数分别减少12天和5天。", "减少12天", "银川市"),
        # 各: the figure is each member's, the list is not summed
        ("第三批交办的举报件中，衡阳市、常德市各10件，永州市7件。", "10件", "常德市"),
    ],
)
def test_a_figure_of_each_member_is_not_the_lists_scope(
    text: str, figure: str, region: str
) -> None:
    rows = _rows(text, figure)
    assert len(rows) >= 1
    assert "宁夏回族自治区" not in set(rows["region"])
    assert "湖南省" not in set(rows["region"])


# ------------------------------------------------------------ a year's level as a reference


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        ("2023年耗电量回升至接近2019年前水平，其中耗电量5740百万千瓦时。", "5740", 2023),
        ("2022年全市用水量为1.2亿立方米，恢复至2019年以前的水平。", "1.2", 2022),
        ("2021年客运量为300万人次，仅为2019年之前水平的六成。", "300", 2021),
        ("2021年公交客運量降至2019年前水平的七成，全年為4.1億人次。", "4.1", 2021),
    ],
)
def test_a_years_level_named_as_a_reference_is_no_deadline(
    text: str, figure: str, year: int
) -> None:
    for t in (text, to_traditional(text)):
        r = read_report(t, source="x.txt", published="2024-06-01")
        assert r.targets.empty
        obs = r.observations[r.observations["value_text"].astype(str).str.startswith(figure)]
        assert len(obs) == 1
        assert pd.Timestamp(obs.iloc[0]["period_end"]).year == year


@pytest.mark.parametrize(
    ("text", "figure", "deadline"),
    [
        ("2025年前完成整改任务12项。", "12项", 2025),
        ("到2025年前，全市PM2.5浓度下降到30微克/立方米。", "30", 2025),
        ("力争2027年前恢复到2015年水平，全市湿地面积达到1.5万公顷。", "1.5万", 2027),
    ],
)
def test_a_deadline_written_with_qian_stays(text: str, figure: str, deadline: int) -> None:
    r = read_report(text, source="x.txt", published="2024-06-01")
    tg = r.targets[r.targets["value_text"].astype(str).str.startswith(figure)]
    assert len(tg) == 1
    assert pd.Timestamp(tg.iloc[0]["deadline"]).year == deadline


def test_a_years_own_level_opening_its_sentence_is_its_period() -> None:
    r = read_report(
        "2015年的水平較2014年有改善，PM2.5年均濃度為25微克/立方米。",
        source="x.txt",
        published="2024-06-01",
    )
    obs = r.observations[r.observations["value_text"].astype(str).str.startswith("25")]
    assert len(obs) == 1
    assert pd.Timestamp(obs.iloc[0]["period_end"]).year == 2015


def test_a_list_of_a_province_and_its_own_city_is_the_province() -> None:
    text = "与广东、河源等地开展联防联控，共建成监测站12个。"
    found = Places.build().find(text)
    last = found.index[found["name"] == "河源市"][0]
    assert list_scope(text, found, last) == "广东省"
    text = "与江西、河源等地开展联防联控"  # a province and another's city: the country
    found = Places.build().find(text)
    last = found.index[found["name"] == "河源市"][0]
    assert list_scope(text, found, last) == "全国"
