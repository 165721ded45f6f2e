"""Casualty claims, sentence by sentence (rules casualties.v1); entry point: extract.casualties.find_claims."""
