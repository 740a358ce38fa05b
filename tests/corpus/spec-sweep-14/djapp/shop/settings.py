SECRET_KEY = "not-secret"
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "channels", "shop"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"}}
MEDIA_ROOT = "media"
CELERY_TASK_ALWAYS_EAGER = False
