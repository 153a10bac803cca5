"""reg38: the registry's coverage, second round (issue 13).

- Persons are counted in 名 and 位 as in 人 (``units`` group ``person_counters``):
  ``102名干部被问责`` is the registry's persons held accountable, ``约谈3位企业负责人`` its
  persons summoned.  Person-times (``约谈92人次``) are no persons: a unit of its own, the
  count stays proposed; a rank (``第3名``) is no count.
- A denominator the subject names once for a ``分别`` list (``万元GDP和万元工业增加值用水量
  分别为105.7立方米和79.6立方米``) is every member's: the second figure is per 万元 too and
  takes its own row (the parser's ``_inherit_denominator``).
- A count of a province's prefecture-level divisions written as the whole or as a denominator
  (``全省14个市州中``, ``12个盟市…由高至低依次为``) is the registry's ``<level word>数``
  (``prefectures_count``); a count of the divisions that did something is not.
- Registry forms the corpus writes: ``断面水质优良率`` (the share of sections of good
  quality), ``万元GDP用水量``.
"""

from __future__ import annotations

import pytest
from tests.report_rows import nth_written_code as _code
from tests.report_rows import nth_written_row as _row
from tests.report_rows import report_rows
from tests.scripts import to_traditional

from envindicators.extract._places import divisions_whole
from envindicators.units import extract_quantities
from envindicators.units.counters import counters_compatible

# ------------------------------------------------------------------ persons in 名 and 位


def test_person_counters_convert_to_each_other_and_person_times_do_not() -> None:
    assert counters_compatible("名", "人")
    assert counters_compatible("位", "人")
    assert counters_compatible("名", "位")
    assert not counters_compatible("人次", "人")
    assert not counters_compatible("名", "家")  # persons are no enterprises


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("截至目前，全省已有102名干部被问责。", "102名", "officials_held_accountable"),
        ("督察期间共问责领导干部86名，约谈12名。", "86名", "officials_held_accountable"),
        ("督察期间共问责领导干部86名，约谈12名。", "12名", "persons_summoned"),
        ("全市共约谈3位企业负责人。", "3位", "persons_summoned"),
        ("全年问责18199名党政领导干部。", "18199名", "officials_held_accountable"),
    ],
)
def test_persons_counted_in_ming_and_wei_link_the_person_rows(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("目前，四市已上报办结809件，约谈92人次，问责5人。", "92人次"),  # person-times
        ("全市共约谈严重违法企业12家。", "12家"),  # enterprises, not persons
        ("共诫勉12名干部。", "12名"),  # a verb no row holds
    ],
)
def test_counts_of_no_persons_or_of_other_acts_stay_proposed(
    text: str, written: str, hant: bool
) -> None:
    code = _code(text, written, hant)
    assert code.startswith("proposed_"), code


def test_a_rank_in_ming_is_no_count_of_persons() -> None:
    rows = report_rows("该市空气质量综合指数排名全省第3名，问责5人。")
    assert (
        not (rows["written"].str.contains("3名")).any()
        or not (
            rows[rows["written"].str.contains("3名")]["indicator"] == "officials_held_accountable"
        ).any()
    )
    assert _code("该市空气质量综合指数排名全省第3名，问责5人。", "5人", False) == (
        "officials_held_accountable"
    )


# ------------------------------------------------------------------ a list's denominator

WATER = "全省万元GDP和万元工业增加值用水量分别为105.7立方米和79.6立方米。"
WATER2 = "全市万元地区生产总值用水量和万元工业增加值用水量分别为40立方米、25立方米。"
ENERGY = "全市万元GDP能耗和万元工业增加值能耗分别为0.5吨标准煤和0.8吨标准煤。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (WATER, "105.7立方米", "water_use_intensity_gdp"),
        (WATER, "79.6立方米", "water_use_intensity_industry"),
        (WATER2, "40立方米", "water_use_intensity_gdp"),
        (WATER2, "25立方米", "water_use_intensity_industry"),
        (ENERGY, "0.5吨标准煤", "energy_intensity"),
        (ENERGY, "0.8吨标准煤", "industrial_energy_intensity"),
    ],
)
def test_each_member_of_a_list_per_wan_yuan_takes_its_row(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (WATER, ["立方米/万元", "立方米/万元"]),
        (ENERGY, ["吨标准煤/万元", "吨标准煤/万元"]),
        # another measure after the list's mark: no member of it, its own unit
        ("万元GDP用水量为50立方米和用水总量3000立方米", ["立方米/万元", "立方米"]),
        # a total a hundred times larger is no member either
        ("万元GDP能耗为0.5吨标准煤和2万吨标准煤", ["吨标准煤/万元", "吨标准煤"]),
    ],
)
def test_the_parser_gives_the_subjects_denominator_to_the_lists_members(
    text: str, units: list[str]
) -> None:
    for t in (text, to_traditional(text)):
        got = [str(u) for u in extract_quantities(t)["unit"]]
        assert got == units


