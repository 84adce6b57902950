"""Small pieces of wording every room uses: a message as a sentence, a list in words, a
count with its noun. No widgets here; each room builds its own messages from these."""

from collections.abc import Sequence


def sentence(message: str) -> str:
    """A message as a sentence: capital first letter, full stop at the end."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def listed_words(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def counted(count: int, noun: str) -> str:
    """ "1 flag", "3 flags": a count with its noun (nouns that take an s)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
