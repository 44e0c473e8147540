"""Phone numbers and email addresses: one format, and clear refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.contacts import email_address, phone_key, phone_number
from planner.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("+44 (0)20 7946-0000", "+44 20 7946 0000"),
        ("0044 20 7946 0000", "+44 20 7946 0000"),
        ("(020) 7946 0000", "020 7946 0000"),
        ("06-12.34.56.78", "06 12 34 56 78"),
        ("112", "112"),
        ("   ", ""),
    ],
)
def test_phone_numbers_are_shown_one_way(typed: str, shown: str) -> None:
    assert phone_number(typed) == shown


@pytest.mark.parametrize("typed", ["call me", "12", "+44 20 + 1", "1234567890123456", "07x"])
def test_impossible_phone_numbers_are_refused_with_the_reason(typed: str) -> None:
    with pytest.raises(InvalidInput, match="is not a phone number"):
        phone_number(typed)


@given(
    st.text("123456789", min_size=1, max_size=1),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=4),
)
def test_formatting_is_stable_and_keeps_every_digit(lead: str, groups: list[str]) -> None:
    """A national number (no 00 or + in front) keeps every digit, in order."""
    groups = [lead + groups[0], *groups[1:]]
    typed = "-".join(groups)
    digits = "".join(groups)
    if not 3 <= len(digits) <= 15:
        return
    shown = phone_number(typed)
    assert phone_number(shown) == shown
    assert phone_key(typed) == digits


def test_email_domain_is_lower_case_and_the_mailbox_kept() -> None:
    assert email_address(" Ann.Lee@Example.ORG ") == "Ann.Lee@example.org"
    assert email_address("mailto:ann@example.org") == "ann@example.org"


@pytest.mark.parametrize("typed", ["ann", "ann@", "@example.org", "ann@example", "a b@x.org"])
def test_impossible_addresses_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="is not an email address"):
        email_address(typed)
