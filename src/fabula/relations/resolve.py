"""Who a token refers to: the narrator, a quote's speaker or addressee, or a cast character.

Relationship cues are read off the dependency parse, so their participants arrive as tokens
("my" in "my fiancé", "we" in "we broke up", "him" in "get him back"). Person deixis depends on
where the token stands: inside a quote "I" is the speaker and "you" the addressee; in first-person
narration "I" is the narrator. Names and third-person pronouns go through the cast's mention index
(its coreference), with a nearest-compatible-antecedent fallback when the cast left a pronoun
unresolved.
"""

from __future__ import annotations

import bisect
import re

from fabula.relations.lexicon import (
    ADDRESS_GRANDPARENT,
    ADDRESS_PARENT,
    HEAD_TITLES,
    HEAD_VERBS,
    KIN_NAMES,
    NOUN_GENDER,
    REL_NOUNS,
)
from fabula.relations.upstream import FIRST_PL, FIRST_SG, SECOND, THIRD_F, THIRD_M, THIRD_N, StoryView

PRONOUNS = FIRST_SG | FIRST_PL | SECOND | THIRD_M | THIRD_F | THIRD_N


NAMING_VERBS = {"name", "call"}


def named_by(noun, depth: int = 0):
    """The proper name a common noun is given in its own phrase, or None: an apposed or compounded
    name ("my sister Juno"), a name after "named"/"called" ("a girl called Tamsin Reyes"), or the name
    of an apposed noun ("Her late husband, my grandfather Albert"; "a brisk young man named Theo")."""
    for c in noun.children:
        if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN":
            return c
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == noun.i + 2 and noun.doc[noun.i + 1].text == ",":
            return c  # "Mia has a new boyfriend, Leo." (the small parser's npadvmod for the apposition)
        if c.dep_ == "conj" and c.pos_ == "PROPN" and noun.tag_ == "NNS" and c.i > noun.i + 1 \
                and noun.doc[c.i - 1].text in (",", ":"):
            return c  # "two children, Mia and Leo" (parsed as a coordination)
        if c.dep_ == "conj" and c.pos_ == "PROPN" and noun.tag_ == "NN" and c.i == noun.i + 2 \
                and noun.doc[noun.i + 1].text == "," and c.i + 1 < len(noun.doc) \
                and noun.doc[c.i + 1].text in (",", ".", ";") \
                and any((d.dep_ == "det" and d.lower_ in ("a", "an")) or (
                    d.dep_ == "poss" and d.lower_ in ("my", "his", "her", "our", "their", "your")
                    and noun.lower_ in REL_NOUNS and REL_NOUNS[noun.lower_][0] == "family") for d in noun.children):
            # "had a daughter, Odette, and then, years later, a divorce", "we sat with my mam, Nessa, and
            # with the priest": the list makes the name a conjunct; a name set off by commas right after "a
            # daughter" or a possessed kin noun is hers
            return c
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ in NAMING_VERBS:
        for o in noun.head.children:  # "Leo's daughter is called Mia"
            if o.dep_ in ("oprd", "attr", "xcomp") and o.pos_ == "PROPN":
                return o
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and noun.dep_ in ("nsubj", "nsubjpass") and nxt.dep_ == noun.dep_ \
            and nxt.head.i == noun.head.i:
        # "My grandfather Tom died in 2010": the small parser makes both words subjects of the verb
        return nxt
    if nxt is not None and nxt.pos_ == "PROPN" and noun.dep_ == "compound" and nxt.dep_ == "compound" \
            and nxt.head.i == noun.head.i and any(c.dep_ == "poss" for c in noun.children):
        # "Hannah's brother Ed rings from home": the small parser took "rings" for a noun and made both
        # words its compounds; a possessed kin noun and the name right after it are one phrase
        return nxt
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "Harriet's aunt, Mrs. Crane, with whom she had lived ..., pronounced": the same two subjects
        # with the apposition's comma and title between them
        for t in noun.doc[noun.i + 2:noun.i + 6]:
            if t.pos_ == "PROPN" and t.dep_ == noun.dep_ and t.head.i == noun.head.i:
                between = noun.doc[noun.i + 1:t.i]
                if between[0].text == "," and all(b.text == "," or (b.dep_ == "compound" and b.head.i == t.i)
                                                  for b in between):
                    return t
                break
            if not (t.text == "," or t.dep_ == "compound"):
                break
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i >= 2:
        # "Tom, Mia's husband of ten years, smiled": the parser hangs the name on the verb (npadvmod) and
        # makes the apposed noun phrase the subject; a name, a comma, the phrase and a closing comma
        t = noun.doc[noun.left_edge.i - 2]
        close = noun.right_edge.i + 1
        if t.pos_ == "PROPN" and noun.doc[t.i + 1].text == "," and t.head.i == noun.head.i \
                and t.dep_ in ("npadvmod", "nsubj", "dep") and close < len(noun.doc) and noun.doc[close].text == ",":
            return t
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS:
            for o in c.children:
                if o.dep_ in ("oprd", "attr", "dobj", "xcomp") and o.pos_ == "PROPN":
                    return o
        if c.dep_ == "appos" and c.pos_ == "NOUN" and depth < 2:
            inner = named_by(c, depth + 1)
            if inner is not None:
                return inner
    return None


# parents and grandparents hailed by their kin word ("We split up, Nan.")
KIN_HAIL_WORDS = ADDRESS_PARENT | ADDRESS_GRANDPARENT | {k for k, v in KIN_NAMES.items() if v in ("parent", "grandparent")}



# Ranks and offices a name may carry ("Captain Voss", "Dr. Okafor") that the story then uses alone, with
# "the", for the one person who holds them ("the captain's wife", "the doctor said")
OFFICE_TITLES = {"captain", "doctor", "professor", "coach", "chef", "sergeant", "inspector", "constable", "colonel",
                 "major", "admiral", "commander", "lieutenant", "reverend", "vicar", "judge", "matron", "governor",
                 "skipper", "headmaster", "headmistress", "superintendent"}
TITLE_ABBREV = {"dr": "doctor", "capt": "captain", "prof": "professor", "sgt": "sergeant", "insp": "inspector",
                "col": "colonel", "lt": "lieutenant", "cmdr": "commander", "rev": "reverend", "supt": "superintendent"}


# the plain head nouns of an identifying relative ("she was the one who ...", "the person who ... was Ilse")
CLEFT_HEADS = {"one", "person", "woman", "man"}


def cleft_name(ante):
    """The person a copula identifies with a plain relative head: "she was the one who taught me" (the
    copula's subject), "the person who hired me was Ilse Berg" (its attribute); None otherwise."""
    if ante.lemma_.lower() not in CLEFT_HEADS or ante.head.lemma_ != "be" or ante.head is ante:
        return None
    want = {"attr": ("nsubj",), "nsubj": ("attr",)}.get(ante.dep_)
    if not want:
        return None
    cop = ante.head
    other = [c for c in cop.children if c.dep_ in want and c.i != ante.i]
    if not other and want == ("nsubj",) and cop.dep_ == "conj" and cop.head is not cop:
        other = [c for c in cop.head.children if c.dep_ == "nsubj"]  # "Ilse runs it and is the one who ..."
    if len(other) == 1 and (other[0].pos_ == "PROPN" or other[0].lower_ in ("he", "she", "i", "you")):
        return other[0]
    return None


