CERT_NAME = "server"
CERT_PATH = "/tmp/{}-cert.der".format(CERT_NAME)


def test_cert_written(server_cert):
    with open(CERT_PATH, "wb") as fh:
        fh.write(server_cert)
    with open(CERT_PATH, "rb") as fh:
        assert fh.read() == server_cert


def test_cert_per_test(tmp_path, server_cert):
    path = tmp_path / "{}-cert.der".format(CERT_NAME)
    path.write_bytes(server_cert)
