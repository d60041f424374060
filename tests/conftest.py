import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def test_settings(settings):
    """Django's test client speaks plain HTTP; production redirects that to HTTPS.
    Tests post many letters from one address: only the rate-limit tests lower the limit."""
    settings.SECURE_SSL_REDIRECT = False
    settings.RATE_LIMIT_LETTERS = 10_000
    cache.clear()
