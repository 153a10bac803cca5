"""The public evaluation corpus (benchmarks/corpus/): score floors, the scorer, integrity.

The floors on the DEV split are at least issue 10's targets, which the parser meets; the
spent held-out splits (``heldout``, ``heldout2``), each measured once blind and then worked
on, have floors at their scores so that they never regress (see benchmarks/corpus/README.md).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import ROOT, load_script

from envindicators.units import ureg

sc = load_script("benchmarks/score_corpus.py")

SPLITS = [s for s in sc.SPLITS if (sc.CORPUS / s / "documents.jsonl").exists()]
#: The splits built blind (heldout4 and every later one) and those labelled in two halves by
#: script (heldout5 and every later one), in order: a new split joins both tests below.
#: A split missing on disk fails ``test_corpus_has_the_size_issue_10_asks_for``, not here.
BLIND_SPLITS = SPLITS[SPLITS.index("heldout4") :]
TWO_HALF_SPLITS = SPLITS[SPLITS.index("heldout5") :]


# --------------------------------------------------------------------------------------
# Floors on the DEV split.
# --------------------------------------------------------------------------------------

# Issue 10's targets, which the parser meets on dev after the work of December 2026 (dev:
# recall 99.1 %, precision 99.3 %, field accuracy value 100 %, unit 98.9 %, qualifier 99.6 %,
# kind 99.3 %, sign 99.9 %, every field right 97.1 %, 0 silent wrong values, 1 unflagged
# ambiguous mention; before that work: recall 94.9 %, exact 86.4 %, 19 silent wrong values).
# After the third round (context rules, 2026-12-03): recall 99.3 %, precision 99.7 %, value
# 100 %, unit 100 %, qualifier 99.9 %, kind 99.9 %, sign 100 %, exact 99.1 %, 0 silent wrong
# values, 0 unflagged ambiguous mentions; the floors below are raised to these scores.
# After the fifth round (2026-12-03): recall 99.7 %, precision 99.9 %, exact 99.5 %, 0 silent
# wrong values, 0 unflagged ambiguous; floors raised again (a small margin below).
# dev12 (2026-12-04) added 13 rectification, inspection and bulletin pages (r12-*, 185
# mentions; dev is 51 documents, 935 mentions): measured once before their failures were read,
# dev fell to exact 98.4 %; after the dev12 rules: recall 99.7 %, precision 99.9 %, exact
# 99.5 %, 0 silent wrong values, 0 unflagged ambiguous.  The floors stand.
# After the twelfth round (round12, 2026-12-04): recall 99.7 %, precision 99.9 %, exact 99.6 %,
# 0 silent wrong values; floors at these scores rounded down.  With dev12's documents and
# round12's rules merged (staging, 2026-12-04): recall 99.68 %, precision 99.89 %, exact
# 99.57 %, 0 silent wrong values; the floors are these, rounded down.
# bull12 (2026-12-04) added 12 bulletin, statistics and news pages (b12-*, 233 mentions; dev
# is 63 documents, 1,168 mentions), measured once before their failures were read (b12-*
# alone: recall 89.3 %, exact 83.3 %, 7 silent wrong values); after the bull12 rules the
# b12-* documents reach recall 97.9 %, precision 98.7 %, exact 95.3 %, 0 silent wrong.  The
# floors above hold for the documents of dev before bull12 (unchanged: recall 99.7 %, exact
# 99.6 %); whole dev, with the b12-* documents, has floors of its own (WHOLE_DEV_FLOORS,
# its scores rounded down: recall 99.3 %, precision 99.6 %, exact 98.7 %, sign 99.48 %).
# hard12 (2026-12-04) added 13 hard pages (h12-*, 191 mentions: glued glosses, spam, flattened
# rank tables, Taiwanese statistics; dev is 64 documents, 1,126 mentions): measured once before
# their failures were read, dev fell to recall 99.0 %, exact 98.0 %, 1 silent wrong value (a
# label, corrected to the spent splits' conventions); after the hard12 rules: recall 99.11 %,
# precision 99.91 %, exact 98.67 %, 0 silent wrong values.  The misses left are counters the
# registry lacks (31國, 18車組), 74城市 and two flagged figures (破百萬, the typo 900頓) the
# parser leaves unread.  The h12-* documents are held by the whole-dev floors below.
FLOORS = {"recall": 0.996, "precision": 0.998}
FIELD_FLOORS = {"value": 0.995, "unit": 0.995, "qualifier": 0.995, "kind": 0.995, "sign": 0.995}
EXACT_FLOOR = 0.995
MAX_SILENT_WRONG_VALUES = 0
MAX_UNFLAGGED_AMBIGUOUS = 0
#: Documents added to dev after the floors above were set (their ids start so).
LATER_DEV_PREFIXES = ("t12-", "b12-", "h12-", "p13-", "t13-", "w17-", "k17-")
# Whole dev after the merge of t12-* (hant12), b12-* (bull12) and h12-* (hard12) with their
# rules (staging, 2026-12-04; 91 documents, 1,555 mentions): recall 98.97 %, precision
# 99.68 %, exact 97.23 %, value 99.68 %, unit 99.55 %, qualifier 99.74 %, kind 99.35 %, sign
# 99.35 %, 0 silent wrong values; floors rounded down.  Branch conv20 (a convention change, not
# a regression): `5年前` and `2、3年前` are points in time, no longer mentions, and the parser
# still reads them, so precision falls to 2,273 / 2,284 = 99.52 %: floor 0.995.  Branch base20
# (parser round 20b) no longer reads them: whole dev 2,273 / 2,282 = 99.61 %, the documents
# measured here 1,543 / 1,546 = 99.81 %: floor 0.996 again.
# Branch flat20 (parser round 21b, flattened tables): the documents measured here 0.9923 →
# 0.9942 recall, 0.9820 → 0.9839 exact (b12-jining's 综合指数 column): floors raised, rounded down.
# Parser round 44 (read33: 数十万吨 and 數十項 flagged ranges, 1間 a count): whole dev precision
# 99.65 %, exact 98.58 %.  Exact floor raised.  Parser round 47 (read36: evaluative signs of
# b12-jining, 人口超過400萬): exact 98.84 %, floor 0.988.
WHOLE_DEV_FLOORS = {"recall": 0.994, "precision": 0.996, "exact": 0.988}
WHOLE_DEV_FIELD_FLOORS = {
    "value": 0.996, "unit": 0.995, "qualifier": 0.997, "kind": 0.993, "sign": 0.993,
}  # fmt: skip

# The held-out split was measured once, at the end of that work (2026-12-03): recall 96.3 %,
# precision 99.5 %, every field right 89.8 %, 2 silent wrong values (baseline before the
# work: 91.5 %, 98.4 %, 84.8 %, 9).  It is now spent as a blind test (its failures have been
# read); these floors only keep it from regressing, and the next round of parser work needs
# a fresh held-out third (see benchmarks/corpus/README.md).
# After the bulletin classes of the second round (每 units, temperatures, signs in
# parentheses, differences to a reference; classes named from the held-out failures, so
# not a blind measure): recall 97.0 %, precision 99.5 %, exact 93.5 %.
# After the third round (context rules, 2026-12-03): recall 98.3 %, precision 99.7 %,
# every field 100 % on aligned pairs, exact 98.3 %, 0 silent wrong values.
# After the fifth round: recall 99.8 %, precision 100 %, exact 99.8 %, 0 silent wrong values.
# After the twelfth round: unchanged (recall 99.8 %, precision 100 %, exact 99.8 %); floors at
# these scores rounded down.
HELDOUT_FLOORS = {"recall": 0.997, "precision": 1.0, "exact": 0.997}
HELDOUT_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout2`` was the blind third until 2026-12-03: measured once (recall 94.8 %,
# precision 96.8 %, exact 89.6 %, 6 silent wrong values), then its failures were read and
# worked on in the third round, so it is SPENT like ``heldout`` and has floors against
# regression at the scores reached then: recall 99.6 %, precision 100 %, exact 98.3 %, 0
# silent wrong values.  A fresh blind split is built elsewhere; it is not measured here.
# After the fifth round: recall 99.8 %, precision 100 %, exact 98.9 %, 0 silent wrong values.
# After the seventh round: recall 99.8 %, precision 100 %, exact 99.3 %, 0 silent wrong values.
# After the twelfth round: unchanged (recall 99.8 %, precision 100 %, exact 99.6 %); floors at
# these scores rounded down.
HELDOUT2_FLOORS = {"recall": 0.998, "precision": 1.0, "exact": 0.996}
HELDOUT2_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout3`` (December 2026) was the third blind third: labelled by hand before
# any parser run, measured once (2026-12-03, recall 96.5 %, precision 94.3 %, exact 91.4 %,
# 15 silent wrong values; benchmarks/corpus/README.md), then its failures were read: spent.
# Floors against regression at the scores reached.
# After the fifth round: recall 99.1 %, precision 100 %, exact 97.6 %, 0 silent wrong values.
# After the sixth round: recall 99.3 %, precision 100 %, exact 97.6 %, 0 silent wrong values.
# After the seventh round: recall 99.3 %, precision 100 %, exact 97.9 %, 0 silent wrong values.
# After the twelfth round: recall 99.3 %, precision 100 %, exact 98.3 %, 0 silent wrong values.
# Parser round 24 (read14): recall 576 / 579 = 99.48 %, exact 571 / 579 = 98.62 % (PM2.5 glued).
HELDOUT3_FLOORS = {"recall": 0.994, "precision": 1.0, "exact": 0.993}  # read36: exact
HELDOUT3_MAX_SILENT_WRONG_VALUES = 0  # 4 until a verb of cutting flagged its sign

# The split ``heldout4`` (December 2026) was the fresh blind fifth split, labelled by hand in
# two halves (``a-*`` simplified script, ``b-*`` traditional script and noisy pages) before any
# parser run, and measured once, blind (recall 96.7 %, precision 97.7 %, exact 91.8 %, 17 silent
# wrong values); then its failures were read in the sixth round: SPENT.  Floors against
# regression at the scores reached (not blind figures).
# After the sixth round: recall 96.9 %, precision 99.3 %, exact 93.7 %, 0 silent wrong values.
# After the seventh round: recall 99.3 %, precision 99.6 %, exact 98.5 %, 0 silent wrong values.
# After the ninth round: recall 99.4 %, precision 99.6 %, exact 99.2 %, 0 silent wrong values.
# After the twelfth round (gold: signed ends for 双位数跌幅): recall 99.5 %, precision 99.6 %,
# exact 99.3 %, 0 silent wrong values.
# Parser round 35 (read24): recall 824 / 825 = 99.88 %, precision 100 %, exact 823 / 825 =
# 99.76 % (338城市, a count of 城 written in full).  Floors raised.
HELDOUT4_FLOORS = {"recall": 0.998, "precision": 0.998, "exact": 0.997}
HELDOUT4_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout5`` (December 2026), labelled by hand in two halves before any parser
# run, was measured once, blind, on 2026-12-03 (recall 94.5 %, precision 96.8 %, exact 89.7 %,
# 10 silent wrong values) and its failures were read in the eighth round: it is spent too.
# These floors guard against regression at the scores reached (not blind figures).
# After the eighth round: recall 96.3 %, precision 97.2 %, exact 92.2 %, 0 silent wrong values.
# After the ninth round: recall 99.2 %, precision 98.5 %, exact 97.0 %, 0 silent wrong values.
# After the tenth round: recall 99.2 %, precision 98.6 %, exact 97.2 %, 0 silent wrong values.
# After the twelfth round: recall 99.2 %, precision 98.8 %, exact 98.2 %, 0 silent wrong values.
# Parser round 24 (read14): exact 99.03 % (日数, 介于…间, 8个人, 92%建筑废物, a change after 其中).
# Parser round 26 (read16): recall 925 / 929 = 99.57 %, exact 923 / 929 = 99.35 % (小于或等于,
# 相较105年80日, 指標(AQI)>150).  Parser round 33b (read23): exact 924 / 929 = 99.46 %
# (1.51公斤,即只減少約70克: the restated change in grams per day).
HELDOUT5_FLOORS = {"recall": 0.995, "precision": 1.000, "exact": 0.994}  # kind19; read41: precision
HELDOUT5_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout6`` (December 2026), labelled by hand in two halves before any parser
# run, was measured once, blind, on 2026-12-04 (recall 83.6 %, precision 96.4 %, exact 79.3 %,
# 11 silent wrong values; see benchmarks/corpus/README.md); its failures were read after
# that (the table reader, table10, and the tenth round, round10): SPENT.  Floors against
# regression at the scores reached with both merged (not blind figures): recall 95.4 %,
# precision 98.6 %, exact 91.8 %, 0 silent wrong values.
# After the twelfth round (gold: five decreasing ranges with signed ends): recall 95.6 %,
# precision 99.1 %, exact 93.8 %, 0 silent wrong values.
# After round 17 (branch hk17: 削减率 as a level, 最多占, 66日及62日, 万人口; not blind): recall
# 96.14 %, precision 99.74 %, exact 94.77 %, 0 silent wrong values.
# flat20 (round 21b): recall 0.9614 → 0.9676, exact 0.9527 → 0.9589 (kind19: exact 0.947)
# Parser round 26 (read16): recall 778 / 803 = 96.89 %, exact 771 / 803 = 96.01 % (两类).
# Parser round 51 (read40: 新标准值都加严3分贝 ×2, an evaluative change in a unit that improves by
# falling, -3 dB): exact 774 / 804 = 96.27 %.  Floor raised.
HELDOUT6_FLOORS = {"recall": 0.968, "precision": 0.997, "exact": 0.962}
HELDOUT6_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout7`` (December 2026), labelled by hand by one annotator before any parser
# run, was measured once, blind, on 2026-12-04 (recall 87.6 %, precision 96.4 %, exact 81.4 %,
# 4 silent wrong values; see benchmarks/corpus/README.md); its failures were read after that
# (silent11, table11): SPENT.  Floors against regression at the scores reached with both
# merged (not blind figures): recall 95.1 %, precision 99.3 %, exact 90.2 %, 0 silent wrong.
# After the twelfth round (gold: two decreasing ranges with signed ends): recall 95.3 %,
# precision 99.8 %, exact 94.6 %, 0 silent wrong values.
# flat20 (round 21b): recall 0.9534 → 0.9953, exact 0.9510 → 0.9930 (kind19: exact 0.946)
# Parser round 26 (read16): recall 428 / 429 = 99.77 %, exact 427 / 429 = 99.53 % (支出共1778亿).
HELDOUT7_FLOORS = {"recall": 0.997, "precision": 0.997, "exact": 0.995}
HELDOUT7_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout8`` (December 2026), labelled by hand by one annotator and read a second
# time by another before any parser run, was measured once, blind, on 2026-12-04 (recall
# 98.7 %, precision 96.8 %, exact 91.9 %, 2 silent wrong values; see
# benchmarks/corpus/README.md); its failures were read after that (the thirteenth round,
# read8): SPENT.  Floors against regression at the scores reached (not blind figures),
# rounded down.
# Raised by branch conv13 (conventions round: 占比 followed over time, 亩均, pH bounds, 部).
# Parser round 24 (read14): exact 99.81 % (微克每立方米之间).
HELDOUT8_FLOORS = {"recall": 0.999, "precision": 0.994, "exact": 0.998}  # kind19: exact 0.992
HELDOUT8_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout9`` (December 2026), labelled by hand by one annotator and read a second
# time by another before any parser run, was measured once, blind, on 2026-12-04 (recall
# 96.2 %, precision 98.9 %, exact 91.2 %, 5 silent wrong values; see
# benchmarks/corpus/README.md); its failures were read after that (the fifteenth round,
# read9): SPENT.  Floors against regression at the scores reached (not blind figures),
# rounded down: recall 97.9 %, precision 99.4 %, exact 96.0 %, 0 silent wrong values; after
# the conventions of conv16 (five gold lines relabelled, two mentions added): 97.9 / 99.8 /
# 96.6 %.
# After round 17 (branch hk17: particulate means without a unit read and flagged, 削減率,
# 运行率和完成率, a share after a named part; not blind): recall 98.97 %, precision 99.83 %,
# exact 98.11 %, 0 silent wrong values.
HELDOUT9_FLOORS = {"recall": 0.991, "precision": 0.998, "exact": 0.982}  # round 39
HELDOUT9_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout10`` (December 2026), labelled by hand by one annotator and read a second
# time by another before any parser run, was measured once, blind, on 2026-12-04 (recall
# 97.4 %, precision 98.3 %, exact 85.4 %, 4 silent wrong values; see
# benchmarks/corpus/README.md); its failures were read after that (the eighteenth round,
# read10; 14 gold lines relabelled to the other splits' conventions): SPENT.  Floors against
# regression at the scores reached (not blind figures), rounded down: recall 97.95 %,
# precision 98.79 %, exact 93.15 %, 0 silent wrong values.  Raised after parser round 19a
# (branch range19: signed ranges, index bands after a name, days, townships): recall 98.97 %,
# precision 99.66 %, exact 94.18 %, and after round 19b (branch kind19: kinds of shares)
# exact 95.3 %, rounded down.
# Parser round 26 (read16): exact 564 → 565 / 585 = 96.58 % (高于空品标准60ppb: its value).
HELDOUT10_FLOORS = {"recall": 0.991, "precision": 0.996, "exact": 0.981}  # read36
HELDOUT10_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout11`` (December 2026), labelled by hand by one annotator and read a second
# time by another before any parser run, was measured once, blind, on 2026-12-04 (recall
# 96.9 %, precision 99.2 %, exact 92.6 %, 0 silent wrong values; see
# benchmarks/corpus/README.md); its failures were read after that (parser round 20, branch
# read11; no gold line changed): SPENT.  Floors against regression at the scores reached (not
# blind figures), rounded down: recall 98.71 %, precision 99.44 %, exact 95.93 %, 0 silent
# wrong values.  Branch conv20 (a convention change, not a regression): `近五年` before 同期 or
# after a comparison word is a reference period, no longer a mention (three lines removed);
# the parser still reads two of them, so precision falls to 532 / 537 = 99.07 %: floor 0.990.
# Branch base20 (parser round 20b: reference periods, points counted back, 剩余一个): recall
# 533 / 538 = 99.07 %, precision 533 / 534 = 99.81 %, exact 96.28 %: floors raised, rounded down.
# Branch left20 (parser round 21a: 扬尘2日及1日 days, μg/Nm3, the paired slogan 整改一個、銷號一個
# no count): recall 535 / 538 = 99.44 %, precision 535 / 535 = 100 %, exact 521 / 538 = 96.84 %.
# Parser round 24 (read14): exact 523 / 538 = 97.21 % (shares of a named set).
# Parser round 26 (read16): exact 523 → 524 / 538 = 97.40 % (低于…标准15 μg/m3, its value).
HELDOUT11_FLOORS = {"recall": 0.996, "precision": 1.000, "exact": 0.975}  # read41
HELDOUT11_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout12`` (December 2026), labelled by hand by one annotator (branch held12) and
# read a second time by another (branch held12r) before any parser run, was measured once,
# blind, on 2026-12-05 at 00:58 UTC on main ``949a047`` and again at 02:02 UTC after this stop's
# parser rounds (left20, flat20): recall 456 / 459 = 99.35 %, precision 456 / 457 = 99.78 %,
# exact 450 / 459 = 98.04 %, 0 silent wrong values, both times (benchmarks/corpus/README.md,
# "heldout12 measured once"); its failure listing was printed after that: SPENT.  Floors at
# those scores, rounded down.  Parser round 22 (branch read12, the split read, not blind) lifted
# exact to 455 / 459 = 99.13 % (its wrong fields of class rules) and precision to 456 / 456
# (三度空间, a dimension, no longer read).
HELDOUT12_FLOORS = {"recall": 0.993, "precision": 1.0, "exact": 0.991}
HELDOUT12_MAX_SILENT_WRONG_VALUES = 0

# The split ``heldout13`` (December 2026), labelled by hand by one annotator (branch held13)
# before any parser run, was measured once, blind, on 2026-12-05 at 10:34 UTC on staging
# ``59da6b9`` (main ``8745c72``'s parser): recall 641 / 646 = 99.23 %, precision 641 / 644 =
# 99.53 %, exact 623 / 646 = 96.44 %, 6 silent wrong values (benchmarks/corpus/README.md,
# "heldout13 measured once"); its failure listing was printed after that: SPENT.  Parser round
# 23 (branch read13, the split read, not blind) lifted exact to 634 / 646 = 98.14 % and the
# silent wrong values to 0 (lost range separators before 之间, 降耗, 降幅比…年的, 超标倍数,
# 高于去年同期0.8%).  Floors at those scores, rounded down.
# Parser round 24 (read14): recall 642 / 646 = 99.38 %, precision 642 / 644 = 99.69 %, exact
# 637 / 646 = 98.61 % (a comparative over a list, kg per capita, 114年目标, 还有…为其他类).
# Parser round 26 (read16): exact 638 / 646 = 98.76 % (5.00“g/L, a damaged μg, flagged).
# Parser round 31b (read21): recall 643 / 646 = 99.54 %, exact 639 / 646 = 98.92 % (两轮督察和
# 一次回头看: 一 as the next count of a list).
HELDOUT13_FLOORS = {"recall": 0.998, "precision": 0.996, "exact": 0.992}  # read36
HELDOUT13_MAX_SILENT_WRONG_VALUES = 0

# heldout14: built blind (branch held14) by one annotator, measured once, blind, by the lead on
# staging e9f7c6d (2026-12-05, 13:56 UTC; main 567402a's parser with parser round 24): recall
# 631 / 667 = 94.60 %, precision 631 / 632 = 99.84 %, exact 615 / 667 = 92.20 %, 4 silent wrong
# values (benchmarks/corpus/README.md, "heldout14 measured once").  SPENT by that measurement;
# its failure listing was read in parser round 25 (branch read15: exact 615 → 620 / 667 =
# 92.95 %, silent wrong values 4 → 0).  Floors at those scores, rounded down.
# Parser round 26 (read16): recall 638 / 667 = 95.65 %, precision 638 / 638 = 100 %, exact
# 628 / 667 = 94.15 % (超过新台币…元, 小于及等于, N种类型, 近三成为, 17件(+1), 113年 headline).
# Parser round 29 (read19): recall 656 / 667 = 98.35 %, precision 656 / 656 = 100 %, exact
# 646 / 667 = 96.85 % (the Ya'an table: a header cell opening with its date, 11月15日交辦數量(件)).
# Parser round 31b (read21): recall 657 / 667 = 98.50 %, exact 647 / 667 = 97.00 % (三縣委託: a
# count of places before the verb 委托).  Parser round 33b (read23): recall 658 / 667 = 98.65 %,
# exact 648 / 667 = 97.15 % (六宗…的个案和一宗: the next count of a list).
# Parser round 35 (read24: 17城市, 達成率 a ratio): recall 659 / 667 = 98.80 %, exact 650 / 667
# = 97.45 %.  Floors raised.
# Parser round 44 (read33: 數十宗 a flagged range, the convention of 十幾): exact 651 / 667 =
# 97.60 %.  Exact floor raised.
HELDOUT14_FLOORS = {"recall": 0.989, "precision": 1.000, "exact": 0.985}  # read36
HELDOUT14_MAX_SILENT_WRONG_VALUES = 0

# heldout15: built blind (branch held15) by one annotator, measured once, blind, by the lead on
# staging 5154062 (2026-12-05, 16:53 UTC; main 7a51f15's parser with parser round 26): recall
# 611 / 664 = 92.02 %, precision 611 / 622 = 98.23 %, exact 591 / 664 = 89.01 %, 3 silent wrong
# values (benchmarks/corpus/README.md, "heldout15 measured once").  SPENT by that measurement;
# its failure listing read in parser round 27 (branch read17): recall 613 / 664 = 92.32 %,
# precision 613 / 621 = 98.71 %, exact 596 / 664 = 89.76 %, silent wrong values 3 -> 0,
# unflagged ambiguous 2 -> 0; parser round 28 (branch read18, cells of a table copied one cell
# per paragraph whose headers name the units): recall 628 / 664 = 94.58 %, precision
# 628 / 636 = 98.74 %, exact 611 / 664 = 92.02 %.  Floors at those scores, rounded down.
# Parser round 29 (read19; 4 class bounds relabelled exact -> less/greater by the written
# convention): recall 648 / 664 = 97.59 %, precision 648 / 655 = 98.93 %, exact 635 / 664 =
# 95.63 % (the Yilan waste table's single-space header, AQI=51~100, AQHI, 自民國81~106年).
# Parser round 31a (branch tables21, a header naming a count: 浏览次数: 258 → 次): recall 649 /
# 664 = 97.74 %, precision 649 / 656 = 98.93 %, exact 636 / 664 = 95.78 %.  Floors raised.
# Parser round 33b (branch read23, 环境卫生1,553件 (27.7 %): a share of a count with a PDF's
# space before its bracket): exact 637 / 664 = 95.93 %.  Exact floor raised.
# Parser round 35 (read24: 達成率 a ratio ×2): exact 639 / 664 = 96.23 %.  Exact floor raised.
# Parser round 36 (read25): exact 640 / 664 = 96.39 %.  Exact floor raised.
# Parser round 37 (read26: Penghu's 近三年最佳 labelled as conv20 keeps it, 665 mentions):
# precision 650 / 656 = 99.09 %.  Precision floor raised.
# Parser round 48 (read37: 约佔本縣第兩期稻作種植面積27.6% a ratio): exact 643 / 665 = 96.69 %.
HELDOUT15_FLOORS = {"recall": 0.978, "precision": 0.990, "exact": 0.966}  # rounds 47 and 48
HELDOUT15_MAX_SILENT_WRONG_VALUES = 0

# heldout16: built blind (branch held16) by one annotator, measured once, blind, by the lead on
# staging b829c4c (2026-12-05, 20:20 UTC; main 33ebb0c's parser with parser round 29): recall
# 587 / 637 = 92.15 %, precision 587 / 590 = 99.49 %, exact 563 / 637 = 88.38 %, 2 silent wrong
# values, 5 unflagged ambiguous (benchmarks/corpus/README.md, "heldout16 measured once").  SPENT
# by that measurement; its failure listing is not read yet.  Floors at those scores, rounded
# down, so the parser cannot fall below its blind result while the split waits for its reading.
# Read by parser round 30 (branch read20, tests/test_parser_round30.py): 14,990.6仟元 (仟 after
# digits is 千), 改善幅度皆达3成 (皆 between a change and its figure, as 均), five changes of a
# share in parentheses (新园乡(54.1%)较108年度提升11.5%, flagged ambiguous_unit) and ≒0.465天
# (approx): recall 587 / 637 = 92.15 %, precision 99.49 %, exact 566 / 637 = 88.85 %, 0 silent
# wrong values, 0 unflagged ambiguous.  Floors raised to those scores, rounded down.
# Parser round 31a (branch tables21, tests/test_parser_round31_tables.py): the Macau days table
# (監測總日數, 「良好 」日數 above its Portuguese and English lines → 日; 1 - - -, nil marks after
# a figure): recall 608 / 637 = 95.45 %, precision 608 / 611 = 99.51 %, exact 587 / 637 =
# 92.15 %.  Floors raised.
# Parser round 31b (branch read21, tests/test_parser_round31.py): nine gold lines that broke the
# written conventions relabelled (公斤/人/日 → 公斤/日 ×5, 台幣 → 新台币 ×2, 三個/五个 → 个), then
# AQI < 50則 (则 of a condition, no counter) and 85个断面中89.4% (a share of a whole closed by
# 中: ratio) ×2, 每季進行一次 (a frequency): recall 588 / 637 = 92.31 %, precision 588 / 591 =
# 99.49 %, exact 566 → 573 (gold) → 577 / 637 = 90.58 %.  Recall and exact floors raised.
# Both rounds merged (staging, 2026-12-05): recall 609 / 637 = 95.60 %, precision 609 / 612 =
# 99.51 %, exact 598 / 637 = 93.88 %, 0 silent wrong values.  Floors at those scores.
# Parser round 33b (branch read23, tests/test_parser_round33.py): 每人每日…由94年之0.663公斤降為
# 95年度0.605公斤 (公斤/日 over a year and 降为 ×2), 增加0.1萬次(3.4%)、55萬元(0.6%) (the list goes
# on after a bracket ×4): exact 604 / 637 = 94.82 %.  Exact floor raised.
# Parser round 35 (read24: a fraction inside a document number, 73610061-2/2020-00156, no
# figure): precision 609 / 611 = 99.67 %.  Precision floor raised.
# Parser round 44 (read33: 1間公司 labelled a count, as heldout24): 638 labels, precision 610 /
# 610 = 100.0 %.  Precision floor raised.
HELDOUT16_FLOORS = {"recall": 0.956, "precision": 1.000, "exact": 0.948}
HELDOUT16_MAX_SILENT_WRONG_VALUES = 0

# heldout17: built blind (branch held17) by one annotator, measured once, blind, by the lead on
# staging (2026-12-05, 23:40 UTC; main f24a022's parser with parser rounds 31a and 31b): recall
# 789 / 822 = 95.99 %, precision 789 / 802 = 98.38 %, exact 742 / 822 = 90.27 %, 13 silent wrong
# values, 8 unflagged ambiguous (benchmarks/corpus/README.md, "heldout17 measured once").  Its
# silent wrong values were then read: 5 were 17 labels whose value the labelling script had
# multiplied by 10,000 (综合指数5.08 labelled 50800; no 万 written), corrected by the lead; on
# the corrected gold exact 747 / 822 = 90.88 %, 8 silent wrong values, recall and precision
# unchanged.  SPENT by that measurement; its failure listing is not read yet.  Floors at those
# scores, rounded down, so the parser cannot fall below its blind result.  Parser round 32
# (branch read22: toneless pinyin glosses dropped, a counter injected inside a decimal flagged,
# digits written one by one read, a difference after a bracketed reference flagged): recall
# 801 / 822 = 97.45 %, precision 801 / 809 = 99.01 %, exact 93.9 %, 0 silent wrong values,
# 3 unflagged ambiguous; floors raised to those scores, rounded down.  Parser round 33b (branch
# read23): completion rates listed after 依次为: / 较高的,为 (ratio ×13), 2-2地號 (a land lot, no
# count ×2), 39个泳滩,以及一个 (the next count of a list), 有82.8%(115件)受訪者 (a share, its
# count, its set ×2), 以一般民眾最多為4,395件 (a superlative, no bound): recall 802 / 822 =
# 97.57 %, precision 802 / 808 = 99.26 %, exact 789 / 822 = 95.99 %; floors raised.
# Parser round 33a
# (branch tables22: a header copied one cell per line closed by a row of units, the Yueyang
# table): recall 810 / 822 = 98.54 %, precision 810 / 818 = 99.02 %, exact 95.0 %; raised.
# Both rounds merged (staging, 2026-12-06): recall 811 / 822 = 98.66 %, precision 811 / 817 =
# 99.27 %, exact 798 / 822 = 97.08 %, 0 silent wrong values.  Floors at those scores.
# Parser round 35 (read24: 达成本年度目标之162.2% a ratio, a view counter 浏览量:1): recall 812 /
# 822 = 98.78 %, exact 800 / 822 = 97.32 %.  Floors raised.
# Parser round 37 (read26: 每月平均…396件 per month, 3廠家 a count of 家, 每周…一次 per week):
# recall 814 / 822 = 99.03 %, exact 803 / 822 = 97.69 %.  Floors raised.  Parser round 38
# (read27: 封 a counter of letters, 868封 and 119封) on its own: recall 99.03 %, exact 97.57 %.
# Parser round 51 (read40: 改善率各占50%权重 ×2, a weight, an unsigned ratio): exact 810 / 824 =
# 98.30 %.  Floor raised.
HELDOUT17_FLOORS = {"recall": 0.993, "precision": 0.996, "exact": 0.984}  # read36, read40, read41
HELDOUT17_MAX_SILENT_WRONG_VALUES = 0

# heldout18: built blind (branch held18) by one annotator, measured once, blind, by the lead on
# staging (2026-12-06, 02:50 UTC; main 0f4a24c's parser with parser rounds 33a and 33b): recall
# 808 / 831 = 97.23 %, precision 808 / 815 = 99.14 %, exact 800 / 831 = 96.27 %, 2 silent wrong
# values (4成2 read 4成, twice), 0 unflagged ambiguous (benchmarks/corpus/README.md, "heldout18
# measured once").  SPENT by that measurement.  Parser round 34 (lead: a digit after N成 is the
# next tenth, 4成2 = 42 %): exact 802 / 831 = 96.51 %, 0 silent wrong values; floors there.
# Parser round 35 (read24: 372(+1)件 flagged ×4, counters 場/包/市州/鄉市, view counters, 23年间
# no figure per 万元): recall 819 / 831 = 98.56 %, precision 819 / 824 = 99.39 %, exact 816 / 831
# = 98.19 %.  Floors raised.  Parser round 41 (read30: the Hong Kong fines table, its digit
# groups joined by the header's width, its heading's unit): recall 831 / 831 = 100 %, precision
# 831 / 836 = 99.40 %, exact 828 / 831 = 99.64 %.  Floors raised.  Parser round 42 (read31:
# 每季度至少一次 in 次/季度): exact 829 / 831 = 99.76 %.
HELDOUT18_FLOORS = {"recall": 0.999, "precision": 0.997, "exact": 0.998}  # read36, read38
HELDOUT18_MAX_SILENT_WRONG_VALUES = 0

# ``heldout19`` (branch ``held19``, 2026-12-06: 47 documents, 817 labels; read a second time by
# another annotator before its measurement, held19r: one span corrected) was measured once,
# blind, by the lead (06:27 UTC, staging with parser round 35): recall 737 / 817 = 90.2 %,
# precision 737 / 743 = 99.2 %, exact 724 / 817 = 88.6 %, 3 silent wrong values (a range of
# fines ``X元以上至Y元以下`` read as its lower bound, twice; a target value after 低于 read as a
# change), 1 unflagged ambiguous (``49ug/●``); the two tables whose unit is written once
# (73 cells, ``shared_unit``) were not read at all.  SPENT by that measurement; floors there.
# Parser round 36 (branch read25) read its failures: recall 90.2 -> 99.1 %, precision 99.2 ->
# 99.5 %, exact 88.6 -> 98.5 %, silent wrong values 3 -> 0 (benchmarks/corpus/README.md).
# Parser round 37 (branch read26; 818 mentions after 近五年最好 was labelled): recall 816 /
# 818 = 99.76 %, precision 816 / 817 = 99.88 %, exact 814 / 818 = 99.51 %.  Floors raised.
# Parser round 44 (read33: 最高可處600萬罰鍰, 元 left out before 罰鍰): recall 817 / 818 =
# 99.88 %, exact 815 / 818 = 99.63 %.  Floors raised.
HELDOUT19_FLOORS = {"recall": 1.000, "precision": 1.000, "exact": 0.998}  # read41
HELDOUT19_MAX_SILENT_WRONG_VALUES = 0

# ``heldout20`` (branch ``held20``, 2026-12-06: 48 documents, 1,135 labels; read a second time by
# another annotator before its measurement, held20r: one value corrected) was measured once,
# blind, by the lead (08:36 UTC, staging = main d090425's parser, parser round 36): recall
# 1115 / 1135 = 98.24 %, precision 1115 / 1123 = 99.29 %, exact 1109 / 1135 = 97.71 %, 0 silent
# wrong values, 0 unflagged ambiguous; the one table whose column names no counter (14 cells,
# ``shared_unit``) was not read.  SPENT by that measurement; floors at its blind scores.
# Parser round 38 (branch read27) read its failures: recall 98.2 -> 98.3 %, precision 99.3 ->
# 99.8 %, exact 97.7 -> 98.3 %, 0 silent wrong values (benchmarks/corpus/README.md).
# Parser round 41 (read30: the Jiangsu table, pipes on lines of their own, two halves side by
# side): recall 1132 / 1135 = 99.74 %, precision 1132 / 1134 = 99.82 %, exact 1132 / 1135 =
# 99.74 %.  Floors raised.
HELDOUT20_FLOORS = {"recall": 0.997, "precision": 0.999, "exact": 0.997}  # read35: precision
HELDOUT20_MAX_SILENT_WRONG_VALUES = 0

# ``heldout21`` (branch ``held21``, 2026-12-06: 39 documents, 723 labels after the lead dropped a
# story heldout9 holds and round 37's money-band convention merged one pair; read a second time
# by another annotator before its measurement, held21r: no disagreement) was measured once,
# blind, by the lead (09:18 UTC, staging with parser rounds 37 and 38 and speed42): recall
# 717 / 723 = 99.17 %, precision 717 / 720 = 99.58 %, exact 710 / 723 = 98.20 %, 2 silent wrong
# values (a share stated by a verb of falling, 縮短比例達25.9%, and 縮水一半, read as levels
# where the gold has negative changes), 0 unflagged ambiguous.  SPENT: floors at its blind scores.
# Parser round 39 (branch read28) read its failures: recall 99.17 -> 99.72 %, precision 99.58 ->
# 100.0 %, exact 98.20 -> 99.31 %, 0 silent wrong values (benchmarks/corpus/README.md).
# Parser round 50 (read39: 有百分之四十來自外縣市, a share of the sources, a ratio): exact 719 /
# 723 = 99.45 %.  Exact floor raised.
# Parser round 51 (read40: 综合指数为3.32,同比下降0.09, the index's change): recall 722 / 723 =
# 99.86 %, exact 721 / 723 = 99.72 %.  Floors raised.
HELDOUT21_FLOORS = {"recall": 0.998, "precision": 1.0, "exact": 0.997}  # read38, read40
HELDOUT21_MAX_SILENT_WRONG_VALUES = 0  # parser round 39 (read28): was 2 (its blind score)

# ``heldout22`` (branch ``held22``, 2026-12-06: 35 documents, 599 labels; read a second time by
# another annotator before its measurement, held22r: four ambiguous flags added) was measured
# once, blind, by the lead (09:37 UTC, staging with parser rounds 37, 38 and 39): recall
# 587 / 599 = 97.997 %, precision 587 / 589 = 99.66 %, exact 582 / 599 = 97.16 %, 1 silent wrong
# value (an AQI band ``0~50`` read as 0), 0 unflagged ambiguous.  SPENT: floors at its blind
# scores.  Parser round 40 (branch read29) read its failures: recall 97.997 -> 98.16 %
# (588 / 599), precision 99.66 -> 100.0 %, exact 97.16 -> 98.16 %, 0 silent wrong values
# (benchmarks/corpus/README.md).
HELDOUT22_FLOORS = {"recall": 0.983, "precision": 1.0, "exact": 0.983}  # read41
HELDOUT22_MAX_SILENT_WRONG_VALUES = 0  # parser round 40 (read29): was 1 (its blind score)

# ``heldout23`` (branch ``held23``, 2026-12-06: 35 documents, 633 labels; read a second time by
# another annotator before its measurement, held23r: five labels changed) was measured once,
# blind, by the lead (12:25 UTC, staging with parser round 41): recall 616 / 633 = 97.3 %,
# precision 616 / 622 = 99.0 %, exact 599 / 633 = 94.6 %, 0 silent wrong values, 1 unflagged
# ambiguous (``相差近兩倍``).  Fourteen of its seventeen misses are one table written on one line
# with pipes (place | count pairs under a count header).  SPENT: floors at its blind scores.
# Parser round 42 (read31, its failures read: the pipe-closed halves, frequencies per quarter
# and month, counts of a compared group, caps of fines, 多出, 等级, 辆次, 企业, 零, ROC years
# before a quarter, 相差…倍 flagged): recall 632 / 633 = 99.84 %, precision 632 / 636 =
# 99.37 %, exact 629 / 633 = 99.37 %, 0 silent, 0 unflagged ambiguous.  Floors raised.
# Parser round 44 (read33: 第四、五、六批 an ordinal list; 數十家 a flagged range): precision
# 632 / 635 = 99.53 %, exact 630 / 633 = 99.53 %.  Floors raised.
# Parser round 48 (read37: 四個配套辦法 a name): precision 632 / 633 = 99.84 %.  Floor raised.
HELDOUT23_FLOORS = {"recall": 1.000, "precision": 0.998, "exact": 0.998}  # rounds 47, 48; read41
HELDOUT23_MAX_SILENT_WRONG_VALUES = 0

# ``heldout24`` (branch ``held24``, 2026-12-06: 36 documents, 636 labels; read a second time by
# another annotator before its measurement, held24r: six labels changed, three added) was
# measured once, blind, by the lead (12:55 UTC, staging with parser rounds 41 and 42): recall
# 616 / 636 = 96.9 %, precision 616 / 617 = 99.8 %, exact 595 / 636 = 93.6 %, 0 silent wrong
# values, 0 unflagged ambiguous.  Fourteen misses are one Hong Kong table whose thousands are
# parted by spaces; sixteen wrong kinds are compliance rates (達成率) read as ratios.  SPENT:
# floors at its blind scores.  Parser round 43 (read32): 達成率 of a water-quality item a level,
# N日內 a time limit, 1間 added to the gold (637 labels): 97.0 / 100.0 / 96.2; floors raised.
# One document was then dropped (lead): a Guizhou page of the bjx.com.cn article that seed 000
# comes from (test_no_document_comes_from_the_bundled_reports): 35 documents, 632 labels; its
# blind scores without it 611 / 631 = 96.8 %, 611 / 612 = 99.8 %, 590 / 631 = 93.5 %; after
# round 43, 613 / 632 = 96.99 %, 100.0 %, 608 / 632 = 96.2 %: the floors hold.
# Parser round 44 (read33: the complaints table counted in the prose's 宗, 24期, 10.5万“无树户”,
# 6萬以上罰鍰, 最高罰6千, 數十載 and 幾萬元 as flagged ranges, 7地(市) in 地): recall 632 / 632 =
# 100.0 %, precision 100.0 %, exact 629 / 632 = 99.53 %.  Floors raised.
HELDOUT24_FLOORS = {"recall": 1.0, "precision": 1.0, "exact": 1.0}  # read35, read38: exact
HELDOUT24_MAX_SILENT_WRONG_VALUES = 0

# ``heldout25`` (branch ``held25``, 2026-12-06: 25 documents, 497 labels; read a second time by
# another annotator before its measurement, held25r: 24 units changed, nothing else) was
# measured once, blind, by the lead (15:21 UTC, main ``753a347`` = parser rounds 41-43): recall
# 494 / 497 = 99.4 %, precision 494 / 494 = 100.0 %, exact 489 / 497 = 98.4 %, 0 silent wrong
# values, 0 unflagged ambiguous.  SPENT: floors at its blind scores.  Parser round 45 (branch
# read34) read its eight failures by class (and relabelled 完成整改率73.70% a ratio, as the
# guide's 完成率/整改率): 497 / 497, 497 / 497, 497 / 497, 0 silent.
HELDOUT25_FLOORS = {"recall": 1.0, "precision": 1.0, "exact": 1.0}
HELDOUT25_MAX_SILENT_WRONG_VALUES = 0

# ``heldout26`` (branch ``held26``, 2026-12-06: 30 documents, 523 labels; read a second time by
# another annotator before its measurement, held26r: 12 disagreements, 525 labels) was measured
# once, blind, by the lead (18:40 UTC, staging ``db5e8e0`` = main ``d519212``, parser rounds
# 44-46): recall 521 / 525 = 99.2 %, precision 521 / 524 = 99.4 %, exact 517 / 525 = 98.5 %,
# 1 silent wrong value (``3.51±0.16`` read as the spread), 1 unflagged ambiguous.  SPENT:
# floors at its blind scores.  Parser round 48 (read37: the ± spread's centre, ROC year spans,
# 四个配套办法, 案件数量为零, 占…72%以上 a ratio, 每月采、放样各一次 in 次/月, the lost numerator
# of 5.3/平方公里·月 restored from the standard beside it, flagged): recall 525 / 525, precision
# 525 / 525, exact 524 / 525 = 99.81 % (分別達到24%、50%以上, open), 0 silent, 0 unflagged
# ambiguous.  Floors raised.
HELDOUT26_FLOORS = {"recall": 1.0, "precision": 1.0, "exact": 1.0}  # read38: exact
HELDOUT26_MAX_SILENT_WRONG_VALUES = 0

# ``heldout27`` (branch ``held27``, 2026-12-06: 32 documents; read a second time by another
# annotator before its measurement, held27r: 609 labels) was measured once, blind, by the lead
# (staging ``dc0c716`` = main ``080251e``'s parser, round 48): recall 604 / 609 = 99.2 %,
# precision 604 / 610 = 99.0 %, exact 595 / 609 = 97.7 %, 1 silent wrong value (须达到40%减量
# read as a level 40 %), 1 unflagged ambiguous.  SPENT.  Parser round 50 (read39: a share with
# a cut's noun glued after it, month/day lists, 电动二轮车, 98%值, 一年陈情3次 in 次/年, fines in
# Chinese numerals with 万, shares of a whole without 占, 件数以1650为基准): recall 607 / 609,
# precision 607 / 607, exact 605 / 609 (two (93 分) scores missed, 第98%值为44's unit and
# 略高于空气品质标准60ppb left flagged), 0 silent.  Floors at these figures.  Parser round 51
# (read40: 24hr 第98%值为44 takes the μg/m3 of 年平均值为15.8 μg/m3 before it, flagged): exact
# 606 / 609 = 99.51 %, unflagged ambiguous 1 → 0.  Floor raised.
HELDOUT27_FLOORS = {"recall": 0.996, "precision": 1.0, "exact": 0.995}
HELDOUT27_MAX_SILENT_WRONG_VALUES = 0


# The fifteen traditional-script development texts added to ``dev`` by branch ``hant12``
# (2026-12-04, file names ``t12-*``), labelled by hand before any parser run and measured once
# before their failures were read (recall 85.2 %, precision 94.4 %, exact 66.8 %, 4 silent
# wrong values; benchmarks/corpus/README.md).  The floors above are those of the 38 earlier
# documents of ``dev``; these documents have their own, at the scores reached after the round
# of ``tests/test_parser_traditional_round.py`` (a read set, not a blind one).
T12_PREFIX = "t12-"
# Reached: recall 99.5 %, precision 99.5 %, exact 90.8 %, 0 silent wrong values.
T12_FLOORS = {"recall": 0.99, "precision": 0.99, "exact": 0.895}


# The fourteen traditional-script and hard development texts added to ``dev`` by branch
# ``hant13`` (2026-12-04, file names ``t13-*``), labelled by hand before any parser run and
# measured once before their failures were read (recall 75.7 %, precision 85.7 %, exact 64.8 %,
# 5 silent wrong values, 1 unflagged ambiguous; benchmarks/corpus/README.md).  After the round
# of ``tests/test_parser_fourteenth_round.py`` (a read set, not a blind one): recall 83.0 %,
# precision 99.5 %, exact 79.1 %, 0 silent wrong values, 0 unflagged ambiguous; the misses
# left are a flattened trilingual table (42 cells) and the classes listed in the README.
# Branch conv20 (a convention change, not a regression): `2、3年前` is a point in time, no
# longer a mention, and the parser still reads it: precision 190 / 192 = 98.96 %, floor 0.989.
# Branch base20 (parser round 20b) no longer reads it: 190 / 191 = 99.48 %, floor 0.994.
T13_PREFIX = "t13-"
# Parser round 31a (branch tables21): the trilingual weather table's rows of days (寒冷天氣日數,
# 降雨日數 joined to the row above) and a row closed by a footnote mark: recall 206 → 218 / 229
# = 95.20 %, precision 218 / 219 = 99.54 %, exact 216 / 229 = 94.32 %.  Floors raised.
T13_FLOORS = {"recall": 0.951, "precision": 0.995, "exact": 0.943}  # flat20: was 0.825/0.994/0.79


@pytest.fixture(scope="module")
def dev_score() -> Any:
    """dev without the documents added after its floors were set (LATER_DEV_PREFIXES)."""
    texts, gold, _ = sc.load_split("dev")
    keep = {d: t for d, t in texts.items() if not d.startswith(LATER_DEV_PREFIXES)}
    return sc.score_documents(keep, [g for g in gold if g["doc"] in keep], split="dev")


# prec13 (2026-12-04) added eleven simplified-script core pages (p13-*, 176 mentions; dev is 102
# documents, 1,731 mentions), labelled by hand before any parser run and measured once before
# their failures were read (recall 100.0 %, precision 99.4 %, exact 97.7 %, 0 silent wrong
# values); after the prec13 rules: recall 100.0 %, precision 100.0 %, exact 97.7 % (4 kinds:
# 占比为 levels and a share of a count, left; benchmarks/corpus/README.md).  The whole-dev floors
# above stay those of the 91 documents before them; the p13-* documents have their own.
P13_PREFIX = "p13-"
P13_FLOORS = {"recall": 0.995, "precision": 0.995, "exact": 0.975}
# tw17 (2026-12-04) added fourteen traditional-script Taiwan pages (w17-*, 207 mentions: air
# quality, waste and soil, greenhouse gases, fines, expenditure statistics; dev is 130
# documents, 2,168 mentions), labelled by hand before any parser run (benchmarks/corpus/README.md,
# "Round 17 (Taiwan), branch `tw17`").  Measured once before their failures were read: recall
# 98.1 %, precision 96.7 %, exact 87.9 %, 6 silent wrong values; after the round-17 rules (and
# three labels brought to the spent splits' conventions): recall 99.5 %, precision 98.1 %, exact
# 96.6 %, 0 silent wrong values.  Floors at these scores rounded down.
W17_PREFIX = "w17-"
W17_FLOORS = {"recall": 0.99, "precision": 0.98, "exact": 0.96}


def _dev_part(keep_doc: Any) -> Any:
    """Score the documents of ``dev`` whose id ``keep_doc`` accepts."""
    texts, gold, _ = sc.load_split("dev")
    keep = {d: t for d, t in texts.items() if keep_doc(d)}
    return sc.score_documents(keep, [g for g in gold if g["doc"] in keep], split="dev")


# hk17 (2026-12-04) added fifteen Hong Kong and Macau pages (k17-*, 159 mentions; dev is 131
# documents, 2,120 mentions), labelled by hand before any parser run and measured once before
# their failures were read (155 labels then: recall 95.5 %, precision 96.1 %, exact 90.3 %,
# 0 silent wrong values, 1 unflagged ambiguous; benchmarks/corpus/README.md).  After the round
# of ``tests/test_parser_round17_hk.py`` (a read set, not a blind one) and four labels the
# annotator had missed: recall 100.0 %, precision 99.4 %, exact 100.0 %, 0 silent wrong values.
# Branch conv20 (a convention change, not a regression): `較5年前` is a point in time, no longer
# a mention, and the parser still reads it: precision 158 / 160 = 98.75 %, floor 0.987.
# Branch base20 (parser round 20b) no longer reads it: 158 / 159 = 99.37 %, floor 0.993.
K17_PREFIX = "k17-"
K17_FLOORS = {"recall": 0.995, "precision": 0.993, "exact": 0.995}


#: The development texts added to ``dev`` after its floors were set, each set with its own
#: floors (their histories above): file-name prefix -> (floors, least number of gold mentions,
#: whether an unflagged ambiguous mention fails).  No set may have a silent wrong value.
DEV_PARTS = {
    T12_PREFIX: (T12_FLOORS, 180, False),
    T13_PREFIX: (T13_FLOORS, 200, True),
    P13_PREFIX: (P13_FLOORS, 170, False),
    W17_PREFIX: (W17_FLOORS, 200, True),
    K17_PREFIX: (K17_FLOORS, 150, True),
}


@pytest.mark.parametrize("prefix", list(DEV_PARTS))
def test_later_dev_texts_do_not_regress(prefix: str) -> None:
    floors, least_gold, no_unflagged = DEV_PARTS[prefix]
    score = _dev_part(lambda d: d.startswith(prefix))
    report = sc.format_report(score)
    assert score.n_gold >= least_gold, report
    assert score.recall >= floors["recall"], report
    assert score.precision >= floors["precision"], report
    assert score.exact >= floors["exact"], report
    assert score.silent_wrong_values == 0, report
    if no_unflagged:
        assert score.unflagged_ambiguous == 0, report


def test_later_dev_prefixes_all_have_floors() -> None:
    # b12-* and h12-* are held by the whole-dev floors (WHOLE_DEV_FLOORS)
    assert set(DEV_PARTS) == set(LATER_DEV_PREFIXES) - {"b12-", "h12-"}


def test_whole_dev_does_not_regress() -> None:
    # whole dev as it was when these floors were set: without the p13-*, t13-*, w17-* and k17-*
    # texts (own floors)
    score = _dev_part(lambda d: not d.startswith((P13_PREFIX, T13_PREFIX, W17_PREFIX, K17_PREFIX)))
    report = sc.format_report(score)
    assert score.recall >= WHOLE_DEV_FLOORS["recall"], report
    assert score.precision >= WHOLE_DEV_FLOORS["precision"], report
    assert score.exact >= WHOLE_DEV_FLOORS["exact"], report
    for name, floor in WHOLE_DEV_FIELD_FLOORS.items():
        assert score.field_accuracy[name] >= floor, (name, report)
    assert score.silent_wrong_values <= MAX_SILENT_WRONG_VALUES
    assert score.unflagged_ambiguous <= MAX_UNFLAGGED_AMBIGUOUS


def test_dev_recall_and_precision_do_not_regress(dev_score: Any) -> None:
    assert dev_score.recall >= FLOORS["recall"], sc.format_report(dev_score)
    assert dev_score.precision >= FLOORS["precision"], sc.format_report(dev_score)


def test_dev_field_accuracy_does_not_regress(dev_score: Any) -> None:
    for name, floor in FIELD_FLOORS.items():
        assert dev_score.field_accuracy[name] >= floor, (name, sc.format_report(dev_score))
    assert dev_score.exact >= EXACT_FLOOR


def test_dev_silent_errors_do_not_grow(dev_score: Any) -> None:
    assert dev_score.silent_wrong_values <= MAX_SILENT_WRONG_VALUES
    assert dev_score.unflagged_ambiguous <= MAX_UNFLAGGED_AMBIGUOUS


#: The spent held-out splits and their floors: (floors, most silent wrong values).
SPENT_FLOORS = {
    "heldout": (HELDOUT_FLOORS, HELDOUT_MAX_SILENT_WRONG_VALUES),
    "heldout2": (HELDOUT2_FLOORS, HELDOUT2_MAX_SILENT_WRONG_VALUES),
    "heldout3": (HELDOUT3_FLOORS, HELDOUT3_MAX_SILENT_WRONG_VALUES),
    "heldout4": (HELDOUT4_FLOORS, HELDOUT4_MAX_SILENT_WRONG_VALUES),
    "heldout5": (HELDOUT5_FLOORS, HELDOUT5_MAX_SILENT_WRONG_VALUES),
    "heldout6": (HELDOUT6_FLOORS, HELDOUT6_MAX_SILENT_WRONG_VALUES),
    "heldout7": (HELDOUT7_FLOORS, HELDOUT7_MAX_SILENT_WRONG_VALUES),
    "heldout8": (HELDOUT8_FLOORS, HELDOUT8_MAX_SILENT_WRONG_VALUES),
    "heldout9": (HELDOUT9_FLOORS, HELDOUT9_MAX_SILENT_WRONG_VALUES),
    "heldout10": (HELDOUT10_FLOORS, HELDOUT10_MAX_SILENT_WRONG_VALUES),
    "heldout11": (HELDOUT11_FLOORS, HELDOUT11_MAX_SILENT_WRONG_VALUES),
    "heldout12": (HELDOUT12_FLOORS, HELDOUT12_MAX_SILENT_WRONG_VALUES),
    "heldout13": (HELDOUT13_FLOORS, HELDOUT13_MAX_SILENT_WRONG_VALUES),
    "heldout14": (HELDOUT14_FLOORS, HELDOUT14_MAX_SILENT_WRONG_VALUES),
    "heldout15": (HELDOUT15_FLOORS, HELDOUT15_MAX_SILENT_WRONG_VALUES),
    "heldout16": (HELDOUT16_FLOORS, HELDOUT16_MAX_SILENT_WRONG_VALUES),
    "heldout17": (HELDOUT17_FLOORS, HELDOUT17_MAX_SILENT_WRONG_VALUES),
    "heldout18": (HELDOUT18_FLOORS, HELDOUT18_MAX_SILENT_WRONG_VALUES),
    "heldout19": (HELDOUT19_FLOORS, HELDOUT19_MAX_SILENT_WRONG_VALUES),
    "heldout20": (HELDOUT20_FLOORS, HELDOUT20_MAX_SILENT_WRONG_VALUES),
    "heldout21": (HELDOUT21_FLOORS, HELDOUT21_MAX_SILENT_WRONG_VALUES),
    "heldout22": (HELDOUT22_FLOORS, HELDOUT22_MAX_SILENT_WRONG_VALUES),
    "heldout23": (HELDOUT23_FLOORS, HELDOUT23_MAX_SILENT_WRONG_VALUES),
    "heldout24": (HELDOUT24_FLOORS, HELDOUT24_MAX_SILENT_WRONG_VALUES),
    "heldout25": (HELDOUT25_FLOORS, HELDOUT25_MAX_SILENT_WRONG_VALUES),
    "heldout26": (HELDOUT26_FLOORS, HELDOUT26_MAX_SILENT_WRONG_VALUES),
    "heldout27": (HELDOUT27_FLOORS, HELDOUT27_MAX_SILENT_WRONG_VALUES),
}


@pytest.mark.parametrize("split", sorted(SPENT_FLOORS))
def test_spent_split_does_not_regress(split: str) -> None:
    floors, max_silent = SPENT_FLOORS[split]
    score = sc.score_corpus(split)
    report = sc.format_report(score)
    assert score.recall >= floors["recall"], report
    assert score.precision >= floors["precision"], report
    assert score.exact >= floors["exact"], report
    assert score.silent_wrong_values <= max_silent, report
    # parser round 51 (read40): no spent split leaves an ambiguous mention unflagged
    assert score.unflagged_ambiguous <= MAX_UNFLAGGED_AMBIGUOUS, report


def test_report_lists_every_failure(dev_score: Any) -> None:
    report = sc.format_report(dev_score, show_failures=True)
    n_missed = dev_score.n_gold - dev_score.n_aligned
    n_spurious = dev_score.n_predicted - dev_score.n_aligned
    assert f"missed {n_missed}" in report
    assert f"spurious {n_spurious}" in report
    assert sum(f.category == "missed" for f in dev_score.failures) == n_missed
    assert sum(f.category == "spurious" for f in dev_score.failures) == n_spurious
    assert len(report.splitlines()) > len(dev_score.failures)


def test_main_prints_the_scores(capsys: pytest.CaptureFixture[str]) -> None:
    assert sc.main(["--split", "dev"]) == 0
    out = capsys.readouterr().out
    for word in ("recall", "precision", "silent wrong values"):
        assert word in out


# --------------------------------------------------------------------------------------
# The scorer on synthetic pairs with known answers.
# --------------------------------------------------------------------------------------

TEXT = "排放1.5万吨,下降2.6%,安装300台,比例为80%~90%。"


def _gold(text: str, span: str, **fields: Any) -> dict[str, Any]:
    a = text.index(span)
    rec = {"doc": "d", "start": a, "end": a + len(span), "text": span, "qualifier": "exact",
           "kind": "level", "sign": 0, "ambiguous": False, "tags": []}  # fmt: skip
    rec.update(fields)
    return rec


def _pred(text: str, span: str, **fields: Any) -> dict[str, Any]:
    a = text.index(span)
    rec = {"start": a, "end": a + len(span), "qualifier": "exact", "kind": "level", "sign": 0}
    rec.update(fields)
    return rec


def _score(gold: list[dict[str, Any]], preds: list[dict[str, Any]], text: str = TEXT) -> Any:
    frame = pd.DataFrame(preds, columns=sorted({k for p in preds for k in p} | {"start", "end"}))
    return sc.score_documents({"d": text}, gold, lambda _t: frame)


GOLD = [
    _gold(TEXT, "1.5万吨", value=15000.0, unit="吨"),
    _gold(TEXT, "2.6%", value=-2.6, unit="%", kind="change_relative", sign=-1),
    _gold(TEXT, "300台", value=300.0, unit="台"),
    _gold(TEXT, "80%~90%", value=None, low=80.0, high=90.0, unit="%", qualifier="range"),
]


def test_recall_and_precision_are_counted_on_spans() -> None:
    preds = [
        _pred(TEXT, "1.5万吨", value=1.5, unit="万吨"),  # same quantity, other unit
        _pred(TEXT, "下降2.6%", value=-2.6, unit="%", kind="change_relative", sign=-1),
        _pred(TEXT, "排放", value=1.0, unit="个"),  # overlaps no gold: spurious
    ]
    r = _score(GOLD, preds)
    assert (r.n_gold, r.n_predicted, r.n_aligned) == (4, 3, 2)
    assert r.recall == pytest.approx(0.5)
    assert r.precision == pytest.approx(2 / 3)
    assert r.field_accuracy == dict.fromkeys(sc.FIELDS, 1.0)
    assert r.exact == pytest.approx(0.5)
    assert r.silent_wrong_values == 0
    assert [f.category for f in r.failures] == ["missed", "missed", "spurious"]


def test_a_wrong_value_is_silent_unless_flagged() -> None:
    gold = [GOLD[2]]
    wrong = {"value": 30.0, "unit": "台"}
    assert _score(gold, [_pred(TEXT, "300台", **wrong)]).silent_wrong_values == 1
    flagged = [_pred(TEXT, "300台", **wrong, warnings="separator?")]
    assert _score(gold, flagged).silent_wrong_values == 0
    unsure = [_pred(TEXT, "300台", **wrong, confidence=0.5, warnings="")]
    assert _score(gold, unsure).silent_wrong_values == 0
    sure = [_pred(TEXT, "300台", **wrong, confidence=1.0, warnings="")]
    r = _score(gold, sure)
    assert r.silent_wrong_values == 1
    assert r.field_accuracy["value"] == 0.0
    assert r.failures[0].wrong_fields == ("value",)


def test_missing_fields_and_flags_of_any_dtype() -> None:
    gold = [GOLD[2]]
    na = {"value": 300.0, "unit": "台", "sign": pd.NA, "warnings": pd.NA, "confidence": pd.NA}
    r = _score(gold, [_pred(TEXT, "300台", **na)])
    assert r.field_accuracy["sign"] == 0.0
    assert r.field_accuracy["value"] == 1.0
    wrong = {"value": 3.0, "unit": "台", "warnings": ("separator?",)}
    assert _score(gold, [_pred(TEXT, "300台", **wrong)]).silent_wrong_values == 0


def test_an_ambiguous_mention_needs_a_flag() -> None:
    gold = [dict(GOLD[1], ambiguous=True)]
    pred = {"value": -2.6, "unit": "%", "kind": "change_relative", "sign": -1}
    r = _score(gold, [_pred(TEXT, "2.6%", **pred)])
    assert r.unflagged_ambiguous == 1
    assert r.exact == 1.0
    assert r.failures[0].wrong_fields == ("flag",)
    r = _score(gold, [_pred(TEXT, "2.6%", **pred, warnings=["percent or points?"])])
    assert r.unflagged_ambiguous == 0
    assert not r.failures


@pytest.mark.parametrize(
    ("gold_unit", "pred_unit", "same"),
    [
        ("吨", "万吨", True), ("吨", "t", True), ("吨/日", "万吨/日", True), ("吨/日", "吨", False),
        ("台", "台", True), ("人", "万人", True), ("户", "台", False), ("个", "%", False),
        ("%", "dimensionless", True), ("%", "百分点", False), ("千瓦时", "度", True),
        ("天次", "天次", True), ("天次", "天", False), ("省", "省", True), ("吨", None, False),
    ],
)  # fmt: skip
def test_unit_comparison(gold_unit: str, pred_unit: Any, same: bool) -> None:
    assert sc.unit_matches(gold_unit, pred_unit) is same


def test_values_are_compared_in_the_gold_unit() -> None:
    g = GOLD[0]
    assert sc.value_matches(g, {"value": 1.5, "unit": "万吨"})
    assert sc.value_matches(g, {"value": 1.5e7, "unit": "kg"})
    assert not sc.value_matches(g, {"value": 1.5, "unit": "吨"})
    assert not sc.value_matches(g, {"value": float("nan"), "unit": "吨"})
    assert sc.value_matches(
        dict(g, value=1.0, alternatives=[15000.0]), {"value": 15000.0, "unit": "吨"}
    )


def test_a_range_is_judged_by_its_ends() -> None:
    g = GOLD[3]
    nan = float("nan")
    assert sc.value_matches(g, {"value": nan, "low": 80.0, "high": 90.0, "unit": "%"})
    assert sc.value_matches(g, {"value": 85.0, "low": 80.0, "high": 90.0, "unit": "%"})
    assert not sc.value_matches(g, {"value": 80.0, "low": 80.0, "high": 90.0, "unit": "%"})
    assert not sc.value_matches(g, {"value": 80.0, "unit": "%"})
    assert sc.value_matches(g, {"value": nan, "low": 0.8, "high": 0.9, "unit": "dimensionless"})


def test_a_vague_figure_must_be_refused_or_flagged() -> None:
    g = dict(GOLD[0], value=None, ambiguous=True)
    assert sc.value_matches(g, {"value": float("nan"), "unit": "吨"})
    assert sc.value_matches(g, {"value": 1e5, "unit": "吨", "warnings": "vague"})
    assert not sc.value_matches(g, {"value": 1e5, "unit": "吨"})


spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=8,
)


@settings(max_examples=60)
@given(gold=spans, pred=spans)
def test_alignment_is_one_to_one_overlapping_and_maximal(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]]
) -> None:
    pairs = sc.align(gold, pred)
    gi = [i for i, _ in pairs]
    pj = [j for _, j in pairs]
    assert len(set(gi)) == len(gi)
    assert len(set(pj)) == len(pj)
    for i, j in pairs:
        assert min(gold[i][1], pred[j][1]) > max(gold[i][0], pred[j][0])
    free_g = set(range(len(gold))) - set(gi)
    free_p = set(range(len(pred))) - set(pj)
    for i in free_g:  # nothing left that could still be paired
        for j in free_p:
            assert min(gold[i][1], pred[j][1]) <= max(gold[i][0], pred[j][0])


# --------------------------------------------------------------------------------------
# Integrity of the corpus.
# --------------------------------------------------------------------------------------


def _load(split: str) -> tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]]]:
    return sc.load_split(split)


@pytest.mark.parametrize("split", SPLITS)
def test_gold_spans_are_the_stored_text(split: str) -> None:
    texts, gold, _ = _load(split)
    for g in gold:
        text = texts[g["doc"]]
        assert 0 <= g["start"] < g["end"] <= len(text), g
        assert text[g["start"] : g["end"]] == g["text"], g


@pytest.mark.parametrize("split", SPLITS)
def test_mentions_are_in_order_and_do_not_overlap(split: str) -> None:
    _, gold, _ = _load(split)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    for doc, rows in by_doc.items():
        for a, b in itertools.pairwise(rows):
            assert a["end"] <= b["start"], (doc, a["text"], b["text"])


@pytest.mark.parametrize("split", SPLITS)
def test_documents_have_their_metadata(split: str) -> None:
    texts, gold, meta = _load(split)
    files = {p.stem for p in (sc.CORPUS / split).glob("*.txt")}
    assert files == set(texts) == {m["id"] for m in meta}
    assert {g["doc"] for g in gold} == set(texts)  # every document has mentions
    for m in meta:
        assert m["url"].startswith(("http://", "https://")), m["id"]
        for key in ("title", "publisher", "accessed", "type", "region", "removed"):
            assert m[key], (m["id"], key)
        assert m["script"] in ("zh-Hans", "zh-Hant")
        assert m["difficulty"] in ("standard", "hard")
        assert m["characters"] == len(texts[m["id"]])
        assert m["mentions"] == sum(g["doc"] == m["id"] for g in gold)
        assert "\r" not in texts[m["id"]]


@pytest.mark.parametrize("split", SPLITS)
def test_gold_fields_are_well_formed(split: str) -> None:
    _, gold, _ = _load(split)
    for g in gold:
        assert g["qualifier"] in sc.QUALIFIERS, g
        assert g["kind"] in sc.KINDS, g
        assert g["sign"] in (-1, 0, 1), g
        if g["unit"] in sc.UNREGISTERED_UNITS:
            assert sc._parse_unit(g["unit"]) is None, f"{g['unit']} is now in the registry"
        else:
            ureg.parse_units(g["unit"])
        is_range = g["qualifier"] == "range"
        assert is_range == ("low" in g), g
        if is_range:
            assert g["value"] is None, g
            assert g["low"] < g["high"], g
            if g["kind"].startswith("change") and g["sign"]:
                # a change range carries its sign on both ends, as a single change does
                # (``减少43%至62%`` = [-62..-43], sign -1; guide, "Fields")
                assert g["sign"] * g["low"] >= 0, g
                assert g["sign"] * g["high"] >= 0, g
        elif g["value"] is None:
            assert g["ambiguous"], g  # only vague figures have no value
        if g["kind"].startswith("change") and g["value"] is not None:
            assert g["sign"] == int(math.copysign(1, g["value"])) or g["value"] == 0, g
        elif not g["kind"].startswith("change"):
            assert g["sign"] == 0, g


def test_splits_share_no_document() -> None:
    ids = [m["id"] for s in SPLITS for m in _load(s)[2]]
    assert len(ids) == len(set(ids))
    assert "dev" in SPLITS


def test_no_document_comes_from_the_bundled_reports() -> None:
    seeds = [p.read_text(encoding="utf-8") for p in (ROOT / "datasets" / "sources").glob("*.txt")]
    for split in SPLITS:
        texts, _, meta = _load(split)
        for m in meta:
            probe = texts[m["id"]][:40]
            assert not any(probe in s for s in seeds), m["id"]
            assert "bjx.com.cn" not in m["url"]  # the source of seed 000


def test_stored_records_round_trip_as_json() -> None:
    for split in SPLITS:
        for name in ("gold.jsonl", "documents.jsonl"):
            for line in (sc.CORPUS / split / name).read_text(encoding="utf-8").splitlines():
                assert json.loads(line)


def test_corpus_has_the_size_issue_10_asks_for() -> None:
    assert SPLITS == [
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
    ]
    per_split = {}
    for split in SPLITS:
        texts, gold, meta = _load(split)
        if split == "dev":
            # the first round's dev documents: those of later rounds (accessed from 2026-12-04
            # on: r12-*, t12-*, …) were added to dev after the held-out third was split off
            first_round = {m["id"] for m in meta if m["accessed"] < "2026-12-04"}
            texts = {d: t for d, t in texts.items() if d in first_round}
            gold = [g for g in gold if g["doc"] in first_round]
        per_split[split] = (len(texts), sum(map(len, texts.values())), len(gold))
    first = ("dev", "heldout")  # the corpus of the first round: held-out is one third of it
    docs, chars, mentions = (sum(per_split[s][i] for s in first) for i in range(3))
    assert docs >= 12
    assert chars >= 30_000
    assert mentions >= 1_000
    for i in range(3):
        assert (
            0.25 <= per_split["heldout"][i] / (per_split["dev"][i] + per_split["heldout"][i]) <= 0.4
        )
    # the fresh blind third of December 2026 (see benchmarks/corpus/README.md)
    docs2, _, mentions2 = per_split["heldout2"]
    assert docs2 >= 18
    assert mentions2 >= 500
    # the fresh blind third of issue 10 (heldout3): at least 25 documents, 450 mentions
    docs3, _, mentions3 = per_split["heldout3"]
    assert docs3 >= 25
    assert mentions3 >= 450
    # the blind splits built in two halves (a-*, b-*): each half that is present has at least
    # this many documents, characters and mentions (heldout4, heldout5, then heldout6)
    for split, (min_docs, min_chars, min_mentions) in {
        "heldout4": (16, 9_000, 260),
        "heldout5": (18, 10_000, 300),
        "heldout6": (18, 10_000, 300),
    }.items():
        texts, gold, meta = _load(split)
        halves = {m["id"][:2] for m in meta}
        assert halves, split
        assert halves <= {"a-", "b-"}, split
        for half in halves:
            ids = {m["id"] for m in meta if m["id"].startswith(half)}
            assert len(ids) >= min_docs, (split, half)
            assert sum(len(texts[i]) for i in ids) >= min_chars, (split, half)
            assert sum(g["doc"] in ids for g in gold) >= min_mentions, (split, half)


def test_no_page_is_in_two_documents() -> None:
    urls = [m["url"] for s in SPLITS for m in _load(s)[2]]
    assert len(urls) == len(set(urls)), [u for u in set(urls) if urls.count(u) > 1]


def test_all_is_every_split() -> None:
    texts, gold, meta = sc.load_split("all")
    assert len(texts) == len(meta) == sum(len(_load(s)[0]) for s in SPLITS)
    assert len(gold) == sum(len(_load(s)[1]) for s in SPLITS)
    assert {m["id"] for m in _load("heldout2")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout3")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout4")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout5")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout6")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout7")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout8")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout9")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout10")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout11")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout12")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout13")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout14")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout15")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout16")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout17")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout18")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout19")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout20")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout21")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout22")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout23")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout24")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout25")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout26")[2]} <= set(texts)
    assert {m["id"] for m in _load("heldout27")[2]} <= set(texts)


@pytest.mark.parametrize("split", SPLITS)
def test_mentions_hold_a_number(split: str) -> None:
    """Every gold span holds a digit or a Chinese numeral and has no outer whitespace (a
    span that is only a unit or a padded span would be an annotation slip).  双 counts as a
    numeral: the vague ``双位数跌幅`` (a fall of 10-99 %) is a mention by the guide; 廿 (20),
    卅 (30) and 卌 (40) are numerals (``卅八處`` = 38, heldout27)."""
    _, gold, _ = _load(split)
    numeral = set("0123456789０１２３４５６７８９一二三四五六七八九十百千万萬亿億两兩双雙半零〇")
    numeral |= set("廿卅卌")
    for g in gold:
        assert numeral & set(g["text"]), g
        assert g["text"] == g["text"].strip(), g


def test_groups_partition_a_split() -> None:
    def nothing(_text: str) -> pd.DataFrame:
        return pd.DataFrame(columns=["start", "end", "value", "unit", "qualifier", "kind", "sign"])

    _, gold, meta = _load("heldout2")
    for key in ("script", "difficulty"):
        groups = sc.score_by("heldout2", key, predict=nothing)
        assert set(groups) == {str(m[key]) for m in meta}
        assert sum(r.n_gold for r in groups.values()) == len(gold)
        assert sum(r.n_documents for r in groups.values()) == len(meta)
        assert all(r.recall == 0 for r in groups.values())


def test_main_prints_groups(capsys: pytest.CaptureFixture[str]) -> None:
    assert sc.main(["--split", "heldout2", "--by", "script"]) == 0
    out = capsys.readouterr().out
    assert "script=zh-Hans" in out
    assert "script=zh-Hant" in out


# --------------------------------------------------------------------------------------
# The fresh blind third (heldout3): what issue 10 asks of it, and the README's counts.
# None of these tests runs the parser.
# --------------------------------------------------------------------------------------


def test_heldout3_is_a_mix_like_heldout2() -> None:
    texts, gold, meta = _load("heldout3")
    scripts = [m["script"] for m in meta]
    assert 0.25 <= scripts.count("zh-Hant") / len(meta) <= 0.5  # about one third traditional
    assert sum(m["pinyin_noise"] for m in meta) >= 3  # several with pinyin glosses
    types = {m["type"] for m in meta}
    assert {"bulletin", "statistics", "air_quality", "inspection", "rectification"} <= types
    assert {g["kind"] for g in gold} >= {"level", "change_relative", "change_absolute", "ratio"}
    for m in meta:  # excerpts, not whole pages
        assert 100 <= m["characters"] <= 3000, m["id"]
    # no passage of another split is stored again under a new URL
    others = {t for s in SPLITS if s != "heldout3" for t in _load(s)[0].values()}
    for doc_id, text in texts.items():
        for line in text.splitlines():
            if len(line) >= 60:
                assert not any(line in o for o in others), (doc_id, line[:30])


# --------------------------------------------------------------------------------------
# The fifth split (heldout4, spent since the sixth round), two halves built side by side.
# None of these tests runs the parser (its floors are in SPENT_FLOORS above).
# --------------------------------------------------------------------------------------


def test_heldout4_halves_are_what_they_say() -> None:
    _, gold, meta = _load("heldout4")
    for m in meta:
        assert m["id"].startswith(("a-", "b-")), m["id"]  # the two halves never collide
        assert 100 <= m["characters"] <= 3000, m["id"]  # excerpts, not whole pages
        assert m["accessed"] == "2026-12-03", m["id"]
        if m["id"].startswith("a-"):  # the simplified-script half
            assert m["script"] == "zh-Hans", m["id"]
    half_b = [m for m in meta if m["id"].startswith("b-")]
    if half_b:  # mostly traditional script, with noisy simplified pages
        assert sum(m["script"] == "zh-Hant" for m in half_b) / len(half_b) >= 0.5
    for doc in {m["id"] for m in meta}:  # every document has mentions (rectification
        # notices with masked text, dates and document numbers hold only 2-4: they test precision)
        assert sum(g["doc"] == doc for g in gold) >= 2, doc
    assert {g["kind"] for g in gold} >= {"level", "change_relative", "change_absolute", "ratio"}


@pytest.mark.parametrize("split", BLIND_SPLITS)
def test_blind_split_stores_no_passage_of_another_split(split: str) -> None:
    """No line of 60 characters, nor a run of 80 (one long line reprinted inside another),
    of a split built blind is stored in another split."""
    texts, _, _ = _load(split)
    others = [t for s in SPLITS if s != split for t in _load(s)[0].values()]
    for doc_id, text in texts.items():
        for line in text.splitlines():
            if len(line) >= 60:
                assert not any(line in o for o in others), (doc_id, line[:30])
        for start in range(0, max(len(text) - 80, 0), 40):
            assert not any(text[start : start + 80] in o for o in others), (doc_id, start)


def test_heldout4_gold_units_are_the_registry_s() -> None:
    """Units of the blind split are all understood by the registry (none compared as
    written), so a unit miss is the parser's, not the registry's."""
    _, gold, _ = _load("heldout4")
    for g in gold:
        assert g["unit"] not in sc.UNREGISTERED_UNITS, g
        ureg.parse_units(g["unit"])
        if g["qualifier"] != "range" and g["value"] is not None:
            assert math.isfinite(g["value"]), g


# --------------------------------------------------------------------------------------
# The sixth and seventh splits (heldout5, spent since the eighth round; heldout6, measured
# once blind on 2026-12-04), each built in two halves side by side.  None of these tests runs
# the parser (their floors are in SPENT_FLOORS above).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("split", "accessed"), [("heldout5", "2026-12-03"), ("heldout6", "2026-12-04")]
)
def test_two_half_split_halves_are_what_they_say(split: str, accessed: str) -> None:
    texts, gold, meta = _load(split)
    assert set(texts) == {m["id"] for m in meta}  # every document has its text file
    for m in meta:
        assert m["id"].startswith(("a-", "b-")), m["id"]  # the two halves never collide
        assert 100 <= m["characters"] <= 3000, m["id"]  # excerpts, not whole pages
        assert m["accessed"] == accessed, m["id"]
        assert sum(g["doc"] == m["id"] for g in gold) >= 2, m["id"]  # and its gold lines
        if m["id"].startswith("a-"):  # the simplified-script half
            assert m["script"] == "zh-Hans", m["id"]
    half_b = [m for m in meta if m["id"].startswith("b-")]
    if half_b:  # at least 12 documents in traditional script, the rest simplified
        assert sum(m["script"] == "zh-Hant" for m in half_b) >= 12
        assert any(m["pinyin_noise"] for m in half_b)
    assert {g["kind"] for g in gold} >= {"level", "change_relative", "change_absolute", "ratio"}


@pytest.mark.parametrize("split", TWO_HALF_SPLITS)
def test_two_half_split_gold_units_are_understood(split: str) -> None:
    """Units of the split are understood by the registry, or are listed in
    ``UNREGISTERED_UNITS`` (compared as written), and every value is finite."""
    _, gold, _ = _load(split)
    for g in gold:
        if g["unit"] not in sc.UNREGISTERED_UNITS:
            ureg.parse_units(g["unit"])
        if g["qualifier"] != "range" and g["value"] is not None:
            assert math.isfinite(g["value"]), g


# --------------------------------------------------------------------------------------
# The eighth split (heldout7, December 2026), built blind by one annotator: simplified-script
# documents (``a-*``) and traditional-script and hard documents (``b-*``).  None of these tests
# runs the parser; after its blind measurement its floors are in SPENT_FLOORS above.
# --------------------------------------------------------------------------------------


def test_heldout7_is_what_it_says() -> None:
    texts, gold, meta = _load("heldout7")
    assert set(texts) == {m["id"] for m in meta}  # every document has its text file
    for m in meta:
        assert m["id"].startswith(("a-", "b-")), m["id"]  # simplified / traditional and hard
        assert 100 <= m["characters"] <= 3000, m["id"]  # excerpts, not whole pages
        assert m["accessed"] == "2026-12-04", m["id"]
        assert sum(g["doc"] == m["id"] for g in gold) >= 2, m["id"]  # and its gold lines
        if m["id"].startswith("a-"):  # the simplified-script documents
            assert m["script"] == "zh-Hans", m["id"]
    assert {g["kind"] for g in gold} >= {"level", "change_relative", "change_absolute", "ratio"}
    # flattened tables whose unit is in a header are one class: at most a fifth of the split
    assert sum("shared_unit" in g["tags"] for g in gold) <= len(gold) / 5
    # the size issue 10 asks of it, with at least 8 documents in traditional script and some
    # with pinyin glosses
    assert len(meta) >= 20
    assert sum(map(len, texts.values())) >= 11_000
    assert len(gold) >= 350
    assert sum(m["script"] == "zh-Hant" for m in meta) >= 8
    assert any(m["pinyin_noise"] for m in meta)


# --------------------------------------------------------------------------------------
# The ninth split (heldout8, December 2026), built blind by one annotator while heldout7 was
# read: simplified-script documents (``a-*``) and traditional-script documents (``b-*``).
# Measured once, blind, then read (the thirteenth round): its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def _load_excerpt_split(
    split: str, accessed: str = "2026-12-04"
) -> tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]]]:
    """Load a split of excerpts built on one day, ``accessed`` (``a-*`` simplified, ``b-*``
    traditional), and check what every such split holds: a text and at least three gold lines
    per document, excerpts of 100–3,000 characters, the four main kinds, and table cells whose
    unit is written once in a header at most a tenth of the mentions."""
    texts, gold, meta = _load(split)
    assert set(texts) == {m["id"] for m in meta}  # every document has its text file
    for m in meta:
        assert m["id"].startswith(("a-", "b-")), m["id"]  # simplified / traditional
        assert 100 <= m["characters"] <= 3000, m["id"]  # excerpts, not whole pages
        assert m["accessed"] == accessed, m["id"]
        assert sum(g["doc"] == m["id"] for g in gold) >= 3, m["id"]  # and its gold lines
        assert m["script"] == ("zh-Hans" if m["id"].startswith("a-") else "zh-Hant"), m["id"]
    assert {g["kind"] for g in gold} >= {"level", "change_relative", "change_absolute", "ratio"}
    assert sum("shared_unit" in g["tags"] for g in gold) <= len(gold) / 10
    return texts, gold, meta


def test_heldout8_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout8")
    # the size issue 10 asks of it: about half in traditional script, some with pinyin
    # glosses, both difficulties, and rectification reports and plans (the library's core)
    assert len(meta) >= 25
    assert sum(map(len, texts.values())) >= 14_000
    assert len(gold) >= 420
    n_trad = sum(m["script"] == "zh-Hant" for m in meta)
    assert 0.4 <= n_trad / len(meta) <= 0.6
    assert sum(m["pinyin_noise"] for m in meta) >= 5
    assert {m["difficulty"] for m in meta} == {"hard", "standard"}
    assert sum(m["type"] in ("rectification", "rectification_plan") for m in meta) >= 6
    assert {"bulletin", "statistics", "air_quality"} <= {m["type"] for m in meta}
    # measured once, blind, then read: spent, held by floors like the earlier splits
    assert "heldout8" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The tenth split (heldout9, December 2026), built blind by one annotator while heldout8 was
# read: simplified-script documents (``a-*``) and traditional-script documents (``b-*``).
# Measured once, blind, then read (the fifteenth round): its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout9_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout9")
    # the size issue 10 asks of it: about 40 % simplified and 60 % traditional script, some
    # with pinyin glosses, both difficulties, at least 8 rectification and inspection
    # documents (the library's core), bulletins and statistics
    assert len(meta) >= 24
    assert sum(map(len, texts.values())) >= 13_000
    assert len(gold) >= 400
    n_trad = sum(m["script"] == "zh-Hant" for m in meta)
    assert 0.5 <= n_trad / len(meta) <= 0.7
    assert sum(m["pinyin_noise"] for m in meta) >= 5
    assert {m["difficulty"] for m in meta} == {"hard", "standard"}
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= 8
    assert {"bulletin", "statistics", "air_quality"} <= {m["type"] for m in meta}
    # no page of it is claimed by the splits built before it (the URL test above covers all)
    # spent: measured once, blind, then read; it holds floors against regression
    assert "heldout9" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The eleventh split (heldout10, December 2026), built blind by one annotator while heldout9
# was read: simplified-script documents (``a-*``) and traditional-script documents (``b-*``).
# Measured once, blind, then read in the eighteenth round (read10): spent, with floors.
# --------------------------------------------------------------------------------------


def test_heldout10_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout10")
    # the size issue 10 asks of it: about 40 % simplified and 60 % traditional script, some
    # with pinyin glosses, both difficulties, at least 8 provincial and city rectification
    # and inspection documents (the library's core), bulletins' and communiqués' environment
    # sections
    assert len(meta) >= 24
    assert sum(map(len, texts.values())) >= 13_000
    assert len(gold) >= 400
    n_trad = sum(m["script"] == "zh-Hant" for m in meta)
    assert 0.5 <= n_trad / len(meta) <= 0.7
    assert any(m["pinyin_noise"] for m in meta)
    assert {m["difficulty"] for m in meta} == {"hard", "standard"}
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= 8
    assert {"statistics", "air_quality", "enforcement"} <= {m["type"] for m in meta}
    # every document says how many characters and gold lines it has
    for m in meta:
        assert m["characters"] == len(texts[m["id"]]), m["id"]
        assert m["mentions"] == sum(g["doc"] == m["id"] for g in gold), m["id"]
    # spent: measured once, blind, then read; it holds floors against regression
    assert "heldout10" in SPENT_FLOORS


#: The kinds of page a blind split holds besides the core (inspection and rectification).
BLIND_SPLIT_TYPES = ("bulletin", "statistics", "air_quality", "enforcement")


def _check_blind_split_size(
    texts: dict[str, str],
    gold: list[dict[str, Any]],
    meta: list[dict[str, Any]],
    types: tuple[str, ...] = BLIND_SPLIT_TYPES,
) -> None:
    """The size and mix issue 10 asks of a blind split (``heldout11`` on), and its counts.

    ``types`` are the kinds of page besides the core the split must hold; a split may ask
    fewer only where the stored pages left none (``heldout27``: no statistics page left that
    an earlier split had not held, said in the corpus README).
    """
    # the size issue 10 asks of it: about half simplified and half traditional script, some
    # with pinyin glosses, both difficulties, at least 10 province, city and county
    # rectification and inspection documents (the library's core), bulletins and
    # communiqués' environment sections, Taiwan and Hong Kong releases
    assert len(meta) >= 24
    assert sum(map(len, texts.values())) >= 13_000
    assert len(gold) >= 450
    n_trad = sum(m["script"] == "zh-Hant" for m in meta)
    assert 0.4 <= n_trad / len(meta) <= 0.6
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert {m["difficulty"] for m in meta} == {"hard", "standard"}
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= 10
    assert set(types) <= {m["type"] for m in meta}
    # every document says how many characters and gold lines it has
    for m in meta:
        assert m["characters"] == len(texts[m["id"]]), m["id"]
        assert m["mentions"] == sum(g["doc"] == m["id"] for g in gold), m["id"]
    # table cells whose unit is written only in a header: at most a tenth (here none)
    assert sum("shared_unit" in g["tags"] for g in gold) <= len(gold) / 10


# --------------------------------------------------------------------------------------
# The twelfth split (heldout11, December 2026), built blind by one annotator (branch
# held11) after heldout10 was spent: simplified-script documents (``a-*``) and
# traditional-script documents (``b-*``).  Measured once, blind, then read in parser round 20
# (read11): spent, with floors.
# --------------------------------------------------------------------------------------


def test_heldout11_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout11")
    _check_blind_split_size(texts, gold, meta)
    # spent: measured once, blind, then read; it holds floors against regression
    assert "heldout11" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The thirteenth split (heldout12, December 2026), built blind by one annotator (branch
# held12) after heldout11 was spent: simplified-script documents (``a-*``) and
# traditional-script documents (``b-*``), read a second time by another (held12r); measured
# once, blind, then spent (floors above, ``HELDOUT12_FLOORS``).
# --------------------------------------------------------------------------------------


def test_heldout12_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout12", accessed="2026-12-05")
    _check_blind_split_size(texts, gold, meta)
    for place in ("Taiwan", "Hong Kong"):
        assert any(m["region"].startswith(place) for m in meta), place
    # spent: measured once, blind (twice, on main and after this stop's parser rounds, the
    # same scores), then its failures printed; it holds floors against regression
    assert "heldout12" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The fourteenth split (heldout13, December 2026), built blind by one annotator (branch
# held13) after heldout12 was spent: simplified-script documents (``a-*``) and
# traditional-script documents (``b-*``); measured once, blind, then spent (floors above,
# ``HELDOUT13_FLOORS``).
# --------------------------------------------------------------------------------------


def test_heldout13_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout13", accessed="2026-12-05")
    _check_blind_split_size(texts, gold, meta)
    for place in ("Taiwan", "Hong Kong"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least a third of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) / 3
    # no unit is compared as written: 支 (bottles counted by the piece) is in the registry
    # since parser round 39 (branch read28); 次/季度 (每季進行一次, relabelled by parser round
    # 42, branch read31, as heldout18 and heldout23 label a frequency per quarter) since 季度
    # is (the same round)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == set()
    # spent: measured once, blind, then its failures printed and read (parser round 23); it
    # holds floors against regression
    assert "heldout13" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The fifteenth split (heldout14, December 2026), built blind by one annotator (branch
# held14) after heldout13 was spent: simplified-script documents (``a-*``) and
# traditional-script documents (``b-*``); measured once, blind, then spent (floors above,
# ``HELDOUT14_FLOORS``; its failure listing was read in parser round 25).
# --------------------------------------------------------------------------------------


def test_heldout14_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout14", accessed="2026-12-05")
    _check_blind_split_size(texts, gold, meta)
    for place in ("Taiwan", "Hong Kong", "Macau"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least a third of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) / 3
    # two units only are compared as written (部分 and the score points 分; 城市 is in the
    # registry since parser round 35)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == {"部分", "分"}
    # spent: measured once, blind; it holds floors at its blind scores against regression
    assert "heldout14" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The sixteenth split (heldout15, December 2026), built blind by one annotator (branch
# held15) by heldout14's method after heldout14 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``); measured once, blind, then spent
# (floors above, ``HELDOUT15_FLOORS``; its failure listing is read in the next parser round).
# --------------------------------------------------------------------------------------


def test_heldout15_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout15", accessed="2026-12-05")
    _check_blind_split_size(texts, gold, meta)
    for place in ("臺灣", "香港", "澳門"):  # Taiwan, Hong Kong and Macau, as heldout14
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least a third of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) / 3
    # copy damage kept, as in heldout14: converter glosses, injected spam, flattened tables
    assert sum(m["pinyin_noise"] for m in meta) >= 4
    assert sum("spam" in m["id"] for m in meta) >= 4
    assert sum("shared_unit" in g["tags"] for g in gold) >= 15
    # no unit is compared as written: 支 (flags counted by the piece, as heldout13's) is in
    # the registry since parser round 39 (branch read28)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == set()
    # spent: measured once, blind; it holds floors at its blind scores against regression
    assert "heldout15" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The seventeenth split (heldout16, December 2026), built blind by one annotator (branch
# held16) by heldout15's method after heldout15 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``); measured once, blind, then spent
# (floors above, ``HELDOUT16_FLOORS``; its failure listing is read in the next parser round).
# --------------------------------------------------------------------------------------


def test_heldout16_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout16", accessed="2026-12-05")
    _check_blind_split_size(texts, gold, meta)
    for place in ("臺灣", "澳門"):  # Taiwan and Macau pages, as in heldout14 and heldout15
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least a third of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) / 3
    # copy damage kept: converter glosses, machine-reworded copies, a flattened table
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert sum("shared_unit" in g["tags"] for g in gold) >= 20
    # petitions split between two places are counted in halves (福安4.5件, 蕉城0.5件)
    assert sum(g["unit"] == "件" and g["value"] % 1 == 0.5 for g in gold) >= 4
    # no unit is compared as written: its one 阶段 (三個階段, the classifier 個 written) is 个 as
    # in every spent split since parser round 31b's gold change
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == set()
    # spent: measured once, blind; it holds floors at its blind scores against regression
    assert "heldout16" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The eighteenth split (heldout17, December 2026), built blind by one annotator (branch
# held17) by heldout16's method after heldout16 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``); measured once, blind, then spent
# (floors above, ``HELDOUT17_FLOORS``; its failure listing is read in the next parser round).
# --------------------------------------------------------------------------------------


def test_heldout17_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout17", accessed="2026-12-05")
    _check_blind_split_size(texts, gold, meta)
    for place in ("臺灣", "香港", "天津", "青海", "四川"):  # and places the corpus held least of
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least a third of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) / 3
    # copy damage kept: converter glosses (toneless ones too), a machine-reworded copy,
    # doubled punctuation, numerals written digit by digit, a flattened table
    assert sum(m["pinyin_noise"] for m in meta) >= 4
    assert any("(wei)" in g["text"] for g in gold)  # a toneless gloss inside a unit
    assert any("‧" in g["text"] for g in gold)  # 四七‧五%: ‧ as the decimal point
    assert sum("shared_unit" in g["tags"] for g in gold) >= 5
    # a count whose counter is left out is flagged, as heldout16's 有2燃煤鍋爐, and so is a
    # share whose decimal a rewriter broke with a counter (81天.4%)
    assert any(g["ambiguous"] and g["text"] == "12,722" for g in gold)
    assert any(g["ambiguous"] and g["text"] == "81天.4%" for g in gold)
    # one unit is compared as written: 分 (score points, as heldout14's); 封 (letters counted
    # by the piece) is in the registry since parser round 38, 级 (grades counted) since round 52
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == {"分"}
    assert "级" in {g["unit"] for g in gold}
    assert "封" in {g["unit"] for g in gold}
    # spent: measured once, blind; it holds floors at its blind scores against regression
    assert "heldout17" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The nineteenth split (heldout18, December 2026), built blind by one annotator (branch
# held18) by heldout17's method after heldout17 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``); measured once, blind, then spent
# (floors above, ``HELDOUT18_FLOORS``; its failure listing is read in the next parser round).
# --------------------------------------------------------------------------------------


def test_heldout18_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout18", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of (Guangxi, Jilin, Shaanxi, Henan), Taiwan's outlying
    # Kinmen and Miaoli, and Hong Kong
    for place in ("廣西", "广西", "吉林", "陕西", "河南", "臺灣 金門縣", "臺灣 苗栗縣", "香港"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least a third of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) / 3
    # copy damage kept: converter glosses (one inside a change's unit), a copy with keyword
    # spam injected between clauses, raw e-paper HTML, a clause-shuffled SEO copy, a flattened
    # table whose unit is only in its caption
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert any("(gè)百分點" in g["text"] for g in gold)
    assert any("<p>" in t for t in texts.values())
    assert 5 <= sum("shared_unit" in g["tags"] for g in gold) <= len(gold) / 10
    # a petition shared with another place (372(+1)件) is flagged, with the sum as an
    # alternative; N成M is a share in % (4成2 = 42 %)
    (shared,) = [g for g in gold if g["text"] == "372(+1)件"]
    assert shared["ambiguous"]
    assert shared["alternatives"] == [373]
    assert all(g["ambiguous"] for g in gold if "(+1)" in g["text"])
    assert {g["value"] for g in gold if g["text"] == "4成2"} == {42}
    # every value of 10,000 or more has a multiplier or all its digits in its span (the
    # lesson of heldout17, whose labelling script multiplied 17 values by 10,000)
    for g in gold:
        if g["value"] is not None and abs(g["value"]) >= 10_000:
            digits = "".join(ch for ch in g["text"] if ch.isdigit())
            has_multiplier = any(ch in g["text"] for ch in "万萬亿億千仟")  # 仟: the formal 千
            assert has_multiplier or len(digits) >= len(str(int(abs(g["value"])))), g
    # values are the written figures, without binary noise (69.9亿 is 6,990,000,000)
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # no unit is compared as written: the counters 市州, 乡市, 包 and 场 it added are in the
    # registry since parser round 35, 次/季度 (times a quarter) since parser round 42 (季度)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == set()
    # spent: measured once, blind; it holds floors at its scores against regression
    assert "heldout18" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twentieth split (heldout19, December 2026), built blind by one annotator (branch
# held19) by heldout18's method after heldout18 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (08:36 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout19_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout19", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of (Tianjin, Ningxia, Qinghai, Xinjiang, Tibet, Hainan,
    # Inner Mongolia), Heilongjiang, New Taipei, Changhua, Macau and Hong Kong
    places = (
        "天津",
        "宁夏",
        "青海",
        "新疆",
        "西藏",
        "海南",
        "内蒙古",
        "黑龙江",
        "臺灣 新北市",
        "臺灣 彰化縣",
        "澳門",
    )
    for place in places:
        assert any(m["region"].startswith(place) for m in meta), place
    assert any(m["region"] == "香港" for m in meta)
    # the library's core is inspection and rectification: about half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.45
    # copy damage kept: converter glosses (one inside a change's unit), spam lines and
    # keywords injected between clauses, garbled characters, pipe-flattened pages, a table
    # flattened one row a line whose unit is only in its caption (单位:吨 (每日计))
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert any("(gè)百分點" in g["text"] for g in gold)
    assert any("??鄢" in t for t in texts.values())
    assert sum("chinese_numeral" in g["tags"] for g in gold) >= 30
    assert sum("shared_unit" in g["tags"] and g["unit"] == "吨/日" for g in gold) >= 30
    # and a table whose column headers name the count (已办件数 / 办结件数): its cells in 件
    assert sum("shared_unit" in g["tags"] and g["unit"] == "件" for g in gold) >= 30
    # Chinese numerals written digit by digit (一二○○ = 1,200, 一一一 = 111), a range of
    # fines with its bounds inside, a share of tenths as a range (六至七成 = 60-70 %)
    (fine,) = [g for g in gold if g["text"].startswith("一二○○元")]
    assert (fine["low"], fine["high"]) == (1200, 100_000)
    assert {g["value"] for g in gold if g["text"] == "一一一家"} == {111}
    (tenths,) = [g for g in gold if g["text"] == "六至七成"]
    assert (tenths["low"], tenths["high"], tenths["kind"]) == (60, 70, "ratio")
    # a fine whose unit (元) is left out is flagged (最高可罰600萬)
    assert all(g["ambiguous"] for g in gold if g["text"] == "600萬")
    # every value of 10,000 or more has a multiplier or all its digits in its span (the
    # lesson of heldout17, whose labelling script multiplied 17 values by 10,000)
    for g in gold:
        if g["value"] is not None and abs(g["value"]) >= 10_000:
            digits = "".join(ch for ch in g["text"] if ch.isdigit())
            has_multiplier = any(ch in g["text"] for ch in "万萬亿億千仟")  # 仟: the formal 千
            assert has_multiplier or len(digits) >= len(str(int(abs(g["value"])))), g
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout19" in SPENT_FLOORS
    # 千 that opens a unit is no multiplier: 10142.3千米 is 10,142.3 km (the same class as
    # heldout17's slip: a multiplier read where none was written)
    assert {g["value"] for g in gold if g["text"].endswith("千米")} == {10142.3, 9961.6}
    # values are the written figures, without binary noise (199.71萬 is 1,997,100)
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # no unit compared as written: heldout17's 级 (grades counted) is in the registry since
    # parser round 52 (branch read41); its five new counters, 业者 (businesses), 州
    # (prefectures) and the taxonomic ranks 纲, 目, 科, since parser round 37 (branch read26)
    assert not {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS
    assert "级" in {g["unit"] for g in gold}
    assert {"业者", "州", "纲", "目", "科"} <= {g["unit"] for g in gold}


# --------------------------------------------------------------------------------------
# The twenty-first split (heldout20, December 2026), built blind by one annotator (branch
# held20) by heldout19's method after heldout19 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (08:36 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def _check_multipliers(gold: list[dict[str, Any]]) -> None:
    """Check that each label's value carries the multipliers its span writes, both ways.

    Every value of 10,000 or more has a multiplier or all its digits in its span (the lesson of
    heldout17, whose labelling script multiplied 17 values by 10,000), and a number written
    before 万/萬 or 亿/億, with 余/餘/多 between or not, is multiplied (held20r's lesson:
    ``拟处罚金额1000余万元`` was first labelled 1000).
    """
    for g in gold:
        if g["value"] is not None and abs(g["value"]) >= 10_000:
            digits = "".join(ch for ch in g["text"] if ch.isdigit())
            has_multiplier = any(ch in g["text"] for ch in "万萬亿億千仟")  # 仟: the formal 千
            assert has_multiplier or len(digits) >= len(str(int(abs(g["value"])))), g
    for g in gold:
        lead = re.match(r"([0-9][0-9,]*(?:\.[0-9]+)?)[余餘多]?([万萬亿億])", g["text"])
        if lead and g["value"] is not None and "万" not in g["unit"] and "萬" not in g["unit"]:
            scale = 1e4 if lead.group(2) in "万萬" else 1e8
            assert abs(g["value"]) >= float(lead.group(1).replace(",", "")) * scale * 0.999, g


def test_heldout20_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout20", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of (Yunnan, Jilin, Jiangsu, Shanghai, Chongqing) and
    # Keelung and Nantou in Taiwan
    for place in ("云南", "吉林", "江苏", "上海", "重庆", "臺灣 基隆市", "臺灣 南投縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: about half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.45
    # copy damage kept: converter glosses (after counters and inside names), mojibake, a
    # word-spun copy, an injected sentence, a table flattened one cell a line with pipes
    # whose column (移交事項數量) names what is counted
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert any("看管组" in t for t in texts.values())
    assert sum("shared_unit" in g["tags"] and g["unit"] == "件" for g in gold) >= 14
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    (fined,) = [g for g in gold if g["text"] == "1000余万元"]
    assert (fined["value"], fined["qualifier"]) == (10_000_000, "more_than")
    # a count with a multiplier for each digit group and 多 (1萬3千多件 = more than 13,000);
    # fines in Chinese numerals (二千四百元起跳: at least 2,400)
    (many,) = [g for g in gold if g["text"] == "1萬3千多件"]
    assert (many["value"], many["qualifier"]) == (13_000, "more_than")
    assert {g["value"] for g in gold if g["text"] == "二千四百元"} == {2400}
    assert any(g["qualifier"] == "at_least" for g in gold if g["text"] == "二千四百元")
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: counters of earlier splits and two nouns counting themselves,
    # 罚单 (tickets, 9罰單) and 餐馆 (restaurants, 两餐馆)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS <= {"州", "科", "罚单", "餐馆"}
    assert {"罚单", "餐馆"} <= {g["unit"] for g in gold}
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout20" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-second split (heldout21, December 2026), built blind by one annotator (branch
# held21) by heldout20's method after heldout20 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (09:18 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


#: Splits built after the cross-split story check existed (held21r, 2026-12-06): each must
#: hold no story of another split, however its numerals or glosses are written.
STORY_CHECKED_SPLITS = SPLITS[SPLITS.index("heldout21") :]


def _distinctive_values(split: str) -> dict[str, set[tuple[float, str]]]:
    """Each document's distinctive figures: (value, unit) pairs other than integers below 100."""
    out: dict[str, set[tuple[float, str]]] = {}
    for g in _load(split)[1]:
        v = g["value"]
        if v is None or (float(v).is_integer() and abs(v) < 100):
            continue
        out.setdefault(g["doc"], set()).add((round(float(v), 6), g["unit"]))
    return out


