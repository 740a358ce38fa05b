import os
import tempfile
import unittest


class TempDirTestCase(unittest.TestCase):
    """Runs each test class in a fresh temporary directory of its own."""

    @classmethod
    def setUpClass(cls):
        cls._prev_cwd = os.getcwd()
        cls._tempdir = tempfile.TemporaryDirectory()
        os.chdir(cls._tempdir.name)

    @classmethod
    def tearDownClass(cls):
        os.chdir(cls._prev_cwd)
        cls._tempdir.cleanup()


class KeysTestCase(TempDirTestCase):
    """Key tests: the keys are written into the class's directory."""
