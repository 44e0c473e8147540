"""Reading appointments from an iCalendar (.ics) file: a hospital portal's export, or a
calendar from Google, Outlook, Thunderbird, Apple or Nextcloud.

Each event, and each occurrence of a repeating one inside a bounded window, becomes an
:class:`ImportedEvent`. An event that cannot be read becomes an :class:`Unreadable` with
the reason, and nothing of it is imported. Everything is bounded: the file's size, the
repeat rules accepted (no rule that could run for ever), the occurrences of one series,
the events of one file and the time one import may take.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from planner.domain.enums import AppointmentKind
from planner.domain.errors import InvalidInput, said
from planner.domain.messages import Message, translate
from planner.domain.recurrence import check_rule
from planner.interop.ics_export import read_uid

if TYPE_CHECKING:
    from icalendar import Component

MAX_BYTES = 5 * 1024 * 1024
MOST_OCCURRENCES = 400
"""Of one repeating series; more is not a calendar of appointments."""
MOST_EVENTS = 5000
TIME_BUDGET = 30.0
"""Seconds one import may take; what is left after that is reported, not read."""
DAYS_BEFORE = 92
DAYS_AFTER = 366
"""The window around today in which events are read (a repeat without end stops there)."""
LONGEST_TEXT = 200
EARLIEST_REPEAT_YEAR = 1970


class CalendarFileError(InvalidInput):
    """The file as a whole cannot be read as a calendar; nothing was imported."""


@dataclass(frozen=True)
class ImportedEvent:
    """One appointment as the calendar file gives it."""

    uid: str
    recurrence_id: str
    """Which occurrence of a repeating event; empty for a single event."""
    title: str
    start: dt.datetime
    """In the plan's local time, without a zone (as the plan keeps times)."""
    duration: dt.timedelta
    kind: AppointmentKind
    location: str = ""
    clinician: str = ""
    notes: str = ""
    cancelled: bool = False
    all_day: bool = False


@dataclass(frozen=True)
class Unreadable:
    """An event that was not imported, and why."""

    event: str
    """Its title, or its UID, or where it is in the file."""
    message: Message | str
    """Why, to render in the reader's language."""

    @property
    def reason(self) -> str:
        """Why, in English."""
        return str(self.message)


@dataclass(frozen=True)
class CalendarRead:
    events: tuple[ImportedEvent, ...]
    unreadable: tuple[Unreadable, ...]
    outside: int = 0
    """Events left out on purpose: outside the window, or not appointments (a ride or a
    task that Care Planner itself exported)."""


Progress = Callable[[int, int], None]
"""Called with (series done, series in all)."""
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):  # noqa: N818 (a plain signal, not a failure)
    """The user stopped the import; nothing was imported."""


# ------------------------------------------------------------------ guessing the kind
_KIND_WORDS: tuple[tuple[AppointmentKind, str], ...] = (
    (AppointmentKind.PALLIATIVE_CARE, r"palliative|hospice"),
    (
        AppointmentKind.CHEMOTHERAPY,
        r"chemo|folfox|folfiri|r-?chop|carboplatin|cisplatin|"
        r"salvage|ice regimen|dhap",
    ),
    (
        AppointmentKind.INFUSION,
        r"infusion|immunotherap|transfusion|pembrolizumab|nivolumab|"
        r"rituximab|iv therapy",
    ),
    (AppointmentKind.RADIATION, r"radiation|radiotherap|\brt\b|brachy|strahlen"),
    (AppointmentKind.SURGERY, r"surgery|surgical|operation|resection|\bop\b|biopsy|port placement"),
    (AppointmentKind.DIALYSIS, r"dialysis|haemodialysis|hemodialysis"),
    (AppointmentKind.TRIAL_VISIT, r"\btrial\b|study visit|research visit"),
    (AppointmentKind.LAB_TEST, r"\blab\b|labs\b|blood|bloods|\bcbc\b|phlebotomy"),
    (AppointmentKind.SCAN, r"\bscan\b|\bct\b|\bmri\b|\bpet\b|x-?ray|ultrasound|echo|imaging"),
    (
        AppointmentKind.CONSULTATION,
        r"consult|follow-?up|review|oncolog|clinic|check-?up|"
        r"doctor|dr\.? |nurse|appointment with",
    ),
)
_KIND_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _KIND_WORDS)
_KIND_LABELS = {kind.label.casefold(): kind for kind in AppointmentKind}


