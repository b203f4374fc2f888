"""Where a sentence stands in a report's story: a release of captives, a day of their return, an
earlier wave of attacks, a bare follow-up to the act just told, or a line that blames an actor.

These readings decide whether a sentence tells a new act and which values it borrows; the reader
(``analyse.py``) calls them sentence by sentence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.extract import cues
from marsad.extract import lexicon as lx
from marsad.extract.actors import Actor, named_as_affiliate
from marsad.extract.blame import fired_from_their_ground
from marsad.extract.context import small_place_names
from marsad.extract.dates import DateValue
from marsad.extract.doctext import text_of
from marsad.extract.doers import OTHERS_DID_IT, absent_or_aimed_at
from marsad.extract.layout import BULLET_BREAK, caption_at
from marsad.extract.sentence import Mention, SentenceContext
from marsad.extract.told_apart import day_of_act_before

_RELEASING = {"release", "free", "rescue", "demobilise", "demobilize", "reunite"}
_MEDIA = {
    "video",
    "statement",
    "footage",
    "report",
    "recording",
    "picture",
    "photo",
    "image",
    "film",
    "audio",
    "figure",
    "data",
    "statistic",
    "toll",
    "number",
    "tally",
    "casualty",
}


def is_release(sent) -> bool:
    """Whether the sentence is about people set free ("troops rescued 97 women"), not a video released."""
    root = sent.root
    if root.lemma_.lower() in ("say", "tell", "report", "add", "announce"):  # "..., UNICEF said": what was said
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    after = sent.doc[root.i + 1 : root.i + 12]  # "released another 'Cubs of the Caliphate' training video"
    if root.lemma_.lower() not in _RELEASING or any(t.lemma_.lower() in _MEDIA for t in (*root.children, *after)):
        return False
    if root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False  # "girls rescued from the group say ...": who is speaking, not what happened
    if re.search(r"\brelease of (?:a |the )?(?:[\w-]+ )?(?:gas|chemicals?|toxins?|substances?|sarin)\b", sent.text):
        return False  # "The release of a toxic gas ... killed at least 89 people": a poison let out, no one freed
    if _OF_THOSE_TAKEN.match(sent.text):
        return False  # "Of the 3,100 Yazidis kidnapped by the group, some 1,500 have been rescued": the total taken
    if _TAKEN_AT.search(sent.text) and re.search(r",? and (?:later )?(?:released|freed)\b", sent.text):
        return False  # "hundreds of schoolboys who were kidnapped in Kankara town ..., and released": the taking told
    if re.search(r"\b(?:killed|dead|died)\b[^;]*;", sent.text):
        return False  # "At least 30 people were killed, and 56 wounded; a total of 176 hostages were released"
    return not re.search(r"\b(?:but|while|although|yet)\b", sent.text)  # "freed 22, but 3,500 remain in its hands"


_TAKEN_AT = re.compile(r"\b(?:who|that) (?:were|was|had been) (?:kidnapped|abducted) (?:in|from|at) [A-Z]")
_OF_THOSE_TAKEN = re.compile(
    r"\W*Of the (?:more than |some |about |over |nearly )?[\d,]+ (?:[\w-]+ ){0,3}"
    r"(?:kidnapped|abducted|captured|enslaved|taken)\b",
    re.I,
)


# captives brought back: a date beside these words is the day of their return, not of their taking
RETURNED = re.compile(
    r"\b(?:returned|brought (?:them |the \w+ )?back|released|freed|set free|regain(?:ed)? their freedom|reunited)\b",
    re.IGNORECASE,
)


def taking_dates(dates: list, sent) -> list:
    """The dates of an abduction told in a sentence about the captives' return that belong to the
    taking: those nearer an abduction word than a word of return."""
    text, offset = sent.text, sent.start_char
    taken = [m.start() for m in lx.TRIGGERS["abduction"].finditer(text)]
    back = [m.start() for m in RETURNED.finditer(text)]

    def nearest(marks: list[int], at: int) -> int:
        return min((abs(m - at) for m in marks), default=10**6)

    def between(at: int) -> bool:  # "seized ... on 14 May last year ..., who was freed in March": before the return
        return any(t < at for t in taken) and all(b > at for b in back)

    return [d for d in dates if nearest(taken, d[1] - offset) < nearest(back, d[1] - offset) or between(d[1] - offset)]


def undated_wave(sent, dates: list) -> bool:
    """ "After a wave of bombings": an earlier wave, background. An agent's wave dated to a day ("when
    ISIL carried out a string of suicide attacks" on Wednesday) or a wave followed by its day
    ("following a series of suicide bombings ... on 25 July") is the act told."""
    wave = lx.WAVE.search(sent.text)
    if not wave:
        return False
    days = [start for value, start, _ in dates if value.precision == "day"]
    if not re.match(r"(?:after|following|amid|despite)\b", wave.group(0), re.I):
        return not days
    return not any(start >= sent.start_char + wave.end() for start in days)


def next_day(mention: Mention, sent, earlier: list[Mention]) -> Mention:
    """ "The next day, a family of five ... targeted a police station": the day after the last day told."""
    match = cues.NEXT_DAY.match(sent.text)
    earlier = _of_story(earlier, text_of(sent.doc))
    day = next((d for m in reversed(earlier) for d in m.dates if d[0].precision == "day"), None)
    if match:  # the parser's reading of "the next day" counts from the day of publication
        mention.dates = [d for d in mention.dates if not sent.start_char <= d[1] < sent.start_char + match.end()]
    if match and day is not None and not mention.dates:
        following = (date.fromisoformat(day[0].start) + timedelta(days=1)).isoformat()
        span = (sent.start_char + match.start(), sent.start_char + match.end())
        mention.dates = [(DateValue(following, following, "day"), *span)]
    same = _SAME_DAY.search(sent.text)
    if same:  # "On the same day, an IS attack ...": the parser reads "the same day" as publication's
        mention.dates = [d for d in mention.dates if not sent.start_char <= d[1] < sent.start_char + same.end()]
    if same and day is not None and not mention.dates:  # "Earlier in the day", "kidnapped in the night"
        mention.dates = [(day[0], sent.start_char + same.start(), sent.start_char + same.end())]
    return mention


def _of_story(earlier: list[Mention], text: str) -> list[Mention]:
    """The mentions of the story's own lines, not of a photo's caption ("A woman runs for cover from gunfire during
    clashes ..., Monday, Dec.Odelyn Joseph (AP)"): a caption's day and place are not the next sentence's."""
    return [m for m in earlier if not caption_at(text, m.start)]


_SAME_DAY = re.compile(
    r"^\W*(?:Earlier (?:in|on) (?:the|that) day|Later (?:in )?(?:that|the same) day|(?:On )?The same day"
    r"|That (?:night|evening))\b"
    r"|\b(?:in|during) the night\b(?! of\b)",
    re.I,
)


def inherit(mention: Mention, earlier: list[Mention], text: str) -> Mention:
    """A bare follow-up sentence ("Seven people were abducted.") happened where, when and by whom the
    sentence before it says: it takes those values (and their spans) from the previous mention."""
    earlier = [m for m in _of_story(earlier, text) if not m.aside]  # not an earlier act told in an aside ("following
    # the 2019 massacre")
    told = [m for m in earlier if not cues.CAME_AFTER.search(text[m.start : m.end])] or earlier
    if cues.GRAVE_FOUND.search(text[mention.start : mention.end]):
        return mention  # a grave found is its own act: "a day after peacekeepers discovered a mass grave"
    if earlier and not (mention.places or mention.dates or mention.actors):
        previous = told[-1]  # not an earlier act the report compares this one with ("comes four days after ...")
        if BULLET_BREAK.search(text[previous.end : mention.start]):
            return mention  # another bulletin item: nothing carries over
        mention.places, mention.dates, mention.actors = previous.places, previous.dates, previous.actors
        if OTHERS_DID_IT.search(text[mention.start : mention.end]):  # "killed in firing by the security forces"
            mention.actors = []
        mention.attribution = mention.attribution or previous.attribution
    elif earlier and not (mention.places or mention.dates) and _OTHERS.match(text, mention.start):
        mention.places, mention.dates = earlier[-1].places, earlier[-1].dates  # "Three other youths were flogged"
    elif earlier and not mention.dates and _THAT_ATTACK.search(text[mention.start : mention.end]):
        mention.dates = earlier[-1].dates  # "80 students lost their lives in that ADF attack": the one just told
        if all(p[0].precision == "country" for p in mention.places):  # ("Syria's opposition air commander")
            mention.places = earlier[-1].places or mention.places
    if earlier and (day := day_of_act_before(mention, told, text)):
        mention.dates = day  # "Hours later, a blast outside St Mark's ... left 17 dead"
    if earlier and not mention.dates and _QUOTE_GOES_ON.search(text[mention.start : mention.end]):
        dated = next((m for m in reversed(told) if m.dates), None)  # '"... and 60 others kidnapped," it added'
        if dated and all(p[0].precision == "country" for p in mention.places):
            mention.places = dated.places or mention.places
        if dated:
            mention.dates, mention.actors = dated.dates, mention.actors or dated.actors
    return mention


# "Islamic State carried out a deadly assault on parliament ... in Tehran in June last year": an earlier deed
_EARLIER_DEED = re.compile(
    r"\bcarried out (?:an?|the) (?:[\w-]+ ){0,2}(?:assault|attack|bombing|raid)\b[^.;]{0,100}"
    r"\b(?:last year|years ago)\b"
    # "Shahcheragh mosque in Shiraz was target of attack last year claimed by ISIS": a deck's earlier act
    r"|\b(?:target|scene) of (?:an? |the )?(?:[\w-]+ )?(?:assault|attack|bombing|raid) (?:last year|in (?:19|20)\d\d)"
    r" (?:claimed by|blamed on)\b"
)
# "There have been a number of attacks on Copts in recent months claimed by Islamic State (IS) militants"
_MANY = re.compile(
    r"\b(?:a number of|several|a string of|a series of|numerous) (?:\w+ )?attacks\b[^.;]{0,80}\bclaimed by\b"
)
_THAT_ACT = re.compile(r"\b(?:for|behind) that (?:[\w-]+ )?(?:attack|bombing|blast|raid|massacre)\b", re.I)
_HEARSAY = re.compile(r"\bit (?:is|was|has been|had been) claimed\b", re.I)
_CONTESTED = re.compile(
    r"\b(?:denied|denies|had not carried out|did not carry out)\b[^.;]{0,80}\b(?:and )?(?:in turn |instead )blamed\b",
    re.I,
)
_DENIED_AND_BLAMED = re.compile(
    r"\bdenied (?:any )?responsibility\b[^.;]{0,120}\b(?:were|was) (?:responsible|to blame)\b", re.I
)
# "Government and Ambazonia Separatist leaders blame each other for the attack"
_MUTUAL = re.compile(r"\b(?:blam\w*|accus\w*) (?:each other|one another)\b", re.I)
# "Separatist leaders accuse the Cameroun military of carrying out the massacre": the accused answer in kind
_ACCUSES = re.compile(
    r"\baccus(?:e|es|ed|ing) (?:the )?[^.;]{0,50}?\bof (?:carrying out|perpetrating|committing)\b", re.I
)
_OTHERS = re.compile(
    r"\W*(?:[\w-]+ ){1,2}(?:other|more) (?:\w+ )?(?:men|women|youths|people|villagers|captives)\b", re.I
)
_HIT = re.compile(  # a state's forces as victims (not "The attack was attributed to the Syrian Army": the doers)
    r"\b(?:kill\w*|ambush\w*|attack\w*|target\w*)\b(?![^.;]{0,25}\b(?:attributed to|blamed on)\b)[^.;]{0,25}$", re.I
)
# "Residents claimed that the attack was directed at ethnic Fano militiamen": the group struck, not the doer
_AIMED_AT = re.compile(r"\b(?:directed at|aimed at|targeted|targeting)\b(?! by\b)[^.;]{0,25}$", re.I)
# "the notes ... had been signed by a group calling itself the 'Militarised Communist Party of Peru'": the doers' name
_SIGNED = re.compile(
    r"\b(?:pamphlets?|leaflets?|notes?|flyers?|messages?)\b[^.;]{0,80}\b(?:signed by|bearing the name of)\b", re.I
)
# a statement quoted on: its next sentence tells more of the act told before
_QUOTE_GOES_ON = re.compile(r"^\W*[\"“]|[\"”],? (?:it|he|she|they) (?:said|added)\b|^\W*(?:It|He|She) added\b")
_THAT_ATTACK = re.compile(
    r"\b(?:that|the same)\s+(?:[\w-]+\s+)?(?:attack|raid|assault|massacre|bombing)\b"
    r"|\bkilled in the (?:air ?)?strikes\b",  # "... about 30 militants were killed in the strikes": those just told
    re.I,
)


# "with 43 percent attributed to the Taliban", "40 percent of all civilian casualties were caused by ... and in attacks
# claimed by ISIL": shares of a period's casualties, not the blame for an act
_SHARE_BLAMED = re.compile(
    r"\b\d+(?:\.\d+)? ?(?:percent|per cent|%)[^.;]{0,60}\b(?:casualties|deaths|attributed|blamed|caused)\b", re.I
)


# "where the Ethiopian Government and Fano militants have engaged in intense fighting is ... where an attack was
# carried out": the two sides of a war, neither blamed for the attack
_SIDES_FIGHTING = re.compile(
    r"\b(?:and|between) (?:the )?(?:[A-Z][\w-]+ ){1,3}(?:[\w-]+ )?(?:have|has|had) (?:been )?"
    r"(?:engaged in|fighting|fought|clashed)\b"
)
_EITHER_GROUP = re.compile(r"^\W*(?:Both|Either)\b[^.;]{0,80}\b(?:and|or)\b[^.;]{0,80}\b(?:have|has) carried out\b")


# "The Islamic State (IS) claimed responsibility for that attack, however, no group has yet claimed responsibility for
# the most recent incident": a denial told of another act in a clause of its own
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:however|but|whereas)\b,?")


