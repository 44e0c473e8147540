"""Messages as data: one render puts values into the reader's template, in their language."""

from __future__ import annotations

import datetime as dt
import errno

import pytest

from planner.domain.enums import LegStatus
from planner.domain.errors import (
    InvalidInput,
    PlannerError,
    said,
    together,
    why_not_read,
    why_not_written,
)
from planner.domain.messages import Message, render, translate

GERMAN = {
    ("Errors", "The ride on {day} has no driver."): "Die Fahrt am {day} hat noch keinen Fahrer.",
    ("Errors", "Cannot write {path}: {why}."): "{path} lässt sich nicht speichern: {why}.",
    ("Errors", "there is not enough free space on the disk"): "der Speicherplatz reicht nicht",
    ("Errors", "Only {left} portions are left."): "Es sind nur noch {left} Portionen da.",
    ("Errors", "The pickup is at {at}."): "Abholung am {at}.",
    ("Errors", "The status is {status}."): "Der Stand ist {status}.",
    ("Errors", "A broken translation for {day}."): "Eine kaputte Übersetzung für {tag}.",
    ("Dates", "{day} at {time}"): "{day} um {time}",
    ("Vocabulary", "Needed"): "Offen",
}
PLURAL = {
    ("Gaps", "%n meal(s) short"): ("%n Mahlzeit fehlt", "%n Mahlzeiten fehlen"),
}


def german(context: str, text: str, n: int) -> str:
    forms = PLURAL.get((context, text))
    if forms is not None:
        return forms[0] if n == 1 else forms[1]
    return GERMAN.get((context, text), text)


def in_german(message: Message) -> str:
    return render(message, german, "de")


WEDNESDAY = dt.date(2026, 3, 11)


def test_fields_are_filled_in_in_english_and_in_the_reader_s_language() -> None:
    message = translate("Errors", "The ride on {day} has no driver.").format(day=WEDNESDAY)

    assert str(message) == "The ride on Wed 11 Mar has no driver."
    assert in_german(message) == "Die Fahrt am Mi., 11. März hat noch keinen Fahrer."


def test_a_nested_message_is_rendered_in_the_same_language() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    message = translate("Errors", "Cannot write {path}: {why}.").format(
        path="/tmp/plan.csv", why=why_not_written(full)
    )

    assert str(message) == "Cannot write /tmp/plan.csv: there is not enough free space on the disk."
    assert (
        in_german(message)
        == "/tmp/plan.csv lässt sich nicht speichern: der Speicherplatz reicht nicht."
    )
    assert "No space left" not in str(message)


def test_a_count_chooses_the_form_and_is_written_in_the_reader_s_digits() -> None:
    assert in_german(translate("Gaps", "%n meal(s) short").format(n=1)) == "1 Mahlzeit fehlt"
    assert in_german(translate("Gaps", "%n meal(s) short").format(n=3)) == "3 Mahlzeiten fehlen"
    assert str(translate("Gaps", "%n meal(s) short").format(n=3)) == "3 meal(s) short"
    assert in_german(translate("Errors", "Only {left} portions are left.").format(left=1250)) == (
        "Es sind nur noch 1.250 Portionen da."
    )


def test_dates_times_and_numbers_follow_the_language() -> None:
    pickup = dt.datetime(2026, 3, 11, 8, 0)
    message = translate("Errors", "The pickup is at {at}.").format(at=pickup)

    assert str(message) == "The pickup is at Wed 11 Mar at 08:00."
    assert in_german(message) == "Abholung am Mi., 11. März um 08:00."
    assert str(translate("Errors", "{t} / {x}").format(t=dt.time(14, 30), x=37.8)) == "14:30 / 37.8"
    assert in_german(translate("Errors", "{t} / {x}").format(t=dt.time(14, 30), x=37.8)) == (
        "14:30 / 37,8"
    )


def test_an_enum_is_said_by_its_glossary_label() -> None:
    message = translate("Errors", "The status is {status}.").format(status=LegStatus.NEEDED)

    assert str(message) == "The status is Needed."
    assert in_german(message) == "Der Stand ist Offen."


