"""The getting-started step of the care team's out-of-hours number."""

from __future__ import annotations

from planner.domain.profile import Profile
from planner.services.getting_started import OUT_OF_HOURS_STEP, PROFILE_STEPS, getting_started
from planner.services.plan import Plan
from planner.services.profile import save_profile
from tests.conftest import TODAY


def done(plan: Plan) -> dict[str, bool]:
    return {step.key: step.done for step in getting_started(plan, today=TODAY)}


def test_the_out_of_hours_step_follows_the_profile(plan: Plan) -> None:
    assert not done(plan)[OUT_OF_HOURS_STEP]
    assert OUT_OF_HOURS_STEP in PROFILE_STEPS  # the checklist opens the profile form for it

    save_profile(plan, Profile("Maria Keller", out_of_hours="020 7946 0999"))
    after = done(plan)
    assert after[OUT_OF_HOURS_STEP]
    assert not after["profile"]  # the phone and home are still missing

    save_profile(plan, Profile("Maria Keller"))
    assert not done(plan)[OUT_OF_HOURS_STEP]


def test_the_steps_say_what_to_do_in_plain_words(plan: Plan) -> None:
    texts = {step.key: step.text for step in getting_started(plan, today=TODAY)}
    assert "out-of-hours number" in texts[OUT_OF_HOURS_STEP]
