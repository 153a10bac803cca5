"""The gazetteer table, its name index, and the vectorised place-name scan."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from envindicators.errors import AmbiguousRegionError, UnknownRegionError
from envindicators.units import NormalizedText, normalize_text, to_simplified

#: Levels, from the top; the gazetteer's rows are provinces, prefectures and counties, and
#: ``'country'`` is the level of :data:`NATIONAL` (全国) only.
LEVELS: tuple[str, ...] = ("country", "province", "prefecture", "county")
_LEVEL_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}
#: Province codes of the territories outside the mainland (Taiwan, Hong Kong, Macao).
_OUTSIDE_MAINLAND = frozenset({"710000", "810000", "820000"})
#: Kinds of name, in order of preference when one mention has several candidates: a
#: prefecture-qualified county name, a full name, a short name, a former full name (a
#: division renamed since 2000: :func:`former_names`).
NAME_KINDS: tuple[str, ...] = ("qualified", "full", "short", "former")
_KIND_RANK = {k: i for i, k in enumerate(NAME_KINDS)}

#: Morphemes that say *where* or *what kind of area*, not *which* place: directions,
#: positions and the generic words for town, suburb, mine, new and city.  A division whose
#: name stem is made of these only (城区, 东区, 郊区, 矿区, 市中区, 城中区, 新城区) reads as an
#: ordinary word in running text and is found only qualified by its parent (阳泉市城区).
GENERIC_MORPHEMES = frozenset("东西南北中上下前后内外左右城郊矿新老市区")
#: Level suffixes stripped to get a name's stem (longest first).
_STEM_SUFFIXES = (
    "自治县",
    "自治旗",
    "自治州",
    "自治区",
    "特别行政区",
    "新区",
    "林区",
    "特区",
    "地区",
)
_SINGLE_SUFFIXES = "省市县区旗盟州"
#: The one-character names the special administrative regions use of themselves after
#: 全 / 本 (本港, 全港: 香港; 本澳, 全澳: 澳门): like a level character in 全省, they mean
#: the document's own region, and only inside that region (本港 elsewhere is "this port").
DEIXIS_SELF_NAMES: dict[str, str] = {"港": "810000", "澳": "820000"}
#: One-character names used of a whole only after 全: 全台 / 全臺 (all of Taiwan, as its
#: texts write it: 全台臭氧不良日比率).  Never after 本 (本台 is "this station" of a
#: broadcaster); read only inside that region, like :data:`DEIXIS_SELF_NAMES`, and not
#: before 湾 (全台湾 holds the name 台湾 itself).
DEIXIS_WHOLE_NAMES: dict[str, str] = {"台": "710000"}
#: Deixis words: 全 / 我 / 本 + a level character (全省, 我市, 本县, 全区, 全州, 全旗, 全盟),
#: or 全 / 本 + a self-name of :data:`DEIXIS_SELF_NAMES` (本澳, 全港), or 全 + a name of
#: :data:`DEIXIS_WHOLE_NAMES` (全台).
DEIXIS_PATTERN = re.compile(
    r"[全我本]([省市县区州旗盟])(?![域场长级])|[全本]([" + "".join(DEIXIS_SELF_NAMES) + r"])"
    r"|全([" + "".join(DEIXIS_WHOLE_NAMES) + r"])(?!湾)"
)
_HASH_BASE = np.uint64(1_000_003)
#: Words for the whole country (found by find_regions as ``match == 'national'``).
NATIONAL_NAMES: tuple[str, ...] = ("中华人民共和国", "全国", "我国", "中国")
_NATIONAL_PATTERN = re.compile("|".join(NATIONAL_NAMES))
#: Landform and street words: a short name followed by one is part of another proper noun.
FEATURE_WORDS = frozenset("山岭峰湖岛湾路街巷桥")
_FEATURE_WORDS = np.array(sorted(FEATURE_WORDS), dtype=object)
#: Common words whose last character is the first of a short name: a short name that
#: begins inside one of them is read across a word boundary (出台中长期规划 is no 台中,
#: 平台中, 舞台南侧, 电台北京 no 台北; 其中山区 no 中山; 集中山区, 之中), so it is no mention.
CROSSING_WORDS = frozenset(
    {
        *("平台", "出台", "舞台", "电台", "后台", "前台", "阳台", "讲台", "站台", "月台"),
        *("柜台", "上台", "下台", "登台", "擂台", "窗台", "展台", "看台", "戏台", "兄台"),
        *("其中", "集中", "之中", "当中", "空中", "高中", "初中", "心中", "家中", "手中"),
        *("暗中", "途中", "水中", "眼中", "文中", "会中", "从中", "居中", "适中", "命中"),
    }
)
_CROSSING_WORDS = np.array(sorted(CROSSING_WORDS), dtype=object)


@dataclass(frozen=True)
class Region:
    """One administrative division of the gazetteer.

    Parameters
    ----------
    code : str
        Six-digit division code (420100).
    name : str
        Full name (武汉市).
    short_name : str or None
        Short name (武汉), ``None`` when the division has none (沛县).
    level : str
        ``'province'``, ``'prefecture'`` or ``'county'``.
    parent_code : str or None
        Code of the division it belongs to; ``None`` for a province.  Counties directly
        under a province (仙桃市, the districts of 北京市) have the province as parent.
    province_code : str
        Code of its province (the province's own code for a province).
    """

    code: str
    name: str
    short_name: str | None
    level: str
    parent_code: str | None
    province_code: str


#: The whole country (全国, 我国, 中国): code ``'000000'``, level ``'country'``.  Not a row of
#: :func:`gazetteer`; :func:`resolve`, :func:`region_of` and :func:`find_regions` know it.
NATIONAL = Region("000000", "全国", "中国", "country", None, "000000")


@lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """The table of Chinese administrative divisions shipped with the package.

    Province, prefecture and county levels of the National Bureau of Statistics' division
    codes (state on 2022-10-31), and Taiwan, Hong Kong and Macao with their GB/T 2260 codes
    and first-level subdivisions (codes assigned by the package); source, licence and
    derivation in ``envindicators/regions/data/SOURCE.md``.  Cached: the same frame is
    returned on every call, so do not modify it in place (take a ``.copy()``).

    Returns
    -------
    pandas.DataFrame
        One row per division, columns ``code`` (six-digit str), ``name``, ``short_name``
        (``None`` when there is none), ``level`` (``'province'``, ``'prefecture'``,
        ``'county'``), ``parent_code`` (``None`` for provinces), ``province_code`` and
        ``statistical`` (bool: an NBS statistical zone such as a development zone, not an
        administrative division).

    Examples
    --------
    >>> g = gazetteer()
    >>> g.loc[g["code"] == "422800", ["name", "short_name", "level"]].iloc[0].tolist()
    ['恩施土家族苗族自治州', '恩施州', 'prefecture']
    """
    path = resources.files(__package__) / "data" / "divisions.csv"
    with resources.as_file(path) as p:
        frame = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8")
    frame["statistical"] = frame["statistical"] == "True"
    for col in ("short_name", "parent_code"):
        frame[col] = frame[col].astype(object).where(frame[col] != "", None)
    frame["level"] = pd.Categorical(frame["level"], categories=list(LEVELS))
    return frame


@lru_cache(maxsize=1)
def former_names() -> pd.DataFrame:
    """Former names of divisions renamed since 2000, each with the division it is today.

    A county made a city or a district (横县 → 横州市, 2021; 太谷县 → 太谷区, 2019), a
    prefecture renamed (襄樊市 → 襄阳市, 2010): reports written before the change, and many
    written after it, name the division by its former name.  Only renamings are listed —
    a division whose area went whole to one successor that had no other predecessor; a
    county merged into a neighbour or split between several is not, since its figures are
    no figures of one division of today.  Source: the Ministry of Civil Affairs' code lists
    and change notices as compiled by yescallop/areacodes (CC0); derivation in
    ``envindicators/regions/data/SOURCE.md``.  Names that are a name or a short name of a
    division of today's table are not listed (today's division keeps the name).

    Returns
    -------
    pandas.DataFrame
        One row per former name and division: ``name`` (the former name), ``code`` (the
        division of :func:`gazetteer` it is today), ``former_code`` (its codes under that
        name, ``;``-separated) and ``in_use`` (``'1981-2021'``: the years the name was in
        use, the last one exclusive).  Cached: do not modify it in place.

    Examples
    --------
    >>> f = former_names()
    >>> f.loc[f["name"] == "横县", ["code", "in_use"]].iloc[0].tolist()
    ['450181', '1981-2021']
    """
    path = resources.files(__package__) / "data" / "former_names.csv"
    with resources.as_file(path) as p:
        return pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8")


@lru_cache(maxsize=1)
def monitoring_stations() -> pd.DataFrame:
    """Air-quality monitoring stations named after a place that is no division's name, each
    with the division the station stands in.

    A reading at a station is its division's (``東涌錄得55.6微克`` is 离岛区's, ``銅鑼灣``
    湾仔区's): Hong Kong's general and roadside stations of the Environmental Protection
    Department's network, those whose names are not their district's own (东涌, 将军澳,
    塔门, 葵涌, 铜锣湾, 中环, 旺角) or are a district's generic name that running text does
    not otherwise read (中西区, 东区, 南区, 北区).  :func:`find_regions` reads them as short
    names of their district, only inside the district's territory (``within`` Hong Kong):
    中环 of a mainland text is no place.  Source and derivation in
    ``envindicators/regions/data/SOURCE.md``.

    Returns
    -------
    pandas.DataFrame
        One row per station: ``name`` (simplified script), ``code`` (the division of
        :func:`gazetteer` it stands in), ``network`` (``'general'`` or ``'roadside'``) and
        ``station`` (the name as the network writes it).  Cached: do not modify it in place.

    Examples
    --------
    >>> s = monitoring_stations()
    >>> s.loc[s["name"] == "东涌", ["code", "network"]].iloc[0].tolist()
    ['810018', 'general']
    """
    path = resources.files(__package__) / "data" / "stations.csv"
    with resources.as_file(path) as p:
        return pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8")


def _stem(name: str) -> str:
    for suffix in _STEM_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    if len(name) > 1 and name[-1] in _SINGLE_SUFFIXES:
        return name[:-1]
    return name


def is_generic_name(name: str) -> bool:
    """Whether a division name reads as an ordinary word (its stem is generic morphemes only).

    Parameters
    ----------
    name : str
        A full or short name, simplified script.

    Returns
    -------
    bool
        ``True`` for 城区, 东区, 郊区, 矿区, 市中区, 城中区, 新城区, 城北; ``False`` for
        河东区, 鼓楼区, 沛县.

    Examples
    --------
    >>> is_generic_name("城区"), is_generic_name("市中区"), is_generic_name("河东区")
    (True, True, False)
    """
    stem = _stem(name)
    return all(c in GENERIC_MORPHEMES for c in stem)


@dataclass(frozen=True)
class _Index:
    """Every name a division is known by, and per-length hash tables for the scan."""

    names: pd.DataFrame  # key, row (into gazetteer), kind, free (matchable unconditionally)
    by_key: dict[str, np.ndarray]  # key → row numbers of ``names``
    hashes: dict[int, np.ndarray]  # key length → sorted key hashes
    rows: dict[str, Region]  # code → Region


def _hash_strings(keys: list[str], length: int) -> np.ndarray:
    cps = np.array([[ord(c) for c in k] for k in keys], dtype=np.uint64).reshape(-1, length)
    h = np.zeros(len(keys), dtype=np.uint64)
    for k in range(length):
        h += cps[:, k] * _power(k)
    return h


def _power(k: int) -> np.uint64:
    """``_HASH_BASE ** k`` modulo 2**64 (the wrap-around of uint64 arithmetic)."""
    return np.uint64(pow(int(_HASH_BASE), k, 1 << 64))


#: The usual names of autonomous counties and banners that the short-name rule does not
#: make (:func:`_common_names`): a contraction of the place and the people (阜蒙县: 阜新蒙古族
#: 自治县, 杜蒙县: 杜尔伯特蒙古族自治县), of a long place name (喀左县: 喀喇沁左翼…, 前郭县:
#: 前郭尔罗斯…), a short name the build script leaves out because it is the prefecture's
#: (本溪县: 本溪满族自治县 of 本溪市), or one whose short name keeps a people's word (龙胜县:
#: 龙胜各族自治县, 隆林县, 鄂温克旗: 鄂温克族自治旗, 鄂伦春旗).  Full name → usual name.  Source:
#: the divisions' own governments and the Chinese Wikipedia's entries (``简称阜蒙县``), which
#: name them so.  Not listed: 河南县 (河南蒙古族自治县, whose key would read 河南县域… of
#: the province's counties), 莫旗 and 东乡县 (a two-character key; a former name of 抚州市
#: 东乡区).
AUTONOMOUS_USUAL_NAMES: dict[str, str] = {
    "阜新蒙古族自治县": "阜蒙县",
    "杜尔伯特蒙古族自治县": "杜蒙县",
    "喀喇沁左翼蒙古族自治县": "喀左县",
    "前郭尔罗斯蒙古族自治县": "前郭县",
    "本溪满族自治县": "本溪县",
    "龙胜各族自治县": "龙胜县",
    "隆林各族自治县": "隆林县",
    "鄂温克族自治旗": "鄂温克旗",
    "鄂伦春自治旗": "鄂伦春旗",
}


def _common_names(g: pd.DataFrame) -> tuple[list[int], list[str]]:
    """The names an autonomous county is commonly written by: its short name and 县, or
    its short name and 自治县.

    An autonomous county (紫云苗族布依族自治县) is written in running text, and in the
    official pages of its own government, as its short name with the level word 县 (紫云县,
    长阳县, 镇宁县: ``安顺市紫云县忠顺石材开发有限公司``) far more often than by its full
    name, or with 自治县 and its peoples left out (威宁自治县 for 威宁彝族回族苗族自治县, in a
    province's list of its divisions: ``仁怀市6件、威宁自治县12件``); some, and some
    autonomous banners, by a usual name the rule does not make
    (:data:`AUTONOMOUS_USUAL_NAMES`: 阜蒙县, 喀左县, 本溪县, 鄂温克旗).  Such a name is read
    like a full name (its level word closes it, so it is no ordinary word), except where
    the same key is already another division's name or short name (no such case in the
    2022 table: the key would stay that division's).

    Parameters
    ----------
    g : pandas.DataFrame
        The gazetteer (:func:`gazetteer`).

    Returns
    -------
    tuple of (list of int, list of str)
        Row numbers of ``g`` and their common names.
    """
    taken = set(g["name"]) | set(g["short_name"].dropna())
    rows: list[int] = []
    keys: list[str] = []
    county = (g["level"] == "county").to_numpy()
    for r in np.flatnonzero(county):
        name, short = g["name"].iloc[r], g["short_name"].iloc[r]
        if not short or not name.endswith("自治县") or len(short) < 2:
            continue
        for key in (short + "县", short + "自治县"):  # 紫云县; 威宁自治县 (the people left out)
            if key not in taken and key != name:
                rows.append(int(r))
                keys.append(key)
    for r in np.flatnonzero(g["name"].isin(list(AUTONOMOUS_USUAL_NAMES)).to_numpy()):
        key = AUTONOMOUS_USUAL_NAMES[g["name"].iloc[r]]
        if key not in taken and key not in keys:
            rows.append(int(r))
            keys.append(key)
    return rows, keys


@lru_cache(maxsize=1)
def _index() -> _Index:
    g = gazetteer()
    n = len(g)
    short = g["short_name"]
    has_short = short.notna().to_numpy()
    generic_full = np.array([is_generic_name(x) for x in g["name"]])
    generic_short = np.array([s is not None and is_generic_name(s) for s in short])
    parent_row = dict(zip(g["code"], range(n), strict=True))
    # County full names qualified by their prefecture's full or short name (南京市鼓楼区).
    county = (g["level"] == "county").to_numpy()
    pref = g["parent_code"].map(parent_row)
    common_rows, common_keys = _common_names(g)
    common_of: dict[int, str] = {}
    for row, key in zip(common_rows, common_keys, strict=True):
        common_of.setdefault(row, key)  # the first (紫云县) qualifies: 安顺市紫云县
    qualified_rows, qualified_keys = [], []
    for r in np.flatnonzero(county & pref.notna().to_numpy()):
        p = int(pref.iloc[r])
        if g["level"].iloc[p] != "prefecture":
            continue
        for prefix in (g["name"].iloc[p], g["short_name"].iloc[p]):
            if prefix:
                for own in (g["name"].iloc[r], common_of.get(int(r))):
                    if own:
                        qualified_rows.append(r)
                        qualified_keys.append(prefix + own)
    # Former names (横县: 横州市 since 2021) name today's division, and so do they qualified
    # by its prefecture (南宁市横县); a key today's table uses is left to it.
    former = former_names()
    current = set(g["name"]) | set(common_keys) | set(short[has_short])
    former = former[~former["name"].isin(current)]
    former_rows = former["code"].map(parent_row).to_numpy(dtype=np.int64)
    former_keys = former["name"].tolist()
    for r, own in zip(former_rows.tolist(), former_keys, strict=True):
        up: int | None = parent_row.get(g["parent_code"].iloc[r]) if county[r] else None
        if up is not None and g["level"].iloc[up] == "prefecture":
            for prefix in (g["name"].iloc[up], g["short_name"].iloc[up]):
                if prefix:
                    qualified_rows.append(r)
                    qualified_keys.append(prefix + own)
    # A monitoring station named after a place that is no division's name (东涌, 铜锣湾) is
    # a short name of the division it stands in, read only inside its territory (below).
    stations = monitoring_stations()
    station_rows = stations["code"].map(parent_row).to_numpy(dtype=np.int64)
    station_keys = stations["name"].tolist()
    # Keys are folded as every query and text is (traditional → simplified): a name whose
    # own characters fold (乾安县 → 干安县, 乾县) is found under the folded key.
    names = pd.DataFrame(
        {
            "key": [
                to_simplified(k)
                for k in (
                    *g["name"],
                    *common_keys,
                    *short[has_short],
                    *qualified_keys,
                    *former_keys,
                    *station_keys,
                )
            ],
            "row": np.r_[
                np.arange(n),
                common_rows,
                np.flatnonzero(has_short),
                qualified_rows,
                former_rows,
                station_rows,
            ].astype(np.int64),
            "kind": ["full"] * (n + len(common_keys))
            + ["short"] * int(has_short.sum())
            + ["qualified"] * len(qualified_keys)
            + ["former"] * len(former_keys)
            + ["short"] * len(station_keys),
        }
    )
    station = np.zeros(len(names), dtype=bool)
    station[len(names) - len(station_keys) :] = True
    rows = names["row"].to_numpy()
    kind = names["kind"].to_numpy()
    level = g["level"].to_numpy()[rows]
    names["level"] = level
    # Free: found in any text.  Not free: generic names (only qualified) and scoped names.
    # Only a county's or district's name reads as an ordinary word (城区, 东区); a city's
    # name never (新北市, 新北: Taiwan's New Taipei, whose stem is 新 and 北)
    former_kind = kind == "former"
    generic_former = np.zeros(len(names), dtype=bool)
    generic_former[former_kind] = [is_generic_name(k) for k in names["key"][former_kind]]
    generic = (
        np.select(
            [kind == "short", former_kind],
            [generic_short[rows], generic_former],
            generic_full[rows],
        )
        & (kind != "qualified")
        & (level == "county")
        & ~station  # a station's name (中西区, 北区) is read inside its territory
    )
    # Scoped: a county's short name, or a two-character county name (和县, 兴县: a one-character
    # stem), is found only inside the document's own region (see find_regions).
    key_len = names["key"].str.len().to_numpy()
    scoped = (level == "county") & (
        (kind == "short") | (np.isin(kind, ["full", "former"]) & (key_len <= 2))
    )
    # A short name shared by a division of Taiwan, Hong Kong or Macao and one of the
    # mainland (金门: 金门县 of Taiwan and 泉州市金门县; 连江: 连江县 of Taiwan and 福州市连江县)
    # is scoped too: found inside its own territory, or where written in traditional script
    # (金門, 連江: see find_regions), never read silently as the other territory's division.
    outside = np.isin(g["province_code"].to_numpy()[rows], list(_OUTSIDE_MAINLAND))
    names["outside"] = outside
    readable = ~generic
    mixed = (
        names.assign(readable_outside=outside & readable, readable_mainland=~outside & readable)
        .groupby("key")[["readable_outside", "readable_mainland"]]
        .transform("any")
        .all(axis=1)
        .to_numpy()
    )
    shared_short = outside & mixed & (kind == "short")
    names["generic"] = generic
    names["scoped"] = (scoped | shared_short | station) & ~generic
    names["traditional_free"] = shared_short & ~generic
    names["free"] = ~generic & ~names["scoped"].to_numpy()
    by_key = {k: np.asarray(v, dtype=np.int64) for k, v in names.groupby("key").indices.items()}
    keys = pd.Series(list(by_key))
    hashes = {
        int(length): np.unique(_hash_strings(list(grp), int(length)))
        for length, grp in keys.groupby(keys.str.len())
    }
    regions = {
        code: Region(code, name, s, str(lvl), p, prov)
        for code, name, s, lvl, p, prov in zip(
            g["code"],
            g["name"],
            g["short_name"],
            g["level"],
            g["parent_code"],
            g["province_code"],
            strict=True,
        )
    }
    regions[NATIONAL.code] = NATIONAL
    return _Index(names=names, by_key=by_key, hashes=hashes, rows=regions)


def region_of(code: str) -> Region:
    """The :class:`Region` with a six-digit ``code``.

    Parameters
    ----------
    code : str
        Six-digit division code (``'000000'``: :data:`NATIONAL`).

    Returns
    -------
    Region
        The division.

    Raises
    ------
    UnknownRegionError
        No division has this code.
    """
    try:
        return _index().rows[code]
    except KeyError:
        raise UnknownRegionError(code, reason="no division has this code") from None


def _related(codes: np.ndarray, within: Region) -> np.ndarray:
    """Per code: the division is ``within`` itself, inside it, or one of its ancestors."""
    if within.level == "country":
        return np.ones(len(codes), dtype=bool)
    parent, province = _parents(codes)
    inside = (codes == within.code) | (parent == within.code) | (province == within.code)
    ancestor = (codes == within.parent_code) | (codes == within.province_code)
    return np.asarray(inside | ancestor, dtype=bool)


def _in_scope(codes: np.ndarray, within: Region) -> np.ndarray:
    """Per county code: inside ``within``, or a sibling when ``within`` is a county."""
    parent, province = _parents(codes)
    anchor = within.parent_code if within.level == "county" else within.code
    return np.asarray(
        (parent == anchor) | (province == anchor) | (codes == within.code), dtype=bool
    )


def _parents(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The parent's and the province's code of each division code (object arrays).

    Read from the index's :class:`Region` of each code (the gazetteer's own values, ``None``
    where a province has no parent), not from a frame indexed anew for a few codes.
    """
    rows = _index().rows
    regions = [rows[c] for c in codes.tolist()]
    parent = np.array([r.parent_code for r in regions], dtype=object)
    province = np.array([r.province_code for r in regions], dtype=object)
    return parent, province


@lru_cache(maxsize=1)
def _name_columns() -> dict[str, np.ndarray]:
    """The index's names as ``numpy`` columns, read once (``code``: each name's division)."""
    names = _index().names
    cols = {
        col: names[col].to_numpy(dtype=bool)
        for col in ("outside", "scoped", "traditional_free", "free")
    }
    cols["kind"] = names["kind"].to_numpy(dtype=object)
    cols["level"] = names["level"].to_numpy(dtype=object)
    cols["code"] = gazetteer()["code"].to_numpy(dtype=object)[names["row"].to_numpy()]
    return cols


def _as_region(within: str | Region | None) -> Region | None:
    if within is None or isinstance(within, Region):
        return within
    return resolve(within)


def _candidates(key: str) -> pd.DataFrame:
    idx = _index()
    rows = idx.by_key.get(key)
    if rows is None:
        return idx.names.iloc[:0]
    return idx.names.iloc[rows]


def resolve(name: str, *, within: str | Region | None = None) -> Region:
    """The division a name (or code) designates.

    Looks ``name`` up among full names, short names, prefecture-qualified county names
    (南京市鼓楼区) and six-digit codes, in simplified or traditional script (folded with
    :func:`envindicators.units.to_simplified`; spaces are ignored).  A full or qualified
    name is preferred to a short name, and a short name to a former name (横县: 横州市,
    :func:`former_names`); 全国 / 我国 / 中国 / 中华人民共和国 are :data:`NATIONAL`.  When
    the name is unknown, a division whose short name equals its stem is taken (a county
    renamed a district, 太谷县 → 太谷区, 2019).

    Parameters
    ----------
    name : str
        The name or code.
    within : str or Region, optional
        A region (name, code or :class:`Region`) that breaks ties: if it is itself a
        candidate it is taken, else only candidates that lie inside it or contain it are
        kept (鼓楼区 within 南京市).

    Returns
    -------
    Region
        The division.

    Raises
    ------
    UnknownRegionError
        No division has this name (the message suggests names with the same stem).
    AmbiguousRegionError
        Several divisions remain; the message lists them with their codes — pass
        ``within`` or a qualified name.

    Examples
    --------
    >>> resolve("恩施州").code, resolve("新疆").name, resolve("湖北").level
    ('422800', '新疆维吾尔自治区', 'province')
    >>> resolve("鼓楼区", within="南京市").code
    '320106'
    """
    text = "".join(to_simplified(str(name)).split())
    region_within = _as_region(within)
    if re.fullmatch(r"\d{6}", text):
        return region_of(text)
    if text in NATIONAL_NAMES:
        return NATIONAL
    cands = _candidates(text)
    if cands.empty:
        stem = _stem(text)
        if stem != text and len(stem) >= 2:
            cands = _candidates(stem)
            cands = cands[cands["kind"] == "short"]
    if cands.empty:
        raise UnknownRegionError(str(name), reason="not a division name in the gazetteer")
    g = gazetteer()
    codes = g["code"].to_numpy()[cands["row"].to_numpy()]
    if region_within is not None:
        own = codes == region_within.code
        keep = own if own.any() else _related(codes, region_within)
        if keep.any():
            cands, codes = cands[keep], codes[keep]
    ranks = cands["kind"].map(_KIND_RANK).to_numpy()
    best = ranks == ranks.min()
    codes = np.unique(codes[best])
    if len(codes) > 1:
        regions = [region_of(c) for c in codes]
        raise AmbiguousRegionError(str(name), [(r.code, _describe(r)) for r in regions])
    return region_of(str(codes[0]))


def _describe(region: Region) -> str:
    chain = [region.name]
    parent = region.parent_code
    while parent is not None:
        p = region_of(parent)
        chain.append(p.name)
        parent = p.parent_code
    return "".join(reversed(chain))


def resolve_deixis(word: str, region: Region | str) -> Region | None:
    """The division a deictic word (全省, 我市, 本县, 全区 …) refers to in a document.

    The level character of the word (省 市 县 区 州 旗 盟) is looked up along the chain
    of the document's region and its ancestors: the first division whose full name ends
    with it is meant.  So 全省 in a city's document is the city's province, 全市 in a
    district's document is the district's city, 全区 in a document of 广西壮族自治区 is the
    autonomous region.  本港 / 全港 and 本澳 / 全澳 (:data:`DEIXIS_SELF_NAMES`) are Hong
    Kong and Macao when the document's region is, or lies in, that region; 全台 / 全臺
    (:data:`DEIXIS_WHOLE_NAMES`) is Taiwan in a document of Taiwan or one of its divisions.

    Parameters
    ----------
    word : str
        The deictic word: 全/我/本 followed by a level character, 全/本 followed by
        港 or 澳, or 全台.
    region : Region or str
        The document's region (a :class:`Region`, name or code).

    Returns
    -------
    Region or None
        ``None`` when no division of the chain has that level (全县 in a province's
        document).

    Raises
    ------
    ValueError
        ``word`` is not a deictic word.

    Examples
    --------
    >>> resolve_deixis("全省", "武汉市").name
    '湖北省'
    >>> resolve_deixis("全市", "武昌区").name
    '武汉市'
    >>> resolve_deixis("本澳", "澳门").code, resolve_deixis("本港", "广州市") is None
    ('820000', True)
    """
    folded = to_simplified(word).strip()
    m = DEIXIS_PATTERN.fullmatch(folded)
    if m is None:
        raise ValueError(f"{word!r} is not a deictic word such as 全省, 我市, 本县, 全区 or 本港")
    suffix = m.group(1)
    own_code = (
        DEIXIS_SELF_NAMES[m.group(2)]
        if m.group(2) is not None
        else DEIXIS_WHOLE_NAMES[m.group(3)]
        if m.group(3) is not None
        else None
    )
    current: Region | None = region if isinstance(region, Region) else resolve(region)
    while current is not None:
        if own_code is not None:
            if current.code == own_code:
                return current
        elif current.name.endswith(suffix):
            return current
        current = region_of(current.parent_code) if current.parent_code else None
    return None


_COLUMNS = [
    "start",
    "end",
    "mention",
    "code",
    "name",
    "level",
    "ambiguous",
    "n_candidates",
    "match",
]


def _scan(text: str) -> pd.DataFrame:
    """Every occurrence (overlapping) of every index key in ``text`` (normalised)."""
    idx = _index()
    n = len(text)
    if n == 0:
        return pd.DataFrame({"start": [], "length": []}, dtype=np.int64)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.uint64
    )
    h = np.zeros(n, dtype=np.uint64)
    starts_all, lengths_all = [], []
    max_len = max(idx.hashes)
    for length in range(1, min(max_len, n) + 1):
        m = n - length + 1
        h = h[:m] + cps[length - 1 :] * _power(length - 1)
        table = idx.hashes.get(length)
        if table is None:
            continue
        pos = np.minimum(np.searchsorted(table, h), len(table) - 1)  # table is sorted
        hit = np.flatnonzero(table[pos] == h)
        if hit.size:
            starts_all.append(hit)
            lengths_all.append(np.full(hit.size, length, dtype=np.int64))
    if not starts_all:
        return pd.DataFrame({"start": [], "length": []}, dtype=np.int64)
    return pd.DataFrame(
        {"start": np.concatenate(starts_all), "length": np.concatenate(lengths_all)}
    )


