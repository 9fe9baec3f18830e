"""Feelings: valence and arousal per character per scene, and arcs (stage in :mod:`fabula.affect.stage`)."""
