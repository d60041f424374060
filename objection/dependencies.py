"""What a letter does not depend on: the cache (rate limit) and the database (statistics).

When one fails, the letter is still made; the failure is logged once per outage, with the
kind of error only (never the request), and `/healthz` names the dependency as degraded.
"""

import logging

from django.core.cache import cache
from django.db import connection

logger = logging.getLogger(__name__)

# What each dependency serves, for the warning and /healthz.
ROLES = {"cache": "the rate limit", "database": "statistics and staff sign-in"}
degraded = set()


def failed(name, error):
    """Logs the first failure of an outage; later ones are silent until it answers again."""
    if name not in degraded:
        degraded.add(name)
        logger.warning(
            "%s unavailable (%s): letters are still made, without %s",
            name,
            type(error).__name__,
            ROLES[name],
        )


def answered(name):
    if name in degraded:
        degraded.discard(name)
        logger.warning("%s answers again", name)


def probe_cache():
    cache.get("healthz")


def probe_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


PROBES = {"cache": probe_cache, "database": probe_database}


def check_all():
    """Asks each dependency once; returns the names of those that do not answer."""
    for name, probe in PROBES.items():
        try:
            probe()
        except Exception as error:  # whatever the engine raises, it does not answer
            failed(name, error)
        else:
            answered(name)
    return sorted(degraded)
