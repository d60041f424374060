import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "objection.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (configured by the line above)

if not settings.DEBUG and settings.SECRET_KEY == settings.DEV_SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY: the built-in one is for DEBUG=true only.")
