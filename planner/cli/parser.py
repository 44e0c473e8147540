"""The command-line contract (see DESIGN.md); add to it, never break it."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from planner import __version__
from planner.cli.language import say
from planner.domain.messages import translate

Builder = Callable[["argparse._SubParsersAction[Any]", argparse.ArgumentParser], None]
"""Adds one or more subcommands, with their options, to the parser's subcommands."""


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(
                translate(
                    "Cli", "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14"
                ).format(text=text)
            )
        ) from None


def week_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(translate("Cli", "'{text}' is not a whole number of weeks").format(text=text))
        ) from None
    if not 1 <= value <= 52:
        raise argparse.ArgumentTypeError(
            say(
                translate("Cli", "--weeks must be between 1 and 52, not {value}").format(
                    value=value
                )
            )
        )
    return value


def leg_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            say(
                translate(
                    "Cli",
                    "'{text}' is not a ride leg's id; 'care-planner week --json' lists each "
                    "ride's id",
                ).format(text=text)
            )
        )
    return value


def per_kind(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(translate("Cli", "'{text}' is not a whole number").format(text=text))
        ) from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(
            say(
                translate("Cli", "--limit must be between 1 and 1000, not {value}").format(
                    value=value
                )
            )
        )
    return value


def _database_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=say(
            translate(
                "Cli",
                "the plan's database (default: $CARE_PLANNER_DATABASE_URL, else the local file "
                "in your data folder); e.g. sqlite:///plan.sqlite3 or postgresql://host/plan",
            )
        ),
    )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; for ``argv`` (the arguments about to be parsed) only
    the subcommand they name is built, with its options, when they name one, and none when
    they start the window (argparse's parsers for all 17 subcommands cost every command
    about 5 ms)."""
    parser = argparse.ArgumentParser(
        prog="care-planner",
        description=say(
            translate(
                "Cli",
                "Care Planner: rides, meals, helpers and treatment days in one private plan. "
                "Without a command, it opens the window.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=say(
            translate("Cli", "open the window on a fresh demo plan (your own plan is untouched)")
        ),
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help=say(
            translate(
                "Cli",
                "start in the system tray with the window closed, to show reminders (where the "
                "desktop has a tray; Start at login uses it)",
            )
        ),
    )
    _database_option(parser, None)
    # The option may also follow the subcommand; SUPPRESS keeps an earlier value.
    common = argparse.ArgumentParser(add_help=False)
    _database_option(common, argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = _subcommand(argv)
    for names, add in SUBCOMMANDS:
        if named is None or named in names:
            add(commands, common)
    _in_language(parser)
    return parser


WINDOW = ""
"""What :func:`_subcommand` says of arguments that start the window: no subcommand."""


def _subcommand(argv: Sequence[str] | None) -> str | None:
    """The subcommand ``argv`` names, if it names one, and nothing asks for the help that
    lists them all (the global options before it are read past); :data:`WINDOW` when they
    are global options only."""
    if argv is None:
        return None
    known = {name for names, _ in SUBCOMMANDS for name in names}
    words = iter(argv)
    for word in words:
        if word == "--database-url":
            if next(words, None) is None:
                return None  # a mistake: answered with the usage of them all
        elif word.startswith("--database-url=") or word in ("--demo", "--tray"):
            continue
        else:
            return word if word in known else None
    return WINDOW


def _demo_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``demo``: a demo month in an empty plan."""
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=say(translate("Cli", "fill an empty plan with a demo month, relative to today")),
    )
    demo.set_defaults(command="demo")


def _week_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``week``: seven days of the plan."""
    week = commands.add_parser(
        "week",
        parents=[common],
        help=say(translate("Cli", "show seven days of the plan: today and the six after it")),
    )
    week.add_argument(
        "--date", type=iso_date, help=say(translate("Cli", "the first day shown (default: today)"))
    )
    week.add_argument(
        "--json", action="store_true", help=say(translate("Cli", "print one JSON object"))
    )


def _check_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``check``: the gaps in the coming weeks."""
    check = commands.add_parser(
        "check",
        parents=[common],
        help=say(translate("Cli", "list the gaps in the coming weeks; exit status 1 when any")),
    )
    check.add_argument(
        "--weeks",
        type=week_count,
        default=4,
        metavar="N",
        help=say(translate("Cli", "how many weeks ahead to look (default 4)")),
    )
    check.add_argument(
        "--json", action="store_true", help=say(translate("Cli", "print one JSON object"))
    )


