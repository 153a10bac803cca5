"""Figures: a target's trajectory and an overview of target gaps (matplotlib).

Needs the optional ``plot`` extra (``pip install 'envindicators[plot]'``); importing this
module without matplotlib raises :class:`ImportError` saying so.

=====================================  ==================================================
function                               what
=====================================  ==================================================
:func:`target_trajectory`              baseline, target, the 序时进度 line, observations,
                                       fitted trend with its prediction band
:func:`gap_overview`                   dot plot of the distance to each target, coloured
                                       by status, one panel per region
:func:`cjk_font`                       the font used for Chinese labels, if any
=====================================  ==================================================

Every function returns a :class:`matplotlib.figure.Figure`, draws into ``ax`` when one is
given, never calls ``pyplot.show()`` and does not touch pyplot's global state (figures are
created with :class:`matplotlib.figure.Figure`, so they are garbage-collected like any
object and work under any backend).

Chinese labels and fonts
------------------------
Matplotlib's bundled DejaVu fonts have no Chinese glyphs: drawing Chinese with them gives
empty boxes ("tofu") and a warning per glyph.  :func:`cjk_font` therefore looks for a font
that *does* have them, in this order:

1. the ``font=`` argument (a font file or an installed family name);
2. the ``ENVINDICATORS_CJK_FONT`` environment variable (same);
3. a known CJK family among the fonts matplotlib knows: Noto Sans CJK SC/TC/JP,
   Source Han Sans SC/CN, WenQuanYi Zen Hei/Micro Hei, SimHei, Microsoft YaHei,
   PingFang SC, Heiti SC/TC, STHeiti, Hiragino Sans GB, Sarasa Gothic SC,
   Droid Sans Fallback, Arial Unicode MS.

Every candidate is checked to contain the glyphs 中 and 国.  With ``labels="auto"`` (the
default) figures use Chinese labels when a font is found and English labels otherwise:
indicator names from the registry's ``name_en``, regions from :data:`REGION_EN` (the
regions of the bundled reports), counter words translated (户 → households); a region
that has no English name is shown by the target's id.  No Chinese character is ever handed
to a font that cannot draw it.  ``labels="zh"`` without a font raises
:class:`FontNotFoundError`.

On Debian/Ubuntu ``apt install fonts-noto-cjk`` (or ``fonts-wqy-zenhei``) gives matplotlib a
CJK font.  matplotlib caches its list of fonts; when none of the known families is in it,
the system's font folders are scanned again, once per process, so a font installed after
matplotlib first ran is found without deleting its cache.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

try:
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
except ImportError as exc:  # pragma: no cover - exercised in a test with matplotlib hidden
    raise ImportError(
        "envindicators.plots needs matplotlib, which is not installed: "
        "pip install 'envindicators[plot]'"
    ) from exc

from envindicators.errors import EnvIndicatorsError
from envindicators.model.vocab import Comparator

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import SubFigure

    from envindicators.model import Indicator, Target
    from envindicators.model.indicator import IndicatorLike

__all__ = [
    "CJK_FAMILIES",
    "FONT_ENV_VAR",
    "LABELS",
    "REGION_EN",
    "STATUS_COLORS",
    "FontNotFoundError",
    "cjk_font",
    "gap_overview",
    "label_language",
    "region_label",
    "target_trajectory",
    "unit_label",
]

#: Environment variable naming a CJK font file or family.
FONT_ENV_VAR = "ENVINDICATORS_CJK_FONT"

#: Font families tried, in order, among the fonts matplotlib knows.
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Noto Sans SC",
    "Noto Sans TC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Heiti TC",
    "STHeiti",
    "Hiragino Sans GB",
    "Sarasa Gothic SC",
    "Droid Sans Fallback",
    "Arial Unicode MS",
)

#: English names of the regions in the bundled reports (for figures without a CJK font).
REGION_EN: Mapping[str, str] = {
    "全国": "China",
    "山西省": "Shanxi",
    "辽宁省": "Liaoning",
    "甘肃省": "Gansu",
    "江西省": "Jiangxi",
    "天津市": "Tianjin",
    "天津等7省(市)": "Tianjin and six other provinces",
    "太原市": "Taiyuan",
    "大同市": "Datong",
    "朔州市": "Shuozhou",
    "晋中市": "Jinzhong",
    "晋城市": "Jincheng",
    "临汾市": "Linfen",
    "吕梁市": "Lüliang",
    "阳泉市": "Yangquan",
    "忻州市": "Xinzhou",
    "运城市": "Yuncheng",
    "介休市": "Jiexiu",
    "霍州市": "Huozhou",
    "河津市": "Hejin",
    "清徐县": "Qingxu County",
    "翼城县": "Yicheng County",
    "灵丘县": "Lingqiu County",
    "兴县": "Xing County",
    "岚县": "Lan County",
    "交口县": "Jiaokou County",
    "太谷县": "Taigu County",
    "平遥县": "Pingyao County",
    "寿阳县": "Shouyang County",
    "定襄县": "Dingxiang County",
    "泽州县": "Zezhou County",
    "洪洞县": "Hongtong County",
    "浮山县": "Fushan County",
    "襄汾县": "Xiangfen County",
    "阳曲县": "Yangqu County",
    "阳高县": "Yanggao County",
    "榆次区": "Yuci District",
    "朔城区": "Shuocheng District",
    "抚顺市": "Fushun",
    "阜新市": "Fuxin",
    "葫芦岛市": "Huludao",
    "兴城市": "Xingcheng",
    "昌图县": "Changtu County",
    "武威市": "Wuwei",
    "凉州区": "Liangzhou District",
    "兰州市": "Lanzhou",
    "天水市": "Tianshui",
    "秦州区": "Qinzhou District",
    "安定区": "Anding District",
    "镇原县": "Zhenyuan County",
    "乐平市": "Leping",
}

# Counter words and Chinese unit atoms → English, for unit labels without a CJK font.
_UNIT_EN: dict[str, str] = {
    "人次": "person-times",
    "万元": "10k yuan",
    "万人": "10k persons",
    "万吨": "10k t",
    "亿元": "100M yuan",
    "元": "yuan",
    "亩": "mu",
    "个": "",
    "人": "persons",
    "件": "cases",
    "台": "units",
    "块": "plots",
    "处": "sites",
    "宗": "cases",
    "家": "firms",
    "座": "facilities",
    "户": "households",
    "批": "batches",
    "条": "items",
    "棵": "trees",
    "次": "times",
    "轮": "rounds",
    "辆": "vehicles",
    "项": "items",
    "起": "cases",
}

#: Marker colours of the target statuses (colour-blind-safe pair plus grey).
STATUS_COLORS: Mapping[str, str] = {
    "met": "#1b7837",
    "not yet met (before deadline)": "#e08214",
    "not met": "#c2185b",
    "not comparable": "#8c8c8c",
    "no observation": "#bdbdbd",
}

#: Every wording of the figures, as (Chinese, English) pairs: one home, used by every plot
#: (``_Text.label``).  A pair is a :meth:`str.format` template; both languages take the same
#: fields.  The statuses of :data:`STATUS_COLORS` are keyed by their English text.
LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        # target_trajectory
        "target": ("目标 {value}", "target {value}"),
        "change_from": ("（较{year}年）", " (change from {year})"),
        "baseline": ("基数", "baseline"),
        "base_year": ("基年", "base year"),
        "path": ("序时进度线", "time-proportional path"),
        "observed": ("观测值（{n}）", "observed ({n})"),
        "ols_trend": ("线性趋势（OLS）", "OLS trend"),
        "prediction_band": ("{level}%预测区间", "{level}% prediction band"),
        "theil_sen_trend": ("Theil–Sen趋势", "Theil–Sen trend"),
        "interval_at_deadline": (
            "期限时{level}%预测区间",
            "{level}% prediction interval at deadline",
        ),
        "probability_met": (
            "按趋势期限达标概率 {p:.0%}",
            "P(target met at deadline | trend) = {p:.0%}",
        ),
        "change_axis": ("较基年变化", "change from base year"),
        "value_axis": ("数值", "value"),
        "year_axis": ("年份", "year"),
        # what a trajectory cannot show
        "no_base_value": ("无基数值", "no base value"),
        "no_deadline": ("无期限", "no deadline"),
        "no_path": ("无基数，无序时进度线", "no baseline: no time-proportional path"),
        "no_observations": ("无观测值", "no observations"),
        "undated": ("{n}个观测值无日期", "{n} undated"),
        "trend_needs": (
            "趋势需≥3个不同日期的观测值（现有{n}个）",
            "trend needs ≥ 3 dated observations at 2+ dates (have {n})",
        ),
        # gap_overview
        "overview_title": (
            "目标差距概览：{n}个有观测值的目标",
            "Target gaps: {n} targets with an observation",
        ),
        "overview_short": ("目标差距概览", "Target gaps"),
        "nothing_to_compare": ("没有可比较的目标", "no target has an observation to compare"),
        "distance_axis": (
            "与目标的距离（占目标值%；>0 优于目标，<0 差于目标）",
            "distance to target (% of target; > 0 better than the target, < 0 short of it)",
        ),
        "not_drawn": ("另有{n}个目标无观测值，未绘出", "{n} more targets have no observation"),
        "by_year": ("（{year}年）", " (by {year})"),
        "unknown_region": ("地区不详", "region: "),
        "change_note": (
            "变化 {obs}%{when} vs {sym}{target}%",
            "change {obs}%{when} vs {sym}{target}%",
        ),
        "in_year": ("（{year}年）", " ({year})"),
        "in_month": ("（{year}年{month}月）", " ({year}-{month:02d})"),
        # units
        "percentage_point": ("百分点", "pp"),
        # statuses (keys: the statuses of analytics.target_verdicts)
        "met": ("已达标", "met"),
        "not yet met (before deadline)": ("期限前尚未达标", "not yet met (before deadline)"),
        "not met": ("未达标", "not met"),
        "not comparable": ("不可比", "not comparable"),
        "no observation": ("无观测", "no observation"),
    }
)

_CJK = re.compile(
    r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)

Labels = Literal["auto", "zh", "en"]


class FontNotFoundError(EnvIndicatorsError, LookupError):
    """No font able to draw Chinese was found (or the given one cannot)."""


# ---------------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------------
def _has_cjk_glyphs(path: str) -> bool:
    """True when the font file at ``path`` maps 中 and 国 to glyphs."""
    from matplotlib.ft2font import FT2Font

    try:
        face = FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    return all(face.get_char_index(ord(c)) != 0 for c in "中国")


def _font_from(spec: str | os.PathLike[str], origin: str) -> FontProperties:
    """FontProperties of a font file or installed family; raise if it cannot draw Chinese."""
    text = os.fspath(spec)
    path = Path(text).expanduser()
    if path.suffix.lower() in {".ttf", ".otf", ".ttc", ".otc"} or path.exists():
        if not path.is_file():
            raise FontNotFoundError(f"{origin}: no font file {str(path)!r}")
        if not _has_cjk_glyphs(str(path)):
            raise FontNotFoundError(f"{origin}: {str(path)!r} has no Chinese glyphs")
        font_manager.fontManager.addfont(str(path))
        return FontProperties(fname=str(path))
    try:
        found = font_manager.findfont(FontProperties(family=text), fallback_to_default=False)
    except ValueError:
        raise FontNotFoundError(f"{origin}: no installed font family {text!r}") from None
    if not _has_cjk_glyphs(found):
        raise FontNotFoundError(f"{origin}: font {text!r} ({found}) has no Chinese glyphs")
    return FontProperties(fname=found)


@functools.cache
def _system_cjk_font() -> str | None:
    """Path of the first :data:`CJK_FAMILIES` font with CJK glyphs: among the fonts
    matplotlib knows, else — once per process — among the fonts installed since
    matplotlib built its font cache (:func:`_new_cjk_font`)."""
    found = _first_cjk((e.name, e.fname) for e in font_manager.fontManager.ttflist)
    return found if found is not None else _new_cjk_font()


def _first_cjk(entries: Any) -> str | None:
    """The file of the first family of :data:`CJK_FAMILIES` among ``(family, file)``
    pairs whose file has CJK glyphs."""
    by_name: dict[str, list[str]] = {}
    for name, fname in entries:
        by_name.setdefault(name, []).append(fname)
    for family in CJK_FAMILIES:
        for fname in by_name.get(family, ()):
            if _has_cjk_glyphs(fname):
                return fname
    return None


def _family_name(path: str) -> str | None:
    from matplotlib.ft2font import FT2Font

    try:
        return str(FT2Font(path).family_name)
    except (OSError, RuntimeError, ValueError):
        return None


def _new_cjk_font() -> str | None:
    """A CJK font installed after matplotlib first ran, or ``None``.

    matplotlib lists the system's fonts once and caches the list on disk, so a font
    installed later (``apt install fonts-noto-cjk``) stays unknown to it.  This scans the
    system's font folders again (:func:`matplotlib.font_manager.findSystemFonts`), reads
    the family of every file matplotlib does not know yet, and adds the CJK font it picks
    to matplotlib's list of this process (:meth:`~matplotlib.font_manager.FontManager.addfont`);
    matplotlib's own cache and settings are left alone.
    """
    known = {e.fname for e in font_manager.fontManager.ttflist}
    fresh = [f for f in font_manager.findSystemFonts() if f not in known]
    found = _first_cjk((name, f) for f in fresh if (name := _family_name(f)) is not None)
    if found is not None:
        font_manager.fontManager.addfont(found)
    return found


def cjk_font(font: str | os.PathLike[str] | FontProperties | None = None) -> FontProperties | None:
    """The font used for Chinese labels, or ``None`` when there is none.

    Parameters
    ----------
    font : str or os.PathLike[str] or FontProperties, optional
        A font file (``.ttf``/``.otf``/``.ttc``), an installed family name, or a
        :class:`~matplotlib.font_manager.FontProperties` (used as given).  Default: the
        ``ENVINDICATORS_CJK_FONT`` environment variable, else the first known CJK family
        installed (see the module docstring).

    Returns
    -------
    FontProperties or None
        The font, or None when no CJK font is found.

    Raises
    ------
    FontNotFoundError
        ``font`` (or the environment variable) names no font, or a font without Chinese
        glyphs.
    """
    if isinstance(font, FontProperties):
        return font
    if font is not None:
        return _font_from(font, "font")
    env = os.environ.get(FONT_ENV_VAR, "").strip()
    if env:
        return _font_from(env, FONT_ENV_VAR)
    path = _system_cjk_font()
    return None if path is None else FontProperties(fname=path)


@dataclass(frozen=True)
class _Text:
    """Language and font of one figure."""

    zh: bool
    font: FontProperties | None

    @property
    def kw(self) -> dict[str, Any]:
        return {"fontproperties": self.font} if self.font is not None else {}

    def legend_kw(self, size: float) -> dict[str, Any]:
        """Legend font arguments (``prop`` overrides ``fontsize``, so it carries the size).

        Parameters
        ----------
        size : float
            Font size in points.
        """
        if self.font is None:
            return {"fontsize": size}
        prop = self.font.copy()
        prop.set_size(size)
        return {"prop": prop}

    def label(self, key: str, **fields: Any) -> str:
        """The wording ``key`` of :data:`LABELS` in this figure's language, filled in."""
        return LABELS[key][0 if self.zh else 1].format(**fields)

    def safe(self, text: str, fallback: str = "?") -> str:
        """``text`` unless it holds CJK characters and there is no CJK font.

        Parameters
        ----------
        text : str
            Text to show.
        fallback : str, default '?'
            What to show instead when ``text`` cannot be drawn.
        """
        if self.zh or not _CJK.search(text):
            return text
        return fallback


