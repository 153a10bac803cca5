"""reg28: registry indicators that fit a figure and were not linked (issue 13, hand check 17).

Classes: the head of a change after a registry name (``单位国内生产总值能耗降低率为16%``: the
change of the energy intensity); a pollutant named alone with a verb of emitting or reducing
(``氮氧化物(NOx)减量16%``: the emission's); a share written with its whole and the part as an
amount of the whole's kind (``煤炭消费量占能源消费总量的66%``); the opening bracket of an aside
before 其中 (``168件(其中来电53件)``: a channel of the petitions).  And the near forms that must
not link: another quantity head, a concentration named, a pollutant the registry has no
emission row of, a share qualified by a sector.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row, report_row
from tests.scripts import to_traditional

from envindicators.extract._lexicon import substance_named
from envindicators.extract._linking import share_parts, share_with_whole

#: (text, figure, registry code): a change whose words name a registry measure and the head
#: of a change (降低率, 下降率, 增长率) is that measure's change.
CHANGE_HEAD = [
    ("“十二五”期间，全省单位国内生产总值能耗降低率为16%。", "16%", "energy_intensity"),
    ("2016年，全市万元GDP能耗下降率为3.5%。", "3.5%", "energy_intensity"),
    ("“十三五”期间，该省单位GDP能耗降低率达到17.5%。", "17.5%", "energy_intensity"),
    ("2015年，全市化学需氧量排放量降低率为5%。", "5%", "cod_emissions"),
]

#: (text, figure, code it must not be): another quantity head, or no change.
NOT_A_CHANGE = [
    # a rate of another quantity after the name: no energy intensity
    ("2016年，全市单位GDP能耗为0.5吨标准煤/万元，综合利用率为80%。", "80%", "energy_intensity"),
    # an emission's change is no concentration's, 降低率 or not
    ("2015年，全市化学需氧量排放量降低率为5%。", "5%", "cod_concentration"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), CHANGE_HEAD)
def test_a_change_head_after_a_registry_name_is_its_change(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code
    assert row["kind"] == "change_relative"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_A_CHANGE)
def test_another_quantity_head_still_rules_a_name_out(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != code


#: (text, figure, registry code): a pollutant named alone, with a verb of emitting or reducing.
EMISSION = [
    ("2023年，氮氧化物(NOx)减量16%、非甲烷总烃减量8%。", "16%", "nox_emissions"),
    ("2015年，全市氮氧化物削减16%。", "16%", "nox_emissions"),
    ("2016年，全年NOx减排8.5%。", "8.5%", "nox_emissions"),
    ("2019年，全市化学需氧量减量2.3万吨。", "2.3万吨", "cod_emissions"),
    ("2017年，全省二氧化硫削减5.2%，氨氮削减3.1%。", "5.2%", "so2_emissions"),
]

#: (text, figure, code it must not be).
NOT_EMISSION = [
    # a concentration is named: no emission
    ("2019年，全市二氧化硫浓度削减5%。", "5%", "so2_emissions"),
    # a standard in a concentration's unit: no emission total
    ("该厂执行的氮氧化物排放标准为100毫克/立方米。", "100毫克", "nox_emissions"),
    # a reduction of PM2.5's emissions is no PM2.5 concentration (no registry emission row)
    ("2018年，全市PM2.5减量12%。", "12%", "pm25_concentration"),
    # sulphur oxides are not the registry's sulphur dioxide
    ("2023年，硫氧化物(SOx)减量22%。", "22%", "so2_emissions"),
    # an amount reduced (a level after the verb) is no emissions' total
    (
        "该工程投运后每年可减排化学需氧量800吨、二氧化硫600吨、氮氧化物900吨。",
        "900吨",
        "nox_emissions",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), EMISSION)
def test_a_pollutant_named_alone_with_an_emission_verb_is_its_emission(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_EMISSION)
def test_no_emission_without_its_words(text: str, figure: str, code: str, hant: bool) -> None:
    # any table: an amount a project is expected to cut is projected (role44), not observed
    rows = first_figure_row(text, figure, hant=hant)
    assert rows["indicator"] != code


def test_a_concentration_keeps_its_indicator_when_it_falls() -> None:
    row = report_row("2020年，全市臭氧浓度下降5%。", "5%")
    assert row["indicator"] == "o3_concentration"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("氮氧化物(NOx)", "氮氧化物"),
        ("氮氧化物（NOx）", "氮氧化物"),
        ("NOx", "NOx"),
        ("二氧化硫", "二氧化硫"),
        ("化學需氧量", "化学需氧量"),
        ("工业二氧化硫", None),
        ("氮氧化物排放量", None),
        ("非甲烷总烃", None),
        ("", None),
    ],
)
def test_substance_named(words: str, name: str | None) -> None:
    assert substance_named(words) == name


#: (text, figure): a share written with its whole, the part an amount of the whole's kind.
SHARE_WHOLE = [
    ("2014年，煤炭消费量占能源消费总量的66%，清洁能源消费量占能源消费总量的16.9%。", "66%"),
    ("2020年，全省煤炭消费量占能源消费总量的比重下降到58%。", "58%"),
    ("去年全国煤炭消费量占能源消费总量的比重为59%。", "59%"),
    ("2019年，江苏省煤炭消费占能源消费总量的60%。", "60%"),
    ("2018年，煤炭消费量占能源消费总量的比重比上年下降1.5个百分点。", "1.5个百分点"),
]

#: (text, figure): a share of a part qualified by a sector, or of another whole or part.
NOT_SHARE_WHOLE = [
    ("2019年，工业领域煤炭占能源消费总量的比重为45%。", "45%"),
    ("2019年，规模以上工业煤炭消费量占能源消费总量的比重为45%。", "45%"),
    ("2014年，煤炭消费量占能源消费总量的66%，清洁能源消费量占能源消费总量的16.9%。", "16.9%"),
    ("2019年，天然气消费量占能源消费总量的比重为8%。", "8%"),
    ("2019年，全省原煤产量占全国总产量的30%。", "30%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), SHARE_WHOLE)
def test_a_share_written_with_its_whole_links_the_registry_share(
    text: str, figure: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "coal_share_energy_consumption"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_SHARE_WHOLE)
def test_a_qualified_or_other_share_is_no_registry_share(
    text: str, figure: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != "coal_share_energy_consumption"


_SHARES = share_parts(
    [("煤炭占能源消费总量比重", "coal"), ("高耗能行业能耗占规模以上工业能耗比重", "hi")]
)


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("全国煤炭消费量占能源消费总量的", ("coal", "煤炭消费量占能源消费总量的", 2)),
        ("煤炭消费量占能源消费总量的比重为", ("coal", "煤炭消费量占能源消费总量的比重", 0)),
        ("工业领域煤炭占能源消费总量的比重为", ("coal", "煤炭占能源消费总量的比重", 4)),
        (
            "高耗能行业能耗占规模以上工业能耗的比重为",
            ("hi", "高耗能行业能耗占规模以上工业能耗的比重", 0),
        ),
        ("煤炭产量占全国总产量的", None),  # another whole
        ("天然气消费量占能源消费总量的", None),  # another part
        ("煤炭占能源消费总量的比重为60%，下降", None),  # the share is not the figure's
    ],
)
def test_share_with_whole(words: str, found: tuple[str, str, int] | None) -> None:
    assert share_with_whole(words, _SHARES) == found


#: (text, figure): a channel inside an aside opened by 其中 is a split of the petitions.
ASIDE = [
    ("督察组转办第九批信访举报件共计168件(其中来电53件,来信115件)。", "53件"),
    ("督察组转办第九批信访举报件共计168件（其中来电53件）。", "53件"),
    ("4月20日，督察组交办信访举报件共计45件(其中来信12件)。", "12件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ASIDE)
def test_a_channel_in_an_aside_is_a_split_of_the_petitions(
    text: str, figure: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "petitions_handled"


@pytest.mark.parametrize("hant", [False, True])
def test_a_non_channel_in_an_aside_is_no_split(hant: bool) -> None:
    text = "督察组转办第九批信访举报件共计168件(其中重复件3件)。"
    row = report_row(to_traditional(text) if hant else text, "3件")
    assert row["indicator"] != "petitions_handled"
