"""Rectification items (整改任务) of a report: numbered items, their field lines, statuses.

A rectification ledger lists numbered items, each followed by field lines::

    第一项，绿色发展理念树得不牢固。……
    整改目标：……
    整改时限：立行立改，长期坚持
    责任单位：……
    整改措施：
    （一）……            ← measures of the item, not items
    第二项，……

The reader works in one pass over the item headings and field lines of the text (both
found by one regex each, on the simplified-script text so that traditional script reads
alike) and rests on these general rules:

* **headings** — a line opening with an item number in a common form: ``第N项``, ``一、``,
  ``（一）``/``(1)``, ``1.``/``1、``, ``①``.  Headings nest by form: a form met again closes
  the levels opened after it (as an outline does);
* **field lines** — ``整改目标``, ``整改时限``/``完成时限``/``时限``, ``责任单位``/``牵头单位``,
  ``责任领导``, ``整改进展(情况)``/``完成情况`` … followed by ``:``, at the start of a line
  or of a sentence; a field line belongs to the last heading before it;
* **measures** — the numbered lines after ``整改措施:`` are the item's measures, not items:
  every heading of the form of the first one after the label is skipped, until a field
  line or a heading of another form;
* an **item** is a heading with at least one field line (a heading alone is a section
  title).  An item under a section heading that is no item itself takes the section's
  number before its own (``六(一)``, as the bundled ``tasks`` table writes it); an item under
  an item names it as ``parent``;
* its **deadline** is read from its deadline line with
  :func:`envindicators.units.parse_deadline` (立行立改: ``immediate``; 长期坚持/持续改善: an open
  deadline, category ``ongoing``, no date); an item without a deadline line has none;
* its **status** from its progress line with :meth:`envindicators.model.TaskStatus.from_text`;
* **listed items** — ``基本完成整改的11项，分别为第1、3、4…项`` names items by number with
  one status; each becomes an item under the item whose block holds the list (a count
  that differs from the numbers listed is marked for review).

Deadlines of items also reach the targets written inside them
(:func:`inherit_deadlines`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from envindicators.errors import EnvIndicatorsError
from envindicators.model.vocab import TaskStatus
from envindicators.units import parse_deadline, parse_integer, to_simplified

__all__ = ["Item", "inherit_deadlines", "read_items"]

_CN = "一二三四五六七八九十百零〇两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: An item number at the start of a line, in the forms of Chinese official documents.
_HEADING = re.compile(
    rf"^[ \t\u3000]*(?:"
    rf"(?P<di>第(?P<di_n>[{_CN}]+|\d{{1,3}})[项條条])(?=[,，、:：.．\s]|$)"
    rf"|(?P<pcn>[(（](?P<pcn_n>[{_CN}]+)[)）])"
    rf"|(?P<par>[(（](?P<par_n>\d{{1,3}})[)）])"
    rf"|(?P<cn>(?P<cn_n>[{_CN}]+)[、.．])"
    rf"|(?P<ar>(?P<ar_n>\d{{1,3}})(?:[、．]|\.(?!\d)))"
    rf"|(?P<ci>[{_CIRCLED}])"
    rf")[ \t\u3000]*",
    re.M,
)
_FORMS = ("di", "pcn", "par", "cn", "ar", "ci")
#: Forms whose number counts within a section (an item under a section takes its number).
_RELATIVE = frozenset({"pcn", "par", "ar", "ci"})
#: Field names (simplified script) and the field each one fills.
_FIELD_NAMES: dict[str, str] = {
    "整改目标": "goal",
    "整改时限": "deadline",
    "完成时限": "deadline",
    "办结时限": "deadline",
    "时限要求": "deadline",
    "时限": "deadline",
    "责任单位": "responsible",
    "牵头单位": "responsible",
    "责任领导": "leader",
    "整改措施": "measures",
    "整改进展情况": "status",
    "整改进展": "status",
    "进展情况": "status",
    "整改完成情况": "status",
    "完成情况": "status",
    "整改情况": "status",
    "整改状态": "status",
}
_FIELD = re.compile(
    r"(?:^|(?<=[。；;]))[ \t\u3000]*(?P<name>"
    + "|".join(sorted(_FIELD_NAMES, key=len, reverse=True))
    + r")[ \t\u3000]*[:：][ \t\u3000]*(?P<value>[^\n]*)",
    re.M,
)
#: Fields that make a heading an item (the measures label alone does not).
_ITEM_FIELDS = frozenset({"goal", "deadline", "responsible", "leader", "status"})
#: Status words that open a list of items: 基本完成整改的11项，分别为第1、3、4项.
_LISTED = re.compile(
    rf"(?P<status>[^，,。；;：:\n（()）]{{0,12}}?(?:完成|序时进度|序时推进|推进|整改|坚持)[^，,。；;\n]{{0,4}}?)"
    rf"的(?P<count>\d{{1,3}}|[{_CN}]+)项[，,]?[^。；;\n]{{0,6}}?分别[为是][:：]?"
    rf"(?P<list>第?\d{{1,3}}项?(?:[、,，和及与]第?\d{{1,3}}项?)*)项?"
)


#: A progress line longer than this is a narrative: a status word in it may be a part's.
_STATUS_WORDS_MAX = 20
#: A short label before the item's own words: 反馈问题：…, 问题：….
_LABEL = re.compile(r"^[^，,。:：\s]{1,6}[:：]\s*")


@dataclass
class Item:
    """One numbered heading and the field lines that belong to it (positions in the text)."""

    start: int
    end: int
    form: str
    number: str
    number_int: int | None
    title: str
    #: field → (start, end, the line as written, its value as written)
    fields: dict[str, tuple[int, int, str, str]] = field(default_factory=dict)
    parent: Item | None = None
    notes: list[str] = field(default_factory=list)
    #: end of the item's block (the next heading that is no measure, or the text's end)
    block_end: int = 0
    #: for a listed item: the status words and the list's span
    listed: tuple[str, int, int] | None = None
    #: verbatim snippet that locates the item (its heading's first sentence, or the list)
    quote: str = ""

    @property
    def is_item(self) -> bool:
        """Whether the heading has a field line (else it is a section title)."""
        return bool(_ITEM_FIELDS & self.fields.keys()) or self.listed is not None


def _number_int(number: str) -> int | None:
    digits = re.sub(r"[第项條条()（）、.．\s]", "", number)
    if digits in _CIRCLED:
        return _CIRCLED.index(digits) + 1 if digits else None
    try:
        return parse_integer(digits)
    except EnvIndicatorsError:
        return None


def _first_sentence(text: str, start: int) -> str:
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    return re.split(r"[。；;]", line, maxsplit=1)[0]


def _headings(text: str, simple: str) -> list[Item]:
    out = []
    for m in _HEADING.finditer(simple):
        form = next(f for f in _FORMS if m.group(f) is not None)
        written = text[m.start(form) : m.end(form)].rstrip("、.．")  # 三十七、 → 三十七
        out.append(
            Item(
                start=m.start(form),
                end=m.end(),
                form=form,
                number=written,
                number_int=_number_int(m.group(form)),
                title=_LABEL.sub("", _first_sentence(text, m.end()).strip(" \t\u3000,，、:：")),
                quote=text[m.start(form) : m.end()] + _first_sentence(text, m.end()),
            )
        )
    return out


def _outline(text: str, simple: str) -> list[Item]:
    """Headings with their field lines attached and their parents (rules of the module)."""
    heads = _headings(text, simple)
    fields = list(_FIELD.finditer(simple))
    events: list[tuple[int, int, Any]] = [(h.start, 1, h) for h in heads]
    events += [(f.start("name"), 0, f) for f in fields]
    events.sort(key=lambda e: (e[0], e[1]))
    stack: list[Item] = []
    current: Item | None = None
    kept: list[Item] = []
    measures, measure_form = False, None
    for _, is_heading, ev in events:
        if not is_heading:
            kind = _FIELD_NAMES[ev.group("name")]
            if kind == "measures":
                measures, measure_form = True, None
                if current is not None and "measures" not in current.fields:
                    current.fields[kind] = (ev.start("name"), ev.end("value"), "", "")
                continue
            measures = False
            if current is None:
                continue
            value = text[ev.start("value") : ev.end("value")].strip()
            if kind in current.fields:
                current.notes.append(f"a second {ev.group('name')} line not read")
                continue
            line = text[ev.start("name") : ev.end("value")]
            current.fields[kind] = (ev.start("name"), ev.end("value"), line, value)
            continue
        if measures:  # a heading of an open level closes the measures; others are measures
            if all(h.form != ev.form for h in stack) and measure_form in (None, ev.form):
                measure_form = ev.form
                continue
            measures = False
        level = next((i for i, h in enumerate(stack) if h.form == ev.form), None)
        if level is not None:
            del stack[level:]
        ev.parent = stack[-1] if stack else None
        if current is not None:
            current.block_end = ev.start
        stack.append(ev)
        kept.append(ev)
        current = ev
    if current is not None:
        current.block_end = len(text)
    for h in kept:  # a section's block runs to its next sibling or outer heading
        if h.block_end == 0:
            h.block_end = len(text)
    return kept


def _listed(text: str, simple: str, items: list[Item]) -> list[Item]:
    """Items named in a list with one status: ``基本完成整改的11项，分别为第1、3、4项``."""
    out: list[Item] = []
    starts = np.array([h.start for h in items], dtype=np.int64)
    for m in _LISTED.finditer(simple):
        status = text[m.start("status") : m.end("status")].strip()
        try:
            TaskStatus.from_text(status)
        except EnvIndicatorsError:
            continue
        numbers = [int(n) for n in re.findall(r"\d{1,3}", m.group("list"))]
        count = _number_int(m.group("count"))
        k = int(np.searchsorted(starts, m.start(), side="right")) - 1
        owner = None
        while k >= 0 and owner is None:  # the innermost item whose block holds the list
            if items[k].is_item and items[k].block_end > m.start():
                owner = items[k]
            k -= 1
        notes = []
        if count != len(numbers):
            notes.append(f"the list names {len(numbers)} items, its count says {count}")
        for n in numbers:
            out.append(
                Item(
                    start=m.start("list"),
                    end=m.end("list"),
                    form="listed",
                    number=f"第{n}项",
                    number_int=n,
                    title=f"第{n}项问题",
                    parent=owner,
                    notes=list(notes),
                    listed=(status, m.start(), m.end()),
                    quote=text[m.start() : m.end()],
                )
            )
    return out


def read_items(text: str) -> list[Item]:
    """The items of ``text`` (headings with field lines, then listed items), in text order.

    Parameters
    ----------
    text : str
        The report (either script).

    Returns
    -------
    list of Item
        The items; section headings without fields are kept only as ``parent``.
    """
    simple = to_simplified(text)
    if len(simple) != len(text):  # positions must carry over unchanged
        simple = text
    heads = _outline(text, simple)
    items = [h for h in heads if h.is_item]
    return sorted(items + _listed(text, simple, heads), key=lambda h: h.start)


def _deadline(value: str) -> tuple[Any, str, str | None]:
    """(deadline date, category, problem) of a deadline line's value."""
    try:
        spec = parse_deadline(value)
    except EnvIndicatorsError:
        return None, "unknown", "deadline not read"
    # 立行立改 / 长期坚持: the category says it and no date is made up
    problem = "deadline not read" if spec.category.value == "unknown" else None
    return spec.end, spec.category.value, problem


