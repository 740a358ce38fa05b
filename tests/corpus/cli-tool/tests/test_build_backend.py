"""Runs the build backend in a worker process, the way a PEP 517 front end does."""

import os
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor

from cli_tool import backend


class BackendCaller:
    def __init__(self, cwd, env):
        self.cwd = cwd
        self.env = env

    def __call__(self, hook, *args):
        # Runs in the pool's worker process only.
        os.chdir(self.cwd)
        os.environ.update(self.env)
        return getattr(backend, hook)(*args)


class Backend:
    def __init__(self, cwd, env=None):
        self.cwd = cwd
        self.env = env or {}
        self.pool = futures.ProcessPoolExecutor(max_workers=1)

    def call(self, hook, *args):
        caller = BackendCaller(self.cwd, self.env)
        return self.pool.submit(caller, hook, *args).result(timeout=60)


def configure(profile):
    # Runs in a thread of the test's own process.
    os.environ["CLI_TOOL_PROFILE"] = profile
    return backend.load_profile()


def test_build_wheel(tmp_path):
    result = Backend(tmp_path, {"CLI_TOOL_QUIET": "1"}).call("build_wheel", str(tmp_path))
    assert result.endswith(".whl")


def test_profile_in_thread():
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(configure, "ci").result() == "ci"
