"""The words that signal relationships and events, and what each one means.

Kept as data so a reader can see (and extend) the whole vocabulary in one place. A relation noun
maps to ``(type, state, holder)``: ``holder`` says which side holds a one-sided state — ``ref``
(the person the noun denotes: in "Anna's mother" the mother is the parent), ``poss`` (the
possessor: in "Anna's son" Anna is the parent), or ``None`` for mutual states.
"""

from __future__ import annotations

REL_NOUNS: dict[str, tuple[str, str, str | None]] = {}


def _add(words: str, rtype: str, state: str, holder: str | None = None) -> None:
    for w in words.split():
        REL_NOUNS[w] = (rtype, state, holder)


_add("fiancé fiance fiancée fiancee betrothed intended affianced", "romantic", "engaged")  # ("his intended")
_add("boyfriend girlfriend lover sweetheart beau", "romantic", "dating")
_add("husband wife spouse hubby widow widower consort", "romantic", "married")  # ("Prince Orrin, her consort")
_add("ex ex-boyfriend ex-girlfriend ex-husband ex-wife ex-fiancé ex-fiance ex-fiancée ex-fiancee ex-partner",
     "romantic", "ex")
_add("crush", "romantic", "crush", "poss")
_add("mother mom mum mommy mummy mama mamma father dad daddy papa stepmother stepfather stepmom stepdad "
     "parent", "family", "parent", "ref")
_add("son daughter child stepson stepdaughter baby firstborn", "family", "parent", "poss")  # ("her baby, Arlo")
_add("brother sister sibling twin stepbrother stepsister half-brother half-sister sis bro", "family", "sibling")
_add("cousin", "family", "cousin")
_add("aunt uncle auntie", "family", "aunt_or_uncle", "ref")
_add("niece nephew", "family", "aunt_or_uncle", "poss")
_add("grandmother grandma granny gran grandfather grandpa granddad grandad grandparent", "family",
     "grandparent", "ref")
# regional words for a parent or grandparent ("my mam, Orla", "his nan", "her granda")
_add("mam mammy", "family", "parent", "ref")
_add("nan nana nanna granda grandda", "family", "grandparent", "ref")
_add("grandson granddaughter grandchild", "family", "grandparent", "poss")
_add("friend bestie buddy pal bff mate", "friendship", "friends")
_add("roommate flatmate housemate bunkmate roomie", "friendship", "roommates")
_add("rival nemesis rivalry frenemy frenemies opponent", "rivalry", "rivals")
_add("enemy archenemy arch-enemy bully", "rivalry", "enemies")
_add("boss manager employer supervisor", "professional", "boss", "ref")
_add("employee assistant secretary intern deputy aide bodyguard chauffeur butler housekeeper valet squire "
     "lieutenant sidekick underling chef cook nanny clerk undermanager", "professional", "boss", "poss")  # ("Magda's sous chef")
_add("captain commander superior editor director foreman", "professional", "boss", "ref")
_add("skipper gaffer guv'nor guvnor", "professional", "boss", "ref")  # ("Owen's guv'nor", "the team's skipper")
# the household and the formal register: "Lady Rowe's maid", "his steward", "Jonah's master"
_add("maid housemaid maidservant servant manservant steward footman coachman retainer vassal liegeman", "professional",
     "boss", "poss")
_add("master", "professional", "boss", "ref")
_add("suitor admirer", "romantic", "crush", "ref")  # ("her suitor": he holds the feeling)
_add("relict", "romantic", "married")  # (a widow, in old wills and old novels)  # ("my editor": the one I file to)  # (not "chief": "her chief of staff" works for her)
_add("publicist", "professional", "publicist", "ref")
_add("agent", "professional", "agent", "ref")
_add("teacher tutor coach mentor professor governess", "professional", "teacher", "ref")
_add("student pupil apprentice mentee protégé", "professional", "teacher", "poss")
_add("colleague coworker co-worker partner wingman wingwoman teammate teammates bandmate co-star crewmate shipmate "
     "workmate squadmate clubmate", "professional", "colleagues")

