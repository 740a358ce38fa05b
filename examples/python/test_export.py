"""pytest tests with a shared temp file, a leaked env var and a shared counter."""
import os

from app.export import export_users

EXPORT_PATH = "/tmp/users.csv"
exports_run = 0


def test_export_writes_csv():
    global exports_run
    os.environ["EXPORT_FORMAT"] = "csv"  # env-mutation: never restored
    with open(EXPORT_PATH, "w") as fh:  # fixed-temp-path: same file in every worker
        export_users(fh)
    exports_run += 1  # module-mutable-state: rebound through `global`
    assert os.path.getsize(EXPORT_PATH) > 0
