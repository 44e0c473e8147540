"""Checking that a refused action left files exactly as they were."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileState:
    content: bytes
    mtime_ns: int
    mode: int


def state(path: Path) -> FileState:
    info = path.stat()
    return FileState(path.read_bytes(), info.st_mtime_ns, stat.S_IMODE(info.st_mode))


def folder_state(folder: Path) -> dict[str, FileState]:
    """Every file below ``folder`` with its content, mtime and mode."""
    return {str(p.relative_to(folder)): state(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
