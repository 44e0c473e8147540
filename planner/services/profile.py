"""The patient's profile as user actions: read it, save it, skip it, and whether to ask.

A new plan asks once (the window's first-run form); Save and Skip both remember that it
was asked, so a skipped form does not come back at every start. The getting-started
checklist and the "profile missing" gaps open the same form again.
"""

from __future__ import annotations

from planner.domain.profile import (
    ASKED,
    PATIENT_NAME,
    Profile,
    check_profile,
    profile_settings,
    read_profile,
)
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.services.settings import write_setting


def patient_profile(plan: Plan) -> Profile:
    with plan.reading() as read:
        return read_profile(read.settings())


def should_ask(plan: Plan) -> bool:
    """Whether the window should ask for the profile now: a new plan (no records, no name)
    that was not asked before."""
    with plan.reading() as read:
        settings = read.settings()
        if ASKED.read(settings) or PATIENT_NAME.read(settings):
            return False
        return not read.has_records()


def save_profile(plan: Plan, profile: Profile) -> tuple[tuple[Profile, Profile], Changes]:
    """Store the profile as one user action; returns it before and after.

    A field the plan cannot take (a phone that is no phone number, text too long) is
    refused with an InvalidInput naming it, and nothing is stored. The legs that pick up at
    home follow a new home address in the same unit of work.
    """
    now = plan.clock.now()
    checked = check_profile(profile, plan.clock.today())
    with plan.unit_of_work() as work:
        store = work.store
        before = read_profile(store.settings())
        for (setting, value), (_, old) in zip(
            profile_settings(checked), profile_settings(before), strict=True
        ):
            if value != old:
                write_setting(store, setting, value, now)
        write_setting(store, ASKED, 1, now)
        work.commit()
    return (before, checked), work.changes


def skip_profile(plan: Plan) -> tuple[None, Changes]:
    """Remember that the plan was asked, and leave the profile as it is."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        write_setting(work.store, ASKED, 1, now)
        work.commit()
    return None, work.changes
