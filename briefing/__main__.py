"""``python -m briefing``: the command line."""

from briefing.cli import main

raise SystemExit(main())