def item_rows(
    items: list[Item],
    *,
    prefix: str,
    source: str,
    region_of: Callable[[str], str | None],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of the ``tasks`` table and their provenance rows for ``items``.

    Parameters
    ----------
    items : list of Item
        From :func:`read_items`.
    prefix : str
        Id prefix of the document (ids are ``{prefix}-K001`` …).
    source : str
        The document's ``source``.
    region_of : callable
        The region of an item from its title (``None``: not known).

    Returns
    -------
    tuple of (list of dict, list of dict)
        The task rows and the provenance rows.
    """
    rows: list[dict[str, Any]] = []
    prov: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    for it in items:
        why = list(it.notes)
        number = it.number
        number_int = it.number_int
        parent = it.parent
        parent_id = None
        if parent is not None and parent.is_item:
            parent_id = ids.get(id(parent))
        elif parent is not None and it.form in _RELATIVE and parent.number_int is not None:
            number = parent.number + number  # 六、 … (一) → 六(一)
            number_int = parent.number_int
        status = status_text = status_quote = None
        if it.listed is not None:
            status_text, status_quote = it.listed[0], it.quote
            status = TaskStatus.from_text(status_text).value
        elif "status" in it.fields:
            line, value = it.fields["status"][2:]
            status_text = re.split(r"[。；;]", value, maxsplit=1)[0].strip() or None
            status_quote = None
            if status_text is not None:
                end = line.find(status_text) + len(status_text)
                status_quote = line[: end + 1 if line[end : end + 1] in "。；;" else end]
                try:
                    status = TaskStatus.from_text(status_text).value
                except EnvIndicatorsError:
                    why.append("status not recognised")
                else:
                    if len(status_text) > _STATUS_WORDS_MAX:
                        why.append("status read from a narrative, not a status phrase")
        d_text = deadline = None
        category = "unknown"
        if "deadline" not in it.fields and status_text is not None:
            _, regime, _ = _deadline(status_text)  # 基本完成整改，长期坚持: an open deadline
            if regime in ("ongoing", "immediate"):
                category = regime
                why.append(f"open deadline ({regime}) from the status words")
        if "deadline" in it.fields:
            d_text = it.fields["deadline"][3].rstrip("。.；; ") or None
            if d_text is not None:
                deadline, category, problem = _deadline(d_text)
                if problem:
                    why.append(problem)
                if category == "ongoing":
                    why.append("open deadline (no end date written)")
        responsible = (
            it.fields["responsible"][3].rstrip("。") if "responsible" in it.fields else None
        )
        if "leader" in it.fields:
            lead = it.fields["leader"][3].rstrip("。")
            responsible = f"{responsible or ''};责任领导:{lead}".lstrip(";")
        region = region_of(it.title)
        if region is None:
            why.append("region not in the text")
        review = any(not w.startswith("open deadline") for w in why)
        # an open deadline is flagged in the note and the category, never given a date
        task_id = f"{prefix}-K{len(rows) + 1:03d}"
        ids[id(it)] = task_id
        quote_start = it.listed[1] if it.listed is not None else it.start
        rows.append(
            {
                "task_id": task_id,
                "source": source,
                "region": region or "",
                "number": number,
                "number_int": number_int,
                "title": it.title,
                "status_text": status_text,
                "status": status,
                "deadline_text": d_text,
                "deadline": deadline,
                "deadline_category": category,
                "responsible": responsible,
                "quote": it.quote.strip(),
                "status_quote": status_quote,
                "parent": parent_id,
                "note": "; ".join(why) or None,
                "confidence": "medium" if review else "high",
                "needs_review": review,
            }
        )
        prov.append(
            {
                "table": "tasks",
                "id": task_id,
                "start": it.start,
                "end": it.end,
                "quote_start": quote_start,
                "quote_end": quote_start + len(it.quote),
                "why": "; ".join(why),
            }
        )
    return rows, prov


def item_blocks(items: list[Item]) -> pd.DataFrame:
    """The promise spans of the items with a dated deadline, in text order.

    An item's promises are its 整改目标 line and its measures (from the 整改措施 label to
    the item's end); the problem it states before them promises nothing.

    Parameters
    ----------
    items : list of Item
        From :func:`read_items`.

    Returns
    -------
    pandas.DataFrame
        ``start``, ``end`` (a span), ``deadline`` (date), ``deadline_text``.
    """
    rows = []
    for it in items:
        if it.listed is not None or "deadline" not in it.fields:
            continue
        d_text = it.fields["deadline"][3].rstrip("。.；; ")
        deadline, _, problem = _deadline(d_text)
        if problem is not None or deadline is None:
            continue
        spans = []
        if "goal" in it.fields:
            spans.append(it.fields["goal"][:2])
        if "measures" in it.fields:
            spans.append((it.fields["measures"][0], it.block_end))
        for a, b in spans:
            rows.append({"start": a, "end": b, "deadline": deadline, "deadline_text": d_text})
    out = pd.DataFrame(rows, columns=["start", "end", "deadline", "deadline_text"])
    return out.sort_values("start", kind="stable").reset_index(drop=True)


_LOWER = {"high": "medium", "medium": "low", "low": "low"}


def inherit_deadlines(
    targets: pd.DataFrame, prov: pd.DataFrame, blocks: pd.DataFrame
) -> pd.DataFrame:
    """Targets without a deadline take the dated deadline of the item they are written in.

    A target whose figure lies in a promise span of an item with a dated 整改时限
    (:func:`item_blocks`: its 整改目标 line or its measures) and that has no deadline of
    its own takes the item's deadline and ``deadline_text``; its confidence is lowered one
    step and its ``note`` says so (the deadline is the item's, not the sentence's).

    Parameters
    ----------
    targets : pandas.DataFrame
        The ``targets`` rows.
    prov : pandas.DataFrame
        Provenance rows (``table``, ``id``, ``start``).
    blocks : pandas.DataFrame
        From :func:`item_blocks`.

    Returns
    -------
    pandas.DataFrame
        ``targets`` with the inherited deadlines.
    """
    if targets.empty or blocks.empty or prov.empty:
        return targets
    where = prov[prov["table"] == "targets"].drop_duplicates("id").set_index("id")["start"]
    pos = targets["target_id"].map(where).to_numpy(dtype=float)
    starts = blocks["start"].to_numpy(dtype=float)
    ends = blocks["end"].to_numpy(dtype=float)
    k = np.searchsorted(starts, pos, side="right") - 1
    inside = (k >= 0) & ~np.isnan(pos)
    kk = np.clip(k, 0, None)
    inside &= pos < ends[kk]
    take = inside & targets["deadline"].isna().to_numpy()
    if not take.any():
        return targets
    out = targets.copy()
    chosen = blocks.iloc[kk[take]]
    out.loc[take, "deadline"] = pd.to_datetime(chosen["deadline"].to_numpy()).astype(
        out["deadline"].dtype
    )
    out.loc[take, "deadline_text"] = chosen["deadline_text"].to_numpy()
    conf = out.loc[take, "confidence"].astype(str).map(_LOWER)
    out.loc[take, "confidence"] = conf.to_numpy()
    note = "deadline from the item's 整改时限 line"
    old = out.loc[take, "note"]
    out.loc[take, "note"] = np.where(old.isna(), note, old.astype(str) + "; " + note)
    return out
