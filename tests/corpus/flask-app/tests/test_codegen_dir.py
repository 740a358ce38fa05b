from pathlib import Path

import pytest

from tests import util


@pytest.fixture(scope="session")
def hello_f90(tmp_path_factory):
    fn = tmp_path_factory.getbasetemp() / "hello.f90"
    fn.write_text("end\n")
    return fn


def test_signature_not_overwritten(hello_f90):
    # util.switchdir changes into the fixture's temporary directory and back.
    with util.switchdir(hello_f90.parent):
        Path("faker.pyf").write_text("Fake news")
        assert Path("faker.pyf").read_text() == "Fake news"


def test_object_file_next_to_checkout(hello_f90):
    with util.switchdir(hello_f90.parent):
        assert hello_f90.exists()
    Path("extra.o").touch()
    assert Path("extra.o").exists()
