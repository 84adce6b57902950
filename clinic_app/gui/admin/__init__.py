"""The administrator's rooms: clinic settings, accounts and the audit trail."""
