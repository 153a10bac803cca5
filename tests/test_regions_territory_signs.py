"""Signs of a territory read through converter glosses, and more of each territory's own
bodies (regions._territory, issue 13).

Three classes of Hong Kong, Macao and Taiwan texts had no territory, so every figure in them
was left without a region:

* a converter copy glosses each character in pinyin (``主計(jì)處``, ``環(huán)保署``): the signs
  are now read on the text in simplified script without its glosses, as the parser reads
  figures (:func:`envindicators.units.normalize_text`);
* a Hong Kong text names one of the Government's own departments or offices (康文署, 渠務署,
  申訴專員公署, the Gazette 憲報 …), a Macao text one of its bureaus (地球物理暨氣象局,
  海事及水務局, 民政總署 …): names no other territory's bodies bear;
* a Macao statistics table is trilingual: Portuguese (Macao's other official language) is
  written in no other territory's texts.

The sentences are written for these tests, in both scripts.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from envindicators import regions
from envindicators.extract import read_report
from envindicators.units import to_simplified

TAIWAN, HONG_KONG, MACAO = "710000", "810000", "820000"


def _both(text: str) -> list[str]:
    return [text, to_simplified(text)]


def _without_glosses(text: str) -> str:
    """``text`` without its pinyin glosses (the copy the converter started from)."""
    return re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text)


def _rows(text: str) -> pd.DataFrame:
    r = read_report(text, source="x.txt")
    return pd.concat([r.observations, r.context], ignore_index=True)


def _code(text: str) -> str | None:
    got = regions.document_territory(text)
    return None if got is None else got.code


# ---------------------------------------------------------------- signs through glosses
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("“主計(jì)處”依“環(huán)保署”統(tǒng)計(jì)顯示,去年垃圾產(chǎn)生量787.1萬噸。", TAIWAN),
        ("行(xíng)政(zhèng)院(yuàn)核定計畫,補助經費3億元。", TAIWAN),
        ("國(guó)務(wù)院(yuàn)印發方案,全國PM2.5濃度下降5%。", "mainland"),
        ("生(shēng)態(tài)環(huán)境部(bù)通報,全國地表水優良比例為87.9%。", "mainland"),
    ],
)
def test_signs_are_read_without_converter_glosses(text: str, code: str) -> None:
    assert _code(text) == code
    # the same sentence without glosses tells the same territory
    assert _code(_without_glosses(text)) == code


def test_a_gloss_alone_is_no_sign() -> None:
    # pinyin of ordinary words names no body of any territory
    assert _code("垃(lā)圾(jī)產(chǎn)生量增加1.8%。") is None


# ----------------------------------------------------------- Hong Kong's own departments
@pytest.mark.parametrize(
    "body",
    [
        "康樂及文化事務署",
        "康文署",
        "食物環境衞生署",
        "漁農自然護理署",
        "渠務署",
        "水務署",
        "機電工程署",
        "政府統計處",
        "屋宇署",
        "地政總署",
        "規劃署",
        "路政署",
        "申訴專員公署",
    ],
)
def test_a_hong_kong_department_makes_a_hong_kong_text(body: str) -> None:
    for text in _both(f"{body}表示,去年共接獲投訴1,250宗,較前年增加8%。"):
        got = regions.document_territory(text)
        assert got is not None, text
        assert (got.code, got.sure) == (HONG_KONG, True), (text, got)


def test_the_gazette_and_district_councils_are_hong_kongs() -> None:
    for text in _both("三十九個憲報公布泳灘中,二十二個水質良好;區議會議員關注其餘泳灘。"):
        assert _code(text) == HONG_KONG, text


@pytest.mark.parametrize(
    "text",
    [
        # a mainland city's bureau and a county's planning office are no Hong Kong body
        "市水务局通报,全市污水处理率达到95%。",
        "县规划署会同县人民政府完成12个项目。",
        "市运输署(局)新增公交车200辆。",
    ],
)
def test_mainland_bodies_with_like_names_are_no_hong_kong_sign(text: str) -> None:
    assert _code(text) != HONG_KONG


def test_the_department_gives_the_rows_their_region() -> None:
    for text in _both("申訴專員公署表示,過去三年每年接獲逾二萬宗樹木投訴。"):
        rows = _rows(text)
        assert len(rows), text
        assert set(rows["region"]) == {"香港特别行政区"}, rows[["value", "region"]]


# --------------------------------------------------------------- Macao's own bureaus
@pytest.mark.parametrize(
    "body", ["地球物理暨氣象局", "海事及水務局", "民政總署", "市政署", "交通事務局"]
)
def test_a_macao_bureau_makes_a_macao_text(body: str) -> None:
    for text in _both(f"{body}資料顯示,本年度處理個案320宗,同比上升4.2%。"):
        got = regions.document_territory(text)
        assert got is not None, text
        assert (got.code, got.sure) == (MACAO, True), (text, got)


# ------------------------------------------------------------- Portuguese: Macao's tables
@pytest.mark.parametrize(
    "text",
    [
        "氣溫 (攝氏度) Temperatura do ar (°C) Air temperature\n平均 Média Mean 22.8 23.6 23.3",
        "酷熱天氣日數 Número de dias quentes Number of very hot days\n32 35 31",
        "垃圾及廢料 LIXOS E RESÍDUOS GARBAGE AND WASTE\n生活垃圾 Lixo doméstico 138 111 167 743",
        "空氣質量 Qualidade do ar\n路邊 Berma da rua Roadside 1 2 3",
        "供水量 Abastecimento de água Water supply 9 120 9 480",
        "污水處理 Tratamento de águas residuais; população servida 95%",
    ],
)
def test_portuguese_labels_make_a_macao_text(text: str) -> None:
    for t in _both(text):
        assert _code(t) == MACAO, t


@pytest.mark.parametrize(
    "text",
    [
        # English labels, pinyin and Latin abbreviations are no Portuguese
        "空氣質量 Air quality\n路邊 Roadside 1 2 3",
        "本年度 total emissions of CO2 were 12 tonnes; data from the EPD.",
        "大(da)气(qi)污染物排放量下降3%。",
        "PM2.5 annual mean concentration 30 μg/m3 (GB 3095-2012)",
    ],
)
def test_other_latin_text_is_no_portuguese(text: str) -> None:
    assert _code(text) != MACAO


def test_a_mainland_text_quoting_macao_stays_the_mainlands() -> None:
    text = (
        "国务院印发方案。生态环境部通报,全国PM2.5浓度下降5%。"
        "省人民政府、市委部署落实。澳门元汇率不变。"
    )
    assert _code(text) == "mainland"


def test_a_portuguese_table_gives_the_rows_macao() -> None:
    text = "垃圾及廢料 LIXOS E RESÍDUOS GARBAGE AND WASTE\n從海中撈取的垃圾 (立方米) 2472"
    rows = _rows(text)
    assert len(rows)
    assert set(rows["region"]) == {"澳门特别行政区"}, rows[["value", "region"]]
