"""File > Connect to a shared plan…: the server, the database, the login and its password.

The server is tried off the window's thread, so a slow network never freezes the window;
what came of it is said in words under the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.messages import Message
from planner.services import connections
from planner.services.connections import DEFAULT_PORT, SharedPlan, SharedPlanLogin
from planner.ui.labels import say, translate
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.workers import Job

HIGHEST_PORT = 65535


class ConnectDialog(QDialog):
    """Where a shared plan is and who opens it. Test connection tries the server; Connect
    tries it too and, when the plan is there to open, keeps the password in the keyring
    (or forgets it), emits ``connected`` and closes.

    ``intro`` replaces the words at the top (at start, when a password is asked for).

    Signals:
        connected(object): the :class:`SharedPlanLogin` that opens the plan.
        tried(object): a try of the server ended: ``None`` when the plan opens, else why not.
    """

    connected = Signal(object)
    tried = Signal(object)

    def __init__(
        self, shared: SharedPlan | None, parent: QWidget | None = None, *, intro: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(translate("Dialogs", "Connect to a shared plan"))
        self.setAccessibleName(translate("Dialogs", "Connect to a shared plan"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.job: Job | None = None
        self._trying: tuple[SharedPlan, str, bool] | None = None
        words = QLabel(
            intro
            or translate(
                "Dialogs",
                "A care team can share one plan on a PostgreSQL server. Whoever looks after "
                "the server tells you its name, the database and your login.",
            ),
            self,
        )
        words.setObjectName("connectIntro")
        words.setWordWrap(True)
        words.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

        self.server = self._line(
            "connectServer", translate("Dialogs", "Server"), shared.host if shared else ""
        )
        self.server.setPlaceholderText(translate("Dialogs", "e.g. server.local"))
        port = shared.port if shared else DEFAULT_PORT
        self.port = self._line("connectPort", translate("Dialogs", "Port"), str(port))
        self.database = self._line(
            "connectDatabase", translate("Dialogs", "Database"), shared.database if shared else ""
        )
        self.login = self._line(
            "connectLogin", translate("Dialogs", "Login"), shared.login if shared else ""
        )
        kept = connections.stored_password(shared) if shared else None
        self.password = self._line("connectPassword", translate("Dialogs", "Password"), kept or "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in (
            (translate("Dialogs", "&Server:"), self.server),
            (translate("Dialogs", "&Port:"), self.port),
            (translate("Dialogs", "&Database:"), self.database),
            (translate("Dialogs", "&Login:"), self.login),
            (translate("Dialogs", "Pass&word:"), self.password),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            form.addRow(label, field)
            if field is not self.password:  # any password may be right; the server says
                message = FieldMessage(field, self)
                message.clear_when_changed([field])
                form.addRow(message)

        self.remember = QCheckBox(
            translate("Dialogs", "&Remember the password in this computer's keyring"), self
        )
        self.remember.setObjectName("connectRemember")
        self.remember.setAccessibleName(self.remember.text().replace("&", ""))
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("connectKeyringNote")
        self.keyring_note.setWordWrap(True)
        if connections.keyring_available():
            self.remember.setChecked(True)
            self.keyring_note.hide()
        else:
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                translate(
                    "Dialogs",
                    "This computer has no keyring to keep the password in, so Care Planner "
                    "asks for it each time the shared plan opens.",
                )
            )
            self.remember.setAccessibleDescription(self.keyring_note.text())

        # What the last try of the server came to, under all the fields.
        self.outcome = FieldMessage(None, self, name="connectOutcome")
        self.outcome.clear_when_changed(
            [self.server, self.port, self.database, self.login, self.password]
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("connectButtons")
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(translate("Dialogs", "&Connect"))
        self.connect_button.setObjectName("connectOk")
        self.connect_button.setAccessibleName(translate("Dialogs", "Connect"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("connectCancel")
        cancel.setAccessibleName(translate("Dialogs", "Cancel"))
        self.test_button = QPushButton(translate("Dialogs", "&Test connection"), self)
        self.test_button.setObjectName("connectTest")
        self.test_button.setAccessibleName(translate("Dialogs", "Test connection"))
        self.test_button.setAutoDefault(False)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        first_empty = next(
            (f for f in (self.server, self.database, self.login, self.password) if not f.text()),
            self.connect_button,
        )
        first_empty.setFocus()

    def _line(self, name: str, spoken: str, value: str) -> QLineEdit:
        line = QLineEdit(value, self)
        line.setObjectName(name)
        line.setAccessibleName(spoken)
        return line

    # -- what was typed ------------------------------------------------------------------
    def shared_plan(self) -> SharedPlan | None:
        """The shared plan the fields name; ``None`` after saying at each field that
        cannot be used why not."""
        host = self.server.text().strip()
        database = self.database.text().strip()
        login = self.login.text().strip()
        port_text = self.port.text().strip()
        port = int(port_text) if port_text.isascii() and port_text.isdigit() else 0
        for field, bad, why in (
            (self.server, not host, translate("Dialogs", "Type the server's name or address.")),
            (
                self.port,
                not 1 <= port <= HIGHEST_PORT,
                translate(
                    "Dialogs", "The port is a number from 1 to {highest} (usually {usual})."
                ).format(highest=HIGHEST_PORT, usual=DEFAULT_PORT),
            ),
            (
                self.database,
                not database,
                translate("Dialogs", "Type the name of the plan's database."),
            ),
            (self.login, not login, translate("Dialogs", "Type your login on the server.")),
        ):
            message = FieldMessage.of(field)
            assert message is not None
            if bad:
                message.show_problem(why)
            else:
                message.clear()
        if not ready_to_save(self):
            return None
        return SharedPlan(host, database, login, port)

    # -- trying the server ---------------------------------------------------------------
    @Slot()
    def test(self) -> Job | None:
        """Try the server with what is typed, and say what came of it."""
        return self._try(connect=False)

    def accept(self) -> None:
        """Connect: try the server; once the plan is there to open, connect to it."""
        self._try(connect=True)

    def _try(self, *, connect: bool) -> Job | None:
        if self.job is not None and self.job.running:
            return self.job
        shared = self.shared_plan()
        if shared is None:
            return None
        password = self.password.text()
        self._trying = (shared, password, connect)
        self.test_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        self.outcome.show_note(
            translate("Dialogs", "Trying the server {host}…").format(host=shared.host)
        )
        # Not a child of the dialog: the dialog may close (and go) while the try still ends.
        self.job = Job(lambda progress, cancelled: connections.connection_problem(shared, password))
        self.job.succeeded.connect(self._tried)
        self.job.failed.connect(self._broke)
        self.job.start()
        return self.job

    @Slot(object)
    def _tried(self, problem: Message | str | None) -> None:
        self.test_button.setEnabled(True)
        self.connect_button.setEnabled(True)
        assert self._trying is not None
        shared, password, connect = self._trying
        if problem is not None:
            self.outcome.show_problem(say(problem), blocks=False)
        elif connect:
            self._connect(shared, password)
        else:
            self.outcome.show_note(
                translate(
                    "Dialogs", "The server let {login} in, and the plan is ready to open."
                ).format(login=shared.login)
            )
        self.tried.emit(problem)

    @Slot(str)
    def _broke(self, _why: str) -> None:
        # The try itself failed (never a refusal, which comes as a sentence): its words are
        # the program's, not for the user.
        self._tried(
            translate("Dialogs", "The server could not be tried just now; please try again.")
        )

    def _connect(self, shared: SharedPlan, password: str) -> None:
        if self.remember.isChecked() and password:
            if not connections.remember_password(shared, password):
                self.outcome.show_problem(
                    translate(
                        "Dialogs",
                        "The keyring did not take the password. Clear “Remember the "
                        "password” to connect without keeping it.",
                    ),
                    blocks=False,
                )
                return
        else:
            connections.forget_password(shared)  # not to be kept on this computer
        super().accept()  # closed first: the window it belongs to may give way to another
        self.connected.emit(SharedPlanLogin(shared, password))
