import unittest

import sqlalchemy

metadata = sqlalchemy.MetaData()
items = sqlalchemy.Table("items", metadata, sqlalchemy.Column("name", sqlalchemy.String(64)))


class SharedItemStoreTests(unittest.TestCase):
    # The same shape against the shared server database: the tearDown
    # DELETE empties the table under every other worker.
    def setUp(self):
        self.engine = sqlalchemy.create_engine(self.get_connection_string())

    def get_connection_string(self, db="items"):
        return "postgresql://localhost/{name}".format(name=db)

    def tearDown(self):
        with self.engine.begin() as conn:
            conn.execute(sqlalchemy.delete(items))

    def test_insert(self):
        with self.engine.begin() as conn:
            conn.execute(items.insert().values(name="b"))
