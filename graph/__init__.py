"""Sinergi graph layer: ontology, model objects, stores, analytics and exporters."""
