"""Log records that cannot carry what a member typed.

An exception's message may quote its input (a URL, a line of the letter), so tracebacks are
logged as the exception's type and where it was raised, never its message or arguments.
"""

import logging
import traceback


class NoMemberTextFormatter(logging.Formatter):
    def formatException(self, exc_info):
        error = exc_info[1]
        lines = ["Traceback (messages left out):"]
        seen = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            lines.append(f"{type(error).__module__}.{type(error).__qualname__}")
            lines.extend(
                f"  {frame.filename}:{frame.lineno} in {frame.name}"
                for frame in traceback.extract_tb(error.__traceback__)
            )
            error = error.__cause__ or error.__context__
        return "\n".join(lines)
