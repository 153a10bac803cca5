"""The ``.ei`` pandas accessor: normalise, compare with targets and fit trends in place.

Importing this module registers ``.ei`` on :class:`pandas.Series` and
:class:`pandas.DataFrame`::

    >>> import envindicators.accessor  # noqa: F401  (registers .ei)
    >>> import pandas as pd
    >>> pd.Series(["1.5万吨/日", "3000吨/日", "50萬噸/日"]).ei.normalize("t/d").tolist()
    [15000.0, 3000.0, 500000.0]

``import envindicators`` alone does **not** register anything: a library should not change
pandas globally unless asked, and ``import envindicators.accessor`` is that request.

Every method delegates to a library function — the accessor adds no arithmetic of its own,
so ``s.ei.normalize(...)`` is exactly :func:`envindicators.units.normalize` and
``targets.ei.gap(obs)`` exactly :func:`~envindicators.analytics.pair_observations` followed
by :func:`~envindicators.analytics.gap`.

=======================================  ================================================
Series (``s.ei``)                        delegates to
=======================================  ================================================
``parse(errors=)``                       :func:`~envindicators.units.parse_quantity`, one
                                         row of parsed fields per cell
``normalize(to, context, unit=)``        :func:`~envindicators.units.normalize`
``quantity(unit=)``                      a pint :class:`~pint.Quantity` array of
                                         :data:`~envindicators.units.ureg`
``to_pint(unit=, to=)``                  a pint-pandas ``PintArray`` Series in our registry
``from_pint(to=)``                       ``PintArray`` → ``value`` floats + ``unit`` string
``trend(t, method=)``                    :func:`~envindicators.analytics.linear_trend`,
                                         :func:`~envindicators.analytics.loglinear_trend`,
                                         :func:`~envindicators.analytics.sens_slope`
``mann_kendall(t)``, ``sens_slope(t)``   the functions of the same name
``project(to=)``,                        :func:`~envindicators.analytics.project`,
``probability_of_meeting(target=, …)``   :func:`~envindicators.analytics.probability_of_meeting`
=======================================  ================================================

=======================================  ================================================
DataFrame (``df.ei``)                    delegates to
=======================================  ================================================
``normalize(value=, unit=, to=)``        :func:`~envindicators.units.normalize` (per-row
                                         units and contexts from columns)
``gap(observations, how=)``              :func:`~envindicators.analytics.pair_observations`
                                         + :func:`~envindicators.analytics.gap` (``df`` =
                                         targets)
``schedule(observations, at=)``          … + :func:`~envindicators.analytics.schedule_progress`
``trend(value=, time=, by=, method=)``   the trend functions on a long frame
``mann_kendall``, ``sens_slope``,        idem
``project``, ``probability_of_meeting``
``to_pint(value=, unit=)``,              pint-pandas interoperability, column-wise
``from_pint()``
``validate(table)``                      :func:`envindicators.datasets.validate`
=======================================  ================================================

Which representation to use when
--------------------------------
**Plain floats plus a unit column** (``value`` + ``unit``, as in the bundled tables) is the
representation of envindicators.  Use it by default: it is what the datasets, the model
and every analytics function read and write; it is vectorised numpy (a conversion is one
multiplication per distinct unit, not per row); a column may mix units (a report's
``亩``, ``公顷`` and ``平方公里`` side by side) and contexts (``water``, ``steam``) row by
row; and it survives CSV, Parquet and spreadsheets unchanged.

**pint-pandas** ``PintArray`` columns (dtype ``pint[亩]``) carry one unit per column inside
the dtype, so pandas arithmetic checks dimensions for you.  Use them when your own code
already works in pint-pandas: convert **at the boundary** — ``s.ei.to_pint()`` to hand
envindicators results to pint-pandas code, ``s.ei.from_pint()`` (or ``df.ei.from_pint()``)
to bring pint-pandas columns back to floats + unit; ``s.ei.normalize(to=…)`` and the trend
methods also accept a ``PintArray`` Series directly.  A ``PintArray`` column holds a single
unit, so a mixed-unit column must be normalised first (``df.ei.to_pint(..., to=...)``).

pint-pandas and the registry
----------------------------
pint-pandas is an optional extra (``pip install 'envindicators[pint-pandas]'``); it is
imported only when a pint method is called, and a missing install raises an
:class:`ImportError` naming the extra.  pint-pandas keeps **one registry per process**, in
``pint_pandas.PintType.ureg`` (pint's application registry unless you change it), and
builds every dtype from it — ``pint[m]`` columns of your own, and every result of
pint-pandas arithmetic.  That registry is **yours**: envindicators never changes it (nor
pint's application registry), so your ``pint[m]`` columns keep working however the ``.ei``
methods are used.  Consequently :meth:`SeriesAccessor.to_pint` builds its ``PintArray`` in
*pint-pandas's* registry: a unit that registry defines with the same meaning as
:data:`~envindicators.units.ureg` (``ha``, ``µg/m3`` — spelled with full names, ``t/d``,
``%``; any spelling of ours that is an exact alias of its units: ``km2``, ``平方公里`` →
``kilometer ** 2``) is used as is, and the arrays combine with yours; a unit it does not
know (``亩``, ``万吨``, ``户``) raises :class:`PintRegistryConflictError` suggesting ``to=``
a unit it knows.  To have the Chinese units inside pint-pandas dtypes, make the choice
yourself, once, at the top of your program::

    import pint_pandas
    from envindicators.units import ureg
    pint_pandas.PintType.ureg = ureg  # or pint.set_application_registry(ureg)

(our registry contains pint's default definitions, so ``pint[m]`` dtypes keep working in
it).  :meth:`from_pint` reads a ``PintArray`` of any registry (magnitudes and a unit string).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

import numpy as np
import pandas as pd
import pint

from envindicators import analytics, datasets
from envindicators.analytics.gap import DEFAULT_APPROX_RTOL
from envindicators.analytics.schedule import DEFAULT_TOLERANCE
from envindicators.errors import EnvIndicatorsError, QuantityParseError
from envindicators.model import Indicator, canonical_values, indicator_map
from envindicators.model.indicator import IndicatorLike
from envindicators.units import normalize as _normalize
from envindicators.units import parse_quantity, ureg
from envindicators.units.vocab import Kind, Qualifier

if TYPE_CHECKING:
    from envindicators.analytics.trends import (
        LinearTrend,
        LogLinearTrend,
        MannKendallResult,
        Projection,
        SensSlopeResult,
    )
    from envindicators.analytics.trends.mannkendall import Method as MannKendallMethod
    from envindicators.analytics.trends.projection import ProjectionMethod
    from envindicators.model.vocab import Comparator

__all__ = [
    "PARSE_COLUMNS",
    "TREND_METHODS",
    "DataFrameAccessor",
    "PintRegistryConflictError",
    "SeriesAccessor",
]

#: Columns of :meth:`SeriesAccessor.parse`.
PARSE_COLUMNS: tuple[str, ...] = (
    "text",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "kind",
    "sign",
    "baseline",
    "multiplier",
    "error",
)

TrendMethod = Literal["ols", "loglinear", "theil_sen", "sens"]
#: ``method=`` of :meth:`SeriesAccessor.trend` / :meth:`DataFrameAccessor.trend`.
TREND_METHODS: dict[str, Any] = {
    "ols": analytics.linear_trend,
    "loglinear": analytics.loglinear_trend,
    "theil_sen": analytics.sens_slope,
    "sens": analytics.sens_slope,
}
Pairing = Literal["latest", "by_deadline", "at_deadline", "rows"]


class TrendOptions(TypedDict, total=False):
    """Keyword options of ``.ei.trend``.

    ``alpha`` for every method, ``at`` for ``"ols"`` and ``"loglinear"``,
    ``period``/``season`` for ``"theil_sen"``.
    """

    alpha: float
    at: object
    period: int
    season: object


class MannKendallOptions(TypedDict, total=False):
    """Keyword options of :func:`~envindicators.analytics.mann_kendall`."""

    alpha: float
    method: MannKendallMethod
    lag: int | None
    acf_alpha: float | None
    period: int
    season: object


class SensSlopeOptions(TypedDict, total=False):
    """Keyword options of :func:`~envindicators.analytics.sens_slope`."""

    alpha: float
    method: Literal["original", "seasonal", "correlated_seasonal"]
    period: int
    season: object


class ProjectOptions(TypedDict, total=False):
    """Keyword options of :func:`~envindicators.analytics.project`."""

    method: ProjectionMethod
    alpha: float
    n_boot: int
    rng: np.random.Generator | int | None


class ProbabilityOptions(TypedDict, total=False):
    """Keyword options of :func:`~envindicators.analytics.probability_of_meeting`."""

    comparator: Comparator | str | None
    target_high: object
    tolerance: object
    method: ProjectionMethod
    n_boot: int
    rng: np.random.Generator | int | None


Unmatched = Literal["keep", "drop"]
Errors = Literal["raise", "coerce"]
Ranges = Literal["raise", "nan", "low", "high", "mid"]

PINT_PANDAS_EXTRA = "pint-pandas"


class PintRegistryConflictError(EnvIndicatorsError, RuntimeError):
    """A unit that pint-pandas's registry (not ours, and not ours to change) lacks."""


