"""The export test written to run safely under pytest -n auto."""
from freezegun import freeze_time

from app.export import export_users


@freeze_time("2024-01-01")
def test_export_writes_csv(tmp_path, monkeypatch):
    monkeypatch.setenv("EXPORT_FORMAT", "csv")
    out = tmp_path / "users.csv"
    with open(out, "w") as fh:
        export_users(fh)
    assert out.stat().st_size > 0
