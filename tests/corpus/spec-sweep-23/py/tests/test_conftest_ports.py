import socket


def test_bind_conftest_port(port):
    sock = socket.socket()
    sock.bind(("", port))
    sock.close()


def test_bind_worker_port(worker_port):
    sock = socket.socket()
    sock.bind(("", worker_port))
    sock.close()
