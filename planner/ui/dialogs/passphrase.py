"""An encrypted plan's passphrase: asked for before the window opens, and chosen (twice)
when File > Encrypt this plan… encrypts it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.services.encryption import SHORTEST, WrongPassphrase
from planner.services.plan import Plan
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import translate
from planner.ui.widgets.field_message import FieldMessage


def _secret_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _wrapped(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the encrypted plan at ``location``; Open hands it to
    ``unlock``, which returns why it did not open the plan (the dialog says so and asks
    again) or ``None`` (the dialog closes). Cancel: the plan stays closed."""

    def __init__(
        self, location: str, unlock: Callable[[str], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.setObjectName("passphraseDialog")
        title = translate("Dialogs", "Open an encrypted plan")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = _wrapped(
            translate(
                "Dialogs", "The plan {location} is encrypted. Type its passphrase to open it."
            ).format(location=location),
            self,
            "passphraseIntro",
        )
        self.field = _secret_field(self)
        caption = caption_for(
            self,
            translate("Dialogs", "&Passphrase:"),
            self.field,
            "passphraseField",
            translate("Dialogs", "Passphrase"),
        )
        self.message = FieldMessage(self.field, self)
        self.message.clear_when_changed([self.field])
        buttons = save_buttons(self, "passphrase", translate("Dialogs", "Open"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Dialogs", "&Open"))
        form = QFormLayout()
        form.addRow(caption, self.field)
        form.addRow(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.field.setFocus()

    def accept(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self.message.show_problem(
                translate("Dialogs", "Type the plan's passphrase."), blocks=False
            )
            return
        refused = self._unlock(passphrase)
        if refused is None:
            super().accept()
            return
        self.message.show_problem(refused, blocks=False)
        self.field.selectAll()
        self.field.setFocus()


def ask_to_open(location: Path, open_with: Callable[[str], Plan]) -> Plan | None:
    """Ask for the passphrase of the encrypted plan at ``location`` until ``open_with``
    opens it (``None``: the user cancelled). Before the window, so it waits for the answer.

    An error other than a wrong passphrase (a plan from a newer version, a damaged file)
    closes the dialog and is raised, to be said like any other that keeps a plan closed.
    """
    opened: list[Plan] = []
    failed: list[PlannerError] = []

    def unlock(passphrase: str) -> str | None:
        try:
            opened.append(open_with(passphrase))
        except WrongPassphrase:
            return translate(
                "Dialogs",
                "The passphrase does not open this plan. Check it (is Caps Lock on?) "
                "and try again.",
            )
        except PlannerError as error:
            failed.append(error)
        return None

    dialog = PassphraseDialog(str(location), unlock)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    if failed:
        raise failed[0]
    return opened[0] if opened else None


class NewPassphraseDialog(QDialog):
    """File > Encrypt this plan…: the new passphrase, twice, and whether to keep a plain
    copy; Encrypt hands them to ``encrypt``, which returns why the plan was not encrypted
    (said in the dialog) or ``None`` (the dialog closes).

    ``plain_backups`` is how many backups beside the plan stay plain (they are named)."""

    def __init__(
        self,
        plain_backups: int,
        encrypt: Callable[[str, bool], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._encrypt = encrypt
        self.setObjectName("encryptDialog")
        title = translate("Dialogs", "Encrypt this plan")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = translate(
            "Dialogs",
            "From now on the plan file opens only with this passphrase, asked for when Care "
            "Planner starts. Nobody can recover a lost passphrase, and without it the plan is "
            "lost too: keep it somewhere safe. Close this plan in any other window first.",
        )
        if plain_backups:
            text += " " + translate(
                "Dialogs",
                "Backups made before now stay unencrypted ({count} in the backups folder), "
                "and anyone who gets them can read them: remove them once you no longer need "
                "them (the automatic ones go by themselves in time).",
            ).format(count=plain_backups)
        intro = _wrapped(text, self, "encryptIntro")
        self.first = _secret_field(self)
        first_caption = caption_for(
            self,
            translate("Dialogs", "New &passphrase:"),
            self.first,
            "encryptPassphrase",
            translate("Dialogs", "New passphrase"),
        )
        self.first_message = FieldMessage(self.first, self)
        self.first_message.show_note(
            translate(
                "Dialogs", "At least {count} characters; a few unrelated words are good."
            ).format(count=SHORTEST)
        )
        self.again = _secret_field(self)
        again_caption = caption_for(
            self,
            translate("Dialogs", "The &same again:"),
            self.again,
            "encryptPassphraseAgain",
            translate("Dialogs", "The same passphrase again"),
        )
        self.again_message = FieldMessage(self.again, self)
        self.again_message.clear_when_changed([self.first, self.again])
        self.keep_plain = QCheckBox(
            translate("Dialogs", "&Keep a plain copy (not encrypted) in the backups folder"), self
        )
        self.keep_plain.setObjectName("encryptKeepPlain")
        self.keep_plain.setAccessibleName(translate("Dialogs", "Keep a plain copy, not encrypted"))
        self.message = FieldMessage(None, self, name="encryptMessage")
        self.message.clear_when_changed([self.first, self.again, self.keep_plain])
        buttons = save_buttons(self, "encrypt", translate("Dialogs", "Encrypt"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Dialogs", "&Encrypt"))
        form = QFormLayout()
        form.addRow(first_caption, self.first)
        form.addRow(self.first_message)
        form.addRow(again_caption, self.again)
        form.addRow(self.again_message)
        form.addRow(self.keep_plain)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.first.textChanged.connect(self._note_length)
        self.first.setFocus()

    def _note_length(self) -> None:
        if len(self.first.text()) >= SHORTEST:
            self.first_message.clear()
        else:
            self.first_message.show_note(self._shortest())

    def _shortest(self) -> str:
        return translate("Dialogs", "At least {count} characters.").format(count=SHORTEST)

    def accept(self) -> None:
        if len(self.first.text()) < SHORTEST:
            self.first_message.show_problem(self._shortest(), blocks=False)
            self.first.setFocus()
            return
        if self.again.text() != self.first.text():
            self.again_message.show_problem(
                translate("Dialogs", "The two passphrases differ; type the same one twice."),
                blocks=False,
            )
            self.again.setFocus()
            return
        refused = self._encrypt(self.first.text(), self.keep_plain.isChecked())
        if refused is None:
            super().accept()
        else:
            self.message.show_problem(refused, blocks=False)
