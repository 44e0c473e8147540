"""Phone numbers and email addresses: checked once, and always shown the same way.

A phone number keeps the grouping the person typed (it differs from country to country)
but with single spaces between the groups, no brackets or dashes, and ``+`` for an
international ``00``. A trunk ``(0)`` inside an international number is dropped, since it
is never dialled together with the country code.
"""

from __future__ import annotations

import re

from planner.domain.errors import InvalidInput
from planner.domain.messages import translate

FEWEST_DIGITS = 3
"""Emergency numbers such as 112 or 999 are three digits long."""
MOST_DIGITS = 15
"""The longest number the international numbering plan (E.164) allows."""
LONGEST_EMAIL = 200

_PHONE_CHARACTERS = re.compile(r"[0-9+()./\- ]+")
_GROUPS = re.compile(r"[0-9]+")
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def phone_number(text: str) -> str:
    """``text`` as a phone number in the plan's one format; empty stays empty.

    Raises :class:`InvalidInput` for text that cannot be a phone number.
    """
    typed = " ".join(text.split())
    if not typed:
        return ""
    # "(+47) 22 12 34 56" writes the country code in brackets; the + still leads.
    plain = typed.replace("(", "").replace(")", "").strip()
    if not _PHONE_CHARACTERS.fullmatch(typed) or "+" in plain[1:]:
        raise InvalidInput(
            translate(
                "Errors",
                "'{typed}' is not a phone number: use digits, spaces and a leading + only.",
            ).format(typed=typed)
        )
    international = plain.startswith("+") or plain.startswith("00")
    body = plain[2:] if plain.startswith("00") else plain.lstrip("+")
    if international and "(0)" in typed:
        # The trunk 0 is never dialled with the country code.
        body = typed.replace("(0)", " ").replace("(", "").replace(")", "").strip()
        body = body[2:] if body.startswith("00") else body.lstrip("+")
    groups = _GROUPS.findall(body)
    digits = sum(len(group) for group in groups)
    if not FEWEST_DIGITS <= digits <= MOST_DIGITS:
        raise InvalidInput(
            translate(
                "Errors",
                "'{typed}' is not a phone number: it has {digits} digits, and a phone "
                "number has {fewest_digits} to {most_digits}.",
            ).format(
                typed=typed, digits=digits, fewest_digits=FEWEST_DIGITS, most_digits=MOST_DIGITS
            )
        )
    return ("+" if international else "") + " ".join(groups)


def phone_key(text: str) -> str:
    """Only what is dialled (digits and a leading +), for telling numbers apart."""
    try:
        shown = phone_number(text)
    except InvalidInput:
        shown = text
    return ("+" if shown.startswith("+") else "") + "".join(filter(str.isdigit, shown))


def email_address(text: str) -> str:
    """``text`` as an email address (the domain in lower case); empty stays empty.

    Raises :class:`InvalidInput` for text that cannot be an address.
    """
    typed = text.strip()
    if not typed:
        return ""
    if typed.lower().startswith("mailto:"):
        typed = typed[len("mailto:") :]
    if len(typed) > LONGEST_EMAIL or not _EMAIL.fullmatch(typed):
        raise InvalidInput(
            translate(
                "Errors", "'{typed}' is not an email address; it should look like name@example.org."
            ).format(typed=typed)
        )
    local, domain = typed.rsplit("@", 1)
    return f"{local}@{domain.lower()}"
