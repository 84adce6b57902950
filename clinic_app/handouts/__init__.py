"""The printed sheet and letter: what they say (`sheet`, `letter`, `content`) and how they
are laid out (`render`, ReportLab).

This file stays empty on purpose: the command line and the desktop app import
`handouts.content` for its names while they start, and that must not load the rules,
pydantic or ReportLab. Import from the submodules.
"""
