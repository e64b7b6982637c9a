"""One exception hierarchy for the whole project; the CLI turns these into readable messages."""


class SinergiError(Exception):
    """Base class of every error Sinergi raises on purpose."""


class OntologyError(SinergiError):
    """The ontology file is malformed, or something names a type/predicate it does not declare."""


class InvalidRelation(SinergiError):
    """A relation violates the ontology (unknown predicate, wrong domain or range, missing title)."""


class UnknownQuery(SinergiError):
    """No canned query of that name and dialect exists."""


class QueryParameterError(SinergiError):
    """A canned query was called with missing or unexpected parameters."""


class UnsupportedQuery(SinergiError):
    """The store cannot run a query of this dialect."""


class StoreError(SinergiError):
    """A store could not be opened or reached; the message says what to check."""


class ReadOnlyViolation(SinergiError):
    """A write was attempted through a read-only query entry point."""


class QueryTimeout(SinergiError):
    """A read query ran longer than the time it was given."""