# What an ex noun presupposes came before it ("his ex-wife": they were married, not just dating).
EX_BEFORE = {"ex-husband": "married", "ex-wife": "married", "ex-fiancé": "engaged", "ex-fiance": "engaged",
             "ex-fiancée": "engaged", "ex-fiancee": "engaged"}
# A spouse noun that says the referent has died ("her late husband", "Tobias's widow": Tobias died).
LATE_WORDS = {"late"}
# a possessed word in apposition to a name that means "child of" ("Paul, her eldest"; cues._child_apposition)
CHILD_BY_RANK = {"eldest", "youngest", "oldest"}
# "Merryn, the eldest," after "Ebenezer had three daughters": a rank among children a sentence before counted
# (cues._rank_of_told_children)
CHILD_RANK_THE = {"elder", "younger", "eldest", "youngest", "oldest"}
CHILD_COLLOQUIAL = {"girl", "boy", "lad", "lass"}
CHILD_COUNT = {"two", "three", "four"}
CHILD_PLURALS = {"child", "kid", "son", "daughter", "boy", "girl", "brood"}  # "the eldest of her children"
WIDOW_NOUNS = {"widow", "widower", "relict"}
# what makes "as sisters" a likeness, not kin ("raised almost as sisters", "more or less as brothers")
KIN_HEDGES = {"almost", "nearly", "practically", "virtually", "less", "quite"}

# Nouns that name the bond itself: "their rivalry", "our friendship", "her marriage to Tom".
_add("friendship", "friendship", "friends")
_add("marriage", "romantic", "married")
_add("romance affair", "romantic", "dating")
_add("feud", "rivalry", "enemies")
_add("partnership", "professional", "colleagues")
HEDGES = {"supposed", "possible", "future", "planned", "intended", "proposed", "rumoured", "rumored", "alleged",
          "imaginary", "hypothetical", "potential", "prospective", "projected"}
BOND_NOUNS = {"rivalry", "friendship", "marriage", "romance", "affair", "feud", "partnership"}

# "partner" with these is a colleague ("her law partner"); with a possessive alone, a life partner.
WORK_PARTNER = {"business", "law", "research", "writing", "sparring", "dance", "lab", "tennis", "squash", "bridge",
                "trading", "training", "police", "patrol", "coding", "debate", "climbing"}

# "partner" alone is ambiguous (business or romantic); with "boyfriend"-like context it is dating.
ROMANTIC_PARTNER = {"partner"}

STATE_TYPE = {
    "dating": "romantic", "engaged": "romantic", "married": "romantic", "ex": "romantic",
    "wants_back": "romantic", "crush": "romantic", "unrequited": "romantic",
}
for _t, _s, _h in REL_NOUNS.values():
    STATE_TYPE.setdefault(_s, _t)

# States whose holder matters (the rest are mutual).
DIRECTED_STATES = {"wants_back", "crush", "unrequited", "parent", "grandparent", "aunt_or_uncle", "boss",
                   "publicist", "agent", "teacher"}

# salutation and closing words of a letter that are no relation noun themselves ("Dear Mamma", "Your Papa")
ADDRESS_KIN_WORDS = {"ma": "mother", "pa": "father", "mam": "mother", "papà": "papa", "grandmama": "grandmother",
                     "grandpapa": "grandfather"}

# Vocatives that name the addressee's role relative to the speaker.
ADDRESS_PARENT = {"mom", "mum", "mommy", "mummy", "mama", "dad", "daddy", "papa", "mother", "father", "ma", "pa",
                  "mamma", "mammy", "maman", "papà", "ammi", "amma", "ammu", "abbu", "mam"}
ADDRESS_GRANDPARENT = {"grandma", "grandpa", "granny", "gran", "nana", "nan", "grandmamma", "grandmama", "grandpapa",
                       "grandmother", "grandfather", "grandad", "granddad"}
# Vocatives the formal register uses between kin and spouses ("Good night, Aunt.", "Come, wife."): the
# addressee's tie to the speaker, and who holds it ("Daughter, fetch the lamp": the speaker is the parent)
ADDRESS_FORMAL = {"aunt": ("aunt_or_uncle", "addressee"), "uncle": ("aunt_or_uncle", "addressee"),
                  "husband": ("married", None), "wife": ("married", None), "daughter": ("parent", "speaker")}
