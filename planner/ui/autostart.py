"""Start at login: an XDG autostart entry that starts Care Planner in the tray.

On Linux (and the BSDs) a desktop session starts the programs whose Desktop Entry lies in
``$XDG_CONFIG_HOME/autostart``. Switching "Start at login" on writes
``care-planner.desktop`` there (to a temporary file first, then renamed; readable by the
user alone), switching it off removes it; whether it is on is read from the file, so
nothing else has to be kept in step. Elsewhere the action is hidden.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction

from planner.ui.labels import translate

ENTRY_NAME = "care-planner.desktop"
TRAY_FLAG = "--tray"
"""The window command's flag that starts in the tray (``planner/cli/parser.py``)."""
PROGRAM = "care-planner"

# Characters that make the Desktop Entry specification's Exec key want an argument quoted,
# and those that must be escaped with a backslash inside the quotes.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def applies(platform: str = sys.platform) -> bool:
    """Whether XDG autostart is how programs start at login on ``platform``."""
    return platform.startswith("linux") or "bsd" in platform


def autostart_folder() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` when unset or relative)."""
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    config = Path(configured) if Path(configured).is_absolute() else Path.home() / ".config"
    return config / "autostart"


def tray_command() -> list[str]:
    """How a login starts Care Planner in the tray: the ``care-planner`` script beside this
    Python (a virtualenv's), else the one on the PATH, else ``python -m planner``."""
    script = shutil.which(PROGRAM, path=str(Path(sys.executable).parent)) or shutil.which(PROGRAM)
    if script:
        return [str(Path(script).absolute()), TRAY_FLAG]
    return [sys.executable, "-m", "planner", TRAY_FLAG]


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the Exec key's value: quoted where needed, ``%`` doubled, escaped as a
    string value (so a backslash in a quoted argument is written four times)."""
    words = []
    for word in argv:
        if word and not _RESERVED.intersection(word):
            quoted = word
        else:
            quoted = '"' + "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in word) + '"'
        words.append(quoted.replace("%", "%%"))
    return _string_value(" ".join(words))


def _string_value(text: str) -> str:
    """Escape a value of type string (backslash, newline, tab, carriage return)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(argv: Sequence[str]) -> str:
    """The autostart entry's text for the command ``argv``."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        ("Name=" + _string_value(translate("Autostart", "Care Planner"))),
        (
            "Comment="
            + _string_value(
                translate("Autostart", "Shows the reminders of your care plan from the tray")
            )
        ),
        f"Exec={exec_value(argv)}",
        "Icon=x-office-calendar",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    return "\n".join(lines) + "\n"


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to a new owner-only file beside ``path``, then rename it to ``path``:
    a reader sees the old file or the whole new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        Path(partial).replace(path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


class StartAtLogin(QObject):
    """The checkable "Start at login" action over the autostart entry.

    Signals:
        failed(str): the entry could not be written or removed (the action shows the file's
            real state again).
    """

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.action = QAction(translate("Autostart", "Start at &login"), self)
        self.action.setObjectName("actionStartAtLogin")
        self.action.setCheckable(True)
        self.action.setToolTip(
            translate("Autostart", "Start Care Planner in the tray when you log in")
        )
        self.action.setVisible(applies(platform))
        self.action.setChecked(applies(platform) and self.is_on())
        self.action.triggered.connect(self.switch)

    @property
    def path(self) -> Path:
        return autostart_folder() / ENTRY_NAME

    def is_on(self) -> bool:
        return self.path.is_file()

    @Slot(bool)
    def switch(self, on: bool) -> None:
        """Write the entry (``on``) or remove it; say so when the file cannot be changed."""
        path = self.path
        try:
            if on:
                write_private(path, desktop_entry(tray_command()))
            else:
                path.unlink(missing_ok=True)
        except OSError:
            message = (
                translate(
                    "Autostart", "Could not write {path}; Care Planner will not start at login."
                )
                if on
                else translate(
                    "Autostart", "Could not remove {path}; Care Planner may still start at login."
                )
            )
            self.failed.emit(message.format(path=path))
        self.action.setChecked(self.is_on())
