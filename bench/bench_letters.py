"""Letter rendering against the ReportLab floor, the worst input, memory over 1,000 mixed
letters, and the served app.

    .venv/bin/python bench/bench_letters.py            # the figures in the README
    .venv/bin/python bench/bench_letters.py --quick    # a fast look

Not a test: it prints figures and asserts nothing.
"""

import argparse
import html.parser
import itertools
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "objection.settings")

import django  # noqa: E402

django.setup()

from objection import pdf  # noqa: E402
from objection.letters import build_letter, render_html, render_pdf  # noqa: E402
from tests.helpers import TODAY, form_data, make_answers  # noqa: E402

LETTERS = {
    "English (GB objection)": ("GB", "en"),
    "Chinese (HK objection)": ("HK", "zh-hant"),
}
NOTO_TTF = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
# Every field of the details form at its limit, without a space to break a line at.
WORST_INPUT = {
    "full_name": "W" * 200,
    "email": "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".org",
    # The longest profile name accepted; each character becomes 9 once percent-encoded.
    "profile_url": "linkedin.com/in/" + "陳" * 100,
    "address": "\n".join(["y" * 66] * 5 + ["y" * 65]),
    "grounds_text": "z" * 2000,
}


# Members one after another: the letters' own lines are kept from one letter to the next
# (objection/weasyprint_fast/lines.py), what each member typed is laid out anew.
MEMBERS = [
    ("Ada Lovelace", "12 Rue de la Paix\n75002 Paris"),
    ("Grace Brewster Murray Hopper", "Flat 4, 221 Baker Street\nLondon NW1 6XE"),
    ("Li Wei", "Room 1203, 88 Queensway\nAdmiralty"),
    ("Jean-Baptiste Poquelin", "3 Place Colette\n75001 Paris"),
    ("Zoë Łukasz Ørsted-Nakamura", "Nørrebrogade 150, 3. tv.\n2200 København N"),
    ("Mary Somerville", "7 Hill Street\nEdinburgh EH2 3JP"),
    ("Sophie Germain", "Am Markt 1\n28195 Bremen"),
    ("Chandrasekhara Venkata Raman", "14 Wellington Road\nDublin 4"),
]


def member_answers(region, language, number):
    name, address = MEMBERS[number % len(MEMBERS)]
    email = f"{name.split()[0].lower()}.{number}@example.org"
    return make_answers(region, letter_language=language, full_name=name, email=email,
                        address=address)  # fmt: skip


def letter(region, language, number=0):
    return build_letter("objection", member_answers(region, language, number), TODAY)


def members_in_turn(region, language, **answers):
    """A function that renders the next member's letter each time it is called."""
    letters = itertools.cycle(
        build_letter(
            "objection", replace(member_answers(region, language, number), **answers), TODAY
        )
        for number in range(len(MEMBERS))
    )
    return lambda: render_pdf(next(letters))


def worst_letter():
    from objection.forms import DetailsForm
    from objection.jurisdictions import REGIONS

    form = DetailsForm(REGIONS["GB"], data=form_data("GB", **WORST_INPUT))
    assert form.is_valid(), form.errors
    return build_letter("objection", form.answers(), TODAY)


def mixed_letters():
    """What a mixed load asks for: English, Chinese, and names outside the Hong Kong subset."""
    rare = make_answers("HK", letter_language="zh-hant", full_name="陳堃𠮷")
    return [letter("GB", "en"), letter("HK", "zh-hant"), letter("FR", "fr"),
            letter("HK", "zh-hant"), build_letter("objection", rare, TODAY)]  # fmt: skip


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(function, count):
    times = []
    for _ in range(count):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), percentile(times, 0.95)


def interleaved_ratio(function, reference, count):
    """The median of function's time over reference's, run in turns: on a shared machine
    the load changes within seconds, and both see the same."""
    ratios = []
    for _ in range(count):
        (function_ms, _), (reference_ms, _) = timed(function, 1), timed(reference, 1)
        ratios.append(function_ms / reference_ms)
    return statistics.median(ratios)


