import os

from flask import Flask

flask_app = Flask(__name__)


def test_flask_live_server_port():
    flask_app.run(host="127.0.0.1", port=5055, use_reloader=False)


def test_flask_run_port_from_env_default():
    port = int(os.environ.get("FLASK_TEST_PORT", 5056))
    flask_app.run(port=port)
