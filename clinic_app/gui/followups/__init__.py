"""The follow-up room: a follow-up visit of a course of care, typed, flagged and printed."""
