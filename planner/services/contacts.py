"""Contacts: the care team and the emergency numbers; add, change, remove, and the
"Who to call" list."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.domain.contacts import phone_key
from planner.domain.enums import ContactRole
from planner.domain.errors import InvalidInput, why_not_written
from planner.domain.helpers import check_contact, check_helper
from planner.domain.messages import translate
from planner.domain.model import Contact, Helper
from planner.interop.files import read_at_most, write_whole
from planner.interop.vcard import MAX_BYTES, Card, read_cards, write_cards
from planner.services.changes import Changes
from planner.services.helpers import remove, save
from planner.services.plan import Plan
from planner.store import people

CALL_ORDER = (
    ContactRole.EMERGENCY,
    ContactRole.NURSE_NAVIGATOR,
    ContactRole.ONCOLOGIST,
    ContactRole.PALLIATIVE_CARE_TEAM,
    ContactRole.CLINIC,
    ContactRole.SOCIAL_WORKER,
    ContactRole.PHARMACY,
    ContactRole.TRANSPORT_SERVICE,
    ContactRole.OTHER,
)
"""Who comes first in "Who to call": emergencies, then the people who know the treatment."""


def add_contact(plan: Plan, contact: Contact) -> tuple[Contact, Changes]:
    (_, added), changes = save(
        plan, dataclasses.replace(contact, id=None, version=None), check_contact
    )
    return added, changes


def update_contact(plan: Plan, contact: Contact) -> tuple[tuple[Contact | None, Contact], Changes]:
    if contact.id is None:
        raise ValueError("only a stored contact can be updated")
    return save(plan, contact, check_contact)


def remove_contact(plan: Plan, contact: Contact) -> tuple[Contact, Changes]:
    return remove(plan, contact)


def who_to_call(plan: Plan) -> list[Contact]:
    """Every contact, emergency contacts first, then by role and name."""
    with plan.unit_of_work() as work:
        found = work.store.contacts()
    return sorted(found, key=lambda c: (CALL_ORDER.index(c.role), c.name.casefold()))


# ---------------------------------------------------------------------------- vCard files
@dataclass(frozen=True)
class CardPlan:
    """What importing one card would do: add a new person, update one, or nothing (with
    the card's error)."""

    card: Card
    value: Helper | Contact | None = None
    """What would be saved (for an update: the stored value with the card's fields)."""
    existing: Helper | Contact | None = None

    @property
    def updates(self) -> bool:
        return self.existing is not None


def _same_person(a: Helper | Contact, b: Helper | Contact) -> bool:
    if type(a) is not type(b) or a.name.casefold() != b.name.casefold():
        return False
    same_phone = bool(a.phone) and phone_key(a.phone) == phone_key(b.phone)
    same_email = bool(a.email) and a.email.casefold() == b.email.casefold()
    return same_phone or same_email


def _merged(stored: Helper | Contact, card: Helper | Contact) -> Helper | Contact:
    """The stored person with what the card says; what the card leaves out stays."""
    if isinstance(stored, Helper) and isinstance(card, Helper):
        return dataclasses.replace(
            stored,
            name=card.name,
            phone=card.phone or stored.phone,
            email=card.email or stored.email,
            notes=card.notes or stored.notes,
            capabilities=card.capabilities or stored.capabilities,
        )
    assert isinstance(stored, Contact) and isinstance(card, Contact)
    return dataclasses.replace(
        stored,
        name=card.name,
        phone=card.phone or stored.phone,
        email=card.email or stored.email,
        notes=card.notes or stored.notes,
        role=stored.role if card.role is ContactRole.OTHER else card.role,
        organisation=card.organisation or stored.organisation,
        address=card.address or stored.address,
    )


def read_card_file(path: Path) -> bytes:
    """A vCard file's bytes, refusing one too big before reading it."""
    return read_at_most(path, MAX_BYTES, translate("Errors", "vCard"))


def preview_vcards(plan: Plan, data: bytes) -> list[CardPlan]:
    """What each card of a vCard file would do; nothing is written."""
    cards = read_cards(data)
    with plan.unit_of_work() as work:
        known: list[Helper | Contact] = [*work.store.helpers(), *work.store.contacts()]
    plans = []
    for card in cards:
        if card.value is None:
            plans.append(CardPlan(card))
            continue
        stored = next((k for k in known if _same_person(k, card.value)), None)
        try:
            if stored is None:
                value = (
                    check_helper(card.value)
                    if isinstance(card.value, Helper)
                    else (check_contact(card.value))
                )
                plans.append(CardPlan(card, value))
            else:
                merged = _merged(stored, card.value)
                plans.append(CardPlan(card, merged, stored))
        except InvalidInput as error:
            why = translate("Errors", "cannot be saved: {reason}").format(reason=error.message)
            written = dataclasses.replace(card, value=None, written_name=card.name)
            plans.append(CardPlan(dataclasses.replace(written, why=why)))
    return plans


@dataclass(frozen=True)
class Imported:
    """What an import saved: each person as before (``None`` when new) and after."""

    saved: tuple[tuple[Helper | Contact | None, Helper | Contact], ...]

    @property
    def added(self) -> int:
        return sum(1 for before, _ in self.saved if before is None)

    @property
    def updated(self) -> int:
        return len(self.saved) - self.added


def import_cards(plan: Plan, chosen: Sequence[CardPlan]) -> tuple[Imported, Changes]:
    """Save the chosen cards together (all, or on any conflict none)."""
    saved: list[tuple[Helper | Contact | None, Helper | Contact]] = []
    with plan.unit_of_work() as work:
        session = work.store.session
        for item in chosen:
            value = item.value
            if value is None:
                continue
            after: Helper | Contact
            if isinstance(value, Helper):
                after = people.save(session, check_helper(value))
            else:
                after = people.save(session, check_contact(value))
            saved.append((item.existing, after))
        work.commit()
    return Imported(tuple(saved)), work.changes


def export_vcards(
    plan: Plan, path: Path, *, version: str = "3.0", helper: str | None = None
) -> int:
    """Write the helpers and contacts (or the one helper named) to a vCard file."""
    with plan.unit_of_work() as work:
        found_helpers, found_contacts = work.store.helpers(), work.store.contacts()
    if helper is not None:
        wanted = helper.casefold().strip()
        found_helpers = [h for h in found_helpers if h.name.casefold() == wanted]
        found_contacts = []
        if not found_helpers:
            raise InvalidInput(
                translate("Errors", "No helper is called '{helper}'.").format(helper=helper)
            )
    text = write_cards(found_helpers, found_contacts, version)
    try:
        write_whole(path, text.encode("utf-8"))
    except OSError as error:
        raise InvalidInput(
            translate(
                "Errors", "Cannot write {path}: {why}; anything already there is as it was."
            ).format(path=path, why=why_not_written(error))
        ) from None
    return len(found_helpers) + len(found_contacts)