def is_traditional_text(text: str) -> bool:
    """Whether a text is written in traditional script (not a stray quoted character).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        ``True`` when at least three characters, and at least one in fifty, change when
        folded to simplified script.

    Examples
    --------
    >>> is_traditional_text("連江縣空氣品質良好"), is_traditional_text("连江县空气质量良好")
    (True, False)
    """
    changed = sum(a != b for a, b in zip(text, to_simplified(text), strict=True))
    return changed >= 3 and 50 * changed >= len(text)


def find_regions(text: str, *, within: str | Region | None = None) -> pd.DataFrame:
    """Every place-name mention in a text, with its division code.

    The text is normalised first (:func:`envindicators.units.normalize_text`: traditional
    script, full-width forms, stray spaces), and spans index the text as given.  All names
    are looked for at once (a vectorised hash scan over the text, one pass per name length);
    overlapping matches are resolved longest first, then leftmost.

    What counts as a mention:

    * full names (武汉市, 恩施土家族苗族自治州) and prefecture-qualified county names
      (南京市鼓楼区, 南京鼓楼区);
    * former names of divisions renamed since 2000 (横县, 南宁市横县: 横州市 since 2021;
      :func:`former_names`), as today's division, ``match == 'former'`` (qualified:
      ``'qualified'``); a two-character one (横县, 陕县) only inside the ``within`` region;
    * short names of provinces and prefectures (湖北, 武汉, 恩施州, 新疆);
    * short names of counties (平遥, 太谷) and two-character county names (兴县, 和县) only
      inside the ``within`` region (for a county: its sibling counties) — elsewhere two
      characters are too often an ordinary word or a phrase (合作, 延长, 通道; 市和县,
      振兴县域);
    * not a short name followed by a landform or street word (:data:`FEATURE_WORDS`:
      兴安岭, 青海湖, 北京路 are other proper nouns), nor a short name or county name whose
      first character ends a common word before it (:data:`CROSSING_WORDS`: 出台中长期规划
      names no 台中, 其中山区 no 中山区);
    * never a name whose stem is only directions or generic area words (城区, 东区, 郊区,
      新区, 市中区: see :func:`is_generic_name`) unless qualified (阳泉市城区);
    * with ``within``, the deictic words 全省 / 我市 / 本县 / 全区 / 全州 … resolved by
      :func:`resolve_deixis` (``match == 'deixis'``);
    * the country: 全国, 我国, 中国, 中华人民共和国 (:data:`NATIONAL`, ``match ==
      'national'``, level ``'country'``) — not 中国 across a word boundary (其中|国家级,
      集中|国有: :data:`CROSSING_WORDS`).

    Parameters
    ----------
    text : str
        Any text (a whole report).
    within : str or Region, optional
        The document's region (name, code or :class:`Region`).  Among several divisions of
        one name, those that are it, inside it or contain it are kept (鼓楼区 within 南京市).

    Returns
    -------
    pandas.DataFrame
        One row per mention, in text order: ``start``, ``end`` (offsets into ``text``),
        ``mention`` (the text as given), ``code``, ``name`` (full name), ``level``,
        ``ambiguous`` (bool: several divisions remain; the one reported is ``within``
        itself if it is among them, else the first by kind of name, then level, then
        code), ``n_candidates`` and ``match`` (``'full'``, ``'short'``, ``'qualified'``,
        ``'former'``, ``'deixis'`` or ``'national'``).

    Raises
    ------
    UnknownRegionError, AmbiguousRegionError
        ``within`` does not designate one division.

    Examples
    --------
    >>> df = find_regions("湖北省恩施州和武汉市鼓楼区", within="湖北")
    >>> df[["mention", "code", "ambiguous"]].values.tolist()
    [['湖北省', '420000', False], ['恩施州', '422800', False], ['武汉市', '420100', False], \
['鼓楼区', '320106', True]]
    """
    # a document is asked for its places by several readers (its region, its datelines, its
    # territory, its openings): the mentions of one text within one region are found once
    return _find_regions(text, _as_region(within)).copy()


