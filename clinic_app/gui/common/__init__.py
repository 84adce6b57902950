"""What several rooms of the desk share.

The background runner, the table base, field messages, the foot map, the pain scale,
print preview and printing, the flag wording, the one flag card, the one answer renderer
and the form's labels it names answers by, shared wording and the style sheet. A room
imports from here and from the services, never from another room.
"""
