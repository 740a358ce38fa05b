"""paho-mqtt-style fake broker (audit set 75): the unix transport binds an
AF_UNIX socket at a path relative to the working directory every worker
shares; the tcp transport binds port 0."""
import os
import socket
import tempfile


class FakeBroker:
    def __init__(self, transport):
        if transport == "tcp":
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("localhost", 0))
            self.port = sock.getsockname()[1]
        elif transport == "unix":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.bind("localhost")
            self.port = 1883
        else:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.dir = tempfile.mkdtemp()
            sock.bind(os.path.join(self.dir, "broker.sock"))
            self.port = None
        sock.listen(1)
        self._sock = sock
        self.transport = transport

    def finish(self):
        self._sock.close()
        if self.transport == "unix":
            try:
                os.unlink("localhost")
            except OSError:
                pass
