"""py.path's `tmpdir.chdir()`: the worker stays in the test's directory."""
import os


def test_init_in_tmpdir(tmpdir):
    tmpdir.chdir()
    open("setup.cfg", "w").close()
    assert os.path.exists("setup.cfg")


def test_changes_back(tmpdir):
    old = tmpdir.chdir()
    try:
        assert os.getcwd() == str(tmpdir)
    finally:
        old.chdir()


def test_as_cwd(tmpdir):
    with tmpdir.as_cwd():
        assert os.getcwd() == str(tmpdir)
