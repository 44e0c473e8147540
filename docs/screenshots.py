"""Render the window on the demo plan, offscreen, into PNG files for the README and docs.

Run from the repository root::

    python docs/screenshots.py [FOLDER] [--theme light|dark|high-contrast|all] [--language de]

The light theme in English (the defaults) writes FOLDER/screenshot-*.png (FOLDER is docs/
by default); another theme writes FOLDER/screenshots/<theme>/screenshot-*.png, German
FOLDER/screenshots/de/ (or FOLDER/screenshots/<theme>/de/); ``--theme all`` writes every
theme. Each theme has the week, the journal's chart, the blood counts, Medicines and
Preferences (its top, and its Appearance group) at 100% and 200% text, and the other areas
at 100%.
The clock stands at CARE_PLANNER_NOW when it is set, else at Wednesday 11 March 2026, 10:00.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CARE_PLANNER_NOW", "2026-03-11T10:00")

# The services, and so SQLAlchemy, are imported before Qt, as at start-up.
# isort: off
from planner.domain.enums import Area
from planner.services.demo import fill_demo
from planner.services.plan import open_plan

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
# isort: on

DOCS = Path(__file__).resolve().parent
THEMES = ("light", "dark", "high-contrast")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Render the demo plan's window to PNG files.")
    parser.add_argument("folder", nargs="?", type=Path, default=DOCS)
    parser.add_argument("--theme", choices=(*THEMES, "all"), default="light")
    parser.add_argument("--language", choices=("en", "de"), default="en")
    return parser.parse_args()


def main() -> int:
    arguments = _arguments()
    app = QApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="care-planner-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    from planner.ui import theme, translations
    from planner.ui.labels import say
    from planner.ui.mainwindow import MainWindow

    translations.install(app, arguments.language)

    plan = open_plan(f"sqlite:///{scratch / 'demo.sqlite3'}")
    fill_demo(plan, say)  # the demo in the language of the shots
    window = MainWindow(plan, demo=True)
    window.resize(1280, 800)
    window.show()
    chosen = THEMES if arguments.theme == "all" else (arguments.theme,)
    try:
        for name in chosen:
            theme.apply(app, theme.THEMES[name])
            parts = [part for part in (name, arguments.language) if part not in ("light", "en")]
            out = arguments.folder.joinpath(*(["screenshots", *parts] if parts else []))
            out.mkdir(parents=True, exist_ok=True)
            _shoot(app, window, out)
    finally:
        window.close()
        plan.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _journal_tab(tab: str) -> Callable[[QWidget], None]:
    def show(window: QWidget) -> None:
        page = window.pages[Area.JOURNAL]  # type: ignore[attr-defined]
        page.tabs.setCurrentWidget(getattr(page, tab))

    return show


def _shoot(app: QApplication, window: QWidget, out: Path) -> None:
    shots: tuple[tuple[Area, int, str, Callable[[QWidget], None] | None], ...] = (
        (Area.WEEK, 100, "screenshot-week.png", None),
        (Area.WEEK, 200, "screenshot-week-200.png", None),
        (Area.APPOINTMENTS, 100, "screenshot-appointments.png", None),
        (Area.RIDES, 100, "screenshot-rides.png", None),
        (Area.FREEZER, 100, "screenshot-freezer.png", None),
        (Area.HELPERS, 100, "screenshot-helpers.png", None),
        (Area.JOURNAL, 100, "screenshot-journal.png", None),
        (Area.JOURNAL, 100, "screenshot-journal-chart.png", _journal_tab("chart")),
        (Area.JOURNAL, 200, "screenshot-journal-chart-200.png", _journal_tab("chart")),
        (Area.JOURNAL, 100, "screenshot-journal-counts.png", _journal_tab("counts")),
        (Area.MEDICINES, 100, "screenshot-medicines.png", None),
        (Area.MEDICINES, 200, "screenshot-medicines-200.png", None),
    )
    for area, percent, name, prepare in shots:
        window.show_area(area)  # type: ignore[attr-defined]
        if prepare is not None:
            prepare(window)
        _settle(app, window, percent)
        _save(window, out / name)
        if prepare is not None:  # back to the page's first tab for the next shot
            window.pages[area].tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    for percent, name in (
        (100, "screenshot-preferences.png"),
        (200, "screenshot-preferences-200.png"),
    ):
        window.show_area(Area.WEEK)  # type: ignore[attr-defined]
        _settle(app, window, percent)
        dialog = window.open_preferences()  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        _save(dialog, out / name)
        dialog.rows_area.ensureWidgetVisible(dialog.appearance)  # this computer's, last
        app.processEvents()
        _save(dialog, out / name.replace("preferences", "preferences-appearance"))
        dialog.reject()
    _settle(app, window, 100)


def _settle(app: QApplication, window: QWidget, percent: int) -> None:
    window.text_size.set_percent(percent)  # type: ignore[attr-defined]
    for _ in range(5):  # let the layouts settle at the new text size
        app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG", 9)
    print(path)


if __name__ == "__main__":
    sys.exit(main())
