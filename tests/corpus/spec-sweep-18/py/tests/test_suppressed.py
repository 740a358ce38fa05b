# isolint: ignore-file[fixed-temp-path]
import os
import socket

from ledger.sync import SyncClient


def test_legacy_socket():
    sock = socket.socket()
    # isolint: ignore[hardcoded-port]
    sock.bind(("127.0.0.1", 6553))
    sock.close()


def test_legacy_spool():
    with open("/tmp/ledger-spool.txt", "w") as fh:
        fh.write("x")


def test_legacy_env():
    os.environ["LEDGER_MODE"] = "legacy"  # isolint: ignore[env-mutation]
    assert SyncClient.mode() == "legacy"


def test_unsuppressed_env():
    os.environ["LEDGER_REGION"] = "eu"  # isolint: ignore[env-mutations]
    assert SyncClient.region() == "eu"
