"""Limits of the shipped standards, references to them, and targets that are standard limits.

* :func:`limits` / :func:`limit` — GB 3095 concentration limits of a standard and phase
  (or of the standard in force on a date);
* :func:`resolve` — the :class:`Limit` a :class:`~envindicators.model.StandardRef` names
  (``GB 3095-2012 二级 PM2.5 年平均`` → 35 µg/m³), in its own edition or in the edition in
  force on another date (PM2.5 grade II on 2027-06-30 → GB 3095—2026 transition, 30 µg/m³);
* :func:`check_ref` — is a reference well-formed for the standard it names;
* :func:`standard_target` — a :class:`~envindicators.model.Target` that *is* a standard
  limit (达到国家二级标准);
* :func:`targets_against_standards` — which targets are looser than the standard in force
  at their deadline (a PM2.5 target of 42 µg/m³ against a grade-II limit of 35).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pint

from envindicators.errors import ModelValidationError, StandardLookupError
from envindicators.model import Averaging, Indicator, StandardRef, Target, indicator_map
from envindicators.model.indicator import IndicatorLike
from envindicators.standards import _names as vc
from envindicators.standards._catalogue import DateLike, Standard, as_date, get, standard_for
from envindicators.units import ureg

if TYPE_CHECKING:
    from envindicators.standards.water import Waterbody

__all__ = [
    "Limit",
    "check_ref",
    "limit",
    "limits",
    "resolve",
    "standard_target",
    "targets_against_standards",
]


@dataclass(frozen=True)
class Limit:
    """One limit of a standard.

    Attributes
    ----------
    standard, phase:
        The standard's id and the phase the limit belongs to (``None``: all phases).
    item:
        Pollutant or parameter code (``PM2.5``, ``nh3n``).
    averaging:
        :class:`~envindicators.model.Averaging` for air limits, else ``None``.
    grade:
        ``二级``, ``Ⅲ类``, ``一级A`` ….
    comparator:
        ``le`` (a value meets the limit when ≤ it), ``ge`` (≥, dissolved oxygen) or
        ``band`` (``value`` … ``value_high``, pH).
    value, value_high, unit:
        The limit (``value_high`` only for a band) in ``unit``.
    provisional:
        The value is not yet checked against the official text.
    citation:
        The table it comes from.
    """

    standard: str
    phase: str | None
    item: str
    averaging: Averaging | None
    grade: str
    comparator: str
    value: float
    value_high: float | None
    unit: str
    provisional: bool
    citation: str

    @property
    def quantity(self) -> pint.Quantity:
        """``value`` as a pint quantity of :data:`envindicators.units.ureg`."""
        return ureg.Quantity(self.value, self.unit)

    @property
    def ref(self) -> StandardRef:
        """The reference naming this limit (with the value stated)."""
        grade = f"{self.grade}类" if self.grade in vc.WATER_CLASSES else self.grade
        return StandardRef(
            self.standard,
            grade=grade,
            item=self.item,
            averaging=self.averaging,
            limit=self.value,
            limit_unit=self.unit,
        )

    def met_by(self, values: Any) -> np.ndarray:
        """Whether values (in :attr:`unit`) meet the limit; NaN → False."""
        x = np.asarray(values, dtype=float)
        if self.comparator == "le":
            return x <= self.value
        if self.comparator == "ge":
            return x >= self.value
        return (x >= self.value) & (x <= (self.value_high or self.value))

    def __str__(self) -> str:
        phase = f" ({self.phase})" if self.phase else ""
        sym = {"le": "≤", "ge": "≥"}.get(self.comparator, "")
        if self.comparator == "band":
            val = f"{self.value:g}–{self.value_high:g}"
        else:
            val = f"{sym} {self.value:g}"
        avg = f" {self.averaging.zh}" if self.averaging else ""
        return f"{self.standard}{phase} {self.grade} {self.item}{avg} {val} {self.unit}"


# ---------------------------------------------------------------------------------------
# GB 3095
# ---------------------------------------------------------------------------------------
def _phase_rows(
    std: Standard, on: DateLike | None, phase: str | None
) -> tuple[pd.DataFrame, str | None]:
    """Rows of ``std``'s limits table for a phase given by name, date, or implied."""
    table = std.table("limits")
    if phase is None and on is not None:
        d = as_date(on, "on")
        if std.in_force(d):
            phase = std.phase_on(d).name
    named = table["phase"].dropna().unique().tolist()
    if not named:  # one set of limits for every phase
        return table, phase
    if phase is None:
        raise StandardLookupError(
            f"{std.id} has limits per phase ({', '.join(named)}): give on= (a date in force) "
            "or phase="
        )
    if phase not in named:
        std.phase(phase)  # raises for an unknown phase name
    return table[(table["phase"] == phase).fillna(False)].reset_index(drop=True), phase


