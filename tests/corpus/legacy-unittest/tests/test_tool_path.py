import os
import shutil
import unittest


class ToolPathTests(unittest.TestCase):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.original_env = os.environ.copy()

    def test_tool_missing_without_path(self):
        # Emptied in the body and put back only on the happy path: a failing
        # assertion leaves PATH empty for the rest of the worker.
        os.environ["PATH"] = ""
        self.assertIsNone(shutil.which("python3"))
        # The same key read back from the saved copy is the restore itself.
        os.environ["PATH"] = self.original_env["PATH"]
        self.assertIsNotNone(shutil.which("python3"))
