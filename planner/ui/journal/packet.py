"""Choosing the visit a packet is for, then previewing, printing or saving it as a PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Appointment
from planner.services.journal import VisitPacket
from planner.ui.journal import visit_packet
from planner.ui.journal.question_dialog import visit_text
from planner.ui.labels import translate


class PacketDialog(QDialog):
    """Lists the visits (the next one chosen); Preview opens the print preview, Save as
    PDF asks for a file. ``build`` reads the packet of a visit (or says why it cannot)."""

    def __init__(
        self,
        visits: Sequence[Appointment],
        chosen: int | None,
        build: Callable[[int], VisitPacket | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self.setObjectName("packetDialog")
        self.setWindowTitle(translate("Journal", "Visit packet"))
        self.setAccessibleName(translate("Journal", "Visit packet"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            translate(
                "Journal",
                "A page to bring along: open questions, side effects since the last visit "
                "(table and chart), the medicines and how they were taken, the temperatures "
                "noted, rest and mood, and who drives.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.visit = QComboBox(self)
        self.visit.setObjectName("packetVisit")
        self.visit.setAccessibleName(translate("Journal", "Visit"))
        # The drop-down list is a widget of its own; screen readers name it too.
        self.visit.view().setObjectName("packetVisitList")
        self.visit.view().setAccessibleName(translate("Journal", "Visit"))
        for appointment in visits:
            self.visit.addItem(visit_text(appointment), appointment.id)
        if chosen is not None and (row := self.visit.findData(chosen)) >= 0:
            self.visit.setCurrentIndex(row)
        label = QLabel(translate("Journal", "&Visit:"), self)
        label.setBuddy(self.visit)
        self.message = QLabel(self)
        self.message.setObjectName("packetMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("packetButtons")
        self.preview_button = QPushButton(translate("Journal", "&Print preview…"), self)
        self.preview_button.setObjectName("packetPreview")
        self.save_button = QPushButton(translate("Journal", "&Save as PDF…"), self)
        self.save_button.setObjectName("packetSave")
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.ask_file)
        enabled = self.visit.count() > 0
        self.preview_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.visit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.visit.setFocus()

    def packet(self) -> VisitPacket | None:
        chosen = self.visit.currentData()
        return self._build(chosen) if isinstance(chosen, int) else None

    @Slot()
    def preview(self) -> None:
        packet = self.packet()
        if packet is not None:
            visit_packet.preview(self, packet)

    @Slot()
    def ask_file(self) -> QFileDialog:
        packet = self.packet()
        name = f"visit-packet-{packet.appointment.start.date().isoformat()}" if packet else ""
        chooser = QFileDialog(self, translate("Journal", "Save the visit packet"))
        chooser.setObjectName("packetFile")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(translate("Journal", "PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.selectFile(f"{name or 'visit-packet'}.pdf")
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: self.save_to(Path(name)))
        chooser.open()
        return chooser

    def save_to(self, path: Path) -> bool:
        """Write the chosen visit's packet to ``path``; says where, or why not."""
        packet = self.packet()
        if packet is None:
            return False
        try:
            visit_packet.save_pdf(packet, path)
        except OSError as error:
            self.message.setText(
                "⚠ " + translate("Journal", "Not saved: {reason}").format(reason=error)
            )
            self.message.show()
            return False
        self.message.setText("✓ " + translate("Journal", "Saved to {path}").format(path=path))
        self.message.show()
        return True
