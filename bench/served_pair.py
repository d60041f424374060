"""The same served load on this checkout and another at once: the workers' CPU a round of each.

    .venv/bin/python bench/served_pair.py OTHER_CHECKOUT [--pairs 8] [--seconds 15]

The host's speed moves within minutes here (the same code took 60 or 99 ms of CPU a round), so
one load after another cannot show a change of a few per cent. Here one gunicorn of each
checkout, one worker each, takes three members (two English letters to one Chinese, as in
bench_letters.py) at the same time, and the order swaps each pair. The other checkout needs its
built files (its scripts/setup); this checkout's virtualenv runs both. Not a test: it prints
each pair and the median ratio, this checkout's CPU a round to the other's.
"""

import argparse
import itertools
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench_letters import ROOT, WARM_UP_SECONDS, cpu_seconds, one_round

from tests.servers import Member, free_port, migrate, start_gunicorn, stop

KINDS = [("FR", "en"), ("FR", "en"), ("HK", "zh-hant")]


def start(root, folder):
    env = {"DATABASE_URL": f"sqlite:///{folder / f'{free_port()}.sqlite3'}",
           "WEB_CONCURRENCY": "1", "RATE_LIMIT_LETTERS": "1000000"}  # fmt: skip
    migrate(root, **env)
    port = free_port()
    process = start_gunicorn(port, root, **env)
    worker = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True)
    return f"http://127.0.0.1:{port}", process, int(worker.stdout.split()[0])


def load(bases, seconds):
    """Each base's members in turn for `seconds`; the rounds each base served."""
    rounds, failed = dict.fromkeys(bases, 0), []
    deadline = time.monotonic() + seconds

    def member(base, region, language):
        browser = Member()
        for number in itertools.count():
            if time.monotonic() >= deadline:
                return
            if not one_round(browser, base, region, language, number):
                failed.append(base)
                return
            rounds[base] += 1

    threads = [threading.Thread(target=member, args=(base, *kind))
               for base in bases for kind in KINDS]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failed:
        raise SystemExit(f"a round went wrong on {', '.join(sorted(set(failed)))}")
    return rounds


def cpu_a_round(servers, seconds):
    """{root: the worker's CPU seconds a round} under one load of both."""
    before = {root: sum(cpu_seconds(worker)) for root, (_base, _process, worker) in servers.items()}
    rounds = load([base for base, _process, _worker in servers.values()], seconds)
    return {root: (sum(cpu_seconds(worker)) - before[root]) / rounds[base]
            for root, (base, _process, worker) in servers.items()}  # fmt: skip


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("other", type=Path, help="the other checkout, set up")
    parser.add_argument("--pairs", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=15)
    args = parser.parse_args()
    other = args.other.resolve()
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        for pair in range(args.pairs):
            order = (ROOT, other) if pair % 2 == 0 else (other, ROOT)
            servers = {root: start(root, Path(folder)) for root in order}
            try:
                load([base for base, _process, _worker in servers.values()], WARM_UP_SECONDS)
                cpu = cpu_a_round(servers, args.seconds)
            finally:
                for _base, process, _worker in servers.values():
                    stop(process)
            ratios.append(cpu[ROOT] / cpu[other])
            print(f"pair {pair + 1}: this {cpu[ROOT] * 1000:.1f} ms a round, "
                  f"other {cpu[other] * 1000:.1f} ms: {ratios[-1]:.3f}", flush=True)  # fmt: skip
    print(f"median of {len(ratios)} pairs, this / other: {statistics.median(ratios):.3f} "
          f"({min(ratios):.3f}-{max(ratios):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