FIRST_LETTER = """
import os, sys, time
sys.path.insert(0, {root!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "objection.settings")
import django; django.setup()
from objection import pdf
from objection.letters import build_letter, render_pdf
from tests.helpers import TODAY, make_answers
letter = build_letter("objection", make_answers({region!r}, letter_language={language!r}), TODAY)
start = time.perf_counter()
if {warm}:
    pdf.warm_up()
warmed = time.perf_counter()
render_pdf(letter)
print((warmed - start) * 1000, (time.perf_counter() - warmed) * 1000)
"""


def first_letter(region, language, warm):
    code = FIRST_LETTER.format(root=str(ROOT), region=region, language=language, warm=warm)
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return [float(value) for value in output.stdout.split()]


class TextBlocks(html.parser.HTMLParser):
    """The letter's text, block by block, for the ReportLab floor."""

    BLOCKS = {"p", "li", "h1", "h2", "dt", "dd"}

    def __init__(self):
        super().__init__()
        self.blocks, self.current, self.depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def reportlab_floor(text_blocks):
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("NotoSans", NOTO_TTF))
    style = ParagraphStyle("body", fontName="NotoSans", fontSize=10, leading=14, spaceAfter=7)

    def render():
        output = io.BytesIO()
        document = SimpleDocTemplate(output, pagesize=A4)
        document.build([Paragraph(escape(block), style) for block in text_blocks])
        return output.getvalue()

    return render


