"""Gunicorn settings for production: `gunicorn -c gunicorn.conf.py`. Environment overrides."""

import ctypes
import os
import re

from gunicorn.glogging import Logger

wsgi_app = "objection.wsgi:application"
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads, so that clients sending their headers slowly cannot take a worker (a sync worker
# waits on one client at a time): a worker keeps serving beside up to threads - 1 of them, and
# nginx's buffering is the second line. Letters and pages are still made one at a time per
# worker (objection.cpu), so memory stays as with sync workers.
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "16"))
timeout = 30
# Access lines hold no personal data: answers travel in POST bodies, never in URLs, and a
# line says only method, path (no query), status, size and duration: no address, no User-Agent.
accesslog = "-"
access_log_format = "%(m)s %(U)s %(s)s %(b)s %(M)sms"
errorlog = "-"


class NoClientAddresses(Logger):
    """gunicorn's logger without the client's address, which gunicorn writes into its warning
    on a request it cannot parse ("Invalid request from ip=...")."""

    CLIENT_ADDRESS = re.compile(r"\bip=\S+")

    def warning(self, msg, *args, **kwargs):
        super().warning(self.CLIENT_ADDRESS.sub("ip=(not logged)", str(msg)), *args, **kwargs)


logger_class = NoClientAddresses
# No control socket in $HOME (read-only under the guide's systemd unit, shared between instances).
control_socket_disable = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# glibc gives each thread that allocates under contention its own malloc arena, and memory
# freed in one is not reused by the others: two arenas per process, set in the master so that
# every worker inherits it (as MALLOC_ARENA_MAX=2 would).
M_ARENA_MAX = -8
if mallopt := getattr(ctypes.CDLL(None), "mallopt", None):
    mallopt(M_ARENA_MAX, int(os.environ.get("MALLOC_ARENA_MAX", "2")))


def post_worker_init(worker):
    """Import the views, load fonts and parse the letter stylesheet before the first member's
    request, so that what lives as long as the process is loaded before warm_up freezes it."""
    import objection.urls  # noqa: F401  (the views and what they import)
    from objection.pdf import warm_up

    warm_up()
