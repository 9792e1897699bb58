"""The per-user question limit."""

from bot.ratelimit import QuestionLimiter


def test_each_user_gets_their_own_window():
    now = [100.0]
    limiter = QuestionLimiter(2, window=60, clock=lambda: now[0])
    assert limiter.wait(1) == 0 and limiter.wait(1) == 0
    now[0] = 130.0
    assert limiter.wait(1) == 30.0  # the first question leaves the window at 160
    assert limiter.wait(2) == 0  # another user is unaffected
    now[0] = 160.0
    assert limiter.wait(1) == 0
