"""`care-planner demo` fills the demo month in the language of ``LANG``: German titles and
places under a German LANG (from the real catalogue), English ones otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import language as cli_language
from planner.interop import catalogue
from planner.main import main

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def lang(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No language asked for yet; the test sets LANG (the caches are cleared around it)."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    catalogue.catalogue.cache_clear()
    cli_language.language.cache_clear()
    yield monkeypatch
    catalogue.catalogue.cache_clear()
    cli_language.language.cache_clear()


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    assert main(list(arguments)) == 0
    return capsys.readouterr().out


def test_demo_then_week_shows_the_german_demo_under_a_german_lang(
    lang: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lang.setenv("LANG", "de_DE.UTF-8")
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"

    filled = run(capsys, "demo", "--database-url", url)
    week = run(capsys, "week", "--database-url", url)

    assert "Beispielmonat" in filled
    # The pinned clock says Wednesday 11 March 2026: the treatment is tomorrow.
    assert "Chemotherapie, Zyklus 1" in week
    assert "Chemotherapy" not in week
    assert "Hühnersuppe mit Reis" in week  # the meal to thaw for the first hard day


def test_demo_then_week_stays_english_without_a_german_lang(
    lang: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lang.setenv("LANG", "C.UTF-8")
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"

    run(capsys, "demo", "--database-url", url)
    week = run(capsys, "week", "--database-url", url)

    assert "Chemotherapy, cycle 1" in week
    assert "Chicken and rice soup" in week
    assert "Chemotherapie" not in week
