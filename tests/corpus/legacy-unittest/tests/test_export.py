import os
import shutil
import tempfile
import unittest
from http.server import HTTPServer

from scheduler.export import ExportHandler, export_jobs
from scheduler.net import find_free_port


class ExportTests(unittest.TestCase):
    def setUp(self):
        self.workdir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.workdir)
        self.out = os.path.join(self.workdir, "export.csv")
        self.port = 0

    def test_export_writes_csv(self):
        with open(self.out, "w") as f:
            export_jobs(f)

    def test_export_server(self):
        server = HTTPServer(("127.0.0.1", self.port), ExportHandler)
        self.addCleanup(server.server_close)


class ConfiguredExportTests(unittest.TestCase):
    def __init__(self, methodName="runTest", out_path=None):
        super().__init__(methodName)
        self.out_path = out_path

    def test_export_to_configured_path(self):
        with open(self.out_path, "w") as f:
            export_jobs(f)


class ReconfiguredServerTests(unittest.TestCase):
    def setUp(self):
        self.port = 8080

    def use_free_port(self):
        self.port = find_free_port()

    def test_export_server(self):
        self.use_free_port()
        server = HTTPServer(("", self.port), ExportHandler)
        self.addCleanup(server.server_close)
