import socket
from http.server import HTTPServer, BaseHTTPRequestHandler

PORT = 8000


def test_loop_variable_shadows_constant():
    # The loop variable is the local binding: PORT here is 0.
    for PORT in (0,):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", PORT))


def test_comprehension_does_not_leak():
    ports = [PORT for PORT in (0, 0)]
    assert ports == [0, 0]
    # Python 3 comprehensions have their own scope: this PORT is the module's 8000.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", PORT))


def test_lambda_parameter_does_not_leak():
    make = lambda PORT: ("127.0.0.1", PORT)
    assert make(0)[1] == 0
    server = HTTPServer(("", PORT), BaseHTTPRequestHandler)
    server.server_close()
