"""The waiting-room kiosk: patients answer for themselves, in their own language."""
