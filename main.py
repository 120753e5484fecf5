"""Start the Briefing window: ``python main.py [ARTICLE | BRIEF]``."""

from briefing.app import main

raise SystemExit(main())
