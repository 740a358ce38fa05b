import os


def test_unknown_rule_name_does_not_suppress():
    os.environ["MODE"] = "x"  # isolint: ignore[env-mutaton]
    assert os.environ["MODE"] == "x"


def test_known_rule_name_suppresses():
    os.environ["MODE2"] = "y"  # isolint: ignore[env-mutation]
    assert os.environ["MODE2"] == "y"