# Vocatives naming a mutual kinship: "Morning, cuz", "Thanks, big brother", "Little sister, ...".
# A bare "brother"/"bro" is also how friends and monks are hailed, so those need "big"/"little"; so does a bare
# "Sister", the title of a ward sister or a nun ("Yes, Sister."; session 25: 0 true / 2 false on the tune set).
ADDRESS_MUTUAL = {"cuz": "cousin", "coz": "cousin", "cousin": "cousin", "sis": "sibling", "sissy": "sibling"}
ADDRESS_MUTUAL_SIZED = {"brother": "sibling", "bro": "sibling", "sister": "sibling", "sis": "sibling",
                        "cousin": "cousin"}
# Endearments only lovers use as a form of address; "honey", "darling" and "sweetheart" are also what
# parents call children, and "babe" is what friends and flatmates call each other ("I'm sorry, babe," from a
# friend: 0 true / 8 false on the tune set), so none is here: the rule is kept for a word that is only a lover's.
ADDRESS_ROMANTIC: set[str] = set()
# What staff call the one they work for ("Morning, boss."): the addressee is the
# speaker's boss. ("Sir", "ma'am" and "Chef" are also said to strangers, customers and fellow cooks: not here.)
ADDRESS_BOSS = {"boss", "guv", "guvnor", "gaffer", "chef"}  # ("Thirty seconds, chef": a kitchen's head)
# What a team or a pupil calls the one who trains them ("Yes, Coach."): the addressee is the speaker's teacher.
ADDRESS_TEACHER = {"coach"}
SIZE_WORDS = {"big", "little", "baby", "older", "younger", "kid"}

# Where an event or state usually falls in a romance, so a recalled cue ("I remembered when he
# proposed") told after a later stage can be put back before it on story time.
LIFECYCLE = {
    "meeting": 0, "first_kiss": 1, "confession": 1, "crush": 0.5, "dating": 2, "proposal": 3,
    "engagement": 3.2, "engaged": 3.5, "wedding": 4, "married": 4.5, "breakup": 5, "ex": 5.5,
    "wants_back": 6,
}

BODY_PARTS = {"arm", "leg", "wrist", "ankle", "rib", "ribs", "nose", "neck", "collarbone", "hip", "shoulder",
              "knee", "hand", "foot", "jaw", "skull", "finger", "head"}
# heights a fall from hurts ("fell off a ladder", "the fall from his horse")
FALL_FROM = {"horse", "ladder", "roof", "bike", "bicycle", "motorbike", "cliff", "scaffold", "scaffolding", "tree",
             "wall", "stairs", "stair", "staircase", "balcony", "pony", "mare", "stallion"}
MEMORY_VERBS = {"remember", "recall", "reminisce", "recollect"}
MODALS = {"will", "would", "can", "could", "should", "might", "may", "must", "shall", "'ll", "'d", "ca", "wo",
          "gon", "gonna"}
DESIRE_VERBS = {"want", "wanna", "hope", "wish", "plan", "need", "try", "going", "intend", "decide", "have"}
EXPERIENTIAL = {"before", "again", "always", "ever"}

EVENT_TYPES = ["meeting", "first_kiss", "confession", "proposal", "engagement", "wedding", "breakup",
               "new_partner", "fight", "reconciliation", "comfort", "injury", "death"]
# Events that happen once per pair: repeated mentions are the same event.
ONCE = {"meeting", "first_kiss", "proposal", "engagement", "wedding", "death"}

# Gender of gendered relation nouns, to check an antecedent ("my sister" is not "he").
NOUN_GENDER = {}
for _w in ("mother mom mum mommy mummy mama mamma stepmother stepmom daughter stepdaughter sister stepsister "
           "half-sister sis aunt auntie niece grandmother grandma granny gran granddaughter wife girlfriend "
           "fiancée fiancee widow mam mammy nan nana nanna").split():
    NOUN_GENDER[_w] = "she"
for _w in ("father dad daddy papa stepfather stepdad son stepson brother stepbrother half-brother bro uncle "
           "nephew grandfather grandpa granddad grandad grandson husband boyfriend fiancé fiance widower granda grandda").split():
    NOUN_GENDER[_w] = "he"

