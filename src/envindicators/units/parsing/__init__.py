"""Internals of the quantity parser; the public module is :mod:`envindicators.units.parser`.

The modules, from the bottom up (each imports only the ones above it):

* :mod:`~envindicators.units.parsing.tokens` — scanner tokens, qualifier strength, work counter;
* :mod:`~envindicators.units.parsing.marks` — where the clause and sentence marks of a text are;
* :mod:`~envindicators.units.parsing.context_words` — tables of the words around a number;
* :mod:`~envindicators.units.parsing.unit_words` — unit spellings and unit matching;
* :mod:`~envindicators.units.parsing.numbers` — Arabic and Chinese numbers, vague estimates;
* :mod:`~envindicators.units.parsing.affixes` — reading the words before and after a number;
* :mod:`~envindicators.units.parsing.formatting` — writing a quantity back in Chinese;
* :mod:`~envindicators.units.parsing.quantity` — the result type :class:`ParsedQuantity`;
* :mod:`~envindicators.units.parsing.fast_path` — plain levels read without the full scanner;
* :mod:`~envindicators.units.parsing.scanner` — the left-to-right scan, lists and shares.
"""
