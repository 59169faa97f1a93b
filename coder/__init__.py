"""coder: a rule-and-dictionary political event coder.

Articles in, dyadic CAMEO/PLOVER event records out. The library is the product; the
``coder`` command line is one user of it::

    from coder import Coder
    coder = Coder.load()
    records = coder.code_text("Pakistan accused Afghanistan of sheltering militants.",
                              date="2025-10-29")
"""

__version__ = "0.1.0"

from coder.api import Coder, code_dataframe, code_texts  # noqa: E402
from coder.errors import CoderError, DictionaryError, InputError, UsageError  # noqa: E402

__all__ = [
    "Coder",
    "CoderError",
    "DictionaryError",
    "InputError",
    "UsageError",
    "__version__",
    "code_dataframe",
    "code_texts",
]