# Characters the text names by kinship ("Gran", "Mom", "Uncle Teo") relate so to the narrator.
KIN_NAMES = {"mom": "parent", "mum": "parent", "mommy": "parent", "mama": "parent", "dad": "parent",
             "daddy": "parent", "papa": "parent", "gran": "grandparent", "grandma": "grandparent",
             "grandpa": "grandparent", "granny": "grandparent", "nana": "grandparent", "nan": "grandparent", "uncle": "aunt_or_uncle",
             "aunt": "aunt_or_uncle", "auntie": "aunt_or_uncle", "grandad": "grandparent", "granddad": "grandparent",
             "grandpapa": "grandparent", "grandmama": "grandparent", "nanna": "grandparent", "gramps": "grandparent",
             "grandmother": "grandparent", "grandfather": "grandparent", "mummy": "parent", "mam": "parent",
             "ma": "parent", "pa": "parent", "pop": "parent", "aunty": "aunt_or_uncle"}
# the same titles in the languages fan fiction and family sagas borrow ("Avô Abílio", "Nonna", "Oma")
for _w in "avô avó avo vovô vovó abuela abuelo abuelita abuelito nonna nonno oma opa bubbe zayde yiayia pappou " \
          "lola lolo babcia dziadek babushka dedushka nain taid mamgu tadcu".split():  # (Welsh: "Nain", "Taid")
    KIN_NAMES[_w] = "grandparent"
for _w in "tía tío tia tio zia zio tante onkel".split():
    KIN_NAMES[_w] = "aunt_or_uncle"
# a parent's title in the languages family stories borrow ("Appa wants the car back by six", "Mamá phoned twice")
# (with the sex each names, so a title is only bound to a named person of that sex)
for _w, _g in (("mamma mammy maman mamá mamã mãe ammi amma ammu umma eomma mutti", "she"),
               ("papá papà abbu abba appa baba vati tata", "he")):
    for _x in _w.split():
        KIN_NAMES[_x] = "parent"
        NOUN_GENDER.setdefault(_x, _g)
for _w, _g in (("halmeoni nani dadi", "she"), ("harabeoji", "he")):
    for _x in _w.split():
        KIN_NAMES[_x] = "grandparent"
        NOUN_GENDER.setdefault(_x, _g)
for _w, _g in (("imo khala chachi mausi bua tita ciocia", "she"), ("khalu chacha tito wujek", "he")):
    for _x in _w.split():
        KIN_NAMES[_x] = "aunt_or_uncle"
        NOUN_GENDER.setdefault(_x, _g)

# Spans of time ("had lasted about six weeks")
DURATION_NOUNS = {"day", "week", "month", "year", "summer", "winter", "spring", "autumn", "term", "season",
                  "fortnight"}

# A group one teaches or coaches ("taught their whole year", "coached our team")
PUPIL_GROUPS = {"class", "year", "form", "team", "squad", "group", "crew", "choir", "set"}

# Working for someone: "hired me as her sous chef", "worked under her", "on her staff".
# what one is paid ("Joe paid Dora's wages": cues._bonds), what one is called by those one employs ("called
# him Boss": cues._boss_hail), the posts one is taken on for that make a teacher ("took him on as apprentice")
# trades spent "under" someone for years ("cooked under me for three years": cues._years_under); not the
# performing verbs (a choir sings under a conductor, a team plays under a captain: teacher or colleague)
UNDER_VERBS = {"be", "cook", "nurse", "sail", "fly", "drive", "clean"}
WAGE_NOUNS = {"wage", "wages", "salary"}
# what a wage is paid in ("paid her nine shillings a week", "paid him cash"): a payment object that is no purchase
MONEY_NOUNS = {"cash", "wage", "wages", "salary", "money", "pound", "quid", "dollar", "buck", "cent", "penny", "pence",
               "shilling", "euro", "rate", "minimum", "overtime"}
