"""gold42 (issue 13): the gold's kinds, document 003's date and the petitions' table.

* A fraction of a whole whose indicator is itself a share is that share's ``level``
  (:func:`envindicators.units.vocab.measured_kind`): one rule for ``read_report``'s rows,
  the bundled tables and the gold's scorer; a ratio of an indicator that is no share stays
  ``ratio``.
* Document 003 is published on 2023-02-24, the date of the earliest dated copy of its text.
* A statement of petitions with how many are closed (``交办的6991件…已办结6591件``) is a
  progress summary, not two observations.
"""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import load_script
from envindicators import datasets
from envindicators.extract import read_report
from envindicators.units.vocab import Kind, measured_kind

se = load_script("benchmarks/score_extract.py")

PUBLISHED = "2018-12-31"


def _rows(sentence: str) -> pd.DataFrame:
    r = read_report(sentence, published=PUBLISHED)
    return pd.concat([r.observations, r.targets], ignore_index=True)


# ----------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(
    ("kind", "of_share", "expected"),
    [
        ("ratio", True, "level"),  # 占…的27%, 占比达到18%: the share's level
        ("ratio", False, "ratio"),  # 是去年同期的92% of a concentration
        ("level", True, "level"),
        ("level", False, "level"),
        ("change_absolute", True, "change_absolute"),  # 提高2.4个百分点
        ("change_relative", True, "change_relative"),
        ("exceedance_multiple", False, "exceedance_multiple"),
        ("", True, ""),  # no kind given: nothing to fold
    ],
)
def test_measured_kind(kind: str, of_share: bool, expected: str) -> None:
    assert measured_kind(kind, of_share=of_share) == expected


def test_measured_kind_takes_the_enumeration_members() -> None:
    assert measured_kind(Kind.RATIO, of_share=True) == Kind.LEVEL
    assert measured_kind(Kind.RATIO, of_share=False) == Kind.RATIO


@pytest.mark.parametrize(
    ("sentence", "value_text", "value"),
    [
        ("2017年，全省新能源公交车合计拥有13668辆，占城市公交车总数的73.7%。",
         "占城市公交车总数的73.7%", 73.7),
        ("2017年，全省新能源公交車合計擁有13668輛，佔城市公交車總數的73.7%。",
         "佔城市公交車總數的73.7%", 73.7),
        ("2018年，全省高端装备制造业占比达到18%。", "占比达到18%", 18.0),
        ("2018年，全省高端裝備製造業佔比達到18%。", "佔比達到18%", 18.0),
        ("2018年，民用散煤正规渠道交易量约254万吨，仅占27%。", "占27%", 27.0),
        ("2018年，民用散煤正規渠道交易量約254萬噸，僅佔27%。", "佔27%", 27.0),
    ],
)  # fmt: skip
def test_a_share_written_as_a_fraction_is_a_level(
    sentence: str, value_text: str, value: float
) -> None:
    rows = _rows(sentence)
    row = rows[rows["value_text"] == value_text]
    assert len(row) == 1, rows[["value_text", "kind"]]
    assert row.iloc[0]["value"] == pytest.approx(value)
    assert row.iloc[0]["unit"] == "%"
    assert row.iloc[0]["kind"] == "level"


@pytest.mark.parametrize(
    ("sentence", "value_text", "kind"),
    [
        # a change of a share stays a change (百分点), not a level
        ("2018年，全省优良天数比例为74.5%，同比提高2.4个百分点。", "同比提高2.4个百分点",
         "change_absolute"),
        ("2018年，全省優良天數比例為74.5%，同比提高2.4個百分點。", "同比提高2.4個百分點",
         "change_absolute"),
        # a relative change written with % is no fraction of a whole
        ("2018年，全省PM2.5浓度为38微克/立方米，同比下降2.6%。", "同比下降2.6%",
         "change_relative"),
        ("2018年，全省PM2.5濃度為38微克/立方米，同比下降2.6%。", "同比下降2.6%",
         "change_relative"),
    ],
)  # fmt: skip
def test_changes_keep_their_kind(sentence: str, value_text: str, kind: str) -> None:
    rows = _rows(sentence)
    row = rows[rows["value_text"] == value_text]
    assert len(row) == 1, rows[["value_text", "kind"]]
    assert row.iloc[0]["kind"] == kind


# ----------------------------------------------------------------------------- the gold


def _seed(table: str) -> pd.DataFrame:
    return se.gold_tables()[table]


@pytest.mark.parametrize("table", ["observations", "targets"])
def test_the_bundled_tables_follow_the_rule(table: str) -> None:
    """No bundled row of a share (unit ``%``) is a ``ratio``: the 12 were made ``level``."""
    df = datasets.load(table)  # type: ignore[arg-type]
    share = df["unit"].astype(str) == "%"
    assert not (share & (df["kind"].astype(str) == "ratio")).any()
    folded = [measured_kind(str(k), of_share=s) for k, s in zip(df["kind"], share, strict=True)]
    assert folded == df["kind"].astype(str).tolist()


