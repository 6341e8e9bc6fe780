"""Marks tests that run openapi-python-client, which installs only on Python 3.11 and newer.

On Python 3.10 the SDK and the rest of the suite run as usual; the regeneration tests run on the
newer Pythons of the same CI run (`.ci/run` runs the suite on both).
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

__all__ = ["needs_generator"]

_MISSING = importlib.util.find_spec("openapi_python_client") is None

needs_generator = pytest.mark.skipif(
    _MISSING and sys.version_info < (3, 11),
    reason="openapi-python-client 0.29.1 needs Python 3.11+; regeneration is tested on the newer Pythons",
)