def _air_standard(standard: str | Standard | None, on: DateLike | None) -> Standard:
    if standard is None:
        if on is None:
            raise StandardLookupError("give standard= (an id such as 'GB 3095-2012') or on=")
        return standard_for("ambient_air", on)
    std = get(standard)
    if std.kind != "ambient_air":
        raise StandardLookupError(f"{std.id} is not an ambient air quality standard")
    return std


def limits(
    standard: str | Standard | None = None,
    *,
    on: DateLike | None = None,
    phase: str | None = None,
) -> pd.DataFrame:
    """The GB 3095 concentration limits of one standard and phase.

    Parameters
    ----------
    standard:
        ``"GB 3095-2012"`` or ``"GB 3095-2026"``; ``None`` = the one in force ``on``.
    on:
        A date: picks the standard (when not given) and the phase.
    phase:
        ``"transition"`` or ``"final"`` for GB 3095—2026 (overrides ``on`` for the phase).

    Returns
    -------
    pandas.DataFrame
        Columns ``standard``, ``phase``, ``table``, ``pollutant``, ``averaging`` (codes of
        :class:`~envindicators.model.Averaging`), ``grade``, ``limit``, ``unit``,
        ``provisional``; ``attrs["citation"]`` and ``attrs["sources"]``.

    Examples
    --------
    >>> t = limits("GB 3095-2026", phase="transition")
    >>> t.query("pollutant == 'PM2.5' and grade == '二级'")[["averaging", "limit"]].values.tolist()
    [['annual', 30.0], ['24h', 60.0]]
    """
    std = _air_standard(standard, on)
    rows, ph = _phase_rows(std, on, phase)
    out = rows.copy()
    out["phase"] = out["phase"].fillna(ph if ph is not None else pd.NA).astype("string")
    out.attrs.update(std.table("limits").attrs)
    return out


def limit(
    pollutant: str,
    averaging: str | Averaging,
    *,
    grade: str | int = "二级",
    standard: str | Standard | None = None,
    on: DateLike | None = None,
    phase: str | None = None,
) -> Limit:
    """One GB 3095 limit: pollutant, averaging time, grade, in a standard and phase.

    >>> str(limit("PM2.5", "annual", on="2025-06-30"))
    'GB 3095-2012 (nationwide) 二级 PM2.5 年平均 ≤ 35 µg/m3'
    >>> limit("pm25", "年平均", on="2031-01-01").value
    25.0

    Raises
    ------
    StandardLookupError
        Unknown pollutant, averaging time or grade for that standard, or no standard.
    """
    std = _air_standard(standard, on)
    code = vc.air_pollutant(pollutant)
    try:
        avg = averaging if isinstance(averaging, Averaging) else Averaging.parse(averaging)
    except ModelValidationError as e:
        raise StandardLookupError(e.reason) from None
    g = vc.air_grade(grade)
    rows, ph = _phase_rows(std, on, phase)
    hit = rows[
        (rows["pollutant"] == code) & (rows["averaging"] == avg.value) & (rows["grade"] == g)
    ]
    if hit.empty:
        have = sorted(rows.loc[rows["pollutant"] == code, "averaging"].unique())
        raise StandardLookupError(
            f"{std.id} has no {g} limit for {code} {avg.value}"
            + (f"; its averaging times for {code}: {', '.join(have)}" if have else "")
        )
    r = hit.iloc[0]
    return Limit(
        standard=std.id,
        phase=ph,
        item=code,
        averaging=avg,
        grade=g,
        comparator="le",
        value=float(r["limit"]),
        value_high=None,
        unit=str(r["unit"]),
        provisional=bool(r["provisional"]),
        citation=std.tables["limits"].citation,
    )


# ---------------------------------------------------------------------------------------
# Water: GB 3838 and GB 18918 limits as Limit objects
# ---------------------------------------------------------------------------------------
def _table_limit(std: Standard, code: str, grade: str, rows: Any, col: str) -> Limit:
    """The limit of one item in one grade column of a water or effluent table: a band where
    the table gives a lower (``ge``) and an upper (``le``) row (pH), else the row's bound."""
    if len(rows) == 2:
        lo = float(rows.loc[rows["bound"] == "ge", col].iloc[0])
        hi = float(rows.loc[rows["bound"] == "le", col].iloc[0])
        comparator, value, high = "band", lo, hi
    else:
        comparator, value, high = str(rows["bound"].iloc[0]), float(rows[col].iloc[0]), None
    return Limit(
        standard=std.id,
        phase=None,
        item=code,
        averaging=None,
        grade=grade,
        comparator=comparator,
        value=value,
        value_high=high,
        unit=str(rows["unit"].iloc[0]),
        provisional=False,
        citation=std.tables["limits"].citation,
    )


