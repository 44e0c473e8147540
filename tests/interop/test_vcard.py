"""vCard cards shaped like real phone and hospital exports: read, refused, written back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import Capability, ContactRole
from planner.domain.model import Contact, Helper
from planner.interop.vcard import read_cards, write_cards

CARDS = Path(__file__).parent / "cards"


def read(name: str) -> list[Helper | Contact | str]:
    return [c.value or c.error for c in read_cards((CARDS / name).read_bytes())]


def test_a_phone_export_with_several_numbers_and_folded_lines() -> None:
    zoe, doctor = read("phone-export-3.0.vcf")
    assert isinstance(zoe, Helper)
    assert zoe.name == "Zoë Ødegård"
    assert zoe.phone == "+47 912 34 567"  # the preferred number
    assert zoe.email == "zoe@example.no"
    assert zoe.capabilities == {Capability.DRIVE, Capability.COOK}
    assert "Key under the mat." in zoe.notes  # a folded line joined again
    assert "Also: +47 22 12 34 56" in zoe.notes and "Also: +47 23 45 67 89" in zoe.notes
    assert isinstance(doctor, Contact)
    assert doctor.role is ContactRole.ONCOLOGIST
    assert doctor.address == "1 Praed Street, London, W2 1NY, United Kingdom"


def test_version_4_cards_with_uri_numbers_and_a_good_photo() -> None:
    bruce, hospice = read("mixed-4.0.vcf")
    assert isinstance(bruce, Helper) and bruce.name == "李小龍"
    assert bruce.phone == "+852 9123 4567"
    assert isinstance(hospice, Contact) and hospice.role is ContactRole.PALLIATIVE_CARE_TEAM


def test_each_broken_card_gets_its_own_message_and_the_good_one_survives() -> None:
    found = read("broken.vcf")
    assert isinstance(found[0], Helper) and found[0].name == "Jürgen Müller"  # 2.1 QP
    messages = found[1:]
    assert messages == [
        "Card 2 has no phone number or email address (TEL or EMAIL).",
        "Card 3 (Bad Number) TEL: 'call me maybe' is not a phone number: use digits, spaces "
        "and a leading + only.",
        "Card 4 (Odd Charset) uses the character set 'x-martian', which is unknown.",
        "Card 5 (Broken Photo) has a broken photo (its picture data cannot be read).",
        "Card 6 has no name (neither FN nor N).",
        "Card 7 (Odd Encoding) NOTE uses the encoding 'X-ROT13', which is unknown.",
    ]


def test_text_that_is_not_utf8_and_names_no_charset_is_refused() -> None:
    (message,) = read("latin1-no-charset.vcf")
    assert isinstance(message, str) and "is not UTF-8 text" in message


names = st.text(
    st.characters(categories=["L", "Zs"], exclude_characters="\r\n\x85\u2028\u2029"),
    min_size=1,
    max_size=90,
).filter(lambda s: s.strip() and " ".join(s.split()) == s)
notes = st.text(
    st.characters(categories=["L", "N", "P", "Zs"], exclude_characters="\r\x85\u2028\u2029"),
    max_size=200,
).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(
    names,
    st.sampled_from(["+44 7700 900001", "020 7946 0000", ""]),
    notes,
    st.frozensets(st.sampled_from(list(Capability))),
    st.sampled_from(["3.0", "4.0"]),
)
def test_helpers_survive_a_round_trip(
    name: str, phone: str, note: str, can: frozenset[Capability], version: str
) -> None:
    helper = Helper(name, phone, "ann@example.org", capabilities=can, notes=note)
    (card,) = read_cards(write_cards([helper], [], version).encode())
    assert card.value == helper


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_contacts_survive_a_round_trip(version: str) -> None:
    nurse = Contact(
        "Siobhán Ní Bhriain",
        ContactRole.NURSE_NAVIGATOR,
        "Oncology day unit, St Mary's",
        "020 7946 0555",
        "s.nibhriain@example.org",
        "1 Praed Street",
        ("Calls back within the hour; a long note that is folded. " * 3).strip(),
    )
    text = write_cards([], [nurse], version)
    assert any(line.startswith(" ") for line in text.split("\r\n"))  # long lines folded
    (card,) = read_cards(text.encode())
    assert card.value == nurse
