"""The demo month in the reader's language: each text of the demo (titles, places, notes,
meals, tasks, questions) goes through the renderer ``fill_demo`` is given; names, phone
numbers, symptom names and diet tags stay as they are; English by default, as before."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from planner.cli import language as cli_language
from planner.domain.messages import Message, render
from planner.domain.profile import HOME_ADDRESS
from planner.interop import catalogue
from planner.services.demo import fill_demo
from planner.services.plan import Plan
from planner.services.week import coming_days
from planner.store.medicines import MedicineStore
from planner.store.rides import places

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

ENGLISH_TITLES = {
    "Chemotherapy, cycle 1",
    "Chemotherapy, cycle 2",
    "Chemotherapy, cycle 3",
    "Radiation, week 1",
    "Radiation, week 2",
    "Blood count before chemotherapy",
    "CT scan (chest and abdomen)",
    "Review with the oncologist",
    "Second-line chemotherapy, cycle 1",
    "Second-line chemotherapy, cycle 2",
}

FAKE_GERMAN = {
    "Chemotherapy, cycle {cycle}": "Chemotherapie, Zyklus {cycle}",
    "Blood count before chemotherapy": "Blutbild vor der Chemotherapie",
    "City Hospital, Oncology Day Unit, 3rd floor": "Klinikum, Tagesklinik",
}


def fake_german(message: Message | str) -> str:
    """A few demo texts in German, every other one as written."""
    return render(message, lambda context, text, n: FAKE_GERMAN.get(text, text), "de")


def marked(message: Message | str) -> str:
    """Each message between guillemets, a plain string as it is: what was said shows."""
    return f"«{render(message)}»" if isinstance(message, Message) else str(message)


def is_marked(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


@pytest.fixture
def german_lang(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line's language German, from the real catalogue."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    catalogue.catalogue.cache_clear()
    cli_language.language.cache_clear()
    yield
    catalogue.catalogue.cache_clear()
    cli_language.language.cache_clear()


def titles(plan: Plan) -> set[str]:
    with plan.unit_of_work() as work:
        return {a.title for a in work.store.appointments()}


def test_by_default_the_demo_is_english_as_before(plan: Plan) -> None:
    fill_demo(plan)

    assert titles(plan) == ENGLISH_TITLES
    with plan.unit_of_work() as work:
        (clinic,) = [p for p in places(work.store) if p.name.startswith("City Hospital")]
        assert clinic.name == "City Hospital, Oncology Day Unit, 3rd floor"
        assert "Chicken and rice soup" in {m.name for m in work.store.meals()}
        assert "Bring dinner" in {t.title for t in work.store.tasks()}
        assert HOME_ADDRESS.read(work.store.settings()) == "Home, 12 Linden Road"
        medicines = MedicineStore(work.store.session).medicines()
    assert {m.unit for m in medicines} == {"tablet", "ml"}
    assert {m.form for m in medicines} == {"tablet", "mouthwash"}


def test_a_german_renderer_gives_german_titles_and_places(plan: Plan) -> None:
    fill_demo(plan, fake_german)

    shown = titles(plan)
    assert {"Chemotherapie, Zyklus 1", "Chemotherapie, Zyklus 3"} <= shown
    assert "Blutbild vor der Chemotherapie" in shown
    assert not any(title.startswith("Chemotherapy") for title in shown)
    with plan.unit_of_work() as work:
        chemotherapy = [a for a in work.store.appointments() if a.title.startswith("Chemo")]
        assert {a.location for a in chemotherapy} == {"Klinikum, Tagesklinik"}
        # The clinic's travel time and parking are found by the same (German) name.
        assert "Klinikum, Tagesklinik" in {p.name for p in places(work.store)}


def test_every_text_of_the_demo_is_said_and_names_and_keys_are_not(plan: Plan) -> None:
    fill_demo(plan, marked)

    with plan.unit_of_work() as work:
        appointments = work.store.appointments()
        said = [a.title for a in appointments] + [a.location for a in appointments]
        said += [a.notes for a in appointments if a.notes]
        meals = work.store.meals()
        said += [text for m in meals for text in (m.name, m.location, m.reheating)]
        said += [t.title for t in work.store.tasks()]
        groups = work.store.groups()
        said += [t for g in groups for t in (g.name, g.place, g.contact_person, g.notes) if t]
        said += [q.text for q in work.store.questions()]
        said += [q.answer for q in work.store.questions() if q.answer]
        said += [e.note for e in work.store.journal() if e.note]
        said += [c.notes for c in work.store.contacts() if c.notes]
        said += [h.notes for h in work.store.helpers() if h.notes]
        said += [c.organisation for c in work.store.contacts() if c.organisation]
        said += [leg.pickup_place for leg in work.store.legs()]
        said += [p.name for p in places(work.store)] + [p.notes for p in places(work.store)]
        said.append(HOME_ADDRESS.read(work.store.settings()))
        medicines = MedicineStore(work.store.session).medicines()
        said += [text for m in medicines for text in (m.form, m.instructions, m.purpose)]
        said += [m.unit for m in medicines if m.unit != "ml"]
        said += [m.pharmacy for m in medicines if m.pharmacy]
        names = [h.name for h in work.store.helpers()] + [m.made_by for m in meals]
        names += [m.name for m in medicines if m.name in ("Ondansetron", "Aciclovir")]
        tags = {tag for m in meals for tag in m.tags}
        symptoms = {e.symptom for e in work.store.journal() if e.symptom}

    assert [text for text in said if not is_marked(text)] == []
    assert not any(is_marked(name) for name in names)
    assert tags == {"soft", "bland", "high-protein", "vegetarian", "dairy-free", "gluten-free"}
    assert symptoms == {"Nausea", "Fatigue", "Mouth sores"}


def test_the_real_catalogue_gives_a_german_demo_that_works_as_the_english_one(
    plan: Plan, german_lang: None
) -> None:
    assert os.environ["LANG"] == "de_DE.UTF-8"

    fill_demo(plan, cli_language.say)

    shown = titles(plan)
    assert "Chemotherapie, Zyklus 2" in shown
    assert "Blutbild vor der Chemotherapie" in shown
    assert shown.isdisjoint(ENGLISH_TITLES)
    with plan.unit_of_work() as work:
        home = HOME_ADDRESS.read(work.store.settings())
        assert home == "Zuhause, Lindenstraße 12"
        chemotherapy = [a for a in work.store.appointments() if a.title.startswith("Chemo")]
        assert {a.location for a in chemotherapy} == {
            "Städtisches Klinikum, Onkologische Tagesklinik, 3. Stock"
        }
        # Rides start from the home the settings name, and come back from the clinic.
        pickups = {leg.pickup_place for leg in work.store.legs()}
        assert pickups == {home, "Städtisches Klinikum, Onkologische Tagesklinik, 3. Stock"}
        assert "Hühnersuppe mit Reis" in {m.name for m in work.store.meals()}
    # The coming days show the same story: the treatment, and the ride home to confirm.
    coming = coming_days(plan)
    assert [g.kind for g in coming.gaps] == ["ride_not_confirmed"]
    items = [item.title for day in coming.days for item in day.items]
    assert any(title.startswith("Chemotherapie, Zyklus") for title in items)
