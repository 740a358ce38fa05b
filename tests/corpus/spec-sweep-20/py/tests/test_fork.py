import os


def test_child_sets_env():
    pid = os.fork()
    if pid == 0:
        os.environ["WORKER_ROLE"] = "child"
        os._exit(0)
    os.waitpid(pid, 0)


def test_parent_branch_sets_env():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    else:
        os.environ["WORKER_ROLE"] = "parent"
        os.waitpid(pid, 0)


def test_after_fork_in_parent():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.chdir("/")
    os.waitpid(pid, 0)