BOSS_HAILS = {"boss", "chef", "gaffer", "guv", "guv'nor", "guvnor", "governor", "jefe"}
PUPIL_POSTS = {"apprentice", "pupil", "student", "protégé", "protege"}
HIRE_VERBS = {"hire", "employ", "recruit", "appoint", "rehire", "fire", "sack", "dismiss", "reinstate"}  # (the
# formal register's "dismissed the under-gardener", "reinstated Kitto after the inquiry")
WORK_VERBS = {"work", "answer", "report", "train", "apprentice", "serve", "clerk", "intern"}
WORKPLACE_NOUNS = {"staff", "team", "crew", "lab", "laboratory", "department", "office", "firm", "kitchen", "unit",
                   "squad", "chambers", "payroll", "company", "shop", "studio", "band", "workshop",
                   "household", "service", "employ", "retinue", "guard"}  # ("served in the Queen's household")
# places one owns or runs and others work at ("who owned the place", "went to work at the bookshop")
BUSINESS_NOUNS = WORKPLACE_NOUNS - {"team", "crew", "squad", "unit", "band", "payroll", "staff"} | {
    "place", "bookshop", "garage", "café", "cafe", "restaurant", "pub", "bakery", "practice", "business", "salon",
    "bar", "hotel", "farm", "surgery", "clinic", "store", "gallery", "agency", "paper", "newspaper", "bistro"}
# posts two people share at work: "on the same line / shift / ward" (cues._bonds, with "same")
# leaning or pressed "against each other" is closeness, not a contest
AGAINST_NOT_RIVALS = {"lean", "press", "rest", "huddle", "brush", "bump", "rub", "sleep", "lie", "sit", "stand", "hold"}
# where two people who work "at the same ..." are colleagues (cues._same_workplace), beside the workplaces
SHARED_PLACES = {"hospital", "ship", "station", "club", "school", "factory", "mill", "yard", "site", "base"}
# verbs of doing a job there ("drive for the same team"; not "went to the same school")
JOB_VERBS = {"work", "drive", "play", "race", "ride", "fly", "sail", "write", "sing", "cook", "teach", "nurse", "serve",
              "perform", "dance", "report", "clean", "build", "fight", "row", "skate", "coach"}
SHARED_POSTS = {"line", "shift", "ward", "watch", "desk", "beat", "rota", "floor"}
# Two people who started at one workplace at one time ("Zofia and I started here the same month", "had joined
# the firm the same week as Ilka", "had signed on as deckhands on the same day") are colleagues
# (cues._started_together): the time nouns, and the verbs of taking up a post
SAME_START_TIMES = {"week", "day", "month", "year", "term", "summer", "spring", "autumn", "winter", "intake", "season"}
START_VERBS = {"start", "join", "begin", "come", "arrive", "enlist", "sign"}
# where one starts: a place one works, or "here"/"there"/"aboard" (not "started school the same week")
START_NOT_PLACES = {"school", "college", "university", "class", "nursery", "course", "degree", "life"}
# Every noun of a place or body one works in or for, written once (cues._started_together, cues._since_before_i):
# the workplaces, businesses, shared places and posts above, and the general places of work they leave out
WORK_PLACES = WORKPLACE_NOUNS | BUSINESS_NOUNS | SHARED_PLACES | SHARED_POSTS | {
    "market", "stall", "warehouse", "depot", "newsroom", "theatre", "library", "bank", "court", "precinct",
    "barracks", "dock", "hangar", "mission", "embassy", "regiment", "council", "ministry"}
# where a story is set at work, so that a desk or bench near someone's is a colleague's (cues._desk_neighbour):
# the places of work above without the words of other uses ("place", "household", "band", "team", "line", "floor")
DESK_WORKPLACES = (WORKPLACE_NOUNS | BUSINESS_NOUNS | {
    "newsroom", "warehouse", "depot", "factory", "mill", "hospital", "ward", "precinct", "bank", "agency",
    "shift", "rota", "works", "call centre", "open-plan", "workbench", "foreman", "overtime"}) - {
    "place", "household", "band", "team", "service", "employ", "retinue", "guard", "squad", "unit", "kitchen"}
# "Wilma has been head porter at the Larches since before I started", "Bertil has run the bar at the Swan since
# before I was born": one who has held a post since before a first-person narrator came works where the
# narrator works (cues._since_before_i); heading it (these verbs and titles) makes them the narrator's boss
HEAD_VERBS = {"run", "manage", "head", "lead", "command", "captain", "keep", "skipper"}
HEAD_TITLES = {"boss", "manager", "editor", "director", "foreman", "captain", "chef", "head", "matron",
               "supervisor", "superintendent", "skipper", "master", "charge"}
