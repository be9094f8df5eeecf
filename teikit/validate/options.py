"""What a validation run is asked to do: one frozen, picklable record that worker processes
receive as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# A schema larger than this is refused: the largest real one (tei_all) is about 1 MB, and a
# document must not make the validator read a device or a huge file into memory.
MAX_SCHEMA_BYTES = 64 * 1024 * 1024
# Seconds one document may take in a batch (0: no limit). The slowest real document here,
# the 2 MB FRUS monograph with tei_all and its embedded rules, takes a few seconds.
DEFAULT_TIMEOUT = 120.0


@dataclass(frozen=True)
class ValidationOptions:
    """``schemas``: paths or catalogued URLs given explicitly; they replace the document's
    xml-model schemas unless ``also_xml_model``. ``use_xml_model=False`` ignores the
    document's instructions (the house schema when no schema is given). ``reduce=False``
    compiles the full grammar. ``allow_local_schemas`` lets a document's xml-model name an
    absolute local path (``/x.rng``, ``file:///x.rng``); relative paths and catalogued URLs
    are always allowed. ``catalog_root``: the catalog's folder (None: the user cache)."""

    schemas: tuple[str, ...] = ()
    allow_network: bool = False
    embedded_schematron: bool = False
    reduce: bool = True
    use_xml_model: bool = True
    also_xml_model: bool = False
    allow_local_schemas: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_schema_bytes: int = MAX_SCHEMA_BYTES
    catalog_root: Path | None = field(default=None)

    def __post_init__(self) -> None:
        # Accept any iterable of paths or strings; keep a hashable, picklable tuple of str.
        object.__setattr__(self, "schemas", tuple(str(s) for s in self.schemas or ()))
