"""A worker's threads take turns at what takes its CPU: pages' templates and letters (issue 18).

gunicorn's gthread worker serves requests in threads, so that slow clients cannot take it. Two
threads rendering at once hand the GIL back and forth at each of WeasyPrint's calls into
Pango and HarfBuzz (cffi lets it go for each): a served round took ~4 % more CPU than with
TURN held (two servers under the same load, 10 pairs of loads). What waits on the database or
the cache stays outside it, so an outage does not hold up the other threads. The process's
FontConfiguration, whose Pango and fontconfig objects are not made for concurrent use, needs a
letter at a time anyway.

A reentrant lock: a template may render another one."""

import threading

TURN = threading.RLock()
