"""The role of a count: places of a quality, the size of a set, zones (issue 13, role28).

* A count of places (cities, provinces, districts) whose clause says they are of a quality
  (``166个城市环境空气质量达标``, ``239个城市…超标``) counts the places of that quality — an
  outcome — not the size of a set (:func:`envindicators.extract._indicators._qualified_count`);
  a whole a part is taken of (``338个城市中``), all of them (``均达到``) or a share's base
  (``…达到二级标准的比例为``) stays context.
* A count of objects whose set another count joins or nests (``5个…水源地和1个…水源地水质达标率``,
  ``9个设区市的30个水源地…达标率``), or whose pollutant is named with digits (``PM2.5平均浓度``),
  or whose total is given (``蓄水总量``), is the scope of that figure: context
  (:func:`envindicators.extract._scope_counts.scope_count`); a list of works done stays outcomes.
* ``城中村`` is no "among" (``8个城中村…改造``: an outcome).
* A count of provinces, regions or prefecture cities by their group nouns (``8个省区``,
  ``11个设区市``, ``12个盟市``) describes the subject, as ``城市`` and ``省份`` did.
* A length after 邻近/附近 draws a zone (``邻近1公里内``): context.
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.report_rows import row_of, span_of
from tests.scripts import both_scripts

from envindicators.extract._indicators import _qualified_count
from envindicators.extract._roles import not_data
from envindicators.extract._scope_counts import scope_count
from envindicators.units import normalize_text, to_simplified

_row = partial(row_of, at_start=True)  # the figure is where its written form begins


# ------------------------------------------------------------- places of a quality

_PLACES_OF_A_QUALITY = both_scripts(
    [
        ("2020年，全国166个城市环境空气质量达标，同比减少2个。", "166个"),
        ("2017年，全省有8个城市空气质量达到二级标准。", "8个"),
        ("全国338个地级及以上城市中，121个城市环境空气质量达标，占35.8%。", "121个"),
        ("2016年，仍有239个城市环境空气质量超标，占比70.7%。", "239个"),
        ("2018年，全区7个设区市空气质量未达标。", "7个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _PLACES_OF_A_QUALITY)
def test_a_count_of_places_of_a_quality_is_an_outcome(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] == "observations"
    assert row["role"] == "outcome"


_SETS_OF_PLACES = both_scripts(
    [
        ("全国338个地级及以上城市中，121个城市环境空气质量达标。", "338个"),
        ("2019年，全区5个地级城市均达到二级标准。", "5个"),
        ("全国113个环境保护重点城市达到二级标准的比例为73.5%。", "113个"),
        ("长三角地区41个城市平均优良天数比例为85.2%。", "41个"),
        ("空气质量相对较差的20个城市依次是安阳、邢台、石家庄。", "20个"),
        ("前8个月，全省11个城市空气质量优良天数平均234天。", "11个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure"), _SETS_OF_PLACES)
def test_a_set_of_places_stays_context(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "context"


@pytest.mark.parametrize(
    ("after", "qualified"),
    [
        ("城市环境空气质量达标", True),
        ("家企业超标", True),
        ("个断面水质达到优良", True),
        ("城市中", False),
        ("个国控断面均达到Ⅱ类", False),
        ("重点城市达到二级标准的比例为73.5%", False),
        ("城市平均优良天数比例为85.2%", False),
    ],
)
def test_qualified_count(after: str, qualified: bool) -> None:
    words = normalize_text(to_simplified(after)).text
    assert (_qualified_count(words) is not None) is qualified


# ------------------------------------------------------------- the size of a set

_SCOPES = both_scripts(
    [
        ("全国705座大型水库和3729座中型水库年末蓄水总量比年初增加52亿立方米。", "705座", "座"),
        ("全国705座大型水库和3729座中型水库年末蓄水总量比年初增加52亿立方米。", "3729座", "座"),
        ("湛江市区5个地下饮用水源地和1个地表水水源地水质达标率均为100%。", "5个", "个"),
        ("全省9个设区市的30个集中式饮用水水源地水质达标率为96.7%。", "9个", "个"),
        ("全区11个城市PM2.5平均浓度为35微克/立方米。", "11个", "个"),
        ("全县106座大中型水库蓄水总量12634万立方米。", "106座", "座"),
        ("环保重点城市397个集中式饮用水水源地取水总量为217.6亿吨。", "397个", "个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure", "unit"), _SCOPES)
def test_the_set_a_figure_is_taken_over_is_context(text: str, figure: str, unit: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, unit, "level") is not None
    assert _row(text, figure)["table"] == "context"


_WORKS = both_scripts(
    [
        ("辽宁省完成20个重点河段、1959个入河入海排污口整治。", "20个", "个"),
        ("全市新建3个污水处理厂和2座垃圾焚烧厂，总投资12亿元。", "3个", "个"),
        ("包括107个水污染减排项目和11个大气污染减排项目。", "107个", "个"),
        ("有47个断面总磷浓度、40个断面化学需氧量浓度逐年上升。", "40个", "个"),
        ("推进7个行业出产点总量减半。", "7个", "个"),
    ],
    every_text=True,
)


@pytest.mark.parametrize(("text", "figure", "unit"), _WORKS)
def test_counts_of_works_or_findings_are_no_scope(text: str, figure: str, unit: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, unit, "level") is None


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("2017年，完成8个城中村整村拆迁改造任务。", "8个"),
            ("全区拆除重建12个城中村，改造老旧小区30个。", "12个"),
        ],
        every_text=True,
    ),
)
def test_a_village_in_the_city_is_no_among(text: str, figure: str) -> None:
    s, e = span_of(text, figure)
    assert scope_count(text, s, e, "个", "level") is None
    assert _row(text, figure)["table"] == "observations"


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("中央环保督察组公布了内蒙古、黑龙江、宁夏等8个省区的整改典型案例。", "8个"),
            ("全省11个设区市城区生活垃圾基本实现清洁化焚烧处理。", "11个"),
            ("禁止中部4个盟市开发新建外售房地产项目。", "4个"),
        ],
        every_text=True,
    ),
)
def test_a_count_of_provinces_or_cities_by_group_noun_is_context(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "context"


# ------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    both_scripts(
        [
            ("人口密集处邻近1公里内未设有空气品质感测器", "1公里", "公里"),
            ("学校附近500米范围内禁止设置露天烧烤", "500米", "米"),
            ("矿区周边3公里内的村庄", "3公里", "公里"),
        ],
        every_text=True,
    ),
)
def test_a_length_that_draws_a_zone_is_no_data(text: str, written: str, unit: str) -> None:
    s, e = span_of(text, written)
    assert not_data(text, s, e, unit, written) == "the extent of a zone"


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    both_scripts(
        [
            ("新建污水管网100公里", "100公里", "公里"),
            ("邻近河道清淤12公里", "12公里", "公里"),
        ],
        every_text=True,
    ),
)
def test_a_length_of_work_is_data(text: str, written: str, unit: str) -> None:
    s, e = span_of(text, written)
    assert not_data(text, s, e, unit, written) is None


# ------------------------------------------------------------- done: 已…办结/销号


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("到12月底前，我县受理的40个中央交办群众信访件已全部办结。", "40个"),
            ("到2018年底，全市受理的120件信访件已全部办结。", "120件"),
            ("截至目前，反馈的36个问题已销号29个。", "29个"),
        ],
        every_text=True,
    ),
)
def test_cases_told_as_closed_are_outcomes(text: str, figure: str) -> None:
    row = _row(text, figure)
    assert row["table"] == "observations"


@pytest.mark.parametrize(
    ("text", "figure"),
    both_scripts(
        [
            ("到2018年底，全市120件信访件要全部办结。", "120件"),
            ("确保2019年底前已交办的56件信访件全部办结销号。", "56件"),
        ],
        every_text=True,
    ),
)
def test_cases_promised_closed_stay_targets(text: str, figure: str) -> None:
    assert _row(text, figure)["table"] == "targets"
