"""Contacts: the care team and the emergency numbers; add, change, remove, and the
"Who to call" list."""

from __future__ import annotations

import dataclasses

from planner.domain.enums import ContactRole
from planner.domain.helpers import check_contact
from planner.domain.model import Contact
from planner.services.changes import Changes
from planner.services.helpers import Removed, remove, save
from planner.services.plan import Plan

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


def remove_contact(plan: Plan, contact: Contact) -> tuple[Removed, Changes]:
    return remove(plan, contact)


def who_to_call(plan: Plan) -> list[Contact]:
    """Every contact, emergency contacts first, then by role and name."""
    with plan.unit_of_work() as work:
        found = work.store.contacts()
    return sorted(found, key=lambda c: (CALL_ORDER.index(c.role), c.name.casefold()))