def label_language(
    labels: Labels = "auto", font: str | os.PathLike[str] | FontProperties | None = None
) -> Literal["zh", "en"]:
    """The language figures get with these ``labels`` and ``font`` arguments.

    ``"zh"`` when Chinese labels are asked for or ``"auto"`` finds a CJK font (see
    :func:`cjk_font`), else ``"en"``.  Raises :class:`FontNotFoundError` for ``"zh"``
    without a font.

    Parameters
    ----------
    labels : {'auto', 'zh', 'en'}, default 'auto'
        ``"zh"``, ``"en"`` or ``"auto"`` (Chinese when a CJK font is found).
    font : str or os.PathLike[str] or FontProperties, optional
        A font file, an installed family name or a
        :class:`~matplotlib.font_manager.FontProperties`, as for :func:`cjk_font`.

    Returns
    -------
    {'zh', 'en'}
        The language of the labels.
    """
    return "zh" if _resolve_text(labels, font).zh else "en"


def _resolve_text(labels: str, font: Any) -> _Text:
    if labels not in ("auto", "zh", "en"):
        raise ValueError(f"labels must be 'auto', 'zh' or 'en', got {labels!r}")
    if labels == "en":
        return _Text(False, None)
    fp = cjk_font(font)
    if fp is None:
        if labels == "zh":
            raise FontNotFoundError(
                "Chinese labels need a font with Chinese glyphs and none was found: give a "
                f"font file (font=… or --font), set {FONT_ENV_VAR}, or install one (e.g. "
                "apt install fonts-noto-cjk); English labels need no such font"
            )
        return _Text(False, None)
    return _Text(True, fp)


