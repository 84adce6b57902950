"""The clinician's review queue, the review pane and decisions."""
