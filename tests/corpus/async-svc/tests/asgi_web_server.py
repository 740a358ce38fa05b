"""A background ASGI server the socket tests share (imported, never run here)."""
import threading

import uvicorn


class ThreadedAsgiServer:
    def __init__(self, app):
        self.app = app
        self.server = None
        self.thread = None

    def start(self, port=8900):
        self.server = uvicorn.Server(config=uvicorn.Config(self.app, port=port))
        self.thread = threading.Thread(target=self.server.run)
        self.thread.start()

    def stop(self):
        self.server.should_exit = True
        self.thread.join()


class FreePortServer:
    def __init__(self, app):
        self.app = app

    def serve_on(self, port=None):
        self.server = uvicorn.Server(config=uvicorn.Config(self.app, port=port))
        threading.Thread(target=self.server.run).start()
