import pytest
from django.conf import settings as django_settings
from django.core.cache import cache, caches


@pytest.fixture(scope="session", autouse=True)
def plain_http():
    """Test clients and the live server speak plain HTTP; production redirects to HTTPS.
    Session-wide, because the live server builds its middleware once."""
    django_settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def test_settings(settings):
    """Tests post many letters from one address: only the rate-limit tests lower the limit."""
    settings.RATE_LIMIT_LETTERS = 10_000
    # In one process a memory cache is enough; the served tests use the default folder.
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    cache.clear()
    # Tests change the settings the details form is made from.
    caches["pages"].clear()
