import os
import unittest
from unittest import mock

from scheduler.config import load_settings

os.environ["SCHED_MODE"] = "test"

_registry = {}


def register(name, value):
    _registry[name] = value


class EnvTests(unittest.TestCase):
    def setUp(self):
        self._old_env = dict(os.environ)
        self._old_cwd = os.getcwd()

    def tearDown(self):
        os.environ.clear()
        os.environ.update(self._old_env)
        os.chdir(self._old_cwd)

    def test_reads_timezone(self):
        os.environ["TZ"] = "Europe/Paris"
        self.assertEqual(load_settings().tz, "Europe/Paris")

    def test_runs_in_fixtures_dir(self):
        os.chdir(os.path.join(os.path.dirname(__file__), "fixtures"))
        self.assertTrue(load_settings().from_file)

    def test_registers_plugin(self):
        register("plugin", object())
        self.assertIn("plugin", _registry)


class LeakyEnvTests(unittest.TestCase):
    def test_putenv(self):
        os.putenv("SCHED_THREADS", "4")
        self.assertIsNotNone(load_settings())

    def test_chdir_without_restore(self):
        os.chdir("/")
        self.assertFalse(load_settings().from_file)

    @mock.patch.dict(os.environ, {"SCHED_MODE": "prod"}, clear=True)
    def test_patch_dict_decorator(self):
        self.assertEqual(load_settings().mode, "prod")

    def test_patch_dict_cleanup(self):
        patcher = mock.patch.dict(os.environ, {"SCHED_MODE": "dev"})
        patcher.start()
        self.addCleanup(patcher.stop)
        self.assertEqual(load_settings().mode, "dev")
