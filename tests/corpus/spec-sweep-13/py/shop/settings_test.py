import os

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
os.chdir(os.path.dirname(__file__))

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "test.db"}}
LIVE_PORT = 8081
