"""The printed sheet and letter: what they say (`sheet`, `letter`, `content`) and how they
are laid out (`render`, ReportLab). For a course of care (follow-ups.md): the follow-up
sheet (`followup_sheet`, laid out by `followup_render`) and the progress report
(`progress_report`, laid out by `progress_render`), their charts drawn by `charts`.

This file stays empty on purpose: the command line and the desktop app import
`handouts.content` for its names while they start, and that must not load the rules,
pydantic or ReportLab. Import from the submodules.
"""
