"""s3fs-style suite against a local moto server (audit set 75).

Module-level bucket paths share their names with loop variables; a loop
variable is the loop's own value, not the module constant.
"""
import os

import pytest
from moto.server import ThreadedMotoServer

test_bucket_name = "test"
a = test_bucket_name + "/tmp/test/a"
d = test_bucket_name + "/tmp/test/d"
port = 5555
endpoint_uri = "http://127.0.0.1:%s/" % port


@pytest.fixture(scope="module")
def s3_base():
    # One server per worker, all on the same port.
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    yield
    server.stop()


@pytest.fixture()
def s3(s3_base):
    from s3fs import S3FileSystem

    return S3FileSystem(client_kwargs={"endpoint_url": endpoint_uri})


def test_upload_recursive_to_bucket(s3, tmpdir):
    folders = [os.path.join(tmpdir, d) for d in ["outer", "outer/inner"]]
    files = [os.path.join(tmpdir, f) for f in ["outer/afile", "outer/inner/bfile"]]
    for d in folders:
        os.mkdir(d)
    for f in files:
        open(f, "w").write("hello")
    s3.put(folders[0], "newbucket", recursive=True)


def test_put_each(s3, tmpdir):
    for a in (tmpdir / "x", tmpdir / "y"):
        with open(a, "w") as f:
            f.write("data")
        s3.put(str(a), test_bucket_name + "/each/")


def test_local_cache_dir(s3, tmpdir):
    # The module constant itself, inside a loop over something else: a
    # relative directory every worker shares.
    for name in ["x", "y"]:
        os.makedirs(d, exist_ok=True)
        s3.put(d, test_bucket_name + "/" + name, recursive=True)