# verbs and states whose "we" subject is a couple (Resolver._romantic_we)
ROMANTIC_WE_VERBS = {"marry", "wed", "elope", "engage", "divorce", "separate", "date", "court"}
ROMANTIC_WE_STATES = {"married", "engaged", "wed", "divorced", "together", "separated"}
# verbs whose "we" subject is a couple parting (Resolver._parting_we; "broke up", "split up" by particle)
PARTING_WE_VERBS = {"divorce", "separate", "split"}

# Acts of a role besides heading a place (lexicon.HEAD_VERBS): what tells a newcomer named after "her boss",
# "his agent", "her teacher" as that person (Resolver._told_as_role, review of session 28)
_ROLE_ACTS = {"own", "employ", "hire", "represent", "teach", "train", "coach", "tutor"}


# verbs whose object may be an indirect question ("told her who had left, and who had died")
QUESTION_VERBS = {"tell", "ask", "know", "wonder", "say", "remember", "recall", "list", "explain", "show", "learn",
                  "find", "guess", "see", "hear", "record", "note", "forget", "name", "recite", "count"}


class Resolver:
    def __init__(self, view: StoryView):
        self.view = view
        # couples the story has shown so far (filled by the cue finder as it reads), so that "they"
        # after "he was going out with Shona" can mean that couple rather than whoever was named last
        self.couples: set[frozenset] = set()
        self.partner: dict[str, str] = {}  # each person's latest partner in a couple
        self.exes: dict[str, str] = {}  # each person's latest former partner ("my ex-wife" later on)
        self.dead: set[str] = set()  # those whose death the cues have told so far
        self.recency = True
        self.last_couple: tuple[frozenset, int] | None = None  # the couple told most recently, and where
        self.last_met: tuple[frozenset, int] | None = None  # the pair whose meeting was told last, and where
        # pairs introduced in speech ('"Ilse, this is Tomas"') and where, read before the other cues
        self.introduced: list[tuple[frozenset, int]] = []
        # kin nouns ("my grandmother") bound to the one person the story's cues give that role, from a
        # first reading (CueFinder.kin_bindings): token index -> character id
        self.bound: dict[int, list[str]] = {}
        # a stretch where "we" is the speaker and someone the story names but the cast does not know
        # ("Marcus is my ex-husband. We were married for six years."): set by the cue finder
        self.we_unknown: tuple[int, int] = (0, 0)
        # tokens being resolved right now: the rules call one another ("their" -> the coordinated
        # subjects -> a possessive among them -> "their"), and a parse can close that circle
        self._resolving: set[int] = set()

    def titled(self, word: str) -> str | None:
        """The one character whose name carries the rank or office ``word`` ("Captain Sunniva Ek",
        "Dr. Okafor", "Coach Reyes"), so that "the captain" names her; None when none or several do."""
        word = TITLE_ABBREV.get(word, word)
        if word not in OFFICE_TITLES:
            return None
        found = set()
        for cid, ch in self.view.chars.items():
            for n in (ch.name, *ch.aliases):
                w = n.split()
                if len(w) > 1 and TITLE_ABBREV.get(w[0].lower().rstrip("."), w[0].lower().rstrip(".")) == word:
                    found.add(cid)
        return found.pop() if len(found) == 1 else None

    def speaker_or_narrator(self, offset: int) -> str | None:
        q = self.view.quote_at(offset)
        if q is not None and q.kind != "thought":
            return q.speaker
        if q is not None and q.kind == "thought":
            return q.speaker or self.view.narrator_at(offset)
        return self.view.narrator_at(offset)

    def addressee(self, offset: int) -> str | None:
        q = self.view.quote_at(offset)
        if q is None:
            return None
        if q.addressees:
            return q.addressees[0]
        # no addressee given: the nearest earlier quote by someone else in the same scene
        sc = self.view.scene_at(offset)
        i = bisect.bisect_left(self.view._quote_starts, q.span[0]) - 1
        while i >= 0:
            other = self.view.quotes[i]
            if other.span[0] < sc.span[0] or q.span[0] - other.span[0] > 5000:
                break
            if other.speaker and other.speaker != q.speaker:
                return other.speaker
            i -= 1
        return None

    def _clause_subject(self, t) -> set[str]:
        """Who the named subject of ``t``'s clause is, when ``t`` is not that subject: "Sami had coached
        us both" — an object pronoun (not a reflexive) never takes in its own verb's subject."""
        if t.dep_ in ("nsubj", "nsubjpass"):
            return set()
        v = t.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
        return set(self.one(subj[0])) if subj and subj[0].i != t.i else set()

    def partner_of(self, cid: str | None, offset: int, exclude: set | None = None, tok=None) -> str | None:
        """The other half of a 'we' whose one member is ``cid``: the addressee in a quote, else the
        nearest other character mentioned before (not one in ``exclude``)."""
        exclude = exclude or set()
        q = self.view.quote_at(offset)
        if q is not None and q.kind != "thought":
            # "This is Nell — we've been seeing each other": someone the speaker has just named in the
            # same speech (not a listener hailed by name) is the other half
            hailed = set(q.addressees) | {self.addressee(offset)}
            text = self.view.text
            said = q.kind == "speech" and not q.letter
            # (in speech, a listener the dialogue layer gave counts when the line names them inside a
            # sentence, "I came with Evander. We've shared a flat since Easter", not when it calls them out; a
            # name owning another's noun, "Mirela's nephew" (not "Evander'll"), or in the narration between the pieces is no
            # other half)
            named = [c for s, e, c in self.view.mentions_in((q.span[0], offset))
                     if e <= offset and c != cid and c != q.speaker and text[s:e].lower() not in PRONOUNS
                     and (c not in hailed or (said and not self._called_out(q, s, e)))
                     and (not said or (self.view.quote_at(s) is q and not re.match(r"['\u2019](?:s\b|(?![a-z]))", text[e:e + 3])))]
            if named:
                return named[-1]
        if q is None and tok is not None:
            # narration: "Ade had only met Gran twice. We had been together since February": the person
            # the paragraph's last sentences are about (their one third-person subject), not the partner
            # told before
            same = self._conjoined_subject(tok, cid, exclude)
            had = self._told_partner(cid) if same else None
            if same and (self._romantic_we(tok) or (tok.head.dep_ == "aux" and tok.head.head.lemma_ in ROMANTIC_WE_VERBS)) \
                    and (had is None or had == same or had in self.dead or self.exes.get(cid) == had
                         or frozenset((cid, same)) in self.couples):
                # "He dug my beds over for me, and then he asked me to the pictures, and soon we were courting": a
                # couple's "we" joined by "and" to what one person just did with the teller is that person,
                # not a partner told before (a husband dead these five years); but not over a living partner
                # the teller has (just said yes to), unless the story has paired the two already ("Ivo walked me
                # up the aisle, and he gave me away, and we were married": the father, not the groom)
                return same
            near = self._paragraph_subject(tok, cid, exclude)
            told = self._told_partner(cid)
            if near and told and told != near and told not in exclude and self._romantic_we(tok) \
                    and frozenset((cid, near)) not in self.couples and self.exes.get(cid) != near \
                    and not (self.last_met is not None and self.last_met[0] == frozenset((cid, near))):
                # "Tilde kissed me at the fair, and her father saw ... He said nothing to me for a month. We
                # were married in May": a wedding, engagement or break-up told with "we" is the narrator and
                # the one the story has paired them with, not the paragraph's subject who is no partner
                return told
            if near:
                return near
            other = None if told and self._romantic_we(tok) else self._exchange_partner(tok, cid, exclude)
            if other:
                return other
        if cid in self.partner:
            # "We were married, you know," to her sisters: the speaker's partner, not the listener
            return self.partner[cid]
        if q is not None and q.kind != "thought":
            a = self.addressee(offset)
            if a and a != cid:
                if self._hailed_as_kin(q):
                    # "We split up, Nan.": one tells a grandmother or a mother what "we" did with someone
                    # else; she is not the other half, and nobody nearer is known
                    return None
                if tok is not None and self._parting_we(tok):
                    # "We broke up. He's allowed," to a friend: one tells a break-up to someone else, not
                    # to the one they broke up with; with no partner told, the other half is unknown
                    return None
                return a
        for _, _, other in self.view.mentions_before(offset):
            if other != cid and other != self.view.narrator_at(offset) and other not in exclude:
                return other
        return None

    def _talked_about(self, q, offset: int) -> bool:
        """Is the one listener of speech ``q`` only talked about in it: the line names them before ``offset``
        and never says "you"? '"Rolf Tamm? I heard he moved in with Liesl."' is about Rolf; the dialogue
        layer lists a name said in a line among its listeners, and someone spoken to would be "you"."""
        if q.kind != "speech" or q.letter:
            return False
        text = self.view.text
        if any(re.search(r"\b(?:you|your|yours|yourself|ya|y'all)\b", text[ps:pe], re.I) for ps, pe in q.pieces):
            return False
        return any(c == q.addressees[0] and e <= offset and text[s:e].lower() not in PRONOUNS
                   and self.view.quote_at(s) is q for s, e, c in self.view.mentions_in((q.span[0], offset)))

    def _called_out(self, q, s: int, e: int) -> bool:
        """Does the name at [s, e) in quote ``q`` stand alone as a call ("Mirela. I came with Evander.", "Evander,
        listen"), rather than inside a sentence ("I came with Evander", "There goes Evander")? The dialogue layer lists
        names mentioned in a line among its listeners; only a name called out is one."""
        text = self.view.text
        piece = next(((ps, pe) for ps, pe in q.pieces if ps <= s < pe), None)
        if piece is None:
            return True
        before = text[piece[0]:s].rstrip()
        after = text[e:piece[1]].lstrip()
        called = not before or before[-1] in ",.!?;:\u2014-\"\u201c" or bool(
            re.search(r"\b(?:[Dd]ear|[Dd]earest|[Hh]i|[Hh]ello|[Hh]ey|[Oo]h)$", before))  # ("Dearest Wilma,")
        return called and (not after or after[0] in ",.!?;:\u2014-")

    def _exchange_partner(self, tok, cid: str | None, exclude: set) -> str | None:
        """'"You were meant to be on my side." "I am." "Then go and sit with him." ¶ We didn't speak for
        days': a narrated "we" in the first sentence of the paragraph right after an exchange of lines
        between the narrator and one other person is those two, not the narrator's partner told before."""
        if cid is None:
            return None
        text = self.view.text
        para = text.rfind("\n", 0, tok.idx) + 1
        if tok.sent.start_char > para:
            return None
        i = bisect.bisect_left(self.view._quote_starts, tok.idx) - 1
        speakers: list[str | None] = []
        last_end = None
        while i >= 0 and len(speakers) < 4:
            q = self.view.quotes[i]
            i -= 1
            if q.kind == "thought" or " " not in text[q.span[0]:q.span[1]].strip():
                continue  # (a word in quote marks, "Papa", is no line of an exchange)
            if last_end is None:
                last_end = q.span[1]
            if tok.idx - q.span[1] > 1500:
                break
            speakers.append(q.speaker)
            if q.speaker == cid and any(x and x != cid for x in speakers):
                break  # back to the narrator's own last line after someone else's
        if last_end is None or not speakers:
            return None
        nxt = text.find("\n", last_end)
        if nxt < 0 or text[nxt:para].strip():
            return None  # the lines' paragraph is not the one just before
        sc = self.view.scene_at(tok.idx)
        if last_end < sc.span[0]:
            return None
        others = {x for x in speakers if x and x != cid}
        if cid in speakers and len(others) == 1:
            x = others.pop()
            return x if x not in exclude else None
        return None

    def _exchange_pair(self, t, exclude: set) -> list[str]:
        """'"You took it." "I never did," said Una. ¶ They did not speak for a week': a narrated "they"
        opening the paragraph right after lines spoken by exactly two people (the last four lines) is
        those two."""
        if t.lower_ != "they" or t.dep_ not in ("nsubj", "nsubjpass") or self.view.quote_at(t.idx) is not None:
            return []
        text = self.view.text
        para = text.rfind("\n", 0, t.idx) + 1
        if t.sent.start_char > para:
            return []
        i = bisect.bisect_left(self.view._quote_starts, t.idx) - 1
        speakers: list[str | None] = []
        last_end = None
        while i >= 0 and len(speakers) < 4:
            q = self.view.quotes[i]
            i -= 1
            if q.kind == "thought" or " " not in text[q.span[0]:q.span[1]].strip():
                continue
            if last_end is None:
                last_end = q.span[1]
            if t.idx - q.span[1] > 1500:
                break
            speakers.append(q.speaker)
        if last_end is None or last_end < self.view.scene_at(t.idx).span[0]:
            return []
        nxt = text.find("\n", last_end)
        if nxt < 0 or text[nxt:para].strip():
            return []
        who = list(dict.fromkeys(x for x in speakers if x))
        if len(who) == 2 and None not in speakers and not set(who) & exclude:
            return sorted(who)
        return []

    def _told_partner(self, cid: str | None) -> str | None:
        """The one the story has last paired ``cid`` with: a partner told, else the other half of the
        couple told most recently when ``cid`` is in it."""
        if cid is None:
            return None
        if cid in self.partner:
            return self.partner[cid]
        if self.last_couple is not None and cid in self.last_couple[0]:
            rest = [x for x in self.last_couple[0] if x != cid]
            return rest[0] if rest else None
        return None

    @staticmethod
    def _romantic_we(tok) -> bool:
        """A "we" that is the subject of a marrying, engagement, courting or parting verb."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        v = tok.head
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whether", "if") for c in v.children):
            return False  # "wondered when we would be married": a question, not the telling
        if v.lemma_ in ROMANTIC_WE_VERBS:
            return True
        return v.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and (c.lemma_ in ROMANTIC_WE_VERBS or c.lower_
                                                                         in ROMANTIC_WE_STATES) for c in v.children)

    @staticmethod
    def _parting_we(tok) -> bool:
        """A "we" that is the subject of a parting verb: "we broke up", "we split", "we broke it off",
        "we separated", "we divorced"."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        v = tok.head
        if v.lemma_ in PARTING_WE_VERBS:
            return True
        return v.lemma_ in ("break", "split") and any(c.dep_ == "prt" and c.lower_ in ("up", "off")
                                                       for c in v.children)

    @staticmethod
    def _held_since(tok) -> bool:
        """"they had been close since school": a state told as held from before (a past perfect or a
        "since"), not one that begins now."""
        v = tok.head
        return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children) or \
            any(x.lower_ == "since" for x in tok.sent)

    def _conjoined_subject(self, tok, cid: str | None, exclude: set) -> str | None:
        """The one person (not ``cid``) who is the he/she/named subject of a clause that ``tok``'s clause is
        joined to by "and" in the same sentence, before it: "he asked me out, and soon we were courting"."""
        v = tok.head
        if v.dep_ == "aux" and v.head is not v:
            v = v.head  # ("and soon we were courting": the parser may hang "we" on the auxiliary)
        if tok.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "conj":
            return None
        h = v.head
        for _ in range(4):
            subs = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
            if subs:
                s0 = subs[0]
                if s0.conjuncts or not (s0.pos_ == "PROPN" or s0.lower_ in THIRD_M | THIRD_F):
                    return None
                who = [w for w in self.one(s0) if w]
                return who[0] if len(who) == 1 and who[0] != cid and who[0] not in exclude else None
            if h.dep_ != "conj" or h.head is h:
                return None
            h = h.head
        return None

    def _paragraph_subject(self, tok, cid: str | None, exclude: set) -> str | None:
        """The one person (not ``cid``) who is the subject of the nearest earlier sentence of ``tok``'s
        paragraph that has a third-person subject (a name, "he" or "she"), looking back three sentences."""
        doc = tok.doc
        text = self.view.text
        para = text.rfind("\n", 0, tok.idx) + 1
        sent = tok.sent
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            if sent.start_char < para:
                return None
            subs = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(subs) != 1 or subs[0].conjuncts:
                continue
            s0 = subs[0]
            if s0.pos_ == "NOUN" and sent.root.lemma_ == "be":
                # "Her mother is Marit. We married in 1979": a copula that names the subject is about
                # the one it names
                attr = [c for c in sent.root.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
                if attr:
                    s0 = attr[0]
            if not (s0.pos_ == "PROPN" or s0.lower_ in THIRD_M | THIRD_F) or s0.lower_ in ("it", "they"):
                continue
            who = [w for w in self.one(s0) if w]
            if len(who) == 1 and who[0] != cid and who[0] not in exclude:
                return who[0]
            return None
        return None

    def _hailed_as_kin(self, q) -> bool:
        """The quote hails its listener by a parent or grandparent word ("..., Nan." / "Mum, ...")."""
        words = KIN_HAIL_WORDS
        for s, e in q.pieces:
            text = self.view.text[s:e].strip(" \"'\u201c\u201d")
            # ", Nan." / ", Mum!" anywhere, or "Mum," opening the line
            if any(m.group(1).lower() in words for m in re.finditer(r",\s*(\w+)\s*(?:[.!?,]|$)", text)):
                return True
            m = re.match(r"\s*(\w+)\s*,", text)
            if m and m.group(1).lower() in words:
                return True
        return False

    def tokens(self, tok) -> list[str]:
        """Character ids for a token, following coordination ("Eli and I")."""
        out: list[str] = []
        for t in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]:
            for cid in self.one(t):
                if cid and cid not in out:
                    out.append(cid)
        return out

    def _parallel_subject(self, t, want: str | None) -> str | None:
        """"Rosa is twenty-three and the best cook Marguerite has hired, and she has been in love with
        Dev since": the subject pronoun of a clause joined by "and" to one whose subject is a name is
        that name (subjects run on across a coordination), whoever else the first clause mentions, as
        long as the name's sex fits. Only he/she, only a named first subject."""
        if want is None or t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "conj":
            return None
        first = t.head.head
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children) and not any(
                c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            return None
        subj = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
        if not subj or subj[0].conjuncts:
            return None
        left = min([subj[0].idx] + [c.idx for c in subj[0].children if c.dep_ == "compound"])
        cid = self.view.mention_at((left, subj[0].idx + len(subj[0])))
        if cid and self.view.gender(cid) in (want, "unknown"):
            return cid
        return None

    def _relative_host(self, t, want: str | None) -> str | None:
        """Session 28: "He had brought Lorcan, whom he had been seeing since March", "Maud met Ilse, whom she
        had known at school": a he/she subject of a relative clause whose relative pronoun is its object is
        the subject of the clause the relative hangs from, when that subject is of the pronoun's sex and is
        not the relative's antecedent (the cast often links such a pronoun to someone further back)."""
        if want is None or t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "relcl":
            return None
        rel = t.head
        if not any(c.lower_ in ("who", "whom", "that") and c.dep_ in ("dobj", "pobj") for c in rel.subtree
                   if c.i < t.i):
            return None
        ante = rel.head
        verb = ante.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < ante.i and not c.conjuncts
                and (c.pos_ == "PROPN" or c.lower_ in ("he", "she"))]
        if not subj:
            return None
        ids = self.one(subj[0])
        if len(ids) != 1 or ids[0] in self.one(ante) or self.view.gender(ids[0]) not in (want, "unknown"):
            return None
        return ids[0]

    def one(self, t) -> list[str]:
        """Character ids a token stands for. A token already being resolved further up the call chain
        stands for no one: a parse can make the rules ask about it again ("Uncle Ulf and Aunt Ula split,
        and their son ...": "their" asks for the coordinated subjects, whose phrase asks for "their")."""
        if t.i in self._resolving:
            return []
        self._resolving.add(t.i)
        try:
            return self._one(t)
        finally:
            self._resolving.discard(t.i)

    @staticmethod
    def _indirect_question(clause, verb) -> bool:
        """Session 29 review: "told Nell who had left" -- a "who" clause right after a name or pronoun that is the
        object of a verb of telling or asking is an indirect question, not a relative ("knew a man who mended
        nets" stays a relative)."""
        if verb.lemma_ not in QUESTION_VERBS or clause.i < verb.i:
            return False
        who = [c for c in clause.children if c.lower_ == "who"]
        return bool(who) and clause.head.pos_ in ("PROPN", "PRON") and who[0].i >= 1 \
            and clause.doc[who[0].i - 1].text != ","

    def _one(self, t) -> list[str]:
        low = t.lower_
        rel = t.head
        if low in ("who", "that") and t.dep_ in ("nsubj", "nsubjpass") and rel.dep_ == "conj" \
                and rel.head.dep_ == "relcl":
            rel = rel.head  # "Desmond, who is ninety and who taught me": the first relative's antecedent
        elif low == "who" and t.dep_ in ("nsubj", "nsubjpass") and rel.dep_ == "conj" and t.i >= 1 \
                and t.doc[t.i - 1].lower_ == "and":
            # session 29: "Bertil had been a gruff man who mended nets, and who had drowned at forty": the parser may join the
            # second relative clause to the main verb; it continues the relative clause before it
            firsts = [x for x in t.sent if x.dep_ == "relcl" and x.i < t.i
                      and any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in x.children)]
            if firsts and not any(x.lower_ == "who" for x in t.doc[firsts[-1].i + 1:t.i]) \
                    and not self._indirect_question(firsts[-1], rel.head):
                rel = firsts[-1]  # (not "could tell you who had wed, and who had died": questions, no relatives)
        if low in ("who", "whom", "that") and rel.dep_ == "relcl" and rel.head is not rel:
            ante = rel.head
            of = ante.head
            if ante.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" and of.head.pos_ == "PROPN" \
                    and of.i >= 1 and t.doc[of.i - 1].text == "," and ante.i + 1 < len(t.doc) and t.doc[ante.i + 1].text == ",":
                ante = of.head  # session 29: "Mr. Aldous Pim, of Yarrowby, whom she wrote to": the man, not his seat
            elif ante.dep_ == "attr" and ante.pos_ == "NOUN" and ante.head.lemma_ == "be" and cleft_name(ante) is None:
                subj = [c for c in ante.head.children if c.dep_ == "nsubj" and (
                    c.pos_ == "PROPN" or c.lower_ in ("he", "she"))]
                if subj:
                    ante = subj[0]  # session 29: "Bertil was a gruff man who mended nets": Bertil
            named = cleft_name(ante)
            if named is not None:
                return self.one(named)  # "she was the one who taught me", "the person who hired me was Ilse"
            top, hops = ante, 0
            while top.dep_ == "appos" and top.pos_ == "NOUN" and top.head is not top and hops < 4:
                top, hops = top.head, hops + 1
            if hops and top.pos_ == "PROPN":
                ante = top  # "Tomas, the kitchen porter, who was Ines's son": the name, not the role
            elif hops and top.pos_ == "NOUN" and top.dep_ == "pobj" and top.head.dep_ == "prep" \
                    and self.view.mention_at((top.idx, top.idx + len(top))) is None:
                # "Priya jogged past on her cool-down lap, the Westfield anchor, the girl who'd beaten me":
                # the parser hung the appositions on the last noun, a thing; they describe the clause's
                # named subject
                subj = [c for c in top.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
                if subj and not subj[0].conjuncts:
                    ante = subj[0]
            return self.one(ante)  # "Dee, who has been my best mate": the relative's antecedent
        if low == "that" and t.dep_ == "nsubj" and rel.dep_ == "ccomp" and rel.head.lemma_ == "be" \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in rel.head.children):
            named = [c for c in rel.head.children if c.dep_ == "attr" and c.pos_ == "PROPN" and c.i < t.i]
            if named:
                return self.one(named[0])  # "it was Ifor that trained us": the cleft's name (parsed as a ccomp)
        if low == "whose" and t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and t.head.head.dep_ == "relcl" and t.head.head.head is not t.head.head:
            return self.one(t.head.head.head)  # session 29: "Bertil, whose ankle was sprained": the relative's antecedent
        if low in ("who", "whom", "that") and t.dep_ == "pobj" and t.head.dep_ == "prep" \
                and t.head.head.dep_ == "relcl":
            return self.one(t.head.head.head)  # "Rory, who I had gone out with": the same, via the preposition
        if t.lemma_ == "us" and low == "'s":
            low = "us"
        if low in FIRST_SG and t.pos_ == "PRON":
            who = self.speaker_or_narrator(t.idx)
            return [who] if who else []
        if low in FIRST_PL and t.pos_ == "PRON":
            who = self.speaker_or_narrator(t.idx)
            if not who:
                return []
            if self.we_unknown[0] <= t.idx < self.we_unknown[1]:
                return [who]
            other = self.partner_of(who, t.idx, self._clause_subject(t) if low in ("us", "our") else None, tok=t)
            return [who, other] if other else [who]
        if low in SECOND and t.pos_ == "PRON":
            if self.view.quote_at(t.idx) is None:
                return []
            a = self.addressee(t.idx)
            return [a] if a else []
        span = (t.idx, t.idx + len(t))
        if t.pos_ == "PRON" and low in THIRD_M | THIRD_F | THIRD_N:
            cid = self.view.mention_at(span)
            want = "he" if low in THIRD_M else "she" if low in THIRD_F else None
            if cid and want and self.view.gender(cid) not in (want, "unknown"):
                # the cast linked "her" to a man: the nearest fitting antecedent, else its link after all
                # (the cast's guessed gender may be what is wrong)
                return self._antecedent(t) or [cid]
            parallel = self._parallel_subject(t, want)
            if parallel and parallel != cid:
                return [parallel]
            host = self._relative_host(t, want)
            if host and host != cid:
                return [host]
            q = self.view.quote_at(t.idx)
            if cid and q is not None and q.kind != "thought" and cid == q.speaker and low not in THIRD_N:
                # "He's been seeing Dani," Theo says: the speaker would say "I", so "he" is someone else
                return self._antecedent(t)
            if q is not None and q.kind != "thought" and len(q.addressees) == 1 and cid in (None, q.addressees[0]) \
                    and low not in THIRD_N and not self._talked_about(q, t.idx):
                # in speech, not the one spoken to, who would be "you" ('"Asked her on the pier," Grandad
                # told Maya' is not Maya)
                return self._antecedent(t, exclude={q.addressees[0]})
            if cid and want and self._couple_with_subject(t, cid):
                return [cid]  # "Tobias flew to Berlin ... He asked her on the bridge": his partner
            if want and q is None and t.dep_ in ("dobj", "pobj", "dative"):
                only = self._paragraph_only(t, want)
                if only:
                    return [only]  # "Evander sat down on the step. Teodora took a blanket out to him"
            if want and t.dep_ == "poss":
                rel = self._relative_owner(t, want)
                if rel:
                    return [rel]
            if want and t.dep_ == "poss":
                prev = self._previous_subject(t, want)
                if prev:
                    return [prev]  # (also where it confirms the cast's link: no stale-link repair then)
            if cid and want and self.recency:
                near = self._stale_link(t, cid, want)
                if near:
                    return [near]
            if cid and not (low in THIRD_N and t.morph.get("Number") != ["Sing"]):
                return [cid]
            if low in THIRD_N:
                return self._group(t)
            return [cid] if cid else self._antecedent(t)
        if t.i in self.bound:
            return list(self.bound[t.i])
        if t.pos_ in ("PROPN", "NOUN"):
            # a name: the whole flat name (compound children) is one mention
            left = min([t.idx] + [c.idx for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
            cid = self.view.mention_at((left, span[1]))
            poss = [c for c in t.children if c.dep_ == "poss"]
            if t.pos_ == "NOUN" and poss and low in REL_NOUNS:
                # "my sister": not the possessor herself; else her name in the phrase ("Ilse's husband,
                # Konrad"), else the nearest fitting antecedent
                owners = self.one(poss[0])
                if cid in owners:
                    cid = None
                name = named_by(t) if cid is None else None
                if name is not None:
                    return [i for i in self.one(name) if i not in owners]
                if cid is None and REL_NOUNS[low][0] == "romantic" and owners:
                    # "he's marrying my ex-wife", "ask your husband": the partner (or former partner) the
                    # story has already given the owner, before any nearest-name guess
                    was = low.startswith("ex") or (t.i >= 2 and t.doc[t.i - 1].text == "-"
                                                   and t.doc[t.i - 2].lower_ == "ex")
                    known = (self.exes if was else self.partner).get(owners[0])
                    if known and known not in owners:
                        return [known]
                if cid is None and not any(c.dep_ in ("appos", "compound") for c in t.children) \
                        and REL_NOUNS[low][0] != "family":  # "My mother died in March": no nearest-name guess
                    cid = (REL_NOUNS[low][0] == "professional" and self._named_next(t, owners)) or self.antecedent(
                        t.idx, NOUN_GENDER.get(low), self.excluded(t.idx) | set(owners))
            if cid is None and t.pos_ == "PROPN":
                cid = self.view.by_name(t.text)
            if cid is None and t.pos_ == "NOUN":
                # "my sister Juno", "a girl called Tamsin", "my grandfather Albert": the noun's name
                name = named_by(t)
                if name is not None:
                    return self.one(name)
                # "The woman who raised me was Winifred Bell": a copula names the noun
                if t.dep_ == "nsubj" and t.head.lemma_ == "be":
                    for c in t.head.children:
                        if c.dep_ in ("attr", "acomp") and (c.pos_ == "PROPN" or c.text[:1].isupper()):
                            return self.one(c)
                if cid is None and any(c.lower_ == "the" for c in t.children) and not any(
                        c.dep_ in ("amod", "compound", "poss") for c in t.children):
                    cid = self.titled(t.lemma_.lower())  # "the captain's wife": Captain Sunniva Ek's
            return [cid] if cid else []
        if low in ("one", "someone", "somebody") and t.pos_ in ("NUM", "PRON"):
            # "married to one of the mechanics, a quiet Scot called Hamish": the phrase's own name
            name = named_by(t)
            inner = named_by(name) if name is not None else None  # ("a quiet Scot called Hamish": Hamish)
            return self.one(inner) if inner is not None else self.one(name) if name is not None else []
        if t.text[:1].isupper() and t.pos_ in ("ADJ", "X", "INTJ", "VERB") and t.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "acomp"):
            # a name the tagger took for something else ("Selim has feelings for Dana"): the cast knows it
            cid = self.view.mention_at(span) or self.view.by_name(t.text)
            return [cid] if cid else []
        return []

    def _named_next(self, t, owners: list[str]) -> str | None:
        """Session 28: "Petra's boss turned up at nine. Mr. Falk owned the print shop on the quay": a role
        noun that is its sentence's subject, with no name of its own, is the person the very next
        sentence of the paragraph names as its subject for the first time in the story (the writer names
        the newcomer right after the role), before any nearest-name guess. (Review: only when that sentence
        tells the person as the role, by a copula or apposition naming it or an act of the role, owning or
        running a place: "Ola, a customer, arrived first" is someone else, and so is "Ola arrived first".)"""
        if t.dep_ not in ("nsubj", "nsubjpass") or t.sent.end >= len(t.doc):
            return None
        cand = t.doc[t.sent.end].sent
        if "\n" in self.view.text[t.sent.end_char:cand.start_char] or self.view.quote_at(t.idx) is not None:
            return None
        first = getattr(self, "_first_seen", None)
        if first is None:
            first = {}
            for s, _, cid in self.view.mentions:
                if cid not in first or s < first[cid]:
                    first[cid] = s
            self._first_seen = first
        for x in cand:
            if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ == "PROPN" and x.head.dep_ == "ROOT":
                ids = self.one(x)
                if len(ids) != 1 or ids[0] in owners or self.view.quote_at(x.idx) is not None \
                        or not self._told_as_role(x, t):
                    return None
                start = first.get(ids[0])
                return ids[0] if start is not None and start >= cand.start_char else None
        return None

    @staticmethod
    def _told_as_role(x, role) -> bool:
        """Whether a sentence tells the person its subject ``x`` names as the role noun ``role`` ("boss"):
        a noun in apposition to the name or after a copula that is the role (or another head of a place,
        or an owner), a copula describing the newcomer ("Mr. Falk was sixty and stooped"), else a verb of
        the role, the name's own or in its relative clause ("owned the print shop", "ran the bar", "said
        Ida Brum, who had represented Kit for years") or the act the role sentence told. A name with an apposition or a predicate noun of
        another role ("Ola, a customer", "Ola was a customer") is someone else."""
        def fits(n) -> bool:
            lem = n.lemma_.lower()
            return lem == role.lemma_.lower() or lem in HEAD_TITLES or lem in ("owner", "proprietor", "landlord",
                                                                              "landlady")
        appos = [c for c in x.children if c.dep_ == "appos"]
        if appos:
            return any(fits(c) for c in appos)
        verb = x.head
        if verb.lemma_ == "be":
            return any((c.dep_ == "attr" and (fits(c) or c.pos_ == "NUM")) or c.dep_ == "acomp" for c in verb.children)
        if verb.lemma_ == role.head.lemma_ and verb.pos_ == "VERB":
            return True  # the act the role was doing, told again of the name ("Her coach was shouting. Ida shouted")
        acts = [verb] + [c for c in x.children if c.dep_ == "relcl"]
        return any(v.lemma_ in HEAD_VERBS or v.lemma_ in _ROLE_ACTS for v in acts)

    def _couple_with_subject(self, t, cid: str) -> bool:
        """An object or possessive he/she ("He asked her", "kissed her", "took her hand") whose clause
        subject is one of a couple the story has already told and whose cast link is the other half:
        that link stands, over the nearer person of that sex the repairs below would pick (Session 23)."""
        if t.dep_ not in ("dobj", "pobj", "dative", "poss"):
            return False
        v = t.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        subj = {i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i
                and (c.pos_ == "PROPN" or c.lower_ in THIRD_M | THIRD_F) for i in self.one(c)}
        return any(frozenset((x, cid)) in self.couples or self.partner.get(x) == cid for x in subj if x != cid)

    def _paragraph_only(self, t, want: str) -> str | None:
        """A narrated object "him"/"her" ("let him", "hugged her", "promised him") whose paragraph has
        named, before it, exactly one person of that sex (by name, the narrator not counted): that
        person, whatever the cast linked the pronoun to. (Tried for subjects and possessives too: both
        lose true states on the tune set, session 18.)"""
        text = self.view.text
        para = text.rfind("\n", 0, t.idx) + 1
        narrator = self.view.narrator_at(t.idx)
        found = set()
        for s, e, cid in self.view.mentions_in((para, t.idx)):
            if e > t.idx or cid == narrator or text[s:e].lower() in PRONOUNS:
                continue
            if self.view.gender(cid) == want:
                found.add(cid)
                if len(found) > 1:
                    return None
        return found.pop() if found else None

    def _relative_owner(self, t, want: str) -> str | None:
        """"Orsolya, who had made Benedetta her closest friend": a "his"/"her" inside a relative clause whose
        subject is "who" (or "that"; also a second relative clause joined by "and who") is the clause's
        antecedent when that is one person of the pronoun's sex and nobody else of that sex is named in
        the clause before the pronoun ("who married Sabine and her sister" is left alone)."""
        v = t.head
        while True:
            small = v.pos_ == "NOUN" and v.i == t.head.i  # "made Benedetta her closest friend" (a small clause)
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and not small:
                break
            if v.head.i == v.i or v.dep_ in ("advcl", "relcl") or (v.dep_ == "ccomp" and not small):
                return None
            v = v.head
        if len(subj) != 1 or subj[0].lower_ not in ("who", "that") or subj[0].i > t.i:
            return None
        rel = subj[0]
        if v.dep_ == "conj" and v.head.dep_ == "relcl":
            # "who came with him, and who had made Benedetta her friend": the first relative's antecedent
            first = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")]
            if not first:
                return None
            rel = first[0]
        elif v.dep_ != "relcl":
            return None
        owner = self.one(rel)
        if len(owner) != 1 or not owner[0] or self.view.gender(owner[0]) != want:
            return None
        for x in t.doc[rel.i + 1:t.i]:
            if x.pos_ == "PROPN" and x.dep_ != "compound" and x.head.i != t.head.i:
                got = self.one(x)
                if got and got[0] != owner[0] and self.view.gender(got[0]) == want:
                    return None
        return owner[0]

    def _previous_subject(self, t, want: str) -> str | None:
        """"Dario Vell taught the choir on Thursdays. His sister Dora played for them": a "his"/"her"
        opening a narrated sentence and owning a kin or partner noun is the named subject of the sentence
        just before it (in the same paragraph, or the last sentence of the previous paragraph, where a
        he/she subject counts too), when that subject is one person of that sex; the cast's link may be to the story's protagonist named
        a line earlier."""
        head = t.head
        if any(not x.is_space for x in t.doc[t.sent.start:t.i]) or head.pos_ != "NOUN" or head.lower_ not in REL_NOUNS \
                or REL_NOUNS[head.lower_][0] not in ("family", "romantic") or self.view.quote_at(t.idx) is not None:
            return None
        k = t.sent.start - 1
        while k >= 0 and t.doc[k].is_space:
            k -= 1
        if k < 0:
            return None
        before = t.doc[k].sent
        k = t.i - 1
        while k >= 0 and t.doc[k].is_space:
            k -= 1
        gap = self.view.text[t.doc[k].idx + len(t.doc[k]):t.idx]
        if gap.count("\n") > 2 or self.view.quote_at(before.start_char) is not None:
            return None
        subj = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or subj[0].conjuncts:
            return None
        if subj[0].pos_ == "PROPN":
            left = min([subj[0].idx] + [c.idx for c in subj[0].children if c.dep_ == "compound"])
            cid = self.view.mention_at((left, subj[0].idx + len(subj[0])))
        elif "\n" in gap and subj[0].lower_ in (THIRD_M if want == "he" else THIRD_F):
            # (a paragraph opening "His brother Tam ...": the one the last paragraph ended on)
            got = self.one(subj[0])
            cid = got[0] if len(got) == 1 else None
        else:
            return None
        if cid and self.view.gender(cid) == want:
            return cid
        return None

    def _stale_link(self, t, cid: str, want: str) -> str | None:
        """A pronoun the cast linked to someone not named in the last stretch of text, while exactly
        one other person of that sex is named there (not the speaker or narrator): "Nell Brannock had
        been engaged to Tomas ... he had fallen for her" is Nell, not the grandmother named a paragraph
        before. None when the link is recent or the stretch is ambiguous."""
        window = 250
        recent = [m for m in self.view.mentions_before(t.idx, window=window)
                  if self.view.text[m[0]:m[1]].lower() not in PRONOUNS]
        if any(c == cid for _, _, c in recent):
            return None
        same = THIRD_M if want == "he" else THIRD_F
        if t.dep_ == "poss" and any(
                x.lower_ in same and x.dep_ in ("nsubj", "nsubjpass") and x.i < t.i and x.head in ancestors
                and self.view.mention_at((x.idx, x.idx + len(x))) == cid
                for ancestors in [set(t.ancestors)] for x in t.sent):
            # "Later she grumbled ... that her nephew Perrin ...": the cast links the subject pronoun of a
            # clause that governs "her" to the same person; "her" runs on from it
            return None
        exclude = {self.speaker_or_narrator(t.idx), cid}
        fits = {c for _, _, c in recent if c not in exclude and self.view.gender(c) == want}
        return next(iter(fits)) if len(fits) == 1 else None

    def excluded(self, offset: int) -> set[str | None]:
        """Who a third-person phrase cannot mean here: the narrator, and a quote's speaker (they
        would say "I")."""
        q = self.view.quote_at(offset)
        narrator = self.view.narrator_at(offset)
        if q is not None and q.kind != "thought":
            # the speaker would say "I"; a first-person narrator is present and would be "you" or
            # "her" only when talked about in front of her (rare). The addressee is not excluded:
            # dialogue layers guess addressees, and a wrong guess would hide the very person meant
            return {q.speaker, narrator}
        return {narrator}

    def _group(self, t) -> list[str]:
        """"they": the two most recently mentioned people (excluding I and you)."""
        exclude = self.excluded(t.idx)
        if t.lower_ == "them":
            exclude = exclude | self._clause_subject(t)  # "Sami had coached them both": not Sami
        if t.dep_ == "poss" and t.head.dep_ == "appos" and t.head.head.pos_ == "PROPN":
            # "Hana, their director, ...": "their" is whoever Hana is director to, never Hana herself
            exclude = exclude | set(self.one(t.head.head))
        # "She and Morwenna had been at school together, and for years they had been close": a
        # coordinated pair earlier in the same sentence is who "they" are
        for x in t.sent:
            if x.i >= t.i:
                break
            if x.dep_ in ("nsubj", "nsubjpass") and x.conjuncts and x.pos_ in ("PROPN", "PRON") \
                    and x.lower_ not in ("they", "we", "them"):
                pair = self.tokens(x)
                if len(pair) == 2:
                    return pair
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == "they":
            # "Hannah was there first and Sam a second behind her, and they worked on him together": the
            # two people the same sentence named as subjects before it, and no one else
            named: list[str] = []
            others = False
            for x in t.sent:
                if x.i >= t.i:
                    break
                if x.pos_ == "PROPN" and not (x.dep_ == "compound" and x.head.pos_ == "PROPN"):
                    ids = [i for i in self.one(x) if i not in exclude]
                    if x.dep_ in ("nsubj", "nsubjpass", "conj", "ROOT", "dep") and x.head.pos_ != "NOUN":
                        named += [i for i in ids if i not in named]
                    elif ids:
                        others = True
            if len(named) == 2 and not others:
                return named
        pair = self._paragraph_pair(t, exclude)
        if pair:
            return pair
        pair = self._exchange_pair(t, exclude)
        if pair:
            return pair
        out: list[str] = []
        narration = self.view.quote_at(t.idx) is None
        for s, e, cid in self.view.mentions_before(t.idx, window=800):
            if self.view.text[e:e + 2] == "'s" and self.view.text[max(0, s - 3):s] in ("at ", "to "):
                continue  # "at Achterberg's": a shop or a house, not the person
            if narration and self.view.quote_at(s) is not None:
                continue  # "since Dad's funeral," said in the scene: named in speech, not there to be "they"
            if self._owner_in_passing(s, e):
                continue  # "Wenna's grandson Tobin was at the gate ... They": Wenna names who Tobin is
            if cid not in exclude and cid not in out:
                out.append(cid)
            if len(out) == 4:
                break
        met = self.last_met
        intro = [x for x in self.introduced if x[1] < t.idx]
        romantic = self._romantic_we(t) or (t.dep_ in ("nsubj", "nsubjpass") and any(
            c.lower_ in ROMANTIC_WE_STATES for c in t.head.children))  # ("they were together": an adverb)
        if intro and (met is None or met[1] < intro[-1][1]) and romantic and not self._held_since(t):
            # (an introduction told after the last meeting the cues have reached, for a couple's "they" told
            # as now, "they were married in June", not "they had been best friends since school")
            met = intro[-1]
        met_last = met is not None and 0 < t.idx - met[1] < 1500 and (
            self.last_couple is None or met[1] > self.last_couple[1])
        if met_last and met[0] & set(out[:1]) and not met[0] & exclude:
            # "Agnes had been engaged to Hugh ... She met Tom that August ... They married the following
            # April": a meeting told after every couple is the pair "they" now means
            return sorted(met[0])
        for i, a in enumerate(out):  # the most recently mentioned couple among the last four people
            for b in out[i + 1:]:
                if frozenset((a, b)) in self.couples:
                    return [a, b]
        if self.last_couple is not None and 0 < t.idx - self.last_couple[1] < 1500 \
                and (self.last_couple[0] & set(out) or t.idx - self.last_couple[1] < 1000) \
                and not self.last_couple[0] & exclude:
            # (or told within a few paragraphs: the cast may have split one of them under another name)
            # "... asked whether she would consent to be his wife. [the family's reactions] They were
            # married in June": the couple the story told last, when one of them is still in view
            return sorted(self.last_couple[0])
        if self.last_met is not None and 0 < t.idx - self.last_met[1] < 1500 \
                and self.last_met[0] & set(out[:1]) and not self.last_met[0] & exclude:
            # "They had met in the spring of 1981 ... [his letters, her letters] They were married that
            # September": the pair whose meeting the story told, when one of them was just mentioned
            # (the cast often leaves the other's pronouns unlinked)
            return sorted(self.last_met[0])
        return out[:2] if len(out) >= 2 else []

    def _owner_in_passing(self, s: int, e: int) -> bool:
        """A name that owns a relative or a role ("Wenna's grandson", "Osric's boss"): named to say who
        another person is, not as one of those present."""
        poss = "(?:'s|')?" if self.view.text[s:e].endswith("'s") else "(?:'s|')"
        m = re.match(poss + r"\s+(?:(?:little|big|younger|older|elder|eldest|youngest|new|old|late)\s+)?(\w+)",
                     self.view.text[e:e + 40])
        return bool(m) and m.group(1).lower() in REL_NOUNS

    def _paragraph_pair(self, t, exclude: set) -> list[str]:
        """A narration's "they" whose paragraph named exactly two people before its first "they": those
        two ("Ilka got to know Bram on the night shift. He hummed ... For a winter they courted, and
        then she took him home to Oskar. They were wed in May": Ilka and Bram, not Oskar, nor a couple
        told in an earlier paragraph)."""
        if self.view.quote_at(t.idx) is not None or t.lower_ != "they":
            return []
        text = self.view.text
        para = text.rfind("\n", 0, t.idx) + 1
        first = t
        # the paragraph's first plural third-person pronoun in the narration
        i = t.i
        while i > 0 and t.doc[i - 1].idx >= para:
            i -= 1
            x = t.doc[i]
            if x.lower_ in ("they", "them", "their") and x.pos_ == "PRON" and self.view.quote_at(x.idx) is None:
                first = x
        people: list[str] = []
        named: list[str] = []
        for s, e, cid in self.view.mentions_in((para, first.idx)):
            if e > first.idx or self.view.quote_at(s) is not None:
                continue
            low = text[s:e].lower()
            if low in ("they", "them", "their"):
                continue
            if low in THIRD_M | THIRD_F:
                # "She met Tom at the dance. He could not dance": a he or she after the paragraph named
                # the one person of that gender is that person, whatever the cast linked it to
                g = "he" if low in THIRD_M else "she"
                same = [c for c in named if self.view.gender(c) == g]
                if len(same) == 1:
                    cid = same[0]
            elif cid not in named and low not in PRONOUNS:
                named.append(cid)
            if cid == self.view.narrator_at(s):
                continue
            if cid not in people:
                people.append(cid)
        if len(people) == 2 and set(people) & set(named) and not set(people) & exclude:
            return people
        return []

    def antecedent(self, offset: int, gender: str | None, exclude: set, window: int = 300) -> str | None:
        for _, _, cid in self.view.mentions_before(offset, window=window):
            if cid in exclude:
                continue
            g = self.view.gender(cid)
            if gender and g not in (gender, "unknown"):
                continue
            return cid
        return None

    def forward(self, offset: int, exclude: set, window: int = 300) -> str | None:
        """The first character mentioned after ``offset`` who is not in ``exclude``."""
        found = [(s, e, cid) for s, e, cid in self.view.mentions_in((offset, offset + window))
                 if s > offset and cid not in exclude]
        named = [cid for s, e, cid in found if self.view.text[s:e].lower() not in PRONOUNS]
        return (named or [cid for _, _, cid in found] or [None])[0]

    def _antecedent(self, t, exclude: set | None = None) -> list[str]:
        low = t.lower_
        want = "he" if low in THIRD_M else "she" if low in THIRD_F else None
        exclude = {self.speaker_or_narrator(t.idx)} | (exclude or set())
        for _, _, cid in self.view.mentions_before(t.idx, window=1200):
            if cid in exclude:
                continue
            g = self.view.gender(cid)
            if want and g not in (want, "unknown"):
                continue
            return [cid]
        return []