def _water_limit(std: Standard, item: str, grade: str, waterbody: Waterbody) -> Limit:
    from envindicators.standards.water import class_limits, parameter_code

    code = parameter_code(item)
    cls = vc.water_class_code(grade)
    if cls == "劣Ⅴ":
        raise StandardLookupError("劣Ⅴ类 is 'worse than class Ⅴ': it has no limit of its own")
    table = class_limits(waterbody)
    rows = table[table["parameter"] == code]
    if rows.empty:
        raise StandardLookupError(f"GB 3838-2002 gives no {waterbody} limit for {code}")
    col = f"class_{vc.WATER_CLASSES.index(cls) + 1}"
    return _table_limit(std, code, cls, rows, col)


def _effluent_limit(std: Standard, item: str, grade: str) -> Limit:
    from envindicators.standards.effluent import effluent_limits, item_code

    code = item_code(item)
    g = vc.effluent_grade(grade)
    rows = effluent_limits()
    rows = rows[rows["item"] == code]
    if rows["condition"].notna().any():
        raise StandardLookupError(
            f"GB 18918-2002's {code} limit depends on "
            f"{' / '.join(rows['condition'].dropna().unique())}: use "
            "standards.effluent_compliance(…) with water_temperature= / built="
        )
    col = {"一级A": "grade_1a", "一级B": "grade_1b", "二级": "grade_2", "三级": "grade_3"}[g]
    if rows[col].isna().all():
        raise StandardLookupError(f"GB 18918-2002 {g} does not control {code}")
    return _table_limit(std, code, g, rows, col)


# ---------------------------------------------------------------------------------------
# References
# ---------------------------------------------------------------------------------------
def _as_ref(ref: StandardRef | str | Indicator) -> StandardRef:
    if isinstance(ref, Indicator):
        if ref.standard_ref is None:
            raise StandardLookupError(
                f"indicator {ref.code!r} names no standard reference (standard={ref.standard!r})"
            )
        return ref.standard_ref
    if isinstance(ref, StandardRef):
        return ref
    try:
        return StandardRef.parse(ref)
    except ModelValidationError as e:
        raise StandardLookupError(f"{ref!r}: {e.reason}") from None


def resolve(
    ref: StandardRef | str | Indicator,
    *,
    on: DateLike | None = None,
    phase: str | None = None,
    waterbody: Waterbody = "river",
) -> Limit:
    """The limit a reference names — in its own edition, or in the one in force ``on``.

    Parameters
    ----------
    ref:
        A :class:`~envindicators.model.StandardRef`, its text, or an indicator naming one.
        It must name an item (and, for air, an averaging time; grade II when no grade).
    on:
        When given, the limit of the same kind of standard *in force on that date*
        (``GB 3095-2012 二级 PM2.5 年平均`` on 2027-06-30 → GB 3095—2026 transition,
        30 µg/m³); otherwise the reference's own edition (its phase from ``phase=``, or
        the single set of limits it has).
    phase:
        Phase of a multi-phase edition (GB 3095—2026: ``transition``, ``final``).
    waterbody:
        ``"river"`` or ``"lake"`` (GB 3838 total phosphorus).

    Returns
    -------
    Limit

    Raises
    ------
    StandardLookupError
        Unknown id, grade, item or averaging; no item named; no standard in force.

    Examples
    --------
    >>> resolve("GB 3095-2012 二级 PM2.5 年平均").value
    35.0
    >>> resolve("GB 3095-2012 二级 PM2.5 年平均", on="2027-06-30").standard
    'GB 3095-2026'
    >>> str(resolve("GB 3838-2002 Ⅲ类 NH3-N"))
    'GB 3838-2002 Ⅲ nh3n ≤ 1 mg/L'
    """
    r = _as_ref(ref)
    own = get(r.standard)
    std = standard_for(own.kind, on) if on is not None else own
    if r.item is None:
        raise StandardLookupError(f"{r} names no pollutant or parameter: it has no single limit")
    if std.kind == "ambient_air":
        if r.averaging is None:
            raise StandardLookupError(f"{r} names no averaging time (年平均, 24小时平均 …)")
        return limit(r.item, r.averaging, grade=r.grade or "二级", standard=std, on=on, phase=phase)
    if std.kind == "surface_water":
        if r.grade is None:
            raise StandardLookupError(f"{r} names no class (Ⅲ类 …)")
        return _water_limit(std, r.item, r.grade, waterbody)
    if std.kind == "wwtp_effluent":
        if r.grade is None:
            raise StandardLookupError(f"{r} names no grade (一级A …)")
        return _effluent_limit(std, r.item, r.grade)
    raise StandardLookupError(f"{std.id} ({std.kind}) has no limits to resolve a reference to")


