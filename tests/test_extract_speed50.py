"""speed50 (issue 13): ``read_report``'s plumbing without per-call pandas work, output identical.

* ``_reader._frame`` types each column from one object array (missing values as ``None``)
  instead of ``Series.astype(object).where(notna, None).astype(dtype)``, and gives a copy of
  the schema's empty frame for a table without rows: the frames must be those of the
  ``Series`` path, value for value and type for type.
* ``regions._gazetteer._find_regions`` ranks a scan's candidates on ``numpy`` columns read
  once (no ``merge``/``assign``/``sort_values`` per call): the mentions, their division, the
  number of candidates and the kind of match must be those the rules give.
* The lexicon's forms grouped by form and by code are built once per lexicon
  (``Lexicon.codes_of_form``, ``Lexicon.forms_of_code``), not once per report.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import envindicators.datasets as datasets
from envindicators.extract._indicators import noun_phrase
from envindicators.extract._lexicon import Lexicon
from envindicators.extract._reader import _frame
from envindicators.regions import find_regions

TABLES = ("observations", "targets", "tasks", "progress_summaries", "indicators", "documents")


def _frame_by_series(rows: list[dict], name: str) -> pd.DataFrame:
    """The frame as ``_frame`` built it before speed50 (the reference)."""
    table = datasets.TABLES[name]
    raw = pd.DataFrame(list(rows), columns=table.column_names)
    out = {}
    for col in table.columns:
        if col.name not in raw.columns:
            continue
        s = raw[col.name]
        if col.kind == "date":
            out[col.name] = pd.to_datetime(s).astype(col.dtype)
        else:
            out[col.name] = s.astype(object).where(s.notna(), None).astype(col.dtype)
    return pd.DataFrame(out, columns=table.column_names)


#: Cells of each kind of column, missing ones in every spelling (None, NaN, pd.NA, absent).
_CELLS = {
    "text": ["a", "全市", None, math.nan, pd.NA, "", "優良"],
    "float": [1.5, 2, None, math.nan, pd.NA, 0.0, -3.25],
    "int": [3, None, math.nan, 2021, pd.NA, 0, 7],
    "bool": [True, False, None, True, pd.NA, False, True],
    "date": [pd.Timestamp("2021-01-01"), None, "2022-06-30", math.nan, pd.NaT, None, "2020-12-31"],
}


def _rows(name: str, n: int, shift: int, absent: bool) -> list[dict]:
    table = datasets.TABLES[name]
    rows = []
    for i in range(n):
        row = {}
        for j, col in enumerate(table.columns):
            cells = _CELLS[col.kind]
            if absent and (i + j) % 3 == 0:
                continue  # a key the row does not write: NaN in the raw frame
            row[col.name] = cells[(i + j + shift) % len(cells)]
        rows.append(row)
    return rows


@pytest.mark.parametrize("name", TABLES)
@pytest.mark.parametrize(
    ("n", "shift", "absent"), [(1, 0, False), (3, 1, True), (7, 2, True), (7, 5, False)]
)
def test_frame_equals_the_series_path(name: str, n: int, shift: int, absent: bool) -> None:
    rows = _rows(name, n, shift, absent)
    got, want = _frame(rows, name), _frame_by_series(rows, name)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)
    for col in got.columns:  # the same cells: <NA> where the reference has <NA>
        assert [type(x) for x in got[col].tolist()] == [type(x) for x in want[col].tolist()]


@pytest.mark.parametrize("name", TABLES)
def test_frame_of_no_rows_is_the_schema_and_a_fresh_copy(name: str) -> None:
    first = _frame([], name)
    pd.testing.assert_frame_equal(first, _frame_by_series([], name), check_exact=True)
    assert list(first.columns) == datasets.TABLES[name].column_names
    first[first.columns[0]] = pd.array(["changed"] * 0, dtype="string")
    first["extra"] = []
    again = _frame([], name)  # the cached empty frame is not the one handed out
    assert "extra" not in again.columns
    assert again is not first


@pytest.mark.parametrize(
    ("text", "within", "expected"),
    [
        # full names, a qualified county, an ambiguous county kept as the first by code
        (
            "湖北省恩施州和武汉市鼓楼区",
            "湖北",
            [
                ("湖北省", "420000", 1, "full"),
                ("恩施州", "422800", 1, "short"),
                ("武汉市", "420100", 1, "full"),
                ("鼓楼区", "320106", 4, "full"),
            ],
        ),
        # the same, traditional script
        (
            "湖北省恩施州和武漢市鼓樓區",
            "湖北",
            [
                ("湖北省", "420000", 1, "full"),
                ("恩施州", "422800", 1, "short"),
                ("武漢市", "420100", 1, "full"),
                ("鼓樓區", "320106", 4, "full"),
            ],
        ),
        # within 南京市: its own 鼓楼区, no longer ambiguous among the related; qualified
        ("鼓楼区空气质量", "南京市", [("鼓楼区", "320106", 1, "full")]),
        ("鼓樓區空氣質量", "南京市", [("鼓樓區", "320106", 1, "full")]),
        ("南京市鼓楼区空气质量", "南京市", [("南京市鼓楼区", "320106", 1, "qualified")]),
        # deixis and the country, longest first
        (
            "全省空气质量优于全国",
            "湖北",
            [("全省", "420000", 1, "deixis"), ("全国", "000000", 1, "national")],
        ),
        (
            "全省空氣質量優於全國",
            "湖北",
            [("全省", "420000", 1, "deixis"), ("全國", "000000", 1, "national")],
        ),
    ],
)
def test_find_regions_mentions(text: str, within: str, expected: list[tuple]) -> None:
    df = find_regions(text, within=within)
    got = list(zip(df["mention"], df["code"], df["n_candidates"], df["match"], strict=True))
    assert got == expected
    assert df["ambiguous"].tolist() == [n > 1 for _, _, n, _ in expected]
    assert str(df["start"].dtype) == "int64"
    assert str(df["n_candidates"].dtype) == "int64"


@pytest.mark.parametrize(
    "text",
    [
        "出台中长期规划",  # 台中 across a word boundary: no mention
        "兴安岭林区",  # a short name before a landform word: another proper noun
        "其中国家级自然保护区",  # 中国 across a word boundary
        "其中國家級自然保護區",
    ],
)
def test_find_regions_negatives(text: str) -> None:
    df = find_regions(text)
    assert df.empty
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


def test_lexicon_groupings_once_per_lexicon() -> None:
    lex = Lexicon.of(datasets.load("indicators"))
    assert lex.codes_of_form is lex.codes_of_form
    assert lex.forms_of_code is lex.forms_of_code
    want_codes = lex.forms.groupby("form")["code"].apply(list)
    pd.testing.assert_series_equal(lex.codes_of_form, want_codes)
    assert lex.forms_of_code == lex.forms.groupby("code")["form"].apply(list).to_dict()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("今年花蓮縣資源回收量1至7月已達5000公噸", "資源回收量"),
        ("今年花莲县资源回收量1至7月已达5000公吨", "资源回收量"),
    ],
)
def test_noun_phrase_between_marks(text: str, phrase: str) -> None:
    s = text.index("5000")
    places = pd.DataFrame({"start": [2], "end": [5]})
    dates = pd.DataFrame({"start": [10], "end": [14]})
    assert noun_phrase(text, 0, s, s + 6, len(text), places, dates) == phrase
    empty = pd.DataFrame(
        {"start": pd.Series([], dtype="int64"), "end": pd.Series([], dtype="int64")}
    )
    assert noun_phrase(text, 0, s, s + 6, len(text), empty, empty) != phrase  # no marks to read