# ---------------------------------------------------------------------------------------
# pint-pandas, imported lazily
# ---------------------------------------------------------------------------------------
def _pint_pandas() -> Any:
    """The pint_pandas module (see "pint-pandas and the registry" in the module docstring)."""
    try:
        import pint_pandas
    except ImportError as exc:
        raise ImportError(
            "this method needs pint-pandas, an optional extra of envindicators: "
            f"pip install 'envindicators[{PINT_PANDAS_EXTRA}]'"
        ) from exc
    return pint_pandas


def _registry_of(pint_pandas: Any) -> pint.UnitRegistry:
    """The registry pint-pandas builds its dtypes from (its application registry resolved)."""
    current = pint_pandas.PintType.ureg
    if isinstance(current, pint.ApplicationRegistry):
        return current.get()
    return current


def _spelled_for(theirs: pint.UnitRegistry, unit: pint.Unit) -> str:
    """``unit`` spelled with names ``theirs`` knows (see :func:`_name_for`)."""
    parts = []
    for name, power in unit._units.items():
        expr = _name_for(theirs, name)
        parts.append(expr if power == 1 else f"({expr}) ** {power}")
    return " * ".join(parts) or "dimensionless"


def _name_for(theirs: pint.UnitRegistry, name: str, depth: int = 0) -> str:
    """One of our unit names as an expression of names ``theirs`` knows, same meaning.

    The name as is when ``theirs`` knows it (``microgram``); else its definition when that
    is an exact alias — scale 1, no offset — spelled the same way in turn
    (``square_kilometer = kilometer ** 2`` → ``kilometer ** 2``, whatever our spelling:
    ``km2``, ``平方公里``); else the root units when they are exactly the unit
    (``cubic_meter`` → ``meter ** 3``).  A scaled unit (亩, 万吨) or a counter word (户 is
    not any count) has no such spelling: :class:`ValueError`.
    """
    try:
        theirs.Unit(name)
        return name
    except (pint.PintError, AttributeError, TypeError, ValueError):
        pass
    definition = ureg._units.get(name)
    converter = getattr(definition, "converter", None)
    reference = getattr(definition, "reference", None)
    exact = (
        reference is not None
        and getattr(converter, "scale", None) == 1
        and not getattr(converter, "offset", 0)
        and "count" not in ureg.get_root_units(name)[1]._units
    )
    if exact and depth < 8 and reference:
        parts = []
        for ref, power in reference.items():
            expr = _name_for(theirs, ref, depth + 1)
            parts.append(expr if power == 1 else f"({expr}) ** {power}")
        return " * ".join(parts)
    factor, root = ureg.get_root_units(ureg.Unit(name))
    if factor != 1 or "count" in root._units:  # 户 is not any count: no alias
        raise ValueError(f"{name} is not an alias of units pint-pandas's registry knows")
    return f"({format(root, 'D')})"


