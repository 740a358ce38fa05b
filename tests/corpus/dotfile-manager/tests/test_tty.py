import os
import pty
import signal

got_sigwinch = False


def test_prompt_survives_resize():
    pid, master_fd = pty.fork()
    if pid == 0:
        # The child of the fork: its globals and environment are its own.
        global got_sigwinch
        got_sigwinch = False

        def on_resize(sig, action):
            global got_sigwinch
            got_sigwinch = True

        signal.signal(signal.SIGWINCH, on_resize)
        os.environ["COLUMNS"] = "99"
        os._exit(0)
    # The parent is the worker: this TERM stays set for later tests.
    os.environ["TERM"] = "dumb"
    os.waitpid(pid, 0)
    os.close(master_fd)
