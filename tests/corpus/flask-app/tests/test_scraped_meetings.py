"""Parses a saved page once, at import time, with the clock frozen."""
from freezegun import freeze_time

from app.scraper import parse_meetings

freezer = freeze_time("2021-08-23")
freezer.start()

parsed_items = parse_meetings("tests/files/meetings.html")

freezer.stop()


def test_title():
    assert parsed_items[0]["title"] == "Advisory Board"


def test_status():
    assert parsed_items[0]["status"] == "passed"
