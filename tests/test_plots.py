"""Figures: trajectory and gap overview render, carry the expected artists, and never hand
Chinese text to a font without Chinese glyphs (both font paths tested with a mocked lookup)."""

from __future__ import annotations

import importlib
import inspect
import math
import re
import string
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib import font_manager
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.container import ErrorbarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from envindicators import analytics, plots
from envindicators.analytics.gap import compare
from envindicators.analytics.trends import decimal_years
from envindicators.model import Indicator, Observation, Target
from envindicators.report import assessment

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
DEJAVU = font_manager.findfont("DejaVu Sans")


@pytest.fixture
def fake_cjk(monkeypatch: pytest.MonkeyPatch) -> str:
    """The lookup "finds" a CJK font (DejaVu stands in; it cannot draw the glyphs, so
    tests on this path check the text artists and do not rasterise Chinese)."""
    monkeypatch.delenv(plots.FONT_ENV_VAR, raising=False)
    monkeypatch.setattr(plots, "_system_cjk_font", lambda: DEJAVU)
    return DEJAVU


@pytest.fixture(scope="module")
def overview_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    a = assessment(tables["targets"], tables["observations"], tables["indicators"])
    a["direction"] = a["indicator"].map(tables["indicators"].set_index("code")["direction"])
    return a


def _row(targets: pd.DataFrame, target_id: str) -> pd.Series:
    return targets[targets["target_id"] == target_id].iloc[0]


def _texts(fig: Figure) -> list[str]:
    fig.canvas.draw()  # tick labels exist only after a draw
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


AIR = Indicator("good_air_days_share", "优良天数比例", "share of good-air days", "%", "higher")


def _series(values: list[float], years: list[int], region: str = "山西省") -> pd.DataFrame:
    return Observation.to_frame(
        [
            Observation.of(AIR, (v, "%"), y, region=region)
            for v, y in zip(values, years, strict=True)
        ]
    )


def _target(**kw: object) -> Target:
    args = {
        "baseline": (60.0, "%"),
        "baseline_year": 2015,
        "deadline": 2023,
        "region": "山西省",
        "target_id": "X-T001",
    }
    args.update(kw)
    return Target.level(AIR, "ge", (85.0, "%"), **args)  # type: ignore[arg-type]


OBS5 = ([60.0, 64.0, 67.0, 71.0, 74.0], [2016, 2017, 2018, 2019, 2020])


# ---------------------------------------------------------------------------------------
# fonts
# ---------------------------------------------------------------------------------------
def test_dejavu_has_no_cjk_glyphs() -> None:
    assert not plots._has_cjk_glyphs(DEJAVU)


def test_no_font_means_english(no_cjk_font: None) -> None:
    assert plots.cjk_font() is None
    assert plots.label_language() == "en"


def test_found_font_means_chinese(fake_cjk: str) -> None:
    fp = plots.cjk_font()
    assert fp is not None
    assert fp.get_file() == fake_cjk
    assert plots.label_language() == "zh"


def test_zh_without_font_raises(no_cjk_font: None) -> None:
    with pytest.raises(plots.FontNotFoundError, match="Chinese glyphs"):
        plots.label_language("zh")


def test_bad_labels_argument() -> None:
    with pytest.raises(ValueError, match="labels must be"):
        plots.label_language("fr")  # type: ignore[arg-type]


def test_env_var_font_without_glyphs_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(plots.FONT_ENV_VAR, DEJAVU)
    with pytest.raises(plots.FontNotFoundError, match=plots.FONT_ENV_VAR):
        plots.cjk_font()


@pytest.mark.parametrize("spec", ["/no/such/font.ttf", "No Such Font Family 12345"])
def test_font_argument_that_does_not_exist(spec: str) -> None:
    with pytest.raises(plots.FontNotFoundError, match="font"):
        plots.cjk_font(spec)


def test_font_properties_argument_used_as_given() -> None:
    fp = font_manager.FontProperties(family="DejaVu Sans")
    assert plots.cjk_font(fp) is fp