def _cue_clause(told: str, cue: re.Match[str]) -> str:
    """The clause of ``told`` that holds the blame ``cue``: a claim for "that attack" stands though a later clause says
    "however, no group has yet claimed" another."""
    after = _CLAUSE_BREAK.search(told, cue.end())
    return told[: after.start()] if after else told


def blamed(doc, mentions, text: str) -> list[tuple[Actor, int]]:
    """Actors named in sentences that blame them or say they claimed an attack, with the start of
    the sentence that blames them; none where the blame is contested ("Ghani blamed the Taliban, but
    the insurgent group denied any responsibility and instead blamed the Islamic State")."""
    found: list[tuple[Actor, int]] = []
    previous = None
    for sent in doc.sents:
        told = text[sent.start_char : sent.end_char]
        if _CONTESTED.search(told):  # the accused denies it and blames another: neither is blamed
            found = [f for f in found if f[1] != previous]
            continue
        previous = sent.start_char
        # (not "retaliation for killings carried out by Anti-Balaka militants": why they struck, not who did it)
        told = cues.MOTIVE.sub(lambda m: " " * len(m.group(0)), told)
        told = _HEARSAY.sub(lambda m: " " * len(m.group(0)), told)  # "..., it is claimed": a hedge, no claim
        cue = lx.BLAME.search(told) or _SIGNED.search(told)
        if (
            not cue
            or _EITHER_GROUP.search(told)
            or _EARLIER_DEED.search(told)
            or _MANY.search(told)
            or (_SIDES_FIGHTING.search(told) and not re.search(r"\bby\b", told))
        ):
            continue  # (not "Both Kurdish and Islamic State militants have carried out bomb attacks in Turkey")
        denied = re.search(
            r"\bno(?:[ -]\w+)? (?:group|one|claim)\b|\bno-one\b|\bden(?:ied|ies|y)\b|\bnot involved\b"
            r"|\bnothing to do with\b"
            r"|\b(?:has|have|had) not (?:yet )?(?:been )?(?:claimed|admitted)\b|\bnot yet claimed\b|\bunclaimed\b",
            _cue_clause(told, cue),
            re.IGNORECASE,
        ) and not re.search(
            r"\b(?:blamed|attributed|perpetrated by|believed to|suspected|believes?|pointed to"
            r"|(?:main|prime) suspect|hallmarks?|(?:may|might|could) be behind|incriminat\w*)\b",
            told,
        )  # "no group has claimed it", "the Taliban denied it"; "believed to be perpetrated by X" names X
        denied = denied or re.search(  # "The Taliban were not believed to have been involved"
            r"\bnot (?:believed|thought|suspected|said) to (?:have been |be )?(?:involved|behind|responsible)", told
        )
        near = told[max(0, cue.start() - 60) : cue.end() + 60]  # not "... a source of such attacks" far after it
        if not denied and not cues.HABIT.search(near) and not _SHARE_BLAMED.search(told):
            named = [
                m
                for m in mentions
                if sent.start_char <= m.start < sent.end_char
                and told[m.start - sent.start_char] != " "  # (not named in the motive)
                and not named_as_affiliate(text, m.start)
                and not (m.actor.kind == "state" and _HIT.search(text, max(0, m.start - 40), m.start))
                and not _AIMED_AT.search(text, max(0, m.start - 40), m.start)  # "the attack was directed at ... Fano"
                and not absent_or_aimed_at(text, m.start)  # "the presence of any Fano"
            ]  # not "gunmen linked to the notorious Abu Sayyaf", nor "killed more than 100 Burkina Faso soldiers"
            if not named and (group := _THE_GROUP.search(told)):  # "claimed by the insurgent group"
                before = [
                    m for m in mentions if m.end <= sent.start_char + group.start() and m.actor.kind == "armed_group"
                ]
                named = before[-1:]
            at, end = sent.start_char + cue.start(), sent.start_char + cue.end()
            # the group named nearest the blame comes first: "FARC ..., but ... the one blamed for the attack: the ELN"
            named.sort(key=lambda m: at - m.end if m.end <= at else m.start - end)
            found += [(m.actor, sent.start_char) for m in named]
    return found + fired_from_their_ground(text)