def guess_kind(title: str, categories: Iterable[str] = ()) -> AppointmentKind:
    """The appointment kind a title (or the event's categories) suggests; Other if none."""
    for category in categories:
        kind = _KIND_LABELS.get(category.strip().casefold())
        if kind is not None:
            return kind
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(title):
            return kind
    return AppointmentKind.OTHER


# ------------------------------------------------------------------ reading a file
def decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark) or UTF-16 with one."""
    if len(data) > MAX_BYTES:
        raise CalendarFileError(
            translate(
                "Errors",
                "The file is {size} MB; a calendar file of up to {most} MB can be imported. "
                "Nothing was imported.",
            ).format(size=round(len(data) / 1e6, 1), most=MAX_BYTES // 1_000_000)
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise CalendarFileError(
                translate(
                    "Errors",
                    "The file is not UTF-8 text (byte {start} cannot be read); save the "
                    "calendar again as UTF-8. Nothing was imported.",
                ).format(start=error.start)
            ) from None
    raise CalendarFileError(
        translate("Errors", "The file's text cannot be read. Nothing was imported.")
    )


def read_calendar(
    data: bytes,
    *,
    today: dt.date,
    zone: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CalendarRead:
    """The appointments in ``data``; raises CalendarFileError when it is no calendar at all
    and ImportCancelled when ``cancelled()`` turns true."""
    text = decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise CalendarFileError(
            translate(
                "Errors", "The file holds no calendar (no BEGIN:VCALENDAR). Nothing was imported."
            )
        )
    try:
        calendars = _skim(text) or _parse_whole(text)
    except (ValueError, KeyError, IndexError) as error:
        raise CalendarFileError(
            translate(
                "Errors", "The file is not a readable calendar: {error}. Nothing was imported."
            ).format(error=error)
        ) from None
    reader = _Reader(today, zone, progress, cancelled)
    for calendar, events in calendars:
        reader.read(calendar, events)
    return CalendarRead(tuple(reader.events), tuple(reader.unreadable), reader.outside)


# ------------------------------------------------------------------ parsing, event by event
# A file may hold far more events than one import takes (MOST_EVENTS), and icalendar's
# parse of an event costs far more than finding it. So the file's events are split off
# first, and each is parsed whole (by icalendar, from its own lines) only when it is read:
# one left over costs the look at its lines, its UID and, when it is reported, its title.
# A file the split is not sure of (a line of a kind real calendars do not write, or an
# event inside another component) is parsed whole, as before: every file reads as
# icalendar reads it.
_MARK = re.compile(r"(BEGIN|END):([A-Z0-9-]+)\Z", re.IGNORECASE | re.ASCII)
"""A component's first or last line, written plainly."""
_MARKS = ("BEGIN", "END")
_WATCHED = frozenset("BbEeUuSs")
"""The first letters of BEGIN, END, UID and SUMMARY: a line starting otherwise (or with
a blank) is none of them."""


class _Event:
    """One event of the file: its UID now, the rest when it is read."""

    __slots__ = ("_lines", "_parsed", "_summaries", "uid")

    def __init__(
        self,
        uid: str,
        parsed: Component | None = None,
        lines: list[str] | None = None,
        summaries: list[str] | None = None,
    ) -> None:
        self.uid = uid
        self._parsed = parsed
        self._lines = lines
        """Its unfolded lines, BEGIN:VEVENT to END:VEVENT, until it is parsed."""
        self._summaries = summaries or []
        """Those of its lines that may be its SUMMARY."""

    @classmethod
    def parsed(cls, event: Component) -> _Event:
        """An event icalendar has read with its calendar."""
        return cls(str(event.get("uid", "")), parsed=event)

    def whole(self) -> Component:
        """The event as icalendar reads it."""
        if self._parsed is None:
            assert self._lines is not None
            self._parsed = _parse_event(self._lines)
            self._lines = None
        return self._parsed

    def summary(self) -> str:
        """Its title; of an event not parsed yet, from the lines that may hold it."""
        if self._lines is None:
            return str(self.whole().get("SUMMARY", ""))
        return _value(self._lines, self._summaries, "SUMMARY")


def _parse_whole(text: str) -> list[tuple[Component, list[_Event]]]:
    """icalendar's parse of the whole file: each calendar, with its events."""
    from icalendar import Calendar

    return [
        (calendar, [_Event.parsed(event) for event in calendar.walk("VEVENT")])
        for calendar in Calendar.from_ical(text, multiple=True)
    ]


