"""Test support: the OpenAPI spec as example values and a validating loopback server."""
