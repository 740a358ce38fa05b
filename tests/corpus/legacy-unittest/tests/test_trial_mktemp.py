"""A Twisted trial suite that runs its CLI in a directory of its own."""

import os

from twisted.trial.unittest import TestCase


class CliDirTests(TestCase):
    def test_runs_in_own_dir(self):
        # trial's self.mktemp() names a path after the test id: the chdir
        # target is this test's own, so are the relative writes after it.
        new_dir = os.path.join(self.mktemp(), "project")
        os.makedirs(new_dir)
        orig_dir = os.getcwd()
        try:
            os.chdir(new_dir)
            with open("pyproject.toml", "w") as f:
                f.write("[tool.demo]\n")
            os.makedirs("news")
        finally:
            os.chdir(orig_dir)

    def test_runs_in_shared_dir(self):
        orig_dir = os.getcwd()
        try:
            os.chdir("build")
            with open("pyproject.toml", "w") as f:
                f.write("[tool.demo]\n")
        finally:
            os.chdir(orig_dir)