# ---------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------
def region_label(region: object, *, zh: bool, fallback: str = "") -> str:
    """A region for a figure: the Chinese name, or its English name from :data:`REGION_EN`.

    Without a CJK font (``zh=False``) a region that is not in the table and not ASCII
    gives ``fallback``.

    Parameters
    ----------
    region : object
        Region name (NA gives ``fallback``).
    zh : bool
        Whether the figure has Chinese labels.
    fallback : str, default ''
        What to show for a region that cannot be written.

    Returns
    -------
    str
        The label.
    """
    if region is None or (isinstance(region, float) and math.isnan(region)):
        return fallback
    text = str(region)
    if zh:
        return text
    if text in REGION_EN:
        return REGION_EN[text]
    return fallback if _CJK.search(text) else text


def unit_label(unit: object, *, zh: bool) -> str:
    """A unit for a figure: pint's short form, with counter words in English if needed.

    ``percentage_point`` is ``pp`` (``百分点`` with Chinese labels); ``count`` and ``个`` are
    blank; ``户`` is ``households`` without a CJK font.

    Parameters
    ----------
    unit : object
        Unit string (NA gives an empty label).
    zh : bool
        Whether the figure has Chinese labels.

    Returns
    -------
    str
        The label (empty for counts).
    """
    if unit is None or (isinstance(unit, float) and math.isnan(unit)):
        return ""
    text = str(unit)
    if text in ("count", "dimensionless", "个"):
        return ""
    if text == "percentage_point":
        return LABELS["percentage_point"][0 if zh else 1]
    if text in ("µg/m3", "ug/m3"):
        return "µg/m³"
    pretty = text.replace("m3", "m³").replace("km2", "km²")
    if zh or not _CJK.search(pretty):
        return pretty
    for word in sorted(_UNIT_EN, key=len, reverse=True):
        pretty = pretty.replace(word, _UNIT_EN[word] if len(pretty) == len(word) else word)
    if not _CJK.search(pretty):
        return pretty
    for word in sorted(_UNIT_EN, key=len, reverse=True):
        pretty = pretty.replace(word, f" {_UNIT_EN[word]} " if _UNIT_EN[word] else "")
    pretty = re.sub(r"\s+", " ", pretty).replace(" /", "/").replace("/ ", "/").strip()
    return "" if _CJK.search(pretty) else pretty


