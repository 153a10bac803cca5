"""read_report: targets in words that bound a change or say none, roles, class shares (word17).

Class 1 — words with no figure that imply a target (:mod:`envindicators.extract._word_targets`):
``无`` right before a registry form that should fall is ``eq 0`` of it; no growth
(零增长, 不再增加, 不新增, 只减不增) is a change ``le 0`` % of what should fall; no fall
(不降低, 不下降) a change ``ge 0`` % of what should rise; no new units (禁止新上, 严禁新建) is
``eq 0`` of a registry count of new units, never 0 of the ones standing.  Never a loose match,
never a row for a form of the wrong direction or a statement of what was done.

Class 2 — roles: the items of a bullet list under a heading of targets, tasks or requirements
(a year allowed in it) are targets; a date that names tasks by when they are due
(``本应于2022年完成的任务``) is no deadline of the later sentences of its paragraph.

Class 3 — a registry share of one water-quality class (Ⅰ～Ⅲ类, 劣Ⅴ类) never links a member of
a ``分别`` list that names another class.  Both scripts throughout; hypothesis properties.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

import envindicators.datasets as datasets
from envindicators.extract import read_report
from envindicators.extract._lexicon import water_classes
from envindicators.extract._phrases import list_member
from envindicators.extract._scope import names_by_due_date
from envindicators.extract._word_targets import IMPLIED_NOTE, implied_figures
from envindicators.units import normalize_text, to_simplified


def _targets(text: str) -> pd.DataFrame:
    return read_report(text, source="x.txt").targets


def _implied(tgt: pd.DataFrame) -> pd.DataFrame:
    return tgt[tgt["note"].astype(str).str.contains(IMPLIED_NOTE, regex=False)]


def _bounded(tgt: pd.DataFrame) -> pd.DataFrame:
    """Targets of a change bounded by 0 (the parser reads 零增长 itself; the words the rest)."""
    return tgt[(tgt["kind"] == "change_relative") & (tgt["value"] == 0.0)]


def _direction(code: str) -> str:
    return str(datasets.load("indicators").set_index("code").loc[code, "direction"])


def _script(text: str, hant: bool) -> str:
    return to_traditional(text) if hant else text


# ============================================================ class 1: 无 — none of it
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("城市建成区无黑臭水体", "black_odorous_water_bodies"),
        ("全市基本无黑臭水体", "black_odorous_water_bodies"),
        ("县城无黑臭水体", "black_odorous_water_bodies"),
    ],
)
def test_none_of_a_form_is_zero(clause: str, code: str, hant: bool) -> None:
    rows = _implied(_targets(_script(f"到2020年，{clause}。", hant)))
    assert rows[["indicator", "comparator", "kind", "value"]].values.tolist() == [
        [code, "eq", "level", 0.0]
    ]
    assert pd.Timestamp(rows.iloc[0]["deadline"]) == pd.Timestamp(2020, 12, 31)
    assert bool(rows.iloc[0]["needs_review"]) or rows.iloc[0]["confidence"] != "high"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，检查城市建成区有无黑臭水体。",  # 有无: a question
        "到2020年，城市建成区无法消除的黑臭水体须上报。",  # 无 before no form
        "2019年，全市已无黑臭水体。",  # what is: no promise
        "到2020年，全市无PM2.5超标天数。",  # no registry form right after 无
    ],
)
def test_none_without_a_frame_makes_no_row(text: str, hant: bool) -> None:
    tgt = _targets(_script(text, hant))
    assert not (_implied(tgt)["value_text"].astype(str).str.startswith(("无", "無"))).any()


# ============================================================ class 1: no growth, no fall
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("主要农作物化肥使用量实现零增长", "fertiliser_use_total"),
        ("农药使用量不再增加", "pesticide_use_total"),
        ("煤炭消费总量只减不增", "coal_consumption_total"),
        ("不新增黑臭水体", "black_odorous_water_bodies"),
    ],
)
def test_no_growth_is_a_change_of_at_most_zero(clause: str, code: str, hant: bool) -> None:
    rows = _bounded(_targets(_script(f"到2020年，{clause}。", hant)))
    assert rows[["indicator", "comparator", "kind", "value", "unit"]].values.tolist() == [
        [code, "le", "change_relative", 0.0, "%"]
    ]
    assert _direction(code) == "lower"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("word", ["不降低", "不下降"])
def test_no_fall_is_a_change_of_at_least_zero(word: str, hant: bool) -> None:
    rows = _bounded(_targets(_script(f"到2020年，空气质量优良天数比例{word}。", hant)))
    assert rows[["indicator", "comparator", "kind", "value"]].values.tolist() == [
        ["good_air_days_share", "ge", "change_relative", 0.0]
    ]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，PM2.5浓度不下降。",  # no fall of what should fall: no bound implied
        "到2020年，空气质量优良天数比例零增长。",  # no growth of what should rise
        "2019年，化肥使用量已实现零增长。",  # stated as done
        "到2020年，化肥使用量零增长，比2015年下降3%。",  # a figure written for it
    ],
)
def test_bounds_of_the_wrong_direction_or_done_make_no_row(text: str, hant: bool) -> None:
    assert _implied(_bounded(_targets(_script(text, hant)))).empty


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("word", ["禁止新上", "严禁新上", "不再新上"])
def test_no_new_units_is_zero_new_units(word: str, hant: bool) -> None:
    text = _script(f"到2020年，全省{word}新型干法水泥生产线。", hant)
    rows = _implied(_targets(text))
    assert rows[["indicator", "comparator", "value"]].values.tolist() == [
        ["new_cement_lines_approved", "eq", 0.0]
    ]


def test_no_new_units_is_never_zero_of_the_standing_ones() -> None:
    """禁止新建 of what stands (黑臭水体) bounds its growth; it never brings it to 0."""
    for hant in (False, True):
        rows = _implied(_targets(_script("到2020年，城市建成区禁止新建黑臭水体。", hant)))
        assert not ((rows["kind"] == "level") & (rows["value"] == 0.0)).any()
        assert (rows["comparator"] == "le").all()


_LOWER = {
    "化肥使用量": "fertiliser_use_total",
    "农药使用量": "pesticide_use_total",
    "煤炭消费总量": "coal_consumption_total",
}
_HIGHER = {"空气质量优良天数比例": "good_air_days_share"}


@settings(max_examples=15, deadline=None)
@given(
    year=st.integers(2018, 2035),
    word=st.sampled_from(["零增长", "不再增加", "不再增长", "只减不增", "不降低", "不下降"]),
    obj=st.sampled_from(sorted(_LOWER | _HIGHER)),
    lead=st.sampled_from(["", "实现", "确保", "基本"]),
    hant=st.booleans(),
)
def test_bound_words_property(year: int, word: str, obj: str, lead: str, hant: bool) -> None:
    """A bound word of a form: a row only where the bound fits the indicator's direction
    (no growth of what should fall, no fall of what should rise), a change bounded by 0 %,
    never high, to review when hedged."""
    text = _script(f"到{year}年底，{obj}{lead}{word}。", hant)
    rows = _bounded(_targets(text))
    growth = word in ("零增长", "不再增加", "不再增长", "只减不增")
    code = (_LOWER | _HIGHER)[obj]
    fits = (obj in _LOWER) == growth
    if not fits:  # (the parser reads 零增长 by itself: only the words' rows are checked)
        assert _implied(rows).empty
        return
    assert rows[["indicator", "comparator", "kind", "value", "unit"]].values.tolist() == [
        [code, "le" if growth else "ge", "change_relative", 0.0, "%"]
    ]
    assert pd.Timestamp(rows.iloc[0]["deadline"]) == pd.Timestamp(year, 12, 31)
    assert rows.iloc[0]["confidence"] != "high"
    if lead == "基本":
        assert bool(rows.iloc[0]["needs_review"])


def test_implied_figures_kinds() -> None:
    got = implied_figures(
        "到2020年，化肥使用量零增长，優良天數比例不降低，禁止新上水泥生产线，无黑臭水体"
    )
    assert got["implied"].tolist() == ["growth", "fall", "new", "none"]


# ============================================================ class 2: roles
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "heading",
    ["确定2021年空气质量目标", "2021年主要目标：", "2021年工作要求", "二、2021年重点任务"],
)
def test_bullets_under_a_target_heading_are_targets(heading: str, hant: bool) -> None:
    text = _script(
        f"{heading}\n2020年，全市优良天数达到330天，PM2.5浓度为32微克/立方米，完成全年任务。\n"
        "●优良天数不低于317天 ●PM2.5浓度达到30.5微克/立方米左右\n",
        hant,
    )
    r = read_report(text, source="x.txt")
    tgt = r.targets
    assert sorted(tgt["value"].tolist()) == [30.5, 317.0]
    assert (pd.to_datetime(tgt["deadline"]) == pd.Timestamp(2021, 12, 31)).all()
    # the prose paragraph between reports 2020: its figures stay outcomes
    assert {330.0, 32.0} <= set(r.observations["value"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("heading", ["2020年工作成效", "目标完成情况", "主要做法"])
def test_bullets_under_another_heading_are_not_targets(heading: str, hant: bool) -> None:
    text = _script(f"{heading}\n●优良天数达到330天 ●PM2.5浓度降至32微克/立方米\n", hant)
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    assert {330.0, 32.0} <= set(r.observations["value"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "due",
    [
        "提前完成1项本应于2022年完成的任务",
        "2022年底前完成的整改任务已完成3项",
        "应于2022年完成整改的任务均已完成",
    ],
)
def test_a_due_date_naming_tasks_is_no_deadline_of_later_sentences(due: str, hant: bool) -> None:
    text = _script(f"一年来，全市{due}。全市国考断面水质优良比例提高到75.7%。", hant)
    r = read_report(text, source="x.txt")
    assert 75.7 not in set(r.targets["value"])
    assert 75.7 in set(r.observations["value"])


@pytest.mark.parametrize("hant", [False, True])
def test_a_deadline_that_promises_still_dates_later_sentences(hant: bool) -> None:
    text = _script("全市应于2022年底前完成整改。全市国考断面水质优良比例提高到80%。", hant)
    tgt = read_report(text, source="x.txt").targets
    assert 80.0 in set(tgt["value"])


@pytest.mark.parametrize(
    ("text", "end", "named"),
    [
        ("本应于2022年完成的任务", 8, True),
        ("2021年底前完成的整改任务", 5, True),
        ("應於2022年完成的任務", 7, True),
        ("应于2022年底前完成整改", 7, False),
        ("2022年的目标是", 5, False),
    ],
)
def test_names_by_due_date(text: str, end: int, named: bool) -> None:
    assert names_by_due_date(text, pd.DataFrame({"end": [end]})) is named


# ============================================================ class 3: water classes
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("tail", ["水质断面分别占", "水质断面比例分别为"])
def test_a_class_member_never_takes_another_class_share(tail: str, hant: bool) -> None:
    text = _script(
        f"2015年，全国967个地表水国控断面中，Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类{tail}64.5%、26.7%和8.8%。",
        hant,
    )
    obs = read_report(text, source="x.txt").observations.set_index("value")
    assert obs.loc[64.5, "indicator"] == "surface_water_good_share"
    assert obs.loc[26.7, "indicator"] not in (
        "surface_water_good_share",
        "surface_water_worse_than_v_share",
    )
    assert obs.loc[8.8, "indicator"] != "surface_water_good_share"


@settings(max_examples=12, deadline=None)
@given(
    order=st.permutations(["Ⅰ～Ⅲ类", "Ⅳ～Ⅴ类", "劣Ⅴ类"]),
    hant=st.booleans(),
    share=st.sampled_from(["水质断面比例", "水质断面"]),
)
def test_class_list_property(order: list[str], hant: bool, share: str) -> None:
    """Whatever the order of the classes: no figure links a registry share of a class it
    is not, and each member keeps its own class in its subject."""
    values = [64.5, 26.7, 8.8]
    members = "、".join(order[:2]) + "和" + order[2]
    text = _script(
        f"2015年，全省国控断面中，{members}{share}分别为{values[0]}%、{values[1]}%和{values[2]}%。",
        hant,
    )
    obs = read_report(text, source="x.txt").observations.set_index("value")
    registry = datasets.load("indicators").set_index("code")
    for cls, v in zip(order, values, strict=True):
        code = str(obs.loc[v, "indicator"])
        own = water_classes(normalize_text(cls).text)
        assert own <= water_classes(normalize_text(str(obs.loc[v, "subject"])).text)
        if code in registry.index:
            forms = [registry.loc[code, "name_zh"], *str(registry.loc[code, "aliases"]).split(";")]
            named = [water_classes(normalize_text(f).text) for f in forms]
            assert not any(c and c != own for c in named) or any(c == own for c in named)


def test_list_member_of_classes() -> None:
    assert list_member("Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类水质断面", 2, 3) == "劣Ⅴ类水质断面"
    assert list_member("Ⅰ～Ⅲ類、Ⅳ～Ⅴ類和劣Ⅴ類水質斷面", 0, 3) == "Ⅰ～Ⅲ類水質斷面"
    assert list_member("I-III类、IV类和劣V类水体", 1, 3) == "IV类水体"


# ============================================ a zero or full word inside a measure's name
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年底，城区黑臭水体消除比例达到90%以上。",  # 消除比例: the share eliminated
        "到2020年，燃煤小锅炉淘汰率达到100%。",
        "2020年底前，散乱污企业取缔数量不少于50家。",
        "到2020年，整改任务完成率达到95%。",
        "到2020年，城镇生活污水收集处理率达到95%，黑臭水体消除率达到90%。",
    ],
)
def test_a_word_before_a_measures_noun_names_the_measure_and_implies_nothing(
    text: str, hant: bool
) -> None:
    assert implied_figures(_script(text, hant)).empty
    assert _implied(_targets(_script(text, hant))).empty


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("到2020年底，基本消除城市建成区黑臭水体。", "消除"),  # the act, its object after it
        ("2020年底前，全面淘汰10蒸吨以下燃煤锅炉。", "淘汰"),
        ("到2020年，城市建成区黑臭水体全部消除，比例达到100%。", "消除"),  # a clause break first
    ],
)
def test_a_zero_word_before_its_object_still_implies_zero(text: str, word: str, hant: bool) -> None:
    got = implied_figures(_script(text, hant))
    assert got["implied"].tolist() == ["zero"]
    assert to_simplified(got["text"].iloc[0]) == word
