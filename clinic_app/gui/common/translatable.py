"""The marker for words written where no translation can run yet (module constants).

`QT_TRANSLATE_NOOP("Context", "words")` returns the words unchanged; lupdate, which reads
the sources and not the running code, finds the call by its name and puts the words in
the catalogue under that context, and the code translates them where they are shown.
PySide6's own marker is typed as returning `object`; this one keeps them a `str`.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context  # only lupdate reads it
    return source
