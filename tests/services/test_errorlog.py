"""The private log of unexpected errors: where they happened, never what they were about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner import main as entry_point
from planner.services import errorlog
from tests.conftest import TODAY
from tests.helpers.files import mode

AT = dt.datetime.combine(TODAY, dt.time(10))
SECRET = "MARKER Maria 07700 900123 vomited twice"


def fails_deep_down() -> None:
    raise ValueError(SECRET)


def caught() -> ValueError:
    try:
        fails_deep_down()
    except ValueError as error:
        return error
    raise AssertionError("no error")


def test_an_error_is_noted_with_where_it_happened_and_never_its_words(tmp_path: Path) -> None:
    path = errorlog.record(caught(), AT, tmp_path / "logs" / "errors.log")

    assert path is not None and mode(path) == 0o600 and mode(path.parent) == 0o700
    text = path.read_text()
    assert "builtins.ValueError" in text and "fails_deep_down" in text
    assert "MARKER" not in text and "07700" not in text


def test_the_log_is_cut_and_keeps_a_few_older_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errorlog, "LARGEST", 2_000)
    path = tmp_path / "errors.log"
    for _ in range(200):
        errorlog.record(caught(), AT, path)

    parts = sorted(tmp_path.iterdir())
    assert [p.name for p in parts] == ["errors.log", *(f"errors.log.{n}" for n in (1, 2, 3))]
    assert all(mode(p) == 0o600 and p.stat().st_size < 3_000 for p in parts)


def test_the_command_line_says_one_calm_line_and_notes_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.cli import commands

    def broken(_args: object) -> int:
        fails_deep_down()
        return 0

    monkeypatch.setattr(commands, "run_command", broken)

    assert entry_point.main(["week"]) == 2

    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "MARKER" not in err and "ValueError" not in err
    assert "something went wrong" in err and str(errorlog.log_path()) in err
    logged = errorlog.log_path().read_text()
    assert "fails_deep_down" in logged
    assert logged.startswith(AT.isoformat(timespec="seconds"))  # the one clock, pinned
