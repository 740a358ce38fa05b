import os

from cli_tool import reqfiles


def test_requirement_files(tmpdir):
    reqf = tmpdir.mkdir("reqf")
    os.chdir(reqf.strpath)
    os.mkdir("requirements")
    base = os.path.join("requirements", "base.txt")
    open(base, "wb").close()
    assert reqfiles.find() == {"requirements/base.txt"}


def test_requirement_files_in_checkout():
    os.makedirs("requirements", exist_ok=True)
    open(os.path.join("requirements", "dev.txt"), "wb").close()
    assert "requirements/dev.txt" in reqfiles.find()
