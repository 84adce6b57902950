"""The `clinic-intake` command line."""
