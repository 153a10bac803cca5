"""reg40: the registry's coverage, fourth round (issue 13; hand check 28's registry rows).

- A count in 家 after 查封扣押 (``查封扣押19家``) is the registry's ``seizure_cases``, which
  counts cases or the enterprises sealed up (unit ``count``, action ``seize:enterprise``
  beside ``seize:case``), as ``rectification_orders`` counts enterprises or cases ordered.
- 裁处/裁罚 (Taiwan's wording of an administrative penalty) are verbs of the ``penalize``
  class: cases by 件 (``裁處5128件``, ``裁處37件違反廢棄物清理法案件``), amounts by the
  unit (``裁罰3853萬元``).
- A bare count whose measure word only one of its verb's object classes is counted in takes
  that class (of a penalty's objects only cases are counted in 件).
- A row where the corpus writes a measure often and a definition can be cited:
  ``population_density`` (人口密度, 人/km2).
- A registry form in an earlier clause names no figure of a later clause that has words of
  its own after another figure, nor a count in the generic 个 of a row counted in a measure
  word of its own (``调阅资料18661份，对104个市(州)开展下沉督察``: the 104 are no documents).
"""

from __future__ import annotations

import pytest
from tests.report_rows import nth_written_code as _code

from envindicators import datasets
from envindicators.extract._actions import _class_of_measure

# ------------------------------------------------------------- enterprises sealed up

SEAL = "目前全省共责令停产整改158家，查封扣押19家，取缔关闭55家。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (SEAL, "19家", "seizure_cases"),
        ("其中责令停产企业65家、查封扣押39家。", "39家", "seizure_cases"),
        ("全市立案处罚11家，查封扣押1家，关停取缔3家。", "1家", "seizure_cases"),
        ("2020年，全市依法查封扣押企业12家。", "12家", "seizure_cases"),
    ],
)
def test_enterprises_sealed_up_are_seizures(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # cases stay cases, equipment stays equipment, the siblings keep their rows
        ("2020年，株洲市查封扣押案件46起。", "46起", "seizure_cases"),
        ("责令限期整改28件、停产整改16件、查封扣押2件。", "2件", "seizure_cases"),
        ("依法查封扣押违法设备12台。", "12台", "illegal_equipment_removed"),
        (SEAL, "158家", "enterprises_suspended"),
        (SEAL, "55家", "enterprises_closed"),
    ],
)
def test_seizures_of_other_things_keep_their_rows(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


def test_the_seizure_row_counts_cases_or_enterprises() -> None:
    reg = datasets.load("indicators").set_index("code")
    row = reg.loc["seizure_cases"]
    assert row["unit"] == "count"
    assert {"seize:case", "seize:enterprise"} <= set(str(row["action"]).split(";"))
    assert "seize:equipment" not in str(row["action"])


# ------------------------------------------------------------- 裁处 / 裁罚

NOISE = "噪音陈情案件中，头份市40件及苗栗市34件，共裁罚26件，罚锾金额56万元。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (
            "112年总计裁处37件违反废弃物清理法案件，其中有8件乱丢烟蒂。",
            "37件",
            "env_violation_cases",
        ),
        (
            "民众检举乱丢垃圾共1万3千多件，裁处5128件，其中乱丢烟蒂占7成。",
            "5128件",
            "env_violation_cases",
        ),
        (NOISE, "26件", "env_violation_cases"),
        ("截至2月28日止，已裁罚12件。", "12件", "env_violation_cases"),
    ],
)
def test_a_penalty_in_taiwan_wording_counts_cases_or_firms(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # an amount stays the fines, whichever verb
        ("告发裁处151件，裁罚3853万元。", "3853万元", "fines_total"),
        ("稽查18件，总计裁处金额为16万元。", "16万元", "fines_total"),
        (NOISE, "56万元", "fines_total"),
    ],
)
def test_a_penalty_amount_stays_the_fines(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # 从业者 are persons, counted in 人: no firms
        ("全县环保从业者1200人。", "1200人", "enterprises_penalized"),
        # the petitions received are no penalty cases
        ("今年共受理民众陈情1200件。", "1200件", "env_violation_cases"),
        # firms not registered (业者 is no head of the enterprises registered)
        ("未登记回收业者由5家减为4家。", "4家", "enterprises_inventoried"),
    ],
)
def test_near_wordings_are_no_penalty_count(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code


@pytest.mark.parametrize(
    ("measure", "classes", "expected"),
    [
        ("件", {"case"}, "case"),  # the only class counted in 件
        ("家", {"enterprise", "coal_mine"}, "enterprise"),  # the class 家 is first of
        ("件", {"petition", "clue"}, None),  # two classes counted in 件
        ("个", {"enterprise"}, None),  # the generic 个 names none
        ("处", {"coal_mine", "mine"}, None),
    ],
)
def test_the_class_of_a_measure_word(measure: str, classes: set[str], expected: str | None) -> None:
    assert _class_of_measure(measure, classes) == expected


# ------------------------------------------------------------- documents reviewed

PROV = (
    "各督察组共与70名市级领导进行了个别谈话，赴68个部门和单位开展了走访问询，调阅资料5497份，"
    "分赴50个县区现场检查各类点位999个，公开曝光第一批典型案例5个。"
)
LOOK = (
    "进驻期间，督察组共计走访问询省级有关部门和单位80个，调阅资料18661份，"
    "对104个市(州)开展下沉督察。"
)
BATCH = (
    "累计走访问询省级有关部门和单位139个，调阅资料5.4万余份，对84个地市(区、县)开展下沉督察"
    "或补充督察，制作笔录近1000份，并初步核实一批问题。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [(PROV, "999个"), (LOOK, "104个"), (BATCH, "近1000份")],
)
def test_a_later_count_is_no_documents_reviewed(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) != "documents_reviewed"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (PROV, "5497份"),
        (LOOK, "18661份"),
        (BATCH, "5.4万余份"),
        ("督察期间，督察组共调阅各类资料25814份，开展个别谈话538人次。", "25814份"),
    ],
)
def test_the_documents_reviewed_keep_their_row(text: str, written: str, hant: bool) -> None:
    assert _code(text, written, hant) == "documents_reviewed"