def rss_mb():
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def memory(count):
    letters = mixed_letters()
    samples = {}
    for number in range(1, count + 1):
        render_pdf(letters[number % len(letters)])
        if number in (100, count // 2, count):
            samples[number] = rss_mb()
    return samples


WARM_UP_SECONDS = 3


def one_round(browser, base, region, language, number):
    """A member's details page, letters page and objection PDF; whether all came right."""
    name, address = MEMBERS[number % len(MEMBERS)]
    data = form_data(region, letter_language=language, full_name=name, address=address)
    try:
        browser.get(f"{base}/en/{region}/details/")
        page = browser.post(f"{base}/en/{region}/letters/", data)
        status, headers, body = browser.post(f"{base}/en/{region}/letters/objection.pdf", data)
    except OSError:
        return False
    return page[0] == 200 and status == 200 and body.startswith(b"%PDF")


def served(seconds, members):
    from tests.servers import Member, free_port, migrate, start_gunicorn, stop

    port = free_port()
    database = Path(os.environ.get("TMPDIR", "/tmp")) / f"objection-bench-{port}.sqlite3"
    env = {"DATABASE_URL": f"sqlite:///{database}", "WEB_CONCURRENCY": "2",
           "RATE_LIMIT_LETTERS": "1000000"}  # fmt: skip
    migrate(**env)
    process = start_gunicorn(port, **env)
    base = f"http://127.0.0.1:{port}"
    latencies, errors, lock = [], [0], threading.Lock()

    def member(region, language, deadline):
        browser = Member()
        for number in itertools.count():
            if time.monotonic() >= deadline:
                break
            start = time.perf_counter()
            ok = one_round(browser, base, region, language, number)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors[0] += 1

    # Every third member asks for Chinese letters.
    kinds = [("HK", "zh-hant") if number % 3 == 2 else ("FR", "en") for number in range(members)]
    # Warm-up, not timed (its errors count): what a worker loads on its first requests
    # (modules, the letters' kept lines and styles) is loaded once in its lifetime.
    warm_up = [threading.Thread(target=member, args=(*kind, time.monotonic() + WARM_UP_SECONDS))
               for kind in kinds]  # fmt: skip
    for thread in warm_up:
        thread.start()
    for thread in warm_up:
        thread.join()
    latencies.clear()

    workers = subprocess.run(
        ["pgrep", "-P", str(process.pid)], capture_output=True, text=True
    ).stdout.split()
    before = [cpu_seconds(pid) for pid in workers]
    started = time.monotonic()
    threads = [threading.Thread(target=member, args=(*kind, started + seconds)) for kind in kinds]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.monotonic() - started
    after = [cpu_seconds(pid) for pid in workers]
    user = sum(end[0] - start[0] for start, end in zip(before, after, strict=True))
    system = sum(end[1] - start[1] for start, end in zip(before, after, strict=True))
    peaks = []
    for pid in workers:
        with open(f"/proc/{pid}/status") as status:
            fields = dict(line.split(":", 1) for line in status)
        peaks.append(int(fields["VmHWM"].split()[0]) / 1024)
    stop(process)
    database.unlink(missing_ok=True)
    # The workers' CPU time per letter does not depend on what else the machine runs (the
    # members' client among it): two cores' worth of it is what two workers could serve.
    letters = max(1, len(latencies))
    cpu = ((user + system) / letters, system / letters)
    return len(latencies) / duration, latencies, errors[0], peaks, cpu


def cpu_seconds(pid):
    """The process's CPU time in user space and in the kernel."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer renders, a short load")
    args = parser.parse_args()
    renders, memory_letters, load_seconds = (30, 200, 5) if args.quick else (200, 1000, 30)

    pdf.warm_up()
    print(f"Letters rendered {renders} times each after warm-up (build_letter -> HTML -> PDF), "
          f"for {len(MEMBERS)} members in turn:")  # fmt: skip
    for label, (region, language) in LETTERS.items():
        median, p95 = timed(members_in_turn(region, language), renders)
        cold = first_letter(region, language, warm=False)[1]
        warm_up, after_warm_up = first_letter(region, language, warm=True)
        print(f"  {label}: median {median:.1f} ms, p95 {p95:.1f} ms; first letter in a fresh "
              f"process {cold:.0f} ms cold, {after_warm_up:.0f} ms after a {warm_up:.0f} ms "
              f"warm-up at start")  # fmt: skip
    # The member's own Chinese characters come from the common Hong Kong face, not only from
    # the small face of the letters' own characters.
    median, p95 = timed(members_in_turn("HK", "zh-hant", full_name="陳大文"), renders)
    print(f"  Chinese (HK objection), the member's name 陳大文: median {median:.1f} ms, "
          f"p95 {p95:.1f} ms")  # fmt: skip

    english = members_in_turn("GB", "en")
    worst = worst_letter()
    worst_count = max(10, renders // 4)
    worst_median, worst_p95 = timed(lambda: render_pdf(worst), worst_count)
    worst_ratio = interleaved_ratio(lambda: render_pdf(worst), english, worst_count)
    print(f"  Worst input (GB objection, every field at its limit, unbroken): median "
          f"{worst_median:.1f} ms, p95 {worst_p95:.1f} ms; {worst_ratio:.2f}x the English "
          f"letter (in turns)")  # fmt: skip

    parser = TextBlocks()
    parser.feed(render_html(letter("GB", "en")))
    floor = reportlab_floor(parser.blocks)
    floor_median, floor_p95 = timed(floor, renders)
    print(f"Floor: the same English text with ReportLab platypus and embedded Noto Sans TTF: "
          f"median {floor_median:.1f} ms, p95 {floor_p95:.1f} ms")  # fmt: skip
    ratio = interleaved_ratio(english, floor, renders)
    print(f"Ratio of the app's English letter to the ReportLab floor (in turns): {ratio:.1f}x")

    samples = memory(memory_letters)
    print(f"Memory in one process over {memory_letters} mixed letters (GB English, HK Chinese "
          f"twice, FR French, HK Chinese with a rare name; RSS / peak RSS, MB):")  # fmt: skip
    for number, (rss, peak) in samples.items():
        print(f"  after {number:>5} letters: {rss:.0f} / {peak:.0f}")

    rate, latencies, errors, peaks, (cpu_per_letter, kernel) = served(load_seconds, members=6)
    if latencies:
        print(f"Served by gunicorn as configured (2 workers), 6 concurrent members (4 English FR, 2 Chinese HK) for {load_seconds} s after a {WARM_UP_SECONDS} s warm-up (details page, letters page and objection PDF each round): {rate:.1f} letters/s, p50 "
              f"{statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms, "
              f"{errors} errors; peak RSS per worker {', '.join(f'{p:.0f}' for p in peaks)} MB; "
              f"workers' CPU {cpu_per_letter * 1000:.0f} ms a letter ({kernel * 1000:.1f} ms of "
              f"it in the kernel), which 2 cores serve at "
              f"{2 / cpu_per_letter:.1f} letters/s")  # fmt: skip


if __name__ == "__main__":
    main()
