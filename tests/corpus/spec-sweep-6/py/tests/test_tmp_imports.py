import os
from os.path import join as pjoin
from pathlib import Path
from tempfile import gettempdir

SCRATCH = Path(gettempdir()) / "pipeline"


def test_mkdir_under_gettempdir():
    SCRATCH.mkdir(parents=True, exist_ok=True)


def test_open_keyword_mode():
    with open(pjoin(gettempdir(), "pipeline.json"), mode="w") as fh:
        fh.write("{}")


def test_concatenated_gettempdir():
    with open(gettempdir() + "/pipeline.csv", "w") as fh:
        fh.write("a,b\n")


def test_touch_and_unlink():
    marker = Path("/tmp/pipeline.done")
    marker.touch()
    marker.unlink()


def test_pid_suffix():
    with open(pjoin(gettempdir(), f"pipeline-{os.getpid()}.json"), "w") as fh:
        fh.write("{}")


def test_read_existing_written_path():
    with open("/tmp/pipeline-read.txt", "w") as fh:
        fh.write("x")
    with open("/tmp/pipeline-read.txt") as fh:
        assert fh.read() == "x"