def _changes_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``changes``: the change log."""
    from planner.domain.activity import AREAS

    changes = commands.add_parser(
        "changes",
        parents=[common],
        help=say(translate("Cli", "the change log: who changed what and when, one line each")),
        description=say(
            translate(
                "Cli",
                "The change log: who changed what in the plan and when, one line each, "
                "oldest first. Without --since: the last 50 changes.",
            )
        ),
    )
    changes.add_argument(
        "--since",
        metavar="SEQ|DATE",
        help=say(
            translate(
                "Cli",
                "the changes after change number SEQ (the seq --json shows), or those on or "
                "after DATE (YYYY-MM-DD); default: the last 50 changes",
            )
        ),
    )
    changes.add_argument(
        "--follow",
        action="store_true",
        help=say(translate("Cli", "then keep printing the changes anyone saves, until Ctrl+C")),
    )
    changes.add_argument(
        "--json", action="store_true", help=say(translate("Cli", "print one JSON object per line"))
    )
    changes.add_argument(
        "--author",
        metavar="NAME",
        help=say(translate("Cli", "only the changes NAME made (as the list names them)")),
    )
    changes.add_argument(
        "--area",
        choices=[area.value for area in AREAS],
        help=say(translate("Cli", "only the changes in one area of the plan")),
    )
    changes.add_argument(
        "--prune",
        action="store_true",
        help=say(
            translate(
                "Cli",
                "remove the changes older than the plan keeps them (Preferences; a year by "
                "default) and say how many went",
            )
        ),
    )


def _search_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``search``: records by their words."""
    search = commands.add_parser(
        "search",
        parents=[common],
        help=say(
            translate(
                "Cli", "find records whose words begin with the words of TERM, grouped by kind"
            )
        ),
        description=say(
            translate(
                "Cli",
                "Find appointments, rides, places, helpers, contacts, tasks, meals, "
                "groups, journal entries and questions whose words begin with every word of TERM "
                "(accents and case aside), the newest first.",
            )
        ),
    )
    search.add_argument(
        "term", nargs="+", metavar="TERM", help=say(translate("Cli", "one or more words"))
    )
    search.add_argument(
        "--json",
        action="store_true",
        help=say(
            translate(
                "Cli", "print one JSON list; each item has type, kind, id, title, when and detail"
            )
        ),
    )
    search.add_argument(
        "--limit",
        type=per_kind,
        default=8,
        metavar="N",
        help=say(translate("Cli", "how many records of each kind (default 8, at most 1000)")),
    )


def _backup_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``backup`` and ``restore``."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=say(translate("Cli", "write a consistent copy of the local plan file")),
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=say(
            translate("Cli", "where to write it (default: the backups folder beside the plan)")
        ),
    )

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=say(
            translate("Cli", "replace the plan with a backup (the current plan is backed up first)")
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")


def _transfer_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``import`` and ``export``: files in and out (registries in planner/cli/transfer.py)."""
    from planner.cli.transfer import EXPORT_FORMATS

    transfer_in = commands.add_parser(
        "import",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "read files into the plan (.csv freezer stock or medicine list, .vcf, .ics); "
                "one line per item that failed",
            )
        ),
    )
    transfer_in.add_argument("files", type=Path, nargs="+", metavar="FILE")
    transfer_out = commands.add_parser(
        "export", parents=[common], help=say(translate("Cli", "write part of the plan to a file"))
    )
    transfer_out.add_argument("format", choices=EXPORT_FORMATS, metavar="|".join(EXPORT_FORMATS))
    transfer_out.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        required=True,
        help=say(translate("Cli", "the file to write")),
    )
    transfer_out.add_argument(
        "--helper", metavar="NAME", help=say(translate("Cli", "only what one helper needs"))
    )
    transfer_out.add_argument(
        "--week",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=say(
            translate("Cli", "the fridge sheet of the seven days from this date (default: today)")
        ),
    )
    transfer_out.add_argument(
        "--ride",
        type=leg_id,
        metavar="LEG_ID",
        help=say(
            translate(
                "Cli", "for pdf: the ride card of this ride leg (its id as 'week --json' shows it)"
            )
        ),
    )
    transfer_out.add_argument(
        "--emergency",
        action="store_true",
        help=say(
            translate(
                "Cli",
                "for pdf: the emergency sheet (name, medicines, allergies, whom to call) and a "
                "wallet card",
            )
        ),
    )
    transfer_out.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help=say(translate("Cli", "for vcf: the vCard version to write (3.0 unless told)")),
    )


def _encrypt_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``encrypt``: the local plan file, with a passphrase."""
    encrypt = commands.add_parser(
        "encrypt",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "encrypt the local plan file with a passphrase (SQLCipher; the encryption extra)",
            )
        ),
        description=say(
            translate(
                "Cli",
                "Encrypt the local plan file: from then on it opens only with its passphrase, "
                "which cannot be recovered. The passphrase comes from the environment variable "
                "CARE_PLANNER_PASSPHRASE, else it is asked for twice at a terminal, else it is "
                "the first line of standard input. Other commands open an encrypted plan with "
                "CARE_PLANNER_PASSPHRASE. Backups made before stay plain; close the plan in the "
                "window first.",
            )
        ),
    )
    encrypt.add_argument(
        "--keep-plain-copy",
        action="store_true",
        help=say(
            translate(
                "Cli",
                "keep the plain plan (not encrypted) in the backups folder; by default it is "
                "overwritten",
            )
        ),
    )


