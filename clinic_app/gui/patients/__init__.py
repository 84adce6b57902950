"""Finding and registering patients."""
