import os
import unittest

import pytest

from scheduler.plugins import PluginHost

DEFAULT_PLUGINS = ("cron", "interval")
MAX_PLUGINS = 8


@pytest.fixture
def plugin_env():
    saved = os.environ.get("SCHED_PLUGINS")
    os.environ["SCHED_PLUGINS"] = "cron"
    yield
    if saved is None:
        os.environ.pop("SCHED_PLUGINS", None)
    else:
        os.environ["SCHED_PLUGINS"] = saved


def test_loads_plugins_from_env(plugin_env):
    host = PluginHost.from_env()
    assert host.names() == ["cron"]


def test_defaults_are_constant():
    assert len(DEFAULT_PLUGINS) < MAX_PLUGINS


class PluginHostTests(unittest.TestCase):
    loaded = []
    options = {}

    def setUp(self):
        self.loaded = []
        type(self).options = {}
        self.host = PluginHost()

    def test_load(self):
        self.loaded.append("cron")
        self.options["verbose"] = True
        self.host.load(self.loaded)
        self.assertEqual(self.host.names(), ["cron"])

    def test_unload(self):
        self.host.load(["interval"])
        self.host.unload("interval")
        self.assertEqual(self.host.names(), [])


class WorkDirTests(unittest.TestCase):
    def setUp(self):
        cwd = os.getcwd()
        self.addCleanup(os.chdir, cwd)

    def test_runs_from_root(self):
        os.chdir(os.path.dirname(os.path.abspath(__file__)))
        self.assertTrue(PluginHost().discover())
