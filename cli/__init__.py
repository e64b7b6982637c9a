"""The ``sinergi`` command line: thin commands over the graph, ingest and queries packages."""
