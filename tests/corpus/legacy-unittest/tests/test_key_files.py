import os
import unittest

from .workdir_base import KeysTestCase


class KeyFileTests(KeysTestCase):
    def test_writes_private_key(self):
        # The imported base's setUpClass changed into a temporary directory.
        with open("id_rsa", "w") as f:
            f.write("key")
        self.assertTrue(os.path.exists("id_rsa"))

    def test_makes_ssh_dir(self):
        os.mkdir(".ssh")
        self.assertTrue(os.path.isdir(".ssh"))


class ReportTests(unittest.TestCase):
    def test_writes_report(self):
        # No base switches this class's directory: the cwd every worker shares.
        with open("report.txt", "w") as f:
            f.write("ok")
        self.assertTrue(os.path.exists("report.txt"))
