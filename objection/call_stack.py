"""Each request's calls in one piece of memory (issue 18).

CPython 3.11 keeps a thread's Python frames in chunks of 16 KiB: a call that does not fit maps
a new chunk, and the return below it unmaps it again. WeasyPrint's layout and Django's
templates go down and up across such a border thousands of times a request, so a served round
mapped and unmapped ~370 chunks, faulted ~380 fresh pages in and spent ~5 ms in the kernel.

CPython maps a chunk of at least 8 bytes times (the frame's slots + 1,000), in powers of two,
and puts the next calls after that frame in the same chunk. A call whose frame asks for just
over 15,384 slots of stack gets a chunk of 256 KiB, ~17,000 slots of which are left for the
calls it makes: a request then maps one chunk."""

import types

# 8 x (ROOM + 1,000) is just over 128 KiB: CPython rounds the chunk up to 256 KiB.
ROOM = 16_384 - 1_000 + 1


def _call(function, *args):
    return function(*args)


call_with_room = types.FunctionType(
    _call.__code__.replace(co_stacksize=_call.__code__.co_stacksize + ROOM), globals()
)
call_with_room.__doc__ = "function(*args), its calls in a chunk of frames of its own."
