"""Set 63 (datasette's test_utils): a chdir into the directory a `with`
binds makes the relative writes after it the test's own; the chdir itself
is never undone (the worker is left in a deleted directory)."""
import os
import tempfile
from contextlib import contextmanager


@contextmanager
def open_site(name):
    yield os.path.join("sites", name)


def test_writes_in_with_bound_temp_dir():
    with tempfile.TemporaryDirectory() as td:
        os.chdir(td)
        with open("hello", "w") as fp:
            fp.write("world")


def test_writes_in_with_bound_site_dir():
    with open_site("blog") as root:
        os.chdir(root)
        with open("hello", "w") as fp:
            fp.write("world")
