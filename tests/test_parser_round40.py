"""Parser round 40 (branch read29): heldout22's failures (issue 10).

Each class is tested in both scripts with sentences written for the tests (not copied from the
corpus) and with the negative cases the rule must leave alone.
"""

from __future__ import annotations

import math

import pytest
from tests.scripts import both_scripts, texts_in_both_scripts

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[str, float, float, float, str, str, str]]:
    df = extract_quantities(text)
    return [
        (
            str(r.text),
            float(r.value),
            float(r.low),
            float(r.high),
            str(r.unit),
            str(r.qualifier),
            str(r.kind),
        )
        for r in df.itertuples(index=False)
    ]


# --- 1. bands of an index written without a unit: one range each, never a single value ---------
@pytest.mark.parametrize(
    ("text", "bands"),
    both_scripts(
        [
            ("AQI为0~50属于良好等级;51~100为普通等级。", [(0.0, 50.0), (51.0, 100.0)]),
            ("AQI为0～50属于优,51～100属于良。", [(0.0, 50.0), (51.0, 100.0)]),
            ("AQI 0-50为优，51-100为良，101-150为轻度污染。", [(0, 50), (51, 100), (101, 150)]),
            ("空气质量指数为0至50属于一级。", [(0.0, 50.0)]),
            ("PSI为0~50属于良好，51~100为普通。", [(0.0, 50.0), (51.0, 100.0)]),
        ]
    ),
)
def test_index_bands_are_ranges(text: str, bands: list[tuple[float, float]]) -> None:
    rows = _rows(text)
    assert [(r[2], r[3]) for r in rows] == [(float(lo), float(hi)) for lo, hi in bands]
    assert all(r[5] == "range" and r[4] == "dimensionless" for r in rows)
    assert all(math.isnan(r[1]) for r in rows)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["AQI为0~50时空气质量良好。", "AQI为51~100时可以外出。"]),
)
def test_an_unclosed_band_gives_no_single_value(text: str) -> None:
    # the range reader does not close the band (时 after it): nothing rather than its low end
    rows = _rows(text)
    assert all(not (r[5] == "exact" and r[1] in (0.0, 51.0)) for r in rows)
    assert rows == []


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            # a single index value, a bound of it and a list of values are left as they were
            ("今日AQI为45，空气质量优。", [("45", 45.0, "exact")]),
            ("AQI<50时为良好。", [("<50", 50.0, "less")]),
            ("空气质量指数达219及204。", [("219", 219.0, "exact"), ("204", 204.0, "exact")]),
        ]
    ),
)
def test_index_values_left_alone(text: str, expected: list[tuple[str, float, str]]) -> None:
    rows = _rows(text)
    assert [(r[1], r[5]) for r in rows] == [(v, q) for _, v, q in expected]
    assert all(r[4] == "dimensionless" for r in rows)


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["今日气温为20~25度;3~5为多云。", "人数为20~25人;3~5为多云。"])
)
def test_a_band_after_a_clause_needs_an_index_named_before(text: str) -> None:
    # no index named in the sentence: a bare 3~5 opening a clause is no band of one
    rows = _rows(text)
    assert [(r[2], r[3]) for r in rows] == [(20.0, 25.0)]


# --- 2. caps: a passive cap of a penalty; a bracketed 或等于 after a strict bound -------------
@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("依法最高被处60万元罚款。", 600000.0),
            ("该厂最高被罚100万元。", 1000000.0),
            ("业者最高可被罚200万元罚款。", 2000000.0),
        ]
    ),
)
def test_a_passive_penalty_cap_is_at_most(text: str, value: float) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert (rows[0][1], rows[0][4], rows[0][5]) == (value, "元", "at_most")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["该厂被罚60万元。", "最重被罚60万元。"]),
)
def test_a_fine_imposed_stays_exact(text: str) -> None:
    rows = _rows(text)
    assert [(r[1], r[5]) for r in rows] == [(600000.0, "exact")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    both_scripts(
        [
            ("各城市达标率均低于(或等于)80%,", 80.0, "%", "at_most"),
            ("各城市达标率均低于（或等于）50%。", 50.0, "%", "at_most"),
            ("浓度大于(或等于)35微克/立方米。", 35.0, "微克/立方米", "at_least"),
            ("噪声高于（或等于）70分贝。", 70.0, "dB", "at_least"),
            ("比例小于(或等于)5%。", 5.0, "%", "at_most"),
        ]
    ),
)
def test_a_bracketed_equal_makes_the_bound_inclusive(
    text: str, value: float, unit: str, qualifier: str
) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert (rows[0][1], rows[0][4], rows[0][5]) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts(
        [
            ("达标率低于80%。", "less"),
            ("达标率低于或等于80%。", "at_most"),
            ("达标率(或等于)80%。", "exact"),  # no bound before the brackets
        ]
    ),
)
def test_bounds_without_the_bracketed_alternative(text: str, qualifier: str) -> None:
    rows = _rows(text)
    assert [(r[1], r[5]) for r in rows] == [(80.0, qualifier)]


# --- 3. a multiple after a long standard name and a bound word is an exceedance ---------------
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts(
        [
            ("铅浓度超过有害事业废弃物认定标准逾八十四倍。", 84.0, "greater"),
            ("总磷超过地表水环境质量三类标准近0.5倍。", 0.5, "nearly"),
            ("镉含量超过土壤污染风险管控标准约3倍。", 3.0, "approx"),
            ("氨氮超过排放标准2倍。", 2.0, "exact"),
        ]
    ),
)
def test_exceedance_after_a_long_standard_name(text: str, value: float, qualifier: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert (rows[0][1], rows[0][5], rows[0][6]) == (value, qualifier, "exceedance_multiple")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["超过认定标准的企业是去年的3倍。", "污水量是标准的2倍。", "营收超约3倍。"]
    ),
)
def test_multiples_without_an_exceeded_standard_stay_ratios(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][6] == "ratio"


# --- 4. the places of a rank's move are no counts --------------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "案件数增长为261件,排名由18位前进至第1位;",
            "排名由18位上升至第3位。",
            "名次由12位下降至20位。",
            "名次从9位后退到15位。",
            "PM2.5浓度同比上升17%,列全省56位。",
            "综合指数居全市3位。",
            "改善幅度位列全国12位。",
        ]
    ),
)
def test_places_of_a_rank_move_are_skipped(text: str) -> None:
    rows = _rows(text)
    assert all(r[4] != "位" for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("共有18位专家参加。", [(18.0, "level")]),
            ("全省共有56位专家。", [(56.0, "level")]),
            ("专家由18位增加至20位。", [(18.0, "level"), (20.0, "level")]),
            ("排名上升5位。", [(5.0, "change_absolute")]),
        ]
    ),
)
def test_counts_of_people_and_rank_changes_kept(
    text: str, expected: list[tuple[float, str]]
) -> None:
    rows = _rows(text)
    assert [(r[1], r[6]) for r in rows] == expected
    assert all(r[4] == "位" for r in rows)