def _pint_pandas_unit(pint_pandas: Any, unit: str) -> pint.Unit:
    """``unit`` (a unit string of our registry) as a unit of pint-pandas's registry, with
    the same meaning — never by changing that registry.

    Raises
    ------
    PintRegistryConflictError
        pint-pandas's registry does not define the unit, or defines it differently.
    """
    theirs = _registry_of(pint_pandas)
    ours = ureg.Unit(unit)
    if theirs is ureg:
        return ours
    factor, root = ureg.get_root_units(ours)
    try:
        candidate = theirs.Unit(_spelled_for(theirs, ours))
        their_factor, their_root = theirs.get_root_units(candidate)
        same = dict(their_root._units) == dict(root._units) and bool(
            # pint types a magnitude as any number (complex, Decimal …); a root-unit factor
            # is a real float, which its stub cannot say
            np.isclose(their_factor, factor, rtol=1e-12, atol=0.0)  # type: ignore[arg-type]
        )
    except (pint.PintError, AttributeError, TypeError, ValueError):
        same = False
    if same:
        return candidate
    hint = ""
    try:
        theirs.Unit(format(root, "D"))
        hint = f" pass to= a unit it knows (to={format(root, 'D')!r}), or"
    except (pint.PintError, AttributeError, TypeError, ValueError):
        pass
    raise PintRegistryConflictError(
        f"{unit!r} is not a unit of pint-pandas's registry with the same meaning (that "
        "registry is pint_pandas.PintType.ureg, the one your own pint[...] columns use; "
        f"envindicators does not change it):{hint} make envindicators' registry "
        "pint-pandas's for your program yourself: pint_pandas.PintType.ureg = "
        "envindicators.units.ureg"
    )


def _is_pint(obj: pd.Series | Any) -> bool:
    """True for a Series (or dtype) of pint-pandas, without importing pint-pandas."""
    mod = sys.modules.get("pint_pandas")
    dtype = obj.dtype if isinstance(obj, pd.Series) else obj
    return mod is not None and isinstance(dtype, mod.PintType)


def _unit_text(unit: pint.Unit) -> str:
    """A unit string :data:`ureg` parses back to ``unit`` (any registry's unit)."""
    if getattr(unit, "_REGISTRY", None) is ureg:
        return str(unit)  # our default format: compact symbols (亩, µg/m3, 万吨/d)
    return format(unit, "D")  # full names, which our registry (a superset) knows


def _pint_parts(s: pd.Series) -> tuple[pd.Series, str]:
    """Magnitudes (in the PintArray's subdtype) and unit string of a pint Series."""
    # PintArray.data: the magnitudes in the array's own subdtype (no unit stripping)
    magnitudes = pd.Series(s.array.data, index=s.index, name=s.name)
    return magnitudes, _unit_text(s.dtype.units)


def _same_unit(a: str, b: str) -> bool:
    """Two spellings of one unit (pint keeps ``μg/m3`` and ``微克/立方米`` as distinct,
    equal-sized units, so ``Unit ==`` is not the test)."""
    try:
        return bool(np.isclose(ureg.Quantity(1.0, a).m_as(b), 1.0, rtol=1e-12, atol=0.0))
    except pint.DimensionalityError:
        return False


def _float_dtype(dtype: Any) -> Any:
    """Keep a float dtype (float64, Float64 …); anything else becomes float64."""
    if pd.api.types.is_float_dtype(dtype):
        return dtype
    return np.dtype("float64")


@functools.cache
def _bundled_indicators() -> dict[str, Indicator]:
    return indicator_map(datasets.load("indicators"))


def _registry(indicators: IndicatorLike | None) -> dict[str, Indicator]:
    return _bundled_indicators() if indicators is None else indicator_map(indicators)


