"""Async resource classes, written by scripts/async_twins.py; do not edit."""
