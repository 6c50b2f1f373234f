"""diplonlp: persons, posts, countries, organizations, sectors and their relations in Russian diplomatic text.

``import diplonlp`` loads no model; the first extraction does, once per process.
"""

from importlib.metadata import PackageNotFoundError, version

from .budget import DocumentTimeout
from .frames import to_frames
from .lexicon import LexiconError
from .lexicons import Lexicon
from .models import Document
from .pipeline import MAX_CHARS, ExtractionError, Pipeline, TextTooLong, extract
from .tokens import TokenView

try:
    __version__ = version("diplonlp")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
__all__ = ["MAX_CHARS", "Document", "DocumentTimeout", "ExtractionError", "Lexicon", "LexiconError", "Pipeline",
           "TextTooLong", "TokenView", "__version__", "extract", "to_frames"]
