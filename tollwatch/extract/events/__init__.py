"""Events, their dates, places, types and actors: the analyst's incidents in one article."""