def test_system_lookup_prefers_known_families_with_glyphs(monkeypatch: pytest.MonkeyPatch) -> None:
    lookup = plots._system_cjk_font.__wrapped__
    fake = font_manager.FontEntry(fname="/fonts/wqy.ttc", name="WenQuanYi Zen Hei")
    noto = font_manager.FontEntry(fname="/fonts/noto.ttc", name="Noto Sans CJK SC")
    other = font_manager.FontEntry(fname=DEJAVU, name="DejaVu Sans")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [other, fake, noto])
    monkeypatch.setattr(plots, "_has_cjk_glyphs", lambda path: path.startswith("/fonts/"))
    assert lookup() == "/fonts/noto.ttc"  # first in CJK_FAMILIES order, not in list order
    monkeypatch.setattr(plots, "_has_cjk_glyphs", lambda path: path == "/fonts/wqy.ttc")
    assert lookup() == "/fonts/wqy.ttc"  # a listed family whose file lacks glyphs is skipped


def test_system_lookup_on_this_kind_of_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = font_manager.FontEntry(fname=DEJAVU, name="DejaVu Sans")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [entry])
    assert plots._system_cjk_font.__wrapped__() is None


# ---------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("unit", "zh", "expected"),
    [
        ("户", False, "households"),
        ("户", True, "户"),
        ("%", False, "%"),
        ("percentage_point", False, "pp"),
        ("percentage_point", True, "百分点"),
        ("µg/m3", False, "µg/m³"),
        ("count", False, ""),
        ("个", True, ""),
        ("m3/d", False, "m³/d"),
        ("m3/万元", False, "m³/10k yuan"),
        ("件/万人", False, "cases/10k persons"),
        ("tce/万元", False, "tce/10k yuan"),
        (None, False, ""),
    ],
)
def test_unit_label(unit: str | None, zh: bool, expected: str) -> None:
    assert plots.unit_label(unit, zh=zh) == expected


def test_every_bundled_unit_has_an_ascii_safe_label(tables: dict[str, pd.DataFrame]) -> None:
    for unit in tables["indicators"]["unit"].unique():
        label = plots.unit_label(unit, zh=False)
        assert not CJK.search(label), unit


@pytest.mark.parametrize(
    ("region", "zh", "expected"),
    [("辽宁省", True, "辽宁省"), ("辽宁省", False, "Liaoning"), ("武威市", False, "Wuwei"),
     ("某某县", False, ""), ("Some County", False, "Some County"), (None, False, "")],
)  # fmt: skip
def test_region_label(region: str | None, zh: bool, expected: str) -> None:
    assert plots.region_label(region, zh=zh) == expected


def test_every_bundled_region_has_an_english_name(tables: dict[str, pd.DataFrame]) -> None:
    regions = set(tables["targets"]["region"]) | set(tables["observations"]["region"])
    assert regions <= set(plots.REGION_EN)


# ---------------------------------------------------------------------------------------
# target trajectory
# ---------------------------------------------------------------------------------------
def _line(fig: Figure, label_part: str) -> Line2D:
    lines = [ln for ln in fig.axes[0].get_lines() if label_part in str(ln.get_label())]
    assert len(lines) == 1, [ln.get_label() for ln in fig.axes[0].get_lines()]
    return lines[0]


