"""objection.call_stack: calls that go deep and come back, over and over, as WeasyPrint's
layout does, map no new memory when they run in the room call_with_room gives them."""

import resource
import threading

import pytest

from objection.call_stack import call_with_room


def down(depth):
    return 0 if depth == 0 else 1 + down(depth - 1)


def deep_calls(times):
    """Calls 400 deep (past a 16 KiB chunk of frames) `times` times, as a worker thread would."""
    for _ in range(times):
        assert down(400) == 400


def page_faults_in_a_thread(work):
    faults = []

    def run():
        before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
        work()
        faults.append(resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return faults[0]


def test_deep_calls_in_room_map_no_new_memory():
    # Without the room, CPython maps a fresh chunk, and faults its page in, nearly every time.
    assert page_faults_in_a_thread(lambda: deep_calls(2000)) > 1000
    assert page_faults_in_a_thread(lambda: call_with_room(deep_calls, 2000)) < 50


def test_call_with_room_answers_as_the_function():
    assert call_with_room(divmod, 7, 2) == (3, 1)
    with pytest.raises(ZeroDivisionError):
        call_with_room(divmod, 1, 0)