def scene_before(
    context: SentenceContext, before: SentenceContext | None, mentions: list[Mention], main_actor: Actor | None
) -> SentenceContext:
    """A sentence that goes on about the act told just before (``before``, the previous sentence's context, or
    ``None``) takes its values: "... the assault on the Westgate Shopping Mall in Nairobi in 2013." then "That
    assault lasted for several days" (its day, place and doers); "They were then lined up ... and executed" (its
    day); "also killed the soldiers" (the day and place of the last dated act)."""
    text = context.sent.text
    if before is not None and cues.THAT_ACT.match(text) and not context.dates() and not context.places:
        context.places, context._dates = before.places, before.dates()
        context.actors = context.actors or before.actors  # ("During the military offensive, the army troops beat")
        if not before.actors and main_actor and (their := cues.THEIR_ACTS.search(before.text)):
            context.actors = [(main_actor, before.offset + their.start(), before.offset + their.end())]
    elif before is not None and cues.THEN_DONE.search(text) and not context.dates():
        context._dates = before.dates()
    elif (
        cues.ALSO_DID.search(text) and not context.dates() and all(p[0].precision == "country" for p in context.places)
    ):
        latest = max((m.dates[0][0].start[:4] for m in mentions if m.dates), default="")
        # "also killed the soldiers": the last dated act, not an earlier year's act told for comparison
        told = next((m for m in reversed(mentions) if m.dates and m.dates[0][0].start[:4] == latest), None)
        context.places, context._dates = (told.places, told.dates) if told else (context.places, context._dates)
    return context


