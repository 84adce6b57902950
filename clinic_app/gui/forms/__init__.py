"""Python modules generated from the Designer forms in ui/ by `make ui`. Do not edit."""
