"""Hard-wrapped texts: a line broken mid-clause is no heading (wrap46, issue 13).

A text cut into lines of one width (a PDF's or a mail's lines, the sentence going on in the
next line) is read as the paragraphs it was cut from (``_reader.unwrap_lines``, called once
by ``read_report``): a name cut at a line's end (``PM2.5年均`` / ``浓度``) is one name, a
figure whose sentence goes on in the next line is read, and a line is no heading because it
ends where the width ran out.  A real heading (short, numbered), a table's rows, a list's
items and the lines of a text that is not wrapped stay as they are; quotes and offsets point
into the text as written, line breaks and all.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row
from tests.scripts import to_traditional

from envindicators.errors import _display_width
from envindicators.extract import read_report
from envindicators.units import to_simplified


def _wrap(paragraph: str, width: int) -> str:
    """``paragraph`` cut into lines of at most ``width`` columns (a CJK character two)."""
    lines, line = [], ""
    for c in paragraph:
        if _display_width(line + c) > width:
            lines.append(line)
            line = ""
        line += c
    return "\n".join([*lines, line])


AIR = (
    "1月1日至9月4日，我县综合指数为4.54，在全市排名第6位，同比下降16.24%；"
    "PM2.5年均浓度为40微克/立方米，在全市排名第9位，同比下降24.53%；"
    "PM10浓度为42微克/立方米，同比下降19.23%；优良天数为172天，去年同期为157天；"
    "重污染天数为9天，去年同期为12天。"
)
WORK = "下一步，我县将继续加强扬尘管控和散煤治理，强化重点行业企业错峰生产，确保完成全年目标任务。"


def _county(width: int) -> str:
    return f"一、空气质量状况\n{_wrap(AIR, width)}\n二、下一步工作\n{_wrap(WORK, width)}\n"


#: (figure, indicator): each figure of the wrapped paragraph with its registry row
AIR_ROWS = [
    ("4.54", "air_quality_composite_index"),
    ("40微克/立方米", "pm25_concentration"),
    ("42微克/立方米", "pm10_concentration"),
    ("172天", "good_air_days"),
    ("9天", "heavy_pollution_days"),
]

#: a name cut by the wrap: the lines of a county's PDF report, about 46 columns each
CUT_NAME = (
    "1月1日-9月4日,我县综合指数年累计为4.54,在全\n"
    "市并列排名第6位,同比下降16.24%;PM2.5年均\n"
    "浓度为40μg/m³,在全市并列排名第9位,同比下\n"
    "降24.53%,优良天数为172天,去年同期为157天,\n"
    "重污染天数为9天,去年同期为12天。\n"
)


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
@pytest.mark.parametrize("width", [36, 44, 60])
@pytest.mark.parametrize(("figure", "indicator"), AIR_ROWS)
def test_wrapped_paragraph_figures_read(
    figure: str, indicator: str, width: int, hant: bool
) -> None:
    row = first_figure_row(_county(width), figure, hant=hant)
    assert row["indicator"] == indicator
    assert row["table"] == "observations"


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
@pytest.mark.parametrize(
    ("figure", "indicator", "subject"),
    [
        ("40μg/m³", "pm25_concentration", "PM2.5年均浓度"),
        ("4.54", "air_quality_composite_index", "综合指数"),
        ("同比下降24.53%", "pm25_concentration", "PM2.5年均浓度"),
    ],
)
def test_name_cut_by_the_wrap_read_whole(
    figure: str, indicator: str, subject: str, hant: bool
) -> None:
    row = first_figure_row(CUT_NAME, figure, hant=hant)
    assert row["indicator"] == indicator
    assert subject in to_simplified(str(row["subject"]))


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
@pytest.mark.parametrize("width", [36, 44, 60])
def test_wrapped_paragraphs_joined_headings_kept(width: int, hant: bool) -> None:
    from envindicators.extract._reader import unwrap_lines

    text = _county(width)
    expected = ["一、空气质量状况", AIR, "二、下一步工作", WORK, ""]
    if hant:
        text, expected = to_traditional(text), [to_traditional(x) for x in expected]
    read, kept = unwrap_lines(text)
    assert read.split("\n") == expected
    assert kept is not None
    assert len(kept) == len(read)
    assert "".join(text[i] for i in kept) == read  # each character read is where it was


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
def test_offsets_and_quotes_point_into_the_text_as_written(hant: bool) -> None:
    text = to_traditional(CUT_NAME) if hant else CUT_NAME
    r = read_report(text, source="x.txt")
    figures = set(r.figures()["value_text"].astype(str))
    assert len(r.provenance) == len(figures) >= 5
    for _, p in r.provenance.iterrows():
        start, end = int(p["start"]), int(p["end"])
        qs, qe = int(p["quote_start"]), int(p["quote_end"])
        # the figure's span in the text as written, its line break included where it has one
        assert text[start:end].replace("\n", "") in figures
        assert qs <= start < end <= qe <= len(text)
    pm = first_figure_row(text, "40μg/m³")
    # the quote is the source's own passage, its line breaks kept
    assert pm["quote"] in text
    assert "\n" in pm["quote"]
    cut = first_figure_row(text, "24.53%")  # 同比下\n降24.53%: a figure across the break
    p = r.provenance[r.provenance["start"] < text.index("24.53%")].iloc[-1]
    assert "\n" in text[int(p["start"]) : int(p["end"])]
    assert str(cut["value_text"]).endswith("24.53%")


def test_a_latin_word_cut_by_the_wrap_takes_a_space() -> None:
    from envindicators.extract._reader import unwrap_lines

    text = (
        "Air quality in 2022\n"
        "The annual report says that fine particulate matter levels in the region fell\n"
        "sharply in the year, while the number of good air days in the whole province\n"
        "rose again to a new high of 320 days, the best result since monitoring began\n"
        "in the year two thousand and thirteen across all of its cities and counties.\n"
    )
    read, kept = unwrap_lines(text)
    assert kept is None  # a space for a break: the offsets are the text's own
    assert len(read) == len(text)
    assert "levels in the region fell sharply in the year" in read
    assert read.count("\n") == 2  # the title's and the paragraph's end


#: texts whose lines are no wrapped paragraph: each line stays a line
NOT_WRAPPED = {
    "short headings over long paragraphs": (
        "一、总体情况\n"
        "2022年，全市空气质量持续改善，PM2.5平均浓度为32微克/立方米，同比下降5.9%，"
        "优良天数比例为85.2%，同比上升2.1个百分点，重污染天数为3天，同比减少2天。\n"
        "二、主要措施\n"
        "全年共淘汰燃煤锅炉120台，完成清洁取暖改造3.5万户，整治散乱污企业260家。\n"
        "三、下一步工作\n"
        "继续推进大气污染防治攻坚行动，确保完成全年目标任务。\n"
    ),
    "a table": (
        "区县 | 综合指数 | 排名 | 同比变化 | 优良天数 |\n"
        "张店区 | 4.33 | 18 | 下降3.1% | 120天 |\n"
        "淄川区 | 4.20 | 15 | 下降2.5% | 125天 |\n"
        "博山区 | 4.07 | 12 | 下降1.8% | 131天 |\n"
        "周村区 | 3.98 | 10 | 下降4.2% | 136天 |\n"
    ),
    "a list of items each on its line": (
        "督察反馈问题整改情况\n"
        "1. 城区黑臭水体整治问题，已完成整改并通过验收销号\n"
        "2. 工业园区污水处理厂建设问题，已完成主体工程建设\n"
        "3. 砖瓦行业落后产能淘汰问题，已关停取缔企业12家\n"
        "4. 饮用水水源地规范化建设问题，已完成标志设置\n"
        "5. 垃圾填埋场渗滤液处理问题，已完成设施提标改造\n"
    ),
    "headlines of one width": (
        "永久居民派一萬 非永久居民六千\n"
        "指卸任後首要恢復身體健康\n"
        "總結今年施政及介紹明年預算安排\n"
        "博彩業佔GDP約37%較疫前降14%\n"
        "可用美國遠程導彈打擊俄領土目標\n"
        "特朗普顧問:視同中國商品徵60%關稅\n"
    ),
}


@pytest.mark.parametrize("name", list(NOT_WRAPPED))
@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
def test_lines_that_are_no_wrapped_paragraph_stay(name: str, hant: bool) -> None:
    from envindicators.extract._reader import unwrap_lines

    text = to_traditional(NOT_WRAPPED[name]) if hant else NOT_WRAPPED[name]
    assert unwrap_lines(text) == (text, None)


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
def test_a_short_heading_inside_a_wrapped_text_stays_a_line(hant: bool) -> None:
    from envindicators.extract._reader import unwrap_lines

    text = CUT_NAME + "三、目前突出环境问题\n" + _wrap(WORK + WORK, 46) + "\n"
    if hant:
        text = to_traditional(text)
    lines = unwrap_lines(text)[0].split("\n")
    assert lines[1] == (to_traditional("三、目前突出环境问题") if hant else "三、目前突出环境问题")
    assert len(lines) == 4  # the air paragraph, the heading, the work paragraph, the end
