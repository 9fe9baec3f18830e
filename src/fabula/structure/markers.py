"""The words writers use to cut scenes and to step out of and back into story time.

Each pattern is a plain regular expression over normalized text (straight quotes, ``—``). They
are grouped by what they do rather than by how they look, so a reader looking for why a scene
was cut at "Later that night" finds it under TRANSITION_RE, and why a flashback ended at "I
came out of the flashback" under RETURN_RE.
"""

from __future__ import annotations

import re

_FRAME = r"[\s~\-—=*_#\[\](){}<>|:.!]*"

# A whole short line that opens a flashback: "Flashback", "~Flashback~", "*FLASHBACK*",
# "Flashback:", "Flashback (three years ago)", "Begin flashback".
FLASHBACK_OPEN_LINE_RE = re.compile(
    rf"^{_FRAME}(?:begin(?:ning)?\s+(?:of\s+)?(?:the\s+)?|start\s+(?:of\s+)?(?:the\s+)?)?"
    rf"flash[\s\-]?back(?:\s+(?:start|begins?))?(?:\s*[:\-—(,]\s*[^\n]{{0,50}})?{_FRAME}$",
    re.IGNORECASE,
)
# ... and one that opens a flash-forward.
FLASHFORWARD_OPEN_LINE_RE = re.compile(
    rf"^{_FRAME}flash[\s\-]?forward(?:\s*[:\-—(,]\s*[^\n]{{0,50}})?{_FRAME}$", re.IGNORECASE)

# A whole short line that closes a flashback and belongs to it: "Flashback over", "End of
# flashback", "End flashback", "/flashback", "Flashback ends".
FLASHBACK_CLOSE_LINE_RE = re.compile(
    rf"^{_FRAME}(?:end(?:ing)?\s+(?:of\s+)?(?:the\s+)?flash[\s\-]?(?:back|forward)"
    rf"|/\s*flash[\s\-]?(?:back|forward)"
    rf"|flash[\s\-]?(?:back|forward)\s+(?:over|ends?|ended|done|finished|complete))\b{_FRAME}$",
    re.IGNORECASE,
)

# A whole short line that returns to the present and opens the next stretch: "Present day",
# "Back to the present", "Now", "Present time", "The present".
PRESENT_LINE_RE = re.compile(
    rf"^{_FRAME}(?:(?:back\s+(?:to|in)\s+)?(?:the\s+)?present(?:\s+(?:day|time))?|now|today"
    rf"|back\s+to\s+(?:now|today|reality))\b{_FRAME}$",
    re.IGNORECASE,
)

_NUM = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
        r"thirty|forty|fifty|a\s+few|a\s+couple\s+of|several|many|some|\d+)")
_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|summer|winter|spring|autumn)s?"

# A whole short line that dates what follows: "Six months ago", "Three years earlier",
# "Ten years later", "Two weeks before".
DATELINE_RE = re.compile(
    rf"^{_FRAME}(?:(?:{_NUM}\s+(?:and\s+a\s+half\s+)?{_UNIT}|{_UNIT})\s+(?P<dir>ago|earlier|before|"
    rf"previously|prior|later|after|from\s+now|on|hence)"
    rf"|(?P<dir2>earlier|later)(?:\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week))?){_FRAME}$",
    re.IGNORECASE,
)

# A paragraph that opens with a time skip: "Later that night", "The next morning", "By nightfall",
# "Two days later", "That evening", "Hours later", "The following week", "Meanwhile".
TRANSITION_RE = re.compile(
    rf"^[\s\"']*(?:(?:a\s+)?(?:little|bit|while|short\s+time|moment|few\s+\w+|{_NUM}\s+{_UNIT})\s+later"
    r"|later(?:\s+(?:that|this|the\s+same|on\s+that)\s+(?:night|evening|morning|afternoon|day|week))?"
    r"|(?:that|this|the\s+same)\s+(?:night|evening|afternoon|morning)"
    r"|(?:the\s+)?(?:next|following)\s+(?:morning|day|night|evening|afternoon|week|month|year|summer|"
    r"winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:by|at|come)\s+(?:nightfall|dawn|daybreak|dusk|sunset|sunrise|morning|evening|midnight|noon)"
    r"|(?:early|late)\s+(?:the\s+)?next\s+(?:morning|day)"
    r"|meanwhile|in\s+the\s+meantime|elsewhere"
    r"|(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:came|arrived|dawned)"
    r"|(?:when|by\s+the\s+time)\s+(?:morning|evening|night)\s+came)\b",
    re.IGNORECASE,
)

