"""``care-planner team add|list|remove``: the logins of a shared plan on PostgreSQL.

Run by the owner of the plan's database (see "A care team on one server" in the README).
A new login's password comes from ``CARE_PLANNER_NEW_PASSWORD``, else it is asked for at a
terminal (empty: none, for a server that signs people in another way, such as peer sign-in
on the same computer); without a terminal, the login gets none.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from planner.domain.errors import InvalidInput
from planner.domain.team import SHARED_ONLY, Role, TeamMember, check_name, role_named
from planner.services import team
from planner.services.plan import Plan, database_url

EXIT_OK = 0
PASSWORD_VARIABLE = "CARE_PLANNER_NEW_PASSWORD"
ROLE_WORDS = {Role.ORGANISER: "an organiser", Role.HELPER: "a helper"}


def check_shared(url: str | None) -> None:
    """Refuse, before any plan is opened (or a plan file made), a plan that is not shared."""
    chosen = database_url(url) or ""
    if not chosen.startswith("postgresql"):
        raise InvalidInput(SHARED_ONLY)


def new_password(login: str) -> str | None:
    """The new login's password: from the environment, else asked at a terminal."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given or None
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(
        f"Password for {login} (leave empty for none, on a server that signs people in "
        "another way): "
    )
    if first and getpass.getpass("The same password again: ") != first:
        raise InvalidInput("The two passwords differ; nothing was changed.")
    return first or None


def run_team(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    if args.team_command == "add":
        return _add(plan, args, out)
    if args.team_command == "remove":
        gone = team.remove_member(plan, args.name)
        print(
            f"Took {gone.name} off the team; the login {gone.login} is gone. Their rides and "
            "tasks stay in the plan.",
            file=out,
        )
        return EXIT_OK
    for line in _listed(team.members(plan)):
        print(line, file=out)
    return EXIT_OK


def _add(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    # Checked before a password is asked for: a typing mistake costs no typing.
    login = team.planned_login(check_name(args.name), args.login)
    role_named(args.role)
    added, _ = team.add_member(
        plan,
        args.name,
        args.role,
        login=login,
        helper=args.helper,
        phone=args.phone,
        email=args.email,
        password=new_password(login),
    )
    member = added.member
    role = ROLE_WORDS[member.role]
    line = f"Added {member.name} to the team as {role}, signing in as {member.login}"
    if added.helper is not None:
        line += f"; in the plan, the helper {added.helper.name}"
        line += " (added just now)" if added.helper_added else ""
    print(f"{line}.", file=out)
    address = team.address_for(plan, member.login)
    print(f"They open the plan with: care-planner --database-url '{address}'", file=out)
    return EXIT_OK


def _listed(members: list[TeamMember]) -> list[str]:
    if not members:
        return ["Nobody is on the team yet; add people with 'care-planner team add NAME --role …'."]
    width = max(len(m.login) for m in members)
    return [f"{m.login:<{width}}  {m.role.value:<9}  {m.name}" for m in members]
