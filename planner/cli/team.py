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

from planner.cli.language import say
from planner.cli.output import data_word
from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
from planner.domain.team import SHARED_ONLY, Role, TeamMember, check_name, role_named
from planner.services import team
from planner.services.plan import Plan, database_url

EXIT_OK = 0
PASSWORD_VARIABLE = "CARE_PLANNER_NEW_PASSWORD"
ROLE_WORDS = {
    Role.ORGANISER: translate("Cli", "an organiser"),
    Role.HELPER: translate("Cli", "a helper"),
}


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
    asked = translate(
        "Cli",
        "Password for {login} (leave empty for none, on a server that signs people in "
        "another way): ",
    ).format(login=login)
    first = getpass.getpass(say(asked))
    if first and getpass.getpass(say(translate("Cli", "The same password again: "))) != first:
        raise InvalidInput(translate("Errors", "The two passwords differ; nothing was changed."))
    return first or None


def run_team(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    if args.team_command == "add":
        return _add(plan, args, out)
    if args.team_command == "remove":
        gone = team.remove_member(plan, args.name)
        told = translate(
            "Cli",
            "Took {name} off the team; the login {login} is gone. Their rides and tasks stay "
            "in the plan.",
        ).format(name=gone.name, login=gone.login)
        print(say(told), file=out)
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
    values = {"name": member.name, "role": role, "login": member.login}
    if added.helper is None:
        line = translate(
            "Cli", "Added {name} to the team as {role}, signing in as {login}."
        ).format(**values)
    elif added.helper_added:
        line = translate(
            "Cli",
            "Added {name} to the team as {role}, signing in as {login}; in the plan, the "
            "helper {helper} (added just now).",
        ).format(helper=added.helper.name, **values)
    else:
        line = translate(
            "Cli",
            "Added {name} to the team as {role}, signing in as {login}; in the plan, the "
            "helper {helper}.",
        ).format(helper=added.helper.name, **values)
    print(say(line), file=out)
    address = team.address_for(plan, member.login)
    told = translate(
        "Cli", "They open the plan with: care-planner --database-url '{address}'"
    ).format(address=address)
    print(say(told), file=out)
    return EXIT_OK


def _listed(members: list[TeamMember]) -> list[str]:
    if not members:
        nobody = translate(
            "Cli",
            "Nobody is on the team yet; add people with 'care-planner team add NAME --role …'.",
        )
        return [say(nobody)]
    width = max(len(m.login) for m in members)
    roles = [data_word(m.role) for m in members]  # "organiser", "helper"; or their labels
    wide = max(9, *(len(role) for role in roles))
    listed = zip(members, roles, strict=True)
    return [f"{m.login:<{width}}  {role:<{wide}}  {m.name}" for m, role in listed]
