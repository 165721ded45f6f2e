"""The band's days: bounded, evenly spread, first and last kept."""
from datetime import date, timedelta

from tollwatch.serve.view import sample_days


def test_sample_days_keeps_short_lists_and_bounds_long_ones():
    days = [date(2022, 9, 1) + timedelta(n) for n in range(60)]
    assert sample_days(days[:7]) == days[:7]
    picked = sample_days(days, most=12)
    assert len(picked) == 12 and picked[0] == days[0] and picked[-1] == days[-1]
    assert picked == sorted(picked)
    gaps = {(b - a).days for a, b in zip(picked, picked[1:])}
    assert gaps <= {5, 6}
