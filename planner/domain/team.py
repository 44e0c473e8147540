"""The care team of a shared plan: who signs in, with which role, and what the role may do.

On a shared plan (PostgreSQL) each person has a login of their own. An **organiser** may
change everything; a **helper** may read the whole plan, claim a ride that needs a driver or
an open task, and change only the rides and tasks given to them and their own helper record
(their usual times). The server enforces this (grants and row-level security); the rules
here are the same ones, for the window to grey out what a login may not do.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.enums import Area, LegStatus, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Gap
from planner.domain.legs import PROFILE_MISSING
from planner.domain.messages import Message, translate
from planner.domain.model import HelpTask, RideLeg


class Role(StrEnum):
    ORGANISER = "organiser"
    HELPER = "helper"


@dataclass(frozen=True)
class TeamMember:
    """One person's login on a shared plan."""

    login: str
    name: str
    """The display name the change log names them by."""
    role: Role
    helper_id: int | None = None
    """The plan's helper record that is this person (a helper's rides and tasks)."""


SHARED_ONLY = translate(
    "Errors",
    "Roles need a shared plan on PostgreSQL: give its address with --database-url "
    "(see 'A care team on one server' in the README); nothing was changed.",
)
HELPER_MAY = translate(
    "Errors",
    "You may change only the rides and tasks given to you, claim an open one, and change "
    "your own usual times; the plan's organisers change the rest. Nothing was saved.",
)
HELPER_FIXES = frozenset({Area.RIDES, Area.HELPERS})
"""The areas whose gaps a helper can fix: rides and help tasks (claimed, or their own)."""
LOGIN_MAY_NOT = translate(
    "Errors",
    "Your login may not change this part of the plan; ask the plan's organiser. Nothing was saved.",
)

_LOGIN = re.compile(r"[a-z][a-z0-9_]*")
LONGEST_LOGIN = 63
"""PostgreSQL's longest name (in bytes; logins here are ASCII)."""
_NOT_LOGINS = frozenset(
    {"postgres", "public", "none", "all", "user", "current_user", "session_user", "current_role"}
)


def refusal(role: Role | None) -> Message:
    """What a person hears when the server refused their change."""
    return HELPER_MAY if role is Role.HELPER else LOGIN_MAY_NOT


def role_named(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise InvalidInput(
            translate(
                "Errors",
                "'{text}' is not a role; a team member is an organiser or a helper. "
                "Nothing was changed.",
            ).format(text=text)
        ) from None


def login_for(name: str) -> str:
    """The login a person's name suggests: "Zoë Martin" signs in as ``zoe_martin``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


def check_login(login: str) -> str:
    """``login`` if it is safe to create on a server; InvalidInput with a hint otherwise.

    Only lowercase letters, digits and ``_``, starting with a letter: such a name
    means the same quoted or not, in every tool (psql, pg_dump, connection addresses).
    """
    if (
        not _LOGIN.fullmatch(login)
        or len(login) > LONGEST_LOGIN
        or login.startswith(("pg_", "care_"))
        or login in _NOT_LOGINS
    ):
        raise InvalidInput(
            translate(
                "Errors",
                "'{login}' cannot be a login: use up to {longest_login} lowercase "
                "letters, digits and _, starting with a letter (not pg_ or care_), e.g. "
                "--login ann_smith. Nothing was changed.",
            ).format(login=login, longest_login=LONGEST_LOGIN)
        )
    return login


def check_name(name: str) -> str:
    tidy = " ".join(name.split())
    if not tidy:
        raise InvalidInput(translate("Errors", "Give the team member's name; nothing was changed."))
    if len(tidy) > 200:
        raise InvalidInput(
            translate("Errors", "That name is longer than 200 characters; nothing was changed.")
        )
    return tidy


@dataclass(frozen=True)
class Permissions:
    """What one login may change (everything, unless it signed in as a helper)."""

    role: Role | None = None
    """``None``: a plan of one's own (SQLite), or the login that owns the shared plan."""
    helper_id: int | None = None

    @classmethod
    def of(cls, member: TeamMember | None) -> Permissions:
        return cls() if member is None else cls(member.role, member.helper_id)

    @property
    def limited(self) -> bool:
        """Whether some of the plan is only to be read."""
        return self.role is Role.HELPER

    @property
    def may_edit_plan(self) -> bool:
        """Appointments, courses, places, meals, contacts, other people's records, ..."""
        return not self.limited

    def _mine(self, helper_id: int | None) -> bool:
        return self.helper_id is not None and helper_id == self.helper_id

    def may_change_leg(self, leg: RideLeg) -> bool:
        """A leg given to them, or one still needing a driver (to claim it)."""
        return not self.limited or leg.driver_id is None or self._mine(leg.driver_id)

    def may_claim_leg(self, leg: RideLeg) -> bool:
        """Whether this login can say "I'll drive" to ``leg``."""
        return (
            self.helper_id is not None
            and leg.driver_id is None
            and leg.status is LegStatus.NEEDED
            and self.may_change_leg(leg)
        )

    def may_change_task(self, task: HelpTask) -> bool:
        return not self.limited or task.helper_id is None or self._mine(task.helper_id)

    def may_mark_task(self, task: HelpTask) -> bool:
        """Move a task along (claimed, done): a helper only one given to them (an open one
        they claim first, which gives it to them)."""
        return not self.limited or self._mine(task.helper_id)

    def may_claim_task(self, task: HelpTask) -> bool:
        return (
            self.helper_id is not None and task.helper_id is None and task.status is TaskStatus.OPEN
        )

    def may_change_helper(self, helper_id: int | None) -> bool:
        """A helper changes only their own record (phone, usual times)."""
        return not self.limited or self._mine(helper_id)

    def may_fix(self, gap: Gap) -> bool:
        """Whether this login can carry out ``gap``'s fix: a helper only one on a ride or a
        task (to claim it, or change their own); the patient's details and the rest of the
        plan are the organisers'."""
        return not self.limited or (gap.fix.area in HELPER_FIXES and gap.kind != PROFILE_MISSING)
