"""A per-user sliding-window limit on questions, so one user cannot starve the others."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable


class QuestionLimiter:
    """Allows each user `limit` questions in any `window` seconds."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self._asked: defaultdict[int, deque[float]] = defaultdict(deque)

    def wait(self, user_id: int) -> float:
        """0 and the question is counted, or the seconds the user must wait before asking again."""
        now = self.clock()
        asked = self._asked[user_id]
        while asked and asked[0] <= now - self.window:
            asked.popleft()
        if len(asked) >= self.limit:
            return asked[0] + self.window - now
        asked.append(now)
        return 0.0
