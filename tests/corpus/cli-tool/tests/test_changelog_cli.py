import os
from pathlib import Path

from .cli_helpers import with_fragments, with_isolated_runner, with_project


def create_project():
    # Only the decorated tests below call it: it runs in their temporary cwd.
    Path("setup.cfg").write_text("[changelog]\n")
    os.mkdir("changes")


@with_isolated_runner
def test_init_writes_config(runner):
    create_project()
    Path("changes/1.feature").write_text("Added a flag")
    assert Path("setup.cfg").exists()


@with_project(config="[tool.changelog]\n")
def test_build_in_docs_dir(runner):
    os.mkdir("docs")
    os.chdir("docs")
    Path("index.rst").write_text("Changelog")


@with_fragments({"1.bugfix": "Fixed a crash"})
def test_build_writes_news():
    # with_fragments switches no directory: NEWS.rst lands in the shared cwd.
    Path("NEWS.rst").write_text("Changelog")
    assert Path("NEWS.rst").exists()
