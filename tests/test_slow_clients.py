"""Slowloris, bounded: clients that send their headers a byte at a time must not take the
workers from members. gunicorn.conf.py's threads are the defence; nginx's buffering the second."""

import socket
import threading
import time

from tests.helpers import form_data, pdf_text
from tests.servers import Member, free_port, start_gunicorn, stop

# Three already took both sync workers. Fewer than a worker's 16 threads, so that the test holds
# however the connections spread over the workers (each worker queues what it accepted).
SLOW_CLIENTS = 12


def trickle(port, stop_event):
    """A request whose headers never end: one byte every half second."""
    with socket.create_connection(("127.0.0.1", port)) as slow:
        slow.sendall(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while not stop_event.wait(0.5):
            try:
                slow.sendall(b"X")
            except OSError:
                return


def test_members_are_served_while_slow_clients_hold_connections(tmp_path):
    port = free_port()
    process = start_gunicorn(
        port, WEB_CONCURRENCY="2", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )
    stop_event = threading.Event()
    slow = [
        threading.Thread(target=trickle, args=(port, stop_event), daemon=True)
        for _ in range(SLOW_CLIENTS)
    ]
    try:
        for thread in slow:
            thread.start()
        time.sleep(2)  # every slow client connected and trickling
        url = f"http://127.0.0.1:{port}"
        member = Member()
        started = time.monotonic()
        # Member's timeout is 30 s; a sync worker waits on a trickling client far longer.
        for _ in range(3):
            assert member.get(f"{url}/en/FR/details/")[0] == 200
            status, _headers, pdf = member.post(f"{url}/en/FR/letters/objection.pdf", form_data())
            assert status == 200 and "Art. 21(1) GDPR" in pdf_text(pdf)
        print(f"3 details pages and 3 letters beside {SLOW_CLIENTS} slow clients:",
              f"{time.monotonic() - started:.1f} s")  # fmt: skip
        assert all(thread.is_alive() for thread in slow)  # they were still trickling
    finally:
        stop_event.set()
        stop(process)