@lru_cache(maxsize=32)
def _find_regions(text: str, region_within: Region | None) -> pd.DataFrame:
    nt = normalize_text(text)
    norm = nt.text
    hits = _scan(norm)
    idx = _index()
    # the mentions' columns, part by part: names, deictic words, the country
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    if len(hits):
        parts.append(_name_mentions(text, nt, hits, region_within))
    if region_within is not None:
        deixis = [
            (m.start(), m.end(), resolve_deixis(m.group(0), region_within))
            for m in DEIXIS_PATTERN.finditer(norm)
        ]
        deixis = [d for d in deixis if d[2] is not None]
        if deixis:
            parts.append(
                (
                    np.array([d[0] for d in deixis], dtype=np.int64),
                    np.array([d[1] for d in deixis], dtype=np.int64),
                    np.array([d[2].code for d in deixis if d[2] is not None], dtype=object),
                    np.full(len(deixis), "deixis", dtype=object),
                    np.ones(len(deixis), dtype=np.int64),
                )
            )
    # 其中|国家级, 集中|国有: a name of the country whose first character ends a common
    # word before it (CROSSING_WORDS) is read across a word boundary, no mention
    national = [
        (m.start(), m.end())
        for m in _NATIONAL_PATTERN.finditer(norm)
        if norm[max(0, m.start() - 1) : m.start() + 1] not in CROSSING_WORDS
    ]
    if national:
        parts.append(
            (
                np.array([a for a, _ in national], dtype=np.int64),
                np.array([b for _, b in national], dtype=np.int64),
                np.full(len(national), NATIONAL.code, dtype=object),
                np.full(len(national), "national", dtype=object),
                np.ones(len(national), dtype=np.int64),
            )
        )
    if not parts:
        return _empty()
    start, end, code, match, n_cands = (np.concatenate(col) for col in zip(*parts, strict=True))
    # Longest first, then leftmost (a stable order); a mention overlapping an accepted one
    # is dropped.
    occupied = np.zeros(len(norm) + 1, dtype=bool)
    keep = np.zeros(len(start), dtype=bool)
    order = np.lexsort((start, -(end - start)))
    for i, s, e in zip(order.tolist(), start[order].tolist(), end[order].tolist(), strict=True):
        if not occupied[s:e].any():
            occupied[s:e] = True
            keep[i] = True
    kept = np.flatnonzero(keep)
    kept = kept[np.argsort(start[kept], kind="stable")]  # kept mentions start apart
    if not len(kept):
        return _empty()
    start, end, code, match = start[kept], end[kept], code[kept], match[kept]
    n_cands = n_cands[kept].astype(np.int64)
    a, b = nt.original_spans(start, end)
    found_regions = [idx.rows[c] for c in code.tolist()]
    return pd.DataFrame(
        {
            "start": a.astype(np.int64),
            "end": b.astype(np.int64),
            "mention": [text[s:e] for s, e in zip(a.tolist(), b.tolist(), strict=True)],
            "code": code.astype(object),
            "name": np.array([r.name for r in found_regions], dtype=object),
            "level": pd.Categorical([r.level for r in found_regions], categories=list(LEVELS)),
            "ambiguous": n_cands > 1,
            "n_candidates": n_cands,
            "match": match.astype(object),
        }
    )