# Two people after one thing that only one can have ("had been up for the same parts", "applied for the
# same job", "wanted the same girl") are rivals: verbs of going after something (with "for"), and the
# things one person wins (needed with the looser verbs: "went for the same reason" is no contest).
CONTEST_FOR_VERBS = {"compete", "audition", "vie", "apply", "go", "try", "run", "fight", "bid", "interview", "up"}
CONTEST_STRICT_VERBS = {"compete", "audition", "vie", "up"}
CONTESTED_NOUNS = {"part", "role", "job", "post", "position", "promotion", "prize", "award", "title", "scholarship",
                   "place", "spot", "seat", "girl", "boy", "man", "woman", "lead", "contract", "medal", "trophy",
                   "captaincy", "chair", "fellowship", "commission", "hand"}
# What two people "at war over" fight for as rivals (cues, session 28): the things one person wins, and the
# trophies kept out of CONTESTED_NOUNS because they are everyday things too ("went for a cup of tea")
WAR_PRIZES = CONTESTED_NOUNS | {"cup", "shield"}
CONTEST_WANT_VERBS = {"want", "covet", "chase", "court", "fancy", "love"}
# Contests one side loses to the other ("lost the final to her", "fought for the championship"), with CONTESTED_NOUNS
CONTESTS_LOST = {"race", "match", "final", "semifinal", "election", "vote", "bout", "contest", "competition", "cup",
                 "championship", "tournament", "heat", "trial", "audition", "pitch", "tender", "account", "client"}
# Romance ending without a named break-up: "we drifted apart", "went our separate ways". Only a pair the
# story also shows as romantic gets an "ex" from these (friends drift apart too).
DRIFT_VERBS = {"drift", "grow"}
# A couple living together: "moved in together", "live together".
COHABIT_VERBS = {"move", "live"}

# Where weddings are held: "they were married in the chapel" tells the wedding, not just the state.
CEREMONY_PLACES = {"chapel", "church", "cathedral", "registry", "register", "synagogue", "mosque", "temple",
                   "spring", "summer", "autumn", "fall", "winter", "christmas", "easter"}

# Verbs that end a couple; a spouse noun as their object says what the pair was before ("left his wife").
BREAKUP_VERBS = {"leave", "divorce", "dump", "ditch", "desert", "abandon", "jilt"}

# A relation noun as the subject of these, with the next speech by a named person, names that person.
CALL_VERBS = {"call", "phone", "ring", "text", "say", "ask", "answer", "reply", "shout", "appear", "arrive", "come"}

# Every lemma a predicate rule looks at (the cue finder skips all other verbs at once).
TRIGGER_LEMMAS = set("""accept claim stretch undercut finish last sit stay wait break split call dump divorce propose marry date go be get win want take reconcile make
forgive kiss meet fight argue quarrel bicker love see confess admit tell hug comfort console reassure soothe
embrace rub stroke pat hold squeeze bump nudge fancy patch murder find lose exchange lay introduce bully torment feud cry sob weep manage supervise stab shoot knock sprain twist cut burn bang fracture dislocate graze scald injure wound hurt die drown pass kill put wrap throw tear rupture
hire employ recruit appoint work answer report train apprentice serve clerk intern drift grow end beat rest press open start found set run build study
move live ask compete hate elope hook pine pin adopt befriend mentor become loathe despise detest rehire catch fire sack dismiss reinstate walk step court inseparable leave fall tie hitch pop raise bring have lean cheat separate share wipe slap punch hit shove thump
give hand send return post know run say bury teach coach tutor partner release accept shout yell scream snarl snap race
jilt promise offer pay count dock cook nurse sail fly drive clean divorced unmarried wed handfast swear represent sign slam laugh speak talk let learn foster land tear rip strain pull""".split())

# how long two people have not spoken to each other ("had not talked in nine months"): a span of days or
# more after "for" / "in" makes a silence a falling-out, not a mood ("an hour", "a while", "the rest of
# the drive" are moods)
SILENCE_SPANS = {"year", "month", "week", "day", "fortnight", "decade", "summer", "winter", "spring", "autumn",
                 "age", "life", "lifetime"}
