"""Code Python compiles anew at every start, compiled once and kept.

Three kinds of compiling are the same from run to run, yet Python does them at every
start, as it keeps only a module file's compiled code in ``__pycache__``:

- Python makes each dataclass's ``__init__``, ``__eq__``, ``__repr__`` and the rest by
  writing their source and compiling it, every time the class is defined: about 0.35 ms of
  the 0.5 ms each of Care Planner's records takes to define, some 20 ms of
  ``care-planner week`` and 35 ms of the window's start (its modules define 110 of them).
  Care Planner writes code of its own the same way (each kind of value's row reader,
  :func:`planner.store.convert.row_loader`), run through :func:`run`.
- Qt for Python keeps the Python modules that describe its functions' signatures inside its
  library, as source, and compiles them each time it is imported (about 17 ms of the
  window's start).
- A regular expression is compiled by Python code in the standard library (:mod:`re`):
  the 50 a window's start compiles as its modules (Qt's among them) are imported took
  about 17 ms, three long ones of Qt's most of it.

This keeps each of these compiled pieces in the user's cache folder (one file per Python
version), and a later run uses them without compiling again.

What runs is exactly what Python would have compiled: the cache is looked up by the whole
source text (a module's with its file name and ``__future__`` switches; a pattern's with
its flags). Only these go through it, and only in a process started as ``care-planner``
(:func:`install`, from :mod:`planner.main`): dataclasses' own compiling and :func:`run`,
the modules compiled while Qt for Python is imported (:func:`compiling`), and the patterns
compiled while a module is being imported (module constants: a pattern made later, from
what someone typed, is never written down). A missing, damaged or foreign file is ignored
and written anew.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import dataclasses
import functools
import importlib.util
import marshal
import operator
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from planner import user_cache_folder

MOST = 5000
"""Entries kept at most: past that (many versions' records), only those this process used
are kept."""
ENVIRONMENT_FOLDER = "CARE_PLANNER_CODE_CACHE"
"""Where the cache file lives, if not in the user's cache folder (tests use this)."""

FUTURE_FLAGS: int = functools.reduce(
    operator.or_, (getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)
)
"""The ``__future__`` switches a compile inherits from the code that calls it."""
IMPORTING = "<frozen importlib._bootstrap"
"""The file name of the code that imports a module (on the stack while one is imported)."""

ModuleKey = tuple[str | bytes, str, int]
"""A module's source, its file name, and the switches it was compiled with."""
PatternKey = tuple[str | bytes, int]
"""A regular expression and its flags."""
PatternParts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What the standard library hands to ``_sre.compile`` for a pattern (after the pattern):
its flags, its code, its number of groups and the groups' names both ways."""


class CodeCache:
    """Compiled source, by its text; what this process compiled is added to the file by
    :meth:`save`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        found = _read(path)
        self.codes: dict[str, CodeType] = found[0]
        """Dataclasses' methods, by their source."""
        self.modules: dict[ModuleKey, CodeType] = found[1]
        """Modules compiled through :meth:`compile`."""
        self.patterns: dict[PatternKey, PatternParts] = found[2]
        """Regular expressions, compiled through :meth:`compile_pattern`."""
        self.compiled = 0
        """Pieces compiled by this process (not found in the file)."""
        self._used: set[object] = set()

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

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        """The built-in ``compile``, a whole module's source compiled once (anything else
        is compiled as asked)."""
        if not dont_inherit:  # as the built-in does: the switches of the code calling it
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if (
            more
            or mode != "exec"
            or flags & ~FUTURE_FLAGS
            or optimize not in (-1, sys.flags.optimize)
            or not isinstance(source, str | bytes)
            or not isinstance(filename, str)
        ):
            return builtins_compile(source, filename, mode, flags, True, optimize, **more)
        key: ModuleKey = (source, filename, flags)
        self._used.add(key)
        code = self.modules.get(key)
        if code is None:
            code = self.modules[key] = builtins_compile(source, filename, mode, flags, True)
            self.compiled += 1
        return code

    def compile_pattern(self, pattern: Any, flags: int = 0) -> Any:
        """The standard library's compiling of a regular expression (``re._compiler``), a
        pattern compiled while a module is imported compiled once."""
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG or not _importing():
            return _compile_pattern(pattern, flags)
        key: PatternKey = (pattern, flags)
        parts = self.patterns.get(key)
        if parts is not None:
            self._used.add(key)
            with contextlib.suppress(Exception):  # a damaged entry: compiled again below
                return _sre.compile(pattern, *parts)
        parts = _pattern_parts(pattern, flags)
        compiled = _sre.compile(pattern, *parts)
        self.patterns[key] = parts
        self._used.add(key)
        self.compiled += 1
        return compiled

    def save(self) -> None:
        """Write what this process compiled to the file, for the next run; a file that
        cannot be written is left to the next run too."""
        if not self.compiled:
            return
        if len(self.codes) + len(self.modules) + len(self.patterns) > MOST:
            # Many versions' records: this one's are kept.
            self.codes = {text: code for text, code in self.codes.items() if text in self._used}
            self.modules = {key: code for key, code in self.modules.items() if key in self._used}
            self.patterns = {key: p for key, p in self.patterns.items() if key in self._used}
        kept = {CODES: self.codes, MODULES: self.modules, PATTERNS: self.patterns}
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".codecache-")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(_MAGIC + marshal.dumps(kept))
                Path(temporary).replace(self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            for earlier in self.path.parent.glob(EARLIER_FILES):  # replaced by this one
                earlier.unlink(missing_ok=True)
        self.compiled = 0


CODES, MODULES, PATTERNS = "dataclasses", "modules", "patterns"
"""The file's three parts."""
EARLIER_FILES = "dataclasses-*.bin"
"""The files earlier versions kept dataclasses' code in (removed once this one is written)."""
builtins_compile = builtins.compile
_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")
_compile_pattern = _compiler.compile
_MAGIC = importlib.util.MAGIC_NUMBER
"""The compiled code's format: a file from another Python version is not read."""
_installed: CodeCache | None = None


def install(folder: Path | None = None) -> CodeCache | None:
    """Have dataclasses and the regular expressions of modules being imported compile
    through the cache from now on (once per process)."""
    global _installed
    if _installed is None:
        try:
            folder = folder or _folder()
        except RuntimeError:  # no home folder to keep it in: compiled as usual
            return None
        _installed = CodeCache(folder / f"code-{_MAGIC.hex()}-{_sre.MAGIC}.bin")
        dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
        if _pattern_parts_known():
            _compiler.compile = _installed.compile_pattern
    return _installed


@contextlib.contextmanager
def compiling() -> Iterator[None]:
    """Within the block, the built-in ``compile`` compiles a module's source through the
    cache (if it was installed): around the import of Qt for Python, whose own modules are
    compiled from source each time."""
    cache = _installed
    if cache is None:
        yield
        return
    builtins.compile = cache.compile
    try:
        yield
    finally:
        builtins.compile = builtins_compile


def run(source: str, scope: dict[str, Any]) -> None:
    """Run ``source``, code Care Planner writes as it runs (a kind of value's row reader,
    see :func:`planner.store.convert.row_loader`), in ``scope``: compiled through the cache
    as dataclasses' methods are, when it was installed."""
    if _installed is not None:
        _installed.exec(source, scope)
    else:
        exec(compile(source, "<string>", "exec", dont_inherit=True), scope)


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


def _importing() -> bool:
    """Whether a module is being imported: a pattern compiled now is one of its constants."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(IMPORTING):
            return True
        frame = frame.f_back
    return False


def _pattern_parts_known() -> bool:
    """Whether this Python compiles a pattern as :func:`_pattern_parts` does."""
    return callable(getattr(_compiler, "_code", None)) and callable(getattr(_parser, "parse", None))


def _pattern_parts(pattern: str | bytes, flags: int) -> PatternParts:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``, worked out
    as it does."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # some are named ints
    names = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(indexgroup)


def _read(
    path: Path,
) -> tuple[dict[str, CodeType], dict[ModuleKey, CodeType], dict[PatternKey, PatternParts]]:
    nothing: tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]] = ({}, {}, {})
    try:
        with path.open("rb") as file:
            if not _own(os.fstat(file.fileno())) or file.read(len(_MAGIC)) != _MAGIC:
                return nothing
            found = marshal.loads(file.read())  # from a file, marshal reads in pieces
    except (OSError, EOFError, ValueError, TypeError):
        return nothing
    if not isinstance(found, dict):
        return nothing
    codes, modules, patterns = (found.get(part) for part in (CODES, MODULES, PATTERNS))
    return (
        {
            text: code
            for text, code in (codes.items() if isinstance(codes, dict) else ())
            if isinstance(text, str) and isinstance(code, CodeType)
        },
        {
            key: code
            for key, code in (modules.items() if isinstance(modules, dict) else ())
            if _tuple_of(key, (str, bytes), str, int) and isinstance(code, CodeType)
        },
        {
            key: parts
            for key, parts in (patterns.items() if isinstance(patterns, dict) else ())
            if _tuple_of(key, (str, bytes), int) and _tuple_of(parts, int, list, int, dict, tuple)
        },
    )


def _tuple_of(value: object, *kinds: type | tuple[type, ...]) -> bool:
    """Whether ``value`` is a tuple of as many values as ``kinds``, each of its kind (what
    a file holds is checked before it is used)."""
    return (
        isinstance(value, tuple)
        and len(value) == len(kinds)
        and all(isinstance(one, kind) for one, kind in zip(value, kinds, strict=True))
    )


def _own(found: os.stat_result) -> bool:
    """Whether a file is this user's own and no one else may write it: code anyone else
    could have put there is not run (where the system has owners and modes)."""
    if not hasattr(os, "getuid"):
        return True
    return found.st_uid == os.getuid() and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
