"""Compiled code kept between runs (planner/codecache.py): dataclasses' methods,
PySide6's own modules and the patterns of modules being imported."""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import inspect
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from planner import codecache
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


def test_the_file_an_earlier_version_wrote_goes_once_this_one_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = tmp_path / "dataclasses-a70d0d0a.bin"
    earlier.write_bytes(b"kept by an earlier version")
    other = tmp_path / "notes.txt"
    other.write_text("not ours to remove", encoding="utf-8")
    cache = CodeCache(tmp_path / "code.bin")

    defined(cache, monkeypatch)
    cache.save()

    assert not earlier.exists()
    assert other.exists() and (tmp_path / "code.bin").exists()


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
    # and the readers of the rows the week was read from (written as the command ran)
    assert any("give(made, '__dict__'" in text for text in CodeCache(kept).codes)


def test_code_written_as_the_program_runs_is_compiled_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.domain import model
    from planner.store import convert

    cache = CodeCache(tmp_path / "cache.bin")
    monkeypatch.setattr(codecache, "_installed", cache)
    first = convert.row_loader(model.JournalEntry)
    assert cache.compiled == 1
    again = convert.row_loader(model.JournalEntry)
    assert cache.compiled == 1  # the same source: its code was kept
    assert first is not again and first.__code__ is again.__code__


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


PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\d+", 0),
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", 0),
    (r"caf[eé] (au lait)?", re.IGNORECASE),
    (r"^ \s* (?P<key> \w+ ) \s* = # a key, then its value", re.VERBOSE | re.MULTILINE),
    (r"(?<=@)[\w.]+|(?s:.)", re.ASCII),
    (r"[\u0590-\u08ff\u200f]", 0),
    (rb"[\x80-\xff]{2,5}?", 0),
    (rb"(?i)dose:(\d+)", 0),
]


def compiled_as_imported(
    folder: Path, name: str, cache: CodeCache | None, monkeypatch: pytest.MonkeyPatch
) -> list[re.Pattern[Any]]:
    """PATTERNS, compiled by a module named ``name`` as it is imported, through ``cache``
    (by the standard library alone when there is none)."""
    (folder / f"{name}.py").write_text(
        f"import re\nFOUND = [re.compile(p, f) for p, f in {PATTERNS!r}]\n", encoding="utf-8"
    )
    with monkeypatch.context() as patched:
        patched.syspath_prepend(str(folder))
        if cache is not None:
            patched.setattr(codecache._compiler, "compile", cache.compile_pattern)
        re.purge()  # the module's own cache of patterns, which would answer first
        module = importlib.import_module(name)
        patched.delitem(sys.modules, name)
    re.purge()
    return list(module.FOUND)


def test_a_pattern_compiled_as_a_module_is_imported_is_kept_as_python_compiles_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = compiled_as_imported(tmp_path, "plain_patterns", None, monkeypatch)
    first = CodeCache(tmp_path / "cache.bin")
    compiled = compiled_as_imported(tmp_path, "first_patterns", first, monkeypatch)
    first.save()
    again = CodeCache(tmp_path / "cache.bin")
    kept = compiled_as_imported(tmp_path, "kept_patterns", again, monkeypatch)

    assert set(again.patterns) == set(PATTERNS)
    assert again.compiled == 0  # all of them came from the file
    for made in (compiled, kept):
        for pattern, python_s in zip(made, plain, strict=True):
            assert pattern == python_s  # the same flags and compiled code (CPython's ==)
            assert pattern.groupindex == python_s.groupindex
            assert pattern.groups == python_s.groups
    text = "2026-03-11 at café au lait, key = 1 @home.org"
    assert [m.groupdict() for m in kept[1].finditer(text)] == [
        {"year": "2026", "month": "03", "day": "11"}
    ]
    assert kept[2].search(text.upper()).group(1) == "AU LAIT"  # type: ignore[union-attr]


