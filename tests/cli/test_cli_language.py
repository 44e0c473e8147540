"""The command line speaks the language the environment asks for, errors included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from planner.cli import language as cli_language
from planner.interop import catalogue
from planner.main import main
from planner.services.plan import open_plan

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

GERMAN = {
    "'{typed}' is not a temperature; write it as a number, such as 37.2.": (
        "„{typed}“ ist keine Temperatur. Schreiben Sie eine Zahl, zum Beispiel 37,2."
    ),
    "Cannot write {path}: {why}; anything already there is as it was.": (
        "{path} lässt sich nicht speichern: {why}. Was dort schon war, bleibt."
    ),
    "that folder does not exist": "diesen Ordner gibt es nicht",
}
UNFINISHED = "Give the medicine a name."


def tiny_catalogue() -> str:
    """A catalogue as pyside6-lupdate keeps it, with a few finished translations of errors
    and one unfinished."""
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(german)}</translation></message>"
        for source, german in GERMAN.items()
    )
    unfinished = (
        f"<message><source>{UNFINISHED}</source>"
        '<translation type="unfinished">Unfertig.</translation></message>'
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
        f"<context><name>Errors</name>{messages}{unfinished}</context></TS>\n"
    )


@pytest.fixture(autouse=True)
def fresh_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No locale variable from the machine running the tests, and no remembered choice."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()
    yield
    cli_language.language.cache_clear()
    catalogue.catalogue.cache_clear()


@pytest.fixture
def german_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "care-planner_de.ts").write_text(tiny_catalogue(), encoding="utf-8")
    monkeypatch.setattr(catalogue, "FOLDER", folder)
    catalogue.catalogue.cache_clear()
    return folder


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite3"
    open_plan(f"sqlite:///{path}").close()
    return path


def chosen(monkeypatch: pytest.MonkeyPatch, **variables: str) -> str:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    cli_language.language.cache_clear()
    return cli_language.language()


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de"}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language Care Planner does not speak
        ({"LC_ALL": "de_AT.UTF-8", "LANG": "en_US.UTF-8"}, "de"),  # LC_ALL comes first
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),  # the first one set decides
        ({"LC_MESSAGES": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
        ({"LANGUAGE": "de:en", "LANG": "en_US.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"}, "en"),  # French first: not spoken
        ({"LANGUAGE": "", "LANG": "de_DE.UTF-8"}, "de"),  # an empty LANGUAGE is not set
    ],
)
def test_the_language_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    assert chosen(monkeypatch, **variables) == expected


def test_a_bad_value_is_refused_in_german_on_stderr(
    german_catalogue: Path,
    plan_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    chosen(monkeypatch, LANG="de_DE.UTF-8")

    status = main(["log", "temperature", "warm", "--database-url", f"sqlite:///{plan_file}"])

    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err == (
        "care-planner: error: „warm“ ist keine Temperatur. "
        "Schreiben Sie eine Zahl, zum Beispiel 37,2.\n"
    )


def test_a_reason_inside_a_sentence_is_german_too(
    german_catalogue: Path,
    plan_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    chosen(monkeypatch, LANG="de_DE.UTF-8")
    target = tmp_path / "no-such-folder" / "stock.csv"

    status = main(["export", "csv", "-o", str(target), "--database-url", f"sqlite:///{plan_file}"])

    assert status == 2
    assert capsys.readouterr().err == (
        f"care-planner: error: {target} lässt sich nicht speichern: diesen Ordner gibt es "
        "nicht. Was dort schon war, bleibt.\n"
    )
    assert not target.parent.exists()


def test_the_same_error_is_english_under_an_english_or_c_locale(
    german_catalogue: Path,
    plan_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    chosen(monkeypatch, LANG="C")

    status = main(["log", "temperature", "warm", "--database-url", f"sqlite:///{plan_file}"])

    assert status == 2
    assert capsys.readouterr().err == (
        "care-planner: error: 'warm' is not a temperature; write it as a number, such as 37.2.\n"
    )


def test_an_unfinished_translation_is_not_shown(german_catalogue: Path) -> None:
    assert catalogue.lookup_in("de", "Errors", UNFINISHED, -1) == UNFINISHED
