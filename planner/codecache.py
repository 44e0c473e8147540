"""The code the standard library's dataclasses write, compiled once and kept.

Python makes each dataclass's ``__init__``, ``__eq__``, ``__repr__`` and the rest by
writing their source and compiling it, every time the class is defined: about 0.35 ms of
the 0.5 ms each of Care Planner's records takes to define, some 20 ms of
``care-planner week`` and 35 ms of the window's start (its modules define 110 of them).
The source is the same from run to run, so, as Python keeps a module's compiled code in
``__pycache__``, this keeps each of these compiled pieces in the user's cache folder
(one file per Python version), and a later run executes them without compiling again.

What runs is exactly what Python would have compiled from that source: the cache is
looked up by the whole source text. Only dataclasses' own compiling goes through it, and
only in a process started as ``care-planner`` (:func:`install`, from
:mod:`planner.main`). A missing, damaged or foreign file is ignored and written anew.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import importlib.util
import marshal
import os
import stat
import tempfile
from pathlib import Path
from types import CodeType
from typing import Any

from planner import user_cache_folder

MOST = 5000
"""Entries kept at most: past that (many versions' records), only those this process used
are kept."""
ENVIRONMENT_FOLDER = "CARE_PLANNER_CODE_CACHE"
"""Where the cache file lives, if not in the user's cache folder (tests use this)."""


class CodeCache:
    """Compiled source, by its text; what this process compiled is added to the file by
    :meth:`save`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = _read(path)
        self.compiled = 0
        """Pieces compiled by this process (not found in the file)."""
        self._used: set[str] = set()

    def exec(
        self,
        source: str | CodeType,
        globals_: dict[str, Any] | None = None,
        locals_: dict[str, Any] | None = None,
        /,
    ) -> None:
        """``exec`` as dataclasses calls it, the source compiled once."""
        if isinstance(source, str):
            self._used.add(source)
            code = self.codes.get(source)
            if code is None:
                # As exec compiles it there: dataclasses has no ``from __future__``.
                code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
                self.compiled += 1
            source = code
        builtins.exec(source, globals_, locals_)

    def save(self) -> None:
        """Write what this process compiled to the file, for the next run; a file that
        cannot be written is left to the next run too."""
        if not self.compiled:
            return
        if len(self.codes) > MOST:  # many versions' records: this one's are kept
            self.codes = {text: self.codes[text] for text in self._used}
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".codecache-")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(_MAGIC + marshal.dumps(self.codes))
                Path(temporary).replace(self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        self.compiled = 0


_MAGIC = importlib.util.MAGIC_NUMBER
"""The compiled code's format: a file from another Python version is not read."""
_installed: CodeCache | None = None


def install(folder: Path | None = None) -> CodeCache | None:
    """Have dataclasses compile through the cache from now on (once per process)."""
    global _installed
    if _installed is None:
        try:
            folder = folder or _folder()
        except RuntimeError:  # no home folder to keep it in: compiled as usual
            return None
        _installed = CodeCache(folder / f"dataclasses-{_MAGIC.hex()}.bin")
        dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
    return _installed


def save() -> None:
    """Keep what this process compiled (see :meth:`CodeCache.save`); nothing when the
    cache was not installed."""
    if _installed is not None:
        _installed.save()


def _folder() -> Path:
    chosen = os.environ.get(ENVIRONMENT_FOLDER)
    if chosen:
        return Path(chosen)
    return user_cache_folder() / "care-planner"


def _read(path: Path) -> dict[str, CodeType]:
    try:
        with path.open("rb") as file:
            if not _own(os.fstat(file.fileno())) or file.read(len(_MAGIC)) != _MAGIC:
                return {}
            found = marshal.loads(file.read())  # from a file, marshal reads in pieces
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        text: code
        for text, code in found.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }


def _own(found: os.stat_result) -> bool:
    """Whether a file is this user's own and no one else may write it: code anyone else
    could have put there is not run (where the system has owners and modes)."""
    if not hasattr(os, "getuid"):
        return True
    return found.st_uid == os.getuid() and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
