"""Taking an intake at the front desk: the five-step form, its drafts, the live flags."""