@pytest.mark.parametrize("hant", [False, True])
def test_a_petitions_split_in_ge_keeps_its_row(hant: bool) -> None:
    # a petition's problems are counted in 个: a case's counter is no counter of its own
    text = "从信访举报件生态环境问题类型来看，涉及大气6个、水3个、噪声4个。"
    assert _code(text, "6个", hant) == "petitions_handled"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        # a form in an earlier clause still names a figure without words of its own
        ("全市环境空气优良天数，2020年为320天。", "320天", "good_air_days"),
        ("全省查处环境违法案件，共计1200件。", "1200件", "env_violation_cases"),
    ],
)
def test_a_form_in_an_earlier_clause_still_names_a_bare_figure(
    text: str, written: str, code: str, hant: bool
) -> None:
    assert _code(text, written, hant) == code


# ------------------------------------------------------------- population density


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        (
            "2004年澳门陆地总面积为27.5平方公里，人口密度为每平方公里16,921人。",
            "每平方公里16,921人",
            "population_density",
        ),
        ("2020年全市人口密度为每平方公里1200人。", "每平方公里1200人", "population_density"),
    ],
)
def test_the_new_rows_link_their_measure(text: str, written: str, code: str, hant: bool) -> None:
    assert _code(text, written, hant) == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "written", "not_code"),
    [
        # the land's area and the population are no density
        (
            "2004年澳门陆地总面积为27.5平方公里，人口密度为每平方公里16,921人。",
            "27.5平方公里",
            "population_density",
        ),
        ("2020年全市常住人口为120万人。", "120万人", "population_density"),
    ],
)
def test_the_new_rows_take_no_other_measure(
    text: str, written: str, not_code: str, hant: bool
) -> None:
    assert _code(text, written, hant) != not_code
