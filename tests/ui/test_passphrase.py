"""An encrypted plan in the window: its passphrase asked for at start, and File > Encrypt
this plan…"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from planner.domain.errors import PlannerError
from planner.services import backups, encryption
from planner.services.plan import Plan, open_plan
from planner.ui.app import QUIT_AFTER_SHOW, run_window
from planner.ui.dialogs.passphrase import NewPassphraseDialog, PassphraseDialog, ask_to_open
from tests.helpers.encryption import PASSPHRASE, add_note, is_plain_sqlite, notes
from tests.ui.conftest import MakeWindow, visible_top_levels

pytest.importorskip("sqlcipher3")


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def encrypted_path(plan_path: Path) -> Path:
    plan = open_plan(url(plan_path), passphrase=PASSPHRASE)
    add_note(plan, "MARKER-window")
    plan.close()
    return plan_path


@pytest.fixture
def fresh_event_loop(qapp: QApplication) -> Iterator[None]:
    """Leave Qt's event loops as a fresh start finds them (as in test_app.py): after the
    application's own ``exec()``, nested loops would return at once until it runs again."""
    yield
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


def answer_dialog(answer: Callable[[PassphraseDialog], None]) -> list[str]:
    """Answer the passphrase dialog, once it is up, with ``answer``; the messages it showed
    are gathered. Whatever happens, the dialog does not stay open."""
    seen: list[str] = []

    def reply() -> None:
        dialogs = [w for w in visible_top_levels() if isinstance(w, PassphraseDialog)]
        if not dialogs:
            seen.append("no dialog")
            return
        dialog = dialogs[0]
        try:
            answer(dialog)
            seen.append(dialog.message.message())
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, reply)
    return seen


def type_and_open(dialog: PassphraseDialog, passphrase: str) -> None:
    dialog.field.setText(passphrase)
    dialog.accept()


@pytest.mark.usefixtures("fresh_event_loop")
def test_the_window_asks_for_the_passphrase_and_again_after_a_wrong_one(
    encrypted_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(QUIT_AFTER_SHOW, "1")
    shown: list[str] = []

    def wrong_then_right(dialog: PassphraseDialog) -> None:
        intro = dialog.findChild(QLabel, "passphraseIntro")
        shown.append(str(str(encrypted_path) in intro.text()))
        type_and_open(dialog, "not the passphrase")
        shown.append(dialog.message.message())
        shown.append(str(dialog.isVisible()))
        type_and_open(dialog, PASSPHRASE)
        shown.append(str(dialog.isVisible()))

    answer_dialog(wrong_then_right)
    assert run_window(url(encrypted_path), demo=False) == 0

    out, err = capsys.readouterr()
    assert shown[0] == "True"  # the dialog names the plan
    assert shown[1].startswith("The passphrase does not open this plan.")
    assert shown[2:] == ["True", "False"]
    assert out == "window shown: mainWindow\n"
    assert err == ""
    assert not visible_top_levels()


@pytest.mark.usefixtures("fresh_event_loop")
def test_cancel_at_the_passphrase_quits_quietly_with_status_2(
    encrypted_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(QUIT_AFTER_SHOW, "1")
    answer_dialog(lambda dialog: dialog.reject())

    assert run_window(url(encrypted_path), demo=False) == 2

    assert capsys.readouterr() == ("", "")
    assert not visible_top_levels()


def test_another_reason_the_plan_cannot_open_closes_the_dialog_and_is_raised(
    encrypted_path: Path, qapp: QApplication
) -> None:
    def newer(passphrase: str) -> Plan:
        raise PlannerError("This plan was saved by a newer Care Planner.")

    answer_dialog(lambda dialog: type_and_open(dialog, PASSPHRASE))
    with pytest.raises(PlannerError, match="newer"):
        ask_to_open(encrypted_path, newer)
    assert not visible_top_levels()


def fill(dialog: NewPassphraseDialog, first: str, again: str) -> None:
    dialog.first.setText(first)
    dialog.again.setText(again)


def test_file_encrypt_asks_twice_and_the_window_goes_on_encrypted(
    make_window: MakeWindow, plan: Plan, plan_path: Path, qtbot: QtBot
) -> None:
    add_note(plan, "MARKER-menu")
    window = make_window(plan)
    action = window.plan_encryption.action
    assert action.isVisible() and action.isEnabled()

    dialog = window.plan_encryption.ask()
    qtbot.waitExposed(dialog)
    fill(dialog, "short", "short")
    dialog.accept()
    assert dialog.first_message.message() == "At least 8 characters."
    fill(dialog, PASSPHRASE, PASSPHRASE + "!")
    dialog.accept()
    assert dialog.again_message.message().startswith("The two passphrases differ")
    assert is_plain_sqlite(plan_path)
    fill(dialog, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.accept()

    assert plan.encrypted and not is_plain_sqlite(plan_path)
    assert not action.isEnabled()
    assert window.statusBar().currentMessage().startswith("The plan is encrypted")
    # The window listens again, now on the encrypted file.
    other = open_plan(url(plan_path), passphrase=PASSPHRASE)
    try:
        with qtbot.waitSignal(window.plan_watch.changed, timeout=10_000):
            add_note(other, "from another window")
    finally:
        other.close()
    assert notes(plan) == ["from another window", "MARKER-menu"]


def test_the_dialog_says_why_the_plan_was_not_encrypted(
    make_window: MakeWindow, plan: Plan, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window(plan)

    def refuse(plan: Plan, passphrase: str, *, keep_plain: bool = False) -> None:
        raise PlannerError("The plan could not be encrypted (it is open in another window).")

    monkeypatch.setattr(encryption, "encrypt", refuse)
    dialog = window.plan_encryption.ask()
    qtbot.waitExposed(dialog)
    fill(dialog, PASSPHRASE, PASSPHRASE)
    dialog.accept()

    assert dialog.isVisible()
    assert "open in another window" in dialog.message.message()
    assert window.plan_encryption.action.isEnabled()
    dialog.reject()


def test_the_dialog_names_the_backups_left_plain(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot
) -> None:
    backups.back_up(plan)
    window = make_window(plan)
    dialog = window.plan_encryption.ask()
    qtbot.waitExposed(dialog)

    intro = dialog.findChild(QLabel, "encryptIntro")
    assert intro is not None and "stay unencrypted (1 in the backups folder)" in intro.text()
    dialog.reject()


def test_the_action_is_off_for_an_encrypted_plan(
    make_window: MakeWindow, encrypted_path: Path
) -> None:
    plan = open_plan(url(encrypted_path), passphrase=PASSPHRASE)
    try:
        window = make_window(plan)
        assert window.plan_encryption.action.isVisible()
        assert not window.plan_encryption.action.isEnabled()
        window.close()
    finally:
        plan.close()


def test_the_action_is_hidden_where_sqlcipher_is_missing(
    make_window: MakeWindow, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encryption, "available", lambda: False)

    window = make_window(plan)

    assert not window.plan_encryption.action.isVisible()