# "The terrorist group claimed ...", "claimed by the insurgent group": the armed group named before
_THE_GROUP = re.compile(r"\b[Tt]he (?:terrorist|terror|militant|jihadist|extremist|insurgent|armed) group\b")


def claimed_by(context: SentenceContext, mentions: list[Mention], actors: list) -> None:
    """A claim of responsibility ("The Islamic State claimed responsibility for the attack") names the doers of
    the act just told, not of an earlier one it was compared with ("the worst attack since 2005, when ...");
    "The terrorist group claimed ..." names the armed group named last before."""
    text = context.info.text
    claimed = [a for a in context.actors if a[0].kind == "armed_group" and not named_as_affiliate(text, a[1])]
    opening = _THE_GROUP.search(context.sent.text)
    if not claimed and opening and re.fullmatch(r"\W*", context.sent.text[: opening.start()]):
        named = [m for m in actors if m.end <= context.sent.start_char and m.actor.kind == "armed_group"]
        claimed = [(named[-1].actor, named[-1].start, named[-1].end)] if named else []
    told = next(  # (not an earlier act told in an aside: "the deadliest ... since the Chabahar suicide bombing")
        (
            m
            for m in reversed(mentions)
            if not (m.scene_only or (m.aside and not _THAT_ACT.search(context.sent.text)))
            and not cues.CAME_AFTER.search(text[m.start : m.end])
        ),
        mentions[-1],
    )
    told.actors = told.actors + [a for a in claimed if a[0] not in {b[0] for b in told.actors}]


