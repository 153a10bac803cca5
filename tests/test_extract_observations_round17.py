"""The bundled reports' missing and spurious observations, round 17 (issue 13, branch obs17).

* a page that gathers several provinces' reports says so above its first item
  (``7省(市)公开中央环境保护督察整改落实情况`` … ``三十七、晋中市…``): the city or county its
  first item names is that item's subject, not the document's.  Read at the level the
  opening counts, the document's region is that division's province, and unsure (one of the
  provinces gathered) — never the first item's city for every figure of the document.
  A count of one, a count written after the name, or 省 opening a word of its own
  (``24个省考断面``, ``11个省直单位``) is no such opening.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import observation_of
from tests.scripts import SCRIPTS, in_script, to_traditional

from envindicators import regions
from envindicators.extract import read_report
from envindicators.extract._places import Places, gathers_provinces
from envindicators.units import to_chinese_integer, to_simplified

# ----------------------------------------------------------------- a page of gathered provinces

#: Openings that count the provinces gathered, then a first item naming a city.
GATHERED = [
    ("7省(市)公开中央环境保护督察整改落实情况\n三十七、晋中市污水处理设施建设滞后。", "晋中市"),
    ("七省市中央环保督察整改任务已完成近六成\n一、吕梁市岚县污水处理厂超标排放。", "吕梁市"),
    ("8省区公开中央环境保护督察整改方案\n(一)长春市黑臭水体整治。", "长春市"),
    ("5个省份公布整改进展\n1.抚顺市饮用水水源地问题。", "抚顺市"),
    ("八省区公开整改情况\n一、临汾市汾河治理。", "临汾市"),
    ("第二轮督察3省(区)公开整改方案\n一、南京市长江岸线整治。", "南京市"),
]
#: Openings that do not: the city's own report, a count of one, a count after the name,
#: 省 opening a word of its own.
NOT_GATHERED = [
    ("晋中市关于中央环境保护督察整改落实情况的报告\n全国31省中排名靠前。", "晋中市"),
    ("晋中市整改情况。比上年多一个省。", "晋中市"),
    ("24个省考断面达标率为91.7%。晋中市水质总体良好。", "晋中市"),
    ("会同11个省直单位开展检查。晋中市完成整改。", "晋中市"),
    ("6个省控小流域考核断面。雅安市水质为优。", "雅安市"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "city"), GATHERED)
def test_gathered_provinces_read_at_province_level(text: str, city: str, script: str) -> None:
    written = in_script(text, script)
    assert gathers_provinces(written, city)
    province = regions.region_of(regions.resolve(city).province_code).name
    assert Places.build().region_and_confidence(written) == (province, 0)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "city"), NOT_GATHERED)
def test_other_openings_keep_their_division(text: str, city: str, script: str) -> None:
    written = in_script(text, script)
    assert not gathers_provinces(written, city)
    assert Places.build().region_and_confidence(written) == (city, 1)


PAGE = (
    "北极星\n\n7省(市)公开中央环境保护督察整改落实情况\n\n2018-09-28 15:08来源:生态环境部\n\n"
    "三十七、晋中市太榆退水渠污染问题突出,督察时仍未完成。\n\n"
    "整改情况:晋中市新建污水管网12公里。\n\n"
    "三十八、吕梁市岚县污水处理厂超标排放。\n\n"
    "整改情况:针对岚县污水处理厂一期工程(3000吨/日)超标排放问题,实施改造。\n\n"
    "四十、全省共排查砖瓦粘土厂2207个,其中立案查处213件。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_figures_of_a_gathered_page(script: str) -> None:
    text = in_script(PAGE, script)
    # the first item's city stays the region of its own figures
    assert observation_of(text, "12公里")["region"] == "晋中市"
    # a county named by its figure's sentence is its region
    assert observation_of(text, "3000吨/日")["region"] == "岚县"
    # 全省 and the figures no place names are the province's, not the first item's city
    for value in ("2207个", "213件"):
        row = observation_of(text, value)
        assert row["region"] == "山西省"


@pytest.mark.parametrize("script", SCRIPTS)
def test_single_city_report_unchanged(script: str) -> None:
    text = in_script(
        "晋中市关于中央环境保护督察整改落实情况的报告\n\n全市新建污水管网12公里,"
        "排查砖瓦粘土厂207个。\n",
        script,
    )
    for value in ("12公里", "207个"):
        assert observation_of(text, value)["region"] == "晋中市"


_CITIES = ["晋中市", "吕梁市", "长春市", "抚顺市", "南京市", "临汾市", "泉州市", "武威市"]
_UNITS = ["省", "省(市)", "省区", "省市", "个省份", "省(区、市)", "个省(区)"]


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=34),
    numerals=st.booleans(),
    unit=st.sampled_from(_UNITS),
    city=st.sampled_from(_CITIES),
    traditional=st.booleans(),
    before=st.booleans(),
)
def test_property_province_count_before_the_city(
    n: int, numerals: bool, unit: str, city: str, traditional: bool, before: bool
) -> None:
    """A count of two or more provinces above the first city makes the province the
    document's region (unsure); a count of one, or one after the city, changes nothing."""
    count = to_chinese_integer(n) if numerals else str(n)
    headline = f"{count}{unit}公开中央环境保护督察整改落实情况"
    item = f"一、{city}污水处理设施建设滞后。"
    text = f"{headline}\n{item}" if before else f"{item}\n{headline}"
    if traditional:
        text = to_traditional(text)
    region, conf = Places.build().region_and_confidence(text)
    if before and n >= 2:
        assert (region, conf) == (
            regions.region_of(regions.resolve(city).province_code).name,
            0,
        )
    else:
        assert (region, conf) == (city, 1)


