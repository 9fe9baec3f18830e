"""Story structure and time: scenes, POV, flashbacks, timeline (stage in :mod:`fabula.structure.stage`)."""
