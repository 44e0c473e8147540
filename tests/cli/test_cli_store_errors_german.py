"""The plan's storage and the command line's own argument checks speak the reader's
language too (with the catalogue Care Planner ships)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import language as cli_language
from planner.interop import catalogue
from planner.main import main

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def fresh_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()
    yield
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()


def speak(monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    monkeypatch.setenv("LANG", locale)
    cli_language.language.cache_clear()


@pytest.fixture
def not_a_plan(tmp_path: Path) -> Path:
    path = tmp_path / "shopping.sqlite3"
    path.write_text("milk, bread, tea\n", encoding="utf-8")
    return path


def test_a_file_that_is_no_plan_is_refused_in_german(
    not_a_plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")
    before = not_a_plan.read_bytes()

    status = main(["week", "--database-url", f"sqlite:///{not_a_plan}"])

    captured = capsys.readouterr()
    assert status != 0
    assert captured.out == ""
    assert captured.err.endswith(f"{not_a_plan} ist keine Datenbank von Care Planner.\n")
    assert captured.err.count("\n") == 1
    assert not_a_plan.read_bytes() == before


def test_the_same_refusal_is_english_under_an_english_locale(
    not_a_plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "en_GB.UTF-8")

    main(["week", "--database-url", f"sqlite:///{not_a_plan}"])

    assert capsys.readouterr().err.endswith(f"{not_a_plan} is not a Care Planner database.\n")


def test_a_bad_argument_is_refused_in_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "de_DE.UTF-8")

    with pytest.raises(SystemExit) as stopped:
        main(["check", "--weeks", "0"])

    assert stopped.value.code == 2
    assert "--weeks muss zwischen 1 und 52 liegen, nicht bei 0" in capsys.readouterr().err


def test_the_catch_all_line_is_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.cli import commands
    from planner.services import errorlog

    def broken(args: object) -> int:
        raise RuntimeError("an internal detail nobody should read")

    monkeypatch.setattr(commands, "run_command", broken)
    monkeypatch.setattr(errorlog, "record", lambda error: tmp_path / "errors.log")
    monkeypatch.delenv("CARE_PLANNER_DEBUG", raising=False)
    speak(monkeypatch, "de_DE.UTF-8")

    status = main(["week", "--database-url", f"sqlite:///{tmp_path / 'plan.sqlite3'}"])

    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("care-planner: Etwas ist schiefgegangen")
    assert f"steht in {tmp_path / 'errors.log'}" in err
    assert "CARE_PLANNER_DEBUG=1" in err
    assert "internal detail" not in err
