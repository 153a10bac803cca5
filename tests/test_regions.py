"""The gazetteer of administrative divisions (envindicators.regions)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples
from envindicators import regions
from envindicators.errors import AmbiguousRegionError, EnvIndicatorsError, UnknownRegionError
from envindicators.units import to_simplified

G = regions.gazetteer()
# Filler that cannot form or extend a place name: ASCII letters, digits and punctuation.
FILLER = st.text(alphabet="abcxyz0123456789 ,.;:()，。；：", max_size=12)


@lru_cache(maxsize=1)
def _s2t() -> dict[int, str]:
    """Simplified → one traditional form, inverted from the package's own t2s table."""
    table = (resources.files("envindicators.units") / "_t2s.txt").read_text(encoding="utf-8")
    out: dict[int, str] = {}
    for line in table.splitlines():
        if len(line) == 2 and not line.startswith("#") and line[0] != line[1]:
            out.setdefault(ord(line[1]), line[0])
    return out


def traditional(text: str) -> str:
    return text.translate(_s2t())


# ---------------------------------------------------------------- the table


def test_table_shape_and_codes() -> None:
    assert list(G.columns[:6]) == [
        "code",
        "name",
        "short_name",
        "level",
        "parent_code",
        "province_code",
    ]
    assert G["code"].is_unique
    assert G["code"].str.fullmatch(r"\d{6}").all()
    counts = G["level"].value_counts()
    assert counts["province"] == 34  # 31 mainland + 台湾, 香港, 澳门
    assert 330 + 22 <= counts["prefecture"] <= 340 + 22  # + Taiwan's 22
    assert 2900 <= counts["county"] <= 3000
    assert "市辖区" not in set(G["name"])
    # every parent exists and is one level up (or the province for province-managed counties)
    by_code = G.set_index("code")
    child = G[G["parent_code"].notna()]
    parent_level = by_code.loc[child["parent_code"], "level"].to_numpy()
    assert set(zip(child["level"], parent_level, strict=True)) == {
        ("prefecture", "province"),
        ("county", "prefecture"),
        ("county", "province"),
    }
    assert (G["province_code"].str[:2] == G["code"].str[:2]).all()
    assert regions.gazetteer() is G  # cached


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("湖北省", "湖北"),
        ("武汉市", "武汉"),
        ("恩施土家族苗族自治州", "恩施州"),
        ("新疆维吾尔自治区", "新疆"),
        ("内蒙古自治区", "内蒙古"),
        ("广西壮族自治区", "广西"),
        ("长阳土家族自治县", "长阳"),
        ("阿克苏地区", "阿克苏"),
        ("浦东新区", "浦东"),
    ],
)
def test_short_names(full: str, short: str) -> None:
    row = G[G["name"] == full]
    assert row["short_name"].tolist() == [short]
    assert regions.resolve(short, within=row["code"].iloc[0]).code == row["code"].iloc[0]


def test_no_short_name_when_one_character_would_remain() -> None:
    assert G.loc[G["name"] == "沛县", "short_name"].isna().all()
    # a county's short name never shadows a province's: 天津市河北区 is not 河北
    assert G.loc[G["name"] == "河北区", "short_name"].isna().all()


# ---------------------------------------------------------------- resolve


def test_resolve_names_codes_and_scripts() -> None:
    r = regions.resolve("湖北")
    assert r == regions.Region("420000", "湖北省", "湖北", "province", None, "420000")
    assert regions.resolve("420000") == r
    assert regions.resolve("湖 北 省") == r
    assert regions.resolve("恩施州").code == "422800"
    assert regions.resolve("新疆").name == "新疆维吾尔自治区"
    assert regions.resolve("撫順市").code == "210400"
    assert regions.resolve("南京市鼓楼区").code == "320106"
    assert regions.resolve("鼓楼区", within="福州").code == "350102"


def test_resolve_renamed_county_by_stem() -> None:
    # 太谷县 became 太谷区 in 2019; the bundled tables still say 太谷县
    assert regions.resolve("太谷县").name == "太谷区"


