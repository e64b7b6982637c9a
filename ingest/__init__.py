"""Sinergi ingest: articles in (text, HTML, JSON Lines, feeds) → entities and relations with evidence."""
