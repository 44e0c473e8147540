"""Files in and out of the plan (calendars, vCards, CSV, PDF): files <-> domain values.

Format libraries are imported inside the functions that need them, never at start-up.
"""
