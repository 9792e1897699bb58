"""Domain errors raised by the core and translated at the edges (CLI, bot)."""


class ParleyError(Exception):
    """Base of every error a user can act on; its message is one line saying what to do."""


class IndexNotBuilt(ParleyError):
    """No index in the data folder yet."""


class IndexCorrupt(ParleyError):
    """The index files are missing, unreadable or inconsistent."""


class ModelMismatch(ParleyError):
    """The index was built with another model than the one asked for."""


class ModelUnavailable(ParleyError):
    """The embedding model cannot be loaded."""


class CorpusError(ParleyError):
    """The corpus could not be indexed (nothing usable, or problems under --strict)."""


class BuildInProgress(ParleyError):
    """Another build holds the data folder's lock."""
