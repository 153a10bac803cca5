"""Whose text a document is: Taiwan's, Hong Kong's, Macao's or the mainland's.

A document's *territory* decides what its words for the whole mean: 全國 / 我國 / 本國 in a
text of Taiwan are the island's own whole, 全港 / 本港 and 全澳 / 本澳 are Hong Kong's and
Macao's, and on the mainland 全国 / 我国 are the country.  A title seldom names the
territory (``環境部公布112年空污排放清冊``, ``我國廢棄物減量…之探討``), so it is told by the
signs the text carries (:data:`TERRITORY_SIGNS`):

* its **place names** — every unambiguous division the gazetteer finds (not 全国 or 中国,
  which Taiwan's texts use too, nor deixis), counted for the territory it lies in, and a
  name shared by Taiwan and the mainland where the gazetteer reads it as Taiwan's by its
  script (金門縣, 連江縣 in traditional script: :func:`find_regions`);
* its **self-names** 全港 / 本港, 全澳 / 本澳, 全台 / 全臺;
* its **institutions** — the bodies of one territory's own government (行政院, 立法院,
  環境部 — not 生態環境部 —, 經濟部, 內政部, 主計處, 統計暨普查局, 特區政府, 國務院, 人民政府,
  省委 …), the era 民國 of Taiwan's years, the names of Hong Kong's environmental ordinances
  (《空氣污染管制條例》, 《廢物處置條例》 …) and of Taiwan's environmental laws, which are 法
  (空氣污染防制法, 廢清法, 土污法 …);
* its **language**: Portuguese, Macao's other official language, which its statistics tables
  write beside Chinese and English;
* its **script**, only to break a tie: the parser corpus holds traditional-script reprints of
  the mainland ministry's releases and simplified reprints of Taiwan's and Hong Kong's news,
  so script alone tells nothing.

Signs are read in simplified script without converter glosses (``主計(jì)處`` is 主计处).
A sign shared by two territories (環保署 / 環境保護署: Taiwan's agency until 2023 and Hong
Kong's department; 立法會 and 特區政府: Hong Kong and Macao) counts for both.  The territory
with the most signs wins when it has at least twice as many as any other; the reading is
*sure* only when no other territory has a sign (a Taiwan text quoting a mainland bulletin
is not).  Words that many territories use alike (環境保護局: mainland city bureaus until
2018, Taiwan's county bureaus, Macao's bureau; 本市; 直轄市) are no sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from envindicators.regions._gazetteer import (
    DEIXIS_SELF_NAMES,
    DEIXIS_WHOLE_NAMES,
    NAME_KINDS,
    find_regions,
    region_of,
)
from envindicators.units.text import normalize_text

__all__ = [
    "MAINLAND",
    "NATIONAL_ORGANS",
    "ROC_FISCAL_YEAR",
    "ROC_TENS",
    "TERRITORIES",
    "TERRITORY_SIGNS",
    "TERRITORY_USAGE",
    "Territory",
    "document_territory",
    "territory_signs",
]

#: The key of the mainland in :data:`TERRITORY_SIGNS` and :class:`Territory` (the provinces
#: other than Taiwan 710000, Hong Kong 810000 and Macao 820000).
MAINLAND = "mainland"
_TAIWAN, _HONG_KONG, _MACAO = "710000", "810000", "820000"
#: The territories that are not the mainland, by province code.
TERRITORIES: tuple[str, ...] = (_TAIWAN, _HONG_KONG, _MACAO)

#: A year in Chinese numerals read without 民國: the tens form of 60–130 (九十二, 一百零三),
#: or a year from 100 to 129 written digit by digit, as Taiwan's government writes its dates
#: (一一二, 一一○, 一○○; a count is never written so).
ROC_TENS = re.compile(
    r"[六七八九]十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二三]十[一二三四五六七八九]?)?"
    r"|一[〇○零一二][〇○零一二三四五六七八九]"
)
#: An ROC fiscal year in Chinese numerals (九十二年度, 一百一十三年度, 一一三年度): no count of
#: years takes 年度 and no Gregorian year is written so, so it makes a text Taiwan's as 民國 does.
ROC_FISCAL_YEAR = re.compile(
    r"(?<![一二三四五六七八九十百千仟韆万萬零〇○两兩点點.．\d])(?:" + ROC_TENS.pattern + r")\s*年度"
)
#: Names of Hong Kong ordinances on the environment (simplified script; the text is folded
#: before matching).  See :data:`TERRITORY_SIGNS`.
_HK_ORDINANCES = (
    r"空气污染管制条例|水污染管制条例|废物处置条例|噪音管制条例|保护臭氧层条例|海上倾倒物料条例"
    r"|环境影响评估条例|产品环保责任条例|汽车引擎空转(?:[（(]定额罚款[）)])?条例"
    r"|公众洁净及防止妨扰规例"
)
#: Names of Taiwan's laws on the environment and their short names (simplified script; the
#: text is folded before matching): the acts its Environmental Protection Administration,
#: now the Ministry of Environment, enforces (環境部主管法規: 空氣污染防制法 and 空污法,
#: 廢棄物清理法 and 廢清法, 土壤及地下水污染整治法 and 土污法, 噪音管制法, 環境影響評估法,
#: 資源回收再利用法, 海洋污染防治法, 毒性及關注化學物質管理法, 氣候變遷因應法 — formerly
#: 溫室氣體減量及管理法).  The mainland's laws of the same fields are 大气污染防治法,
#: 固体废物污染环境防治法, 土壤污染防治法, 环境影响评价法, 海洋环境保护法; Hong Kong's are
#: 条例 (:data:`_HK_ORDINANCES`).  See :data:`TERRITORY_SIGNS`.
_TW_LAWS = (
    r"空气污染防制法|空污法|废弃物清理法|废清法|土壤及地下水污染整治法|土污法|噪音管制法"
    r"|环境影响评估法|资源回收再利用法|海洋污染防治法|毒性(?:及关注)?化学物质管理法"
    r"|气候变迁因应法|温室气体减量及管理法"
)
#: Taiwan's ministries and state firm that its environmental texts cite (simplified script;
#: the Executive Yuan's organisation, 行政院組織): 經濟部 (Economic Affairs) and 內政部
#: (the Interior) — the mainland has neither, and a foreign country's (德国经济部) or a
#: department of any level (经济部门, 内政部门) is none —, 衛生福利部 / 衛福部, 國家發展委員會
#: / 國發會, and 台灣電力公司 / 台電公司 (Taipower).  See :data:`TERRITORY_SIGNS`.
_TW_BODIES = (
    r"(?<![国邦])(?:经济部|内政部)(?!门)|卫生福利部|卫福部|国家发展委员会|国发会"
    r"|台湾电力公司|台电公司"
)
#: Portuguese words (see :data:`TERRITORY_SIGNS`): Portuguese-only spellings and the words of
#: Macao's trilingual statistics tables, and the Latin names of Macao and its islands.
_PORTUGUESE = (
    r"(?i)(?<![a-zà-ÿ])(?:[a-zà-ÿ]+(?:ção|ções|ões|dade|dades)|dias|m[ée]dia|n[úu]mero"
    r"|lixos?|res[íi]duos?|[áa]gua|rua|taxa|macau|macao|taipa|coloane)(?![a-zà-ÿ])"
)
#: The central government's bodies that publish the country's environmental figures
#: (simplified script): the State Council (国务院), the ministry of the environment —
#: 生态环境部 (2018–), 环境保护部 / 环保部 (2008–2018), 国家环境保护总局 (1998–2008) — and the
#: National Bureau of Statistics (国家统计局); not 环境保护部门 (an environmental department
#: of any level).  A mainland text that names no division and
#: cites them is of the country (:meth:`envindicators.extract.Places.region_and_confidence`).
NATIONAL_ORGANS = re.compile(
    r"国务院|生态环境部(?!门)|环境保护部(?!门)|(?<![省市县区])环保部(?!门)"
    r"|国家环境保护总局|国家环保总局|国家统计局"
)
#: Institution words (simplified script) and the territories whose own government they
#: are: ``(pattern, territories)``.  Sources: the organisation of each government —
#: Taiwan's five 院 and its 行政院環境保護署 (環保署), reorganised as 環境部 on 2023-08-22;
#: Hong Kong's 環境保護署 (EPD), 環境局 (環境及生態局 since 2022), 立法會 and 特區政府;
#: Macao's 統計暨普查局 (DSEC), 立法會 and 特區政府; the mainland's 國務院, 生態環境部
#: (2018–), 環境保護部 (2008–2018), 國家環境保護總局, 人民政府 and the Party committees
#: (省委, 市委 …).  Matched on the text folded to simplified script.
TERRITORY_SIGNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"行政院|立法院|监察院|考试院|立委|新台币|民国\s*\d{2,3}\s*年", (_TAIWAN,)),
    # Taiwan's statistics office (行政院主計處, 主計總處 since 2012): the mainland's is 统计局,
    # Hong Kong's 统计处, Macao's 统计暨普查局
    (r"主计总?处", (_TAIWAN,)),
    # a year of the 民國 era written without the era (105年, 109年度: 2016, 2020); no
    # mainland text writes a year so
    (r"(?<![\d.,，])1[01]\d\s*(?:年度|年)(?![代前来內内])", (_TAIWAN,)),
    # the same fiscal year in Chinese numerals (九十二年度: 2003; :data:`ROC_FISCAL_YEAR`)
    (ROC_FISCAL_YEAR.pattern, (_TAIWAN,)),
    (r"(?<!生态)环境部", (_TAIWAN,)),
    # Taiwan's ministries (经济部, 内政部 …) and its environmental laws (空气污染防制法, 废清法
    # …: :data:`_TW_BODIES`, :data:`_TW_LAWS`), as Hong Kong's ordinances below
    (_TW_BODIES, (_TAIWAN,)),
    (_TW_LAWS, (_TAIWAN,)),
    (r"环保署|环境保护署", (_TAIWAN, _HONG_KONG)),
    (r"港府|环境及生态局", (_HONG_KONG,)),
    # Hong Kong's own departments and offices (the Government's organisation chart, "Bureaux
    # and Departments", www.gov.hk): leisure and culture (康文署, whose greening targets the
    # corpus holds), food and hygiene, agriculture and parks, drainage, water supplies,
    # electrical works, statistics (政府统计处: the mainland's and Macao's are 局), home
    # affairs, civil engineering, buildings, lands, planning, highways, transport, the
    # Ombudsman, the Government Gazette (宪报), the District Councils and the Housing Authority
    # (房屋委员会, 房委会: the mainland's are 住房和城乡建设 bodies) — none is the name
    # of a body of the mainland, Taiwan or Macao
    (
        r"康乐及文化事务署|康文署|食物环境[卫衞]生署|食环署|渔农自然护理署|渔护署|渠务署"
        r"|(?<![市县区省])水务署|机电工程署|政府统计处|民政事务总署|土木工程拓展署|屋宇署"
        r"|地政总署|(?<![市县区省])规划署|路政署|(?<![市县区省])运输署|申诉专员公署|宪报"
        r"|区议会|房屋委员会|房委会",
        (_HONG_KONG,),
    ),
    # the ordinances Hong Kong's Environmental Protection Department enforces (its monthly
    # conviction figures name them; Hong Kong e-Legislation, Cap. 311, 354, 358, 400, 403,
    # 466, 499, 603, 611 and Cap. 132BK): Taiwan's laws of the same fields are 法
    # (空氣污染防制法, 噪音管制法, 廢棄物清理法), the mainland's 防治法 or 管理条例
    (_HK_ORDINANCES, (_HONG_KONG,)),
    (r"统计暨普查局|澳府", (_MACAO,)),
    # Macao's own bureaus (the Government's organisation, www.gov.mo): meteorology and
    # geophysics, marine and water affairs, the civic and municipal bureau (民政总署 until
    # 2018, 市政署 since 2019), transport, labour affairs (劳工事务局, DSAL: Hong Kong's is
    # 劳工处, Taiwan's 劳动部 and its cities' 劳工局 / 劳动局, the mainland's 人力资源和社会保障
    # 局), the public security police (治安警察局, PSP: the mainland's and Taiwan's are 公安局
    # and 警察局), and its currency
    (
        r"地球物理暨气象局|海事及水务局|民政总署|(?<![市县区省])市政署|交通事务局"
        r"|澳门元|澳门币|澳门葡文|劳工事务局|治安警察局",
        (_MACAO,),
    ),
    # Portuguese, Macao's other official language (Basic Law of the Macao SAR, art. 9): its
    # statistics yearbooks and tables are trilingual (气温 Temperatura do ar Air temperature;
    # 垃圾 Lixo Garbage), and no text of the other territories writes Portuguese.  Words
    # whose spelling is Portuguese only — endings -ção/-ções/-ões, -dade, and the words of
    # those tables (dias, média, número, lixo, resíduos, água, rua, taxa) — and the Latin
    # names of Macao's places, each one sign
    (_PORTUGUESE, (_MACAO,)),
    # the self-names 全港 / 本港, 全澳 / 本澳 (:data:`DEIXIS_SELF_NAMES`)
    *((f"[全本]{name}", (code,)) for name, code in DEIXIS_SELF_NAMES.items()),
    # 全台 / 全臺, Taiwan's word for its whole (:data:`DEIXIS_WHOLE_NAMES`; not 全台湾, which
    # names 台湾 and is counted as a place, nor the mainland city 台州: 全台州)
    *((f"全{name}(?![湾州])", (code,)) for name, code in DEIXIS_WHOLE_NAMES.items()),
    (r"特区政府|立法会", (_HONG_KONG, _MACAO)),
    # the government's web domain in an address the text gives (ruido@dspa.gov.mo,
    # www.epd.gov.hk, www.moenv.gov.tw): the country-code domains .mo, .hk and .tw
    # (IANA root zone database), whose gov second level only that government holds
    (r"(?i)gov\.mo(?![a-z])", (_MACAO,)),
    (r"(?i)gov\.hk(?![a-z])", (_HONG_KONG,)),
    (r"(?i)gov\.tw(?![a-z])", (_TAIWAN,)),
    (
        NATIONAL_ORGANS.pattern + r"|人民政府|[省市县区]委|党委|党组|中央生态环境保护督察",
        (MAINLAND,),
    ),
)
_SIGNS = tuple((re.compile(pattern), codes) for pattern, codes in TERRITORY_SIGNS)
#: Usage that tells Hong Kong's texts from Taiwan's where their only signs are the ones the
#: two share (環保署: Taiwan's agency until 2023 and Hong Kong's department): ``(pattern,
#: territory)``, matched on the text folded to simplified script.  Hong Kong counts cases
#: in 宗 (``24 980宗``, ``共接獲29 467宗查詢``) and calls its people 市民; Taiwan counts them
#: in 件, calls its people 民眾 / 國人, its local governments 縣市, and writes years of the
#: 民國 era (``97年``, ``較97年提升``: two digits, 60–99).  Read only to break that tie, and
#: never sure: a usage is a habit, not an institution.
TERRITORY_USAGE: tuple[tuple[str, str], ...] = (
    (r"\d\s*宗(?![教族旨师])|市民(?!政)", _HONG_KONG),
    (r"民众|国人|县市|(?<![\d.,，])[6-9]\d\s*年(?![代前来內内])", _TAIWAN),
)
_USAGE = tuple((re.compile(pattern), code) for pattern, code in TERRITORY_USAGE)
#: Characters of traditional script only (a text with them is written in traditional script).
_TRADITIONAL_CHARS = re.compile("[國環臺灣與為們這時會從來說對發經過點實現質區處]")


@dataclass(frozen=True)
class Territory:
    """The territory a document is of, and how sure that reading is.

    Parameters
    ----------
    code : str
        ``'710000'`` (Taiwan), ``'810000'`` (Hong Kong), ``'820000'`` (Macao) or
        :data:`MAINLAND`.
    sure : bool
        ``False`` when the signs conflict: the other territories have more than a quarter
        as many signs of their own (a Taiwan text quoting a mainland bulletin), or only the
        script broke a tie.
    signs : dict of str to int
        The count of signs of each territory (those with none are left out); a sign
        shared by two territories counts for both.
    """

    code: str
    sure: bool
    signs: dict[str, int]


def _territory_of(code: str) -> str:
    province = region_of(code).province_code
    return province if province in TERRITORIES else MAINLAND


def _signs(text: str) -> tuple[dict[str, int], dict[tuple[str, ...], int]]:
    """Signs of one territory (by territory) and shared signs (by their territories)."""
    own: dict[str, int] = {}
    shared: dict[tuple[str, ...], int] = {}
    # read in simplified script without converter glosses: 主計(jì)處 and 環(huán)保署 are the
    # institutions 主计处 and 环保署, 臺(tái)中市 the city
    simple = normalize_text(text).text
    found = find_regions(simple)
    named = found[
        found["match"].isin(NAME_KINDS).to_numpy() & ~found["ambiguous"].to_numpy(dtype=bool)
    ]
    named_codes = named["code"].astype(str).tolist()
    if found["ambiguous"].to_numpy(dtype=bool).any() and _TRADITIONAL_CHARS.search(text):
        # a name shared by Taiwan and the mainland counts where find_regions reads it as
        # Taiwan's by its script (金門縣 in traditional script), not where it is left open
        written = find_regions(text)
        shared_names = written[
            written["match"].isin(NAME_KINDS).to_numpy() & written["ambiguous"].to_numpy(dtype=bool)
        ]
        named_codes += [
            c
            for c in shared_names["code"].tolist()
            if isinstance(c, str) and _territory_of(c) != MAINLAND
        ]
    for code in named_codes:
        key = _territory_of(code)
        own[key] = own.get(key, 0) + 1
    for pattern, codes in _SIGNS:
        n = len(pattern.findall(simple))
        if not n:
            continue
        if len(codes) == 1:
            own[codes[0]] = own.get(codes[0], 0) + n
        else:
            shared[codes] = shared.get(codes, 0) + n
    return own, shared


def _usage_winner(text: str, candidates: set[str]) -> str | None:
    """The one of ``candidates`` whose usage (:data:`TERRITORY_USAGE`) the text has at
    least twice as often as each other's (and at least once); ``None``."""
    simple = normalize_text(text).text
    counts = dict.fromkeys(candidates, 0)
    for pattern, code in _USAGE:
        if code in counts:
            counts[code] += len(pattern.findall(simple))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n), rest = ranked[0], [m for _, m in ranked[1:]]
    if n == 0 or any(2 * m > n for m in rest):
        return None
    return best