def _fmt(x: float) -> str:
    """A number for a label: up to 4 significant digits, thousands separated."""
    if x is None or not math.isfinite(x):
        return "n/a"
    ax = abs(x)
    if ax >= 1e4:
        return f"{x:,.0f}"
    if ax >= 100:
        return f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"
    return f"{x:.4g}"


def _with_unit(value: str, unit: str) -> str:
    if not unit:
        return value
    return f"{value}{unit}" if unit in ("%", "‰") else f"{value} {unit}"


# ---------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------
def _bundled_indicators() -> pd.DataFrame:
    from envindicators import datasets

    return datasets.load("indicators")


def _as_target(target: Any, indicator: Any) -> Target:
    import pandas as pd

    from envindicators.model import Indicator, Target, indicator_map

    if isinstance(target, Target):
        return target
    if isinstance(target, Mapping) and not isinstance(target, pd.Series):
        target = pd.Series(dict(target))
    if not isinstance(target, pd.Series):
        raise TypeError(
            f"target must be a Target or a row of the targets table, got {type(target).__name__}"
        )
    if isinstance(indicator, Indicator):
        registry = {indicator.code: indicator}
    elif indicator is not None:
        registry = indicator_map(indicator)
    else:
        code = target.get("indicator")
        ind = _bundled_indicators()
        registry = indicator_map(ind[ind["code"] == code])
    frame = pd.DataFrame([target.to_dict()], index=[target.name if target.name is not None else 0])
    (out,) = Target.from_frame(frame, registry)
    return out


def _decimal_year(d: Any) -> float:
    import pandas as pd

    from envindicators.analytics.trends import decimal_years

    if d is None or (not isinstance(d, dt.date) and pd.isna(d)):
        return math.nan
    return float(decimal_years(pd.DatetimeIndex([pd.Timestamp(d)]))[0])


def _indicator_name(ind: Indicator, text: _Text) -> str:
    if text.zh and ind.name_zh:
        return ind.name_zh
    return ind.name_en or ind.code


# ---------------------------------------------------------------------------------------
# Target trajectory
# ---------------------------------------------------------------------------------------
@dataclass
class _Series:
    t: Any  # numpy arrays
    y: Any
    t0: Any  # period starts (decimal years, NaN when a point in time)
    undated: int
    dropped: int  # observations of another kind that cannot be put on the axis


def _trajectory_points(target: Target, observations: pd.DataFrame) -> _Series:
    """Observations of the target's indicator and region on the target's axis."""
    import numpy as np
    import pandas as pd

    from envindicators.analytics.trends import decimal_years
    from envindicators.model import coerce_frame

    obs = coerce_frame(observations, "observations", require=False)
    keep = (obs["indicator"] == target.indicator.code).fillna(False).to_numpy(dtype=bool)
    if target.region is not None and obs["region"].notna().any():
        keep &= (obs["region"] == target.region).fillna(False).to_numpy(dtype=bool)
    if "role" in obs.columns:
        # a projection, a gap to a target or a figure of another scope is no point of
        # the target's trajectory (the rows pair_observations never pairs)
        from envindicators.model import ObservationRole

        role = obs["role"].astype(object)
        keep &= (role.isna() | (role == ObservationRole.OUTCOME.value)).to_numpy(dtype=bool)
    obs = obs[keep]
    if obs.empty:
        return _Series(np.array([]), np.array([]), np.array([]), 0, 0)
    from envindicators.model import canonical_values

    values = canonical_values(obs, "observations", {target.indicator.code: target.indicator})
    kind = obs["kind"].fillna("level").astype(str).to_numpy()
    v = values["value"].to_numpy(dtype=float)
    B = target.baseline
    if target.is_relative:
        # change space (%): same-kind changes against the base year; levels when B is known
        base = obs["baseline_period"].astype("string").str.slice(0, 4)
        same_base = (
            (base == str(target.baseline_year)).fillna(True).to_numpy(dtype=bool)
            if target.baseline_year is not None
            else np.ones(len(obs), dtype=bool)
        )
        if target.kind.value == "change_relative":
            level_y = 100.0 * (v - B) / B if B else np.full(len(v), np.nan)
        else:
            factor = 1.0
            if target.indicator.is_share:
                from envindicators.units import ureg

                factor = float(ureg.Quantity(1.0, target.indicator.unit).to("percent").magnitude)
            level_y = (v - B) * factor if B is not None else np.full(len(v), np.nan)
        y = np.select(
            [(kind == target.kind.value) & same_base, np.isin(kind, ["level", "ratio"])],
            [v, level_y],
            default=np.nan,
        )
    else:
        y = np.where(np.isin(kind, ["level", "ratio"]), v, np.nan)
    end = decimal_years(pd.DatetimeIndex(obs["period_end"]))
    start = decimal_years(pd.DatetimeIndex(obs["period_start"]))
    dropped = int(np.isnan(y).sum())
    dated = ~np.isnan(end) & ~np.isnan(y)
    undated = int((np.isnan(end) & ~np.isnan(y)).sum())
    # in time order, whatever the order of the rows (period end, then start; stable)
    order = np.lexsort((start[dated], end[dated]))
    return _Series(end[dated][order], y[dated][order], start[dated][order], undated, dropped)


