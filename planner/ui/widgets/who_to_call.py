""" "Who to call": the care team and emergency numbers (and the helpers) in one panel,
reachable from anywhere in the window."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from planner.domain.changes import Kind
from planner.domain.enums import ContactRole
from planner.domain.model import Contact, Helper
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.ui.labels import translate, vocabulary
from planner.ui.loading import Loader, loading_text, say
from planner.ui.widgets.side_dock import SideDock

SHOWS = frozenset({Kind.HELPER, Kind.CONTACT, Kind.SETTING})
"""The kinds of data the panel shows: a change to any of them refreshes it."""


def _reach(phone: str, email: str) -> str:
    parts = []
    if phone:
        dial = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        parts.append(
            f'\N{BLACK TELEPHONE} <a href="tel:{html.escape(dial)}">{html.escape(phone)}</a>'
        )
    if email:
        parts.append(f'\N{ENVELOPE} <a href="mailto:{html.escape(email)}">{html.escape(email)}</a>')
    return " &nbsp; ".join(parts)


def contact_html(contact: Contact) -> str:
    role = vocabulary(contact.role)
    where = f", {html.escape(contact.organisation)}" if contact.organisation else ""
    lines = [
        f"<p><b>{html.escape(contact.name)}</b> ({html.escape(role)}{where})<br/>"
        f"{_reach(contact.phone, contact.email)}"
    ]
    if contact.notes:
        lines.append(f"<br/><i>{html.escape(contact.notes)}</i>")
    lines.append("</p>")
    return "".join(lines)


def helper_html(helper: Helper) -> str:
    return f"<p><b>{html.escape(helper.name)}</b><br/>{_reach(helper.phone, helper.email)}</p>"


def panel_html(found: list[Contact], helpers: list[Helper]) -> str:
    """Emergency numbers first, then the care team, then family and friends."""
    urgent = [c for c in found if c.role is ContactRole.EMERGENCY]
    team = [c for c in found if c.role is not ContactRole.EMERGENCY]
    parts = [("<h3>⚠ " + html.escape(translate("Widgets", "In an emergency")) + "</h3>")]
    if urgent:
        parts.extend(contact_html(c) for c in urgent)
    else:
        missing = translate(
            "Widgets",
            "No emergency contact yet: add one under Helpers, Care team (for example the "
            "treatment unit's out-of-hours line).",
        )
        parts.append(f"<p>{html.escape(missing)}</p>")
    parts.append("<h3>" + html.escape(translate("Widgets", "Care team")) + "</h3>")
    if team:
        parts.extend(contact_html(c) for c in team)
    else:
        parts.append(
            "<p>" + html.escape(translate("Widgets", "No care team contacts yet.")) + "</p>"
        )
    if helpers:
        parts.append("<h3>" + html.escape(translate("Widgets", "Family and friends")) + "</h3>")
        parts.extend(helper_html(h) for h in helpers)
    return "".join(parts)


class WhoToCall(SideDock):
    """A dock listing whom to call; it reads the plan when shown and after a change to the
    helpers or contacts."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(translate("Widgets", "Who to call"), "whoToCall", parent)
        self.plan = plan
        self.text = QTextBrowser(self)
        self.text.setObjectName("whoToCallList")
        self.text.setAccessibleName(translate("Widgets", "Numbers to call"))
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._open)
        self.setWidget(self.text)
        self.toggleViewAction().setObjectName("actionToggleWhoToCall")
        self._stale = True
        self.visibilityChanged.connect(self._shown)
        self.loader = Loader(plan, self)
        self.loader.waiting_changed.connect(
            lambda waiting: self.text.setPlaceholderText(loading_text() if waiting else "")
        )
        self.loader.failed.connect(lambda text: say(self, text))

    def refresh(self) -> None:
        from planner.services import contacts, lists  # with the panel's first showing

        plan = self.plan
        self.loader.load(lambda: (contacts.who_to_call(plan), lists.helpers(plan)), self._show)

    def _show(self, read: tuple[list[Contact], list[Helper]]) -> None:
        self.text.setHtml(panel_html(*read))
        self.text.setAccessibleDescription(self.text.toPlainText())
        self._stale = False

    @Slot(object)
    def plan_changed(self, changes: Changes) -> None:
        if changes.touches(SHOWS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    @Slot(bool)
    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "loader"):
            # The numbers' links took their colour when shown: another theme
            # (planner/ui/theme.py) shows them again.
            self._stale = True
            if self.isVisible():
                self.refresh()

    @Slot(QUrl)
    def _open(self, url: QUrl) -> None:
        """A number or address opens in the phone or mail program, where there is one."""
        QDesktopServices.openUrl(url)
