"""Timing work at two sizes, for the tests that hold a cost to the size of its input.

Each such test measures CPU seconds at a size and at four times it: linear work takes about
four times as long, quadratic work sixteen times, and the bound between them is eight times.
On a shared two-core machine one measurement now and then takes twice its time (the other
test worker's cache traffic, a frequency step), which one number cannot tell from a cost that
grows; so each size is measured as the best of two runs, the larger one only when its first
run is over the bound, to keep the suite's time.
"""

from __future__ import annotations

from collections.abc import Callable


def best_times(seconds: Callable[[int], float], n: int, *, factor: int = 4,
               slack: float = 0.0) -> tuple[float, float]:
    """CPU seconds of `seconds(n)` and of `seconds(factor * n)`, each the best of two runs
    (the larger size's second run taken only when its first is over `2 * factor` times the
    smaller's, plus `slack`). The caller warms what the work compiles or loads first."""
    small = min(seconds(n) for _ in range(2))
    large = seconds(factor * n)
    if large >= 2 * factor * small + slack:
        large = min(large, seconds(factor * n))
    return small, large