def target_trajectory(
    target: Any,
    observations: pd.DataFrame,
    *,
    indicator: Indicator | IndicatorLike | None = None,
    trend: Literal["ols", "theil_sen"] | None = "ols",
    ax: Axes | None = None,
    labels: Labels = "auto",
    font: str | os.PathLike[str] | FontProperties | None = None,
    alpha: float = 0.05,
) -> Figure:
    """A target's trajectory: baseline, target, 序时进度 line, observations, trend.

    Drawn on a time axis in (decimal) years:

    * the **target** at the deadline (a star, and a dashed horizontal line; a shaded band
      for ``band`` targets), labelled with its comparator (``≥ 85%``);
    * the **baseline** (base value at the start of the target period) when known;
    * the **序时进度 line**: the straight path from the baseline at the start to the target
      at the deadline, :math:`E(t) = B + \\tau(t)(T - B)` (see
      :mod:`envindicators.analytics.schedule`) — only when baseline, start and deadline
      are all known;
    * the **observations** of the target's indicator and region (dots at the end of their
      period; a horizontal bar shows a period that has a start);
    * with ``trend`` and at least 3 dated observations, the fitted **trend** extended to
      the deadline with its ``1 − alpha`` **prediction band** (``"ols"``:
      :meth:`LinearTrend.predict <envindicators.analytics.trends.LinearTrend.predict>`'s
      interval for a new observation; ``"theil_sen"``: Theil–Sen line with the residual
      bootstrap interval of :func:`~envindicators.analytics.trends.project` at the
      deadline), and the probability of meeting the target at the deadline
      (:func:`~envindicators.analytics.trends.probability_of_meeting`).

    What cannot be drawn (no baseline, no deadline, too few points for a trend) is said in
    the subtitle.  Change targets (比2015年下降13%) are drawn in change space: % change from
    the base year, the path running from 0 %.

    Parameters
    ----------
    target : Any
        A :class:`~envindicators.model.Target`, or one row of the targets table (a
        :class:`pandas.Series` or mapping with its columns).
    observations : pandas.DataFrame
        Observations frame (the bundled table's columns); rows of other indicators or
        regions are ignored.
    indicator : Indicator or IndicatorLike, optional
        For a row: the :class:`~envindicators.model.Indicator` or a registry; default
        the bundled indicators.
    trend : {'ols', 'theil_sen'} or None, default 'ols'
        ``"ols"`` (default), ``"theil_sen"`` or ``None`` (no trend).
    ax : Axes, optional
        Axes to draw into; default a new figure.
    labels : {'auto', 'zh', 'en'}, default 'auto'
        ``"auto"`` (Chinese when a CJK font is found), ``"zh"`` or ``"en"``.
    font : str or os.PathLike[str] or FontProperties, optional
        CJK font file, family or FontProperties (see :func:`cjk_font`).
    alpha : float, default 0.05
        The prediction band has coverage ``1 − alpha``.

    Returns
    -------
    matplotlib.figure.Figure
        The figure (not shown; save it or display it).
    """
    import numpy as np

    from envindicators.analytics.schedule import expected_value, time_fraction

    if trend not in ("ols", "theil_sen", None):
        raise ValueError(f"trend must be 'ols', 'theil_sen' or None, got {trend!r}")
    text = _resolve_text(labels, font)
    tgt = _as_target(target, indicator)
    pts = _trajectory_points(tgt, observations)
    fig, ax = _figure(ax, (8.5, 4.4))

    change = tgt.is_relative
    unit = "%" if change else tgt.indicator.unit
    ulabel = unit_label(unit, zh=text.zh)
    notes: list[str] = []
    comp = tgt.comparator
    T = tgt.value
    T_hi = tgt.value_high
    start = tgt.period_start
    deadline = tgt.deadline
    x_start = _decimal_year(start)
    x_dead = _decimal_year(deadline)
    B = 0.0 if change else tgt.baseline
    if change and tgt.baseline is None and not len(pts.y):
        notes.append(text.label("no_base_value"))

    # the target
    sym = tgt.comparator.symbol if comp is not Comparator.BAND else ""
    t_text = (
        f"{_fmt(T)}–{_fmt(T_hi)}"
        if comp is Comparator.BAND and T_hi is not None
        else f"{sym} {_fmt(T)}"
    )
    t_label = text.label("target", value=_with_unit(t_text.strip(), ulabel))
    if change:
        t_label += text.label("change_from", year=tgt.baseline_year)
    if comp is Comparator.BAND and T_hi is not None:
        ax.axhspan(T, T_hi, color="#1b7837", alpha=0.12, lw=0, label=t_label)
    else:
        ax.axhline(T, color="#1b7837", ls="--", lw=1.2, label=t_label)
    if math.isfinite(x_dead):
        ax.plot([x_dead], [T], marker="*", ms=14, color="#1b7837", ls="none", zorder=5)
        ax.axvline(x_dead, color="0.6", lw=0.8, ls=":", zorder=0)
    else:
        notes.append(text.label("no_deadline"))

    # baseline and 序时进度 line
    if B is not None and math.isfinite(x_start):
        b_label = text.label("base_year") if change else text.label("baseline")
        ax.plot([x_start], [B], marker="s", ms=7, color="#4d4d4d", ls="none", label=b_label)
        if math.isfinite(x_dead):
            T_path = T_hi if (comp is Comparator.BAND and T_hi is not None and T_hi < B) else T
            xs = np.array([start, deadline], dtype="datetime64[D]")
            frac = time_fraction(start, deadline, xs)
            ys = expected_value(B, T_path, frac)
            ax.plot(
                [x_start, x_dead],
                ys,
                color="#e08214",
                lw=1.8,
                label=text.label("path"),
            )
    else:
        notes.append(text.label("no_path"))

    # observations
    n = len(pts.y)
    if n:
        ax.plot(
            pts.t,
            pts.y,
            marker="o",
            ms=7,
            ls="none",
            color="#2166ac",
            label=text.label("observed", n=n),
            zorder=6,
        )
        spans = ~np.isnan(pts.t0) & (pts.t - pts.t0 > 0.05)
        if spans.any():
            ax.hlines(pts.y[spans], pts.t0[spans], pts.t[spans], color="#2166ac", lw=1.0, alpha=0.6)
    else:
        notes.append(text.label("no_observations"))
    if pts.undated:
        notes.append(text.label("undated", n=pts.undated))

    # trend and prediction band
    distinct = len(np.unique(pts.t)) if n else 0
    if trend is not None and n >= 3 and distinct >= 2:
        _draw_trend(ax, tgt, pts, x_dead, trend, alpha, text)
    elif trend is not None:
        notes.append(text.label("trend_needs", n=n))

    # axes and titles
    name = _indicator_name(tgt.indicator, text)
    region = region_label(tgt.region, zh=text.zh, fallback="")
    title = " · ".join(p for p in (name, region, tgt.target_id or "") if p)
    ax.set_title(title, loc="left", fontsize=11, **text.kw)
    if notes:
        ax.text(
            0.0,
            1.0,
            "; ".join(notes),
            transform=ax.transAxes,
            va="bottom",
            ha="left",
            fontsize=8,
            color="0.35",
            **text.kw,
        )
        ax.set_title(title + "\n", loc="left", fontsize=11, **text.kw)
    if change:
        ylab = text.label("change_axis")
    else:
        ylab = name if len(name) <= 28 else text.label("value_axis")
    ax.set_ylabel(_with_unit(ylab, f"({ulabel})" if ulabel else ""), **text.kw)
    ax.set_xlabel(text.label("year_axis"), **text.kw)
    ax.margins(x=0.08, y=0.15)
    _year_axis(ax)
    ax.grid(True, which="major", color="0.9", lw=0.6)
    ax.legend(
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        borderaxespad=0.0,
        **text.legend_kw(8),
    )
    return fig


