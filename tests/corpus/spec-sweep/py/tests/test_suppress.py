import socket


def test_trailing():
    socket.socket().bind(("", 7001))  # isolint: ignore[hardcoded-port]


def test_line_before():
    sock = socket.socket()
    # isolint: ignore[hardcoded-port]
    sock.bind(("", 7002))


def test_unknown_rule():
    sock = socket.socket()
    sock.bind(("", 7003))  # isolint: ignore[no-such-rule]


def test_wrong_rule():
    sock = socket.socket()
    sock.bind(("", 7004))  # isolint: ignore[fixed-temp-path]
