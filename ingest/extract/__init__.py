"""Mention recognisers, in-article resolution and relation rules (one module per job)."""
