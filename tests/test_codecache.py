"""The compiled code of dataclasses, kept between runs (planner/codecache.py)."""

from __future__ import annotations

import dataclasses
import inspect
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from planner.codecache import CodeCache
from planner.services.plan import Plan
from tests.helpers.cli import run_process, url

RECORD = """
import datetime as dt
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Ride:
    id: int
    title: str
    pickup: dt.datetime | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
"""


def defined(cache: CodeCache | None, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The record class of RECORD, its methods compiled through ``cache`` (or by Python
    itself when there is none)."""
    with monkeypatch.context() as patched:
        if cache is not None:
            patched.setattr(dataclasses, "exec", cache.exec, raising=False)
        found: dict[str, Any] = {}
        exec(RECORD, found)
    return found["Ride"]


def test_a_record_made_with_kept_code_is_the_record_python_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = defined(None, monkeypatch)
    first = CodeCache(tmp_path / "cache.bin")
    compiled = defined(first, monkeypatch)
    first.save()
    again = CodeCache(tmp_path / "cache.bin")
    kept = defined(again, monkeypatch)

    assert first.compiled == 0  # saved
    assert again.compiled == 0  # nothing compiled: all of it came from the file
    for made in (compiled, kept):
        ride = made(1, "To the clinic")
        assert repr(ride) == repr(plain(1, "To the clinic"))
        assert ride == made(1, "To the clinic") and ride != made(2, "To the clinic")
        assert hash(ride) == hash(made(1, "To the clinic"))
        assert ride.notes == ()
        with pytest.raises(dataclasses.FrozenInstanceError):
            ride.title = "Home"  # type: ignore[misc]
        # Compiled as dataclasses' own exec compiles it (no __future__ flags of ours).
        assert made.__init__.__annotations__ == plain.__init__.__annotations__
        assert inspect.signature(made.__init__).return_annotation is None


def test_a_damaged_or_foreign_file_is_ignored_and_written_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.bin"
    for content in (b"", b"not a cache at all", b"\x00" * 64, bytes(range(256)) * 8):
        path.write_bytes(content)
        cache = CodeCache(path)
        assert cache.codes == {}
        assert defined(cache, monkeypatch)(1, "x").title == "x"
        cache.save()
        assert CodeCache(path).codes.keys() == cache.codes.keys()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the user's own, like the plan


def test_a_cache_that_cannot_be_written_is_left_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("in the way", encoding="utf-8")
    cache = CodeCache(blocked / "cache.bin")

    assert defined(cache, monkeypatch)(1, "x").id == 1
    cache.save()  # no error: the next run compiles again

    assert blocked.read_text(encoding="utf-8") == "in the way"


def test_a_command_run_again_compiles_nothing_and_says_the_same(
    demo_plan: Plan, tmp_path: Path
) -> None:
    """``care-planner week`` keeps its records' compiled code on the first run; the second
    reads it all from the file (which it then leaves as it was) and prints the same."""
    assert demo_plan.file is not None
    demo_plan.close()
    env = dict(os.environ, CARE_PLANNER_CODE_CACHE=str(tmp_path / "cache"))
    argv = ["week", "--json", "--database-url", url(demo_plan.file)]

    def run() -> str:
        return run_process(argv, env)

    first = run()
    [kept] = (tmp_path / "cache").iterdir()
    written = kept.stat().st_mtime_ns, kept.read_bytes()
    second = run()

    assert second == first
    assert json.loads(second)["week_start"] == "2026-03-11"
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == written
    assert len(CodeCache(kept).codes) > 100  # the records' methods (about 6 each)


def test_a_file_others_may_write_is_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.bin"
    first = CodeCache(path)
    defined(first, monkeypatch)
    first.save()
    assert CodeCache(path).codes

    path.chmod(0o620)  # the group may write it
    assert CodeCache(path).codes == {}
    path.chmod(0o602)  # anyone may
    assert CodeCache(path).codes == {}
    path.chmod(0o600)
    assert CodeCache(path).codes


def test_a_full_cache_keeps_what_this_run_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.bin"
    older = CodeCache(path)
    for n in range(3):  # three versions of a record, from earlier runs
        with monkeypatch.context() as patched:
            patched.setattr(dataclasses, "exec", older.exec, raising=False)
            exec(RECORD.replace("notes", f"notes_{n}"), {})
    older.save()
    monkeypatch.setattr("planner.codecache.MOST", 2)

    cache = CodeCache(path)
    defined(cache, monkeypatch)
    cache.save()

    kept = CodeCache(path)
    assert cache.compiled == 0 and kept.codes.keys() == cache._used
    assert defined(kept, monkeypatch)(1, "x").title == "x"
    assert kept.compiled == 0


def test_without_a_home_folder_records_are_compiled_as_usual(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from planner import codecache

    def no_home() -> Path:
        raise RuntimeError("no home directory")

    monkeypatch.setattr(codecache, "_installed", None)
    monkeypatch.delenv(codecache.ENVIRONMENT_FOLDER, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # put back afterwards

    assert codecache.install() is None
    assert dataclasses.exec is exec  # type: ignore[attr-defined]
    codecache.save()  # nothing to keep, and no error
