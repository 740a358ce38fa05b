import os
import shutil
import tempfile
import unittest
from unittest.mock import patch

DEFAULT = os.environ


class EnvSourceTest(unittest.TestCase):
    # The started patcher puts the whole environment back in tearDown.
    def setUp(self):
        self.env_patcher = patch.dict("os.environ", {})
        self.env_patcher.start()

    def tearDown(self):
        self.env_patcher.stop()

    def test_prefix(self):
        os.environ["DOTFILES_PREFIX"] = "a"
        assert os.environ["DOTFILES_PREFIX"] == "a"


class FakeSystem(unittest.TestCase):
    # The environment is swapped for a fresh dict and put back in tearDown.
    def setUp(self):
        os.environ = {"HOME": "/home/test"}

    def tearDown(self):
        os.environ = DEFAULT


class LinuxTestCases(FakeSystem):
    # Inherits FakeSystem.tearDown, which puts the real environment back.
    def test_xdg_config_home(self):
        os.environ["XDG_CONFIG_HOME"] = "~/.config"
        assert os.environ["XDG_CONFIG_HOME"] == "~/.config"


class FakeHome(unittest.TestCase):
    # tearDown removes the directory but leaves HOME pointing at it.
    def setUp(self):
        self.home = tempfile.mkdtemp()
        os.environ["HOME"] = self.home

    def tearDown(self):
        shutil.rmtree(self.home)

    def test_home(self):
        assert os.path.expanduser("~") == self.home