# ---------------------------------------------------------------------------------------
# Series
# ---------------------------------------------------------------------------------------
@pd.api.extensions.register_series_accessor("ei")
class SeriesAccessor:
    """``s.ei``: envindicators on one column (see the module docstring).

    Parameters
    ----------
    series : pandas.Series
        The column the accessor works on.
    """

    def __init__(self, series: pd.Series) -> None:
        self._obj = series

    # -- values as numbers -----------------------------------------------------------
    def _numbers(self) -> pd.Series:
        """The Series as numbers: magnitudes for a PintArray Series."""
        if _is_pint(self._obj):
            return _pint_parts(self._obj)[0].astype(float)
        return self._obj

    # -- parsing and units -----------------------------------------------------------
    def parse(self, *, errors: Errors = "raise") -> pd.DataFrame:
        """Parse each cell with :func:`~envindicators.units.parse_quantity`.

        Each distinct string is parsed once (``pandas.factorize``), then the fields are
        taken back to the rows.

        Parameters
        ----------
        errors : Errors, default 'raise'
            ``"raise"`` (default): the first cell that does not parse raises
            :class:`~envindicators.errors.QuantityParseError`, with the row label added to
            the message.  ``"coerce"``: such rows get NA fields and the reason in
            ``error``.

        Returns
        -------
        pandas.DataFrame
            Indexed like the Series, with :data:`PARSE_COLUMNS`: ``text`` (the cell),
            ``value`` (multiplier and sign applied; NaN for ranges), ``low``, ``high``
            (float64), ``unit`` (pint unit string), ``qualifier``, ``kind`` (categoricals
            of the vocabulary codes), ``sign`` (Int8), ``baseline``, ``multiplier``,
            ``error`` (string).  Missing cells give NA fields and no error.

        Examples
        --------
        >>> import envindicators.accessor  # noqa: F401
        >>> df = pd.Series(["约1.5万吨/日", "同比下降2.6%"]).ei.parse()
        >>> df[["value", "unit", "qualifier", "kind"]].to_records(index=False).tolist()
        [(15000.0, '吨/日', 'approx', 'level'), (-2.6, '%', 'exact', 'change_relative')]
        """
        if errors not in ("raise", "coerce"):
            raise ValueError(f"errors must be 'raise' or 'coerce', got {errors!r}")
        s = self._obj
        codes, uniques = pd.factorize(s.to_numpy(dtype=object), use_na_sentinel=True)
        rows: list[tuple[Any, ...]] = []
        for k, text in enumerate(uniques):
            if not isinstance(text, str):
                raise TypeError(
                    f"s.ei.parse() needs text; row {s.index[np.argmax(codes == k)]!r} holds "
                    f"{type(text).__name__} {text!r}"
                )
            try:
                q = parse_quantity(text)
            except QuantityParseError as exc:
                if errors == "raise":
                    row = s.index[np.argmax(codes == k)]
                    raise QuantityParseError(
                        text, exc.position, f"{exc.reason} (row {row!r})"
                    ) from exc
                rows.append((None,) * 9 + (str(exc.reason),))
                continue
            rows.append(
                (q.value, q.low, q.high, q.unit, q.qualifier.value, q.kind.value, q.sign,
                 q.baseline, q.multiplier, None)
            )  # fmt: skip
        rows.append((None,) * 10)  # the row of missing cells (code -1)
        table = pd.DataFrame(rows, columns=list(PARSE_COLUMNS[1:]))
        out = table.take(np.where(codes < 0, len(rows) - 1, codes)).set_axis(s.index)
        out.insert(0, "text", s.astype("string"))
        for col in ("value", "low", "high"):
            out[col] = out[col].astype("float64")
        for col in ("unit", "baseline", "multiplier", "error"):
            out[col] = out[col].astype("string")
        out["sign"] = out["sign"].astype("Int8")
        out["qualifier"] = pd.Categorical(out["qualifier"], categories=[q.value for q in Qualifier])
        out["kind"] = pd.Categorical(out["kind"], categories=[k.value for k in Kind])
        return out

    def normalize(
        self,
        to: str | pint.Unit,
        context: str | Sequence[str] | None = None,
        *,
        unit: str | Sequence[str] | np.ndarray | pd.Series | None = None,
        errors: Errors = "raise",
        ranges: Ranges = "raise",
    ) -> pd.Series:
        """Convert the column to floats in ``to``: :func:`envindicators.units.normalize`.

        Parameters
        ----------
        to : str or pint.Unit
            Target unit of :data:`~envindicators.units.ureg` (``"t/d"``, ``"ha"``, ``"%"``).
        context : str or Sequence[str], optional
            Pint context name(s): ``"water"`` (1 t of water ↔ 1 m³), ``"steam"``
            (蒸吨/小时 ↔ MW), ``"points"`` (百分点 ↔ %).
        unit : str or Sequence[str] or numpy.ndarray or pandas.Series, optional
            Unit of a numeric column: one unit string, or one per row (array or Series).
            Not used for text (the unit is in the text) nor for a ``PintArray`` Series
            (the unit is in the dtype).
        errors : {'raise', 'coerce'}, default 'raise'
            What to do with a value that cannot be converted, as for
            :func:`~envindicators.units.normalize`.
        ranges : {'raise', 'nan', 'low', 'high', 'mid'}, default 'raise'
            How a range (``3-5吨``) becomes one value, or is refused, as for
            :func:`~envindicators.units.normalize`.

        Returns
        -------
        pandas.Series
            Float64 values in ``to``, same index and name.  Signs of changes are kept, qualifiers
            dropped (use :meth:`parse` to keep them).
        """
        s = self._obj
        if _is_pint(s):
            if unit is not None:
                raise TypeError("a PintArray Series carries its unit in the dtype; drop unit=")
            magnitudes, unit = _pint_parts(s)
            s = magnitudes.astype(float)
        elif unit is None and pd.api.types.is_numeric_dtype(s.dtype):
            raise TypeError(
                f"s.ei.normalize(): {s.name!r} holds numbers; pass unit= (their unit, one "
                "string or one per row)"
            )
        if isinstance(unit, pd.Series):
            unit = unit.reindex(s.index)
        out = _normalize(s, to, context, units=unit, errors=errors, ranges=ranges)
        assert isinstance(out, pd.Series)
        return out

    def quantity(
        self, unit: str | None = None, *, to: str | None = None, context: str | None = None
    ) -> pint.Quantity:
        """The column as one pint :class:`~pint.Quantity` array of our registry.

        ``unit`` is the unit of a numeric column (text and ``PintArray`` Series carry
        their own); ``to`` converts (text with several units needs it).  Needs no
        pint-pandas.  NA becomes NaN.

        Parameters
        ----------
        unit : str, optional
            Unit of a numeric column (text and ``PintArray`` Series carry their
            own).
        to : str, optional
            Unit to convert to (needed for text with several units).
        context : str, optional
            Conversion context (``"water"``, ``"air"`` …) for units that need one.

        Returns
        -------
        pint.Quantity
            The column's values as one array quantity of
            :data:`~envindicators.units.ureg`.

        Examples
        --------
        >>> import envindicators.accessor  # noqa: F401
        >>> pd.Series([15.0, 30.0]).ei.quantity("亩", to="ha").magnitude.round(1).tolist()
        [1.0, 2.0]
        """
        magnitudes, unit_out = self._values_in(unit, to, context)
        return ureg.Quantity(magnitudes.to_numpy(dtype=float, na_value=np.nan), unit_out)

    def _values_in(
        self, unit: str | None, to: str | None, context: str | None
    ) -> tuple[pd.Series, str]:
        """Magnitudes and their unit: ``to`` when given, else the column's own unit."""
        s = self._obj
        if _is_pint(s):
            if unit is not None:
                raise TypeError("a PintArray Series carries its unit in the dtype; drop unit=")
            magnitudes, own = _pint_parts(s)
        elif pd.api.types.is_numeric_dtype(s.dtype):
            if unit is None:
                raise TypeError(f"{s.name!r} holds numbers; pass unit= (the unit they are in)")
            magnitudes, own = s, unit
        else:
            if unit is not None:
                raise TypeError("text carries its units; pass to= (the unit wanted), not unit=")
            if to is None:
                units = [str(u) for u in self.parse()["unit"].dropna().unique()]
                if not units or not all(_same_unit(u, units[0]) for u in units):
                    raise ValueError(
                        f"the text holds {len(units)} different units {sorted(units)}; "
                        "pass to= (one unit for the column)"
                    )
                to = str(units[0])
            return self.normalize(to, context), to
        if to is None:
            return magnitudes, own
        conv = _normalize(magnitudes.astype(float), to, context, units=own)
        assert isinstance(conv, pd.Series)
        return conv.astype(_float_dtype(magnitudes.dtype)), to

    def to_pint(
        self, unit: str | None = None, *, to: str | None = None, context: str | None = None
    ) -> pd.Series:
        """The column as a pint-pandas ``PintArray`` Series, in pint-pandas's own registry.

        pint-pandas's registry (``pint_pandas.PintType.ureg``) is never changed: the
        array is built in it, so it combines with your own ``pint[...]`` columns (see
        "pint-pandas and the registry" in the module docstring).

        Parameters
        ----------
        unit : str or None
            Unit of a numeric column (required for numbers; text and ``PintArray``
            Series carry their own).
        to : str or None
            Convert to this unit first (text holding several units needs it; a unit
            pint-pandas's registry knows, when it does not know the column's).
        context : str or None
            Pint context for the conversion (``"water"``, ``"steam"`` …).

        Returns
        -------
        pandas.Series
            Dtype ``pint[<unit>]`` of pint-pandas's registry (the unit spelled the way that
            registry spells it), same index and name; the subdtype is the column's float
            dtype (``float64``, ``Float64``), or ``float64``.  :meth:`from_pint` gives the
            floats and the unit back unchanged.

        Raises
        ------
        ImportError
            pint-pandas is not installed (extra ``pint-pandas``).
        PintRegistryConflictError
            pint-pandas's registry does not define the unit (亩, 万吨 in pint's default
            registry) or defines it differently: pass ``to=``, or make
            :data:`~envindicators.units.ureg` pint-pandas's registry yourself.

        Examples
        --------
        >>> import envindicators.accessor  # noqa: F401
        >>> s = pd.Series([16833.0, 1500.0]).ei.to_pint("亩", to="ha")
        >>> str(s.dtype), s.pint.magnitude.round(1).tolist()
        ('pint[hectare][float64]', [1122.2, 100.0])
        """
        pp = _pint_pandas()
        magnitudes, unit_out = self._values_in(unit, to, context)
        dtype = pp.PintType(_pint_pandas_unit(pp, unit_out), _float_dtype(magnitudes.dtype))
        array = pp.PintArray(magnitudes.astype(dtype.subdtype).array, dtype=dtype)
        return pd.Series(array, index=self._obj.index, name=self._obj.name)

    def from_pint(self, to: str | None = None, *, context: str | None = None) -> pd.DataFrame:
        """A ``PintArray`` Series (any registry) → ``value`` floats + ``unit`` string.

        The representation envindicators works in (see "Which representation to use
        when").  ``value`` keeps the array's float subdtype; with ``to`` the values are
        converted with :func:`~envindicators.units.normalize` (inside ``context``).

        Parameters
        ----------
        to : str, optional
            Unit to convert the values to (default: the array's own).
        context : str, optional
            Conversion context for units that need one.

        Returns
        -------
        pandas.DataFrame
            Same index; columns ``value`` and ``unit`` (string, one unit for all rows, in
            a spelling :data:`~envindicators.units.ureg` parses back to the same unit).
        """
        s = self._obj
        if not _is_pint(s):
            raise TypeError(f"from_pint() needs a pint-pandas Series, got dtype {s.dtype}")
        magnitudes, unit = _pint_parts(s)
        if to is not None:
            conv = _normalize(magnitudes.astype(float), to, context, units=unit)
            magnitudes = pd.Series(conv, index=s.index).astype(_float_dtype(magnitudes.dtype))
            unit = str(to)
        return pd.DataFrame(
            {"value": magnitudes.array, "unit": pd.array([unit] * len(s), dtype="string")},
            index=s.index,
        )

    # -- trends ----------------------------------------------------------------------
    def trend(
        self, t: Any = None, *, method: TrendMethod = "ols", **kwargs: Unpack[TrendOptions]
    ) -> LinearTrend | LogLinearTrend | SensSlopeResult:
        """Fit a trend to the column.

        ``"ols"`` (:func:`~envindicators.analytics.linear_trend`), ``"loglinear"``
        (:func:`~envindicators.analytics.loglinear_trend`) or ``"theil_sen"``/``"sens"``
        (:func:`~envindicators.analytics.sens_slope`).

        ``t`` is the time axis (default: the index unless it is a ``RangeIndex``); keyword
        arguments go to the function (``alpha=``, ``at=`` …).  A ``PintArray`` Series is
        fitted on its magnitudes (slopes are in its unit per unit of ``t``).

        Parameters
        ----------
        t : Any, optional
            Time axis (default: the index unless it is a ``RangeIndex``).
        method : TrendMethod, default 'ols'
            ``"ols"``, ``"loglinear"``, ``"theil_sen"`` or ``"sens"``.
        **kwargs : Unpack[TrendOptions]
            Keyword arguments of the trend function (``alpha=``, ``at=`` …).

        Returns
        -------
        LinearTrend or LogLinearTrend or SensSlopeResult
            The fit, as the trend function returns it for one series.
        """
        return _trend_function(method)(self._numbers(), t, **kwargs)

    def mann_kendall(
        self, t: Any = None, **kwargs: Unpack[MannKendallOptions]
    ) -> MannKendallResult:
        """Test the column for a monotonic trend (Mann–Kendall).

        :func:`~envindicators.analytics.mann_kendall` (``method=`` ``"original"``,
        ``"hamed_rao"`` or ``"seasonal"``; ``period=``, ``alpha=`` …).

        Parameters
        ----------
        t : Any, optional
            Time axis (default: the index unless it is a ``RangeIndex``).
        **kwargs : Unpack[MannKendallOptions]
            Keyword arguments of :func:`~envindicators.analytics.mann_kendall`
            (``method=``, ``period=``, ``alpha=`` …).

        Returns
        -------
        MannKendallResult
            The test result.
        """
        return analytics.mann_kendall(self._numbers(), t, **kwargs)

    def sens_slope(self, t: Any = None, **kwargs: Unpack[SensSlopeOptions]) -> SensSlopeResult:
        """Theil–Sen slope: :func:`~envindicators.analytics.sens_slope`.

        Parameters
        ----------
        t : Any, optional
            Time axis (default: the index unless it is a ``RangeIndex``).
        **kwargs : Unpack[SensSlopeOptions]
            Keyword arguments of :func:`~envindicators.analytics.sens_slope`
            (``alpha=`` …).

        Returns
        -------
        SensSlopeResult
            The slope with its confidence interval.
        """
        return analytics.sens_slope(self._numbers(), t, **kwargs)

    def project(self, to: Any, t: Any = None, **kwargs: Unpack[ProjectOptions]) -> Projection:
        """Trend projected to ``to``: :func:`~envindicators.analytics.project`.

        Parameters
        ----------
        to : Any
            Time to project to: a number on the ``t`` axis or a date.
        t : Any, optional
            Time axis (default: the index unless it is a ``RangeIndex``).
        **kwargs : Unpack[ProjectOptions]
            Keyword arguments of :func:`~envindicators.analytics.project`
            (``method=``, ``alpha=`` …).

        Returns
        -------
        Projection
            The projected value with its confidence and prediction intervals.
        """
        return analytics.project(self._numbers(), t, to=to, **kwargs)

    def probability_of_meeting(
        self, target: Any, deadline: Any, t: Any = None, **kwargs: Unpack[ProbabilityOptions]
    ) -> float:
        """Probability that the value at ``deadline`` meets ``target``.

        :func:`~envindicators.analytics.probability_of_meeting` (``comparator=`` …).

        Parameters
        ----------
        target : Any
            Threshold in the column's unit, or a
            :class:`~envindicators.model.Target`.
        deadline : Any
            Deadline: a number on the ``t`` axis or a date.
        t : Any, optional
            Time axis (default: the index unless it is a ``RangeIndex``).
        **kwargs : Unpack[ProbabilityOptions]
            Keyword arguments of
            :func:`~envindicators.analytics.probability_of_meeting`
            (``comparator=``, ``method=`` …).

        Returns
        -------
        float
            The probability, in [0, 1].
        """
        return analytics.probability_of_meeting(
            self._numbers(), t, target=target, deadline=deadline, **kwargs
        )


