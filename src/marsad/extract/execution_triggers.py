"""Trigger words for executions: the killing of people in the killers' hands (captives, prisoners, hostages; by a
"court", firing squad, beheading or stoning; bodies found tied or in graves). Plain pattern strings, read by
:data:`marsad.extract.triggers.TRIGGERS` (which compiles them with the others); ``docs/codebook.md`` says what the type
covers."""

from __future__ import annotations

EXECUTION_WORDS: tuple[str, ...] = (
    r"(?:shoot\w*|shot) (?:\w+ ){0,4}(?:captured|bound|handcuffed|blindfolded|kneeling) (?:\w+ ){0,2}"
    r"(?:fighters|soldiers|men|prisoners|captives|forces|troops)",
    r"threw (?:\w+ ){0,3}(?:off|from) (?:a |the )?(?:roof|rooftop|building|tower)",
    r"drowned (?:\w+ ){0,3}(?:prisoners|captives|hostages|men|detainees)",
    # "soldiers gunning down unarmed detainees freed in a ... attack on Giwa military barracks"
    r"(?:gunn(?:ed|ing)|mow(?:ed|ing)|shoot(?:ing)?|shot) down (?:\w+ )?(?:detainees|prisoners|captives)\b",
    # (nor "before another round of mass executions": one feared)
    r"(?<![\"“‘'])(?<!attack, )(?<!attack was )(?<!coordinated, and )(?<!coordinated and )(?<!planned and )"
    r"(?<!another round of mass )(?<!another round of )(?<!strike had been )(?<!strike was )"  # (nor "the strike had
    # been executed by Ukraine's army": carried out)
    # (not "execution-style killings": the manner, not a captive's death)
    r"execut(?:e|ed|es|ing|ion|ions|ioners?)\b(?![-‐](?:style|like)\b)(?![\"”]|[’'](?!s\b))(?! (?:of )?(?:quite )?(?:the |an |a |its |their |such |these |those )?(?:[\w-]+ ){0,2}(?:attacks?|assaults?|operations?|plans?|raids?|orders?|strategy|mission|punishment|sentences?|advance|offensive|manoeuvres?|maneuvers?|massacres?)\b)(?! while (?:they were )?(?:trying|attempting) to (?:escape|flee))",
    r"(?<!bodies were )(?<!bodies had been )behead\w*",
    r"decapitat\w*\b(?! or lost limbs)",  # not "people were decapitated or lost limbs" in an air strike
    r"crucif\w*|stoning",
    r"stoned\b[^.;]{0,30}\bto death",
    r"publicly (?:shot|killed|hanged)|hanged\b",
    r"shoot(?:s|ing)? (?:dead )?(?:a |the )?(?:kneeling|captured) ",
    r"shot dead \d[\d,]* captured",
    r"(?:shoot|shot) dead [\w\s,]{0,40}(?:prisoners|captives|hostages)",
    r"(?:shoot|shot|kill\w*)[^.;]{0,60}\baccused of",
    r"firing squad",
    # "the men were taken off and shot", "the men were gathered and shot dead": captives shot
    r"(?:taken|led|marched|driven) (?:off|away|out)\b[^.;]{0,20}\band (?:then )?(?:summarily )?shot\b",
    r"(?:gathered|herded|rounded up|lined up) (?:\w+ ){0,2}and (?:then )?(?:summarily )?shot\b",
    # "round up five men in Bucha, Ukraine, on March 4 and shoot one of them"
    r"\b(?:rounded|round) up [^.;]{0,60}?\band (?:then )?(?:shot|shoot) (?:one|two|three|\d+) of them\b",
    r"killed by (?:his|her|their|the) (?:abductors|kidnappers|captors)",  # a captive killed
    # "shot and captured Zosangkim ..., before burning her alive", "killed in captivity": a captive killed
    r"\b(?:captured|seized|abducted|kidnapped)\b[^.;]{0,100}?\b(?:before|and then) (?:burning|killing|shooting"
    r"|beheading|stabbing|hacking|strangling) (?:her|him|them)\b",
    r"\bkilled in (?:their )?captivity\b",
    r"\bshot (?:a|the|two|three|\d+) (?:\w+ )?(?:prisoners?|captives?|hostages?|detainees?)\b",
    # "a video ... shows five boys ... shooting prisoners in Syria", "a boy appeared to shoot two prisoners"
    r"\bshoot(?:s|ing)? (?:(?:the|two|three|four|five|six|\d+|several) )?(?:\w+ )?(?:prisoners|captives|hostages)\b",
    r"(?<!buried in a )(?<!near a )(?<!by a )(?<!into )(?<!into \x22)(?<!into \u201c)mass graves?",  # not a massacre's burial
    r"(?:severed|decapitated) (?:head|bod(?:y|ies))|found dead\b[^.;]{0,60}\b(?:hands|wrists) (?:tied|bound)",
    r"\bwith (?:their |his |her )?heads? severed\b",  # "Seventeen bodies, five of them with heads severed"
    r"(?:unearthed|exhumed|uncovered|found|discovered) in (?:a|the|another|one) (?:[\w-]+ ){0,2}graves?\b",
    r"graves? (?:\w+ ){0,6}contain(?:ed|ing|s)\b",
    r"summary executions?|summarily (?:killed|shot)",
    # soldiers "coldly executed" 24 civilians: the act quoted (not "arbitrarily executed" with machetes: a massacre)
    r"(?<=[\"“])(?:coldly|summarily|publicly) execut(?:ed|ing)(?=[\"”])",
    r"extrajudicial(?:ly)? (?:killed|killings?|executions?)",
    r"court\b[^.;]{0,40}\b(?:sentenced|condemned)\b[^.;]{0,40}\bto death",
    r"put to death",
    r"death (?:penalt(?:y|ies)|sentences?) (?:\w+ ){0,2}(?:carried out|implemented|enforced)",  # "five death penalties carried out"
    r"liquidat\w+",
    r"throw(?:ing|n|s)?\b[\w\s]{0,20}\b(?:off|from) (?:the )?(?:roof|top)",
)
