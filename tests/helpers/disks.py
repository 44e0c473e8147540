"""Disks that refuse to be written: an immutable plan file and a small, full disk.

Both are real: ``chattr +i`` makes a file that not even the administrator may write (file
modes alone would not stop the tests when they run as root, as CI does), and a tmpfs of a
few kilobytes fills up like any disk. Where they cannot be made (no root, no chattr), the
tests that need them are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    if shutil.which(command[0]) is None:
        return False
    done = subprocess.run(command, capture_output=True, timeout=30, check=False)
    return done.returncode == 0


@contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """``paths`` (files or folders) cannot be written, renamed or removed meanwhile."""
    made: list[Path] = []
    try:
        for path in paths:
            if not _run("chattr", "+i", str(path)):
                pytest.skip("chattr +i is not available here (it needs root on ext4 or xfs)")
            made.append(path)
        yield
    finally:
        for path in made:
            _run("chattr", "-i", str(path))


@contextmanager
def small_disk(folder: Path, kilobytes: int = 64) -> Iterator[Path]:
    """A disk of ``kilobytes`` mounted at ``folder`` (a tmpfs), unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(folder)
    ):
        pytest.skip("a small disk cannot be mounted here (it needs root)")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(disk: Path) -> None:
    """Fill ``disk`` to the last byte."""
    with (disk / "filler").open("ab", buffering=0) as filler:
        try:
            while filler.write(b"\0" * 1024):
                pass
        except OSError:
            pass