def _parse_lines(lines: list[str], kind: Any) -> Any:
    """icalendar's parse of unfolded ``lines`` into components of ``kind`` (icalendar 7
    parses a list of content lines as it parses a file's text once it is unfolded)."""
    from icalendar.parser import Contentline

    content_line: Any = Contentline  # its constructor is untyped
    return kind.from_ical([content_line(line) for line in lines if line], multiple=True)


def _parse_event(lines: list[str]) -> Component:
    from icalendar import Event

    (event,) = _parse_lines(lines, Event)
    return cast("Component", event)


def _value(lines: list[str], picked: list[str], name: str) -> str:
    """The text of the property ``name`` of the event ``lines`` as icalendar reads it, from
    the lines ``picked`` (those that may be it)."""
    if not picked:
        return ""
    line = picked[0]
    head = line[: len(name) + 1]
    if len(picked) == 1 and head.isascii() and head.upper() == name + ":" and "\\" not in line:
        return line[len(name) + 1 :]  # no parameter, nothing escaped: the text as it stands
    return str(_parse_event([lines[0], *picked, lines[-1]]).get(name, ""))


def _named(line: str) -> str:
    """The name of the property the line may be: as icalendar would read it when it reads
    it at all (it drops the blanks in a name and ignores its case)."""
    head = line.split(":", 1)[0].split(";", 1)[0]
    return "".join(head.split()).upper()


def _skim(text: str) -> list[tuple[Component, list[_Event]]] | None:
    """The file's calendars, each with its events split off unparsed; None when the file
    is better parsed whole (see above)."""
    try:  # icalendar 7's own unfolding and parser of content lines
        from icalendar import Calendar
        from icalendar.parser.content_line import NEWLINE, UFOLD
        from icalendar.parser.ical import ComponentIcalParser  # noqa: F401
    except ImportError:
        return None
    if "\n " in text or "\n\t" in text:  # a fold: only then is there anything to unfold
        text = UFOLD.sub("", text)
    lines = NEWLINE.split(text)
    rest: list[str] = []
    """The lines parsed now: all but those of the events split off."""
    found: list[list[_Event | None]] = []
    """Each calendar's events in order (None: one parsed with the calendar)."""
    depth = 0
    at, end = 0, len(lines)
    while at < end:
        line = lines[at]
        at += 1
        if not line:
            continue
        first = line[0]
        mark = _MARK.match(line) if first in "BbEe" else None
        if mark is None:
            if depth == 0 or ((first in "BbEe" or first.isspace()) and _named(line) in _MARKS):
                return None  # a line outside any calendar, or a BEGIN or END written oddly
            rest.append(line)
            continue
        begins, name = mark[1].upper() == "BEGIN", mark[2].upper()
        if not begins:
            if depth == 0:
                return None
            depth -= 1
        elif depth == 0:
            if name != "VCALENDAR":
                return None
            found.append([])
            depth = 1
        elif name == "VEVENT":
            if depth > 1:
                return None
            split = _split_off(lines, at - 1)
            if split is not None:
                found[-1].append(split[0])
                at = split[1]
                continue
            found[-1].append(None)
            depth += 1
        else:
            depth += 1
        rest.append(line)
    if depth:
        return None  # a component without its END, which icalendar leaves out
    calendars = _parse_lines(rest, Calendar)
    if len(calendars) != len(found):
        return None
    read: list[tuple[Component, list[_Event]]] = []
    for calendar, events in zip(calendars, found, strict=True):
        # The events parsed with the calendar, in their places among those split off.
        parsed = [_Event.parsed(event) for event in calendar.walk("VEVENT")]
        if len(parsed) != events.count(None):
            return None
        with_parsed = iter(parsed)
        read.append((calendar, [event or next(with_parsed) for event in events]))
    return read


def _split_off(lines: list[str], begin: int) -> tuple[_Event, int] | None:
    """The event whose BEGIN:VEVENT is ``lines[begin]``, and where the lines after its
    END:VEVENT start; None when it holds a component (an alarm) or ends oddly: it is then
    parsed with its calendar."""
    uids: list[str] = []
    summaries: list[str] = []
    for at in range(begin + 1, len(lines)):
        line = lines[at]
        if not line or not (line[0] in _WATCHED or line[0].isspace()):
            continue
        name = _named(line)
        if name == "UID":
            uids.append(line)
        elif name == "SUMMARY":
            summaries.append(line)
        elif name in _MARKS:
            mark = _MARK.match(line)
            if mark is None or mark[1].upper() != "END" or mark[2].upper() != "VEVENT":
                return None
            block = lines[begin : at + 1]
            return _Event(_value(block, uids, "UID"), lines=block, summaries=summaries), at + 1
    return None


