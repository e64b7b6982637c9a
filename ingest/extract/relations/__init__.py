"""Relation rules, one module per predicate family; each exposes ``extract(doc) -> list[Candidate]``."""
