import uuid

from events import bus
from sessions import issue_token, session_for

EVENTS = []
SEEN = {}
calls = 0
token = None


def _count():
    global calls
    calls += 1


def test_subscribe_collects():
    def on_event(event):
        EVENTS.append(event)

    bus.subscribe(on_event)
    bus.publish("created")
    _count()


def test_seen_by_key():
    for key in ("a", "b"):
        SEEN[
            key
        ] = True
    assert len(SEEN) == 2


def test_issue():
    global token
    token = issue_token(f"user-{uuid.uuid4()}")
    assert token


def test_use():
    with session_for(
        token
    ) as s:
        assert s.active


class TestProfile:
    token = None

    def test_login(self, client):
        type(self).token = issue_token(f"user-{uuid.uuid4()}")

    def test_me(self, client):
        resp = client.get(
            "/me",
            headers={
                "Authorization": f"Bearer {self.token}",
            },
        )
        assert resp.status_code == 200
