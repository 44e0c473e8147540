"""Files written for people appear whole or not at all, readable by the user alone."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from planner.interop.files import write_whole


def test_a_new_file_is_private_and_whole(tmp_path: Path) -> None:
    target = tmp_path / "stock.csv"
    write_whole(target, b"name,portions\nSoup,4\n")
    assert target.read_bytes() == b"name,portions\nSoup,4\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["stock.csv"]


def test_a_file_that_was_shared_becomes_private_when_written_again(tmp_path: Path) -> None:
    target = tmp_path / "team.vcf"
    target.write_text("old")
    target.chmod(0o644)
    write_whole(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_write_cut_short_leaves_the_earlier_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "stock.csv"
    target.write_bytes(b"the export of last week\n")
    code = (
        "import sys; from pathlib import Path; from planner.interop.files import write_whole\n"
        "try:\n"
        "    write_whole(Path(sys.argv[1]), b'x' * 100_000)\n"
        "except OSError:\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        preexec_fn=_limit_file_size,
        capture_output=True,
        timeout=60,
        check=False,
        env=os.environ.copy(),
    )
    assert result.returncode == 3, result.stderr
    assert target.read_bytes() == b"the export of last week\n"
    assert [p.name for p in tmp_path.iterdir()] == ["stock.csv"]
