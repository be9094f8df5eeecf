"""Classification and handling markings, as they stand on a line or in brackets."""

from __future__ import annotations

import re

CLASSIFICATION = re.compile(
    r"(?i)^(?:top secret|secret|strictly secret|highly secret|absolutely secret|confidential|"
    r"strictly confidential|personal and confidential|restricted|of special importance|"
    r"special|personal|urgent|immediate|for official use only|making copies is prohibited|"
    r"copying (?:is )?prohibited|eyes only|special file|classified|no foreign dissem)[.!]?$"
)
