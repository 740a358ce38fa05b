import os
import shutil
from pathlib import Path


def cache_file():
    return Path("/tmp") / "shop-cache.json"


def drop_cache():
    os.remove(cache_file())


def write_settings(path, data):
    Path(path).write_text(data)


def fresh_dir(tmp_path):
    target = tmp_path / "out"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    return target
