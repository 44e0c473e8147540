"""The command line speaks the language of ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``."""

from __future__ import annotations

import os
from functools import cache

from planner.domain.messages import Message, render
from planner.interop.catalogue import LANGUAGES, lookup_in


@cache
def language() -> str:
    """The first language the environment asks for that Care Planner speaks; else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        for wanted in value.split(":"):
            code = wanted.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break  # a language we do not speak: look no further down this variable
        if value and name != "LANGUAGE":
            break  # the first variable that is set decides, as with gettext
    return "en"


def say(message: Message | str) -> str:
    """``message`` in the command line's language."""
    chosen = language()
    if chosen == "en":  # a message already is its English sentence
        return str.__str__(message)
    return render(message, lambda context, text, n: lookup_in(chosen, context, text, n), chosen)
