"""Finding quotes in normalized text: pure, linear-time functions, no spaCy.

Normalization made every double quote ``"`` and every single quote ``'``, so the open/close
direction that curly quotes carried is gone; we infer it from the characters around each mark
(space or opening punctuation before → opener; space or closing punctuation after → closer) and
from the open/closed state of the paragraph. Fan fiction is often sloppy, so an opener that is
never closed is recovered at a narration sentence ("...sorry. She said.") or at the paragraph
end, never allowed to swallow the rest of the story. A speech that runs over several paragraphs
(no closer at the paragraph end, an opener on the next) becomes one utterance with several spans.

The output is a list of :class:`Segment` (one quoted stretch each, content without the marks);
attribution later groups segments of one paragraph that belong to one speaker into one quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from fabula.model import Paragraph, Span

OPEN_BEFORE = set("([{—-/\u00ab") | {'"', "'"}
CLOSE_AFTER = set(".,;:!?)]}—-/\u00bb") | {'"', "'"}

# Words spelled with a leading apostrophe: the mark is an elision, not an opening quote.
ELISIONS = re.compile(
    r"(?:cause|cos|coz|em|til|till|tis|twas|twere|n|round|bout|kay|cept|nother|member|sup|scuse|"
    r"fraid|ave|ere|ow|ello|im|er|e|is|s|d|ll|re|m|ve|t|\d\d?s?)\b",
    re.IGNORECASE,
)
# a capital "Is" after the mark opens a question ("'Is it far?'"), not a dropped h ("'is hat")
_ASKING_IS = re.compile(r"Is\s")
SPEECH_VERBS = (
    "said|says|say|asked|asks|replied|replies|answered|answers|cried|cries|exclaimed|whispered|"
    "whispers|shouted|shouts|yelled|yells|screamed|screams|murmured|murmurs|muttered|mutters|"
    "added|adds|continued|continues|returned|repeated|sobbed|called|told|tells|began|begins|"
    "laughed|sighed|snapped|growled|breathed|interrupted|insisted|demanded|inquired|enquired|"
    "remarked|observed|declared|explained|agreed|protested|retorted|suggested|stammered|"
    "stuttered|whimpered|groaned|hissed|teased|thought|thinks|wondered|wonders|sang|sings|wrote|"
    "writes|read|reads|mumbled|pleaded|begged|admitted|announced|responded|responds|joked|smiled|"
    "grinned|nodded|chuckled|giggled|gasped|panted|huffed|sniffed|squealed|shrieked|roared|"
    "bellowed|barked|croaked|drawled|purred|mused|offered|corrected|conceded|confessed|"
    "promised|warned|urged|went on|put in|broke in|chimed in"
)
_PRON_SUBJ = r"(?:He|She|They|We|I|It)"
# a sentence-opening function word is no name: "When Kayode told me..." is still the speech
_NOT_A_NAME = (r"(?!(?:When|Then|If|And|But|So|As|After|Before|While|Because|Although|Though|Once|Until|"
               r"Since|Where|What|Why|How|Who|Did|Do|Does|Had|Have|Has|Was|Were|Is|Are|Will|Would|Could|"
               r"Should|Can|May|Might|Must|Shall|Yes|No|Oh|Well|Now|Even|Just|Maybe|Perhaps|Every|Each|"
               r"Nobody|Somebody|Someone|Everyone|Everybody|Nothing|Not|Never|Only|Tell|Ask|Let)\b)")
_NAME_SUBJ = _NOT_A_NAME + r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir)\.?\s+)?[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)?"
# A sentence that opens with narration about a speaker: where an unclosed quote really ended.
NARRATION_START = re.compile(
    rf"(?:{_PRON_SUBJ}|{_NAME_SUBJ})\s+(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b"
    rf"|(?:He|She|They)\s+(?:\w+ly\s+)?\w+ed\b"
)
_SENT_END = re.compile(r"(?:[.!?]+|\.\.\.)['\"]?\s+(?=[A-Z])")
_SPACE_RE = re.compile(r"\s")

_SQ_OPEN_OK = re.compile(r"[A-Za-z0-9\"]")


@dataclass
class Segment:
    """One quoted stretch: ``[start, end)`` is the content without its marks."""

    start: int
    end: int
    para: int  # index into the story's paragraph list
    mark: str  # '"', "'", '\u00ab', '\u2014' (dash dialogue), 'em' (italics), 'chat' ("Name: message")
    closed: bool = True
    continues: bool = False  # the same utterance went on from the previous paragraph
    recovered: bool = False  # an unclosed opener cut at a narration sentence or paragraph end

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def recover_end(text: str, start: int, limit: int) -> int:
    """Where an unclosed quote opened at ``start`` most likely ends, at most ``limit``: just
    before the first sentence that reads as narration ("She said.", "He nodded"), else ``limit``."""
    pos = start
    region = text[start:limit]
    for m in _SENT_END.finditer(region):
        nxt = m.end()
        if NARRATION_START.match(region, nxt):
            return start + m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        pos = nxt
    del pos
    return limit


def _runs_on(text: str, cut: int, limit: int, mark: str) -> bool:
    """An unclosed quote whose next paragraph opens with a quote mark is one speech over several
    paragraphs (the open-quote convention). A "narration" sentence inside it ('He told me, the
    old harbourmaster, that he had walked across the ice.') is still the speech when the rest of
    the paragraph is two sentences or more, or one of more than ``RUN_ON_WORDS`` words: a forgotten
    closer before a plain tag ('She said sadly.') leaves only that short sentence."""
    rest = text[cut:limit].strip()
    if not rest or mark in rest:
        return False
    sentences = len(_NEXT_SENTENCE.findall(rest)) + 1
    return sentences >= 2 or len(rest.split()) > RUN_ON_WORDS


RUN_ON_WORDS = 8  # a sentence this long is more than a tag ("She said sadly, looking at the floor.")
_NEXT_SENTENCE = re.compile(r"[.!?]+['\")]?\s+(?=[A-Z])")


def _role(p: str, i: int) -> str:
    """'open', 'close' or 'either' for the mark at ``p[i]`` from its neighbours."""
    prev = p[i - 1] if i > 0 else ""
    nxt = p[i + 1] if i + 1 < len(p) else ""
    left = _is_space(prev) or prev in OPEN_BEFORE
    right = _is_space(nxt) or nxt in CLOSE_AFTER
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _double_quotes(text: str, paras: Sequence[Paragraph], idx: list[int], mark: str = '"') -> list[Segment]:
    """Quotes delimited by ``mark`` in the text paragraphs ``idx`` (indices into ``paras``)."""
    out: list[Segment] = []
    carry = False  # an utterance continues from the previous paragraph
    for k, pi in enumerate(idx):
        ps, pe = paras[pi].span
        p = text[ps:pe]
        open_at: int | None = None
        first = True
        pos = p.find(mark)
        while pos != -1:
            role = _role(p, pos)
            if open_at is None:
                if role != "close" or (first and carry and pos == 0):
                    open_at = pos + 1
            elif role == "open":
                end = recover_end(text, ps + open_at, ps + pos)
                _emit(out, text, ps + open_at, end, pi, mark, closed=False, recovered=True,
                      continues=carry and first)
                first = False
                carry = False
                open_at = pos + 1
            else:
                _emit(out, text, ps + open_at, ps + pos, pi, mark, closed=True, continues=carry and first)
                first = False
                carry = False
                open_at = None
            pos = p.find(mark, pos + 1)
        if open_at is not None:
            limit = ps + len(p)
            end = recover_end(text, ps + open_at, limit)
            nxt_starts = (k + 1 < len(idx) and text.startswith(mark, paras[idx[k + 1]].span[0])
                          and _role(text[paras[idx[k + 1]].span[0]:paras[idx[k + 1]].span[1]], 0) != "close")
            if end < limit and nxt_starts and _runs_on(text, end, limit, mark):
                end = limit  # 'He told me, very seriously, that ...' inside a speech the next paragraph reopens
            cont_ok = end == limit and nxt_starts
            _emit(out, text, ps + open_at, end, pi, mark, closed=False, recovered=not cont_ok,
                  continues=carry and first)
            carry = cont_ok
        else:
            carry = False
    return out


def _emit(out: list[Segment], text: str, start: int, end: int, para: int, mark: str, *, closed: bool,
          recovered: bool = False, continues: bool = False) -> None:
    s, e = _trim(text, start, end)
    if e > s:
        out.append(Segment(s, e, para, mark, closed=closed, continues=continues, recovered=recovered))
    elif continues and out:
        pass


def _single_role(p: str, i: int) -> str | None:
    """Role of an apostrophe-like mark: 'open', 'close', 'weak' (a possessive or dropped g that
    could close), or None (an apostrophe inside a word or an elision)."""
    prev = p[i - 1] if i > 0 else ""
    nxt = p[i + 1] if i + 1 < len(p) else ""
    if prev.isalnum() and nxt.isalnum():
        return None
    left = _is_space(prev) or prev in OPEN_BEFORE
    right = _is_space(nxt) or nxt in CLOSE_AFTER
    if left and right:
        # a quote inside a quote at its edge (session 25): "'"Go," he said,' she said" opens
        # before the inner mark and closes after it, and "''Ere, hold this'" opens right before
        # an elided word's own apostrophe
        after = p[i + 2] if i + 2 < len(p) else ""
        if (prev == "" or _is_space(prev)) and nxt in "\"'" and after.isalpha() \
                and (nxt == '"' or ELISIONS.match(p, i + 2)):
            return "open"
        if prev == '"' and (nxt == "" or _is_space(nxt)) and i >= 2 and not _is_space(p[i - 2]):
            return "close"
        return None
    if left and not right:
        if _SQ_OPEN_OK.match(nxt) and (not ELISIONS.match(p, i + 1) or _ASKING_IS.match(p, i + 1)):
            return "open"
        return None
    if right and not left:
        if prev in "sS" and _is_space(nxt) and i + 2 < len(p) and p[i + 2].isalpha():
            return "weak"
        if i >= 2 and p[i - 2 : i] == "in" and _is_space(nxt):
            return "weak"
        return "close"
    return None


def _single_quotes(text: str, paras: Sequence[Paragraph], idx: list[int]) -> list[Segment]:
    out: list[Segment] = []
    for pi in idx:
        ps, pe = paras[pi].span
        p = text[ps:pe]
        open_at: int | None = None
        weak: int | None = None
        pos = p.find("'")
        while pos != -1:
            role = _single_role(p, pos)
            if open_at is None:
                if role == "open":
                    open_at, weak = pos + 1, None
            elif role == "close":
                _emit(out, text, ps + open_at, ps + pos, pi, "'", closed=True)
                open_at = None
            elif role == "weak":
                weak = pos
            pos = p.find("'", pos + 1)
        if open_at is not None:
            if weak is not None:
                _emit(out, text, ps + open_at, ps + weak, pi, "'", closed=True)
            else:
                end = recover_end(text, ps + open_at, ps + len(p))
                _emit(out, text, ps + open_at, end, pi, "'", closed=False, recovered=True)
    return out


def _guillemets(text: str, paras: Sequence[Paragraph], idx: list[int]) -> list[Segment]:
    out: list[Segment] = []
    for pi in idx:
        ps, pe = paras[pi].span
        depth, open_at = 0, 0
        for m in re.finditer("[\u00ab\u00bb]", text[ps:pe]):
            if m.group() == "\u00ab":
                if depth == 0:
                    open_at = m.end()
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    _emit(out, text, ps + open_at, ps + m.start(), pi, "\u00ab", closed=True)
        if depth > 0:
            _emit(out, text, ps + open_at, pe, pi, "\u00ab", closed=False, recovered=True)
    return out


_DASH_LINE = re.compile(r"\u2014\s*(?=\S)")

_DASH_RESUME = re.compile(r"[,.;:]\s*\u2014\s*(?=\S)")
# English-style dash dialogue tags its speech after a comma, with no closing dash:
# "— You'll freeze, said Marco, coming up." / "— Ten minutes, he called."
_TAG_VERBS = ("said|says|asked|asks|called|calls|replied|replies|answered|answers|whispered|whispers|"
              "muttered|mutters|murmured|murmurs|shouted|shouts|yelled|yells|cried|cries|added|adds|"
              "snapped|snaps|sighed|sighs|laughed|laughs|told|tells|continued|continues|admitted|admits|"
              "repeated|repeats|insisted|insists|agreed|agrees|offered|offers|began|begins|went on|goes on|"
              "breathed|breathes|hissed|hisses|mumbled|mumbles|groaned|groans|"
              # and the plain present of "I say", "you mutter", "we call"
              "say|ask|call|reply|answer|whisper|mutter|murmur|shout|yell|cry|add|snap|sigh|laugh|tell|"
              "continue|admit|repeat|insist|agree|offer|begin|go on|breathe|hiss|mumble|groan")
# the past tense alone: "tell her mother", "ask my dad", "you call when" may be the speech itself
_PAST_VERBS = ("said|asked|called|replied|answered|whispered|muttered|murmured|shouted|yelled|cried|added|"
               "snapped|sighed|laughed|told|continued|admitted|repeated|insisted|agreed|offered|began|went on|"
               "breathed|hissed|mumbled|groaned")
# a present-tense story's third-person tag, which may end on its object too ("— Go on, Hesketh tells him.")
_PRESENT_S = ("says|asks|calls|replies|answers|whispers|mutters|murmurs|shouts|yells|cries|adds|snaps|sighs|"
              "laughs|tells|continues|admits|repeats|insists|agrees|offers|begins|goes on|breathes|hisses|"
              "mumbles|groans")
_WHO = r"(?:[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?|he|she|they|I|we|you|the [a-z]+)"
# no I/you/we; a definite subject may carry two modifiers ("the old man said", "the tall one asked")
_THIRD = r"(?:[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?|he|she|they|the (?:[a-z]+ ){0,2}[a-z]+)"
# the tag is all there is: a comma, stop, dash, "-ly" adverb or "-ing" clause follows, not an
# object or a clause ("— I know, you told me already" and "— Wait, Marco said you'd come" are speech)
_TAG_END = r"(?=\s*(?:[,.;:!?\u2014]|$)|\s+\w+ly\b|\s+\w+ing\b|\s+(?:to|at|from|across|over)\s|\s+again\b)"
# after a third-person subject and a past verb the tag may also end on an object pronoun or a
# particle ("she told me.", "Orrin called back.", "she read aloud, ...") or go on with a "when"/
# "as"/"while" clause ("he asked when the bell rang"); with I/you/we, a present or an imperative
# verb that is speech ("— If you know so much, you tell me.", "— Right, you call when you land.")
_TAG_END_THIRD = (r"(?=\s*(?:[,.;:!?\u2014]|$)|\s+\w+ly\b|\s+\w+ing\b|\s+(?:to|at|from|across|over|when|as|while)\s|\s+again\b"
                  r"|\s+(?:me|him|her|them|us|back|out|up)\s*(?:[,.;:!?\u2014]|$))")
_POSS = r"(?:his|her|their|my|our) [a-z]+"
_TAG = (rf"(?:(?:{_TAG_VERBS})\s+{_WHO}{_TAG_END}|{_WHO}\s+(?:{_TAG_VERBS}){_TAG_END}"
        # a possessive subject with a past verb ("said her uncle"; "— Fine, tell her mother." is speech)
        rf"|(?:{_PAST_VERBS})\s+{_POSS}{_TAG_END}|{_POSS}\s+(?:{_PAST_VERBS}){_TAG_END}"
        rf"|{_THIRD}\s+(?:{_PAST_VERBS}|{_PRESENT_S}|read aloud|read out){_TAG_END_THIRD})")
_COMMA_TAG = re.compile(rf"[,!?]\s+{_TAG}")
# a dash opening narration: lowercase ("— he said"), the narrator's "I" with a tag verb ("Thank
# you — I say.", "— We'll stay — I tell her."; "— I know" stays speech), or, after a comma, a name
# with its tag ("— I've missed you, — Odile said.", "— Later, — said Odile"; "— Odile said you'd
# come" after a finished sentence stays speech)
_DASH_SPLIT = re.compile(rf"(?:\s|[,.!?]\s*)\u2014\s*(?=[a-z]|I\s+(?:{_TAG_VERBS})\b)"
                         rf"|,\s*\u2014\s*(?={_TAG})")
# a dash opening speech inside a paragraph, after a finished sentence ("He leaned on the rail. — Did you?")
_DASH_OPEN = re.compile(r"(?:^|(?<=[.!?:]))\s*\u2014\s*(?=[A-Z\"'])")
# a narration sentence between two stretches of speech: a pronoun or name subject ("He leaned ...")
_BEAT = re.compile(r"[.!?]\s+(?=(?:He|She|They|His|Her|Their)\s)")
_BEAT_START = re.compile(r"(?:He|She|They|His|Her|Their|I|We|My|Our)\s")
_SENT_END = re.compile(r"[.!?](?:\s+|$)")
# ", the doctor asked, would be enough?": the speech resumes after the tag; not when narration
# goes on ("said Marco, coming up beside her", "he said, and took the cup")
_TAG_COMMA = re.compile(r"(?:\s+\w+ly)?\s*,\s+(?=[a-z])(?!\w+ing\b|\w+ed\b|(?:and|as|while|before|after|then|"
                        r"with|without|his|her|their|its|not|still|already|almost)\b)")
_SENTENCE_LIKE = re.compile(r"[.!?,]|(?:\S+\s+){4}\S")
# a paragraph with dialogue in quote marks, double or British single ('Yes,' she said)
_QUOTED = re.compile(r"\"|(?:^|(?<=[\s(\u2014]))'(?=[A-Z])")


def uses_dash_dialogue(text: str, paras: Sequence[Paragraph], idx: list[int], starts: list[int] | None = None) -> bool:
    """Is dash the story's dialogue mark? A novel whose dialogue is in quote marks uses dashes for
    breaks and asides ("— Then he went on."): only a story that opens more paragraphs with a dash
    than it has paragraphs with quote marks (and at least two) is told in dash dialogue."""
    if starts is None:
        starts = [pi for pi in idx if _DASH_LINE.match(text, paras[pi].span[0])]
    # a list ("— eggs", "— milk") is not speech: a dash line counts when it reads as a sentence
    lines = [pi for pi in starts if _SENTENCE_LIKE.search(text, paras[pi].span[0], paras[pi].span[1])]
    quoted = sum(1 for pi in idx if _QUOTED.search(text, paras[pi].span[0], paras[pi].span[1]))
    return len(lines) >= 2 and len(lines) > quoted


def dash_dialogue(text: str, paras: Sequence[Paragraph], idx: list[int]) -> list[Segment]:
    """Dash dialogue, continental or English style: in a story that opens at least two paragraphs
    with a dash, speech starts at a paragraph's opening dash or at a dash after a finished
    sentence, and runs to the first of: a dash opening lowercase narration (``— he said. —``), a
    comma-tag (``, said Marco`` / ``, he called``), or, when another dash re-opens speech later
    in the paragraph, the narration beat before it ("Nobody likes it. He leaned on the rail.
    — Did you?"). A dash right after a finished spoken sentence turns to narration, and the dash
    after that narration reopens speech ("— Excuse me! — Nico is on his feet again. — Is there
    another train?")."""
    starts = [pi for pi in idx if _DASH_LINE.match(text, paras[pi].span[0])
              and _SENTENCE_LIKE.search(text, paras[pi].span[0], paras[pi].span[1])]  # not a list
    if len(starts) < 2:
        return []
    inner = uses_dash_dialogue(text, paras, idx, starts)
    out: list[Segment] = []
    for pi in idx if inner else starts:
        ps, pe = paras[pi].span
        marks = [(m.start(), m.end()) for m in _DASH_OPEN.finditer(text, ps, pe)
                 if m.start() == ps or text[m.start() - 1:m.start()] in ".!?:"] if inner else []
        first = _DASH_LINE.match(text, ps)
        if not marks and not first:
            continue
        if first and (not marks or marks[0][1] > first.end()):
            marks.insert(0, (ps, first.end()))
        opens = [b for _a, b in marks]
        ran_to_dash = False
        for k, pos in enumerate(opens):
            limit = marks[k + 1][0] if k + 1 < len(marks) else pe  # up to the next dash, not past it
            if ran_to_dash:
                # '— Where are you going? — I call after him.': a dash right after a finished
                # spoken sentence turns to narration; the dash after that narration reopens speech
                ran_to_dash = False
                continue
            while pos < limit:
                ends: list[tuple[int, str, re.Match | None]] = []
                m = _DASH_SPLIT.search(text, pos, limit)
                if m:
                    ends.append((m.start() + (1 if text[m.start()] in ",.!?" else 0), "dash", m))
                t = _COMMA_TAG.search(text, pos, limit)
                if t:
                    ends.append((t.start() + 1, "tag", t))
                if k + 1 < len(opens):
                    b = _BEAT.search(text, pos, limit)
                    if b:
                        ends.append((b.start() + 1, "beat", None))
                if not ends:
                    _emit(out, text, pos, limit, pi, "\u2014", closed=True)
                    ran_to_dash = k > 0 or first is not None
                    break
                end, why, split = min(ends, key=lambda x: x[0])
                _emit(out, text, pos, end, pi, "\u2014", closed=True)
                if why == "beat" or split is None:
                    break  # the rest up to the next dash is narration
                if why == "tag":
                    c = _TAG_COMMA.match(text, split.end(), limit)
                    if c is not None:
                        pos = c.end()  # "— Then what, the doctor asked, would be enough?"
                        continue
                    # "—The mockery of it! he said gaily. Your absurd name ...": after the tag's own
                    # sentence the speech goes on, unless a beat follows ("She turned away.")
                    e = _SENT_END.search(text, split.end(), limit)
                    if e is None or e.end() >= limit or _BEAT_START.match(text, e.end()):
                        break
                    pos = e.end()
                    continue
                r = _DASH_RESUME.search(text, split.end(), limit)
                if not r:
                    break
                pos = r.end()
    return out


# "Ines: where are you" / "**Ines:** omw" / "OSKAR: Yes!": a chat-fic message or a play's line,
# one per paragraph; the label is a name of at most three words
_CHAT_LINE = re.compile(r"[*_]{0,2}(?P<name>[A-Za-z][\w'.\-/]*(?: [A-Za-z][\w'.\-]*){0,2})[*_]{0,2}[ \t]*:[*_]{0,2}"
                        r"[ \t]+(?P<msg>\S[^\n]*)$")
_NOT_CHAT_LABEL = {"note", "notes", "a/n", "an", "summary", "warning", "warnings", "disclaimer", "chapter", "edit",
                   "update", "rating", "pairing", "pairings", "fandom", "fandoms", "time", "location", "date",
                   "subject", "to", "from", "re", "ps", "p.s", "tags", "characters", "words", "status", "beta",
                   "title", "author", "part", "book", "epilogue", "prologue", "act", "scene", "setting", "place",
                   "also", "and", "but", "so", "then", "now", "here", "there", "again", "today", "tomorrow",
                   "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "dusk", "day", "week",
                   "later", "earlier", "entry", "q", "a", "question", "answer", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday"}
CHAT_MIN_LINES = 2  # two labels must each head this many lines, and some two lines must be adjacent
_PHONE = re.compile(r"\b(?:phone|texts?|texted|message[sd]?|screen|chat|notifications?|buzz(?:es|ed)?|dms?|"
                    r"inbox|whatsapp|messenger|typed|typing|types|thumbed|thumbs)\b", re.I)


def chat_label(text: str, para_start: int, seg: Segment) -> tuple[int, int]:
    """The span of a chat segment's label (the name before the colon)."""
    m = _CHAT_LINE.match(text, para_start, seg.end)
    return (m.start("name"), m.end("name")) if m else (para_start, seg.start)


def _common_word(words: set[str], label: str) -> bool:
    """A capitalised label the text also writes in lower case ("Morning: I walked to the harbour"
    beside "every morning") is a word, not a name. ``words``: the text's lower-case words, found
    once (a check per line over the whole text would be quadratic in a long chat)."""
    if not label[:1].isupper() or " " in label or label.isupper() or label.lower() in _KIN_LABELS:
        return False
    return label.lower() in words


# labels a phone gives a contact that the narration also writes in lower case ("my mum"): still senders
_KIN_LABELS = {"me", "mum", "mom", "mam", "mummy", "mommy", "dad", "daddy", "mama", "papa", "nan", "nana", "gran",
               "granny", "grandma", "grandpa", "grandad", "granddad"}


def chat_lines(text: str, paras: Sequence[Paragraph], idx: list[int]) -> list[Segment]:
    """Messages of a chat fic ("Ines: where are you") and lines of a script ("OSKAR: Seven."):
    one-line paragraphs without quote marks that start with a name and a colon. Kept only when the
    format is really used: each label heads at least two lines and some lines follow each other,
    so a lone "Title: ..." or "Proud: rich: silk stockings." is not a speaker. Whether a label is a
    character is decided later, against the cast."""
    found: list[tuple[int, str, int, int]] = []
    lines: list[tuple[int, re.Match]] = []
    quoting: list[tuple[int, re.Match]] = []  # messages that quote someone: their marks are quotes
    for pi in idx:
        ps, pe = paras[pi].span
        if "\n" in text[ps:pe]:
            continue
        m = _CHAT_LINE.match(text, ps, pe)
        if m is None or m.group("name").lower().rstrip(".") in _NOT_CHAT_LABEL:
            continue
        (quoting if '"' in text[ps:pe] else lines).append((pi, m))
    if not lines:
        return []
    # the text's lower-case words, leaving out the messages themselves (those that quote someone
    # too): texters write names in lower case ("tova it's been eight months"), which says nothing
    # about "Tova:" being a word
    words: set[str] = set()
    pos = 0
    for _pi, m in sorted(lines + quoting, key=lambda x: x[0]):
        words.update(re.findall(r"\b[a-z][a-z']*\b", text[pos:m.start("msg")]))
        pos = m.end("msg")
    words.update(re.findall(r"\b[a-z][a-z']*\b", text[pos:]))
    common: list[tuple[int, str, int, int]] = []  # "Landlord:" beside "the landlord" in the narration
    for pi, m in lines:
        if _common_word(words, m.group("name")):
            common.append((pi, m.group("name").lower(), m.start("msg"), paras[pi].span[1]))
            continue
        found.append((pi, m.group("name").lower(), m.start("msg"), paras[pi].span[1]))
    counts = Counter(name for _, name, _, _ in found)
    pis = {pi for pi, *_ in found}
    regular = {name for name, c in counts.items() if c >= CHAT_MIN_LINES}
    # a message the narration just before shows arriving ('His phone lit up. / Dad: where is the van'),
    # kept even when it is the only one
    shown = [f for f in found if f[0] > 0 and f[0] - 1 not in pis
             and _PHONE.search(text, paras[f[0] - 1].span[0], paras[f[0] - 1].span[1])]
    if not any(pi + 1 in pis for pi in pis) or not regular \
            or len(regular) == 1 and not shown:  # one sender's lines only after a phone or a screen
        found = shown
    else:
        # the format is established: a one-off label inside a run of messages is a message too
        # (and a lone message from anyone right after narration that shows it being typed or arriving)
        found = [f for f in found if f[1] in regular or f[0] - 1 in pis or f[0] + 1 in pis or f in shown]
        # and a message from an established sender that quotes someone ('**Sol:** you said "never
        # again"') is one message, its marks part of it (``extract`` drops quotes inside messages)
        found += [(pi, m.group("name").lower(), m.start("msg"), paras[pi].span[1]) for pi, m in quoting
                  if m.group("name").lower() in regular]
        # a sender the phone calls by a common word ("Landlord:", "Caretaker:") once the format is
        # established: a line right after narration showing a phone, or one inside a run of messages
        # (session 28)
        pis = {f[0] for f in found}
        found += [f for f in common if f[0] - 1 in pis or f[0] + 1 in pis
                  or f[0] > 0 and _PHONE.search(text, paras[f[0] - 1].span[0], paras[f[0] - 1].span[1])]
    found.sort()
    out: list[Segment] = []
    for pi, _name, a, b in found:
        _emit(out, text, a, b, pi, "chat", closed=True)
    return out


THOUGHT_AFTER = re.compile(
    r"^[\s,.!?]*(?:(?:I|he|she|they|we|you|[A-Z][a-z]+)\s+(?:\w+ly\s+)?"
    r"(?:thought|thinks|think|wondered|wonders|wonder|mused|muses|reflected|realized|realised|prayed|"
    r"said to (?:my|him|her|them|your)sel(?:f|ves)|(?:told|tells|tell) (?:my|him|her|them|your)sel(?:f|ves))\b)",
)
THOUGHT_BEFORE = re.compile(
    r"(?:thought|wondered|mused|thinking|said to (?:my|him|her|them)sel(?:f|ves)|"
    r"(?:told|tell) (?:my|him|her|them|your)sel(?:f|ves))\s*[,:]?\s*$",
    re.IGNORECASE,
)


def italic_thoughts(text: str, paras: Sequence[Paragraph], emphasis: Sequence[Span]) -> list[Segment]:
    """Italic runs framed by a thought verb ("*I can do this*, she thought") are thoughts."""
    if not emphasis:
        return []
    starts = [p.span[0] for p in paras]
    out: list[Segment] = []
    for s, e in emphasis:
        pi = bisect_left(starts, s + 1) - 1
        if pi < 0 or paras[pi].kind != "text" or e > paras[pi].span[1]:
            continue
        # a plain-text story keeps its "_" or "*" marks around the run: read past them
        after = text[e : min(paras[pi].span[1], e + 60)].lstrip("_*")
        if len(text[s:e].split()) < 2 and not THOUGHT_AFTER.match(after):
            continue  # one italic word is emphasis, unless a thought verb follows ("*Okay,* she thought")
        before = text[max(paras[pi].span[0], s - 60) : s].rstrip("_*")
        # unframed italic sentences only where the italics were markup, or right after a framed
        # thought ("_Two hundred,_ she thought. _And singing._"): a plain text's "_..._" is as
        # often the narrator's own emphasis ("_He was hungry._")
        marked = text[s - 1 : s] in ("_", "*")
        framed = bool(THOUGHT_AFTER.match(after) or THOUGHT_BEFORE.search(before))
        goes_on = bool(out) and out[-1].para == pi and s - out[-1].end < 80
        if framed or ((not marked or goes_on) and _italic_sentence(text, paras[pi].span, s, e)):
            out.append(Segment(s, e, pi, "em"))
    return out


ITALIC_THOUGHT_MAX_WORDS = 30  # an unframed italic thought is a line or two
_TIME_HEADER = re.compile(r"^(?:\w+\s+){0,3}(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:earlier|later|ago|before|after)\b|"
                          r"^(?:earlier|later|now|then|present|past|flashback|meanwhile)\b", re.I)


def _italic_sentence(text: str, para: Span, s: int, e: int) -> bool:
    """A whole sentence in italics standing in the narration ("*Of course he kept the key.*" on
    its own line, or after a finished sentence) is the viewpoint character's thought, unframed:
    it starts the paragraph or follows a sentence's end, ends the paragraph or is followed by a
    new sentence, ends in sentence punctuation itself (a scene header, "*Three years earlier*", a
    title or a sound, "*Bang*", does not) and is short (an italic paragraph of narration is a
    flashback or a letter)."""
    inner = text[s:e].strip()
    head = text[para[0]:s].rstrip(" _*")
    tail = text[e:para[1]].lstrip(" *_")
    starts = not head or head[-1] in ".!?\"”…"
    ends = not tail or tail[:1].isupper() or tail[:1] in "\"“"
    if not (starts and ends) or inner[-1:] not in ".!?…" or _TIME_HEADER.match(inner):
        return False
    words = inner.split()
    # a thought is a line or two; a whole italic paragraph of narration is a flashback or a letter
    return 2 <= len(words) <= ITALIC_THOUGHT_MAX_WORDS and not all(w[:1].isupper() for w in words)


def _outside(segs: list[Segment], spans: list[Segment]) -> list[Segment]:
    """Segments of ``segs`` that overlap none of ``spans`` (both sorted by start)."""
    starts = [x.start for x in spans]
    keep = []
    for sg in segs:
        i = bisect_left(starts, sg.start)
        clash = False
        for j in (i - 1, i):
            if 0 <= j < len(spans) and spans[j].start < sg.end and sg.start < spans[j].end:
                clash = True
        if not clash:
            keep.append(sg)
    return keep


def _sentence_level(text: str, paras: Sequence[Paragraph], sg: Segment) -> bool:
    """A single-quoted stretch in double-quote text counts as an utterance only when it stands
    as a sentence (a thought, a remembered line), not a scare-quoted phrase ("a 'can't even' way")."""
    ps = paras[sg.para].span[0]
    before = text[ps : sg.start - 1].rstrip()
    inner_end = text[sg.end - 1]
    starts_sentence = not before or before[-1] in ".!?:;\"—"
    ends_clause = inner_end in ",.!?—-"
    return starts_sentence and ends_clause


_PREV_WORD = re.compile(r"([A-Za-z]+)[\s]*$")
_SPEECH_VERB_RE = re.compile(rf"(?:{SPEECH_VERBS}|saying|shouting|crying|whispering|asking|calling|go|goes|went|like|"
                             r"voice|and|or|then)$",
                             re.IGNORECASE)


def is_scare_quote(text: str, para_start: int, sg: Segment, max_words: int = 5) -> bool:
    """A short quoted phrase inside a running sentence ('the "new people" whom...') is a term,
    a title or irony, not an utterance: it follows a word that is not a speech verb."""
    if sg.mark not in ('"', "'") or len(text[sg.start:sg.end].split()) > max_words:
        return False
    if text[sg.end - 1] in "!?":
        return False  # an exclamation or a question is said by someone ('good "Aha!"', 'and "Hush!"')
    m = _PREV_WORD.search(text, max(para_start, sg.start - 40), sg.start - 1)
    if not m:
        return False
    return not _SPEECH_VERB_RE.search(m.group(1))


# a letter set off as a document: it opens with a greeting and a capitalised name ("My dear Jovita,",
# "Dear Mr. Quell —"); only the greeting word may be in capitals ("DEAR"), and "Dear me", "Dear God",
# "Dear Lord", "Dear old ..." are exclamations or narration, not greetings (session 29)
_LETTER_SALUTE = re.compile(
    r"(?:[Mm]y\s+)?(?:[Dd]ear(?:est)?|DEAR(?:EST)?|[Dd]arling|DARLING)\s+"
    r"(?!(?:God|Lord|Me|Old|Heaven|Heavens)\b)"
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Aunt|Uncle|Cousin|Sister|Brother)\.?\s+)?[A-Z][a-z][\w'-]*)\s*(?:,|—|–)")
# ... and ends on a recognised closing and the writer's name, the whole rest of its last sentence
# ("your loving sister, Ada Brell.", "Yours truly, J. Hobb", "Love, Nell.")
_CLOSING = (r"(?:(?:your|yours)\s+(?:(?:most|very|ever|truly|sincerely|faithfully|affectionately|loving|"
            r"affectionate|devoted|sincere|obedient|humble|dutiful|grateful|true|own|old|fond|faithful|"
            r"respectful)\s+){0,3}(?:friend|brother|sister|son|daughter|mother|father|uncle|aunt|cousin|niece|"
            r"nephew|servant|wife|husband|child|girl|boy|grandson|granddaughter|grandmother|grandfather|"
            r"godmother|godfather)"
            r"|yours(?:\s+(?:truly|sincerely|faithfully|ever|affectionately|always|respectfully))+"
            r"|ever\s+yours|(?:with\s+)?(?:all\s+(?:my|our)\s+)?love(?:\s+(?:always|from))?"
            r"|(?:kind(?:est)?|warm(?:est)?|best)\s+(?:regards|wishes)|regards|sincerely|faithfully|"
            r"affectionately)")
# the name: initials, capitalised words (or one in capitals), no closing or kin word
_SIGN_NAME = r"((?:[A-Z]\.\s*){0,2}[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
LETTER_SIGNATURE = re.compile(r"(?:^|(?<=[\s,.;:!?—–-]))(?i:" + _CLOSING + r")\s*,?\s+" + _SIGN_NAME
                              + r"\.?\s*$")
# words a signature line may end on that are no one's name
NOT_SIGNERS = {"yours", "love", "regards", "management", "the", "mother", "father", "mum", "mom", "dad", "mama",
               "papa", "mummy", "daddy", "grandma", "grandpa", "granny", "sincerely", "faithfully", "truly",
               "always", "ever", "friend", "all", "us", "everyone", "staff", "team"}
LETTER_MAX_PARAGRAPHS = 8


def letter_signer(body: str) -> str | None:
    """The writer's name a letter's last paragraph ends on after a recognised closing, or None."""
    m = LETTER_SIGNATURE.search(body)
    if m is None:
        return None
    name = m.group(1).rstrip(".")
    if any(w.lower().strip(".") in NOT_SIGNERS for w in name.split()):
        return None
    return name


def letter_greeted(text: str) -> str | None:
    """The name a letter's opening greeting calls, or None."""
    m = _LETTER_SALUTE.match(text)
    return m.group(1) if m else None


def set_off_letters(text: str, paras: Sequence[Paragraph], idx: list[int], segs: Sequence[Segment]) -> list[Segment]:
    """A letter or note shown as a document inside the story, without quote marks (session 29):
    'She slit the envelope. It read:' / 'My dear Jovita, the boat is mended ...' / '... Your loving
    sister, Ada Brell.' — the paragraphs from the one that opens with a greeting and a capitalised
    name, right after a narration paragraph ending on a colon, to the one that ends on a recognised
    closing and the writer's name (within ``LETTER_MAX_PARAGRAPHS``), each a segment of mark
    ``letter``. Without such a signature there is no letter (an unsigned run could not be told from
    the narration that resumes after it); a signer who is the greeted one is no signature
    ("I am counting on you, Ida."). Paragraphs with quote marks never belong to one."""
    quoted = {s.para for s in segs}
    out: list[Segment] = []
    for n, pi in enumerate(idx[1:], start=1):
        prev = idx[n - 1]
        if prev != pi - 1 or prev in quoted or pi in quoted:
            continue
        if not text[paras[prev].span[0] : paras[prev].span[1]].rstrip().endswith(":"):
            continue
        ps, pe = paras[pi].span
        greeted = letter_greeted(text[ps:pe])
        if greeted is None or (out and out[-1].para >= prev):
            continue
        run: list[int] = []
        signed = False
        for pj in idx[n : n + LETTER_MAX_PARAGRAPHS]:
            if pj in quoted or (run and pj != run[-1] + 1):
                break
            body = text[paras[pj].span[0] : paras[pj].span[1]]
            if run and body.rstrip().endswith(":"):
                break  # a new lead-in: narration
            run.append(pj)
            signer = letter_signer(body)
            if signer is not None and signer.split()[-1] != greeted.split()[-1]:
                signed = True
                break
        if not signed:
            continue
        for pj in run:
            a, b = _trim(text, *paras[pj].span)
            out.append(Segment(a, b, pj, "letter"))
    return out


def extract_segments(text: str, paragraphs: Sequence[Paragraph], emphasis: Sequence[Span] = ()) -> list[Segment]:
    """All quoted stretches of a story, in text order, never overlapping.

    The dominant quote alphabet decides nesting: in double-quote text, single-quoted stretches
    outside double quotes are kept only when they stand as sentences (thoughts, remembered
    speech); in single-quote (British) text the roles swap.
    """
    idx = [i for i, p in enumerate(paragraphs) if p.kind == "text"]
    dq = _double_quotes(text, paragraphs, idx)
    sq = _single_quotes(text, paragraphs, idx)
    if len(sq) > 2 * len(dq) + 2:
        primary, secondary = sq, _double_quotes(text, paragraphs, idx)
        primary_mark = "'"
    else:
        primary, secondary = dq, sq
        primary_mark = '"'
    chat = chat_lines(text, paragraphs, idx)
    segs = [s for s in primary if not is_scare_quote(text, paragraphs[s.para].span[0], s)]
    segs.sort(key=lambda s: s.start)
    segs = _outside(segs, chat)  # a quote inside a chat message is part of the message
    secondary = _outside(sorted(secondary, key=lambda s: s.start), chat)
    sec = [s for s in _outside(secondary, segs)]
    if primary_mark == '"':
        sec = [s for s in sec if _sentence_level(text, paragraphs, s)]
    segs = sorted(segs + sec, key=lambda s: s.start)
    for extra in (_guillemets(text, paragraphs, idx), dash_dialogue(text, paragraphs, idx), chat):
        segs = sorted(segs + _outside(extra, segs), key=lambda s: s.start)
    em = italic_thoughts(text, paragraphs, emphasis)
    segs = sorted(segs + _outside(em, segs), key=lambda s: s.start)
    segs = sorted(segs + set_off_letters(text, paragraphs, idx, segs), key=lambda s: s.start)
    return _drop_overlaps(segs)


def _drop_overlaps(segs: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for s in segs:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out
