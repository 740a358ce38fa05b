import time

from freezegun import freeze_time


def test_two_rules_suppressed_next_line():
    # isolint: ignore[fixed-temp-path, global-date-mock] -- single-process smoke test
    open("/tmp/smoke.txt", "w").write(str(freeze_time("2024-01-01").start()))


def test_trailing_suppression():
    open("/tmp/trailing.txt", "w").write("x")  # isolint: ignore[fixed-temp-path]


def test_unknown_rule_name():
    # isolint: ignore[fixed-tmp-path]
    open("/tmp/unknown-rule.txt", "w").write("x")


def test_suppressed_other_rule():
    # isolint: ignore[hardcoded-port]
    time.time = lambda: 1.0