# ----------------------------------------------------------------- one at a time: no count

#: Runs that do a thing one at a time: the 一X figures are no counts.
ONE_AT_A_TIME = [
    ("对非法倾倒、填埋等违法违规行为,发现一起,查处一起。", ["一起"]),
    ("建立销号制度,整改一项、评估一项、公示一项、验收一项、销号一项。", ["一项"]),
    ("坚持成熟一个、推进一个,全力推进项目建设。", ["一个"]),
    ("对违法企业做到发现一家、关停一家。", ["一家"]),
]


def _all_rows(text: str) -> pd.DataFrame:
    r = read_report(text, source="x.txt")
    return pd.concat([r.observations, r.targets], ignore_index=True)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "values"), ONE_AT_A_TIME)
def test_one_at_a_time_is_no_row(text: str, values: list[str], script: str) -> None:
    rows = _all_rows(in_script(text, script))
    written = set(rows["value_text"].map(to_simplified))
    assert not written & set(values), rows[["value_text", "indicator"]]


#: A single 一X, or two different classifiers, are counts as before.
ONE_COUNTED = [
    ("全市共查处环境违法案件一起,罚款5万元。", "一起"),
    ("新建污水处理厂一座、污水管网一条。", "一座"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value"), ONE_COUNTED)
def test_single_one_still_counted(text: str, value: str, script: str) -> None:
    from envindicators.extract._roles import not_data

    written = in_script(text, script)
    at = written.find(in_script(value, script))
    assert not_data(written, at, at + 2, value[-1], written[at : at + 2]) is None


@settings(max_examples=40, deadline=None)
@given(
    verbs=st.lists(
        st.sampled_from(["发现", "查处", "整改", "销号", "验收", "关停", "推进", "成熟"]),
        min_size=2,
        max_size=5,
        unique=True,
    ),
    unit=st.sampled_from(list("起项个批件处家座")),
    mark=st.sampled_from(["、", ",", "，"]),
    traditional=st.booleans(),
)
def test_property_run_one_at_a_time(
    verbs: list[str], unit: str, mark: str, traditional: bool
) -> None:
    """Every 一X of a run ``V一X、V一X…`` (same classifier) is no data; a run of mixed
    classifiers is not such a run for its odd member."""
    from envindicators.extract._roles import not_data

    text = "坚持" + mark.join(f"{v}一{unit}" for v in verbs) + "。"
    if traditional:
        text = to_traditional(text)
    at = 0
    for _ in verbs:
        at = text.index("一", at)
        assert not_data(text, at, at + 2, text[at + 1], text[at : at + 2]) is not None
        at += 2