def territory_signs(text: str) -> dict[str, int]:
    """The count of the signs of each territory in ``text`` (see :func:`document_territory`).

    Parameters
    ----------
    text : str
        A document.

    Returns
    -------
    dict of str to int
        Territory (a province code of :data:`TERRITORIES` or :data:`MAINLAND`) → its signs;
        a sign shared by two territories (環保署) counts for both.

    Examples
    --------
    >>> territory_signs("行政院環境保護署公布臺中市PM2.5年平均濃度")
    {'710000': 3, '810000': 1}
    """
    return _sign_counts(*_signs(text))


def _sign_counts(own: dict[str, int], shared: dict[tuple[str, ...], int]) -> dict[str, int]:
    """Signs by territory, a shared sign counted for each of its territories."""
    counts = dict(own)
    for codes, n in shared.items():
        for key in codes:
            counts[key] = counts.get(key, 0) + n
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def document_territory(text: str) -> Territory | None:
    """The territory ``text`` is of, told by its place names, institutions and script.

    First the mainland against the three others: the side with at least twice the signs
    of the other (a shared sign such as 環保署 is one sign of the non-mainland side); an
    equal count is broken by the script (traditional: not the mainland; unsure).  Then,
    on the non-mainland side, the territory with at least twice the signs of its own of
    each of the other two (a shared sign decides only when no territory has signs of its
    own and the shared signs name one territory).

    Parameters
    ----------
    text : str
        A document (the whole text: a title seldom names its territory).

    Returns
    -------
    Territory or None
        ``None`` when the text carries no sign or no side wins.

    Examples
    --------
    >>> t = document_territory("我國空氣品質持續改善。環境部指出，去年全國PM2.5濃度為13.1微克。")
    >>> t.code, t.sure
    ('710000', True)
    >>> document_territory("国务院印发计划。全国PM2.5平均浓度为30微克。").code
    'mainland'
    >>> document_territory("全国PM2.5平均浓度为30微克。") is None
    True
    """
    own, shared = _signs(text)
    mainland = own.get(MAINLAND, 0)
    others = {t: own.get(t, 0) for t in TERRITORIES}
    outside = sum(others.values()) + sum(shared.values())
    if mainland == 0 and outside == 0:
        return None
    signs = _sign_counts(own, shared)
    if mainland >= 2 * outside:
        return Territory(MAINLAND, 4 * outside <= mainland, signs)
    by_script = False
    if outside < 2 * mainland:
        if outside != mainland or not _TRADITIONAL_CHARS.search(text):
            return None if outside != mainland else Territory(MAINLAND, False, signs)
        by_script = True
    ranked = sorted(others.items(), key=lambda kv: -kv[1])
    (best, n), second = ranked[0], ranked[1][1]
    if n == 0:  # only shared signs: they decide when they name one territory
        common = set.intersection(*(set(codes) for codes in shared)) if shared else set()
        if len(common) > 1 and mainland == 0:  # or the usage of one of them (guessed)
            usage = _usage_winner(text, common)
            if usage is not None:
                return Territory(usage, False, signs)
        if len(common) != 1:
            return None
        best, n = common.pop(), 0
    elif n < 2 * second:
        return None
    rest = sum(others.values()) - others[best] + mainland
    sure = not by_script and 4 * rest <= max(n, 1) and (n > 0 or mainland == 0)
    return Territory(best, sure, signs)
