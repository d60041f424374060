import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "objection.settings")
application = get_wsgi_application()

from objection.checks import production_problems  # noqa: E402  (needs settings configured)

if problems := production_problems():
    raise ImproperlyConfigured(" ".join(problems))