def _trend_function(method: str) -> Any:
    try:
        return TREND_METHODS[method]
    except KeyError:
        raise ValueError(
            f"method must be one of {sorted(TREND_METHODS)}, got {method!r} "
            "(for the Mann–Kendall test use .ei.mann_kendall())"
        ) from None


# ---------------------------------------------------------------------------------------
# DataFrame
# ---------------------------------------------------------------------------------------
@pd.api.extensions.register_dataframe_accessor("ei")
class DataFrameAccessor:
    """``df.ei``: envindicators on a table (see the module docstring).

    Parameters
    ----------
    frame : pandas.DataFrame
        The frame the accessor works on.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._obj = frame

    def _column(self, name: Hashable, what: str) -> pd.Series:
        if name not in self._obj.columns:
            raise KeyError(f"{what}={name!r} is not a column; columns: {list(self._obj.columns)}")
        return self._obj[name]

    def _numeric_frame(self, value: Hashable) -> pd.DataFrame:
        """The frame with a PintArray ``value`` column replaced by its magnitudes."""
        col = self._column(value, "value")
        if not _is_pint(col):
            return self._obj
        out = self._obj.copy(deep=False)
        out[value] = _pint_parts(col)[0].astype(float)
        return out

    # -- units -------------------------------------------------------------------------
    def normalize(
        self,
        value: Hashable = "value",
        unit: Hashable | None = None,
        to: str | pint.Unit | None = None,
        context: Hashable | Sequence[str] | None = None,
        *,
        errors: Errors = "raise",
        ranges: Ranges = "raise",
    ) -> pd.Series:
        """Convert a column to floats in ``to``: :func:`envindicators.units.normalize`.

        Parameters
        ----------
        value : Hashable, default 'value'
            Column of text (``"1.5万吨/日"``), numbers or a ``PintArray``.
        unit : Hashable, optional
            For numbers: the name of a column holding each row's unit (e.g. the bundled
            tables' ``unit_written``), or else one unit string for all rows.  A column of
            that name wins over a unit of the same spelling.
        to : str or pint.Unit, optional
            Target unit (required).
        context : Hashable or Sequence[str], optional
            A pint context name or list of names for all rows, or the name of a column
            holding each row's context (e.g. the bundled tables' ``context``: ``water``,
            ``steam`` or empty).  A column of that name wins.  Rows are converted once per
            distinct context.
        errors : {'raise', 'coerce'}, default 'raise'
            What to do with a value that cannot be converted, as for
            :func:`~envindicators.units.normalize`.
        ranges : {'raise', 'nan', 'low', 'high', 'mid'}, default 'raise'
            How a range (``3-5吨``) becomes one value, or is refused, as for
            :func:`~envindicators.units.normalize`.

        Returns
        -------
        pandas.Series
            Float64 values in ``to``, indexed like the frame, named after ``value``.

        Examples
        --------
        The bundled observations hold each figure as written (``number`` in
        ``unit_written``) with the pint context of its indicator:

        >>> import envindicators.accessor  # noqa: F401
        >>> from envindicators import datasets
        >>> obs = datasets.load("observations")
        >>> areas = obs[obs["unit"] == "ha"]
        >>> ha = areas.ei.normalize("number", unit="unit_written", to="ha", context="context")
        >>> bool((ha - areas["value"].astype(float)).abs().max() < 1e-6)
        True
        """
        if to is None:
            raise TypeError("df.ei.normalize() needs to= (the target unit)")
        df = self._obj
        col = self._column(value, "value")
        units: Any = None
        if unit is not None:
            units = df[unit] if unit in df.columns else str(unit)
        ctx_col = (
            df[context]
            if isinstance(context, Hashable) and context is not None and context in df.columns
            else None
        )
        if ctx_col is None:
            return col.ei.normalize(to, context, unit=units, errors=errors, ranges=ranges)
        out = pd.Series(np.nan, index=df.index, name=col.name, dtype="float64")
        keys = ctx_col.astype("string").fillna("")
        for ctx, rows in keys.groupby(keys, sort=False).groups.items():
            part_units = units.loc[rows] if isinstance(units, pd.Series) else units
            out.loc[rows] = col.loc[rows].ei.normalize(
                to, str(ctx) or None, unit=part_units, errors=errors, ranges=ranges
            )
        return out

    def to_pint(
        self,
        value: Hashable = "value",
        unit: Hashable | None = None,
        *,
        to: str | None = None,
        context: Hashable | Sequence[str] | None = None,
    ) -> pd.Series:
        """A column as a ``PintArray`` Series (see :meth:`SeriesAccessor.to_pint`).

        ``unit`` as in :meth:`normalize` (a unit column or one unit string).  A
        ``PintArray`` holds one unit: when the rows are in several units, pass ``to`` and
        they are normalised first.

        Parameters
        ----------
        value : Hashable, default 'value'
            Column of the values.
        unit : Hashable, optional
            A unit column or one unit string, as in :meth:`normalize`.
        to : str, optional
            Unit to convert to (needed when the rows are in several units).
        context : Hashable or Sequence[str], optional
            A context column, or one context for all rows.

        Returns
        -------
        pandas.Series
            The values as a ``PintArray`` Series in one unit.
        """
        df = self._obj
        col = self._column(value, "value")
        unit_is_column = unit is not None and unit in df.columns
        context_is_column = isinstance(context, str) and context in df.columns
        if not (unit_is_column or context_is_column):
            return col.ei.to_pint(None if unit is None else str(unit), to=to, context=context)
        if to is None:
            distinct = df[unit].dropna().unique() if unit_is_column else [unit]
            if len(distinct) != 1 or distinct[0] is None:
                raise ValueError(
                    f"the rows are in {len(distinct)} units {sorted(map(str, distinct))}; "
                    "a PintArray has one unit: pass to="
                )
            to = str(distinct[0])
        floats = self.normalize(value, unit, to=to, context=context)
        return floats.ei.to_pint(to)

    def from_pint(
        self, columns: Sequence[Hashable] | None = None, *, unit_suffix: str = "_unit"
    ) -> pd.DataFrame:
        """Replace ``PintArray`` columns by float magnitudes plus a unit-string column.

        Each pint column ``c`` (of any registry; all of them when ``columns`` is None)
        becomes ``c`` (its float subdtype) followed by ``c + unit_suffix`` (string).
        Other columns are unchanged.  Returns a new frame.

        Parameters
        ----------
        columns : Sequence[Hashable], optional
            The pint columns to replace (default: all of them).
        unit_suffix : str, default '_unit'
            Suffix of the unit-string column added after each.

        Returns
        -------
        pandas.DataFrame
            A new frame with float and unit columns in place of the pint columns.
        """
        df = self._obj
        names = [c for c in df.columns if _is_pint(df[c])] if columns is None else list(columns)
        pieces: dict[Hashable, pd.Series] = {}
        for c in df.columns:
            if c in names:
                parts = df[c].ei.from_pint()
                pieces[c] = parts["value"].rename(c)
                pieces[f"{c}{unit_suffix}"] = parts["unit"]
            else:
                pieces[c] = df[c]
        return pd.DataFrame(pieces, index=df.index)

    def validate(
        self, table: datasets.TableName, *, tables: Mapping[str, pd.DataFrame] | None = None
    ) -> pd.DataFrame:
        """Check the frame against a bundled table's schema.

        :func:`envindicators.datasets.validate`; returns the frame, for chaining.

        Raises :class:`~envindicators.errors.DatasetError` listing the problems.

        Parameters
        ----------
        table : datasets.TableName
            Name of the bundled table whose schema applies (``"targets"``,
            ``"observations"`` …).
        tables : Mapping[str, pandas.DataFrame], optional
            The other tables, to check references against (default: the bundled
            ones).

        Returns
        -------
        pandas.DataFrame
            The frame itself, for chaining.
        """
        datasets.validate(self._obj, table, tables=tables)
        return self._obj

    # -- targets -----------------------------------------------------------------------
    def _pairs(self, observations: pd.DataFrame, how: Pairing) -> tuple[pd.DataFrame, pd.DataFrame]:
        if how == "rows":
            return self._obj, observations
        return analytics.pair_observations(self._obj, observations, how=how)

    def _with_unmatched(self, result: pd.DataFrame, unmatched: Unmatched) -> pd.DataFrame:
        if unmatched == "drop":
            return result
        targets = self._obj
        if not targets.index.is_unique:
            raise ValueError("unmatched='keep' needs a targets frame with a unique index")
        out = result.reindex(targets.index)
        for col in ("target_id", "indicator"):
            if col in out.columns and col in targets.columns:
                out[col] = out[col].fillna(targets[col].astype(out[col].dtype))
        return out

    def gap(
        self,
        observations: pd.DataFrame,
        *,
        indicators: IndicatorLike | None = None,
        how: Pairing = "latest",
        unmatched: Unmatched = "keep",
        approx_rtol: float = DEFAULT_APPROX_RTOL,
    ) -> pd.DataFrame:
        """Gap of each target (this frame) to its observation, and whether it is met.

        Parameters
        ----------
        observations : pandas.DataFrame
            Observations frame (the bundled table's columns).
        indicators : IndicatorLike, optional
            Indicator registry; default the bundled ``indicators`` table.
        how : Pairing, default 'latest'
            ``"latest"`` / ``"by_deadline"`` / ``"at_deadline"``: pair each target with an
            observation of the same indicator and region, the latest, the latest on or
            before the deadline, or the first on or after it (the outcome at the deadline,
            else the latest before it): the rules of
            :func:`~envindicators.analytics.pair_observations`
            (:data:`~envindicators.analytics.PAIRING_RULES`);
            ``"rows"``: the frames are already paired row by row.
        unmatched : Unmatched, default 'keep'
            ``"keep"`` (default): every target gets a row — targets without an
            observation have ``obs_id`` NA and NA results, so counts stay honest;
            ``"drop"``: only paired targets (what the functions return).
        approx_rtol : float, optional
            Default tolerance of ``approx`` targets.

        Returns
        -------
        pandas.DataFrame
            The frame of :func:`~envindicators.analytics.gap`, indexed like the targets.
        """
        if unmatched not in ("keep", "drop"):
            raise ValueError(f"unmatched must be 'keep' or 'drop', got {unmatched!r}")
        t, o = self._pairs(observations, how)
        result = analytics.gap(t, o, indicators=_registry(indicators), approx_rtol=approx_rtol)
        assert isinstance(result, pd.DataFrame)
        return self._with_unmatched(result, unmatched) if how != "rows" else result

    def schedule(
        self,
        observations: pd.DataFrame,
        *,
        at: Any = None,
        indicators: IndicatorLike | None = None,
        how: Pairing = "latest",
        unmatched: Unmatched = "keep",
        tolerance: float = DEFAULT_TOLERANCE,
        approx_rtol: float = DEFAULT_APPROX_RTOL,
    ) -> pd.DataFrame:
        """Schedule progress (序时进度) of each target (this frame) at its observation.

        :func:`~envindicators.analytics.schedule_progress` after pairing as in :meth:`gap`
        (same ``how``, ``unmatched``, ``indicators``).

        ``at`` is the assessment date (default each observation's ``period_end``).

        Parameters
        ----------
        observations : pandas.DataFrame
            Observations frame (the bundled table's columns).
        at : Any, optional
            Date of the assessment (default: each observation's ``period_end``).
        indicators : IndicatorLike, optional
            Indicator registry; default the bundled ``indicators`` table.
        how : Pairing, default 'latest'
            ``"latest"`` or ``"by_deadline"``: pairing as in
            :meth:`gap`; ``"rows"``: the frames are already paired row by row.
        unmatched : Unmatched, default 'keep'
            ``"keep"``: every target gets a row (NA when unpaired); ``"drop"``: only
            paired targets.
        tolerance : float, optional
            Half-width of ``on_schedule`` as a fraction (≥ 0).
        approx_rtol : float, optional
            Default tolerance of ``approx`` targets.

        Returns
        -------
        pandas.DataFrame
            The frame of :func:`~envindicators.analytics.schedule_progress`, indexed
            like the targets.
        """
        if unmatched not in ("keep", "drop"):
            raise ValueError(f"unmatched must be 'keep' or 'drop', got {unmatched!r}")
        t, o = self._pairs(observations, how)
        result = analytics.schedule_progress(
            t,
            o,
            at=at,
            indicators=_registry(indicators),
            tolerance=tolerance,
            approx_rtol=approx_rtol,
        )
        assert isinstance(result, pd.DataFrame)
        return self._with_unmatched(result, unmatched) if how != "rows" else result

    def canonical(
        self, table: Literal["targets", "observations"], *, indicators: IndicatorLike | None = None
    ) -> pd.DataFrame:
        """Canonical values, units and directions of a targets or observations frame.

        :func:`envindicators.model.canonical_values`.

        Parameters
        ----------
        table : {'targets', 'observations'}
            Which kind of frame this is.
        indicators : IndicatorLike, optional
            Indicator registry; default the bundled ``indicators`` table.

        Returns
        -------
        pandas.DataFrame
            The frame of :func:`~envindicators.model.canonical_values`.
        """
        return canonical_values(self._obj, table, _registry(indicators))

    # -- trends ------------------------------------------------------------------------
    def trend(
        self,
        value: str = "value",
        time: str | None = "year",
        by: Hashable | Sequence[Hashable] | None = None,
        *,
        method: TrendMethod = "ols",
        **kwargs: Unpack[TrendOptions],
    ) -> pd.DataFrame:
        """Fit a trend to each ``by`` group of a long frame (vectorised).

        ``method`` as in :meth:`SeriesAccessor.trend`; keyword arguments go to the function.

        Returns the function's DataFrame, indexed by the ``by`` keys.

        Parameters
        ----------
        value : str, default 'value'
            Column of the values.
        time : str or None, default 'year'
            Column of the times (``None``: the index).
        by : Hashable or Sequence[Hashable], optional
            Column(s) identifying each series.
        method : TrendMethod, default 'ols'
            ``"ols"``, ``"loglinear"``, ``"theil_sen"`` or ``"sens"``.
        **kwargs : Unpack[TrendOptions]
            Keyword arguments of the trend function (``alpha=``, ``at=`` …).

        Returns
        -------
        pandas.DataFrame
            One row per group, with the columns of the trend function.
        """
        fn = _trend_function(method)
        return fn(self._numeric_frame(value), value=value, time=time, by=by, **kwargs)

    def mann_kendall(
        self,
        value: str = "value",
        time: str | None = "year",
        by: Hashable | Sequence[Hashable] | None = None,
        **kwargs: Unpack[MannKendallOptions],
    ) -> pd.DataFrame:
        """Mann–Kendall test per group: :func:`~envindicators.analytics.mann_kendall`.

        Parameters
        ----------
        value : str, default 'value'
            Column of the values.
        time : str or None, default 'year'
            Column of the times (``None``: the index).
        by : Hashable or Sequence[Hashable], optional
            Column(s) identifying each series.
        **kwargs : Unpack[MannKendallOptions]
            Keyword arguments of :func:`~envindicators.analytics.mann_kendall`.

        Returns
        -------
        pandas.DataFrame
            One row per group, with the test's columns.
        """
        return analytics.mann_kendall(
            self._numeric_frame(value), value=value, time=time, by=by, **kwargs
        )

    def sens_slope(
        self,
        value: str = "value",
        time: str | None = "year",
        by: Hashable | Sequence[Hashable] | None = None,
        **kwargs: Unpack[SensSlopeOptions],
    ) -> pd.DataFrame:
        """Theil–Sen slope per group: :func:`~envindicators.analytics.sens_slope`.

        Parameters
        ----------
        value : str, default 'value'
            Column of the values.
        time : str or None, default 'year'
            Column of the times (``None``: the index).
        by : Hashable or Sequence[Hashable], optional
            Column(s) identifying each series.
        **kwargs : Unpack[SensSlopeOptions]
            Keyword arguments of :func:`~envindicators.analytics.sens_slope`.

        Returns
        -------
        pandas.DataFrame
            One row per group, with the slope and its interval.
        """
        return analytics.sens_slope(
            self._numeric_frame(value), value=value, time=time, by=by, **kwargs
        )

    def project(
        self,
        to: Any,
        value: str = "value",
        time: str | None = "year",
        by: Hashable | Sequence[Hashable] | None = None,
        **kwargs: Unpack[ProjectOptions],
    ) -> pd.DataFrame:
        """Trend of each group projected to ``to``: :func:`~envindicators.analytics.project`.

        Parameters
        ----------
        to : Any
            Time to project to: a number or a date, one for all groups or one per
            group.
        value : str, default 'value'
            Column of the values.
        time : str or None, default 'year'
            Column of the times (``None``: the index).
        by : Hashable or Sequence[Hashable], optional
            Column(s) identifying each series.
        **kwargs : Unpack[ProjectOptions]
            Keyword arguments of :func:`~envindicators.analytics.project`.

        Returns
        -------
        pandas.DataFrame
            One row per group, with the estimate and its intervals.
        """
        return analytics.project(
            self._numeric_frame(value), to=to, value=value, time=time, by=by, **kwargs
        )

    def probability_of_meeting(
        self,
        target: Any,
        deadline: Any,
        value: str = "value",
        time: str | None = "year",
        by: Hashable | Sequence[Hashable] | None = None,
        **kwargs: Unpack[ProbabilityOptions],
    ) -> pd.Series:
        """Probability that each group's value at ``deadline`` meets ``target``.

        :func:`~envindicators.analytics.probability_of_meeting`.

        Parameters
        ----------
        target : Any
            Threshold in the values' unit, one for all groups or one per group.
        deadline : Any
            Deadline: a number or a date, one for all groups or one per group.
        value : str, default 'value'
            Column of the values.
        time : str or None, default 'year'
            Column of the times (``None``: the index).
        by : Hashable or Sequence[Hashable], optional
            Column(s) identifying each series.
        **kwargs : Unpack[ProbabilityOptions]
            Keyword arguments of
            :func:`~envindicators.analytics.probability_of_meeting`.

        Returns
        -------
        pandas.Series
            The probability per group, named ``"probability"``.
        """
        return analytics.probability_of_meeting(
            self._numeric_frame(value),
            target=target,
            deadline=deadline,
            value=value,
            time=time,
            by=by,
            **kwargs,
        )
