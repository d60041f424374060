"""Django's file-based cache with `add` and `incr` made atomic between processes.

It is the default cache: every gunicorn worker of one instance then sees the same
rate-limit counts, without another service to run. Redis does the same across instances.
"""

import contextlib
import fcntl
import os
import pickle
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class LockedFileCache(FileBasedCache):
    @contextlib.contextmanager
    def _locked(self):
        self._createdir()
        # The lock file does not end in .djcache, so culling and clear() leave it alone.
        descriptor = os.open(os.path.join(self._dir, "lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        """Adds to the value and keeps its expiry (the base class would reset it)."""
        with self._locked():
            try:
                with open(self._key_to_file(key, version), "rb") as file:
                    expiry = pickle.load(file)
            except FileNotFoundError:
                expiry = 0
            value = self.get(key, self._missing_key, version)
            if value is self._missing_key:
                raise ValueError(f"Key {key!r} not found")
            remaining = None if expiry is None else max(1, expiry - time.time())
            self.set(key, value + delta, remaining, version)
            return value + delta
