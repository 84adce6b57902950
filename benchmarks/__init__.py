"""`make bench`: each performance figure as a ratio to a floor measured in the same run."""
