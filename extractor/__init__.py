"""Figures and names from Chinese regional economic news, as structured JSON.

>>> import extractor
>>> doc = extractor.extract("总投资162亿元的招商蛇口金融中心项目")
>>> doc.amounts[0].text, doc.amounts[0].value, doc.amounts[0].role
('162亿元', Decimal('16200000000'), '总投资')
"""

from __future__ import annotations

import logging

from .batch import extract_record, extract_records
from .errors import ExtractorError, GoldError, InputError
from .growth import parse_growth
from .money import parse_money
from .numerals import parse_number
from .pipeline import build_pipeline, extract, extract_many
from .types import SCHEMA_VERSION, Count, Document, Growth, Meta, Money, Percentage

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())  # a library logs only where the user asks

__all__ = [
    "SCHEMA_VERSION",
    "Count",
    "Document",
    "ExtractorError",
    "GoldError",
    "Growth",
    "InputError",
    "Meta",
    "Money",
    "Percentage",
    "__version__",
    "build_pipeline",
    "extract",
    "extract_many",
    "extract_record",
    "extract_records",
    "parse_growth",
    "parse_money",
    "parse_number",
]
