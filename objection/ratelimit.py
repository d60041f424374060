"""Letters per client per time window, counted in Django's cache.

The default cache is a folder shared by all workers of an instance (objection.filecache);
Redis shares the counts between instances. A cache that fails lets letters through.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from objection import dependencies


def client_id(request):
    address = request.META.get("REMOTE_ADDR", "")
    if settings.TRUSTED_PROXIES:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(hops) >= settings.TRUSTED_PROXIES:
            address = hops[-settings.TRUSTED_PROXIES]
    # A keyed hash, so that the cache never holds an IP address.
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def seconds_left(window_seconds):
    return window_seconds - int(time.time()) % window_seconds


def count_letter(request):
    window = settings.RATE_LIMIT_WINDOW
    key = f"letters:{int(time.time()) // window}:{client_id(request)}"
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def refusal(request):
    """Counts a letter about to be made; the 429 page if the client made too many, else None.

    Called only once the request is valid, so that broken requests use up nothing."""
    try:
        letters = count_letter(request)
    except Exception as error:  # the cache is down: the member still gets the letter
        dependencies.failed("cache", error)
        return None
    dependencies.answered("cache")
    if letters <= settings.RATE_LIMIT_LETTERS:
        return None
    retry_after = seconds_left(settings.RATE_LIMIT_WINDOW)
    response = render(request, "429.html", {"minutes": max(1, round(retry_after / 60))}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
