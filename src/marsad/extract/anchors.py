"""What makes a mention an act of its own rather than talk about acts: a count, a place, a day, or, for acts
that go on or are filmed, the group doing them told with a camp, a video or a state that continues."""

from __future__ import annotations

import re

from marsad.extract import cues, folds
from marsad.extract.context import small_place_names
from marsad.extract.layout import caption_at
from marsad.extract.sentence import Mention
from marsad.extract.told_apart import reprisal_told

_SHOWN = re.compile(
    r"\b(?:video|footage|film|pictures|photos|images|camps?|training|(?:were|was) trained|drill\w*|school)\b", re.I
)


# "held large summer camps in schools and mosques", "during the annual summer camps": a practice, not one act
_PRACTICE = re.compile(
    r"\bannual\b|\bstrateg(?:y|ies)\b"
    r"|\b(?:schools|mosques|camps|cent(?:er|re)s) and (?:schools|mosques|camps|cent(?:er|re)s)\b",
    re.I,
)


def _shown(told: str) -> bool:
    """A camp, a training session or a video of them told as one act (not as a practice)."""
    return bool(_SHOWN.search(told)) and not _PRACTICE.search(told)


_TOPIC_WORDS = re.compile(r"(?:child )?recruitment|(?:the )?death toll|recruiting", re.I)


def _named_only(mention: Mention, text: str) -> bool:
    """ "Child recruitment in Yemen is one of the most infamous violations", "has alarmingly peaked the death
    toll": an act named only as a topic, with no count, day or place finer than a country."""
    word = text[mention.trigger[0] : mention.trigger[1]] if mention.trigger else ""
    return (
        bool(_TOPIC_WORDS.fullmatch(word.strip()))
        and not mention.counts
        and all(p[0].precision in ("country", "admin1", "region") for p in mention.places)
    )


def _practice_in_country(mention: Mention, event_type: str) -> bool:
    """ "Children may constitute a large part of the force recruited and used by al-Shabab in Somalia": the use
    of children named with only its country, no count and no day, is a practice, not one act."""
    return (
        event_type == "child_recruitment"
        and not mention.counts
        and not any(d[0].precision in ("day", "week") for d in mention.dates)
        and all(p[0].precision in ("country", "admin1", "region") for p in mention.places)
    )


_FILMED = re.compile(r"\b(?:videos?|footage|films?|clips?)\b", re.I)
_FILMED_ACTS = {"execution", "abuse", "sexual_violence"}
# "Yazidi girls held by the Islamic State are being sold": an act going on now, told without a count
_ONGOING = re.compile(r"\b(?:are|is) (?:still )?being\b|\b(?:are|is) still (?:held|holding)\b", re.I)
_EVERY = re.compile(r"\bevery (?:day|week|month)\b", re.I)  # "new abductions are being reported every week": a habit
_ONGOING_ACTS = {"sexual_violence", "abduction", "child_recruitment"}
_UNKNOWN_NUMBER = re.compile(r"\b(?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed) number of\b", re.I)


def anchors_act(m: Mention, event_type: str, text: str) -> bool:
    """Whether mention ``m`` of an act of ``event_type`` tells one act: its count, place or day, a village named,
    a camp or video of children trained, a filmed execution, captives still held, a blockade's group."""
    told = text[m.start : m.end]
    if event_type == "bombing" and not m.counts and _HURT.search(told) and not _DEAD.search(told):
        return False  # "two smaller bomb attacks ... wounding two soldiers and two rangers": no one killed
    return bool(
        m.counts
        or _UNKNOWN_NUMBER.search(told)  # "an unknown number of passengers were abducted"
        or (m.places and not _named_only(m, text) and not _practice_in_country(m, event_type))
        or (  # "clashed with troops in the village of Boundore", "retaken the town of Bashiqa": a named village
            (event_type != "armed_clash" or m.actors) and small_place_names(told)
        )  # "In the town of Palma, parents watched their sons wield guns"
        or any(d[0].precision in ("day", "week") for d in m.dates)
        or (m.dates and small_place_names(told))  # "the massacres in Solhan in June"
        or (event_type == "child_recruitment" and m.actors and _shown(told))
        or (event_type in _FILMED_ACTS and m.actors and _FILMED.search(told))
        or (event_type in _ONGOING_ACTS and m.actors and _ONGOING.search(told) and not _EVERY.search(told))
        # "The fighters killed the men while capturing their wives and children": taken in the killings told
        or (event_type in ("abduction", "sexual_violence") and m.actors and cues.DONE_TOGETHER.search(told))
        or (event_type == "denial_of_humanitarian_access" and m.actors)  # a blockade goes on: its group anchors it
        or (event_type == "armed_clash" and m.actors and folds.uncounted_soldiers([m], text))
        or (m.dates and m.actors and NAMED_TARGET.search(told))  # "In 2017 IS ... targeted Iran's Parliament"
        or reprisal_told(told)  # "Men from the village then carried out a reprisal attack on a nearby ... community"
    )


