"""sdist layout checks; `path.Path` (the `path` package) switches the cwd in a with block."""

import os
import tempfile

import path
import pytest

from cli_tool import sdist


class TestManifest:
    @pytest.fixture(autouse=True)
    def project_dir(self):
        self.tmp_dir = tempfile.mkdtemp()
        with path.Path(self.tmp_dir):
            yield

    def test_template(self):
        # Inside the directory the autouse fixture switched to and puts back.
        os.chdir(self.tmp_dir)
        assert sdist.read_manifest("MANIFEST.in") == []


def test_build_in_dist_dir():
    # Outside the class: nothing puts this directory change back.
    os.chdir(tempfile.mkdtemp())
    assert sdist.build(".") is not None
