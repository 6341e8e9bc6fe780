"""`python -m kalshi_sdk`: the `kalshi` command."""

from ._cli import main

raise SystemExit(main())