# ------------------------------------------------------------------ a province's divisions

DIVISIONS_WHOLE = [
    ("全省14个市州中，8个市州空气质量达标。", "14个"),
    ("全省14个市州空气质量优良天数比例均值为90%。", "14个"),
    ("12个盟市优良天数比例由高至低依次为：呼伦贝尔市(100.0%)、锡林郭勒盟(100.0%)。", "12个"),
    ("全省21个地级市PM2.5平均浓度为30微克/立方米。", "21个"),
    ("全省13个设区市均完成年度目标任务。", "13个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "written"), DIVISIONS_WHOLE)
def test_a_provinces_whole_count_of_prefectures_is_prefectures_count(
    text: str, written: str, hant: bool
) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "prefectures_count"
    assert row["role"] == "context"  # still the frame of the figures after it


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("移交举报件涉及贵州省5个市州。", "5个"),  # the divisions the petitions concern
        ("全省有8个市州完成整改。", "8个"),  # those that did something
        ("8个市州完成年度目标任务。", "8个"),
        ("全省14个市州中，8个市州空气质量达标。", "8个"),  # the part of the whole
        # a selection of them, its members listed: a part too
        ("2018年我区环境空气质量相对较差的3个盟市依次是乌海市、包头市和呼和浩特市。", "3个"),
        ("全省11个城市PM2.5平均浓度为30微克/立方米。", "11个"),  # cities of any level
    ],
)
def test_a_count_of_divisions_that_did_something_is_not(
    text: str, written: str, hant: bool
) -> None:
    assert _code(text, written, hant) != "prefectures_count"


@pytest.mark.parametrize(
    ("text", "at", "word"),
    [
        ("全省14个市州中，8个市州完成", (2, 5), "市州"),
        ("全省14个市州中，8个市州完成", (10, 12), None),
        ("在12个盟市中排名第3", (1, 4), "盟市"),
        ("我区12个盟市优良天数比例平均为88%", (2, 5), "盟市"),
        ("全省8个市州空气质量达标", (2, 4), None),
        ("同时涉及2个市州", (4, 6), None),
        ("全省5个县(市、区)均完成", (2, 4), None),  # counties, not prefectures
        ("空气质量相对较差的3个盟市依次是乌海市", (9, 11), None),  # a selection
    ],
)
def test_divisions_whole(text: str, at: tuple[int, int], word: str | None) -> None:
    assert divisions_whole(text, *at) == word
    assert divisions_whole(to_traditional(text), *at) == word


# ------------------------------------------------------------------ forms the corpus writes


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (
            "水环境质量方面，主要河流监测断面水质优良率达到87.7%。",
            "87.7%",
            "surface_water_good_share",
        ),
        ("全省国控断面水质优良率为90.2%。", "90.2%", "surface_water_good_share"),
        ("全省万元GDP用水量为45立方米。", "45立方米", "water_use_intensity_gdp"),
    ],
)
def test_forms_the_corpus_writes(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
def test_a_sea_areas_good_share_is_no_surface_water_share(hant: bool) -> None:
    code = _code("全省近岸海域水质优良率为85.3%。", "85.3%", hant)
    assert code != "surface_water_good_share"


# ------------------------------------------------------------------ rows added (families)

USE = (
    "全省用水总量为330.2亿立方米，其中生活用水40.1亿立方米，工业用水80.5亿立方米，"
    "农业用水200亿立方米。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (USE, "330.2亿立方米", "water_use_total"),
        (USE, "40.1亿立方米", "water_use_domestic"),
        (USE, "80.5亿立方米", "water_use_industrial"),
        (USE, "200亿立方米", "water_use_agricultural"),
    ],
)
def test_water_use_by_sector(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("全市工业用水重复利用率为92%。", "92%", "water_use_industrial"),  # a rate of reuse
        # the total's alias is no storage total (a loose likeness of 用水 and 总量 aside)
        (
            "全省用水总量为330.2亿立方米，其中生活用水40.1亿立方米。",
            "330.2亿立方米",
            "water_use_domestic",
        ),
        ("全省有城乡生活用水水源地12个。", "12个", "water_use_domestic"),  # sources, no volume
    ],
)
def test_neighbours_of_the_new_rows_are_not_them(
    text: str, written: str, code: str, hant: bool
) -> None:
    rows = report_rows(text, hant=hant)
    hit = rows[rows["written"] == written]
    assert hit.empty or code not in set(hit["indicator"])