def test_resolve_errors() -> None:
    with pytest.raises(AmbiguousRegionError, match=r"320106.*320302") as info:
        regions.resolve("鼓楼区")
    assert len(info.value.candidates) == 4
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, EnvIndicatorsError)
    with pytest.raises(AmbiguousRegionError, match=r"吉林省.*吉林市"):
        regions.resolve("吉林")
    with pytest.raises(UnknownRegionError, match="火星市"):
        regions.resolve("火星市")
    with pytest.raises(UnknownRegionError, match="999999"):
        regions.region_of("999999")
    assert regions.resolve("吉林", within="吉林市").code == "220200"


# ---------------------------------------------------------------- find_regions


def test_find_regions_spans_and_columns() -> None:
    text = "湖北省恩施州和武汉市的情况；江苏省南京市鼓楼区"
    df = regions.find_regions(text)
    assert list(df.columns) == [
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
    assert df["mention"].tolist() == ["湖北省", "恩施州", "武汉市", "江苏省", "南京市鼓楼区"]
    assert df["code"].tolist() == ["420000", "422800", "420100", "320000", "320106"]
    assert [text[s:e] for s, e in zip(df["start"], df["end"], strict=True)] == df[
        "mention"
    ].tolist()
    assert not df["ambiguous"].any()


def test_spans_index_the_original_text() -> None:
    text = "據　撫順市 生態環境局，遼寧省"
    df = regions.find_regions(text)
    assert df["code"].tolist() == ["210400", "210000"]
    assert [text[s:e] for s, e in zip(df["start"], df["end"], strict=True)] == ["撫順市", "遼寧省"]


def test_ambiguous_mentions_are_flagged_and_within_breaks_ties() -> None:
    df = regions.find_regions("鼓楼区")
    assert df["ambiguous"].tolist() == [True]
    assert df["n_candidates"].tolist() == [4]
    df = regions.find_regions("鼓楼区", within="徐州市")
    assert df["code"].tolist() == ["320302"]
    assert not df["ambiguous"].any()


def test_longest_match_wins_and_no_overlaps() -> None:
    df = regions.find_regions("恩施州恩施市，全州县", within="桂林市")
    # the qualified name beats its parts; the county 全州县 beats the deixis 全州
    assert df["mention"].tolist() == ["恩施州恩施市", "全州县"]
    assert df["code"].tolist() == ["422801", "450324"]
    ends = df["end"].to_numpy()
    assert (df["start"].to_numpy()[1:] >= ends[:-1]).all()


@pytest.mark.parametrize(
    "word", ["城区", "东区", "西区", "郊区", "矿区", "新城区", "市中区", "城中区"]
)
def test_generic_area_words_are_not_places_alone(word: str) -> None:
    assert regions.is_generic_name(word)
    assert regions.find_regions(f"加强{word}污水管网建设").empty


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("大小兴安岭的森林", "兴安"),
        ("青海湖水位", "青海"),
        ("北京路改造", "北京"),
        ("中山路", "中山"),
    ],
)
def test_short_names_inside_landform_and_street_names(text: str, not_a_place: str) -> None:
    assert not_a_place not in regions.find_regions(text)["mention"].tolist()
    # the rule is about what follows: the same short name elsewhere is a place
    assert regions.find_regions(not_a_place + "，")["mention"].tolist() == [not_a_place]


def test_generic_names_are_found_when_qualified() -> None:
    df = regions.find_regions("阳泉市城区和攀枝花市东区")
    assert df["name"].tolist() == ["城区", "东区"]
    assert df["code"].tolist() == ["140302", "510402"]