def check_ref(ref: StandardRef | str) -> StandardRef:
    """Check a reference against the catalogue; return it parsed.

    A reference to a standard the library does not ship (``GB 3097-1997``) passes as it
    is.  For a shipped one, its grade or class must exist, an item must resolve to a
    limit, and a stated limit (``: 35 µg/m3``) must equal the table's (in the stated
    unit).  A GB 3838 class range (``Ⅰ-Ⅲ类``, the good-water share) is a valid reference
    without an item.

    Raises
    ------
    StandardLookupError
        What is wrong, naming the reference.
    """
    r = _as_ref(ref)
    try:
        std = get(r.standard)
    except StandardLookupError:
        return r
    if std.kind in ("aqi", "air_assessment"):
        if r.grade or r.item or r.limit is not None:
            raise StandardLookupError(f"{r}: {std.id} has no grades or item limits")
        return r
    if r.grade is not None:
        if std.kind == "surface_water":
            for part in r.grade.removesuffix("类").split("-"):
                vc.water_class_code(part)
        elif std.kind == "ambient_air":
            vc.air_grade(r.grade)
        else:
            vc.effluent_grade(r.grade)
    if r.item is None:
        if r.limit is not None:
            raise StandardLookupError(f"{r}: a stated limit needs the item it is the limit of")
        return r
    phase = None
    if std.kind == "ambient_air" and len(set(std.table("limits")["phase"].dropna())) > 1:
        if r.limit is None:
            return r  # a multi-phase edition: resolved with a date
        phase = std.phase_on(std.valid_from).name
    lim = resolve(r, phase=phase)
    if r.limit is not None:
        stated = ureg.Quantity(r.limit, r.limit_unit).to(lim.unit).magnitude
        if not np.isclose(stated, lim.value, rtol=1e-9, atol=0):
            raise StandardLookupError(f"{r}: the table says {lim.value:g} {lim.unit}")
    return r


# ---------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------
def standard_target(
    indicator: Indicator,
    *,
    deadline: DateLike,
    grade: str | int | None = None,
    standard: StandardRef | str | None = None,
    waterbody: Waterbody = "river",
    **fields: Any,
) -> Target:
    """A target that is a standard limit: 达到国家二级标准 by ``deadline``.

    The limit is the one in force at the deadline (GB 3095-2012 until 2026-02-28, then
    GB 3095—2026's transition limits, its final limits from 2031), for the item and
    averaging time of the indicator's standard reference (or ``standard``), at ``grade``
    (default: the reference's grade).  The target's comparator follows the limit (≤, or
    ≥ for dissolved oxygen); ``Target.standard`` records the limit's reference.

    Parameters
    ----------
    indicator:
        The indicator (its ``standard`` names item and averaging: ``GB 3095-2012 二级
        PM2.5 年平均``).
    deadline:
        Deadline of the target (a date; a bare year means 31 December).
    grade:
        ``"二级"``, ``2``, ``"Ⅲ类"``, ``"一级A"`` … (default: the reference's).
    standard:
        A reference to use instead of the indicator's.
    waterbody:
        ``"river"`` or ``"lake"`` (GB 3838 total phosphorus).
    **fields:
        Further :class:`~envindicators.model.Target` fields (``region``, ``value_text``,
        ``quote``, ``start`` …).

    Returns
    -------
    Target

    Examples
    --------
    >>> from envindicators.model import Indicator
    >>> pm = Indicator("pm25", "PM2.5年均浓度", "PM2.5", "µg/m3", "lower",
    ...                standard="GB 3095-2012 二级 PM2.5 年平均")
    >>> t = standard_target(pm, deadline="2027-12-31", value_text="达到国家二级标准")
    >>> (t.value, t.unit, t.standard)
    (30.0, 'µg/m3', 'GB 3095-2026 二级 PM2.5 年平均: 30 µg/m3')
    """
    ref = _as_ref(standard if standard is not None else indicator)
    if isinstance(deadline, int) and not isinstance(deadline, bool):
        deadline = dt.date(deadline, 12, 31)
    d = as_date(deadline, "deadline")
    if grade is not None:
        own = get(ref.standard)
        g = (
            vc.air_grade(grade)
            if own.kind == "ambient_air"
            else f"{vc.water_class_code(grade)}类"
            if own.kind == "surface_water"
            else vc.effluent_grade(grade)
        )
        ref = ref.replace(grade=g, limit=None, limit_unit=None)
    lim = resolve(ref, on=d, waterbody=waterbody)
    comparator = {"le": "le", "ge": "ge", "band": "band"}[lim.comparator]
    extra: dict[str, Any] = {"number_high": lim.value_high} if lim.comparator == "band" else {}
    fields.setdefault(
        "note", f"standard limit: {lim}" + (" (provisional)" if lim.provisional else "")
    )
    return Target(
        indicator=indicator,
        comparator=comparator,  # type: ignore[arg-type]
        number=lim.value,
        unit_written=lim.unit,
        deadline=d,
        standard=lim.ref,
        **extra,
        **fields,
    )


