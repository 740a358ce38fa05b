import time
import unittest

from scheduler import Scheduler, Worker


class WorkerClockTest(unittest.TestCase):
    # Each test runs inside this wrapper: the clock is put back after it.
    def run(self, result=None):
        self.sch = Scheduler(retry_delay=100)
        self.time = time.time
        with Worker(scheduler=self.sch, worker_id="X") as w:
            self.w = w
            super(WorkerClockTest, self).run(result)

        if time.time != self.time:
            time.time = self.time

    def setTime(self, t):
        time.time = lambda: t

    def test_retry_after_delay(self):
        self.setTime(0)
        self.sch.add_task(worker="X", task_id="A", status="FAILED")
        self.setTime(101)
        self.assertEqual(self.sch.get_work(worker="X")["task_id"], "A")


class RunnerClockTest(unittest.TestCase):
    # A `run` that hands the test to another runner never calls the base
    # class's, so its put-back is not the test's teardown.
    def run(self, result=None):
        self.saved = time.time
        self.runner.run(result)
        time.time = self.saved

    def test_frozen(self):
        time.time = lambda: 5
        self.assertEqual(time.time(), 5)
