"""The command line on a plan file that cannot be written and on a full disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.helpers.cli import demo_plan_file, run, url
from tests.helpers.disks import fill, immutable, small_disk


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_plan_file(tmp_path / "demo.sqlite3", capsys)


def test_a_read_only_plan_is_shown_backed_up_and_exported_but_not_changed(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    stock = tmp_path / "stock.csv"
    with immutable(demo_file):
        status, out, _ = run(capsys, "week", "--database-url", url(demo_file))
        assert status == 0 and "Chemotherapy" in out
        status, out, _ = run(
            capsys, "backup", "-o", str(tmp_path / "copy.sqlite3"), "--database-url", url(demo_file)
        )
        assert status == 0 and "copy.sqlite3" in out
        status, _, _ = run(
            capsys, "export", "csv", "-o", str(stock), "--database-url", url(demo_file)
        )
        assert status == 0
        status, _, err = run(capsys, "import", str(stock), "--database-url", url(demo_file))
    assert status == 2
    assert err.count("\n") == 1 and "read-only" in err
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before


def test_a_backup_to_a_full_disk_is_one_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "disk", kilobytes=64) as disk:
        fill(disk)
        status, _, err = run(
            capsys, "backup", "-o", str(disk / "copy.sqlite3"), "--database-url", url(demo_file)
        )
        left = sorted(p.name for p in disk.iterdir())
    assert status == 2
    assert err.count("\n") == 1 and "not enough free space on the disk" in err
    assert left == ["filler"]
