"""The window's language: Qt translators loaded from the compiled catalogues at start.

The language is the one chosen in Preferences (the per-computer setting
``appearance/language``) or, when none is chosen, the system's. Care Planner's own
catalogue (``resources/translations/care-planner_<lang>.qm``) and Qt's for its standard
buttons and dialogs are installed; English needs neither, being the source text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from planner.interop.catalogue import LANGUAGES, catalogue_path

LANGUAGE_KEY = "appearance/language"
"""The per-computer setting: "" (follow the system), or a language code such as "de"."""


def chosen_language(settings: QSettings | None = None) -> str:
    """The language set in Preferences, or "" to follow the system."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str = "") -> str:
    """Speak ``language`` (or the system's language when it is ""): set the default locale
    for dates and numbers and install the translators. Returns the language now spoken
    ("en" when Care Planner has no catalogue for the one asked for)."""
    system = QLocale.system()
    if language and language != system.name().split("_")[0]:
        # English chosen on a computer in another language: the British forms (a 24-hour
        # clock, day before month); another language: that language's own.
        QLocale.setDefault(QLocale("en_GB" if language == "en" else language))
    code = QLocale().name().split("_")[0]
    if code not in LANGUAGES or code == "en":
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(catalogue_path(code, ".qm"))):
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(), "qtbase", "_", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def uninstall(app: QCoreApplication) -> None:
    """Back to English and the system's locale (a test that spoke German, or a restart)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
