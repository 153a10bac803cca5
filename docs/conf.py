"""Sphinx configuration of the envindicators documentation.

Built with ``python -m sphinx -W -b html docs docs/_build/html`` (the test suite does the same
with warnings as errors, see ``tests/test_docs.py``).  The API reference is generated from the
docstrings (numpydoc), the concept pages render the module docstrings that define each concept
(one home for each fact), and the notebooks in ``../notebooks`` are executed and rendered by
myst-nb.  The command-line reference is generated from the CLI's own argparse definitions.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import envindicators

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

project = "envindicators"
author = "envindicators developers"
copyright = "2026, envindicators developers"
release = envindicators.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.mathjax",
    "numpydoc",
    "myst_nb",
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
root_doc = "index"
language = "en"

autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
autodoc_member_order = "bysource"
autodoc_typehints = "none"  # numpydoc renders the types written in the docstrings
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
# numpydoc_validation_checks is left unset on purpose: the docstrings are validated by
# tests/test_docstrings.py with [tool.numpydoc_validation] of pyproject.toml, on every public
# object (Sphinx would see only the objects the API pages render), so the checks have one home.

myst_enable_extensions = ["dollarmath", "colon_fence"]
nb_execution_mode = "force"  # notebooks are stored without outputs; render them executed
nb_execution_timeout = 300
nb_execution_raise_on_error = True


html_theme = "pydata_sphinx_theme"
html_title = f"envindicators {release}"
html_theme_options = {"navigation_with_keys": False}


def _copy_notebooks() -> None:
    """Copy ``../notebooks/*.ipynb`` under the source tree (Sphinx reads only inside it)."""
    dest = HERE / "notebooks"
    dest.mkdir(exist_ok=True)
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        shutil.copyfile(nb, dest / nb.name)


def _write_cli_reference() -> None:
    """Write the ``--help`` of every subcommand, from the CLI's own argparse definitions."""
    from envindicators import cli

    parser = cli._build_parser()
    parts = ["envindicators", "-" * len("envindicators"), "", "::", ""]
    parts += ["    " + line for line in parser.format_help().splitlines()]
    sub_actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    for action in sub_actions:
        for name, sub in action.choices.items():
            title = f"envindicators {name}"
            parts += ["", title, "-" * len(title), "", "::", ""]
            parts += ["    " + line for line in sub.format_help().splitlines()]
    out = HERE / "_generated"
    out.mkdir(exist_ok=True)
    (out / "cli_help.rst").write_text("\n".join(parts) + "\n", encoding="utf-8")


_copy_notebooks()
_write_cli_reference()
sys.setrecursionlimit(max(sys.getrecursionlimit(), 3000))
