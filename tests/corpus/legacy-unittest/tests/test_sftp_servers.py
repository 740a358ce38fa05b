import os
import unittest

from .workdir_base import TempDirTestCase


class _ChrootServer:
    """Runs in the server the chroot tests start, in their directory."""

    def __init__(self, chan):
        os.mkdir("chroot")

    def exit(self):
        os.truncate("src", 32768)


class _AuditServer:
    """Also started by a class with no directory of its own."""

    def __init__(self, chan):
        with open("audit.log", "w") as f:
            f.write("start")


class ChrootTests(TempDirTestCase):
    @classmethod
    def start_server(cls):
        return start_sftp_server(sftp_factory=_ChrootServer)

    def test_chroot(self):
        self.assertTrue(os.path.isdir("chroot"))


class AuditTests(TempDirTestCase):
    @classmethod
    def start_server(cls):
        return start_sftp_server(sftp_factory=_AuditServer)


class SharedAuditTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = start_sftp_server(sftp_factory=_AuditServer)

    def test_log(self):
        self.assertTrue(os.path.exists("audit.log"))


def start_sftp_server(sftp_factory):
    return sftp_factory(None)