def _draw_trend(
    ax: Axes,
    tgt: Target,
    pts: _Series,
    x_dead: float,
    method: Literal["ols", "theil_sen"],
    alpha: float,
    text: _Text,
) -> None:
    import numpy as np

    from envindicators.analytics.gap import DEFAULT_APPROX_RTOL
    from envindicators.analytics.trends import (
        linear_trend,
        probability_of_meeting,
        project,
        sens_slope,
    )

    x_end = max(float(np.max(pts.t)), x_dead if math.isfinite(x_dead) else -math.inf)
    grid = np.linspace(float(np.min(pts.t)), x_end, 60)
    level = round(100 * (1 - alpha))
    if method == "ols":
        fit = linear_trend(pts.y, pts.t, alpha=alpha)
        preds = [fit.predict(float(x)) for x in grid]
        line = np.array([p.mean for p in preds])
        lo = np.array([p.obs_ci_lower for p in preds])
        hi = np.array([p.obs_ci_upper for p in preds])
        ax.plot(grid, line, color="#5e3c99", lw=1.4, label=text.label("ols_trend"))
        ax.fill_between(
            grid,
            lo,
            hi,
            color="#5e3c99",
            alpha=0.15,
            lw=0,
            label=text.label("prediction_band", level=level),
        )
    else:
        fit = sens_slope(pts.y, pts.t, alpha=alpha)
        line = fit.intercept + fit.slope * grid
        ax.plot(grid, line, color="#5e3c99", lw=1.4, label=text.label("theil_sen_trend"))
        if math.isfinite(x_dead):
            pr = project(pts.y, pts.t, to=x_dead, method="theil_sen", alpha=alpha, rng=0)
            ax.errorbar(
                [x_dead],
                [pr.estimate],
                yerr=[[pr.estimate - pr.pi_lower], [pr.pi_upper - pr.estimate]],
                color="#5e3c99",
                capsize=4,
                ls="none",
                label=text.label("interval_at_deadline", level=level),
            )
    if not math.isfinite(x_dead):
        return
    comp = tgt.comparator
    tol = tgt.tolerance_value
    if comp is Comparator.APPROX and tol is None:
        tol = DEFAULT_APPROX_RTOL * abs(tgt.value)
    if comp is Comparator.EQ and tol is None:
        return  # a point target has probability 0 under a continuous distribution
    p = probability_of_meeting(
        pts.y,
        pts.t,
        target=tgt.value,
        deadline=x_dead,
        comparator=comp,
        target_high=tgt.value_high,
        tolerance=tol,
        method=method,
        rng=0,
    )
    if math.isfinite(p):
        ax.text(
            0.99,
            0.02,
            text.label("probability_met", p=p),
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=8,
            color="#5e3c99",
            **text.kw,
        )


