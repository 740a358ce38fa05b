"""Decorators the changelog CLI tests share (towncrier's test/helpers.py style)."""

from functools import wraps

from click.testing import CliRunner


def write_fragments(fragments):
    for path, text in fragments.items():
        with open(path, "w") as f:
            f.write(text)


def with_isolated_runner(fn):
    """Run the test in a fresh temporary working directory."""

    @wraps(fn)
    def test(*args, **kwargs):
        runner = CliRunner()
        with runner.isolated_filesystem():
            return fn(*args, runner=runner, **kwargs)

    return test


def with_project(*, config=None):
    """Run the test in a fresh temporary directory holding a project."""

    def decorator(fn):
        @wraps(fn)
        def test(*args, **kwargs):
            runner = CliRunner()
            with runner.isolated_filesystem():
                with open("pyproject.toml", "w") as f:
                    f.write(config or "")
                return fn(*args, runner=runner, **kwargs)

        return test

    return decorator


def with_fragments(fragments):
    """Write fragments before the test; the directory stays where it is."""

    def decorator(fn):
        @wraps(fn)
        def test(*args, **kwargs):
            write_fragments(fragments)
            return fn(*args, **kwargs)

        return test

    return decorator
