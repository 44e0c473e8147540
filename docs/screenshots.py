"""Render the window on the demo plan, offscreen, into docs/screenshot-*.png.

Run from the repository root: ``python docs/screenshots.py [FOLDER]`` (docs/ by default).
The clock stands at CARE_PLANNER_NOW when it is set, else at Wednesday 11 March 2026, 10:00.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CARE_PLANNER_NOW", "2026-03-11T10:00")

# The services, and so SQLAlchemy, are imported before Qt, as at start-up.
# isort: off
from planner.domain.enums import Area
from planner.services.demo import fill_demo
from planner.services.plan import open_plan

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
# isort: on

DOCS = Path(__file__).resolve().parent


def main() -> int:
    app = QApplication(sys.argv)
    scratch = Path(tempfile.mkdtemp(prefix="care-planner-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    from planner.ui.mainwindow import MainWindow

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    plan = open_plan(f"sqlite:///{scratch / 'demo.sqlite3'}")
    fill_demo(plan)
    window = MainWindow(plan, demo=True)
    window.resize(1280, 800)
    window.show()
    shots = (
        (Area.WEEK, 100, "screenshot-week.png"),
        (Area.WEEK, 200, "screenshot-week-200.png"),
        (Area.APPOINTMENTS, 100, "screenshot-appointments.png"),
        (Area.RIDES, 100, "screenshot-rides.png"),
        (Area.FREEZER, 100, "screenshot-freezer.png"),
        (Area.HELPERS, 100, "screenshot-helpers.png"),
        (Area.JOURNAL, 100, "screenshot-journal.png"),
        (Area.MEDICINES, 100, "screenshot-medicines.png"),
    )
    for area, percent, name in shots:
        window.show_area(area)
        window.text_size.set_percent(percent)
        for _ in range(5):  # let the layouts settle at the new text size
            app.processEvents()
        window.grab().save(str(out / name), "PNG", 9)
        print(out / name)
    window.close()
    plan.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
