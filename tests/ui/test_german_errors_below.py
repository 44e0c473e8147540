"""Errors from below the window that used to reach it in English are said in German:
the connect dialog's refusal, a PDF that could not be written, and a card of a vCard file
that cannot be imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.messages import translate
from planner.interop.catalogue import lookup_in
from planner.interop.vcard import Card
from planner.services import connections
from planner.services.connections import SharedPlan
from planner.services.contacts import CardPlan
from planner.store.server import Refusal
from planner.ui import translations
from planner.ui.helpers.vcard_import import VcardImportDialog
from planner.ui.mainwindow import MainWindow
from planner.ui.printing import write_pdf

TRY_MS = 10_000


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert translations.install(qapp, "de") == "de"
    yield
    translations.uninstall(qapp)


def test_the_connect_dialog_says_the_server_s_refusal_in_german(
    german: None, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connections.server, "probe", lambda url, timeout: Refusal.WRONG_PASSWORD)
    shared = SharedPlan("db.example.org", "care", "sam", 5432)
    dialog = window.connect_shared_plan()
    dialog.server.setText(shared.host)
    dialog.port.setText(str(shared.port))
    dialog.database.setText(shared.database)
    dialog.login.setText(shared.login)
    dialog.password.setText("Peppermint-Tea-41")

    with qtbot.wait_signal(dialog.tried, timeout=TRY_MS) as tried:
        dialog.test()

    english = str(tried.args[0])
    assert english.startswith("The server did not accept this password for sam")
    german_text = lookup_in(
        "de",
        "Errors",
        "The server did not accept this password for {login}: check the login and the password.",
        -1,
    ).format(login="sam")
    assert dialog.outcome.message() == german_text != english
    dialog.reject()


def test_a_pdf_that_cannot_be_written_is_said_in_german(
    german: None, tmp_path: Path, qapp: QApplication
) -> None:
    target = tmp_path / "missing" / "card.pdf"

    with pytest.raises(OSError) as raised:
        write_pdf("<p>x</p>", target)

    assert str(raised.value) == (
        f"Das PDF konnte nicht in {target} geschrieben werden: diesen Ordner gibt es nicht. "
        "Was dort schon war, ist unverändert."
    )
    assert raised.value.errno is None  # the sentence itself, never the system's words
    assert not target.parent.exists()


def test_a_card_that_cannot_be_imported_is_said_in_german(german: None, qtbot: QtBot) -> None:
    broken = Card(3, None, translate("Errors", "has no name (neither FN nor N)"))
    preview = CardPlan(broken)

    dialog = VcardImportDialog("helpers.vcf", [preview], lambda plans: True)
    qtbot.add_widget(dialog)

    assert str(broken.message) == "Card 3 has no name (neither FN nor N)."
    shown = dialog.problems.text()
    assert shown == lookup_in("de", "Errors", "Card {number} {reason}.", -1).format(
        number=3, reason=lookup_in("de", "Errors", "has no name (neither FN nor N)", -1)
    )
    assert shown.startswith("Karte 3 ") and "FN" in shown
