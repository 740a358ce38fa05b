import unittest

import psycopg2


class AsyncCursorTests(unittest.TestCase):
    def setUp(self):
        self.sync_conn = psycopg2.connect("dbname=app_test")
        self.conn = psycopg2.connect("dbname=app_test")
        cur = self.conn.cursor()
        cur.execute("CREATE TEMPORARY TABLE table1 (id int PRIMARY KEY)")

    def test_commit_while_busy(self):
        cur = self.conn.cursor()
        cur.execute("insert into table1 values (1)")
        self.assertEqual(cur.rowcount, 1)

    def test_scroll(self):
        cur = self.sync_conn.cursor()
        cur.execute("create table table1 (id int)")
        cur.execute("select id from table1")


class SyncCursorTests(unittest.TestCase):
    def setUp(self):
        self.conn = psycopg2.connect("dbname=app_test")

    def test_insert_shared(self):
        cur = self.conn.cursor()
        cur.execute("insert into table1 values (2)")
        self.assertEqual(cur.rowcount, 1)
