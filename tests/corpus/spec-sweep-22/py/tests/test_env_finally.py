import os

import boto_client


def _activate(profile):
    os.environ["AWS_PROFILE"] = profile


def _use_region(region):
    os.environ["AWS_DEFAULT_REGION"] = region


def test_profile_is_restored():
    saved = os.environ.get("AWS_PROFILE")
    try:
        _activate("ci")
        assert boto_client.profile() == "ci"
    finally:
        if saved is None:
            os.environ.pop("AWS_PROFILE", None)
        else:
            os.environ["AWS_PROFILE"] = saved


def test_region_left_behind():
    try:
        _use_region("eu-west-1")
        assert boto_client.region() == "eu-west-1"
    finally:
        boto_client.reset()
