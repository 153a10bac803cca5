"""Which dates of a report date which figures (issue 13, periods and precision).

Rules of the reader that narrow where a date applies, so that a figure does not take the
date of another event:

* :func:`plan_title_dates` — a date inside the title of a plan, programme or notice
  (``《吕梁市水污染防治2017年行动计划》``, ``《…实施方案（2017-2020）》``) names the
  document: it dates no figure (a bulletin's title ``《2021年中国生态环境状况公报》`` still
  does: its year is the year of the figures reported from it);
* :func:`inheritable_dates` — a date written in an earlier sentence of a paragraph dates
  the later sentences (``2017年，…。全年…``; ``2022年全省…；优良天数比例为…``) unless it
  is the day of one event (``2018年4月26日，省委召开…``; ``8月8日，…已建成``; a
  dateline's ``7月22日``): that dates its own sentence only.  A span of days
  (``2018年8月20日至9月10日，…``) is the time of a piece of work, not one event's day: it
  dates the later sentences of its paragraph (:func:`is_days_span`) until the text writes
  another date (:func:`passed_on`), and frames no later paragraph;
* :func:`sentence_opener` — the day that opens a sentence dates its clauses after a
  semicolon too (``3月29日9时至21时，…共接到…举报27件…；共反映35个生态环境问题``): a
  semicolon parts the clauses of one sentence, not the time it tells of;
* :func:`passed_before` — a deadline written in another sentence of the paragraph that was
  over when the document was published (``…应于2014年10月底前完成。晋中市区每天约1.5万吨污水
  …排入汾河``) makes no figure of a later sentence a target: the report states what is;
* :func:`names_by_due_date` — a deadline that names things by when they are due
  (``提前完成1项本应于2022年完成的任务``, ``2021年底前完成的整改任务``: the date, a verb of the
  work and ``的`` before a noun) promises nothing for the later sentences of its paragraph;
* :func:`span_end_of_change` — the levels of a change over a span of years written before
  them (``107~112年…由45.4下降至38.2``) are of the span's first and last years;
* :func:`reached_year` — a year a change reached with its level written after it
  (``由105年305站日數增加至111年551站日數，提升超過52%``), over when the document was
  published, is the end of a span observed: no deadline.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from envindicators.extract._roles import inside_titles
from envindicators.units import to_simplified

__all__ = [
    "due_and_done",
    "due_attribute_end",
    "inheritable_dates",
    "is_days_span",
    "names_by_due_date",
    "passed_before",
    "passed_on",
    "plan_title_dates",
    "reached_year",
    "sentence_opener",
    "span_end_of_change",
]

#: Words of a title that names a plan, programme, notice or rule (not a report of a year).
_PLAN_TITLE = re.compile(
    r"方案|计划|规划|纲要|意见|办法|通知|责任书|条例|决定|细则|行动|工程|规定|指南|措施|路线图"
)
#: A date of one day (2018年4月26日, 8月8日): the day of an event.
_ONE_DAY = re.compile(r"\d{1,2}\s*[日号]$")
#: A span of days (2018年8月20日至9月10日, 11月1日—30日): two days joined by a span's mark —
#: the time of a piece of work, not the day of one event.
_DAYS_SPAN = re.compile(r"\d\s*[日号]\s*(?:[至到—–\-~～－]+|起至)\s*[^至到]*\d\s*[日号]$")
#: Words before a date that make it a point in time the text is stated as of (截至…).
_AS_OF_BEFORE = re.compile(r"(截至|截止)(到)?\s*$")


def plan_title_dates(dates: pd.DataFrame, titles: np.ndarray, text: str) -> np.ndarray:
    """For each date of ``dates``, whether it lies inside a title of a plan or notice.

    Parameters
    ----------
    dates : pandas.DataFrame
        Dates with ``start`` and ``end`` (positions in ``text``).
    titles : numpy.ndarray
        Spans ``(n, 2)`` of the titles ``《…》`` of ``text``
        (:func:`envindicators.extract._roles.title_spans`).
    text : str
        The report.

    Returns
    -------
    numpy.ndarray
        Boolean, one per date: ``True`` when the date names the document it is in
        (``《临汾市地表水环境综合整治实施方案（2017-2020）》``), not when the title is of
        a report of a year (``《2021年中国生态环境状况公报》``).
    """
    plan = np.array(
        [bool(_PLAN_TITLE.search(to_simplified(text[a:b]))) for a, b in titles.tolist()],
        dtype=bool,
    )
    return inside_titles(
        dates["start"].to_numpy(dtype=np.int64),
        dates["end"].to_numpy(dtype=np.int64),
        titles[plan],
    )


def is_days_span(written: str) -> bool:
    """Whether a date as written is a span of days (two days joined by a span's mark).

    Examples
    --------
    >>> is_days_span("2018年8月20日至9月10日"), is_days_span("6月8日—10日")
    (True, True)
    >>> is_days_span("2018年4月26日"), is_days_span("2019年1-6月")
    (False, False)
    """
    return bool(_DAYS_SPAN.search(to_simplified(str(written).strip())))


def inheritable_dates(text: str, dates: pd.DataFrame, *, spans: bool = True) -> pd.DataFrame:
    """The dates that may date the figures of later sentences of their paragraph.

    All but the day of one event: ``2018年4月26日，省委召开…``, ``8月8日，…已建成``, a
    dateline's ``7月22日`` date what their own sentence says, not the figures after it;
    a day the text is stated as of (``截至2023年6月30日，…``) is inherited, and so is a span
    of days (``在省级环境保护督察中，2018年8月20日至9月10日，对济南等7市开展…督察。督察组
    向地方转办的9640件信访件，已全部办结``): the time of the work whose results the later
    sentences count, not one event's day.

    Parameters
    ----------
    text : str
        The report.
    dates : pandas.DataFrame
        Period dates with ``start`` and ``text``.
    spans : bool
        Whether a span of days is inherited (within a paragraph, until a later date:
        :func:`passed_on`); ``False`` for the dates that frame later paragraphs, which a
        span of days does not (``2019年7月12日-8月12日，督察组对甘肃省开展了督察…`` does not
        date the restoration reported two paragraphs on).

    Returns
    -------
    pandas.DataFrame
        The rows of ``dates`` that may be inherited within their paragraph.
    """
    if dates.empty:
        return dates
    keep = [
        not _ONE_DAY.search(str(written).strip())
        or bool(_AS_OF_BEFORE.search(text, max(0, a - 6), a))
        or str(written).startswith(("截至", "截止"))
        or (spans and is_days_span(written))
        for a, written in zip(dates["start"].tolist(), dates["text"].tolist(), strict=True)
    ]
    return dates[np.array(keep, dtype=bool)]


#: Where a sentence (not a clause after a semicolon) ends.
_FULL_STOP = "。！？!?\n"
#: Before a sentence's first word: spaces, bullets.
_OPENING_GAP = re.compile(r"[\s\u3000•·●■◆○]*")
#: A semicolon right before the clause, spaces allowed.
_SEMICOLON_BEFORE = re.compile(r"[；;][\s\u3000]*$")


def sentence_opener(text: str, dates: pd.DataFrame, sentence_start: int) -> pd.DataFrame:
    """The date that opens the sentence of a clause after a semicolon (one row, or none).

    The reader's sentences end at ``；`` too; a clause after one is part of the sentence the
    full stop closes, and the day that opens that sentence (``3月29日9时至21时，中央第四…
    督察组共接到…举报27件，涉及5个市地…；共反映35个生态环境问题，其中涉及生态破坏9个``,
    ``2023年12月17日，我市接到…第二十七批…6件…；群众举报反映问题涉及大气污染1件``) dates its
    figures as it dates those before the semicolon — where it is the nearest date before
    the clause (``3月7日，…获悉，2016年2月，…综合指数5.08…；达标天数24天`` is of 2016年2月, the
    nearer one, as the paragraph's dates give it).  A date inside the sentence that does not
    open it (``…于3月29日召开…；共…``) is of its clause's event: none.

    Parameters
    ----------
    text : str
        The report.
    dates : pandas.DataFrame
        Period dates with ``start`` and ``end``.
    sentence_start : int
        Where the figure's clause starts (after the semicolon).

    Returns
    -------
    pandas.DataFrame
        The opening date's row, or no row.

    Examples
    --------
    >>> t = "3月29日，共接到举报27件；共反映35个问题"
    >>> d = pd.DataFrame({"start": [0], "end": [5]})
    >>> sentence_opener(t, d, t.index("共反映")).index.tolist()
    [0]
    >>> t = "全区共接到举报27件，3月29日交办；共反映35个问题"
    >>> d = pd.DataFrame({"start": [11], "end": [16]})
    >>> sentence_opener(t, d, t.index("共反映")).empty
    True
    >>> t = "3月29日，共接到举报27件。共反映35个问题"
    >>> sentence_opener(t, pd.DataFrame({"start": [0], "end": [5]}), t.index("共反映")).empty
    True
    """
    if dates.empty or not _SEMICOLON_BEFORE.search(
        text, max(0, sentence_start - 4), sentence_start
    ):
        return dates.iloc[0:0]
    opening = max(text.rfind(c, 0, sentence_start) for c in _FULL_STOP) + 1
    opening = _OPENING_GAP.match(text, opening).end()  # type: ignore[union-attr]
    starts = dates["start"].to_numpy(dtype=np.int64)
    ends = dates["end"].to_numpy(dtype=np.int64)
    inside = np.flatnonzero((starts >= opening) & (ends <= sentence_start))
    if not len(inside):
        return dates.iloc[0:0]
    nearest = inside[np.argmax(ends[inside])]
    if starts[nearest] != opening:
        return dates.iloc[0:0]
    return dates.iloc[[nearest]]


def passed_on(span: pd.DataFrame, dates: pd.DataFrame, before: int) -> bool:
    """Whether an inherited span of days was followed by a later date before ``before``.

    A span of days dates the work it names and the results the sentences after it count
    (``2018年8月20日至9月10日，…开展…督察。督察组向地方转办的9640件信访件，已全部办结``) —
    until the text writes another date: ``2019年7月12日-8月12日，督察组对甘肃省开展了督察，并
    于2020年5月8日反馈了督察情况。…完成整改29项`` reports what was done after the feedback,
    not during the stationing.

    Parameters
    ----------
    span : pandas.DataFrame
        The inherited date (first row), with ``end`` and ``text``.
    dates : pandas.DataFrame
        All dates of the text (of any role: ``并于2020年5月8日反馈`` is read as a deadline's
        form), with ``start``.
    before : int
        Where the figure's sentence starts.

    Returns
    -------
    bool
        ``True`` when the first row of ``span`` is a span of days and a date of ``dates``
        starts between its end and ``before`` (it then dates nothing after that date).

    Examples
    --------
    >>> span = pd.DataFrame({"end": [16], "text": ["2019年7月12日-8月12日"]})
    >>> passed_on(span, pd.DataFrame({"start": [0, 25]}), 40)
    True
    >>> passed_on(span, pd.DataFrame({"start": [0]}), 40)
    False
    """
    if span.empty or not is_days_span(str(span.iloc[0]["text"])) or dates.empty:
        return False
    starts = dates["start"].to_numpy(dtype=np.int64)
    return bool(((starts >= int(span.iloc[0]["end"])) & (starts < before)).any())


def passed_before(deadline: pd.DataFrame, published: dt.date | None) -> bool:
    """Whether the first date of ``deadline`` was over at ``published``.

    Parameters
    ----------
    deadline : pandas.DataFrame
        Deadline dates with ``last_day`` (the nearest first).
    published : datetime.date or None
        The document's publication date; ``None``: nothing is known to be over.

    Returns
    -------
    bool
        ``True`` when the deadline's last day is before the publication date.
    """
    if deadline.empty or published is None:
        return False
    last = pd.Timestamp(deadline.iloc[0]["last_day"])
    return bool(pd.notna(last) and last < pd.Timestamp(published))


#: After a deadline: a verb of the work and 的 — the date describes a noun (…完成的任务).
_DUE_ATTRIBUTE = re.compile(
    r"^[ \t\u3000]*(年底|年末|底|末)?(之?前)?[ \t\u3000]*(要|须|需|应|需要|必须)?"
    r"(完成|实现|整改|销号|办结|到期|达标)(整改)?的"
)


def names_by_due_date(text: str, deadline: pd.DataFrame) -> bool:
    """Whether the first date of ``deadline`` names things by when they are due.

    ``应于2021年完成的28项任务全部完成``, ``提前完成1项本应于2022年完成的任务``,
    ``2021年底前完成的整改任务``: the date, a verb of the work and ``的`` describe a noun —
    which tasks, not a promise — so the date is no deadline of the figures of the later
    sentences of its paragraph (``…。37个国控断面中优良比例提高到75.7%``).

    Parameters
    ----------
    text : str
        The report.
    deadline : pandas.DataFrame
        Deadline dates with ``end`` (the nearest first).

    Returns
    -------
    bool
        ``True`` when the date is followed by such words.

    Examples
    --------
    >>> d = pd.DataFrame({"end": [9]})
    >>> names_by_due_date("提前完成本应于2022年完成的任务", d.assign(end=[12]))
    True
    >>> names_by_due_date("应于2022年底前完成整改", d.assign(end=[7]))
    False
    """
    return due_attribute_end(text, deadline) is not None


#: Right after a count of things named by when they were due: they are said done (``28项任务
#: 全部完成``, ``46项基本完成整改任务``, ``13项已办结``) — a count of what was due and done, no
#: promise (simplified script).
_DUE_DONE_AFTER = re.compile(
    r"^[^，,。；;！？\n\d]{0,8}?(全部|均已|均|已经|已|基本|如期|按期)(完成|办结|销号|整改到位)"
)


def due_and_done(text: str, deadline: pd.DataFrame, e: int) -> int | None:
    """Where the words naming things by when they were due end, for a count (ending at ``e``)
    of such things the sentence says are done (``应于2021年完成的28项任务全部完成``: after
    完成的), else ``None``.

    The date (the first row of ``deadline``) and its words (:func:`due_attribute_end`) name
    which tasks are counted, and the count's words say they were done
    (:data:`_DUE_DONE_AFTER`): a count of tasks due and done, an outcome, no promise.  A count
    of tasks due not said done (``计划于2018年5月31日前完成整改的14件``) is left alone.

    Examples
    --------
    >>> t = "应于2021年完成的28项任务全部完成"
    >>> due_and_done(t, pd.DataFrame({"end": [7]}), 13)
    10
    >>> t = "计划于2018年5月31日前完成整改的14件"
    >>> due_and_done(t, pd.DataFrame({"end": [14]}), len(t)) is None
    True
    """
    end = due_attribute_end(text, deadline)
    if end is None or not _DUE_DONE_AFTER.match(to_simplified(text[e : e + 16])):
        return None
    return end


def due_attribute_end(text: str, deadline: pd.DataFrame) -> int | None:
    """Where the words that make the first date of ``deadline`` name things by when they are
    due end (``应于2021年|完成的|28项任务``: after 完成的), or ``None`` (:func:`names_by_due_date`).

    Examples
    --------
    >>> t = "应于2021年完成的28项任务全部完成"
    >>> due_attribute_end(t, pd.DataFrame({"end": [7]}))
    10
    """
    if deadline.empty:
        return None
    e = int(deadline.iloc[0]["end"])
    hit = _DUE_ATTRIBUTE.match(to_simplified(text[e : e + 12]))
    return None if hit is None else e + hit.end()


#: Before a year: a verb of change and 至/到 (增加至, 下降到, 降至, 升至, 至): the year reached.
_REACHED_BEFORE = re.compile(
    r"(增加|增长|上升|提高|提升|下降|降低|减少|减至|降|升|改善|变化|扩大|缩小)?(至|到)\s*$"
)
#: After the year: its level written right away (111年551站日數, 2020年的24%, 2022年为3天).
_LEVEL_AFTER = re.compile(r"^\s*(度|底|末)?\s*(的|为|是|达|仅)?\s*[\d〇零一二两三四五六七八九十]")
#: Earlier in the sentence: a base year with its level (由105年305站日數, 較106年62站日數,
#: 从2015年的45%): the figures run from one written level to another.
_BASE_LEVEL = re.compile(
    r"(由|从|较|自|相较于?|相比于?)\s*(\d{2,4}|[〇零一二三四五六七八九]{2,4})\s*年度?[^，,。；;！？\n]{0,12}?\d"
)

#: 已 (or 已经) right before a change's base (``已由1997年的10.7%…下降至``, ``已经从…``): the
#: sentence tells the change as done (simplified script).
_DONE_BEFORE_BASE = re.compile(r"(已经|已)\s*$")


def reached_year(
    text: str, deadline: pd.DataFrame, sentence_start: int, published: dt.date | None
) -> bool:
    """Whether the first date of ``deadline`` is the year a change reached, over at ``published``.

    ``較106年62站日數下降至111年3站日數，減少超過95%``, ``由105年305站日數增加至111年551
    站日數，提升超過52%``: the year follows 至/到 (and a verb of change), its level is written
    right after it, and a base year with its level opens the span earlier in the sentence —
    when the year was over at publication, the sentence reports what happened from one year
    to the other: no target.  A span that ends in the future (``由2020年的40%提高至2025年的
    50%`` in a plan of 2021) is a target and stays one; so does any such span when the
    publication date is not known, unless the sentence tells the change done — 已 right before
    its base (:data:`_DONE_BEFORE_BASE`: ``PSI不良率，已由1997年的10.7%…下降至2010年的3.4%``,
    a page with no date found): what happened, no target.

    Parameters
    ----------
    text : str
        The report.
    deadline : pandas.DataFrame
        Deadline dates (``start``, ``end``, ``last_day``), the figure's own first.
    sentence_start : int
        Start of the figure's sentence.
    published : datetime.date or None
        The document's publication date.

    Returns
    -------
    bool

    Examples
    --------
    >>> import datetime as dt
    >>> t = "由105年305站日數增加至111年551站日數，提升超過52%"
    >>> d = pd.DataFrame({"start": [14], "end": [18], "last_day": [pd.Timestamp("2022-12-31")]})
    >>> reached_year(t, d, 0, dt.date(2023, 3, 1)), reached_year(t, d, 0, dt.date(2022, 6, 1))
    (True, False)
    >>> t = "不良率已由1997年的10.7%下降至2010年的3.4%"
    >>> d = pd.DataFrame({"start": [19], "end": [24], "last_day": [pd.Timestamp("2010-12-31")]})
    >>> reached_year(t, d, 0, None), reached_year(t.replace("已", "将"), d, 0, None)
    (True, False)
    """
    if deadline.empty:
        return False
    start, end = int(deadline.iloc[0]["start"]), int(deadline.iloc[0]["end"])
    lead = to_simplified(text[sentence_start:start])
    base = _BASE_LEVEL.search(lead)
    told_done = (
        published is None
        and base is not None
        and _DONE_BEFORE_BASE.search(lead[: base.start()]) is not None
    )
    if not (told_done or passed_before(deadline, published)):
        return False
    before = to_simplified(text[max(sentence_start, start - 6) : start])
    if not _REACHED_BEFORE.search(before) or not _LEVEL_AFTER.match(text[end : end + 6]):
        return False
    return base is not None


#: Right before a figure: it opens a change (由45.4, 从89.5, 從58天) or closes one after its
#: verb (下降至38.2, 上升到69.7: :data:`_REACHED_BEFORE` with the verb written; not 累计达到).
_CHANGE_FROM = re.compile(r"[由从自]\s*$")
_CHANGE_TO = re.compile(_REACHED_BEFORE.pattern.replace(")?(至|到)", ")(至|到)", 1))


def span_end_of_change(simplified: str, span: pd.DataFrame, at: int) -> int | None:
    """The year of a change's end that a span of years written before it holds.

    ``本县107~112年空气质量指标年平均值由45.4下降至38.2``, ``2013年到2021年，北京市PM2.5浓度
    从89.5微克/立方米下降到33微克/立方米``: the span (first row of ``span``, a period of
    several years) is the time of the change; the level after 由/从/自 is its first year's
    (2018, 2013), the level after a verb of change and 至/到 its last year's (2023, 2021) —
    not the whole span, which the change itself is of.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    span : pandas.DataFrame
        The figure's date (first row: ``end``, ``first_day``, ``last_day``).
    at : int
        Where the figure starts.

    Returns
    -------
    int or None
        The year of the level at ``at``, or ``None`` (no span of years before it in its
        sentence, or no change's end right before the figure).

    Examples
    --------
    >>> t = "本县107~112年AQI年平均值由45.4下降至38.2"
    >>> d = pd.DataFrame({"end": [10], "first_day": [pd.Timestamp(2018, 1, 1)],
    ...                   "last_day": [pd.Timestamp(2023, 12, 31)]})
    >>> span_end_of_change(t, d, t.index("45.4")), span_end_of_change(t, d, t.index("38.2"))
    (2018, 2023)
    >>> span_end_of_change("本县107~112年AQI为38.2", d, 16) is None
    True
    >>> span_end_of_change("本县107~112年累计达到38.2", d, 16) is None
    True
    """
    if span.empty:
        return None
    first, last = span["first_day"].iloc[0], span["last_day"].iloc[0]
    end = int(span["end"].iloc[0])
    if pd.isna(first) or pd.isna(last) or first.year >= last.year or end > at:
        return None
    if re.search(r"[。；;！？!?\n]", simplified[end:at]):
        return None  # the span is another sentence's
    lead = simplified[max(end, at - 8) : at]
    if _CHANGE_FROM.search(lead):
        return int(first.year)
    if _CHANGE_TO.search(lead):
        return int(last.year)
    return None
