"""reg44: the registry's coverage, eighth round (issue 13; hand check 32's registry rows).

- Emissions totals by substance: a statement of a year's emissions listed by substance after
  one word of emitting (``水污染物排放量情况为:化学需氧量2143.98万吨,总氮304.14万吨``) names
  each amount ``<substance>排放量``: the registry's emission row where one exists
  (``cod_emissions`` …), a named proposed phrase where none does (总氮, 总磷, 颗粒物).
- A statistical table's sector rows (``#工业``, ``生活`` under ``化学需氧量排放量(吨)``) are the
  measure of the row above, for that sector: the sector's own row where the registry has one
  (``工业用水量``), else the measure's row with the sector named as its part (convention a).
- ``烟(粉)尘排放量`` written with its bracket is the registry's ``dust_emissions``.
- ``酸雨发生率`` and ``酸雨平均发生率`` are ``acid_rain_frequency``.
- A surface-water network's points (``地表水监测点位``) are ``monitored_sections``.
- A share of waters named by the bound Ⅲ类 or better (``水质达到或优于国家地表水Ⅲ类标准要求
  的占81.4%``) is ``surface_water_good_share``; a share of a river length is not.
- A reservoir's stored water (``年末蓄水总量``) is not ``water_use_total``; the treatment
  capacity and the water use keep their rows.
- Batches of petitions counted in 批次, or before the act that hands them over
  (``分13批累计向江西转办群众举报材料1298件``), are ``petition_batches``.
- The supervised cases (``交办督办案件1件``) and a channel's cases (``其中全国环境保护信访信息
  系统转办案件9件``) are parts of the petitions, named (convention a).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row

from envindicators.extract._indicators import _handed_heads, _substance_emitted, _table_sector
from envindicators.extract._lexicon import expand_forms
from envindicators.units import to_simplified
from envindicators.units.counters import counters_compatible


def _row(text: str, figure: str, hant: bool) -> tuple[str, str]:
    """The indicator and the subject (simplified) of the first row whose figure is ``figure``."""
    row = first_figure_row(text, figure, hant=hant)
    return str(row["indicator"]), to_simplified(str(row["subject"]))


def _link(text: str, figure: str, hant: bool) -> str:
    return _row(text, figure, hant)[0]


# ------------------------------------------------------------ emissions totals by substance

WATER_EMISSIONS = (
    "2017年全国水污染物排放量情况为:化学需氧量2143.98万吨,总氮304.14万吨,氨氮96.34万吨,"
    "总磷31.54万吨。"
)
AIR_EMISSIONS = (
    "2017年全国大气污染物排放情况为:氮氧化物1785.22万吨,颗粒物1684.05万吨,二氧化硫696.32万吨。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (WATER_EMISSIONS, "2143.98万吨", "cod_emissions"),
        (WATER_EMISSIONS, "96.34万吨", "ammonia_nitrogen_emissions"),
        (AIR_EMISSIONS, "1785.22万吨", "nox_emissions"),
        (AIR_EMISSIONS, "696.32万吨", "so2_emissions"),
    ],
)
def test_a_substance_listed_after_an_emission_word_is_its_emissions(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert _link(text, figure, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (WATER_EMISSIONS, "304.14万吨", "总氮排放量"),
        (WATER_EMISSIONS, "31.54万吨", "总磷排放量"),
        (AIR_EMISSIONS, "1684.05万吨", "颗粒物排放量"),
    ],
)
def test_a_substance_without_an_emission_row_is_named_its_emissions(
    text: str, figure: str, subject: str, hant: bool
) -> None:
    code, got = _row(text, figure, hant)
    assert code.startswith("proposed_")
    assert got == subject


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("预计可减排化学需氧量2000吨、氨氮150吨。", "150吨", "氨氮减排量"),  # a cut, np44
        ("2015年，全市削减二氧化硫2.63万吨,烟粉尘2.13万吨。", "2.13万吨", "烟粉尘削减量"),
    ],
)
def test_a_substance_cut_is_no_emissions_total(
    text: str, figure: str, subject: str, hant: bool
) -> None:
    code, got = _row(text, figure, hant)
    assert not code.endswith("_emissions")
    assert got == subject


def test_substance_emitted_helper() -> None:
    t = "水污染物排放量情況為:化學需氧量2143.98萬噸"
    assert _substance_emitted("化學需氧量", t, 0, t.index("2143"), "吨") == "化學需氧量排放量"
    t = "排放标准规定化学需氧量限值为50mg/L"
    assert _substance_emitted("化学需氧量", t, 0, t.index("50"), "mg/L") is None
    t = "排放量为:工业二氧化硫5万吨"
    assert _substance_emitted("工业二氧化硫", t, 0, t.index("5万"), "吨") is None
    t = "全市化学需氧量5万吨"  # no emission written
    assert _substance_emitted("化学需氧量", t, 0, t.index("5万"), "吨") is None


# ------------------------------------------------------------------- a table's sector rows

TABLE = (
    "环境保护基本情况\n"
    "    item 2006 2007\n"
    "   用水总量(亿立方米)  water supply( 100 million cu. m) 187.25 196.28\n"
    "     #农业   agriculture 97.96 100.94\n"
    "     工业   industry 66.90 72.77\n"
    "     生活   living consumption 22.39 22.57\n"
    "   化学需氧量排放量(吨)   discharge amount of cod( ton) 395069 383190\n"
    "    #工业   industry 94490 91084\n"
    "     生活   living consumption 300579 292106\n"
    "   氨氮排放量(吨)   ammounia nitrogen discharge( ton) 49247 29836\n"
    "    #工业   industry 8181 5882\n"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("figure", "code", "subject"),
    [
        ("94490", "cod_emissions", "化学需氧量排放量（工业）"),
        ("292106", "cod_emissions", "化学需氧量排放量（生活）"),
        ("8181", "ammonia_nitrogen_emissions", "氨氮排放量（工业）"),
        ("97.96", "water_use_agricultural", "农业用水量"),
        ("72.77", "water_use_industrial", "工业用水量"),
        ("22.39", "water_use_domestic", "生活用水量"),
    ],
)
def test_a_tables_sector_row_is_the_measure_above_for_its_sector(
    figure: str, code: str, subject: str, hant: bool
) -> None:
    assert _row(TABLE, figure, hant) == (code, subject)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("figure", "code"),
    [
        ("395069", "cod_emissions"),
        ("187.25", "water_use_total"),
        ("49247", "ammonia_nitrogen_emissions"),
    ],
)
def test_a_tables_total_keeps_its_row(figure: str, code: str, hant: bool) -> None:
    got, subject = _row(TABLE, figure, hant)
    assert got == code
    assert "（" not in subject  # the total names no sector


def test_table_sector_helper() -> None:
    t = "  化学需氧量排放量(吨) cod 395069\n   #工业  industry 94490\n    生活  living 300579"
    assert _table_sector(t, t.index("   #工业"), t.index("94490")) == (
        "工业",
        "化学需氧量排放量",
        "化学需氧量排放量（工业）",
    )
    t = "2007年,全省工业化学需氧量排放量91084吨。"  # a sentence: no table row
    assert _table_sector(t, 0, t.index("91084")) is None
    t = "降水量(毫米) 2132\n地表水 surface water 1622.26"  # no sector
    assert _table_sector(t, t.index("地表水"), t.index("1622")) is None


# ------------------------------------------------------------- forms, aliases and the bound


def test_a_name_with_one_bracketed_character_is_a_form_as_written() -> None:
    assert "烟(粉)尘排放量" in expand_forms("烟(粉)尘排放量")
    assert "烟尘排放量" in expand_forms("烟(粉)尘排放量")
    assert "细颗粒物(PM2.5)年均浓度" not in expand_forms("细颗粒物(PM2.5)年均浓度")


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        ("2012年,全国烟(粉)尘排放量1234.3万吨,比上年减少3.5%。", "1234.3万吨", "dust_emissions"),
        ("2012年,江苏省烟（粉）尘排放总量为43.86万吨。", "43.86万吨", "dust_emissions"),
        ("2012年,全省工业烟(粉)尘排放量为1029.3万吨。", "1029.3万吨", "industrial_dust_emissions"),
        ("2012年，全省省辖城市酸雨平均发生率为36.0%。", "36.0%", "acid_rain_frequency"),
        ("与2011年相比,全省酸雨发生率上升9.4个百分点。", "上升9.4个百分点", "acid_rain_frequency"),
        ("泰兴市和兴化市出现酸雨,酸雨发生率分别为6.8%和4.2%。", "4.2%", "acid_rain_frequency"),
        ("2021年,我市共设地表水监测点64个。", "64个", "monitored_sections"),
        ("2021年,全市对重点河流、湖库共设地表水监测点位64个。", "64个", "monitored_sections"),
        (
            "2012年,“五江一溪”水质达到或优于国家地表水Ⅲ类标准要求的占81.4%。",
            "占81.4%",
            "surface_water_good_share",
        ),
        (
            "2014年,全市地表水达到Ⅲ类以上水质类别的断面占56.8%。",
            "占56.8%",
            "surface_water_good_share",
        ),
        (
            "2022年,全市77个断面中,水质达到或优于地表水环境质量Ⅲ类标准的断面有61个、占79.2%。",
            "占79.2%",
            "surface_water_good_share",
        ),
    ],
)
def test_a_registry_row_fits_what_was_proposed(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert _link(text, figure, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        # a share of the total dust, no total
        ("工业烟(粉)尘排放量1029.3万吨,占全国烟(粉)尘排放总量的83.4%。", "83.4%", "dust_emissions"),
        # a count of cities with acid rain, no frequency
        ("全省23个城市中,福清、泉州和南平等3个城市酸雨频率为100%。", "3个", "acid_rain_frequency"),
        # the acid rain cities' share keeps its row
        ("2012年，全省酸雨城市比例为36.0%。", "36.0%", "acid_rain_frequency"),
        # a groundwater network's points
        ("2021年,全市共设地下水水质监测点5118个。", "5118个", "monitored_sections"),
        # a share of a river length by the bound
        (
            "3558公里评价河长中,水质符合和优于Ⅲ类水的河长为2925公里,占评价河长的82.2%。",
            "82.2%",
            "surface_water_good_share",
        ),
        # the bound without a share
        ("全市水质达到或优于Ⅲ类标准的断面有61个。", "61个", "surface_water_good_share"),
    ],
)
def test_the_new_forms_take_no_other_measure(text: str, figure: str, code: str, hant: bool) -> None:
    assert _link(text, figure, hant) != code


# ------------------------------------------------------------------ guards: untreated, storage


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        ("2020年,全市污水处理能力为每天4.5万吨。", "每天4.5万吨", "wastewater_treatment_capacity"),
        ("2021年,全省河道外供用水量160.3亿立方米。", "160.3亿立方米", "water_use_total"),
    ],
)
def test_the_capacity_and_the_use_keep_their_rows(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert _link(text, figure, hant) == code


@pytest.mark.parametrize("hant", [False, True])
def test_a_reservoirs_storage_is_no_water_use(hant: bool) -> None:
    text = (
        "2021年,全省供河道外用水的大、中、小型水库以及坝塘年末蓄水总量85.15亿立方米,"
        "较上年增加4.2%。"
    )
    code, subject = _row(text, "85.15亿立方米", hant)
    assert code.startswith("proposed_")
    assert subject.endswith("年末蓄水总量")


# ------------------------------------------------------------------------ petition batches

BATCHES = [
    ("截至4月20日10时,中央第四生态环境保护督察组分13批累计向江西转办群众举报材料1298件。", "13批"),
    (
        "中央第五环保督察组对四川开展环保督察期间,先后向达州交办35批次386件环境信访投诉问题。",
        "35批次",
    ),
    ("“回头看”期间,中央环保督察组共向哈尔滨市转交信访案件36批次2074件。", "36批次"),
    ("截至目前共计接收到中央第六环保督察组二十批次共计1190件交办件。", "二十批次"),
    ("中央第五生态环境保护督察组转办新疆二十六批共计1597件信访件。", "二十六批"),
    ("截至目前,督察组已向我省交办生态环境信访举报问题二十七批次共2145件。", "二十七批次"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), BATCHES)
def test_batches_of_petitions_in_either_counter(text: str, figure: str, hant: bool) -> None:
    assert _link(text, figure, hant) == "petition_batches"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("截至目前,督察组已分五批公开通报25个典型案例。", "五批"),  # cases published, no petitions
        ("本轮督察分两批对全省17个市(州)展开。", "两批"),  # the inspection's rounds
        ("今年共抽检食品1200批次,合格率98%。", "1200批次"),  # samples tested
    ],
)
def test_other_batches_are_no_petition_batches(text: str, figure: str, hant: bool) -> None:
    assert _link(text, figure, hant) != "petition_batches"


def test_batch_counters_are_one_counter() -> None:
    assert counters_compatible("批次", "批")
    assert not counters_compatible("批次", "次")
    assert not counters_compatible("批", "件")


def test_handed_heads_helper() -> None:
    heads = ("信访", "举报")
    assert _handed_heads("累计向江西转办群众举报材料1298件", heads) == [11]
    assert _handed_heads("公开通报25个典型案例", heads) == []
    assert _handed_heads("对全省17个市展开", heads) == []


# ------------------------------------------------------------------------- petition parts


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("截至9月13日,第十七批交办案件共2487件。交办督办案件1件。", "1件", "交办督办案件"),
        ("列为重点关注案件共13件,交办督办案件0件。", "0件", "交办督办案件"),
        (
            "2017年全市共受理各类环境信访投诉案件76件,其中全国环境保护信访信息系统转办案件9件,已全部办结。",
            "9件",
            "信访信息系统转办案件",
        ),
    ],
)
def test_a_petitions_part_keeps_its_name(text: str, figure: str, part: str, hant: bool) -> None:
    code, subject = _row(text, figure, hant)
    assert code == "petitions_handled"
    assert part in subject
    assert "（" in subject  # the whole's name, the part in brackets


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("截至9月13日,第十七批交办案件共2487件。", "2487件", "交办件"),  # the batch itself
        ("今日,督察组向我省督办信访件96件。", "96件", "信访件"),  # 督办 hands the batch over
    ],
)
def test_the_whole_batch_is_no_part(text: str, figure: str, subject: str, hant: bool) -> None:
    assert _row(text, figure, hant) == ("petitions_handled", subject)
