"""The care team of a shared plan: who signs in with which role (``care-planner team``), and
what the login a window is open as may change, for the window to grey out the rest.

The server decides in the end (see :mod:`planner.store.team`): a change it refuses comes
back as :class:`~planner.services.plan.NotAllowed`, in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.errors import InvalidInput
from planner.domain.helpers import check_helper
from planner.domain.messages import translate
from planner.domain.model import Helper
from planner.domain.team import (
    SHARED_ONLY,
    Permissions,
    Role,
    TeamMember,
    check_login,
    check_name,
    login_for,
    role_named,
)
from planner.services.changes import Changes
from planner.services.plan import NotAllowed, Plan
from planner.store import people
from planner.store import team as team_store

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

MANAGE = translate(
    "Errors",
    "Only the owner of the shared plan's database, with the right to create logins "
    "(createuser --createrole), can change the team; nothing was changed.",
)


def permissions(plan: Plan) -> Permissions:
    """What the login ``plan`` is open as may change (everything, on a plan file)."""
    return Permissions.of(plan.member)


def _shared(plan: Plan) -> None:
    if plan.file is not None:
        raise InvalidInput(SHARED_ONLY)


def members(plan: Plan) -> list[TeamMember]:
    """The team: organisers first, then helpers, each by name."""
    _shared(plan)
    with plan.unit_of_work() as work:
        return team_store.members(work.store.session)


@dataclass(frozen=True)
class Added:
    member: TeamMember
    helper: Helper | None
    """The plan's helper record the member is (added just now when ``helper_added``)."""
    helper_added: bool = False


def add_member(
    plan: Plan,
    name: str,
    role: Role | str,
    *,
    login: str | None = None,
    helper: str | None = None,
    phone: str = "",
    email: str = "",
    password: str | None = None,
) -> tuple[Added, Changes]:
    """Give ``name`` a login of their own with ``role``, all of it or (refused) nothing.

    A helper is linked to the plan's helper record named ``helper`` (a name or an id;
    their own name by default), which is added, with ``phone`` or ``email``, when the plan
    has none of that name. The login gets ``password`` (none: a server that signs people in
    another way, such as peer sign-in on the same computer).
    """
    _shared(plan)
    name = check_name(name)
    role = role if isinstance(role, Role) else role_named(role)
    login = planned_login(name, login)
    wanted = helper if helper is not None else (name if role is Role.HELPER else None)
    with plan.unit_of_work() as work:
        session = work.store.session
        if not team_store.may_manage(session):
            raise NotAllowed(MANAGE)
        for who in (name, login):
            if team_store.member(session, who) is not None:
                raise InvalidInput(
                    translate(
                        "Errors", "'{who}' is on the team already; nothing was changed."
                    ).format(who=who)
                )
        if team_store.role_exists(session, login):
            raise InvalidInput(
                translate(
                    "Errors",
                    "There is a login named '{login}' on this server already; choose another "
                    "with --login. Nothing was changed.",
                ).format(login=login)
            )
        linked, added = (
            (None, False) if wanted is None else _helper(work.store, wanted, phone, email)
        )
        groups = team_store.secure(session)
        member = TeamMember(login, name, role, linked.id if linked is not None else None)
        team_store.create_login(session, member, groups[role], password)
        team_store.add(session, member)
        work.commit()
    return Added(member, linked, added), work.changes


def planned_login(name: str, login: str | None = None) -> str:
    """The login ``name`` gets: ``login`` (when given) or one made from the name, checked."""
    if login is None and not login_for(name):
        raise InvalidInput(
            translate(
                "Errors",
                "'{name}' does not make a login by itself; give one with --login, e.g. "
                "--login ann. Nothing was changed.",
            ).format(name=name)
        )
    return check_login(login if login is not None else login_for(name))


def _helper(store: PlanStore, wanted: str, phone: str, email: str) -> tuple[Helper, bool]:
    """The helper named (or numbered) ``wanted``, added when the plan has none of that name;
    with whether it was added."""
    helpers = store.helpers()
    if wanted.strip().isdigit():
        found = [h for h in helpers if h.id == int(wanted)]
        if not found:
            raise InvalidInput(
                translate("Errors", "The plan has no helper {wanted}; nothing was changed.").format(
                    wanted=wanted
                )
            )
        return found[0], False
    tidy = " ".join(wanted.split())
    found = [h for h in helpers if h.name.casefold() == tidy.casefold()]
    if len(found) > 1:
        raise InvalidInput(
            translate(
                "Errors",
                "{found_length} helpers are named {tidy}; give the one meant by its id "
                "with --helper. Nothing was changed.",
            ).format(found_length=len(found), tidy=tidy)
        )
    if found:
        return found[0], False
    if not phone.strip() and not email.strip():
        raise InvalidInput(
            translate(
                "Errors",
                "The plan has no helper named {tidy} yet: give their --phone or --email "
                "to add them, or name an existing helper with --helper. Nothing was "
                "changed.",
            ).format(tidy=tidy)
        )
    return people.save(store.session, check_helper(Helper(tidy, phone, email))), True


def remove_member(plan: Plan, who: str) -> TeamMember:
    """Take the member named (or signing in as) ``who`` off the team and drop their login;
    the helper record they were stays in the plan, with its rides and tasks."""
    _shared(plan)
    with plan.unit_of_work() as work:
        session = work.store.session
        if not team_store.may_manage(session):
            raise NotAllowed(MANAGE)
        found = team_store.member(session, who)
        if found is None:
            raise InvalidInput(
                translate(
                    "Errors",
                    "Nobody called '{who}' is on the team ('care-planner team list' shows "
                    "who is); nothing was changed.",
                ).format(who=who)
            )
        team_store.remove(session, found)
        work.commit()
    return found


def address_for(plan: Plan, login: str) -> str:
    """The shared plan's address with ``login`` as the one signing in (no password)."""
    from sqlalchemy.engine import make_url

    url = make_url(plan.location).set(username=login, password=None, drivername="postgresql")
    return url.render_as_string(hide_password=True)
