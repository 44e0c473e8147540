"""The plan's own rules that SQLite's checks cannot see, as queries over a plan file.

SQLite's ``integrity_check`` finds damaged pages and broken CHECK and NOT NULL rules, and
``foreign_key_check`` finds a leg whose appointment is gone (and the CHECK rules keep
portions from going below zero). These queries find what only the plan knows to be wrong;
each counts the rows that break its rule.
"""

from __future__ import annotations

import sqlite3

from planner.store import cipher

RULES: tuple[tuple[str, str], ...] = (
    (
        "a course's appointment without a cycle",
        "SELECT count(*) FROM appointment WHERE course_id IS NOT NULL "
        "AND (cycle IS NULL OR cycle < 1)",
    ),
    (
        "an appointment in a cycle beyond its course's last",
        "SELECT count(*) FROM appointment JOIN course ON course.id = appointment.course_id "
        # A weekly course (radiation, dialysis) counts its weeks as cycles.
        "WHERE appointment.cycle > CASE course.pattern WHEN 'weekly' THEN course.weeks "
        "ELSE course.cycles END",
    ),
    (
        "two live ride legs the same way for one appointment",
        "SELECT count(*) FROM (SELECT appointment_id, direction FROM ride_leg "
        "WHERE status NOT IN ('done', 'cancelled') "
        "GROUP BY appointment_id, direction HAVING count(*) > 1)",
    ),
)


def broken_rules(connection: sqlite3.Connection) -> list[str]:
    """The rules of :data:`RULES` that some rows break, in words."""
    found = []
    for rule, query in RULES:
        try:
            (count,) = connection.execute(query).fetchone()
        except cipher.errors("OperationalError"):
            continue  # a plan from before the table or column existed: nothing to check
        if count:
            found.append(f"{rule} ({count})")
    return found
