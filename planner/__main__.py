"""``python -m planner`` runs the same entry point as ``care-planner``."""

import sys

from planner.main import main

sys.exit(main())
