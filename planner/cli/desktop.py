"""``care-planner install-desktop [--prefix DIR]``: Care Planner in the desktop's menu.

It copies the desktop entry, the icon and the AppStream description from ``resources/`` into
a data folder (``$XDG_DATA_HOME``, else ``~/.local/share``: the current user's menu), each
readable by all (0644), and then lets the desktop's caches know where their tools are
installed. Either all three files are written or none is.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planner import APPLICATION_ID, resource_folder
from planner.cli.language import say
from planner.domain.messages import Message, translate

"""The one name of the program on the desktop: of its entry, icon and AppStream component."""
PROGRAM = "care-planner"
FILE_MODE = 0o644
EXIT_OK, EXIT_ERROR = 0, 2
TOOL_TIMEOUT = 60
"""Seconds a desktop cache tool may take before it is left alone."""


@dataclass(frozen=True, slots=True)
class DesktopFile:
    """One file to install: where it comes from and the folder it goes to in the prefix."""

    source: Path
    folder: Path

    def target(self, prefix: Path) -> Path:
        return prefix / self.folder / self.source.name


def desktop_files(resources: Path | None = None) -> tuple[DesktopFile, ...]:
    """The entry, the icon and the description, in the order they are installed."""
    resources = resources or resource_folder()
    return (
        DesktopFile(resources / "desktop" / f"{APPLICATION_ID}.desktop", Path("applications")),
        DesktopFile(
            resources / "icons" / f"{APPLICATION_ID}.svg",
            Path("icons", "hicolor", "scalable", "apps"),
        ),
        DesktopFile(resources / "desktop" / f"{APPLICATION_ID}.metainfo.xml", Path("metainfo")),
    )


def default_prefix() -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the XDG rule), else ``~/.local/share``."""
    given = os.environ.get("XDG_DATA_HOME", "")
    if given and Path(given).is_absolute():
        return Path(given)
    return Path.home() / ".local" / "share"


def program_command() -> str:
    """How the desktop entry starts Care Planner: by name when ``care-planner`` on the PATH
    is this program; else by the path of the script beside this Python (a virtual
    environment, as ``make run`` makes, is rarely on the desktop's PATH)."""
    beside = Path(sys.executable).parent / PROGRAM
    found = shutil.which(PROGRAM)
    if not beside.is_file() or (found is not None and Path(found).resolve() == beside.resolve()):
        return PROGRAM
    return exec_argument(str(beside.absolute()))


def exec_argument(text: str) -> str:
    """``text`` as one argument of a desktop entry's ``Exec`` key (quoted where the
    Desktop Entry specification asks, then escaped as any string value is)."""
    text = text.replace("%", "%%")
    if re.search(r"[\s\"'\\><~|&;$*?#()`]", text):
        text = '"' + re.sub(r"([\"`$\\])", r"\\\1", text) + '"'
    return text.replace("\\", "\\\\")


def entry_text(source: str, command: str) -> str:
    """The desktop entry ``source`` with its ``Exec`` starting ``command``."""
    return re.sub(r"(?m)^Exec=\S+", lambda _: f"Exec={command}", source, count=1)


def install_desktop(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Install the three files into ``args.prefix`` (default: :func:`default_prefix`);
    one line per file written, or one line on stderr and exit status 2 when a place
    cannot be written (and then nothing is installed)."""
    out = out or sys.stdout
    err = err or sys.stderr
    prefix = Path(args.prefix).expanduser().absolute() if args.prefix else default_prefix()
    files = desktop_files()
    missing = next((file.source for file in files if not file.source.is_file()), None)
    if missing is not None:
        return _refuse(
            err,
            translate(
                "Desktop",
                "The file {path} is missing from this copy of Care Planner, so nothing was "
                "installed.",
            ).format(path=missing),
        )
    contents = [file.source.read_bytes() for file in files]
    contents[0] = entry_text(contents[0].decode("utf-8"), program_command()).encode("utf-8")
    try:
        written = _write_all(prefix, files, contents)
    except _Unwritable as refused:
        return _refuse(
            err,
            translate(
                "Desktop",
                "Cannot write in {folder}, so nothing was installed; choose another place "
                "with --prefix.",
            ).format(folder=refused.folder),
        )
    for path in written:
        print(say(translate("Desktop", "Installed {path}").format(path=path)), file=out)
    _update_caches(prefix)
    return EXIT_OK


def _refuse(err: TextIO, message: Message) -> int:
    print(f"care-planner: error: {say(message)}", file=err)
    return EXIT_ERROR


class _Unwritable(Exception):  # noqa: N818 (reads as what it is)
    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


def _write_all(prefix: Path, files: tuple[DesktopFile, ...], contents: list[bytes]) -> list[Path]:
    """Write every file beside its target first, then put them all in place; on a failure,
    take away what this made (temporary files, new folders) and raise _Unwritable."""
    made_folders: list[Path] = []
    staged: list[tuple[Path, Path]] = []
    try:
        for file, content in zip(files, contents, strict=True):
            folder = prefix / file.folder
            _make_folder(folder, made_folders)
            if file.target(prefix).is_dir():
                raise _Unwritable(folder)
            staged.append((_stage(folder, content), file.target(prefix)))
        for temporary, target in staged:
            _replace(temporary, target)
    except _Unwritable:
        for path in [temporary for temporary, _ in staged]:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        for folder in reversed(made_folders):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return [target for _, target in staged]


def _make_folder(folder: Path, made: list[Path]) -> None:
    """``folder`` and its missing parents, each new one noted in ``made``."""
    for path in [path for path in (folder, *folder.parents) if not path.exists()][::-1]:
        try:
            path.mkdir()
        except OSError:
            raise _Unwritable(path) from None
        made.append(path)
    if not folder.is_dir():
        raise _Unwritable(folder)


def _stage(folder: Path, content: bytes) -> Path:
    """``content`` in a new temporary file of ``folder``, with the files' mode."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".care-planner-")
    except OSError:
        raise _Unwritable(folder) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        temporary.chmod(FILE_MODE)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise _Unwritable(folder) from None
    return temporary


def _replace(temporary: Path, target: Path) -> None:
    try:
        temporary.replace(target)
    except OSError:
        raise _Unwritable(target.parent) from None


def _update_caches(prefix: Path) -> None:
    """Tell the desktop about the new entry and icon, where its tools are installed.

    Their failure changes nothing that was installed, so it is not reported. The icon
    cache is only updated in an icon theme that has its index (as system folders do):
    without one the tool refuses, which is right, since a cache in the user's folder
    that nothing else keeps up to date would later hide other programs' icons."""
    for command in (
        ("update-desktop-database", "--quiet", str(prefix / "applications")),
        ("gtk-update-icon-cache", "--quiet", str(prefix / "icons" / "hicolor")),
    ):
        if shutil.which(command[0]) is None:
            continue
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=TOOL_TIMEOUT,
                check=False,
            )
