import os

import pytest


@pytest.fixture(autouse=True, scope="module")
def module_region():
    os.environ["SWEEP16_REGION"] = "eu-west-1"
    yield


@pytest.fixture(autouse=True, scope="package")
def package_workdir():
    os.chdir("/srv/app")


@pytest.fixture
def restored_flag():
    old = os.environ.get("SWEEP16_FLAG")
    os.environ["SWEEP16_FLAG"] = "1"
    try:
        yield
    finally:
        if old is None:
            del os.environ["SWEEP16_FLAG"]
        else:
            os.environ["SWEEP16_FLAG"] = old


@pytest.fixture
def finalized_mode(request):
    os.environ["SWEEP16_MODE"] = "strict"
    request.addfinalizer(lambda: os.environ.pop("SWEEP16_MODE", None))


@pytest.fixture
def patched_env(monkeypatch, tmp_path):
    monkeypatch.setenv("SWEEP16_HOME", str(tmp_path))
    monkeypatch.delenv("SWEEP16_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.mark.usefixtures("restored_flag", "finalized_mode", "patched_env")
def test_scoped_env():
    assert os.environ["SWEEP16_FLAG"] == "1"


def test_env_update_in_test():
    os.environ.update({"SWEEP16_DEBUG": "1"})
    assert os.environ["SWEEP16_DEBUG"] == "1"
