"""Use cases the desktop app and the command line share: no Qt, no widgets.

Each function takes an open `Database` and the `Actor` doing the work, runs in one
transaction, and records what an auditor needs in the same transaction.
"""
