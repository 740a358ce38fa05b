import os
import shutil
import tempfile
import unittest

import sqlalchemy

metadata = sqlalchemy.MetaData()
items = sqlalchemy.Table("items", metadata, sqlalchemy.Column("name", sqlalchemy.String(64)))


class LocalItemStoreTests(unittest.TestCase):
    # The database is a file in this test's own mkdtemp(): clearing it in
    # tearDown wipes nothing another worker uses.
    def setUp(self):
        self.tempdir = tempfile.mkdtemp()
        self.engine = sqlalchemy.create_engine(self.get_connection_string())
        metadata.create_all(self.engine)

    def get_connection_string(self, db="items.db"):
        return "sqlite:///{path}".format(path=os.path.join(self.tempdir, db))

    def tearDown(self):
        with self.engine.begin() as conn:
            conn.execute(sqlalchemy.delete(items))
        shutil.rmtree(self.tempdir)

    def test_insert(self):
        with self.engine.begin() as conn:
            conn.execute(items.insert().values(name="a"))