def _figure(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is not None:
        fig: Figure | SubFigure | None
        try:
            fig = ax.get_figure(root=True)  # matplotlib >= 3.10: the figure, not a subfigure
        except TypeError:
            fig = ax.get_figure()
        return fig, ax  # type: ignore[return-value]
    fig = Figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _year_axis(ax: Axes) -> None:
    """Years on a decimal-year axis: boundaries as ticks, the year's label mid-year.

    An annual figure dated 31 December sits at the right end of its year's interval,
    so it is read as "end of 2018", not as "2019".
    """
    lo, hi = ax.get_xlim()
    if hi - lo < 1.5:  # a single date: show at least a year and a half
        mid = 0.5 * (lo + hi)
        lo, hi = mid - 0.75, mid + 0.75
    first, last = math.floor(lo), math.ceil(hi)
    step = max(1, math.ceil((last - first) / 12))
    years = list(range(first, last + 1))
    ax.set_xticks(years, [""] * len(years))
    shown = [y for y in years[:-1] if (y - first) % step == 0]
    ax.set_xticks([y + 0.5 for y in shown], [str(y) for y in shown], minor=True)
    ax.tick_params(axis="x", which="minor", length=0)
    ax.set_xlim(lo, hi)


# ---------------------------------------------------------------------------------------
# Gap overview
# ---------------------------------------------------------------------------------------
_CLIP = 150.0  # % of the target: dots beyond are drawn at the edge with an arrow marker


def _overview_frame(gaps: pd.DataFrame) -> pd.DataFrame:
    """Columns the overview needs, with names, direction and status filled in."""
    import numpy as np
    import pandas as pd

    need = {"indicator", "met"}
    missing = need - set(gaps.columns)
    if missing:
        raise ValueError(
            f"gap_overview needs the columns of analytics.gap(); missing {sorted(missing)}"
        )
    df = gaps.copy()
    if not {"name_zh", "name_en", "direction"} <= set(df.columns):
        reg = _bundled_indicators().set_index("code")
        for col in ("name_zh", "name_en", "direction"):
            if col not in df.columns:
                df[col] = df["indicator"].map(reg[col])
    for col in ("region", "comparator", "target_id", "unit", "deadline"):
        if col not in df.columns:
            df[col] = pd.NA
    for col in ("observed", "target"):
        df[col] = (
            pd.to_numeric(df[col], errors="coerce").astype(float) if col in df.columns else np.nan
        )
    if "relative_gap" not in df.columns:
        with np.errstate(divide="ignore", invalid="ignore"):
            t = df["target"].astype(float)
            df["relative_gap"] = (df["observed"].astype(float) - t) / t.abs()
    if "status" not in df.columns:
        met = df["met"].astype("boolean")
        observed = df["observed"].astype(float)
        df["status"] = np.select(
            [met.fillna(False).to_numpy(dtype=bool), (~met).fillna(False).to_numpy(dtype=bool)],
            ["met", "not met"],
            default="not comparable",
        )
        df.loc[observed.isna().to_numpy() & met.isna().to_numpy(), "status"] = "no observation"
    comp = df["comparator"].astype("string").fillna("").to_numpy(dtype=object)
    dirn = df["direction"].astype("string").fillna("").to_numpy(dtype=object)
    sign = np.select(
        [
            np.isin(comp, [Comparator.GE, Comparator.GT]),
            np.isin(comp, [Comparator.LE, Comparator.LT]),
            dirn == "higher",
            dirn == "lower",
        ],
        [1.0, -1.0, 1.0, -1.0],
        default=0.0,
    )
    rel = df["relative_gap"].astype(float).to_numpy() * 100.0
    df["x"] = np.where(sign != 0, sign * rel, -np.abs(rel))
    return df


def gap_overview(
    gaps: pd.DataFrame,
    *,
    ax: Axes | None = None,
    labels: Labels = "auto",
    font: str | os.PathLike[str] | FontProperties | None = None,
    title: str | None = None,
) -> Figure:
    """Dot plot of the distance to each target, coloured by status, by region.

    One dot per target: its **distance to the target** in % of the target value,
    oriented so that positive is the better side —
    :math:`100\\,s\\,(x - t)/|t|` with :math:`s = +1` for ``≥``/``>`` targets (and
    higher-is-better indicators), :math:`-1` for ``≤``/``<`` (lower-is-better); for bands
    and neutral indicators :math:`-100\\,|g|/|t|`.  0 is the target; the colour is the
    status (met / not met / not comparable).  Dots beyond ±150 % are drawn at the edge as
    arrows.  The observed and target values are written at the right.  Targets without an
    observation are counted in the footnote, not drawn (they have no distance).  A target
    of 0 has no relative scale: its dot sits at 0 and its colour tells.

    Parameters
    ----------
    gaps : pandas.DataFrame
        The frame of :func:`envindicators.analytics.gap` (``indicator``, ``target``,
        ``observed``, ``relative_gap``, ``met``, ``unit``), ideally joined with
        ``region``, ``comparator``, ``target_id`` and the indicator's ``name_zh``,
        ``name_en``, ``direction`` (looked up in the bundled registry when absent).  A
        ``status`` column (``met``, ``not met``, ``not comparable``, ``no observation``)
        overrides the one derived from ``met``.
    ax : Axes, optional
        Axes to draw into (all regions in it); default a new figure with one panel per
        region.
    labels : {'auto', 'zh', 'en'}, default 'auto'
        ``"auto"`` (Chinese when a CJK font is found), ``"zh"`` or ``"en"``.
    font : str or os.PathLike[str] or FontProperties, optional
        CJK font file, family or FontProperties (see :func:`cjk_font`).
    title : str, optional
        Figure title (default: a description with the counts).

    Returns
    -------
    matplotlib.figure.Figure
        The figure (not shown; save it or display it).
    """
    import numpy as np

    text = _resolve_text(labels, font)
    df = _overview_frame(gaps)
    absent = int((df["status"] == "no observation").sum())
    df = df[df["status"] != "no observation"].copy()
    df["_region"] = df["region"].astype("string").fillna("")
    df["_name"] = [
        (zh if text.zh and isinstance(zh, str) else en if isinstance(en, str) else code)
        for zh, en, code in zip(df["name_zh"], df["name_en"], df["indicator"], strict=True)
    ]
    order = df["_region"].value_counts(sort=True)
    regions = sorted(order.index, key=lambda r: (-order[r], r))
    df = df.sort_values(["_name", "target_id"], kind="stable")

    if df.empty:
        fig, axes = _figure(ax, (8.0, 2.0))
        axes.text(
            0.5,
            0.5,
            text.label("nothing_to_compare"),
            ha="center",
            va="center",
            transform=axes.transAxes,
            **text.kw,
        )
        axes.set_axis_off()
        return fig

    if ax is None:
        heights = [int(order[r]) + 0.8 for r in regions]
        fig = Figure(figsize=(9.0, 1.3 + 0.34 * sum(heights)), layout="constrained")
        axes_list = list(
            fig.subplots(
                len(regions), 1, sharex=True, squeeze=False, gridspec_kw={"height_ratios": heights}
            )[:, 0]
        )
        groups = [(r, df[df["_region"] == r]) for r in regions]
    else:
        fig, _ = _figure(ax, (9.0, 4.0))
        axes_list = [ax]
        df["_rank"] = df["_region"].map({r: i for i, r in enumerate(regions)})
        groups = [("", df.sort_values(["_rank", "_name"], kind="stable"))]

    for a, (region, rows) in zip(axes_list, groups, strict=True):
        _overview_panel(a, rows, region, text, single=ax is not None)
    last = axes_list[-1]
    last.set_xlabel(
        text.label("distance_axis"),
        fontsize=9,
        **text.kw,
    )
    lim = max(10.0, min(_CLIP, float(np.nanmax(np.abs(df["x"].to_numpy(dtype=float)))) * 1.15))
    if not math.isfinite(lim):
        lim = 10.0
    for a in axes_list:
        a.set_xlim(-lim, lim)

    from matplotlib.lines import Line2D

    present = [s for s in STATUS_COLORS if s != "no observation" and (df["status"] == s).any()]
    handles = [
        Line2D([], [], marker="o", ls="none", color=STATUS_COLORS[s], label=text.label(s))
        for s in present
    ]
    n = len(df)
    if title is None:
        title = text.label("overview_title", n=n)
    fig.suptitle(text.safe(title, LABELS["overview_short"][1]), fontsize=12, **text.kw)
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=max(1, len(handles)),
        frameon=False,
        **text.legend_kw(9),
    )
    if absent:
        last.annotate(
            text.label("not_drawn", n=absent),
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -34),
            textcoords="offset points",
            fontsize=8,
            color="0.4",
            **text.kw,
        )
    return fig