@pytest.mark.parametrize(
    ("text", "name", "within"),
    [
        ("加强区域合作，推进通道建设，延长产业链", "合作", "甘南藏族自治州"),
        ("省、市和县三级联动", "和县", "马鞍山市"),
        ("推进振兴县域经济", "兴县", "吕梁市"),
    ],
)
def test_county_short_and_two_character_names_only_in_scope(
    text: str, name: str, within: str
) -> None:
    """Outside the document's region, a two-character county name is not a mention."""
    assert regions.find_regions(text).empty
    assert regions.find_regions(text, within="湖北省").empty
    # inside it they are found (the rule is a scope rule, not a word list)
    found = regions.find_regions(text, within=within)
    assert name in found["mention"].tolist()


def test_county_short_names_in_the_documents_region() -> None:
    df = regions.find_regions("平遥、太谷两县每天约7000余吨污水", within="晋中市")
    assert df["name"].tolist() == ["平遥县", "太谷区"]
    assert regions.find_regions("平遥、太谷两县").empty


def test_empty_and_placeless_text() -> None:
    for text in ["", "abc", "到2025年，优良天数比例达到85%"]:
        df = regions.find_regions(text)
        assert df.empty
        assert list(df.columns)[:3] == ["start", "end", "mention"]


def test_the_country() -> None:
    for name in ["全国", "我国", "中国", "中华人民共和国", "全國"]:
        assert regions.resolve(name) is regions.NATIONAL
    assert regions.region_of("000000").level == "country"
    df = regions.find_regions("全国平均水平，我国；湖北省", within="武汉市")
    assert df["match"].tolist() == ["national", "national", "full"]
    assert df["level"].tolist() == ["country", "country", "province"]
    assert df["name"].tolist() == ["全国", "全国", "湖北省"]
    assert regions.NATIONAL.code not in set(regions.gazetteer()["code"])
    assert regions.document_region("2021中国生态环境状况公报") is regions.NATIONAL
    assert regions.document_region("中国湖北省武汉市").name == "武汉市"


# ---------------------------------------------------------------- deixis, document region


@pytest.mark.parametrize(
    ("word", "region", "expected"),
    [
        ("全省", "武汉市", "湖北省"),
        ("我省", "湖北省", "湖北省"),
        ("全市", "武汉市", "武汉市"),
        ("全市", "武昌区", "武汉市"),
        ("本市", "北京市", "北京市"),
        ("全区", "广西", "广西壮族自治区"),
        ("全区", "武昌区", "武昌区"),
        ("全州", "恩施市", "恩施土家族苗族自治州"),
        ("全县", "平遥县", "平遥县"),
        ("全县", "山西省", None),
        ("全盟", "锡林郭勒盟", "锡林郭勒盟"),
    ],
)
def test_deixis(word: str, region: str, expected: str | None) -> None:
    got = regions.resolve_deixis(word, region)
    assert (got.name if got else None) == expected


def test_deixis_rejects_other_words_and_in_text() -> None:
    with pytest.raises(ValueError, match="deictic"):
        regions.resolve_deixis("全国", "湖北省")
    df = regions.find_regions(
        "全市空气质量优良天数比例，全省排名第一；本区域、全市场", within="宜昌市"
    )
    assert df["mention"].tolist() == ["全市", "全省"]
    assert df["name"].tolist() == ["宜昌市", "湖北省"]
    assert (df["match"] == "deixis").all()
    assert regions.find_regions("全省").empty  # without a document region: nothing to resolve


def test_document_region() -> None:
    assert regions.document_region("湖北省武汉市关于整改落实情况的报告").name == "武汉市"
    assert regions.document_region("關於撫順市第二輪督察整改").code == "210400"
    assert regions.document_region("关于整改落实情况的报告\n全省…") is None
    # the most specific division consistent with all those named; else what contains them all
    assert regions.document_region("遼寧省撫順市：遼寧省…").code == "210400"
    assert regions.document_region("太原市、晋中市整改情况").name == "山西省"
    assert regions.document_region("太原市平遥县").name == "山西省"
    assert regions.document_region("山西省、辽宁省整改情况") is None
    assert regions.document_region("关于整改\n山西省人民政府").code == "140000"


# ---------------------------------------------------------------- properties


