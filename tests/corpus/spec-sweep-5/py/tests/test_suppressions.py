import os

from app.settings import load


def test_trailing():
    os.environ["NO_COLOR"] = "1"  # isolint: ignore[env-mutation]
    assert load().no_color


def test_line_before():
    # isolint: ignore[env-mutation]
    os.chdir("/srv/suppressed")
    assert load().root == "/srv/suppressed"


def test_unknown_rule():
    # isolint: ignore[env-mutaton]
    os.environ["COLUMNS"] = "80"
    assert load().columns == 80