def _missing(v: Any) -> bool:
    import pandas as pd

    return v is None or bool(pd.isna(v))


def _overview_panel(ax: Axes, rows: pd.DataFrame, region: str, text: _Text, single: bool) -> None:
    import numpy as np
    import pandas as pd
    from matplotlib.transforms import blended_transform_factory

    k = len(rows)
    y = np.arange(k)[::-1].astype(float)
    x = rows["x"].to_numpy(dtype=float)
    status = rows["status"].astype(str).to_numpy()
    colors = [STATUS_COLORS.get(s, "#8c8c8c") for s in status]
    no_scale = np.isnan(x)
    xs = np.where(no_scale, 0.0, np.clip(x, -_CLIP, _CLIP))
    clipped_hi = x > _CLIP
    clipped_lo = x < -_CLIP
    normal = ~(clipped_hi | clipped_lo | no_scale)
    ax.axvline(0.0, color="0.3", lw=1.0, zorder=1)
    ax.axvspan(-1e6, 0, color="#c2185b", alpha=0.04, lw=0, zorder=0)
    ax.hlines(y, np.minimum(xs, 0), np.maximum(xs, 0), color="0.75", lw=1.0, zorder=2)
    for mask, marker in ((normal, "o"), (clipped_hi, ">"), (clipped_lo, "<"), (no_scale, "D")):
        if mask.any():
            ax.scatter(
                xs[mask],
                y[mask],
                c=[c for c, m in zip(colors, mask, strict=True) if m],
                marker=marker,
                s=55,
                zorder=3,
                edgecolors="white",
                linewidths=0.6,
            )
    labels = []
    for (_, r), name in zip(rows.iterrows(), rows["_name"], strict=True):
        lab = text.safe(str(name), str(r["indicator"]))
        if not _missing(r["deadline"]):
            year = pd.Timestamp(r["deadline"]).year
            lab += text.label("by_year", year=year)
        if single:
            reg = region_label(r["_region"], zh=text.zh, fallback="")
            lab = f"{lab} · {reg}" if reg else lab
        labels.append(lab)
    ax.set_yticks(y, labels, fontsize=8.5, **text.kw)
    ax.set_ylim(-0.7, k - 0.3)
    ax.tick_params(axis="y", length=0)
    ax.grid(True, axis="x", color="0.9", lw=0.6)
    trans = blended_transform_factory(ax.transAxes, ax.transData)
    for yi, (_, r) in zip(y, rows.iterrows(), strict=True):
        ax.text(1.01, yi, _value_note(r, text), transform=trans, va="center", fontsize=7.5,
                color="0.3", clip_on=False, **text.kw)  # fmt: skip
    if not single:
        name = region_label(region, zh=text.zh, fallback="")
        if not name:
            ids = rows["target_id"].dropna().astype(str).tolist()
            name = text.label("unknown_region") + (", ".join(ids[:3]) if ids else "?")
        ax.set_title(name, loc="left", fontsize=10, fontweight="bold", **text.kw)


def _value_note(r: pd.Series, text: _Text) -> str:
    """``44 (2017) vs ≤42 µg/m³`` for one row: observed, its date, target."""
    import pandas as pd

    def num(v: Any) -> float:
        return math.nan if v is None or pd.isna(v) else float(v)

    unit = unit_label(None if pd.isna(r["unit"]) else str(r["unit"]), zh=text.zh)
    comp = r["comparator"]
    code = "" if pd.isna(comp) else str(comp)
    sym = Comparator(code).symbol if code in set(Comparator) and code != Comparator.BAND else ""
    tgt = _fmt(num(r["target"]))
    if "target_high" in r and not pd.isna(r.get("target_high")):
        tgt = f"{tgt}–{_fmt(num(r['target_high']))}"
    obs = _fmt(num(r["observed"]))
    when = _when(r.get("period_end"), text)
    if str(r.get("basis", "")) == "change":
        o, t = num(r["observed"]), num(r["target"])
        obs, tgt = _signed(o), _signed(t)
        return text.label("change_note", obs=obs, when=when, sym=sym, target=tgt)
    body = f"{obs}{when} vs {sym}{tgt}"
    return _with_unit(body, unit)


def _signed(x: float) -> str:
    """``+2.16``, ``-18,473``: a signed number for a label."""
    if not math.isfinite(x):
        return "n/a"
    text = _fmt(x)
    return text if text.startswith("-") or x == 0 else f"+{text}"


def _when(date: Any, text: _Text) -> str:
    """`` (2017)`` or `` (2018-06)``: the date of an observation, for a label."""
    import pandas as pd

    if date is None or _missing(date):
        return ""
    d = pd.Timestamp(date)
    if (d.month, d.day) == (12, 31):
        return text.label("in_year", year=d.year)
    return text.label("in_month", year=d.year, month=d.month)