class _Unreadable(Exception):  # noqa: N818
    pass


class _Reader:
    def __init__(
        self, today: dt.date, zone: str, progress: Progress | None, cancelled: Cancelled | None
    ) -> None:
        self.zone = ZoneInfo(zone) if zone else None
        self.begin = dt.datetime.combine(today - dt.timedelta(days=DAYS_BEFORE), dt.time.min)
        self.end = dt.datetime.combine(today + dt.timedelta(days=DAYS_AFTER), dt.time.min)
        self.progress = progress
        self.cancelled = cancelled
        self.deadline = time.monotonic() + TIME_BUDGET
        self.events: list[ImportedEvent] = []
        self.unreadable: list[Unreadable] = []
        self.outside = 0

    def read(self, calendar: Component, events: list[_Event]) -> None:
        method = str(calendar.get("method", "")).upper()
        zones = list(calendar.walk("VTIMEZONE"))
        series: dict[str, list[_Event]] = {}
        for number, event in enumerate(events, 1):
            key = event.uid or f"(event {number} without a UID)"
            series.setdefault(key, []).append(event)
        # Said the same way for every event over the limit: made once.
        too_many = translate("Errors", "A file can bring at most {most} appointments.").format(
            most=MOST_EVENTS
        )
        for done, (key, parts) in enumerate(series.items()):
            if self.cancelled is not None and self.cancelled():
                raise ImportCancelled
            if self.progress is not None:
                self.progress(done, len(series))
            if time.monotonic() > self.deadline:
                self.unreadable.append(
                    Unreadable(
                        _name(parts, key),
                        translate("Errors", "The import ran out of time before it."),
                    )
                )
                continue
            if len(self.events) >= MOST_EVENTS:
                self.unreadable.append(Unreadable(_name(parts, key), too_many))
                continue
            try:
                whole = [part.whole() for part in parts]
                found = list(self._series(key, whole, zones, method == "CANCEL"))
            except _Unreadable as error:
                self.unreadable.append(Unreadable(_name(parts, key), said(error)))
            except Exception as error:  # the library's own failures on hostile input
                self.unreadable.append(
                    Unreadable(
                        _name(parts, key),
                        translate("Errors", "It cannot be read ({reason}).").format(
                            reason=_reason(error)
                        ),
                    )
                )
            else:
                self.events.extend(found)
        if self.progress is not None:
            self.progress(len(series), len(series))

    def _series(
        self, uid: str, parts: list[Component], zones: list[Component], cancel_all: bool
    ) -> Iterator[ImportedEvent]:
        own = read_uid(uid)
        if own is not None and own[0] != "appointment":
            self.outside += 1  # a ride or task this program exported: not an appointment
            return
        for part in parts:
            _check(part)
        masters = [p for p in parts if "RECURRENCE-ID" not in p]
        repeating = any("RRULE" in p or "RDATE" in p for p in masters)
        if repeating and any(_year(p) < EARLIEST_REPEAT_YEAR for p in masters):
            # Every occurrence from there on would be counted to reach today's.
            raise _Unreadable(
                translate("Errors", "Its repeats start before {earliest_repeat_year}.").format(
                    earliest_repeat_year=str(EARLIEST_REPEAT_YEAR)
                )
            )
        if not repeating:
            for part in parts:
                event = self._event(uid, part, "", cancel_all)
                if self.begin <= event.start < self.end:
                    yield event
                else:
                    self.outside += 1
            return
        yield from self._occurrences(uid, parts, zones, cancel_all)

    def _occurrences(
        self, uid: str, parts: list[Component], zones: list[Component], cancel_all: bool
    ) -> Iterator[ImportedEvent]:
        import recurring_ical_events  # type: ignore[import-untyped]
        from icalendar import Calendar

        one = Calendar()
        for zone in zones:
            one.add_component(zone)
        for part in parts:
            one.add_component(part)
        query = recurring_ical_events.of(one)
        limited = islice(query.between(self.begin, self.end), MOST_OCCURRENCES + 1)
        for count, occurrence in enumerate(limited, 1):
            if count > MOST_OCCURRENCES:
                raise _Unreadable(
                    translate(
                        "Errors",
                        "It repeats more than {most_occurrences} times in the months read; is it "
                        "an appointment?",
                    ).format(most_occurrences=MOST_OCCURRENCES)
                )
            original: Any = occurrence.get("RECURRENCE-ID") or occurrence.get("DTSTART")
            yield self._event(uid, occurrence, _moment_key(original.dt), cancel_all)

    def _event(self, uid: str, part: Component, occurrence: str, cancel_all: bool) -> ImportedEvent:
        title = " ".join(str(part.get("SUMMARY", "")).split()) or "Appointment"
        start_value = _prop(part, "DTSTART").dt
        all_day = not isinstance(start_value, dt.datetime)
        start = self._local(start_value, _prop(part, "DTSTART"))
        if "DTEND" in part:
            end = self._local(_prop(part, "DTEND").dt, _prop(part, "DTEND"))
            duration = end - start
        elif "DURATION" in part:
            duration = _prop(part, "DURATION").dt
        else:
            duration = dt.timedelta(days=1) if all_day else dt.timedelta(hours=1)
        if duration <= dt.timedelta(0):
            duration = dt.timedelta(days=1) if all_day else dt.timedelta(hours=1)
        categories = _categories(part)
        status = str(part.get("STATUS", "")).upper()
        return ImportedEvent(
            uid=uid,
            recurrence_id=occurrence,
            title=_clip(title),
            start=start,
            duration=duration,
            kind=guess_kind(title, categories),
            location=_clip(" ".join(str(part.get("LOCATION", "")).split())),
            clinician=_clip(" ".join(str(_first(part.get("CONTACT"), "")).split())),
            notes=str(part.get("DESCRIPTION", "")).strip(),
            cancelled=cancel_all or status == "CANCELLED",
            all_day=all_day,
        )

    def _local(self, value: Any, prop: Any) -> dt.datetime:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                if "TZID" in prop.params:
                    raise _Unreadable(
                        translate("Errors", "Its time zone '{zone}' is unknown.").format(
                            zone=prop.params["TZID"]
                        )
                    )
                return value
            return value.astimezone(self.zone).replace(tzinfo=None)
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time.min)
        raise _Unreadable(translate("Errors", "Its start is not a date."))