def _expected_name(row: int, kind: str) -> str | None:
    name = G["name"].iloc[row]
    if kind == "short":
        return G["short_name"].iloc[row]
    if kind == "qualified":
        parent = G["parent_code"].iloc[row]
        if G["level"].iloc[row] != "county" or parent is None:
            return None
        p = regions.region_of(parent)
        return p.name + name if p.level == "prefecture" else None
    return name


@examples(150)
@given(
    row=st.integers(0, len(G) - 1),
    kind=st.sampled_from(["full", "short", "qualified"]),
    before=FILLER,
    after=FILLER,
    script=st.sampled_from(["simplified", "traditional"]),
)
def test_every_name_in_filler_is_found_with_its_code(
    row: int, kind: str, before: str, after: str, script: str
) -> None:
    name = _expected_name(row, kind)
    code = G["code"].iloc[row]
    if name is None or (kind != "qualified" and regions.is_generic_name(name)):
        return
    written = traditional(name) if script == "traditional" else name
    assert to_simplified(written) == name
    text = before + written + after
    df = regions.find_regions(text, within=code)
    hit = df[df["start"] == len(before)]
    assert hit["end"].tolist() == [len(before) + len(written)], (name, df)
    assert hit["code"].tolist() == [code]
    # resolve agrees, full / short / traditional alike
    assert regions.resolve(written, within=code).code == code


@examples(100)
@given(row=st.integers(0, len(G) - 1))
def test_short_and_full_names_give_the_same_code(row: int) -> None:
    r = regions.region_of(G["code"].iloc[row])
    full = regions.resolve(r.name, within=r.code)
    assert full == r
    if r.short_name is not None:
        assert regions.resolve(r.short_name, within=r.code) == r
        assert regions.resolve(traditional(r.short_name), within=r.code) == r


@examples(40)
@given(
    rows=st.lists(st.integers(0, len(G) - 1), min_size=1, max_size=6),
    sep=st.sampled_from(["，", "、", "和", "; "]),
)
def test_mentions_never_overlap_and_spans_are_exact(rows: list[int], sep: str) -> None:
    text = sep.join(G["name"].iloc[rows])
    df = regions.find_regions(text)
    starts, ends = df["start"].to_numpy(), df["end"].to_numpy()
    assert (ends > starts).all()
    assert (starts[1:] >= ends[:-1]).all()
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == df["mention"].tolist()
    assert np.isin(df["code"], G["code"]).all()


@examples(60)
@given(
    text=st.text(
        alphabet=st.one_of(
            st.characters(),
            st.sampled_from(list("湖北省武汉市恩施州鼓楼区全省我市本县城区太谷平遥中国撫順")),
        ),
        max_size=40,
    )
)
def test_any_text_gives_exact_non_overlapping_spans(text: str) -> None:
    """Never raises (surrogates, NUL, combining marks…); spans index the text as given."""
    df = regions.find_regions(text, within="晋中市")
    starts, ends = df["start"].to_numpy(), df["end"].to_numpy()
    assert (ends > starts).all()
    assert (starts[1:] >= ends[:-1]).all()
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == df["mention"].tolist()


def test_every_name_of_the_gazetteer_resolves_to_its_division() -> None:
    # exhaustive, not sampled: names whose own characters fold under the traditional →
    # simplified rule (乾安县 → 干安县, 乾县) must still be found (keys are folded like queries)
    for code, name, short in zip(G["code"], G["name"], G["short_name"], strict=True):
        assert regions.resolve(name, within=code).code == code, name
        if short is not None:
            assert regions.resolve(short, within=code).code == code, short


@pytest.mark.parametrize("name", ["乾安县", "乾县"])
def test_a_name_that_folds_is_found_in_text(name: str) -> None:
    code = G.loc[G["name"] == name, "code"].item()
    text = f"2021年{name}空气质量优良天数比例为90%"
    hit = regions.find_regions(text, within=code)
    assert hit["code"].tolist() == [code]
    assert hit["mention"].tolist() == [name]