# a landmark struck, named: "twin bombings that targeted Iran's Parliament and the tomb of ... Khomeini"
NAMED_TARGET = re.compile(
    r"\b(?:targeted|targeting|struck|hit|attacked|stormed) (?:the )?(?:[A-Z][\w'’-]+ ){1,3}(?:Parliament|Embassy"
    r"|Consulate|Ministry|Palace|Mausoleum|Shrine|Mosque|Church|Cathedral|Hotel|Airport|Stadium)\b"
)


_HURT = re.compile(r"\b(?:wound(?:ed|ing)|injur(?:ed|ing|ies)|hurt|hearing loss)\b", re.I)
_DEAD = re.compile(r"\b(?:kill\w*|dead|died|deaths?|lives|bodies)\b", re.I)


# the act named as a topic, not told: "kidnappers", "kidnap incidents", "the rise in kidnapping"
_TOPIC_NOUN = re.compile(r"kidnap(?:ping|pings|pers)?|abductions|abductors|(?:death )?toll|deaths", re.I)


def _uncounted_undated(mention: Mention) -> bool:
    """No count and no day of its own."""
    return not mention.counts and not any(d[0].precision == "day" for d in mention.dates)


def topic_only(mention: Mention, text: str) -> bool:
    """An uncounted mention with no day of its own whose only word for the act is its noun, in a report of figures."""
    return (
        _uncounted_undated(mention)
        and mention.trigger is not None
        and bool(_TOPIC_NOUN.fullmatch(text[mention.trigger[0] : mention.trigger[1]]))
        and not re.search(
            r"\b(?:been|are|is|were|was|be)\s+$", text[max(0, mention.trigger[0] - 8) : mention.trigger[0]]
        )
    )  # (not "they have been kidnapping underage boys")


def _one_act_in_month(mention: Mention, text: str) -> bool:
    """ "reports of a massacre there in August": one act, dated to its month."""
    return any(d[0].precision == "month" for d in mention.dates) and bool(
        re.search(r"\ba (?:\w+ )?(?:massacre|attack|raid|bombing|ambush)\b", text[mention.start : mention.end], re.I)
    )


def told_in_general(mention: Mention, text: str) -> bool:
    """In a report of figures, an uncounted act with no day and no place of its own sentence ("If identified as
    Masalit, many were summarily executed", "Women were physically and sexually assaulted"): how a campaign went,
    told around its figure, not one act; its country alone ("widespread killings ... in Syria's coastal region") is
    no place of its own."""
    return (
        _uncounted_undated(mention)
        and not _one_act_in_month(mention, text)
        and not any(mention.start <= p[2] < mention.end and p[0].precision != "country" for p in mention.places)
        and not any(mention.start <= a[1] < mention.end for a in mention.actors)
        and not small_place_names(text[mention.start : mention.end])
    )


def caption_own_act(caption_mention: Mention, told: set[str]) -> bool:
    """A caption's act of another kind than the story's, on a day of its own ("the remains of Imam al Kadhim School
    ..., which came under attack on April 27, 2023"): an act the story does not retell. A photo of "clashes between
    police and gangs" on its day illustrates the story's violence: no battle of its own."""
    own_kind = caption_mention.type not in told and caption_mention.type != "armed_clash"
    return own_kind and any(d[0].precision == "day" for d in caption_mention.dates)


def caption(mention: Mention, text: str) -> bool:
    """Whether a mention is on a photo caption's line ("... (STR/EPA-EFE/REX/Shutterstock)", "PHOTO: AFP",
    "FILE - Participants of an execution ...")."""
    end = text.find("\n", mention.start)
    told_end = mention.start + len(text[mention.start : mention.end].rstrip())  # (not the blank lines after it)
    on_line = end < 0 or told_end <= end  # (not run into the body's next line)
    return on_line and caption_at(text, mention.start)


def headline(mention: Mention, text: str) -> bool:
    """Whether a mention is a headline: a first line without a closing full stop."""
    line = text[mention.start : mention.end].strip()
    end = mention.start + len(text[mention.start : mention.end].rstrip())  # not the blank lines after it
    return "\n" not in line and text.find("\n") >= end - 1 and not re.search(r"[.!?\"”']$", line)


_EARLIER_ACT = re.compile(
    r"\b(?:comes|came|follows|followed)\s+(?:just\s+)?(?:\w+\s+){0,3}(?:after|weeks?|days?)\b", re.I
)


def told_as_earlier(mention: Mention, group: list[Mention], text: str) -> bool:
    """ "The massacre comes just two days after the military carried out an air raid": the act told
    after the killing, in a sentence that places it before, is another act."""
    first = min(group, key=lambda m: m.start)
    return first.start > mention.end and bool(_EARLIER_ACT.search(text[first.start : first.end]))
