"""Document metadata: the page header's fields, a TOML sidecar and CLI options, merged.

Typical use: ``merge_metadata(parse_page_header(text), path=path, sidecar=load_sidecar(p),
cli={"title": ...})`` then ``meta.check(path)``, which raises `MetadataError` naming a missing
title or date.
"""

from teikit.metadata.model import METADATA_FIELDS, WILSON_PUBLISHER, HandNote, Metadata
from teikit.metadata.sidecar import load_sidecar, merge_metadata

__all__ = [
    "METADATA_FIELDS",
    "WILSON_PUBLISHER",
    "HandNote",
    "Metadata",
    "load_sidecar",
    "merge_metadata",
]