# what a silence may start from ("since the christening"): an event, not a meal or an hour ("since breakfast")
SILENCE_EVENTS = {"funeral", "wedding", "divorce", "separation", "split", "breakup", "break-up", "row", "quarrel",
                  "argument", "fight", "falling-out", "trial", "accident", "christening", "engagement", "affair",
                  "scandal", "war", "graduation", "inquest", "verdict", "betrayal", "incident", "estrangement"}

# going somewhere: "walked into the newsroom holding Blake's hand" is no comfort
MOTION_VERBS = {"walk", "come", "go", "arrive", "stroll", "wander", "enter", "leave", "run", "cross", "head", "saunter"}

# adjective -> the prepositions that make it a crush on someone ("sweet on", "mad about", "smitten with")
CRUSH_ADJ = {"sweet": ("on",), "soft": ("on",), "keen": ("on",), "mad": ("about",), "crazy": ("about",),
             "nuts": ("about",), "smitten": ("with", "by"), "besotted": ("with", "by")}

# a body part dressed or bleeding is an injury of its owner ("with Aled's head bandaged")
WOUND_WORDS = {"bandaged", "bleeding", "stitched", "splinted", "plastered", "strapped",
               "broken", "dislocated", "fractured", "sprained", "cracked", "scalded", "burnt"}  # ("Tam's wrist was sprained")
WOUND_WORDS |= {"cut", "bruised", "grazed", "split", "gashed", "swollen"}  # session 29: "a grazed elbow", "her gashed temple"

# where one is fetched from ("met me at the airport"): no first meeting
PICKUP_PLACES = {"airport", "station", "gate", "gates", "door", "stop", "platform", "terminal", "arrivals", "quay",
                 "dock", "pier", "barrier", "train", "bus", "ferry", "plane", "flight"}

# what carries a person off in the old idiom of death ("the tide took Ansel", "the consumption claimed her"):
# the subject of a past "took"/"taken"/"claimed" with a person as its object
DEATH_TAKERS = {"sea", "river", "tide", "flood", "storm", "waves", "water", "lake", "fever", "sickness", "illness",
                "disease", "cancer", "flu", "influenza", "consumption", "pneumonia", "plague", "typhus", "cholera",
                "diphtheria", "smallpox", "pox", "tuberculosis", "war", "croup", "measles"}

# what an injury turned out to be, told of a hurt already shown ("It's a sprain", "she needed five stitches")
DIAGNOSES = {"sprain", "concussion", "fracture", "stitches", "ligament", "concussed", "sprained"}
# hurting one's own body part ("sprained his ankle", "cut her hand", "hit his head")
HURT_VERBS = {"sprain", "twist", "cut", "burn", "bang", "fracture", "dislocate", "graze", "scald", "hit", "hurt", "tear",
              "rupture"}
# what a sportsman tears or hurts besides the body parts ("tore her hamstring", "hurt his back"; session 27)
TORN_PARTS = {"hamstring", "calf", "groin", "muscle", "ligament", "tendon", "cartilage", "achilles", "back", "thumb",
              "elbow", "shin", "toe", "cheekbone"}
# what runs people down ("was hit by a car")
VEHICLES = {"car", "van", "bus", "lorry", "truck", "bike", "cyclist", "motorbike", "train", "taxi", "cab", "tram"}

# times a preposition may name ("walking out on his evenings off"): not a person
TIME_NOUNS = {"evening", "evenings", "morning", "mornings", "night", "nights", "day", "days", "afternoon", "afternoons",
              "weekend", "weekends", "holiday", "holidays", "sunday", "sundays", "saturday", "saturdays", "monday",
              "tuesday", "wednesday", "thursday", "friday", "occasion", "occasions", "way"}

# A part acted, not a tie: "cast as sisters", "my aunt in the play" (session 13).
CASTING_VERBS = {"cast", "audition", "star", "recast"}
PERFORMED_WORKS = {"play", "film", "movie", "show", "production", "musical", "pantomime", "panto", "opera",
                   "series", "sitcom", "soap", "episode", "sketch", "drama", "rehearsal", "scene"}