def children_among_dead(mentions: list[Mention], text: str) -> None:
    """ "The dead include at least 13 women and 23 children": children among the dead of the act just told."""
    deadly = [m for m in mentions if m.type in ("killing", "execution", "bombing")]
    told = next((m for m in reversed(deadly) if m.counts), deadly[-1] if deadly else None)  # the counted telling
    if told is not None and lx.CHILD_TERMS.search(text):
        told.child_roles.add("victim")


# "Most of the captives were women, children and the elderly", "women and children are among them"
_CAPTIVES_LISTED = re.compile(
    r"\b(?:the|those) (?:captives|hostages|abductees|kidnapped|abducted)\b (?:were|are|include[sd]?)\b"
    r"|\b(?:women and )?children (?:are|were) among (?:them|the (?:captives|hostages|kidnapped|abducted))\b",
    re.I,
)


def children_among_taken(mentions: list[Mention], text: str) -> None:
    """ "Most of the captives were women, children and the elderly": children among those the act just told took."""
    taken = [m for m in mentions if m.type == "abduction"]
    if taken and _CAPTIVES_LISTED.search(text) and lx.CHILD_TERMS.search(text):
        next((m for m in reversed(taken) if m.counts), taken[-1]).child_roles.add("victim")


# "the well-planned LRA attack from December 14 to 17": the act told, on its days
THE_ACT_DAYS = re.compile(
    r"\bthe (?:[\w-]+ ){1,3}(?:attack|assault|raid|massacre|rampage|operation) (?:from|between|on)\b", re.I
)


