"""What several rooms of the desk share.

The background runner, the table base, field messages, the foot map, the pain scale,
print preview and printing, the flag wording, shared wording and the style sheet. A room
imports from here and from the services, never from another room.
"""
