import os
import socket

# isolint: ignore-file[truncate-in-hook]


def test_ignored_next_line():
    sock = socket.socket()
    # isolint: ignore[hardcoded-port]
    sock.bind(("127.0.0.1", 9300))
    sock.close()


def test_ignored_trailing():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 9301))  # isolint: ignore[hardcoded-port]
    sock.close()


def test_two_rules():
    os.environ["A"] = "1"  # isolint: ignore[env-mutation, fixed-temp-path]
    with open("/tmp/two-rules.txt", "w") as fh:  # isolint: ignore[env-mutation, fixed-temp-path]
        fh.write("x")


def test_unknown_rule():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 9302))  # isolint: ignore[hardcoded-porto]
    sock.close()


def test_wrong_rule():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 9303))  # isolint: ignore[fixed-temp-path]
    sock.close()