def within_months(dates: list, day: str) -> bool:
    """Whether every date told (none, or months and years) holds ``day``: a telling its days narrow."""
    return all(d[0].precision in ("month", "year") and d[0].start <= day <= d[0].end for d in dates)


def narrowed_types(mentions: list[Mention], day: str, retold: list[str]) -> list[str]:
    """The other acts told in the month that days told later narrow ("killed 321 ... and abducted 250 ... in
    December", then "the attack from December 14 to 17"): each type whose every telling holds ``day``."""
    dated = dict.fromkeys(m.type for m in mentions if m.dates)
    return [
        t
        for t in dated
        if t not in retold and within_months([d for m in mentions if m.type == t for d in m.dates], day)
    ]


def blame_disputed(doc, mentions, text: str) -> bool:
    """Whether the report tells the blame for its act as disputed: the parties "blame each other", or the side
    blamed accuses the other in turn ("officials say separatist fighters carried out the attack ... Separatist
    leaders accuse the Cameroun military of carrying out the massacre")."""
    if _DENIED_AND_BLAMED.search(text):
        return True  # "The spokesman ... denied responsibility for Monday's attack and assured that the security forces
        # were responsible for it"
    if not (_MUTUAL.search(text) or _ACCUSES.search(text)):
        return False  # (read sentence by sentence only where the report has such words)
    blamed_kinds: set[str] = set()
    for sent in doc.sents:
        told = text[sent.start_char : sent.end_char]
        if _MUTUAL.search(told):
            return True
        named = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        if accuses := _ACCUSES.search(told):
            if lx.BLAME.search(told, 0, accuses.start()):  # "Officials blamed X for the attack, but X accused Y of"
                blamed_kinds |= {m.actor.kind for m in named if m.start - sent.start_char < accuses.start()}
            accused = {m.actor.kind for m in named if accuses.start() <= m.start - sent.start_char < accuses.end()}
            if accused and blamed_kinds - accused:
                return True
        if lx.BLAME.search(told):
            blamed_kinds |= {m.actor.kind for m in named}
    return False


