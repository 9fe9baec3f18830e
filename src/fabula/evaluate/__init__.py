"""Scoring fabula against gold data (PDNC, LitBank, the project's own gold stories).

Each scorer lives in its own module here and adds its command to `fabula eval` through a
``register(app)`` function (see ``cli.py``). Scorers are pure functions over predictions and
gold, tested on their own.
"""