def _check(part: Component) -> None:
    """Refuse what cannot be read, or could make expansion run for ever."""
    errors = getattr(part, "errors", [])
    for prop, message in errors:
        if prop in (
            None,
            "DTSTART",
            "DTEND",
            "DURATION",
            "RRULE",
            "RECURRENCE-ID",
            "EXDATE",
            "RDATE",
        ):
            raise _Unreadable(
                translate("Errors", "Its {part} cannot be read: {problem}").format(
                    part=prop, problem=message
                )
                if prop
                else translate("Errors", "A line cannot be read: {problem}").format(problem=message)
            )
    if "DTSTART" not in part:
        raise _Unreadable(translate("Errors", "It has no start (DTSTART)."))
    for rule in _as_list(part.get("RRULE")):
        _check_rule(rule)


def _check_rule(rule: Any) -> None:
    try:
        check_rule(rule.to_ical().decode())
    except ValueError as error:
        raise _Unreadable(said(error)) from None


def _year(part: Component) -> int:
    start = _prop(part, "DTSTART").dt
    return start.year if isinstance(start, dt.date) else EARLIEST_REPEAT_YEAR


def _prop(part: Component, name: str) -> Any:
    """A property of ``part`` (the library types each one as a wide union)."""
    return part[name]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _first(value: Any, default: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else default
    return default if value is None else value


def _categories(part: Component) -> list[str]:
    found: list[str] = []
    for value in _as_list(part.get("CATEGORIES")):
        cats = getattr(value, "cats", None)
        found.extend(str(c) for c in (cats if cats is not None else [value]))
    return found


def _moment_key(value: Any) -> str:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d") if isinstance(value, dt.date) else str(value)


def _name(parts: list[_Event], key: str) -> str:
    for part in parts:
        summary = " ".join(part.summary().split())
        if summary:
            return _clip(summary, 80)
    return key


def _clip(text: str, longest: int = LONGEST_TEXT) -> str:
    return text if len(text) <= longest else text[: longest - 1] + "…"


def _reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return _clip(text, 160)
