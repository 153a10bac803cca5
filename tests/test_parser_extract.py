"""extract_quantities over running text: excerpts standing in for each seed, the real seeds,
and the guard against super-linear work on adversarial input."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import extract_quantities, parse_quantity
from envindicators.units.parsing import tokens

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"

# ---------------------------------------------------------------------------------------
# Fixtures: short excerpts written in the forms of each seed.  Expected rows are
# (text, value, unit, qualifier, kind, sign, baseline), in order; nothing else may be found.
# ---------------------------------------------------------------------------------------

SEED_000_SHANXI = (
    "三十七、晋中市太榆退水渠等河流污染问题突出,污水处理设施应于2014年10月底前建成。"
    "晋中市区每天约1.5万吨污水由榆太退水渠排入汾河,平遥、太谷两县每天约7000余吨污水"
    "未经处理排入汾河。\n(二)污水处理厂提标改造。临时移动式污水处理站(8×200吨/日)已建成投运。"
    "2017年,临汾市新建污水配套管网101.51公里,城镇生活污水处理率达到93.25%。"
    "共完成浍河和鄂河清淤清障33.3万方。四十、太原、晋中、吕梁、临汾4市每天尚有20余万吨"
    "生活污水未经处理排入汾河,汾河入黄口水质长期处于劣Ⅴ类。省政府以晋政办发〔2017〕95号"
    "文件批复。2016年化学需氧量、氨氮达到74.7毫克/升和6.4毫克/升,比2014年分别上升155%和377%。"
    "已造成水资源破坏面积达2万余平方公里,占到全省19个岩溶大泉近三分之一。"
    "洪山泉2000年以前年平均流量约1立方米/秒。截至2018年9月中旬,距离泉口2.57米,"
    "较年初3.86米上升了1.29米。其中青云煤矿吨煤排水量达到6.3立方米。"
    "出水水质COD、氨氮、总磷三项指标已达到地表水V类标准,外排水已达一级A标准。"
)
EXPECTED_000 = [
    ("每天约1.5万吨", 15000.0, "吨/日", "approx", "level", 0, None),
    ("两县", 2.0, "县", "exact", "level", 0, None),  # 县/市/省 are counters (issue 10)
    ("每天约7000余吨", 7000.0, "吨/日", "more_than", "level", 0, None),
    ("8×200吨/日", 1600.0, "吨/日", "exact", "level", 0, None),
    ("101.51公里", 101.51, "公里", "exact", "level", 0, None),
    ("93.25%", 93.25, "%", "exact", "level", 0, None),
    ("33.3万方", 333000.0, "方", "exact", "level", 0, None),
    ("4市", 4.0, "市", "exact", "level", 0, None),
    ("每天尚有20余万吨", 200000.0, "吨/日", "more_than", "level", 0, None),
    ("74.7毫克/升", 74.7, "毫克/升", "exact", "level", 0, None),
    ("6.4毫克/升", 6.4, "毫克/升", "exact", "level", 0, None),
    ("比2014年分别上升155%", 155.0, "%", "exact", "change_relative", 1, "2014"),
    ("377%", 377.0, "%", "exact", "change_relative", 1, "2014"),
    ("2万余平方公里", 20000.0, "平方公里", "more_than", "level", 0, None),
    ("19个", 19.0, "个", "exact", "level", 0, None),
    ("近三分之一", 1 / 3, "dimensionless", "nearly", "ratio", 0, None),
    ("约1立方米/秒", 1.0, "立方米/秒", "approx", "level", 0, None),
    ("2.57米", 2.57, "米", "exact", "level", 0, None),
    ("3.86米", 3.86, "米", "exact", "level", 0, None),
    ("上升了1.29米", 1.29, "米", "exact", "change_absolute", 1, "年初"),
    ("吨煤排水量达到6.3立方米", 6.3, "立方米/吨", "exact", "level", 0, None),
    ("三项", 3.0, "项", "exact", "level", 0, None),
]

SEED_000_LIAONING = (
    "截至目前,《整改方案》58项整改任务中,已有13项基本完成整改,38项按照序时进度有序推进。"
    "2017年,全省拆除燃煤小锅炉6968台,淘汰黄标车及老旧车14.5万辆,细颗粒物平均浓度为"
    "44微克/立方米,同比下降4.3%。全省大气优良天数达标率为75.8%,高于国家下达指标1.3个百分点。"
    "完成人工造林130万亩、封山育林83万亩。全省共布设监测点位1.8万余个。全省共查处环境违法"
    "案件5393起,处罚金额累计7亿元,按日连续处罚金额累计2.1亿元。淘汰煤电落后产能10.5万千瓦。"
    "一是坚决打赢蓝天保卫战,到2020年,细颗粒物(PM2.5)浓度下降到42微克/立方米。"
    "牢固树立“四个意识”,坚决做到“两个维护”,完成了国家大气十条终期考核目标。"
    "先后开展十余次专项整治行动,省委先后召开10多次会议,领导同志20余次作出批示。"
    "微信/手机:13693626116"
)
EXPECTED_000_LN = [
    ("58项", 58.0, "项", "exact", "level", 0, None),
    ("13项", 13.0, "项", "exact", "level", 0, None),
    ("38项", 38.0, "项", "exact", "level", 0, None),
    ("6968台", 6968.0, "台", "exact", "level", 0, None),
    ("14.5万辆", 145000.0, "辆", "exact", "level", 0, None),
    ("44微克/立方米", 44.0, "微克/立方米", "exact", "level", 0, None),
    ("同比下降4.3%", -4.3, "%", "exact", "change_relative", -1, "同比"),
    ("75.8%", 75.8, "%", "exact", "level", 0, None),
    ("高于国家下达指标1.3个百分点", 1.3, "百分点", "exact", "change_absolute", 1, "国家下达指标"),
    ("130万亩", 1300000.0, "亩", "exact", "level", 0, None),
    ("83万亩", 830000.0, "亩", "exact", "level", 0, None),
    ("1.8万余个", 18000.0, "个", "more_than", "level", 0, None),
    ("5393起", 5393.0, "起", "exact", "level", 0, None),
    ("7亿元", 700000000.0, "元", "exact", "level", 0, None),
    ("2.1亿元", 210000000.0, "元", "exact", "level", 0, None),
    ("10.5万千瓦", 105000.0, "千瓦", "exact", "level", 0, None),
    ("42微克/立方米", 42.0, "微克/立方米", "exact", "level", 0, None),
    ("十余次", 10.0, "次", "more_than", "level", 0, None),
    ("10多次", 10.0, "次", "more_than", "level", 0, None),
    ("20余次", 20.0, "次", "more_than", "level", 0, None),
]

SEED_001_FUSHUN = (  # traditional characters with stray pinyin, as in seed 001
    "2021年4月6日至5月5日,中央第二生態(tài)環(huán)境保護督察組對遼寧省開展了第二輪督察。"
    "主持召開16次市委常委會議。立案9件,給予黨紀(jì)政務(wù)處分16人。"
    "實施垃圾焚燒發(fā)電項目,處理能力1200噸/日。完成三寶屯污水處理廠擴能改造工程,"
    "處理能力提升至50萬噸/日。注銷2092臺老舊營運柴油車的營運資質(zhì)。2023年,全年P(guān)M2.5"
    "平均濃度為35μg/m3。開展五輪農(nóng)村黑臭水體排查。截至2023年年底,15個國考斷面水質(zhì)"
    "優(yōu)良比率100%。年畜禽糞污綜合利用率達到76%以上。2018年-2022年,完成恢復(fù)治理面積"
    "16833畝。2021年5月-2023年11月,累計對54.564Km圍欄進行維修。組織開展6輪次復(fù)查工作。"
)
EXPECTED_001 = [
    ("16次", 16.0, "次", "exact", "level", 0, None),
    ("9件", 9.0, "件", "exact", "level", 0, None),
    ("16人", 16.0, "人", "exact", "level", 0, None),
    ("1200噸/日", 1200.0, "吨/日", "exact", "level", 0, None),
    ("50萬噸/日", 500000.0, "吨/日", "exact", "level", 0, None),
    ("2092臺", 2092.0, "台", "exact", "level", 0, None),
    ("35μg/m3", 35.0, "μg/m3", "exact", "level", 0, None),
    ("五輪", 5.0, "轮", "exact", "level", 0, None),
    ("15個", 15.0, "个", "exact", "level", 0, None),
    ("100%", 100.0, "%", "exact", "level", 0, None),
    ("76%以上", 76.0, "%", "at_least", "level", 0, None),
    ("16833畝", 16833.0, "亩", "exact", "level", 0, None),
    ("54.564Km", 54.564, "Km", "exact", "level", 0, None),
    ("6輪次", 6.0, "轮次", "exact", "level", 0, None),
]

SEED_002_WUWEI = (
    "受污染耕地和污染地块安全利用率分别达到98%左右和90%以上;全市森林覆盖率、森林蓄积量"
    "分别达到18.43%和998.3533万立方米(含自然保护区)以上。完成水土流失治理面积926千公顷。"
    "能源消费总量控制在417万吨标准煤左右,单位地区生产总值能耗比2015年下降13%,"
    "可再生能源电力装机占电力总装机比例接近60%。全市总用水量控制在15.15亿立方米以内;"
    "万元国内生产总值和工业增加值用水量分别控制在280立方米/万元和70立方米/万元以内。\n"
    "第十六项,截至督察进驻时,全省仍有225台10蒸吨及以下在用燃煤锅炉未安装环保设施,"
    "27台20蒸吨以上燃煤锅炉未按要求建设脱硝设施。\n整改时限:2020年9月底前\n"
    "基本完成整改的11项,分别为第1、3、4、7、10、14项问题(第10、31两项合并整改)。"
    "2018—2020年省上下达我市城乡居民清洁能源改造4万余户、3万余户、2.5万户年度任务。"
    "在省政府提出要求4个多月后才发文,留给基层改造时间只有一个半月。"
    "2018年全省煤炭消费总量较2017年增长2.16%,完成“十三五”煤炭消费总量累计增长5%的目标任务。"
    "民用散煤用量约950万吨/年,正规渠道交易量约254万吨,仅占27%。"
)
EXPECTED_002 = [
    ("98%左右", 98.0, "%", "approx", "level", 0, None),
    ("90%以上", 90.0, "%", "at_least", "level", 0, None),
    ("18.43%", 18.43, "%", "at_least", "level", 0, None),
    ("998.3533万立方米(含自然保护区)以上", 9983533.0, "立方米", "at_least", "level", 0, None),
    ("926千公顷", 926000.0, "公顷", "exact", "level", 0, None),
    ("417万吨标准煤左右", 4170000.0, "吨标准煤", "approx", "level", 0, None),
    ("比2015年下降13%", -13.0, "%", "exact", "change_relative", -1, "2015"),
    ("接近60%", 60.0, "%", "nearly", "ratio", 0, None),  # 占…比例: a part of a whole
    ("15.15亿立方米以内", 1515000000.0, "立方米", "at_most", "level", 0, None),
    ("280立方米/万元", 280.0, "立方米/万元", "at_most", "level", 0, None),
    ("70立方米/万元以内", 70.0, "立方米/万元", "at_most", "level", 0, None),
    ("225台", 225.0, "台", "exact", "level", 0, None),
    ("10蒸吨及以下", 10.0, "蒸吨/小时", "at_most", "level", 0, None),
    ("27台", 27.0, "台", "exact", "level", 0, None),
    ("20蒸吨以上", 20.0, "蒸吨/小时", "at_least", "level", 0, None),
    ("11项", 11.0, "项", "exact", "level", 0, None),
    ("两项", 2.0, "项", "exact", "level", 0, None),
    ("4万余户", 40000.0, "户", "more_than", "level", 0, None),
    ("3万余户", 30000.0, "户", "more_than", "level", 0, None),
    ("2.5万户", 25000.0, "户", "exact", "level", 0, None),
    ("4个多月", 4.0, "月", "more_than", "level", 0, None),
    ("一个半月", 1.5, "月", "exact", "level", 0, None),
    ("较2017年增长2.16%", 2.16, "%", "exact", "change_relative", 1, "2017"),
    ("增长5%", 5.0, "%", "exact", "change_relative", 1, None),
    ("约950万吨/年", 9500000.0, "吨/年", "approx", "level", 0, None),
    ("约254万吨", 2540000.0, "吨", "approx", "level", 0, None),
    ("占27%", 27.0, "%", "exact", "ratio", 0, None),
]

SEED_003_SHANXI = (
    "目前,第二轮督察82项整改任务已完成整改59项;督察组进驻期间转办的3123件信访件已办结3120件。"
    "纳入省委、省政府“13710”信息督办系统专项督办。2022年全省环境空气质量综合指数为4.49,"
    "同比下降2.4%;优良天数比例为74.5%,同比提高2.4个百分点;PM2.5浓度为38微克/立方米,"
    "同比下降2.6%。国考断面水质优良比例为87.1%,同比上升14.8个百分点。汾河流域国考断面水质"
    "全部提升到Ⅳ类以上。煤炭先进产能占比突破75%,焦化先进产能占比超64%。2021年全省单位GDP"
    "能耗下降5.4%。开展PM2.5与O3协同控制监测网络建设。按照省委十二届五次全会的部署要求。"
)
EXPECTED_003 = [
    ("82项", 82.0, "项", "exact", "level", 0, None),
    ("59项", 59.0, "项", "exact", "level", 0, None),
    ("3123件", 3123.0, "件", "exact", "level", 0, None),
    ("3120件", 3120.0, "件", "exact", "level", 0, None),
    ("4.49", 4.49, "dimensionless", "exact", "level", 0, None),
    ("同比下降2.4%", -2.4, "%", "exact", "change_relative", -1, "同比"),
    ("74.5%", 74.5, "%", "exact", "level", 0, None),
    ("同比提高2.4个百分点", 2.4, "百分点", "exact", "change_absolute", 1, "同比"),
    ("38微克/立方米", 38.0, "微克/立方米", "exact", "level", 0, None),
    ("同比下降2.6%", -2.6, "%", "exact", "change_relative", -1, "同比"),
    ("87.1%", 87.1, "%", "exact", "level", 0, None),
    ("同比上升14.8个百分点", 14.8, "百分点", "exact", "change_absolute", 1, "同比"),
    ("占比突破75%", 75.0, "%", "greater", "ratio", 0, None),  # 占比: a share of a whole
    ("占比超64%", 64.0, "%", "greater", "ratio", 0, None),
    ("下降5.4%", -5.4, "%", "exact", "change_relative", -1, None),
]

SEED_004_JIANGXI = (
    "7月14日至8月14日,中央第四环境保护督察组对江西开展了为期一个月的环境保护督察。"
    "确保水环境质量持续改善,地表水达到或好于Ⅲ类水体比例大于85.3%,劣Ⅴ类水体比例为0;"
    "污染地块安全利用率不低于90%;全省森林覆盖率大于63%,森林蓄积量大于5.5亿立方米。"
    "逐条逐句梳理出4个方面16项61个问题。禁止新上日产2000吨以下新型干法水泥生产线。"
    "到2017年底各设区城市建成区基本淘汰每小时10蒸吨及以下的燃煤锅炉。"
    "县城、设区城市污水处理率分别达到85%、95%左右。到2020年底全省重点行业的重点重金属"
    "排放量比2013年下降10%。省委常委会涉及生态文明和环境保护工作议题每年不少于3次。"
    "力争用3-5年时间完成园区卫生防护距离内居民搬迁工作。2018年6月底前完成搬迁工作。"
    "整改时限:2017年3月底。重叠面积22.84平方公里。《昌铜高速生态经济带总体规划(2015-2020年)》"
    "不符合有关规定。基层党员个人贯彻落实八项规定自查报告"
)
EXPECTED_004 = [
    ("一个月", 1.0, "月", "exact", "level", 0, None),  # 为期一个月: a duration, not an article
    ("大于85.3%", 85.3, "%", "greater", "level", 0, None),
    ("0", 0.0, "dimensionless", "exact", "level", 0, None),
    ("不低于90%", 90.0, "%", "at_least", "level", 0, None),
    ("大于63%", 63.0, "%", "greater", "level", 0, None),
    ("大于5.5亿立方米", 550000000.0, "立方米", "greater", "level", 0, None),
    ("4个", 4.0, "个", "exact", "level", 0, None),
    ("16项", 16.0, "项", "exact", "level", 0, None),
    ("61个", 61.0, "个", "exact", "level", 0, None),
    ("日产2000吨以下", 2000.0, "吨/日", "at_most", "level", 0, None),
    ("每小时10蒸吨及以下", 10.0, "蒸吨/小时", "at_most", "level", 0, None),
    ("85%", 85.0, "%", "approx", "level", 0, None),
    ("95%左右", 95.0, "%", "approx", "level", 0, None),
    ("比2013年下降10%", -10.0, "%", "exact", "change_relative", -1, "2013"),
    ("每年不少于3次", 3.0, "次/年", "at_least", "level", 0, None),
    ("3-5年", None, "年", "range", "level", 0, None),
    ("22.84平方公里", 22.84, "平方公里", "exact", "level", 0, None),
]

FIXTURES = [
    ("000-shanxi", SEED_000_SHANXI, EXPECTED_000),
    ("000-liaoning", SEED_000_LIAONING, EXPECTED_000_LN),
    ("001-fushun", SEED_001_FUSHUN, EXPECTED_001),
    ("002-wuwei", SEED_002_WUWEI, EXPECTED_002),
    ("003-shanxi", SEED_003_SHANXI, EXPECTED_003),
    ("004-jiangxi", SEED_004_JIANGXI, EXPECTED_004),
]


def _rows(df: pd.DataFrame) -> list[tuple[object, ...]]:
    out = []
    for r in df.itertuples(index=False):
        baseline = None if pd.isna(r.baseline) else r.baseline
        out.append((r.text, r.value, r.unit, r.qualifier, r.kind, int(r.sign), baseline))
    return out


@pytest.mark.parametrize(("name", "text", "expected"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_extract_seed_excerpts(name: str, text: str, expected: list[tuple[object, ...]]) -> None:
    df = extract_quantities(text)
    got = _rows(df)
    assert len(got) == len(expected), [g[0] for g in got]
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0]
        if e[1] is None:
            assert pd.isna(g[1])
        else:
            assert g[1] == pytest.approx(e[1], rel=1e-15)
        assert g[2:] == e[2:], (g, e)


@pytest.mark.parametrize(("name", "text", "expected"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_spans_index_the_original_text(name: str, text: str, expected: object) -> None:
    df = extract_quantities(text, context=6)
    for r in df.itertuples(index=False):
        assert text[r.start : r.end] == r.text
        assert r.before == text[max(0, r.start - 6) : r.start]
        assert r.after == text[r.end : r.end + 6]


def test_frame_schema() -> None:
    df = extract_quantities(SEED_003_SHANXI)
    assert list(df.columns) == [
        "start", "end", "text", "value", "low", "high", "unit", "qualifier", "kind", "sign",
        "baseline", "multiplier", "before", "after", "numerator", "denominator", "warnings",
        "confidence",
    ]  # fmt: skip
    assert df["start"].dtype == "int64"
    assert df["value"].dtype == "float64"
    assert df["sign"].dtype == "int8"
    assert isinstance(df["qualifier"].dtype, pd.CategoricalDtype)
    assert set(df["kind"].cat.categories) == {
        "level", "change_relative", "change_absolute", "ratio", "exceedance_multiple"
    }  # fmt: skip
    empty = extract_quantities("没有数字")
    assert empty.empty
    assert list(empty.columns) == list(df.columns)


def test_ranges_in_running_text() -> None:
    df = extract_quantities("力争用3-5年时间完成,规模为3-5万吨。")
    assert df["text"].tolist() == ["3-5年", "3-5万吨"]
    assert df["value"].isna().all()
    assert df[["low", "high"]].to_numpy().tolist() == [[3.0, 5.0], [30000.0, 50000.0]]
    assert (df["qualifier"] == "range").all()


NOT_QUANTITIES = [
    "2017年,临汾市新建污水配套管网",
    "截至2018年9月中旬,整改完成",
    "2018—2020年行动计划",
    "第十六项,督察整改",
    "三十七、晋中市",
    "(一)加强组织领导",
    "1.天祝青峰新兴碳材有限公司",
    "以晋政办发〔2017〕95号文件对规划进行了批复",
    "PM2.5与O3协同控制,PM10年均浓度",
    "达到一级A标准,地表水Ⅳ类以上",
    "近岸海域一、二类海水面积",
    "坚决做到“两个维护”,牢固树立“四个意识”",
    "《辽宁省污染防治攻坚战三年专项行动方案(2018—2020年)》",
    "作为一项重大政治任务",
    "万元国内生产总值用水量",
    "千方百计",
    "省委十二届五次全会",
    "专项整治百日行动",
    "马脊梁矿、燕子山矿、四台矿",
    "贯彻落实八项规定精神",
    "第十三个五年规划纲要",
    "制定三年行动计划",
    "2023-07-09 09:36:56",
    "微信/手机:13693626116",
    "7月31日,督察组反馈",
    "第2项、19项问题整改措施已全部落实",
    "对全省开展了绿盾2017监督检查",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_dates_ordinals_names_are_not_quantities(text: str) -> None:
    assert extract_quantities(text).empty, extract_quantities(text)["text"].tolist()


# ---------------------------------------------------------------------------------------
# The real seeds.
# ---------------------------------------------------------------------------------------


def _seed(prefix: str) -> str:
    (path,) = SOURCES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


KNOWN = [
    # (seed, text as written, value, unit, qualifier, kind)
    ("000", "每天约1.5万吨", 15000.0, "吨/日", "approx", "level"),
    ("000", "8×200吨/日", 1600.0, "吨/日", "exact", "level"),
    ("000", "每天约7000余吨", 7000.0, "吨/日", "more_than", "level"),
    ("000", "近三分之一", 1 / 3, "dimensionless", "nearly", "ratio"),
    ("000", "提高了24个百分点", 24.0, "百分点", "exact", "change_absolute"),
    ("000", "同比下降4.3%", -4.3, "%", "exact", "change_relative"),
    ("000", "5393起", 5393.0, "起", "exact", "level"),
    ("000", "1.8万余个", 18000.0, "个", "more_than", "level"),
    ("000", "15789万元", 157890000.0, "元", "exact", "level"),
    ("000", "48MW", 48.0, "MW", "exact", "level"),
    ("000", "近千米", 1000.0, "米", "nearly", "level"),
    ("000", "万余棵", 10000.0, "棵", "more_than", "level"),
    ("001", "16833畝", 16833.0, "亩", "exact", "level"),
    ("001", "50萬噸/日", 500000.0, "吨/日", "exact", "level"),
    ("001", "35μg/m3", 35.0, "μg/m3", "exact", "level"),
    ("001", "54.564Km", 54.564, "Km", "exact", "level"),
    ("002", "417万吨标准煤左右", 4170000.0, "吨标准煤", "approx", "level"),
    ("002", "15.15亿立方米以内", 1515000000.0, "立方米", "at_most", "level"),
    ("002", "926千公顷", 926000.0, "公顷", "exact", "level"),
    ("002", "4个多月", 4.0, "月", "more_than", "level"),
    ("003", "同比提高2.4个百分点", 2.4, "百分点", "exact", "change_absolute"),
    ("003", "同比下降2.6%", -2.6, "%", "exact", "change_relative"),
    ("004", "大于85.3%", 85.3, "%", "greater", "level"),
    ("004", "3-5年", None, "年", "range", "level"),
]


@pytest.fixture(scope="module")
def seed_frames() -> dict[str, pd.DataFrame]:
    return {p: extract_quantities(_seed(p)) for p in ("000", "001", "002", "003", "004")}


@pytest.mark.parametrize(
    ("seed", "text", "value", "unit", "qualifier", "kind"), KNOWN, ids=[k[1] for k in KNOWN]
)
def test_known_figures_in_real_seeds(
    seed_frames: dict[str, pd.DataFrame],
    seed: str,
    text: str,
    value: float | None,
    unit: str,
    qualifier: str,
    kind: str,
) -> None:
    df = seed_frames[seed]
    rows = df[df["text"] == text]
    assert len(rows) >= 1, text
    r = rows.iloc[0]
    if value is None:
        assert pd.isna(r["value"])
    else:
        assert r["value"] == pytest.approx(value, rel=1e-15)
    assert (r["unit"], r["qualifier"], r["kind"]) == (unit, qualifier, kind)


def test_real_seeds_have_no_years_or_item_numbers(seed_frames: dict[str, pd.DataFrame]) -> None:
    for seed, df in seed_frames.items():
        years = df[(df["unit"] == "年") & df["value"].between(1900, 2100)]
        assert years.empty, (seed, years["text"].tolist())
        assert not df["text"].str.contains("第").any(), seed
        assert not df["text"].str.contains("PM|〔|﹝", regex=True).any(), seed
        for r in df.itertuples(index=False):  # spans index the original text
            assert _seed(seed)[r.start : r.end] == r.text


def test_real_seed_counts_are_stable(seed_frames: dict[str, pd.DataFrame]) -> None:
    # not a golden file: a coarse guard that the extractor neither floods nor starves
    counts = {seed: len(df) for seed, df in seed_frames.items()}
    assert 350 <= counts["000"] <= 480
    assert 20 <= counts["001"] <= 35
    assert 110 <= counts["002"] <= 170
    assert 25 <= counts["003"] <= 40
    assert 50 <= counts["004"] <= 75


def test_every_extracted_row_parses_back(seed_frames: dict[str, pd.DataFrame]) -> None:
    """A row's text, read alone, gives the same value unless the row owes its meaning to
    the words around it (enumerations, 每天/吨煤 rates, 占…的 ratios)."""
    for df in seed_frames.values():
        for r in df.itertuples(index=False):
            q = parse_quantity(r.text)
            if q.value is not None and not pd.isna(r.value):
                assert abs(q.value) == pytest.approx(abs(r.value), rel=1e-15), r.text


# ---------------------------------------------------------------------------------------
# Robustness: never raises on text; linear work on adversarial input.
# ---------------------------------------------------------------------------------------


@contextmanager
def _strict() -> Iterator[None]:
    """Re-raise internal errors that extract_quantities would otherwise record as skips."""
    old = tokens._STRICT[0]
    tokens._STRICT[0] = True
    try:
        yield
    finally:
        tokens._STRICT[0] = old


ALPHABET = list(
    "0123456789.一二两三十百千万亿余多约近以上下内左右个吨日年月%／/-—~至第、和()“”《》"
    "分之点比同下降提高增长百分点每天占的萬噸畝 ×μm3较与相又了"
)


@settings(max_examples=800, deadline=None)
@given(text=st.one_of(st.text(max_size=120), st.text(alphabet=st.sampled_from(ALPHABET))))
def test_extract_never_raises(text: str) -> None:
    with _strict():
        df = extract_quantities(text)
    for r in df.itertuples(index=False):
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text


ADVERSARIAL = {
    "digits": lambda n: "1" * n,
    "numerals": lambda n: "一" * n,
    "multipliers": lambda n: "万" * n,
    "dash_chain": lambda n: "1-" * (n // 2),
    "to_chain": lambda n: "1至" * (n // 2),
    "enumeration": lambda n: "1、" * (n // 2),
    "ordinal_enumeration": lambda n: "第1、" * (n // 3),
    "qualifier_soup": lambda n: "1余" * (n // 2),
    "open_quotes": lambda n: "“" * n,
    "open_titles": lambda n: "《" * n,
    "pinyin_like": lambda n: "(ā" * (n // 2),
    "decimal_chain": lambda n: "1.1." * (n // 4),
    "verbs": lambda n: "上升" * (n // 2) + "5%",
    "baselines": lambda n: "比2015年" * (n // 6),
    "counters": lambda n: "一个" * (n // 2),
    "shares": lambda n: "占1%的" * (n // 4),
    "quantities": lambda n: "约1.5万吨/日以上、" * (n // 11),
    "parentheses": lambda n: "5吨(含" * (n // 4),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_work_is_linear_on_adversarial_input(name: str) -> None:
    """Algorithmic guard instead of a timer: the scanner counts its steps (characters of
    look-behind windows, unit and word look-ups, regex calls on bounded windows); the count
    must grow linearly with the input and stay under a small constant per character."""
    make = ADVERSARIAL[name]
    steps = []
    for n in (1_000, 10_000):
        text = make(n)
        tokens._stats_reset()
        extract_quantities(text)
        steps.append(tokens._stats())
        assert steps[-1] <= 60 * len(text) + 100, (name, n, steps[-1])
    small, large = steps
    assert large <= 12 * max(small, 1) + 100, (name, steps)  # ×10 input → ~×10 work
