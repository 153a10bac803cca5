"""reg39: the registry's coverage, third round (issue 13; hand check 27's registry rows).

- A count's head after a count's name (``查封扣押案件数量上升100%``, ``按日连续处罚案件数量
  为31件``) is the count itself: 数量, 总数, 个数 are no other quantity of a count indicator.
- An enumeration mark between a name's words (``查封、扣押案件``, ``限产和停产``) is folded
  in matching every registry form (``_lexicon.fold_enumeration``): one spelling per alias.
- 出动 + person-times (``共出动2.8万人次``, ``出动执法人员3182人次``) is the registry's staff
  deployed, by the ``action`` column (``deploy:personnel``; the unit decides).
- The counter decides between petitions and their batches: ``交办举报案件3批`` is the batches
  row (counted in 批), ``…210件`` the petitions.
- The reports a count's words name last (``…平台共接到群众举报信息2997条``) are what it
  counts: the name before them (黑臭水体, the platform's topic) is no measure of it.
- A name with its leading modifier reworded (``日常连续处罚案件`` for 按日连续处罚案件) is
  linked by likeness, low and to review.
- A count of divisions with 均/全部 is the province's whole only after the whole's words.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import nth_written_code as _code
from tests.report_rows import nth_written_row as _row

from envindicators import datasets
from envindicators.extract._indicators import reports_counted
from envindicators.extract._lexicon import Lexicon, fold_enumeration
from envindicators.extract._places import divisions_whole

# ------------------------------------------------------------- a count's own number


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("其中，按日连续处罚案件数量上升31%。", "上升31%", "daily_penalty_cases"),
        ("1-11月，适用查封、扣押案件数量上升100%。", "上升100%", "seizure_cases"),
        ("全年移送拘留案件数量上升89%。", "上升89%", "detention_transfer_cases"),
        ("全省按日连续处罚案件数量为31件。", "31件", "daily_penalty_cases"),
        ("全省查封扣押案件总数为120件。", "120件", "seizure_cases"),
    ],
)
def test_a_count_head_after_a_count_name_is_the_count(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # another quantity head after a name stays another quantity
        ("全省化学需氧量排放量下降3%。", "下降3%", "cod_concentration"),
        ("全市二氧化硫浓度为30微克/立方米。", "30微克/立方米", "so2_emissions"),
    ],
)
def test_other_quantity_heads_still_name_another_quantity(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


# ------------------------------------------------------------- enumeration marks


@pytest.mark.parametrize(
    ("form", "folded"),
    [
        ("查封、扣押案件", "查封扣押案件"),
        ("适用限产、停产案件", "适用限产停产案件"),
        ("限产和停产", "限产停产"),
        ("查封/扣押", "查封扣押"),
        ("查封,扣押", "查封扣押"),
        ("普及率", "普及率"),  # a character of a word: kept
        ("以及", "以及"),
        ("PM2.5/PM10", "PM2.5/PM10"),  # no Han on either side
        ("重度及以上污染天数", "重度以上污染天数"),
    ],
)
def test_fold_enumeration(form: str, folded: str) -> None:
    assert fold_enumeration(form) == folded


def test_the_registry_writes_each_alias_once_without_its_marks() -> None:
    """One home: an alias and its spelling with a mark are one form, so the registry keeps
    the spelling without marks only."""
    reg = datasets.load("indicators")
    for code, name, aliases in zip(reg["code"], reg["name_zh"], reg["aliases"], strict=True):
        written = [str(name)] + (str(aliases).split(";") if isinstance(aliases, str) else [])
        folded = [fold_enumeration(a) for a in written]
        assert len(set(folded)) == len(set(written)), (code, written)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("全年查封、扣押案件1728件。", "1728件", "seizure_cases"),
        ("全年查封和扣押案件20件。", "20件", "seizure_cases"),
        ("全年限产、停产案件624件。", "624件", "production_limit_cases"),
        ("全年限产及停产案件5件。", "5件", "production_limit_cases"),
        ("截至目前，查封扣押23起，限产、停产92起。", "92起", "production_limit_cases"),
    ],
)
def test_a_name_written_with_marks_between_its_words_is_the_name(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


def test_a_mark_between_two_names_makes_no_third() -> None:
    lex = Lexicon.from_registry(datasets.load("indicators"))
    found = lex.find("全市普及率、覆盖率均提高。")
    assert "普率" not in set(found["form"])
    # the forms found keep their registry spelling
    found = lex.find("查封、扣押案件20件")
    assert list(found["form"]) == ["查封扣押案件"]


# ------------------------------------------------------------- staff deployed


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("截至目前，全省环保系统共出动2.8万人次，检查企业8100余家次。", "2.8万人次"),
        ("全市出动执法人员3182人次，检查企业2家。", "3182人次"),
        ("专项行动期间出动环保执法人员113人次，已立案4件。", "113人次"),
        ("出动近百人次，查缉22名嫌犯到案。", "近百人次"),
    ],
)
def test_staff_sent_out_in_person_times_is_staff_deployed(
    text: str, written: str, hant: bool
) -> None:
    assert _code(text, written, hant) == "enforcement_personnel_deployed"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("出动2架次空拍机巡查，巡查总面积达186公顷。", "2架次"),  # drones' flights
        ("全年出动巡查11470余次。", "11470余次"),  # patrols (巡查's)
        ("共出动车辆800台次。", "800台次"),  # vehicle-times: no staff
        ("全市出动警力500人。", "500人"),  # persons, no person-times (reg38)
    ],
)
def test_deploying_other_things_is_no_staff_deployed(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) != "enforcement_personnel_deployed"


# ------------------------------------------------------------- batches of petitions


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("截至8月30日，中央督察组交办举报案件3批共210件。", "3批"),
        ("2016年，省环保厅收到督察组转办的信访件5批。", "5批"),
        ("督察期间，共受理群众投诉4批。", "4批"),
    ],
)
def test_petitions_counted_in_batches_are_the_batches(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) == "petition_batches"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        ("截至8月30日，中央督察组交办举报案件3批共210件。", "210件", "petition_batches"),
        ("全年共抽检食品3批。", "3批", "petition_batches"),  # no petitions
        ("全年共抽检样品3批，群众举报12件。", "3批", "petition_batches"),
    ],
)
def test_other_counts_are_no_batches(text: str, written: str, not_code: str, hant: bool) -> None:
    assert _code(text, written, hant) != not_code


# ------------------------------------------------------------- reports counted


@pytest.mark.parametrize(
    ("gap", "measure", "form", "expected"),
    [
        ("公众监督平台共接到群众举报信息", "条", "黑臭水体", True),
        ("公众监督平台共接到群众举报信息2997条,", "条", "黑臭水体", True),
        ("整治监管平台共收到公众举报线索", "件", "黑臭水体", True),
        ("收到群众投诉共", "件", "噪声", True),
        ("共接到群众举报信息", "个", "黑臭水体", False),  # no measure word of reports
        ("共接到群众举报信息2997条,", "件", "黑臭水体", False),  # another measure word
        ("共", "件", "信访举报件", False),  # the name is the reports' own
        ("整治完成", "条", "黑臭水体", False),  # no reports written
    ],
)
def test_reports_counted(gap: str, measure: str, form: str, expected: bool) -> None:
    assert reports_counted(gap, measure, form) is expected


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "written", ["2997条", "2904条"], ids=["the reports", "the next count in 条"]
)
def test_reports_a_platform_receives_are_no_count_of_its_topic(written: str, hant: bool) -> None:
    text = (
        "截至目前，全国城市黑臭水体公众监督平台共接到群众举报信息2997条，2904条已受理，"
        "其中有效举报信息1449条，涉及黑臭水体330个。"
    )
    assert _code(text, written, hant) != "black_odorous_water_bodies"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "截至目前，全国城市黑臭水体公众监督平台共接到群众举报信息2997条，"
            "其中有效举报信息1449条，涉及黑臭水体330个。",
            "330个",
        ),
        ("全市黑臭水体共12条。", "12条"),
    ],
)
def test_water_bodies_counted_stay_water_bodies(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) == "black_odorous_water_bodies"


@pytest.mark.parametrize("hant", [False, True])
def test_water_bodies_whose_remediation_is_done_are_remediated(hant: bool) -> None:
    """``黑臭水体整治完成5条``: five waters remediated — the registry's
    ``black_odorous_water_remediated`` (its form ``黑臭水体整治``, gold45), no count of all."""
    assert _code("全市建成区黑臭水体整治完成5条。", "5条", hant) == "black_odorous_water_remediated"


# ------------------------------------------------------------- a reworded name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("其中，日常连续处罚案件392起，罚款51062.34万元。", "392起"),
        ("其中，每日连续处罚案件数增加64%。", "增加64%"),
    ],
)
def test_a_reworded_modifier_links_by_likeness_to_review(
    text: str, written: str, hant: bool
) -> None:
    row = _row(text, written, hant)
    assert row["indicator"] == "daily_penalty_cases"
    assert row["confidence"] == "low"
    assert row["needs_review"]
    assert "linked by likeness" in str(row["note"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # another modifier in place of the form's: another thing
        ("全市大气污染防治项目12个。", "12个", "soil_remediation_projects"),
        ("其中，逐步连续处罚案件12起。", "12起", "daily_penalty_cases"),
    ],
)
def test_another_modifier_is_no_reworded_name(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


def test_near_form_keeps_the_forms_distinctive_words() -> None:
    lex = Lexicon.from_registry(datasets.load("indicators"))
    assert lex.near_form("日常连续处罚案件")[:2] == ("daily_penalty_cases", "按日连续处罚案件")
    assert lex.near_form("按日连续处罚案件") is None  # the form itself
    assert lex.near_form("连续处罚案件") is None  # nothing in place of 按日
    assert lex.near_form("大气污染防治项目") is None


def test_near_form_in_a_small_registry() -> None:
    reg = pd.DataFrame(
        {
            "code": ["d", "v"],
            "name_zh": ["按日连续处罚案件", "环境违法案件"],
            "unit": ["件", "件"],
            "direction": ["neutral", "neutral"],
        }
    )
    lex = Lexicon.from_registry(reg)
    assert lex.near_form("每日连续处罚案件数") == ("d", "按日连续处罚案件", "连续处罚案件")
    assert lex.near_form("一般环境违法案件") is None  # the form itself, whole


# ------------------------------------------------------------- divisions: all of them


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("全省13个设区市均完成年度目标任务。", 2, 5, "设区市"),
        ("全区12个盟市全部完成。", 2, 5, "盟市"),
        ("9个市州均完成年度目标任务。", 0, 2, None),  # no whole's words: a set, maybe a part
        ("其中8个设区市全部完成。", 2, 4, None),
        ("全省14个市州中，8个市州完成。", 2, 5, "市州"),  # a denominator needs none
    ],
)
def test_all_of_the_divisions_is_the_whole_only_after_its_words(
    text: str, start: int, end: int, expected: str | None
) -> None:
    assert divisions_whole(text, start, end) == expected


@pytest.mark.parametrize("hant", [False, True])
def test_divisions_that_all_did_something_without_the_whole_name_no_count(hant: bool) -> None:
    assert _code("2018年，9个市州均完成年度目标任务。", "9个", hant) != "prefectures_count"


# ------------------------------------------------------------- reg38's bare-verb aliases


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # kept: the corpus writes the act as the measure's whole name before its count
        ("全省拘留287人；立案侦查595件。", "595件", "criminal_cases_filed"),
        ("责令限期整改28件、停产整改16件、查封扣押2件。", "16件", "enterprises_suspended"),
        ("责令限期整改28件、停产整改16件、查封扣押2件。", "2件", "seizure_cases"),
        ("按日连续处罚2件、查封扣押17件、责令限产停产7件。", "7件", "production_limit_cases"),
        ("全省责令整改964件、立案查处237件。", "237件", "env_violation_cases"),
        ("环保局全年裁罚3853万元。", "3853万元", "fines_total"),
        # 移送拘留 dropped (never written alone before a count): its 案件 form stays
        ("全年移送拘留案件数量为3397件。", "3397件", "detention_transfer_cases"),
    ],
)
def test_the_kept_act_aliases_link_their_corpus_forms(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


def test_the_dropped_act_alias_is_gone() -> None:
    reg = datasets.load("indicators").set_index("code")
    assert "移送拘留" not in str(reg.loc["detention_transfer_cases", "aliases"]).split(";")


@pytest.mark.parametrize("hant", [False, True])
def test_a_case_count_after_a_fine_verb_is_no_fine(hant: bool) -> None:
    assert _code("环保局共稽查34件，共裁罚26件。", "26件", hant) != "fines_total"


# ------------------------------------------------------------- documents reviewed


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("督察组走访调研52个有关部门，调阅资料11602份，核查点位218个。", "11602份"),
        ("督察期间，督察组共调阅各类资料25814份。", "25814份"),
        ("走访问询有关部门和单位139个，调阅资料5.4万余份。", "5.4万余份"),
    ],
)
def test_documents_an_inspection_reviewed(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) == "documents_reviewed"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("督察组走访调研52个有关部门，调阅资料11602份，核查点位218个。", "52个"),
        ("督察组走访调研52个有关部门，调阅资料11602份，核查点位218个。", "218个"),
        ("全市共发放宣传资料5000份。", "5000份"),  # leaflets handed out, no review
    ],
)
def test_other_counts_beside_the_documents_are_no_documents(
    text: str, written: str, hant: bool
) -> None:
    assert _code(text, written, hant) != "documents_reviewed"
