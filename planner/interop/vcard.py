"""vCard files (3.0 and 4.0, and the common 2.1 quirks) to helpers and contacts, and back.

Each card is read on its own, so one broken card gets its own message and leaves the
others alone. A card marked ``CATEGORIES:Helper`` (as this program writes them) or without
an organisation or role becomes a helper; any other card a contact. Phone numbers and
email addresses go through the same checks as typed ones. A card's first phone number
(or the one marked preferred) becomes the number; the others are kept in the notes.

vobject is imported only when a card is read or written: most runs never need it.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from planner.domain.contacts import email_address, phone_number
from planner.domain.enums import Capability, ContactRole, label
from planner.domain.errors import InvalidInput, said
from planner.domain.messages import Message, translate
from planner.domain.model import Contact, Helper

VERSIONS = ("3.0", "4.0")
HELPER_CATEGORY = "Helper"
CONTACT_CATEGORY = "Care team"
CAPABILITIES = "X-CARE-PLANNER-CAN"
ROLE = "X-CARE-PLANNER-ROLE"
NOTICE = "X-CARE-PLANNER-NOTICE-DAYS"
KNOWN_ENCODINGS = {"b", "base64", "quoted-printable", "8bit", "7bit"}
MOST_CARDS = 5000
MAX_BYTES = 5 * 1024 * 1024
"""The largest vCard file taken (as for calendars): a team's cards fit many times over."""
MAX_CARD_BYTES = 512 * 1024
"""The largest single card read; beyond it is mostly a photo, which is not kept anyway, and
reading it would take hundreds of megabytes."""

