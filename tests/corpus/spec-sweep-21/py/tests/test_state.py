from shop.cart import Cart, issue_token

CALLS = []
counter = 0


def record(event):
    CALLS.append(event)


def test_add_item():
    record("add")
    assert Cart().add("apple").count == 1


def test_remove_item():
    record("remove")
    assert Cart().remove("apple").count == 0


def test_count_runs():
    global counter
    counter += 1
    assert Cart().count == 0


class TestSession:
    token = None

    def test_login(self):
        type(self).token = issue_token()
        assert self.token

    def test_profile(self):
        profile = Cart.for_token(self.token)
        assert profile is not None


class TestRegistry:
    registry = {}

    def setup_method(self):
        self.registry.clear()

    def test_register(self):
        self.registry["a"] = 1
        assert len(self.registry) == 1