def test_a_translation_naming_a_field_the_message_lacks_falls_back_to_english() -> None:
    message = translate("Errors", "A broken translation for {day}.").format(day=WEDNESDAY)

    # The German names {tag}, which the message does not have: English, not a crash.
    assert in_german(message) == "A broken translation for Mi., 11. März."


def test_a_message_without_a_translation_stays_english() -> None:
    message = translate("Errors", "Nobody translated this for {who}.").format(who="Ann")

    assert in_german(message) == "Nobody translated this for Ann."


def test_an_error_keeps_its_message_and_says_it_in_english() -> None:
    message = translate("Errors", "The ride on {day} has no driver.").format(day=WEDNESDAY)
    error = InvalidInput(message)

    assert error.message is message
    assert str(error) == "The ride on Wed 11 Mar has no driver."
    assert isinstance(error, PlannerError)


def test_what_an_error_tells_is_found_whatever_carries_it() -> None:
    message = translate("Errors", "there is no such file")

    assert said(InvalidInput(message)) is message
    assert said(ValueError(message)) is message  # the domain's checks raise these
    assert said(ValueError("plain words")) == "plain words"


def test_sentences_said_together_are_one_message() -> None:
    first = translate("Errors", "A meal needs a name.")
    second = translate("Errors", "Portions cannot be negative ({portions}).").format(portions=-1)

    joined = together([first, second])

    assert str(joined) == "A meal needs a name. Portions cannot be negative (-1)."
    assert together([first]) is first


def test_a_failed_read_is_said_in_the_program_s_words() -> None:
    missing = why_not_read(OSError(errno.ENOENT, "No such file or directory"))
    refused = why_not_read(OSError(errno.EACCES, "Permission denied"))

    assert (str(missing), str(refused)) == ("there is no such file", "you may not read it")
    assert isinstance(missing, Message)


def test_a_pickled_message_comes_back_whole_without_being_rendered_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window takes a week worked out by a copy of its process back pickled
    (planner/services/early_week.py): each message comes back the same, in English and in
    the reader's language, its sentence kept rather than worked out again."""
    import pickle

    from planner.domain import messages

    moment = dt.datetime.combine(WEDNESDAY, dt.time(8, 30))
    nested = translate("Errors", "The pickup is at {at}.").format(at=moment)
    sent = [
        translate("Errors", "The ride on {day} has no driver.").format(day=WEDNESDAY),
        translate("Gaps", "%n meal(s) short").format(n=3),
        translate("Errors", "The status is {status}.").format(status=LegStatus.NEEDED),
        translate("Errors", "Cannot write {path}: {why}.").format(path="/tmp/x", why=nested),
        translate("Vocabulary", "Needed"),
    ]
    data = pickle.dumps(sent)

    def not_again(*args: object) -> str:
        raise AssertionError("rendered again")

    monkeypatch.setattr(messages, "_render", not_again)
    back = pickle.loads(data)
    monkeypatch.undo()
    for message, original in zip(back, sent, strict=True):
        assert type(message) is Message
        assert message == original
        assert (message.context, message.text) == (original.context, original.text)
        assert dict(message.values) == dict(original.values)
        assert in_german(message) == in_german(original)
    assert in_german(back[0]) == "Die Fahrt am Mi., 11. März hat noch keinen Fahrer."


def test_a_template_without_values_is_made_once_and_each_format_is_its_own() -> None:
    """A rule asks for the same fix words ("Find a driver") for every gap: the message is
    made once; a message given values is still a new one each time."""
    first = translate("Errors", "Only {left} portions are left.")

    assert translate("Errors", "Only {left} portions are left.") is first
    assert translate("Gaps", "Only {left} portions are left.") is not first  # another context
    two, three = first.format(left=2), first.format(left=3)
    assert (str(two), str(three), str(first)) == (
        "Only 2 portions are left.",
        "Only 3 portions are left.",
        "Only {left} portions are left.",
    )
    assert dict(first.values) == {}
    assert in_german(three) == "Es sind nur noch 3 Portionen da."