_BEGIN = re.compile(rb"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(rb"^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_CHARSET = re.compile(rb";CHARSET=([A-Za-z0-9_.-]+)", re.IGNORECASE)
_FOLD = re.compile(r"\r?\n[ \t]")


@dataclass(frozen=True)
class Card:
    """One card of a file: the helper or contact it holds, or why it cannot be read."""

    number: int
    """Its place in the file, from 1."""
    value: Helper | Contact | None
    why: Message | str = ""
    """Why the card cannot be imported, e.g. "has no name (neither FN nor N)"."""
    written_name: str = ""
    """The name as the card writes it, even when the card cannot be read."""

    @property
    def reason(self) -> str:
        """:attr:`why` in English."""
        return str(self.why)

    @property
    def message(self) -> Message | None:
        """The reason as one sentence naming the card; ``None`` for a good card."""
        if not self.why:
            return None
        number, name, reason = self.number, self.written_name, self.why
        if str(reason).endswith("."):  # a whole sentence, such as a phone number's refusal
            if name:
                return translate("Errors", "Card {number} ({name}) {reason}").format(
                    number=number, name=name, reason=reason
                )
            return translate("Errors", "Card {number} {reason}").format(
                number=number, reason=reason
            )
        if name:
            return translate("Errors", "Card {number} ({name}) {reason}.").format(
                number=number, name=name, reason=reason
            )
        return translate("Errors", "Card {number} {reason}.").format(number=number, reason=reason)

    @property
    def error(self) -> str:
        """:attr:`message` in English; empty for a good card."""
        message = self.message
        return "" if message is None else str(message)

    @property
    def name(self) -> str:
        return self.value.name if self.value is not None else self.written_name


class CardError(InvalidInput):
    """One card that cannot be read; the message says which field and why."""


# ---------------------------------------------------------------------------- reading
def split_cards(data: bytes) -> list[bytes]:
    """The raw text of each card, in file order (whatever lies between cards is ignored)."""
    cards = []
    position = 0
    while match := _BEGIN.search(data, position):
        end = _END.search(data, match.end())
        if end is None:
            cards.append(data[match.start() :])
            break
        cards.append(data[match.start() : end.end()])
        position = end.end()
    return cards


def _decode(raw: bytes) -> str:
    """A card's text: UTF-8, or the character set its properties name."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    charsets = {m.decode("ascii").lower() for m in _CHARSET.findall(raw)}
    for charset in charsets:
        try:
            codecs.lookup(charset)
        except LookupError:
            raise CardError(
                translate("Errors", "uses the character set '{charset}', which is unknown").format(
                    charset=charset
                )
            ) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for charset in sorted(charsets - {"utf-8"}):
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            continue
    raise CardError(
        translate("Errors", "is not UTF-8 text and names no character set; save the file as UTF-8")
    )


def _text(line: Any) -> str:
    value = line.value
    if isinstance(value, bytes):
        charset = (line.params.get("CHARSET") or ["utf-8"])[0]
        return value.decode(charset, errors="replace")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).strip()


def _lines(text: str) -> list[tuple[str, str, str]]:
    """Each unfolded content line as (name, parameters, value)."""
    found = []
    for line in _FOLD.sub("", text).splitlines():
        head, colon, value = line.partition(":")
        if colon:
            name, _, params = head.partition(";")
            found.append((name.split(".")[-1].upper(), params.upper(), value.strip()))
    return found


def _check_encodings(text: str) -> None:
    for name, params, _ in _lines(text):
        for param in params.split(";"):
            key, _, encoding = param.partition("=")
            if key == "ENCODING" and encoding.lower() not in KNOWN_ENCODINGS:
                raise CardError(
                    translate(
                        "Errors", "{name} uses the encoding '{encoding}', which is unknown"
                    ).format(name=name, encoding=encoding)
                )


def _check_photo(text: str) -> None:
    for name, params, value in _lines(text):
        if name != "PHOTO":
            continue
        data = value
        if value.lower().startswith("data:"):
            header, _, data = value.partition(",")
            if ";base64" not in header.lower():
                continue
        elif "ENCODING=B" not in params and "ENCODING=BASE64" not in params:
            continue  # a link to a photo elsewhere
        try:
            picture = base64.b64decode("".join(data.split()), validate=True)
        except (binascii.Error, ValueError):
            raise CardError(
                translate("Errors", "has a broken photo (its picture data cannot be read)")
            ) from None
        if not picture:
            raise CardError(translate("Errors", "has a broken photo (it is empty)"))


def _name(card: Any) -> str:
    if "fn" in card.contents:
        name = " ".join(_text(card.fn).split())
        if name:
            return name
    if "n" in card.contents:
        parts = card.n.value
        name = " ".join(
            str(p)
            for p in (parts.prefix, parts.given, parts.additional, parts.family, parts.suffix)
            if p
        )
        if name.strip():
            return " ".join(name.split())
    raise CardError(translate("Errors", "has no name (neither FN nor N)"))


def _preferred_first(lines: Sequence[Any]) -> list[Any]:
    def rank(line: Any) -> int:
        types = {t.lower() for v in line.params.get("TYPE", []) for t in v.split(",")}
        return 0 if "pref" in types or line.params.get("PREF") else 1

    return sorted(lines, key=rank)


def _phones(card: Any) -> list[str]:
    numbers = []
    for line in _preferred_first(card.contents.get("tel", [])):
        text = _text(line)
        text = text[4:] if text.lower().startswith("tel:") else text
        try:
            numbers.append(phone_number(text))
        except InvalidInput as error:
            raise CardError(translate("Errors", "TEL: {error}").format(error=said(error))) from None
    return [n for n in numbers if n]


def _emails(card: Any) -> list[str]:
    found = []
    for line in _preferred_first(card.contents.get("email", [])):
        try:
            found.append(email_address(_text(line)))
        except InvalidInput as error:
            raise CardError(
                translate("Errors", "EMAIL: {error}").format(error=said(error))
            ) from None
    return [e for e in found if e]


def _role(card: Any) -> ContactRole | None:
    for key in ("x-care-planner-role", "role", "title"):
        for line in card.contents.get(key, []):
            text = _text(line).strip().lower().replace("-", " ").replace("_", " ")
            for role in ContactRole:
                if text in (role.value.replace("_", " "), label(role).lower()):
                    return role
    return None


def _categories(card: Any) -> set[str]:
    found: set[str] = set()
    for line in card.contents.get("categories", []):
        values = line.value if isinstance(line.value, list) else str(line.value).split(",")
        found.update(str(v).strip().lower() for v in values)
    return found


def _card_value(card: Any) -> Helper | Contact:
    name = _name(card)
    phones, emails = _phones(card), _emails(card)
    if not phones and not emails:
        raise CardError(translate("Errors", "has no phone number or email address (TEL or EMAIL)"))
    extra = [f"Also: {n}" for n in phones[1:]] + [f"Also: {e}" for e in emails[1:]]
    notes = "\n".join(
        [_text(line) for line in card.contents.get("note", []) if _text(line)] + extra
    )
    phone = phones[0] if phones else ""
    email = emails[0] if emails else ""
    organisation = ""
    if "org" in card.contents:
        org = card.org.value
        organisation = " ".join(str(p) for p in org if p) if isinstance(org, list) else str(org)
    categories = _categories(card)
    role = _role(card)
    is_helper = HELPER_CATEGORY.lower() in categories or (
        CONTACT_CATEGORY.lower() not in categories and not organisation and role is None
    )
    if is_helper:
        return Helper(
            name,
            phone,
            email,
            capabilities=_capabilities(card),
            notice_business_days=_notice(card),
            notes=notes,
        )
    address = ""
    if "adr" in card.contents:
        parts = card.adr.value
        address = ", ".join(
            str(p) for p in (parts.street, parts.city, parts.region, parts.code, parts.country) if p
        )
    return Contact(name, role or ContactRole.OTHER, organisation, phone, email, address, notes)


def _capabilities(card: Any) -> frozenset[Capability]:
    found = set()
    for line in card.contents.get(CAPABILITIES.lower(), []):
        for word in re.split(r"[\s,;\\]+", _text(line)):
            if not word:
                continue
            try:
                found.add(Capability(word.lower()))
            except ValueError:
                raise CardError(
                    translate(
                        "Errors", "{capabilities}: '{word}' is not something a helper does"
                    ).format(capabilities=CAPABILITIES, word=word)
                ) from None
    return frozenset(found)


def _notice(card: Any) -> int:
    for line in card.contents.get(NOTICE.lower(), []):
        text = _text(line)
        if not text.isdigit() or int(text) > 60:
            raise CardError(
                translate(
                    "Errors", "{notice}: '{text}' is not a number of business days from 0 to 60"
                ).format(notice=NOTICE, text=text)
            )
        return int(text)
    return 0


def read_card(raw: bytes) -> Helper | Contact:
    """One card's helper or contact; raises :class:`CardError` saying what is wrong."""
    import vobject  # type: ignore[import-untyped]  # loaded only when cards are read

    text = _decode(raw)
    _check_encodings(text)
    _check_photo(text)
    try:
        card = vobject.readOne(text, ignoreUnreadable=False)
    except (vobject.base.ParseError, ValueError, TypeError, binascii.Error) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise CardError(
            translate("Errors", "cannot be read ({reason})").format(reason=reason)
        ) from None
    except LookupError:
        raise CardError(translate("Errors", "uses an unknown character set or encoding")) from None
    except UnicodeDecodeError:
        raise CardError(translate("Errors", "has text in an unknown encoding")) from None
    return _card_value(card)


def read_cards(data: bytes) -> list[Card]:
    """Every card of a file, each read or with its own error message."""
    raws = split_cards(data)
    if not raws:
        raise InvalidInput(translate("Errors", "The file holds no vCard (no BEGIN:VCARD line)."))
    if len(raws) > MOST_CARDS:
        raise InvalidInput(
            translate(
                "Errors", "The file holds more than {most_cards} cards; split it first."
            ).format(most_cards=MOST_CARDS)
        )
    cards = []
    for number, raw in enumerate(raws, start=1):
        if len(raw) > MAX_CARD_BYTES:
            too_big = translate(
                "Errors", "the card is {size} MB (a large photo?); at most 0.5 MB"
            ).format(size=round(len(raw) / 1e6, 1))
            cards.append(Card(number, None, too_big, _written_name(raw)))
            continue
        try:
            cards.append(Card(number, read_card(raw)))
        except CardError as error:
            cards.append(Card(number, None, error.message, _written_name(raw)))
    return cards


def _written_name(raw: bytes) -> str:
    match = re.search(rb"^FN[^:\r\n]*:([^\r\n]*)", raw, re.IGNORECASE | re.MULTILINE)
    return match.group(1).decode("utf-8", errors="replace").strip() if match else ""


# ---------------------------------------------------------------------------- writing
def write_cards(
    helpers: Iterable[Helper], contacts: Iterable[Contact], version: str = "3.0"
) -> str:
    """The helpers and contacts as vCard text of ``version`` (3.0 or 4.0), CRLF lines."""
    import vobject

    if version not in VERSIONS:
        raise InvalidInput(
            translate("Errors", "vCard version {version} is not written (only 3.0 or 4.0).").format(
                version=version
            )
        )
    out = []
    values: list[Helper | Contact] = [*helpers, *contacts]
    for value in values:
        card = vobject.vCard()
        card.add("version").value = version
        card.add("fn").value = value.name
        given, _, family = value.name.rpartition(" ")
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        if value.phone:
            tel = card.add("tel")
            tel.value = value.phone
            tel.type_param = "cell" if isinstance(value, Helper) else "work"
        if value.email:
            card.add("email").value = value.email
        if value.notes:
            card.add("note").value = value.notes
        if isinstance(value, Helper):
            card.add("categories").value = [HELPER_CATEGORY]
            if value.capabilities:
                words = " ".join(sorted(c.value for c in value.capabilities))
                card.add(CAPABILITIES.lower()).value = words
            if value.notice_business_days:
                card.add(NOTICE.lower()).value = str(value.notice_business_days)
        else:
            card.add("categories").value = [CONTACT_CATEGORY]
            card.add(ROLE.lower()).value = value.role.value
            card.add("role").value = label(value.role)
            if value.organisation:
                card.add("org").value = [value.organisation]
            if value.address:
                card.add("adr").value = vobject.vcard.Address(street=value.address)
        out.append(card.serialize())
    return "".join(out)