def test_trajectory_with_trend_has_every_element(no_cjk_font: None, tmp_path) -> None:
    t = _target()
    fig = plots.target_trajectory(t, _series(*OBS5), trend="ols")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    x0, x1 = (float(decimal_years(pd.DatetimeIndex([d]))[0]) for d in ("2015-12-31", "2023-12-31"))
    target = _line(fig, "target")
    assert list(target.get_ydata()) == [85.0, 85.0]
    path = _line(fig, "time-proportional path")
    np.testing.assert_allclose(path.get_xdata(), [x0, x1])
    np.testing.assert_allclose(path.get_ydata(), [60.0, 85.0])  # baseline → target
    baseline = _line(fig, "baseline")
    np.testing.assert_allclose(baseline.get_ydata(), [60.0])
    obs = _line(fig, "observed (5)")
    np.testing.assert_allclose(obs.get_ydata(), OBS5[0])
    trend = _line(fig, "OLS trend")
    assert trend.get_xdata()[-1] == pytest.approx(x1)  # extended to the deadline
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert [b.get_label() for b in bands] == ["95% prediction band"]
    # the band is the prediction interval of linear_trend at the deadline
    fit = analytics.linear_trend(np.array(OBS5[0]), decimal_years(pd.DatetimeIndex(
        [f"{y}-12-31" for y in OBS5[1]])))  # fmt: skip
    pred = fit.predict(x1)
    ys = bands[0].get_paths()[0].vertices[:, 1]
    assert ys.max() == pytest.approx(pred.obs_ci_upper)
    assert ys.min() == pytest.approx(
        min(pred.obs_ci_lower, fit.predict(obs.get_xdata()[0]).obs_ci_lower)
    )
    texts = _texts(fig)
    assert any(s.startswith("P(target met at deadline") for s in texts)
    assert not any(CJK.search(s) for s in texts)
    out = tmp_path / "t.png"
    fig.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_trajectory_theil_sen_draws_interval_at_deadline(no_cjk_font: None) -> None:
    fig = plots.target_trajectory(_target(), _series(*OBS5), trend="theil_sen")
    ax = fig.axes[0]
    assert [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert not [c for c in ax.collections if isinstance(c, PolyCollection)]
    _line(fig, "Theil–Sen trend")


def test_trajectory_without_trend(no_cjk_font: None) -> None:
    fig = plots.target_trajectory(_target(), _series(*OBS5), trend=None)
    labels = [ln.get_label() for ln in fig.axes[0].get_lines()]
    assert not any("trend" in str(lab) for lab in labels)
    assert not any("P(target" in s for s in _texts(fig))


def test_trajectory_says_what_is_missing(no_cjk_font: None) -> None:
    t = Target.level(AIR, "ge", (85.0, "%"), deadline=2023, region="山西省", target_id="X")
    fig = plots.target_trajectory(t, _series([60.0, 64.0], [2016, 2017]))
    texts = " ".join(_texts(fig))
    assert "no baseline" in texts
    assert "trend needs ≥ 3 dated observations" in texts
    assert not [ln for ln in fig.axes[0].get_lines() if "path" in str(ln.get_label())]


def test_trajectory_ignores_other_regions_and_indicators(no_cjk_font: None) -> None:
    obs = pd.concat([_series(*OBS5), _series([1.0, 2.0, 3.0], [2016, 2017, 2018], "辽宁省")])
    fig = plots.target_trajectory(_target(), obs)
    _line(fig, "observed (5)")


@pytest.mark.parametrize("role", ["projection", "gap_to_target", "context"])
def test_trajectory_draws_outcomes_only(no_cjk_font: None, role: str) -> None:
    # rows that are not outcomes of the target's indicator and region are not drawn, as
    # they are never paired with a target
    other = _series([99.0, 98.0], [2019, 2020]).assign(role=role)
    obs = pd.concat([_series(*OBS5).assign(role="outcome"), other])
    fig = plots.target_trajectory(_target(), obs)
    np.testing.assert_allclose(_line(fig, "observed (5)").get_ydata(), OBS5[0])
    fig = plots.target_trajectory(_target(), obs.assign(role="outcome"))
    _line(fig, "observed (7)")


def test_trajectory_invalid_trend_argument() -> None:
    with pytest.raises(ValueError, match="trend must be"):
        plots.target_trajectory(_target(), _series(*OBS5), trend="loess")  # type: ignore[arg-type]


def test_trajectory_band_target(no_cjk_font: None) -> None:
    t = Target.level(AIR, "band", (80.0, "%"), high=(90.0, "%"), deadline=2023, target_id="B")
    fig = plots.target_trajectory(t, _series(*OBS5))
    spans = [p for p in fig.axes[0].patches if "target" in str(p.get_label())]
    assert len(spans) == 1
    assert "80–90%" in spans[0].get_label()


def test_trajectory_from_a_bundled_row(no_cjk_font: None, tables) -> None:
    row = _row(tables["targets"], "000-T013")
    fig = plots.target_trajectory(row, tables["observations"])
    title = fig.axes[0].get_title(loc="left")
    assert "PM2.5" in title
    assert "Liaoning" in title
    assert "000-T013" in title
    # 2016 (follow-up), 2017 (seed), 2021 (follow-up): the series the trend is fitted to
    observed = _line(fig, "observed (3)")
    np.testing.assert_allclose(sorted(observed.get_ydata()), [35.0, 44.0, 46.0])
    assert list(_line(fig, "target").get_ydata()) == [42.0, 42.0]


def test_trajectory_of_a_change_target_is_in_change_space(no_cjk_font: None, tables) -> None:
    row = _row(tables["targets"], "002-T042")  # 煤炭消费总量 比2017年增长 ≤ 1.36%
    fig = plots.target_trajectory(row, tables["observations"])
    np.testing.assert_allclose(_line(fig, "base year").get_ydata(), [0.0])
    np.testing.assert_allclose(_line(fig, "observed").get_ydata(), [2.16])
    np.testing.assert_allclose(_line(fig, "time-proportional path").get_ydata(), [0.0, 1.36])
    assert "change from base year" in fig.axes[0].get_ylabel()


def test_trajectory_chinese_labels_use_the_found_font(fake_cjk: str, tables) -> None:
    row = _row(tables["targets"], "000-T013")
    fig = plots.target_trajectory(row, tables["observations"])
    ax = fig.axes[0]
    title = ax.title if ax.get_title() else ax._left_title
    assert "辽宁省" in title.get_text()
    assert "细颗粒物" in title.get_text()
    assert title.get_fontproperties().get_file() == fake_cjk
    legend = ax.get_legend()
    assert any("观测值" in t.get_text() for t in legend.get_texts())
    assert all(t.get_fontproperties().get_file() == fake_cjk for t in legend.get_texts())


def test_trajectory_into_given_axes(no_cjk_font: None) -> None:
    fig = Figure()
    ax1, ax2 = fig.subplots(1, 2)
    out = plots.target_trajectory(_target(), _series(*OBS5), ax=ax2)
    assert out is fig
    assert ax2.get_lines()
    assert not ax1.get_lines()


def test_english_figures_render_without_missing_glyph_warnings(no_cjk_font: None, tables, tmp_path):
    row = _row(tables["targets"], "002-T044")  # unit 户
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "Glyph … missing" UserWarning fails the test
        fig = plots.target_trajectory(row, tables["observations"])
        fig.savefig(tmp_path / "a.png")
    assert not any(CJK.search(s) for s in _texts(fig))
    assert "households" in fig.axes[0].get_ylabel()


# ---------------------------------------------------------------------------------------
# gap overview
# ---------------------------------------------------------------------------------------
def _dots(fig: Figure) -> list[PathCollection]:
    return [c for ax in fig.axes for c in ax.collections if isinstance(c, PathCollection)]


def test_gap_overview_one_panel_per_region(no_cjk_font: None, overview_frame, tmp_path) -> None:
    seen = overview_frame[overview_frame["status"] != "no observation"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plots.gap_overview(overview_frame)
        fig.savefig(tmp_path / "o.png")
    assert len(fig.axes) == seen["region"].nunique()
    titles = {ax.get_title(loc="left") for ax in fig.axes}
    assert titles == {plots.REGION_EN[r] for r in seen["region"].unique()}
    assert sum(len(c.get_offsets()) for c in _dots(fig)) == len(seen)
    green = matplotlib.colors.to_rgba(plots.STATUS_COLORS["met"])
    colours = np.concatenate([c.get_facecolors() for c in _dots(fig)])
    n_green = int(np.all(np.isclose(colours, green), axis=1).sum())
    assert n_green == int((seen["status"] == "met").sum())
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    expect = [s for s in plots.STATUS_COLORS if (seen["status"] == s).any()]
    assert legend == expect
    texts = _texts(fig)
    assert not any(CJK.search(s) for s in texts)
    # observed, its date, the target (the 2016 figure linked to 000-T013 by evidence_for)
    assert "44 (2017) vs ≤42 µg/m³" in texts  # observed, its date, the target
    absent = int((overview_frame["status"] == "no observation").sum())
    assert any(f"{absent} more targets have no observation" in s for s in texts)


def test_gap_overview_dot_positions(no_cjk_font: None, overview_frame) -> None:
    fig = plots.gap_overview(overview_frame)
    liaoning = next(ax for ax in fig.axes if ax.get_title(loc="left") == "Liaoning")
    (dots,) = [c for c in liaoning.collections if isinstance(c, PathCollection)]
    # PM2.5 44 against ≤ 42: 4.76 % beyond the target on the worse side
    assert dots.get_offsets()[0][0] == pytest.approx(-100 * 2 / 42)


def test_gap_overview_in_one_axes(no_cjk_font: None, overview_frame) -> None:
    fig = Figure()
    ax = fig.add_subplot()
    out = plots.gap_overview(overview_frame, ax=ax)
    assert out is fig
    assert len(fig.axes) == 1
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(lab.endswith("· Liaoning") for lab in labels)


def test_gap_overview_from_raw_gap_frame(no_cjk_font: None, tables) -> None:
    pt, po = analytics.pair_observations(tables["targets"], tables["observations"])
    g = analytics.gap(pt, po, indicators=tables["indicators"])
    fig = plots.gap_overview(g)  # no region, names or direction: looked up / one panel
    assert sum(len(c.get_offsets()) for c in _dots(fig)) == len(g)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert "PM2.5 annual mean concentration" in labels


def test_gap_overview_chinese(fake_cjk: str, overview_frame) -> None:
    fig = plots.gap_overview(overview_frame)
    titles = {ax.get_title(loc="left") for ax in fig.axes}
    assert "辽宁省" in titles
    assert fig._suptitle.get_fontproperties().get_file() == fake_cjk


def test_gap_overview_clips_far_points(no_cjk_font: None) -> None:
    frame = pd.DataFrame(
        {
            "indicator": ["forest_cover", "forest_cover"],
            "region": ["江西省", "江西省"],
            "comparator": ["ge", "ge"],
            "target": [10.0, 10.0],
            "observed": [60.0, 9.0],
            "relative_gap": [5.0, -0.1],
            "met": pd.array([True, False], dtype="boolean"),
            "unit": ["%", "%"],
        }
    )
    fig = plots.gap_overview(frame)
    markers = {tuple(np.round(c.get_offsets()[:, 0], 6)): c for c in _dots(fig)}
    assert (150.0,) in markers
    assert (-10.0,) in markers


def test_gap_overview_empty(no_cjk_font: None) -> None:
    frame = pd.DataFrame({"indicator": ["forest_cover"], "met": pd.array([None], "boolean"),
                          "observed": [np.nan], "target": [63.0]})  # fmt: skip
    fig = plots.gap_overview(frame)
    assert any("no target has an observation" in s for s in _texts(fig))


def test_gap_overview_needs_gap_columns() -> None:
    with pytest.raises(ValueError, match="missing"):
        plots.gap_overview(pd.DataFrame({"x": [1]}))


@settings(max_examples=200, deadline=None)
@given(
    observed=st.floats(-1e6, 1e6, allow_nan=False),
    target=st.floats(-1e6, 1e6, allow_nan=False).filter(lambda t: abs(t) > 1e-6),
    comparator=st.sampled_from(["ge", "gt", "le", "lt"]),
    direction=st.sampled_from(["higher", "lower", "neutral"]),
)
def test_overview_position_sign_agrees_with_met(observed, target, comparator, direction) -> None:
    """For one-sided targets the dot is right of 0 (or on it) exactly when the target is met."""
    met, g, _ = compare(observed, target, comparator, direction)
    frame = pd.DataFrame(
        {
            "indicator": ["x"],
            "name_zh": ["x"],
            "name_en": ["x"],
            "direction": [direction],
            "comparator": [comparator],
            "met": pd.array([bool(met)], dtype="boolean"),
            "relative_gap": [float(g) / abs(target)],
        }
    )
    x = float(plots._overview_frame(frame)["x"].iloc[0])
    if observed == target:
        assert x == 0.0
    elif comparator in ("ge", "le"):
        assert (x >= 0) == bool(met)
    else:
        assert (x > 0) == bool(met)
    assert math.isclose(abs(x), 100 * abs(observed - target) / abs(target), rel_tol=1e-9)


# ---------------------------------------------------------------------------------------
# optional dependency
# ---------------------------------------------------------------------------------------
def test_import_without_matplotlib_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.delitem(sys.modules, "envindicators.plots")
    with pytest.raises(ImportError, match=r"pip install 'envindicators\[plot\]'"):
        importlib.import_module("envindicators.plots")


# ---------------------------------------------------------------------------------------
# the label table
# ---------------------------------------------------------------------------------------
def _fields(template: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(template) if f is not None)


@pytest.mark.parametrize("key", sorted(plots.LABELS))
def test_label_pairs_take_the_same_fields_and_english_is_ascii_safe(key: str) -> None:
    zh, en = plots.LABELS[key]
    assert _fields(zh) == _fields(en), key
    assert CJK.search(zh), f"{key}: the Chinese wording has no Chinese"
    assert en.strip(), key
    assert not CJK.search(en), f"{key}: the English wording needs a CJK font"


def test_every_label_is_used_and_every_label_used_is_in_the_table() -> None:
    src = inspect.getsource(plots)
    used = set(re.findall(r'\.label\("([^"]+)"', src)) | set(
        re.findall(r'LABELS\["([^"]+)"\]', src)
    )
    used |= set(plots.STATUS_COLORS)  # the legend of gap_overview: text.label(status)
    assert used == set(plots.LABELS)
    assert set(analytics.TARGET_VERDICTS) <= set(plots.LABELS)
    assert "pick(" not in src  # no wording outside the table


@pytest.mark.parametrize(("labels", "lang"), [("en", 1), ("zh", 0)])
def test_figures_take_their_wording_from_the_table(
    labels: str, lang: int, fake_cjk: str, overview_frame: pd.DataFrame
) -> None:
    L = {k: v[lang] for k, v in plots.LABELS.items()}
    fig = plots.target_trajectory(_target(), _series(*OBS5), trend="ols", labels=labels)  # type: ignore[arg-type]
    names = {str(ln.get_label()) for ln in fig.axes[0].get_lines()}
    assert {L["path"], L["observed"].format(n=5), L["ols_trend"], L["baseline"]} <= names
    assert fig.axes[0].get_xlabel() == L["year_axis"]
    over = plots.gap_overview(overview_frame, labels=labels)  # type: ignore[arg-type]
    legend = {t.get_text() for lg in over.legends for t in lg.get_texts()}
    statuses = set(overview_frame["status"]) - {"no observation"}
    assert legend == {L[s] for s in statuses}


def test_trajectory_points_are_in_time_order_whatever_the_row_order(no_cjk_font: None) -> None:
    values, years = OBS5
    shuffled = _series([values[i] for i in (3, 0, 4, 1, 2)], [years[i] for i in (3, 0, 4, 1, 2)])
    fig = plots.target_trajectory(_target(), shuffled, trend="ols")
    obs = _line(fig, "observed (5)")
    x = np.asarray(obs.get_xdata(), dtype=float)
    assert (np.diff(x) > 0).all()
    np.testing.assert_allclose(obs.get_ydata(), values)
    ordered = plots.target_trajectory(_target(), _series(*OBS5), trend="ols")
    np.testing.assert_allclose(
        _line(ordered, "OLS trend").get_ydata(), _line(fig, "OLS trend").get_ydata()
    )
