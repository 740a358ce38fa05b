# isolint: ignore-file[env-mutation]
import os

from app.settings import load


def test_mode():
    os.environ["APP_MODE"] = "x"
    assert load().mode == "x"


def test_other_rule_still_reported():
    with open("/tmp/mode.txt", "w") as fh:
        fh.write("x")
