"""Hong Kong's environmental ordinances as a sign of a Hong Kong text (regions._territory).

環保署 / 環境保護署 is the name of Hong Kong's Environmental Protection Department and of
Taiwan's agency until 2023, so a text whose only sign is that name is of no territory
(its figures stay without a region).  Hong Kong's ordinances on the environment
(《空氣污染管制條例》 Cap. 311, 《廢物處置條例》 Cap. 354 …) are named by no other
territory: Taiwan's laws of the same fields are 法 (空氣污染防制法, 噪音管制法), the
mainland's 防治法 or a 管理条例.  The EPD's monthly conviction figures name them.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from envindicators import regions
from envindicators.extract import read_report
from envindicators.units import to_simplified

HONG_KONG = "810000"
ORDINANCES = [
    "空氣污染管制條例",
    "水污染管制條例",
    "廢物處置條例",
    "噪音管制條例",
    "保護臭氧層條例",
    "海上傾倒物料條例",
    "環境影響評估條例",
    "產品環保責任條例",
    "汽車引擎空轉（定額罰款）條例",
    "公眾潔淨及防止妨擾規例",
]


def _scripts(text: str) -> list[str]:
    return [text, to_simplified(text)]


@pytest.mark.parametrize("name", ORDINANCES)
def test_an_ordinance_with_the_shared_agency_name_is_hong_kong(name: str) -> None:
    for text in _scripts(f"環保署公布九月份檢控數字。違反《{name}》的個案有11宗。"):
        got = regions.document_territory(text)
        assert got is not None, text
        assert got.code == HONG_KONG, (text, got)


def test_the_shared_agency_name_alone_tells_no_territory() -> None:
    for text in _scripts("環保署公布九月份檢控數字。被定罪的個案共有27宗。"):
        got = regions.document_territory(text)
        assert got is None or got.code != HONG_KONG or not got.sure, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        # Taiwan's laws of the same fields are 法, not 條例
        "環保署依《空氣污染防制法》告發違規車輛1,200件。",
        "環保署依《噪音管制法》處分金額達300萬元。",
        "環保署依《廢棄物清理法》查核事業廢棄物。",
        # the mainland's regulations are 条例 too, with other names
        "《北京市大气污染防治条例》实施以来，全市处罚违法行为3000起。",
        "《排污许可管理条例》施行后，全国核发排污许可证30万张。",
    ],
)
def test_other_territories_laws_are_no_hong_kong_sign(text: str) -> None:
    signs = regions.territory_signs(text)
    # Hong Kong's only signs are the shared agency names: the law adds none
    assert signs.get(HONG_KONG, 0) == text.count("環保署"), signs


@pytest.mark.parametrize("simplified", [False, True])
def test_a_conviction_report_reads_its_figures_as_hong_kongs(simplified: bool) -> None:
    text = (
        "環保署公布九月份檢控數字\n"
        "被定罪的個案中，違反《空氣污染管制條例》的個案有11宗；違反《噪音管制條例》的個案有14宗。"
        "一間公司因違反牌照規定，被罰款三萬元，為九月份錄得最高的罰款額。"
    )
    if simplified:
        text = to_simplified(text)
    obs = read_report(text).observations
    assert len(obs) >= 3
    assert set(obs["region"].astype(str)) == {"香港特别行政区"}, obs[["value_text", "region"]]


@given(
    name=st.sampled_from(ORDINANCES),
    count=st.integers(min_value=1, max_value=999),
    month=st.integers(min_value=1, max_value=12),
    simplified=st.booleans(),
)
def test_any_ordinance_in_any_script_makes_the_text_hong_kongs(
    name: str, count: int, month: int, simplified: bool
) -> None:
    text = f"環境保護署公布{month}月份檢控數字。違反《{name}》的個案有{count}宗。"
    if simplified:
        text = to_simplified(text)
    got = regions.document_territory(text)
    assert got is not None, text
    assert got.code == HONG_KONG, (text, got)
    assert got.sure, (text, got)
