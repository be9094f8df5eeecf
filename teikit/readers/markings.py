"""Markings of the document's furniture: classification and handling lines, registry numbers."""

from __future__ import annotations

import re

CLASSIFICATION = re.compile(
    r"(?i)^(?:top secret|secret|strictly secret|highly secret|absolutely secret|confidential|"
    r"strictly confidential|personal and confidential|restricted|of special importance|"
    r"special|personal|urgent|immediate|for official use only|making copies is prohibited|"
    r"copying (?:is )?prohibited|eyes only|special file|classified|no foreign dissem)[.!]?$"
)

# A registry or outgoing number: `648-VK`, `Nº 395`, `1955`, `510599`.
REGISTRY_NUMBER = r"(?:n[º°o]\.?\s*|№\s*)?[\w/]*\d[\w/-]*"
