"""Home exercises: which ones a patient is given, and how each is drawn and explained.

Pure: no Qt, no ReportLab, no database. The handouts draw the exercises on paper and the
windows on screen, both from the one description kept here and in resources/exercises/.
"""
