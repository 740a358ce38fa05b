import os


def test_link_from_tmp(tmp_path):
    os.chdir(tmp_path)
    assert os.getcwd() == str(tmp_path)
