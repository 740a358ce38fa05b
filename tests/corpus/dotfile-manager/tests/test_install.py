import os
import subprocess


def test_install_script_runs_from_dotfiles(root):
    # The autouse `root` fixture changes back to the saved cwd after the test.
    os.chdir(root)
    subprocess.run(["true"], check=True)


def test_install_reads_home(root):
    # The fixture restores the working directory, not the environment.
    os.environ["HOME"] = root
    assert os.path.expanduser("~") == root
