import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

from objection.call_stack import call_with_room

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "objection.settings")
django_application = get_wsgi_application()


def application(environ, start_response):
    """Django's, each request's calls in a chunk of memory of their own (objection.call_stack)."""
    return call_with_room(django_application, environ, start_response)


from objection.checks import production_problems  # noqa: E402  (needs settings configured)

if problems := production_problems():
    raise ImproperlyConfigured(" ".join(problems))
