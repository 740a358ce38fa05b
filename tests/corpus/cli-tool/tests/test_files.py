import pytest

from cli_tool.report import render


@pytest.mark.usefixtures("cleandir")
class TestReport:
    def test_render(self):
        with open("report.txt", "w") as f:
            f.write(render())


def test_render_here():
    with open("report.txt", "w") as f:
        f.write(render())
