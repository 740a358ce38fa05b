import os
from os import environ as env, chdir as cd
from unittest import mock

import pytest

env.setdefault("SWEEP15_REGION", "eu-west-1")


def test_merges_into_environ_with_or_assign():
    os.environ |= {"SWEEP15_MODE": "strict"}
    assert os.environ["SWEEP15_MODE"] == "strict"


def test_pops_a_variable():
    env.pop("SWEEP15_REGION", None)
    assert "SWEEP15_REGION" not in env


def test_changes_directory_through_an_alias(tmp_path):
    cd(tmp_path)
    assert os.getcwd() == str(tmp_path)


def test_monkeypatch_is_scoped(monkeypatch, tmp_path):
    monkeypatch.setenv("SWEEP15_MODE", "lenient")
    monkeypatch.chdir(tmp_path)
    assert env["SWEEP15_MODE"] == "lenient"


@mock.patch.dict(env, {"SWEEP15_MODE": "patched"})
def test_patch_dict_decorator_on_the_alias():
    assert env["SWEEP15_MODE"] == "patched"


def test_restored_in_finally():
    saved = env.get("SWEEP15_TOKEN")
    env["SWEEP15_TOKEN"] = "t"
    try:
        assert env["SWEEP15_TOKEN"] == "t"
    finally:
        if saved is None:
            del env["SWEEP15_TOKEN"]
        else:
            env["SWEEP15_TOKEN"] = saved


@pytest.mark.parametrize("value", ["a", "b"])
def test_parametrized_writer(value):
    env["SWEEP15_PARAM"] = value  # isolint: ignore[env-mutations]
    assert env["SWEEP15_PARAM"] == value


def test_suppressed_on_the_line_before():
    # isolint: ignore[env-mutation]
    env["SWEEP15_QUIET"] = "1"
