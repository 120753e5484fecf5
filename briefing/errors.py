"""Errors the user is meant to read.

Every failure the user can cause or suffer (a bad file, a full disk) is raised as a
BriefingError whose message is one plain sentence; the CLI prints it as one line and the
window shows it in a dialog. Anything else is a bug and goes to the log.
"""

from __future__ import annotations


class BriefingError(Exception):
    """A failure with a message fit to show the user as it is."""


class ReadError(BriefingError):
    """An article could not be read (missing, empty, binary, too large, corrupt)."""


class BriefFormatError(BriefingError):
    """A .brief document is broken, of the wrong shape, or from a newer version."""


class SaveError(BriefingError):
    """A file could not be written; the previous file, if any, is untouched."""


class FileChangedError(SaveError):
    """The file on disk changed since it was opened; saving would overwrite someone's work."""


class ExportError(BriefingError):
    """A Word document could not be produced (bad reference document, write failure)."""


class TemplateError(BriefingError):
    """A template is unknown or malformed."""
