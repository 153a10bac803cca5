"""``python -m envindicators`` runs the command-line interface."""

from envindicators.cli import main

raise SystemExit(main())
