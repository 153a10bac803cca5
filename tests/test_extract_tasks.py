"""read_report: the tasks table — numbered items, their field lines, deadlines, statuses."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.extract import read_report
from envindicators.extract._tasks import read_items


def _tasks(text: str) -> pd.DataFrame:
    return read_report(text, source="ledger.txt", published="2021-01-01").tasks


# ----------------------------------------------------------------------- item forms
@pytest.mark.parametrize(
    ("heading", "number_int"),
    [
        ("第三项，", 3),
        ("第12项，", 12),
        ("三、", 3),
        ("十二、", 12),
        ("（三）", 3),
        ("(3)", 3),
        ("3.", 3),
        ("3、", 3),
        ("③", 3),
    ],
)
@pytest.mark.parametrize(
    ("fields", "script"),
    [
        ("整改目标：水质稳定达标。\n整改时限：2020年年底前\n责任单位：县生态环境局\n", "hans"),
        ("整改目標：水質穩定達標。\n整改時限：2020年年底前\n責任單位：縣生態環境局\n", "hant"),
    ],
)
def test_each_item_form_with_its_field_lines(
    heading: str, number_int: int, fields: str, script: str
) -> None:
    title = "城区黑臭水体整治滞后" if script == "hans" else "城區黑臭水體整治滯後"
    k = _tasks(f"某县整改方案\n{heading}{title}。\n{fields}")
    assert len(k) == 1
    row = k.iloc[0]
    assert row["number_int"] == number_int
    assert row["title"] == title
    assert row["deadline"] == pd.Timestamp("2020-12-31")
    assert row["deadline_category"] == "date"
    assert row["responsible"] in ("县生态环境局", "縣生態環境局")


def test_field_lines_attach_to_their_item_and_measures_are_no_items() -> None:
    text = (
        "一、例行督察反馈问题整改措施清单\n"
        "第一项，污水管网建设滞后。\n"
        "整改目标：污水管网覆盖率明显提高。\n"
        "整改时限：2021年年底前\n"
        "责任单位：各县区政府\n"
        "责任领导：张三\n"
        "整改措施：\n"
        "（一）新建污水管网。\n"
        "（二）改造雨污合流管网。\n"
        "第二项，燃煤锅炉淘汰不到位。\n"
        "整改目标：全面淘汰燃煤小锅炉。\n"
        "整改时限：2020年9月底前\n"
        "责任单位：市市场监管局\n"
        "整改措施：\n"
        "开展全面排查。\n"  # measures without numbers: the next item is still an item
        "第三项，扬尘管控不力。\n"
        "整改时限：立行立改，长期坚持\n"
    )
    k = _tasks(text)
    assert k["number"].tolist() == ["第一项", "第二项", "第三项"]
    assert k["deadline"].iloc[:2].tolist() == [
        pd.Timestamp("2021-12-31"),
        pd.Timestamp("2020-09-30"),
    ]
    assert pd.isna(k["deadline"].iloc[2])
    assert k["deadline_category"].tolist() == ["date", "date", "immediate"]
    assert k["responsible"].iloc[0] == "各县区政府;责任领导:张三"
    assert k["responsible"].iloc[1] == "市市场监管局"
    assert pd.isna(k["responsible"].iloc[2])


def test_numbered_measures_under_the_label_are_skipped_until_a_field_line() -> None:
    text = (
        "六、湖区水质下降问题推进不力。\n"
        "（一）湖区水质下降问题。\n"
        "整改时限：持续改善。\n"
        "整改措施：\n"
        "1、实施河长制。\n"
        "2、加强执法。\n"
        "责任单位：省水利厅。\n"
        "（二）稀土开采生态破坏问题。\n"
        "整改时限：2017年3月底。\n"
        "七、群众反映强烈的问题。\n"
        "整改时限：立行立改。\n"
    )
    k = _tasks(text)
    # a section heading without fields gives its number to the items under it
    assert k["number"].tolist() == ["六（一）", "六（二）", "七"]
    assert k["number_int"].tolist() == [6, 6, 7]
    assert k["responsible"].iloc[0] == "省水利厅"
    assert k["deadline_category"].tolist() == ["ongoing", "date", "immediate"]


# ----------------------------------------------------------------------- statuses
@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("已完成整改。", "completed"),
        ("基本完成。", "basically_completed"),
        ("序时推进。", "on_schedule"),
        ("达到序时进度。", "on_schedule"),
        ("未完成。", "not_completed"),
        ("正在推进整改。", "in_progress"),
        ("長期堅持。", "long_term"),
    ],
)
def test_status_line_of_each_item(written: str, status: str) -> None:
    text = (
        f"1. 县城污水处理厂超标排放。\n整改进展情况：{written}\n"
        "2. 垃圾填埋场渗滤液外溢。\n整改进展情况：正在推进整改。\n"
    )
    k = _tasks(text)
    assert k["status"].tolist() == [status, "in_progress"]
    assert k["status_text"].iloc[0] == written.rstrip("。")
    assert k["status_quote"].iloc[0] == f"整改进展情况：{written}"  # verbatim


def test_listed_items_take_the_lists_status_under_their_item() -> None:
    text = (
        "第六项，第一轮督察整改还不到位。\n"
        "整改时限：2020年年底前\n"
        "整改措施：\n"
        "（一）基本完成整改的3项，分别为第1、4、7项问题，需持续巩固。\n"
        "（二）未完成整改的2项，分别是第2、19、23项，继续推进。\n"
    )
    k = _tasks(text)
    listed = k[k["parent"].notna()]
    assert listed["number_int"].tolist() == [1, 4, 7, 2, 19, 23]
    assert set(listed["parent"]) == {k["task_id"].iloc[0]}
    assert listed["status"].tolist() == ["basically_completed"] * 3 + ["not_completed"] * 3
    # the count (2) and the list (3 numbers) disagree: marked for review, nothing dropped
    counted = listed["note"].fillna("").str.contains("its count says 2")
    assert counted.tolist() == [False] * 3 + [True] * 3
    assert listed.loc[counted, "needs_review"].all()
    assert listed["quote"].iloc[0].startswith("基本完成整改的3项")


# ----------------------------------------------------------------------- nothing invented
def test_an_item_without_a_deadline_line_has_no_deadline() -> None:
    k = _tasks(
        "三十七、晋中市潇河污染问题突出，要求2020年完成治理。\n整改进展情况：正在推进整改。\n"
    )
    assert len(k) == 1
    assert pd.isna(k["deadline"].iloc[0])
    assert pd.isna(k["deadline_text"].iloc[0])
    assert k["deadline_category"].iloc[0] == "unknown"


@pytest.mark.parametrize("written", ["长期坚持", "持续改善", "長期堅持"])
def test_an_open_deadline_is_flagged_never_dated(written: str) -> None:
    k = _tasks(f"第一项，绿色发展理念树得不牢固。\n整改时限：{written}\n")
    row = k.iloc[0]
    assert pd.isna(row["deadline"])
    assert row["deadline_category"] == "ongoing"
    assert "open deadline" in row["note"]


def test_regime_words_in_the_status_give_an_open_deadline() -> None:
    k = _tasks("（一）反馈问题：思想认识不到位。\n整改进展情况：基本完成整改，长期坚持。\n")
    row = k.iloc[0]
    assert row["title"] == "思想认识不到位"
    assert row["status"] == "basically_completed"
    assert row["deadline_category"] == "ongoing"
    assert pd.isna(row["deadline"])


def test_headings_without_field_lines_are_no_tasks() -> None:
    text = "一、指导思想\n坚持问题导向。\n二、工作目标\n1. 到2020年，空气质量明显改善。\n"
    assert _tasks(text).empty
    assert read_items(text) == []


def test_a_narrative_progress_line_is_marked_for_review() -> None:
    k = _tasks(
        "1. 完善工业园区监测监控体系。\n整改情况：全市7个园区均已完成周界空气质量自动监测站建设，"
        "污水处理厂进水口在线监测设备正在安装。\n"
    )
    row = k.iloc[0]
    assert row["needs_review"]
    assert "narrative" in row["note"]


# ----------------------------------------------------------------------- targets inherit
def test_a_target_in_the_items_goal_inherits_its_deadline() -> None:
    text = (
        "某市整改方案\n"
        "第七项，污水管网建设进展缓慢，管网覆盖率仅为60%。\n"
        "整改目标：各县县城建成区污水管网覆盖率达到95%以上。\n"
        "整改时限：2021年年底前\n"
        "责任单位：市住建局\n"
    )
    r = read_report(text, source="plan.txt", published="2020-06-01")
    t = r.targets
    goal = t[t["value"] == 95]
    assert len(goal) == 1
    row = goal.iloc[0]
    assert row["deadline"] == pd.Timestamp("2021-12-31")
    assert row["deadline_text"] == "2021年年底前"
    assert "整改时限" in row["note"]
    assert row["confidence"] in ("medium", "low")
    # the problem statement's figure is no promise: it inherits nothing
    assert not (t["value"] == 60).any() or t.loc[t["value"] == 60, "deadline"].isna().all()


def test_a_target_with_its_own_deadline_keeps_it() -> None:
    text = (
        "第七项，污水管网建设进展缓慢。\n"
        "整改目标：到2020年底，县城污水管网覆盖率达到95%以上。\n"
        "整改时限：2021年年底前\n"
    )
    t = read_report(text, source="plan.txt", published="2019-06-01").targets
    row = t[t["value"] == 95].iloc[0]
    assert row["deadline"] == pd.Timestamp("2020-12-31")


# ----------------------------------------------------------------------- property
_FORMS = {
    "di": lambda n: f"第{_CN[n]}项，",
    "cn": lambda n: f"{_CN[n]}、",
    "paren": lambda n: f"（{_CN[n]}）",
    "arabic": lambda n: f"{n}.",
    "circled": lambda n: "①②③④⑤⑥⑦⑧⑨"[n - 1],
}
_CN = dict(enumerate("零一二三四五六七八九", start=0))
_TITLES = [
    "污水直排问题突出",
    "燃煤锅炉未淘汰",
    "尾矿库渗漏严重",
    "扬尘管控不力",
    "垃圾填埋场超负荷",
]
_STATUSES = {
    "已完成整改": "completed",
    "基本完成": "basically_completed",
    "达到序时进度": "on_schedule",
    "序时推进": "on_schedule",
    "未完成": "not_completed",
    "正在推进整改": "in_progress",
}


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[str, list[dict[str, object]]]:
    """A ledger of N items in one random form, each with random fields (or none)."""
    form = draw(st.sampled_from(sorted(_FORMS)))
    n = draw(st.integers(1, 6))
    lines = ["某市督察整改落实情况台账"]
    items = []
    for i in range(1, n + 1):
        title = draw(st.sampled_from(_TITLES))
        deadline = draw(
            st.one_of(
                st.none(),
                st.sampled_from(["长期坚持", "立行立改"]),
                st.tuples(st.integers(2016, 2030), st.integers(1, 12)),
            )
        )
        status = draw(st.sampled_from(sorted(_STATUSES)))
        responsible = draw(st.sampled_from(["市生态环境局", "各县区政府", None]))
        lines.append(f"{_FORMS[form](i)}{title}。")
        if deadline is None:
            expected_deadline, category = None, "unknown"
        elif isinstance(deadline, str):
            lines.append(f"整改时限：{deadline}")
            expected_deadline = None
            category = "ongoing" if deadline == "长期坚持" else "immediate"
        else:
            y, m = deadline
            lines.append(f"整改时限：{y}年{m}月底前")
            last = (pd.Timestamp(y, m, 1) + pd.offsets.MonthEnd(0)).date()
            expected_deadline, category = last, "date"
        if responsible is not None:
            lines.append(f"责任单位：{responsible}")
        lines.append(f"整改进展情况：{status}。")
        items.append(
            {
                "number_int": i,
                "title": title,
                "deadline": expected_deadline,
                "deadline_category": category,
                "status": _STATUSES[status],
                "responsible": responsible,
            }
        )
    return "\n".join(lines) + "\n", items


@settings(max_examples=25, deadline=None)
@given(ledgers())
def test_generated_ledgers_read_back_field_by_field(
    case: tuple[str, list[dict[str, object]]],
) -> None:
    text, items = case
    k = _tasks(text)
    assert len(k) == len(items)
    for (_, row), want in zip(k.iterrows(), items, strict=True):
        assert row["number_int"] == want["number_int"]
        assert row["title"] == want["title"]
        assert row["status"] == want["status"]
        assert row["deadline_category"] == want["deadline_category"]
        if want["deadline"] is None:
            assert pd.isna(row["deadline"])
        else:
            assert isinstance(want["deadline"], dt.date)
            assert row["deadline"] == pd.Timestamp(want["deadline"])
        if want["responsible"] is None:
            assert pd.isna(row["responsible"])
        else:
            assert row["responsible"] == want["responsible"]
