"""diplonlp: persons, posts, countries, organizations, sectors and their relations in Russian diplomatic text.

``import diplonlp`` loads no model; the first extraction does, once per process.
"""

from .frames import to_frames
from .models import Document
from .pipeline import MAX_CHARS, ExtractionError, Pipeline, TextTooLong, extract

__version__ = "0.1.0"
__all__ = ["MAX_CHARS", "Document", "ExtractionError", "Pipeline", "TextTooLong", "__version__", "extract", "to_frames"]
