import requests

BASE_URL = "http://localhost:8000"


def test_remote_health():
    assert requests.get(f"{BASE_URL}/health", timeout=2).ok


def test_remote_version():
    assert requests.get("http://127.0.0.1:8000/version", timeout=2).json()["version"]