def _install_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``install-desktop``: Care Planner in the desktop's menu; it needs no plan
    (planner/main.py runs it before any is opened)."""
    install = commands.add_parser(
        "install-desktop",
        help=say(
            translate(
                "Cli", "put Care Planner in the desktop's menu: its entry, icon and description"
            )
        ),
        description=say(
            translate(
                "Cli",
                "Copy Care Planner's desktop entry to DIR/applications, its icon to "
                "DIR/icons/hicolor/scalable/apps and its AppStream description to DIR/metainfo, "
                "then update the desktop's caches where their tools are installed.",
            )
        ),
    )
    install.add_argument(
        "--prefix",
        type=Path,
        metavar="DIR",
        help=say(
            translate(
                "Cli",
                "the data folder to install into (default: $XDG_DATA_HOME, else "
                "~/.local/share, for you alone); e.g. /usr/local/share for everyone",
            )
        ),
    )


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its own word "usage:" in the command line's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = say(translate("Cli", "usage: "))
        super().add_usage(usage, actions, groups, prefix)


def _in_language(parser: argparse.ArgumentParser) -> None:
    """argparse's own words in ``parser`` and its subcommands' parsers (the headings, -h and
    --version) in the command line's language; its error messages stay as Python has them."""
    parser.formatter_class = _Formatter
    parser._positionals.title = say(translate("Cli", "positional arguments"))
    parser._optionals.title = say(translate("Cli", "options"))
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = say(translate("Cli", "show this help message and exit"))
        elif isinstance(action, argparse._VersionAction):
            action.help = say(translate("Cli", "show program's version number and exit"))
        elif isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if sub.formatter_class is not _Formatter:  # an alias names a parser again
                    _in_language(sub)


def _medicines_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """Medicines, temperatures and red flags (planner/cli/medicines.py, red_flags.py)."""
    shown = commands.add_parser(
        "red-flags",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "the red-flag rules in words: when a temperature or a side effect means call now",
            )
        ),
        description=say(
            translate(
                "Cli",
                "The red-flag rules the plan follows, one line each, in the plan's "
                "temperature scale: published guidance until the care team's own numbers are set "
                "in the window (Edit > Preferences). Planning help, not medical advice.",
            )
        ),
    )
    shown.add_argument(
        "--json", action="store_true", help=say(translate("Cli", "print one JSON object"))
    )
    log = commands.add_parser(
        "log",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "note a temperature, a weight or a blood count; exit status 3 (and whom to call) "
                "when a temperature sets off a red-flag rule",
            )
        ),
        description=say(
            translate(
                "Cli",
                "Note a temperature, a weight or a blood count in the journal. When the "
                "temperatures set off a red-flag rule (published guidance, or the care team's own "
                "numbers once the plan holds them), it says so with the out-of-hours number and "
                "exits with status 3. Planning help, not medical advice.",
            )
        ),
    )
    log.add_argument(
        "what", choices=("temperature", "weight", "count"), metavar="temperature|weight|count"
    )
    log.add_argument(
        "value",
        nargs="+",
        metavar="VALUE",
        help=say(
            translate(
                "Cli",
                "the reading, e.g. 38.2; for a count, which one first: "
                "neutrophils|haemoglobin|platelets VALUE",
            )
        ),
    )
    log.add_argument(
        "--unit",
        metavar="C|F|kg|lb",
        help=say(
            translate(
                "Cli",
                "the scale of VALUE: C or F for a temperature (default: the plan's, °C unless "
                "set), kg or lb for a weight (default: kg)",
            )
        ),
    )
    log.add_argument(
        "--at",
        metavar="TIME",
        help=say(translate("Cli", "when it was taken: HH:MM today, or YYYY-MM-DDTHH:MM")),
    )
    doses = commands.add_parser(
        "doses",
        parents=[common],
        help=say(translate("Cli", "one day's medicine doses, each with its id and state")),
    )
    doses.add_argument(
        "--date", type=iso_date, help=say(translate("Cli", "the day (default: today)"))
    )
    doses.add_argument(
        "--json", action="store_true", help=say(translate("Cli", "print one JSON object"))
    )
    dose = commands.add_parser(
        "dose",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "note a dose as taken, skipped (say why with --reason) or later (asked again)",
            )
        ),
    )
    dose.add_argument(
        "dose",
        metavar="ID",
        help=say(translate("Cli", "the dose as 'doses' lists it, e.g. 12@2026-03-11T08:00")),
    )
    dose.add_argument(
        "answer", choices=("taken", "skipped", "later"), metavar="taken|skipped|later"
    )
    dose.add_argument(
        "--reason", metavar="TEXT", help=say(translate("Cli", "why the dose was skipped"))
    )
    dose.add_argument(
        "--at",
        metavar="TIME",
        help=say(translate("Cli", "when it was taken: HH:MM today, or YYYY-MM-DDTHH:MM")),
    )
    medicines = commands.add_parser(
        "medicines",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "the medicines with their schedules and stock (export medicines -o FILE.csv "
                "writes them; import reads such a file back)",
            )
        ),
    )
    medicines.add_argument(
        "--json", action="store_true", help=say(translate("Cli", "print one JSON object"))
    )


