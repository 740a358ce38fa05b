import os

from cli_tool.settings import load


def test_env_file_in_subdirectory(cd_tmp_path):
    (cd_tmp_path / ".env").write_text("A=1")
    sub = cd_tmp_path / "sub"
    sub.mkdir()
    os.chdir(sub)
    assert load(depth=1)["A"] == "1"


def test_env_file_in_parent():
    os.chdir("..")
    assert load(depth=1) == {}
