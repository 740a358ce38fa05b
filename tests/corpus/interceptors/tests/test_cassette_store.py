from billing.recording import Cassette


class _MemoryPersister:
    cassettes = {}

    @classmethod
    def load(cls, path):
        return cls.cassettes[path]


def test_save_hides_secrets():
    path = "sensitive-missing"
    cassette = Cassette(path, persister=_MemoryPersister)
    cassette.save()
    requests, _ = _MemoryPersister.cassettes[path]
    assert requests == []


def test_load_old_format():
    path = "no-metadata"
    _MemoryPersister.cassettes[path] = ([], ["response"])
    cassette = Cassette.load(path=path, persister=_MemoryPersister)
    assert len(cassette) == 1
