"""reg46: registry rows that fit, from hand check 34 (issue 13).

- ``查阅资料`` is the registry's ``documents_reviewed`` (``督察组共查阅资料8700余份``), and
  ``蓝天天数``/``蓝天数`` its ``good_air_days`` (the days a text calls blue are its good
  days); a province's own named measure (``“蓝天白云,繁星闪烁”天数``) keeps its phrase.
- A count of divisions written with its level word as its counter (``全区5地市``,
  ``全区(5地市)``, ``全省14市州``) is read as ``5个地市`` is: the whole of a province's
  prefecture-level divisions is ``prefectures_count`` (convention (e)), a context row;
  the divisions that did something (``七地市…具备``) never are.
- A count in 件 named by a petitions' act alone (``…信访举报问题12件…向贵州省移交8件``,
  ``累计转办3880件``) counts the petitions named before it: ``petitions_handled`` with its
  act as its part (convention (a)); not a count after an act of another class
  (``立案查处45件，移交12件``) nor of clues (``移交了84个问题线索``).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _BARE_ACT, _LEVEL_COUNTERS
from envindicators.units import to_simplified


def _row(text: str, figure: str, hant: bool) -> tuple[str, str, str]:
    """The indicator, subject (simplified) and role of the first row whose figure is
    ``figure``."""
    r = first_figure_row(text, figure, hant=hant)
    return str(r["indicator"]), to_simplified(str(r["subject"])), str(r["role"])


# ------------------------------------------------------------------- aliases of the registry

REVIEWED = "2019年9月，4个督察组共查阅资料8700余份，与116名负责同志个别谈话。"
BLUE_DAYS = "2017年1月到11月21日，全区环境空气质量总体情况来看，蓝天数较去年同期减少5天。"
BLUE_DAYS_LONG = "2018年，全市蓝天天数达到286天。"
NAMED_DAYS = "2017年上半年，“蓝天白云,繁星闪烁”天数平均为71.8天。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (REVIEWED, "8700余份", "documents_reviewed"),
        (BLUE_DAYS, "5天", "good_air_days"),
        (BLUE_DAYS_LONG, "286天", "good_air_days"),
    ],
)
def test_registry_alias(text: str, figure: str, code: str, hant: bool) -> None:
    assert _row(text, figure, hant)[0] == code


@pytest.mark.parametrize("hant", [False, True])
def test_named_measure_keeps_its_phrase(hant: bool) -> None:
    code, subject, _ = _row(NAMED_DAYS, "71.8天", hant)
    assert code.startswith("proposed_")
    assert "繁星闪烁" in subject


# ----------------------------------------------------------- divisions counted in their word

WHOLE_BRACKET = "2017年，影响全区(5地市)环境空气质量的主要污染物依次为可吸入颗粒物、臭氧。"
WHOLE_MEAN = "2017年，全区5地市环境空气质量平均达标天数比例上升1.2个百分点。"
WHOLE_SHARE = "2019年，全区7地市空气环境质量平均优良天数比率为99.6%。"
WHOLE_PM = "2017年，全省14市州PM2.5平均浓度为30微克/立方米。"
DID_SOMETHING = "2021年，七地市生态环境监测中心基本具备自主监测能力。"
NO_WHOLE = "2025年1-4月，全区沙尘天气过程7次，导致5地市累计受沙尘天气过程影响224天次。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [(WHOLE_BRACKET, "5地市"), (WHOLE_MEAN, "5地市"), (WHOLE_SHARE, "7地市"), (WHOLE_PM, "14市州")],
)
def test_divisions_in_their_level_word(text: str, figure: str, hant: bool) -> None:
    code, _, role = _row(text, figure, hant)
    assert (code, role) == ("prefectures_count", "context")


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), [(DID_SOMETHING, "七地市"), (NO_WHOLE, "5地市")])
def test_divisions_that_did_something_are_no_tally(text: str, figure: str, hant: bool) -> None:
    assert _row(text, figure, hant)[0] != "prefectures_count"


GLOSSED = "2019年，全區(qū)7地市空氣環(huán)境質(zhì)量平均優(yōu)良天數(shù)比率為99.6%。"


def test_whole_read_through_glosses() -> None:
    code, _, role = _row(GLOSSED, "7地市", False)
    assert (code, role) == ("prefectures_count", "context")


def test_level_counters() -> None:
    assert {"地市", "市州", "盟市", "设区市"} <= _LEVEL_COUNTERS
    assert not {"市", "省", "城市", "省市", "地区"} & _LEVEL_COUNTERS


# ---------------------------------------------------------------- petitions by their act

MOVED = (
    "截至10月19日20:00，督察组共接到信访举报问题12件(来电12件、来信0件)，受理10件，"
    "合并重复件后向贵州省移交8件(来电8件、来信0件)。"
)
PASSED_ON = (
    "截至进驻结束，各督察组共收到群众来电、来信举报投诉28件，受理有效举报23件，"
    "累计向海东市、黄南州转办23件，已办结或阶段办结20件。"
)
CUMULATIVE = "11月27日，中央第三生态环境保护督察组向我省转办群众信访举报件154件，累计转办3880件。"
CASES_FILED = "2019年，督察组收到信访举报问题，立案查处45件，移交12件。"
CLUES = "2020年，共指出各地490个突出问题，同步移交了84个问题线索。"
NO_HEAD = "2019年，该局共受理1300件，全部办结。"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (MOVED, "8件", "信访举报（移交）"),
        (PASSED_ON, "转办23件", "举报（转办）"),
        (CUMULATIVE, "3880件", "信访举报件（转办）"),
    ],
)
def test_petitions_named_by_their_act(text: str, figure: str, subject: str, hant: bool) -> None:
    figure = figure.removeprefix("转办")
    r = first_figure_row(text, figure, hant=hant)
    if figure == "23件":  # the second 23件: the one transferred
        f = read_report(to_traditional(text) if hant else text, source="x.txt").figures()
        r = f[f["value_text"].map(to_simplified) == "23件"].iloc[-1]
    assert str(r["indicator"]) == "petitions_handled"
    assert to_simplified(str(r["subject"])) == subject


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"), [(CASES_FILED, "12件"), (CLUES, "84个"), (NO_HEAD, "1300件")]
)
def test_acts_without_their_petitions(text: str, figure: str, hant: bool) -> None:
    assert _row(text, figure, hant)[0] != "petitions_handled"


def test_bare_act() -> None:
    assert _BARE_ACT.fullmatch("移交") is not None
    assert _BARE_ACT.fullmatch("分解后交办")["act"] == "交办"  # type: ignore[index]
    assert _BARE_ACT.fullmatch("共完成整改") is None
    assert _BARE_ACT.fullmatch("立案查处") is None
