"""Find relationship and event cues in the dependency parse.

Each rule looks at one trigger token (a relation noun such as "fiancé", or a predicate such as
"broke up", "proposed", "get him back") and reads its participants off the parse: possessors,
appositions, copular subjects, subjects and objects. Participants are resolved to character ids
by :class:`~fabula.relations.resolve.Resolver`. Every cue records whether the clause is realis
(not negated, not modal, not a question), and whether it tells of something *earlier* than the
scene it sits in (past perfect, past tense inside a quote or a present-tense scene, a memory verb)
so the timeline can place it correctly.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from fabula.relations import lexicon as L
from fabula.relations.docindex import DocIndex
from fabula.relations.resolve import NAMING_VERBS, Resolver, cleft_name, named_by
from fabula.relations.resolve import PRONOUNS as PRONOUN_WORDS
from fabula.relations.upstream import SceneInfo, StoryView


@dataclass
class Cue:
    kind: str  # "state" | "event"
    label: str  # state name or event type
    a: str | None
    b: str | None = None
    holder: str | None = None
    offset: int = 0
    span: tuple[int, int] = (0, 0)  # evidence: the sentence
    trigger: str = ""
    confidence: float = 0.6
    anterior: bool = False  # happened before the scene that tells it
    recalled: bool = False  # under a memory verb: its place on story time is unknown
    needs_partner: bool = False  # a pair cue with only one side given ("he proposed")
    scene: SceneInfo | None = None
    extra: dict = field(default_factory=dict)


# ---- parse helpers ---------------------------------------------------------------------------


def poss_pronoun(poss) -> bool:
    return bool(poss) and poss[0].pos_ == "PRON"


# what two people run together as colleagues ("ran the garage with him", "run the late shifts with Thane")
ONE_OFF_EVENTS = {"fete", "fête", "fair", "raffle", "tombola", "bazaar", "sale", "fundraiser", "gala", "jamboree",
                  "carnival", "festival", "auction"}  # one-off events: a stall run at one is no workplace
RUN_PLACES = L.BUSINESS_NOUNS | {"it", "night", "nights", "shift", "shifts", "ward", "stall", "yard", "boat", "pass",
                                 "station", "school", "club", "team", "unit", "desk", "operation", "show"}


def _began(tok):
    """The verb that begins ``tok`` ("started laughing", "began to laugh", "burst out laughing"), else ``tok``."""
    if tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_ in ("start", "begin", "burst") and tok.head.pos_ == "VERB":
        return tok.head
    return tok


def _children(t, deps) -> list:
    return [c for c in t.children if c.dep_ in deps]


# verbs of one's own marrying or parting that name no partner when told of someone else ("he married
# in Leeds", "she divorced young"); fill_partners never gives such a cue the one who tells it
OWN_MARRIAGE_VERBS = {"marry", "wed", "divorce", "remarry", "married", "divorced"}


def subject(verb):
    """The subject of ``verb``, climbing through xcomp/conj/advcl chains ("I have to get him back")."""
    t = verb
    for _ in range(4):
        subj = _children(t, ("nsubj", "nsubjpass"))
        if subj:
            return subj[0]
        # "Leo and I were engaged": the small parser may hang the subject on the auxiliary (a name or "I",
        # "we", "you"; a bare "they" so parsed was more often the wrong two people than the right ones)
        subj = [c for a in _children(t, ("aux", "auxpass")) for c in _children(a, ("nsubj", "nsubjpass"))
                if c.pos_ == "PROPN" or c.lower_ in ("i", "we", "you")]
        if subj:
            return subj[0]
        if t.dep_ in ("xcomp", "conj", "ccomp", "acomp") and t.head is not t:
            t = t.head  # ("Leo and I are divorced": the participle's subject is the copula's)
            continue
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head is not t and not _children(t, ("mark",)):
            t = t.head  # "Dot sat beside him holding his other hand": the participle's subject is the clause's
            continue
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ("by", "after", "before") \
                and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head  # "She answered by kissing him": the one who answered kissed
            continue
        break
    return None


def _chain(verb):
    """``verb`` and the verbs governing it through xcomp/conj (where negation and modals sit)."""
    out = [verb]
    t = verb
    while t.dep_ in ("xcomp", "conj", "aux") and t.head is not t and len(out) < 4:
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "Jude and I have not always got on, but ... Jude hugged me": a clause of its own
        t = t.head
        out.append(t)
    return out


def no_longer(verb) -> bool:
    """The negation is "no longer" / "not ... any more": what is denied held before."""
    for c in verb.children:
        if c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children):
            return True
        if c.lower_ == "anymore" or (c.lower_ == "more" and any(d.lower_ == "any" for d in c.children)):
            return True
    return False


def negated(verb) -> bool:
    for t in _chain(verb):
        for c in t.children:
            if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't", "neither"):
                return True
            if c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children):
                return True  # "were no longer friends"
    return False


def as_if(verb) -> bool:
    """"as if the pair were old friends", "as though we were strangers": a likeness, not a fact; so is a
    pretence, held up or refused ("we pretended to be engaged", "Ilse never pretended that we were close friends")."""
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ == "pretend":
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "though") and c.i > 0 and c.doc[c.i - 1].lower_ == "as"
               for c in verb.children)


# "when/after they are married": a present tense under these is a pictured future
FUTURE_MARKS = ("when", "once", "till", "until", "after", "before")


def irrealis(verb, sent_text: str | None = None, sent_start: int | None = None) -> bool:
    """Modal, wished-for, conditional or asked — not something that happened."""
    if verb.dep_ == "xcomp" and verb.head.lower_ == "about":
        return True  # "a couple who looked like they were about to get engaged": not yet, maybe never
    if sent_text is None:
        sent_text, sent_start = verb.sent.text, verb.sent.start_char
    tail = sent_text.rstrip().rstrip('"\'')
    if tail.endswith("?") and not TAG_QUESTION.search(tail):  # ("he's mad about you, don't you?" asserts)
        # unless the question is a later clause of its own ("... called it off, and Callum texted me:
        # Can we talk?")
        after = sent_text[verb.idx - sent_start:] if sent_start is not None and verb.idx >= sent_start else ""
        if not any(m in after for m in (":", ";", '"')):
            return True
    for t in _chain(verb):
        for c in t.children:
            if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in L.MODALS) and not (
                    c.lower_ == "'d" and (t.tag_ == "VBN" or any(  # ("I'd been losing": "'d been" is "had been")
                        a.dep_ in ("aux", "auxpass") and a.lower_ == "been" for a in t.children)) and not any(  # (the "'d" itself may be lemmatised "have")
                        a.dep_ == "aux" and a.lemma_ == "have" and a.lower_ not in ("'d", "\u2019d") for a in t.children)):
                return True  # ("We'd been together two years": "'d" before a participle is "had")
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return True
            if c.dep_ in ("mark", "advmod") and c.lower_ in FUTURE_MARKS and t.tag_ in ("VBP", "VBZ") and (
                    c.dep_ == "mark" or t.dep_ == "advcl") or (
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") and t.dep_ == "advcl"
                    and any(m.lower_ in FUTURE_MARKS for m in t.children)):
                return True  # "when we are married": a future the speaker pictures
        if t is not verb and t.lemma_ in L.DESIRE_VERBS:
            return True
        if as_if(t) and t.head.lemma_ == "pretend":
            return True  # "Ilse never pretended that we were close friends": no tie either way
        if t is not verb and t.lemma_ == "use" and t.tag_ == "VBD":
            return negated(verb)  # "we used to go out": a past habit, it happened
    if verb.tag_ == "VB" and not any(c.lemma_ in ("let", "use") for c in verb.ancestors) and verb.dep_ != "ROOT":
        return True  # bare infinitive under something we did not recognise
    return negated(verb)


def hortative(verb) -> bool:
    """"let's call it quits": said, it is done."""
    return any(a.lemma_ == "let" for a in [verb, *verb.ancestors][:3])


def is_past(verb) -> bool:
    aux = _children(verb, ("aux", "auxpass"))
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" or a.tag_ == "VBD" for a in aux):
        return True
    if verb.tag_ == "VBN" and not aux and verb.dep_ == "conj" and verb.head.tag_ == "VBD":
        return True  # "Leo leaned in and kissed Mia": the small tagger's VBN for a conjoined past
    return any(a.tag_ == "VBD" for a in aux) and verb.tag_ in ("VBN", "VBG", "JJ")


def past_perfect(verb) -> bool:
    auxes = _children(verb, ("aux", "auxpass"))
    return any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes) or (
        verb.tag_ == "VBN" and any(a.lower_ == "'d" for a in auxes) and not any(a.lemma_ == "have" for a in auxes))
    # ("We'd been together two years by then": "'d" before a participle is "had")


def present_perfect(verb) -> bool:
    """"We've been together since the summer": a state told as still holding when it is told."""
    return any(a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ") for a in _children(verb, ("aux", "auxpass")))


def experiential(verb) -> bool:
    """"We've broken up and got back together before": a kind of thing that has happened, not
    an event of this story's timeline."""
    def own_subject(t) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)

    # the clause's own verbs: conjuncts that share its subject, not "... have not always got on, but
    # Jude hugged me" (each with its own subject)
    group = [verb] + ([verb.head] if not own_subject(verb) else []) + [
        c for c in verb.conjuncts if not (own_subject(c) and own_subject(verb))]
    # a bare "before": "the winter before" (a date) is not "we've done this before"
    has_before = any(c.lower_ in L.EXPERIENTIAL and c.dep_ in ("advmod", "prep") and not any(
        d.dep_ in ("npadvmod", "pobj") for d in c.children) for t in group for c in t.children)
    has_perfect = any(a.lemma_ == "have" and a.dep_ == "aux" and a.tag_ != "VBD" for t in group for a in t.children)
    return has_before and has_perfect


def recalled(tok) -> bool:
    return any(a.lemma_ in L.MEMORY_VERBS for a in tok.ancestors)


def _reciprocal(verb) -> bool:
    """"each other" / "one another" as the object."""
    return any((c.lower_ == "other" and any(d.lower_ in ("each", "one") for d in c.children))
               or (c.lower_ == "another" and c.i > 0 and c.doc[c.i - 1].lower_ == "one")  # "loathed one another"
               or (c.lower_ == "one" and any(d.lower_ == "another" for d in c.children))
               for c in verb.children if c.dep_ in ("dobj", "pobj", "npadvmod"))


def _until(verb) -> bool:
    """``verb`` lasts "until" something (a clause or a time: "until the ambulance came")."""
    return any((c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children))
               or (c.dep_ == "prep" and c.lower_ in ("until", "till")) for c in verb.children)


def governing_verb(tok):
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


# forms the small model lemmatises wrongly ("hated" -> "hat"), so their rules never saw them
# "the late Mr. Pell", "the late Sir Gerald Ashby": the named person has died
THE_LATE = re.compile(r"\b[Tt]he late ((?:(?:Mr|Mrs|Ms|Dr|Sir|Lady|Lord|Captain|Colonel|Major|Miss|Reverend|Professor)\.?\s+)?"
                      r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
LEMMA_REPAIR = {"hated": "hate", "hates": "hate", "hating": "hate", "handfasted": "handfast"}
# a proposal told by conduct: "got down on one knee", "was standing ... on one knee"; "Will you have me?"
ON_ONE_KNEE = re.compile(r"\bon (?:one|bended) knee\b", re.I)
HAVE_ME = re.compile(r"\bwill you have me\b", re.I)
# a liking held over time, told in the perfect: "had liked Ada since the spring", "whom I had thought of
# most evenings since", "'d always fancied him for two summers" (one adverb may stand between; a negated
# one is dropped in CueFinder._held_feeling)
HELD_FEELING = re.compile(r"\b(?:had|'d|have|'ve|has)\s+(?:(?!been\b)[a-z]+\s+)?(?:liked|fancied|thought about)\b[^.!?;\"]{0,50}?"
                          r"\b(?:since|for (?:years|months|ages|two|three|four|five))\b", re.I)

# "You know he's mad about you, don't you?": a statement with a question tag
TAG_QUESTION = re.compile(r",\s*(?:(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|wo|should)"
                          r"(?:n't)?\s+(?:you|he|she|it|they|we|i)|right|yeah|eh)\s*\?$", re.I)
# grief or distress told in the narration or speech around someone kept company (see _stayed_with)
DISTRESS = re.compile(r"\b(cr(y|ied|ies|ying)|tears?|sob(s|bed|bing)?|w[ei]ep(s|ing)?|wept|griev\w*|grief|funeral|"
                      r"crematorium|died|dying|dead|death|hospital|nightmares?|shaking|shook|found him|found her|"
                      r"could(n't| not) stop)\b", re.I)

# review of session 27: what tells that a part's sound hurt (the sentence or the next), and a fall or trip before it
HURT_AFTER = re.compile(r"\b(pain\w*|agony|hurt\w*|winc\w*|swell\w*|swoll\w*|swelled|hospital|doctor|a and e|x-ray|"
                        r"limp\w*|hobbl\w*|sprain\w*|broken|broke|bruis\w*|cried out|yelp\w*|scream\w*|gasp\w*|"
                        r"could(?:n't| not) (?:walk|stand|move|bend|put))\b", re.I)
FALL_NEAR = re.compile(r"\b(fell|fall\w*|slipp\w*|tripp\w*|stumbl\w*|landed|went down|twist\w*|tackl\w*|"
                       r"caught (?:her|his|my|their|your) (?:boot|foot|toe|heel|shoe|studs?))\b", re.I)
# review of session 27: a rift told before a tie is resumed after years (CueFinder._rift_before)
RIFT = re.compile(r"\b(quarrel\w*|fell out|falling[- ]out|estrange\w*|feud\w*|rows?|rowed|fought|fight|"
                  r"(?:did ?n[o']t|had ?n[o']t|never|stopped|had not|did not) (?:speak|spoken|talk|talked|visit\w*)|"
                  r"not (?:speaking|talking)|cut (?:him|her|them|me) off|disowned|bitter\w*|grudge)\b", re.I)
# review of session 27: one said to be alive and well, so a death planned for is still to come
ALIVE = re.compile(r"\b(still (?:alive|living|going strong|hale|well)|alive and well|hale|in (?:good|rude) health|"
                   r"fit as a fiddle)\b", re.I)
# session 27: a sitting-with told as a vigil by its manner: silent, hand-holding, listening, in an ambulance
VIGIL = re.compile(r"\b((?:holding|held) (?:his|her|my|your|their) hands?|ambulance|"
                   r"let (?:me|him|her|them|us) talk)\b", re.I)
# (review: a silent sitting-with is a vigil only where the paragraph tells distress, illness or grief, not after a
# quarrel: "sat with him in silence, her arms folded" is a sulk; "said nothing about it / to him" is holding back)
SILENT_VIGIL = re.compile(r"\b(in silence|(?:said|saying) nothing(?! (?:about|to|of)\b))\b", re.I)
WORDLESS = re.compile(r"\bwithout (?:a|saying a|saying any) words?\b", re.I)
SICKBED = re.compile(r"\b(wards?|bedside|hospice|ill|sick|drip|nurses?|doctors?|unconscious|coma|stretcher)\b", re.I)
SULK = re.compile(r"\b(quarrel\w*|argu(?:e|ed|ing|ment)s?|row(?:ed|s)?|fight|fought|furious|angry|cross with|sulk\w*|"
                  r"arms folded|not speaking|fell out|falling out)\b", re.I)

# a drink or a little food made or brought for someone (see _made_a_drink)
DRINK_VERBS = {"make", "bring", "pour", "fetch", "hand", "brew"}
DRINKS = {"tea", "cocoa", "coffee", "brandy", "whisky", "whiskey", "toast", "soup", "chocolate", "cuppa"}
DRINK_VESSELS = {"cup", "mug", "glass", "pot", "bowl", "slice", "flask"}

# a feeling held up to now: "since the spring", "for two years", "always"
HELD_SINCE = re.compile(r"\b(since|for (?:\w+ ){0,2}(?:years?|months?|ages|decades?)|always|all (?:this|that) time)\b",
                        re.I)
# a plea to a former partner for another chance (kept only for a couple, timeline.infer): "I'd like to try
# again", "I want us to try again", "Could we try again?", "We could try again", "I want you back", "I've
# wanted you back for years"
TRY_AGAIN = (r"\bI(?:'d| would)? (?:really |still )?(?:want|like|need) (?:us )?to try (?:again|this again)\b"
             r"|\b(?:could|can|should) we (?:maybe |please |just )?try (?:again|this again)\b"
             r"|\bwe could (?:maybe |always )?try (?:again|this again)\b"
             r"|\bI(?:'ve| have)? (?:still |always )?want(?:ed)? (?:you|us) back\b")
ASKED_AGAIN = re.compile(r"(?:could|can|should) we\b", re.I)
# a payment told as a wage: by a rate, a pay day or a term ("nine shillings a week", "every Saturday", "till the
# harvest was in")
WAGE_RATE = re.compile(r"\b(?:an? (?:week|day|shift|hour|month|year|fortnight|season)|per \w+|every \w+|each \w+"
                       r"|weekly|monthly|hourly|till|until|wages?|by the (?:week|day|hour|job))\b", re.I)
# a wedding told as about to happen on the day of the telling ("we're getting married in an hour")
IMMINENT = re.compile(r"\b(?:in (?:an?|\w+) (?:minutes?|hours?)|today|tonight|this (?:morning|afternoon|evening)"
                      r"|at \w+ o'clock)\b", re.I)
LASTING = re.compile(r"\b(for (?:\w+ ){0,2}(?:years?|months?|ages|decades?)|since)\b", re.I)

# ---- the cue finder --------------------------------------------------------------------------


# "filed for divorce", "got the house in the divorce": verbs that tell a divorce of the people they name;
# filing and getting it make the pair exes (CueFinder._event_noun_cues)
DIVORCE_VERBS = ("file", "want", "get", "ask", "seek")
DIVORCE_GOT_VERBS = ("file", "get")
# what a couple goes out for ("went for a drink in November and for dinner in December")
OUTINGS = {"drink", "dinner", "coffee", "meal", "lunch", "supper", "curry", "pizza"}

# "he had a broken hip", "she has a torn ligament": an injury told as what someone has
INJURED = {"broken", "cracked", "fractured", "torn", "sprained", "dislocated", "shattered", "stab", "gunshot", "bullet"}
INJURY_NOUNS = L.BODY_PARTS | {"tibia", "femur", "pelvis", "ligament", "tendon", "wound", "fracture", "concussion",
                               "ankle", "elbow", "cheekbone"}

# Common verbs are cues only with one of these dependents; checked before any costlier test.
# "had been playing tennis against each other since they were six", "Varga set us against each other":
# whoever is matched against the other is a rival, whatever the contest (CueFinder._against_each_other)
# "Now they drive for the same team", "Mia and Ada work at the same hospital" (CueFinder._same_workplace)
SAME_PLACE = re.compile(r"\bthe same\b", re.I)
# "Zenobia and I both applied for the bursary", "they both auditioned for the lead" (CueFinder._both_applied)
BOTH_APPLIED = re.compile(r"\bboth\s+(?:\w+\s+)?(?:applied|auditioned|competed|interviewed|stood|ran|went|bid)\s+for\b", re.I)
SINCE_BEFORE_I = re.compile(r"\bsince before I\b")
# a working seat beside someone's ("the clerk at the next desk", "who sat at the desk beside mine") or a few seats
# off ("who sat four desks away", "two benches down"): CueFinder._desk_neighbour
SEAT = re.compile(r"\b(?:desk|bench|workstation|cubicle)s?\b", re.I)
SEAT_BEFORE = {"next", "neighbouring", "neighboring", "adjacent", "nearest"}
SEAT_AFTER = {"opposite", "beside", "next", "across", "facing"}
SEAT_OFF = {"away", "down", "along", "over", "up", "from"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "few", "couple"}
# a setting of school rather than work: a desk there is a classmate's
SCHOOL_WORDS = re.compile(r"\b(?:class(?:room|mate)?s?|pupils?|lessons?|homework|form tutor|school ?bag|exam)\b", re.I)
# someone taken to hospital as a casualty: "Odile drove him to casualty", "they rushed Piran into the infirmary",
# "Gwilym travelled in the ambulance with Nessa" (the one taken, or the one the ambulance carried, was hurt)
TO_HOSPITAL = re.compile(
    r"\b(?:drove|drives|driven|rushed|rushes|took|takes|taken|ferried|carried)\s+(him|her|me|(?-i:[A-Z])[a-z]+)\s+"
    r"(?:straight\s+|off\s+|down\s+|up\s+)?(?:to|into)\s+(?:the\s+)?(?:county\s+|local\s+|nearest\s+)?"
    r"(?:A&E|A & E|A and E|casualty|emergency|hospital|infirmary|ambulance)\b"
    r"|\b(?:rode|went|travelled|traveled|goes|rides)\s+in\s+the\s+ambulance\s+with\s+(him|her|me|(?-i:[A-Z])[a-z]+)\b", re.I)
# a home shared by a household of friends told in one sentence: "There were three of us in the flat: me, A,
# and B", "A and I had been sharing a house ... along with B", "I'd lived at 3B for a year, with A ... and B"
# a trip to hospital that is no casualty's: a birth, a visit, a shift
NOT_HURT_TRIP = re.compile(r"\b(?:waters broke|in labou?r|contractions|give birth|gave birth|the baby (?:came|was coming)"
                           r"|due date|to (?:visit|see|work|collect|pick up)|for (?:a|her|his|the) (?:shift|scan|check-?up"
                           r"|appointment))\b", re.I)
SHARED_HOME = re.compile(r"\b(?:(?:two|three|four|five) of us in the (?:flat|house)\b"
                         r"|shar(?:e|ed|ing) (?:a|the|our) (?:flat|house)\b"
                         r"|lived (?:at|in) [^.;:!?]{1,40}? with\b)", re.I)
# a group named by its members, a first-person one among them: "Four of us: me, Ada, Lou and Bryn", "the
# crew that summer: Ada, Lou and me", "Bryn on fiddle, me on keys, Ada on drums" (CueFinder._member_lists)
GROUP_LIST = re.compile(r"\b(?:(?:two|three|four|five|six) of us|group chat|band|team|crew|squad|gang)\b"
                        r"[^.!?\n:]{0,80}?[:\u2014\u2013]\s*([^.!?;:\n\u2014\u2013(]{3,160})", re.I)
ROLE_ITEM = re.compile(r"\b((?i:me|her|him)|[A-Z][a-z]+)\s+on\s+(?:[a-z]+\s+){0,3}?(?:guitars?|bass|drums|drum kit|"
                       r"keys|keyboards?|vocals|violin|fiddle|cello|piano|sax(?:ophone)?|trumpet|synths?)\b")
BAND_ROLE = {"guitar", "bass", "drums", "drum", "keys", "keyboard", "keyboards", "vocals", "violin", "fiddle",
             "cello", "piano", "sax", "saxophone", "trumpet", "synth", "synths", "guitars"}
# a head's title apposed to a name, its holder acting on someone (CueFinder._titled_head_acts)
TITLE_HEADS = {"editor", "director", "manager", "headmaster", "headmistress", "foreman", "captain", "chef",
               "supervisor", "superintendent", "skipper", "matron", "boss", "headteacher", "principal", "proprietor"}
HEAD_ACTS = {"call", "give", "tell", "send", "assign", "hire", "fire", "sack", "promote", "summon", "order", "pay",
             "offer", "warn", "put", "move", "post", "take"}
# what a head gives or sends that is a gesture, not a post or an order ("gave me a hug", "sent her a wink")
GESTURE_OBJECTS = {"hug", "kiss", "look", "wink", "smile", "nod", "joke", "story", "hand", "glance", "grin", "wave"}
# a pair photographed as a couple (CueFinder._photographed_couple)
PHOTOGRAPH = re.compile(r"\bphotograph(?:ed|s)?\b", re.I)
INTIMATE = re.compile(r"\b(?:holding hands|hand (?:in|on) (?:[\w']+ ){0,3}?(?:back|waist|pocket|knee)|"
                      r"arms? (?:round|around) (?:[\w']+ ){0,2}?(?:waist|shoulders)|together|kissing)\b", re.I)
AGAINST_EACH = re.compile(r"\bagainst (?:each other|one another)\b", re.I)
# a business over the road from another: "a salon over the road from Kit's" (CueFinder._opened_across)
ACROSS_WAY = re.compile(r"\b(?:across|over) (?:the )?(?:[A-Z][a-z]+ )?(?:road|street|square|way)\b", re.I)
OUT_VERB = re.compile(r"\bout[a-z]{3,}\b(?= (?:each other|one another))", re.I)
APPRENTICESHIP = re.compile(r"\bapprentic(?:e|es|ed|eship)\b", re.I)  # a story of apprentices: a master teaches
REFLEXIVES = {"himself", "herself", "myself", "yourself", "themselves", "ourselves"}

# verbs that frame a quote: their subject is the speaker, not someone introduced
SPEECH_LEMMAS = {"say", "ask", "call", "shout", "reply", "tell", "whisper", "answer", "add", "murmur", "mutter", "snap", "yell"}

# session 27: where one is met off a boat or a train, with "on" ("met her on the jetty"; no vehicles:
# "met on a ferry" may be a first meeting)
MET_ON_PLACES = {"stage", "jetty", "slipway", "quay", "pier", "dock", "platform", "doorstep", "steps", "pontoon"}
# session 27: how a fall or landing is told as one that hurts, and the sound a hurt part makes (CueFinder._hurt_fall)
HARD_FALLS = {"hard", "heavily", "badly", "awkwardly", "wrong", "wrongly"}
HURT_SOUNDS = {"sound", "noise", "crack", "pop", "snap", "click", "crunch"}

QUICK_NEEDS = {
    "be": {"with", "together", "longer", "at", "on", "in", "under", "item", "couple", "sweet", "soft", "keen", "close", "thick", "head",
           "kind", "sort", "type", "over", *L.CRUSH_ADJ},
    "accept": {"him", "her"}, "sit": {"with", "beside", "by", "next"}, "stay": {"with", "beside", "by", "next"},
    "wait": {"with", "beside", "by"},
    "become": {"close", "couple", "item"}, "get": {"back", "together", "engaged", "married", "hurt"},
    "win": {"back"}, "want": {"back"}, "take": {"back", "arrow", "bullet", "blade", "knife", "sword", "shot", "lessons", "on", "orders", *L.DEATH_TAKERS}, **{v: {"under"} for v in ("cook", "nurse", "sail", "fly", "clean")}, "drive": {"under", "for"}, "study": {"under"},
    "bump": {"shoulder"}, "nudge": {"shoulder"}, "go": {"out", "ways", "for", "through", "down"}, "make": {"up", "friends", "official", *HURT_SOUNDS},
    "call": {"it", "quits", "off", *L.BOSS_HAILS}, "see": {"someone", "somebody", "anyone", "person", "guy", "girl", "woman", "man",
                                     "him", "her", "other", "who", "whom"},
    "hold": {"hand", "hands", "back", "shoulder", "arm", "elbow", "close", "tight", "tightly", "her", "him", "me", "them",
             "us", "on", "wrist"},
    "shout": {"at", "back"}, "yell": {"at", "back"}, "scream": {"at", "back"}, "snarl": {"at"}, "snap": {"at"},
    "catch": {"arrow", "bullet", "blade", "knife", "sword", "shot"}, "squeeze": {"hand", "hands", "shoulder", "arm"},
    "tell": {"love", "loved", "that", "was", "is", "'s"}, "pass": {"away"}, "put": {"arm", "arms", "hand", "head", "face", "ring"},
    "wrap": {"arm", "arms"}, "throw": {"arm", "arms"},
    "work": {"for", "under", "in", "on", "at", "alongside", "beside", "together", "with", "where"},
    "cry": {"on", "into", "against"}, "sob": {"on", "into", "against"}, "weep": {"on", "into", "against"}, "answer": {"to"}, "report": {"to"}, "serve": {"under", "in", "on", "at"},
    "train": {"under"}, "apprentice": {"to", "under"}, "clerk": {"for"}, "intern": {"for", "under"},
    "drift": {"apart"}, "grow": {"apart", "close"}, "end": {"things", "it", "relationship", "engagement", "marriage", "that", "which"},
    "finish": {"things", "it", "relationship", "engagement", "marriage", "that", "which"},
    "last": {*L.DURATION_NOUNS, *(w + "s" for w in L.DURATION_NOUNS)},
    "give": {"ring", "job", "heart"}, "hand": {"ring"}, "send": {"ring"}, "return": {"ring"}, "post": {"ring"}, "know": {"other"}, "run": {"against", *L.BUSINESS_NOUNS, "band", "company", "firm", *RUN_PLACES, "shops"},
    **{v: {*L.BUSINESS_NOUNS, "band", "company", "firm"} for v in ("open", "start", "found", "set", "build")},
    "move": {"in", "together", "out"}, "live": {"together", "with"}, "ask": {"out", "marry", "be", "said", "consent", "agree", "for", "bring", "accept", "her", "him", "me"}, "hate": {"other", "one", "another", "since", "me", "him", "her", "us", "them"}, "loathe": {"other", "one", "another", "since", "me", "him", "her", "us", "them"},
    "despise": {"other", "one", "another", "since", "me", "him", "her", "us", "them"}, "detest": {"other", "one", "another", "since", "me", "him", "her", "us", "them"},
    "walk": {"out", "down", "up"}, "step": {"out"}, "lean": {"head", "into", "on", "against"}, "fall": {"for", "off", "from", "down", "apart", "out", ".", ",", "during", "on", "onto", "over", *HARD_FALLS}, "patch": {"up"}, "have": {"feelings", "thing", *INJURY_NOUNS}, "tie": {"knot"},
    "pop": {"question"}, "bring": {"up"}, "cheat": {"on"}, "hook": {"up"}, "pine": {"for", "after"}, "pin": {"for", "after"}, "separate": {"in", "after", "when", "last", "year", "."}, "share": {"flat", "house", "room", "apartment", "bed", "cabin", "tent"},
    "wipe": {"tears", "tear", "eyes", "face"}, "leave": {"for", "him", "her", "me", "you"},
    "find": {"dead"}, "lose": {"battle", "fight", "heart", "to"}, "exchange": {"vows"}, "lay": {"eyes", "ring"},
    "introduce": {"to"},
    "say": {"to", "do", "will", "liked", "loved", "fancied", "adored", "likes", "loves", "fancies"},
    "race": {"other", "against"},
}

# Kin who share the owner's surname, by title: noun -> (titles the owner must bear, or None for "any but a
# married woman's"; titles the kin bears). Brothers, sons and uncles are left out: "Mr. Bennet" is the
# Miss Bennets' father, not their brother.
_F_MARRIED = {"mrs", "mrs.", "lady"}
_M_TITLES = {"mr", "mr.", "sir", "lord"}
_TITLES = _F_MARRIED | _M_TITLES | {"miss", "ms", "ms.", "dr", "dr."}
SURNAME_KIN: dict[str, tuple[set[str] | None, set[str]]] = {
    "mother": (None, _F_MARRIED), "father": (None, _M_TITLES),
    "sister": (None, {"miss"}), "daughter": (_M_TITLES | _F_MARRIED, {"miss"}),
    "wife": (_M_TITLES, {"mrs", "mrs."}), "husband": ({"mrs", "mrs."}, _M_TITLES),  # (a "Lady Darcy" may be his mother)
    "widow": (_M_TITLES, {"mrs", "mrs."}), "widower": ({"mrs", "mrs."}, _M_TITLES),  # "Mr. Ashby's widow"
}

# nouns the parser may take for the object of "split up the winter before last"
TIME_NOUNS = {"winter", "summer", "spring", "autumn", "fall", "year", "month", "week", "day", "night", "morning",
              "evening", "weekend", "term", "semester", "season", "christmas", "easter"}

NOUN_TRIGGERS = {"war", "date", "kiss", "wedding", "fight", "argument", "quarrel", "row", "breakup", "break-up", "divorce", "hug",
                 "death", "funeral", "engagement", "proposal", "sling", "fall", "grave", "wake", "memorial", "plaster", "cast", "splint",
                 "match", "shouting", "screaming"}
# what makes a "match" or a bare "shouting" a row: "had a screaming match", "the pair had a shouting on the stairs"
ROW_COMPOUNDS = {"shouting", "screaming", "slanging", "yelling"}


# a partner named by a possessive: "his wife", "her husband", "my fiancé"
SPOUSE_NOUN = re.compile(r"(his|her|my|your) (?:wife|husband|fianc[eé]e?|girlfriend|boyfriend)", re.I)


# titles a person introduced in a role is named by ("This is Doctor Amsel", "this is Mrs. Quayle")
INTRO_TITLES = {"doctor", "dr", "mr", "mrs", "miss", "ms", "professor", "prof", "sir", "lady", "lord", "captain",
                "sergeant", "inspector", "officer", "father", "sister", "nurse", "reverend", "judge", "coach"}


# the one a person "has been seeing" ("the fellow she's been seeing")
SEEN_ONE = {"man", "woman", "guy", "girl", "person", "one", "bloke", "fellow", "chap", "lad", "lass", "boy"}
# a caller naming herself: "it's Gran", "it's me, your mum" (the text just before a kin title)
SELF_NAMED = re.compile(r"(?:^|[\W])(?:it's|it is|it\u2019s)\s+(?:(?:only|just)\s+)?(?:me,?\s+)?(?:your\s+)?$", re.I)
# session 29: "I love you" said with a direct proposal ("Marry me", "Will you marry me?") or followed by a refusal
# ("but not like that", "but I can't stay") is no first declaration; "I will not marry you if ...", "but I don't
# expect anything back", "but not in a silly way" are
LOVE_PROPOSAL = re.compile(r"(?:^|[.!?,;\u2014-]\s*|\b(?:will|would|won't|wouldn't) you\s+|\bplease\s+|\bjust\s+)marry me\b"
                           r"|\b(?<!not )(?<!n't )(?:want to|let me|like to|mean to) marry you\b", re.I)
LOVE_REFUSAL = re.compile(r"^[^\n]{0,80}?\bbut (?:not (?:like that|in that way|that way|the way|as (?:a|more|much)|enough|"
                          r"any ?more)|I (?:can't|cannot|can not|don't|do not|won't|will not|couldn't|could never|can never|"
                          r"will never)(?: (?:want to|bear to|afford to|ever|possibly))? (?:stay|be with|marry|do this|think|"
                          r"love you back|go on|see you|be yours|be your|be together|leave|wait|come back|go back|have you|"
                          r"give you|feel the same|return it|say it back))\b", re.I)


# a proposal answered no ("she laughed and said no", "refused him"): an "accepted him" after it answers another
PROPOSAL_REFUSED = re.compile(r"\b(said no|say no|refused|declined|turned (?:him|her|it|the offer) down|would not have him|"
                              r"wouldn't have him|rejected)\b", re.I)


# session 29: a hit told in play ("grinning, she punched his shoulder") or in anger ("Furious, ...", "so hard he
# staggered")
HIT_IN_PLAY = re.compile(r"\b(grin\w*|laugh\w*|giggl\w*|teas\w*|playful\w*|jok\w*|smil\w*|chuckl\w*|mock\w*|"
                         r"affectionate\w*|fond\w*)\b", re.I)
HIT_IN_ANGER = re.compile(r"\b(furious\w*|fury|angr\w*|anger|rage|raging|enraged|livid|liar|swor?e|curs\w*|hate|hated|"
                          r"bastard)\b", re.I)
HIT_HARD = re.compile(r"\b(so hard|hard enough|harder|stagger\w*|fell|knocked)\b", re.I)


# session 29 review: "became Mrs. Pim for the night" (a false name at an inn), "posed as Mrs. Pim": no wedding
MRS_PRETENDED = re.compile(r"\b(for the (?:night|weekend|evening|day|week|mission|job|occasion|purpose\w*|trip)|"
                           r"pretend\w*|pos(?:ed|ing) as|disguis\w*|cover|alias|false name|play-?act\w*|sham)\b", re.I)
# "promised herself to him for the first dance": a dance partner, no engagement
PROMISED_FOR = {"dance", "waltz", "reel", "set", "quadrille", "polka", "evening", "supper", "cotillion", "minuet",
                "jig", "galop", "mazurka", "card", "game", "hand", "afternoon", "ride", "walk", "song", "turn"}


def _written_surnames_differ(a, b) -> bool:
    """Are two name tokens each the last word of a written full name ("Oswy Garrick", "Sabine Quenby"; not a
    titled first name, "Mr. Ivo") and different surnames?"""
    def full(t) -> bool:
        return t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i
                                         and c.lower_ not in _TITLES | INTRO_TITLES for c in t.children)
    return full(a) and full(b) and a.text != b.text


class CueFinder:
    def __init__(self, doc, view: StoryView, resolver: Resolver, scene_tense: dict[str, str], index: DocIndex):
        self.doc = doc
        # spaCy rebuilds ``Doc.text`` from every token on each access (a full pass over a novel):
        # read it once
        self.text = doc.text
        self.idx = index
        self.view = view
        self.r = resolver
        self.scene_tense = scene_tense
        self.cues: list[Cue] = []
        self.noun_ref: dict[int, str] = {}  # relation noun token -> the person it was resolved to
        self._name_hails: dict[tuple[str, str], bool] = {}  # (speaker, other) -> hails them by name
        self._named_apart: set[str] = set()  # the one a spoken fragment names ("Elske. My sister."), for add()
        self.loose_fights: list = []  # fight nouns with nobody of their own ("over a row about money")
        self.loose_divorces: list = []  # "the divorce" with no couple told just before it
        self.greeting_hugs: list[Cue] = []  # hugs read as a greeting or joy, not comfort (see _bare_hug)
        # a novel's crowded cast (five sisters, two brothers-in-law): guesses that rest on what the story
        # told nearby or earlier ("your husband" = the partner known so far) are not made in one
        self.novel = len(view.text) > 100_000

    # -- timing
    def _anterior(self, verb, tok) -> tuple[bool, bool]:
        rec = recalled(tok)
        if rec or past_perfect(verb):
            return True, rec
        if any(c.lower_ == "ago" for c in verb.subtree if c.i < verb.i + 6):
            return True, rec
        q = self.view.quote_at(tok.idx)
        tense = self.scene_tense.get(self.view.scene_at(tok.idx).id, "past")
        if is_past(verb) and (q is not None or tense == "present"):
            return True, rec
        return False, rec

    def told(self, verb) -> bool:
        """Told as something that happens in the story: the past tense, or the narrative present of a
        present-tense scene ("Leo kisses her", "Tom dies in the night", "he is stabbed"), in narration
        rather than speech. Without this, every event rule that asks for a past tense missed
        present-tense stories."""
        if is_past(verb):
            return True
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "after", "before") \
                and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head is not verb:
            return self.told(verb.head.head)  # "She answered by kissing him": told as the answer is
        if self.view.quote_at(verb.idx) is not None:
            return False
        if self.scene_tense.get(self.view.scene_at(verb.idx).id, "past") != "present":
            return False
        aux = _children(verb, ("aux", "auxpass"))
        return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") for a in aux)) \
            or (verb.tag_ == "VBN" and not aux and verb.dep_ == "conj" and verb.head.tag_ in ("VBZ", "VBP"))

    def performative(self, verb) -> bool:
        """"I think we should call off the engagement", said to the partner: saying it does it."""
        subj = subject(verb)
        if subj is None or subj.lower_ not in ("we", "us") or self.view.quote_at(verb.idx) is None:
            return False
        return not negated(verb) and any(c.lower_ in ("should", "must") for c in verb.children if c.dep_ == "aux")

    def irrealis(self, verb) -> bool:
        return irrealis(verb, self.idx.sent_text(verb.i), self.idx.sent_span(verb.i)[0])

    def add(self, kind, label, a, b, tok, verb, conf, holder=None, needs_partner=False, trigger=None):
        sent = self.idx.sent_span(tok.i)
        ant, rec = self._anterior(verb, tok)
        if label == "death" and a:
            self.r.dead.add(a)
        self.cues.append(Cue(kind, label, a, b, holder, tok.idx, sent,
                             trigger or tok.text, conf, ant, rec, needs_partner, self.view.scene_at(tok.idx)))
        if b is None and self.r.we_unknown[0] <= tok.idx < self.r.we_unknown[1]:
            self.cues[-1].extra["other_named"] = True  # ("We were married" with someone the cast lacks)
        spouse = SPOUSE_NOUN.fullmatch(trigger or "") if a and b and L.STATE_TYPE.get(label) == "romantic" else None
        q = self.view.quote_at(tok.idx) if spouse else None
        if spouse and q is not None and q.kind != "thought" and q.speaker:
            talk = {q.speaker} | set(q.addressees)
            named = {i for t in self.doc[tok.i].sent if t.pos_ == "PROPN" for i in self.r.one(t)} - {q.speaker}
            named |= self._named_apart  # ('"Elske," she said. "My wife."': named in the sentence before)
            if ({a, b} & talk if spouse.group(1).lower() in ("his", "her") else {a, b} <= talk) \
                    and not ({a, b} & talk) & named:
                # '"Corwin meant to walk out on his wife," Hesper said': a "his wife" or "her husband" in
                # speech is neither the one who speaks (they would say "me") nor the one spoken to ("you");
                # "my husband" / "your wife" is not the speaker and the listener as a couple (that is "we").
                # Unless the sentence names the one spoken to ("Meet my husband, Radomir"): the dialogue
                # layer's guess of who is spoken to may be the very partner named
                self.cues[-1].a = self.cues[-1].b = None
                a = b = None  # nor is the vetoed pair a couple that "the engagement" or "the divorce" may mean
        if a and b and (L.STATE_TYPE.get(label) == "romantic" or label in ("wedding", "engagement", "breakup")):
            # the pair rests on a "we" (the other half is a guess) unless both are named in the sentence:
            # kin told in any way then veto it (timeline._settle_kisses_and_drifts)
            toks = self.doc[self.doc[tok.i].sent.start:self.doc[tok.i].sent.end]
            if any(t.lower_ in ("we", "us", "our") and t.pos_ == "PRON" for t in toks):
                named = {i for t in toks if t.pos_ == "PROPN" for i in self.r.one(t)}
                if not {a, b} <= named:
                    self.cues[-1].extra["we"] = True
        if kind == "state" and a and b and L.STATE_TYPE.get(label) == "romantic" and label != "crush":
            # told as lasting ("for two years we were the kind of couple", "had been going out since
            # Christmas"): being in love told beside it is that romance (timeline._crush_inside_romance)
            self.cues[-1].extra["lasting"] = bool(LASTING.search(self.text[sent[0]:sent[1]]))
            # still holding when told ("We've been together three years"): no later partner ends it
            self.cues[-1].extra["ongoing"] = present_perfect(verb)
            self.r.couples.add(frozenset((a, b)))
            self.r.last_couple = (frozenset((a, b)), tok.idx)
            if label != "ex":
                self.r.partner[a], self.r.partner[b] = b, a
            else:
                self.r.exes[a], self.r.exes[b] = b, a
                for x, y in ((a, b), (b, a)):
                    if self.r.partner.get(x) == y:
                        del self.r.partner[x]
        if kind == "state" and label == "crush" and a and b and holder:
            # "I've fancied you since the quiz night", said by the one who has it to the one it is on:
            # a feeling held up to the telling, so it came before any romance the same scene shows
            # (timeline._crush_inside_romance)
            q = self.view.quote_at(tok.idx)
            other = b if holder == a else a
            if q is not None and q.kind != "thought" and q.speaker == holder and other in q.addressees \
                    and HELD_SINCE.search(self.text[sent[0]:sent[1]]):
                self.cues[-1].extra["confessed_held"] = True
        if kind == "event" and a and b and label in ("confession", "proposal", "first_kiss"):
            # a declared love, a proposal or a kiss makes a pair that "they" may mean ("By Christmas they
            # were married" after his confession), though not yet anyone's partner
            self.r.couples.add(frozenset((a, b)))
            self.r.last_couple = (frozenset((a, b)), tok.idx)

    def pair_event(self, label, ids, tok, verb, conf, state=None, trigger=None):
        """An event between two people (plus the state it leaves them in)."""
        ids = [i for i in ids if i]
        ids = list(dict.fromkeys(ids))
        if not ids:
            return
        a, b = ids[0], (ids[1] if len(ids) > 1 else None)
        n = len(self.cues)
        self.add("event", label, a, b, tok, verb, conf, needs_partner=b is None, trigger=trigger)
        if label == "meeting" and b is not None:
            self.r.last_met = (frozenset((a, b)), tok.idx)  # "they" may be this pair (Resolver._group)
        if state:
            self.add("state", state, a, b, tok, verb, conf, needs_partner=b is None, trigger=trigger)
        if b is None:
            other = self._other_named(tok if tok.pos_ == "VERB" else verb)
            subj = subject(verb) if verb.pos_ in ("VERB", "AUX", "ADJ") else None
            third = subj is not None and verb.lemma_ in OWN_MARRIAGE_VERBS and (
                subj.pos_ == "PROPN" or subj.lower_ in ("he", "she"))
            for c in self.cues[n:]:
                if third:
                    # "he wed in Hamburg and divorced in Bremen", told by one he was once engaged to: the
                    # teller would say "we" or "me" of their own marriage; the other half is someone else
                    c.extra["third"] = True
                if other:
                    c.extra["other_named"] = True  # "married someone else": nobody may stand in
                elif label in ("wedding", "engagement", "proposal") and not (
                        verb.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "once")
                                                     for m in verb.children)):
                    # told as it happens: the partner may be found nearby (not "when I got married, years
                    # later": a time clause about someone the scene does not show)
                    c.extra["happening"] = True

    # -- main loop
    def run(self) -> list[Cue]:
        lemmas = set(L.REL_NOUNS) | NOUN_TRIGGERS | L.TRIGGER_LEMMAS | {"love", "clutch", "ice"}
        lowers = (set(L.REL_NOUNS) | L.WOUND_WORDS | L.CHILD_BY_RANK | L.CHILD_RANK_THE | L.CHILD_COLLOQUIAL | L.CHILD_COUNT | {"hand", "arm"} | set(LEMMA_REPAIR) | L.ADDRESS_PARENT | L.ADDRESS_GRANDPARENT | set(L.ADDRESS_MUTUAL)
                  | set(L.ADDRESS_MUTUAL_SIZED) | L.ADDRESS_ROMANTIC | L.ADDRESS_BOSS | L.ADDRESS_TEACHER
                  | set(L.ADDRESS_FORMAL) | {"engaged", "married", "betrothed", "man", "relationship", "falling", "bust", "dead"} | TITLE_HEADS
                  | L.DIAGNOSES | {"time"})
        self._introductions(record=True)
        for i in self.idx.candidates(lemmas, lowers):
            tok = self.doc[i]
            low = tok.lower_
            lem = LEMMA_REPAIR.get(low, tok.lemma_.lower())
            rel_noun = tok.pos_ in ("NOUN", "PROPN") or (  # "my stepdad Colin" is sometimes tagged ADJ
                tok.pos_ == "ADJ" and any(c.dep_ == "poss" for c in tok.children)) or (
                tok.pos_ == "ADJ" and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN"  # "Zofie's rival Ione", "Zofie's aunt Mabyn"
                and any(c.dep_ == "poss" for c in tok.head.children)) or (
                tok.pos_ == "ADJ" and tok.dep_ in ("attr", "acomp") and any(  # "she was grandmother to Margit"
                    c.dep_ == "prep" and c.lower_ == "to" for c in tok.children))
            if rel_noun and (low in L.REL_NOUNS or lem in L.REL_NOUNS):
                self._relation_noun(tok, low if low in L.REL_NOUNS else lem)
            elif low == "man" and tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "best" for c in tok.children):
                # "Thane stood as my best man", "Quillan's best man": the groom's friend (unless the clause
                # says the best man is kin, not a friend: "Barnaby's best man was his elder brother, Ivor")
                clause = governing_verb(tok)
                if not any(L.REL_NOUNS.get(t.lower_, ("",))[0] == "family" for t in clause.subtree):
                    self._relation_noun(tok, "friend")
            if low == "relationship" and tok.pos_ == "NOUN":
                self._in_a_relationship(tok)
            if (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())) and lem in NOUN_TRIGGERS:
                self._event_noun(tok, lem)  # ("gave Mia a hug": the small tagger's lowercase PROPN)
            row = self._hyphened_row(tok)
            if row is not None:
                self._event_noun_cues(row, "row")
            if low == "time" and tok.pos_ == "NOUN":
                self._first_time_in(tok)
            if low in L.WOUND_WORDS:
                self._wounded(tok)
            if lem in ("clutch", "go", "give", "pop", "snap", "ice"):
                self._hurt_part(tok, lem)
            if low in L.DIAGNOSES and tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
                self._diagnosis(tok, low)
            if (tok.dep_ == "appos" or (tok.dep_ == "attr" and tok.head.lemma_ == "be")) and (
                    low in L.CHILD_BY_RANK or low in L.CHILD_COLLOQUIAL or low in L.CHILD_COUNT):
                self._child_apposition(tok, low)
            elif low in L.CHILD_COLLOQUIAL | L.CHILD_BY_RANK and tok.pos_ in ("NOUN", "ADJ"):
                self._child_named_after(tok, low)
            if low in L.CHILD_RANK_THE and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                self._rank_of_told_children(tok)
            if low in TITLE_HEADS and tok.pos_ == "NOUN" and tok.dep_ in ("appos", "nsubj"):
                self._titled_head_acts(tok)
            if lem in ("hand", "arm") and tok.pos_ == "NOUN" and tok.dep_ in ("npadvmod", "appos", "pobj", "nsubj") \
                    and tok.head.lemma_ not in ("put", "wrap", "throw", "lay", "rest", "place"):
                self._hand_on(tok)
            if tok.pos_ in ("VERB", "AUX", "ADJ") or (lem == "love" and tok.pos_ == "NOUN"):
                self._predicate(tok, lem)
            # ("cuz" is tagged as the "because" it also spells: any tag will do between commas)
            if (tok.pos_ in ("PROPN", "NOUN", "INTJ") or low in L.ADDRESS_MUTUAL) and (
                    low in L.ADDRESS_PARENT or low in L.ADDRESS_GRANDPARENT
                    or low in L.ADDRESS_MUTUAL or low in L.ADDRESS_MUTUAL_SIZED or low in L.ADDRESS_ROMANTIC
                    or low in L.ADDRESS_BOSS or low in L.ADDRESS_TEACHER or low in L.ADDRESS_FORMAL):
                self._vocative(tok, low)
        for m in OUT_VERB.finditer(self.text):  # "outcook each other": no lemma list can hold them all
            span = self.doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1 and span[0].pos_ == "VERB" and _reciprocal(span[0]):
                self._predicate(span[0], span[0].lemma_.lower())
        for m in AGAINST_EACH.finditer(self.text):
            self._against_each_other(m.start())
        for m in ACROSS_WAY.finditer(self.text):
            self._opened_across(m.start())
        for m in SAME_PLACE.finditer(self.text):
            self._same_workplace(m.start())
        for m in BOTH_APPLIED.finditer(self.text):
            self._both_applied(m.start())
        for m in THE_LATE.finditer(self.text):
            self._the_late(m)
        for m in TO_HOSPITAL.finditer(self.text):
            self._taken_to_hospital(m)
        for m in SHARED_HOME.finditer(self.text):
            self._shared_home(m.start())
        for m in SINCE_BEFORE_I.finditer(self.text):
            self._since_before_i(m.start(), m.end())
        for m in SEAT.finditer(self.text):
            self._desk_neighbour(m.start())
        self._member_lists()
        for m in PHOTOGRAPH.finditer(self.text):
            self._photographed_couple(m)
        self._introductions()
        self._chefs_agreed()
        self._owner_of_the_workplace()
        self._kin_names()
        self._titled_spouses()
        self._letter_kin()
        self._caller_kin()
        self._proposal_by_conduct()
        for m in HELD_FEELING.finditer(self.text):
            self._held_feeling(m)
        self._spoken_endings()
        self._courted_pronouns()
        self._fights_behind_breakups()
        self._glad_touches()
        self._drop_sent_off()
        return self.cues

    JOB_CONTEXT = re.compile(r"\b(without (a |any )?character|no character|(from|out of|in) (his|her|their|my|our|your|the)"
                             r" (service|employ|employment|post|situation|position|job)|notice|references?|pension)\b",
                             re.I)

    def _job_context(self, tok) -> bool:
        """Is a dismissal or a reinstatement told as employment: wages, notice, a character, a post or a
        workplace in its sentence ("dismissed him without a character", "reinstated her at a shilling more")?"""
        sent = tok.sent
        return bool(self.JOB_CONTEXT.search(sent.text)) or any(
            t.lemma_.lower() in L.MONEY_NOUNS | L.WORKPLACE_NOUNS for t in sent)

    def _drop_sent_off(self) -> None:
        """A named person dismissed with no job told ("Sabine dismissed Oswy at noon. Oswy was her son.")
        is no employee of one the story ties to them as family or lover."""
        tied = {frozenset((c.a, c.b)) for c in self.cues if c.kind == "state" and c.a and c.b
                and L.STATE_TYPE.get(c.label) in ("family", "romantic")}
        self.cues = [c for c in self.cues if not (c.extra.get("sent_off") and frozenset((c.a, c.b)) in tied)]

    GLAD = re.compile(r"\b(laugh\w*|grinn\w*|cheer\w*|congratulat\w*|whoop\w*|hello)\b", re.I)

    def _glad_touches(self) -> None:
        """"Una squeezed him, the pair of them grinning", "he whooped and I hugged him": a hug or a touch told in laughter (or in a greeting) with no distress in its sentence is
        gladness, not comfort (distress just before it keeps it). Drops such comfort cues."""
        def glad(c) -> bool:
            text = self.text[c.span[0]:c.span[1]]
            before = self.text[max(0, c.span[0] - 200):c.span[0]]  # ("Tobias was crying. She hugged him.")
            return bool(self.GLAD.search(text)) and not DISTRESS.search(before + text)
        self.cues = [c for c in self.cues if not (c.kind == "event" and c.label == "comfort" and glad(c))]
        bare = [c for c in self.cues if c.kind == "event" and c.label == "comfort" and self._bare_hug(c)]
        if bare:
            # (still a warm touch between the two: the tags stage reads them as it reads comfort)
            self.greeting_hugs = bare
            drop = {id(c) for c in bare}
            self.cues = [c for c in self.cues if id(c) not in drop]

    HUG = re.compile(r"\b(hug\w*|embrac\w*)\b", re.I)
    PAT = re.compile(r"\b(pat\w*|squeez\w*) \w+$", re.I)

    def _bare_hug(self, c) -> bool:
        """"Uncle Tib hugged me at the station and said I looked thin", "hugged me till my ribs creaked": a hug
        with no grief, tears or fear told in its sentence, the few sentences before it or just after is a
        greeting, a farewell or joy, not comfort (on the tune set such hugs were false three times in four),
        unless the two fell out shortly before it (a hug soon after a row is their making up; ``MAKING_UP``). A pat or a squeeze ("Ebba
        patted my knee", "She squeezed my shoulder and went back to the till") is read the same way; a held hand
        is not (it comforts without distress words as often as not)."""
        if not (self.HUG.search(c.trigger or "") or self.PAT.search(c.trigger or "")):
            return False
        pair = frozenset((c.a, c.b))
        if any(f.kind == "event" and f.label in ("fight", "breakup") and frozenset((f.a, f.b)) == pair
               and 0 < c.offset - f.offset <= self.MAKING_UP for f in self.cues):
            return False  # "That evening Vin hugged Odo on the steps": making up after their row
        # (a hug is read against the sentences right round it: a page earlier, the grief is often another's, or
        # over, by the time of a greeting hug; a pat or a squeeze is short enough to need the wider reading)
        before, after = (300, 150) if self.HUG.search(c.trigger or "") else (500, 250)
        near = self.text[max(0, c.span[0] - before):c.span[1] + after]
        close = self.text[max(0, c.span[0] - 250):c.span[1]]
        return not (DISTRESS.search(near) or self.LOW.search(near) or self.UNEASY.search(close))

    # a fight or breakup of the pair this many characters before a hug (about a page) makes the hug their
    # making up; one told pages earlier does not
    MAKING_UP = 3000

    # low spirits, fear or hurt told near a hug ("shaking at the bus stop", "a bandaged wrist", "it's
    # fine to cry", "sorry about your dad", "sniffling into his sleeve", "so homesick"): wider than
    # DISTRESS, which also guards comfort without a touch
    LOW = re.compile(r"\b(sorry|sad|sadly|sadness|upset|scared|afraid|frightened|terrified|petrified|fear(?:s|ed|ful)?|"
                     r"shiver\w*|trembl\w*|pale|hurt|hurts|hurting|pain|sling|splint|broken|sprain\w*|injur\w*|"
                     r"bandag\w*|bleeding|bruised|lost|miss(?:es|ed|ing)?|alone|lonel(?:y|iness)|homesick\w*|"
                     r"panic\w*|awful|exhausted|slump\w*|sniff(?:led|ling|les)|snuffl\w*|tearful\w*|teary|"
                     r"bawl\w*|blubb\w*|wail\w*|whimper\w*|choked up|red-eyed|broke down|breaking down|"
                     r"miserabl[ey]|misery|unhappy|heartbr(?:oken|eak\w*)|devastated|distraught|depressed|despair\w*|"
                     r"wretched|mourn\w*|bereave\w*|condolences)\b", re.I)
    # worry, nerves and soothing, read only in the hug's sentence and just before it ("she was worried
    # sick, so I hugged her"): further off they are as often someone else's nerves before a visit
    UNEASY = re.compile(r"\b(worr(?:y|ied|ies|ying)|anxious\w*|anxiety|nervous\w*|nerves|ashamed|guilt\w*|"
                        r"comfort(?:ed|ing|s)?|reassur\w*|sooth\w*|consol(?:e|ed|ing)|there, there)\b", re.I)

    def divorce_of_the_one_couple(self) -> None:
        """"the winter after the divorce" with no couple told just before: the one married couple the
        story tells anywhere that includes whoever the sentence is about (its subject, a first-person
        narrator in narration) is divorced; nothing when that is not one couple. Run once partners are
        filled in (``timeline.fill_partners``: "her wedding" finds its groom there); adds to ``self.cues``."""
        for tok in self.loose_divorces:
            verb = governing_verb(tok)
            subj = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            who = set(self.r.tokens(subj)) if subj is not None else set()
            narr = self.view.narrator_at(tok.idx)
            if narr and self.view.quote_at(tok.idx) is None:
                who.add(narr)
            couples = {frozenset((c.a, c.b)) for c in self.cues if c.kind == "state" and c.label == "married"
                       and c.a and c.b and c.a != c.b and who & {c.a, c.b}}
            if len(couples) != 1:
                continue
            pair = sorted(couples.pop())
            n = len(self.cues)
            self.pair_event("breakup", pair, tok, verb, 0.45, state="ex", trigger="the divorce (the one couple)")
            for c in self.cues[n:]:
                c.extra["before"] = "married"

    MAN_TITLES = {"mr", "mr.", "sir", "lord", "captain", "capt.", "colonel", "col.", "major", "dr", "dr.", "admiral",
                  "general", "reverend", "rev.", "squire", "judge"}

    def _titled_spouses(self) -> None:
        """"Mrs. Augusta Thorne" and "Captain Thorne": the one married woman and the one titled man of a
        surname are husband and wife, weakly (the formal register names couples so); not when either
        title is shared by two characters of that surname, and not in novels."""
        if self.novel:
            return
        wives: dict[str, list[str]] = defaultdict(list)
        men: dict[str, list[str]] = defaultdict(list)
        for cid, ch in self.view.chars.items():
            words = ch.name.split()
            if len(words) < 2 or not words[-1][:1].isupper():
                continue
            title = words[0].lower()
            if title in ("mrs", "mrs."):
                wives[words[-1]].append(cid)
            elif title in self.MAN_TITLES:
                men[words[-1]].append(cid)
        first = {}
        for s_, _e, cid in self.view.mentions:
            first.setdefault(cid, s_)
        for surname, ws in wives.items():
            ms = men.get(surname, [])
            if len(ws) != 1 or len(ms) != 1 or ws[0] not in first or ms[0] not in first:
                continue
            at = max(first[ws[0]], first[ms[0]])  # told once both are known
            span = self.doc.char_span(at, at + 1, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self.add("state", "married", ws[0], ms[0], span[0], governing_verb(span[0]), 0.35,
                     trigger=f"Mrs. and {self.view.name(ms[0]).split()[0]} {surname}")
            self.cues[-1].extra.update(inferred=True)

    def _the_late(self, m) -> None:
        """"kept house for the late Mr. Pell": the one so named has died (before the telling)."""
        span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not len(span):
            return
        ids = self.r.tokens(span.root)
        if len(ids) == 1:
            self.add("event", "death", ids[0], None, span.root, governing_verb(span.root), 0.5, trigger="the late")
            self.cues[-1].anterior = True

    def _taken_to_hospital(self, m) -> None:
        """"Odile drove him to casualty", "they rushed Piran into the infirmary", "Gwilym travelled in the ambulance
        with Nessa": the one taken to hospital, told as happened, was hurt (an injury; the hurt itself may be told
        in words no rule reads: a scald, a sting that swelled, a snap heard on the ice). Not asked, not in a future or a
        conditional ("I'll drive you to A&E")."""
        g = 1 if m.group(1) else 2
        verb = self.doc.char_span(m.start(), m.start() + len(m.group(0).split()[0]), alignment_mode="expand")
        who = self.doc.char_span(m.start(g), m.end(g), alignment_mode="expand")
        if verb is None or who is None or not len(verb) or not len(who):
            return
        v = verb[0]
        sent = self.idx.sent_text(v.i)
        if v.pos_ not in ("VERB", "AUX") or negated(v) or self.irrealis(v) or "?" in sent:
            return
        if NOT_HURT_TRIP.search(sent):
            return  # (a birth, or a trip to visit or to work: "drove her to the hospital when her waters broke")
        ids = self.r.tokens(who[0])
        if len(ids) == 1:
            self.add("event", "injury", ids[0], None, who[0], v, 0.45, trigger="taken to hospital")

    def _letter_kin(self) -> None:
        """"My dear Sister, ... Your loving brother, Tom": a letter's salutation calls its recipient by
        their tie to the writer, and its closing calls the writer by their tie to the recipient (only
        kin and partner words: "Dear Friend" and "your obedient servant" are formulas)."""
        for q in self.view.quotes:
            if not q.letter or not q.speaker or not q.addressees:
                continue
            writer, recipient = q.speaker, q.addressees[0]
            for where, word, off in q.letter:
                key = word if word in L.REL_NOUNS else L.ADDRESS_KIN_WORDS.get(word)
                if key is None or L.REL_NOUNS[key][0] not in ("family", "romantic") or L.REL_NOUNS[key][1] == "ex":
                    continue
                span = self.doc.char_span(off, off + len(word), alignment_mode="expand")
                if span is None or not len(span):
                    continue
                _, state, holder_role = L.REL_NOUNS[key]
                # the salutation's word is the recipient, the closing's the writer
                ref, owner = (recipient, writer) if where == "salute" else (writer, recipient)
                holder = (ref if holder_role == "ref" else owner) if state in L.DIRECTED_STATES else None
                self.add("state", state, owner, ref, span[0], governing_verb(span[0]), 0.6, holder=holder,
                         trigger=f"letter: {'Dear' if where == 'salute' else 'Your'} {word}")

    CALLER = re.compile(r"\b(?:it's|it is|it\u2019s)\s+(?:(?:only|just)\s+)?me,?\s+your\s+"
                        r"(?:(?:big|little|older|younger|baby|kid|favourite|favorite|old|own)\s+)?([a-z-]+)\b(?!['\u2019]s)", re.I)

    # "I'm telling you this as your boss", "I'm telling you as your mother": the speaker is the listener's X
    AS_YOUR = re.compile(r"\bI(?:'m|\u2019m| am)?\s+(?:[a-z']+\s+){1,5}?as\s+your\s+(?:(?:own|old|big|little)\s+)?([a-z-]+)\b"
                         r"(?!['\u2019]s)")

    def _caller_kin(self) -> None:
        """'"Pell, it's me, your sister."': one who names herself by her tie to the one she speaks to, on the
        phone or at the door, is that (kin and partner words only). Not a bare "it's your brother", which
        tells who someone else is ("That child by the bins? It's your cousin"). And '"I'm telling you this as
        your boss"', '"I'm asking as your mother"': any tie the speaker claims to the one spoken to."""
        for q in self.view.quotes:
            if q.kind == "thought" or not q.speaker or not q.addressees or q.addressees[0] == q.speaker:
                continue
            for lo, hi in q.pieces:
                hits = [(m, False) for m in self.CALLER.finditer(self.text, lo, hi)]
                hits += [(m, True) for m in self.AS_YOUR.finditer(self.text, lo, hi)]
                for m, as_role in hits:
                    key = m.group(1).lower()
                    if key not in L.REL_NOUNS or L.REL_NOUNS[key][1] == "ex" or (
                            L.REL_NOUNS[key][0] not in ("family", "romantic") and not as_role):
                        continue
                    if self._caller_doubt(q, lo, m, key, as_role):
                        continue
                    span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                    if span is None or not len(span):
                        continue
                    _, state, holder_role = L.REL_NOUNS[key]
                    me, you = q.speaker, q.addressees[0]
                    holder = (me if holder_role == "ref" else you) if state in L.DIRECTED_STATES else None
                    self.add("state", state, you, me, span[0], governing_verb(span[0]), 0.55, holder=holder,
                             trigger=f"{'as' if as_role else 'it is'} your {key}")

    # the sex a kin or partner word gives the one it names ("it's me, your sister" in a man's mouth is a joke)
    KIN_SEX = {**dict.fromkeys(("sister", "mother", "mum", "mom", "mam", "mummy", "mommy", "wife", "daughter", "aunt",
                                "auntie", "niece", "girlfriend", "gran", "granny", "grandma", "nan", "nana"), "she"),
               **dict.fromkeys(("brother", "father", "dad", "daddy", "husband", "son", "uncle", "nephew", "boyfriend",
                                "grandad", "granddad", "grandpa"), "he")}

    def _caller_doubt(self, q, lo: int, m, key: str, as_role: bool) -> bool:
        """Reasons not to believe a claimed tie: a voice quoted inside the quote ('"And then the voice says,
        'It's me, your sister,'"'), a hypothesis or a denial in the claim's sentence ("If I were speaking as
        your boss", "I'm not asking as your mother"), a speaker of the other sex ("it's me, your sister" from
        a man), or the tie denied or set right just after ("Bettany was not married", "her real sister")."""
        text = self.text
        if re.search(r"(?:^|[\s,(\u2014])['\u2018]", text[lo:m.start()]):
            return True
        cut = max(text.rfind(c, lo, m.start()) for c in ".!?")
        if re.search(r"\b(?:if|were|would|could|should|not|never|no)\b|n['\u2019]t\b|['\u2019]d\b",
                     text[max(lo, cut + 1):m.end()], re.I):
            return True
        sex = self.KIN_SEX.get(key)
        if sex and self.view.gender(q.speaker) in ("he", "she") and self.view.gender(q.speaker) != sex:
            return True
        if not as_role:
            after = text[q.span[1]:q.span[1] + 300]
            words = key + ("|married|wed" if L.REL_NOUNS[key][1] == "married" else "")
            if re.search(rf"\b(?:not|never|no)\s+(?:\w+\s+){{0,3}}?(?:{words})\b|n['\u2019]t\s+(?:\w+\s+){{0,3}}?(?:{words})\b"
                         rf"|\b(?:real|actual|true)\s+(?:{words})\b", after, re.I):
                return True  # ("Bettany was not married", "Fenna's real sister, Oona, ...")
        return False

    INTRO = re.compile(r"\b(?:(?<![\w'])[Tt]his is|[Yy]ou must be)\s+(?=[A-Z])")

    def _introductions(self, record: bool = False) -> None:
        """'"Dad, this is Oona."', '"And you must be Cass."': an introduction in speech is the first
        meeting of the one introduced and the one spoken to (the speaker, for "you must be"), unless the
        two are kin or were already introduced.

        The first "this is X" of a quote also makes the speaker and X a couple (``_introduced_partner``):
        across writers the one a speaker brings along and introduces first is their partner."""
        done: set[frozenset] = set()
        for q in self.view.quotes:
            if q.kind == "thought" or not q.speaker or re.search(
                    r"\b(?:remember|again)\b", self.view.text[q.span[0]:q.span[1]], re.I):
                continue  # ("This is Isla. You won't remember her": they have met before)
            first = True
            for ps, pe in q.pieces:
                for m in self.INTRO.finditer(self.view.text, ps, pe):
                    if not m.group(0).lower().startswith("you"):
                        if first and not record:
                            self._introduced_partner(q, m.end(), pe)
                        first = False
                    span = self.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
                    if span is None or span[0].pos_ != "PROPN":
                        continue
                    name = span[0]
                    who = self.r.one(name)
                    if len(who) != 1:
                        continue
                    if m.group(0).lower().startswith("you"):
                        other = q.speaker
                        own = re.search(r"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's)\s+([A-Z][a-z]+)",
                                        self.view.text[q.span[0]:q.span[1]])
                        if own:
                            # '"You must be Anna," she says. "I'm Helen."': the speaker says who she is
                            me = self.doc.char_span(q.span[0] + own.start(1), q.span[0] + own.end(1))
                            other = (self.r.one(me[0]) or [None])[0] if me is not None and len(me) == 1 else None
                    else:
                        # "Nell, this is Priya": the one hailed before it, else the quote's listener
                        lo = self.view.text.rfind(",", ps, m.start())
                        hailed = self.doc.char_span(ps, lo, alignment_mode="contract") if lo > ps else None
                        hid = self.r.one(hailed[0]) if hailed is not None and len(hailed) == 1 \
                            and hailed[0].pos_ == "PROPN" else []
                        other = hid[0] if len(hid) == 1 else (q.addressees[0] if q.addressees else None)
                    pair = frozenset((who[0], other))
                    if not other or other == who[0] or pair in done:
                        continue
                    done.add(pair)
                    if record:
                        # (read before the rest, so that a "they" told after an introduction may mean the two
                        # introduced: '"Ilse, this is Tomas," I said ... In May they were married')
                        self.r.introduced.append((pair, name.idx))
                        continue
                    self.pair_event("meeting", [other, who[0]], name, name.head, 0.45, trigger=m.group(0).strip())

    def _told_what_thought(self, tok) -> bool:
        """"Padraig waited until the vestry had cleared and then told her precisely what he thought", "she had
        told the landlord what she thought of him": telling someone to their face what one thinks (of them),
        told as past in the narration, is a row between the two. Only with "exactly"/"precisely" or "of" a
        person: "told me what he thought about the plot" is an opinion."""
        for th in _children(tok, ("ccomp",)):
            what = [c for c in _children(th, ("dobj",)) if c.lower_ == "what"]
            if th.lemma_ != "think" or not what:
                continue
            sharp = any(c.lower_ in ("exactly", "precisely") for c in what[0].children)
            of_person = any(o.pos_ in ("PRON", "PROPN") and o.lower_ not in ("it", "that", "this")
                            for p in _children(th, ("prep",)) if p.lower_ == "of" for o in _children(p, ("pobj",)))
            if not (sharp or of_person) or not self.told(tok) or self.view.quote_at(tok.idx) is not None \
                    or negated(tok) or self.irrealis(tok):
                return True
            s, o = self._ids(tok, deps=("dobj", "dative"))
            root = tok.sent.root
            if not s and tok.dep_ == "conj" and root is not tok and subject(root) is not None \
                    and subject(root).pos_ in ("PROPN", "PRON"):
                s = self.r.tokens(subject(root))  # ("Padraig waited until the vestry cleared and then told her ...")
            if s and o and s[0] != o[0]:
                self.pair_event("fight", s[:1] + o[:1], tok, tok, 0.5, trigger="told ... exactly what they thought")
            return True
        return False

    def _first_sight(self, tok) -> None:
        """"The first time I saw Madoc he was asleep on a bench", "she remembered the first time she had seen
        him": the first sight of someone, told as past, is the two meeting (the seer and the one seen; not
        between kin)."""
        if not any(c.dep_ == "amod" and c.lower_ == "first" for c in tok.head.children) or negated(tok) \
                or tok.tag_ not in ("VBD", "VBN"):
            return
        if any(c.dep_ in ("ccomp", "xcomp") and not _children(c, ("aux", "auxpass")) for c in tok.children) or any(
                a.dep_ == "acl" and a.tag_ == "VBG" for c in _children(tok, ("dobj",)) for a in c.children):
            return  # ("the first time we saw him sulk", "saw her giggling"): a first sight of what someone did
        j = tok.i + 1
        while j < len(self.doc) and self.doc[j].pos_ in ("PROPN", "PRON") and self.doc[j].lower_ not in ("he", "she", "they"):
            j += 1  # (the words after the one seen: "saw Madoc Prout cry", however the tagger reads "cry")
        if j > tok.i + 1 and j < len(self.doc) and self.doc[j].is_lower and self.doc[j].is_alpha and self.doc[j].pos_ not in (
                "PRON", "ADP", "DET", "ADV", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"):
            return
        s, o = self._ids(tok, deps=("dobj",))
        if not o and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ in ("PROPN", "PRON"):
            name = self.doc[tok.i + 1]  # (the parser may hang the name seen elsewhere: "saw Madoc Prout he was")
            while name.dep_ == "compound" and name.head.pos_ == "PROPN":
                name = name.head
            o = self.r.tokens(name)
        if s and o and s[0] != o[0]:
            n = len(self.cues)
            self.pair_event("meeting", s[:1] + o[:1], tok, tok, 0.5, trigger="the first time ... saw")
            for c in self.cues[n:]:
                c.extra["not_kin"] = True

    def _introduced_partner(self, q, start: int, end: int) -> None:
        """'"Dad, this is Oona."': the first person a speaker introduces in a quote is the speaker's
        partner (dating), whoever is spoken to. Not when the quote gives the one introduced another part
        ("this is Bryn, my cousin", "this is Tam from work"), not the speaker (a phone's "hello, this is
        Ada"), not to a group hailed ("Folks, this is Ned": a newcomer), not a new boy or girl or a baby,
        son or daughter told around the quote, and not between kin (timeline: ``not_kin``)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].pos_ != "PROPN":
            return
        name = span[0]
        who = self.r.one(name)
        if len(who) != 1 or who[0] == q.speaker or self.view.quote_at(name.idx) is not q:
            return
        after = self.view.text[name.idx + len(name.text):min(end, name.idx + len(name.text) + 40)]
        if re.match(r"[\w\s.'-]{0,20}?[,—–-]+\s*(?:my|our|your|his|her|a|an|the|from|who)\b", after) or \
                re.match(r"\s+(?:from|of|who|and)\b", after):
            return  # ("this is Bryn, my cousin": a part given; "this is Ada and Lou": a group)
        text = self.view.text
        if name.lower_.strip(".") in INTRO_TITLES:
            return  # ("This is Doctor Amsel": one introduced by a title comes in a role, no partner)
        told = re.match(r"[\w\s'-]{0,20}?[.!]\s+(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?([\w-]+)", after)
        if (told and L.REL_NOUNS.get(told.group(1).lower(), ("", "dating"))[1] != "dating") or any(
                m.group(1).lower() in L.REL_NOUNS and L.REL_NOUNS[m.group(1).lower()][1] != "dating"
                for m in re.finditer(r"\b(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?([\w-]+)", text[q.span[0]:start])):
            # ("This is Tobiah. My cousin.", "Come and meet my stepfather. This is Orrin.": the quote gives the
            # one introduced a part of its own; "This is Oona. My girlfriend." and "Meet my boyfriend. This is
            # Orrin." stay)
            return
        if re.search(r"\b(?:class|everyone|everybody|guys|all|folks|team)\W*$", text[max(q.span[0], start - 40):start - 8],
                     re.I):
            return  # ("Folks, this is Ned": a newcomer introduced to a group)
        if re.search(r"\b(?:new (?:boy|girl|kid)|bab(?:y|ies)|newborn|son|daughter)\b",
                     text[max(0, q.span[0] - 150):min(len(text), q.span[1] + 100)], re.I):
            return  # ("She held the baby up. 'Dad, this is Wilf.'": a child shown, no partner)
        self.add("state", "dating", q.speaker, who[0], name, name.head, 0.5, trigger="this is " + name.text)
        # the couple holds as it is introduced: no partner told later in the same breath ends it
        self.cues[-1].extra.update(not_kin=True, ongoing=True)

    def _same_workplace(self, start: int) -> None:
        span = self.doc.char_span(start + 4, start + 8)
        if span is None or len(span) != 1 or span[0].dep_ != "amod":
            return
        place = span[0].head
        if place.lemma_ in L.SAME_START_TIMES:
            self._started_together(place)
            return
        if self._same_prize(place):
            return
        if place.lemma_ not in L.WORKPLACE_NOUNS | L.BUSINESS_NOUNS | L.SHARED_POSTS | L.SHARED_PLACES:
            return
        if place.dep_ == "pobj" and place.head.lower_ in ("on", "in", "at", "for"):
            verb = place.head.head
        elif place.dep_ == "dobj" and place.lemma_ in L.SHARED_POSTS and not any(
                c.dep_ == "nsubj" and c.lower_ in ("we", "they") for c in place.head.children):
            verb = place.head  # ("Rafferty works the same shifts", "who nursed the same ward"; a "we" is read too loosely)
        else:
            return
        if verb.lemma_ not in L.JOB_VERBS or negated(verb) or self.irrealis(verb):
            return  # ("on the same line" with "be" is _bonds'; "went to the same school" is no job)
        ids = list(dict.fromkeys(self._ids(verb, deps=())[0]))
        # session 25: the other one after "as" ("nursed on the same ward as his cousin Ulrika", "drives the same
        # shifts as me")
        ids += [i for h in (verb, place) for p in _children(h, ("prep",)) if p.lower_ == "as"
                for o in _children(p, ("pobj",)) if o.pos_ in ("PROPN", "PRON") for i in self.r.tokens(o)
                if i not in ids]
        if len(ids) >= 2:
            self.pair_event_state("colleagues", ids[:2], place, verb, 0.45, trigger=f"{verb.text} ... the same {place.text}")

    def _workplace_near(self, start: int, window: int = 1500) -> bool:
        """Is the text around ``start`` set at work (a workplace or business word) rather than at school?"""
        lo, hi = max(0, start - window), min(len(self.text), start + window)
        around = self.text[lo:hi].lower()
        if SCHOOL_WORDS.search(around):
            return False
        return any(re.search(rf"\b{re.escape(w)}s?\b", around) for w in L.DESK_WORKPLACES)

    def _seat_sitter(self, seat) -> list[str]:
        """Who sits at a seat: the subject of the verb the seat phrase hangs on ("Teodora, who sat at the desk
        beside mine", "Ignatz sat four desks away"), the person noun "at" hangs on ("the clerk at the next
        desk", with its apposed name), or a name set just before between commas ("Wendeline, at the next desk,")."""
        at = seat.head if seat.dep_ == "pobj" else seat
        host = at.head if at is not seat else seat.head
        if host.pos_ in ("NOUN", "PROPN") and at.lower_ == "at":
            got = self.r.tokens(host)
            if got:
                return got[:1]
            appos = [t for t in _children(host, ("appos",)) if t.pos_ == "PROPN"]
            if appos:
                return self.r.tokens(appos[0])[:1]
        for _ in range(3):
            if host.pos_ in ("VERB", "AUX"):
                break
            host = host.head
        if host.pos_ in ("VERB", "AUX") and host.lemma_ in ("sit", "work", "be", "perch") and not negated(host) \
                and not self.irrealis(host):
            subj = subject(host)
            if subj is not None and subj.lower_ not in ("i", "we", "it", "they"):
                got = self.r.tokens(subj)
                if got:
                    return got[:1]
        j = min(t.i for t in at.subtree) - 1 if at is not seat else seat.i - 1
        if j >= 1 and self.doc[j].text == "," and self.doc[j - 1].pos_ == "PROPN":
            return self.r.one(self.doc[j - 1])[:1]
        return []

    def _desk_neighbour(self, start: int) -> None:
        """People at next desks are colleagues: "the clerk at the next desk", "the draughtsman at the desk
        opposite", "Teodora, who sat at the desk beside mine" (of the narrator, or of the one whose desk it is beside:
        "the desk next to Piet's"); and one who "sat four desks away" or "two benches down" is the
        first-person narrator's colleague when the story around is set at a workplace (not a school)."""
        span = self.doc.char_span(start, start + len(SEAT.match(self.text, start).group(0)))
        if span is None or len(span) != 1 or span[0].pos_ != "NOUN" or self.view.quote_at(start) is not None:
            return
        seat = span[0]
        sent = seat.sent
        before = {t.lower_ for t in self.doc[max(sent.start, seat.i - 3):seat.i]}
        after = [t for t in self.doc[seat.i + 1:min(sent.end, seat.i + 6)]]
        near = bool(before & SEAT_BEFORE) or any(t.lower_ in SEAT_AFTER for t in after[:2])
        count = seat.i > sent.start and (self.doc[seat.i - 1].like_num or self.doc[seat.i - 1].lower_ in NUMBER_WORDS) \
            and seat.tag_ == "NNS" and bool(after) and after[0].lower_ in SEAT_OFF
        if not near and not count:
            return
        if not self._workplace_near(start, 3000 if near else 1500):
            return
        sitter = self._seat_sitter(seat)
        # whose seat it is beside: "mine", "Piet's", "his"; else (a bare "the next desk") the narrator's
        owner: list[str] = []
        for t in after:
            if t.lower_ in ("mine", "me", "my"):
                owner = self.r.one(t) or [x for x in [self.r.speaker_or_narrator(t.idx)] if x]
            elif t.tag_ == "POS":
                owner = self.r.tokens(t.head)
            elif t.lower_ in ("his", "hers"):
                owner = self.r.tokens(t)
            if owner:
                break
        if not owner:
            if any(t.lower_ in ("his", "hers") or t.tag_ == "POS" for t in after):
                return  # someone else's seat, not known who
            narr = self.view.narrator_at(start)
            owner = [narr] if narr else []
        if sitter and owner and sitter[0] != owner[0]:
            self.pair_event_state("colleagues", [sitter[0], owner[0]], seat, seat.head, 0.45,
                                  trigger=f"{'the next' if near else 'a few'} {seat.text}")

    def _started_together(self, when) -> None:
        """"Zofia and I started here the same month", "Kasper had joined the firm the same week as Ilka",
        "Quarle and Ostrow had signed on as deckhands on the same day", "Thorsby and I started at the depot the
        same winter": two people who took up a post in one place at one time are colleagues.
        The place is a workplace object or preposition, or "here"/"there"/"aboard"; not a school or course
        ("started school the same week" is no job), not "came home the same day"."""
        verb = when.head.head if when.dep_ == "pobj" and when.head.lower_ in ("on", "in", "during") else when.head
        if when.dep_ not in ("npadvmod", "pobj") or verb.lemma_ not in L.START_VERBS or verb.pos_ != "VERB" \
                or negated(verb) or self.irrealis(verb):
            return
        kids = list(verb.children)
        objs = [c for c in kids if c.dep_ == "dobj"]
        places = objs + [o for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "on", "in", "with", "to")
                         for o in _children(c, ("pobj",)) if o is not when]
        if any(p.lemma_ in L.START_NOT_PLACES for p in places):
            return
        here = any(c.dep_ == "advmod" and c.lower_ in ("here", "there", "aboard") for c in kids)
        if not here and not any(p.lemma_ in L.WORK_PLACES or (p.pos_ == "PROPN" and p.dep_ == "pobj") for p in places):
            return
        ids = list(dict.fromkeys(self._ids(verb, deps=())[0]))
        if not ids and subject(verb) is None:
            # "..., Piet Quarle and Ingram Ostrow had come aboard": the parser hung the names on the phrase
            # before them; the names joined by "and" right before the verb (and its auxiliaries) are its subject
            j = min([c.i for c in kids if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i]) - 1
            while j >= 0 and self.doc[j].pos_ == "PROPN":
                got: list[str] = []
                while j >= 0 and self.doc[j].pos_ == "PROPN":
                    got = got or self.r.one(self.doc[j])  # (the surname, or the first name the cast knows)
                    j -= 1
                ids += [i for i in got if i not in ids]
                if j < 1 or self.doc[j].lower_ != "and":
                    break
                j -= 1
        for c in when.children:  # "the same week as Ilka"
            if c.dep_ == "prep" and c.lower_ == "as":
                ids += [i for o in _children(c, ("pobj",)) for i in self.r.tokens(o) if i not in ids]
        if len(ids) >= 2:
            self.pair_event_state("colleagues", ids[:2], when, verb, 0.45, trigger=f"{verb.text} ... the same {when.text}")

    def _shared_home(self, start: int) -> None:
        """"There were four of us in the house on Pilchard Lane: me, Yevette, and Radu", "Yevette and I had been
        sharing a flat since June, along with a girl called Maud", "I'd lived at 7A for a year, with Radu ...
        and Yevette": everyone the sentence names (and a first-person narrator it names) shares
        the home, each two of them roommates. Two to four people; not a future or a wish ("You'll share a
        room"), not a negation."""
        first = self.doc[self.doc.char_span(start, start + 1, alignment_mode="expand").start]
        sent = self.doc[first.sent.start:first.sent.end]
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.idx >= start][:1]
        if not verbs or (verbs[0] is not first and verbs[0] not in first.ancestors):
            # the verb that governs the words matched ("There were three of us in the flat": "were")
            verbs = [t for t in first.ancestors if t.pos_ in ("VERB", "AUX")][:1] or verbs
        had = bool(verbs) and verbs[0].tag_ in ("VBD", "VBN") and any(  # ("I'd lived" is "had")
            c.dep_ == "aux" and c.lower_ in ("'d", "\u2019d") for c in verbs[0].children)
        if not verbs or negated(verbs[0]) or (self.irrealis(verbs[0]) and not had) or any(
                t.tag_ == "MD" and t.head.tag_ == "VB" for t in sent):  # ("I'd lived" is "had")
            return
        ids: list[str] = []
        for t in sent:
            if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ in ("i", "me")):
                if t.dep_ == "compound":
                    continue
                ids += [i for i in self.r.one(t) if i not in ids]
        if not 2 <= len(ids) <= 4:
            return
        for k, x in enumerate(ids):
            for y in ids[k + 1:]:
                self.pair_event_state("roommates", [x, y], verbs[0], verbs[0], 0.45, trigger="a shared home")

    def _member_lists(self) -> None:
        """A group told from inside by the list of its members: "Four of us: me, Ada, Lou and Bryn", "the
        crew that summer: Ada, Lou and me", "Bryn on fiddle, me on keys, Ada on drums". Each two members are
        tied: colleagues for a band, team or crew (or an instrument list), roommates for a flat or house
        lived in or shared ("in our flat", "in flat 9", "shared the house"), friends otherwise (a room or a home is no
        shared household: "the four of us in the waiting room"). Three to six members, one of them the first person ("me"); not kin (timeline:
        ``not_kin``); each member one character."""
        text = self.text
        lists: list[tuple[int, int, str]] = []
        for m in GROUP_LIST.finditer(text):
            lo = self.idx.sent_span(self.doc.char_span(m.start(), m.start() + 1, alignment_mode="expand").start)[0]
            head = text[lo:m.start(1)].lower()
            kind = "colleagues" if re.search(r"\b(?:band|team|crew|squad)\b", head) else \
                "roommates" if re.search(r"\b(?:in(?: our| the| a)?|shar(?:e|ed|es|ing)(?: a| the| our)?) (?:flat|house)\b",
                                         head) else "friends"
            lists.append((m.start(1), m.end(1), kind))
        for m in re.finditer(r"[^.!?\n]+", text):
            items = list(ROLE_ITEM.finditer(text, m.start(), m.end()))
            if len(items) >= 2 and any(i.group(1).lower() == "me" for i in items):
                lists.append((items[0].start(), items[-1].end(), "colleagues"))
        for start, end, kind in lists:
            if any(a <= start < b for a, b, _ in lists if (a, b) != (start, end) and b - a > end - start):
                continue
            ids: list[str] = []
            me = False
            for w in re.finditer(r"(?:^|,|\band\b)\s*(?:and\s+)?((?i:me|her|him)\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b",
                                 text[start:end]):
                span = self.doc.char_span(start + w.start(1), start + w.end(1), alignment_mode="expand")
                if span is None:
                    ids = []
                    break
                tok = span[0]
                if w.group(1).lower() == "me":
                    q = self.view.quote_at(tok.idx)
                    who = [q.speaker] if q is not None and q.speaker else [self.view.narrator_at(tok.idx)]
                    me = True
                else:
                    # ("Lou on keys": a name the tagger took for a noun is still the cast's Lou)
                    who = self.r.one(tok) or [x for x in [self.view.by_name(w.group(1))] if x]
                if len(who) != 1 or not who[0]:
                    ids = []
                    break
                if who[0] not in ids:
                    ids.append(who[0])
            if not me or not 3 <= len(ids) <= 6:
                continue
            tok = self.doc.char_span(start, start + 1, alignment_mode="expand")[0]
            verb = governing_verb(tok)
            if verb is not None and (negated(verb) or self.irrealis(verb)):
                continue
            for k, x in enumerate(ids):
                for y in ids[k + 1:]:
                    self.add("state", kind, x, y, tok, verb if verb is not None else tok, 0.45,
                             trigger="a group's members")
                    self.cues[-1].extra["not_kin"] = True

    def _photographed_couple(self, m) -> None:
        """"Ines and Tam were photographed outside a cafe holding hands", "a photograph of Ines and
        Tam at the races together", "photographed on a ferry with his hand on Ines's knee", "The photograph
        on the fridge: Ines in a yellow coat and, next to her, an arm round her waist, Tam": two
        people caught in a photograph as a couple (holding hands, a hand on a back, an arm round a waist,
        together, kissing) are dating. The two are the photographed verb's subjects (through "who") and the
        names from the photograph to the end of the gesture's clause; exactly two people; narration only;
        not kin (timeline: ``not_kin``)."""
        span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or self.view.quote_at(m.start()) is not None:
            return
        word = span[0]
        lo, hi = self.idx.sent_span(word.i)
        gesture = INTIMATE.search(self.text, m.end(), hi)
        if gesture is None:
            return
        stop = re.search(r",\s+(?:and|but)\b|;", self.text[gesture.end():hi])
        end = gesture.end() + stop.start() if stop else hi
        toks = [t for t in word.sent if t.pos_ == "PROPN" and t.dep_ != "compound" and m.start() <= t.idx < end]
        v = word
        if v.pos_ == "VERB":
            subj = _children(v, ("nsubjpass",))
            while not subj and v.dep_ == "conj":
                v = v.head
                subj = _children(v, ("nsubjpass", "nsubj"))
            if subj and subj[0].lower_ in ("who", "that"):
                rel = subj[0].head
                while rel.dep_ == "conj":
                    rel = rel.head
                subj = [rel.head] if rel.dep_ == "relcl" else []
            toks = subj + toks
        ids: list[str] = []
        for t in toks:
            for i in self.r.tokens(t):
                if i and i not in ids:
                    ids.append(i)
        if len(ids) != 2 or negated(governing_verb(word)):
            return
        self.add("state", "dating", ids[0], ids[1], word, governing_verb(word), 0.5, trigger="photographed together")
        self.cues[-1].extra["not_kin"] = True

    def _titled_head_acts(self, tok) -> None:
        """"the foreman, Ada Kell, sent Lou up to the roof", "Mr Orme, the manager, put me on nights", "Bryn
        Tate, the chef, ... had warned Ned on his first day": a head's title ("the chef", not "her chef")
        apposed to a name, whose holder calls, tells, gives, sends, hires ... a person (the verb's object),
        makes that holder the person's boss. Narration only; not negated or unreal; a gift or a send of a
        gesture ("gave me a hug", "sent her a wink") is no head's act."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                self.view.quote_at(tok.idx) is not None:
            return
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            name, subj = tok.head, tok.head
        else:
            names = [c for c in _children(tok, ("appos",)) if c.pos_ == "PROPN"]
            if not names:
                return
            name, subj = names[0], tok
        if subj.dep_ not in ("nsubj",) or subj.head.pos_ not in ("VERB", "AUX"):
            return
        head = self.r.one(name)
        if len(head) != 1:
            return
        verbs = [subj.head]
        for v in verbs:  # verbs joined to it that share its subject ("was ... and had warned Ned")
            verbs += [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _children(c, ("nsubj",))]
        for v in verbs:
            if v.lemma_.lower() not in HEAD_ACTS or negated(v) or self.irrealis(v):
                continue
            if v.lemma_.lower() in ("give", "send") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in GESTURE_OBJECTS for c in v.children):
                continue  # ("the director, Ada Kell, gave me a hug": a gesture, no post)
            for o in [c for c in v.children if c.dep_ in ("dobj", "dative")]:
                if o.pos_ not in ("PROPN", "PRON") or o.lower_ in ("it", "them", "us", "this", "that"):
                    continue
                for who in self.r.tokens(o)[:1]:
                    if who and who != head[0]:
                        self.add("state", "boss", head[0], who, tok, v, 0.5, holder=head[0],
                                 trigger=f"the {tok.text}, {v.text}")

    def _since_before_i(self, start: int, end: int) -> None:
        """"Wilma Stroud has been head porter at the Larches since before I started", "Bertil has run the bar
        at the Swan since before I was born", "Yevette has been the Gazette's cartoonist since before I
        joined", "Radu has sold tickets for the Lyric since before I came": in narration, one who has held a
        post since before the first-person narrator came works where the narrator does; a head of it (run a
        thing, in charge of, a head's title) is the narrator's boss, else a colleague (a post named, a job verb
        with an object, or a verb with an object done for or at a workplace or a named body). Not for a verb
        of no post (a habit, a feeling: "had loved him since before I"), not kin."""
        since = self.doc.char_span(start, start + 5)
        me = self.doc.char_span(end - 1, end)
        if since is None or me is None or self.view.quote_at(start) is not None:
            return
        verb = since[0].head  # (the parser hangs "since" on "before", on "I qualified", or on the main verb)
        for _ in range(4):
            mine = subject(verb)
            if verb.pos_ in ("VERB", "AUX") and verb.i < since[0].i and (mine is None or mine.lower_ != "i"):
                break
            if verb.head is verb:
                return
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > since[0].i or negated(verb) or self.irrealis(verb):
            return
        subj = subject(verb)
        who = self.r.tokens(subj) if subj is not None and subj.lower_ not in ("i", "we", "it", "they") else []
        narr = self.r.one(me[0])
        if len(who) != 1 or not narr or who[0] == narr[0]:
            return
        kids = list(verb.children)
        attrs = [c for c in kids if c.dep_ == "attr" and c.pos_ == "NOUN"]
        titles = {t.lemma_ for a in attrs for t in a.subtree if t.pos_ in ("NOUN", "PROPN")}
        in_charge = any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "charge" for o in c.children) for c in kids)
        objs = [c for c in kids if c.dep_ == "dobj"]
        # where the post is: a workplace or a named body after "for"/"at"/"on" ("for the Lyric", "on the Kestrel")
        places = [o for c in kids + [k for x in objs for k in x.children] if c.dep_ == "prep"
                  and c.lower_ in ("for", "at", "on") for o in _children(c, ("pobj",))
                  if o.lemma_ in L.WORK_PLACES or o.pos_ == "PROPN"]
        # heading a thing, no person: one named or definite ("has run the bar", "ran this ferry") or one run at a
        # place of work ("ran stores on the Kestrel"); not a pastime ("has run marathons", "kept bees")
        things = [o for o in objs if o.pos_ in ("NOUN", "PROPN") and not self.r.tokens(o)
                  and o.lemma_ not in L.REL_NOUNS and (o.pos_ == "PROPN" or o.lemma_ in L.WORK_PLACES or places
                                                       or any(c.dep_ in ("det", "poss") for c in o.children))]
        heads = in_charge or bool(titles & L.HEAD_TITLES) or (verb.lemma_ in L.HEAD_VERBS and bool(things))
        if any(a.lemma_ in L.REL_NOUNS and L.REL_NOUNS[a.lemma_][0] == "family" for a in attrs):
            return  # ("She has been my aunt since before I ...")
        # a job done for or at a place of work or a named body ("has sold tickets for the Lyric") is a post there
        for_work = any(o.head.lower_ in ("for", "at") for o in places)
        job = heads or bool(attrs) or (bool(objs) and (verb.lemma_ in L.JOB_VERBS or for_work))
        if not job:
            return
        if heads:
            self.add("state", "boss", who[0], narr[0], since[0], verb, 0.5, holder=who[0], trigger="since before I")
        else:
            self.pair_event_state("colleagues", [who[0], narr[0]], since[0], verb, 0.45, trigger="since before I")

    def _same_prize(self, thing) -> bool:
        """"Celeste and I had been up for the same parts since drama school", "Mo and Oskar applied for the
        same job", "both wanted the same girl": two people after one thing only one can have are rivals."""
        if thing.dep_ == "pobj" and thing.head.lower_ == "for":
            verb = thing.head.head
            lem = "up" if verb.lemma_ == "be" and any(c.lower_ == "up" for c in verb.children) else verb.lemma_
            if lem not in L.CONTEST_FOR_VERBS or (lem not in L.CONTEST_STRICT_VERBS
                                                  and thing.lemma_ not in L.CONTESTED_NOUNS):
                return False
        elif thing.dep_ == "dobj" and thing.head.lemma_ in L.CONTEST_WANT_VERBS and thing.lemma_ in L.CONTESTED_NOUNS:
            verb = thing.head
        else:
            return False
        if negated(verb) or self.irrealis(verb):
            return False
        ids = list(dict.fromkeys(self._ids(verb, deps=())[0]))
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(ids) == 1 and subj and subj[0].i >= 2 and self.doc[subj[0].i - 1].lower_ == "and" \
                and self.doc[subj[0].i - 2].pos_ == "PROPN":
            # "that Celeste and I had been up for ...": the parser hung the first conjunct elsewhere
            ids += [p for p in self.r.one(self.doc[subj[0].i - 2]) if p not in ids]
        if len(ids) < 2:
            return False
        self.pair_event_state("rivals", ids[:2], thing, verb, 0.45, trigger=f"{verb.text} ... the same {thing.text}")
        return True

    def _both_applied(self, start: int) -> None:
        """"Zenobia and I both applied for the harbourmaster's post", "we both auditioned for second violin,
        and she got the chair": two people who both went after one post or part are rivals (session 25). The
        verbs of applying, auditioning, competing and standing for something take any object; "went", "ran"
        and "bid" only a post or prize noun ("they both went for the job", not "both went for a walk")."""
        span = self.doc.char_span(start, start + 4)
        if span is None or len(span) != 1:
            return
        both = span[0]
        verb = next((a for a in both.ancestors if a.pos_ == "VERB"), None)
        if verb is None or negated(verb) or self.irrealis(verb):
            return
        things = [o for p in _children(verb, ("prep",)) if p.lower_ == "for" for o in _children(p, ("pobj",))]
        if not things:
            return
        if verb.lemma_ in ("go", "run", "bid") and things[0].lemma_ not in L.CONTESTED_NOUNS:
            return
        ids = list(dict.fromkeys(self._ids(verb, deps=())[0]))
        if len(ids) < 2:
            return
        self.pair_event_state("rivals", ids[:2], things[0], verb, 0.45, trigger=f"both {verb.text} for {things[0].text}")

    def _opened_across(self, start: int) -> None:
        """"Dario set up a salon over the road from Kit in March; by June her chairs stood empty": one who
        opened a business across the road from another, with that other named in the same breath, is a
        business rival (the opening told in the sentence of the road or the next one; the thing opened a
        business noun or a named place, not "it"; the other is a name in the opening's sentence, not its
        opener)."""
        tok = self.doc.char_span(start, start + len(self.text[start:].split(" ", 1)[0]))
        if tok is None or len(tok) != 1:
            return
        sent = tok[0].sent
        sents = [sent] + ([self.doc[sent.end].sent] if sent.end < len(self.doc) else [])
        for sn in sents:
            for v in sn:
                if v.lemma_ != "open" or v.pos_ != "VERB" or negated(v) or self.irrealis(v):
                    continue
                objs = _children(v, ("dobj",))
                # the thing opened is a business by its noun or a named place, never a bare "it" (a gate, a
                # parcel) nor a person
                if not objs or not (objs[0].lemma_ in L.BUSINESS_NOUNS | {"shop", "firm", "stall"}
                                    or objs[0].pos_ == "PROPN" and not self.r.tokens(objs[0])):
                    continue
                opener = list(dict.fromkeys(self._ids(v, deps=())[0]))
                if len(opener) != 1:
                    continue
                mine = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
                others = [i for t in sn if t.pos_ == "PROPN" and t.i not in mine for i in self.r.tokens(t)
                          if i != opener[0]]
                if others:
                    self.pair_event_state("rivals", [opener[0], others[0]], v, v, 0.45, trigger="opened across the road")
                    return

    def _lost_to(self, verb) -> bool:
        """"Kit lost the Dunmore Cup to Dario", "the captaincy went ... she lost it to him", "Dario, whom Kit
        had lost every audition to": a prize, place or match lost to a named one is a contest between rivals
        (not a heart or a scarf lost to someone, a husband lost to a flood, "losing to him at chess": a thing
        no one wins, or no thing)."""
        objs = _children(verb, ("dobj",))
        if not objs:
            return False
        thing = objs[0]
        if not (thing.lemma_ in L.CONTESTED_NOUNS | L.CONTESTS_LOST or (
                thing.pos_ == "PROPN" and not self.r.tokens(thing) and any(c.lower_ == "the" for c in thing.children))):
            return False  # ("lost the Dunmore to him": a named prize, not a named person)
        to = [p for p in _children(verb, ("prep",)) if p.lower_ == "to"]
        if not to:
            return False
        winners = [o for o in _children(to[0], ("pobj",))]
        o = self.r.tokens(winners[0]) if winners and winners[0].lower_ not in ("who", "whom") else []
        if winners and not o and winners[0].lower_ in ("who", "whom") and verb.dep_ == "relcl":
            o = self.r.one(verb.head)  # "Dario, whom Kit had lost every audition to"
        s, _ = self._ids(verb, deps=())
        if not (s and o and s[0] != o[0]):
            return False
        self.pair_event_state("rivals", [s[0], o[0]], verb, verb, 0.45, trigger=f"{verb.text} the {thing.text} to")
        return True

    def _fought_for_prize(self, verb) -> bool:
        """"Kit and Dario fought it out for the scholarship", "Dario fought Kit for the captaincy":
        two people fighting for a thing one person wins are rivals (the things of _same_prize)."""
        # (session 28: "over" too: "the two girls fought over the maths medal")
        things = [o for p in _children(verb, ("prep",)) if p.lower_ in ("for", "over") for o in _children(p, ("pobj",))]
        if not any(t.lemma_ in L.CONTESTED_NOUNS | L.CONTESTS_LOST for t in things):
            return False
        s, o = self._ids(verb, deps=("dobj",), preps=("with", "against"))
        ids = list(dict.fromkeys(s + o))
        if len(ids) < 2:
            return False
        self.pair_event_state("rivals", ids[:2], verb, verb, 0.45, trigger=f"{verb.text} for the {things[0].text}")
        return True

    def _against_each_other(self, start: int) -> None:
        tok = self.doc.char_span(start, start + len("against"))
        if tok is None or len(tok) != 1 or tok[0].dep_ != "prep":
            return
        verb = tok[0].head
        if verb.pos_ not in ("VERB", "AUX") or negated(verb) or self.irrealis(verb) or verb.lemma_ in L.AGAINST_NOT_RIVALS:
            return
        # "set us against each other", "pitted them against one another": the ones matched are the object
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("us", "them")]
        ids = self.r.tokens(objs[0]) if objs else self._ids(verb, deps=())[0]
        ids = list(dict.fromkeys(ids))
        if len(ids) >= 2:
            self.pair_event_state("rivals", ids[:2], tok[0], verb, 0.45, trigger=f"{verb.text} against each other")

    def _fights_behind_breakups(self) -> None:
        """"We split up last February ... over something that started as a row": a row with nobody of its
        own, in the sentence that tells a couple's breakup, is that couple's fight."""
        for tok in self.loose_fights:
            sent = self.idx.sent_span(tok.i)
            ends = [c for c in self.cues if c.kind == "event" and c.label == "breakup" and c.a and c.b and c.span == sent]
            verb = governing_verb(tok)
            if ends and not negated(verb) and not self.irrealis(verb):
                n = len(self.cues)
                self.pair_event("fight", [ends[0].a, ends[0].b], tok, verb, 0.5, trigger=f"{tok.text} (the breakup's)")
                for c in self.cues[n:]:
                    c.anterior, c.recalled, c.scene = ends[0].anterior, ends[0].recalled, ends[0].scene
            elif tok.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and self.told(verb) and not negated(verb) \
                    and not self.irrealis(verb) and self.view.quote_at(tok.idx) is None:
                self._fight_told_after(tok, verb)

    def _fight_told_after(self, tok, verb) -> None:
        """"The quarrel took place on the ferry, in the rain. Isidora shouted at Benedikt until the deckhands
        stared": a fight told as a happening with nobody of its own ("the row lasted an hour") is between
        the first two people the next sentences set against each other (one says, shouts or does
        something to or about the other)."""
        k = self.idx.sent_of(tok.i)
        end = self.idx.sent_chars[min(k + 2, len(self.idx.sent_chars) - 1)][1]
        # within the fight's paragraph, or the next one when the fight's sentence closes its own
        # ("The row came on the night before the audition." alone, then the telling)
        para = self.text.find("\n\n", tok.idx)
        if para >= 0 and not self.text[self.idx.sent_chars[k][1]:para].strip():
            para = self.text.find("\n\n", para + 2)
        if para >= 0:
            end = min(end, para)
        for t in self.doc[tok.i + 1:]:
            if t.idx >= end:
                break
            if t.pos_ != "VERB" or t is verb or self.view.quote_at(t.idx) is not None:
                continue
            if t.lemma_ == "tell" and not _children(t, ("ccomp", "xcomp")):
                continue  # ("the steward told the cook later": the news passed on, not the quarrel)
            s, o = self._ids(t, deps=("dobj", "dative"), preps=("to", "at", "about", "with"))
            if not o:  # "said cruel things about Isidora", "knocked the cup from his hand"
                o = [i for c in _children(t, ("dobj",)) for p in _children(c, ("prep",)) if p.lower_ in ("to", "about")
                     for x in _children(p, ("pobj",)) for i in self.r.tokens(x)]
                o = o or [i for c in _children(t, ("dobj",)) for q in _children(c, ("poss",)) for i in self.r.tokens(q)]
            o = [i for i in o if i not in s]
            if len(s) == 1 and o:
                self.pair_event("fight", [s[0], o[0]], tok, verb, 0.45, trigger=f"the {tok.text} ({t.text} ...)")
                return

    def _chefs_agreed(self) -> None:
        """"Thirty seconds, chef": a kitchen hails its head as "chef", but the quote's guessed addressee
        in a busy kitchen is often wrong (and "chef" is said to any cook in jest), so a hailed "chef" is
        the boss only when two different people hail the same one so."""
        hailers: dict[str, set] = defaultdict(set)
        for c in self.cues:
            if c.extra.get("chef"):
                hailers[c.a].add(c.b)
        self.cues = [c for c in self.cues if not (c.extra.get("chef") and len(hailers[c.a]) < 2)]

    def _child_apposition(self, tok, low: str) -> None:
        """"Paul, her eldest", "Owen and Maisie, Denise's two", "Hattie, Paul's girl": a possessed rank,
        count or colloquial child word in apposition to a name is a child of the possessor, though no
        kin noun is used (independent writers introduce families this way). "girl"/"boy" need a named
        possessor ("his girl" is as often a sweetheart); a count takes every name it is apposed to."""
        poss = _children(tok, ("poss",))
        if not poss and low in L.CHILD_BY_RANK:
            # "Leo, the oldest of her three", "Tom, the youngest of Mary's children": the rank among
            # someone's children
            poss = [c for p in _children(tok, ("prep",)) if p.lower_ == "of" for o in _children(p, ("pobj",))
                    if o.lower_ in L.CHILD_COUNT or o.lemma_.lower() in L.CHILD_PLURALS for c in _children(o, ("poss",))]
        if not poss or negated(governing_verb(tok)):
            return
        if low in L.CHILD_COLLOQUIAL and poss[0].pos_ != "PROPN":
            return
        parent = self._kin_antecedent(poss[0]) or self.r.tokens(poss[0])
        heads = [tok.head]
        if tok.dep_ == "attr":  # "Tom was Ed's eldest", "Hattie is Paul's girl": the copula's subject
            heads = _children(tok.head, ("nsubj",))
            if not heads or heads[0].pos_ not in ("PROPN", "PRON"):
                return
        if low in L.CHILD_COUNT:  # "Owen and Maisie, Denise's two": the appos hangs on the last conjunct
            first = heads[0]
            while first.dep_ == "conj":
                first = first.head
            heads = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
            if len(heads) != {"two": 2, "three": 3, "four": 4}.get(low, 0):
                return
        kids = [k for h in heads for k in self.r.one(h)]
        want = {"her": "she", "his": "he"}.get(poss[0].lower_)
        if want and parent and parent[0] in kids:
            # "Paul, her eldest": the pronoun's link went to the name it stands beside; the one before
            back = self.r.antecedent(poss[0].idx, want, self.r.excluded(tok.idx) | set(kids), window=600)
            parent = [back] if back else []
        for kid in dict.fromkeys(kids):
            if parent and kid and kid != parent[0]:
                self.add("state", "parent", parent[0], kid, tok, governing_verb(tok), 0.55, holder=parent[0],
                         trigger=f"{poss[0].text} {tok.text}")

    def _rank_of_told_children(self, tok) -> None:
        """"Ebenezer Grisedale had three daughters. Merryn, the eldest, kept the accounts ... Senara, the youngest,
        ...": a name apposed to "the elder / younger / eldest / youngest" (no owner of its own) ranks it among
        the children a sentence just before counted ("had two sons", "had three daughters"): the one who had
        them is the parent. Up to three sentences back, in the narration."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _children(tok, ("poss", "prep")):
            return
        if self.view.quote_at(tok.idx) is not None or negated(governing_verb(tok)):
            return
        sent = tok.sent
        for _ in range(2):
            if sent.start == 0:
                return
            sent = self.doc[sent.start - 1].sent
            for t in sent:
                if t.dep_ == "dobj" and t.tag_ == "NNS" and t.lemma_.lower() in L.CHILD_PLURALS \
                        and t.head.lemma_ == "have" and not negated(t.head) and not self.irrealis(t.head) \
                        and any(c.dep_ == "nummod" and c.lower_ in L.CHILD_COUNT for c in t.children):
                    subj = subject(t.head)
                    parent = self.r.tokens(subj) if subj is not None and subj.pos_ in ("PROPN", "PRON") else []
                    kids = self.r.one(tok.head)
                    if parent and kids and kids[0] != parent[0] and not self._other_surnames(parent[0], kids[0]) \
                            and not _written_surnames_differ(subj, tok.head):
                        self.add("state", "parent", parent[0], kids[0], tok, governing_verb(tok), 0.5,
                                 holder=parent[0], trigger=f"{tok.head.text}, the {tok.text}")
                    return
            if not any(t.lower_ in L.CHILD_RANK_THE and t.dep_ == "appos" for t in sent) and any(
                    (t.tag_ == "CD" or t.pos_ == "NUM") and t.ent_type_ not in ("DATE", "TIME")
                    and t.dep_ in ("nummod", "dobj", "nsubj", "nsubjpass", "pobj", "conj") for t in sent):
                # "His neighbour had four.", "They hired three clerks.": another group counted nearer (not an
                # age, nor a sentence ranking another of the children: "Ivo, the elder, was thirty.")
                return

    def _other_surnames(self, a: str, b: str) -> bool:
        """Do two characters both named in full bear different surnames (no parent and child of one house)?"""
        names = [self.view.chars[c].name.split() if c in self.view.chars else [] for c in (a, b)]
        return all(len(w) >= 2 and w[0].lower() not in _TITLES for w in names) and names[0][-1] != names[1][-1]

    def _child_named_after(self, tok, low: str) -> None:
        """"his lad Osric", "our boy, Bede", "Mrs Penn's own lad, Ansel", "her youngest, Hal": a possessed
        colloquial or rank child word with a name apposed after it is the possessor's child (the name-first
        shape, "Paul, her eldest", is ``_child_apposition``). "girl"/"lass" need a named possessor or
        "their"/"our" ("his girl, Dora" is as often a sweetheart); "boy"/"lad" take "his"/"her"/"my" too."""
        poss = _children(tok, ("poss",))
        names = [c for c in _children(tok, ("appos",)) if c.pos_ == "PROPN" and c.i > tok.i]
        if not poss or not names or negated(governing_verb(tok)):
            return
        p = poss[0]
        if p.pos_ != "PROPN" and not (p.lower_ in ("their", "our") or (
                p.lower_ in ("his", "her", "my") and low in {"boy", "lad"} | L.CHILD_BY_RANK)):
            return
        kids = self.r.one(names[0])
        if len(kids) != 1:
            return
        if p.lower_ in ("my", "our") and self.view.quote_at(p.idx) is None:
            me = self.view.narrator_at(p.idx)
            parents = [me] if me else []
            if p.lower_ == "our" and me:
                parents += [x for x in [self.r.partner.get(me)] if x]
        elif p.lower_ in ("my", "our"):
            q = self.view.quote_at(p.idx)
            parents = [q.speaker] if q.speaker else []
        else:
            parents = self._kin_antecedent(p) or self.r.tokens(p)
        for parent in dict.fromkeys(parents[:2]):
            if parent and parent != kids[0]:
                self.add("state", "parent", parent, kids[0], tok, governing_verb(tok), 0.55, holder=parent,
                         trigger=f"{p.text} {tok.text}")

    COMPOSED = {("parent", "sibling"): ("aunt_or_uncle", "ref"), ("parent", "parent"): ("grandparent", "ref"),
                ("sibling", "child"): ("aunt_or_uncle", "owner"), ("child", "child"): ("grandparent", "owner"),
                ("sibling", "sibling"): ("sibling", None)}

    def _composed_kin(self, tok, key: str, inner) -> bool:
        """The tie of ``tok`` (a kin noun) to the owner of ``inner`` (the kin noun owning it), when the
        composition is a tie fabula names. True when the noun was read so."""
        def role(word: str) -> str | None:
            _, state, holder = L.REL_NOUNS.get(word, (None, None, None))
            if state == "parent":
                return "parent" if holder == "ref" else "child"
            return "sibling" if state == "sibling" else None
        rule = self.COMPOSED.get((role(inner.lower_), role(key)))
        owner_tok = _children(inner, ("poss",))
        if rule is None or not owner_tok:
            return False
        owner = self._kin_antecedent(owner_tok[0]) or self.r.tokens(owner_tok[0])
        name = named_by(tok) or self._apposed_elsewhere(tok)
        ref = self.r.tokens(name) if name is not None else []
        if not ref and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            ref = self.r.one(tok.head)  # "Tom, my mother's brother"
        if not ref and tok.dep_ in ("attr",) and tok.head.lemma_ == "be":
            subj = _children(tok.head, ("nsubj", "nsubjpass"))
            ref = self.r.tokens(subj[0]) if subj else []  # "Kit was my sister's son"
        if not owner or not ref or owner[0] == ref[0] or negated(governing_verb(tok)):
            return True
        state, who = rule
        holder = ref[0] if who == "ref" else owner[0] if who == "owner" else None
        self.add("state", state, owner[0], ref[0], tok, governing_verb(tok), 0.55, holder=holder,
                 trigger=f"{owner_tok[0].text} {inner.text}'s {tok.text}")
        return True

    def _gran_titled(self, cid: str) -> bool:
        """The character is named or also called by a grandparent's title alone ("Gran", "Nan", "Oma")."""
        ch = self.view.chars.get(cid)
        return ch is not None and any(L.KIN_NAMES.get(n.lower()) == "grandparent" for n in [ch.name, *ch.aliases])

    def _kin_antecedent(self, pron) -> list[str]:
        """"kept by his widow and by her elder sister, Mrs. Pell": a possessive "her"/"his" right after a
        kin noun of its sex in the same sentence, with no name of that sex between, is the person that
        noun was resolved to (the widow), not the cast's pronoun link (often the story's heroine)."""
        want = {"her": "she", "his": "he"}.get(pron.lower_)
        if want is None or self.view.quote_at(pron.idx) is not None:
            return []
        head = pron.head
        if head.dep_ == "conj":
            # session 28: "her mum, Ulla, and her stepdad, Bram": kin nouns listed with the same
            # pronoun are one person's kin, not the stepdad of the mother
            first = head.head.head if head.head.dep_ == "appos" else head.head
            same = [c for c in first.children if c.dep_ == "poss" and c.lower_ == pron.lower_]
            if same and first.lower_ in L.REL_NOUNS:
                return self.r.tokens(same[0])[:1]
        lo, _ = self.idx.sent_span(pron.i)
        for j in range(pron.i - 1, max(-1, pron.i - 12), -1):
            t = self.doc[j]
            if t.idx < lo:
                break
            if j in self.noun_ref:
                cid = self.noun_ref[j]
                return [cid] if self.view.gender(cid) == want else []
            subj = t if t.dep_ in ("nsubj", "nsubjpass") else t.head if t.dep_ in ("appos", "compound") else None
            if t.pos_ == "PROPN" and subj is not None and subj.dep_ in ("nsubj", "nsubjpass") \
                    and subj.head in pron.ancestors:
                # "Her sister Claire came over with her baby": the subject named just before, of the
                # pronoun's sex, whose verb the pronoun follows (no other name of that sex between)
                ids = self.r.one(t)
                return ids[:1] if len(ids) == 1 and self.view.gender(ids[0]) == want else []
            if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ in ("she", "he", "her", "him", "his")):
                ids = self.r.one(t) if t.pos_ == "PROPN" else []
                if ids and self.view.gender(ids[0]) not in (want, "unknown"):
                    continue  # a name of the other sex does not compete
                if t.pos_ == "PROPN" and not ids:
                    continue  # ("on Saturday")
                return []
        return []

    def kin_bindings(self) -> dict[int, list[str]]:
        """Kin nouns the first reading left unresolved, bound to the one person the story's own cues
        already give that role: "My grandmother died on a Thursday" once "Avó Lurdes" is known to be the
        narrator's grandmother, "Her father had died" once "her father's pear tree" was Mr. Ashcombe.
        A kin noun takes no nearest-name guess (see ``_relation_noun``), but a relation the story states
        elsewhere is no guess. Only a unique holder of the role, of the noun's sex, counts. "The brothers
        had quarrelled over the boat" is the one pair of brothers the story has. Token index -> character
        ids, for :attr:`Resolver.bound` in a second reading."""
        out: dict[int, list[str]] = {}
        if self.novel:
            return out
        for i in self.idx.candidates(set(L.REL_NOUNS), set(L.REL_NOUNS)):
            tok = self.doc[i]
            key = tok.lower_ if tok.lower_ in L.REL_NOUNS else tok.lemma_.lower()
            if tok.pos_ != "NOUN" or key not in L.REL_NOUNS:
                continue
            rtype, state, holder_role = L.REL_NOUNS[key]
            poss = _children(tok, ("poss",))
            if tok.tag_ == "NNS" and not poss and state in ("sibling", "cousin") and any(
                    c.dep_ in ("det", "nummod") and c.lower_ in ("the", "two", "both") for c in tok.children) \
                    and not _children(tok, ("prep", "appos")):
                pairs = {frozenset((c.a, c.b)) for c in self.cues if c.kind == "state" and c.label == state
                         and c.a and c.b}
                if len(pairs) == 1:
                    out[i] = sorted(next(iter(pairs)))
                continue
            if rtype != "family" or not poss or tok.tag_ != "NN" or named_by(tok) is not None or self.r.one(tok):
                continue
            owners = self.r.tokens(poss[0])
            want = L.NOUN_GENDER.get(key)
            if owners and (len(owners) != 1 or not any(
                    c.kind == "state" and c.label == state and owners[0] in (c.a, c.b)
                    and ("step" in c.trigger.lower()) == key.startswith("step") for c in self.cues)):
                intro = self._introduced_after(tok, owners, want)
                if intro:
                    out[i] = [intro]
                    continue
            if len(owners) != 1:
                continue
            found = set()
            step = key.startswith("step")
            for c in self.cues:
                if c.kind != "state" or c.label != state or owners[0] not in (c.a, c.b) or not c.a or not c.b:
                    continue
                if ("step" in c.trigger.lower()) != step:
                    continue  # "her father" is not the stepfather the story named ("Leon had been Nadia's stepfather")
                other = c.b if c.a == owners[0] else c.a
                if state in L.DIRECTED_STATES and c.holder != (other if holder_role == "ref" else owners[0]):
                    continue
                if want and self.view.gender(other) not in (want, "unknown", None):
                    continue
                found.add(other)
            if len(found) == 1:
                out[i] = [found.pop()]
        return out

    def _introduced_after(self, tok, owners: list[str], want: str | None) -> str | None:
        """"Years ago their father had built a boat in here every winter. Walter Mercer was a big,
        quiet man ...": a kin noun left open, followed by a sentence whose subject is a person named
        there for the first time, of the noun's sex, introduces that
        person. Writers name a relative right after the role; a reader binds them. Not a name already
        met (that would be a guess), nor one of the owners. The role may be the object too ("the day they
        buried their father ... Alec Adair had taken nine months to die")."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.head.lemma_ in SPEECH_LEMMAS:
            return None  # the role is what its sentence is about (not "said his sister", "their mother's side")
        first = getattr(self, "_first_mention", None)
        if first is None:  # (once per reading: where each character is first mentioned)
            first = {}
            for s, _, cid in self.view.mentions:
                if cid not in first or s < first[cid]:
                    first[cid] = s
            self._first_mention = first
        sent = tok.sent
        nxt = sent.end
        for _ in range(1):  # (the very next sentence: two sentences on, "Tansy" was no dead mother)
            if nxt >= len(self.doc):
                return None
            cand = self.doc[nxt].sent
            for t in cand:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.head.dep_ == "ROOT":
                    ids = self.r.tokens(t)
                    if len(ids) != 1 or ids[0] in owners or self.view.quote_at(t.idx) is not None:
                        return None
                    cid = ids[0]
                    start = first.get(cid)
                    if start is None or start < cand.start_char:
                        return None
                    if want and self.view.gender(cid) not in (want, "unknown", None):
                        return None
                    return cid
            nxt = cand.end
        return None

    def _kin_names(self):
        """A character the text calls "Gran" or "Uncle Teo" is the narrator's grandparent/uncle."""
        first: dict[str, tuple[int, int]] = {}
        for s, e, cid in self.view.mentions:
            first.setdefault(cid, (s, e))
        by_char: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for s, e, cid in self.view.mentions:
            by_char[cid].append((s, e))
        for cid, ch in self.view.chars.items():
            self._titled_in_speech(cid, by_char.get(cid, []))
            words = ch.name.lower().split()
            for alias in ch.aliases:  # the cast calls him "Felix", also known as "Uncle Felix"
                if alias.split() and alias.split()[0].lower() in L.KIN_NAMES and (not words or words[0] not in L.KIN_NAMES):
                    words = alias.lower().split()
            if cid in first and (not words or words[0] not in L.KIN_NAMES):
                # "Grandpa Joe told the story": the cast named him Joe; the title stands before the name
                before = self.view.text[max(0, first[cid][0] - 12):first[cid][0]].split()
                if before and before[-1][:1].isupper() and before[-1].lower() in L.KIN_NAMES:
                    words = [before[-1].lower()] + words
            if not words or words[0] not in L.KIN_NAMES or cid not in first:
                continue
            self._kin_name_spoken(cid, L.KIN_NAMES[words[0]], ch.name)
            if len(words) > 1 and L.KIN_NAMES[words[0]] == "parent":
                continue  # "Mama Zenobia", "Mamma Benedetta", "Ma Kettleby": what a whole street calls her, no tie
            if self._title_not_narrators(by_char.get(cid, []), words[0]):
                continue
            narr = self.view.narrator_at(first[cid][0])
            q0 = self.view.quote_at(first[cid][0])
            if narr and q0 is not None and q0.kind != "letter" and q0.speaker != narr:
                # '"Dad, Mum remembers it otherwise," said my son': a title that first comes up in
                # someone else's talk is that speaker's word (the speech rule above), the narrator's
                # only where the narrator uses it too, in the narration or in their own lines
                # (or "your"/"our" title said to the narrator: "our Gran sold your scooter")
                own = next(((s, e) for s, e in by_char.get(cid, []) if (
                    (qq := self.view.quote_at(s)) is None or qq.speaker == narr or (
                        narr in qq.addressees and self.view.text[max(0, s - 5):s].lower().split()[-1:] in (
                            ["your"], ["our"])))
                    and self.view.narrator_at(s) == narr), None)
                if own is None:
                    continue
                first[cid] = own
                q0 = self.view.quote_at(own[0])
            if q0 is not None and q0.kind == "letter":
                narr = q0.speaker  # "Papa was at first a little grave" in a letter: its writer's father
            if not narr and all(p != 1 for _, _, p in self.view.narrator_sections):
                # third person throughout: "since Dad walked out on them both" is the protagonist's father
                # (the one the story names most), when the narration itself calls him so
                narr = self._protagonist() if self.view.quote_at(first[cid][0]) is None and not self.novel else None
            if not narr or narr == cid:
                continue
            span = self.doc.char_span(first[cid][0], first[cid][1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            tok = span[0]
            state = L.KIN_NAMES[words[0]]
            self.add("state", state, cid, narr, tok, governing_verb(tok), 0.5, holder=cid,
                     trigger=f"called '{ch.name}'")
            self.cues[-1].anterior = False

    def _same_surname(self, cid: str, key: str) -> str | None:
        """The only other character with the title ``SURNAME_KIN`` allows for ``key`` whose name ends in
        ``cid``'s surname: "Gideon Hale's mother" is Mrs. Hale, "Mr. Bennet's wife" Mrs. Bennet, "Lydia
        Bennet's father" Mr. Bennet. A married woman's mother, sister or father bear her maiden name, so a
        "Mrs." owns only a husband; "Miss E. Pryce" is Edith Pryce herself, not her mother."""
        ch = self.view.chars.get(cid)
        words = ch.name.split() if ch else []
        if len(words) < 2:
            return None
        owner_titles, titles = SURNAME_KIN[key]
        own = {n.split()[0].lower() for n in (ch.name, *ch.aliases) if n.split()}  # the owner's titles
        if owner_titles is not None and not own & owner_titles:
            return None  # "his wife" of a Mr., "her husband" of a Mrs.
        if owner_titles is None and own & {"mrs", "mrs.", "lady"}:
            return None  # a married woman's kin by blood carry another name
        surname = words[-1].lower()
        found = []
        for o in self.view.chars.values():
            titled = o.name.split()[0].lower() in _TITLES if o.name.split() else False
            # ("Harriet Lowe", also called "Miss Harriet Lowe"; but not "Lady Anne Darcy" also called "Mrs. Darcy")
            for name in (o.name, *(() if titled else o.aliases)):
                ws = name.split()
                if o.id == cid or len(ws) < 2 or ws[-1].lower() != surname or ws[0].lower() not in titles:
                    continue
                if len(ws) > 2 and ws[1].rstrip(".").lower() == words[0].lower()[:len(ws[1].rstrip("."))]:
                    continue  # the owner's own first name or initial after the title
                found.append(o.id)
                break
        return found[0] if len(found) == 1 else None

    STAGE = {"dating": 1, "engaged": 2, "married": 3}

    def _known_partner(self, cid: str) -> str | None:
        """The one the story has so far paired ``cid`` with most firmly (married over engaged over
        dating; then the latest told): "her husband's arm" after an engagement told and a school
        romance recalled is the fiancé's."""
        best: dict[str, tuple[int, int]] = {}
        ended: dict[str, bool] = {}
        for c in self.cues:
            if c.kind != "state" or not c.b or cid not in (c.a, c.b) or c.label not in (*self.STAGE, "ex"):
                continue
            other = c.b if c.a == cid else c.a
            if not other:
                continue
            ended[other] = c.label == "ex"  # (an ex is nobody's "girlfriend" now)
            if c.label != "ex":
                best[other] = max(best.get(other, (0, 0)), (self.STAGE[c.label], c.offset))
        live = [(k, o) for o, k in best.items() if not ended.get(o)]
        return max(live)[1] if live else None

    SPEECH_TO = {"tell", "say", "ask", "reply", "answer", "whisper", "call", "shout", "murmur", "snap", "cry"}

    def _kin_tag_speaker(self, tok, key: str, rtype: str, state: str, poss,
                         possessor: list[str]) -> tuple[str | None, str | None]:
        """(speaker, owner) for a possessed kin noun ``tok`` that is the subject of a speech tag ("said
        his sister", "her father asked", "Wren's mother replied"): the speaker is the one the dialogue
        stage found through the tag itself (not a later guess), of the kin word's sex; the owner is
        ``possessor[0]``, except that a "his"/"her" resolved to someone the quote's own words name is
        instead the one spoken to, else the previous quote's speaker, else the nearest person mentioned
        before the quote, of the pronoun's sex ("'Look, there's Dashiell,' said his sister": her brother
        hears it, not Dashiell). (None, None) when either is unknown or they are the same person."""
        none = (None, None)
        if rtype != "family" and state != "married":
            return none
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.tag_ != "NN" or (
                poss.lower_ not in ("his", "her", "my") and poss.pos_ != "PROPN"):
            return none
        if self.view.quote_at(tok.idx) is not None:
            return none  # a kin noun inside the quote is what is said, not who says it
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return none
        q = next((q for q in self.view.quotes if q.cue is not None and q.cue[0] <= verb.idx < q.cue[1]), None)
        if q is None or not q.speaker or q.kind == "letter":
            return none
        notes = q.notes or ""
        if "speech tag" not in notes or "turn-taking" in notes or (
                "ranker" in notes and not (poss.lower_ == "my" and notes.startswith("speech tag; speaker ranker"))):
            # the tag did not settle the speaker: a later pass's guess. But '"Don't panic," my brother said'
            # in a first-person story: the tag's own ranker chose who the narrator's brother is
            return none
        want = L.NOUN_GENDER.get(key)
        if want and self.view.gender(q.speaker) not in (want, "unknown", None):
            return none
        owner = possessor[0] if possessor else None
        if owner and poss.lower_ in ("his", "her") and any(
                c == owner for s, e in q.pieces for _, _, c in self.view.mentions_in((s, e))):
            pron = "he" if poss.lower_ == "his" else "she"
            heard = [a for a in q.addressees if a != q.speaker]
            k = self.view.quotes.index(q)
            prev = self.view.quotes[k - 1] if k > 0 else None
            answered = [prev.speaker] if prev is not None and prev.speaker and prev.speaker != q.speaker \
                and q.span[0] - prev.span[1] < 600 else []
            before = [c for _, _, c in self.view.mentions_before(q.span[0], window=600)]
            fits = [c for c in (heard if len(heard) == 1 else []) + answered + before[:1]
                    if c != q.speaker and self.view.gender(c) == pron]
            owner = fits[0] if fits else None
        if owner is None or owner == q.speaker:
            return none
        return q.speaker, owner

    def _listener(self, tok) -> str | None:
        """The addressee of the quote that ``tok``'s speech verb frames ("Edith told her daughter", "said
        Mrs. Bennet to her husband"), when the quote's speaker is the verb's subject."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
        if verb.lemma_ not in self.SPEECH_TO:
            return None
        lo, hi = self.idx.sent_span(tok.i)
        near = [q for q in self.view.quotes if q.kind != "thought" and q.addressees and (
            lo <= q.span[1] <= hi + 2 or lo - 2 <= q.span[0] <= hi)]
        subj = subject(verb)
        speakers = set(self.r.tokens(subj)) if subj is not None else set()
        for q in near:
            if q.speaker in speakers or not speakers:
                return q.addressees[0]
        return None

    def _previous_topic(self, tok) -> str | None:
        """The character named as the subject of the sentence just before ``tok``'s (same paragraph),
        when ``tok``'s phrase opens its own sentence."""
        sent = tok.sent
        if tok.left_edge.i != sent.start or sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if "\n" in self.view.text[prev.start_char:sent.start_char] or self.view.quote_at(prev.start_char) is not None:
            return None
        subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subj is None or not (subj.pos_ == "PROPN" or (subj.pos_ == "NOUN" and subj.text[:1].isupper())) \
                or subj.conjuncts:  # ("Rui comes last.": a name the tagger calls a noun)
            return None
        ids = self.r.one(subj)
        return ids[0] if len(ids) == 1 else None

    def _speaker_around(self, tok) -> str | None:
        """The one speaker whose quotes close in on ``tok``'s sentence from both sides within its
        paragraph (only the gap between two lines of one speaker is safe to read as theirs)."""
        lo, hi = self.idx.sent_span(tok.i)
        i = bisect.bisect_right(self.view._quote_starts, lo) - 1
        if i < 0:
            return None
        q = self.view.quotes[i]
        ends = [e for _, e in q.pieces if e <= lo]
        starts = [s for s, _ in q.pieces if s >= hi]
        if ends and starts:  # one quote in two pieces around the sentence
            before_end, after_start, speakers = max(ends), min(starts), {q.speaker}
        else:
            after = self.view.quotes[i + 1] if i + 1 < len(self.view.quotes) else None
            if after is None:
                return None
            before_end, after_start, speakers = q.span[1], after.span[0], {q.speaker, after.speaker}
        if len(speakers) != 1 or None in speakers:
            return None
        gap_before = self.view.text[before_end:lo]
        gap_after = self.view.text[hi:after_start]
        if "\n" in gap_before or "\n" in gap_after or len(gap_before) > 3 or len(gap_after) > 3:
            return None
        return q.speaker

    def _hailed(self, name) -> bool:
        """A name set off by a comma and ending its clause inside a quote, and naming the quote's
        addressee, is a vocative rather than an apposition."""
        q = self.view.quote_at(name.idx)
        if q is None or not q.addressees or name.i == 0 or self.doc[name.i - 1].text != ",":
            return False
        end = name.right_edge.i + 1
        if end < len(self.doc) and not (self.doc[end].is_punct and self.doc[end].text in "?!.,;\"—"):
            return False
        return bool(set(self.r.one(name)) & set(q.addressees))

    # person nouns a kin title is apposed to when it is a courtesy title, not kin ("my godfather, Uncle Amadou")
    COURTESY_NOUNS = {"godfather", "godmother", "neighbour", "neighbor", "friend", "landlady", "landlord", "lodger",
                      "boss", "teacher", "housekeeper", "nanny", "priest", "vicar", "colleague"}

    def _title_not_narrators(self, mentions: list[tuple[int, int]], title: str) -> bool:
        """A kin title the narration gives as someone else's word or as a courtesy: "The twins called
        her Aunt Leocadia", "Crispin, who had always called him Uncle Ozias" (the title is the caller's, not
        the narrator's, when every titled mention in the narration is such a naming by someone else), or "my
        godfather, Uncle Amadou" (apposed to a person noun that is no kin: a courtesy title)."""
        titled, by_other = 0, 0
        for s, e in mentions:
            if self.view.quote_at(s) is not None:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            before = self.doc[span.start - 1] if span.start > 0 else None
            if not (span[0].lower_ == title or (before is not None and before.lower_ == title)):
                continue
            titled += 1
            head = span.root
            near = [head.head] if head.dep_ == "appos" else []
            near += [c for c in head.children if c.dep_ == "appos"]
            if any(n.lemma_.lower() in self.COURTESY_NOUNS for n in near):
                return True
            while head.dep_ in ("appos", "conj") and head.head is not head:
                head = head.head  # "She called her grandfather Nonno and her aunt Zia Drusilla"
            if head.dep_ in ("oprd", "dobj", "xcomp") and head.head.lemma_ == "call":
                subj = subject(head.head)
                if subj is not None and subj.lower_ not in ("i", "we"):
                    by_other += 1
        return titled > 0 and by_other == titled

    def _protagonist(self) -> str | None:
        """The character named (not merely pronominalised) most often, if clearly ahead of the next."""
        from collections import Counter

        counts = Counter(cid for s, e, cid in self.view.mentions
                         if self.view.text[s:e].lower() not in PRONOUN_WORDS and self.view.text[s:e][:1].isupper())
        top = counts.most_common(2)
        if not top or top[0][1] < 3 or (len(top) > 1 and top[0][1] < 1.5 * top[1][1]):
            return None
        return top[0][0]

    def _titled_in_speech(self, cid: str, mentions: list[tuple[int, int]]) -> None:
        """"Uncle Aaron, Mum says you've parked across the drive," said by Mia: a kin title before a
        name in someone's speech is how the speaker calls her own kin (the listener's after "your":
        "your Auntie Jo"). Whoever uses the title, not only the narrator, owns the tie; the form of
        the name carries it whatever the sentence says. Once per owner; not in novels (a title is
        also the whole household's name for someone)."""
        if self.novel:
            return
        done: set[str] = set()
        for s, e in mentions:
            q = self.view.quote_at(s)
            if q is None or q.kind == "thought" or not q.speaker or q.speaker == cid:
                continue
            if SELF_NAMED.search(self.view.text[max(q.span[0], s - 20):s]):
                continue  # ('"Ivo, it's Auntie Xanthe."': the caller herself, _kin_name_spoken)
            words = self.view.text[s:e].split()
            title = words[0] if len(words) > 1 and words[0][:1].isupper() else None
            before = self.view.text[max(q.span[0], s - 14):s].split()
            if title is None or title.lower() not in L.KIN_NAMES:
                title = before[-1] if before and before[-1][:1].isupper() else None
                before = before[:-1]
            if title is None or title.lower() not in L.KIN_NAMES or L.KIN_NAMES[title.lower()] == "parent":
                continue  # ("Mum" and "Dad" before a name are rare; "Ma Joad" is a name)
            owner = q.speaker
            if before and before[-1].lower() in ("your", "yer", "ya"):
                owner = self.r.addressee(s)
            elif before and before[-1].lower() in ("his", "her", "their", "our"):
                continue
            if not owner or owner == cid or owner in done or self._one_person(owner, cid):
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            done.add(owner)
            tok = span[0]
            state = L.KIN_NAMES[title.lower()]
            self.add("state", state, cid, owner, tok, governing_verb(tok), 0.55, holder=cid,
                     trigger=f"'{title} {words[-1]}' in {self.view.name(q.speaker)}'s speech")
            self.cues[-1].anterior = False
            if owner == q.speaker and sum(1 for _, _, w in self.view.mentions if w == cid) == 1:
                self.cues[-1].extra["passing_title"] = True

    def _one_person(self, x: str, y: str) -> bool:
        """Two cast entries that are one person split ("Teodor" and "Uncle Teo"): a name of one begins
        with a name of the other."""
        xs = [w.lower() for w in self.view.name(x).split() if w.lower() not in L.KIN_NAMES]
        ys = [w.lower() for w in self.view.name(y).split() if w.lower() not in L.KIN_NAMES]
        return any(len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)) for a in xs for b in ys)

    def _hails_a_parent(self, q) -> bool:
        """Whether the quote hails its listener by a parent's or grandparent's title ("Grandpa, the kettle's
        on."): then the listener is not a brother or sister of the speaker."""
        for lo, hi in q.pieces:
            for t in self.doc.char_span(lo, hi, alignment_mode="contract") or []:
                if t.lower_ in L.ADDRESS_PARENT or t.lower_ in L.ADDRESS_GRANDPARENT:
                    nxt = t.nbor(1) if t.i + 1 < len(self.doc) else None
                    if t.i > 0 and t.nbor(-1).is_punct and (nxt is None or nxt.is_punct or nxt.is_space):
                        return True
        return False

    def _kin_name_spoken(self, cid: str, state: str, name: str) -> None:
        """"I said some things at Mum's funeral," said by Amara: someone a speaker calls "Mum" (not to
        her face) is the speaker's mother. Once per speaker; only talk *about* the person counts (a
        vocative is the address rule's), and only when the name is the kin word itself."""
        done: set[str] = set()
        for s, e, who in self.view.mentions:
            if who != cid:
                continue
            q = self.view.quote_at(s)
            if q is not None and q.speaker and q.kind != "thought" and q.addressees \
                    and q.addressees[0] not in (cid, q.speaker) and f"self:{q.addressees[0]}" not in done \
                    and SELF_NAMED.search(self.view.text[max(q.span[0], s - 20):s]) \
                    and (self.view.text[s:e].lower().split() or [""])[0] in L.KIN_NAMES \
                    and self.view.text[e:e + 2] not in ("'s", "\u2019s") \
                    and not (state == "parent" and len(name.split()) > 1):  # ("From now on it's Mamma Lidia": what to call her)
                # '"Pet, it's Gran here."' on the phone: the caller names herself by her tie to the one she
                # calls (whether the cast keeps "Gran" apart from the speaker or not)
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    done.add(f"self:{q.addressees[0]}")
                    self.add("state", state, cid, q.addressees[0], span[0], governing_verb(span[0]), 0.55,
                             holder=cid, trigger=f"it's '{name}' said by {name}")
                continue
            if q is None or q.kind == "thought" or not q.speaker or q.speaker == cid or q.speaker in done:
                continue
            if cid in q.addressees or self.view.text[s:e].lower() not in L.KIN_NAMES:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            tok = span[0]
            nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
            if (tok.i == 0 or tok.nbor(-1).is_punct) and (nxt is None or nxt.is_punct and nxt.text != "'s"):
                continue  # "Mum," / ", Dad." between commas: how one hails her, for the address rule
            owner = q.speaker
            prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
            if prev in ("your", "yer", "ya"):
                # "Your Grandad proposed to me on that pier": the listener's grandfather, not the speaker's
                owner = self.r.addressee(s)
            elif prev in ("his", "her", "their", "our"):
                continue  # someone else's (or a shared) Grandad: no owner to read off the speech
            if not owner or owner == cid or owner in done:
                continue
            done.add(owner)
            self.add("state", state, cid, owner, tok, governing_verb(tok), 0.5, holder=cid,
                     trigger=f"'{name}' in {self.view.name(q.speaker)}'s speech")
            self.cues[-1].anterior = False
            if owner == q.speaker and sum(1 for _, _, w in self.view.mentions if w == cid) == 1:
                self.cues[-1].extra["passing_title"] = True  # (timeline.infer: a parent named once in passing)
            self.cues[-1].extra["title_speech"] = True
            narrs = {n for _, n, p in self.view.narrator_sections if n and p == 1}
            if owner == q.speaker and owner not in narrs and not self._hails_a_parent(q):
                # (timeline._one_child_title_to_sibling: whom a child said it to, and who narrates)
                self.cues[-1].extra["one_child"] = (tuple(a for a in q.addressees if a not in narrs), tuple(narrs))

    # -- relation nouns: "Marianne's publicist", "my friend Mara", "Eli has a new boyfriend"
    def _mistagged_name(self, t) -> bool:
        """A name the tagger took for a common noun (an unusual first name): capitalised and a mention of a
        cast character there."""
        return t.pos_ == "NOUN" and t.text[:1].isupper() and t.text[1:].islower() \
            and self.view.mention_at((t.idx, t.idx + len(t))) is not None

    def _relation_noun(self, tok, key):
        rtype, state, holder_role = L.REL_NOUNS[key]
        if state in ("parent", "grandparent") and holder_role == "ref" and tok.tag_ == "NNS" \
                and L.NOUN_GENDER.get(key) and any(c.dep_ == "poss" and c.lower_ in ("our", "their", "your")
                                                   for c in tok.children):
            return  # "Our mums are twins": each has her own; no one person is both owners' mother
        if key in ("manager", "supervisor") and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
            # "Raymond's campaign manager", "her office manager": one who manages a thing for the owner
            # works for the owner (the owner is the boss), unlike "her manager"
            holder_role = "poss"
        if key in ("manager", "supervisor") and tok.i >= 2 and self.doc[tok.i - 1].text == "-" \
                and self.doc[tok.i - 2].lower_ in ("under", "sub", "assistant"):
            holder_role = "poss"  # "Kitto, Mr. Grisedale's sub-manager, locked up": he works under the owner
        if rtype == "professional" and holder_role == "poss" and tok.i >= 1 and (
                self.doc[tok.i - 1].lower_ in ("fellow", "brother", "sister")
                or (tok.i >= 2 and self.doc[tok.i - 1].text == "-" and self.doc[tok.i - 2].lower_ == "co")):
            # "Corbin's fellow clerk", "my brother clerk", "her co-cook": one who works beside the owner
            state, holder_role = "colleagues", None
        if key == "master" and APPRENTICESHIP.search(self.text):
            state = "teacher"  # ("In the seventh year of her apprenticeship ... her master": who teaches her the craft)
        if rtype == "family" and any(c.dep_ in ("amod", "compound") and c.lower_ in ("sworn", "blood") for c in tok.children):
            # "his sworn brother", "blood sisters": a bond of friendship, not kin
            rtype, state, holder_role = "friendship", "friends", None
        if rtype == "professional" and holder_role == "poss" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            # "They had been squires together under old Sir Maddock": the one they served under
            under = [o for p in _children(tok, ("prep",)) + _children(tok.head, ("prep",)) if p.lower_ == "under"
                     for o in _children(p, ("pobj",))]
            subj = subject(tok.head)
            chief = self.r.tokens(under[0]) if under else []
            if chief and subj is not None and not negated(tok.head):
                for m in self.r.tokens(subj):
                    if m != chief[0]:
                        self.add("state", state, chief[0], m, tok, tok.head, 0.6, holder=chief[0],
                                 trigger=f"{tok.text} under")
                return
        if self._played_role(tok):
            return
        if self._as_role(tok, key):
            return
        if key in ("wife", "husband") and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
                and tok.head.head.lemma_ == "take" and not _children(tok, ("det", "poss")):
            # "Edmund took Maud to wife": the old wording of a wedding
            verb = tok.head.head
            s_ids, o_ids = self._ids(verb, deps=("dobj",), preps=())
            if s_ids and o_ids and s_ids[0] != o_ids[0] and not self.irrealis(verb):
                self.pair_event("wedding", [s_ids[0], o_ids[0]], tok, verb, 0.65, state="married",
                                trigger=f"took to {tok.text}")
            return
        if key == "maid" and any(p.lower_ == "of" for p in _children(tok, ("prep",))):
            return  # "my maid of honour" is a bridesmaid, no servant
        before = None  # what an ex noun presupposes ("ex-wife": married before)
        tail = tok  # the last token of a tokenised "ex-wife" (where an apposed name hangs)
        if key == "ex" and tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "-":
            before = L.EX_BEFORE.get("ex-" + self.doc[tok.i + 2].lower_)
            tail = self.doc[tok.i + 2]
        if tok.i >= 2 and self.doc[tok.i - 1].text == "-" and self.doc[tok.i - 2].lower_ == "ex":
            return  # the "wife" of a tokenised "ex-wife": the "ex" token carries the cue
        if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "-" and self.doc[tok.i + 2].lower_ == "in":
            return  # "mother-in-law": kin by marriage, which fabula has no state for
        if state == "married" and tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "-" \
                and self.doc[tok.i + 2].lower_ == "to":
            state = "engaged"  # "her husband-to-be"
        poss = _children(tok, ("poss",))
        copula_misparsed: list[str] = []
        if len(poss) >= 2 and poss[0].pos_ == "PROPN" and poss[1].pos_ == "PRON" and any(
                c.dep_ == "case" and c.lower_ == "'s" for c in poss[0].children):
            # "Leo's my fiancé": the "'s" is "is", so Leo is the one named and "my" the owner
            copula_misparsed = self.r.one(poss[0])
            poss = poss[1:]
        if not poss and tok.dep_ in ("compound", "amod") and (tok.head.pos_ == "PROPN" or self._mistagged_name(tok.head)):
            poss = _children(tok.head, ("poss",))  # "Lotte's brother Henrik" parsed as Lotte's (brother Henrik)
        if rtype == "family" and poss and poss[0].lower_ == "her" and poss[0].i > 0 \
                and self.doc[poss[0].i - 1].lemma_.lower() == "call" and tok.text[:1].isupper() \
                and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and not any(
                    c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("from", "on", "over", "at"))
                    for c in self.doc[poss[0].i - 1].children):
            # "Her nephew calls her Auntie Morwith", "the boy called her Aunt Isaura": "her" is the one so
            # called, not an owner (the title is the caller's word; _title_not_narrators). Only the naming
            # construction, a title before a name as the second object: "She called her Mum from the
            # station" is a phone call to her own mother (review of session 28)
            return
        possessor: list[str] = []
        misparsed: list[str] = []
        to_owners = self._owners_by_to(tok)
        if poss and rtype == "family" and poss[0].pos_ == "NOUN" and poss[0].lower_ in L.REL_NOUNS \
                and L.REL_NOUNS[poss[0].lower_][0] == "family" and not named_by(poss[0]) \
                and len(self.r.bound.get(poss[0].i, ())) != 1:
            # "Tom, my mother's brother", "Kit was my sister's son": a kin noun owned by a kin noun nobody
            # named is a tie of the inner owner, composed (a parent's sibling is an uncle, a sibling's
            # child a nephew, a parent's parent a grandparent)
            if self._composed_kin(tok, key, poss[0]):
                return
        if not poss and rtype == "family" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Senara was the sister of Kitto's father", "the aunt of his wife": the formal
            # register's "of" for the possessive, composed as "Kitto's mother's sister" is
            inner = [o for p in _children(tok, ("prep",)) if p.lower_ == "of" for o in _children(p, ("pobj",))
                     if o.lower_ in L.REL_NOUNS and L.REL_NOUNS[o.lower_][0] == "family" and not named_by(o)
                     and _children(o, ("poss",)) and len(self.r.bound.get(o.i, ())) != 1]
            if inner and self._composed_kin(tok, key, inner[0]):
                return
        if poss:
            possessor = self._kin_antecedent(poss[0]) or self.r.tokens(poss[0])
            if not possessor and to_owners and poss[0].pos_ == "NOUN":
                # "Berthe was lady's maid to Lady Ysolde": the possessive is part of the noun ("lady's
                # maid"), the one she is maid to is the owner
                possessor = list(to_owners)
            if state == "parent" and holder_role == "ref" and poss[0].lower_ == "their" and len(possessor) == 2 \
                    and not key.startswith("step") and tok.tag_ == "NN":
                # "the day they buried their father": two people with one father (or mother) are
                # siblings, whoever the parent is (half-siblings aside)
                self.add("state", "sibling", possessor[0], possessor[1], tok, governing_verb(tok), 0.45,
                         trigger=f"their {tok.text}")
                self.cues[-1].extra.update(inferred=True, shared_parent=True)
            # "called her Tobias's widow" parsed with "her" possessing "Tobias": "her" is the one so called
            misparsed = [i for c in poss[0].children if c.dep_ == "poss" and c.pos_ == "PRON"
                         and c.lower_ in ("her", "him", "me", "them") for i in self.r.tokens(c)]
        else:
            possessor = list(to_owners)
            for p in _children(tok, ("prep",)):
                if p.lower_ == "of":
                    possessor = [i for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
                    for o in _children(p, ("pobj",)):
                        if o.lower_ in ("mine", "yours", "hers", "his", "ours", "theirs") and not possessor:
                            # "a friend of mine" (the tagger makes "mine" a noun)
                            who = self.r.speaker_or_narrator(o.idx) if o.lower_ in ("mine", "ours") else None
                            possessor = [who] if who else []
        if not possessor and not poss:
            # "Ada was the best friend Mia ever had", "the only brother she has": the one who has the noun
            # in a relative clause without an object of its own
            for c in tok.children:
                if c.dep_ == "relcl" and c.lemma_ == "have" and not _children(c, ("dobj",)) and not negated(c):
                    subj = _children(c, ("nsubj",))
                    possessor = self.r.tokens(subj[0]) if subj and subj[0].lower_ not in ("who", "that") else []
        verb = governing_verb(tok)
        referent: list[str] = []
        anaphoric = False
        kin_tag = None  # the speech tag's offsets when the referent is the tag's speaker
        named = False  # the text names the referent (even if the cast does not know the name)
        name = named_by(tok) or (named_by(tail) if tail is not tok else None)
        if name is None and rtype == "family" and tok.i + 1 < len(self.doc):
            nxt = self.doc[tok.i + 1]
            if nxt.pos_ in ("AUX", "VERB", "NOUN", "ADJ") and nxt.text[:1].isupper() and nxt.text[1:].islower() \
                    and self.view.mention_at((nxt.idx, nxt.idx + len(nxt))) is not None:
                # "my brother Will would sing", "her daughter May": a name the tagger took for a modal or a
                # word, right after the kin noun and known to the cast as a mention
                name = nxt
        if name is None and copula_misparsed:
            referent, named = copula_misparsed, True
        if name is None and not referent and rtype == "family" and key in L.KIN_NAMES and not (
                poss and poss[0].lower_ == "your"):  # ("your gran" rests on a guessed listener)
            # "Ada's mum was waiting. Mum hugged her.": the one character the story calls by the kin word itself
            called = [cid for cid, ch in self.view.chars.items() if ch.name.lower() == key]
            narr = self.view.narrator_at(tok.idx)
            if narr and poss and (poss[0].lower_ in ("her", "his") or poss[0].pos_ == "PROPN") \
                    and possessor and narr not in possessor:
                # a first-person story's "Mum" is the narrator's: "Saffie limped off the court, and her
                # mum said ...", "Saffie's mum's van", a coach's "Her mum is coming to fetch her" are Saffie's mother,
                # not the narrator's, and nobody the cast knows
                if len(called) == 1 and name is None:
                    return
            if len(called) == 1:
                referent, anaphoric = called, True
        if name is None and len(self.r.bound.get(tok.i, ())) == 1:
            referent, anaphoric = list(self.r.bound[tok.i]), True  # the role the story gave someone (kin_bindings)
        if name is None and tok.pos_ == "NOUN":
            name = self._apposed_elsewhere(tok)
        fragment = False  # the name is given in a sentence of its own beside the noun's ("Elske. My sister.")
        if name is None and tok.pos_ == "NOUN" and poss:
            name = self._fragment_apposition(tok)
            fragment = name is not None
        if name is None and tok.pos_ == "NOUN" and rtype in ("romantic", "friendship", "rivalry"):
            name = self._named_past_modifier(tok)
        if name is not None and not fragment and tok.dep_ not in ("attr", "appos") and self._hailed(name):
            # (but "This is my wife, Imogen." introduces her)
            name = None  # "My brother, Jonah? Really?" said to Jonah: the name hails him, it is not the brother
        if name is not None:  # "my sister Juno", "her publicist, a young man named Theo"
            referent = self.r.tokens(name)
            if not referent and name.pos_ not in ("PROPN", "NOUN", "PRON"):
                cid = self.view.mention_at((name.idx, name.idx + len(name)))
                referent = [cid] if cid else []  # (the mistagged name above: the cast's mention is it)
            named = True
        if not referent and misparsed:
            referent = misparsed[:1]
        if not referent and tok.dep_ in ("appos", "compound", "nmod", "amod") and tok.head.pos_ in ("PROPN", "PRON"):
            referent = self.r.one(tok.head)
        if not referent and tok.dep_ in ("appos", "compound", "amod") and self._mistagged_name(tok.head):
            # "Nerys, my flatmate, had left the kettle on", "my flatmate Dervla laughed": a name the tagger took for
            # a common noun, with the relation noun apposed to it or in front of it, is the cast's mention there
            referent = self.r.one(tok.head)
            named = bool(referent)
        if not referent and name is None and rtype in ("friendship", "romantic", "rivalry"):
            # "Hollis, the printer, Una's closest friend" / "Sabine, the stage manager and Una's friend": an
            # apposition of an apposition (or a conjunct of one) names the same person; "Rufus Ballantyne,
            # my closest friend" with no Rufus in the cast is still a name, so no nearest-name guess stands in for him
            head = tok
            while head.dep_ in ("appos", "conj") and head.head.pos_ == "NOUN" and head.head.dep_ in ("appos", "conj"):
                head = head.head
            if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.text[:1].isupper():
                referent = self.r.one(head.head)
                named = True
        if not referent and tok.dep_ == "poss" and tok.head.lemma_ == "name" and tok.head.dep_ == "nsubj" \
                and tok.head.head.lemma_ == "be":
            # "My mother's name is Ruth Calloway"
            referent = [i for c in tok.head.head.children if c.dep_ in ("attr", "acomp")
                        for i in self.r.tokens(c)]
            named = bool(referent)
        if not referent and tok.dep_ == "conj":
            # "Zoe has been my flatmate for three years and my best friend for ten", "Lou had been the
            # paper's chief photographer for twenty years and my closest friend": the copula's subject
            cop = next((a for a in tok.ancestors if a.lemma_ == "be"), None)
            if cop is not None and (tok.head.i == cop.i or any(
                    c.dep_ == "attr" and (c.lower_ in L.REL_NOUNS or c.i == tok.head.i) for c in cop.children)):
                # ("She's been his flatmate since ... and his best friend since ...": a passive-parsed subject)
                subj = _children(cop, ("nsubj", "nsubjpass"))
                referent = self.r.tokens(subj[0]) if subj else []
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("kind", "sort", "type", "best") \
                and tok.head.head.dep_ in ("attr", "dobj", "oprd") and tok.tag_ in ("NNS", "NNPS") and holder_role is None:
            # "they had long since become the kind of friends who ...": the plural predicate, hedged by "kind of"
            cop = tok.head.head.head
            subj = _children(cop, ("nsubj",))
            ids = self.r.tokens(subj[0]) if subj else []
            if cop.lemma_ in ("be", "become", "remain", "stay") and len(ids) >= 2 and not negated(cop) \
                    and not self.irrealis(cop):
                self.pair_event_state(state, ids[:2], tok, cop, 0.5, trigger=f"the kind of {tok.text}")
            return
        if tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.head.dep_ == "attr" \
                and tok.head.head.lower_ in ("something", "kind", "sort") and tok.tag_ in ("NNS", "NNPS"):
            # "Saskia and I are something like frenemies": a hedged plural predicate
            subj = _children(tok.head.head.head, ("nsubj",))
            ids = self.r.tokens(subj[0]) if subj else []
            if len(ids) >= 2 and holder_role is None and not negated(tok.head.head.head):
                self.pair_event_state(state, ids[:2], tok, tok.head.head.head, 0.5, trigger=f"something like {tok.text}")
            return
        identified = False  # a copula names the referent: "Bed four is my stepmother"
        used_to = False  # "Leo used to be my boyfriend": a tie that has ended
        if not referent and (tok.dep_ in ("attr", "acomp", "npadvmod") or (tok.dep_ in ("dobj", "oprd") and tok.tag_ in (
                "NNS", "NNPS") and not poss)) and tok.head.lemma_ in ("be", "become", "remain", "stay"):
            # ("She and Dev have stayed friends": the parser makes the plural predicate an object)
            # ("He was also, as of three weeks ago, her fiancé": the parser makes it an npadvmod)
            # ("She's been my best friend since ...": the parser may make the subject passive)
            subj = _children(tok.head, ("nsubj", "nsubjpass"))
            if not subj and tok.head.dep_ == "xcomp" and tok.head.head.lemma_ == "use" and tok.head.head.tag_ == "VBD":
                # "Leo used to be my boyfriend": the subject of "used", and a tie that has ended
                shared = subject(tok.head)
                subj = [shared] if shared is not None else []
                used_to = rtype in ("romantic", "friendship", "professional", "rivalry")
            if not subj and tok.head.dep_ == "conj" and tok.head.head.pos_ in ("VERB", "AUX"):
                # "Winnie lived in the last cottage and had been Gran's closest friend": the subject
                # of the first conjoined verb is the copula's too
                shared = subject(tok.head)
                subj = [shared] if shared is not None else []
            if subj:
                referent = self.r.tokens(subj[0])
                identified = subj[0].pos_ in ("NOUN", "PROPN") and subj[0].lower_ not in L.REL_NOUNS
                if not referent and subj[0].pos_ == "PROPN" and subj[0].text[:1].isupper():
                    # "Marcus is my ex-husband" with no Marcus in the cast: the text names him, so the
                    # partner known so far is not a stand-in (it made the narrator's fiancé her ex); nor
                    # is that partner the other half of the "we" that follows ("We were married for six
                    # years")
                    named = True
                    if rtype == "romantic":
                        end = self.idx.sent_span(tok.i)[1]
                        self.r.we_unknown = (end, end + 300)
                if identified and not referent and poss and self.view.quote_at(tok.idx) is None:
                    # "Bed four is my stepmother. Marjorie married my father...": named in what follows
                    want = L.NOUN_GENDER.get(key)
                    cid = self.r.forward(tok.idx + len(tok), self.r.excluded(tok.idx), window=160)
                    if cid and want and self.view.gender(cid) == want:
                        referent = [cid]
        if not referent and not named and poss and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            # session 26: 'Jorin dozed in the deckchair. / "That's my husband, asleep as usual."': a spoken
            # "that's my X" is the one the narration has just named
            pointed = self._pointed_at(tok)
            if pointed and pointed not in possessor:
                referent, anaphoric = [pointed], True
        if not referent and tok.dep_ == "nsubj" and verb.lemma_ == "be":
            attr = _children(verb, ("attr",))
            if attr and attr[0].pos_ == "PROPN":
                referent = self.r.tokens(attr[0])
            if attr and not referent and not negated(verb):
                # "Their coach now was a wiry Australian called Dominic Shaw", "Her boss was a woman named
                # Ruth": the name the predicate noun is given
                called = named_by(attr[0])
                if called is not None:
                    referent = self.r.tokens(called)
                    named = bool(referent)
        new = any(c.lower_ in ("new",) for c in tok.children if c.dep_ == "amod")
        # "old" is former for a lover or a boss ("her old flame", "my old boss"), not for friends and rivals
        former = any(c.lower_ in ("former", "ex") or (c.lower_ == "old" and rtype not in ("friendship", "rivalry"))
                     for c in tok.children if c.dep_ in ("amod", "compound")) or (
            rtype == "romantic" and any(p.lower_ == "at" and any(o.lower_ == "time" for o in _children(p, ("pobj",)))
                                        for p in _children(tok, ("prep",))))  # "her boyfriend at the time"
        former = former or used_to
        if key in L.BOND_NOUNS:
            # "their rivalry", "our friendship", "her marriage to Tom", "the affair between Ada and Ivo"
            if not poss and not any(p.lower_ in ("between", "with", "to") for p in _children(tok, ("prep",))):
                return
            if tok.head.lower_ == "by" or any(c.dep_ == "amod" and c.lower_ in L.HEDGES for c in tok.children):
                return  # "cousins by marriage", "their supposed marriage"
            referent = [i for p in _children(tok, ("prep",)) if p.lower_ in ("to", "with", "between")
                        for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
            if not possessor and not poss and tok.dep_ == "dobj" and verb.lemma_ in ("have", "start", "begin", "carry"):
                subj = subject(verb)  # "Leo is having an affair with Mia"
                possessor = [i for i in (self.r.tokens(subj) if subj is not None else []) if i not in referent]
            if not possessor and len(referent) >= 2:
                possessor, referent = referent[:1], referent[1:2]
            elif len(possessor) >= 2 and not referent:
                possessor, referent = possessor[:1], possessor[1:2]
            if not possessor or not referent or possessor[0] == referent[0] or negated(verb) or self.irrealis(verb):
                return
            self.add("state", state, possessor[0], referent[0], tok, verb, 0.5, trigger=f"{poss[0].text + ' ' if poss else ''}{tok.text}")
            return
        if key == "partner" and not poss:
            if not (tok.tag_ == "NNS" and tok.dep_ == "attr" and len(referent) >= 2 and any(
                    c.dep_ in ("compound", "amod") and c.lower_ in L.WORK_PARTNER for c in tok.children)):
                return  # "partners" alone may be lovers; "business partners" are colleagues
        if key == "crush" and not referent and tok.dep_ == "dobj" and verb.lemma_ == "have":
            # "Jonah has had a crush on Celeste": the haver holds it, the one it is on is the referent
            referent = [i for p in _children(tok, ("prep",)) if p.lower_ == "on"
                        for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
        # "X has a (new) boyfriend": X is the possessor, the referent is unnamed here
        if not possessor and tok.dep_ == "dobj" and verb.lemma_ == "have":
            subj = subject(verb)
            if subj is not None:
                possessor = self.r.tokens(subj)
        if not possessor and not poss and named and rtype == "romantic" and not former:
            # "after the war Kit turned up with a wife named Dora and two dogs": the one who came with
            # the partner the text names is the other half (a "with" phrase of the verb, through a list)
            head = tok
            while head.dep_ == "conj":
                head = head.head
            came = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "with" else None
            while came is not None and came.dep_ in ("pobj", "prep") and came.pos_ in ("NOUN", "ADP"):
                came = came.head  # ("came home from college with ...": the parser hangs "with" on "college")
            if came is not None and came.pos_ == "VERB" and not negated(came) and not self.irrealis(came):
                subj = subject(came)
                possessor = [i for i in (self.r.tokens(subj) if subj is not None else []) if i not in referent]
        if not possessor and not poss and named and rtype == "family":  # ("six-year-old" reads as former)
            # "He was a widower with a six-year-old son, Nilo", "Ulla, a widow with a daughter named Idony,
            # bought the mill": the child the text names is the child of the one the "with" noun describes
            possessor = [i for i in self._with_noun_owner(tok) if i not in referent]
        if not referent and rtype == "professional" and poss and not named:
            # session 28: "Petra's boss turned up at nine. Mr. Falk owned the print shop": the newcomer named next
            nxt = self.r._named_next(tok, possessor)
            if nxt:
                referent, anaphoric = [nxt], True
        if not referent:
            np_left = min([tok.idx] + [c.idx for c in tok.lefts])
            # a kin noun's own coreference link is the same nearest-name guess made upstream (it linked
            # "her brother had given up" to the last man named); only appositions and copulas name kin
            cid = self.view.mention_at((np_left, tok.idx + len(tok))) if rtype != "family" else None
            if cid and cid not in possessor:
                referent = [cid]
        q = self.view.quote_at(tok.idx)
        spoken_kin = q is not None and poss and poss[0].lower_ in ("your", "my") and rtype == "family"
        if spoken_kin and poss[0].lower_ == "your":
            # "Your father would have loved it": the addressee's kin spoken of is mostly someone absent,
            # and the addressee is itself a guess, so the nearest name is no evidence
            anaphoric_ok = False
        else:
            anaphoric_ok = not identified
        if not named and possessor and poss and referent in ([], self.r.bound.get(tok.i)):
            # '"You're sulking," said his sister': a possessed kin noun that is a speech tag's subject is
            # the one the dialogue stage gave the quote (the possessor as resolved here: "my" in
            # narration is the narrator); on the second reading the noun is bound to that same speaker
            who, owner = self._kin_tag_speaker(tok, key, rtype, state, poss[0], possessor)
            if who and owner and referent in ([], [who]):
                referent, possessor = [who], [owner]
                anaphoric = True
                kin_tag = (min(poss[0].idx, tok.head.idx), max(tok.idx + len(tok), tok.head.idx + len(tok.head)))
        if not referent and not named and possessor and key in SURNAME_KIN:
            # "at Gideon's mother's house ... Mrs. Hale was a retired headmistress": the one titled
            # character who bears the owner's surname and the noun's sex
            kin = self._same_surname(possessor[0], key)
            if kin:
                referent = [kin]
                anaphoric = True
        if not referent and not named and possessor and state == "ex" and self.r.exes.get(possessor[0]) not in (
                None, *possessor):
            referent = [self.r.exes[possessor[0]]]  # "my ex-wife" once the story has told who she is
            anaphoric = True
        if not referent and not named and possessor and rtype == "romantic" and state in ("dating", "engaged", "married") \
                and not former and not new and not (tok.dep_ in ("attr", "oprd") and self.irrealis(verb)):
            # "Go in and shout at your husband first": the one the story has already paired the owner with
            # (a noun phrase is no new partner unless it says "new"; a predicate noun only when real: not
            # "asked whether I would consent to be his wife")
            known = self._known_partner(possessor[0]) if not self.novel else None
            if known and known not in possessor:
                referent = [known]
                anaphoric = True
        if not referent and not named and possessor and poss and poss[0].lower_ == "your" and q is not None \
                and rtype == "romantic" and state in ("dating", "engaged", "married") and not former and not new:
            # '"Beth thinks—" Aaron began. "I don't care what your wife thinks."': the one the listener has
            # just named in their own last line is the one meant (the listener is the owner)
            echoed = self._named_by_listener(q, possessor[0], L.NOUN_GENDER.get(key))
            if echoed:
                referent = [echoed]
                anaphoric = True
        if state == "teacher":
            # "his teacher put a gold star on it", "Tamsin's coach rang the house": a pupil's teacher, like kin,
            # is mostly someone the story never names; over the tune set the nearest name was never right and
            # made five false teachers (session 19)
            anaphoric_ok = False
        if rtype == "family":
            # "my mother, who was ill that year", "her brother had given up": kin are mostly people the
            # story never names, so the nearest name is a guess; over 26 dev stories this guess was
            # right zero times and wrong eleven (measured session 3), so family nouns take none
            anaphoric_ok = False
        if not referent and not named and poss and tok.dep_ == "nsubj" and rtype not in ("family", "romantic") \
                and self.view.quote_at(tok.idx) is None and not self.novel:
            # '"Noor." My publicist gave me the look ... "Say it like that and I walk."': a role noun that is
            # the subject of the narration between one speaker's lines is that speaker (as kin nouns are,
            # below), before any nearest-name guess
            who = self._speaker_around(tok)
            if who and who not in possessor:
                referent = [who]
                anaphoric = True
        if not referent and not named and poss and tok.tag_ == "NN" and tok.dep_ != "poss" and verb.lemma_ != "have" \
                and anaphoric_ok and (rtype != "romantic" or tok.dep_ == "ROOT"):
            # "I backed away from my friend": a definite possessive points back to someone in view
            # (never the narrator, speaker or addressee, who would be "I" or "you"). A spouse or lover
            # only in a verbless fragment right after the name ("That's Petra. Rafe's girlfriend."):
            # "cried his wife" next to some other name made a novel's false couples
            window = 300 if rtype != "romantic" else 120
            if len(self.view.text) > 100_000:
                # a novel's crowded rooms (five sisters, two brothers-in-law, "his sister" next to the
                # heroine's name): the nearest name is no evidence; only the cast's own coreference counts
                window = 0
            subj = subject(verb) if tok.dep_ not in ("nsubj", "nsubjpass") else None
            clause_subject = set(self.r.tokens(subj)) if subj is not None and subj is not tok else set()
            # "Tom smiled at Gwen and her father": the father is not the one smiling
            cid = self.r.antecedent(tok.idx, L.NOUN_GENDER.get(key),
                                    self.r.excluded(tok.idx) | set(possessor) | clause_subject, window=window)
            if cid and spoken_kin and self.view.gender(cid) != L.NOUN_GENDER.get(key):
                cid = None  # "my mother" in a speech: only someone the story knows to be of her sex
            if cid:
                referent = [cid]
                anaphoric = True
        if not referent and not named and possessor and tok.dep_ in ("dobj", "dative", "pobj") \
                and self.view.quote_at(tok.idx) is None:
            # '"Wear something bright," Edith told her daughter': the one a speech verb's object names is
            # the quote's listener
            who = self._listener(tok)
            if who and who not in possessor and self.view.gender(who) in (L.NOUN_GENDER.get(key), "unknown", None):
                referent = [who]
                anaphoric = True
        if not referent and not named and poss and tok.dep_ == "nsubj" and self.view.quote_at(tok.idx) is None \
                and rtype == "family":
            # "Rui comes last. Ines's brother has not been home since Christmas": a kin noun opening the
            # sentence right after one whose subject is a name takes up that name (not the owner)
            who = self._previous_topic(tok) if not self.novel else None
            if who and who not in possessor and self.view.gender(who) in (L.NOUN_GENDER.get(key), "unknown"):
                referent = [who]
                anaphoric = True
        if not referent and not named and poss and tok.dep_ == "nsubj" and self.view.quote_at(tok.idx) is None:
            # '"Maren? It's Ada." My sister never said her own name on the phone': a kin noun that is the
            # subject of the narration between one speaker's lines is that speaker
            who = self._speaker_around(tok) if not self.novel else None
            if who and who not in possessor and L.NOUN_GENDER.get(key) and self.view.gender(who) == L.NOUN_GENDER.get(key):
                # (someone known to be of the noun's sex: a quote given to "Carrick Point" is no sister)
                referent = [who]
                anaphoric = True
        if not referent and not named and poss and tok.dep_ == "nsubj" and verb.lemma_ in L.CALL_VERBS \
                and self.view.quote_at(tok.idx) is None:
            # "Adaora's husband called from Washington. 'Come home,' Michael said.": the caller speaks next
            nxt = next((q for q in self.view.quotes if tok.idx < q.span[0] <= tok.idx + 250), None)
            if nxt is not None and nxt.speaker and nxt.speaker not in possessor:
                referent = [nxt.speaker]
                anaphoric = True
        # plural predicate: "Mara and I are friends", "we were rivals"
        if tok.head.lower_ == "sworn" and tok.dep_ == "dobj" and not referent:  # "were sworn enemies"
            sp = _children(tok.head, ("nsubjpass", "nsubj"))
            referent = self.r.tokens(sp[0]) if sp else []
            if len(referent) >= 2:
                possessor, referent = [referent[0]], [referent[1]]
        if not possessor and tok.dep_ == "conj" and key in ("wife", "husband") and tok.head.lower_ in ("man", "husband",
                                                                                          "wife") and len(referent) >= 2:
            possessor, referent = [referent[0]], [referent[1]]  # "they had been man and wife for thirty years"
        if not possessor and tok.dep_ == "attr" and tok.tag_ == "NN" and len(referent) >= 2 and holder_role is None \
                and any(c.dep_ == "conj" and c.lower_ in L.REL_NOUNS for c in tok.children):
            possessor, referent = [referent[0]], [referent[1]]  # "Mia and Leo were brother and sister"
        if not possessor and (tok.dep_ == "attr" or (tok.dep_ in ("dobj", "oprd") and tok.head.lemma_ in (
                "stay", "remain"))) and tok.tag_ in ("NNS", "NNPS") and len(referent) >= 2 \
                and holder_role is None:  # mutual only: "we were both students" says nothing of a teacher
            if as_if(verb) or (verb.lemma_ == "become" and negated(verb) and not any(
                    c.lower_ in ("until", "till") for c in verb.children)):
                # "smiled at her as if they were old friends", "They did not become friends that
                # afternoon": a likeness or a change that did not happen (not "... until the spring")
                return
            possessor, referent = [referent[0]], [referent[1]]
        if (not possessor and tok.dep_ == "attr" and rtype in ("friendship", "rivalry") and referent
                and subject(verb) is not None and subject(verb).lower_ == "you"):
            # "You are the best friend a hobbit ever had, Sam": said to someone, it is the speaker's friend
            q = self.view.quote_at(tok.idx)
            if q is not None and q.speaker and q.speaker not in referent:
                possessor = [q.speaker]
        ended = False  # "they were no longer enemies": the tie held until now
        if negated(verb) and verb.lemma_ in ("be", "have") and not (tok.dep_ in ("nsubj", "nsubjpass") and poss):
            # ("Ines's brother has not been home since Christmas" is still her brother)
            # (not friends: "no longer friends" is told of a falling-out, tested as no state since session 3)
            if not (tok.dep_ == "attr" and no_longer(verb) and rtype in ("rivalry", "romantic")
                    and state != "ex" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
                    and not self.idx.sent_text(verb.i).rstrip().rstrip('"\'').endswith("?")):
                return
            ended = True
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if tok.dep_ == "attr" and "have" in aux and aux & {"might", "could", "would", "should", "may", "must"}:
            return  # "she might have been Mr. Collins's wife": what could have been
        if rtype == "romantic" and former and state != "ex":
            state = "ex"
        elif former and rtype in ("friendship", "professional", "rivalry"):
            state = "former_" + state
        if not possessor:
            return
        a = possessor[0]
        b = referent[0] if referent else None
        if b == a and poss and poss[0].lower_ in ("her", "his"):
            # "Her daughter Rose" with "her" linked to Rose herself: the possessive means someone else,
            # the nearest fitting person before
            a = self.r.antecedent(tok.idx, "she" if poss[0].lower_ == "her" else "he",
                                  self.r.excluded(tok.idx) | {b}, window=400)
        if b == a and a is not None and tok.dep_ == "attr" and not poss_pronoun(poss):
            # "She is Marguerite's wife" with "she" linked to Marguerite: the nearest other woman
            subj = _children(tok.head, ("nsubj",))
            if subj and subj[0].pos_ == "PRON":
                b = self.r.antecedent(tok.idx, "she" if subj[0].lower_ == "she" else "he" if subj[0].lower_ == "he"
                                      else None, self.r.excluded(tok.idx) | {a}, window=600)
        if b == a or a is None:
            return
        conf = (0.45 if anaphoric else 0.75) if referent else 0.5
        holder = None
        if state in L.DIRECTED_STATES:
            holder = b if holder_role == "ref" else a
        if rtype == "romantic" and new:
            self.add("event", "new_partner", a, b, tok, verb, 0.65, trigger=f"new {tok.text}")
        if state == "married" and b is not None and not negated(verb):
            # "her late husband, Albert" / "Tobias's widow": the late one has died
            late = any(c.lower_ in L.LATE_WORDS for c in tok.children if c.dep_ == "amod")
            # (a widow's "late" is her husband's: "the late Mr Pell's widow" hangs it on "widow")
            dead = a if key in L.WIDOW_NOUNS else b if late else None
            if dead:
                self.add("event", "death", dead, None, tok, verb, 0.55,
                         trigger=f"{'late ' + tok.text if late else tok.text}")
                self.cues[-1].anterior = True
        if b is None and not (rtype == "romantic" and state == "dating"):
            return  # "my friend" with no one to point at
        self._named_apart = set(referent[:1]) if fragment else set()
        if rtype == "family" and frozenset((a, b)) in self.r.couples and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("they", "we") for c in verb.children):
            # session 28: "they were cousins" with "they" read as the couple the story just told: a
            # couple is not kin, so the pronoun meant two others (the cast may have merged them)
            return
        word = tok.text
        if tok.i >= 2 and self.doc[tok.i - 1].text == "-" and self.doc[tok.i - 2].lower_ in ("half", "step"):
            word = f"{self.doc[tok.i - 2].lower_}-{tok.text}"  # (session 28: "my half-sister": no mother's child)
        self.add("state", state, a, b, tok, verb, conf, holder=holder,
                 trigger=f"{poss[0].text + ' ' if poss else ''}{'no longer ' if ended else ''}{word}")
        self._named_apart = set()
        if state == "parent" and holder_role == "poss" and not poss and not ended and tok.dep_ == "dobj" \
                and verb.lemma_ == "have" and b is not None:
            # "He and Senara had a single son, Kitto", "Ivo and Mair had two children, Cai and Non": each child is
            # each parent's (the subject's conjunct too)
            subj = subject(verb)
            kids = [b] + ([x for x in referent[1:4] if x != a] if tok.tag_ in ("NNS", "NNPS") else [])
            for c in (subj.conjuncts if subj is not None else ())[:1]:
                for other in self.r.tokens(c)[:1]:
                    for kid in kids:
                        if other not in (a, kid):
                            self.add("state", "parent", other, kid, tok, verb, conf * 0.9, holder=other,
                                     trigger=f"{c.text} ... had {tok.text}")
        if key == "supervisor" and holder_role == "ref" and not ended and holder is not None:
            # session 25: "my supervisor, Dr. Kemble", "Hesper was my supervisor": one who supervises a
            # trainee, a student or a rookie both directs and teaches them
            self.add("state", "teacher", a, b, tok, verb, conf, holder=holder,
                     trigger=f"{poss[0].text + ' ' if poss else ''}{tok.text}")
        if kin_tag is not None:
            self.cues[-1].span = kin_tag  # evidence: the tag ("said his sister"), not the whole quote
            self.cues[-1].extra["kin_tag"] = True
        if ended:
            # what "no longer" presupposes came before; a romance then ends here
            self.cues[-1].anterior = True
            if rtype == "romantic" and b is not None:
                self.add("state", "ex", a, b, tok, verb, conf, trigger=f"no longer {tok.text}")
            return
        if rtype == "romantic" and poss and poss[0].lower_ in ("his", "her") and named:
            # the owner is only a pronoun's guess; timeline.settle_pronoun_owners may correct it
            self.cues[-1].extra["pron_owner"] = "he" if poss[0].lower_ == "his" else "she"
        if b is not None:
            self.noun_ref[tok.i] = b
            # "Marguerite's son and Hector's too", "Rosa's cousin and Priya's": a bare possessive joined
            # to the noun shares it (the ellipsis a reader fills in)
            for c in tok.children:
                if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i + 1 < len(self.doc) \
                        and self.doc[c.i + 1].lower_ in ("'s", "'"):
                    for other in self.r.tokens(c)[:1]:
                        if other not in (a, b):
                            h = (b if holder_role == "ref" else other) if state in L.DIRECTED_STATES else None
                            self.add("state", state, other, b, tok, verb, conf * 0.9, holder=h,
                                     trigger=f"{c.text}'s {tok.text} (shared)")
        if to_owners and possessor[:1] == to_owners[:1]:
            # "she was grandmother to Margit and Piroska and to Lajos": to each of them
            for other in to_owners[1:4]:
                if other not in (a, b):
                    h = (b if holder_role == "ref" else other) if state in L.DIRECTED_STATES else None
                    self.add("state", state, other, b, tok, verb, conf, holder=h, trigger=f"{tok.text} to")
        if tok.tag_ in ("NNS", "NNPS") and len(referent) >= 2:
            # "Mia's parents, Ruth and Tom", "two children, Mia and Leo": each of them
            for other in referent[1:4]:
                if other != a:
                    h = (other if holder_role == "ref" else a) if state in L.DIRECTED_STATES else None
                    self.add("state", state, a, other, tok, verb, conf, holder=h, trigger=f"{tok.text}")
        if before:
            self.cues[-1].extra["before"] = before
        if rtype == "romantic" and state != "ex" and verb.lemma_ in L.BREAKUP_VERBS and (
                tok.dep_ == "dobj" or tok.head.dep_ == "dobj"):
            self.cues[-1].offset = verb.idx - 1  # "Leo left his wife": married, then not
        if poss and poss[0].lower_ in ("our", "their") and holder_role != "poss":
            # "our mentor", "their rival": the role holds for each of the owners
            for other in possessor[1:2]:
                if other not in (a, b):
                    self.add("state", state, other, b, tok, verb, conf * 0.9,
                             holder=b if state in L.DIRECTED_STATES else None, trigger=f"{poss[0].text} {tok.text}")

    @staticmethod
    def _walked_somewhere(tok) -> bool:
        """"walking out of the room", "walking out into the rows", "walking out on them", "walking out to
        the car": a walk with a way or a leaving, not a courtship ("together" makes "to the pier and back"
        a couple's walk)."""
        together = any(c.lower_ == "together" for c in tok.children)
        for c in [tok, *[x for x in tok.children if x.lower_ == "out"]]:
            if any(x.dep_ == "dobj" for x in c.children):
                return True
            for p in _children(c, ("prep",)):
                low = p.lower_
                if low in ("of", "into", "onto", "through", "across", "from", "past", "under"):
                    return True
                if low in ("to", "toward", "towards") and not together:
                    return True
                if low == "on" and any(o.pos_ in ("PRON", "PROPN") for o in _children(p, ("pobj",))):
                    return True
        return False

    def _owners_by_to(self, tok) -> list[str]:
        """"Bess was sister to Maud", "Lady Ysolde, cousin to the Queen", "she was grandmother to Margit and
        Piroska and to Lajos": a relation noun with no article, predicated of or apposed to someone, "to"
        the people it relates them to (the formal register's possessive). The tagger may call the noun an
        adjective ("grandmother to ..."); a noun joined to such a predicate ("... and mother to ...") counts."""
        if tok.tag_ not in ("NN", "JJ") or _children(tok, ("det",)):
            return []
        head_ok = tok.dep_ in ("attr", "acomp", "appos") or (tok.dep_ == "conj" and tok.head.dep_ in ("attr", "acomp"))
        if not head_ok:
            return []
        preps = _children(tok, ("prep",))
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            preps += _children(tok.head, ("prep",))  # "Elowen was more mother to me than ...": "to" on the copula
        out: list[str] = []
        for p in preps:
            if p.lower_ != "to":
                continue
            for pp in [p, *[c for c in p.children if c.dep_ == "conj" and c.lower_ == "to"]]:
                for o in _children(pp, ("pobj",)):
                    for x in [o, *o.conjuncts]:
                        out += [i for i in self.r.tokens(x) if i not in out]
        return out

    # -- event nouns: "our first kiss", "our wedding", "got into a fight", "her death"
    @staticmethod
    def _fell_from(tok) -> str:
        """What a fall was from, when it is a height that hurts ("off a ladder", "from his horse")."""
        for p in _children(tok, ("prep", "prt")):
            if p.lower_ in ("off", "from", "down"):
                for o in [*_children(p, ("pobj",)), *(_children(tok, ("dobj",)) if p.dep_ == "prt" else [])]:
                    if o.lemma_ in L.FALL_FROM:
                        return f"{p.text} {o.text}"
        return ""

    def _injury_noun(self, tok, lem) -> None:
        """An injury shown by its aftermath: "his arm in a sling", "the fall from his horse"."""
        if lem in ("sling", "plaster", "cast", "splint") and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and (lem == "sling" or tok.head.i > 0 and self.doc[tok.head.i - 1].lemma_ in L.BODY_PARTS):
            # ("his arm in plaster", "her wrist in a cast": the body part right before "in"; an actor
            # "in the cast" is none)
            # the body part just before ("his arm in a sling"; the parser often hangs "in" on the verb)
            part = next((self.doc[j] for j in range(tok.i - 1, max(-1, tok.i - 6), -1)
                         if self.doc[j].lemma_ in L.BODY_PARTS and self.doc[j].pos_ == "NOUN"), None)
            if part is None:
                return
            poss = _children(part, ("poss",))
            verb = governing_verb(part)
            owner = poss[0] if poss else subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            who = self.r.tokens(owner) if owner is not None else []
            if who and not negated(verb):
                self.add("event", "injury", who[0], None, tok, verb, 0.5, trigger=f"{part.text} in {'' if lem == 'plaster' else 'a '}{lem}")
        elif lem == "fall" and self._fell_from(tok):
            own = _children(tok, ("poss",)) or [x for p in _children(tok, ("prep",)) for o in _children(p, ("pobj",))
                                                 for x in _children(o, ("poss",))]
            who = self.r.tokens(own[0]) if own else []
            if who:  # "the fall from his horse was worse than he would own"
                self.add("event", "injury", who[0], None, tok, governing_verb(tok), 0.5,
                         trigger=f"fall {self._fell_from(tok)}")

    def _hand_on(self, tok) -> None:
        """"Walt is sitting beside him, one broad hand on the back of Rui's neck", "with an arm around
        her shoulders": a hand or arm on someone, told without a verb, is comfort from the one whose
        hand it is (the clause's subject)."""
        for p in _children(tok, ("prep",)):
            if p.lower_ not in ("on", "around", "round"):
                continue
            for o in _children(p, ("pobj",)):
                if o.lemma_ in ("back", "nape") and not _children(o, ("poss",)):
                    o = next((x for q in _children(o, ("prep",)) if q.lower_ == "of" for x in _children(q, ("pobj",))), o)
                poss = _children(o, ("poss",))
                if not poss or o.lemma_ not in L.BODY_PARTS | {"back", "shoulders", "waist", "knee"}:
                    continue
                target = self.r.tokens(poss[0])
                own = _children(tok, ("poss",))
                verb = governing_verb(tok)
                subj = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
                who = self.r.tokens(own[0]) if own else (self.r.tokens(subj) if subj is not None else [])
                if who and target and who[0] != target[0] and not negated(verb) and not self.irrealis(verb):
                    self.pair_event("comfort", who[:1] + target[:1], tok, verb, 0.5,
                                    trigger=f"{tok.text} {p.text} {o.text}")
                return

    # (besides the body parts every rule knows: a shin, a thumb, an elbow told broken, splinted or bleeding)
    WOUND_PARTS = L.BODY_PARTS | {"palm", "shin", "tibia", "femur", "thumb", "toe", "elbow", "cheekbone", "pelvis",
                                  "lip", "knuckle", "thigh", "brow", "forehead", "temple", "chin", "cheek"}

    def _wounded(self, tok) -> None:
        """"with Aled's head bandaged", "her bandaged hand", "his hand was bleeding": a body part someone
        owns, dressed or bleeding, is an injury of its owner (told after the fact)."""
        parts = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in self.WOUND_PARTS]
        if tok.dep_ in ("amod", "acl") and tok.head.lemma_ in self.WOUND_PARTS:
            parts.append(tok.head)  # ("her bandaged hand"; "with his arm broken in two places")
        elif tok.i > 0 and tok.tag_ == "VBN" and self.doc[tok.i - 1].lemma_ in self.WOUND_PARTS \
                and self.doc[tok.i - 1].dep_ == "pobj" and self.doc[tok.i - 1].head.lower_ == "with":
            parts.append(self.doc[tok.i - 1])  # (the parser may hang that "broken" elsewhere)
        for part in parts[:1]:
            if part.lemma_ == "knuckle" and tok.lower_ == "cracked":
                return  # ("gripped his hand till the knuckles cracked": a sound, no hurt)
            if tok.lower_ in ("split", "cut") and (not (
                    tok.dep_ in ("amod", "acl") or self.doc[tok.i - 1].text == ","  # ("his knuckles, split across the top")
                    or any(c.lower_ in ("open", "across") for c in tok.children)
                    or any(c.dep_ in ("auxpass", "aux") and c.lemma_ in ("be", "have") for c in tok.children))
                    or any(c.dep_ == "prep" and c.lower_ in ("into", "with") for c in tok.children)
                    or re.search(r"\b(shaving|razor|haircut)\b", self.doc[tok.i:tok.sent.end].text, re.I)):
                return  # (review of session 29: "her lips split into a smile", "his head split with pain", "cut
                # from shaving": only "a split lip", "his brow was cut open")
            poss = _children(part, ("poss",))
            who = self.r.tokens(poss[0]) if poss else []
            if poss and poss[0].lower_ in ("his", "her") and part.dep_ == "pobj" and part.head.lower_ == "with":
                # "found Ivo clinging to the rail with his leg broken": the "his" of a "with" phrase is the
                # subject the phrase describes, when that is a name of the pronoun's sex
                host = subject(part.head.head)
                named = self.r.tokens(host) if host is not None and host.pos_ == "PROPN" else []
                sex = "he" if poss[0].lower_ == "his" else "she"
                if len(named) == 1 and self.view.gender(named[0]) == sex:
                    who = named
            if not poss and part.dep_ == "pobj" and part.head.lower_ == "with" and not any(
                    d.dep_ == "det" and d.lower_ in ("the", "a", "an", "this", "that") for d in part.children):
                # "Teodor limped home with three fingers broken", "was carried in with ribs strapped": a part no
                # one is said to own is the one the "with" phrase describes (the subject of its verb), when one person
                host = subject(part.head.head)
                named = self.r.tokens(host) if host is not None and host.pos_ in ("PROPN", "PRON") else []
                who = named if len(named) == 1 else []
            verb = governing_verb(tok)
            if who and not negated(tok) and not (verb is not tok and negated(verb)):
                self.add("event", "injury", who[0], None, tok, verb, 0.5, trigger=f"{part.text} {tok.text}")

    HURT_PARTS = {"ankle", "knee", "wrist", "arm", "leg", "shoulder", "rib", "ribs", "side", "collarbone", "hip",
                  "jaw", "nose", "back", "hamstring", "elbow"}

    def _hurt_part(self, tok, lem) -> None:
        """A hurt told by what the body does: "fell heavily, clutching his knee", "heard his wrist go",
        "felt the knee go", "his ankle gave way", "watched from the bench with ice on her knee": an injury of the part's
        owner (for "the ankle", the one who felt it)."""
        part = None
        if lem == "clutch" and tok.pos_ == "VERB":
            part = next((c for c in _children(tok, ("dobj",)) if c.lemma_ in self.HURT_PARTS), None)
        elif lem in ("go", "give", "pop", "snap") and tok.pos_ == "VERB" and (
                lem != "give" or any(c.lower_ == "way" for c in tok.children)) and not any(
                c.dep_ in ("prep", "advmod", "prt", "dobj", "xcomp", "acomp", "ccomp") and c.lower_ != "way"
                and not self._went_with_a_sound(c) for c in tok.children):
            # ("her knee went" alone, not "her knee went up", "his arm went round her"; session 27: "her ankle
            # went with a crunch", "the elbow went in three places" are the sound or the breaks of it)
            # ("her shoulders went": a slump, not a hurt)
            part = next((c for c in _children(tok, ("nsubj",)) if c.lemma_ in self.HURT_PARTS - {"side", "arm", "shoulder"}),
                        None)
            if part is None:
                # "something in her elbow went": the part the "something" is in (any hurt part then)
                part = next((o for c in _children(tok, ("nsubj",)) if c.lower_ == "something"
                             for p in _children(c, ("prep",)) if p.lower_ == "in"
                             for o in _children(p, ("pobj",)) if o.lemma_ in self.HURT_PARTS), None)
        elif lem == "ice" and tok.pos_ in ("NOUN", "PROPN"):
            part = next((o for p in _children(tok, ("prep",)) if p.lower_ in ("on", "against")
                         for o in _children(p, ("pobj",)) if o.lemma_ in self.HURT_PARTS), None)
        sensed = tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ in ("feel", "hear")
        verb = tok.head if sensed else governing_verb(tok)  # ("heard her knee go": the bare "go" is no mood)
        if part is None or negated(tok) or self.irrealis(verb):
            return
        poss = _children(part, ("poss",))
        if poss:
            who = self.r.tokens(poss[0])
        elif any(d.lower_ == "the" for d in part.children) and sensed:
            subj = subject(tok.head)  # "felt the ankle go": the one who felt it
            who = self.r.tokens(subj) if subj is not None else []
        elif any(d.lower_ == "the" for d in part.children) and any(self._went_with_a_sound(c) for c in tok.children):
            # "slipped on the jetty and threw his arm out. The elbow went in three places.": the owner of the body
            # part told just before (session 27)
            who = self._part_owner_before(part, window=300)
        else:
            who = []
        if lem == "clutch":
            s = subject(tok)
            if not who or s is None or self.r.tokens(s)[:1] != who[:1]:
                return  # one's own ankle ("clutching Mia's arm" is holding on to someone)
        if who:
            self.add("event", "injury", who[0], None, tok, verb, 0.5, trigger=f"{tok.text} {part.text}")

    # where a bare fall lands or happens ("slipped and fell on the ice", "fell during the lift")
    FALL_PLACES = {"ice", "stairs", "stair", "step", "steps", "floor", "tiles", "pavement", "path", "rocks", "court",
                   "pitch", "track", "slope", "road", "cobbles", "deck", "concrete", "kerb", "curb"}
    HARD_LANDING = HARD_FALLS
    # what one tears or pulls in oneself ("tore a ligament", "pulled a muscle", "tore something in his shoulder")
    TORN = {"muscle", "ligament", "hamstring", "tendon", "cartilage", "groin", "calf", "achilles"}
    SOUNDS = HURT_SOUNDS
    BREAKING_SOUNDS = {"crack", "snap", "crunch", "pop"}
    # what breaks a fall before it hurts ("fell, and Bea caught her")
    CATCHERS = {"catch", "steady", "grab", "hold", "save"}

    def _hurt_fall(self, tok, lem, prts) -> bool:
        """Session 27: a hurt told by the fall or strain itself. "That winter Gran fell", "Ilka fell during the
        warm-up", "slipped and fell on the ice", "he went down heavily", "landed on her elbow", "tore something in
        her hip", "pulled a muscle", "his ankle made an ugly crack": an injury of the one who fell, landed, tore or
        whose part it was. Not "fell asleep / silent / in love / for / into step / to her knees / back", not "went
        down the stairs", not "landed a contract", "pulled a face"."""
        if negated(tok) or not self.told(tok):
            return False
        kids = list(tok.children)
        trigger = ""
        if lem == "fall":
            if tok.dep_ in ("ccomp", "xcomp", "acl", "relcl") or any(
                    c.dep_ == "advmod" and c.lower_ in ("so", "such") for c in tok.head.children):
                return False  # (a result: "grinned so widely he toppled and fell over"; "the first to fall")
            for c in kids:
                if c.dep_ in ("nsubj", "punct", "cc", "conj", "mark"):
                    continue
                if c.dep_ == "advmod" and c.lower_ in self.HARD_LANDING | {"again", "then", "once", "suddenly", "down"}:
                    continue
                if c.dep_ in ("npadvmod",) and c.ent_type_ in ("DATE", "TIME"):
                    continue
                if c.dep_ == "prt" and c.lower_ in ("over", "down"):
                    continue
                if c.dep_ == "prep" and c.lower_ == "during":
                    continue
                if c.dep_ == "prep" and c.lower_ in ("on", "onto") and any(
                        o.lemma_ in self.FALL_PLACES for o in _children(c, ("pobj",))):
                    continue
                if c.dep_ == "prep" and c.i < tok.i:
                    continue  # a time or place set before ("That winter Gran fell", "On the eve of the final, ...")
                return False
            s0, _ = self._ids(tok, deps=())
            if s0 and any(v.lemma_ in self.CATCHERS and v.i != tok.i and any(
                    s0[0] in self.r.tokens(o) for o in _children(v, ("dobj",))) for v in tok.sent if v.pos_ == "VERB"):
                return False  # (review: "she fell, and Bea caught her": a fall broken by a catch)
            trigger = "fell"
        elif lem == "go":
            if "down" not in prts and not any(c.dep_ == "advmod" and c.lower_ == "down" for c in kids):
                return False
            if not any(c.dep_ == "advmod" and c.lower_ in self.HARD_LANDING - {"wrong", "wrongly"} for c in kids) \
                    or any(c.dep_ in ("prep", "dobj", "xcomp") for c in kids):
                return False  # ("went down the stairs", "went down to the cellar")
            trigger = "went down hard"
        elif lem == "land":
            if _children(tok, ("dobj",)):
                return False  # ("landed a punch", "landed the job")
            part = next((o for p in _children(tok, ("prep",)) if p.lower_ in ("on", "onto")
                         for o in _children(p, ("pobj",)) if o.lemma_ in self.HURT_PARTS - {"side", "back"}
                         and any(q.lower_ in ("his", "her", "my", "your", "their") for q in _children(o, ("poss",)))), None)
            if part is None:
                return False  # ("landed badly" alone: often got up again)
            trigger = f"landed on {part.text}"
        elif lem in ("tear", "pull", "rip", "strain"):
            dobj = _children(tok, ("dobj",))
            if not dobj:
                return False
            o = dobj[0]
            if o.lemma_ in ("something", "somethin"):
                if not any(x.lemma_ in self.HURT_PARTS | L.BODY_PARTS for p in _children(o, ("prep",)) + _children(tok, ("prep",))
                           if p.lower_ == "in" for x in _children(p, ("pobj",))):
                    return False
            elif o.lemma_ not in self.TORN:
                return False
            if o.lemma_ == "calf" and not _children(o, ("poss",)):
                return False  # (a calf pulled from a ewe)
            trigger = f"{tok.text} {o.text}"
        elif lem == "make":
            part = next((c for c in _children(tok, ("nsubj",)) if c.lemma_ in self.HURT_PARTS - {"side", "arm", "back"}), None)
            sound = next((o for o in _children(tok, ("dobj",)) if o.lemma_ in self.SOUNDS), None)
            if part is None or sound is None:
                return False
            # (review: "her knee made a loud click. She laughed and carried on" is no hurt: a hurt word in the
            # sentence or the next, or a breaking sound with a fall or a trip just before or in it)
            k = self.idx.sent_of(tok.i)
            chars = self.idx.sent_chars
            after = self.text[chars[k][0]:chars[min(k + 1, len(chars) - 1)][1]]
            before = self.text[chars[max(0, k - 1)][0]:chars[k][1]]
            if not HURT_AFTER.search(after) and not (sound.lemma_ in self.BREAKING_SOUNDS and FALL_NEAR.search(before)):
                return False
            poss = _children(part, ("poss",))
            who = self.r.tokens(poss[0]) if poss else []
            if who:
                self.add("event", "injury", who[0], None, tok, tok, 0.5, trigger=f"{part.text} made a sound")
                return True
            return False
        s, _ = self._ids(tok, deps=())
        if not s:
            return False
        self.add("event", "injury", s[0], None, tok, tok, 0.5, trigger=trigger)
        return True

    # a gap long enough to be an estrangement ("for the first time in nine years")
    GAP_UNITS = {"year", "years", "month", "months", "season", "seasons", "decade", "decades", "ages", "summers",
                 "winters"}
    # what two estranged people do again: touch, sit together, speak
    RESUMED = {"hug", "embrace", "hold", "shake", "take", "put", "sit", "speak", "talk", "smile"}
    # (review: what is a mending by itself after years; a seat together, a hand held or a smile only after a rift)
    RESUMED_ALONE = {"hug", "embrace", "shake", "speak", "talk"}

    def _first_time_in(self, tok) -> None:
        """Session 27: a tie resumed after a long gap. "For the first time in nine years Rafe shook hands with his
        uncle", "the two cousins sat down together for the first time in a decade", "it was the first time in two
        summers he had spoken to her": one reaching out to another (a hug, a hand, a seat together,
        speech) for the first time in years or months is a reconciliation of the two. Not a gap of days or weeks,
        not a look or a laugh, not "texted me" (contact, not a mending), not "called her by her name" (tried:
        a first use of a name after years is as often new warmth between people who never quarrelled)."""
        if not any(c.dep_ == "amod" and c.lower_ == "first" for c in tok.children):
            return
        gap = next((o for p in _children(tok, ("prep",)) if p.lower_ == "in" for o in _children(p, ("pobj",))
                    if o.lemma_ in self.GAP_UNITS or o.lower_ in self.GAP_UNITS), None)
        if gap is None:
            return
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB":
            verbs = [tok.head.head, *tok.head.head.conjuncts]
            verbs = [v for v in verbs if v.i >= tok.head.head.i]
        elif tok.dep_ == "attr":
            verbs = [c for c in tok.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
        else:
            return
        for v in verbs:
            if v.lemma_ not in self.RESUMED or negated(v) or self.irrealis(v):
                continue
            s, o = self._ids(v, deps=("dobj", "dative"), preps=("to", "with", "at", "round", "around"))
            if not o:
                o = [i for c in _children(v, ("dobj",)) if c.lemma_ in ("hand", "arm", "arms")
                     for q in _children(c, ("poss",)) for i in self.r.tokens(q)]  # ("took her hand")
            if not o and len(s) >= 2 and any(t.lower_ in ("each", "one") and t.nbor().lower_ in ("other", "another")
                                             for t in v.subtree if t.i + 1 < len(self.doc)):
                s, o = s[:1], s[1:2]  # ("the twins sat facing one another")
            o = [i for i in o if not s or i != s[0]]
            if s and o and (v.lemma_ in self.RESUMED_ALONE or self._rift_before(v, s[0], o[0])):
                self.pair_event("reconciliation", s[:1] + o[:1], v, v, 0.5, trigger="for the first time in years")
                return

    def _rift_before(self, tok, a: str, b: str) -> bool:
        """Review of session 27: a fight, break-up or estrangement of ``a`` and ``b`` told before ``tok`` (a cue
        already found, or a word of a rift within 1,500 characters before it), so that sitting or touching
        again after years is a mending, not only a visit after years apart."""
        pair = {a, b}
        if any(c.kind in ("event", "state") and c.label in ("fight", "breakup", "estranged", "ex")
               and {c.a, c.b} == pair and c.offset < tok.idx for c in self.cues):
            return True
        return RIFT.search(self.text[max(0, tok.idx - 1500):tok.idx]) is not None

    PLAN_FRAMES = SPEECH_LEMMAS | {"write", "decide", "arrange", "agree", "promise", "plan", "insist", "know",
                                   "explain", "announce", "settle", "say", "swear", "wish", "want"}

    def _alive_before(self, tok) -> bool:
        """Whether the sentence or the two before say the one who is to die is alive and well (review of session 27)."""
        k = self.idx.sent_of(tok.i)
        near = self.text[self.idx.sent_chars[max(0, k - 2)][0]:self.idx.sent_chars[k][1]]
        return ALIVE.search(near) is not None

    DEAD_KIDS = {"of", "for", "since", "by", "before", "already", "long", "now", "years", "months", "there", "here"}
    BELIEF_FRAMES = {"think", "believe", "assume", "fear", "presume", "suppose", "hope", "wish", "pretend",
                     "dream", "imagine", "say", "tell", "swear", "report", "rumour", "worry", "seem", "look",
                     "sure", "certain", "convinced", "rumor", "claim"}
    # (what one dies of: "dead of a fever", "dead of his wounds"; not "dead of boredom", "dead of shame")
    DEATH_CAUSES = {"fever", "cholera", "typhus", "typhoid", "consumption", "wound", "wounds", "injury", "illness",
                    "disease", "plague", "pox", "smallpox", "influenza", "flu", "pneumonia", "cancer", "stroke",
                    "diphtheria", "measles", "tuberculosis", "drink", "cold", "hunger", "starvation", "exposure",
                    "infection", "sickness", "apoplexy", "dropsy", "malaria", "gangrene", "heart", "attack",
                    "overdose", "poison", "complication", "childbed", "childbirth", "age", "ague", "palsy",
                    "scarlatina", "croup", "whooping", "quinsy", "flux", "bleeding", "fall", "shot", "disorder"}
    # (the word after "dead" that makes it a figure: "dead inside", "dead still", "dead last", "dead ahead",
    # "dead on his feet", "dead to the world", "dead in the water")
    DEAD_FIGURE_NEXT = {"to", "inside", "still", "last", "ahead", "set", "against", "centre", "center", "even", "level",
                        "straight", "right", "wrong", "serious", "keen", "certain", "sure", "drunk", "asleep", "tired",
                        "beat", "broke", "silent", "quiet", "easy", "slow", "weight", "meat", "giveaway", "end", "heat",
                        "calm", "white"}
    DEAD_FIGURE_ON = {"foot", "feet", "time", "target", "cue", "money", "mark", "point", "schedule", "nose", "course"}
    DEAD_FIGURE_IN = {"water", "eye", "eyes", "heart", "soul", "head", "mind", "spirit"}
    FIGURE_ADVERBS = {"politically", "socially", "emotionally", "spiritually", "professionally", "commercially",
                      "morally", "practically", "virtually", "basically", "technically", "legally", "inside",
                      "within", "still", "ahead", "last", "nearly", "almost", "half", "all", "as", "more", "less"}
    UNREAL_SETTINGS = {"dream", "nightmare", "daydream", "vision", "fantasy", "game", "play", "film", "movie", "novel",
                       "round", "story", "book", "simulation"}
    UNDEAD = re.compile(r"\b(vampires?|ghosts?|ghostly|spectral|spectres?|specters?|phantoms?|undead|zombies?|"
                        r"revenants?|wraiths?)\b", re.I)
    REPORTED = re.compile(r"\b(according to|or so (?:it|they|he|she|we|everyone|people) (?:seemed|looked|thought|said|"
                          r"believed|claimed)|apparently|supposedly|reportedly|presumably|rumou?red|as far as "
                          r"(?:anyone|we|they|he|she) knew)\b", re.I)

    def _dead_by_then(self, tok) -> None:
        """Session 29: a death told as a state. "Mr. Quarrie had been dead eleven winters", "his uncle Bertil was
        dead of a fever", "by then Ottokar was long dead", "Brannagh lay dead by the kiln": the one who is dead has
        died (before or in the telling), as "died" would say. Not a figure ("dead tired", "dead to me", "dead
        on her feet", "dead inside", "dead still", "dead last", "dead ahead", "dead in the water", "dead of
        boredom", "half dead", "I'm dead" -- a first or second person is never read), not a belief or a report
        that may prove false ("thought he was dead", "was sure he was dead", "according to the paper he was dead",
        "dead, or so it looked"), not in a dream or a game, not a ghost or a vampire, not under a negation, a
        condition or a modal ("if he were dead", "would be dead by now")."""
        verb = tok.head
        doc = self.doc
        if any(c.lower_ not in self.DEAD_KIDS and c.dep_ not in ("punct", "cc") for c in tok.children):
            return
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.sent == tok.sent:
            # (session 29 review: the parser hangs the figure's second word on the verb)
            if nxt.lower_ in self.DEAD_FIGURE_NEXT:
                return
            if nxt.pos_ in ("ADJ", "ADV") and nxt.lower_ not in ("already", "long", "now", "then", "too", "by", "years",
                                                                 "there", "here", "soon", "again", "outright"):
                return
            figure = {"in": self.DEAD_FIGURE_IN, "on": self.DEAD_FIGURE_ON}.get(nxt.lower_, set())
            if any(x.lemma_ in figure or x.lower_ in figure for x in _children(nxt, ("pobj",))):
                return  # ("dead in the water", "dead on his feet"; not "dead on the floor", "dead in his sleep")
        if any(c.dep_ in ("advmod", "acomp", "npadvmod") and c.lower_ in self.FIGURE_ADVERBS for c in verb.children):
            return
        for of in (c for c in tok.children if c.lower_ == "of"):
            if not any(x.lemma_.lower() in self.DEATH_CAUSES or x.lower_ in self.DEATH_CAUSES
                       for x in _children(of, ("pobj",))):
                return  # ("dead of boredom", "dead of embarrassment": a figure)
        if negated(verb) or self.irrealis(verb) or not self.told(verb) or self._death_to_come(verb):
            return
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "though", "as") for c in verb.children):
            return  # ("as if she were dead", "unless he was dead already")
        if any(t.lemma_ in self.BELIEF_FRAMES for t in verb.ancestors) or verb.dep_ in ("xcomp", "acl"):
            return
        if any(c.dep_ == "conj" and (c.lemma_ in ("look", "seem", "appear") or (
                c.lemma_ in ("haunt", "walk", "roam", "prowl") and not _children(c, ("nsubj",)))) for c in verb.children):
            return  # ("he was dead, or so it looked"; "dead since 1890, and haunted the library": a ghost)
        sent = tok.sent
        if any(t.dep_ == "pobj" and t.head.lower_ in ("in", "during") and t.lemma_ in self.UNREAL_SETTINGS
               for t in sent):
            return  # ("in the dream he was dead", "dead in the second round of the game")
        k = self.idx.sent_of(tok.i)
        around = self.text[self.idx.sent_chars[k][0]:self.idx.sent_chars[min(k + 1, len(self.idx.sent_chars) - 1)][1]]
        if self.REPORTED.search(self.idx.sent_text(tok.i)) or self.UNDEAD.search(around):
            return  # ("according to the paper he was dead"; "dead since 1890, and haunted the library": a ghost)
        subj = subject(verb)
        if subj is None or subj.conjuncts:
            return  # (not "a tinker and his daughter were dead": people the cast may not hold, given to a named one)
        if subj.lower_ == "who":
            # (a relative only after a name: "the mill-owner's father, who was dead by then" is the father)
            if not (verb.dep_ == "relcl" and verb.head.pos_ == "PROPN"):
                return
        elif subj.lower_ in ("he", "she"):
            if self._unnamed_kin_before(subj):
                return
        elif subj.pos_ != "PROPN":
            # ("his uncle Bertil": a kin or person noun with its own name after it; not "the Quarrie boy", "the
            # Quarrie business", where the surname only modifies a thing or an unnamed one of the family)
            if subj.lower_ not in L.REL_NOUNS and subj.lemma_ not in L.REL_NOUNS:
                return
            if not any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound") and c.i > subj.i for c in subj.children):
                return
        s, _ = self._ids(verb, deps=())
        if len(s) == 1:
            self.add("event", "death", s[0], None, tok, verb, 0.55, trigger=f"{verb.text} {tok.text}")

    KIN_SHE = {"sister", "mother", "aunt", "wife", "daughter", "grandmother", "niece", "widow", "cousin", "stepmother",
               "grandmama", "granny", "mama", "mamma", "mum", "mom", "girl", "woman", "lady"}
    KIN_HE = {"brother", "father", "uncle", "husband", "son", "grandfather", "nephew", "widower", "cousin", "stepfather",
              "grandpapa", "papa", "dad", "boy", "man", "gentleman"}

    def _unnamed_kin_before(self, pron) -> bool:
        """Session 29 review: "Nell had a sister. She was dead before Amos was born": a he/she whose nearest
        same-gender person noun, earlier in the sentence or in the one before, is an unnamed kin ("a sister",
        "her father") stands for that one, not for the named one the resolver would pick."""
        nouns = self.KIN_SHE if pron.lower_ == "she" else self.KIN_HE
        k = self.idx.sent_of(pron.i)
        lo = self.idx.sent_chars[max(0, k - 1)][0]
        for t in reversed(self.doc[:pron.i]):
            if t.idx < lo:
                break
            if t.lower_ in nouns and t.pos_ == "NOUN":
                return not any(c.pos_ == "PROPN" for c in t.children) and not (
                    t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN") and t.dep_ not in ("attr", "appos")
        return False

    def _death_to_come(self, tok) -> bool:
        """Session 27: a death only planned for or asked about. "When he died they were to bury him under the
        yew", "when he died the farm was going to his nephew" (the plan for a death to come, told in the
        past), "if he died the shop would close" (a condition), "Who died?" (a question), not a death."""
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
        head = tok.head
        if tok.dep_ == "advcl" and marks & {"when", "once", "if"}:
            if any(c.dep_ == "aux" and c.lower_ in L.MODALS for c in head.children):
                return True  # ("when he died the forge would go to her", "if he died the shop would close")
            planned = head.lemma_ == "be" and any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in head.children) or (
                head.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children))
            # (review: "When Grandpa died, she was to take over the shop" tells a death and what followed; a plan
            # in the past is a death to come only when it is told as a plan, under "told her that", "had
            # arranged that", or while he is said to be alive)
            # (a clause under "told her that", "declared that he forgave everyone, and that when he died they
            # were to ...", however deep the parser hangs it)
            framed = any(t.dep_ == "ccomp" and t.head.lemma_ in self.PLAN_FRAMES for t in (head, *head.ancestors))
            if planned and (framed or self._alive_before(tok)):
                return True
        subj = subject(tok)
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return subj is not None and subj.lower_ == "who" and nxt is not None and nxt.text == "?"

    def _went_with_a_sound(self, c) -> bool:
        """"went with a crunch", "went in three places": what a breaking body part is told by (session 27)."""
        if c.dep_ != "prep":
            return False
        objs = _children(c, ("pobj",))
        if c.lower_ == "with":
            return any(o.lemma_ in self.SOUNDS for o in objs)
        return c.lower_ == "in" and any(o.lemma_ == "place" and _children(o, ("nummod",)) for o in objs)

    def _part_owner_before(self, tok, window: int = 600) -> list[str]:
        """Whose hurt body part the text told last, within ``window`` characters before ``tok`` ("holding
        his ankle", "looked at my wrist", "Thea's knee"): the possessor of the nearest owned body part."""
        for j in range(tok.i - 1, -1, -1):
            t = self.doc[j]
            if t.idx < tok.idx - window:
                break
            if (t.lemma_ in self.WOUND_PARTS or t.lemma_ in self.HURT_PARTS) and t.pos_ == "NOUN":
                poss = _children(t, ("poss",))
                if poss:
                    who = self.r.tokens(poss[0])
                    if who:
                        return who[:1]
        return []

    def _diagnosis(self, tok, low) -> None:
        """An injury told by what it turned out to be: "It's a sprain," the medic said; "It was only a
        sprain, not a break"; "a torn ligament"; "she needed five stitches"; "Sprain, the physio reckons."
        The one hurt is the subject who has, needs or gets it ("had six stitches"), the possessor ("Veit's
        stitches"), or, for a diagnosis given of "it" or as a bare phrase, the owner of the body part the
        text told last ("rubbing his ankle ... 'It's a sprain'"). Not asked ("Is it a sprain?"), not denied,
        not "in stitches" (laughing)."""
        sent = self.idx.sent_text(tok.i).rstrip().rstrip('"\'”’ ')
        if sent.endswith("?"):
            return
        if low == "ligament" and not any(c.lower_ in ("torn", "ruptured", "snapped") for c in tok.children):
            return
        if low == "stitches" and tok.dep_ == "pobj":
            return  # ("had us in stitches")
        verb = governing_verb(tok)
        # ("drove her off to get stitches": the purpose clause is as real as the driving)
        check = verb.head if verb.tag_ == "VB" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" else verb
        if check is not tok and (negated(check) or self.irrealis(check)):
            return
        if any((c.dep_ == "neg" or c.lower_ in ("no", "not")) and c.i < tok.i for c in tok.children):
            return  # ("no fracture", "not a sprain"; "only a sprain, not a break" is one)
        who: list[str] = []
        poss = _children(tok, ("poss",))
        if poss:
            who = self.r.tokens(poss[0])
        elif tok.dep_ == "dobj" and verb.lemma_ in ("have", "need", "get", "require"):
            s = subject(verb)
            if s is None and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB":
                s = next(iter(_children(verb.head, ("dobj",))), None)  # ("drove her off to get stitches")
            if s is not None and s.lower_ not in ("it", "that", "this"):
                who = self.r.tokens(s)
        elif low == "concussed" and tok.dep_ in ("acomp", "ROOT") and verb.lemma_ == "be":
            s = subject(verb)
            who = self.r.tokens(s) if s is not None else []
        if not who and low not in ("stitches", "concussed"):
            if tok.dep_ in ("ROOT", "dep", "appos", "npadvmod") and low != "sprained":
                who = self._part_owner_before(tok)  # a bare phrase: "Sprain, they think."
            elif tok.dep_ in ("attr", "acomp") or (low == "sprained" and tok.dep_ == "ROOT"):
                # "It's a sprain", "That's sprained": said of the hurt just shown
                s = subject(verb if tok.dep_ != "ROOT" else tok)
                if s is None or s.lower_ in ("it", "that", "this"):
                    who = self._part_owner_before(tok)
        if who:
            self.add("event", "injury", who[0], None, tok, verb, 0.5, trigger=f"{tok.text} (diagnosis)")

    def _event_noun(self, tok, lem):
        if lem in ("match", "shouting", "screaming"):
            lem = self._shouting_row(tok, lem)
            if lem is None:
                return
        if lem in ("sling", "fall", "plaster", "cast", "splint"):
            self._injury_noun(tok, lem)
            return
        n = len(self.cues)
        self._event_noun_cues(tok, lem)
        if any(c.lower_ == "own" for c in tok.children if c.dep_ == "amod"):
            for c in self.cues[n:]:
                # "she had eaten worse at her own wedding": a wedding of long ago, nobody nearby is the groom
                c.extra.pop("happening", None)
                c.extra["other_named"] = True

    def _hyphened_row(self, tok):
        """"he and Gwenda had a falling-out about it", "Orla had a bust-up with her cousin", "had a terrible
        falling out over the boat": a quarrel told by a compound noun the parser splits ("falling", "-", "out"),
        read as "row" only as what someone had, got or started (the "row" rule's verbs). Returns the token that
        stands for the noun, else None."""
        doc = self.doc
        part = {"falling": "out", "bust": "up"}.get(tok.lower_)
        if part is None or tok.i + 1 >= len(doc):
            return None
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == part:
            node = doc[tok.i + 2] if doc[tok.i + 2].dep_ == "dobj" else tok
        elif tok.lower_ == "falling" and doc[tok.i + 1].lower_ == "out":
            node = tok
        else:
            return None
        if node.dep_ != "dobj" or node.head.lemma_ not in ("have", "get", "start") \
                or not any(d.lower_ in ("a", "an") for d in doc[max(0, tok.i - 5):tok.i]):
            return None
        return node

    @staticmethod
    def _shouting_row(tok, lem) -> str | None:
        """"the two of them had a screaming match", "we had a shouting on the landing": a row told by its noise.
        A "match" only with a shouting word before it (not a football match); a bare "shouting" or
        "screaming" only as what someone had (not "the shouting stopped"). Returns "row", else None."""
        if lem == "match":
            return "row" if any(c.dep_ in ("compound", "amod") and c.lower_ in ROW_COMPOUNDS for c in tok.children) else None
        if tok.dep_ == "dobj" and tok.head.lemma_ == "have" and any(c.lower_ in ("a", "an") for c in tok.children):
            return "row"
        return None

    def _event_noun_cues(self, tok, lem):
        poss = _children(tok, ("poss",))
        ids = self.r.tokens(poss[0]) if poss else []
        verb = governing_verb(tok)
        if poss and not ids:
            return  # "my sister's wedding" with the sister unknown: not the wedding of whoever is subject
        if poss and poss[0].i >= 2 and self.doc[poss[0].i - 1].lower_ == "and" and self.doc[poss[0].i - 2].pos_ == "PROPN":
            ids += [i for i in self.r.one(self.doc[poss[0].i - 2]) if i not in ids]  # "Mia and Leo's wedding"
        if poss and lem in ("wedding", "engagement", "divorce", "marriage", "kiss", "date", "breakup", "break-up"):
            # "her wedding to Callum", "his engagement to a girl called Tamsin", "her divorce from Tom":
            # the noun's own complement is the other party
            preps = [p for p in _children(tok, ("prep",)) if p.lower_ in ("to", "with", "from")]
            if not preps and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ in ("to", "from") \
                    and self.doc[tok.i + 1].dep_ == "prep":
                preps = [self.doc[tok.i + 1]]  # (the parser hung "to Callum" on the verb)
            ids += [i for p in preps for o in _children(p, ("pobj",)) if o.pos_ == "PROPN"
                    for i in self.r.tokens(o) if i not in ids]
        if lem in ("wedding", "divorce") and not poss:
            ids_of = [i for p in _children(tok, ("prep",)) if p.lower_ == "of"
                      for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
            if len(ids_of) >= 2:  # "the wedding of Mia and Leo"
                ids, poss = ids_of, [tok]
        if lem == "engagement" and not poss and not ids and tok.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and self.r.last_couple is not None \
                and 0 < tok.idx - self.r.last_couple[1] < 1500 and not self.irrealis(verb) and not negated(verb) \
                and tok.dep_ != "compound" and verb.lemma_ not in ("call", "break", "end", "cancel", "announce"):
            # (not "the engagement party", nor "called off the engagement": an ending; nor an announcement,
            # which the engaged state already tells)
            # "Mrs. Pell took to her room upon hearing of the engagement": the couple just engaged
            pair = sorted(self.r.last_couple[0])
            if any(c.kind == "state" and c.label == "engaged" and {c.a, c.b} == set(pair) for c in self.cues):
                self.pair_event("engagement", pair, tok, verb, 0.5, trigger="the engagement")
            return
        if not ids and verb.pos_ in ("VERB", "AUX"):
            subj = subject(verb)
            if subj is not None:
                ids = self.r.tokens(subj)
        for p in _children(tok, ("prep",)):
            if p.lower_ in ("with", "between"):
                ids += [i for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
        if lem == "divorce" and not poss and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and self.r.last_couple is not None and 0 < tok.idx - self.r.last_couple[1] < 1200 \
                and not self.irrealis(verb) and not self._still_together(self.r.last_couple[0]):
            # "They married under the walnut tree. ... The divorce was quiet.": the couple just told
            n = len(self.cues)
            self.pair_event("breakup", sorted(self.r.last_couple[0]), tok, verb, 0.5, state="ex",
                            trigger="the divorce")
            for c in self.cues[n:]:
                c.extra["before"] = "married"
            return
        if lem == "divorce" and not poss and (len(set(ids)) < 2 or verb.lemma_ not in DIVORCE_GOT_VERBS) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and (tok.head.lower_ in ("since", "after", "before", "through") or not self.irrealis(verb)):
            # ("She had not been back since the divorce": a divorce a time phrase refers to happened;
            # not one whose two partners the subject, "with" or "between" name to a verb that tells it:
            # "Ilse got the house in the divorce with Teodor" is theirs, below. Two people found with another
            # verb ("We filled in the forms after the divorce") are the subject the one couple must include.)
            self.loose_divorces.append(tok)  # no couple told just before: see _divorce_of_the_one_couple
            return
        if lem in ("death", "funeral") and not poss:
            # "Upon the death of old Sir Gerald Ashby": the one named after "of"
            dead = [i for p in _children(tok, ("prep",)) if p.lower_ == "of" for o in _children(p, ("pobj",))
                    if o.pos_ == "PROPN" for i in self.r.tokens(o)]
            if len(dead) == 1 and not negated(verb) and not self.irrealis(verb):
                self.add("event", "death", dead[0], None, tok, verb, 0.55, trigger=f"the {tok.text} of")
                return
        if not ids:
            if lem in ("fight", "argument", "quarrel", "row") and not poss:
                self.loose_fights.append(tok)  # "split up ... over something that started as a row"
            return
        first = any(c.lower_ == "first" for c in tok.children if c.dep_ == "amod")
        if lem == "war":
            # "Anselm and Theo waged a small cold war": a cold war is a rivalry, a war an enmity
            # (the lemmatiser makes "waged" into "wag")
            if (verb.lemma_ in ("wage", "fight", "declare", "start") or verb.lower_.startswith("wag")) \
                    and not self.irrealis(verb):
                ids = list(dict.fromkeys(ids + self._pobj_ids(verb, ("with", "against", "on"))))
                if len(ids) >= 2:
                    cold = any(c.lower_ == "cold" for c in tok.children if c.dep_ == "amod")
                    self.pair_event_state("rivals" if cold else "enemies", ids[:2], tok, verb, 0.5,
                                          trigger=("cold " if cold else "") + "war")
            return
        if lem == "date" and poss and tok.dep_ in ("attr", "appos") and not first:
            # "Leo was Mia's date to the dance": the person one goes out with
            who = self.r.tokens(_children(tok.head, ("nsubj",))[0]) if tok.dep_ == "attr" and _children(
                tok.head, ("nsubj",)) else (self.r.one(tok.head) if tok.dep_ == "appos" else [])
            if who and ids and who[0] != ids[0] and not self.irrealis(verb):
                self.pair_event_state("dating", [ids[0], who[0]], tok, verb, 0.45, trigger=f"{poss[0].text} date")
            return
        if lem == "date":
            # "went on a date with Priya", "our first date": a romance told by its outings
            on = tok.head.lower_ == "on" and tok.head.head.lemma_ in ("go", "be", "take")
            outing = verb.lemma_ in ("have", "go") or on
            if (on or (poss and first) or (outing and verb.lemma_ == "have")) and not self.irrealis(verb):
                if on:
                    ids += [i for p in _children(tok.head.head, ("prep",)) if p.lower_ == "with"
                            for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
                    ids += [i for o in _children(tok.head.head, ("dobj",)) for i in self.r.tokens(o)]
                ids = list(dict.fromkeys(ids))
                if len(ids) >= 2:
                    self.pair_event_state("dating", ids[:2], tok, verb, 0.55, trigger="on a date" if on else tok.text)
            return
        if lem == "kiss" and first:
            self.pair_event("first_kiss", ids, tok, verb, 0.75, trigger=f"first {tok.text}")
        elif lem == "wedding" and poss:
            ant, rec = self._anterior(verb, tok)
            held = verb.lemma_ in ("be", "take", "happen") and is_past(verb) and self._dated(verb)
            if ant or rec or held:  # (held: "Mia and Leo's wedding was in June")
                self.pair_event("wedding", ids, tok, verb, 0.55, state="married", trigger=f"{poss[0].text} wedding")
            else:
                self.pair_event_state("engaged", ids, tok, verb, 0.6, trigger=f"{poss[0].text} wedding")
                self.cues[-1].extra["weak"] = True  # a wedding being planned; void if it is the wedding day
        elif lem == "wedding" and not poss and verb.lemma_ in ("have", "plan", "book", "set", "postpone", "cancel",
                                                               "confirm", "organize", "organise") and len(ids) >= 2:
            self.pair_event_state("engaged", ids, tok, verb, 0.5, trigger=f"{verb.text} ... wedding")
            self.cues[-1].extra["weak"] = True
        elif lem == "engagement" and poss and tok.tag_ == "NN" and verb.lemma_ not in ("keep", "fulfil", "fulfill",
                                                                                     "attend", "honour", "honor"):
            self.pair_event_state("engaged", ids, tok, verb, 0.6, trigger=f"{poss[0].text} engagement")
            if verb.lemma_ in ("break", "call", "end") and self.cues:
                self.cues[-1].offset = verb.idx - 1  # "broke off their engagement": engaged, then not
        elif lem in ("fight", "argument", "quarrel", "row") and verb.lemma_ in ("get", "have", "start", "pick"):
            if not self.irrealis(verb):
                self.pair_event("fight", ids, tok, verb, 0.6)
        elif lem in ("breakup", "break-up", "divorce") and poss:
            self.pair_event("breakup", ids, tok, verb, 0.6, state="ex")
        elif lem == "divorce" and verb.lemma_ in DIVORCE_VERBS and not self.irrealis(verb):
            # "Mia filed for divorce from Leo"
            other = [i for p in _children(tok, ("prep",)) + _children(verb, ("prep",)) if p.lower_ == "from"
                     for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
            if verb.lemma_ in DIVORCE_GOT_VERBS:
                n = len(self.cues)
                self.pair_event("breakup", ids + other, tok, verb, 0.55, state="ex", trigger=f"{verb.text} ... divorce")
                for c in self.cues[n:]:
                    c.extra["before"] = "married"
        elif lem == "hug" and verb.lemma_ in ("pull", "give", "wrap", "draw") and not negated(verb):
            target = [i for c in verb.children if c.dep_ in ("dobj", "dative") for i in self.r.tokens(c)]
            subj = subject(verb)
            who = self.r.tokens(subj) if subj is not None else []
            self.pair_event("comfort", who[:1] + target[:1], tok, verb, 0.6, trigger=f"{verb.text} ... hug")
        elif lem == "proposal" and poss and len(ids) == 1 and (verb.lemma_ in ("accept", "refuse", "reject", "decline")
                                                                 or (verb.lemma_ == "turn" and "down" in {
                                                                     c.lower_ for c in verb.children})):
            # "Mia accepted Leo's proposal" (engaged); "turned down Leo's proposal" (asked, not engaged)
            subj = subject(verb)
            who = [i for i in (self.r.tokens(subj) if subj is not None else []) if i not in ids]
            if who and not self.irrealis(verb):
                self.pair_event("proposal", ids[:1] + who[:1], tok, verb, 0.6,
                                state="engaged" if verb.lemma_ == "accept" else None, trigger=f"{verb.text} ... proposal")
        elif lem in ("death", "funeral", "grave", "wake", "memorial") and poss and len(ids) == 1 \
                and not (lem == "death" and verb.lemma_ == "catch"):  # ("you'll catch your death": a chill)
            self.add("event", "death", ids[0], None, tok, verb, 0.55)

    def _other_named(self, verb) -> bool:
        """"engaged to a solicitor", "married someone else": the partner is given, just not as a
        character, so no one nearby may stand in for them."""
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in _children(verb, ("prep",)) if p.lower_ in ("to", "with") for o in _children(p, ("pobj",))
            if p.lower_ == "to" or o.pos_ in ("PROPN", "PRON")]  # not "proposed with the oxygen at 11%"
        return any(o.pos_ in ("NOUN", "PROPN", "PRON") and not self.r.tokens(o)
                   and o.lower_ not in ("it", "this", "that", "things", "everything")
                   and o.lemma_ not in ("engagement", "relationship", "marriage", "wedding", "thing") for o in objs)

    def pair_event_state(self, state, ids, tok, verb, conf, trigger=None):
        ids = list(dict.fromkeys(i for i in ids if i))
        if ids:
            self.add("state", state, ids[0], ids[1] if len(ids) > 1 else None, tok, verb, conf,
                     needs_partner=len(ids) < 2, trigger=trigger)
            if len(ids) < 2 and (self._other_named(tok) or (tok.i != verb.i and self._other_named(verb))):
                # ("she was married to this place": an adjective "married" holds the "to" itself)
                self.cues[-1].extra["other_named"] = True

    # -- predicates
    def _named_by_listener(self, q, listener: str, want: str | None) -> str | None:
        """The one person (not a party to the talk, of the wanted sex) whom ``listener`` named in their
        own line just before ``q``, within a few hundred characters of the same scene."""
        i = bisect.bisect_left(self.view._quote_starts, q.span[0]) - 1
        sc = self.view.scene_at(q.span[0])
        while i >= 0:
            prev = self.view.quotes[i]
            if prev.span[0] < sc.span[0] or q.span[0] - prev.span[1] > 400:
                return None
            if prev.speaker == listener:
                found = {c for s, e, c in self.view.mentions_in(prev.span)
                         if c not in (listener, q.speaker) and self.view.text[s:e][:1].isupper()
                         and (not want or self.view.gender(c) in (want, "unknown", None))}
                return found.pop() if len(found) == 1 else None
            i -= 1
        return None

    def _still_together(self, pair: frozenset) -> bool:
        """The pair was told as a couple still holding when told ("We've been together fourteen
        months"): a divorce told after it in the past is someone else's (an earlier marriage)."""
        return any(c.kind == "state" and frozenset((c.a, c.b)) == pair and c.extra.get("ongoing")
                   and c.label in ("dating", "engaged", "married") for c in self.cues)

    def _owner_of_the_workplace(self) -> None:
        """"I went to work at the bookshop ... until Mr. Aziz, who owned the place, took me into the stock
        room": whoever owns or runs the place where someone works is that person's boss, however the
        story tells either fact. Both in one scene, within a few paragraphs."""
        if self.novel:
            return
        owners: list[tuple[int, str]] = []
        workers: list[tuple[int, str]] = []
        for i in self.idx.candidates({"own", "run", "work"}, {"owned", "owns", "ran", "runs", "work", "worked",
                                                                 "works", "working"}):
            tok = self.doc[i]
            went = tok.tag_ == "VB" and tok.head.lemma_ in ("go", "start", "begin", "come")  # "went to work at"
            if tok.pos_ not in ("VERB", "AUX") or negated(tok) or (self.irrealis(tok) and not went):
                continue
            if tok.lemma_ in ("own", "run"):
                places = [o for o in _children(tok, ("dobj",)) if o.lemma_ in L.BUSINESS_NOUNS]
                subj = subject(tok)
                if places and subj is not None:
                    owners += [(tok.idx, cid) for cid in self.r.tokens(subj)[:1]]
            elif tok.lemma_ == "work":
                places = [o for p in _children(tok, ("prep",)) if p.lower_ in ("at", "in")
                          for o in _children(p, ("pobj",)) if o.lemma_ in L.BUSINESS_NOUNS]
                subj = subject(tok) or (subject(tok.head) if went else None)
                if places and subj is not None:
                    workers += [(tok.idx, cid) for cid in self.r.tokens(subj)]
        for o_at, boss in owners:
            sc = self.view.scene_at(o_at)
            for w_at, who in workers:
                if who != boss and abs(w_at - o_at) < 1500 and self.view.scene_at(w_at) is sc:
                    span = self.doc.char_span(o_at, o_at + 1, alignment_mode="expand")
                    if span is None or len(span) == 0:
                        continue
                    self.add("state", "boss", boss, who, span[0], span[0], 0.45, holder=boss,
                             trigger="owns the place ... works there")

    def _head_on_shoulder(self, tok, lem) -> bool:
        """"put her head on Margit's shoulder", "put my face against her shoulder", "he leans into my
        shoulder": resting one's head on someone is being comforted by them (the shoulder's owner)."""
        body = [c for c in _children(tok, ("dobj",)) if c.lemma_ in ("head", "face", "cheek")]
        if not body and not (lem == "lean" and not _children(tok, ("dobj",))):
            return False
        if lem == "lean" and body and body[0].lemma_ == "head":
            return False  # ("leaned her head on Maddie's shoulder": the idiom rule's)
        owners = [i for p in _children(tok, ("prep",)) if p.lower_ in ("on", "against", "into", "in")
                  for x in _children(p, ("pobj",)) if x.lemma_ in ("shoulder", "chest", "neck")
                  for q in _children(x, ("poss",)) for i in self.r.tokens(q)]
        s, _ = self._ids(tok, deps=())
        if s and owners and s[0] != owners[0]:
            self.pair_event("comfort", owners[:1] + s[:1], tok, tok, 0.5, trigger=f"{tok.text} ... on a shoulder")
            return True
        return False

    @staticmethod
    def _asked_forgiveness(tok) -> bool:
        """"Odalys, forgive me for asking, but is he home every night?": an imperative "forgive" asks for
        pardon (often for what comes next), it does not tell that anyone forgave."""
        subj = subject(tok)
        # (the parser takes a hail before the verb for its subject: "Odalys, forgive me")
        hail = subj is not None and subj.pos_ == "PROPN" and subj.i + 2 == tok.i and tok.doc[subj.i + 1].text == ","
        return tok.tag_ in ("VB", "VBP") and (subj is None or hail) and not _children(tok, ("aux",)) \
            and tok.dep_ in ("ROOT", "conj", "ccomp") and not hortative(tok)

    def _stayed_with(self, tok, realis: bool) -> None:
        """"She sits with me on the bathroom floor while I cry", "sat with her at the crematorium",
        "sat with you on that floor until you could stand up" after "the night you found him": staying
        beside someone in their grief or distress is comfort, however the distress is told. The
        distress must be in the sentence or the one before (sitting with a friend is not comfort)."""
        if not realis or not (self.told(tok) or self.view.quote_at(tok.idx) is not None and is_past(tok)):
            return
        others = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("with", "beside", "by")
                  for o in _children(p, ("pobj",))] + [
            o for p in tok.children if p.dep_ in ("advmod", "prep") and p.lower_ == "next"
            for t in _children(p, ("prep",)) if t.lower_ == "to" for o in _children(t, ("pobj",))]  # "next to me"
        if not others:
            return
        s, _ = self._ids(tok, deps=())
        o = self._not_self(others[0], s)
        if not s or not o or s[0] == o[0]:
            return
        sent = tok.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else sent
        text = self.text[prev.start_char:sent.end_char]
        own = self.text[sent.start_char:sent.end_char]
        if not DISTRESS.search(text) and not _until(tok) and not VIGIL.search(own) and not self._silent_vigil(tok, own):
            # ("sat with her until the candle guttered", "sat beside me until they stopped shaking": staying
            # on until something passes is the vigil itself, whatever the distress was; session 27: so is sitting
            # with someone "without a word", "and said nothing", "holding her hand", "and let him talk", in an ambulance)
            return
        self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.5, trigger=f"{tok.text} with (distress)")

    def _silent_vigil(self, tok, own: str) -> bool:
        """Review of session 27: "sat with him in silence", "and said nothing" is a vigil when the paragraph tells
        distress, illness or grief ("lay on the ward"), and no quarrel or sulk is told in the sentence or the two
        before ("was still furious with him"; "sat with him at supper and said nothing about it"); "sat beside her
        without a word" needs only no quarrel or sulk near."""
        k = self.idx.sent_of(tok.i)
        near = self.text[self.idx.sent_chars[max(0, k - 2)][0]:self.idx.sent_chars[k][1]]
        if WORDLESS.search(own):
            return not SULK.search(near)  # ("sat down by her on the kerb without a word")
        if not SILENT_VIGIL.search(own):
            return False
        lo = self.text.rfind("\n\n", 0, tok.idx)
        lo = 0 if lo < 0 else lo
        hi = self.text.find("\n\n", tok.idx)
        hi = len(self.text) if hi < 0 else hi
        para = self.text[lo:hi]
        if not (DISTRESS.search(para) or SICKBED.search(para)):
            return False
        return not SULK.search(near)

    def _made_a_drink(self, tok) -> bool:
        """"Afterwards Wren made me cocoa and asked nothing at all", "He fetched her a cup of tea
        from the canteen" after the tears, "handed her a mug of sweet tea": a hot drink (or toast, soup) made
        or brought for someone in their grief, fear or hurt, told in that sentence or just before, is comfort
        from the one who makes it. Without the distress it is kindness, courtship or a work habit ("brought her
        coffee every morning"), no event."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "ccomp") and c.pos_ == "NOUN"]
        if not objs:
            return False
        obj = objs[0]
        # ("made me cocoa": the parser takes "me" for the subject of a small clause on the drink)
        small = [c for c in obj.children if c.dep_ == "nsubj" and c.i < obj.i]
        if obj.lemma_.lower() in DRINK_VESSELS:
            obj = next((o for p in _children(obj, ("prep",)) if p.lower_ == "of" for o in _children(p, ("pobj",))), obj)
        if obj.lemma_.lower() not in DRINKS and obj.lower_ not in DRINKS:
            return False
        who = small + [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("PRON", "PROPN")] + [
            o for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ == "for"
            for o in _children(p, ("pobj",)) if o.pos_ in ("PRON", "PROPN")]
        if not who or who[0].lower_ in ("it", "them", "us", "everyone", "everybody"):
            return False
        if negated(tok) or self.irrealis(tok) or not self.told(tok):
            return False
        sent = tok.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else sent
        if not DISTRESS.search(self.text[prev.start_char:sent.end_char]):
            return False
        s, _ = self._ids(tok, deps=())
        o = self._not_self(who[0], s)
        if not s or not o or s[0] == o[0]:
            return False
        self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.5, trigger=f"{tok.text} {who[0].text} {obj.text}")
        return True

    def _let_cry(self, tok) -> None:
        """"Sigrun drove her to the station and let her weep the whole way", "let him lean on her till
        the bus came", "she pulled him close and stayed quiet, and let him" after he broke down: letting
        someone cry or lean on you (or, with distress told in that sentence or the one before, letting them talk,
        shake or simply be) is comfort from the one who lets. A bare "let him" with no distress near
        ("kissed her hand, and she let him") is not."""
        verb = tok.head if tok.tag_ == "VB" and tok.dep_ == "conj" else tok
        if negated(tok) or not (self.told(verb) or self.view.quote_at(tok.idx) is None and is_past(verb)):
            return
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if comp:
            if comp[0].lemma_ not in ("cry", "sob", "weep", "lean", "talk", "shake"):
                return  # ("let him go", "let her in on it")
            if comp[0].lemma_ == "lean" and (_children(comp[0], ("dobj",)) or not any(
                    p.lower_ in ("on", "against") and any(o.pos_ in ("PRON", "PROPN") and o.lower_ != "it"
                                                          or _children(o, ("poss",)) for o in _children(p, ("pobj",)))
                    for p in _children(comp[0], ("prep",)))):
                return  # ("let her lean the ladder against his wall": leaning a thing, not on a person)
            who = _children(comp[0], ("nsubj",)) or _children(tok, ("dobj",))
        else:
            who = _children(tok, ("dobj",))
            if any(c.dep_ in ("prt", "prep", "dative", "oprd", "acomp") for c in tok.children):
                return
        if not who or who[0].pos_ not in ("PRON", "PROPN") or who[0].lower_ in ("it", "them", "us", "that"):
            return
        if not (comp and comp[0].lemma_ in ("cry", "sob", "weep", "lean")):  # ("let him lean against her")
            sent = tok.sent
            prev = self.doc[sent.start - 1].sent if sent.start > 0 else sent
            if not DISTRESS.search(self.text[prev.start_char:sent.end_char]):
                return
        s, _ = self._ids(tok, deps=())
        o = self._not_self(who[0], s)
        if s and o and s[0] != o[0]:
            self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.5, trigger=f"{tok.text} {who[0].text}"
                            + (f" {comp[0].text}" if comp else ""))

    def _asked_between(self, who: str, start: int, tok) -> bool:
        """Whether ``who`` is the subject of an asking or proposing verb between ``start`` and ``tok``."""
        for t in reversed(self.doc[:tok.i]):
            if t.idx <= start:
                break
            if t.lemma_ in ("ask", "propose", "beg", "offer") and t.pos_ == "VERB":
                subj = subject(t)
                if subj is not None and who in self.r.tokens(subj):
                    return True
        return False

    def _accepted_person(self, tok, realis: bool) -> None:
        """"She accepted him before he had finished the sentence": a person, not an offer, is
        accepted only as a husband or wife. An acceptance of him or her with nothing else accepted
        ("as a partner", "into the firm") is a proposal accepted, however the asking was told."""
        obj = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("him", "her")]
        if self.novel or not obj or not realis or not self.told(tok) or any(
                c.dep_ in ("prep", "dative", "oprd") and c.lower_ in ("as", "into", "onto", "for", "back", "in")
                for c in tok.children) or any(c.dep_ == "prt" for c in tok.children):
            return
        s, o = self._ids(tok)
        subj = subject(tok)
        if len(s) == 1:
            # (session 29: "Mr. Pim called one wet Tuesday, while Bertil was at the quarry, and put the question to
            # Nell. She accepted him before the kettle boiled": an acceptance right after a proposal to her answers
            # it; the "him" is the one who asked, not the last man named)
            asked = [c for c in self.cues if c.kind == "event" and c.label == "proposal" and c.b == s[0] and c.a
                     and 0 <= tok.idx - c.offset <= 400
                     and not PROPOSAL_REFUSED.search(self.text[c.offset:tok.idx])]  # (review: "she said no")
            if asked and not (o and o[0] not in {c.a for c in asked} and self._asked_between(o[0], asked[-1].offset, tok)):
                return  # (unless the "him" is a second man who asked her since: "Then Amos asked her too")
        if s and o and s[0] != o[0]:
            self.pair_event("proposal", o[:1] + s[:1], tok, tok, 0.5, state="engaged", trigger=f"{tok.text} {obj[0].text}")
            for c in self.cues[-2:]:
                c.extra["not_family"] = True
                if subj is not None and subj.lower_ in ("he", "she"):
                    c.extra["pronoun_partner"] = subj.lower_  # (checked against the couples: _courted_pronouns)

    def _courted_pronouns(self) -> None:
        """"He asked her properly in Mrs. Crane's drawing-room, and she accepted him": the "she" who
        accepts him is the one he was shown courting (a confession, a kiss, a proposal told anywhere
        in the story), not the last woman named. Run after every cue is read, so a love confessed in
        speech (read last) counts; the romance cues that followed the misread pair ("They were married
        in June") follow the correction."""
        romantic = {"confession", "proposal", "first_kiss", "engagement", "wedding"}
        for c in self.cues:
            sex = c.extra.get("pronoun_partner")
            if not sex or not c.a or not c.b:
                continue
            wrong = frozenset((c.a, c.b))
            if any(frozenset((d.a, d.b)) == wrong and not d.extra.get("pronoun_partner") and d.offset < c.offset
                   for d in self.cues):
                continue  # the pair was shown together before: no misreading
            known = {next(iter(p - {c.a})) for p in self.r.couples if c.a in p and len(p) == 2 and c.b not in p}
            known = [k for k in known if self.view.gender(k) in (sex, "unknown")]
            if len(known) != 1:
                continue
            right = known[0]
            for d in self.cues:
                if frozenset((d.a, d.b)) == wrong and d.offset >= c.offset and (
                        d.label in romantic or L.STATE_TYPE.get(d.label) == "romantic"):
                    d.a, d.b = (c.a, right) if d.a == c.a else (right, c.a)

    @staticmethod
    def _asks_marriage(tok) -> bool:
        """An xcomp of "ask" that is marrying ("asked Lark to marry him", "to be his wife")."""
        return any(c.dep_ == "xcomp" and (c.lemma_ == "marry" or (c.lemma_ == "be" and any(
            a.dep_ == "attr" and a.lower_ in ("wife", "husband", "bride") for a in c.children)))
            for c in tok.children)

    def _asks_leave_to_marry(self, tok) -> bool:
        """"asked Mr. Tregenza for his blessing to marry Senara", "asked her uncle's consent": the
        one asked gives consent, not a hand: a "for" + leave/permission/consent/blessing, or a "marry"
        whose object is a noun or a name of a character other than the one asking (not the "him"/"me" of
        "asked Senara to marry him", nor "asked her to marry a poor man like him", "to marry Oswy Quenby,
        the poorest man in the county" said by Oswy himself)."""
        if any(p.lower_ == "for" and any(o.lemma_ in ("leave", "permission", "consent", "blessing")
                                         for o in _children(p, ("pobj",))) for p in _children(tok, ("prep",))):
            return True
        subj = subject(tok)
        asker = set(self.r.tokens(subj)) if subj is not None else set()
        return any(c.dep_ == "xcomp" and c.lemma_ == "marry" and any(
            o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and (who := self.r.tokens(o)) and who[0] not in asker
            for o in c.children) for c in tok.children)

    def _asks_marriage_whether(self, tok):
        """The subject of a "whether/if" clause under "ask" that is about marrying ("asked whether I
        would consent to be his wife", "asked if she would marry him"), else None."""
        for c in _children(tok, ("ccomp",)):
            if not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children):
                continue
            accepts = lambda v: v.lemma_ == "accept" and any(  # noqa: E731  ("bring herself to accept him")
                o.dep_ == "dobj" and o.lower_ in ("him", "her", "me") for o in v.children)
            if c.lemma_ == "marry" or self._asks_marriage(c) or accepts(c) or any(
                    x.dep_ in ("xcomp", "advcl") and (self._asks_marriage(x) or accepts(x)) for x in c.children):
                subj = _children(c, ("nsubj",))
                return subj[0] if subj else None
        return None

    def _other_subject(self, verb, objects: list[str]) -> list[str]:
        """"She owns Fenwick's; she hired Priya": a pronoun subject linked to the very person the verb
        takes as object would have been "herself"; the nearest fitting other person is meant."""
        subj = subject(verb)
        if subj is None or subj.lower_ not in ("he", "she"):
            return []
        skip = set(objects) | self.r.excluded(subj.idx)
        for _, _, cid in self.view.mentions_before(subj.idx, window=600):
            if cid not in skip and self.view.gender(cid) == subj.lower_:
                return [cid]  # (someone known to be "she", not a shop the cast took for a person)
        return []

    def _relative_object(self, verb) -> list[str]:
        """"Rosa is the best pastry cook Marguerite has ever hired", "Tom was the man she married": a
        relative clause with no object of its own has its antecedent as object, and an antecedent that
        is a copula's complement stands for the copula's subject. The parse, not the verb, carries it."""
        if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in ("who", "whom", "that")
                                       for c in verb.children):
            return []
        if any(c.dep_ == "prep" and not _children(c, ("pobj",)) for c in verb.children):
            return []  # ("the man I went out with": the preposition's object, another rule's)
        ante = verb.head
        if ante.pos_ == "NOUN" and ante.dep_ == "attr" and ante.head.lemma_ == "be":
            subj = subject(ante.head)
            return self.r.tokens(subj) if subj is not None else []
        if ante.pos_ == "PROPN":
            return self.r.one(ante)
        return []

    def _not_speaking(self, tok) -> None:
        """"The twins had not spoken since the christening", "Hal and I quit talking for most of a winter",
        "Mab did not speak to her uncle for nine months": a long silence between two people is a falling-out
        (a fight). The silence needs a length of days or more ("for a month", "in six years"), a start that
        is a date or an event ("since the christening", "since 1990"), or "never ... again"; a silence of
        an hour, "for the rest of the drive", "since breakfast" or "not again until the bus came" is a
        mood, "they sat not talking" is a quiet moment, "could not speak" is shock, "did not speak of her"
        is a subject avoided. The one not spoken to ("did not speak to Mab") is the other party."""
        stopped = tok.dep_ == "xcomp" and tok.head.lemma_ in ("stop", "cease")
        if not (negated(tok) or stopped) or tok.dep_ in ("amod", "acl", "advcl") and not stopped:
            return
        if any(a.lemma_ in ("can", "could", "will", "would", "shall", "should", "may", "might", "must")
               for a in _children(tok, ("aux",))) or any(p.lower_ in ("of", "about") for p in _children(tok, ("prep",))):
            return
        kids = list(tok.children) + (list(tok.head.children) if stopped else [])
        never = any(c.lower_ == "never" for c in kids)

        def dated(o) -> bool:
            return o.ent_type_ == "DATE" or o.like_num or o.lemma_.lower() in L.SILENCE_SPANS

        def lasting(c) -> bool:
            if c.dep_ == "advmod" and c.lower_ in ("since", "entirely"):
                return True
            if c.dep_ == "advmod" and c.lower_ == "again":
                return never  # ("did not speak again until the boat docked": a mood, not a rift)
            if c.dep_ == "prep" and c.lower_ == "since":
                return any(dated(o) or o.lemma_.lower() in L.SILENCE_EVENTS for o in _children(c, ("pobj",)))
            if c.dep_ == "prep" and c.lower_ in ("for", "in", "from"):
                return any(o.lemma_.lower() in L.SILENCE_SPANS or o.ent_type_ == "DATE" for o in _children(c, ("pobj",)))
            return False

        if not any(lasting(c) for c in kids):
            return
        verb = tok.head if stopped else tok
        s = self._ids(verb, deps=(), preps=())[0]
        o = [i for p in _children(tok, ("prep",)) if p.lower_ in ("to", "with")
             for x in _children(p, ("pobj",)) for i in self.r.tokens(x) if i not in s]
        trigger = f"not {tok.text} (a long silence)"
        if s and o:  # ("Hal and Mab did not speak to Ivo": each of them fell out with Ivo, not with each other)
            for who in s[:2]:
                self.pair_event("fight", [who, o[0]], tok, tok, 0.5, trigger=trigger)
            return
        ids = list(dict.fromkeys(s))
        if len(ids) >= 2:  # (irrealis() reads the negation itself as "not something that happened")
            self.pair_event("fight", ids[:2], tok, tok, 0.5, trigger=trigger)

    def _not_self(self, o, s_ids: list[str]) -> list[str]:
        """The one an object pronoun names when the pronoun links to the clause's own subject: "Wilma sat
        beside her" is not beside Wilma herself (that would be "herself") but the last other woman told."""
        got = self.r.tokens(o)
        if got and s_ids and got[0] in s_ids and o.lower_ in ("him", "her"):
            alt = self.r.antecedent(o.idx, "he" if o.lower_ == "him" else "she",
                                    set(s_ids) | self.r.excluded(o.idx), window=400)
            got = [alt] if alt else []
        return got

    def _ids(self, verb, deps=("dobj",), preps=("with", "to")) -> tuple[list[str], list[str]]:
        subj = subject(verb)
        s_ids = self.r.tokens(subj) if subj is not None else []
        if subj is not None:
            # "Tess and I had been married": the parser may give the verb two subjects, not a coordination
            for other in _children(subj.head, ("nsubj", "nsubjpass")):
                if other is not subj and other.i > subj.i and self.doc[other.i - 1].lower_ == "and":
                    s_ids += [i for i in self.r.tokens(other) if i not in s_ids]
        if subj is not None and subj.i >= 2 and self.doc[subj.i - 1].lower_ == "and" and not subj.conjuncts:
            # "since Theo and I broke up" parsed as "since Theo" + "and I broke up": the name before
            # "and" belongs to the subject when it hangs off a preposition
            left = self.doc[subj.i - 2]
            if left.pos_ in ("PROPN", "PRON") and left.dep_ in ("pobj", "ROOT", "dep", "npadvmod"):
                # (also "Rafe and I broke up", where the small parser makes the name a sentence of its own)
                s_ids += [i for i in self.r.one(left) if i not in s_ids]
        if subj is None and verb.i >= 1 and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            left = self.doc[verb.i - 1]
            if left.pos_ == "PROPN" and left.dep_ in ("pobj", "compound", "npadvmod", "appos"):
                # "On the last night of the holiday Owen popped the question": the parser hung the
                # name on the preposition; a finite verb right after a name has it as its subject
                s_ids = self.r.one(left)
        o_ids: list[str] = []
        for c in verb.children:
            if c.dep_ in deps:
                got = self.r.tokens(c)
                if got and got[0] in s_ids and c.lower_ in ("him", "her", "them"):
                    # "Theo's dad, Aldo, hugged him": not himself (that would be "himself")
                    alt = self.r.antecedent(c.idx, "he" if c.lower_ == "him" else "she" if c.lower_ == "her" else None,
                                            set(s_ids) | self.r.excluded(c.idx), window=400)
                    got = [alt] if alt else []
                o_ids += got
            if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and c.lower_ in preps:
                o_ids += [i for o in _children(c, ("pobj",)) for i in self.r.tokens(o)]
        if not o_ids and "dobj" in deps and verb.i + 1 < len(self.doc) and not _children(verb, ("dobj",)):
            nxt = self.doc[verb.i + 1]
            if nxt.pos_ == "PROPN" and nxt.dep_ == "npadvmod" and nxt.head.i == verb.i:
                # "She met Tom that August": the parser took the name right after the verb for a time
                # phrase; a name is the verb's object
                o_ids = [i for i in self.r.one(nxt) if i not in s_ids]
            elif not o_ids and nxt.pos_ == "PROPN" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP"):
                # "in March she married Tobias Hale, a kind man from Ashcombe who never asked her": the parser
                # hung the name on a verb further on; a name right after a transitive verb that has no
                # object is that object (the whole flat name, not a possessive "married Tom's sister")
                end = nxt
                while end.dep_ == "compound" and end.head.i == end.i + 1 and end.head.pos_ == "PROPN":
                    end = end.head
                if end.dep_ in ("nsubj", "nsubjpass", "dep", "appos") and end.head.i > end.i:
                    o_ids = [i for i in self.r.one(end) if i not in s_ids]
        if not o_ids and "dobj" in deps:
            o_ids = [i for i in self._relative_object(verb) if i not in s_ids]
        if not o_ids and verb.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in preps and not _children(
                c, ("pobj",)) for c in verb.children):
            # "Rory, who I had gone out with": the stranded preposition's object is the relative pronoun
            rel = [c for c in verb.children if c.dep_ in ("pobj", "dobj") and c.lower_ in ("who", "whom", "that")]
            o_ids = [i for i in (self.r.one(rel[0]) if rel else []) if i not in s_ids]
        return s_ids, o_ids

    def _became_mrs(self, tok) -> None:
        """"Lady Beatrice was Mrs. Quayle by the end of the summer", "In June Harriet became Mrs. Crane":
        a woman who is (or becomes) Mrs. <surname> is the wife of the one titled man of that surname."""
        attr = [c for c in tok.children if c.dep_ == "attr" and c.pos_ == "PROPN"
                and any(k.dep_ == "compound" and k.lower_ in ("mrs", "mrs.") for k in c.children)]
        subj = subject(tok)
        if not attr or subj is None or negated(tok) or self.irrealis(tok):
            return
        if subj.pos_ != "PROPN" and subj.lower_ != "i":
            return  # ("So you see I am Mrs Lowell now", in her letter: the writer)
        wife = [i for i in self.r.tokens(subj) if self.view.gender(i) in ("she", "unknown")]
        surname = attr[0].text
        men = [cid for cid, ch in self.view.chars.items() if len(ch.name.split()) >= 2 and ch.name.split()[-1] == surname
               and (ch.name.split()[0].lower() in self.MAN_TITLES or ch.gender == "he")]
        first = [k.text for k in attr[0].children if k.dep_ == "compound" and k.pos_ == "PROPN"
                 and k.lower_ not in ("mrs", "mrs.")]
        if len(men) > 1 and len(first) == 1:
            # (session 29: "Nell became Mrs. Aldous Pim": a wife styled by her husband's full name, when
            # father and son share the surname)
            men = [cid for cid in men if first[0] in self.view.chars[cid].name.split()]
        if len(wife) == 1 and len(men) == 1 and men[0] != wife[0]:
            if MRS_PRETENDED.search(tok.sent.text):
                return
            if tok.lemma_ == "become" and self.told(tok):
                # "at Michaelmas Nell became Mrs. Pim": becoming his wife is the wedding (not "became Mrs. Pim
                # for the night", "posed as", "pretended": a false name for a while)
                self.pair_event("wedding", [wife[0], men[0]], attr[0], tok, 0.6, state="married",
                                trigger=f"{subj.text} {tok.text} Mrs. {surname}")
                return
            self.add("state", "married", wife[0], men[0], attr[0], tok, 0.6, trigger=f"{subj.text} {tok.text} Mrs. {surname}")

    def _no_longer_wed(self, tok) -> None:
        """"I'm officially divorced", "She was unmarried again by spring": a marriage ended, of the one
        the story already married the subject to (a one-sided cue; ``fill_partners`` finds the partner)."""
        head = tok.head
        if negated(head) or self.irrealis(head):
            return
        s, o = self._ids(head, deps=(), preps=())
        o = [i for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in _children(c, ("pobj",)) for i in self.r.tokens(p)]
        if tok.lower_ == "unmarried" and not any(c.lower_ in ("again", "officially", "now", "finally") for c in
                                                  list(tok.children) + list(head.children)):
            return  # "an unmarried woman of thirty": never married, maybe
        if s:
            n = len(self.cues)
            self.pair_event_state("ex", s[:1] + o[:1], tok, head, 0.55, trigger=tok.text)
            for c in self.cues[n:]:
                c.extra["before"] = "married"
                c.extra["any_spouse"] = True  # (the marriage may be told later, in a flashback)

    def _answered_yes(self, tok, asker: str) -> list[str]:
        """"He proposed on the pier ... I said yes": the one who "said yes" in the narration right after an
        intransitive proposal (its sentence and the next two, nobody else proposing or asked in between)
        is the one proposed to, over whoever else stands nearby."""
        sent = tok.sent
        end = sent.end
        for _ in range(2):
            if end < len(self.doc):
                end = self.doc[end].sent.end
        for t in self.doc[tok.i + 1:end]:
            if t.lower_ == "yes" and t.head.lemma_ in ("say", "answer", "whisper", "breathe") and self.view.quote_at(t.idx) is None:
                verb = t.head
                subj = subject(verb)
                # ("I'd said yes": the tagger's modal "'d" before a past form is "had")
                had = verb.tag_ in ("VBN", "VBD") and any(a.lower_ in ("'d", "\u2019d") for a in _children(verb, ("aux",)))
                if subj is None or not had and (self.irrealis(verb) or not self.told(verb)):
                    return []
                who = [i for i in self.r.tokens(subj) if i and i != asker]
                if subj.lower_ in ("he", "she") and self._known_partner(asker):
                    return []  # (a he/she is the cast's guess; the partner the story gave the asker stands)
                return who[:1]
            if t.lemma_ in ("propose", "ask") and t.i != tok.i:
                return []
        return []

    def _name_right_after(self, tok, s: list[str]) -> list[str]:
        """"that winter she married Anton Berg, a quiet man from the coast who kept bees and ...": the parser
        may make the name after "married" the subject of the relative clause that follows; a character's
        name right after the verb is still its object."""
        j = tok.i + 1
        while j < len(self.doc) and self.doc[j].pos_ == "PROPN" and j - tok.i <= 3:
            j += 1
        if j == tok.i + 1 or self.doc[tok.i + 1].dep_ == "dobj":
            return []
        cid = self.view.mention_at((self.doc[tok.i + 1].idx, self.doc[j - 1].idx + len(self.doc[j - 1])))
        return [cid] if cid and cid not in s else []

    @staticmethod
    def _engaged_when(tok, head) -> bool:
        """An "engaged"/"betrothed" state told with the point in time it came about: "by Christmas", "within a
        year", "in their final year", "at Easter", "that summer" (the parser may take "by Christmas" for an
        agent). Not a span it lasted ("for a year", "since May")."""
        dates = False
        for t in {tok, head}:
            for c in t.children:
                if c.dep_ in ("prep", "agent") and c.lower_ in ("for", "since", "until", "till"):
                    return False
                if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "within", "in", "at"):
                    for o in _children(c, ("pobj",)):
                        if o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIME_NOUNS or o.lower_ in L.TIME_NOUNS:
                            dates = True
                if c.dep_ == "npadvmod" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in TIME_NOUNS) \
                        and any(d.lower_ in ("that", "the", "next", "last") for d in c.children):
                    dates = True
        return dates

    def _predicate(self, tok, lem):
        if lem in ("be", "become") and tok.pos_ in ("AUX", "VERB"):
            self._became_mrs(tok)
        if tok.lower_ == "dead" and tok.dep_ == "acomp" and tok.head.lemma_ in ("be", "lie", "lay"):
            self._dead_by_then(tok)
            return
        if tok.lower_ in ("divorced", "unmarried") and tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in ("be", "become") \
                and not any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "get" for c in tok.head.children) \
                and len(self._ids(tok.head, deps=(), preps=())[0]) == 1:
            self._no_longer_wed(tok)  # (a couple told so, "Leo and I are divorced", is read below)
            return
        if lem in DRINK_VERBS and tok.pos_ == "VERB" and self._made_a_drink(tok):
            return
        if lem not in L.TRIGGER_LEMMAS and tok.lower_ not in ("engaged", "married", "betrothed") and not (
                lem.startswith("out") and len(lem) > 5):  # "outcook each other" (rivals, _bonds)
            return  # most verbs: skip before any parse walking (speed)
        if lem == "see" and tok.dep_ == "relcl" and tok.head.lemma_ == "time" and tok.pos_ == "VERB":
            self._first_sight(tok)
            return
        if lem == "tell" and tok.pos_ == "VERB" and self._told_what_thought(tok):
            return
        kids = {c.lower_ for c in tok.children}
        need = QUICK_NEEDS.get(lem)
        if need is not None and not (need & kids) and tok.lower_ not in ("engaged", "married", "betrothed") and not (
                lem in ("see", "hold", "train", "serve") and (tok.tag_ == "VBG" or lem in ("hold", "train", "serve"))
                and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children)) and not (
                lem == "see" and tok.dep_ == "relcl" and tok.head.lemma_ in SEEN_ONE):  # ("the fellow she's seeing")
            return  # a common verb without the particle that makes it a cue ("get ... back")
        prts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "acomp")}
        if experiential(tok) and not (tok.dep_ == "relcl" and self._relative_object(tok)):
            return  # (but "the best cook she has ever hired" describes someone she did hire)
        realis = (not self.irrealis(tok)) or hortative(tok)
        if lem in ("take", "claim") and tok.tag_ in ("VBD", "VBN") and self._taken_by_death(tok):
            return  # ("the croup took Maud three winters back": before the "get ... back" rule)
        if lem == "accept":
            self._accepted_person(tok, realis)
            return
        if lem in ("sit", "stay", "wait"):
            self._stayed_with(tok, realis)
            return
        if lem == "let":
            # (the tagger takes a past "let" after "and" for a bare infinitive: "... and let him cry")
            if realis or (tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.tag_ == "VBD"
                          and not self.irrealis(tok.head)):
                self._let_cry(tok)
            return
        if lem == "go" and "through" in kids and negated(tok) and any(
                a.lower_ in ("could", "did") or (a.lower_ in ("can", "ca") and self.view.quote_at(tok.idx) is not None)
                for a in _children(tok, ("aux",))) and any(
                o.lemma_ in ("it", "wedding", "marriage", "engagement") for p in _children(tok, ("prep",))
                if p.lower_ == "with" for o in _children(p, ("pobj",))):
            # "he said that he could not go through with it": an engagement (or a wedding) called off, a
            # break-up only of a pair shown as a couple
            s_, o_ = self._ids(tok, deps=())
            n = len(self.cues)
            self.pair_event("breakup", s_[:1], tok, tok, 0.5, state="ex", trigger="could not go through with it")
            for c in self.cues[n:]:
                c.extra["soft"] = True
            return
        if lem == "slam":
            self._slammed_door(tok)
            return
        if lem == "laugh":
            base = _began(tok)
            if realis and self.told(base) and not self.irrealis(base):
                self._laughed_too(tok)
            return
        if self._bonds(tok, lem, prts, kids, realis):
            return
        # break up / split up / break it off / call it quits / dump / divorce
        if ((lem in ("break", "split") and "up" in prts)
                or (lem == "break" and "off" in prts)
                or (lem == "call" and any(d.lower_ == "quits" for d in tok.subtree))
                or (lem == "call" and "off" in kids and any(
                    c.lemma_ in ("engagement", "wedding", "relationship", "it") for c in _children(tok, ("dobj",))))
                or lem in ("dump", "divorce", "jilt")):
            if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not self.r.tokens(c)
                   and c.lemma_ not in ("engagement", "relationship", "marriage", "thing") and c.ent_type_ not in (
                       "DATE", "TIME") and c.lemma_ not in TIME_NOUNS and c.i - tok.i <= 5 for c in tok.children):
                return  # "broke up the card party" (not "split up the winter before last": a date)
                # (an object far along is a misparse: "broke up in February over something so stupid I
                # can't even tell it properly—a missed train")
            if lem in ("break", "split") and "up" in prts and any(
                    c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") and c.lower_ not in ("it", "things")
                    for c in tok.children):
                return  # "I've split them up on the rota", "her aunt broke them up": a third party parting two others
            if realis or self.performative(tok):
                s, o = self._ids(tok)
                prt = " ".join(c.text for c in tok.children if c.dep_ == "prt")
                prt = "it quits" if lem == "call" and not prt else prt
                n = len(self.cues)
                self.pair_event("breakup", s + o, tok, tok, 0.75, state="ex", trigger=f"{tok.text} {prt}".strip())
                if lem == "call" and "it" in kids and "quits" not in kids:
                    for c in self.cues[n:]:  # "called it off": a break-up only of a pair shown as a couple
                        c.extra["soft"] = True
                if lem == "divorce":
                    for c in self.cues[n:]:
                        c.extra["before"] = "married"  # a divorce ends a marriage
            return
        if lem == "propose" and realis and not any(
                (c.dep_ in ("xcomp", "ccomp") and c.i > tok.i) or c.dep_ in ("nsubjpass", "auxpass") or (
                    c.dep_ == "dobj" and c.lemma_ != "marriage" and not (
                    c.ent_type_ in ("DATE", "TIME") or c.lemma_ in TIME_NOUNS or (
                        c.i + 1 < len(self.doc) and self.doc[c.i + 1].ent_type_ == "DATE")))  # ("proposed that September")
                for c in tok.children):  # "proposed a toast", "proposed being engaged", "it was proposed"
            s, o = self._ids(tok, deps=(), preps=("to",))
            if not o and tok.dep_ == "advcl" and any(m.lower_ == "when" for m in tok.children):
                main = subject(tok.head)  # "Mia said yes when Leo proposed"
                o = [i for i in (self.r.tokens(main) if main is not None else []) if i not in s]
            if not o and len(s) == 1:
                o = self._answered_yes(tok, s[0])
            self.pair_event("proposal", s + o, tok, tok, 0.75, state="engaged")
            return
        if tok.lower_ in ("engaged", "betrothed") and tok.pos_ in ("ADJ", "VERB"):
            head = tok.head if tok.dep_ in ("acomp", "attr") else tok
            s, o = self._ids(tok, deps=(), preps=("to",))
            if not s:
                s, _ = self._ids(head)
            if negated(head) or not s:
                return
            to_person = bool(o)
            dated = self._engaged_when(tok, head)
            other_sense = any((c.dep_ in ("dobj", "agent", "xcomp") and not (c.dep_ == "agent" and dated))
                              or (c.dep_ == "advmod" and c.lower_ in (
                "elsewhere", "there", "otherwise", "busily", "fully", "deeply")) or (c.dep_ == "prep" and c.lower_ in (
                "in", "by", "for", "at", "with", "on") and not any(  # "got engaged at Christmas" is a date
                o.ent_type_ in ("DATE", "TIME") or o.lemma_ in L.CEREMONY_PLACES for o in _children(c, ("pobj",))))
                for c in tok.children) or tok.dep_ in ("acl", "relcl", "advcl")
            if other_sense and not to_person and tok.lower_ == "engaged":
                # ("betrothed at Candlemas": that word has no other sense)
                return  # "busily engaged in", "engaged Mr. Collins's conversation": not betrothed
            got = head.lemma_ in ("get", "become") or any(
                c.dep_ in ("auxpass", "aux") and c.lemma_ in ("get", "become") for c in tok.children)
            if got and realis:  # "we got engaged": the engagement itself
                self.pair_event("engagement", s + o, tok, head, 0.7, state="engaged")
            elif got:
                return  # "wanted to get engaged", "looked like they were about to get engaged": not (yet)
            elif dated and realis and self.told(head):
                # "We were engaged by Christmas", "they were betrothed that summer": the state told with the
                # time it came about is the engagement itself (not "engaged for a year", "since May")
                self.pair_event("engagement", s + o, tok, head, 0.6, state="engaged", trigger=f"{tok.text} (dated)")
            else:
                self.pair_event_state("engaged", s + o, tok, head, 0.7)
            return
        if lem in ("marry", "wed", "handfast") or (tok.lower_ in ("married", "handfasted", "wedded")
                                                     and tok.pos_ in ("ADJ", "VERB")):
            head = tok.head if tok.dep_ in ("acomp", "attr") else tok
            s, o = self._ids(tok, deps=("dobj",), preps=("to",))
            if not o and tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i \
                    and tok.tag_ in ("VBD", "VBN", "JJ") and self.doc[tok.i - 1].lower_ not in ("the", "a", "newly"):
                # "In 1998 Pilarine married Xavi Tolosa, who ...", "and married Odile, whom ...": the tagger
                # made the verb an adjective of the name after it; that name is the one married
                o = [i for i in self.r.one(tok.head) if i not in s]
                if not s and tok.head.dep_ in ("dep", "conj") and tok.head.head.pos_ in ("VERB", "AUX"):
                    s, _ = self._ids(tok.head.head)  # ("Bram had stayed ... and married Odile")
                prev = self.doc[tok.i - 1]
                if not s and prev.text[:1].isupper() and prev.dep_ in ("amod", "compound", "nsubj", "nmod"):
                    # ("In 1998 Edurne married Aitor Goñi": the name before it hung on the verb as a modifier)
                    who = self.view.mention_at((prev.idx, prev.idx + len(prev)))
                    s = [who] if who and who not in o else []
            if not s:
                s, _ = self._ids(head)
            if s and not o and lem in ("marry", "wed") and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP"):
                o = self._name_right_after(tok, s)
            if (negated(head) or negated(tok)) and (no_longer(head) or no_longer(tok)) and len(s + o) >= 2 \
                    and not self.idx.sent_text(tok.i).rstrip().rstrip('"\'').endswith("?") \
                    and not any(c.dep_ == "aux" and c.tag_ == "MD" for t in (tok, head) for c in t.children):
                # "Eve and Flo were no longer married": they had been, and it has ended
                self.pair_event_state("married", s + o, tok, head, 0.6, trigger="no longer married")
                self.cues[-1].anterior = True
                self.pair_event_state("ex", s + o, tok, head, 0.6, trigger="no longer married")
                return
            if negated(head) or negated(tok):
                return
            copular = head.lemma_ == "be" or any(c.lemma_ == "be" and c.dep_ in ("auxpass",) for c in tok.children)
            if self._marry_me(tok):
                return
            if not s or (tok.tag_ == "VBG" and not _children(tok, ("aux",))):
                return  # "a sister married to Mr. Philips", "her marrying him": no couple told as such
            auxes = _children(tok, ("aux", "auxpass"))
            auxes += [c for a in auxes for c in _children(a, ("aux",))]  # ("are getting married": "are" hangs on "getting")
            clause = tok
            if tok.dep_ in ("acomp", "attr", "oprd") and head.lemma_ == "get" and head.tag_ == "VBG":
                # "Corwin was getting married to Odalys in May": the parser makes "getting" the verb, with the
                # aux on it
                auxes = [head] + _children(head, ("aux",))
                clause = head
            if clause.dep_ in ("ccomp", "advcl") and clause.head.lemma_ in ("ask", "wonder") and any(
                    c.lower_ in ("when", "whether", "if") for c in _children(clause, ("advmod", "mark"))):
                return  # "kept asking us when we were getting married": a question, no wedding
            # ("getting married to Odalys in May": the date may hang on the partner's name)
            dated = self._dated(tok) or (head is not tok and self._dated(head)) or any(
                self._dated(o) for p in _children(tok, ("prep",)) if p.lower_ == "to" for o in _children(p, ("pobj",)))
            planned = (tok.tag_ == "VBG" or any(a.tag_ == "VBG" for a in auxes)) and (any(
                a.tag_ in ("VBP", "VBZ") for a in auxes) or (any(a.tag_ == "VBD" for a in auxes) and dated))
            if planned and IMMINENT.search(self._subtree_text(clause)):
                # "we're getting married in an hour": the wedding day itself. Only the marrying clause counts:
                # "I told her this morning that we're getting married in June" is still a plan.
                planned = False
            # ("Aoife was marrying Fergal in September": a wedding still ahead, told in the past)
            # "They were going to be married", "we are to be married at Michaelmas": a plan, engaged
            planned = planned or (tok.dep_ == "xcomp" and tok.head.lemma_ in ("go", "be") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not negated(tok.head))
            if planned and not self.irrealis(tok):
                # "We're getting married" / "Leah's getting married again": a plan, not the wedding
                self.pair_event_state("engaged", s + o, tok, tok, 0.55, trigger="getting married")
                return
            if (not self.irrealis(tok)) and not copular:
                self.pair_event("wedding", s + o, tok, tok, 0.7, state="married")
            elif copular and not self.irrealis(head):
                self.pair_event_state("married", s + o, tok, head, 0.7)
                if is_past(head if head is not tok else tok) and self._dated(tok):
                    # "Lark and Emmett were married in October, in the chapel": the wedding, told
                    self.pair_event("wedding", s + o, tok, head, 0.6)
            return
        if lem == "date" and tok.pos_ == "VERB" and not negated(tok):
            s, o = self._ids(tok)
            started = tok.head.lemma_ in ("start", "begin")
            if started and realis:
                self.pair_event("new_partner", s + o, tok, tok, 0.65, state="dating")
            elif not self.irrealis(tok) or tok.tag_ == "VBG":
                self.pair_event_state("dating", s + o, tok, tok, 0.65)
            return
        if lem == "go" and "out" in prts and not self.irrealis(tok):
            s, o = self._ids(tok, deps=(), preps=("with",))
            habit = tok.head.lemma_ == "use" or any(p.lower_ == "for" for p in _children(tok, ("prep",)))
            # "She and Ollie had been going out since Christmas": a couple told by how long it has lasted
            lasting = tok.tag_ == "VBG" and any(a.lower_ == "been" for a in _children(tok, ("aux",))) and all(
                p.lower_ in ("since", "for") for p in _children(tok, ("prep",)))
            if o or (len(s) >= 2 and (habit or lasting) and not _children(tok, ("xcomp", "advcl"))):
                # ("Ben and I used to go out")
                self.pair_event_state("dating", s + o, tok, tok, 0.6)
            return
        if lem == "be" and tok.pos_ == "AUX" and (tok.dep_ == "ROOT" or self._spoken_main(tok)) and not negated(tok):
            # "X is with Y" (and nothing else going on in the clause)
            kids = [c for c in tok.children if c.dep_ not in ("punct", "advmod", "cc", "nsubj", "prep")]
            preps = [c for c in tok.children if c.dep_ == "prep"]
            placed = any(c.dep_ == "advmod" and c.lower_ in ("here", "there", "home", "back", "inside", "outside")
                         for c in tok.children)
            kin = any(o.lower_ in L.REL_NOUNS and L.REL_NOUNS[o.lower_][0] in ("family", "friendship")
                      for p in preps for o in _children(p, ("pobj",)))
            kids = [c for c in kids if c.dep_ != "aux"]
            preps = [p for p in preps if p.lower_ not in ("since", "for")]  # "you've been with Marcus since uni"
            if not kids and len(preps) == 1 and preps[0].lower_ == "with" and not placed and not kin:
                s, o = self._ids(tok, deps=(), preps=("with",))
                if s and o and all(i not in s for i in o):
                    self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.6, trigger=f"{tok.text} with")
            # ("back on a line together": the place hangs on the adverb)
            at_place = any(c.dep_ == "prep" and c.lower_ in ("at", "in", "on") and not any(
                o.ent_type_ in ("DATE", "TIME") for o in _children(c, ("pobj",)))
                for c in [*tok.children, *(g for a in _children(tok, ("advmod",)) for g in a.children)])
            if "together" in prts and not self.irrealis(tok) and not at_place and not any(
                    c.dep_ in ("acomp", "attr") for c in tok.children):  # not "how merry we shall be together"
                # (nor "had been at school together")
                s, _ = self._ids(tok)
                if len(s) >= 2:
                    self.pair_event_state("dating", s, tok, tok, 0.55, trigger="together")
            return
        subj_tok = subject(tok) if lem == "get" else None
        back_together = lem == "get" and any(c.lower_ == "together" and any(b.lower_ == "back" for b in c.children)
                                             for c in tok.children)  # ("get back together": "back" on "together")
        if back_together or (lem == "get" and "back" in kids and "together" in prts):
            wanted = tok.dep_ == "xcomp" and tok.head.lemma_ in ("want", "wanna", "wish", "hope") and not negated(tok.head)
            s, o = self._ids(tok, deps=(), preps=("with",))
            if wanted and s and o and s[0] != o[0]:
                # "Leo wants to get back together with Mia": wanting the other back
                self.add("state", "wants_back", s[0], o[0], tok, tok.head, 0.6, holder=s[0], trigger="get back together")
                return
            if back_together:
                if realis:
                    self.pair_event("reconciliation", s + o, tok, tok, 0.65, state="dating")
                return
        if lem == "get" and "together" in kids and "back" not in kids and realis and self.told(tok) and not (
                subj_tok is not None and subj_tok.lower_ in ("they", "them")):
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Ron and Hermione finally got together after the battle"
                self.pair_event_state("dating", ids[:2], tok, tok, 0.55, trigger="got together")
            return
        if lem in ("get", "win", "want", "take") and "back" in kids and not negated(tok):
            if "together" in prts:
                if realis:
                    s, o = self._ids(tok, deps=(), preps=("with",))
                    self.pair_event("reconciliation", s + o, tok, tok, 0.65, state="dating")
                return
            if any(p.lower_ in ("onto", "on", "into", "to", "in", "at", "home") for c in tok.children
                   if c.lower_ == "back" for p in c.children) or any(
                    c.dep_ == "prep" and c.lower_ in ("onto", "into", "to") for c in tok.children):
                return  # "got her back onto the podium", "took him back to the station": a place, not a person
            s, o = self._ids(tok)
            if not o:  # "I want him back": the parser may make "him" the subject of "back"
                o = [i for c in tok.children if c.lower_ == "back"
                     for n in _children(c, ("nsubj", "dobj")) for i in self.r.tokens(n)]
            subj_tok = subject(tok)
            if subj_tok is not None and (subj_tok.lower_ in ("they", "we") or subj_tok.conjuncts):
                return  # "They got him back" (a crash team, a rescue): several people, no one's lover
            if s and o and s[0] != o[0]:
                self.add("state", "wants_back", s[0], o[0], tok, tok, 0.7, holder=s[0],
                         trigger=f"{tok.text} ... back")
            return
        if (lem == "reconcile" or (lem == "make" and "up" in prts and not _children(tok, ("dobj",)))) and realis:
            s, o = self._ids(tok)
            self.pair_event("reconciliation", s + o, tok, tok, 0.6)
            return
        if lem == "make" and "up" in prts and realis and self.told(tok) and tok.i + 2 < len(self.doc) \
                and self.doc[tok.i + 1].lower_ == "it" and self.doc[tok.i + 2].lower_ == "up" and not any(
                p.lower_ in ("to", "for") for p in _children(tok, ("prep", "dative"))):
            # "Orla and Bettany made it up by Easter", "at last he made it up with Kit": a quarrel ended (the
            # old idiom). Two people must be told (a lone "you made it up" is an invention), and
            # nothing made up to someone ("made it up to her with dinner" is amends)
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:
                self.pair_event("reconciliation", ids[:2], tok, tok, 0.55, trigger="made it up")
            return
        if lem == "fancy" and tok.pos_ == "VERB" and realis:
            # "Leo fancies Mia" (the parser may make the name an npadvmod)
            s, _ = self._ids(tok, deps=())
            o = [i for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ in ("PROPN", "PRON")
                 for i in self.r.tokens(c)]
            if s and o and s[0] != o[0] and self.view.quote_at(tok.idx) is None:
                self.add("state", "crush", s[0], o[0], tok, tok, 0.5, holder=s[0], trigger=tok.text)
            return
        if lem == "forgive" and realis and not self._asked_forgiveness(tok):
            s, o = self._ids(tok)
            self.pair_event("reconciliation", s + o, tok, tok, 0.5)
            return
        if lem in ("represent", "sign") and tok.pos_ == "VERB" and realis and self.told(tok) \
                and not _children(tok, ("prt",)):
            # "Hilde Quennell had represented Oriel since her first radio play", "Lorcan signed him in March": an
            # agent's client (a person the verb takes; not "signed it", "signed them" (papers), "signed off")
            s, _ = self._ids(tok, deps=())
            objs = [c for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("her", "him", "me")]
            o = self.r.tokens(objs[0]) if objs else []
            if s and o and s[0] != o[0]:
                self.add("state", "agent", s[0], o[0], tok, tok, 0.5, holder=s[0], trigger=tok.text)
            return
        if lem == "kiss" and tok.pos_ == "VERB" and realis:
            s, o = self._ids(tok)
            obj = _children(tok, ("dobj",))
            if s and obj and obj[0].pos_ == "PRON" and obj[0].lower_ in ("him", "her"):
                # "Allison met Scott in the parking lot and kissed him": the person just named in the
                # same sentence (not the kisser) over a coreference guess from further away
                lo, _ = self.idx.sent_span(tok.i)
                named = [i for t in self.doc[:obj[0].i] if t.idx >= lo and t.pos_ == "PROPN"
                         for i in self.r.one(t) if i not in s]
                if named:
                    o = [named[-1]]
            # "found Rey and Ben kissing by the fridge", "saw them kissing at the bus stop": a kiss someone
            # comes upon is told as the finding is, and its pair is the one found when the kiss has no subject
            seen = tok.tag_ == "VBG" and tok.dep_ in ("ccomp", "advcl", "xcomp", "oprd", "dep") \
                and tok.head.lemma_ in ("find", "catch", "see", "spot", "discover", "watch") and tok.head.pos_ == "VERB" \
                and all(x.pos_ == "PROPN" for x in _children(tok, ("nsubj",)))
            if seen and not _children(tok, ("nsubj",)) and not obj:
                # (named people only: a "them" found is often resolved to take in the finder)
                found = [f for f in _children(tok.head, ("dobj",)) if f.pos_ == "PROPN"]
                s = [i for f in found for x in (f, *f.conjuncts) if x.pos_ == "PROPN" for i in self.r.tokens(x)]
            if not o and len(s) >= 2 and not _children(tok, ("dobj",)):
                s, o = s[:1], s[1:2]  # "Rey and Ben kissed"
            if any(d.lower_ == "first" for d in tok.subtree) or (tok.dep_ == "relcl" and any(
                    c.lower_ == "first" for c in tok.head.children)):
                # (also "He was the first boy I ever kissed": "first" on the relative clause's antecedent)
                self.pair_event("first_kiss", s + o, tok, tok, 0.7)
            elif s and o and s[0] != o[0] and (self.told(tok) or seen and self.told(tok.head)) and not any(
                    c.lemma_ in ("cheek", "forehead", "hand", "head", "hair", "brow", "temple") for c in tok.subtree) \
                    and not any(c.lower_ in L.REL_NOUNS and L.REL_NOUNS[c.lower_][0] == "family"
                                for c in _children(tok, ("dobj",))) \
                    and not any(c.lower_ in ("them", "everyone", "everybody") or c.conjuncts
                                for c in _children(tok, ("dobj",))):
                # ("kissed her daughter"; session 28: "kissed them", "kissed Ulla and Bram": a greeting
                # kiss shared out among several people is no romance)
                # a kiss on the mouth with no label: a reader takes the pair as starting a romance; whether
                # it is their first is decided once the whole story is read (timeline.infer)
                self.pair_event("first_kiss", s[:1] + o[:1], tok, tok, 0.5, state="dating")
                self.cues[-1].extra["kiss"] = True
                self.cues[-2].extra["kiss"] = True
            return
        if lem == "meet" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and realis and not negated(tok) and any(
                c.lower_ in ("someone", "somebody") for c in _children(tok, ("dobj",))):
            # "Brisco's met someone, a welder called Ottilie", "she wrote that she had met someone in Oslo, and his
            # name was Halvard": a new partner, as "seeing someone" is; the someone is the one named in the sentence
            # after "someone", or by a "his name was" after it (timeline.fill_partners), nobody else named near it
            s, _ = self._ids(tok, deps=())
            if s:
                lo, hi = self.idx.sent_span(tok.i)
                who = next(c for c in _children(tok, ("dobj",)) if c.lower_ in ("someone", "somebody"))
                q = self.view.quote_at(tok.idx)
                # (after "someone" only, and a name: not '"Brisco has met someone, and I am glad," Dara said',
                # where the "I" is the speaker)
                named = [cid for a, e, cid in self.view.mentions_in((who.idx + len(who), hi))
                         if self.view.text[a:a + 1].isupper() and cid != s[0]
                         and self.view.text[a:e].lower() not in PRONOUN_WORDS
                         and not (q is not None and cid == q.speaker)]
                for kind, label in (("state", "dating"), ("event", "new_partner")):
                    self.add(kind, label, s[0], named[0] if named else None, tok, tok, 0.55,
                             needs_partner=not named, trigger="met someone")
                    self.cues[-1].extra["reported"] = True  # (only a name given: timeline.fill_partners)
                    self.cues[-1].extra["named_only"] = True  # (not the partner the scene shows: build_events)
            return
        if lem == "meet" and tok.pos_ == "VERB" and realis and "up" not in prts and self.told(tok):
            s, o = self._ids(tok, deps=("dobj",), preps=("with",))
            if not s and subject(tok) is not None:
                return  # "Isolde met us at the gate" with Isolde unknown: not a meeting of "us"
            if any(o.lemma_ in L.PICKUP_PLACES for p in _children(tok, ("prep",)) if p.lower_ in ("at", "off")
                   for o in _children(p, ("pobj",))):
                return  # "Beatriz met me at the airport": fetched, not met for the first time
            # (review: "first met her on the jetty" is a first meeting, whatever the place)
            first = any(c.dep_ == "advmod" and c.lower_ == "first" for c in tok.children)
            if not first and any(o.lemma_ in MET_ON_PLACES for p in _children(tok, ("prep",)) if p.lower_ == "on"
                                 for o in _children(p, ("pobj",))):
                return  # session 27: "met her on the jetty", "on the quay": fetched (not "met on a ferry")
            places = [o for p in _children(tok, ("prep",)) if p.lower_ in ("in", "at") for o in _children(p, ("pobj",))
                      if o.pos_ == "NOUN"]
            if not first and places and all(o.tag_ == "NNS" and not _children(o, ("poss", "det")) for o in places):
                return  # session 27: "they met in hotel bars and at trade fairs": meetings, again and again (review:
                # not "in the woods", a place with a determiner)
            if any(c.lower_ in ("twice", "thrice") or (c.lower_ == "times" and c.dep_ in ("npadvmod", "advmod", "dobj"))
                   for c in tok.children):
                return  # "we'd met just twice before", "they met four times that spring": a count of meetings, no first one
            if tok.dep_ == "relcl" and any(c.lower_ == "ever" for c in tok.children):
                return  # "the finest cook I've ever met", "the cleverest woman he had ever met": a judgement
            if any(c.dep_ in ("npadvmod", "advmod") and any(d.lower_ in ("every", "each") for d in c.children)
                   for c in tok.children) or (tok.tag_ == "VBG" and any(a.lower_ == "been" for a in tok.children)):
                return  # session 29: "had been meeting him behind the chapel each Thursday": trysts, no first meeting
            n = len(self.cues)
            self.pair_event("meeting", s + o, tok, tok, 0.55)
            for c in self.cues[n:]:
                c.extra["not_kin"] = True  # "Ada met me in the corridor": sisters do not meet for the first time
            return
        if lem == "run" and tok.pos_ == "VERB" and realis and any(p.lower_ == "against" for p in _children(
                tok, ("prep",))):
            # "The man Grace was running against": an opponent in an election or a race
            s, o = self._ids(tok, deps=(), preps=("against",))
            if not o and tok.dep_ == "relcl":
                o = [i for i in self.r.one(tok.head) if i not in s]
            if s and o and s[0] != o[0]:
                self.pair_event_state("rivals", s[:1] + o[:1], tok, tok, 0.5, trigger="ran against")
            return
        if lem in ("shout", "yell", "scream", "snarl", "snap") and tok.pos_ == "VERB" and realis and any(
                p.lower_ == "at" and _reciprocal(p) for p in _children(tok, ("prep",))):
            s, _ = self._ids(tok, deps=())
            if len(set(s)) >= 2:  # "he and Walt are shouting at each other in the yard": a row
                self.pair_event("fight", s, tok, tok, 0.55, trigger=f"{tok.text} at each other")
            return
        if lem in ("shout", "yell", "scream") and tok.tag_ == "VBD" and realis and self.told(tok) \
                and self.view.quote_at(tok.idx) is None and any(c.lower_ == "back" for c in tok.children):
            self._shouted_back(tok)
            return
        if lem == "lose" and tok.pos_ == "VERB" and realis and not negated(tok) and self._lost_to(tok):
            return  # "Kit lost the Dunmore Cup to Dario": a contest lost to a rival
        if lem == "fight" and tok.pos_ == "VERB" and realis and not negated(tok) and self._fought_for_prize(tok):
            return  # "Kit and Dario fought it out for the scholarship": rivals, not a row
        if lem == "undercut" and tok.pos_ == "VERB" and realis and not negated(tok):
            # "Dario was undercutting Kit by a penny a loaf": a trader selling cheaper to take the
            # other's custom is a business rival
            s, o = self._ids(tok, deps=("dobj",))
            if s and o and s[0] != o[0]:
                self.pair_event_state("rivals", s[:1] + o[:1], tok, tok, 0.45, trigger=f"{tok.text} (prices)")
            return
        if lem in ("speak", "talk") and tok.pos_ == "VERB":
            self._not_speaking(tok)
            return
        if lem in ("fight", "argue", "quarrel", "bicker") and tok.pos_ == "VERB" and realis and (
                self.told(tok) or any(a.lemma_ == "have" for a in _children(tok, ("aux",)))):  # "have been bickering"
            if any(c.lower_ in ("still", "happily", "cheerfully", "companionably", "amiably", "fondly")
                   for c in tok.children if c.dep_ == "advmod") or any(
                    o.lower_ == "nothing" for p in _children(tok, ("prep",)) if p.lower_ == "about"
                    for o in _children(p, ("pobj",))):
                return  # ("still argued about who should sweep", "argued cheerfully about the crossword",
                # "argued about nothing all the way up the motorway"): a couple's or friends' habit of banter,
                # no row (but "fought about everything" is a row)
            s, o = self._ids(tok, deps=(), preps=("with",))
            if len(set(s + o)) >= 2:
                self.pair_event("fight", s + o, tok, tok, 0.6)
            return
        if lem == "love" and tok.pos_ == "VERB" and realis and self.view.quote_at(tok.idx) is None:
            # narration: "Priyanka had loved Declan since she was fifteen" (a crush), "... and he had loved
            # her back" (a couple); never between kin, not "loved him like a brother"
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
            if s and o and s[0] != o[0] and not any(p.lower_ in ("like", "as") for p in _children(tok, ("prep",))):
                back = any(c.lower_ == "back" for c in tok.children)
                if back:
                    self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.5, trigger="loved ... back")
                elif self._loved_as_crush(tok, o[0]):
                    self.add("state", "crush", s[0], o[0], tok, tok, 0.45, holder=s[0], trigger=tok.text)
                    # a crush only if the story tells the two no other tie (timeline.infer)
                    self.cues[-1].extra["loved_only"] = True
                else:
                    return
                self.cues[-1].extra["not_family"] = True
            return
        if lem == "love" and tok.pos_ == "NOUN" and tok.head.lower_ == "in" and not negated(governing_verb(tok)):
            # "X is/fell in love with Y": X's feeling; said to Y's face ("I'm in love with you") it is a confession
            verb = governing_verb(tok)
            s, _ = self._ids(verb)
            o = [i for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                 for c in _children(p, ("pobj",)) for i in self.r.tokens(c)]
            if not o:
                o = [i for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                     for c in _children(p, ("pobj",)) for i in self.r.tokens(c)]
            if not o and len(s) >= 2 and verb.lemma_ in ("fall", "be") and not self.irrealis(verb):
                # "Leo and Mia fell in love", "they were in love": both of them, a couple
                self.pair_event_state("dating", s[:2], tok, verb, 0.55, trigger="in love")
                return
            if s and o and s[0] != o[0]:
                self.add("state", "crush", s[0], o[0], tok, verb, 0.6, holder=s[0], trigger="in love with")
                subj = subject(verb)
                if subj is not None and subj.lower_ in ("i",) and self.view.quote_at(tok.idx) is not None:
                    self.add("event", "confession", s[0], o[0], tok, verb, 0.6, trigger="in love with you")
            return
        if lem == "see" and tok.tag_ == "VBG" and not negated(tok) and tok.dep_ == "relcl" \
                and tok.head.lemma_ in SEEN_ONE and tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be" \
                and any(a.lemma_ == "be" for a in _children(tok, ("aux",))) and not negated(tok.head.head):
            # "Ivo is the fellow I'm seeing these days": the copula's subject is the one seen
            who, cop = subject(tok), subject(tok.head.head)
            if any(c.dep_ == "prep" and c.lower_ in ("about", "for", "regarding", "concerning", "on", "at", "over", "re")
                   for c in tok.children) or (cop is not None and any(
                    t.lower_.rstrip(".") in ("doctor", "dr", "nurse", "dentist", "professor", "prof") for t in cop.subtree)):
                return  # "the fellow I'm seeing about the roof", "Doctor Ames is the man I'm seeing": business
            s = self.r.tokens(who) if who is not None else []
            o = self.r.tokens(cop) if cop is not None else []
            if s and o and s[0] != o[0]:
                self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.45, trigger="the one seeing")
            return
        if lem == "see" and tok.tag_ == "VBG" and not negated(tok):
            obj = _children(tok, ("dobj",))
            if obj and obj[0].lower_ in ("someone", "somebody", "anyone", "person", "guy", "girl", "woman", "man"):
                s, _ = self._ids(tok)
                if s:
                    self.add("state", "dating", s[0], None, tok, tok, 0.55, needs_partner=True, trigger="seeing someone")
                    # "his son told him she was seeing someone", "I heard he was seeing someone": told as
                    # news or hearsay, the someone is not whoever the text names next (timeline.fill_partners)
                    reported = tok.dep_ == "ccomp"
                    self.cues[-1].extra["reported"] = reported
                    self.add("event", "new_partner", s[0], None, tok, tok, 0.55, trigger="seeing someone")
                    self.cues[-1].extra["reported"] = reported
                return
            s, o = self._ids(tok)
            if s and o and s[0] != o[0] and tok.head.lemma_ in ("start", "begin") and tok.dep_ == "xcomp" \
                    and not self.irrealis(tok.head):
                # "Mia started seeing Tom": a new partner
                self.pair_event("new_partner", s[:1] + o[:1], tok, tok.head, 0.55, state="dating", trigger="started seeing")
            elif s and o and s[0] != o[0] and tok.head.lemma_ in ("stop", "quit") and tok.dep_ == "xcomp" \
                    and not negated(tok.head) and not self.irrealis(tok.head):
                # "Corwin stopped seeing Odalys after the regatta": a romance that ended (the couple before it is inferred)
                n = len(self.cues)
                self.pair_event("breakup", s[:1] + o[:1], tok, tok.head, 0.5, state="ex", trigger="stopped seeing")
                for c in self.cues[n:]:
                    c.extra["not_family"] = True
            elif s and o and s[0] != o[0] and any(a.lemma_ == "be" for a in _children(tok, ("aux",))):
                self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.45, trigger="seeing")
            return
        if lem in ("confess", "admit") and realis:
            if any(d.lemma_ in ("love", "feeling", "feelings") for d in tok.subtree):
                s, o = self._ids(tok, deps=("dative",), preps=("to",))
                self.pair_event("confession", s + o, tok, tok, 0.65)
            return
        if lem == "tell" and realis:
            comp = [c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "love"]
            if comp:
                s, o = self._ids(tok, deps=("dobj", "dative"))
                loved = _children(comp[0], ("dobj",))
                if s and o and loved:
                    self.pair_event("confession", s[:1] + o[:1], tok, tok, 0.6)
            return
        if lem in ("hug", "comfort", "console", "reassure", "soothe", "embrace") and (
                realis or tok.head.lemma_ == "try"):
            s, o = self._ids(tok)
            if s and o:
                self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.6)
            return
        if lem in ("put", "stretch") and "out" in prts and realis and any(
                c.lemma_ == "hand" for c in _children(tok, ("dobj",))):
            # "Ewald put out his hand over the coffin, and Tancred shook it": a hand offered as "held out" is
            self._offered_hand(tok)
            return
        if lem in ("put", "lean", "rest", "press", "bury", "lay") and realis and self._head_on_shoulder(tok, lem):
            return
        if lem in ("put", "wrap", "throw") and realis:
            # "put her arm around me", "put a hand on my shoulder"
            if any(c.lemma_ in ("arm", "hand") for c in _children(tok, ("dobj",))):
                # ("puts his arm round me" parses "round" as a verb with "me" its object)
                # ("put both arms round him" may hang "round" on "put" as a clause: ccomp, conj)
                for p in _children(tok, ("prep", "advcl", "prt", "advmod", "ccomp", "conj")):
                    if p.lower_ in ("around", "on", "round"):
                        for o in _children(p, ("pobj", "dobj")):
                            if o.lemma_ in ("back", "side", "top", "nape") and not _children(o, ("poss",)):
                                # "her hand on the back of my neck": the owner of the neck
                                o = next((x for q in _children(o, ("prep",)) if q.lower_ == "of"
                                          for x in _children(q, ("pobj",))), o)
                            poss = _children(o, ("poss",))
                            target = self.r.tokens(poss[0] if poss and o.lemma_ in L.BODY_PARTS | {"back"} else o)
                            s_ids, _ = self._ids(tok)
                            if not poss:  # "Wilma put her arms round her": round the other woman
                                target = self._not_self(o, s_ids)
                            if s_ids and target and s_ids[0] != target[0]:
                                limb = next(c.text for c in _children(tok, ("dobj",)) if c.lemma_ in ("arm", "hand"))
                                self.pair_event("comfort", s_ids[:1] + target[:1], tok, tok, 0.55,
                                                trigger=f"{tok.text} {limb} {p.text} {o.text}")
            return
        # ("took his hand" is not here: on dev it led a child across, courted and danced as often as it comforted)
        if lem == "hold" and "out" in prts and realis and any(c.lemma_ == "hand" for c in _children(tok, ("dobj",))):
            self._offered_hand(tok)
            return
        touch = lem in ("rub", "stroke", "pat", "hold", "squeeze", "bump", "nudge")
        if touch and realis and not (lem == "hold" and "out" in prts) \
                and not (tok.dep_ == "advcl" and tok.head.lemma_ in L.MOTION_VERBS):
            # ("held out his hand": an offer to shake; "walked in holding Blake's hand": a couple, not comfort;
            # "bumps her shoulder gently with his": comfort as two other writers tell it)
            parts = ("shoulder",) if lem in ("bump", "nudge") else ("back", "shoulder", "hair", "arm", "hand", "wrist",
                                                                   "elbow")
            # ("rubbed Mia's back": the parser may call the body part an advmod)
            for c in [*_children(tok, ("dobj",)), *(c for c in _children(tok, ("advmod",)) if c.pos_ == "NOUN")]:
                if c.lemma_ in parts:
                    poss = _children(c, ("poss",))
                    s, _ = self._ids(tok)
                    o = self.r.tokens(poss[0]) if poss else []
                    if s and o and s[0] == o[0] and lem in ("bump", "nudge"):
                        # "bumped her shoulder against his": her own shoulder, against the other's
                        o = [i for i in self._pobj_ids(tok, ("against", "into", "with")) if i != s[0]]
                    elif s and o and s[0] == o[0] and lem == "hold" and "up" in prts:
                        o = []  # "held her hands up": one's own hands raised, a show of harmlessness
                    elif s and o and s[0] == o[0] and poss[0].lower_ in ("her", "his"):
                        # "Anjali held her hand": her own hand would be no comfort; someone else's
                        alt = self.r.antecedent(poss[0].idx, "she" if poss[0].lower_ == "her" else "he",
                                                set(s) | self.r.excluded(poss[0].idx), window=400)
                        o = [alt] if alt else []
                    if s and o and s[0] != o[0]:
                        self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.5, trigger=f"{tok.text} {c.text}")
            if lem != "hold":
                return  # ("held her", "held on to me": the embrace rules below)
        if lem in ("take", "catch") and realis and self.told(tok) and any(
                c.lemma_ in ("arrow", "bullet", "shot") or (c.lemma_ in ("blade", "knife", "sword") and any(
                    p.lower_ in ("in", "to", "through") for p in [*_children(tok, ("prep",)), *_children(c, ("prep",))]))
                for c in _children(tok, ("dobj",))):  # (not "takes the knife" to show her how)
            s, _ = self._ids(tok, deps=())
            if s:  # "Tristan took an arrow in the thigh"
                self.add("event", "injury", s[0], None, tok, tok, 0.55, trigger=f"{tok.text} a wound")
            return
        if lem in ("injure", "wound") or (lem == "hurt" and tok.tag_ == "VBN" and _children(tok, ("auxpass",))):
            if realis:
                s, o = self._ids(tok, deps=("dobj", "nsubjpass"))
                subjp = _children(tok, ("nsubjpass",))
                who = self.r.tokens(subjp[0]) if subjp else (o or s)
                if who:
                    self.add("event", "injury", who[0], None, tok, tok, 0.6)
            return
        if lem in ("stab", "shoot") and realis and self.told(tok) and _children(tok, ("nsubjpass",)):
            # "Leo was stabbed", "he had been shot": a person wounded (not "shot a glance")
            who = self.r.tokens(_children(tok, ("nsubjpass",))[0])
            if who:
                self.add("event", "injury", who[0], None, tok, tok, 0.6, trigger=tok.text)
            return
        if lem in ("hit", "knock") and realis and self.told(tok) and _children(tok, ("nsubjpass",)) and any(
                o.lemma_ in L.VEHICLES for a in _children(tok, ("agent",)) for o in _children(a, ("pobj",))):
            who = self.r.tokens(_children(tok, ("nsubjpass",))[0])  # "Leo was hit by a car"
            if who:
                self.add("event", "injury", who[0], None, tok, tok, 0.6, trigger=f"{tok.text} by a vehicle")
            return
        # ("Nan slipped on the step and hurt her wrist": the tagger takes a past "hurt" or "cut" after "and" for a
        # bare infinitive, as it does "let": a conjunct under a past verb is read as past)
        past_conj = tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.tag_ == "VBD" and tok.lower_ == lem \
            and not self.irrealis(tok.head)
        if lem in L.HURT_VERBS and ((realis and self.told(tok)) or past_conj):
            # "Leo sprained his ankle", "cut his hand", "fell and hit his head": one's own body part
            parts = L.BODY_PARTS | {"palm", "lip"} | (L.TORN_PARTS if lem != "hit" else set())
            objs = _children(tok, ("dobj",))
            # (session 27: "tore something in her calf": the part the "something" is in)
            objs += [o for c in objs if c.lower_ == "something" for p in [*_children(c, ("prep",)), *_children(
                tok, ("prep",))] if p.lower_ == "in" for o in _children(p, ("pobj",))]
            part = [c for c in objs if c.lemma_ in parts
                    and any(p.lower_ in ("his", "her", "my", "your", "their") for p in _children(c, ("poss",)))]
            if not part and lem in ("sprain", "twist", "fracture", "dislocate") and any(
                    c.lower_ == "it" for c in _children(tok, ("dobj",))) and any(
                    t.lemma_ in L.BODY_PARTS and t.pos_ == "NOUN" for t in self.doc[max(0, tok.i - 30):tok.i]
                    if t.idx >= tok.idx - 150):
                # "his wrist was puffy; he'd come off his bike and sprained it": the part just told
                s, _ = self._ids(tok, deps=())
                if s:
                    self.add("event", "injury", s[0], None, tok, tok, 0.5, trigger=f"{tok.text} it")
                return
            refl = [c for c in _children(tok, ("dobj",)) if c.lower_ in REFLEXIVES]
            if refl and not part and lem != "hit":
                # "by ten past Tomasz has already burned himself": a hurt done to oneself (whatever the
                # verb of hurting) is an injury of the subject
                s, _ = self._ids(tok, deps=())
                if s:
                    self.add("event", "injury", s[0], None, tok, tok, 0.5, trigger=f"{tok.text} {refl[0].text}")
                return
            if part:
                s, _ = self._ids(tok, deps=())
                own = self.r.tokens(_children(part[0], ("poss",))[0])
                if s and (not own or own[0] == s[0] or _children(part[0], ("poss",))[0].lower_ in ("my", "your")):
                    self.add("event", "injury", s[0], None, tok, tok, 0.55, trigger=f"{tok.text} {part[0].text}")
            if lem not in ("hit", "cut"):
                return
        if lem == "break" and realis and self.told(tok):
            for c in _children(tok, ("dobj",)):
                recent = self.view.text[max(0, tok.idx - 120):tok.idx].lower()
                # (session 27: "broke a finger on Osric's hand": the part named in the verb's "on" phrase)
                ons = [o for p in _children(tok, ("prep",)) if p.lower_ in ("on", "in")
                       for o in _children(p, ("pobj",)) if o.lemma_ in L.BODY_PARTS and _children(o, ("poss",))]
                where = [*c.subtree, *ons] if c.lemma_ in L.BODY_PARTS else list(c.subtree)
                if any(d.lemma_ in L.BODY_PARTS for d in c.subtree) or (
                        c.lower_ == "it" and any(f" {b}" in recent for b in L.BODY_PARTS)):
                    s, _ = self._ids(tok)
                    # "the raiders broke Valerian's arm", "a stranger broke my wrist": the part's owner, when
                    # that is someone other than the one who broke it, is the one hurt
                    owner = [i for d in where if d.lemma_ in L.BODY_PARTS for q in _children(d, ("poss",))
                             for i in self.r.tokens(q)][:1]
                    hurt = owner if owner and (not s or owner[0] != s[0]) else s
                    if hurt:
                        self.add("event", "injury", hurt[0], None, tok, tok, 0.6, trigger=f"{tok.text} {c.text}")
            return
        if (lem in ("die", "drown") or (lem == "pass" and "away" in prts)) and realis and self.told(tok) \
                and not (lem == "drown" and _children(tok, ("dobj",))) \
                and not any(c.lower_ in ("nearly", "almost", "practically", "nigh") for c in tok.children) \
                and not (lem == "drown" and tok.tag_ == "VBG" and any(a.lemma_ == "be" for a in _children(tok, ("aux",)))):
            # ("he drowned", not "drowned the kittens"; "I nearly died" is a near miss, "I was drowning" a way
            # of feeling, while "she was dying that winter" is told of a death)
            s, _ = self._ids(tok)
            if s and not self._death_to_come(tok):
                self.add("event", "death", s[0], None, tok, tok, 0.7)
            return
        if lem == "kill" and realis and self.told(tok):
            subjp = _children(tok, ("nsubjpass",))
            victim = self.r.tokens(subjp[0]) if subjp else [i for c in _children(tok, ("dobj",))
                                                            for i in self.r.tokens(c)]
            subj = _children(tok, ("nsubj",))
            if subj and subj[0].pos_ not in ("PROPN", "PRON", "NOUN"):
                return
            if subj and subj[0].lower_ in ("it", "this", "that"):
                return
            if victim:
                self.add("event", "death", victim[0], None, tok, tok, 0.6)
            return

    def _taken_by_death(self, tok) -> bool:
        """"The tide had taken Ansel off the skerries", "the year the consumption took Maud", "the flood took him
        and the mill wheel both": a sea, a river, a fever or a war (``DEATH_TAKERS``, as the
        subject) that took or claimed a person is that person's death. Not "took him to the clinic" (a place
        or a particle after it), not under a modal or a negation. The parser may hang the person on a time
        noun ("took her three winters back": "her" as the possessive of "winters"), which counts as the object."""
        subj = (_children(tok, ("nsubj",)) or [subject(tok)])[0]  # (its own subject, not an xcomp's controller)
        if subj is None or subj.lemma_.lower() not in L.DEATH_TAKERS or negated(tok) or self.irrealis(tok) \
                or self.view.quote_at(tok.idx) is not None:
            return False
        if _children(tok, ("prt", "xcomp", "ccomp")) or any(
                p.lower_ in ("to", "into", "from", "out", "home", "away", "in", "for") for p in _children(tok, ("prep",))):
            return False
        # (the parser may make the person a dative before "a mile", or the possessive of a time noun)
        objs = _children(tok, ("dative", "dobj"))
        objs += [q for o in objs if o.lemma_.lower() in TIME_NOUNS | L.DURATION_NOUNS for q in _children(o, ("poss",))]
        people = [o for o in objs if o.lower_ in ("him", "her") or o.pos_ == "PROPN"]
        if not people:
            return False
        who = self.r.tokens(people[0])
        if not who:
            return False
        self.add("event", "death", who[0], None, tok, tok, 0.6, trigger=f"{subj.text} {tok.text}")
        return True

    # -- working for someone, rivals and enemies, romances that start or end without the usual words
    def _pobj_ids(self, verb, preps) -> list[str]:
        # (the parser sometimes labels the preposition a "dative": "Kit kept books for him for years")
        return [i for p in _children(verb, ("prep", "dative")) if p.lower_ in preps and p.pos_ == "ADP"
                for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]

    def _workplace_owner(self, verb, shared: bool = True) -> list[str]:
        """"in her lab", "on Dolores's staff": the owner of a workplace noun after in/on/at (with ``shared``
        False, not an "our"/"their" one)."""
        for p in _children(verb, ("prep",)):
            if p.lower_ in ("in", "on", "at"):
                for o in _children(p, ("pobj",)):
                    poss = _children(o, ("poss",))
                    if not shared and poss and poss[0].lower_ in ("our", "their"):
                        continue
                    if o.lemma_ in L.WORKPLACE_NOUNS and poss:
                        return self.r.tokens(poss[0])
        return []

    def _coordinated_before(self, verb) -> list[str]:
        """"By September Wren and Tomas were seeing each other" parses the pair as the object of "By":
        a reciprocal verb with no subject takes the coordinated people just before it."""
        lo, _ = self.idx.sent_span(verb.i)
        for t in reversed(list(self.doc[max(0, verb.i - 8):verb.i])):
            if t.idx < lo:
                break
            if t.conjuncts and t.pos_ in ("PROPN", "PRON") and t.i < min(c.i for c in t.conjuncts):
                ids = self.r.tokens(t)
                if len(ids) >= 2:
                    return ids
        return []

    def _subtree_text(self, tok) -> str:
        """The text of a token's clause (its whole subtree), for cues that must not be read off a neighbouring
        clause of the same sentence."""
        doc = tok.doc
        return doc[tok.left_edge.i:tok.right_edge.i + 1].text

    def _dated(self, tok) -> bool:
        """A clause placed at a date or a place of ceremony ("married in October", "in the chapel")."""
        for p in _children(tok, ("prep",)):
            if p.lower_ not in ("in", "on", "at"):
                continue  # "married for six years": how long, not when
            for o in _children(p, ("pobj",)):
                if o.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "LOC") or o.lemma_ in L.CEREMONY_PLACES or (
                        o.pos_ == "PROPN" and not self.r.tokens(o)):  # "at Gretna Green"
                    return True
        # "four days later", "two summers ago"
        return any((c.dep_ == "npadvmod" and c.ent_type_ == "DATE") or (c.dep_ == "advmod" and c.lower_ in (
            "later", "ago") and _children(c, ("npadvmod",))) for c in tok.children)

    def _idioms(self, tok, lem, prts, kids, realis) -> bool:
        """Set phrases a writer uses instead of the plain words: "fell for him", "has feelings for",
        "tied the knot", "got hitched", "popped the question", "raised me", "held her close"."""
        dobj = _children(tok, ("dobj",))
        if self._life_events(tok, lem, prts, kids, realis):
            return True
        if lem == "work" and ("together" in kids or self._both_worked(tok, kids)) and realis:
            s, _ = self._ids(tok, deps=())
            if len(s) >= 2:  # "Mia and Leo work together at the bank", "the firm where they both worked"
                self.pair_event_state("colleagues", s[:2], tok, tok, 0.45,
                                      trigger="work together" if "together" in kids else "both worked")
                return True
        if lem == "run" and tok.pos_ == "VERB" and self._ran_together(tok, realis):
            return True
        if lem in ("cry", "sob", "weep") and realis and self.told(tok):
            # "Mia cried on Ada's shoulder", "sobbed into his chest": comfort from the one who holds her
            for p in _children(tok, ("prep",)):
                if p.lower_ not in ("on", "into", "against"):
                    continue
                for o in _children(p, ("pobj",)):
                    poss = _children(o, ("poss",))
                    if o.lemma_ in ("shoulder", "chest", "arm", "arms", "neck", "lap", "shirt", "jumper", "coat") and poss:
                        s, _ = self._ids(tok, deps=())
                        holder = self.r.tokens(poss[0])
                        if s and holder and s[0] != holder[0]:
                            self.pair_event("comfort", holder[:1] + s[:1], tok, tok, 0.5, trigger=f"{tok.text} {p.text} ... {o.text}")
            return True
        if lem == "work" and "with" in kids and realis and not any(
                p.lower_ in ("for", "under") and not all(o.lemma_ in L.DURATION_NOUNS for o in _children(p, ("pobj",)))
                for p in _children(tok, ("prep",))):  # (not "worked for Zebedee"; "worked with her for nine months" is)
            s, o = self._ids(tok, deps=(), preps=("with",))
            o = [i for p in _children(tok, ("prep",)) if p.lower_ == "with" for c in _children(p, ("pobj",))
                 if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "Leo works with Mia at the hospital"
                self.pair_event_state("colleagues", s[:1] + o[:1], tok, tok, 0.45, trigger="works with")
                return True
        promised = lem == "supervise" and not negated(tok) and any(
            a.lower_ in ("will", "'ll", "\u2019ll") for a in _children(tok, ("aux",)))
        if lem in ("manage", "supervise") and tok.pos_ == "VERB" and (realis or promised):
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "Leo manages Mia" (not "managed a smile")
                self.add("state", "boss", s[0], o[0], tok, tok, 0.5, holder=s[0], trigger=tok.text)
                if lem == "supervise":
                    # session 25: "Eulalia supervised Tancred", "I'll supervise you till spring" (a trainee taken on, a
                    # promise told as fact): one who supervises also teaches
                    self.add("state", "teacher", s[0], o[0], tok, tok, 0.5, holder=s[0], trigger=tok.text)
            return True
        if lem == "train" and tok.pos_ == "VERB" and realis and not _children(tok, ("prep",)):
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "Mia trained Leo" (not "trained the dog", "trained under")
                self.add("state", "teacher", s[0], o[0], tok, tok, 0.45, holder=s[0], trigger=tok.text)
                return True
        if lem == "work" and ("alongside" in kids or "beside" in kids) and realis:
            s, o = self._ids(tok, deps=(), preps=("alongside", "beside"))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Pete had worked alongside me for three years"
                self.pair_event_state("colleagues", ids[:2], tok, tok, 0.45, trigger=f"worked {'alongside' if 'alongside' in kids else 'beside'}")
                return True
        if lem == "elope" and realis and self.told(tok):
            s, o = self._ids(tok, deps=(), preps=("with",))
            self.pair_event("wedding", s + o, tok, tok, 0.55, state="married", trigger="eloped")
            return True
        if lem == "mentor" and tok.pos_ == "VERB" and realis:
            s, o = self._ids(tok)
            if s and o and s[0] != o[0]:  # "Mia mentored Leo for years"
                self.add("state", "teacher", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger="mentored")
            return True
        if lem == "adopt" and tok.pos_ == "VERB" and realis and self.told(tok):
            s, o = self._ids(tok)
            if s and o and s[0] != o[0]:  # "Ruth adopted Mia when she was two"
                self.add("state", "parent", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger="adopted")
            return True
        if lem in ("befriend",) or (lem == "make" and any(c.lemma_ == "friend" for c in dobj)):
            if realis:  # "Mia befriended Leo", "Mia made friends with Leo"
                s, o = self._ids(tok, deps=("dobj",) if lem == "befriend" else (), preps=("with",))
                ids = list(dict.fromkeys(s + o))
                if len(ids) >= 2:
                    self.pair_event_state("friends", ids[:2], tok, tok, 0.5, trigger=tok.text)
            return True
        if lem in ("be", "grow", "become") and realis and not negated(tok) and not any(
                c.dep_ == "attr" and c.lemma_ == "head" for c in tok.children):
            acomp = [c for c in tok.children if c.dep_ == "acomp" or (
                lem != "be" and c.dep_ == "advmod" and c.lower_ == "close")]  # ("grew close": an advmod)
            sweet = [c for c in acomp if any(p.lower_ in L.CRUSH_ADJ.get(c.lower_, ()) for p in _children(c, ("prep",)))]
            if sweet:  # "He's sweet on you", "he's mad about you", "smitten with her": a crush
                s, _ = self._ids(tok, deps=())
                o = self._pobj_ids(sweet[0], L.CRUSH_ADJ[sweet[0].lower_])
                if s and o and s[0] != o[0]:
                    self.add("state", "crush", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger=f"{sweet[0].text} {L.CRUSH_ADJ[sweet[0].lower_][0]}")
                return True
            thick = acomp and acomp[0].lower_ == "thick" and any(
                o.lower_ == "thieves" for p in _children(acomp[0], ("prep",)) for o in _children(p, ("pobj",)))
            if acomp and (acomp[0].lower_ == "close" and not _children(acomp[0], ("prep",)) or thick):
                s, _ = self._ids(tok, deps=())
                if len(s) >= 2:  # "for years they had been close"
                    self.pair_event_state("friends", s[:2], tok, tok, 0.45, trigger="close")
                    return True
            return False
        if lem == "tell" and realis and any(c.dep_ == "ccomp" and c.lemma_ == "be" and any(
                d.lower_ == "over" for d in c.children) and any(d.lower_ in ("it", "we") for d in c.children)
                for c in tok.children):
            s, o = self._ids(tok, deps=("dobj", "dative"))
            if s and o and s[0] != o[0]:  # "Tyler told Chloe it was over"
                self.pair_event("breakup", s[:1] + o[:1], tok, tok, 0.6, state="ex", trigger="told ... it was over")
            return True
        if lem == "lean" and realis and any(c.lemma_ == "head" for c in dobj):
            s, _ = self._ids(tok, deps=())
            o = [i for p in _children(tok, ("prep",)) if p.lower_ in ("on", "against")
                 for x in _children(p, ("pobj",)) if x.lemma_ in ("shoulder", "chest")
                 for q in _children(x, ("poss",)) for i in self.r.tokens(q)]
            if s and o and s[0] != o[0]:  # "Chloe leaned her head on Maddie's shoulder"
                self.pair_event("comfort", o[:1] + s[:1], tok, tok, 0.5, trigger="head on shoulder")
            return True
        if lem == "make" and realis and any(c.dep_ == "ccomp" and c.lower_ == "official" for c in tok.children):
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Mia and Leo made it official in May"
                self.pair_event_state("dating", ids[:2], tok, tok, 0.55, trigger="made it official")
            return True
        if lem == "hook" and "up" in prts and realis:
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Mia and Leo hooked up after the party"
                self.pair_event_state("dating", ids[:2], tok, tok, 0.45, trigger="hooked up")
            return True
        pine = lem == "pine" or (lem == "pin" and tok.lower_.startswith("pine"))  # (lemmatised "pin")
        if (pine or (lem == "have" and any(c.lemma_ == "thing" for c in dobj)) or (
                lem == "be" and any(c.dep_ == "attr" and c.lemma_ == "head" and any(
                    p.lower_ == "over" for p in _children(c, ("prep",))) for c in tok.children))) and realis:
            # "pined for Mia", "had a thing for Leo", "was head over heels for Mia"
            s, _ = self._ids(tok, deps=())
            o = [i for x in tok.subtree if x.dep_ == "prep" and x.lower_ in ("for", "after", "with")
                 for y in _children(x, ("pobj",)) for i in self.r.tokens(y)]
            if s and o and s[0] != o[0]:
                self.add("state", "crush", s[0], o[0], tok, tok, 0.5, holder=s[0], trigger=f"{tok.text} ... for")
                return True
            return pine
        if lem in ("fall", "go", "land", "tear", "pull", "rip", "strain", "make") and tok.pos_ == "VERB" and realis \
                and self._hurt_fall(tok, lem, prts):
            return True
        if lem == "fall" and tok.pos_ == "VERB" and realis and self.told(tok) and self._fell_from(tok):
            s, _ = self._ids(tok, deps=())
            if s:  # "Rob fell off a ladder", "she fell from her horse": a fall that hurts
                self.add("event", "injury", s[0], None, tok, tok, 0.5, trigger=f"fell {self._fell_from(tok)}")
            return True
        if lem == "fall" and tok.pos_ == "VERB" and realis and self.told(tok):
            s, _ = self._ids(tok, deps=())
            o = self._pobj_ids(tok, ("for",))
            if s and o and s[0] != o[0]:  # "Lena fell for Marco the summer she turned twenty"
                self.add("state", "crush", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger="fell for")
            return bool(o)
        if lem in ("lose", "give") and tok.pos_ == "VERB" and realis and any(c.lemma_ == "heart" for c in dobj):
            s, _ = self._ids(tok, deps=())
            o = self._pobj_ids(tok, ("to",))
            if s and o and s[0] != o[0]:  # "Sophia had lost her heart to that gentleman at the assembly"
                self.add("state", "crush", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger=f"{tok.text} her heart to")
                return True
        if lem == "have" and tok.pos_ in ("VERB", "AUX") and realis and any(c.lemma_ == "feeling" for c in dobj):
            s, _ = self._ids(tok, deps=())
            o = [i for c in dobj for p in _children(c, ("prep",)) if p.lower_ == "for"
                 for x in _children(p, ("pobj",)) for i in self.r.tokens(x)]
            if s and o and s[0] != o[0]:  # "Selim has feelings for Dana"
                self.add("state", "crush", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger="feelings for")
            return True
        if lem == "cheat" and tok.pos_ == "VERB" and realis:
            s, _ = self._ids(tok, deps=())
            o = self._pobj_ids(tok, ("on",))
            if s and o and s[0] != o[0]:  # "Mia cheated on Leo": they were a couple
                self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.5, trigger="cheated on")
            return bool(o)
        if ((lem == "tie" and any(c.lemma_ == "knot" for c in dobj)) or tok.lower_ == "hitched") and realis:
            s, o = self._ids(tok, deps=(), preps=("with", "to"))
            self.pair_event("wedding", s + o, tok, tok, 0.6, state="married", trigger="tied the knot")
            return True
        if lem == "pop" and any(c.lemma_ == "question" for c in dobj) and realis:
            s, o = self._ids(tok, deps=(), preps=("to",))
            n = len(self.cues)
            self.pair_event("proposal", s + o, tok, tok, 0.65, trigger="popped the question")
            if not self._refused(tok):
                self.pair_event_state("engaged", s + o, tok, tok, 0.55, trigger="popped the question")
            for c in self.cues[n:]:  # "the question" is no other partner; the one who says yes is nearby
                c.extra.pop("other_named", None)
                c.extra["happening"] = True
            return True
        if ((lem == "raise" and tok.pos_ == "VERB") or (lem == "bring" and "up" in prts)) and realis and (
                self.told(tok) or (past_perfect(tok) and self.view.quote_at(tok.idx) is None)):
            # ("by then she'd raised three boys in that cottage": the tagger's MD "'d" before a participle is "had")
            kid = [c for c in dobj if c.pos_ in ("PROPN", "PRON") and c.lower_ not in ("it", "them", "us")]
            subj = subject(tok)
            if subj is not None and subj.pos_ == "NOUN" and subj.lower_ in L.REL_NOUNS:
                return bool(kid)  # "My grandmother raised me": the kin noun says what she is
            s, _ = self._ids(tok, deps=())
            o = [i for c in kid for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "Aunt Beryl raised Pippa", "my grandmother brought me up"
                # (weak: grandparents, aunts and guardians raise children too; a kin noun for the pair wins)
                # one the children call "Gran", or already a grandparent of one of them ("my father's
                # mother, who raised my sister and me"), raised them as their grandparent
                label = "grandparent" if self._gran_titled(s[0]) or any(
                    c.kind == "state" and c.label == "grandparent" and c.holder == s[0] and {c.a, c.b} & set(o)
                    for c in self.cues) else "parent"
                self.add("state", label, s[0], o[0], tok, tok, 0.4, holder=s[0], trigger=f"{tok.text} ({lem})")
                self.cues[-1].extra["raised"] = True
            return bool(kid)
        if lem == "foster" and tok.pos_ == "VERB" and realis and self.view.quote_at(tok.idx) is None \
                and is_past(tok) and any(c.dep_ == "auxpass" for c in tok.children):
            # "Pim had been fostered with the Abernethys for six years", "was fostered by her aunt's neighbours":
            # the foster carers are parents, as one who raised a child is (told as raising: no kin composed)
            subj = subject(tok)
            kids_ = self.r.tokens(subj) if subj is not None else []
            carers = [i for p in _children(tok, ("prep", "agent")) if p.lower_ in ("with", "by")
                      for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
            for c_ in list(dict.fromkeys(carers))[:2]:
                if kids_ and c_ != kids_[0]:
                    self.add("state", "parent", c_, kids_[0], tok, tok, 0.4, holder=c_, trigger=f"{tok.text} (foster)")
                    self.cues[-1].extra["raised"] = True
            return True
        if lem == "hold" and realis and any(c.lower_ in ("close", "tight", "tightly") for c in tok.children):
            s, _ = self._ids(tok, deps=())
            o = [i for c in dobj if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "Felix held her close until the shaking stopped"
                self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.55, trigger=f"held {dobj[0].text} close")
            return bool(o)
        if lem == "hold" and tok.pos_ == "VERB" and realis:
            # "She just got out of the car and held her", "held on to me": an embrace (not "held him at
            # gunpoint", "held her hostage", "held him back", "held on to the rail")
            held_on = "on" in kids
            people = [c for c in dobj if c.pos_ in ("PRON", "PROPN")] or [
                o for p in [*_children(tok, ("prep",)), *(x for c in tok.children if c.lower_ == "on"
                                                          for x in _children(c, ("prep",)))]
                if held_on and p.lower_ == "to" for o in _children(p, ("pobj",)) if o.pos_ in ("PRON", "PROPN")]
            odd = any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or c.lower_ in ("back", "up", "down", "still", "off", "out")
                      or (c.dep_ == "prep" and c.lower_ in ("at", "against", "under", "in"))
                      or (c.dep_ == "prep" and c.lower_ == "by" and any(  # "held him by the collar", not "by the gate"
                          o.lemma_ in L.BODY_PARTS | {"collar", "scruff", "hair", "throat", "lapel"}
                          for o in _children(c, ("pobj",))))
                      for c in tok.children)
            if people and not odd:
                s, _ = self._ids(tok, deps=())
                o = [i for c in people[:1] for i in self.r.tokens(c)]
                if s and o and s[0] == o[0] and people[0].lower_ in ("him", "her"):
                    o = [x for x in [self.r.antecedent(
                        people[0].idx, "he" if people[0].lower_ == "him" else "she", set(s) | self.r.excluded(
                            people[0].idx), window=400)] if x]
                if s and o and s[0] != o[0]:
                    self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.5, trigger=f"held {people[0].text}")
                return True
        return False

    def _loved_as_crush(self, tok, loved: str) -> bool:
        """Narrated "X loved Y" is one-sided love, except when a group loves ("They loved us"), when it is
        thanks ("loved her for it"), or when it is declared to the loved one ("told her that he had loved
        her since ..."): a declaration, whose answer the story tells."""
        kids = [c for c in tok.children if c.dep_ in ("nsubj", "dobj")]
        if any(c.lower_ in ("they", "we", "us", "them") for c in kids):
            return False
        if any(p.lower_ == "for" and any(o.pos_ == "PRON" and o.lower_ in ("it", "that", "this")
                                         for o in p.children) for p in _children(tok, ("prep",))):
            return False
        head = tok.head
        if tok.dep_ == "ccomp" and head.lemma_ in ("tell", "say", "confess", "admit", "write", "swear"):
            told = [i for c in head.children if c.dep_ in ("dobj", "dative") for i in self.r.tokens(c)]
            if loved in told:
                return False
        return True

    def _reported_feeling(self, tok) -> bool:
        """"He said he'd liked me since the first week", "she said she loved him": a feeling for someone,
        told by the one who has it, is a confession (and a liking held "since"/"always" a crush)."""
        for c in _children(tok, ("ccomp",)):
            if c.lemma_ not in ("love", "like", "fancy", "adore") or negated(c):
                continue
            teller, _ = self._ids(tok, deps=())
            holder = subject(c)
            who = self.r.tokens(holder) if holder is not None else []
            loved = [i for o in _children(c, ("dobj",)) if o.pos_ in ("PRON", "PROPN") for i in self.r.tokens(o)]
            lasting = any(d.lower_ in ("since", "always", "ages") for d in c.subtree)
            if not teller or not who or who[0] != teller[0] or not loved or loved[0] == teller[0]:
                continue
            if c.lemma_ in ("like", "fancy") and not lasting:
                continue  # "he said he liked me" is what friends say too
            n = len(self.cues)
            self.pair_event("confession", [teller[0], loved[0]], tok, tok, 0.55, trigger=f"said ... {c.text}")
            if c.lemma_ != "love" or lasting:
                self.add("state", "crush", teller[0], loved[0], tok, tok, 0.5, holder=teller[0],
                         trigger=f"said ... {c.text}")
            for cue in self.cues[n:]:
                cue.extra["not_family"] = True
            return True
        return False

    @staticmethod
    def _both_worked(tok, kids) -> bool:
        """"Mia and Leo both worked at the bank", "the firm where they both worked": a "both" on the subject,
        and a workplace (a preposition of place, or the place the clause hangs from)."""
        subj = subject(tok)
        if subj is None or not any(c.lower_ == "both" for h in (tok, subj, *subj.conjuncts) for c in h.children):
            return False
        return bool({"at", "in", "on", "for"} & kids) or (
            tok.dep_ == "relcl" and "where" in kids and tok.head.lemma_.lower() in L.BUSINESS_NOUNS)

    def _ran_together(self, tok, realis: bool) -> bool:
        """"Odelia ran the garage with him, half each", "I run the late shifts with Thane", "who had been
        running the studio with Liesl", "Solveig and Barnaby will run the bar": two who run a workplace
        together are colleagues. The
        object is a workplace, a shift or "it"; a second runner comes from "with" or a coordinated subject
        ("ran the shop for him" is not read). Told or willed in a declaration ("will run it"), not asked,
        wished or conditional."""
        places = [o for o in _children(tok, ("dobj",)) if o.lemma_.lower() in RUN_PLACES]
        if not places or negated(tok) or any(p.lower_ == "for" for p in _children(tok, ("prep",))):
            return False
        if any(t.lower_ in ONE_OFF_EVENTS and t.dep_ not in ("amod", "acomp", "advmod", "conj")
               for t in tok.subtree):  # (the parser may hang "at the village fair"'s noun as an advcl)
            return False  # ("ran the stall with Osric at the village fair": one afternoon, not a workplace)
        if not realis and not any(a.lower_ in ("will", "'ll", "shall") for a in _children(tok, ("aux",))):
            return False
        s, _ = self._ids(tok, deps=())
        o = [i for h in (tok, places[0]) for p in _children(h, ("prep",)) if p.lower_ == "with"  # (or the object's)
             for c in _children(p, ("pobj",)) if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
        ids = list(dict.fromkeys(s + o))
        if len(ids) < 2 or (not o and len(s) < 2):
            return False
        self.pair_event_state("colleagues", ids[:2], tok, tok, 0.45, trigger=f"{tok.text} {places[0].text} together")
        return True

    def _life_events(self, tok, lem, prts, kids, realis) -> bool:
        """Ways other writers tell a wedding, a death, a desertion or a teacher without the usual
        words: "said 'I do' to Martin", "They buried Ray", "Dad walked out on them", "Madame Roux
        had taught me since I was eleven"."""
        if lem == "say" and realis and self._reported_feeling(tok):
            return True
        if lem == "say" and realis:
            after = self.view.text[tok.idx + len(tok):tok.idx + len(tok) + 12].lstrip()
            if after.startswith(('"I do"', '"I do,"', '"I do."', '"I will"')):
                s, o = self._ids(tok, deps=(), preps=("to",))
                # (the parser hangs "to Martin" on the quoted "do")
                o = o or [i for c in _children(tok, ("ccomp",)) for i in self._pobj_ids(c, ("to",))]
                if s and o and s[0] != o[0]:
                    self.pair_event("wedding", s[:1] + o[:1], tok, tok, 0.65, state="married", trigger='said "I do"')
                return True
        if lem == "have" and realis and is_past(tok) or lem == "have" and realis and tok.tag_ in ("VBZ", "VBP"):
            hurt = [c for c in _children(tok, ("dobj",)) if c.lemma_ in INJURY_NOUNS and any(
                a.lower_ in INJURED for a in c.children if a.dep_ in ("amod", "compound"))]
            s, _ = self._ids(tok, deps=())
            if hurt and s:  # "He had a broken hip and a cut on his head"
                self.add("event", "injury", s[0], None, tok, tok, 0.55,
                         trigger=f"{tok.text} a {' '.join(a.text for a in hurt[0].lefts if a.dep_ == 'amod')} {hurt[0].text}")
                return True
        if lem == "go" and realis and any(p.lower_ == "for" and any(o.lemma_ in OUTINGS for o in _children(p, ("pobj",)))
                                           for p in _children(tok, ("prep",))):
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "She and Gideon went for a drink in November": a date, if they are a couple
                n = len(self.cues)
                self.pair_event_state("dating", ids[:2], tok, tok, 0.45, trigger="went for a drink")
                for c in self.cues[n:]:
                    c.extra["soft"] = True  # (friends go for drinks too)
            return True
        if lem == "release" and realis and any(o.lemma_ in ("promise", "engagement", "word") for p in _children(
                tok, ("prep",)) if p.lower_ == "from" for o in _children(p, ("pobj",))):
            s, o = self._ids(tok)
            if s and o and s[0] != o[0]:  # "released her from her promise in a note of four lines"
                n = len(self.cues)
                self.pair_event("breakup", s[:1] + o[:1], tok, tok, 0.6, state="ex", trigger="released ... from her promise")
                for c in self.cues[n:]:
                    c.extra["before"] = "engaged"
            return True
        if lem == "partner" and tok.pos_ == "VERB" and realis and not negated(tok) and not (
                subject(tok) is not None and subject(tok).lower_ in ("we", "they")):  # (a narrator's "we" is a guess)
            s, o = self._ids(tok, deps=("dobj",), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Ines and Luc had been partnered for the showcase", "partnered with Luc"
                self.pair_event_state("colleagues", ids[:2], tok, tok, 0.5, trigger="partnered")
            return True
        if lem == "bury" and tok.pos_ == "VERB" and realis and not any(c.lemma_ == "hatchet" for c in tok.children):
            dead = [i for c in _children(tok, ("dobj", "nsubjpass")) if c.pos_ in ("PROPN", "PRON", "NOUN")
                    for i in self.r.tokens(c)]
            if dead and not any(c.dep_ == "dobj" and c.lemma_ in ("face", "head", "hand", "hands", "nose")
                                for c in tok.children):  # not "buried her face in his shoulder"
                self.add("event", "death", dead[0], None, tok, tok, 0.55, trigger=f"{tok.text} (a burial)")
                self.cues[-1].anterior = True
            return True
        if lem == "walk" and "out" in prts and realis and any(
                p.lower_ == "on" and any(o.pos_ in ("PRON", "PROPN", "NOUN") and o.lower_ not in L.TIME_NOUNS
                                         for o in _children(p, ("pobj",)))
                for c in [tok, *tok.children] if c is tok or c.lower_ == "out"
                for p in _children(c, ("prep",))):  # (not "on his evenings off": a time)
            s, _ = self._ids(tok, deps=())
            ons = [o for c in [tok, *tok.children] if c is tok or c.lower_ == "out" for p in _children(c, ("prep",))
                   if p.lower_ == "on" for o in _children(p, ("pobj",))]
            o = [i for x in ons if x.lower_ not in ("them", "us") for i in self.r.tokens(x) if i not in s]
            if s and o:  # "Leo walked out on her": he left his partner ("on them", a family, is no couple)
                self.pair_event("breakup", s[:1] + o[:1], tok, tok, 0.55, state="ex", trigger="walked out on")
            return True
        if lem in ("teach", "coach", "tutor") and tok.pos_ == "VERB" and realis and _children(tok, ("nsubjpass",)) \
                and _children(tok, ("agent",)):
            # "Ollie had been coached by Bernie since the juniors": the passive, teacher in the by-phrase
            pupils = self.r.tokens(_children(tok, ("nsubjpass",))[0])
            chief = [i for a in _children(tok, ("agent",)) for o in _children(a, ("pobj",)) for i in self.r.tokens(o)]
            for p_ in pupils[:2]:
                if chief and p_ != chief[0]:
                    self.add("state", "teacher", chief[0], p_, tok, tok, 0.5, holder=chief[0], trigger=f"{tok.text} by")
            return True
        if lem == "learn" and tok.pos_ == "VERB" and any(
                c.lower_ in ("me", "him", "her", "us", "them") for c in _children(tok, ("dobj", "dative"))) and not any(
                o.lower_ in ("heart", "name", "sight", "rote") for p in _children(tok, ("prep",)) if p.lower_ == "by"
                for o in _children(p, ("pobj",))):
            # "old Ifor learned us to splice a rope", "it was Ewan that learned me": the regional "learn" with a
            # person is "teach" (not "she learned them by name", who they were)
            lem = "teach"
        if lem in ("teach", "coach", "tutor") and tok.pos_ == "VERB" and realis:
            skill = bool(_children(tok, ("xcomp", "ccomp")))
            # the perfect: its "had" on the verb, or on the verb it is joined to when it has no subject of its
            # own ("had taken him on and taught him to ...", not "Cosmo had gone home, and Nerys taught him to ...")
            perfect = skill and tok.tag_ in ("VBN", "VBD") and not negated(tok) \
                and self.view.quote_at(tok.idx) is None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in [
                    *tok.children, *(tok.head.children if tok.dep_ == "conj" and not _children(tok, ("nsubj",))
                                     else ())])
            # "she was the one who taught me to knock twice": a teacher identified by what they taught is one
            cleft = subject(tok) is not None and subject(tok).lower_ in ("who", "that") and tok.dep_ == "relcl" \
                and cleft_name(tok.head) is not None
            if skill and not perfect and not cleft:
                return False  # a plain past is one lesson ("Gisela taught Lucan to gut a fish"): no teacher
            s, _ = self._ids(tok, deps=())
            subj = subject(tok)
            if perfect:
                # "Bramwell, who had taught him to caulk a hull", "she had taken him on and taught him to read a
                # tide table": a skill taught over time, told in the narration, is a teacher, unless the two are
                # close kin or a couple ("Gran had taught me to knit", "she had taught him to fence": timeline)
                objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
                objs += [n for x in _children(tok, ("xcomp", "ccomp")) for n in _children(x, ("nsubj",))]
                pupils = [i for c in objs if c.pos_ in ("PRON", "PROPN") for i in self.r.tokens(c)]
                ok = subj is not None and subj.pos_ in ("PRON", "PROPN") and subj.lower_ not in ("it", "that", "this")
            else:
                objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") or (
                    c.pos_ == "PROPN" and c.dep_ in ("advmod", "npadvmod"))]  # ("teaching Nerys all she knows")
                # "had coached all of us for years": the people after "both/all of"
                objs += [o for c in objs if c.lower_ in ("both", "all", "each") for p in _children(c, ("prep",))
                         if p.lower_ == "of" for o in _children(p, ("pobj",))]
                pupils = [i for c in objs if c.pos_ in ("PRON", "PROPN") and c.lower_ not in ("both", "all", "each")
                          for i in self._object_not_subject(c, s)]
                # "She had taught their whole form Latin", "coached our team": the group's members
                pupils += [i for c in objs if c.lemma_ in L.PUPIL_GROUPS for q in _children(c, ("poss",))
                           for i in self.r.tokens(q) if i not in pupils]
                ok = subj is not None and (subj.lower_ not in ("it", "that", "this", "life", "experience") or (
                    subj.lower_ == "that" and subj.tag_ == "WDT" and tok.dep_ in ("relcl", "ccomp")))  # ("it was Ivo that trained us")
            if s and ok:
                # "Madame Quillon had taught her since she was six", "who tutors us both in chemistry"
                for p_ in pupils[:1 if perfect else 2]:
                    if p_ == s[0]:
                        continue
                    if perfect:
                        self.add("state", "teacher", s[0], p_, tok, tok, 0.45, holder=s[0], trigger=f"{tok.text} to")
                        self.cues[-1].extra.update(not_kin=True, not_couple=True)
                    else:
                        # (a plain "teach" is not between kin or a couple either: "Nonno taught me to whistle
                        # through a blade of grass" is what a family hands down; a father who coaches his son's
                        # team is still the team's coach)
                        self.add("state", "teacher", s[0], p_, tok, tok, 0.5, holder=s[0], trigger=tok.text)
                        if cleft or lem == "teach":
                            self.cues[-1].extra.update(not_kin=True, not_couple=True)
            return True
        return False

    def _paid_person(self, tok, realis) -> bool:
        """"Renata pays me every Saturday from the cash box", "he paid us till the harvest was in", "paid her
        nine shillings a week", "I'm paid forty dollars a shift by Ortiz": in the narration, the one who pays a person (no
        thing bought or paid for, no debt paid back, no visit paid) employs them. Not in speech, where the
        pair is the dialogue's guess and the payment is as often a joke or a bet ("He's paying me in cake")."""
        if self.view.quote_at(tok.idx) is not None or not realis or tok.dep_ == "relcl":
            return False  # (nor "the rent she paid him": a relative on a thing)
        if any(c.dep_ == "prt" or (c.lower_ in ("back", "off", "up") and c.dep_ == "advmod") for c in tok.children):
            return False  # ("paid me back", "paid off the loan")
        if any(p.lower_ == "for" for p in _children(tok, ("prep", "dative"))):
            return False  # ("paid him for the van": a sale; "what she's paid for": a service)
        clause = self.text[tok.left_edge.idx:tok.right_edge.idx + len(tok.right_edge)]
        if tok.tag_ not in ("VBZ", "VBP", "VBG") and not WAGE_RATE.search(clause):
            return False  # a wage is paid by the week or the shift, or till a job is done; not "Alma paid the driver"
        if any(c.dep_ in ("dobj", "dative") and c.pos_ == "NOUN" and not (
                c.lemma_ in L.MONEY_NOUNS or _children(c, ("nummod",))) for c in tok.children):
            return False  # ("paid Ezra his bread": a thing paid for; "paid her nine shillings" is a wage)
        passive = _children(tok, ("nsubjpass",))
        if passive or any(c.dep_ == "auxpass" for c in tok.children):
            staff_t = passive[0] if passive else subject(tok)
            payer = [o for a in _children(tok, ("agent",)) for o in _children(a, ("pobj",))]
            if staff_t is None or not payer or payer[0].pos_ not in ("PROPN", "PRON", "NOUN"):
                return False
            staff, boss = self.r.tokens(staff_t), self.r.tokens(payer[0])
        else:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            people = [c for c in objs if c.lower_ in ("me", "you", "him", "her") or c.pos_ == "PROPN"]
            if len(people) != 1 or any(c.pos_ == "NOUN" and c.lemma_ in ("visit", "compliment", "attention", "call",
                                                                          "respect", "tribute", "court", "heed")
                                       for c in objs):
                return False
            s, _ = self._ids(tok, deps=())
            staff, boss = self._object_not_subject(people[0], s), s
        if staff and boss and staff[0] != boss[0]:
            self.add("state", "boss", boss[0], staff[0], tok, tok, 0.45, holder=boss[0], trigger=f"{tok.text} (a person)")
            return True
        return False

    def _object_not_subject(self, c, s_ids) -> list[str]:
        """An object "him"/"her" the cast links to its own clause's subject ("Ffion taught him the loom first")
        is someone else (that would be "himself"): the nearest other antecedent of that sex."""
        got = self.r.tokens(c)
        if got and s_ids and got[0] in s_ids and c.lower_ in ("him", "her"):
            if not _children(c.head, ("nsubj",)):
                return []  # (a subject borrowed from another clause may itself be the wrong one)
            alt = self.r.antecedent(c.idx, "he" if c.lower_ == "him" else "she", set(s_ids) | self.r.excluded(c.idx),
                                    window=400)
            return [alt] if alt else []
        return got

    def _trade_for(self, tok, lem) -> bool:
        """"Ansel had driven for Ottilie since the war", "Greta ran the shop for her uncle": driving for a
        person (with no object and nowhere driven to),
        or running a workplace for a person, is working for them. The person after "for" is the boss."""
        objs = _children(tok, ("dobj",))
        if lem == "drive" and (objs or any(c.lower_ in ("up", "down", "over", "back", "home", "out", "off", "round",
                                                        "across", "away", "in") for c in tok.children)
                               or any(p.lower_ in ("to", "from", "into") for p in _children(tok, ("prep",)))):
            return False  # ("drove over for the christening", "drove her to the airport for him")
        if lem == "run" and not (len(objs) == 1 and objs[0].lemma_ in L.BUSINESS_NOUNS
                                 and not _children(objs[0], ("poss",))):
            return False  # ("ran the shop for her uncle", not "ran his own shop for years")
        fors = [o for p in _children(tok, ("prep", "dative")) if p.lower_ == "for" and p.pos_ == "ADP"
                for o in _children(p, ("pobj",))]
        # a name or a possessed kin noun: a "him"/"her" there was as often someone named in another role
        people = [o for o in fors if o.pos_ == "PROPN"
                  or (o.pos_ == "NOUN" and o.lower_ in L.REL_NOUNS and _children(o, ("poss",)))]
        if not people:
            return False
        return self._subject_works_for(tok, people[0], f"{tok.text} for")

    def _years_under(self, tok) -> bool:
        """"had been on the rock eleven years under Josiah", "cooked under me for three years": a span of
        years spent at a trade under a person is working for them (not "lay under him", "under Josiah's
        window": a person, and a span of time, in the clause)."""
        chief = [o for p in _children(tok, ("prep",)) if p.lower_ == "under" for o in _children(p, ("pobj",))
                 if o.pos_ == "PROPN" or o.lower_ in ("me", "him", "her")]
        if not chief:
            return False
        span = [t for c in tok.children if c.dep_ not in ("conj", "cc", "nsubj", "punct") for t in c.subtree]
        if not any(t.lemma_.lower() in L.DURATION_NOUNS and t.tag_ == "NNS" and t.dep_ in ("pobj", "npadvmod")
                   for t in span):
            return False
        return self._subject_works_for(tok, chief[0], f"{tok.text} ... under")

    def _subject_works_for(self, tok, boss_tok, trigger: str) -> bool:
        """The subject of ``tok`` works for the one ``boss_tok`` names (a boss state held by them), unless
        the two are the same person; whether a state was added."""
        s, _ = self._ids(tok, deps=())
        boss = self.r.tokens(boss_tok)
        if s and boss and s[0] != boss[0]:
            self.add("state", "boss", boss[0], s[0], tok, tok, 0.5, holder=boss[0], trigger=trigger)
            return True
        return False

    def _boss_hail(self, tok) -> bool:
        """"Hal called him Boss", "had a way of calling Gerald 'boss'", "I was learning to call her Chef": the
        one so called is the caller's boss (the word right after the person, past quote marks and "the")."""
        j = tok.i + 1
        if j >= len(self.doc) or not (self.doc[j].pos_ == "PROPN" or self.doc[j].lower_ in ("him", "her", "me")):
            return False
        person = self.doc[j]
        k = j + 1
        while k < len(self.doc) and person.pos_ == "PROPN" and self.doc[k].pos_ == "PROPN" \
                and self.doc[k].lower_ not in L.BOSS_HAILS:
            k += 1  # ("calling Gerald Lowe 'boss'")
        while k < len(self.doc) and (self.doc[k].is_quote or self.doc[k].lower_ == "the"):
            k += 1
        if k >= len(self.doc) or self.doc[k].lower_ not in L.BOSS_HAILS:
            return False
        subj = subject(tok)
        if subj is None and tok.dep_ == "pcomp" and tok.head.head.pos_ in ("VERB", "AUX", "NOUN"):
            # "had a way of calling Gerald 'boss'": the one who has the way
            h = tok.head.head
            subj = subject(h if h.pos_ != "NOUN" else h.head)
        staff = self.r.tokens(subj) if subj is not None else []
        boss = self.r.tokens(person)
        if staff and boss and staff[0] != boss[0]:
            self.add("state", "boss", boss[0], staff[0], tok, tok, 0.5, holder=boss[0],
                     trigger=f"called ... {self.doc[k].text}")
            return True
        return False

    def _as_role(self, tok, key) -> bool:
        """"Lucas and I started out as rivals and ended as friends": a plural relation noun after "as"
        is what the verb's (plural) subject were to each other."""
        rtype, state, holder_role = L.REL_NOUNS[key]
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return False
        verb = tok.head.head
        poss = _children(tok, ("poss",))
        if tok.tag_ == "NN" and poss and verb.pos_ == "VERB" and not self.irrealis(verb):
            # "Mia introduced Leo as her boyfriend", "Leo worked as Mia's assistant"
            owner = self.r.tokens(poss[0])
            obj = _children(verb, ("dobj",))
            subj = subject(verb)
            ref = self.r.tokens(obj[0]) if obj else (self.r.tokens(subj) if subj is not None else [])
            want = {"her": "she", "his": "he"}.get(poss[0].lower_)
            if obj and want and subj is not None and (not owner or (ref and owner[0] == ref[0])):
                # "Rook took Jonah as his apprentice": not Jonah's own; the subject's, when the sex fits
                mine = [i for i in self.r.tokens(subj) if self.view.gender(i) in (want, "unknown")]
                owner = mine[:1] or owner
            if owner and ref and owner[0] != ref[0]:
                holder = (ref[0] if holder_role == "ref" else owner[0]) if state in L.DIRECTED_STATES else None
                self.add("state", state, owner[0], ref[0], tok, verb, 0.6, holder=holder, trigger=f"as {tok.text}")
            return True
        if not (tok.tag_ in ("NNS", "NNPS") and holder_role is None):
            return False
        if verb.tag_ in ("JJR", "RBR"):
            return True  # "she thought they were better as friends": what they would be, not what they are
        if rtype == "family" and any(c.dep_ == "advmod" and c.lower_ in L.KIN_HEDGES
                                     for c in [*tok.head.children, *tok.children]):
            # "we had been raised almost as sisters": cousins or friends brought up together ("had grown
            # up as sisters", with no hedge, they are)
            return True
        subj = subject(verb)
        ids = self.r.tokens(subj) if subj is not None else []
        if len(ids) >= 2 and not negated(verb) and not self.irrealis(verb):
            self.pair_event_state(state, ids[:2], tok, verb, 0.55, trigger=f"as {tok.text}")
        return True

    def _moved_in_with_person(self, tok) -> bool:
        """"moved in with Tom", "moved in with her boyfriend": "with" names a person who is no kin; not
        "moved in ... with two crates of books", "moved in — noisily, with a slammed door involved", "moved back in
        with her mother"."""
        return any((o.pos_ in ("PROPN", "PRON") and not _children(o, ("poss",)))
                   or L.REL_NOUNS.get(o.lower_, ("",))[0] == "romantic"
                   for p in _children(tok, ("prep",)) if p.lower_ == "with" for o in _children(p, ("pobj",)))

    def _played_role(self, tok) -> bool:
        """"Marisol, who had played his wife in the film", "Celeste had played my sister": a part acted, not a
        tie; the actor and the one whose wife or sister they played acted together (colleagues)."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in L.CASTING_VERBS:
            return True  # "They had been cast as sisters", "she auditioned as his wife": a part, no tie
        if any(o.lemma_ in L.PERFORMED_WORKS and not _children(o, ("poss",))
               for p in _children(tok, ("prep",)) if p.lower_ == "in" for o in _children(p, ("pobj",))):
            return True  # "You're my aunt in the play": a part in a work performed, no tie
        if not (tok.dep_ == "dobj" and tok.head.lemma_ == "play" and tok.head.pos_ in ("VERB", "AUX")):
            return False
        poss = _children(tok, ("poss",))
        if not poss:
            return False
        verb = tok.head
        subj = subject(verb)
        actor = self.r.tokens(subj) if subj is not None else []
        owner = self.r.tokens(poss[0])
        if actor and owner and actor[0] != owner[0] and not negated(verb) and not self.irrealis(verb):
            self.add("state", "colleagues", actor[0], owner[0], tok, verb, 0.45, trigger=f"played {poss[0].text} {tok.text}")
        return True

    def _marry_me(self, tok) -> bool:
        """"Will you marry me?" asked of someone is a proposal; a "yes" from them in their next speech
        makes them engaged."""
        q = self.view.quote_at(tok.idx)
        if q is None or not q.speaker or not any(c.dep_ == "dobj" and c.lower_ == "me" for c in tok.children):
            return False
        subj = subject(tok)
        # ("Del, will you marry me?": the parser may make the name a second subject)
        if subj is None or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in [subj, *tok.children]):
            # session 26: '"Then Jorin married me in the spring"' is a wedding told, no proposal: the marrying rule reads it
            return False
        if negated(tok):
            return True
        hearer = self._hailed_before(tok, q) or self.r.addressee(tok.idx)
        if not hearer or hearer == q.speaker:
            return True
        self.pair_event("proposal", [q.speaker, hearer], tok, tok, 0.65, trigger="will you marry me?")
        later = [x for x in self.view.quotes if x.span[0] > q.span[1] and x.speaker == hearer][:1]
        if later and self.view.text[later[0].span[0]:later[0].span[1]].lstrip('"\' ').lower().startswith("yes"):
            self.pair_event_state("engaged", [q.speaker, hearer], tok, tok, 0.6, trigger="marry me? yes")
        elif self._said_yes_after(q, hearer):
            self.pair_event_state("engaged", [q.speaker, hearer], tok, tok, 0.6, trigger="marry me? she said yes")
        return True

    def _proposal_by_conduct(self) -> None:
        """A proposal told without the word: someone goes down on one knee ("Oskar knelt on one knee by
        the bins", "was on one knee in the hallway") or asks "Will you have me?", and the first line said
        by someone else after it, within 800 characters, is a "yes" (a sentence of it opens with "yes"; the
        asker's own lines are skipped, a line by anyone else that is no "yes" ends the search). The kneeler (or the asker) and the one
        who says yes are engaged, after a proposal. No "yes", no proposal: people kneel to tie a lace
        or fall to one knee when struck."""
        text = self.view.text
        asks: list[tuple[int, str]] = []
        for m in ON_ONE_KNEE.finditer(text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or self.view.quote_at(m.start()) is not None:
                continue
            verb = governing_verb(span[0])
            if verb.pos_ not in ("VERB", "AUX") or negated(verb) or self.irrealis(verb):
                continue
            s, _ = self._ids(verb, deps=())
            if len(s) == 1:
                asks.append((m.end(), s[0]))
        for q in self.view.quotes:
            if q.speaker and q.kind != "thought" and HAVE_ME.search(text, q.span[0], q.span[1]):
                asks.append((q.span[1], q.speaker))
        for end, asker in asks:
            stop = min(len(text), end + 800)
            yes = None
            for q in self.view.quotes:
                if q.span[0] < end or q.span[0] > stop or not q.speaker or q.speaker == asker:
                    continue
                if any(re.match(r"[\"'\u201c\u2018\s]*(?:oh,?\s+)?yes\b", text[a:b], re.I)
                       or re.search(r"[.!?]\s+yes\b", text[a:b], re.I) for a, b in q.pieces):
                    yes = q.speaker
                break  # (only the first line by someone else is the answer)
            if yes is None:
                continue
            tok = self.doc.char_span(end - 1, end, alignment_mode="expand")[0]
            n = len(self.cues)
            self.pair_event("proposal", [asker, yes], tok, tok, 0.55, trigger="on one knee ... yes")
            self.pair_event_state("engaged", [asker, yes], tok, tok, 0.5, trigger="on one knee ... yes")
            for c in self.cues[n:]:
                c.extra["not_family"] = True

    def _held_feeling(self, m) -> None:
        """"I'd liked Ada since the school trip", "Bram, whom I had thought about most evenings since",
        "she had always fancied him for two summers": in the narration, a liking held since a time (or for a
        while) is a crush of the subject on the one liked. Not negated or unreal, not kin, not in speech
        (there it is a confession, ``_reported_feeling``)."""
        if self.view.quote_at(m.start()) is not None:
            return
        span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        verb = next((t for t in span or [] if t.lemma_.lower() in ("like", "fancy", "think") and t.pos_ == "VERB"), None)
        if verb is None or negated(verb) or self.irrealis(verb):
            return
        s, _ = self._ids(verb, deps=())
        if verb.lemma_.lower() == "think":
            objs = [o for p in _children(verb, ("prep",)) if p.lower_ == "about" for o in _children(p, ("pobj",))]
        else:
            objs = _children(verb, ("dobj",))
        o = [i for x in objs if x.pos_ in ("PROPN", "PRON") and x.lower_ not in ("who", "whom", "that", "it", "them")
             for i in self.r.tokens(x)]
        rel = verb
        while rel.dep_ == "conj" and rel.head is not rel:
            rel = rel.head
        if not o and rel.dep_ == "relcl" and rel.head.pos_ == "PROPN":
            o = self.r.one(rel.head)  # ("Bram, who had sung with me and whom I had thought about ever since")
        if len(s) != 1 or not o or s[0] == o[0]:
            return
        n = len(self.cues)
        self.add("state", "crush", s[0], o[0], verb, verb, 0.5, holder=s[0], trigger=f"{verb.text} ... since")
        for c in self.cues[n:]:
            c.extra["not_family"] = True
            c.extra["not_kin"] = True

    def _hailed_before(self, tok, q) -> str | None:
        """The one a proposal is put to by name: a name standing alone as a hail before the question in
        the speaker's words ("Del, will you marry me?", "... the entire room. Riya. Will you marry me?"), or
        in the speaker's own line just before ("Yas," I said. "Will you marry me?")."""
        pieces = [p for x in self.view.quotes if x.speaker == q.speaker and 0 <= q.span[0] - x.span[1] <= 400
                  and x is not q for p in x.pieces] + [p for p in q.pieces if p[0] < tok.idx]
        best = None
        for lo, hi in pieces:
            span = self.doc.char_span(lo, min(hi, tok.idx), alignment_mode="contract")
            for t in span or []:
                if t.pos_ != "PROPN" or t.i + 1 >= len(self.doc) or self.doc[t.i + 1].text not in (",", ".", "!"):
                    continue
                prev = self.doc[t.i - 1] if t.i > 0 else None
                if prev is not None and prev.idx >= lo and not prev.is_punct:
                    continue  # a name inside a clause, not a hail
                ids = [i for i in self.r.one(t) if i != q.speaker]
                if len(ids) == 1 and (best is None or t.idx > best[0]):
                    best = (t.idx, ids[0])
        return best[1] if best else None

    def _said_yes_after(self, q, hearer: str) -> bool:
        """"Will you marry me?" ... "and she said yes" in the narration that follows (before anyone else
        speaks): the one asked accepted."""
        nxt = next((x for x in self.view.quotes if x.span[0] > q.span[1]), None)
        end = min(q.span[1] + 400, nxt.span[0] if nxt is not None else len(self.view.text))
        g = self.view.gender(hearer)
        pron = {"she": "she", "he": "he"}.get(g)
        name = self.view.chars[hearer].name.split()[0] if hearer in self.view.chars else None
        alts = ([f"[{pron[0].upper()}{pron[0]}]{pron[1:]}"] if pron else []) + ([re.escape(name)] if name else [])
        who = "|".join(alts)
        if not who:
            return False
        return re.search(rf"\b(?:{who})\b[^.\"]{{0,30}}?\b(?:said|says|whispered|whispers|breathed)\s+yes\b",
                         self.view.text[q.span[1]:end]) is not None

    def _spoken_endings(self) -> None:
        """Said to someone's face: "It's over, Jack" ends a couple, "I love you" confesses."""

        for q in self.view.quotes:
            if not q.speaker or q.kind == "thought":
                continue
            text = self.view.text[q.span[0]:q.span[1]]
            over = re.search(r"\b((it's|it is) (so |really |totally )?over|(we're|we are) (so |really |totally )?"
                             r"(over|done|through))\b", text, re.I)
            love = re.search(r"\bI (really |still )?love you\b", text)
            # "I have loved you since the first Thursday", "I've always loved you": a love held for a
            # while and told now is a confession of a feeling the speaker had (a crush) as well
            liked_long = None if love else re.search(r"\bI(?:'ve| have) (?:always |long )?loved you\b", text)
            accepted = re.search(r"\b(apology|apologies) accepted\b", text, re.I)
            # "I'm leaving you." to a partner (not "leaving you here", "leaving you the car")
            leaving = re.search(r"\bI(?:'m| am) leaving you\b(?!\s+(?:here|there|with|to|in|at|on|for|alone|the|a|my|some))",
                                text, re.I)
            fired = re.search(r"\byou(?:'re| are) fired\b", text, re.I)
            marry = re.search(r"(?:^|[.!?]\s+)marry me\b", text.strip(" \"'"), re.I)
            # "I've liked you since the day I started here", "I've always fancied you": a feeling
            # held for a while, confessed (a plain "I like you" is also what friends say)
            # "I made a mistake. I want another go, if you'd let me." said to a former partner: a plea for
            # another chance is wanting them back (kept only for a pair the story shows as a couple)
            again = re.search(r"\b(?:I|we)(?:'d| would)? (?:want|like|need)s? (?:another|one more|a second) "
                              r"(?:go|chance|try|shot)\b|\bgive (?:me|us) (?:another|one more|a second) "
                              r"(?:go|chance|try|shot)\b", text, re.I) or re.search(TRY_AGAIN, text, re.I)
            # "I miss you", "I've missed you so much", "I still love you" to someone the story shows as a former
            # partner (kept only for a pair with an ex, timeline.infer: said to a partner away it is no wish to
            # have them back)
            missed = re.search(r"\bI(?:'ve| have)? (?:really |still |just |so )*miss(?:ed)? you\b", text, re.I) \
                or re.search(r"\bI (?:still love|am still in love with|'m still in love with) you\b", text, re.I)
            liked = liked_long or re.search(r"\bI(?:'ve| have)? (?:always |really |kind of |sort of )*(?:liked|fancied) you\b"
                              r"|\bI (?:really |kind of |sort of )*fancy you\b|\bI really,? (?:really )?like you\b", text)
            for m, label in ((over, "breakup"), (love, "confession"), (liked, "crush"), (accepted, "reconciliation"),
                             (leaving, "breakup"), (fired, "fired"), (marry, "proposal"), (again, "again"),
                             (missed, "missed")):
                if m is None or re.search(r"\b(not|n't|never)\b", m.group(0)) or (
                        "?" in text[m.end():m.end() + 3] and not (label == "again" and ASKED_AGAIN.match(m.group(0)))):
                    continue  # (a plea asked as a question, "Could we try again?", is still a plea)
                if m is love and (LOVE_PROPOSAL.search(text) or LOVE_REFUSAL.search(text[m.end():])):
                    # session 29: "I love you. Will you marry me?" is a couple's proposal, and "I love you. But I
                    # won't stay" a love that refuses or ends; neither is a first declaration (review: only a
                    # direct, un-negated "marry me", and only a "but" that goes on to refuse or to leave)
                    continue
                if label == "breakup" and re.search(r"done|through", m.group(0), re.I) and frozenset(
                        (q.speaker, self.r.addressee(q.span[0] + m.start()))) not in self.r.couples:
                    continue  # "We're done. I mean it." to a rival: only a couple told so far is ended
                span = self.doc.char_span(q.span[0] + m.start(), q.span[0] + m.end(), alignment_mode="expand")
                hearer = self.r.addressee(q.span[0] + m.start())
                if span is None or not hearer or hearer == q.speaker:
                    continue
                tok = span[0]
                n = len(self.cues)
                if label == "breakup":
                    self.pair_event("breakup", [q.speaker, hearer], tok, tok, 0.55, state="ex", trigger=m.group(0))
                    if re.search(r"done|through", m.group(0), re.I):
                        for c in self.cues[n:]:
                            c.extra["soft"] = True  # "We're done. I mean it." ends friendships and rivalries too
                elif label == "fired":  # "You're fired": the speaker was the listener's boss
                    self.add("state", "boss", q.speaker, hearer, tok, tok, 0.5, holder=q.speaker,
                             trigger=m.group(0))
                elif label == "again":
                    self.add("state", "wants_back", q.speaker, hearer, tok, tok, 0.5, holder=q.speaker,
                             trigger=m.group(0))
                    self.cues[-1].extra["needs_couple"] = True  # (timeline.infer keeps it only for a couple)
                elif label == "missed":
                    self.add("state", "wants_back", q.speaker, hearer, tok, tok, 0.45, holder=q.speaker,
                             trigger=m.group(0))
                    self.cues[-1].extra["needs_ex"] = True  # (timeline.infer keeps it only for a former couple)
                elif label == "proposal":  # "Marry me." said to someone
                    self.pair_event("proposal", [q.speaker, hearer], tok, tok, 0.55, trigger=m.group(0))
                elif label == "reconciliation":  # "Fine. Apology accepted." said to the one who said sorry
                    self.pair_event("reconciliation", [q.speaker, hearer], tok, tok, 0.55, trigger=m.group(0))
                elif label == "crush":
                    self.pair_event("confession", [q.speaker, hearer], tok, tok, 0.5, trigger=m.group(0))
                    self.add("state", "crush", q.speaker, hearer, tok, tok, 0.5, holder=q.speaker, trigger=m.group(0))
                else:
                    self.pair_event("confession", [q.speaker, hearer], tok, tok, 0.5, trigger=m.group(0))
                for c in self.cues[n:]:
                    c.extra["not_family"] = True  # "I love you, Mum"
                    c.anterior = False
        self._mutual_apologies()
        self._told_apologies()

    def _told_apologies(self) -> None:
        """"Oskar said at last that he was sorry, and later Lilja said she was sorry too", "Mia came to my room
        and said she was sorry. I said I was sorry about the bike": two people
        who each say, in the narration, that they were sorry, one soon after the other, have made it up
        (a reconciliation), as two spoken apologies to each other are (``_mutual_apologies``). And "he
        shook Anders's hand on the jetty and said he was sorry": an apology with a handshake is a peace
        made with the one whose hand it was. One told apology alone is not (it may be a letter's
        regret, a kindness on parting)."""
        told: list[tuple[str, object]] = []
        for t in self.doc:
            if t.lower_ != "sorry" or t.dep_ != "acomp" or t.head.lemma_ != "be":
                continue
            be = t.head
            say = be.head
            if be.dep_ != "ccomp" or say.lemma_ not in ("say", "tell") or say.pos_ != "VERB" \
                    or self.view.quote_at(say.idx) is not None or not self.told(say) or self.irrealis(say):
                continue
            subj, own = subject(say), subject(be)
            if subj is None or own is None or own.lower_ in ("it", "they", "we", "you"):
                continue
            who = self.r.tokens(subj)
            if len(who) != 1 or not (self.r.tokens(own)[:1] == who or (own.pos_ == "PRON" and (
                    own.lower_ == subj.lower_ or subj.pos_ == "PROPN"))):
                continue  # (each owns their own part: "she said he was sorry" passes someone else's on)
            shook = [q for v in (say, *say.conjuncts, say.head) if v.lemma_ == "shake" and v.pos_ == "VERB"
                     for h in _children(v, ("dobj",)) if h.lemma_ == "hand" for q in _children(h, ("poss",))]
            other = self.r.tokens(shook[0]) if shook else []
            if other and other[0] == who[0] and subj.lower_ in ("he", "she"):
                # ("he shook Anders's hand": not Anders's own; the last other man before)
                alt = self.r.antecedent(subj.idx, subj.lower_, {other[0]} | self.r.excluded(subj.idx), window=600)
                who = [alt] if alt else who
            if other and other[0] != who[0]:
                self.pair_event("reconciliation", [who[0], other[0]], say, say, 0.5, trigger="shook hands ... sorry")
            told.append((who[0], say))
        for (a, ta), (b, tb) in zip(told, told[1:], strict=False):
            if a != b and 0 < tb.idx - ta.idx < 400:
                self.pair_event("reconciliation", [a, b], tb, tb, 0.5, trigger="said ... sorry, each")

    APOLOGY = (r"\bI(?:'m| am|'ve been| have been)(?: so| really| truly| very)? sorry\b(?! (?:for your|to hear|about your))"
               r"|\bI should(?: never|n't|\s+not) have\b|\bI was (?:horrible|awful|wrong|cruel|unfair|a coward)\b"
               r"|\bforgive me\b|\bI apologi[sz]e\b"
               # a bare "Sorry." / "Sorry, Torvald." opening a sentence of the line (it counts only towards a
               # mutual apology or after a quarrel of the two, below)
               r"|(?:^[\"\u201c\u2018']?|[.!?\u2014]\s+)sorry(?:[.!]|,\s+(?-i:[A-Z])[a-z]+[.!,])")

    # the speaker's own wrong named beside an apology (a remark owned as unfair or cruel, "I've been a prat all
    # week", a concession that the hearer had it right): not a condolence, not a polite "sorry to bother you"
    OWNED_WRONG = re.compile(
        # (praise is no wrong owned: "it was kind of you" does not count, "that wasn't kind" does)
        r"\b(?:out of (?:order|line)|(?:that|it) (?:wasn't|was not) (?:fair|right|true|kind)"
        r"|(?:that|it) (?:was|wasn't|was not) (?:cheap|low|cruel|mean"
        r"|unkind|unforgivable|contemptible|vile|a (?:cheap|low|vile|rotten|cruel) thing)"
        r"|I was (?:wrong|rude|cruel|unfair|horrible|awful|vile|harsh|jealous|a coward|an idiot|a fool|out of line)"
        r"|you were right|I(?:'ve| have) been (?:a |an |such a |such an )?(?:idiot|fool|coward|nightmare|prat|jerk"
        r"|horrible|awful|unfair|vile|cruel)|for what I (?:said|did)|I didn't mean (?:it|that|what I said))\b",
        re.I)

    def _owns_wrong(self, q, speaker: str) -> tuple[bool, str | None]:
        """Whether the apology's line, with the same speaker's lines next to it in its paragraph, names a
        wrong of the speaker's own; and the one person those lines hail by name ("I was a prat, Ebba."),
        who is the one the apology is made to."""
        lo = self.view.text.rfind("\n", 0, q.span[0]) + 1
        hi = self.view.text.find("\n", q.span[1])
        hi = len(self.view.text) if hi < 0 else hi
        starts = self.view._quote_starts  # (only the quotes of this paragraph, found by their start offsets)
        lines = [o for o in self.view.quotes[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
                 if o.kind != "thought" and (o is q or o.speaker == speaker)]
        said = " ".join(self.view.text[o.span[0]:o.span[1]] for o in lines)
        if not (self.OWNED_WRONG.search(said) and re.search(r"\b(?:sorry|apologi[sz]e|forgive me)\b", said, re.I)):
            return False, None  # (both: "I was wrong, it's Tuesday" alone concedes a point)
        hailed = set()
        for o in lines:
            for m in re.finditer(r"(?:^[\"\u201c\u2018']?|[,.!?]\s+)((?-i:[A-Z])[a-z]+)(?=[,.!?])",
                                 self.view.text[o.span[0]:o.span[1]], re.I):
                cid = self.view.mention_at((o.span[0] + m.start(1), o.span[0] + m.end(1))) or self.view.by_name(m.group(1))
                if cid and cid != speaker:
                    hailed.add(cid)
        return True, (hailed.pop() if len(hailed) == 1 else None)

    def _answered_by(self, q, speaker: str) -> str | None:
        """Who speaks the next line after the speaker's own (within 600 characters, in the scene)."""
        i = bisect.bisect_right(self.view._quote_starts, q.span[0])
        sc = self.view.scene_at(q.span[0])
        for nxt in self.view.quotes[i:i + 6]:
            if nxt.span[0] - q.span[1] > 600 or nxt.span[0] >= sc.span[1]:
                return None
            if nxt.kind != "thought" and nxt.speaker and nxt.speaker != speaker:
                return nxt.speaker
        return None

    def _mutual_apologies(self) -> None:
        """"I am sorry I shouted." - "I'm sorry I said it in front of the line.": two people who each own
        their part to the other in one scene have made it up (a reconciliation). One apology alone is
        not (it may be refused, or be a kindness: "I'm sorry" on turning someone down), and lovers'
        making up has its own cues ("got back together")."""

        said: dict[tuple[str, str], tuple[object, object]] = {}  # (speaker, hearer) -> (token, scene)
        owned: dict[tuple[str, str], object] = {}  # an apology that names the speaker's own wrong
        prev = None
        for q in self.view.quotes:
            last, prev = prev, q
            if q.kind == "thought":
                continue
            text = self.view.text[q.span[0]:q.span[1]]
            m = re.search(self.APOLOGY, text, re.I)
            if m is None:
                continue
            speaker = q.speaker
            if not speaker and last is not None and last.speaker and last.addressees and q.addressees \
                    and q.addressees[0] == last.speaker:
                speaker = last.addressees[0]  # an unattributed reply in a two-person exchange: the one spoken to
            if not speaker:
                continue
            hearer = self.r.addressee(q.span[0] + m.start())
            span = self.doc.char_span(q.span[0] + m.start(), q.span[0] + m.end(), alignment_mode="expand")
            if not hearer or hearer == speaker or span is None:
                continue
            said.setdefault((speaker, hearer), (span[0], self.view.scene_at(q.span[0]).id))
            if (speaker, hearer) not in owned:
                wrong, hailed = self._owns_wrong(q, speaker)
                if wrong and (hailed or self._answered_by(q, speaker) == hearer):
                    owned[(speaker, hailed or hearer)] = span[0]
        done: set[frozenset] = set()
        for (a, b), (tok, scene) in said.items():
            pair = frozenset((a, b))
            back = said.get((b, a))
            if back is None or back[1] != scene or pair in done or pair in self.r.couples or a in self.r.exes \
                    and self.r.exes[a] == b:
                continue
            done.add(pair)
            later = tok if tok.i > back[0].i else back[0]
            earlier = back[0] if later is tok else tok
            if not any(c.kind == "event" and c.label == "fight" and c.b and frozenset((c.a, c.b)) == pair
                       and c.offset < later.idx for c in self.cues):
                # each owning their part to the other: there was a quarrel to own, however it was told
                # ("I shouldn't have said it." - "I'm sorry I stormed off.")
                self.pair_event("fight", [a, b], earlier, earlier, 0.4, trigger="sorry, both of them (the quarrel)")
                self.cues[-1].extra["inferred"] = True
            self.pair_event("reconciliation", [a, b], later, later, 0.5, trigger="sorry, both of them")
            self.cues[-1].anterior = False
        for (a, b), (tok, _scene) in said.items():
            # one apology, after a quarrel the story has told between the two: the quarrel is being made
            # up ("I'm sorry about what I said at the funeral" after the row at the funeral)
            pair = frozenset((a, b))
            if pair in done or pair in self.r.couples:  # (lovers' making up has its own cues)
                continue
            quarrel = [c for c in self.cues if c.b and frozenset((c.a, c.b)) == pair and c.offset < tok.idx and (
                (c.kind == "event" and c.label == "fight") or (c.kind == "state" and c.label == "enemies"))]
            if not quarrel:
                continue
            done.add(pair)
            self.pair_event("reconciliation", [a, b], tok, tok, 0.45, trigger=f"sorry (after the {quarrel[-1].trigger})")
            self.cues[-1].anterior = False
        for (a, b), tok in owned.items():
            # one apology that owns a wrong done to the hearer ("I was a prat on Friday. Sorry.", "Sorry, Ebba. It
            # wasn't fair."): the wrong is being made up even when the story never told it as a quarrel
            pair = frozenset((a, b))
            if pair in done or pair in self.r.couples:
                continue
            done.add(pair)
            self.pair_event("reconciliation", [a, b], tok, tok, 0.45, trigger="sorry (owning a wrong)")
            self.cues[-1].anterior = False

    def _proposal_context(self, verb) -> bool:
        """The sentence of a bare "asked her" speaks of a ring, a knee or a yes (to a question that is
        not given)."""
        lo, hi = self.idx.sent_span(verb.i)
        sent = self.view.text[lo:hi].lower()
        if any(w in sent for w in (" said yes", " ring", "one knee", "said no")):
            return True
        # "Ivo asked her in March, by the ferry steps. '...,' he said. ... Wenna said yes at once": a yes or
        # a knee told within the next few lines, before anyone else is asked anything
        if self.view.quote_at(verb.idx) is not None or any(
                t.lower_ in ("if", "whether", "what", "why", "how", "where", "who", "when", "about")
                for t in self.doc[verb.i + 1:verb.sent.end]):
            return False  # ("Kit asked her if the ferry was late": a question of its own, not the question)
        after = self.view.text[hi:hi + 500].lower()
        cut = re.search(r"\bask(?:ed|s)?\b", after)
        after = after[:cut.start()] if cut else after
        return any(w in after for w in (" said yes", "one knee"))

    def _refused(self, verb) -> bool:
        """"He asked me to marry him, and I said no" / "she turned him down": a refused proposal."""
        lo, hi = self.idx.sent_span(verb.i)
        rest = self.view.text[verb.idx:hi].lower()
        if any(w in rest for w in ("said no", "refused", "turned him down", "turned her down", "declined")):
            return True
        if self.view.quote_at(verb.idx) is not None:
            return False
        # "On the ferry Ivo asked me to marry him. [the ring in his pocket, what he said] But I said no": the
        # answer told by the one asked ("asked me": I; "asked her": she) by the end of the next paragraph, before
        # any yes, acceptance, offer, invitation or kiss and before anyone asks again ("I accepted ... his
        # mother offered us tea, but I said no" refuses the tea)
        after = self.view.text[hi:hi + 700]
        paras = [m.start() for m in re.finditer(r"\n\s*\n", after)]
        after = after[:paras[1]] if len(paras) > 1 else after  # (to the end of the next paragraph at most)
        cut = re.search(r"\b(?:ask(?:ed|s)?|propos\w*)\b|\byes\b", after, re.I)
        after = after[:cut.start()] if cut else after
        told = re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", lambda m: " " * len(m.group(0)), after)
        cut = re.search(r"\b(?:accept\w*|offer\w*|want\w*|invit\w*|kiss\w*)\b", told, re.I)  # (in the narration)
        after = after[:cut.start()] if cut else after
        asked = [o for o in verb.children if o.dep_ in ("dobj", "dative")] + [
            o for p in _children(verb, ("prep",)) if p.lower_ == "to" for o in _children(p, ("pobj",))]
        who = {"me": "I", "her": "she", "him": "he"}.get(asked[0].lower_) if asked else None
        if asked and asked[0].pos_ == "PROPN":
            who = "she|he|" + re.escape(asked[0].text)
        who = who or "I|she|he"
        obj = {"I": "him|her", "she": "him", "he": "her"}.get(who, "him|her|me")
        return bool(re.search(rf"\b(?i:{who}) said no\b|\b(?i:{who}) turned (?:{obj}) down\b", after))

    def _laughed_too(self, tok) -> None:
        """"Kit snorted with laughter; a beat later Dario was laughing too", "the pair of them both
        laughed": two people caught laughing together, one after the other or both at once, have made
        it up (a reconciliation: on the tune writers the shared laugh is told after a strain far more
        often than as plain fun)."""
        base = _began(tok)  # "they both started laughing": the subject and "both" are the beginning verb's
        kids = [c for c in tok.children] + [c for a in _children(tok, ("aux",)) for c in a.children] + (
            list(base.children) if base is not tok else [])
        too = any(c.lower_ in ("too", "well") and c.dep_ == "advmod" for c in kids)
        subj = subject(base)
        s = self.r.tokens(subj) if subj is not None else []
        both = any(c.lower_ in ("both", "together") for c in kids + ([subj] + list(subj.children) if subj is not None else []))
        if both and len(set(s)) >= 2:
            self.pair_event("reconciliation", list(dict.fromkeys(s))[:2], tok, tok, 0.45,
                            trigger=f"both {tok.text}")
            return
        if not too or len(s) != 1:
            return
        lo = max(0, self.idx.sent_of(tok.i) - 3)
        start = self.idx.sent_chars[lo][0]
        for t in reversed(self.doc[:tok.i]):
            if t.idx < start:
                break
            if t.lemma_ == "laugh" and t.pos_ == "VERB":
                sub = subject(t)
                ids = self.r.tokens(sub) if sub is not None else []
                if len(ids) == 1 and ids[0] != s[0]:
                    self.pair_event("reconciliation", [ids[0], s[0]], tok, tok, 0.45, trigger=f"{tok.text} too")
                    return

    def _offered_hand(self, tok) -> None:
        """"Kit offered Dario his hand; Dario gripped it", "then, slowly, she shook the hand he held
        out": a hand offered and taken between two people is a peace made (a reconciliation). Only when
        the taking is told (in the same sentence or the next); a hand held out and left hanging, or
        held out to be led onto a dance floor, is not."""
        if not self.told(tok):
            return
        s, _ = self._ids(tok, deps=())
        if len(s) != 1:
            return
        last = self.idx.sent_chars[min(self.idx.sent_of(tok.i) + 1, len(self.idx.sent_chars) - 1)][1]
        for t in self.doc[tok.i + 1:]:
            if t.idx >= last:
                break
            if t.lemma_ in ("take", "shake", "grip", "clasp", "grasp") and t.pos_ == "VERB" and any(
                    c.lemma_ in ("it", "hand") for c in _children(t, ("dobj",))):
                sub = subject(t)
                ids = self.r.tokens(sub) if sub is not None else []
                if len(ids) == 1 and ids[0] != s[0]:
                    self.pair_event("reconciliation", [s[0], ids[0]], t, t, 0.45, trigger="held out his hand ... took it")
                return

    def _shouted_back(self, tok) -> None:
        """"Ceri shouted back at Bryn across the yard", "'...,' he shouted. Ceri shouted back, louder.":
        shouting answered with shouting is a row between the two. The other is the one shouted at,
        else the speaker of the last line before (within 400 characters, someone else)."""
        subj = subject(tok)
        s = self.r.tokens(subj) if subj is not None else []
        if len(s) != 1:
            return
        other = [i for p in _children(tok, ("prep",)) if p.lower_ == "at"
                 for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
        if not other:
            before = [q for q in self.view.quotes if q.span[1] <= tok.idx and tok.idx - q.span[1] < 400
                      and q.kind != "thought"]
            other = [before[-1].speaker] if before and before[-1].speaker else []
        if other and other[0] != s[0]:
            self.pair_event("fight", [s[0], other[0]], tok, tok, 0.5, trigger=f"{tok.text} back")

    def _slammed_door(self, tok) -> None:
        """"She slammed the door" at the end of a heated exchange: a fight between the one who slams it
        and the one she was talking to (the last other speaker of the scene's dialogue just before, or
        the one her own last line was said to). Without dialogue just before, no one to name."""
        if not any(c.lemma_ == "door" for c in _children(tok, ("dobj",))) or not self.told(tok):
            return
        subj = subject(tok)
        s = self.r.tokens(subj) if subj is not None else []
        if len(s) != 1:
            return
        scene = self.view.scene_at(tok.idx).id
        before = [q for q in self.view.quotes if q.span[1] <= tok.idx and tok.idx - q.span[1] < 600
                  and q.kind != "thought" and self.view.scene_at(q.span[0]).id == scene][-4:]
        if not any(q.speaker == s[0] for q in before):
            return  # (she must have had her say: a slam after someone else's talk is someone leaving)
        other = None
        for t in self.doc[tok.i + 1:tok.sent.end]:
            ids = self.r.tokens(t) if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "PRON") else []
            if len(ids) == 1 and ids[0] != s[0]:
                other = ids[0]  # "... the door banged shut; Kit stayed on the step": the one left behind
                break
        for q in reversed(before if other is None else []):
            if q.speaker == s[0] and q.addressees and q.addressees[0] != s[0]:
                other = q.addressees[0]
            elif q.speaker and q.speaker != s[0]:
                other = q.speaker
            if other:
                break
        if other:
            self.pair_event("fight", [s[0], other], tok, tok, 0.5, trigger="slammed the door")

    def _bonds(self, tok, lem, prts, kids, realis) -> bool:
        """Cue families beyond relation nouns; True when ``tok`` was one of them."""
        if lem == "be" and realis:
            # "Petra and Yusuf had been on the same line for fourteen months": a shared place of work
            same = [o for p in _children(tok, ("prep",)) if p.lower_ in ("on", "in")
                    for o in _children(p, ("pobj",)) if o.lemma_ in L.WORKPLACE_NOUNS | L.SHARED_POSTS
                    and any(c.dep_ == "amod" and c.lower_ == "same" for c in o.children)]
            if same:
                s, _ = self._ids(tok, deps=())
                ids = list(dict.fromkeys(s))
                if len(ids) >= 2:
                    self.pair_event_state("colleagues", ids[:2], tok, tok, 0.45, trigger=f"on the same {same[0].text}")
                    return True
        if lem == "be" and realis and not negated(tok) and any(
                p.lower_ == "in" and any(o.lower_ == "charge" for o in _children(p, ("pobj",)))
                for p in _children(tok, ("prep",))):
            # "Ada is in charge of Mia" (of people, not "in charge of the kitchen": a person is the object)
            charge = next(o for p in _children(tok, ("prep",)) if p.lower_ == "in"
                          for o in _children(p, ("pobj",)) if o.lower_ == "charge")
            s, _ = self._ids(tok, deps=())
            staff = self._pobj_ids(charge, ("of",))
            if s and staff:
                for w in staff[:3]:
                    if w != s[0]:
                        self.add("state", "boss", s[0], w, tok, tok, 0.5, holder=s[0], trigger="in charge of")
            return True
        if self._idioms(tok, lem, prts, kids, realis):
            return True
        if lem in ("give", "offer") and realis and any(c.lemma_ == "job" for c in _children(tok, ("dobj",))):
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dative",)) for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "he'd given me a job on the till", "offered Jory a job": the boss
                self.add("state", "boss", s[0], o[0], tok, tok, 0.55, holder=s[0], trigger=f"{lem} ... a job")
            return True
        if lem in ("pay", "count", "dock", "sign") and tok.pos_ == "VERB" and realis and not negated(tok) and any(
                o.lemma_.lower() in L.WAGE_NOUNS and _children(o, ("poss",)) for o in _children(tok, ("dobj",))):
            # "Joe paid Dora's wages", "it was Margit who counted out my wages every Friday": the one who pays
            # a person's wages employs them (or signs them: "Ines still signs our wages")
            wages = next(o for o in _children(tok, ("dobj",)) if o.lemma_.lower() in L.WAGE_NOUNS)
            s, _ = self._ids(tok, deps=())
            staff = self.r.tokens(_children(wages, ("poss",))[0])
            if s and staff and s[0] != staff[0]:
                self.add("state", "boss", s[0], staff[0], tok, tok, 0.5, holder=s[0], trigger=f"{tok.text} ... wages")
            return True
        if lem == "pay" and tok.pos_ == "VERB" and self._paid_person(tok, realis):
            return True
        if lem == "take" and realis and not negated(tok) and any(
                o.lower_ == "orders" for o in _children(tok, ("dobj",))):
            # "Sam now took his orders from him", "taking orders from Mabel": the one giving the orders
            s, _ = self._ids(tok, deps=())
            boss = self._pobj_ids(tok, ("from",))
            frm = [o for p in _children(tok, ("prep",)) if p.lower_ == "from" for o in _children(p, ("pobj",))]
            if s and boss and boss[0] == s[0] and frm and frm[0].lower_ in ("him", "her"):
                # ("took his orders from him": not from himself)
                alt = self.r.antecedent(frm[0].idx, "he" if frm[0].lower_ == "him" else "she",
                                        set(s) | self.r.excluded(frm[0].idx), window=400)
                boss = [alt] if alt else []
            if s and boss and s[0] != boss[0]:
                self.add("state", "boss", boss[0], s[0], tok, tok, 0.5, holder=boss[0], trigger="took orders from")
                return True
        if lem == "call" and tok.pos_ == "VERB" and realis and not negated(tok) and self._boss_hail(tok):
            return True
        if lem in L.UNDER_VERBS and "under" in kids and realis and not negated(tok) and self._years_under(tok):
            return True
        if lem == "take" and realis and any(c.lower_ == "on" and (c.dep_ == "prt" or (
                c.dep_ == "prep" and not _children(c, ("pobj",)))) for c in tok.children):
            # "had taken Mirek on to sweep the yard", "took her on as a relief driver": hired (a person as the
            # object, "on" a particle, or a preposition with no object of its own: not "took on the role",
            # "takes Teo on Sundays"); a name as the object: a "him"/"her" so hired is often someone just
            # named in another role (over the tune set the pronoun objects were wrong twice, right never),
            # unless the post is named ("took him on as a picker") or the one taken on is "me"; the passive
            # ("had been taken on as an apprentice by old Mr. Roper"); an apprentice's post makes a teacher
            role = [o for p in _children(tok, ("prep",)) if p.lower_ == "as" for o in _children(p, ("pobj",))
                    if o.pos_ == "NOUN"]
            subjp = _children(tok, ("nsubjpass",))
            if subjp:  # (the parser may hang the "by" phrase on the post: "as an apprentice by Mr. Roper")
                o = self.r.tokens(subjp[0])
                s = [i for a in [*_children(tok, ("agent",)), *(p for r_ in role for p in _children(r_, ("prep",))
                                                             if p.lower_ == "by")]
                     for x in _children(a, ("pobj",)) for i in self.r.tokens(x)]
            else:
                s, o = self._ids(tok, deps=("dobj",), preps=())
                if subject(tok) is not None and subject(tok).ent_type_ == "ORG":
                    s = []  # ("Welland took her on": a firm the cast took for a person)
                if not any(c.pos_ == "PROPN" or (c.pos_ == "PRON" and (role or c.lower_ == "me"))
                           for c in _children(tok, ("dobj",))):
                    o = []
            if s and o and s[0] != o[0]:
                label = "teacher" if role and role[0].lemma_.lower() in L.PUPIL_POSTS else "boss"
                self.add("state", label, s[0], o[0], tok, tok, 0.5, holder=s[0], trigger="took ... on")
                return True
        if lem == "engage" and tok.pos_ == "VERB":
            # "Ebenezer had engaged her through an agency to school the twins", "engaged a tutor named Kitto": the older "engage" of hiring (not "engaged to", a betrothal, nor "engaged in" a task)
            if realis and not _children(tok, ("auxpass", "nsubjpass")) and not any(
                    p.lower_ in ("to", "in", "with", "on", "at") for p in _children(tok, ("prep",))):
                objs = _children(tok, ("dobj",))
                staff: list[str] = []
                if len(objs) == 1 and objs[0].lower_ in ("him", "her", "me", "them", "us") and (
                        self._job_context(tok) or any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" for c in tok.children)
                        or any(p.lower_ in ("through", "as", "for") for p in _children(tok, ("prep",)))):
                    # (a purpose or a post told: "engaged her to school the twins", "as governess", "through an
                    # agency", "for the season"; not the "he finally engaged her" of a suitor)
                    staff = self.r.tokens(objs[0])
                elif len(objs) == 1 and objs[0].pos_ == "NOUN" and L.REL_NOUNS.get(objs[0].lower_, ("",))[0] \
                        == "professional" and (name := named_by(objs[0])) is not None:
                    staff = self.r.tokens(name)
                boss, _ = self._ids(tok, deps=())
                if boss and staff and boss[0] == staff[0]:
                    boss = self._other_subject(tok, staff)
                if boss and staff and boss[0] != staff[0]:
                    self.add("state", "boss", boss[0], staff[0], tok, tok, 0.55, holder=boss[0], trigger="engaged")
                    return True
            # (otherwise the betrothal readings below: "they were engaged", "got engaged")
        if lem in L.HIRE_VERBS and tok.pos_ == "VERB":
            if realis:
                subjp = _children(tok, ("nsubjpass",))
                if subjp:  # "she was hired by Odile"
                    staff = self.r.tokens(subjp[0])
                    boss = [i for a in _children(tok, ("agent",)) for o in _children(a, ("pobj",))
                            for i in self.r.tokens(o)]
                else:
                    boss, _ = self._ids(tok, deps=())
                    staff = [i for c in _children(tok, ("dobj",)) for i in self.r.tokens(c)] or [
                        i for i in self._relative_object(tok) if i not in boss]
                    if boss and staff and boss[0] == staff[0]:
                        boss = self._other_subject(tok, staff)
                sent_off = False
                if lem in ("dismiss", "reinstate") and staff and not self._job_context(tok):
                    # "dismissed me with a nod", "dismissed him as a fool", "dismissed her from the drawing-room",
                    # "dismissed the girls at four", "reinstated her as secretary of the committee": sent from a
                    # room or a task, as a mother, a teacher or a lover may be; with no wages, notice, character,
                    # service or workplace in the sentence only a bare named object dismissed counts, and not
                    # between two a family or romantic tie joins (see ``_drop_sent_off``)
                    objs = _children(tok, ("dobj",))
                    if lem == "reinstate" or subjp or not objs or any(c.pos_ == "PRON" for c in objs) \
                            or any(o.conjuncts for o in objs) \
                            or any(p.lower_ in ("from", "as", "with") for p in _children(tok, ("prep",))):
                        staff = []
                    sent_off = True
                if boss and staff and boss[0] != staff[0]:
                    self.add("state", "boss", boss[0], staff[0], tok, tok, 0.6, holder=boss[0], trigger=tok.text)
                    if sent_off:
                        self.cues[-1].extra["sent_off"] = True
            return True
        if lem in ("drive", "run") and tok.pos_ == "VERB" and realis and not negated(tok) and self._trade_for(tok, lem):
            return True
        if lem in L.WORK_VERBS and tok.pos_ == "VERB":
            # session 25: "Tancred came to work for Hortense Crabtree": the infinitive of a coming or starting told as
            # fact is a post taken up
            came = tok.tag_ == "VB" and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_ in (
                "come", "go", "start", "begin") and not negated(tok.head) and not self.irrealis(tok.head)
            realis = realis or came
            preps = {"work": ("for", "under"), "answer": ("to",), "report": ("to",), "serve": ("under",),
                     "train": ("under",), "apprentice": ("to", "under"), "clerk": ("for",),
                     "intern": ("for", "under")}.get(lem, ())
            if realis:
                subj = subject(tok) or (subject(tok.head) if came else None)
                staff = self.r.tokens(subj) if subj is not None else []
                boss = self._pobj_ids(tok, preps) or (self._workplace_owner(tok) if lem in ("work", "serve") else [])
                if not boss and lem == "serve" and not _children(tok, ("dative",)):
                    # "Bors served Ysolde for twenty years": a person served (not "served him tea")
                    objs = _children(tok, ("dobj",))
                    if len(objs) == 1 and objs[0].pos_ == "PROPN" and not any(
                            c.dep_ in ("dobj", "npadvmod", "oprd") and c.pos_ == "NOUN" for c in tok.children) and not (
                            objs[0].right_edge.i + 1 < len(self.doc)
                            and self.doc[objs[0].right_edge.i + 1].pos_ in ("DET", "NUM", "NOUN")):
                        # (not "served Mrs. Guthrie a quarter of tea": a customer)
                        boss = self.r.tokens(objs[0])
                if staff and boss and staff[0] != boss[0]:
                    trig = f"{tok.text} " + next((p.text for p in _children(tok, ("prep",))), "")
                    # "apprenticed to the clockmaker", "trained under Ravi": the master teaches; one trained
                    # under is also working for them, an apprentice's tie is told as the teaching
                    if lem != "apprentice":
                        self.add("state", "boss", boss[0], staff[0], tok, tok, 0.55, holder=boss[0], trigger=trig)
                    if lem in ("apprentice", "train"):
                        self.add("state", "teacher", boss[0], staff[0], tok, tok, 0.55, holder=boss[0], trigger=trig)
            return True
        subj_ = subject(tok) if lem == "be" else None
        if lem == "be" and ("together" in kids or "with" in kids) and (("longer" in kids and any(
                c.lower_ == "no" for c in tok.subtree)) or (negated(tok) and no_longer(tok) and (
                "together" in kids or self.view.quote_at(tok.idx) is None) and subj_ is not None
                and subj_.lower_ not in ("we", "they"))) \
                and not any(c.tag_ == "MD" for c in tok.children):
            # "Veit and Ulla are no longer together", "Ulla is no longer with Veit": former partners; and "Thea and
            # I are not together anymore", "Sigrun and Ciaran weren't together any more" (a negated "together"
            # with "any more")
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:
                self.pair_event_state("ex", ids[:2], tok, tok, 0.55, trigger="no longer together")
            return True
        if lem == "become" and realis and any(c.dep_ == "attr" and c.lemma_ in ("couple", "item") for c in tok.children):
            s, _ = self._ids(tok, deps=())
            if len(s) >= 2:  # "Leo and Mia became a couple"
                self.pair_event_state("dating", s[:2], tok, tok, 0.55, trigger="became a couple")
            return True
        if lem == "fall" and "out" in prts and realis and self.told(tok) and not _children(tok, ("dobj",)):
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Ada and Mia fell out (over the house)"
                self.pair_event("fight", ids[:2], tok, tok, 0.5, trigger="fell out")
            return True
        if lem == "murder" and tok.pos_ == "VERB" and realis and self.told(tok):
            if any(c.lower_ in ("nobody", "no-one", "noone") or (c.lower_ == "one" and any(
                    d.lower_ == "no" for d in c.children)) for c in _children(tok, ("nsubj",))):
                return True  # ("nobody has murdered us so far")
            subjp = _children(tok, ("nsubjpass",))
            victim = self.r.tokens(subjp[0]) if subjp else [i for c in _children(tok, ("dobj",)) if c.pos_ in (
                "PROPN", "PRON") for i in self.r.tokens(c)]
            if victim:  # "Tom was murdered"
                self.add("event", "death", victim[0], None, tok, tok, 0.6, trigger=tok.text)
            return True
        if lem == "find" and realis and self.told(tok) and any(c.lower_ == "dead" for c in tok.children if c.dep_ in (
                "oprd", "acomp", "xcomp", "advmod")):
            subjp = _children(tok, ("nsubjpass",))
            victim = self.r.tokens(subjp[0]) if subjp else [i for c in _children(tok, ("dobj",)) for i in self.r.tokens(c)]
            if victim:  # "Tom was found dead", "they found him dead"
                self.add("event", "death", victim[0], None, tok, tok, 0.6, trigger="found dead")
            return True
        if lem == "lose" and realis and self.told(tok) and any(
                c.lemma_ in ("battle", "fight") and any(p.lower_ in ("with", "against") for p in _children(c, ("prep",)))
                for c in _children(tok, ("dobj",))):
            s, _ = self._ids(tok, deps=())
            if s:  # "Tom lost his battle with cancer"
                self.add("event", "death", s[0], None, tok, tok, 0.55, trigger="lost his battle")
            return True
        if lem == "bury" and any(c.lemma_ == "hatchet" for c in _children(tok, ("dobj",))) and realis:
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Leo and Mia buried the hatchet"
                self.pair_event("reconciliation", ids[:2], tok, tok, 0.55, trigger="buried the hatchet")
            return True
        if lem == "exchange" and any(c.lemma_ == "vow" for c in _children(tok, ("dobj",))) and realis and self.told(tok):
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Leo and Mia exchanged vows"
                self.pair_event("wedding", ids[:2], tok, tok, 0.6, state="married", trigger="exchanged vows")
            return True
        if lem == "walk" and realis and self.told(tok) and any(
                o.lemma_ == "aisle" for p in _children(tok, ("prep",)) if p.lower_ in ("down", "up")
                for o in _children(p, ("pobj",))):
            s, _ = self._ids(tok, deps=())
            to = [i for p in _children(tok, ("prep",)) if p.lower_ in ("to", "towards", "toward")
                  for o in _children(p, ("pobj",)) for i in self.r.tokens(o)]
            if not to:  # "walked down the aisle to Leo"
                to = [i for p in _children(tok, ("prep",)) for o in _children(p, ("pobj",))
                      for q in _children(o, ("prep",)) if q.lower_ in ("to", "towards") for x in _children(q, ("pobj",))
                      for i in self.r.tokens(x)]
            if s and to and s[0] != to[0]:
                self.pair_event("wedding", s[:1] + to[:1], tok, tok, 0.55, state="married", trigger="down the aisle to")
            return True
        if lem == "lay" and any(c.lemma_ == "eye" for c in _children(tok, ("dobj",))) and realis and any(
                d.lower_ == "first" for d in tok.children):
            s, o = self._ids(tok, deps=(), preps=("on", "upon"))
            if s and o and s[0] != o[0]:  # "Mia first laid eyes on Leo at a party"
                self.pair_event("meeting", s[:1] + o[:1], tok, tok, 0.55, trigger="first laid eyes on")
            return True
        if lem == "introduce" and realis and self.told(tok):
            subjp = _children(tok, ("nsubjpass",))
            a_ = self.r.tokens(subjp[0]) if subjp else [i for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "PRON")
                                                         for i in self.r.tokens(c)]
            b_ = self._pobj_ids(tok, ("to",))
            if a_ and b_ and a_[0] != b_[0] and not any(c.lemma_ in ("as", "himself", "herself") for c in tok.children):
                # "Ada introduced Mia to Leo", "Mia was introduced to Leo at a party": they meet
                n = len(self.cues)
                self.pair_event("meeting", a_[:1] + b_[:1], tok, tok, 0.5, trigger="introduced to")
                for c in self.cues[n:]:
                    c.extra["not_kin"] = True
            return True
        if lem in ("bully", "torment") and tok.pos_ == "VERB" and realis:
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "PRON") for i in self.r.tokens(c)]
            if s and o and s[0] != o[0]:  # "Tom bullied Leo" (as "Tom was Leo's bully")
                self.pair_event_state("enemies", s[:1] + o[:1], tok, tok, 0.5, trigger=tok.text)
            return True
        if lem == "feud" and tok.pos_ == "VERB" and realis:
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Leo and Tom had been feuding for years"
                self.pair_event_state(L.REL_NOUNS.get("feud", ("", "enemies", None))[1], ids[:2], tok, tok, 0.5,
                                      trigger="feuding")
            return True
        if lem == "patch" and "up" in prts and realis:
            s, o = self._ids(tok, deps=(), preps=("with",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Ada and Mia patched things up"
                self.pair_event("reconciliation", ids[:2], tok, tok, 0.55, trigger="patched things up")
            return True
        if lem == "be" and tok.pos_ == "AUX" and not negated(tok) and realis:
            subj = subject(tok)
            who = self.r.tokens(subj) if subj is not None else []
            # (not a shared "our"/"their" place: "Odo is in our kitchen again" is a home, session 26)
            boss = self._workplace_owner(tok, shared=False)
            if who and boss and who[0] != boss[0]:  # "Kai had been on her staff"
                self.add("state", "boss", boss[0], who[0], tok, tok, 0.55, holder=boss[0], trigger="on ... staff")
                return True
            item = [c for c in tok.children if c.dep_ == "attr" and (
                (c.lemma_ == "item" and any(d.lower_ == "an" for d in c.children))
                or (c.lemma_ == "couple" and not _children(c, ("prep",)))
                or (c.lemma_ in ("kind", "sort", "type") and any(  # "we were the kind of couple other people ..."
                    p.lower_ == "of" and any(o.lemma_ == "couple" for o in _children(p, ("pobj",)))
                    for p in _children(c, ("prep",)))))]
            if item and len(who) >= 2:  # "Hugo and Petra had been an item since the spring", "they were a couple"
                self.pair_event_state("dating", who[:2], tok, tok, 0.55, trigger=f"an {item[0].text}")
                return True
            at_war = any(p.lower_ == "at" and any(o.lemma_ == "war" for o in _children(p, ("pobj",)))
                         for p in _children(tok, ("prep",)))
            if at_war:  # "Ralph and Harriet had been at war ever since"
                ids = list(dict.fromkeys(who + self._pobj_ids(tok, ("with",))))
                # session 28: "at war over the flower show cup": a war over a prize is a rivalry
                prize = any(o.lemma_ in L.WAR_PRIZES for w in (tok, *_children(tok, ("prep",)))
                            for p in w.subtree if p.dep_ == "prep" and p.lower_ == "over"
                            for o in _children(p, ("pobj",)))
                if len(ids) >= 2:
                    self.pair_event_state("rivals" if prize else "enemies", ids[:2], tok, tok, 0.55,
                                          trigger="at war over a prize" if prize else "at war")
                return True
            if not any(c.lower_ == "over" for c in tok.children):
                return False  # ("the marriage was over": a bond that ended, below)
        if lem == "race" and tok.pos_ == "VERB" and realis and (_reciprocal(tok) or any(
                p.lower_ == "against" for p in _children(tok, ("prep",)))):
            # "He and Ollie had been racing each other since the junior sculls": rivals on the water
            s, o = self._ids(tok, deps=(), preps=("against",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:
                self.pair_event_state("rivals", ids[:2], tok, tok, 0.5, trigger=f"{tok.text} against" if o else
                                      f"{tok.text} each other")
            return True
        if lem.startswith("out") and len(lem) > 5 and tok.pos_ == "VERB" and _reciprocal(tok) and not negated(tok):
            # "had spent thirteen months trying to outcook each other" (outdo, outshine, outplay...):
            # trying to beat each other is the rivalry, so an attempt counts
            s, _ = self._ids(tok, deps=())
            if len(set(s)) < 2 and tok.dep_ == "xcomp":
                s, _ = self._ids(tok.head, deps=())
            if len(set(s)) < 2:
                shared = subject(tok)
                s = self.r.tokens(shared) if shared is not None else s
            ids = list(dict.fromkeys(s))
            if len(ids) >= 2:
                self.pair_event_state("rivals", ids[:2], tok, tok, 0.5, trigger=f"{tok.text} each other")
            return True
        if lem in ("open", "start", "found", "set", "run", "build") and tok.pos_ == "VERB" and realis \
                and not negated(tok) and ("together" in kids or any(  # ("opened a garage together on Canal Street")
                    g.lower_ == "together" for c in tok.children for g in c.children if g.dep_ == "advmod")) and any(
                    c.lemma_ in L.BUSINESS_NOUNS | {"band", "company", "firm"} for c in _children(tok, ("dobj",))):
            # "they opened a garage together": business partners (not a "we" in speech: "We started this
            # firm together," said to the detective is the speaker and someone absent, not the listener)
            s, _ = self._ids(tok, deps=())
            ids = list(dict.fromkeys(s))
            subj = subject(tok)
            spoken_we = subj is not None and subj.lower_ in ("we", "us") and self.view.quote_at(tok.idx) is not None
            if len(ids) >= 2 and not spoken_we:
                self.pair_event_state("colleagues", ids[:2], tok, tok, 0.5, trigger=f"{tok.text} a business together")
            return True
        if lem == "beat" and tok.pos_ == "VERB" and _reciprocal(tok) and not negated(tok):
            # "always trying to beat each other": the trying is the rivalry, so an attempt counts
            s, _ = self._ids(tok, deps=())
            if len(set(s)) < 2 and tok.dep_ == "xcomp":
                s, _ = self._ids(tok.head, deps=())
            ids = list(dict.fromkeys(s))
            if len(ids) >= 2:
                self.pair_event_state("rivals", ids[:2], tok, tok, 0.5, trigger="beat each other")
            return True
        if lem == "beat" and tok.pos_ == "VERB" and realis and not negated(tok):
            # "Kip beat my time on the sim again", "he beat me for the pastry prize by half a point", "his
            # focaccia beat my cob loaf": beating someone (or what they made or scored) in a contest is a
            # rivalry; a beating ("beat him up", "beat her with a belt", "beat him to death") is not
            if prts & {"up", "down", "off", "back", "out"} or any(
                    p.lower_ in ("with", "into") or (p.lower_ == "to" and any(o.lemma_ in ("death", "pulp")
                                                                             for o in _children(p, ("pobj",))))
                    for p in _children(tok, ("prep",))):
                return True
            objs = _children(tok, ("dobj",))
            if not objs or (tok.dep_ == "advcl" and LEMMA_REPAIR.get(tok.head.lower_, tok.head.lemma_.lower()) in (
                    "hate", "loathe", "despise", "detest", "resent")):
                return True  # ("has hated me since I beat her at the trials": the enmity is what it tells)
            obj = objs[0]
            owners = [c for c in obj.children if c.dep_ == "poss"]
            o = self.r.tokens(owners[0]) if owners and obj.pos_ == "NOUN" else self.r.tokens(obj) \
                if obj.pos_ in ("PRON", "PROPN") else []
            subj = subject(tok)
            if subj is not None and subj.pos_ == "NOUN":  # "his focaccia": whose it is
                sp = [c for c in subj.children if c.dep_ == "poss"]
                s_ids = self.r.tokens(sp[0]) if sp else []
            else:
                s_ids, _ = self._ids(tok, deps=())
            contest = obj.pos_ == "NOUN" or any(p.lower_ in ("at", "for", "to", "by", "in", "on")
                                                for p in _children(tok, ("prep",))) or any(
                c.lower_ in ("again", "once", "twice", "always", "finally") for c in tok.children
                if c.dep_ == "advmod") or any(c.dep_ == "npadvmod" for c in tok.children)
            if s_ids and o and s_ids[0] != o[0] and contest:
                self.pair_event_state("rivals", [s_ids[0], o[0]], tok, tok, 0.45, trigger=f"{tok.text} (a contest)")
            return True
        if lem == "study" and tok.pos_ == "VERB" and realis and "under" in kids:
            # "Mia studied under Ada": the one studied under teaches
            s, _ = self._ids(tok, deps=())
            t = self._pobj_ids(tok, ("under",))
            if s and t and s[0] != t[0]:
                self.add("state", "teacher", t[0], s[0], tok, tok, 0.55, holder=t[0], trigger="studied under")
            return True
        if lem == "take" and tok.pos_ == "VERB" and realis and any(c.lemma_ == "lesson" for c in _children(tok, ("dobj",))):
            # "Mia took lessons from Ada" / "took piano lessons with Ada"
            lessons = next(c for c in _children(tok, ("dobj",)) if c.lemma_ == "lesson")
            s, _ = self._ids(tok, deps=())
            t = self._pobj_ids(tok, ("from", "with")) or self._pobj_ids(lessons, ("from", "with"))
            if s and t and s[0] != t[0]:
                self.add("state", "teacher", t[0], s[0], tok, tok, 0.55, holder=t[0], trigger="took lessons from")
            return True
        if lem == "compete" and tok.pos_ == "VERB" and realis:
            s, o = self._ids(tok, deps=(), preps=("with", "against"))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:
                self.pair_event_state("rivals", ids[:2], tok, tok, 0.5, trigger=tok.text)
            return True
        if lem in ("hate", "loathe", "despise", "detest") and tok.pos_ == "VERB" and realis and _reciprocal(tok):
            s, _ = self._ids(tok, deps=())
            if len(s) >= 2:
                measured = [t for t in tok.sent if (t.tag_ in ("JJR", "JJS") and t.head.lemma_ not in (
                    "friend", "mate", "pal")) or t.lemma_ in ("measure", "compare", "compete")]
                # "we had been the two best pupils on the street and had hated each other ... measured against one
                # another", "hated each other for eight years: over who ground the finer powder": hatred told
                # with who came out better is a rivalry (not "loathed each other since they were boys")
                self.pair_event_state("rivals" if measured else "enemies", s[:2], tok, tok, 0.5,
                                      trigger="hated each other" + (" (measured against each other)" if measured else ""))
            return True
        if lem in ("hate", "loathe", "despise", "detest") and tok.pos_ == "VERB" and realis and not negated(tok) and (
                any(p.lower_ == "since" for p in _children(tok, ("prep", "advcl", "mark")))
                or any(p.lower_ == "since" for c in tok.children for p in c.children if c.dep_ == "advcl")):
            # "Kat has hated me with a pure and uncomplicated hatred since I knocked her out of a bout":
            # a one-way hatred told as lasting is an enmity (not "I hated him for a minute")
            s, o = self._ids(tok, deps=("dobj",))
            if s and o and s[0] != o[0]:
                self.pair_event_state("enemies", s[:1] + o[:1], tok, tok, 0.5, trigger=f"{tok.text} ... since")
            return True
        if lem in ("give", "hand", "send", "return", "post") and tok.pos_ == "VERB" and realis and any(
                c.lemma_ == "ring" for c in _children(tok, ("dobj",))) and (lem == "return" or "back" in kids or any(
                b.lower_ == "back" for c in _children(tok, ("dobj",)) for b in c.children)):
            # "I gave him the ring back": an engagement broken off
            s, o = self._ids(tok, deps=("dative",), preps=("to",))
            if s and not o and not self.novel:
                # "he sent the ring back by his sister": to the one the story has paired the sender with
                o = [p for p in [self._known_partner(s[0])] if p]
            if s and o and s[0] != o[0]:
                self.pair_event("breakup", s[:1] + o[:1], tok, tok, 0.6, state="ex", trigger="gave the ring back")
            return True
        if lem == "know" and tok.pos_ == "VERB" and realis and _reciprocal(tok) and (any(
                c.lower_ == "since" for c in tok.children if c.dep_ == "prep") or any(
                m.lower_ == "since" for c in _children(tok, ("advcl",)) for m in _children(c, ("mark",))) or any(
                o.lemma_ in ("year", "decade", "age", "life", "childhood") for p in _children(tok, ("prep",))
                if p.lower_ == "for" for o in p.subtree)):
            # (not "they've known each other for nine weeks")
            # "Dominic and I have known each other since we were nine": an old bond, friends (weakly)
            s, _ = self._ids(tok, deps=())
            if len(s) >= 2:
                self.pair_event_state("friends", s[:2], tok, tok, 0.45, trigger="known each other since")
            return True
        drift = lem in L.DRIFT_VERBS and "apart" in kids
        separate = lem == "go" and any(c.lemma_ == "way" and any(a.lower_ == "separate" for a in c.children)
                                       for c in tok.children)
        bonds = ("marriage", "engagement", "relationship")
        subj_bond = [c for c in _children(tok, ("nsubj",)) if c.lemma_ in bonds]
        if not subj_bond and tok.dep_ == "relcl" and tok.head.lemma_ in bonds and any(
                c.lower_ in ("that", "which") for c in _children(tok, ("nsubj",))):
            subj_bond = [tok.head]  # "a long, sensible relationship that had ended the year she turned thirty"
        over = lem == "be" and any(c.lower_ == "over" and c.dep_ in ("advmod", "acomp", "prt") for c in tok.children)
        span_of_time = [c for c in tok.children if c.dep_ in ("npadvmod", "dobj") and c.lemma_ in L.DURATION_NOUNS]
        if lem == "last" and tok.pos_ == "VERB" and span_of_time and realis and (tok.tag_ == "VBD" or any(
                a.lower_ in ("had", "'d") for a in _children(tok, ("aux",)))) and not _children(tok, ("prep",)):
            # "Jenna and Rhys had lasted about six weeks": a couple that lasted only so long ended (not "has
            # lasted forty years", still going; not "lasted a week in the job"; "Mia's marriage to Leo lasted ten
            # years" stays a marriage, as test_relations asks)
            s_, _ = self._ids(tok, deps=())
            if not subj_bond and len(s_) >= 2:
                self.pair_event("breakup", s_[:2], tok, tok, 0.5, state="ex", trigger=f"{tok.text} {span_of_time[0].text}")
                return True
        if (lem in ("end", "finish") or over or (lem == "fall" and "apart" in prts)) and (
                tok.pos_ == "VERB" or over) and realis and self.told(tok) and subj_bond:
            # "When the marriage ended he took half the regulars", "The marriage had been over long before
            # Cannes": the couple the bond belongs to (its possessor, else the couple the story told last)
            bond = subj_bond[0]
            poss = _children(bond, ("poss",))
            ids = self.r.tokens(poss[0]) if poss else []
            ids += [i for p in _children(bond, ("prep",)) if p.lower_ in ("to", "with")  # "My marriage to Leo ended"
                    for o in _children(p, ("pobj",)) for i in self.r.tokens(o) if i not in ids]
            if not poss and self.r.last_couple is not None and 0 < tok.idx - self.r.last_couple[1] < 1500:
                ids = sorted(self.r.last_couple[0])
            if len(ids) >= 2:
                n = len(self.cues)
                self.pair_event("breakup", ids[:2], tok, tok, 0.55, state="ex", trigger=f"the {bond.text} {tok.text}")
                if bond.lemma_ in ("marriage", "engagement"):
                    for c in self.cues[n:]:
                        c.extra["before"] = "married" if bond.lemma_ == "marriage" else "engaged"
            return True
        it_subj = [c for c in _children(tok, ("nsubj",)) if c.lower_ == "it"]
        if lem == "end" and tok.pos_ == "VERB" and it_subj and not _children(tok, ("dobj",)) and realis \
                and (self.told(tok) or past_perfect(tok)) and self.r.last_couple is not None \
                and 0 < tok.idx - self.r.last_couple[1] < 1200 and not any(
                    o.tag_ == "VBG" or any(g.tag_ == "VBG" for g in o.children)
                    for p in _children(tok, ("prep",)) if p.lower_ == "with" for o in _children(p, ("pobj", "pcomp"))):
            # (session 28: "it ended with Gus shoving the drummer": how a scene ended, told by what was done)
            # "It ended last October in a motel", "the night it ended": a bare "it" that ends, told soon after a
            # couple, is their romance (a break-up only of a pair shown as a couple)
            n = len(self.cues)
            self.pair_event("breakup", sorted(self.r.last_couple[0]), tok, tok, 0.45, state="ex", trigger="it ended")
            for c in self.cues[n:]:
                c.extra["soft"] = True
            return True
        ended = lem in ("end", "finish") and any(c.lemma_ in ("thing", "it", "relationship", "engagement", "marriage")
                                                 for c in _children(tok, ("dobj",)))
        if (drift or separate or ended) and tok.pos_ == "VERB":
            if realis:
                s, o = self._ids(tok, deps=(), preps=("with", "from"))
                explicit = ended and any(c.lemma_ in ("relationship", "engagement", "marriage")
                                         for c in _children(tok, ("dobj",)))
                n = len(self.cues)
                self.pair_event("breakup", s + o, tok, tok, 0.55, state="ex",
                                trigger=f"{tok.text} " + ("apart" if drift else "separate ways" if separate else
                                                          next(c.text for c in _children(tok, ("dobj",)))))
                if not explicit:  # friends drift apart too: an ex only for a pair shown as a couple
                    for c in self.cues[n:]:
                        c.extra["soft"] = True
            return True
        if lem == "move" and "out" in prts and tok.pos_ == "VERB" and realis and self.told(tok):
            self._moved_out(tok)
            return True
        if lem in L.COHABIT_VERBS and tok.pos_ == "VERB" and realis and (
                tok.tag_ != "VBG" or any(c.lemma_ == "be" for c in _children(tok, ("aux",)))) and (
                "together" in kids or (lem == "move" and "in" in prts and self._moved_in_with_person(tok))):
            s, o = self._ids(tok, deps=(), preps=("with",))
            n = len(self.cues)
            self.pair_event_state("dating", s + o, tok, tok, 0.55, trigger=f"{tok.text} in together")
            for c in self.cues[n:]:
                c.extra["cohabit"] = True  # (flatmates live together too: timeline.infer)
            return True
        if lem == "live" and tok.pos_ == "VERB" and realis and self.told(tok) and "with" in kids and any(
                p.lower_ == "for" and any(o.lemma_ in ("year", "month") for o in p.subtree) for p in _children(tok, ("prep",))):
            # "She had lived with Declan for two years in the flat over the launderette": a couple (kin
            # living together are vetoed by the kin tie; a lodger is "lodged")
            subj = subject(tok)
            s, o = self._ids(tok, deps=(), preps=("with",))
            people = [x for p in _children(tok, ("prep",)) if p.lower_ == "with" for x in _children(p, ("pobj",))]
            if subj is not None and subj.tag_ in ("NNP", "PRP") and subj.lower_ not in ("we", "they") and len(s) == 1 \
                    and len(o) == 1 and people and people[0].pos_ in ("PROPN", "PRON") and not people[0].conjuncts \
                    and not any(c.lower_ in L.REL_NOUNS or c.dep_ == "poss" for c in people[0].subtree if c.i != people[0].i):
                # (not "lived with his aunt Ruth for a year")
                n = len(self.cues)
                self.pair_event_state("dating", s + o, tok, tok, 0.45, trigger="lived with")
                for c in self.cues[n:]:
                    c.extra["cohabit"] = True
            return True
        hand = [o for p in _children(tok, ("prep",)) if p.lower_ == "for" for o in _children(p, ("pobj",))
                if o.lemma_ == "hand" and _children(o, ("poss",))] if lem == "ask" else []
        if hand and realis and self.told(tok):
            # "he asked her father for her hand": a proposal (to her, through her father)
            s, _ = self._ids(tok, deps=())
            o = [i for i in self.r.tokens(_children(hand[0], ("poss",))[0]) if i not in s]
            if s and o:
                self.pair_event("proposal", s[:1] + o[:1], tok, tok, 0.6, trigger="asked for her hand")
                if not self._refused(tok):
                    self.pair_event_state("engaged", s[:1] + o[:1], tok, tok, 0.55, trigger="asked for her hand")
            return True
        if lem == "ask" and tok.pos_ == "VERB" and realis and self.told(tok) and (
                self._asks_marriage(tok) or self._asks_marriage_whether(tok) is not None):
            # "Emmett asked Lark to marry him": a proposal; engaged unless she said no
            s, o = self._ids(tok)
            if self._asks_leave_to_marry(tok):
                # "asked Mr. Tregenza for his blessing to marry Senara": a suitor asks a guardian's consent;
                # the one asked is not the one he would marry (the proposal is told on its own)
                return True
            if not o and self._asks_marriage_whether(tok) is not None:
                # "asked whether I would consent to be his wife": the one asked is the clause's subject
                o = self.r.tokens(self._asks_marriage_whether(tok))
            if s and o and s[0] != o[0]:
                self.pair_event("proposal", s[:1] + o[:1], tok, tok, 0.65, trigger="asked ... to marry")
                if not self._refused(tok):
                    self.pair_event_state("engaged", s[:1] + o[:1], tok, tok, 0.6, trigger="asked ... to marry")
            return True
        if lem == "court" and tok.pos_ == "VERB" and not _children(tok, ("dobj",)) and realis:
            s, _ = self._ids(tok, deps=())
            if len(s) < 2:
                s = self._coordinated_before(tok)
            if len(s) >= 2:  # "By the end of the summer Kit and Morwenna were courting"
                self.pair_event_state("dating", s[:2], tok, tok, 0.55, trigger="courting")
            return True
        if lem in ("walk", "step") and "out" in prts and "with" not in kids and tok.tag_ == "VBG" and realis \
                and not self._walked_somewhere(tok):
            # "They had been walking out since the autumn", "we were walking out together": a couple
            # courting (not "walking out of the room", "stepped out for air")
            s, _ = self._ids(tok, deps=())
            if len(s) < 2:
                s = self._coordinated_before(tok)
            if len(s) >= 2 and s[0] != s[1]:
                self.pair_event_state("dating", s[:2], tok, tok, 0.5, trigger=f"{tok.text} out")
            return True
        if (lem in ("walk", "step") and "out" in prts and "with" in kids) or (lem == "court" and tok.pos_ == "VERB"):
            # "walking out with the miller's son", "he's courting you": an old-fashioned romance
            if not negated(tok) and not self.irrealis(tok) or tok.tag_ == "VBG":
                s, o = self._ids(tok, deps=("dobj",), preps=("with",))
                if s and o and s[0] != o[0] and not negated(tok):
                    self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.55,
                                          trigger=f"{tok.text} out with" if lem != "court" else tok.text)
            return True
        if lem == "pay" and tok.pos_ == "VERB" and any(o.lemma_.lower() in ("address", "addresses", "court", "suit")
                                                       for o in _children(tok, ("dobj",))):
            # "He had been paying his addresses to Miss Vane", "paid court to her": an old-fashioned courtship
            if not negated(tok) and not self.irrealis(tok) or tok.tag_ == "VBG":
                s, o = self._ids(tok, deps=(), preps=("to",))
                if s and o and s[0] != o[0]:
                    self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.5, trigger=f"{tok.text} addresses to")
            return True
        if lem == "swear" and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
                and not _children(tok, ("xcomp", "ccomp", "dobj")) and realis:
            # "Bors was sworn to Queen Ysolde": sworn into her service
            s, _ = self._ids(tok, deps=(), preps=())
            o = [i for c in tok.children if c.lower_ == "to" and c.dep_ in ("prep", "dative")
                 for p in _children(c, ("pobj",)) if p.pos_ == "PROPN" for i in self.r.tokens(p)]
            if s and o and s[0] != o[0]:
                self.add("state", "boss", o[0], s[0], tok, tok, 0.55, holder=o[0], trigger="sworn to")
            return True
        if lem == "promise" and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
                and not _children(tok, ("xcomp", "ccomp", "dobj")) and realis:
            # "Miss Vane was promised to Sir Giles": given in marriage, betrothed
            s, _ = self._ids(tok, deps=(), preps=())
            o = [i for c in tok.children if c.lower_ == "to" and c.dep_ in ("prep", "dative")
                 for p in _children(c, ("pobj",)) for i in self.r.tokens(p)]
            if s and o and s[0] != o[0]:
                self.pair_event_state("engaged", s[:1] + o[:1], tok, tok, 0.55, trigger="promised to")
            return True
        if lem == "promise" and tok.pos_ == "VERB" and realis and self.told(tok) and any(
                c.dep_ == "dobj" and c.lower_ in ("herself", "himself") for c in tok.children) and not any(
                x.lemma_ in PROMISED_FOR for p in tok.subtree if p.lower_ == "for" for x in p.subtree):
            # (review: not "promised herself to him for the first dance": a partner for a dance)
            # session 29: "Nell had promised herself to Lieutenant Pim": she gave her word to marry him, the
            # engagement itself (the passive "was promised to" is the state only)
            s, _ = self._ids(tok, deps=(), preps=())
            o = [i for c in tok.children if c.lower_ == "to" and c.dep_ in ("prep", "dative")
                 for p in _children(c, ("pobj",)) for i in self.r.tokens(p)]
            if s and o and s[0] != o[0]:
                self.pair_event("engagement", s[:1] + o[:1], tok, tok, 0.55, state="engaged", trigger="promised herself to")
            return True
        if lem == "inseparable" and tok.dep_ in ("acomp", "ROOT", "conj") and not negated(tok.head):
            subj = subject(tok.head if tok.dep_ == "acomp" else tok)
            ids = self.r.tokens(subj) if subj is not None else []
            if len(ids) >= 2:  # "Agnes and Lark had been inseparable since they were small"
                self.pair_event_state("friends", ids[:2], tok, tok.head, 0.55, trigger="inseparable")
            return True
        if lem in ("separate", "split") and tok.pos_ == "VERB" and realis and self.told(tok) and not _children(
                tok, ("dobj", "nsubjpass", "auxpass", "prt")):
            s, o = self._ids(tok, deps=(), preps=("from",))
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Mia and Leo separated in 2019", "Leo and Mia split last year": a couple's end
                n = len(self.cues)
                self.pair_event("breakup", ids[:2], tok, tok, 0.55, state="ex", trigger=tok.text)
                for c in self.cues[n:]:
                    c.extra["not_family"] = True  # (twins are separated at birth too)
                    if lem == "separate" and c.kind == "state":
                        # "After the flood Fennimore and Corisande separated": a couple who separate were married (a
                        # dating couple splits up), so a couple told of only here were married before
                        c.extra["before"] = "married"
            return True
        if lem == "share" and realis and any(c.lemma_ in QUICK_NEEDS["share"] for c in _children(tok, ("dobj",))):
            s, o = self._ids(tok, deps=(), preps=("with",))
            # "Bex, who shares my flat": the flat's owner is the other
            o += [i for c in _children(tok, ("dobj",)) for p in _children(c, ("poss",)) for i in self.r.tokens(p)]
            if not [i for i in o if i not in s]:
                # "I share the back room over the forge with Tamsyn": the parser hangs the "with" on the place
                o += [i for w in self._with_down_the_place(_children(tok, ("dobj",))) for i in self.r.tokens(w)]
            ids = list(dict.fromkeys(s + o))
            if len(ids) >= 2:  # "Mia and Leo shared a flat in Leeds"
                self.pair_event_state("roommates", ids[:2], tok, tok, 0.45, trigger="shared a home")
            return True
        if lem == "wipe" and realis:
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dobj",)) if c.lemma_ in ("tear", "eye", "face")
                 for q in _children(c, ("poss",)) for i in self.r.tokens(q)]
            if s and o and s[0] != o[0]:  # "Leo wiped Mia's tears away"
                self.pair_event("comfort", s[:1] + o[:1], tok, tok, 0.55, trigger="wiped ... tears")
            return True
        if lem in ("slap", "punch", "hit", "shove", "thump") and tok.pos_ == "VERB" and realis and self.told(tok):
            s, o = self._ids(tok)
            if lem in ("hit", "shove", "thump"):
                # "Fergus hit him" (a person, not "hit the wall"; not "it hit him", "the car hit her")
                subj = subject(tok)
                if subj is None or subj.pos_ not in ("PROPN", "PRON") or subj.lower_ in ("it", "this", "that") or not any(
                        c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in tok.children):
                    return False  # (the injury rules may read it: "hit his head", "was hit by a car")
            on = [x.lemma_ for p in _children(tok, ("prep",)) if p.lower_ == "on" for x in _children(p, ("pobj",))]
            sent_text = tok.sent.text
            after = self.doc[tok.i:tok.sent.end].text
            angry = HIT_IN_ANGER.search(sent_text) is not None
            hard = angry or HIT_HARD.search(sent_text) is not None
            soft = any(c.dep_ == "advmod" and c.lower_ in ("gently", "lightly", "playfully", "softly", "affectionately")
                       for c in tok.children) and not re.search(r"\b(then|harder|hard)\b", after, re.I)
            if ("back" in on and lem == "slap" and not angry) or (
                    "shoulder" in on and HIT_IN_PLAY.search(sent_text) and not hard) or (soft and not hard) or (
                    tok.dep_ == "relcl" and tok.head.lemma_ in ("version", "dream", "fantasy", "daydream", "scenario")):
                # session 29: "slapped him on the back and stood everyone a pint" (a congratulation), "thumped her lightly" or,
                # grinning, "on the shoulder" (play), "a dream in which she slapped him" (imagined): no fight; but
                # not when told in anger or hard ("Furious, she punched him on the shoulder", "so hard he
                # staggered", "gently at first, then hard enough that she fell")
                return True
            if s and o and s[0] != o[0]:  # "Leo slapped Mia"
                self.pair_event("fight", s[:1] + o[:1], tok, tok, 0.5, trigger=tok.text)
            return True
        if lem == "leave" and tok.pos_ == "VERB" and realis and self.told(tok):
            # "she left him for a cellist": a break-up (and someone new); "I left Callum in March" only
            # for a pair the story shows as a couple (people leave rooms and stations with each other)
            s, _ = self._ids(tok, deps=())
            o = [i for c in _children(tok, ("dobj",)) if c.pos_ in ("PROPN", "PRON") or (  # or "left his wife, Mia"
                c.lower_ in L.REL_NOUNS and L.REL_NOUNS[c.lower_][0] == "romantic") for i in self.r.tokens(c)]
            placed = any(c.dep_ == "prep" and c.lower_ in ("at", "in", "on", "behind", "with", "outside") and not any(
                o.ent_type_ in ("DATE", "TIME") for o in _children(c, ("pobj",))) for c in tok.children)
            if s and o and s[0] != o[0] and not placed:  # "left him at the station" is not leaving him
                for_other = any(p.lower_ == "for" and any(x.pos_ in ("NOUN", "PROPN") for x in _children(p, ("pobj",)))
                                for p in _children(tok, ("prep",)))
                n = len(self.cues)
                self.pair_event("breakup", s[:1] + o[:1], tok, tok, 0.55, state="ex", trigger=f"{tok.text} ... "
                                + ("for someone" if for_other else "").strip())
                if not for_other:
                    for c in self.cues[n:]:
                        c.extra["soft"] = True
            return True
        if lem == "ask" and tok.pos_ == "VERB" and realis and self.told(tok) and not _children(
                tok, ("xcomp", "ccomp", "prt", "dative")) and len(_children(tok, ("dobj",))) == 1 and not any(
                p.lower_ in ("for", "about", "after") for p in _children(tok, ("prep",))) \
                and self._proposal_context(tok):
            # "He asked her on the bridge, in the snow, and she said yes": asking, with a ring, a knee
            # or a yes in the sentence, is a proposal
            s, o = self._ids(tok)
            if s and o and s[0] != o[0]:
                self.pair_event("proposal", s[:1] + o[:1], tok, tok, 0.55, trigger="asked ... (proposal)")
                if not self._refused(tok):
                    self.pair_event_state("engaged", s[:1] + o[:1], tok, tok, 0.5, trigger="asked ... said yes")
            return True
        if lem == "ask" and "out" in prts and tok.pos_ == "VERB" and realis and self.told(tok):
            s, o = self._ids(tok)
            if s and o and s[0] != o[0]:  # "Fenna had asked me out in May"
                self.pair_event_state("dating", s[:1] + o[:1], tok, tok, 0.55, trigger=f"{tok.text} out")
            return True
        if lem == "see" and _reciprocal(tok) and not negated(tok) and (realis or tok.tag_ == "VBG"):
            s, _ = self._ids(tok, deps=())
            if not s:
                s = self._coordinated_before(tok)
            if len(s) >= 2:  # "Wren and Tomas were seeing each other"
                if tok.head.lemma_ in ("start", "begin"):
                    self.pair_event("new_partner", s[:2], tok, tok, 0.6, state="dating", trigger="seeing each other")
                elif tok.tag_ == "VBG":
                    self.pair_event_state("dating", s[:2], tok, tok, 0.6, trigger="seeing each other")
            return True
        return False

    def _named_past_modifier(self, tok):
        """"Kit had a rival in the choir named Dario Vell": the parser hangs "named" on the modifier's
        noun ("choir"), not on the relation noun; the name, when it is a character's and the modifier is a
        prepositional phrase other than "of" (whose noun may be the one named: "the friend of a farmer
        called Dario")."""
        for p in _children(tok, ("prep",)):
            if p.lower_ == "of":
                continue
            for o in _children(p, ("pobj",)):
                if o.pos_ != "NOUN":
                    continue
                for c in _children(o, ("acl",)):
                    if c.lemma_ in NAMING_VERBS and c.i == o.i + 1:
                        for n in c.children:
                            if n.dep_ in ("oprd", "attr", "dobj", "xcomp") and n.pos_ == "PROPN" and self.r.tokens(n):
                                return n
        return None

    # -- forms of address: "Mom, I'm home" said by X to Y makes Y X's parent; "Morning, cuz" a cousin
    def _with_noun_owner(self, tok) -> list[str]:
        """The one a "with" noun phrase describes, for a kin noun inside it: "He was a widower with a son,
        Nilo" (the copula's subject), "Ulla, a widow with a daughter named Idony" (the apposition's name).

        Only a noun the "with" hangs on directly, and only as a predicate or an apposition, so "a friend
        of a widower with a son" (the "with" two nouns down) owns nothing here.
        """
        head = tok
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "with":
            return []
        noun = head.head.head
        if noun.pos_ != "NOUN":
            return []
        if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become"):
            cop = noun.head
            subj = _children(cop, ("nsubj", "nsubjpass"))
            if not subj or negated(cop) or self.irrealis(cop):
                return []
            return self.r.tokens(subj[0])
        if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "PRON"):
            return self.r.tokens(noun.head)
        return []

    # words that may qualify "a relationship" and keep it a couple's ("a serious relationship with Quillon");
    # any other ("a working relationship", "a good relationship with her stepfather") makes it no romance
    COUPLE_RELATIONSHIP = {"serious", "proper", "long-term", "committed", "steady", "real", "new", "secret"}

    def _in_a_relationship(self, tok) -> None:
        """ "Mirela has been in a relationship with Fennimore since New Year's Eve": "in a relationship with" a
        named person is dating, the one who is "in" it the other half.

        Only the fixed phrase (indefinite article, "in", "with"), so "her relationship with her mother" or
        "a working relationship with the board" says nothing here.
        """
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return
        if any(c.dep_ in ("amod", "compound") and c.lower_ not in self.COUPLE_RELATIONSHIP for c in tok.children):
            return
        verb = tok.head.head
        if verb.pos_ not in ("AUX", "VERB") or negated(verb) or self.irrealis(verb):
            return
        other = [i for p in _children(tok, ("prep",)) if p.lower_ == "with" for o in _children(p, ("pobj",))
                 for i in self.r.tokens(o)]
        subj = subject(verb)
        ids = self.r.tokens(subj) if subj is not None else []
        if len(ids) >= 2 and not other:  # "Mirela and Fennimore are in a relationship"
            ids, other = ids[:1], ids[1:2]
        if ids and other and ids[0] != other[0]:
            self.pair_event_state("dating", [ids[0], other[0]], tok, verb, 0.55, trigger="in a relationship with")

    HOMES = {"flat", "house", "home", "place", "apartment", "cottage", "bedroom", "room"}

    def _moved_out(self, tok) -> None:
        """"In 2003 he moved out", "She had moved out of their flat in the spring": one of a couple the
        story has already told (married, engaged or dating, earlier in the text) leaving the home is the
        couple's break-up. Out of a home or of nowhere named; "moved out of London" is a move, and a
        mover with no partner told before (a grown child leaving home) gives nothing."""
        outs = [o for p in _children(tok, ("prep",)) if p.lower_ == "of" for o in _children(p, ("pobj",))]
        if outs and not any(o.lemma_ in self.HOMES for o in outs):
            return
        s, _ = self._ids(tok, deps=())
        if len(s) != 1:
            return
        ties = [(c.b if c.a == s[0] else c.a, c.label) for c in self.cues
                if c.kind == "state" and c.label in ("married", "engaged", "dating") and c.offset < tok.idx
                and s[0] in (c.a, c.b) and c.a and c.b and c.a != c.b]
        if not ties or len({who for who, _ in ties[-2:]}) != 1:
            return  # (the last partner told, and only when the last two cues agree on who it is)
        partner, tie = ties[-1]
        n = len(self.cues)
        self.pair_event("breakup", [s[0], partner], tok, tok, 0.5, state="ex", trigger="moved out")
        for c in self.cues[n:]:
            c.extra["soft"] = True
            if c.kind == "state":
                c.extra["before"] = tie  # (what they were until then: a married couple's ex, not a dating one's)

    @staticmethod
    def _with_down_the_place(objs) -> list:
        """The objects of a "with" that hangs on a place's own prepositional phrases ("the flat above the
        shop with Tamsyn", "a room on the second floor with Nilo"): down prep and pobj links only, never
        into a clause, and at most three places deep."""
        found, frontier = [], list(objs)
        for _ in range(3):
            nxt = []
            for n in frontier:
                for p in _children(n, ("prep",)):
                    for o in _children(p, ("pobj",)):
                        if p.lower_ == "with":
                            found.append(o)
                        else:
                            nxt.append(o)
            frontier = nxt
        return found

    def _pointed_at(self, tok) -> str | None:
        """For a kin or partner noun in '"That's my cousin, the tall one."' (a line of speech that opens so: "that" as
        subject, "my", no name, no "!" or "?"), the one named last in the narration right before the
        line (within 250 characters, the paragraph or the one before it), not the speaker."""
        q = self.view.quote_at(tok.idx)
        subj = _children(tok.head, ("nsubj",))
        poss = _children(tok, ("poss",))
        if q is None or q.kind != "speech" or not q.speaker or not subj or subj[0].lower_ != "that" \
                or not poss or poss[0].lower_ != "my":
            return None  # (not "This is my aunt", an introduction, nor "your", a guessed listener's)
        sent = tok.sent
        if any(t.pos_ == "PROPN" for t in sent if self.view.quote_at(t.idx) is q) or \
                self.text[sent.start_char:sent.end_char].rstrip('"\u201d ').endswith(("!", "?")):
            return None
        piece = next((ps for ps, pe in q.pieces if ps <= tok.idx < pe), q.span[0])
        if not self.text[piece:tok.idx].lstrip(' "\u201c').startswith(subj[0].text):
            return None  # (the line opens with it)
        lo = max(0, piece - 250)
        cands = [(s, c) for s, e, c in self.view.mentions_in((lo, piece))
                 if self.view.quote_at(s) is None and self.text[s:e][:1].isupper() and c != q.speaker
                 and self.text[s:e].lower() not in PRONOUN_WORDS]
        # (not the one the line is said to: 'Bron slid the photograph to Dr Pell. "That's my son," Bron said.')
        if cands and cands[-1][1] in (q.addressees or ()):
            return None
        if not cands or self.text[cands[-1][0]:piece].count("\n\n") > 1:
            return None  # (named in this paragraph or the one before)
        return cands[-1][1]

    def _spoken_main(self, tok) -> bool:
        """Is ``tok`` the main verb of a line of speech that the parser hung on its speech tag
        ('"Pablo and I are together these days," Lisbet told Griet': "are" is the object clause of
        "told")? The line is a sentence of its own, as if the tag were not there. Only with a name in
        the subject ("Pablo and I", "Me and Liesl"): a "they" or "we" there rests on a guess."""
        if tok.dep_ not in ("ccomp", "parataxis") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        subj = subject(tok)
        if subj is None or not any(t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and self.r.one(t) for t in subj.subtree):
            return False
        q = self.view.quote_at(tok.idx)
        return q is not None and q.kind == "speech" and self.view.quote_at(tok.head.idx) is None

    def _quote_sentence(self, sent, q, step: int):
        """The sentence before (``step`` -1) or after (+1) ``sent`` that has words inside the quote ``q``,
        past a speech tag's sentence in between ("'Elske,' he said. 'My sister.'"); as the list of its
        tokens inside ``q``, or None."""
        doc = self.doc
        for _ in range(3):
            i = sent.start - 1 if step < 0 else sent.end
            if i < 0 or i >= len(doc):
                return None
            nxt = doc[i].sent
            gap = self.text[min(sent.end_char, nxt.end_char):max(sent.start_char, nxt.start_char)]
            sent = nxt
            if "\n" in gap or "\n" in sent.text.strip():
                return None  # (a new paragraph: a new turn, or a speech's next paragraph)
            inside = [t for t in sent if self.view.quote_at(t.idx) is q]
            if inside:
                return inside
            if any(self.view.quote_at(t.idx) is not None for t in sent):
                return None  # (another quote)
        return None

    def _fragment_apposition(self, tok):
        """A possessed person noun and a name each in a sentence of their own, side by side in one
        line of speech, are one person: '"Elske. My sister."', '"We came for Odalie's sake. My goddaughter."',
        '"My brother's coming later. Rolf."' (spoken apposition: the name or the noun added as a
        fragment). Only in speech, only when the fragment has no verb and the other sentence names
        exactly one person besides the speaker; the name token, or None."""
        q = self.view.quote_at(tok.idx)
        if q is None or q.kind != "speech" or q.letter or not q.speaker:
            return None  # (not a letter's "Ever your sister, / Liesl Moor": its writer signs)
        sent = tok.sent
        words = [t for t in sent if not (t.is_punct or t.is_space) and self.view.quote_at(t.idx) is q]
        if words and all(t.i == tok.i or (t.i < tok.i and t.head.i == tok.i) or t.tag_ == "POS" for t in words):
            # (the noun and its own modifiers only, however the parser hangs the fragment: "My old tutor.")
            # the noun is the fragment: the one person named in the sentence before it
            prev = self._quote_sentence(sent, q, -1)
            if not prev:
                return None
            named = {}
            for t in prev:
                for cid in self._name_ids(t):
                    if cid != q.speaker:
                        named.setdefault(cid, t)
            return next(iter(named.values())) if len(named) == 1 else None
        # the name is the fragment after the noun's sentence: "My brother's coming later. Rolf."
        if any(t.dep_ == "poss" and t.head.i != tok.i and t.head.lower_ in L.REL_NOUNS for t in sent):
            return None  # (two possessed kin nouns: which one the name is, is unsaid)
        nxt = self._quote_sentence(sent, q, 1)
        if not nxt:
            return None
        nwords = [t for t in nxt if not (t.is_punct or t.is_space)]
        if not nwords or len(nwords) > 3 or not all(t.text[:1].isupper() for t in nwords):
            return None
        if self.text[nxt[0].idx:nxt[-1].idx + len(nxt[-1])].rstrip('"\u201d\u2019 ').endswith(("?", "!")):
            return None  # ('"My brother died in the spring. Rolf?"': a name asked or cried out calls someone)
        ids = [self._name_ids(t) for t in nwords]
        if not all(ids) or len({c for x in ids for c in x}) != 1 or q.speaker in ids[0] \
                or ids[0][0] in (q.addressees or ()):
            return None  # (nor the one spoken to)
        return nwords[-1]

    def _name_ids(self, t) -> list[str]:
        """Who a name token is: the resolver's reading of a proper noun, else the cast's mention there (the
        tagger may take a name standing alone in speech, '"Elske," he said', for an adverb or a noun)."""
        if t.pos_ == "PROPN":
            return self.r.one(t)
        if t.is_alpha and t.text[:1].isupper() and t.pos_ not in ("PRON", "DET"):
            cid = self.view.mention_at((t.idx, t.idx + len(t)))
            return [cid] if cid else []
        return []

    def _apposed_elsewhere(self, tok):
        """"and Marnie's boyfriend at the time, a lanky boy called Theo Walsh, on bass": the apposition
        right after the noun's phrase and a comma, which the parser hung on some other word; its name."""
        j = tok.right_edge.i + 1
        if j + 1 >= len(self.doc) or self.doc[j].text != ",":
            return None
        for t in self.doc[j + 1:min(j + 7, len(self.doc))]:
            if t.dep_ == "appos" and t.left_edge.i == j + 1 and t.head.i != tok.i:
                return t if t.pos_ == "PROPN" else named_by(t) if t.pos_ == "NOUN" else None
            if tok.dep_ == "dobj" and t.dep_ in ("dobj", "npadvmod") and t.head.i == tok.head.i \
                    and t.left_edge.i == j + 1 and t.pos_ == "NOUN":
                # "he introduced his fiancée to us, a dentist called Dora": the small parser makes the apposition a
                # second object of the same verb; only a phrase that names someone
                return named_by(t)
            if t.is_punct:
                break
        return None

    def _titled_otherwise(self, addressee: str, state: str, speaker: str, offset: int) -> bool:
        """A "Mum!" or "Nan," whose guessed addressee the story itself calls by a kin title that says
        otherwise: "Nan" said to the character the cast names "Mum" (the addressee is wrong; an uncle may be
        someone's "Dad"), or "Mum"
        said by someone else to the first-person narrator's own "Mum" (a child-in-law, or a line given to
        the wrong speaker: it would make them the narrator's sibling on no other evidence)."""
        name = self.view.name(addressee).split()
        title = name[0].lower() if name else ""
        if title not in L.KIN_NAMES:
            return False
        if L.KIN_NAMES[title] in ("parent", "grandparent") and L.KIN_NAMES[title] != state:
            return True  # (an "Uncle Rob" may well be someone's "Dad")
        narr = self.view.narrator_at(offset) if any(p == 1 for _, _, p in self.view.narrator_sections) else None
        return bool(narr) and speaker != narr and addressee != narr and len(name) == 1

    def _calls_by_name(self, speaker: str, other: str) -> bool:
        """Whether ``speaker`` hails ``other`` by a name of their own somewhere in the story: the name standing
        alone at the start of a sentence of the speaker's words, before a comma or a stop ("Nadia. What.",
        "Nadia, not now"), not a kin title ("Mum," "Gran,")."""
        key = (speaker, other)
        if key not in self._name_hails:
            found = False
            for x in self.view.quotes:
                if x.speaker != speaker or found:
                    continue
                for lo, hi in x.pieces:
                    for t in self.doc.char_span(lo, hi, alignment_mode="contract") or []:
                        if t.pos_ != "PROPN" or t.i + 1 >= len(self.doc) or self.doc[t.i + 1].text not in (
                                ",", ".", "!", "?"):
                            continue
                        prev = self.doc[t.i - 1] if t.i > 0 else None
                        if prev is not None and prev.idx >= lo and not prev.is_punct:
                            continue
                        if t.lower_ in L.KIN_NAMES or t.lower_ in L.ADDRESS_PARENT or t.lower_ in L.ADDRESS_GRANDPARENT:
                            continue
                        if self.r.one(t) == [other]:
                            found = True
                            break
                    if found:
                        break
            self._name_hails[key] = found
        return self._name_hails[key]

    def _vocative(self, tok, low):
        q = self.view.quote_at(tok.idx)
        if q is None or not q.speaker or any(a <= tok.idx < b for a, b in self.view.doc_marks):
            return
        first = tok
        if tok.i > 0 and tok.nbor(-1).lower_ in L.SIZE_WORDS:
            first = tok.nbor(-1)  # "big brother", "little sister"
        prev = first.nbor(-1) if first.i > 0 else None
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        # (a chat line has no closing stop: "call me when you land Grandpa" ends at the line break)
        bounded = (prev is None or prev.is_punct or first.is_sent_start) and (
            nxt is None or nxt.is_punct or (nxt.is_space and "\n" in nxt.text))
        if not bounded or any(c.dep_ in ("poss", "det") for c in tok.children):
            return
        if low in L.ADDRESS_PARENT or low in L.ADDRESS_GRANDPARENT:
            state = "grandparent" if low in L.ADDRESS_GRANDPARENT else "parent"
        elif first is not tok and low in L.ADDRESS_MUTUAL_SIZED:
            state = L.ADDRESS_MUTUAL_SIZED[low]
        elif first is tok and low in L.ADDRESS_MUTUAL:
            state = L.ADDRESS_MUTUAL[low]
        elif first is tok and low in L.ADDRESS_ROMANTIC:
            state = "dating"
        elif first is tok and low in L.ADDRESS_BOSS:
            state = "boss"
        elif first is tok and low in L.ADDRESS_TEACHER:
            state = "teacher"
        elif first is tok and low in L.ADDRESS_FORMAL:
            after = self.doc[tok.i + 2] if tok.i + 2 < len(self.doc) else None
            if (prev is not None and prev.text in ("-", "\u2010", "\u2011")) or (
                    after is not None and after.pos_ == "PROPN"):
                return  # "my ex-wife"; "Wife, Lorna. Son, Callum.": a list of who is who, no address
            state = L.ADDRESS_FORMAL[low][0]
        else:
            return
        addressee = self.r.addressee(tok.idx)
        want = L.NOUN_GENDER.get(low)
        if addressee and want and self.view.gender(addressee) not in (want, "unknown"):
            # "Little sister," said to a man: the guessed addressee is wrong; the nearest fitting
            # person just mentioned is the one hailed
            addressee = self.r.antecedent(tok.idx, want, {q.speaker}, window=400)
        if not addressee or addressee == q.speaker:
            return
        if state in ("parent", "grandparent") and self._titled_otherwise(addressee, state, q.speaker, tok.idx):
            return
        if state in ("parent", "grandparent") and self._calls_by_name(q.speaker, addressee):
            return  # '"Nadia. What."' and later '"Mum, please."': one the speaker calls by name is not their mother
        if state in ("cousin", "sibling"):
            # "Cuz," with the guessed listener the one the story calls "Mum" or "Uncle Dev": someone of
            # another generation is not hailed as a cousin or a sister; the listener is wrong
            title = (self.view.name(addressee).split() or [""])[0].lower()
            if title in L.KIN_NAMES and L.KIN_NAMES[title] != state:
                return
        holder = addressee if state in L.DIRECTED_STATES else None
        if low in L.ADDRESS_FORMAL and L.ADDRESS_FORMAL[low][1] == "speaker":
            holder = q.speaker  # "Daughter, ...": the one who speaks is the parent
        self.add("state", state, addressee, q.speaker, tok, governing_verb(tok), 0.55 if state != "dating" else 0.4,
                 holder=holder, trigger=f"vocative '{first.text if first is tok else first.text + ' ' + tok.text}'")
        if low == "chef":
            self.cues[-1].extra["chef"] = True  # kept only when two people hail the same one (_chefs_agreed)
        if state == "dating":
            self.cues[-1].extra["not_family"] = True  # ("babe" between lovers; never kin)
            self.cues[-1].extra["cohabit"] = True  # (and between flatmates: timeline.infer)
