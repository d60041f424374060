"""What a worker keeps from one letter to the next: dicts bounded oldest first."""


def keep(kept, key, value, limit):
    """kept[key] = value, the oldest dropped first beyond limit."""
    while len(kept) >= limit:
        del kept[next(iter(kept))]
    kept[key] = value