def disputed_doers(incidents: list, doc, mentions, text: str) -> None:
    """The report's first act, whose blame the report tells as disputed, has no doer (the codebook: when the
    accused denies an attack and blames another, neither is blamed)."""
    if incidents and blame_disputed(doc, mentions, text):
        min(incidents, key=lambda i: min((s for s, _ in i.sources[0].spans), default=len(text))).perpetrators = []


# the items of a list told after the scene ("...: In January, a bomber killed 13. In March, ..."): still its scene
_ITEMS_BETWEEN = re.compile(rf"(?:\s*(?:In|On) (?:{lx.MONTHS})\b[^.;]*\.)*\s*")


def from_scene(
    mention: Mention, scene: SentenceContext, sent, text: str, just_before: bool, dated: bool, older: bool = False
) -> None:
    """What a sentence that sets the scene lends the act told after it: its place and day, when the act's own sentence
    names neither (or, just after it, only the act's own town: "Other attacks also took place on Monday. A family
    ..."), its place when the act names only its month ("ISIS has staged two attacks in Istanbul so far this year: In
    January, a suicide bomber killed 13"), and its armed group, when the act names no doer and is not ``older`` (an
    act of an earlier year than the scene's: "the deadliest since 2004 when al-Qaeda-inspired bombers killed 192")."""
    grave = bool(cues.GRAVE_FOUND.search(sent.text))
    own_places = [p for p in mention.places if p[0].precision != "country"] if just_before else []
    if (
        not grave
        and not (dated if just_before else mention.dates)
        and (own_places or all(p[0].precision == "country" for p in mention.places))  # or the headline's
        and not BULLET_BREAK.search(text[scene.end : sent.start_char])
    ):
        scene_places = [] if small_place_names(sent.text) else scene.places  # (its own village)
        mention.places, mention.dates = own_places or scene_places or mention.places, scene.dates()
        if not text[scene.end : sent.start_char].strip():  # "On 20 April, in Karma, ..."
            mention.start = min(mention.start, scene.offset)  # just before: its words are read too
    elif _ITEMS_BETWEEN.fullmatch(text, scene.end, sent.start_char) and not mention.places and not grave:
        mention.places = [p for p in scene.places if p[0].precision in ("town", "point")]
    sides = _SIDES_FIGHTING.search(scene.text)  # "where the government and Fano militants have engaged in fighting"
    if (
        not (mention.actors or sides)
        and scene.sent is not sent
        and not (grave or older or OTHERS_DID_IT.search(sent.text))
    ):
        mention.actors = [a for a in scene.actors if a[0].kind == "armed_group" and not named_as_affiliate(text, a[1])][
            :1
        ]