def test_a_pattern_made_outside_an_import_is_never_written_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern made as the program runs may hold what someone typed (a search): it is
    compiled as usual and kept nowhere."""
    cache = CodeCache(tmp_path / "cache.bin")
    monkeypatch.setattr(codecache._compiler, "compile", cache.compile_pattern)
    re.purge()

    found = re.compile(r"anna\s+(?P<when>\d+ (?:am|pm))", re.IGNORECASE)
    cache.save()

    assert found.search("Ride with ANNA 10 am").group("when") == "10 am"  # type: ignore[union-attr]
    assert cache.patterns == {} and cache.compiled == 0
    assert not (tmp_path / "cache.bin").exists()


MODULE = "def wanted(by: Nobody) -> int:\n    return 1\n"
"""A module whose annotation names nothing: it runs only where annotations wait."""


def compiled_in(cache_compile: Any, *, postponed: bool) -> Any:
    """MODULE compiled by ``cache_compile`` called from code with, or without, the
    ``__future__`` switch that postpones annotations."""
    caller = "from __future__ import annotations\n" if postponed else ""
    found = {"compile_": cache_compile, "MODULE": MODULE}
    calling = caller + "code = compile_(MODULE, 'wanted.py', 'exec')\n"
    exec(compile(calling, "<caller>", "exec", dont_inherit=True), found)
    return found["code"]


def test_a_module_compiled_through_the_cache_is_what_python_compiles(
    tmp_path: Path,
) -> None:
    first = CodeCache(tmp_path / "cache.bin")
    codes = {postponed: compiled_in(first.compile, postponed=postponed) for postponed in (1, 0)}
    first.save()
    again = CodeCache(tmp_path / "cache.bin")

    for postponed in (True, False):
        python_s = compiled_in(compile, postponed=postponed)
        assert codes[postponed] == python_s  # the switches of the code calling it, as Python's
        assert compiled_in(again.compile, postponed=postponed) == python_s
    assert codes[True] != codes[False]
    exec(codes[True], {})  # the annotation waits
    with pytest.raises(NameError):
        exec(codes[False], {})
    assert len(again.modules) == 2 and again.compiled == 0
    # Anything but a module's source is compiled as asked, and not kept.
    assert again.compile("1 + 1", "<sum>", "eval") == compile("1 + 1", "<sum>", "eval")
    assert len(again.modules) == 2 and again.compiled == 0


def test_compiling_goes_through_the_cache_only_within_the_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = CodeCache(tmp_path / "cache.bin")
    monkeypatch.setattr(codecache, "_installed", cache)

    with codecache.compiling():
        assert builtins.compile == cache.compile
        exec(compile(MODULE, "wanted.py", "exec"), {})  # this test's own annotations wait
    assert builtins.compile is codecache.builtins_compile
    compile(MODULE, "not kept.py", "exec")

    assert [filename for _, filename, _ in cache.modules] == ["wanted.py"]


def test_entries_of_the_wrong_shape_or_damaged_are_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file in the right format whose entries are not what this version writes (another
    version's, or damaged) is used only where an entry is whole: the rest is compiled."""
    import marshal

    path = tmp_path / "cache.bin"
    good = CodeCache(path)
    compiled_as_imported(tmp_path, "good_patterns", good, monkeypatch)
    wrong = {
        codecache.CODES: {"not code": 1},
        codecache.MODULES: {("source", "file.py"): compile("x = 1", "f", "exec")},
        codecache.PATTERNS: {
            **{(text, int(flags)): good.patterns[text, flags] for text, flags in PATTERNS[1:]},
            (PATTERNS[0][0], 0): (0, [99999, 1, 2], 0, {}, (None,)),  # no pattern's code
            ("(a)", 0): ("flags", [], 0, {}, ()),
        },
    }
    path.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps(wrong))
    path.chmod(0o600)

    cache = CodeCache(path)
    assert cache.codes == {} and cache.modules == {}
    assert set(cache.patterns) == set(PATTERNS)  # the wrongly shaped one is left out
    kept = compiled_as_imported(tmp_path, "mended_patterns", cache, monkeypatch)
    plain = compiled_as_imported(tmp_path, "plain_again", None, monkeypatch)
    assert kept == plain
    assert cache.compiled == 1  # the damaged one, compiled again