def _name_mentions(
    text: str, nt: NormalizedText, hits: pd.DataFrame, region_within: Region | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The names among a scan's ``hits``: one division (the best candidate) per hit kept.

    Returns the kept hits' ``start``, ``end`` (in the normalised text), ``code``, ``match``
    (the kind of name) and ``n_candidates`` (distinct divisions left), in scan order.

    Each hit's key is looked up in the index (hash collisions, keys no name has, drop out);
    the candidates are filtered by the rules below and ranked by own division, kind of name,
    script, level and code — all on ``numpy`` columns of the few candidates, read once.
    ``nt`` is the :func:`~envindicators.units.normalize_text` of ``text``.
    """
    norm = nt.text
    idx = _index()
    cols = _name_columns()
    keys = [
        norm[s : s + ln]
        for s, ln in zip(hits["start"].tolist(), hits["length"].tolist(), strict=True)
    ]
    found = [idx.by_key.get(k) for k in keys]
    counts = np.array([0 if rows is None else len(rows) for rows in found], dtype=np.int64)
    hit = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
    pos = (
        np.concatenate([rows for rows in found if rows is not None])
        if counts.any()
        else np.zeros(0, dtype=np.int64)
    )
    starts = hits["start"].to_numpy()[hit]
    ends = starts + hits["length"].to_numpy()[hit]
    code = cols["code"][pos]
    kind = cols["kind"][pos]
    level = cols["level"][pos]
    short = kind == "short"
    allowed = cols["free"][pos].copy()
    scoped = cols["scoped"][pos]
    if region_within is not None and scoped.any():
        scope = np.zeros(len(pos), dtype=bool)
        scope[scoped] = _in_scope(code[scoped], region_within)
        allowed |= scope
    # A short name followed by a landform or street word is another proper noun
    # (兴安岭, 青海湖, 北京路); full names end in their level word and need no such rule.
    following = np.array([norm[e : e + 1] for e in ends.tolist()], dtype=object)
    allowed &= ~(short & np.isin(following, _FEATURE_WORDS))
    # A short name or a county's name whose first character ends a common word before
    # it (出台中长期, 平台中, 其中山区) is read across a word boundary.
    across = np.array([norm[b - 1 : b + 1] if b > 0 else "" for b in starts.tolist()], dtype=object)
    loose = short | (level == "county")
    allowed &= ~(loose & np.isin(across, _CROSSING_WORDS))
    # A shared short name of Taiwan, Hong Kong or Macao written in traditional script
    # (金門, 連江) is that territory's division.
    orig_a, orig_b = nt.original_spans(starts, ends)
    traditional = np.array(
        [
            to_simplified(text[a:b]) != text[a:b]
            for a, b in zip(orig_a.tolist(), orig_b.tolist(), strict=True)
        ],
        dtype=bool,
    )
    allowed |= cols["traditional_free"][pos] & traditional
    # A short name whose next character makes another division's name (新北 of 新北区:
    # Changzhou's district, read only qualified) is part of that name, no mention.
    longer = np.array(
        [
            e < len(norm) and norm[e] in _SINGLE_SUFFIXES and norm[b : e + 1] in idx.by_key
            for b, e in zip(starts.tolist(), ends.tolist(), strict=True)
        ],
        dtype=bool,
    )
    allowed &= ~(short & longer)
    # 金门县 / 连江县 of Taiwan and of Fujian: a name written in traditional script, or in
    # a text of that script, is first Taiwan's; else the mainland's (still ambiguous).
    first_outside = traditional | is_traditional_text(text)
    script_rank = (cols["outside"][pos] != first_outside).astype(int)
    keep = allowed
    if region_within is not None and keep.any():
        related = np.zeros(len(pos), dtype=bool)
        related[keep] = _related(code[keep], region_within)
        any_related = np.bincount(hit[related], minlength=len(keys)) > 0
        keep = keep & (related | ~any_related[hit])
    hit, starts, ends = hit[keep], starts[keep], ends[keep]
    code, kind, level, script_rank = code[keep], kind[keep], level[keep], script_rank[keep]
    own_rank = (code != (region_within.code if region_within is not None else "")).astype(int)
    kind_rank = np.array([_KIND_RANK[k] for k in kind.tolist()], dtype=int)
    level_rank = np.array([_LEVEL_RANK[lv] for lv in level.tolist()], dtype=int)
    # the best candidate of each hit: by hit, own division, kind, script, level, code
    order = np.lexsort((code.astype(str), level_rank, script_rank, kind_rank, own_rank, hit))
    first = order[np.r_[True, hit[order][1:] != hit[order][:-1]]] if len(order) else order
    # how many divisions each hit may be: distinct codes among its candidates
    _, code_id = np.unique(code.astype(str), return_inverse=True)
    pairs = np.unique(hit * (int(code_id.max(initial=0)) + 1) + code_id)
    n_codes = np.bincount(pairs // (int(code_id.max(initial=0)) + 1), minlength=len(keys))
    return starts[first], ends[first], code[first], kind[first], n_codes[hit[first]]


def _empty() -> pd.DataFrame:
    """The mentions frame without rows (a copy of :func:`_empty_mentions`, built once).

    Examples
    --------
    >>> a = _empty()
    >>> a.empty, list(a.columns)[:3], a is _empty()
    (True, ['start', 'end', 'mention'], False)
    """
    return _empty_mentions().copy()


@lru_cache(maxsize=1)
def _empty_mentions() -> pd.DataFrame:
    """The typed mentions frame without rows, built once (never handed out: see :func:`_empty`)."""
    return pd.DataFrame(
        {
            "start": pd.Series([], dtype=np.int64),
            "end": pd.Series([], dtype=np.int64),
            "mention": pd.Series([], dtype=object),
            "code": pd.Series([], dtype=object),
            "name": pd.Series([], dtype=object),
            "level": pd.Categorical([], categories=list(LEVELS)),
            "ambiguous": pd.Series([], dtype=bool),
            "n_candidates": pd.Series([], dtype=np.int64),
            "match": pd.Series([], dtype=object),
        }
    )


def _chain(region: Region) -> list[str]:
    """Codes from the province down to ``region``."""
    codes = [region.code]
    parent = region.parent_code
    while parent is not None:
        codes.append(parent)
        parent = region_of(parent).parent_code
    return codes[::-1]


def document_region(text_or_title: str) -> Region | None:
    """The region a document is about, from its title (or its opening).

    The title is the first non-blank line; when it names no division, the first 300
    characters are read.  The divisions named there (unambiguous mentions; deixis and
    scoped names are not read) give the document's region: the most specific one when all
    the others contain it (遼寧省…撫順市 → 抚顺市; 湖北省武汉市 → 武汉市), else the most
    specific division that contains them all (太原市, 晋中市 → 山西省), or ``None`` when
    they lie in different provinces.  The country (全国, 中国) counts only when no division
    is named (2021中国生态环境状况公报 → :data:`NATIONAL`).  When nothing is named, the
    self-names of :data:`DEIXIS_SELF_NAMES` in the first 300 characters give their region
    (``去年本澳平均氣溫…`` → 澳门特别行政区) if they all name the same one.

    Parameters
    ----------
    text_or_title : str
        A title or a whole document.

    Returns
    -------
    Region or None
        ``None`` when no division is named, or the named ones share no province.

    Examples
    --------
    >>> document_region("湖北省武汉市关于中央生态环境保护督察整改落实情况的报告").name
    '武汉市'
    >>> document_region("關於撫順市第二輪中央生態環境保護督察整改落實情況").code
    '210400'
    >>> document_region("太原市、晋中市整改情况").name
    '山西省'
    """
    lines = [line for line in text_or_title.splitlines() if line.strip()]
    pieces = [lines[0]] if lines else []
    pieces.append(text_or_title[:300])
    for piece in pieces:
        found = find_regions(piece)
        found = found[~found["ambiguous"]]
        if found.empty:
            continue
        if (found["match"] == "national").all():
            return NATIONAL
        found = found[found["match"] != "national"]
        chains = [_chain(region_of(str(c))) for c in dict.fromkeys(found["code"])]
        common: list[str] = []
        for level_codes in zip(*chains, strict=False):
            if len(set(level_codes)) > 1:
                break
            common.append(level_codes[0])
        deepest = max(chains, key=len)
        if all(c == deepest[: len(c)] for c in chains):
            return region_of(deepest[-1])
        return region_of(common[-1]) if common else None
    # No division named: the self-names 本澳 / 全港 … name their own region (a Macao
    # newspaper's 本澳 needs no 澳门 in the text).
    selves = {
        DEIXIS_SELF_NAMES[m.group(2)]
        for m in DEIXIS_PATTERN.finditer(normalize_text(text_or_title[:300]).text)
        if m.group(2) is not None
    }
    if len(selves) == 1:
        return region_of(selves.pop())
    return None
