"""Renderings of an Analysis: the terminal summary (``terminal``) and the HTML report."""
