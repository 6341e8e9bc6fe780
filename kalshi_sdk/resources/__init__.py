"""Resource groups of the clients, one module per area of the API."""
