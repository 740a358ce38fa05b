import os
import time
import unittest
from unittest import mock

from scheduler import Job, Scheduler, db


class SchedulerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = db.connect(os.environ.get("SCHED_DB", "postgresql://localhost/sched_test"))
        cls.conn.execute("TRUNCATE TABLE jobs RESTART IDENTITY")

    @classmethod
    def tearDownClass(cls):
        cls.conn.execute("DROP TABLE IF EXISTS job_runs")
        cls.conn.close()

    def setUp(self):
        patcher = mock.patch("scheduler.core.time.monotonic", return_value=100.0)
        self.monotonic = patcher.start()
        self.addCleanup(patcher.stop)
        self.conn.execute("SAVEPOINT before_test")

    def tearDown(self):
        self.conn.execute("ROLLBACK TO SAVEPOINT before_test")

    def test_runs_due_jobs(self):
        sched = Scheduler(self.conn)
        sched.add(Job(name="nightly", every=60))
        self.assertEqual(sched.due(), ["nightly"])

    def test_registers_job_once(self):
        self.conn.execute("INSERT INTO jobs (slug, every) VALUES ('nightly-report', 60)")
        self.__class__.registered_slug = "nightly-report"

    def test_lists_registered_job(self):
        rows = self.conn.execute("SELECT slug FROM jobs").fetchall()
        self.assertIn(self.registered_slug, [r[0] for r in rows])


class ClockTests(unittest.TestCase):
    def test_patch_started_and_stopped(self):
        patcher = mock.patch("time.time", return_value=5.0)
        patcher.start()
        try:
            self.assertEqual(time.time(), 5.0)
        finally:
            patcher.stop()

    def test_patch_never_stopped(self):
        mock.patch("time.time", return_value=7.0).start()
        self.assertEqual(time.time(), 7.0)

    def test_patch_stopall(self):
        mock.patch("time.monotonic", return_value=1.0).start()
        self.addCleanup(mock.patch.stopall)
        self.assertEqual(time.monotonic(), 1.0)

    @mock.patch("time.sleep")
    def test_decorated(self, sleep):
        Scheduler(None).wait(5)
        sleep.assert_called_once_with(5)

    def test_context_manager(self):
        with mock.patch("time.time", return_value=9.0):
            self.assertEqual(time.time(), 9.0)


if __name__ == "__main__":
    unittest.main()
