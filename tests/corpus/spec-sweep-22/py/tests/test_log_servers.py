import os
import shutil
import tempfile
import unittest


class ReplayServer:
    def start(self):
        with open("replay.log", "w") as fh:
            fh.write("started\n")


class AuditLog:
    def open(self):
        self.fh = open("audit.log", "a")


class ServerTest(unittest.TestCase):
    def setUp(self):
        self.old_cwd = os.getcwd()
        self.tmp = tempfile.mkdtemp()
        self.audit = AuditLog()
        self.audit.open()
        os.chdir(self.tmp)
        self.server = ReplayServer()
        self.server.start()

    def tearDown(self):
        self.audit.fh.close()
        os.chdir(self.old_cwd)
        shutil.rmtree(self.tmp)

    def test_replay(self):
        self.assertTrue(os.path.exists("replay.log"))
