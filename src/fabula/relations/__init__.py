"""Relationships, events and the interaction network (stage in :mod:`fabula.relations.stage`)."""
