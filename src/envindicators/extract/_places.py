"""Place names of a report, through the gazetteer :mod:`envindicators.regions`.

One adapter so that the reader sees one shape: :meth:`Places.find` returns the place
names of a text (``start``, ``end``, ``name`` — the full name; 全省/全市/我市 are the
region of their section of the document, ``ambiguous`` when the gazetteer kept several
divisions, ``group`` for a statistical group kept as written), :meth:`Places.document_region`
the region of a document from its title or opening, :meth:`Places.most_frequent` the
division a text names most (a last, unsure resort).

Rules (general, none tuned to one document):

* a *dateline* place is not a subject: the place of ``新华网北京12月3日电`` (a place
  followed by a day and 电/讯) and a place inside a reporter's parenthesis
  (``（记者 …）``) are dropped;
* a *statistical group* of divisions (京津冀, 长三角, 汾渭平原, 黄河流域, “2+26”城市, 168个城市)
  is a region of its own, never resolved to one division: a named area (:data:`NAMED_AREAS`)
  by its one name in either script (長三角 → 长三角地区), a counted group as written
  (simplified script, no spaces or quotes); the gazetteer's mentions inside it are dropped;
* a short name followed by a word of water (``龙岗河``, ``X江``, ``X水库``) names a river,
  lake or reservoir, not the division (the gazetteer drops those followed by 山/湖/湾);
* a document that speaks of itself as a division (我省, 本市) is not about the country, even
  when 全国 is the only region it names: its region is then unknown, not 全国;
* ``全國`` / ``我國`` / ``本國`` in a document of Taiwan are the island's own whole (the words
  as used there), not the mainland (中國 there is the mainland); Hong Kong's and Macao's
  whole is 全港 / 全澳 (deixis), their 全國 the country; which territory a document is of
  is told by its place names, institutions and script (:meth:`Places.region_and_confidence`);
* a *list total* ``A、B、C等N省`` / ``A等N个城市``: the figures about it are at the list's
  common scope (the members' one parent or province, else the country) — never one member;
  the mention's ``match`` is ``'list'`` (an unsure scope, for the reader to mark); places
  given as examples of a larger set (``衢州、台州等44个城市``) are no subject at all;
* a *section* starts at a heading line (short, no sentence end) that names one division
  (``辽宁省对外公开…整改情况``): the deictic words after it (全省, 全市, 我市 …) are
  resolved within that division instead of the document's region;
* a deixis word that resolves to no division of the document's region (全市 in a province's
  or the country's text) is kept, named :data:`UNNAMED`: its section's division, else the
  division of its level named last before it in its paragraph (太原市……全市), else unknown —
  never the document's province or country;
* in a text of Taiwan, 北市 / 高市 / 中市 / 南市 are its cities (臺北市 …), 全台 its whole;
* a mainland text whose title and opening name no division, that never speaks as one and
  names the country's whole or cites a central body publishing its figures (国家统计局,
  生态环境部) is the country's (:func:`of_the_country`; guessed);
* a page that speaks as a division it does not name (我省 of a provincial daily, 全省 of an
  省环保厅 monthly, 我市 of a city bureau under its province's name) is of the division of
  the speaker's level that holds the places it names (:func:`speaking_division`; guessed),
  where the region read is none or a province above the speaker — never on a page whose
  opening names the country;
* a counted group of cities written alone (``337个地级及以上城市``) is kept as a mention, but
  a count is no region: a figure of it is the whole that holds the cities
  (:func:`counted_cities_scope`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

import envindicators.regions as regions
from envindicators.errors import AmbiguousRegionError, EnvIndicatorsError, UnknownRegionError
from envindicators.extract._phrases import (
    _DIVISION_END,
    COMPARED_AFTER,
    HAND_OVER,
    PINYIN_LETTERS,
    _strip_glosses,
)
from envindicators.extract._roles import SENTENCE_BREAKS
from envindicators.units import normalize_text, parse_integer, to_simplified

__all__ = [
    "GROUP_PATTERN",
    "NAMED_AREAS",
    "ORGAN_LABEL",
    "UNNAMED",
    "Places",
    "acting_division",
    "counted_cities_scope",
    "counted_scope",
    "division_count_end",
    "gathers_provinces",
    "in_organisation_name",
    "in_postal_address",
    "in_system_name",
    "labels_of_lists",
    "list_member_places",
    "list_scope",
    "of_the_country",
    "signature_division",
    "speaking_division",
]

_COLUMNS = ["start", "end", "name", "ambiguous", "match", "level", "group", "members"]
#: Named areas that are no administrative division: ``(name, written forms)``, simplified
#: script (traditional text is folded before matching).  Sources: the key regions of air
#: policy (重点区域 = 京津冀及周边地区, 长三角地区, 汾渭平原) as named by the State Council's
#: 《打赢蓝天保卫战三年行动计划》 (国发〔2018〕22号, 2018-06-27) and 《空气质量持续改善行动计划》
#: (国发〔2023〕24号, 2023-11-30), copies read at http://m.protectedparcel.com/page111?article_id=562
#: and http://jmcggg.com/news/31157.html; 长江经济带 (《长江经济带发展规划纲要》, 2016), 成渝地区
#: (《成渝地区双城经济圈建设规划纲要》, 2021), 粤港澳大湾区 (《粤港澳大湾区发展规划纲要》, 2019),
#: 珠三角 (《珠江三角洲地区改革发展规划纲要》),
#: 苏皖鲁豫交界地区 (the Ministry of Ecology and Environment's monthly air-quality reports).
#: The first form is the name a row carries (长三角 → 长三角地区).
NAMED_AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("京津冀及周边地区", ("京津冀及周边地区", "京津冀及周边")),
    ("京津冀", ("京津冀地区", "京津冀")),
    ("长三角地区", ("长江三角洲地区", "长三角地区", "长三角")),
    ("珠三角地区", ("珠江三角洲地区", "珠三角地区", "珠三角")),
    ("汾渭平原", ("汾渭平原地区", "汾渭平原")),
    ("成渝地区", ("成渝地区",)),
    ("苏皖鲁豫交界地区", ("苏皖鲁豫交界地区",)),
    ("粤港澳大湾区", ("粤港澳大湾区",)),
    ("长江经济带", ("长江经济带",)),
)
_AREA_NAME = {form: name for name, forms in NAMED_AREAS for form in forms}
#: Statistical groups of divisions: the named areas and counted groups of cities, kept as
#: written (``168个重点城市``, ``339个地级及以上城市``) — never one division of the gazetteer.
#: (Left out: 重点区域 — a city's or county's own 重点区域 are its own zones — and 黄河流域,
#: mostly a modifier in a province's text: 黄河流域生态环境警示片, 黄河流域生态保护.)
#: The two groups of the ten first-level water-resource regions of the Ministry of Water
#: Resources' 《中国水资源公报》 — 北方6区 (松花江, 辽河, 海河, 黄河, 淮河, 西北诸河) and 南方4区
#: (长江, 东南诸河, 珠江, 西南诸河) — are groups too, kept as written (南方4区, 北方六区).
GROUP_PATTERN = re.compile(
    "|".join(re.escape(form) for form in sorted(_AREA_NAME, key=len, reverse=True))
    + r"|[“\"]?2\+26[”\"]?\s*城市|\d+\s*个\s*(?:重点|地级及以上|地级以上)?\s*城市"
    r"(?=平均|中|PM|[，,。；（(]|$)" + r"|(?:南方\s*[4四]|北方\s*[6六])\s*区"
)
#: After a dateline place: a day and 电, 讯 or 消息 (北京12月3日电, 太原3日讯, 北京12月13日消息;
#: read in simplified script: 北京12月28日電), or a comma, a date and a dash
#: (``《科技日报》,北京,11月22日——``).
_DATELINE_AFTER = re.compile(
    r"^\s*(?:(\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(电|讯|消息)"
    r"|[,，]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(——|—|－|--))"
)
#: Around a reporter's place written after the day: 5月23日北京报道, 3日太原讯.
_DATE_BEFORE = re.compile(r"\d{1,2}\s*日\s*$")
_REPORTED_AFTER = re.compile(r"^\s*(报道|讯|电)")
#: A reporter's parenthesis (（记者 李维琴 太原报道）): places inside are no subject.
_REPORTER = re.compile(r"[（(]\s*(记者|通讯员|特约记者)[^）)\n]{0,40}[）)]")
_HEADING_MAX = 40
#: How much of a document its opening is (as :func:`envindicators.regions.document_region`
#: reads it).
_OPENING = 300


#: After a place in a page's opening: a few words of the clause and a verb of handing an
#: inspection's complaints over (:data:`~._phrases.HAND_OVER`; ``向南宁市交办8批…``,
#: ``向貴港市交辦第10批…``, ``向雅安市移交…``) — the place is the batch's recipient.
_HANDED_AFTER = re.compile(r"[^，,。；;：:\n]{0,6}?(?:" + HAND_OVER + ")")
#: Right before a place in a page's opening: where an inspection group is stationed
#: (``督察组自6月7日进驻广西``): the inspected province, not the page's own subject.
_STATIONED_BEFORE = re.compile(r"进驻$")


def transfer_recipient(text: str, region: str | None) -> str | None:
    """The one division inside ``region`` an opening names as a batch's recipient, else ``None``.

    A page that names its province only as where the central inspection is stationed
    (``督察组自6月7日进驻广西…``) and hands a batch to one division inside it (``…督察组已向
    南宁市交办8批群众举报案件共130件``) tells the recipient's petitions: the figures its opening
    and later paragraphs tell (``交办的130件信访案件中，…工业废气41件``) are 南宁市's, not
    广西's.  Read on the first :data:`_OPENING` characters: every mention of ``region`` there
    follows 进驻 (a title or a sentence naming the province otherwise keeps it: ``黑龙江省
    开展第二季度环保督查…向哈尔滨市转交``), and one division below it, right after 向 and
    before a verb of handing over (:data:`_HANDED_AFTER`), is named — not several
    (``向海东市、黄南州转办23件``: the province's figures).

    Parameters
    ----------
    text : str
        The document (simplified or traditional script).
    region : str or None
        The region read from its title or opening.

    Returns
    -------
    str or None
        The recipient's full name.

    Examples
    --------
    >>> t = "督察组自6月7日进驻广西开展工作以来，已向南宁市交办8批群众举报案件共130件"
    >>> transfer_recipient(t, "广西壮族自治区")
    '南宁市'
    >>> transfer_recipient("黑龙江省开展督查。督察组共向哈尔滨市转交信访案件36批次", "黑龙江省")
    """
    if region is None:
        return None
    opening = _strip_glosses(to_simplified(text[:_OPENING]))  # 進(jìn)駐: 进驻
    found = regions.find_regions(opening)
    found = found[found["name"].notna() & ~found["ambiguous"].astype(bool)]
    own = found[found["name"] == region]
    if own.empty or not all(
        _STATIONED_BEFORE.search(opening, 0, int(a)) for a in own["start"].to_numpy()
    ):
        return None
    try:
        code = str(regions.resolve(region).code)
    except (UnknownRegionError, AmbiguousRegionError):
        return None
    recipients = {
        str(name)
        for a, b, name, place in found[["start", "end", "name", "code"]].itertuples(index=False)
        if opening[max(0, int(a) - 1) : int(a)] == "向"
        and _HANDED_AFTER.match(opening, int(b))
        and code in [str(r.code) for r in _chain(str(place))[1:]]
    }
    return recipients.pop() if len(recipients) == 1 else None


#: A counted group of cities as :meth:`Places.find` names it (simplified, no spaces); group
#: 2: 地级及以上 / 重点 (cities of prefecture level), or none (cities of any level).
_COUNTED_CITIES = re.compile(r"(\d+)个(重点|地级及以上|地级以上)?城市")
#: The most cities of prefecture level one province holds: 21 (广东省; 四川省 with its three
#: autonomous prefectures).  More such cities than that lie in several provinces.
PROVINCE_MOST_CITIES = 21
#: The most cities of any level (prefecture- and county-level cities) one province holds:
#: 山东省, 16 and 26-odd — below 50 in every province (福建省's texts count their 23 cities).
PROVINCE_MOST_CITIES_ANY = 50


def counted_cities_scope(name: str, document: str | None) -> str | None:
    """The region of a figure about a counted group of cities written alone, or ``None``.

    A count of cities (``337个地级及以上城市``, ``168个重点城市``, ``23个城市``; a group named
    as :meth:`Places.find` keeps it) names how many places a figure sums up, not where:
    the cities lie in the whole that holds them — the document's region when it is the
    country; the country when they are more than one province holds
    (:data:`PROVINCE_MOST_CITIES` of prefecture level, :data:`PROVINCE_MOST_CITIES_ANY` of
    any level); else the document's region when it is a province; else a whole the text
    does not name (:data:`UNNAMED`).  A named group (汾渭平原, “2+26”城市) or a division is
    no count: ``None``.

    Parameters
    ----------
    name : str
        A region as the reader read it.
    document : str, optional
        The document's region (full name).

    Returns
    -------
    str or None
        The region to give the figure (:data:`UNNAMED` when unknown), or ``None`` when
        ``name`` is no counted group of cities.

    Examples
    --------
    >>> counted_cities_scope("337个地级及以上城市", None)
    '全国'
    >>> counted_cities_scope("23个城市", None)
    ''
    >>> counted_cities_scope("13个城市", "河北省")
    '河北省'
    >>> counted_cities_scope("3个城市", "太原市")
    ''
    >>> counted_cities_scope("汾渭平原", "全国") is None
    True
    """
    m = _COUNTED_CITIES.fullmatch(name)
    if m is None:
        return None
    level = None
    if document:
        try:
            level = regions.resolve(document).level
        except (UnknownRegionError, AmbiguousRegionError):
            level = None
    if level == "country":
        return str(document)
    most = PROVINCE_MOST_CITIES if m.group(2) else PROVINCE_MOST_CITIES_ANY
    if int(m.group(1)) > most:
        return regions.NATIONAL.name
    return str(document) if level == "province" else UNNAMED


#: A word for an area between a group's name and its counted cities (京津冀区域13个城市,
#: 長三角地區25個城市; either script), at the end of the text before the count.
_AREA_WORD_BEFORE = re.compile(r"(?:区域|區域|地区|地區)\s*$")


def _empty() -> pd.DataFrame:
    """The places frame without rows (a copy of :func:`_empty_places`, built once).

    Examples
    --------
    >>> a = _empty()
    >>> a.empty, list(a.columns)[:3], a is _empty()
    (True, ['start', 'end', 'name'], False)
    """
    return _empty_places().copy()


@lru_cache(maxsize=1)
def _empty_places() -> pd.DataFrame:
    """The typed places frame without rows, built once (never handed out: see :func:`_empty`)."""
    return pd.DataFrame(
        {"start": pd.Series(dtype="int64"), "end": pd.Series(dtype="int64"),
         "name": pd.Series(dtype=object), "ambiguous": pd.Series(dtype=bool),
         "match": pd.Series(dtype=object), "level": pd.Series(dtype=object),
         "group": pd.Series(dtype=bool), "members": pd.Series(dtype=object)}
    )  # fmt: skip


@dataclass(frozen=True)
class Places:
    """Adapter over :func:`envindicators.regions.find_regions` and ``document_region``."""

    @classmethod
    def build(cls) -> Places:
        """The adapter (the gazetteer itself is loaded once, lazily, by :mod:`regions`).

        Returns
        -------
        Places
        """
        return cls()

    def find(
        self, text: str, *, within: str | None = None, headings: pd.DataFrame | None = None
    ) -> pd.DataFrame:
        """Place names in ``text``, resolved (deixis → its section's region or ``within``).

        Parameters
        ----------
        text : str
            Running text.
        within : str, optional
            The document's region: 全省/全市/我市 resolve to it (outside a section that
            names its own division), and short names are read inside it first.  A region
            the gazetteer does not know (``天津等7省(市)``) is not used to resolve names,
            and deixis then stays unresolved.
        headings : pandas.DataFrame, optional
            ``start`` and ``end`` of the heading lines of ``text``; default: the lines of at
            most 40 characters that do not end a sentence.

        Returns
        -------
        pandas.DataFrame
            ``start``, ``end`` (span in ``text``), ``name`` (the full name, or a group as
            written), ``ambiguous`` (bool), ``match`` (the gazetteer's kind of mention,
            ``'group'`` for a group), ``level`` (``'province'`` … ``'country'``,
            ``'group'``) and ``group`` (bool), in text order.
        """
        try:
            found = regions.find_regions(text, within=within)
        except UnknownRegionError:
            found = regions.find_regions(text)
        except AmbiguousRegionError:
            found = regions.find_regions(text, within=_by_script(within, text))
        found = found[found["name"].notna()]
        found = found.assign(level=found["level"].astype(object), group=False)
        found = found[~self._dateline(text, found)]
        found = found[~in_postal_address(text, found)]
        found = found[~_water_names(text, found)]
        found = found[~inside_a_word(text, found)]
        found = _unnamed_places(text, found)
        found = _national_within(found, within, text)
        found = _taiwan_city_abbreviations(text, found, within)
        found = _mainland_short_in_taiwan(found, within)
        found = _air_zones(text, found)
        found = _list_totals(text, found)
        if "members" not in found.columns:
            found = found.assign(members=None)
        groups = self._groups(text)
        if len(groups) and (found["match"] == "list").any():  # the count of a list total
            lists = found.loc[found["match"] == "list", ["start", "end"]].to_numpy()
            gs, ge = groups["start"].to_numpy(), groups["end"].to_numpy()
            groups = groups[~((gs[:, None] >= lists[:, 0]) & (ge[:, None] <= lists[:, 1])).any(1)]
        if len(groups):
            gs, ge = groups["start"].to_numpy(), groups["end"].to_numpy()
            fs, fe = found["start"].to_numpy(), found["end"].to_numpy()
            inside = ((fs[:, None] < ge) & (fe[:, None] > gs)).any(axis=1)
            found = found[~inside]
            # a counted group right after a division, deixis or group is part of that
            # mention (全省11个城市, 长三角41个城市): the division or group stays the subject
            counted = groups["name"].str.match(r"^\d").to_numpy()
            named = groups[~counted]
            ends = np.concatenate([found["end"].to_numpy(), named["end"].to_numpy()])
            # (全国 339 个地级及以上城市: spaces of a PDF's text between them; 京津冀区域13个
            # 城市: the group's own word for an area)
            tight = [len(text[:a].rstrip()) for a in groups["start"].to_numpy()]
            area = [len(_AREA_WORD_BEFORE.sub("", text[:a].rstrip())) for a in groups["start"]]
            swallowed = counted & (np.isin(tight, ends) | np.isin(area, ends))
            found = _absorb(found, groups[swallowed])
            named = _absorb(named, groups[swallowed])
            groups = pd.concat([named, groups[counted & ~swallowed]], ignore_index=True)
        found = _unresolved_deixis(text, found)
        if within is not None and (found["match"] == "deixis").any():
            found = self._deixis_by_section(text, found, within, headings)
        found = _deixis_named_before(text, found)
        found = _deixis_by_signature(text, found)
        out = pd.concat([found[_COLUMNS], groups], ignore_index=True) if len(groups) else found
        if len(out) == 0:
            return _empty()
        out = out[_COLUMNS].sort_values("start", kind="stable")
        return out.astype({"start": "int64", "end": "int64"}).reset_index(drop=True)

    @staticmethod
    def _dateline(text: str, found: pd.DataFrame) -> np.ndarray:
        """Mentions that are a dateline's place or a reporter's (（记者…））.

        A dateline: 北京12月3日电, 中新网北京12月28日電, 央广网北京12月13日消息, 5月23日北京报道.
        """
        ends = found["end"].to_numpy(dtype=np.int64)
        starts = found["start"].to_numpy(dtype=np.int64)
        drop = np.array(
            [
                bool(_DATELINE_AFTER.match(to_simplified(text[e : e + 12])))
                or (
                    bool(_REPORTED_AFTER.match(to_simplified(text[e : e + 4])))
                    and bool(_DATE_BEFORE.search(text[max(0, s - 8) : s]))
                )
                for s, e in zip(starts, ends, strict=True)
            ],
            dtype=bool,
        )
        for m in _REPORTER.finditer(text):
            drop |= (starts >= m.start()) & (ends <= m.end())
        return drop

    @staticmethod
    def _groups(text: str) -> pd.DataFrame:
        nt = normalize_text(text)
        hits = list(GROUP_PATTERN.finditer(nt.text))
        if not hits:
            return _empty()
        a, b = nt.original_spans(
            np.array([m.start() for m in hits], dtype=np.int64),
            np.array([m.end() for m in hits], dtype=np.int64),
        )
        names = [_AREA_NAME.get(m.group(0), re.sub(r"[\s“”\"]", "", m.group(0))) for m in hits]
        return pd.DataFrame(
            {
                "start": np.asarray(a, dtype=np.int64),
                "end": np.asarray(b, dtype=np.int64),
                "name": np.array(names, dtype=object),
                "ambiguous": False,
                "match": "group",
                "level": "group",
                "group": True,
                "members": None,
            }
        )

    @staticmethod
    def sections(
        text: str, found: pd.DataFrame, headings: pd.DataFrame | None = None
    ) -> pd.DataFrame:
        """Sections of ``text``: heading lines that name one division (its full name).

        A place the page names only in its credits (a site's header naming a firm,
        ``銀川盛源彩鋼鋼構有限公司``; ``作者:…``: :func:`named_only_in_credits`) heads no section.

        Parameters
        ----------
        text : str
            The document.
        found : pandas.DataFrame
            Its place names (:meth:`find`).
        headings : pandas.DataFrame, optional
            ``start`` and ``end`` of its heading lines (default: short lines that end no
            sentence).

        Returns
        -------
        pandas.DataFrame
            ``start`` (of the heading) and ``name`` (the division it names), in text order.
        """
        if headings is None:
            headings = _headings(text)
        named = found[
            ~found["group"].astype(bool)
            & ~found["ambiguous"].astype(bool)
            & found["match"].isin(regions.NAME_KINDS)
            & ~named_only_in_credits(text, found)  # 銀川…有限公司: a site's header
        ]
        if named.empty or headings.empty:
            return pd.DataFrame(
                {"start": pd.Series(dtype="int64"), "name": pd.Series(dtype=object)}
            )
        hs, he = headings["start"].to_numpy(), headings["end"].to_numpy()
        k = np.searchsorted(hs, named["start"].to_numpy(), side="right") - 1
        ok = (k >= 0) & (named["end"].to_numpy() <= he[np.maximum(k, 0)])
        sel = named[ok].assign(h=hs[k[ok]])
        # a heading names one division when all its mentions are that one division
        by_heading = sel.groupby("h")["name"]
        first = by_heading.first()
        one = first[(by_heading.agg(lambda s: len(set(s))) == 1).to_numpy()]
        return pd.DataFrame(
            {"start": one.index.to_numpy(dtype=np.int64), "name": one.to_numpy(dtype=object)}
        )

    @staticmethod
    def without_title(text: str, sections: pd.DataFrame, region: str | None) -> pd.DataFrame:
        """``sections`` (:meth:`sections`) without the title's, where it is no section.

        The title (a heading on the first line) is no section where it names another
        division than the document's ``region`` and the text speaks as a division (``我市``,
        ``本港``) or the title ranks its place among places it counts
        (:func:`ranked_in_title`): the title's place is the inspector's province that
        addresses the city (``福建省生态环境保护督察组向我市转办…``) or a part ranked in the
        whole the text is about (``屯門連續兩年空氣最差`` over ``本港去年空氣質素…``;
        ``…较差20城公布 临汾市垫底``), not the subject of the paragraphs that name no place —
        the document's region is.

        Parameters
        ----------
        text : str
            The document.
        sections : pandas.DataFrame
            Its sections (:meth:`sections`).
        region : str or None
            The document's region (``None``: every section is kept).

        Returns
        -------
        pandas.DataFrame

        Examples
        --------
        >>> p = Places.build()
        >>> t = "福建省督察组向我市转办\\n我市已办结3件"
        >>> secs = p.sections(t, p.find(t))
        >>> secs["name"].tolist(), p.without_title(t, secs, "厦门市")["name"].tolist()
        (['福建省'], [])
        >>> p.without_title(t, secs, "福建省")["name"].tolist()
        ['福建省']
        """
        if (
            region is None
            or sections.empty
            or text[: int(sections["start"].iloc[0])].strip()  # not the first line
            or sections["name"].iloc[0] == region
        ):
            return sections
        if _SPEAKER.search(to_simplified(text)) is None:
            title = text.split("\n", 1)[0]
            if not ranked_in_title(title, regions.find_regions(title)).any():
                return sections
        return sections.iloc[1:].reset_index(drop=True)

    def _deixis_by_section(
        self, text: str, found: pd.DataFrame, within: str, headings: pd.DataFrame | None
    ) -> pd.DataFrame:
        secs = self.sections(text, found, headings)
        if secs.empty:
            return found
        deixis = (found["match"] == "deixis").to_numpy()
        starts = found["start"].to_numpy()
        k = np.searchsorted(secs["start"].to_numpy(), starts, side="right") - 1
        names = found["name"].to_numpy(dtype=object).copy()
        levels = found["level"].to_numpy(dtype=object).copy()
        for i in np.flatnonzero(deixis & (k >= 0)):
            word = text[int(starts[i]) : int(found["end"].iloc[i])]
            try:
                region = regions.resolve_deixis(word, str(secs["name"].iloc[k[i]]))
            except (ValueError, UnknownRegionError, AmbiguousRegionError):
                continue
            if region is not None:
                names[i], levels[i] = region.name, region.level
        return found.assign(name=names, level=levels)

    def document_region(self, text: str, *, source: str | None = None) -> str | None:
        """The region a document is about, from its title or opening, else its source name.

        Parameters
        ----------
        text : str
            The title or the whole document.
        source : str, optional
            The document's name (a title or file name): read when the text names no region.

        Returns
        -------
        str or None
            Where the opening counts the provinces it gathers before it names a division
            (:func:`gathers_provinces`), that division's province.
        """
        return self._document_region(text, source)[0]

    def _document_region(self, text: str, source: str | None) -> tuple[str | None, bool]:
        """:meth:`document_region`, and whether it was read as one of provinces gathered."""
        text = self._blank_compared(text)  # 僅次於臺北市: what the text is set against
        text = _blank_unnamed(text)  # 广东省中南部某城市: the subject is not named
        text = _blank_opening(text, inside_a_word, head=_OPENING)  # 日照时数: no 日照市
        text = _blank_opening(text, in_postal_address, head=_OPENING)  # 沈阳市A号邮政信箱
        text = _blank_opening(text, in_organisation_name, head=_OPENING)  # 通州區漷縣污水處理廠
        text = _blank_opening(text, ranked_in_title, head=_OPENING)  # 20城公布 临汾市垫底
        text = _blank_credits(text)  # 作者:寧夏彩鋼岩棉板, named nowhere else: a site's credit
        blanked = self._blank_datelines(text)
        if blanked != text:
            # a news report filed under a dateline: only its title (first line) names its
            # subject; places deeper in its opening are what the report tells about
            # (2015年12月河北省…试点启动 in a report on all 31 provinces)
            title = next((line for line in blanked.splitlines() if line.strip()), "")
            found = regions.document_region(title)
        else:
            found = regions.document_region(text)
        if found is None and source:
            found = regions.document_region(source)
        if (
            found is not None
            and found.level == "country"
            and (
                _SELF_DIVISION.search(to_simplified(text))
                or _WHOLE_DIVISION.search(to_simplified(text[:_OPENING]))
            )
        ):
            # 我省, 本市, or 全市 in its opening: the document speaks as a division it does
            # not name (全国 is what it is ranked against: 在全国168个重点城市中排名…)
            return None, False
        if found is not None and gathers_provinces(text, str(found.name)):
            # 7省(市)公开…整改落实情况 … 三十七、晋中市…: the provinces' reports gathered;
            # the city named first is its first item's subject, its province the document's
            return str(regions.region_of(str(found.province_code)).name), True
        name = None if found is None else str(found.name)
        return transfer_recipient(text, name) or name, False

    def region_and_confidence(
        self, text: str, *, source: str | None = None
    ) -> tuple[str | None, int]:
        """The document's region and how sure it is: 1 read, 0 guessed.

        The region its title or opening names (:meth:`document_region`), checked against
        the territory its signs tell (:func:`envindicators.regions.document_territory`:
        place names, institutions, script).  In a text of Taiwan, Hong Kong or Macao:

        * a title naming the country or nothing (``我國廢棄物減量…``, ``全國AQI>100比率…``)
          gives the territory itself — the whole its 全國 / 我國 speak of; guessed (0)
          where the text names neither the territory nor its whole (全國, 全港, 香港 …),
          and no region but the division it names most (guessed) where it speaks of itself
          as a part (本縣, 本市: a county's report);
        * a title naming a division of the territory (臺中市) keeps it;
        * a title naming a division outside it (a township 潮州 of 屏東 read as 潮州市 of
          Guangdong) gives the territory, guessed (0): the signs and the title conflict;
        * the territory is guessed (0) too where the text has signs of other territories
          (:attr:`Territory.sure` is ``False``).

        Otherwise (a mainland text or no sign) the title's region, sure; where the title
        names none, the division the text names most (:meth:`most_frequent`), guessed; where
        the opening gathers provinces (:func:`gathers_provinces`), the province of the
        division it names first, guessed (one of the provinces gathered).  A place the title
        ranks among the places it counts (``…较差20城公布 临汾市垫底``, :func:`ranked_in_title`)
        is no title's region; a country's text so titled (:func:`of_the_country`) is the
        country's, read (1).

        Where the territory is Taiwan's, Hong Kong's or Macao's and the title names none of
        its divisions (or one outside it), a text that never names the territory's whole is
        the page of the division it names more often than all the others together
        (``嘉義縣…;嘉義縣近5年…`` → 嘉义县), guessed (0).

        Last, a text that speaks as a division (我省, 本市, 我区; else 全省, 全市 …) is that
        division's page (:func:`speaking_division`): where the region read so far is none,
        or a division above the speaker's level that the speaker's word cannot mean (山西省
        for a text of 我市: the province named as the inspector or the city's province),
        the division of the speaker's level that holds the places the text names is its
        region, guessed (0).  Not the country: a national page quoting a province's 我省
        keeps 全国.

        Parameters
        ----------
        text : str
            The whole document.
        source : str, optional
            The document's name (read when the text names no region).

        Returns
        -------
        tuple of (str or None, int)
            The region's full name (or ``None``) and 1 (read) or 0 (guessed).
        """
        region, confidence, territory = self._title_region_and_confidence(text, source)
        # a text of Taiwan that names no region reads its places inside Taiwan (金門縣 is
        # Taiwan's there, not Fujian's)
        spoken = _speaking_code(text, within=region or territory)
        if spoken is not None and _wrong_level(region, spoken, text):
            # 我市 of 晋城 under 山西省's title: the speaker, guessed
            return regions.region_of(spoken).name, 0
        return region, confidence

    def _title_region_and_confidence(
        self, text: str, source: str | None
    ) -> tuple[str | None, int, str | None]:
        """:meth:`region_and_confidence` before the speaking division is read, and the
        territory's name where the text is Taiwan's, Hong Kong's or Macao's."""
        found, gathered = self._document_region(text, source)
        territory = regions.document_territory(text)
        if territory is not None and territory.code != regions.MAINLAND:
            own = regions.region_of(territory.code).name
            if found is None or found == regions.NATIONAL.name:
                if _SELF_DIVISION.search(to_simplified(text)):  # 本縣, 本市: a part of it
                    named = self.find(text, within=own)
                    # a city named only as what 本市 is set against (僅次於臺北市) is no subject
                    named = named[~compared_mentions(text, named)]
                    return self.most_frequent(named), 0, own
                whole = _speaks_of_whole(text, territory.code)
                if found is None and not whole and (part := self._part_named(text, own)):
                    return part, 0, own  # 嘉義縣近5年…: the county it is about, guessed
                return own, 1 if territory.sure and whole else 0, own
            try:
                inside = regions.resolve(found).province_code == territory.code
            except (UnknownRegionError, AmbiguousRegionError):
                inside = False
            if inside:
                return found, 1, own
            if not _speaks_of_whole(text, territory.code) and (part := self._part_named(text, own)):
                return part, 0, own  # 嘉南平原 read as 南平市, 嘉義縣 named: 嘉义县, guessed
            return own, 0, own
        if found is None:
            if of_the_country(text):  # 国家统计局发布…, 我国…: the country's figures
                # read, not guessed, where the title ranks a member of the places it counts
                # (…较差20城公布 临汾市垫底: the country's ranking of its cities)
                title = text.split("\n", 1)[0]
                ranked = ranked_in_title(title, regions.find_regions(title)).any()
                return regions.NATIONAL.name, 1 if ranked else 0, None
            return self.most_frequent(self.find(text)), 0, None
        return found, 0 if gathered else 1, None  # one of the provinces gathered: unsure

    def _part_named(self, text: str, own: str) -> str | None:
        """The division of the territory ``own`` that a text of it, whose title names none of
        its divisions and which never names the territory's whole (全國, 全台, 臺灣 …), is
        about: the one it names more often than all the others together (``嘉義縣今天…;
        嘉義縣近5年…;嘉義縣新港及朴子2測站`` → 嘉义县), a comparison's reference not counted
        (僅次於臺北市); ``None`` where no division is so named (a text of several counties)."""
        named = self.find(text, within=own)
        named = named[~compared_mentions(text, named)]
        part = self.most_frequent(named, dominant=True)
        return None if part == own else part

    @classmethod
    def _blank_datelines(cls, text: str, head: int = 400) -> str:
        """``text`` with the dateline places of its opening blanked (the news agency's city).

        A dateline (中新网北京12月28日电) says where the report was filed, not what it is
        about; :func:`envindicators.regions.document_region` reads the opening, so the
        place is replaced by spaces of the same length (spans unchanged).
        """
        opening = text[:head]
        found = regions.find_regions(opening)
        found = found[found["name"].notna()]
        if found.empty:
            return text
        drop = cls._dateline(opening, found)
        chars = list(opening)
        for s, e in found.loc[drop, ["start", "end"]].to_numpy(dtype=np.int64):
            chars[s:e] = " " * (e - s)
        return "".join(chars) + text[head:]

    @staticmethod
    def _blank_compared(text: str) -> str:
        """``text`` with the places of its opening named as a comparison's reference blanked.

        ``人口密度全國排名第2,僅次於臺北市`` in a city's report names what the city is set
        against, not the document's subject (:func:`compared_mentions`).
        """
        return _blank_opening(text, compared_mentions, head=400)

    @staticmethod
    def most_frequent(
        found: pd.DataFrame,
        levels: Sequence[str] = ("province", "prefecture"),
        *,
        dominant: bool = False,
    ) -> str | None:
        """The division of ``levels`` named most often, or ``None`` (none, a tie, or once).

        A last resort for a document whose title and opening name no region: an unsure
        guess, to be marked as such by the caller.  A text that sums up places of several
        provinces (a list total whose scope is the country) gets no guess.

        Parameters
        ----------
        found : pandas.DataFrame
            Place names (:meth:`find`).
        levels : sequence of str
            The levels counted (default province and prefecture).
        dominant : bool
            Only a division named more often than all the others together (the subject
            of a county's page among the places it mentions once: ``嘉義縣`` three times,
            ``臺北市`` once).

        Returns
        -------
        str or None
        """
        named = found[
            found["level"].isin(list(levels))
            & ~found["ambiguous"].astype(bool)
            & ~found["group"].astype(bool)
            & ~found["match"].isin(("deixis", "zone"))  # a zone is read for its figures only
        ]
        if ((found["match"] == "list") & (found["name"] == regions.NATIONAL.name)).any():
            return None  # a text that sums up places of several provinces has no one subject
        if named.empty:
            return None
        counts = named["name"].value_counts()
        if len(counts) > 1 and counts.iloc[0] == counts.iloc[1]:
            return None  # a tie names no subject
        if counts.iloc[0] < 2:
            return None  # a division named once is something the text tells about
        if dominant and counts.iloc[0] <= counts.iloc[1:].sum():
            return None  # named no more often than the others together: no one subject
        return str(counts.index[0])


def _by_script(name: str | None, text: str) -> regions.Region | None:
    """The division a name shared by Taiwan and the mainland (金门县, 连江县: Taiwan's
    counties and Fujian's rows of the same names) designates in ``text``: Taiwan's in a
    text of traditional script, as :func:`envindicators.regions.find_regions` reads the
    names themselves; else ``None`` (the name stays unresolved)."""
    if name is None:
        return None
    g = regions.gazetteer()
    same = g[(g["name"] == to_simplified(name)).to_numpy()]
    outside = same[same["province_code"].isin(list(regions.TERRITORIES)).to_numpy()]
    if len(outside) != 1 or len(same) != 2 or not regions.is_traditional_text(text):
        return None
    return regions.region_of(str(outside["code"].iloc[0]))


#: After a place that only locates an unnamed one: a part of it (中南部, 北) and 某 + a
#: level (某市, 某城市, 某县, 某地; simplified script): 广东省中南部某城市, 皖北某市, 江苏某县.
_UNNAMED_AFTER = re.compile(
    r"(?:[东南西北中]{1,2}部|[东南西北])?某一?个?(?:城市|地级市|市|县|区|镇|乡|地)"
    r"(?![场域民长委])"  # not 某市场, 某区域, 某市民, 某县长
)


def _locates_unnamed(text: str, found: pd.DataFrame) -> np.ndarray:
    """Mentions that only locate an unnamed place (``广东省中南部某城市``), a mask."""
    if found.empty:
        return np.zeros(0, dtype=bool)
    return np.array(
        [
            _UNNAMED_AFTER.match(to_simplified(text[e : e + 8])) is not None
            for e in found["end"].astype(int).tolist()
        ],
        dtype=bool,
    )


def _unnamed_places(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """``found`` with a place that only locates an unnamed one (``广东省中南部某城市``,
    ``皖北某市``) named :data:`UNNAMED` (``match == 'deixis'``): the figures of 某城市 are of
    a city the text does not name, not of the province that holds it."""
    mask = _locates_unnamed(text, found)
    if not mask.any():
        return found
    names = found["name"].to_numpy(dtype=object).copy()
    levels = found["level"].to_numpy(dtype=object).copy()
    matches = found["match"].to_numpy(dtype=object).copy()
    names[mask], levels[mask], matches[mask] = UNNAMED, None, "deixis"
    return found.assign(name=names, level=levels, match=matches)


def _blank_unnamed(text: str) -> str:
    """``text`` with the places of its opening that only locate an unnamed one blanked
    (``广东省中南部某城市``: the document is of a city it does not name)."""
    return _blank_opening(text, _locates_unnamed, head=_OPENING)


def _blank_opening(
    text: str, which: Callable[[str, pd.DataFrame], np.ndarray], *, head: int
) -> str:
    """``text`` with the place mentions of its first ``head`` characters that ``which``
    marks (a mask over :func:`envindicators.regions.find_regions`' rows) replaced by spaces
    of the same length (spans unchanged)."""
    opening = text[:head]
    found = regions.find_regions(opening)
    if found.empty:
        return text
    mask = which(opening, found)
    if not mask.any():
        return text
    chars = list(opening)
    for a, b in found.loc[mask, ["start", "end"]].to_numpy(dtype=np.int64):
        chars[a:b] = " " * (b - a)
    return "".join(chars) + text[head:]


def _blank_credits(text: str) -> str:
    """``text`` with the places of its opening that the page names only in its credits
    (:func:`named_only_in_credits`: ``作者:寧夏彩鋼岩棉板`` on a national bulletin's copy)
    replaced by spaces of the same length (spans unchanged); the whole text is read to
    tell whether the place is named again.

    Examples
    --------
    >>> _blank_credits("作者:宁夏彩钢\\n8月，全国优良天数比例为91.6%。")[:7]
    '作者:  彩钢'
    >>> _blank_credits("作者:宁夏彩钢\\n宁夏8月优良天数比例为91.6%。")[:7]
    '作者:宁夏彩钢'
    """
    simple = to_simplified(text[:_OPENING])
    if not _CREDIT_ANYWHERE.search(simple):
        return text
    found = regions.find_regions(text)
    found = found[found["name"].notna()]
    if found.empty:
        return text
    mask = named_only_in_credits(text, found) & (found["end"].to_numpy() <= _OPENING)
    mask &= ~in_organisation_name(text, found)  # (blanked already, where it begins a name)
    if not mask.any():
        return text
    chars = list(text)
    for a, b in found.loc[mask, ["start", "end"]].to_numpy(dtype=np.int64):
        chars[a:b] = " " * (b - a)
    return "".join(chars)


#: A count of places in a title (``20城``, ``74个城市``, ``十县市``), simplified script.
_PLACES_IN_TITLE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十]+)\s*个?\s*(?:重点)?\s*(?:城市|城|县市|县区|省份|省区|地市)"
)
#: After a place at an end of a ranking (临汾市垫底, 拉萨居首, 邢台倒数第一, 海口排名第一).
_RANK_END_AFTER = re.compile(r"\s*(?:垫底|倒数|榜首|居首|排名第|排第|位列第|名列第)")


def ranked_in_title(text: str, found: pd.DataFrame) -> np.ndarray:
    """Places of the title (the first line) ranked among the places it counts, a mask.

    A title that counts places (``20城``, ``74个城市``) and names one of them at an end of
    their ranking (``…空气质量相对较差20城公布 临汾市垫底``; 居首, 倒数, 排名第…) names a
    member of the ranking: the text is about the whole the counted places lie in (the 337
    cities' figures are the country's), not about that member.  A title that counts no places
    (``厦门市空气质量位列全国前十``, ``屯門連續兩年空氣最差``) is its place's own.

    Parameters
    ----------
    text : str
        The text (its first line is read).
    found : pandas.DataFrame
        Place mentions (``start``, ``end``) of ``text``.

    Returns
    -------
    numpy.ndarray of bool

    Examples
    --------
    >>> t = "今年前3月空气质量相对较差20城公布 临汾市垫底"
    >>> ranked_in_title(t, pd.DataFrame({"start": [19], "end": [22]})).tolist()
    [True]
    >>> t = "临汾市空气质量垫底"
    >>> ranked_in_title(t, pd.DataFrame({"start": [0], "end": [3]})).tolist()
    [False]
    """
    out = np.zeros(len(found), dtype=bool)
    line = text.split("\n", 1)[0]
    simple = to_simplified(line)
    if found.empty or _PLACES_IN_TITLE.search(simple) is None:
        return out
    for i, e in enumerate(found["end"].to_numpy(dtype=np.int64).tolist()):
        if e <= len(line) and _RANK_END_AFTER.match(simple, e) is not None:
            out[i] = True
    return out


def _absorb(mentions: pd.DataFrame, counted: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with their span extended over a counted group that follows them."""
    if mentions.empty or counted.empty:
        return mentions
    follow = dict(zip(counted["start"].tolist(), counted["end"].tolist(), strict=True))
    ends = np.array([follow.get(int(x), int(x)) for x in mentions["end"]], dtype=np.int64)
    return mentions.assign(end=ends)


def _headings(text: str) -> pd.DataFrame:
    lines = text.split("\n")
    starts = np.cumsum([0] + [len(x) + 1 for x in lines[:-1]])
    keep = [len(x.strip()) <= _HEADING_MAX and not x.strip().endswith(("。", "；")) for x in lines]
    return pd.DataFrame({"start": starts, "end": starts + np.array([len(x) for x in lines])})[
        keep
    ].reset_index(drop=True)


#: Words of water after a short name: a river, stream, canal or reservoir named after the
#: place (龙岗河, 深圳河, 汾江) — not followed by a division name that begins with the same
#: character (山西河南, 北京江苏: 河南 and 江苏 are mentions of their own).
_WATER_AFTER = re.compile(r"(河(?![道湖长流段])|江(?![河湖])|溪|渠|水库|水道)")


#: The segmenter's tags of words that are names themselves (places, organisations, other
#: proper names, abbreviations): a short name inside one of them (中山大学, 四川盆地) is left
#: to the rules that read names.
_NAME_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "j"})
#: Characters of text segmented on either side of a short name (the word around it).
_WORD_REACH = 4


def inside_a_word(text: str, found: pd.DataFrame) -> np.ndarray:
    """Short names matched inside a longer word of the text (a mask over ``found``).

    A gazetteer's short name is a place only where it is a word of its own: the segmenter
    (:func:`envindicators.extract._segment.segment`) reads ``日照时数`` and ``日照時間``
    (sunshine hours) as one word, ``长治久安`` and ``大同小异`` as idioms — 日照, 长治 and 大同
    are no places there.  A name the segmenter cuts as a word (``日照、青岛``, ``通化工业``),
    a full name (``日照市``) and a short name inside another name (tags :data:`_NAME_TAGS`:
    ``中山大学``, ``四川盆地``) are kept.  The words are read in a window of
    :data:`_WORD_REACH` characters either side of the name.

    Parameters
    ----------
    text : str
        The text the names were found in (either script).
    found : pandas.DataFrame
        The gazetteer's mentions (``start``, ``end``, ``match``).

    Returns
    -------
    numpy.ndarray
        ``True`` for each mention inside a longer word.

    Examples
    --------
    >>> import pandas as pd
    >>> found = pd.DataFrame({"start": [1, 12], "end": [3, 14], "match": ["short", "short"]})
    >>> inside_a_word("年日照时数2912小时，日照、青岛", found).tolist()
    [True, False]
    """
    from envindicators.extract._segment import segment  # jieba: loaded on first use

    out = np.zeros(len(found), dtype=bool)
    if len(found) == 0:
        return out
    starts = found["start"].to_numpy(dtype=np.int64)
    ends = found["end"].to_numpy(dtype=np.int64)
    short = (found["match"] == "short").to_numpy()
    for k in np.flatnonzero(short):
        s, e = int(starts[k]), int(ends[k])
        lo = max(0, s - _WORD_REACH)
        for a, b, tag in segment(text[lo : e + _WORD_REACH]):
            a, b = a + lo, b + lo
            if a < e and b > s:  # the words the name overlaps
                if (a < s or b > e) and tag not in _NAME_TAGS and b - a > e - s:
                    out[k] = True
                break
    return out


#: A character's reading in pinyin written after it (協(xié)調(diào), 蕉城區(qū)), in a copied page:
#: whole and bracketed, of any letters of pinyin (the gloss ``_phrases._GLOSS`` takes out of a
#: phrase needs a toned letter and may be cut open by the phrase's ends).
_GLOSS = re.compile(rf"[（(][A-Z{PINYIN_LETTERS}]{{1,7}}[)）]")

#: After a place name: the rest of an organisation's name (沈阳|材料科学国家研究中心,
#: 长安|污水处理厂, 海南|盈涛水务有限责任公司), simplified script; no word of a clause between
#: (的, 共, 有 but 有限, 已, 对, 在, 为 …: 四川省共有污水处理厂, 全省已关闭小电厂); closed by a
#: mark, a list word or 被/的 (台中|电厂及…, 通州区|漷县污水处理厂被发现…); a pinyin gloss
#: inside the name is passed over (包头市|加通污水处理有限责(zé)任公司).
_ORG_AFTER = re.compile(
    r"(?:(?!有(?!限)|[的共已对将在为是了与和及把被])[\u4e00-\u9fff]|" + _GLOSS.pattern + r"){0,12}?"
    r"(?:研究中心|创新中心|中心|大学|学院|研究院|研究所|集团|公司|银行|医院|实验室"
    r"|厂)"
    r"(?=[、，,。；;：:\s（(及和与被的]|$)"
)


#: After a place name: the rest of a standard's or a law's name (广东省|标准, 广东省|地方标准,
#: 《江苏省|大气污染防治条例》, 浙江省|环境违法行为处罚办法), simplified script; no word of a
#: clause between (as :data:`_ORG_AFTER`), closed by a mark, 》, a list word, 被/的, or the
#: words a norm is met by (要求, 值, 限值).  Not 规定, which is a verb as often
#: (湖北省规定，…).
_NORM_AFTER = re.compile(
    r"(?:(?!有(?!限)|[的共已对将在为是了与和及把被])[\u4e00-\u9fff]|" + _GLOSS.pattern + r"){0,16}?"
    r"(?:标准|条例|办法|细则|规范)"
    r"(?=[》、，,。；;：:\s（(及和与被的值]|要求|限值|$)"
)


#: After a place name: the rest of the name of a system, a platform or a hotline that
#: carries cases or data (全国|环境保护信访信息系统, 全国|排污许可证管理信息平台,
#: 全国|12369环保举报热线), simplified script; no word of a clause between (as
#: :data:`_ORG_AFTER`).  Such a name ends in its own kind word, so no mark need close
#: it (``…信息系统转办案件9件``: the cases are the city's).  Not a sector (全国环保系统:
#: the country's own bodies, whose figures are the country's).
_SYSTEM_AFTER = re.compile(
    r"(?:(?!有(?!限)|[的共已对将在为是了与和及把被])[\u4e00-\u9fff\d]|"
    + _GLOSS.pattern
    + r"){0,16}?"
    r"(?:信息系统|管理系统|监控系统|信息平台|管理平台|服务平台|举报平台|监管平台|举报热线"
    r"|服务热线|监测网络)"
)


def in_organisation_name(text: str, places: pd.DataFrame) -> np.ndarray:
    """Whether each place name begins the name of an organisation (沈阳材料科学国家研究中心,
    山西美锦集团, 长安污水处理厂, 海南盈濤水務有限責任公司; either script), or of a standard or
    a law (``符合廣東省標準``, ``《江苏省大气污染防治条例》``: :data:`_NORM_AFTER`), or of a
    system, a platform or a hotline (``全國環境保護信訪信息系統轉辦案件9件``:
    :data:`_SYSTEM_AFTER`): it locates the organisation, names where the norm binds, or
    what the system serves; it is not the subject of other clauses,
    nor of the sentences after it (揭陽's dustfall ``符合廣東省標準,比去年下降0.42噸`` is
    揭陽's, not 广东省's).
    A deixis word is no name's part (全市污水处理厂: the city's plants).  Such a place in a
    document's opening is not its subject either (:meth:`Places.document_region`: a
    national bulletin's first case, ``通州區漷縣污水處理廠``, is no page of 北京市).

    Parameters
    ----------
    text : str
        The text the names were found in (either script).
    places : pandas.DataFrame
        Its place mentions (``end``, ``match``).

    Returns
    -------
    numpy.ndarray
        ``True`` for each mention that begins an organisation's name.

    Examples
    --------
    >>> import pandas as pd
    >>> found = pd.DataFrame({"end": [2, 13], "match": ["short", "full"]})
    >>> in_organisation_name("长安污水处理厂(5万吨/日)，四川省共有污水处理厂，", found).tolist()
    [True, False]
    >>> norm = pd.DataFrame({"end": [8], "match": ["full"]})
    >>> in_organisation_name("降尘值符合广东省标准，比去年下降", norm).tolist()
    [True]
    >>> system = pd.DataFrame({"end": [2], "match": ["full"]})
    >>> in_organisation_name("全国环境保护信访信息系统转办案件9件", system).tolist()
    [True]
    >>> in_organisation_name("全国环保系统各级机构为11798个", system).tolist()
    [False]
    """
    return _begins_a_name(text, places, _ORG_AFTER, _NORM_AFTER, _SYSTEM_AFTER)


#: A page's credit field for who wrote or compiled it (``作者:``, ``整理:``, ``编辑:``, ``撰稿:``,
#: ``录入:``), right before a place (simplified script): the place names the author, a
#: company or a site that posted the page, not what the page is about.  Not ``来源:`` — a
#: newspaper's province is its own news's (``来源:湖南日报`` over ``我省…``).
_CREDIT_BEFORE = re.compile(r"(?:作者|整理|编辑|撰稿|录入)\s*[:：]\s*$")
#: :data:`_CREDIT_BEFORE`'s label anywhere (a quick test before the text is read).
_CREDIT_ANYWHERE = re.compile(r"(?:作者|整理|编辑|撰稿|录入)\s*[:：]")


def named_only_in_credits(text: str, places: pd.DataFrame) -> np.ndarray:
    """Places a page names only in its credits, a mask over ``places``.

    A place in an author's or compiler's field (``作者:寧夏彩鋼岩棉板``,
    ``整理:成都科林环保有限公司``: :data:`_CREDIT_BEFORE`) or beginning an organisation's
    name (a spam or mirror site's header, ``銀川盛源彩(cǎi)鋼(gāng)鋼構有限公司``:
    :func:`in_organisation_name`), where no other mention of ``places`` names the same
    division, is the page's header: no heading of a section and no region of the document
    (a national bulletin reposted by a Ningxia firm's site is the country's).  A place the
    text names again (``作者:武汉市生态环境局`` under ``武汉市…``) is kept.

    Parameters
    ----------
    text : str
        The text the places were found in (either script).
    places : pandas.DataFrame
        Its place mentions (``start``, ``end``, ``name``, ``match``).

    Returns
    -------
    numpy.ndarray
        ``True`` for each mention of a division named only in credits.

    Examples
    --------
    >>> import pandas as pd
    >>> t = "银川盛源彩钢有限公司\\n作者:宁夏彩钢\\n8月，全国优良天数比例为91.6%。"
    >>> found = pd.DataFrame({"start": [0, 14], "end": [2, 16],
    ...     "name": ["银川市", "宁夏回族自治区"], "match": ["short", "short"]})
    >>> named_only_in_credits(t, found).tolist()
    [True, True]
    >>> again = pd.concat([found, pd.DataFrame({"start": [37], "end": [40],
    ...     "name": ["银川市"], "match": ["full"]})], ignore_index=True)
    >>> named_only_in_credits(t + "银川市", again).tolist()
    [False, True, False]
    """
    if places.empty:
        return np.zeros(0, dtype=bool)
    simple = to_simplified(text)
    credit = np.array(
        [bool(_CREDIT_BEFORE.search(simple, max(0, a - 8), a)) for a in places["start"].tolist()],
        dtype=bool,
    )
    header = credit | in_organisation_name(text, places)
    if not header.any():
        return header
    names = places["name"].astype(str).to_numpy()
    elsewhere = set(names[~header])
    return header & ~np.isin(names, list(elsewhere))


def in_system_name(text: str, places: pd.DataFrame) -> np.ndarray:
    """Whether each place name begins the name of a system, a platform or a hotline that
    carries cases or data (:data:`_SYSTEM_AFTER`; either script).

    Unlike a plant's place (``长安污水处理厂(5万吨/日)``: the plant is there), such a
    place is no subject even of its own clause: the cases a national system passes on are
    the receiving division's (``其中全國環境保護信訪信息系統轉辦案件9件``: 晋城市's, not
    全国's).

    Parameters
    ----------
    text : str
        The text the names were found in (either script).
    places : pandas.DataFrame
        Its place mentions (``end``, ``match``).

    Returns
    -------
    numpy.ndarray
        ``True`` for each mention that begins a system's name.

    Examples
    --------
    >>> import pandas as pd
    >>> found = pd.DataFrame({"end": [4], "match": ["full"]})
    >>> in_system_name("其中全國環境保護信訪信息系統轉辦案件9件", found).tolist()
    [True]
    >>> in_system_name("其中全国环保系统各级机构为11798个", found).tolist()
    [False]
    """
    return _begins_a_name(text, places, _SYSTEM_AFTER)


def _begins_a_name(text: str, places: pd.DataFrame, *after: re.Pattern[str]) -> np.ndarray:
    """Whether each place mention (not a deixis word) is followed, in simplified script, by
    words one of the patterns ``after`` matches: the place begins such a name
    (:func:`in_organisation_name`, :func:`in_system_name`)."""
    simple = to_simplified(text)
    return np.array(
        [
            match != "deixis" and any(p.match(simple, int(e)) for p in after)
            for e, match in zip(places["end"].tolist(), places["match"].tolist(), strict=True)
        ],
        dtype=bool,
    )


#: A division's organs that act on a firm — its environment bureau, its government
#: (simplified script): ``澄迈县环保局对企业罚款`` (:func:`acting_division`).
ACTING_ORGAN = r"环境保护局|环保局|生态环境局|生态环境分局|人民政府|政府|县府|市府"
#: A division's organ right after its name (simplified script).
_ACTING_AFTER = re.compile(r"(?:" + ACTING_ORGAN + r")")


def acting_division(text: str, places: pd.DataFrame, start: int, end: int) -> str | None:
    """The division whose organ acts in ``text[start:end]``, or ``None``.

    A firm's case (``海南盈濤水務有限責任公司。…氨氮超標4.25倍…海南省澄邁縣環保局對企業罰款``)
    is told of the firm, whose name's place (海南) is no subject
    (:func:`in_organisation_name`): the division whose environment bureau or government
    acts on it is where the case is (澄迈县) — the first place of the span written right
    before such an organ.

    Parameters
    ----------
    text : str
        The text (either script).
    places : pandas.DataFrame
        Its place mentions (``start``, ``end``, ``name``).
    start, end : int
        The span searched (the rest of a figure's paragraph).

    Returns
    -------
    str or None

    Examples
    --------
    >>> import pandas as pd
    >>> text = "氨氮超标4.25倍。海南省澄迈县环保局对企业罚款。"
    >>> found = pd.DataFrame({"start": [10, 13], "end": [13, 16], "name": ["海南省", "澄迈县"]})
    >>> acting_division(text, found, 9, len(text))
    '澄迈县'
    """
    inside = places[(places["start"] >= start) & (places["end"] <= end)]
    if inside.empty:
        return None
    simple = to_simplified(text)
    for b, name in zip(inside["end"].tolist(), inside["name"].tolist(), strict=True):
        if _ACTING_AFTER.match(simple, int(b)):
            return str(name)
    return None


#: A postal address's box (simplified script): the places before a box number and 信箱
#: (``辽宁省沈阳市A号邮政信箱``, ``兰州市193号信箱``, ``浙江省杭州市第755专用信箱``,
#: ``西藏自治区那曲市邮政局A001号``) — a number or a letter is required, so a mailbox named
#: without one (``天津市…举报电话和投诉信箱``, ``市长信箱``) is no address.
_POSTAL_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{0,16}?(?:"
    r"(?:第\s*)?(?:[A-Za-z]\s*\d[\d\-]*|\d[\d\-]*|[A-Za-z])\s*号?\s*(?:邮政)?(?:专用)?(?:邮政)?信箱"
    r"|邮政局\s*[A-Za-z]?\d+\s*号)"
)


def in_postal_address(text: str, found: pd.DataFrame) -> np.ndarray:
    """Mentions that are part of a postal address (a mask over ``found``).

    An inspection group's notice gives its mailbox (``专门邮政信箱：辽宁省沈阳市A号邮政信箱``,
    ``專門郵政信箱：蘭州市193號信箱``): the province and city there are where the letters
    go, usually the provincial capital, not what the text tells about — no figure's region,
    nor a sign of the division a text of 我市 speaks as (阜新's notice names 沈阳市 only in
    its mailbox).  An address is the places right before a box number (digits, a letter, or
    both, with 号 and 第 as written) and 信箱, or 邮政局 and a number; a mailbox without a
    number (``投诉信箱``, ``市长信箱``) is none.

    Parameters
    ----------
    text : str
        The text the names were found in (either script).
    found : pandas.DataFrame
        The gazetteer's mentions (``start``, ``end``).

    Returns
    -------
    numpy.ndarray
        ``True`` for each mention inside an address.

    Examples
    --------
    >>> import pandas as pd
    >>> found = pd.DataFrame({"start": [5, 8], "end": [8, 11]})
    >>> in_postal_address("专门信箱:辽宁省沈阳市A号邮政信箱", found).tolist()
    [True, True]
    >>> mailbox = found.assign(start=[2, 5], end=[5, 8])
    >>> in_postal_address("设立辽宁省沈阳市举报电话和投诉信箱", mailbox).tolist()
    [False, False]
    """
    out = np.zeros(len(found), dtype=bool)
    if len(found) == 0:
        return out
    simple = to_simplified(text)
    if "信箱" not in simple and "邮政局" not in simple:
        return out
    starts = found["start"].to_numpy(dtype=np.int64)
    ends = found["end"].to_numpy(dtype=np.int64)
    for m in _POSTAL_ADDRESS.finditer(simple):
        out |= (starts >= m.start()) & (ends <= m.end())
    return out


def _water_names(text: str, found: pd.DataFrame) -> np.ndarray:
    """Mentions that are the first part of a water body's name (``龙岗河``), as a mask."""
    if found.empty:
        return np.zeros(0, dtype=bool)
    simple = to_simplified(text)
    starts = set(found["start"].tolist())
    return np.array(
        [
            match == "short" and e not in starts and bool(_WATER_AFTER.match(simple, e))
            for e, match in zip(found["end"].tolist(), found["match"].tolist(), strict=True)
        ],
        dtype=bool,
    )


#: The one-character abbreviations of Taiwan's special municipalities written with 市 in
#: their own texts (北市 臺北市, 高市 高雄市, 中市 臺中市, 南市 臺南市: 北市府, 高市環保局);
#: read only in a document of Taiwan and where the two characters start a word.
_TW_CITY_ABBREVIATIONS = {"北": "台北市", "高": "高雄市", "中": "台中市", "南": "台南市"}
_TW_CITY = re.compile(r"(?<![\u4e00-\u9fff])([北高中南])市(?![场区长民])")


def _taiwan_city_abbreviations(text: str, found: pd.DataFrame, within: str | None) -> pd.DataFrame:
    """``found`` with 北市 / 高市 / 中市 / 南市 read as Taiwan's cities in a text of Taiwan.

    A text of Taiwan names its four big cities by one character and 市 (``北市PM2.5年均濃度``,
    ``高市府``); elsewhere the words are too ambiguous to read.  The abbreviation must start
    a word (no Han character before it) and not run into 市场, 市区, 市长, 市民.
    """
    if within is None or _province_of_name(within) not in _SELF_NATIONAL:
        return found
    simple = to_simplified(text)
    taken = found[["start", "end"]].to_numpy(dtype=np.int64) if len(found) else np.zeros((0, 2))
    rows = []
    for m in _TW_CITY.finditer(simple):
        a, b = m.start(), m.end()
        if len(taken) and ((taken[:, 0] < b) & (taken[:, 1] > a)).any():
            continue
        try:
            city = regions.resolve(_TW_CITY_ABBREVIATIONS[m.group(1)])
        except (UnknownRegionError, AmbiguousRegionError):
            continue
        rows.append(
            {"start": a, "end": b, "mention": text[a:b], "code": city.code, "name": city.name,
             "level": city.level, "ambiguous": False, "n_candidates": 1, "match": "short",
             "group": False}
        )  # fmt: skip
    if not rows:
        return found
    out = pd.concat([found, pd.DataFrame(rows)], ignore_index=True)
    return out.sort_values("start", kind="stable").reset_index(drop=True)


#: Words before the reference of a comparison (比全国, 較全省, 高于全国平均, 低於全市,
#: 僅次於臺北市, 不及北京).
_COMPARED_BEFORE = re.compile(r"(比|较|高于|低于|优于|好于|差于|次于|不及|不如)\s*$")
#: 与/和/同/跟 before the reference, 相比/相较/比较 after it (與臺北市相比, 和全国平均水平比较).
_WITH_BEFORE = re.compile(r"(与|和|同|跟)\s*$")
_WITH_AFTER = re.compile(r"^[^，,。；;：:！!？?\n]{0,12}?" + COMPARED_AFTER)
#: After the reference of a multiple (上海(0.87公斤)的兩倍, 全国平均的1.5倍, 北京、上海等地的一倍,
#: 臺北的近六倍): its own level in parentheses or 等地, then 的, an approximation word and a
#: multiple.
_MULTIPLE_AFTER = re.compile(
    r"^\s*(?:[（(][^）)\n]{0,20}[）)])?\s*(?:等(?:地区|地|城市|省份|省市|省区|国家|国)?)?\s*的\s*"
    r"(?:近|约|逾|超过|超|将近|大约)?\s*[\d.一二两三四五六七八九十百几]+(?:\.\d+)?\s*倍"
)
#: After a whole (全国, 全省, 全市) a place is ranked in (全國第一, 率全國之先, 居全省之冠,
#: 全国首位, 全市领先, 全国前列, 全國排名第2, 全省位列前茅, 在全国率先实现): the place ranked
#: is the subject,
#: the whole only its reference — not a count or a series the whole holds (全国第一次污染源
#: 普查, 全省第二批).  A set of the whole's members may come between (全國省會城市第四位,
#: 全国74个城市中排名第7, 全国168个重点城市中排名正数第17位; a counted set may be read
#: with the whole's name, 中 then follows it): the set is what the place is
#: ranked against, not the figure's subject (not 全国337个城市平均…, the set's own figure).
_RANKED_IN_AFTER = re.compile(
    r"^\s*(?:(?:(?:\d+|[一二三四五六七八九十百]+)\s*个)?[\u4e00-\u9fff]{0,6}?"
    r"(?:城市|省份|省区市|地市))?\s*(?:中|之中|当中)?\s*"
    r"(?:(?:排名|排位|排行|位居|位列)\s*)?(?:正数|倒数)?"
    r"(?=第[一二三四五六七八九十\d]+(?![\d一二三四五六七八九十百次批轮届期阶季号条部章节个年])"
    r"|前(?:列|茅)|首位)"
    r"|^\s*(?:(?:排名|排位|排行|位居|位列)\s*)?"
    r"(?:之(?:先|冠|首)|第[一二三四五六七八九十\d]+(?![\d一二三四五六七八九十百次批轮届期阶季号条部章节个年])"
    r"|首(?:位|创)|前(?:列|茅)|领先|率先)"
)
#: Between two references of one comparison (廣州(1.02公斤)、上海(0.87公斤)的兩倍).
_REFERENCE_JOIN = re.compile(r"^\s*(?:[（(][^）)\n]{0,20}[）)])?\s*[、和及与]\s*$")


def compared_mentions(text: str, mentions: pd.DataFrame) -> np.ndarray:
    """Place mentions written as the reference of a comparison, a mask.

    A place named after 比 / 较 / 高于 / 低于 / 次于 / 不及 (``比全国平均高``, ``僅次於臺北市``),
    between 与 / 和 / 同 / 跟 and 相比 / 相较 / 比较 (``與臺北市相比``), or before 的 and a
    multiple (``全国平均的1.5倍``, ``上海(0.87公斤)的兩倍``), or as the whole a subject is ranked
    in (``占有率全國第一``, ``率全國之先``, ``居全省之冠``, ``全国前列``, ``在全国率先实现``;
    not ``全国第一次普查``,
    nor a division's own series, ``青州市第十二届``) — and a place listed with such a
    reference (``廣州(1.02公斤)、上海(0.87公斤)的兩倍``, ``較香港(1.53公斤)、北京(1.24公斤)``)
    — is what the subject is set against, not the subject.

    Parameters
    ----------
    text : str
        The text the mentions index.
    mentions : pandas.DataFrame
        Place mentions with ``start`` and ``end``, in text order.

    Returns
    -------
    numpy.ndarray of bool
        Per mention, whether it is a comparison's reference.

    Examples
    --------
    >>> m = pd.DataFrame({"start": [0, 10], "end": [3, 13]})
    >>> compared_mentions("嘉義市人口密度僅次於臺北市", m).tolist()
    [False, True]
    """
    simple = to_simplified(text)
    order = np.argsort(mentions["start"].to_numpy(dtype=np.int64), kind="stable")
    starts = mentions["start"].to_numpy(dtype=np.int64)[order].tolist()
    ends = mentions["end"].to_numpy(dtype=np.int64)[order].tolist()
    in_order = np.zeros(len(starts), dtype=bool)
    for i in range(len(starts) - 1, -1, -1):  # last first: a reference listed before another
        a, e = starts[i], ends[i]
        before = simple[max(0, a - 3) : a]
        after = simple[e : e + 24]
        in_order[i] = bool(
            _COMPARED_BEFORE.search(before)
            or (_WITH_BEFORE.search(before) and _WITH_AFTER.match(after))
            or _MULTIPLE_AFTER.match(after)
            or (simple.startswith("全", a) and _RANKED_IN_AFTER.match(after) is not None)
            or (
                i + 1 < len(starts)
                and in_order[i + 1]
                and _REFERENCE_JOIN.match(simple[e : starts[i + 1]])
            )
        )
    for i in range(1, len(starts)):  # 較香港(1.53公斤)、北京(1.24公斤): the list goes on
        if in_order[i - 1] and _REFERENCE_JOIN.match(simple[ends[i - 1] : starts[i]]):
            in_order[i] = True
    out = np.zeros(len(starts), dtype=bool)
    out[order] = in_order
    return out


@lru_cache(maxsize=4096)
def shared_name(name: str) -> bool:
    """Whether a region's full name is borne by a division of the mainland and one outside it.

    金门县 and 连江县 are Taiwan's counties and Fujian's (泉州市金门县, 福州市连江县);
    :func:`envindicators.regions.find_regions` tells them by script and the document's
    region, but a row that carries only the name cannot: it is unsure.

    Parameters
    ----------
    name : str
        A region's name as a row carries it.

    Returns
    -------
    bool
        ``True`` when a division of Taiwan, Hong Kong or Macao and one of the mainland
        have it as full name (not 鼓楼区 of several mainland cities: a row of the mainland
        carries its region as its own text names it).

    Examples
    --------
    >>> shared_name("连江县"), shared_name("苗栗县"), shared_name("")
    (True, False, False)
    """
    if not name:
        return False
    g = regions.gazetteer()
    provinces = g.loc[g["name"] == to_simplified(name), "province_code"]
    outside = provinces.isin(regions.TERRITORIES)
    return bool(outside.any() and (~outside).any())


def _mainland_short_in_taiwan(found: pd.DataFrame, within: str | None) -> pd.DataFrame:
    """``found`` without the mainland cities named by a short name in a text of Taiwan.

    The gazetteer holds Taiwan's counties and cities but not their townships and
    districts, and many of those bear the short name of a mainland city: 潮州 (a township
    of 屏東, 潮州測站) is no 潮州市 of Guangdong, 中山 / 大同 / 文山 (districts of 臺北) no
    中山市, 大同市 or 文山州, and 中山區 / 信義區 no mainland district.  In a document of
    Taiwan such a mention — a mainland city's short name, a mainland county's or
    district's name — is left unread (the figure falls back on the place named before or
    the document's region); a mainland city's full name (廣州市) and a province's name
    (北京, 上海) are still read.
    """
    if found.empty or not within:
        return found
    try:
        if regions.resolve(within).province_code != _TAIWAN:
            return found
    except (UnknownRegionError, AmbiguousRegionError):
        return found
    codes = found["code"].astype(str).tolist()
    level = [
        ""
        if c == regions.NATIONAL.code or regions.region_of(c).province_code in regions.TERRITORIES
        else regions.region_of(c).level
        for c in codes
    ]
    short = (found["match"] == "short").to_numpy()
    county = np.array([lv == "county" for lv in level], dtype=bool)
    city = np.array([lv == "prefecture" for lv in level], dtype=bool)
    return found[~(county | (city & short))]


#: Taiwan's province code.
_TAIWAN = "710000"

#: Taiwan's air-quality zones (空氣品質區), the Environmental Protection Administration's
#: division of the island for air quality — ``全台湾总共分为7大空气品质管理区`` (the corpus's
#: `heldout8/a-taiwan-2009-air-ntdtv`): 北部, 竹苗, 中部, 雲嘉南, 高屏, 宜蘭, 花東 (simplified
#: script).  Each but 宜蘭 spans several counties; none is a division of the gazetteer.
_ZONE = r"(?:竹苗|云嘉南|高屏|花东|北部|中部|宜兰)"
#: A zone's own name, which no division bears (北部, 中部 and 宜兰 are zones only when the
#: text says so: ``中部空品区``, or when listed with a zone's own name: ``花东、宜兰``).
_ZONE_OWN = re.compile(r"竹苗|云嘉南|高屏|花东")
#: A run of zone names joined by list words, with the zone word after it or not.
_AIR_ZONES = re.compile(
    rf"{_ZONE}(?:[ \t　]*[、和及与][ \t　]*{_ZONE})*"
    r"(空品区|空气品质区|空气品质管理区|空气质量区)?(?![村镇乡路街里])"
)


def _air_zones(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """``found`` with each written run of Taiwan's air-quality zones made one mention of
    Taiwan (``雲嘉南空品區``, ``高屏、中部及竹苗空品区``, ``花东、宜兰``), ``match == 'zone'``.

    A zone is no division of the gazetteer; every zone lies in Taiwan, so a figure of one
    is Taiwan's (the province that holds it; the reader flags it), never a county read
    from the zone's name (``宜兰`` → 宜兰县 in ``花东、宜兰近2年``).  A run is a zone when
    the zone word follows it or one of its names is a zone's own (竹苗, 雲嘉南, 高屏, 花東);
    the gazetteer's mentions inside it are dropped.
    """
    simple = to_simplified(text)
    spans = [
        (m.start(), m.end())
        for m in _AIR_ZONES.finditer(simple)
        if m.group(1) is not None or _ZONE_OWN.search(m.group())
    ]
    if not spans:
        return found
    taiwan = regions.region_of(_TAIWAN)
    zs, ze = np.array(spans, dtype=np.int64).T
    if len(found):
        fs, fe = found["start"].to_numpy(), found["end"].to_numpy()
        found = found[~((fs[:, None] < ze) & (fe[:, None] > zs)).any(axis=1)]
    zones = pd.DataFrame(
        {"start": zs, "end": ze, "mention": [text[a:b] for a, b in spans],
         "code": taiwan.code, "name": taiwan.name, "level": taiwan.level,
         "ambiguous": False, "n_candidates": 1, "match": "zone", "group": False}
    )  # fmt: skip
    out = pd.concat([found.astype({"level": object}), zones], ignore_index=True)
    return out.sort_values("start", kind="stable").reset_index(drop=True)


def _province_of_name(name: str) -> str | None:
    try:
        return regions.resolve(name).province_code
    except (UnknownRegionError, AmbiguousRegionError):
        return None


#: The name an unresolved deixis word carries (全市 in a province's document, the city
#: not named): the figure's region is unknown — not the document's, nor a place named
#: before the word.
UNNAMED = ""


def _unresolved_deixis(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """``found`` with the deixis words (全市, 我县, 本区) that resolved to no division added.

    The gazetteer resolves 全市 within the document's region; in a document of a province
    or of the country (or of no known region) no division of the chain is a city, and the
    word was dropped — so the figure after it took a place named further back, or the
    document's region (``江苏省`` for ``我市``, ``全国`` for ``全市``).  Such a word is kept as a
    mention named :data:`UNNAMED` (``match == 'deixis'``, level ``None``): a later step
    resolves it by its section, or by the division of its level named before it
    (:func:`_deixis_named_before`); else the figure's region is unknown.
    """
    simple = to_simplified(text)
    taken = found[["start", "end"]].to_numpy(dtype=np.int64) if len(found) else np.zeros((0, 2))
    rows = []
    for m in regions.DEIXIS_PATTERN.finditer(simple):
        if m.group(1) is None:
            continue  # 全港 / 本澳 / 全台 resolve only in their own region
        a, b = m.start(), m.end()
        if len(taken) and ((taken[:, 0] < b) & (taken[:, 1] > a)).any():
            continue
        rows.append(
            {"start": a, "end": b, "mention": text[a:b], "name": UNNAMED, "ambiguous": False,
             "match": "deixis", "level": None, "group": False, "members": None}
        )  # fmt: skip
    if not rows:
        return found
    out = pd.concat([found, pd.DataFrame(rows)], ignore_index=True)
    return out.sort_values("start", kind="stable").reset_index(drop=True)


def _deixis_named_before(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """Unresolved deixis words (:data:`UNNAMED`) read as the division of their level named
    last before them in their paragraph (``太原市……，全市共完成`` → 太原市): 全市 of a city,
    全县 of a county, 全区 of a district or autonomous region."""
    if found.empty or not (found["name"] == UNNAMED).any():
        return found
    names = found["name"].to_numpy(dtype=object).copy()
    levels = found["level"].to_numpy(dtype=object).copy()
    starts = found["start"].to_numpy(dtype=np.int64)
    ends = found["end"].to_numpy(dtype=np.int64)
    division = (
        ~found["group"].astype(bool).to_numpy()
        & ~found["ambiguous"].astype(bool).to_numpy()
        & found["match"].isin(regions.NAME_KINDS).to_numpy()
        # 僅次於臺北市。本市…: a comparison's reference is not what 本市 means
        & ~compared_mentions(text, found)
    )
    for i in np.flatnonzero(names == UNNAMED):
        a = int(starts[i])
        para = text.rfind("\n", 0, a) + 1
        suffix = to_simplified(text[a + 1 : int(ends[i])])
        before = np.flatnonzero(division & (starts >= para) & (ends <= a))
        for j in before[::-1]:
            if str(names[j]).endswith(suffix):
                names[i], levels[i] = names[j], levels[j]
                break
    return found.assign(name=names, level=levels)


#: A document speaking of itself as a division (我省, 本市, 我区): its region is no country.
_SELF_DIVISION = re.compile(r"[我本][省市县区州]")
#: A division's whole or self (全省, 全市, 我县, 本区, 全旗; not 全区域, 本市场), simplified script.
_WHOLE_DIVISION = re.compile(r"[全我本][省市县区州旗盟](?![域场长级民])")
#: The country's whole named (simplified script).
_COUNTRY_WORDS = re.compile(r"全国|我国")
#: The state as the one who sets a national policy (国家制定…控制目标, 国家确定, 国家下达,
#: 国家出台): a national plan's own words, on a page that never speaks as a division.
_STATE_SETS = re.compile(r"国家(制定|确定|下达|出台)")
#: Words only a division's statistics use: 地区生产总值 (a province's or city's output; the
#: country's is 国内生产总值).
_DIVISION_WORDS = re.compile(r"地区生产总值")
#: An inspection's news: the divisions it covers are its subject, not the country.
_INSPECTION = re.compile(r"督察|督查")


#: A count of divisions right after the country's name (中国168个重点城市, 中国31个省份), its
#: glyphs' readings in pinyin kept in a copied page (中國(guó)168個(gè)重點(diǎn)城市).
_COUNTED_AFTER = re.compile(
    rf"\s*(?:{_GLOSS.pattern})?\s*[\d一二三四五六七八九十百]+\s*"
    r"[^，,。；;\d]{0,16}?(城市|省|地区)"
)


def country_by_name(text: str, places: pd.DataFrame) -> np.ndarray:
    """The mentions of the country by name (中国, 中華人民共和國) on a division's page, a mask.

    A page that speaks as a division (全市, 本市, 我县 …) and never names the country's whole
    (全国, 我国) writes its own figures; 中国 there is part of a name (an organisation, a
    site's title: ``365bet中文(中国)官方网站 二氧化硫…平均浓度分别为…``) or a backdrop, not
    the subject of a figure — its figures take the page's region (unsure where the page
    names none), never the country silently.  On any other page (a national bulletin, a page
    that says 全国) the name is the country; so is it before a count of divisions (``中国168个
    重点城市``: the country's group, which a city is ranked in).

    Parameters
    ----------
    text : str
        The report.
    places : pandas.DataFrame
        Its place mentions (:meth:`Places.find`; ``start``, ``end``, ``match``).

    Returns
    -------
    numpy.ndarray
        ``True`` for each mention of the country by name on such a page.

    Examples
    --------
    >>> import pandas as pd
    >>> found = pd.DataFrame({"start": [7], "end": [9], "match": ["national"]})
    >>> country_by_name("365bet(中国)官方网站 浓度为35。全市优良天数…", found).tolist()
    [True]
    >>> country_by_name("365bet(中国)官方网站 浓度为35。全国优良天数…", found).tolist()
    [False]
    >>> ranked = found.assign(start=4, end=6)
    >>> country_by_name("拉萨市在中国168个重点城市中位列第一，全区…", ranked).tolist()
    [False]
    """
    out = np.zeros(len(places), dtype=bool)
    if places.empty:
        return out
    simple = to_simplified(text)
    if _COUNTRY_WORDS.search(simple) or not _WHOLE_DIVISION.search(simple):
        return out
    for i in np.flatnonzero((places["match"] == "national").to_numpy()):
        a, b = int(places["start"].iloc[i]), int(places["end"].iloc[i])
        # 中国168个重点城市: the country's counted group of cities is the country's
        out[i] = simple[a:b] in ("中国", "中华人民共和国") and not _COUNTED_AFTER.match(simple, b)
    return out


def of_the_country(text: str) -> bool:
    """Whether a mainland ``text`` that names no division as its subject is the country's.

    A text that never speaks as a division (no 全省, 全市, 我县, 本区 …, no 地区生产总值 — a
    division's output, the country's is 国内生产总值) is the country's when it names the
    country's whole (全国, 我国; the state setting a policy, 国家制定…目标), counts more
    cities than a province holds (``319个地级及以上城市``: :func:`_counts_more_cities`) or cites a
    central body that publishes the country's figures
    (:data:`envindicators.regions.NATIONAL_ORGANS`: 国家统计局, 生态环境部 …) — not an
    inspection's news (督察, 督查), whose subject is the provinces it covers.  The caller
    applies it only where the title and opening name no division; the
    reading is a guess (the figures' rows are flagged).

    Parameters
    ----------
    text : str
        The whole document.

    Returns
    -------
    bool

    Examples
    --------
    >>> of_the_country("国家统计局发布公报：去年PM2.5浓度下降4.8%。")
    True
    >>> of_the_country("生态环境部通报，第二批督察组共问责283人。")
    False
    >>> of_the_country("全市PM2.5浓度为30微克，在全国168个城市中排名第20。")
    False
    >>> of_the_country("国家制定煤炭消费总量控制目标。到2017年，煤炭比重降低到65%以下。")
    True
    >>> of_the_country("开展监测的319个地级及以上城市等效声级平均为46.0 dB(A)。")
    True
    >>> of_the_country("开展监测的13个地级及以上城市等效声级平均为46.0 dB(A)。")
    False
    """
    simple = to_simplified(text)
    if _WHOLE_DIVISION.search(simple) or _DIVISION_WORDS.search(simple):
        return False
    if _COUNTRY_WORDS.search(simple) or _STATE_SETS.search(simple):
        return True
    if _counts_more_cities(simple):  # 319个地级及以上城市: more than a province holds
        return True
    return bool(regions.NATIONAL_ORGANS.search(simple)) and not _INSPECTION.search(simple)


#: A count of cities as written in running text (simplified; spaces of a PDF's text kept).
_CITIES_WRITTEN = re.compile(r"(\d+)\s*个\s*(重点|地级及以上|地级以上)?\s*城市")


def _counts_more_cities(simple: str) -> bool:
    """Whether ``simple`` counts more cities than one province holds
    (:data:`PROVINCE_MOST_CITIES` of prefecture level, :data:`PROVINCE_MOST_CITIES_ANY` of
    any level), as :func:`counted_cities_scope` reads a count: ``开展监测的319个地级及以上
    城市``, ``74个城市`` — the country's cities."""
    return any(
        int(m.group(1)) > (PROVINCE_MOST_CITIES if m.group(2) else PROVINCE_MOST_CITIES_ANY)
        for m in _CITIES_WRITTEN.finditer(simple)
    )


#: Taiwan: its texts' 全國 / 我國 / 本國 are the island's own whole (the Republic of China's
#: territory), not the mainland.  Hong Kong's and Macao's whole is 全港 / 全澳 (deixis,
#: :data:`envindicators.regions.DEIXIS_SELF_NAMES`); their 全國 / 國家 is the country.
_SELF_NATIONAL = frozenset({"710000"})
#: Words of a Taiwan text for its own whole (simplified script); 中国 there is the mainland.
_OWN_WHOLE = frozenset({"全国", "我国"})
#: 本國 (this country) as a word: not the end of another word in 本 (基本國策, 日本國, 成本,
#: 資本國家): after a character that is no Han character or a function word.
_THIS_COUNTRY = re.compile(
    r"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[在于於为為是之对對与與和及将將使让讓以从從由据據]))本[国國]"
)


def _speaks_of_whole(text: str, code: str) -> bool:
    """Whether ``text`` names the territory ``code`` or its whole (全國/我國 of Taiwan,
    全港/本港, 全澳/本澳, 香港, 台灣 …)."""
    found = regions.find_regions(text, within=code)
    own = (found["code"] == code).to_numpy().copy()
    if code in _SELF_NATIONAL:
        own |= (found["match"] == "national").to_numpy() & (
            found["mention"].map(to_simplified).isin(_OWN_WHOLE)
        ).to_numpy()
    return bool(own.any()) or (code in _SELF_NATIONAL and bool(_THIS_COUNTRY.search(text)))


def _national_within(found: pd.DataFrame, within: str | None, text: str = "") -> pd.DataFrame:
    """``found`` with the whole (全國, 我國, 本國) read as Taiwan in a document of Taiwan.

    Such a mention becomes ``match == 'deixis'``: a word whose place is the document's own
    (a guessed document region stays guessed where only it names the region); 中國 stays
    :data:`envindicators.regions.NATIONAL` (in Taiwan's texts the mainland).
    """
    if within is None:
        return found
    try:
        region = regions.resolve(within)
    except (UnknownRegionError, AmbiguousRegionError):
        return found
    if region.province_code not in _SELF_NATIONAL:
        return found
    province = regions.region_of(region.province_code)
    this = [m.start() for m in _THIS_COUNTRY.finditer(text)]
    if this:  # 本國: no mention of the gazetteer's
        taken = found[["start", "end"]].to_numpy(dtype=np.int64)
        free = [a for a in this if not ((taken[:, 0] < a + 2) & (taken[:, 1] > a)).any()]
        n = len(free)
        extra = pd.DataFrame(
            {
                "start": free,
                "end": [a + 2 for a in free],
                "mention": [text[a : a + 2] for a in free],
                "code": [regions.NATIONAL.code] * n,
                "name": [regions.NATIONAL.name] * n,
                "level": ["country"] * n,
                "ambiguous": [False] * n,
                "n_candidates": [1] * n,
                "match": ["national"] * n,
                "group": [False] * n,
            }
        )
        if len(extra):
            found = pd.concat([found, extra.astype({"start": "int64", "end": "int64"})])
            found = found.sort_values("start", kind="stable").reset_index(drop=True)
    if found.empty:
        return found
    whole = (found["match"] == "national").to_numpy() & (
        found["mention"].map(to_simplified).isin(_OWN_WHOLE | {"本国"})
    ).to_numpy()
    if not whole.any():
        return found
    names = found["name"].to_numpy(dtype=object).copy()
    levels = found["level"].to_numpy(dtype=object).copy()
    matches = found["match"].to_numpy(dtype=object).copy()
    names[whole], levels[whole], matches[whole] = province.name, province.level, "deixis"
    return found.assign(name=names, level=levels, match=matches)


#: A total of a list of places: (等 +) a count + a word of divisions (等7省, 等3个城市, 等12省(市、
#: 区), 等20个地市; without 等 the count right after the last place: 甲、乙、丙三市, 甲、乙两县,
#: 甲、乙、丙、丁四县市, 甲、乙3个城市), read in simplified script.
_LIST_TOTAL = re.compile(
    r"\s*(等)?\s*(\d+|[一二两三四五六七八九十]+)\s*个?\s*"
    r"(省份|省区|省市|省|地级市|地市|市州|城市|市|县区|县市|县|区县|区|地区)"
    r"([(（][^）)]{0,8}[）)])?"
)
#: What may stand between two places of a list.
_LIST_JOIN = re.compile(r"[、，,和及与\s]*")


def _list_totals(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """``found`` with each list total (``天津、山西、贵州等7省``) made one mention of the list's
    common scope, spanning the list and its count, ``match == 'list'``.  When the count is
    not the number of places listed (``衢州、台州等44个城市``: examples of a larger set) the
    places are dropped and no scope is read from them.

    The scope is the division all members belong to (their one parent, else their one
    province); a list of provinces, or of places in several provinces, is the country
    (全国).
    """
    if found.empty:
        return found
    simple = to_simplified(text)
    ends = found["end"].to_numpy(dtype=np.int64)
    starts = found["start"].to_numpy(dtype=np.int64)
    keep = np.ones(len(found), dtype=bool)
    added: list[dict[str, object]] = []
    for i in range(len(found)):
        m = _LIST_TOTAL.match(simple, int(ends[i]))
        if m is None or not keep[i]:
            continue
        first = i  # the run of places joined only by list words, back from the last one
        while first > 0 and _LIST_JOIN.fullmatch(simple[int(ends[first - 1]) : int(starts[first])]):
            first -= 1
        members = found.iloc[first : i + 1]
        if m.group(1) is None and (len(members) < 2 or _count(m.group(2)) != len(members)):
            continue  # no 等: a total only when the count is the number of places listed
        keep[first : i + 1] = False
        if _count(m.group(2)) != len(members):
            continue  # examples of a larger set (衢州、台州等44个城市): no scope from them
        scope = _common_scope(members)
        # without 等 the count stays a figure of its own after the list (甲、乙两市): the
        # mention spans the places only
        end = m.end() if m.group(1) is not None else int(ends[i])
        added.append(
            {"start": int(starts[first]), "end": end, "mention": text[starts[first] : end],
             "name": scope.name, "ambiguous": False, "match": "list", "level": scope.level,
             "group": False, "members": tuple(members["name"].astype(str))}
        )  # fmt: skip
    if not added:
        return found[keep]
    out = pd.concat([found[keep], pd.DataFrame(added)], ignore_index=True)
    return out.sort_values("start", kind="stable").reset_index(drop=True)


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
#: A count of provinces (7省(市), 8省区, 5个省份, 七省市, 31个省(区、市)), read in simplified
#: script: not 省 opening a word of its own (省控断面, 省直单位, 省级, 省委 …).
_PROVINCE_COUNT = re.compile(
    r"(\d+|[一二两三四五六七八九十]+)\s*个?\s*省(份|区市|市区|区|市)?([(（][^）)]{0,8}[）)])?"
    r"(?![控考直级委政长会城内外道界属辖际部域情])"
)


def gathers_provinces(text: str, name: str) -> bool:
    """Whether a document's opening counts provinces before it first names ``name``.

    A page that gathers several provinces' reports says so above its first item
    (``7省(市)公开中央环境保护督察整改落实情况`` … ``三十七、晋中市…``, ``八省區公開…``): a
    city or county named first is its first item's subject, not the document's; read at
    the level the opening counts, the document's region is that division's province, and
    unsure (one of the provinces gathered).  A count of one (``一个省``) or after the name
    (``山西省…在全国31省中``) does not count.

    Parameters
    ----------
    text : str
        The document.
    name : str
        The region read from its title or opening (full name).

    Returns
    -------
    bool

    Examples
    --------
    >>> gathers_provinces("7省(市)公开整改落实情况。三十七、晋中市污水…", "晋中市")
    True
    >>> gathers_provinces("晋中市整改情况。全国31省中排名第5", "晋中市")
    False
    >>> gathers_provinces("24个省考断面达标率为91.7%。晋中市…", "晋中市")
    False
    """
    simple = to_simplified(text)
    try:
        region = regions.resolve(name)
    except (UnknownRegionError, AmbiguousRegionError):
        return False
    if region.level == "country":
        return False
    short = name[:2]
    at = min((i for i in (simple.find(name), simple.find(short)) if i >= 0), default=-1)
    if at < 0:
        return False
    for m in _PROVINCE_COUNT.finditer(simple, 0, at):
        written = m.group(1)
        try:
            count = parse_integer(written)
        except EnvIndicatorsError:
            continue
        if count >= 2:
            return True
    return False


#: The words for a level of places (simplified script), by the level they name (``None``:
#: any level) — the one vocabulary of place-level words, read by three notions that differ
#: in what the count is: :data:`_COUNTED_LEVEL` (a count of divisions whose level gives the
#: scope: ``11个市``, ``8个省份``, ``16个县(市、区)``), :data:`_PLACES_COUNTED` (a figure that
#: is the size of a set of places: ``三个城市``) and ``_indicators._CONTEXT_NOUN`` (a count
#: of places is context, no indicator: ``11个城市``, ``9个设区市``).  城市 names cities of any
#: level (昌吉州7个城市 counts county-level cities); 区 and 地区 are no divisions (园区,
#: 保护区, 片区).
PLACE_LEVEL_WORDS: dict[str, str | None] = {
    "省区市": "province", "省市区": "province", "省份": "province", "省区": "province",
    "省市": "province", "省": "province",
    "地级及以上城市": "prefecture", "地级以上城市": "prefecture", "地级市": "prefecture",
    "设区城市": "prefecture", "设区市": "prefecture", "盟市": "prefecture", "地市": "prefecture",
    "市州": "prefecture",
    "市": "prefecture",
    "县市区": "county", "区县": "county", "县区": "county", "县市": "county", "县": "county",
    "乡镇": "township", "国家": "country", "城市": None, "地区": None,
}  # fmt: skip
#: Words written for several levels at once (省区市, 县市区, 7省市, 地级及以上城市): counted
#: divisions (:data:`_COUNTED_LEVEL`), not read as context nouns (``_indicators``).
JOINED_LEVEL_WORDS = frozenset(
    {"省区市", "省市区", "省市", "地级及以上城市", "地级以上城市", "县市区", "县市"}
)
#: The level a count of divisions counts (11个市, 8个省份, 12个盟市, 16个县(市、区), 两省): the
#: words of :data:`PLACE_LEVEL_WORDS` for a province, prefecture or county (城市 and 地区, of
#: any level, and townships are no counted divisions).
_COUNTED_LEVEL = {
    word: level
    for word, level in PLACE_LEVEL_WORDS.items()
    if level in ("province", "prefecture", "county")
}
_DIVISION_COUNT = re.compile(
    r"(?<![\d.])(\d+|[两二三四五六七八九十]+)\s*个?\s*(?:重点)?\s*("
    + "|".join(sorted(_COUNTED_LEVEL, key=len, reverse=True))
    + r")([(（][^）)]{0,8}[）)])?"
    r"(?![场长民委级政控考直会内外属辖界际部域情区民镇])"
)
#: A rank among the counted divisions (在12个盟市中排名第3): the figure is the place's own.
_RANK_WORDS = re.compile(r"排名|排第|排在|位居|居第|名列|列第|位列|排序")
_LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3, "township": 4}


def counted_scope(
    text: str, lo: int, hi: int, place: str | None, *, attached: bool = False
) -> str | None:
    """The region of a figure written after a count of divisions: the scope the count spans.

    A figure after ``12个盟市`` / ``11个市`` / ``8个省份`` / ``两省`` / ``16个县(市、区)`` (in
    ``text[lo:hi]``, after the place named last) is about the divisions counted — not about
    the place named last before the count (the last of a previous list, the document's
    county): its region is the nearest division above the counted level that holds
    ``place`` — ``place`` itself when it is above that level (``太原市11个县`` stays 太原市),
    its province for a count of cities, the country for a count of provinces.  A rank among
    the counted (``在12个盟市中排名第3``) is the place's own: no scope.

    Parameters
    ----------
    text : str
        The document.
    lo, hi : int
        Where the count may be written: after the place named last, before the figure.
    place : str or None
        The place named last before the figure (else the document's region).
    attached : bool
        Whether ``lo`` is the end of that place's mention: a count written right after it
        (only spaces between: ``龙岩、莆田…泉州5个设区市``) is the list's own count, skipped.

    Returns
    -------
    str or None
        The scope's full name, ``None`` where no count of two or more divisions is written,
        the figure is a rank, or the place is not one division of the gazetteer.

    Examples
    --------
    >>> counted_scope("锡林郭勒盟…。12个盟市达标天数比例为88.9%", 7, 19, "锡林郭勒盟")
    '内蒙古自治区'
    >>> counted_scope("太原市11个县达标天数比例为88.9%", 3, 14, "太原市") is None
    True
    """
    if not place or hi <= lo:
        return None
    simple = to_simplified(_GLOSS.sub("", text[lo:hi]))  # 6個(gè)設區(qū)市: no gloss in the count
    hits = [
        m
        for m in _DIVISION_COUNT.finditer(simple)
        if _count_of(m.group(1)) >= 2
        and not _RANK_WORDS.search(simple, m.end())
        and not (attached and not simple[: m.start()].strip())
    ]
    if not hits:
        return None
    level = _COUNTED_LEVEL[hits[-1].group(2)]
    try:
        region = regions.resolve(place)
    except (UnknownRegionError, AmbiguousRegionError, EnvIndicatorsError):
        return None
    while _LEVEL_RANK.get(region.level, 0) >= _LEVEL_RANK[level]:
        if region.parent_code is None:
            return str(regions.NATIONAL.name)
        region = regions.region_of(str(region.parent_code))
    return None if region.name == place else str(region.name)


def division_count_end(text: str, start: int, end: int) -> int | None:
    """Where a figure that is itself a count of two or more divisions ends its count.

    ``8省區``, ``12个盟市``, ``两省``, ``11个设区市`` (the figure read as ``11个``, its level
    word after it) count divisions: such a figure is about the set counted, not about one
    member named before it (``吉林、浙江等8省區``), so :func:`counted_scope` may read the
    figure's own count.  Not a count of cities of any level (``5个城市``), nor a word going
    on after the level (``3个市场``).

    Parameters
    ----------
    text : str
        The document.
    start, end : int
        The figure's span.

    Returns
    -------
    int or None
        The end of the count in ``text`` (at or after ``end``), ``None`` where the figure is
        no such count.

    Examples
    --------
    >>> division_count_end("吉林、浙江等8省區公開整改方案", 6, 9)
    9
    >>> division_count_end("对11个设区市开展", 1, 4)
    7
    >>> division_count_end("新建3个市场", 2, 4) is None
    True
    >>> division_count_end("等6個(gè)設區(qū)市環境", 1, 3)  # read through the glosses
    14
    """
    m = _division_count(text, start, end)
    return None if m is None else start + m[1]


def _division_count(text: str, start: int, end: int) -> tuple[str, int] | None:
    """:data:`_DIVISION_COUNT` matched at the figure ``text[start:end]`` (simplified) where
    the figure is a count of two or more divisions: its level word and the count's end
    (an offset from ``start``), else ``None`` (see :func:`division_count_end`).  A pinyin
    gloss inside the count (``6個(gè)設區(qū)市``, :data:`_GLOSS`) is read through."""
    if end <= start:
        return None
    window = text[start : end + 16]
    glossed = [(g.start(), g.end()) for g in _GLOSS.finditer(window)]
    m = _DIVISION_COUNT.match(to_simplified(_GLOSS.sub("", window) if glossed else window))
    if m is None or _count_of(m.group(1)) < 2:
        return None
    stop = m.end()  # in the text without glosses: past every gloss before it
    for a, b in glossed:
        if a >= stop:
            break
        stop += b - a
    if stop < end - start:
        return None
    return m.group(2), stop


#: The whole of a province's divisions named before its count (全省14个市州, 我区12个盟市,
#: 全省共有13个设区市, 下辖11个地级市): the province's own tally, not those that did something.
#: How many characters before a count of divisions its whole's words are read in (a pinyin
#: gloss, ``全區(qū)``, not counted).
_WHOLE_BACK = 12
_WHOLE_BEFORE = re.compile(
    r"(?:(?:全|我|本|该)(?:省|区|自治区)(?:共有|共|现有|下辖|辖|所辖)?|下辖|所辖|共辖)\s*$"
)
#: What makes a count of divisions the denominator or the whole before its parts, right after
#: its level word: 中 (14个市州中，8个…; 在12个盟市中排名第3), or its members listed
#: (12个盟市优良天数比例由高至低依次为：…).
_WHOLE_AFTER = re.compile(r"(?:之|当)?中")
#: All of them (均, 全部, 都) right after the level word: the whole only after the whole's
#: words (全省13个设区市均完成…); without them (9个市州均完成…) all of a set the text
#: names, which may be a part (reg39).
_ALL_AFTER = re.compile(r"均|全部|都")
_MEMBERS_LISTED = re.compile(r"^[^\d。；;！？]{0,24}?(?:依次|排序|排名情况|排名如下)")
#: A selection of the divisions written before their count (空气质量相对较差的3个盟市, 排名前
#: 5位的设区市): the count is of those selected, a part, even with its members listed.
_SELECTED_BEFORE = re.compile(r"(?:较|最|前|后|排名|位列)[^，,。；;]{0,8}$|的\s*$")
#: The words a figure stating a measure of the set may stand behind (全省14个市州PM2.5平均浓度
#: 为30微克): the count is the set the measure is taken over, a denominator.
_MEASURE_OVER_SET = re.compile(r"^[^，,。；;！？]{1,24}?(?:为|是|均值|平均)")
#: The whole's own things or the act's aim after it (全省16个市的环境保护审计整改工作, 对全省14个
#: 市州开展了…督察, 分两批对全省17个市(州)展开): with the whole's words before the count, the
#: set of all of them — a possessive 的 right after the level word, or 对 right before the
#: whole's words (reg42).
_OF_THE_WHOLE_AFTER = re.compile(r"的")
_AIMED_AT_BEFORE = re.compile(r"对\s*(?:全|我|本|该)(?:省|区|自治区)\s*$")


def divisions_whole(text: str, start: int, end: int) -> str | None:
    """The level word of a count of a province's prefecture-level divisions written whole.

    A count of the divisions of a province (``14个市州``, ``12个盟市``, ``13个设区市``,
    ``21个地级市``) is the province's tally of them (registry ``<word>数``) when it is
    written as the whole before its parts or as a denominator: the whole named before it
    (``全省14个市州``, ``我区12个盟市``, ``全省共有13个设区市``), followed by a
    figure taken over the set (``…PM2.5平均浓度为30微克``) or by all of them (``均``,
    ``全部``); a denominator (``14个市州中，8个…``, ``在12个盟市中排名``); or the whole whose
    members are listed after it (``12个盟市优良天数比例由高至低依次为：…``); or the whole's words
    before it and the set's own things after it (``全省16个市的…整改工作``) or the aim of an act
    (``对全省14个市州开展…督察``: 对 before the whole's words; reg42).  A count of the
    divisions that did something (``8个市州完成…``, ``涉及5个市州``, ``全省有8个市州…``) is
    none: it counts a part.

    Parameters
    ----------
    text : str
        The document.
    start, end : int
        The figure's span (``14个``, its level word after it).

    Returns
    -------
    str or None
        The level word (simplified: ``市州``, ``盟市`` …), ``None`` where the figure is no such
        whole.

    Examples
    --------
    >>> divisions_whole("全省14个市州中，8个市州完成", 2, 5)
    '市州'
    >>> divisions_whole("全省14个市州中，8个市州完成", 10, 12) is None
    True
    >>> divisions_whole("12个盟市优良天数比例由高至低依次为：", 0, 3)
    '盟市'
    >>> divisions_whole("全省13个设区市均完成", 2, 5), divisions_whole("9个市州均完成", 0, 2)
    ('设区市', None)
    >>> divisions_whole("对全省14个市州开展督察", 3, 6)
    '市州'
    >>> divisions_whole("全省16个市的整改工作", 2, 5)
    '市'
    """
    m = _division_count(text, start, end)
    if m is None:
        return None
    word, count_end = m[0], start + m[1]
    if _COUNTED_LEVEL.get(word) != "prefecture" or word in JOINED_LEVEL_WORDS:
        return None
    after = to_simplified(text[count_end : count_end + 40])
    lo = max(0, start - 2 * _WHOLE_BACK)  # 全區(qū)7地市: the whole's words read through glosses
    before = to_simplified(_GLOSS.sub("", text[lo:start]))[-_WHOLE_BACK:]
    before = re.split(r"[，,。；;：:！？\n、]", before)[-1]
    if _WHOLE_AFTER.match(after):
        return word
    if _ALL_AFTER.match(after) and _WHOLE_BEFORE.search(before):
        return word
    if _MEMBERS_LISTED.match(after) and not _SELECTED_BEFORE.search(before):
        return word  # (相对较差的3个盟市依次是…: a selection of them, no whole)
    if _WHOLE_BEFORE.search(before) and _MEASURE_OVER_SET.match(after):
        return word
    if _WHOLE_BEFORE.search(before) and (
        _OF_THE_WHOLE_AFTER.match(after) or _AIMED_AT_BEFORE.search(before)
    ):
        return word  # 全省16个市的…工作, 对全省14个市州开展…: all of them, no part
    return None


#: A figure that counts places of any level (3个城市, 10個城市, 两个省份, 8省区): the figure's
#: own count, its level word right after it (simplified script).
#: Its level words are those of :data:`PLACE_LEVEL_WORDS` a set of places is counted in
#: with a modifier and no word going on after them (城市 of any level; 省份, 地市, 盟市 of one):
#: the other division words are read by :func:`division_count_end` alone.
PLACES_COUNTED_WORDS = ("城市", "省份", "地市", "盟市")
_PLACES_COUNTED = re.compile(
    r"\s*个?\s*(?:重点|大中|大|地级及以上|地级以上)?\s*(?:" + "|".join(PLACES_COUNTED_WORDS) + ")"
)
#: The count a figure's span ends with (三个, 10个, 两个).
_TRAILING_COUNT = re.compile(r"(\d+|[一二两三四五六七八九十百]+)\s*个?\s*$")
#: The provinces of the country (mainland): a count of them all is the whole, not a set.
ALL_PROVINCES = 31


def counts_places(text: str, start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` is itself a count of two or more places.

    A count of divisions (``8省區``, ``11个设区市``: :func:`division_count_end`) or of
    cities or provinces of any level (``三个城市``, ``10個城市``, ``6个省份``, the word right
    after the figure): such a figure says how many places a set holds, and the set's
    common scope is its region; any other figure written over the set is the set's sum.

    Parameters
    ----------
    text : str
        The document.
    start, end : int
        The figure's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> counts_places("辽阳市、鄂尔多斯市和呼伦贝尔市是最高的三个城市", 19, 21)
    True
    >>> counts_places("天津等7省市已完成313项整改任务", 9, 13)
    False
    """
    if division_count_end(text, start, end) is not None:
        return True
    written = _TRAILING_COUNT.search(to_simplified(text[start:end]))  # (最高的)三个
    if written is None or _count_of(written.group(1)) < 2:
        return False
    return _PLACES_COUNTED.match(to_simplified(text[end : end + 12])) is not None


def counts_all_provinces(text: str, lo: int, hi: int) -> bool:
    """Whether the last count of provinces in ``text[lo:hi]`` counts them all.

    ``31个省(区、市)``, ``全国31省份``: a set of all :data:`ALL_PROVINCES` provinces is the
    country, not a set of some of them (``7省市``, ``8个省份``).

    Examples
    --------
    >>> counts_all_provinces("31个省(区、市)共受理举报", 0, 12)
    True
    >>> counts_all_provinces("7省市已有", 0, 5)
    False
    """
    hits = [
        m
        for m in _DIVISION_COUNT.finditer(to_simplified(text[lo:hi]))
        if _COUNTED_LEVEL[m.group(2)] == "province"
    ]
    return bool(hits) and _count_of(hits[-1].group(1)) >= ALL_PROVINCES


def _count_of(written: str) -> int:
    """A count as written (12, 十二, 两), 0 when not read."""
    try:
        return int(parse_integer(written))
    except EnvIndicatorsError:
        return 0


def _count(written: str) -> int | None:
    """The count of a list total as written (7, 十二, 两), ``None`` when not read."""
    if written.isdigit():
        return int(written)
    if len(written) == 1:
        return _NUMERALS.get(written)
    if len(written) == 2 and written[0] == "十":
        return 10 + _NUMERALS.get(written[1], -100)
    if len(written) == 2 and written[1] == "十":
        return 10 * _NUMERALS.get(written[0], -100)
    return None


def _common_scope(members: pd.DataFrame) -> regions.Region:
    """The narrowest division holding every member of a list (see :func:`_list_totals`)."""
    chosen = []
    for name in members["name"].astype(str):
        try:
            chosen.append(regions.resolve(name))
        except (UnknownRegionError, AmbiguousRegionError):
            return regions.NATIONAL
    if any(r.level == "province" for r in chosen):
        return regions.NATIONAL  # a list of provinces: the country
    parents = {r.parent_code for r in chosen}
    if len(parents) == 1 and None not in parents:
        return regions.region_of(str(next(iter(parents))))
    provinces = {r.province_code for r in chosen}
    if len(provinces) == 1:
        return regions.region_of(next(iter(provinces)))
    return regions.NATIONAL


#: Between two members of a list of places: a list word (、 和 及 与), spaces around it.
LIST_WORD_GAP = re.compile(r"[ \t　]*[、和及与][ \t　]*")  # not across a line


def list_scope(text: str, places: pd.DataFrame, last: int) -> str | None:
    """The common scope of the list of places that ends with the mention at ``last``.

    The members are the places written before it joined to it, one by one, by a list word
    only (``南京、无锡、苏州``, ``辽宁省辽阳市、内蒙古鄂尔多斯市和呼伦贝尔市``; not a comma;
    a place written right before a member, 内蒙古鄂尔多斯市, is that member's own).  A figure
    written after such a list without ``分别`` is about all of them: its region is the
    division that holds them all (:func:`_common_scope` — their one parent, else their one
    province, else the country; a province listed with its own cities, 广东、河源, is that
    province), never the last one named.  ``None`` when fewer than two
    places are listed, when one of them is a name several divisions bear (連江縣), or
    when the mention is a list total, a deixis word (全市) or an air-quality zone, whose
    scope is read elsewhere.

    Parameters
    ----------
    text : str
        The report.
    places : pandas.DataFrame
        The place mentions (:meth:`Places.find`), any order.
    last : int
        The index label of the list's last mention in ``places``.

    Returns
    -------
    str or None
        The name of the common scope.

    Examples
    --------
    >>> import pandas as pd
    >>> text = "进驻南京、无锡、苏州后，办结527件"
    >>> places = pd.DataFrame({"start": [2, 5, 8], "end": [4, 7, 10],
    ...                        "name": ["南京市", "无锡市", "苏州市"],
    ...                        "match": ["short", "short", "short"]})
    >>> list_scope(text, places, 2)
    '江苏省'
    >>> list_scope("苏州市办结527件", places.iloc[2:].assign(start=0, end=3), 2) is None
    True
    """
    if places.loc[last, "match"] in ("list", "deixis", "zone"):
        return None
    plain = places[~places["match"].isin(("list", "deixis", "zone"))]
    starts, ends = plain["start"].to_numpy(), plain["end"].to_numpy()
    members = [last]
    a = int(places.loc[last, "start"])
    while True:
        before = np.flatnonzero((ends <= a) & (ends >= a - 3))
        if not len(before):
            break
        k = before[np.argmax(ends[before])]
        if int(ends[k]) == a:  # 内蒙古鄂尔多斯市: the member's province, written before it
            a = int(starts[k])
            continue
        if LIST_WORD_GAP.fullmatch(text, int(ends[k]), a) is None:
            break
        members.append(plain.index[k])
        a = int(starts[k])
    led = len(members) < 2
    if led:
        members = _led_items(text, plain, last)
    if len(members) < 2:
        return None
    chosen = []
    for name in places.loc[members, "name"].astype(str):
        try:  # 金門縣 and 連江縣 of Taiwan (and of Fujian): not read here
            chosen.append(regions.resolve(name))
        except (UnknownRegionError, AmbiguousRegionError):
            return None
    if led:  # 大同市…、大同县…等2家: the city, which holds the county (or both the same)
        chains = [{c.code for c in _chain(o.code)} for o in chosen]  # each member's once
        for r in chosen:
            if all(r.code in chain for chain in chains):
                return str(r.name)
    provinces = {r.province_code for r in chosen}
    if len(provinces) == 1 and any(r.level == "province" for r in chosen):
        return str(regions.region_of(next(iter(provinces))).name)  # 广东、河源: 广东省
    return str(_common_scope(places.loc[members]).name)


#: Between the place leading one item of a counted group and the place leading the next:
#: the item's own words and a list word (``大同市|天马泰山石材、|大同县``).
_LED_ITEM_GAP = re.compile(r"[^，,。；;：:\n、()（）]{1,20}[、和及与]")
#: What closes a counted group after its last item's place: the item's words, then 等 and
#: the count of items (``珍国花岗岩石材场等2家``).
_GROUP_CLOSE = re.compile(
    r"[^，,。；;：:\n、()（）]{0,20}?等(?P<n>[0-9０-９]+|[一二两三四五六七八九十]{1,3})"
    r"[家个個处處座条條所]"
)


def _led_items(text: str, plain: pd.DataFrame, last: Any) -> list[Any]:
    """The places leading the items of a counted group whose last item ``last`` leads.

    Inspection reports list the culprits of one finding as items each led by its place and
    close the list with ``等`` and their count: ``大同市天马泰山石材、大同县珍国花岗岩石材场等
    2家采石企业侵占核心区36公顷``.  The figure after such a group is about all of its items;
    their places are the members (a list of places with the items' words between them).
    Only a group closed by ``等N`` with N at least the items found, items joined by list
    words inside one clause and places that are divisions (not 中国 of 中国五矿集团) are
    read; else ``[last]``.
    """
    close = _GROUP_CLOSE.match(text, int(plain.loc[last, "end"]))
    if close is None or plain.loc[last, "match"] not in regions.NAME_KINDS:
        return [last]
    plain = plain[plain["match"].isin(regions.NAME_KINDS)]  # 中国五矿集团: no item's place
    starts, ends = plain["start"].to_numpy(), plain["end"].to_numpy()
    members = [last]
    a = int(plain.loc[last, "start"])
    while True:  # an item's words and its list word: at most 21 characters (_LED_ITEM_GAP)
        before = np.flatnonzero((ends <= a) & (ends >= a - 21))
        before = before[
            [_LED_ITEM_GAP.fullmatch(text, int(ends[k]), a) is not None for k in before]
        ]
        if not len(before):
            break
        k = before[np.argmax(ends[before])]
        members.append(plain.index[k])
        a = int(starts[k])
    return members if _count_of(close.group("n")) >= len(members) else [last]


#: Between a list member's place and its own figure: nothing, a colon, 各 or an opening
#: bracket (``良庆区13件``, ``钟山19件``, ``高新区(34µg/m3)``, ``横县：27件``, ``邵阳市、娄底市各
#: 170件``), after a glyph's reading in pinyin (``蕉城區(qū)1件``).
_MEMBER_GAP = re.compile(rf"[ \t　]*(?:{_GLOSS.pattern})?[ \t　]*[:：(（各]?[ \t　]*")
#: What separates two members of a list of figures (at bracket depth 0).
_MEMBER_SEPARATOR = re.compile(r"[、，,；;]")
#: A bracketed aside (``(其中8件重复投诉…)``), removed before separators are looked for.
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
#: The label of a list member: a short name (市直, 高新区, 经开区), no digit, no sentence
#: word; not a part, a total or a step of the member before it (其中…, 共…, 已办结…).
_MEMBER_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}")
#: A longer label of a list member, named like a division (it ends in 区, 县, 市 …): a
#: development or administrative zone the gazetteer does not know, written out in full
#: (``高新技术产业开发区20件``, ``城乡一体化示范区2件``, ``東錢湖旅遊度假區2件``);
#: simplified script, its last character checked against ``_DIVISION_END``.
_LONG_MEMBER_LABEL = re.compile(r"[\u4e00-\u9fff]{9,14}")
_NOT_A_MEMBER = re.compile(
    r"^(其中|另|共|合计|总计|累计|全部|均|已|并|同比|比|较|占|达|为|有|是|办结|完成|"
    r"新增|剩余|其余|余下|包括|含|涉及|分别|以上|以下|及|和|与|或|等)"
)


#: The end of a zone's name that the gazetteer does not list (simplified script): a new area,
#: a high-tech or development zone, a demonstration or pilot zone, a resort (``长春新区``,
#: ``净月高新区``, ``经开区``, ``经济技术开发区``, ``城乡一体化示范区``) — a place a list of
#: places' figures may name as one of its members.  Not a reserve or a scenic area
#: (``自然保护区``, ``风景名胜区``: things counted), nor a town's quarter (城区, 社区, 小区).
ZONE_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,10}(?:新区|高新区|开发区|经开区|高新技术产业园区|示范区|试验区|度假区)"
)

#: The separators before a list member's own label (、，；|, a line's start, a colon).
_LABEL_START = re.compile(r"[、，,；;。：:|｜\n][^、，,；;。：:|｜\n]*$")
#: What may stand between a member's label and its figure: a bracket, a copula, spaces.
_LABEL_TAIL = re.compile(r"[\s(（]*(?:为|是|约|达)?[\s(（]*$")


def zone_labelled(text: str, places: pd.DataFrame, s: int) -> bool:
    """Whether the figure at ``s`` is labelled by a zone the gazetteer lacks.

    A list member's own label — the words from the last separator (、，；| or a line's
    start, within 30 characters) to the figure, less a bracket or copula before it — that is
    a zone's name (:data:`ZONE_LABEL`: ``高新区``, ``经开区``, ``净月高新区``) and holds no
    place of the gazetteer (``places``; ``长春新区`` names 长春) says whose the figure is:
    the zone's, which the gazetteer cannot name — not the place a neighbouring member names
    (``高新区(34µg/m3)、经开区(31µg/m3)、张店区(29µg/m3)``: 34 is 高新区's, not 张店区's).  The
    caller then gives it the division that holds the zone (:func:`zone_holder`, else the
    document's region).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    places : pandas.DataFrame
        The place mentions (:meth:`Places.find`).
    s : int
        The figure's start.

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "高新区(34µg/m3)、经开区(31µg/m3)、张店区(29µg/m3)"
    >>> no_places = Places.build().find("")
    >>> zone_labelled(t, no_places, 4), zone_labelled(t, no_places, 16)
    (True, True)
    >>> zone_labelled("、自然保护区13个", no_places, 7)
    False
    """
    lead = text[max(0, s - 30) : s]
    m = _LABEL_START.search(lead)
    a = max(0, s - 30) + (m.start() + 1 if m else 0)
    if m is None and s > 30:
        return False
    label = lead[a - max(0, s - 30) :]
    tail = _LABEL_TAIL.search(label)
    label = label[: tail.start()] if tail else label
    simple = _GLOSS.sub("", to_simplified(label)).strip()
    if not simple or not ZONE_LABEL.fullmatch(simple):
        return False
    if places.empty:
        return True
    starts, ends = places["start"].to_numpy(), places["end"].to_numpy()
    return not bool(((starts >= a) & (ends <= s)).any())


def zone_holder(places: pd.DataFrame, start: int, end: int) -> str | None:
    """The division holding a zone listed among the places named in ``[start, end)`` (the
    figure's sentence): the narrowest one holding them all as members (:func:`_common_scope`:
    ``张店区`` → 淄博市, ``新城区、玉泉区、赛罕区…`` → 呼和浩特市; a division named with its
    members, ``向海东市交办…乐都区5件…``, is no member); ``None`` where no place is
    named there or the members share no province (the caller keeps the document's region)."""
    if places.empty:
        return None
    named = places[
        (places["start"] >= start)
        & (places["end"] <= end)
        & ~places["match"].isin(("deixis", "list", "zone"))
        & ~places["ambiguous"].astype(bool)
    ]
    if named.empty:
        return None
    named = named.drop_duplicates("name")
    codes = []
    for name in named["name"].astype(str):
        try:
            codes.append(str(regions.resolve(name).code))
        except (UnknownRegionError, AmbiguousRegionError):
            return None
    # a division named with its members (向海东市交办…，其中，乐都区5件…) holds them: no member
    above = {str(c.code) for code in codes for c in _chain(code)[1:]}
    scope = _common_scope(named[[code not in above for code in codes]])
    return None if scope.code == regions.NATIONAL.code else str(scope.name)


#: A label that opens a breakdown of the whole by another key (按污染类型分主要为涉水5件, 从类型
#: 看，…): the figure is a part of the whole the list divides, no member's (simplified script).
_NEW_BREAKDOWN = re.compile(r"(按|从|以)[^，,。；;:：]{1,8}?(分|看|来看|统计|划分)")


def _member_label(label: str) -> bool:
    """Whether ``label`` (the text between a list's separator and a figure) labels a member.

    A short name (市直, 高新区, 经开区: at most eight characters, no digit), or a longer one
    that ends like a division (``高新技术产业开发区``, ``城乡一体化示范区``); never a part, a
    total or a step of the member before it (其中…, 共…, 已办结…).

    Examples
    --------
    >>> _member_label("高新区"), _member_label("高新技术产业开发区"), _member_label("其中")
    (True, True, False)
    >>> _member_label("按污染类型分主要为涉水")
    False
    """
    simple = to_simplified(label)
    if _NOT_A_MEMBER.match(simple):
        return False
    if _MEMBER_LABEL.fullmatch(label) is not None:
        return True
    return _LONG_MEMBER_LABEL.fullmatch(simple) is not None and simple[-1] in _DIVISION_END


def list_member_places(
    text: str,
    mentions: pd.DataFrame,
    fig_starts: np.ndarray,
    fig_ends: np.ndarray,
    s: int,
) -> np.ndarray:
    """Places that label another member of a list of figures than the figure at ``s``, a mask.

    In ``横县27件、兴宁区15件、良庆区13件、高新区11件`` each place is written right before
    its own figure (nothing, a colon or a bracket between them): it is that member's label
    and says where that figure is, not where the next member's is — the figure of a member
    whose label the gazetteer does not know (``高新区11件``, ``市直5件``) is not the place of
    the member before it (良庆区).  Applies when the figure at ``s`` is itself a list member:
    a separator (、，；) outside brackets lies between the other member's figure and it, a
    short label (no digit; not 其中, 共, 已办结 …) right before it, and at least two places
    of the sentence so label a figure (a list, not one place and a later clause).  A figure
    inside the member's own aside (``钟山19件(其中8件…)``) stays the member's.  A figure whose
    label opens a breakdown by another key (``…黃巖區2件,按污染類型分主要為涉水5件``) is a
    part of the whole the list divides: no member's place is its.

    Parameters
    ----------
    text : str
        The report.
    mentions : pandas.DataFrame
        Place mentions before ``s`` in its sentence (``start``, ``end``), in any order.
    fig_starts, fig_ends : numpy.ndarray
        Spans of the report's figures.
    s : int
        Start of the figure whose region is read.

    Returns
    -------
    numpy.ndarray of bool
        Per mention, whether it labels another member's figure.

    Examples
    --------
    >>> t = "兴宁区15件、良庆区13件、高新区11件"
    >>> m = pd.DataFrame({"start": [0, 7], "end": [3, 10]})
    >>> list_member_places(t, m, np.array([3, 10, 17]), np.array([6, 13, 20]), 17).tolist()
    [True, True]
    """
    out = np.zeros(len(mentions), dtype=bool)
    if mentions.empty:
        return out
    ends = mentions["end"].to_numpy(dtype=np.int64)
    order = np.argsort(fig_starts, kind="stable")
    fs, fe = np.asarray(fig_starts)[order], np.asarray(fig_ends)[order]
    labels = np.zeros(len(mentions), dtype=bool)  # the mention labels a figure before s
    member_end = np.full(len(mentions), -1, dtype=np.int64)
    for i, e in enumerate(ends.tolist()):
        k = int(np.searchsorted(fs, e, side="left"))
        if k >= len(fs) or fs[k] >= s or fe[k] > s:
            continue
        if _MEMBER_GAP.fullmatch(text, e, int(fs[k])) is None:
            continue
        labels[i], member_end[i] = True, int(fe[k])
    if labels.sum() < 2:
        return out
    for i in np.flatnonzero(labels).tolist():
        between = text[member_end[i] : s]
        while True:  # the asides of the member (its parts) are its own
            shorter = _ASIDE.sub("", between)
            if shorter == between:
                break
            between = shorter
        aside = re.search(r"[(（]", between)
        if aside is not None:  # the figure is inside an aside: of the member whose it is
            if _MEMBER_SEPARATOR.search(between, 0, aside.start()):
                out[i] = True  # another member's aside (…，市直8件(其中2件…))
            continue
        cut = [m.end() for m in _MEMBER_SEPARATOR.finditer(between)]
        if not cut:
            continue
        label = between[cut[-1] :].strip(" \t　:：(（")
        if not _member_label(label) and not _NEW_BREAKDOWN.match(to_simplified(label)):
            continue
        out[i] = True
    return out


def inside_closed_aside(text: str, a: int, s: int) -> bool:
    """Whether position ``a`` lies inside a bracketed aside that closes before ``s``.

    ``遼東灣新區1件(與大洼區交叉1件)、高新區1件、市住建局7件``: 大洼區 is named in another
    member's aside, closed before the figure 7件 — not the figure's own label.

    Examples
    --------
    >>> t = "新区1件(与大洼区交叉1件)、市住建局7件"
    >>> inside_closed_aside(t, t.find("大洼区"), t.find("7件"))
    True
    >>> inside_closed_aside("大洼区(qū)14件", 0, 8)
    False
    """
    between = text[a:s]
    while True:  # asides wholly after a (glosses, parts) are taken out first
        shorter = _ASIDE.sub("", between)
        if shorter == between:
            break
        between = shorter
    return re.search(r"[)）]", between) is not None


#: What ends a list of figures: a sentence's end but ； (西安市551件，占42%；咸阳市119件，
#: 占9%；榆林市102件，占7.7%: one list, its members set apart by semicolons).
_LIST_BREAKS = SENTENCE_BREAKS.replace("；", "").replace(";", "")


def labels_of_lists(
    text: str, mentions: pd.DataFrame, fig_starts: np.ndarray, fig_ends: np.ndarray
) -> np.ndarray:
    """Places that label their own figure in a list of such members, a mask.

    A place written right before its figure (``萍乡市2件``, ``壽寧縣2件``, ``臺北市政府74.8億元``
    is not: 政府 between) with at least one other such place in its sentence (``九江市9件，
    萍乡市2件``) is a member of a list of figures: it says where its figure is, not what the
    sentences after the list are about.  One place with its figure (``涉及眉山3件``) is no list.
    Members set apart by ``；`` are one list (``西安市551件，占42%；咸阳市119件，占9%；榆林市
    102件，占7.7%。从类型看，涉大气问题246件``: 246 is the tally's, not 榆林市's).  Places
    that share one figure by ``各`` (``邵阳市、娄底市各170件``: each of them 170) all label it:
    a place joined by a bare list word (、, 和, 及, 与) to the next place, which 各 and its
    figure follow, is a member too — not the subject of a later sentence (``…邵阳市、娄底市
    各170件，…。从污染类型来看，累计举报最多的3类污染`` is the whole tally's, not 邵阳市's).

    Parameters
    ----------
    text : str
        The report.
    mentions : pandas.DataFrame
        Place mentions (``start``, ``end``), in any order.
    fig_starts, fig_ends : numpy.ndarray
        Spans of the report's figures.

    Returns
    -------
    numpy.ndarray of bool

    Examples
    --------
    >>> t = "九江市9件，萍乡市2件。按类型分，大气5件"
    >>> m = pd.DataFrame({"start": [0, 6], "end": [3, 9]})
    >>> labels_of_lists(t, m, np.array([3, 9, 18]), np.array([5, 11, 20])).tolist()
    [True, True]
    >>> t = "长沙市704件，邵阳市、娄底市各170件。累计举报最多的3类污染"
    >>> m = pd.DataFrame({"start": [0, 8, 12], "end": [3, 11, 15]})
    >>> labels_of_lists(t, m, np.array([3, 16, 28]), np.array([7, 20, 30])).tolist()
    [True, True, True]
    """
    out = np.zeros(len(mentions), dtype=bool)
    if mentions.empty or not len(fig_starts):
        return out
    order = np.argsort(fig_starts, kind="stable")
    fs = np.asarray(fig_starts)[order]
    starts = mentions["start"].astype(int).tolist()
    ends = mentions["end"].astype(int).tolist()
    heads = []
    each = np.zeros(len(mentions), dtype=bool)  # labels its figure through 各 (娄底市各170件)
    for i, (a, e) in enumerate(zip(starts, ends, strict=True)):
        heads.append(max(text.rfind(c, 0, a) for c in _LIST_BREAKS))
        k = int(np.searchsorted(fs, e, side="left"))
        if k < len(fs) and _MEMBER_GAP.fullmatch(text, e, int(fs[k])) is not None:
            out[i] = True
            each[i] = "各" in text[e : int(fs[k])]
    by_start = sorted(range(len(starts)), key=starts.__getitem__, reverse=True)
    for j, i in itertools.pairwise(by_start):  # i right before j: 邵阳市、娄底市各170件
        if not out[i] and each[j] and LIST_WORD_GAP.fullmatch(text, ends[i], starts[j]):
            out[i] = each[i] = True
    head = np.array(heads)
    counts = {h: int((out & (head == h)).sum()) for h in set(heads)}
    return out & np.array([counts[h] >= 2 for h in heads], dtype=bool)


#: The organ that signs a document on one of its last lines (宣城市协调联络组, 某县人民政府,
#: 某市生态环境局), simplified script.
_SIGNATURE_ORGAN = re.compile(
    r"(协调联络组|联络组|人民政府|人民政府办公室|政府办公室|生态环境局|环境保护局|环保局|"
    r"委员会|领导小组|领导小组办公室|整改办|整改办公室|指挥部)[ \t　]*$"
)
#: A line that is only a date (the signature's date, under or over the organ).
_DATE_LINE = re.compile(
    r"^[ \t　]*[\d〇零一二三四五六七八九十○]{2,4}\s*年[\d一二三四五六七八九十]{1,2}\s*月"
    r"[\d一二三四五六七八九十]{1,3}\s*日[ \t　]*$"
)


def signature_division(text: str, found: pd.DataFrame) -> tuple[str, str] | None:
    """The division of the organ signing ``text`` on one of its last lines, with its level's
    character (``安徽省生态环境保护督察宣城市协调联络组`` → ``("宣城市", "市")``).

    A document that speaks of itself as 我市 / 本市 / 全市 and names its city only in its
    signature (a liaison group's, a government's, an environment bureau's) is that city's:
    its unresolved deixis words mean it.  The signature is a short line (at most 40
    characters) among the last three lines that are not a date, ending in the name of an
    organ; its division is the last one named on it (the liaison group's city, not the
    province of the inspection it serves).

    Parameters
    ----------
    text : str
        The document.
    found : pandas.DataFrame
        Its place mentions (``start``, ``end``, ``name``, ``match``, ``ambiguous``, ``group``).

    Returns
    -------
    tuple of (str, str) or None
        The division's full name and the character of its level (市, 县, 区, 州, 旗, 盟);
        ``None`` when no signature names one.
    """
    lines = text.rstrip().split("\n")
    end = len(text.rstrip())
    seen = 0
    for line in reversed(lines):
        start = end - len(line)
        if line.strip() and not _DATE_LINE.match(to_simplified(line)):
            seen += 1
            simple = _GLOSS.sub("", to_simplified(line))  # 協(xié)調(diào): a glyph's reading
            if len(simple.strip()) <= _HEADING_MAX and _SIGNATURE_ORGAN.search(simple):
                on = found[
                    (found["start"] >= start)
                    & (found["end"] <= end)
                    & found["match"].isin(regions.NAME_KINDS)
                    & ~found["ambiguous"].astype(bool)
                    & ~found["group"].astype(bool)
                ]
                if on.empty:
                    return None
                name = str(on["name"].iloc[-1])
                return (name, name[-1]) if name[-1] in "市县区州旗盟" else None
            if seen >= 3:
                return None
        end = start - 1
    return None


def _deixis_by_signature(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """Unresolved deixis words (:data:`UNNAMED`) of the level of the division that signs the
    document (:func:`signature_division`) read as it: 我市 of 宣城市协调联络组's text."""
    if found.empty or not (found["name"] == UNNAMED).any():
        return found
    signed = signature_division(text, found)
    if signed is None:
        return found
    name, level = signed
    try:
        division_level = regions.resolve(name).level
    except (UnknownRegionError, AmbiguousRegionError):
        return found
    names = found["name"].to_numpy(dtype=object).copy()
    levels = found["level"].to_numpy(dtype=object).copy()
    for i in np.flatnonzero(names == UNNAMED):
        a, b = int(found["start"].iloc[i]), int(found["end"].iloc[i])
        if to_simplified(text[a + 1 : b]) == level:
            names[i], levels[i] = name, division_level
    return found.assign(name=names, level=levels)


#: The text's own voice as a division: 我省, 本市, 我区, 本县, 我州 (simplified script; not
#: 本市场, 我区域, 我县长, 本市民), the level's character captured.
_SPEAKS_AS = re.compile(r"[我本]([省市县区州])(?![域场长级民委])")
#: A division referred back to (该州, 该市, 该县: the one named): with 我州/本州 of the same
#: level, the page speaks as the one division of that level it names, even named once.
#: A text speaking as a division: 我省, 本市 (:data:`_SPEAKS_AS`), or 本港 / 本澳 of Hong
#: Kong and Macao (:data:`envindicators.regions.DEIXIS_SELF_NAMES`).
_SPEAKER = re.compile(_SPEAKS_AS.pattern + r"|本[" + "".join(regions.DEIXIS_SELF_NAMES) + r"]")
_REFERRED_BACK = re.compile(r"该([省市县区州])(?![域场长级民委])")
#: A division's whole: 全省, 全市, 全区 … (not 全区域, 全市场), read where the text has no 我/本.
_WHOLE_OF = re.compile(r"全([省市县区州])(?![域场长级民委])")
#: The levels of the divisions a level's character can name in a speaker's word: 我市 is a
#: prefecture's city or one of the four cities of provincial level, 我区 an autonomous
#: region or a district, 我县 a county (Taiwan's counties are of the prefecture level).
_SPEAKER_LEVELS: dict[str, frozenset[str]] = {
    "省": frozenset({"province"}),
    "区": frozenset({"province", "county"}),
    "州": frozenset({"prefecture"}),
    "市": frozenset({"province", "prefecture"}),
    "县": frozenset({"county", "prefecture"}),
}
#: How fine each character's divisions are: a text that says 我市 and 我省 is a city's (its
#: 我省 is the city's province); 区 is the finest, as a district's text says 全市 of its city.
_SPEAKER_FINENESS = {"省": 0, "州": 1, "市": 1, "县": 2, "区": 2}


def _chain(code: str) -> list[regions.Region]:
    """A division and its ancestors, the division first."""
    out = []
    current: regions.Region | None = regions.region_of(code)
    while current is not None:
        out.append(current)
        current = regions.region_of(current.parent_code) if current.parent_code else None
    return out


def _speaker_level(simple: str) -> str | None:
    """The level's character of the division a text (simplified script) speaks as: the
    finest of its 我/本 words' (我市 and 我省: 市), else of its 全 words'; ``None``."""
    words = {m.group(1) for m in _SPEAKS_AS.finditer(simple)}
    if not words:
        words = {m.group(1) for m in _WHOLE_OF.finditer(simple)}
    if not words:
        return None
    return max(words, key=lambda c: (_SPEAKER_FINENESS[c], c))


def speaking_division(text: str, *, within: str | None = None) -> str | None:
    """The division a text speaks as (我省, 本市, 我区; else 全省, 全市 …), read from the
    places it names.

    A provincial daily's 我省, a city bureau's 我市, a provincial department's monthly that
    says only 全省 speak as a division they often never name: the publisher (海南日报,
    市环保局, 省环保厅) is the division, and the places the text names lie in it.  The
    speaker's level is the finest of the characters of its 我/本 words (我市 over 我省: a
    city's text says 我省 of its province), or of its 全 words where it has none.  Each
    place named (unambiguous, not a comparison's reference) is read as
    its nearest division of that level (itself or an ancestor; a dateline's city too, as a
    provincial daily is filed in the province: 海口市 → 海南省 for 我省,
    沁水县 → 晋城市 for 我市); the division read most, at least twice, is the speaker's
    when the places that lie neither in it nor above it are at most a third as many (a
    text summing up several provinces has none; a division named once may be only where
    the text went: 到蓬溪县考察学习) — or named once where the text also refers back to a
    division of the speaker's level (该州, 该市) and names no other of that level (``我州立案…
    该州重点…涉及甘孜州``: 甘孜藏族自治州).

    Parameters
    ----------
    text : str
        The whole document.
    within : str, optional
        The region read so far (its territory reads ambiguous names: 金門縣 of Taiwan).

    Returns
    -------
    str or None
        The division's full name; ``None`` where the text speaks as no division or its
        places name none of its level.

    Examples
    --------
    >>> speaking_division("全省7月空气优良率达99.1%。长沙市、湘潭市PM2.5浓度下降。")
    '湖南省'
    >>> speaking_division("近日，我市对沁水县、高平市的企业开展检查。山西省通报……")
    '晋城市'
    >>> speaking_division("我省对辽宁、浙江、山东等地开展督察。") is None
    True
    """
    code = _speaking_code(text, within=within)
    return None if code is None else regions.region_of(code).name


def _speaking_code(text: str, *, within: str | None = None) -> str | None:
    """:func:`speaking_division`, its code."""
    simple = to_simplified(text)
    char = _speaker_level(simple)
    if char is None:
        return None
    levels = _SPEAKER_LEVELS[char]
    try:
        found = regions.find_regions(simple, within=within)
    except (UnknownRegionError, AmbiguousRegionError):
        found = regions.find_regions(simple)
    found = found[
        found["name"].notna().to_numpy()
        & found["match"].isin(regions.NAME_KINDS).to_numpy()
        & ~found["ambiguous"].to_numpy(dtype=bool)
    ].reset_index(drop=True)
    found = found[~in_postal_address(simple, found)].reset_index(drop=True)  # 沈阳市A号邮政信箱
    # (a dateline's city counts: 海南日报海口…讯 is filed where the speaker is)
    if not found.empty:
        found = found[~compared_mentions(simple, found)]
    read: list[str | None] = []
    chains: list[set[str]] = []
    for code in found["code"].astype(str).tolist():
        chain = _chain(code)
        hit = next((r for r in chain if r.level in levels and r.name.endswith(char)), None)
        read.append(None if hit is None else hit.code)
        chains.append({r.code for r in chain})
    # the text's own organ or masthead (金門縣環保局, 丰都新闻网讯) names its publisher: a
    # text that says 我县 / 本縣 speaks as it, named once or not at all in the scan
    own: set[str] = set()
    for code in _own_organs(simple, found, within=within):
        chain = _chain(code)
        hit = next((r for r in chain if r.level in levels and r.name.endswith(char)), None)
        if hit is not None:
            own.add(hit.code)
            if code not in found["code"].astype(str).tolist():  # a masthead's short name
                read.append(hit.code)
                chains.append({r.code for r in chain})
    counts = pd.Series([c for c in read if c is not None], dtype=object).value_counts()
    if counts.empty:
        return None
    best, n = str(counts.index[0]), int(counts.iloc[0])
    if best in own and _SPEAKS_AS.search(simple):
        n = max(n, 2)
    if len(counts) == 1 and any(m.group(1) == char for m in _REFERRED_BACK.finditer(simple)):
        n = max(n, 2)  # 我州…该州…涉及甘孜州: the one 州 named is the one referred back to
    if n < 2 or (len(counts) > 1 and int(counts.iloc[1]) == n):
        return None  # named once, it may be where the text went (到蓬溪县考察); a tie
    above = {r.code for r in _chain(best)}  # 山西省 in 晋城's text: the city's province
    stray = sum(
        1 for c, chain in zip(read, chains, strict=True) if c != best and not chain <= above
    )
    if 3 * stray > n:
        return None
    return best


#: The organs a division's own page is published by, right after the division's name
#: (simplified script): its environment bureau (金門縣環保局, 某县生态环境局), its government
#: (县人民政府, 縣府), its media (丰都新闻网, 某县融媒体中心, 某市日报, 电视台).
_OWN_ORGAN = re.compile(r"^(?:" + ACTING_ORGAN + r"|新闻网|融媒体中心|日报|电视台|广播电视台)")
#: An organ of a division named by its level alone, listed among the division's places as one
#: more member of a list split by place (simplified script; ``fullmatch``): a bureau, a
#: department, a commission or an office of the province, city or county (``市财政局``,
#: ``市住建局``, ``市卫计委``, ``省生态环境厅``, ``省发展与改革委``, ``省海洋综合执法总队``,
#: ``市水务集团``), or its departments as one (``市直``, ``省直部门``, ``省直相关部门``,
#: ``市级部门``).  Its count is the division's own (its row's region the division the text is
#: about), and the member, no place, names the part of the list's measure it counts.  The
#: environment bureau of :data:`_OWN_ORGAN` is one of them; a division's government and its
#: media are no list member (人民政府, 日报).
ORGAN_LABEL = re.compile(
    r"(?:省|市|州|县|区|旗|盟)"
    r"(?:直(?:属|相关)?(?:部门|单位|机关)?|级(?:相关)?部门"
    r"|[\u4e00-\u9fff]{1,10}?(?:局|厅|委|委员会|办|办公室|部门|总队|支队|集团|中心))"
)
#: A masthead dateline written with a division's short name (丰都新闻网讯, 某某日报讯): the
#: media outlet's place, the name captured (simplified script).
_MASTHEAD = re.compile(
    r"(?:^|[\n。|])\s*([\u4e00-\u9fff]{2,4}?)(?:新闻网|融媒体中心|日报|电视台|广播电视台)讯"
)


def _own_organs(simple: str, found: pd.DataFrame, *, within: str | None) -> list[str]:
    """Divisions named by the text's own organ or masthead: a division's name right before
    an organ word (:data:`_OWN_ORGAN`: 金門縣環保局, 某县人民政府), or a masthead dateline's
    short name (:data:`_MASTHEAD`: 丰都新闻网讯, a county's short name the place scan reads
    only inside the county), codes in text order."""
    out = [
        str(code)
        for code, end in zip(found["code"].astype(str), found["end"].astype(int), strict=True)
        if _OWN_ORGAN.match(simple[end : end + 6])
    ]
    for m in _MASTHEAD.finditer(simple):
        try:
            hit = regions.resolve(m.group(1), within=within)
        except (UnknownRegionError, AmbiguousRegionError):
            continue
        if hit.level != "country" and hit.code not in out:
            out.append(hit.code)
    return out


def _wrong_level(region: str | None, spoken: str, text: str) -> bool:
    """Whether ``region`` (the document's, read so far) is not the division ``spoken``
    (a code, :func:`speaking_division`) the text speaks as: none (where the opening does not
    name the country: a national page may quote a province's 我省), or a province or city above it
    whose name is not of the speaker's level (山西省 for 我市) — not the country,
    whose page may quote a province's 我省."""
    if region is None:  # not a national page that quotes a province's 我省
        opening = regions.document_region(text)
        return opening is None or opening.level != "country"
    chain = _chain(spoken)
    try:
        current = regions.resolve(region, within=chain[-1])
    except (UnknownRegionError, AmbiguousRegionError):
        return False
    if current.level == "country" or current.code == spoken:
        return False
    if current.code not in {r.code for r in chain[1:]}:
        return False  # not above the speaker: a title's own division is kept
    char = _speaker_level(to_simplified(text))
    return char is not None and not current.name.endswith(char)
