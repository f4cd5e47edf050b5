"""Errors and their messages, in one place (the spaCy ``errors.py`` habit)."""

from __future__ import annotations


class Errors:
    E001 = "Expected text as str, got {type}. Decode bytes first (UTF-8 or GB18030)."
    E002 = "Cannot read {path}: {reason}"
    E003 = "Resource {name}, line {line}: more than {columns} tab-separated fields."
    E004 = "Resource {name}: key {key!r} occurs twice."
    E005 = "Text is {size} characters, above the limit of {limit}; split it or raise max_length."
    E006 = "{path}: not valid UTF-8 or GB18030 text."
    E007 = "{path}: line {line} is not a JSON object with a string 'text' field (and a string or null 'published')."
    E008 = "Gold file {path}: {reason}"
    E009 = "No corpus text for gold article {id}: pass --corpus or set EXTRACTOR_CORPUS."
    E010 = "No such file or directory: {path}"
    E011 = "Internal error ({kind}: {reason}); the record was skipped, please report it with its text."
    E012 = "The record is not a mapping with a string 'text' (and a string or null 'published')."
    E013 = "Expected the publication date as an ISO date string, got {type}."


class ExtractorError(Exception):
    """Base class of the errors this package raises on misuse or bad input."""


class InputError(ExtractorError, ValueError):
    """The input cannot be read or is not text."""


class ResourceError(ExtractorError):
    """A data file under ``extractor/resources`` is malformed."""


class GoldError(ExtractorError):
    """A gold file is malformed or does not match its article."""