@pytest.mark.parametrize(
    ("obs_id", "quote_part"),
    [
        ("000-O206", "高端装备制造业占比达到18%"),
        ("000-O216", "占城市公交车总数的73.7%"),
        ("000-O233", "占监测总面积的83.9%"),
        ("002-O023", "仅占27%"),
        ("002-O018", "高耗能行业能耗占比89.61%"),  # was level already
        ("003-O010", "煤炭先进产能占比突破75%"),  # was level already
    ],
)
def test_the_gold_writes_one_kind_for_a_share(obs_id: str, quote_part: str) -> None:
    obs = _seed("observations").set_index("obs_id")
    assert quote_part in obs.loc[obs_id, "quote"]
    assert obs.loc[obs_id, "kind"] == "level"


def _agrees_on_value(pred_kind: str, gold_kind: str, unit: str) -> bool:
    gold = _seed("observations")
    row = gold[gold["obs_id"] == "000-O206"].reset_index(drop=True)  # 18 %
    row = row.assign(unit=pd.array([unit], dtype=row["unit"].dtype))
    g = row.assign(kind=pd.array([gold_kind], dtype=row["kind"].dtype))
    p = row.assign(kind=pd.array([pred_kind], dtype=row["kind"].dtype))
    agree = se._agreement(p, g, "observations", str(row.loc[0, "source"]))
    return bool(agree[0, 0, 3])


def test_the_scorer_reads_a_ratio_of_a_share_as_its_level() -> None:
    assert _agrees_on_value("level", "ratio", "%")
    assert _agrees_on_value("ratio", "level", "%")
    # a ratio of an indicator that is no share is no level; a change never is
    assert not _agrees_on_value("level", "ratio", "µg/m3")
    assert not _agrees_on_value("change_relative", "ratio", "%")


def test_document_003_is_dated_by_its_earliest_copy() -> None:
    docs = datasets.load("documents").set_index("source")
    row = docs.loc["003_e41e25c42e136997.txt"]
    assert pd.Timestamp(row["published"]) == pd.Timestamp("2023-02-24")
    assert "2023-02-24" in row["note"]
    assert "dragongams" in row["note"]


def test_document_003s_undated_figures_end_on_its_publication_date() -> None:
    """The scorer passes ``published``: the text's ``目前`` figures end on 2023-02-24."""
    src = "003_e41e25c42e136997.txt"
    docs = datasets.load("documents").set_index("source")
    r = read_report(
        datasets.source_text(src),
        source=src,
        published=pd.Timestamp(docs.loc[src, "published"]).date(),
    )
    gold = _seed("observations")
    ends = set(pd.to_datetime(gold.loc[gold["source"] == src, "period_end"]))
    assert pd.Timestamp("2023-02-24") in ends
    assert pd.Timestamp("2023-02-24") in set(pd.to_datetime(r.observations["period_end"]))


def test_petitions_closed_are_a_progress_summary_not_observations() -> None:
    """A petition statement's total and closed count live in ``progress_summaries`` alone."""
    obs = _seed("observations")
    summaries = datasets.load("progress_summaries")
    seeds = summaries[
        summaries["source"].astype(str).str.match(r"^\d{3}_")
        & summaries["subject"].astype(str).str.contains("信访|举报")
    ]
    assert len(seeds) == 2  # 000-P030 (6991/6591) and 003-P002 (3123/3120)
    for s in seeds.itertuples():
        same = obs[(obs["source"] == s.source) & (obs["quote"].astype(str) == s.quote)]
        assert same.empty, (s.summary_id, same["obs_id"].tolist())
        for n in (s.total, s.count):
            if pd.isna(n):
                continue
            told = obs[
                (obs["source"] == s.source)
                & (obs["value"] == float(n))
                & obs["quote"].astype(str).map(lambda q, n=n: f"{n}件" in q and "办结" in q)
            ]
            assert told.empty, (s.summary_id, told["obs_id"].tolist())


@pytest.mark.parametrize(
    ("sentence", "total", "count"),
    [
        ("截至2018年9月，中央环境保护督察组交办的6991件群众信访投诉案件，已办结6591件，办结率94%。",
         6991, 6591),
        ("截至2018年9月，中央環境保護督察組交辦的6991件群眾信訪投訴案件，已辦結6591件，辦結率94%。",
         6991, 6591),
    ],
)  # fmt: skip
def test_read_report_writes_closed_petitions_to_the_summaries(
    sentence: str, total: int, count: int
) -> None:
    r = read_report(sentence, published=PUBLISHED)
    ps = r.progress_summaries
    assert ((ps["total"] == total) & (ps["count"] == count)).any(), ps
    assert not r.observations["value"].isin([float(total), float(count)]).any()