def targets_against_standards(
    targets: pd.DataFrame, indicators: IndicatorLike, *, waterbody: Waterbody = "river"
) -> pd.DataFrame:
    """Targets compared with the standard limit in force at their deadline.

    For each level target whose indicator names a standard limit (item and, for air, an
    averaging time), the limit of the same grade in the standard in force on the
    target's deadline: a lower-is-better target (≤, <) above the limit — or a ≥ target
    below a ≥ limit — is **looser** than the standard (辽宁省: PM2.5 ≤ 42 µg/m³ by 2020
    while GB 3095-2012's grade-II annual limit is 35).

    Parameters
    ----------
    targets:
        A targets frame (the bundled ``datasets.load("targets")`` or
        :meth:`Target.to_frame`).
    indicators:
        The indicator registry (frame, mapping or iterable).
    waterbody:
        ``"river"`` or ``"lake"`` (GB 3838 total phosphorus).

    Returns
    -------
    pandas.DataFrame
        One row per comparable target: ``target_id``, ``region``, ``indicator``,
        ``comparator``, ``target``, ``unit``, ``deadline``, ``standard`` (id in force),
        ``phase``, ``grade``, ``limit`` (in ``unit``), ``looser`` (bool), ``margin``
        (target − limit, in ``unit``; > 0 is looser for ≤ targets), ``provisional``.
        Targets without a deadline, of another kind (changes, bands) or whose indicator
        names no resolvable limit are left out.
    """
    registry = indicator_map(indicators)
    rows = []
    for label, t in targets.iterrows():
        ind = registry.get(str(t["indicator"]))
        if ind is None or ind.standard_ref is None or ind.standard_ref.item is None:
            continue
        kind = t.get("kind")
        if pd.notna(kind) and kind not in ("level", "ratio"):
            continue
        comparator = str(t["comparator"])
        if comparator not in ("le", "lt", "ge", "gt") or pd.isna(t.get("deadline")):
            continue
        try:
            lim = resolve(ind.standard_ref, on=t["deadline"], waterbody=waterbody)
        except StandardLookupError:
            continue
        if lim.comparator == "band":
            continue
        unit = str(t["unit"]) if pd.notna(t.get("unit")) else ind.unit
        value = float(t["value"]) if pd.notna(t.get("value")) else float(t["number"])
        lim_value = ureg.Quantity(lim.value, lim.unit).to(unit).magnitude
        upper = comparator in ("le", "lt")
        if upper != (lim.comparator == "le"):
            continue  # a ≥ target against a ≤ limit (or the reverse) is not comparable
        looser = value > lim_value if upper else value < lim_value
        rows.append(
            {
                "target_id": t.get("target_id", label),
                "region": t.get("region"),
                "indicator": ind.code,
                "comparator": comparator,
                "target": value,
                "unit": unit,
                "deadline": t["deadline"],
                "standard": lim.standard,
                "phase": lim.phase,
                "grade": lim.grade,
                "limit": lim_value,
                "looser": bool(looser),
                "margin": value - lim_value,
                "provisional": lim.provisional,
            }
        )
    cols = [
        "target_id", "region", "indicator", "comparator", "target", "unit", "deadline",
        "standard", "phase", "grade", "limit", "looser", "margin", "provisional",
    ]  # fmt: skip
    out = pd.DataFrame(rows, columns=cols)
    for c in (
        "target_id",
        "region",
        "indicator",
        "comparator",
        "unit",
        "standard",
        "phase",
        "grade",
    ):
        out[c] = out[c].astype("string")
    out["deadline"] = pd.to_datetime(out["deadline"])
    for c in ("target", "limit", "margin"):
        out[c] = out[c].astype(float)
    out["looser"] = out["looser"].astype(bool)
    out["provisional"] = out["provisional"].astype(bool)
    return out