# A sentence that frames a memory: what follows happened earlier.
MEMORY_FRAME_RE = re.compile(
    r"\b(?:I|we|he|she|they)\s+(?:still\s+|can\s+still\s+|will\s+always\s+|could\s+still\s+)?"
    r"(?:remember(?:ed)?|recall(?:ed)?)\s+(?!to\b|that\s+I\s+(?:had|have)\s+to\b)"
    r"|\b(?:I'll|I\s+will|I'd|I\s+would|he'd|she'd)\s+never\s+forget\b"
    r"|\blike\s+it\s+was\s+yesterday\b"
    r"|\b(?:thought|think|thinking|cast\s+(?:my|his|her)\s+mind)\s+back\s+to\b"
    r"|\bmy\s+mind\s+(?:drifted|drifts|went|goes|wandered|wanders)\s+back\b"
    r"|\bit\s+(?:all\s+)?(?:started|began)\s+(?:when|with|on|at|back)\b",
    re.IGNORECASE,
)
# A frame strong enough to open a flashback on its own ("like it was yesterday" has no doubt).
STRONG_FRAME_RE = re.compile(
    r"like\s+it\s+was\s+yesterday|never\s+forget|(?:remember|recall)(?:ed)?\s+(?:the|that|when|how|our|my|"
    r"his|her|their|it|every)\b|back\s+to\b|drifted\s+back|(?:started|began)\s+(?:when|with|back)",
    re.IGNORECASE,
)

# A sentence that opens a told memory with a distance: "Six months ago, ...", "Thirty years
# earlier, ...", "Years ago, ...", "When I was nine, ...", "Back then, ...".
AGO_OPENER_RE = re.compile(
    rf"^[\s\"']*(?:(?:{_NUM}\s+(?:and\s+a\s+half\s+)?{_UNIT}|{_UNIT})\s+(?:ago|earlier|before|previously)"
    r"|back\s+(?:then|when)|once\s+upon\s+a\s+time|long\s+ago"
    r"|when\s+(?:I|he|she|we|they)\s+(?:was|were|had\s+been)\s+(?:a\s+(?:kid|child|boy|girl)|young|little|"
    r"\w+\s+years\s+old|nine|ten|eleven|twelve|five|six|seven|eight|thirteen|fourteen|fifteen|sixteen|\d+)"
    r"|the\s+first\s+time\s+(?:I|he|she|we|they)\s+had\b)",
    re.IGNORECASE,
)

# A sentence that marks the way back out of a memory.
RETURN_RE = re.compile(
    r"\b(?:came|come|comes|snapped|snap|snaps|pulled|jolted|woke)\s+(?:back\s+)?(?:out\s+of|back\s+from|"
    r"back\s+to)\s+(?:the|my|his|her|this|that)?\s*(?:flashback|memory|memories|past|present|reality|"
    r"thoughts|daydream|reverie)"
    r"|\b(?:I|he|she|we|they)\s+blink(?:s|ed)?\s+and\s+(?:I'm|I\s+am|I\s+was|he's|she's|he\s+was|she\s+was|"
    r"they're|we're)\s+back\b"
    r"|\bback\s+(?:in|to)\s+the\s+present\b"
    r"|^(?:now|but\s+now|today|these\s+days|and\s+now)\b(?!\s+(?:and|that)\b)"
    r"|\b(?:that|this|it)\s+(?:was|had\s+been)\s+(?:[\w\s]{0,30}?)\s*(?:ago|earlier)\s*[.!]"
    r"|\bbut\s+that\s+(?:is|was|will\s+be)\s+(?:[\w\s]{0,20})\s*(?:away|later|ahead)\b",
    re.IGNORECASE,
)


def is_time_marker_line(text: str) -> bool:
    """A short line that marks a move in story time ("*Flashback*", "Present day", "Six months
    ago"). Ingest may file such a line as a POV header ("*Flashback*" looks like a framed name);
    the structure stage reads it as a time marker instead."""
    t = text.strip()
    return len(t.split()) <= 8 and any(rx.match(t) for rx in (
        FLASHBACK_OPEN_LINE_RE, FLASHFORWARD_OPEN_LINE_RE, FLASHBACK_CLOSE_LINE_RE, PRESENT_LINE_RE, DATELINE_RE))


# Author's notes and summaries pasted before the story ("A/N: ...", "Disclaimer: ...", "This is a
# story about ..."): told by the author, not the narrator, so they get no POV.
FRONT_MATTER_RE = re.compile(
    r"^[\s(\[*]*(?:a/n|a\.n\.|an:|author'?s?'?\s+notes?|authors?\s+notes?|disclaimer|summary|warnings?|"
    r"notes?\s*:|this\s+(?:is\s+a\s+)?(?:story|fic|fanfic|one-?shot|chapter)\s+(?:is\s+)?(?:about|where|in\s+which))",
    re.IGNORECASE,
)


# A paragraph opening on a place ("At St Bartholomew's, ...", "Back in the city, ...", "Across town,
# ..."): with a new set of people, an unmarked change of scene.
PLACE_OPENER_RE = re.compile(
    r"^(?:(?:back|over|meanwhile|elsewhere|later|far\s+away)\s*,?\s+)?(?:at|in|on|inside|outside|across|"
    r"over\s+at|back\s+at|back\s+in|back\s+on|down\s+at|up\s+at|across\s+town\s+(?:at|in))\s+"
    r"[^,.;!?\"]{2,50},\s",
    re.IGNORECASE,
)
