import os

from matplotlib.testing import subprocess_run_helper as _run_helper


def _lazy_headless():
    # Runs in the child process _run_helper starts: its environment is its own.
    os.environ.pop("DISPLAY", None)
    import matplotlib.pyplot as plt

    assert plt.get_backend() == "agg"


def test_lazy_headless():
    _run_helper(_lazy_headless, timeout=60, extra_env={"DISPLAY": ""})


def _force_display():
    os.environ["DISPLAY"] = ":0"


def test_display_inline():
    _force_display()
    assert os.environ["DISPLAY"] == ":0"
