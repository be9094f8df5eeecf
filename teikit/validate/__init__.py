"""teikit validate: RELAX NG, XSD and Schematron validation with messages for editors.

    from teikit.validate import validate_file
    report = validate_file("edition.xml")          # xml-model PIs, else the house schema
    report.valid, report.messages
"""

from teikit.resources import HOUSE_RNG_URL, HOUSE_SCH_URL, HOUSE_XSD_URL
from teikit.validate.batching import validate_files
from teikit.validate.options import ValidationOptions
from teikit.validate.report import FileReport, Message
from teikit.validate.runner import validate_file
from teikit.validate.schema_cache import SchemaCache

__all__ = [
    "HOUSE_RNG_URL",
    "HOUSE_SCH_URL",
    "HOUSE_XSD_URL",
    "FileReport",
    "Message",
    "SchemaCache",
    "ValidationOptions",
    "validate_file",
    "validate_files",
]
