from sqlite_utils import Database


def _add_countries(db):
    db.table("country").insert({"id": 1, "name": "France"}, pk="id")


def test_insert(fresh_db):
    fresh_db.table("users").insert({"id": 1, "email": "a@example.com"})
    assert fresh_db.table("users").count == 1


def test_helper(fresh_db):
    _add_countries(fresh_db)
    assert fresh_db.table("country").count == 1


def test_file_database():
    db = Database("shared.db")
    db.table("users").insert({"id": 1, "email": "a@example.com"})