def _team_parser(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``care-planner team add|list|remove``: the logins of a shared plan (PostgreSQL)."""
    team = commands.add_parser(
        "team",
        parents=[common],
        help=say(
            translate(
                "Cli",
                "the care team of a shared plan on PostgreSQL: one login per person, with a role",
            )
        ),
        description=say(
            translate(
                "Cli",
                "The care team of a shared plan on PostgreSQL: one login per person. An organiser "
                "may change everything; a helper may read the plan, claim a ride that needs a "
                "driver or an open task, and change only the rides and tasks given to them and "
                "their own usual times. The server enforces it. Run by the owner of the plan's "
                "database.",
            )
        ),
    )
    actions = team.add_subparsers(dest="team_command", metavar="add|list|remove", required=True)
    add = actions.add_parser(
        "add",
        parents=[common],
        help=say(translate("Cli", "give a person a login of their own, with a role")),
        description=say(
            translate(
                "Cli",
                "Create a login for NAME with a role. Its password comes from the environment "
                "variable CARE_PLANNER_NEW_PASSWORD, else it is asked for (at a terminal; leave "
                "it empty for none, on a server that signs people in another way).",
            )
        ),
    )
    add.add_argument(
        "name",
        metavar="NAME",
        help=say(translate("Cli", "the name the change log shows, e.g. 'Ann Lee'")),
    )
    add.add_argument(
        "--role",
        required=True,
        metavar="organiser|helper",
        help=say(translate("Cli", "what they may change")),
    )
    add.add_argument(
        "--login",
        metavar="LOGIN",
        help=say(translate("Cli", "the login to create (default: from NAME, e.g. ann_lee)")),
    )
    add.add_argument(
        "--helper",
        metavar="HELPER",
        help=say(
            translate(
                "Cli",
                "the plan's helper (a name or an id) this person is (a helper's default: NAME; "
                "added when missing, with --phone or --email)",
            )
        ),
    )
    add.add_argument(
        "--phone", default="", help=say(translate("Cli", "a new helper's phone number"))
    )
    add.add_argument(
        "--email", default="", help=say(translate("Cli", "a new helper's email address"))
    )
    actions.add_parser(
        "list", parents=[common], help=say(translate("Cli", "who is on the team, with their role"))
    )
    remove = actions.add_parser(
        "remove",
        parents=[common],
        help=say(translate("Cli", "take a person off the team and drop their login")),
    )
    remove.add_argument("name", metavar="NAME", help=say(translate("Cli", "their name or login")))


SUBCOMMANDS: tuple[tuple[tuple[str, ...], Builder], ...] = (
    (("demo",), _demo_parser),
    (("week",), _week_parser),
    (("check",), _check_parser),
    (("changes",), _changes_parser),
    (("search",), _search_parser),
    (("backup", "restore"), _backup_parser),
    (("red-flags", "log", "doses", "dose", "medicines"), _medicines_parser),
    (("import", "export"), _transfer_parser),
    (("team",), _team_parser),
    (("encrypt",), _encrypt_parser),
    (("install-desktop",), _install_parser),
)
"""Each builder and the subcommands it adds, in the order ``--help`` lists them."""