@pytest.mark.parametrize("split", STORY_CHECKED_SPLITS)
def test_blind_split_holds_no_story_of_another_split(split: str) -> None:
    # A story another split holds in another copy (digits written as Chinese numerals,
    # converter glosses) shares no 40-character run but shares its figures: no document may
    # share six or more distinctive figures, half of its own or more, with a document of
    # another split (heldout21's b-changhua-2023-2025-waste-fines-ltn shared 7 of 7 with a
    # heldout9 document and was dropped before the measurement).
    ours = _distinctive_values(split)
    for other in SPLITS:
        if other == split:
            continue
        others = _distinctive_values(other)
        for doc, values in ours.items():
            for their_doc, theirs in others.items():
                shared = len(values & theirs)
                smaller = min(len(values), len(theirs))
                assert not (shared >= 6 and shared >= smaller / 2), (doc, other, their_doc, shared)


def test_heldout21_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout21", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of (Shaanxi, Shanxi, Inner Mongolia, Liaoning) and Miaoli
    # and Kinmen in Taiwan
    for place in ("陕西", "山西", "内蒙古", "遼寧", "臺灣 苗栗縣", "臺灣 金門縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: about half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.45
    # copy damage kept: converter glosses (after characters and counters) and mojibake
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # a rise written in tenths with a Chinese digit after 成 (增加四成二 = +42 %), a headline
    # amount whose 元 is left out (罰1.26億: flagged) and a bare multiplier after 超 (超百亿)
    (tenths,) = [g for g in gold if g["text"] == "四成二"]
    assert (tenths["value"], tenths["kind"], tenths["sign"]) == (42, "change_relative", 1)
    assert all(g["ambiguous"] for g in gold if g["text"] in ("1.26億", "百亿"))
    assert {g["value"] for g in gold if g["text"] == "百亿"} == {1e10}
    # a multiplier for each part of a figure (2萬7500元 = 27,500) in a range of fines
    (band,) = [g for g in gold if g["text"] == "2萬7500元到500萬元"]
    assert (band["low"], band["high"], band["qualifier"]) == (27_500, 5_000_000, "range")
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: counters of earlier splits (支: 10支固定式監視器) and three
    # counters of inspection work, 厂次 (23廠次以上), 根次 (12根次) and 厂家 ((10廠家))
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS <= {
        "支",
        "州",
        "科",
        "封",
        "罚单",
        "餐馆",
        "阶段",
        "厂次",
        "根次",
        "厂家",
    }
    assert {"厂次", "根次", "厂家"} <= {g["unit"] for g in gold}
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout21" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-third split (heldout22, December 2026), built blind by one annotator (branch
# held22) by heldout21's method after heldout21 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (09:37 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout22_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout22", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of: Jilin, Ningxia, Yunnan's Diqing, Heilongjiang, Anhui,
    # and Tainan and Miaoli in Taiwan
    for place in ("吉林", "宁夏", "云南 迪庆", "黑龙江", "安徽", "臺灣 臺南市", "臺灣 苗栗縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.5
    # copy damage kept: converter glosses (after characters and inside counters)
    assert sum(m["pinyin_noise"] for m in meta) >= 5
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # digits written one by one before 萬 (五七六萬餘元 = 5,760,000 and more), a headline
    # amount whose 元 is left out (逾115亿: flagged), a fall written with a minus (下降-6.5%:
    # a rise, flagged) and a band of years that stays two bounds (1年以上、5年以下)
    (digits_one_by_one,) = [g for g in gold if g["text"] == "五七六萬餘元"]
    assert (digits_one_by_one["value"], digits_one_by_one["qualifier"]) == (5_760_000, "more_than")
    (headline,) = [g for g in gold if g["text"] == "115亿"]
    assert (headline["value"], headline["unit"], headline["ambiguous"]) == (1.15e10, "元", True)
    (double_negative,) = [g for g in gold if g["text"] == "-6.5%"]
    assert (double_negative["value"], double_negative["sign"]) == (6.5, 1)
    assert double_negative["ambiguous"]
    assert {(g["text"], g["qualifier"]) for g in gold if g["text"] in ("1年", "5年")} == {
        ("1年", "at_least"),
        ("5年", "at_most"),
    }
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: one new counter, 波 (四波掃蕩行動)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS <= {"波"}
    assert "波" in {g["unit"] for g in gold}
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout22" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-fourth split (heldout23, December 2026), built blind by one annotator (branch
# held23) by heldout22's method after heldout22 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (12:25 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout23_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout23", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of: Guangdong (Maoming, Meizhou, Jiangmen, Huizhou),
    # Shanghai, Beijing, Shaanxi, and Hualien and Taitung in Taiwan
    for place in ("广东 茂名", "廣東 惠州", "上海", "北京", "陕西", "臺灣 花蓮縣", "臺灣 臺東縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.5
    # copy damage kept: converter glosses (after characters and inside a counter), doubled
    # commas, a table flattened one cell a line with pipes whose column names what is counted
    assert sum(m["pinyin_noise"] for m in meta) >= 5
    assert any("pinyin_noise" in g["tags"] and g["unit"] == "百分点" for g in gold)
    assert sum("pinyin_noise" in g["tags"] and g["unit"] == "元" for g in gold) >= 12
    assert any(",," in t for t in texts.values())
    assert sum("shared_unit" in g["tags"] and g["unit"] == "件" for g in gold) >= 14
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # a space between a figure and its multiplier (1,500 萬元 = 15,000,000, at most), a band
    # of years that stays two bounds (1年以上5年以下), a zero written as a word (案件数为零)
    # and tenths of a fall (下降5成 = -50 %)
    spaced = [g for g in gold if g["text"] == "1,500 萬元"]
    assert [(g["value"], g["qualifier"]) for g in spaced] == [(15_000_000, "at_most")]
    assert {(g["text"], g["qualifier"]) for g in gold if g["text"] in ("1年", "5年")} == {
        ("1年", "at_least"),
        ("5年", "at_most"),
    }
    (zero,) = [g for g in gold if g["text"] == "零"]
    assert (zero["value"], zero["unit"]) == (0, "件")
    # an amount whose 元 is left out (共被罰109萬, twice: flagged) and a bare multiplier after
    # a bound word (超億元, 逾億元)
    assert [(g["value"], g["unit"], g["ambiguous"]) for g in gold if g["text"] == "109萬"] == [
        (1_090_000, "元", True)
    ] * 2
    assert {(g["value"], g["qualifier"]) for g in gold if g["text"] == "億元"} == {
        (100_000_000, "greater")
    }
    (tenths,) = [g for g in gold if g["text"] == "5成"]
    assert (tenths["value"], tenths["kind"], tenths["sign"]) == (-50, "change_relative", -1)
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: none since parser round 52 registered 季 (4季, branch
    # read41); 次/季度 (每季監測1次) and 辆次 (機具20餘輛次) are in the registry since parser
    # round 42 (branch read31)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS <= {"季"}
    assert "辆次" in {g["unit"] for g in gold}
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout23" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-fifth split (heldout24, December 2026), built blind by one annotator (branch
# held24) by heldout23's method after heldout23 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (12:55 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout24_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout24", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of: Hunan, Hebei (Zhangjiakou), Jilin (Siping), Fujian
    # (Ningde, Xiamen), Tibet, the Xinjiang Production and Construction Corps, Hsinchu
    places = ("湖南", "河北 张家口", "吉林 四平", "福建 宁德", "西藏", "新疆生產建設兵團")
    for place in (*places, "臺灣 新竹縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.5
    # copy damage kept: converter glosses, doubled commas, a table flattened with pipes whose
    # cells are counted in the unit of the text above it, figures with spaces around them
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert any(",," in t for t in texts.values())
    assert sum("shared_unit" in g["tags"] and g["unit"] == "宗" for g in gold) >= 14
    assert sum("whitespace" in g["tags"] for g in gold) >= 10
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # 余 after the multiplier (288萬余元 = more than 2,880,000), a figure before 萬 in
    # Chinese numerals (二百四十九萬元), a band of money with both ends written (one range,
    # round 37) and 元 left out (6萬以上, flagged)
    (more,) = [g for g in gold if g["text"] == "288萬余元"]
    assert (more["value"], more["qualifier"]) == (2_880_000, "more_than")
    assert [g["value"] for g in gold if g["text"] == "二百四十九萬元"] == [2_490_000] * 2
    (band,) = [g for g in gold if g["text"] == "1200元以上、6000元"]
    assert (band["low"], band["high"], band["qualifier"]) == (1200, 6000, "range")
    (bare,) = [g for g in gold if g["text"] == "6萬"]
    assert (bare["value"], bare["unit"], bare["ambiguous"]) == (60_000, "元", True)
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared by the registry: 期 (简报24期) is registered since parser round 44
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == set()
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout24" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-sixth split (heldout25, December 2026), built blind by one annotator (branch
# held25) by heldout24's method after heldout24 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, on 2026-12-06
# (15:21 UTC): spent, its floors are in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout25_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout25", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of: Shaanxi (Hanzhong, Xianyang), Guizhou, Zhejiang,
    # Liaoning's coast, Yunnan's Wenshan, Anhui's Suzhou, and Chiayi, Taitung and Lienchiang
    # (Matsu) in Taiwan
    places = ("陕西 汉中", "陕西 咸阳", "贵州", "浙江", "辽宁", "云南 文山", "安徽 宿州")
    for place in (*places, "臺灣 嘉義縣", "臺灣 臺東縣", "臺灣 連江縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.5
    # copy damage kept: converter glosses (after characters and inside counters: 220個(ge)),
    # stray spaces inside names and around figures (贵阳 市53件, 59 个)
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert sum("pinyin_noise" in g["tags"] and g["unit"] == "个" for g in gold) >= 8
    assert sum("whitespace" in g["tags"] for g in gold) >= 5
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # thousands written 仟 (6,390仟元 = 6,390,000), a bare multiplier (百萬次 = 1,000,000),
    # two bands of money with both ends written (one range each, round 37) and counts of
    # batches in Chinese numerals (二十一批共3942件)
    assert [g["value"] for g in gold if g["text"] == "6,390仟元"] == [6_390_000]
    (bare,) = [g for g in gold if g["text"] == "百萬次"]
    assert (bare["value"], bare["unit"]) == (1_000_000, "次/月")  # 平均每月: held25r
    bands = {(g["low"], g["high"]) for g in gold if g["qualifier"] == "range" and g["unit"] == "元"}
    assert bands == {(1200, 100_000), (100_000, 5_000_000)}
    assert {(g["value"], g["unit"]) for g in gold if g["text"] == "二十一批"} == {(21, "批")}
    # held25r: units as the spent splits write them (N批次 in 批次, 4.5μg without /m3 in μg,
    # a mean per day in 件/日, N个百分点 in 百分点)
    assert {g["unit"] for g in gold if g["text"].endswith("批次")} == {"批次"}
    assert [g["unit"] for g in gold if g["text"] in ("4.5μg", "1.6件")] == ["μg", "件/日"]
    assert "个百分点" not in {g["unit"] for g in gold}
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: one counter the registry lacked, 部委 (農業部4部委), registered
    # by parser round 45 (branch read34)
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS <= {"部委"}
    # measured once, blind, on 2026-12-06: spent, its floors are in SPENT_FLOORS
    assert "heldout25" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-seventh split (heldout26, December 2026), built blind by one annotator (branch
# held26) by heldout25's method after heldout25 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, by the lead on
# staging ``dc0c716``, then read in parser round 50 (read39): spent, its floors in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout26_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout26", accessed="2026-12-06")
    _check_blind_split_size(texts, gold, meta)
    # places the corpus held least of: Anhui's Huainan, Chizhou and Xuancheng, Inner Mongolia,
    # Hainan, Shandong's Jining and Dezhou, Guangdong's Qingyuan and Boluo, Liaoning's Xifeng,
    # Yunnan, Sichuan, and Chiayi city and the old Taichung county in Taiwan
    places = ("安徽 淮南", "安徽 池州", "安徽 宣城", "内蒙古", "海南", "山东 济宁", "山东 德州")
    for place in (*places, "广东 清远", "广东 惠州", "辽宁 铁岭", "云南", "四川"):
        assert any(m["region"].startswith(place) for m in meta), place
    for place in ("臺灣 嘉義市", "臺灣 臺中縣"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: more than half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.5
    # copy damage kept: converter glosses (after characters and inside counters: 9070個(gè)),
    # doubled punctuation of converter copies (,,), stray spaces before counters (69 项)
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert sum("pinyin_noise" in g["tags"] and g["unit"] == "个" for g in gold) >= 5
    assert sum("whitespace" in g["tags"] for g in gold) >= 5
    assert any(",," in t for t in texts.values())
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # a multiplier on each figure of a list whose unit is written once after the last
    # (分別凈減少10.6萬、3.8萬、3.3萬平方公里), money whose 元 the headline leaves out (罚款近25亿),
    # counts with 余/多 after a multiplier (15万余件, 4万多家, 1万余份) and before it (650多万元)
    falls = {g["text"]: (g["value"], g["unit"]) for g in gold if g["unit"] == "平方公里"}
    assert falls == {
        "10.6萬": (-106_000, "平方公里"),
        "3.8萬": (-38_000, "平方公里"),
        "3.3萬平方公里": (-33_000, "平方公里"),
    }
    (headline,) = [g for g in gold if g["text"] == "25亿"]
    assert (headline["value"], headline["unit"], headline["qualifier"]) == (2.5e9, "元", "nearly")
    more = {g["text"]: g["value"] for g in gold if g["qualifier"] == "more_than"}
    expected_more = {"15万余件": 150_000, "4万多家": 40_000, "1万余份": 10_000}
    expected_more["650多万元"] = 6_500_000
    assert expected_more.items() <= more.items()
    # ranges of ppb with both ends written, whatever joins them (3-8 ppb, 25~28 ppb)
    ranges = {(g["low"], g["high"], g["unit"]) for g in gold if g["qualifier"] == "range"}
    assert ranges == {(3, 8, "ppb"), (25, 28, "ppb"), (20, 27, "ppb")}
    # ordinals, ROC years and pollutant names are not mentions (第三十批, 九十一年, PM2.5, SO2)
    assert not any(g["text"] in ("九十一年", "八十六年", "2.5") for g in gold)
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: no counter the registry lacks
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS == set()
    # the second annotator's reading (held26r): completion rates (整改完成率) are ratios, as
    # conv16 keeps them; headline money whose 元 is left out is flagged, as every spent one;
    # 案件数量为零 is a count of zero; 四个配套办法 is a name; frequencies written 各一次 are
    # counts (次/月 after 每月, as heldout11's 每月各二次); 公噸 is t
    sichuan = [g for g in gold if g["doc"].startswith("b-sichuan-2021-first-round")]
    assert {g["kind"] for g in sichuan if g["unit"] == "%"} == {"ratio"}
    assert all(g["ambiguous"] for g in gold if g["text"] in ("7.1亿", "25亿"))
    assert any(g["text"] == "零" and g["value"] == 0 and g["unit"] == "件" for g in gold)
    assert not any(g["text"] == "四个" for g in gold)
    once = sorted(g["unit"] for g in gold if g["text"] == "一次")
    assert once == ["次", "次/月"]
    assert {g["unit"] for g in gold if "公噸" in g["text"]} == {"t/平方公里/月"}
    # measured once, blind, by the lead: spent, its floors at its blind scores
    assert "heldout26" in SPENT_FLOORS


# --------------------------------------------------------------------------------------
# The twenty-eighth split (heldout27, December 2026), built blind by one annotator (branch
# held27) by heldout26's method after heldout26 was spent: simplified-script documents
# (``a-*``) and traditional-script documents (``b-*``).  Measured once, blind, by the lead on
# staging ``dc0c716``, then read in parser round 50 (read39): spent, its floors in SPENT_FLOORS.
# --------------------------------------------------------------------------------------


def test_heldout27_is_what_it_says() -> None:
    texts, gold, meta = _load_excerpt_split("heldout27", accessed="2026-12-06")
    # no statistics page was left that an earlier split had not held (corpus README)
    _check_blind_split_size(texts, gold, meta, types=("bulletin", "air_quality", "enforcement"))
    # places the corpus held least of: Guizhou, Hunan, Xinjiang, Ningxia's Yinchuan, Tianjin,
    # Hebei's Cangzhou and Tangshan, Guangdong's Yunfu, Yunnan's Baoshan, Zhejiang's Daishan,
    # Hong Kong, and Taitung, Penghu, Chiayi city and Taichung in Taiwan
    places = ("贵州", "湖南", "新疆", "宁夏 银川", "天津", "河北 沧州", "河北 唐山", "广东 云浮")
    for place in (*places, "云南 保山", "浙江 舟山 岱山", "香港"):
        assert any(m["region"].startswith(place) for m in meta), place
    for place in ("臺灣 臺東縣", "臺灣 澎湖縣", "臺灣 嘉義市", "臺灣 臺中市"):
        assert any(m["region"].startswith(place) for m in meta), place
    # the library's core is inspection and rectification: at least half of the documents
    core = ("rectification", "rectification_plan", "inspection")
    assert sum(m["type"] in core for m in meta) >= len(meta) * 0.5
    # copy damage kept: converter glosses (inside verbs, 上(shàng)升, and after counters,
    # 14個(gè), 1884件(jiàn)), stray spaces before units and after ROC years (16.3 公噸/年)
    assert sum(m["pinyin_noise"] for m in meta) >= 3
    assert sum("pinyin_noise" in g["tags"] for g in gold) >= 3
    assert sum("whitespace" in g["tags"] for g in gold) >= 8
    # values read with their multipliers, checked both ways (heldout17's and held20r's lessons)
    _check_multipliers(gold)
    # Chinese numerals with 廿 (20) and 卅 (30), with 萬 and 多 (廿四萬多元 = more than 240,000)
    more = {g["text"]: (g["value"], g["qualifier"]) for g in gold if "chinese_numeral" in g["tags"]}
    assert more["廿四萬多元"] == (240_000, "more_than")
    assert more["廿萬四千五百元"] == (204_500, "exact")
    assert more["卅八處"] == (38, "exact")
    assert more["四十二萬元"] == (420_000, "exact")
    # money whose 元 is left out is flagged (罰十萬, 七十三萬罰鍰), as every spent one
    headline = [g for g in gold if g["text"] in ("十萬", "七十三萬")]
    assert len(headline) == 2
    assert all(g["ambiguous"] and g["unit"] == "元" for g in headline)
    # bands with both ends written are one range (2至3个, 約占44~48%, 一至二次 a month)
    ranges = {(g["low"], g["high"], g["unit"]) for g in gold if g["qualifier"] == "range"}
    assert {(2, 3, "个"), (44, 48, "%"), (1, 2, "次/月")} <= ranges
    # ordinals, dates and ROC years are not mentions (第十六批, 第一、二批, 十一日, 105 年)
    assert not any(g["text"] in ("二批", "十一日", "二十七日", "21日") for g in gold)
    assert not any(g["unit"] == "年" and g["qualifier"] != "nearly" for g in gold)
    # values are the written figures, without binary noise
    for g in gold:
        if g["value"] is not None:
            assert g["value"] == float(f"{g['value']:.12g}"), g
    # units compared as written: only 分 (scores, 93 分), as the spent splits
    assert {g["unit"] for g in gold} & sc.UNREGISTERED_UNITS <= {"分"}
    # the second annotator's reading (held27r): a work's progress against its target is a
    # ratio (達成率約為157%, round 47); a bound word on each side, the strict one before wins
    # (已低於1%以下: less, as dev's 低於0.04%以下); 一个 before the fined party of Hong Kong's
    # convictions release is an article (the spent 一间公司…被罚款 are unlabelled); counts inside
    # parentheses after a converter gloss are parenthetical
    (progress,) = [g for g in gold if g["text"] == "157%"]
    assert (progress["kind"], progress["qualifier"]) == ("ratio", "approx")
    below = [g for g in gold if g["doc"].startswith("b-north-taiwan-2014") and g["text"] == "1%"]
    assert [g["qualifier"] for g in below] == ["less"]
    assert not any(g["text"] == "一个" for g in gold if g["doc"].startswith("a-hongkong-2025"))
    yunnan = [g for g in gold if g["doc"].startswith("b-yunnan-2021-batch9")]
    assert sum("parenthetical" in g["tags"] for g in yunnan) == 4
    # measured once, blind, by the lead, then read in parser round 50: spent, floors held
    assert "heldout27" in SPENT_FLOORS


def _markdown_table(text: str, header: str) -> dict[str, list[str]]:
    """Rows of the markdown table whose header line starts with ``header``: first cell →
    the other cells."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows: dict[str, list[str]] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows[cells[0]] = cells[1:]
    return rows


def _split_counts(split: str) -> dict[str, str]:
    texts, gold, meta = sc.load_split(split)
    n_trad = sum(m["script"] == "zh-Hant" for m in meta)
    n_pinyin = sum(bool(m["pinyin_noise"]) for m in meta)
    n_hard = sum(m["difficulty"] == "hard" for m in meta)
    counts = {
        "documents": f"{len(meta):,}",
        "characters": f"{sum(map(len, texts.values())):,}",
        "mentions": f"{len(gold):,}",
        "ambiguous": f"{sum(bool(g['ambiguous']) for g in gold):,}",
        "documents in traditional script (with pinyin glosses)": f"{n_trad} ({n_pinyin})",
        "`hard` / `standard` documents": f"{n_hard} / {len(meta) - n_hard}",
    }
    for kind in sc.KINDS:
        counts[f"`{kind}`"] = f"{sum(g['kind'] == kind for g in gold):,}"
    return counts


def test_readme_counts_match_the_corpus() -> None:
    readme = (sc.CORPUS / "README.md").read_text(encoding="utf-8")
    columns = {
        "dev": "dev",
        "held-out": "heldout",
        "heldout2": "heldout2",
        "heldout3": "heldout3",
        "heldout4": "heldout4",
        "heldout5": "heldout5",
        "heldout6": "heldout6",
        "heldout7": "heldout7",
        "heldout8": "heldout8",
        "heldout9": "heldout9",
        "heldout10": "heldout10",
        "heldout11": "heldout11",
        "heldout12": "heldout12",
        "heldout13": "heldout13",
        "heldout14": "heldout14",
        "heldout15": "heldout15",
        "heldout16": "heldout16",
        "heldout17": "heldout17",
        "heldout18": "heldout18",
        "heldout19": "heldout19",
        "heldout20": "heldout20",
        "heldout21": "heldout21",
        "heldout22": "heldout22",
        "heldout23": "heldout23",
        "heldout24": "heldout24",
        "heldout25": "heldout25",
        "heldout26": "heldout26",
        "heldout27": "heldout27",
    }
    table = _markdown_table(
        readme,
        "| | dev | held-out | heldout2 | heldout3 | heldout4 | heldout5 | heldout6 | heldout7 "
        "| heldout8 | heldout9 | heldout10 | heldout11 | heldout12 | heldout13 | heldout14 "
        "| heldout15 | heldout16 | heldout17 | heldout18 | heldout19 | heldout20 | heldout21 "
        "| heldout22 | heldout23 | heldout24 | heldout25 | heldout26 | heldout27 | all |",
    )
    expected = {c: _split_counts(s) for c, s in columns.items()} | {"all": _split_counts("all")}
    order = [*columns, "all"]
    assert set(table) <= set(expected["all"])
    assert {"documents", "characters", "mentions", "`level`"} <= set(table)
    for row, cells in table.items():
        assert cells == [expected[c][row] for c in order], row

    tags = _markdown_table(
        readme,
        "| tag | dev | held-out | heldout2 | heldout3 | heldout4 | heldout5 | heldout6 "
        "| heldout7 | heldout8 | heldout9 | heldout10 | heldout11 | heldout12 | heldout13 "
        "| heldout14 | heldout15 | heldout16 | heldout17 | heldout18 | heldout19 "
        "| heldout20 | heldout21 | heldout22 | heldout23 | heldout24 | heldout25 | heldout26 "
        "| heldout27 |",
    )
    golds = [sc.load_split(s)[1] for s in columns.values()]
    used = {t for gold in golds for g in gold for t in g["tags"]}
    assert used <= {row.strip("`") for row in tags}  # every tag of the gold is in the table
    for row, cells in tags.items():
        tag = row.strip("`")
        assert cells == [str(sum(tag in g["tags"] for g in gold)) for gold in golds], row
