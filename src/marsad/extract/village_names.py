"""Patterns that name the villages, towns and camps a report tells of, which the gazetteer may lack ("the village
of Ocua", "Kuriga town", "Federal Government College, Buni Yadi")."""

from __future__ import annotations

import re

# a town's second name ("Buni Yadi"), not its state's or area's
_SECOND_WORD = r"(?: (?!(?:State|Local|LGA|Province|Region|District|County|Road|Street)\b)(?-i:[A-Z][a-z])[\w'’-]+)?"
# one alternative per way of naming such a place; the group that matched holds the name
SMALL_PLACE = re.compile(
    # (not "Nouna, capital of the province of Kossi": the wider area of the town just named)
    r"(?<!capital of the )\b(?:towns?|villages?|city|district|province|camp|hamlet|settlement|commune|locality"
    r"|administrative post|meadows?|island)(?: and "
    r"(?:region|area|surroundings))? of "  # "in the village and region of Makombo"
    # "the village of Ye Baw Kyaw", "the village of Ah Nauk Kha Maung Seik": a name of up to five words
    # ("the town of San Miguel del Ene": Spanish and Portuguese particles inside the name)
    r"([A-Z][\w'’-]+(?: (?:(?:al|el|ad|as|ar|an|ash|ez)[- ]|(?:del|de la|de|da|do|dos|das) )?"
    r"(?!(?:State|Province|Region|District|County|Township|LGA"
    r"|Local|Division|Department|Prefecture|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z][\w'’-]+){0,4})"
    r"|\b(?:village|town) \(of ([A-Z][\w'’-]+)\)"  # "attacked the village (of Gouari)": a name in brackets
    # "in Poromoko, near Mpeketoni", "in Wharf Jérémie, in the Cite-Soleil neighborhood" (not "Dansalan College")
    # (not a title-case headline's "20 Killed in Attack in Central African Republic")
    r"|\b(?:in|at|near|from) (?!(?:Least|Most|Attacks?|Raids?|Blasts?|Ambush|Clashes|Violence|Fighting)\b)"
    r"((?:al-)?[A-Z][\w'’-]+(?: (?!(?:College|University|School|Hospital"
    r"|Church|Mosque|Market|Hotel|Base|Camp|Prison|State|Province|Region|District|County|Park|Square|Stadium|Airport|Station|Street|Road|Avenue|Hall|Mall"
    r"|Centre|Center|Bridge)\b)[A-Z][\w'’-]+)?),? (?:in|near) (?:the )?"
    # (not "at Shah Cheragh in Shiraz, the second-holiest Shiite shrine in Iran": a site in a town)
    r"(?![A-Z][\w'’-]+, (?:the|a|an) (?:[\w'’-]+ ){0,3}(?:shrine|mausoleum|mosque|church|cathedral|temple|hotel|mall)"
    r"s?\b)"
    r"(?:(?:northern|southern|eastern|western|central|strife-torn|restive) |(?:north|south|east|west) of )?"
    # "near the border", "in Nohao in the center of", "in Kolofata, in the far north of Cameroon"
    r"(?:[A-Z]|border\b|(?:(?:far|extreme) )?(?:cent(?:re|er)|north|south|east|west) of\b)"
    # "residents of Mozogo" (not its mayor), "the women and children of Kocho"
    r"|\b(?:residents|people|villagers|inhabitants|men|women|children) of "
    r"(?![\w' -]{0,30}\b(?:faith|descent|origin|heritage|ethnicity)\b)"  # not "men of Coptic Christian faith"
    r"([A-Z][\w'’-]+(?: (?!(?:State|Province|Region|District|County|Kebele)\b)[A-Z][\w'’-]+)?)\b"
    # "Sanda Wajiri, a remote village", "Hammam al-Alil, a town"
    r"|\b([A-Z][\w'’-]+(?: (?:(?:al|el|ad|as|ar|an|ash|ez)-)?[A-Z][\w'’-]+)?),"
    # "Kocho, a small, isolated village"
    r" (?:an?|one of the) (?:(?!(?:of|in|near|from|at)\b)[\w-]+,? ){0,3}(?:village|town|locality|hamlet|community"
    r"|resort|commune|meadow)s?\b"  # "in Cité Soleil, one of the communes in Haiti"
    # "have fled Baguindan where an encounter between government forces and the Abu Sayyaf ... left 18 soldiers dead"
    r"|\b(?:fled|in|at|from) ([A-Z][\w'’-]+),? where (?:an? |the )?(?:[\w-]+ )?(?:encounter|attack|clash|ambush|raid"
    r"|massacre|fighting|battle|blast)\b"
    # "held at a site called A Nang Pa in jade-rich Hpakant Township", "in the A Nang Pa region of Hpakant township",
    # "dropped bombs on A Nang Pa in Hpakant Township": a site of a township
    r"|\b(?:site|place|area|location|spot) (?:called|named|known as) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]+){0,2})"
    r"|\bthe ([A-Z][\w'’-]*(?: [A-Z][\w'’-]+){0,2}) (?:region|area) of [A-Z][\w'’-]+ [Tt]ownship\b"
    r"|\b(?:on|at|in) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]+){1,2}) in (?:[\w-]+ )?[A-Z][\w'’-]+ [Tt]ownship\b"
    # "Bague Djaradi is a village in Toumour commune"
    r"|\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) is an? (?:[\w-]+ ){0,2}(?:village|hamlet|locality|settlement|community)\b"
    r"|\bnear ([A-Z][\w'’-]+ [A-Z][\w'’-]+) in [A-Z]"  # "near Garin Kuturu in Jakana"
    # "In Solagh they took the women and children away": a sentence that opens on its village
    r"|(?:^|(?<=[.!?] ))In ([A-Z][\w'’-]+),? (?:they|the (?:militants|fighters|gunmen|attackers|insurgents))\b"
    # "Papiri in the Agwarra local government area", "School, Papiri, in Agwara Local Council"
    r"|(?:,|\bin|\bat|\bfrom|\bof) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),? in (?:the )?[A-Z][\w'’-]+ "
    r"(?i:local government area|local council|LGA)\b"
    r"|\bin ([A-Z][\w-]+ [A-Z][\w-]+) community\b"  # "in Gidan Bakuso community"
    r"|\bthe ([A-Z][\w'’-]+) community of (?:the )?(?:[\w-]+ ){0,3}province of\b"  # "the Ruhagarika community of the
    # rural northwestern province of Cibitoke"
    r"|\b(?:on|at|to) ([A-Z][\w'’-]+) [Ii]sland\b"  # "on Utoya Island", "took the ferry to Utoya island"
    r"|\b(?:into|in|at) the ([A-Z][\w'’-]+) settlement\b"  # "rode into the Jaya settlement in Boko District"
    r"|\b(?i:residents|people|villagers) of the ([A-Z][\w'’-]+) (?:community|village)\b"  # "of the Zabarmari community"
    # "Diallassagou, Dianweli, Deguessagou are three nearby towns in the Bandiagara area"
    r"|\b([A-Z][\w'’-]+)(?:, [A-Z][\w'’-]+)+,? (?:and )?(?:[A-Z][\w'’-]+ )?are (?:two|three|four|five|several) "
    r"(?:nearby |neighbouring |neighboring |small )?(?:towns|villages)\b"
    # "hit the busy Dahyan market in Sa'ada province": a market named after its village
    r"|\b(?:in|at|near|through|hit|attacked|struck|targeted) (?:the )?(?:busy |crowded |main |weekly )?"
    r"(?!(?:Central|Main|Old|New|Grand|Big|Great|Livestock|Cattle|Fish|Vegetable|Weekly|Night)\b)"
    r"([A-Z][\w'’-]+) [Mm]arket\b"
    # (not "Sabreen Market in north Omdurman", "in Karari locality": the market's own name, in a town told after it)
    r"(?! in (?:the )?(?:(?:north|south|east|west)(?:ern)? |central )?[A-Z][\w'’-]+(?![\w'’-])"
    r"(?! (?:province|region|governorate|[Ss]tate|district|county)))"
    r"|\bin the ([A-Z][\w'’-]+) community of\b"  # "in the Lisham community of Mangu local government area"
    r"|\bin the ([A-Z][\w'’-]+) locality\b"  # "the Sabreen Market in the Karari locality"
    r"|\b(?:attacked|raided|stormed|invaded|struck) the ([A-Z][\w'’-]+) community\b"  # "attacked the Kauji community"
    # "a UN-run camp called “LALA”", "the Ivo displaced people's camp": a camp's name
    r"|\bcamp (?:called|named|known as) [“\"]?([A-Z][\w'’-]+)"
    r"|\bthe ([A-Z][a-z][\w'’-]+) displaced (?:people|persons)['’]s? camp\b"
    # "the Srebrenica massacre", "mark 1995 Srebrenica massacre": the town a massacre is named after
    r"|\b(?:the|\d{4}) (?:\d{4} )?(?!(?:Christmas|Easter|Boxing|Valentine|Halloween|Ramadan|Eid|Sunday|Friday)\b)"
    r"([A-Z][a-z]{3,}) (?:massacre|genocide)\b(?! of\b)"
    # "carried out the massacre in Mai Kadra while police ...": the town of a massacre
    r"|\b(?:the|a) (?:[\w-]+ )?(?:massacre|mass killings?) in ([A-Z][a-z][\w-]+(?: [A-Z][a-z][\w-]+)?)\b(?!['’])"
    r"(?! (?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ounty))"
    # "detonated their explosives at the displacement camp in Kolofata.": a camp's town, the sentence's last word
    r"|\b(?:displacement|refugee|IDP) camp in ([A-Z][a-z][\w'’-]+)(?=\s*[.;]|\s*$)"
    r"|\bin ([A-Z][\w'’-]+) (?:community|commune|municipality|locality|department|district|territory|[Kk]ebe(?:l)?le"
    r"|Local Government Area|LGA"
    r"|subdivision|sub-division)\b(?!['’]s [A-Z])"  # (not "in Kishtwar district's Chatroo meadow")
    r"|\b(?:[Ii]n|into|at|near|on|of|across|around|attacked|stormed|raided|targeted|struck|infiltrated|invaded|entered"
    r"|razed(?: down)?)"
    # "in eastern Mo So village", "In nearby Kibori village"
    r" (?:[A-Z][\w-]+['’]s |(?:north|south|east|west)(?:-?(?:east|west))?ern |nearby |neighbou?ring )?"
    r"([A-Z][\w'’-]+(?: (?:(?:al|el|ad|as|ar|an|ash|ez)[- ])?"
    # "in Let Yet Kone village" (not "in Iqbal Town area")
    r"[A-Z][\w'’-]+){0,2}) (?:[Vv]illage|[Tt]own(?:ship)?|hamlet|slum)\b(?! area\b)"
    # "attacked the Zairawn village on Thursday night"
    r"|\b(?:[Ii]n|at|attacked|stormed|raided|invaded|entered|on) the ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r" village\b(?! of\b)"
    # "the attack on Salama and Juhudi villages", "stormed Apiashyim and Kibori villages"
    r"|\b(?:in|on|at|attacked|stormed|raided|invaded) ([A-Z][\w'’-]+) and [A-Z][\w'’-]+ villages\b"
    # "in Kishishe and Bambo, two villages in", "in two villages - Kishishe and Bambo - in"
    r"|\bin ([A-Z][\w'’-]+)(?: and [A-Z][\w'’-]+)?, (?:a|the|two|three|both) (?:\w+ )?villages?\b"
    r"|\bvillages? [-–—] ([A-Z][\w'’-]+)(?: and [A-Z][\w'’-]+)? [-–—]"
    r"|\bin (?:the )?([A-Z][\w'’-]+) area (?:in|of|near)\b"  # "in Arabiya area in Mandera county"
    r"|\bin ([A-Z][\w'’-]+) area(?=\s*[.;,])"  # "injured another woman in Madagali area."
    # "the Al Rawda mosque in Bir al-Abed", "a maternity home in Dasht-a-Barchi"
    r"|\b(?:[Mm]osque|[Cc]hurch|[Cc]athedral|[Hh]otel|[Mm]arket|[Hh]ome|[Ww]ard|[Cc]linic|[Hh]ospital|[Bb]ase|[Gg]arrison|[Cc]ompound"
    r"|[Hh]ealth [Cc]ent(?:re|er)|[Pp]rison|[Jj]ail) in (?!(?:Need|Distress|Crisis|Action)\b)"  # "Church in Need"
    r"((?-i:[A-Z])[\w-]+(?: (?:(?:al|el|ad|as|ar|an|ash|ez)-)?[A-Z][\w-]+)?)(?![\w'’-])"
    r"|\bin ([A-Z][\w'’-]+),? [A-Z][\w'’-]+ [Cc]ounty\b"  # "in Witu Lamu County"
    # "at the Catholic Church of Dablo in northern Burkina Faso": the town a congregation is named by
    r"|\b(?:Catholic|Protestant|Evangelical|Anglican|Baptist|Methodist) [Cc]hurch of ([A-Z][\w'’-]+)(?= in\b| *[,.;])"
    # "the Rawdha neighborhood in the central city of Marib", "al-Rawda neighbourhood", "the neighbourhood of Al Mujama"
    r"|\b((?:[Aa]l[- ])?[A-Z][\w'’-]+) neighbou?rhood\b(?! of [A-Z])|\bneighbou?rhood of ((?:[Aa]l[- ])?[A-Z][\w'’-]+)"
    # "La Saline, which in November 2018 was the scene of the massacre": the village the massacre is named by
    r"|\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), which (?:[\w ]{1,30} )?(?:was|became) the scene of\b"
    # "the Inata gendarmerie", "the gendarmerie detachment of Inata": the post's village
    r"|\bthe ([A-Z][\w'’-]+) (?:gendarmerie|military camp|army camp|army base|military base|barracks)\b"
    r"|\bthe ([A-Z][\w'’-]+) health (?:post|centre|center)\b"  # "a drone strike hit the Sanka health post"
    r"|\b(?:gendarmerie|police|military|army) (?:detachment|post|outpost|garrison|base|camp) (?:of|at|in) "
    r"([A-Z][\w-]+)(?![\w'’-]| [A-Z])"  # (not "a gendarmerie post in Burkina Faso's Sahel region")
    r"|\bunder ([A-Z][\w'’-]+) police station\b"  # "under Aranpur police station limits": the station's village
    # "The attack happened in Sobale Kou, close to Sanga town": the village before the town it is near
    r"|\b(?:happened|took place|occurred) in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:close to|near|inhabited by)\b"
    r"|\b(?:from|in|at|near) ([A-Z][\w'’-]+(?: (?:al|el)-[\w'’-]+| [A-Z][\w'’-]+)?), "
    r"(?:about |some |nearly |around |roughly )?\d+ ?(?:miles|km|kilometres|kilometers)\b"
    # "in the Daquq area", "in the Tarkha Oba area", "in the mountainous Machh area"
    r"|\bin the (?:(?-i:[a-z])[\w'’-]+ ){0,2}([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) area\b(?!['’]s (?:village|town))"
    # "at Machh coal field", "at the Mach coalfield": a mine's town
    r"|\b(?:in|at|near|from) (?:the )?([A-Z][\w'’-]+) (?:coal ?field|coal mines?|gold mines?|mines?|oil ?field)s?\b"
    # "a checkpoint in the Hangu district of KP province"
    r"|\bin the ([A-Z][\w'’-]+) district of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: (?:province|region|state)\b"
    r"|(?=,))"  # "in the Bolan district of Balochistan, Pakistan"
    # "since the 2021 Solhan and Tadaryat massacres": the villages an earlier act is named by
    r"|\bthe (?:19|20)\d\d ((?-i:[A-Z])[\w'’-]+)(?: and (?-i:[A-Z])[\w'’-]+)? (?:massacres?|killings)\b"
    r"|\bthe ((?-i:[A-Z])[\w'’-]+) and (?-i:[A-Z])[\w'’-]+ (?:massacres|killings)\b"
    # "since the Ntumbo massacre on February 14", "the population of the Ngarbuh district": a village's own name
    r"|\bthe ((?-i:[A-Z])[\w'’-]+) (?:massacre|neighbou?rhood|district|quarter)\b(?! of\b)"
    r"|\b([A-Z][\w-]* [Nn]ational [Pp]ark|[Nn]ational [Pp]ark [A-Z][\w'’-]*)\b"  # "W National Park", "National Park W"
    r"|\b(?:an|the) (?:attacks?|raids?|ambush(?:es)?|assaults?|massacres?|killings) (?:in|near|on) ([A-Z][\w'’-]+)"
    r"(?= *[,.;(]| (?:which|that|on|in|late|early|and|last)\b)"
    r"|(?:^|(?<=[.!?\n])\s*)In ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?!\d)"  # "In Barsalogho, civilians did not ..."
    # "an attack that killed at least 200 people in Barsalogho."
    r"|\bkilled (?:at least |more than |over |some |about )?[\d,]+ (?:people|civilians|villagers) in "
    r"([A-Z][\w'’-]+)(?=[.;,]| on\b)"
    r"|\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:was|became|has been) the (?:scene|site|sight) of\b"
    r"|\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:residents|witnesses|locals|a resident|villagers) (?:said|told)\b"
    r"|\b[A-Z][\w'’-]+(?: State| district)?'s ([A-Z][\w'’-]+(?: (?:[Aa]l-)?[A-Z][\w'’-]+)?) (?:town|village)\b"
    # "in the Dadewala town of the Lakki Marwat district" (not "the Kurdish town of Sulaymaniyah")
    r"|\bthe ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:town|village) of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? "
    r"(?:district|province|region)\b"
    r"|\bthe ([A-Z][\w'’-]+) (?:military |army )?(?:detachment|outpost|garrison|department|commune)\b"
    r"|\bthe ([A-Z][\w'’-]+) (?:military|army) (?:base|camp)\b"  # "attacked the Inates military base"
    r"|\bin the city['’]s ([A-Z][\w'’-]+) (?:district|neighbou?rhood|quarter)\b"  # "in the city’s Alsancak district"
    # "on Barloonyo camp in Lira district", "attacked Barlonyo Internally Displaced Persons' Camp", "at Abia camp"
    r"|\b(?:on|at|in|into|attacked|raided|stormed|from) (?:the )?((?-i:[A-Z])[\w'’-]+) (?:(?:IDPs?|refugee|displacement"
    r"|[Ii]nternally [Dd]isplaced [Pp]ersons['’]?) )?[Cc]amp\b"
    # "St. Sebastian's in Katuwapitiya, north of Colombo": a place told by the town it lies near
    r"|\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:just )?(?:north|south|east|west)(?:-?(?:east|west))? of (?:the )?"
    r"(?:capital,? )?[A-Z]"
    # "in Solhan, northern Burkina Faso", "in North Waziristan, a region that borders Afghanistan"
    r"|(?<!released )(?<!published )(?<!issued )\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:in )?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern |central |the (?:[\w-]+ ){0,3}state of )?"
    r"(?-i:[A-Z])"  # "in Buni Yadi, in the north eastern Nigerian state of Yobe"
    r"|\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), an? (?:[\w-]+ ){0,3}(?:town|village|city|commune|community|region"
    r"|district|department)\b"
    # "at a security post in Seytenga, in the province of Seno"
    r"|\b(?:in|at) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),? in the (?:[\w-]+ )?"
    r"(?:province|region|district|department) of [A-Z]"
    # "Government Girls Secondary School, Jangebe in Talata Mafara": the institution's town
    # "Boys secondary school,Kagara,Niger State" (not "the same district as the school, Dasht-e-Barchi")
    r"|\b(?:school|college),((?-i:[A-Z][a-z])[\w'’-]*)\b"
    # (not "the Principal of the College, Hajia Adama Abdulkarim": a person named after the college)
    r"|(?<!the )\b(?:School|College|University|Academy|Seminary|Hospital|Church|Mosque|Parish),\s*"
    rf"(?!(?:Hajia|Hajiya|Alhaji|Mallam|Malam|Mr|Mrs|Ms|Dr|Prof|Rev|Father|Sister)\b)((?-i:[A-Z][a-z])[\w'’-]*"
    rf"{_SECOND_WORD})\b"  # "Federal Government College, Buni Yadi, Yobe State"
    # "Government Science College Kagara in Rafi", "Government Science College (GSC) Kagara", "GSC Kagara"
    rf"|\b(?-i:School|College|Academy)(?: \((?-i:[A-Z]{{2,6}})\))? ((?-i:[A-Z][a-z])[\w'’-]+{_SECOND_WORD})"
    r"(?= in\b| *,| *\.| (?:around|at|on|early|late|about)\b| (?-i:[A-Z])\w+ (?i:state)\b)"
    # "the Federal Government College of Buni Yadi in Yobe State"
    rf"|\b(?-i:Government) (?:\w+ )?(?-i:College) of ((?-i:[A-Z][a-z])[\w'’-]+{_SECOND_WORD})(?= in\b| *,| *\.)"
    r"|\b(?-i:GSC|GSS|GGSS|GGSC|FGC|FGGC|GDSS|GSSS) ((?-i:[A-Z][a-z])[\w'’-]+)\b"
    r"(?!,? (?:said|told))"
    # camps for the displaced: 'the "LALA" camp', 'a camp called "Plaine Savo"', "the Gorom refugee camp"
    r"|[\"“]([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”] (?:IDP |displacement |refugee )?camp\b"
    # "raided the Thazin Myaing police outpost": the outpost named after its village
    r"|\bthe ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:police|border guard|army|military) (?:outpost|post)\b"
    # a Philippine village or sub-village: "the attack took place in Sitio Buyo", "in Barangay San Roque"
    r"|\b(?:[Ss]itio|[Bb]arangay|[Bb]rgy\.?|[Bb]gy\.|[Pp]urok) ((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?)"
    # a meadow, a valley's meadows: "tourists in Baisaran meadows", "in Pahalgam’s Baisaran Valley"
    r"|\b(?:in|at|near|into) (?:[A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)?(?: district)?['’]s )?(?:the )?"
    r"([A-Z][\w'’-]+) (?:[Vv]alley )?[Mm]eadows?\b"
    r"|\b[A-Z][\w'’-]+['’]s ([A-Z][\w'’-]+) Valley\b"
    # "in Baisaran of Pahalgam, South Kashmir": a spot of a town (not "in the Republic of Congo, Central Africa")
    r"|\bin (?!(?:Republic|Gulf|Bay|Sea|Isle|Island|Kingdom|State|Province|Department|Ministry|University|Bank|Council"
    r"|Court|City|Town|Strait|Port|Cape|Lake|Mount)\b)([A-Z][\w'’-]+) of [A-Z][\w'’-]+, "
    r"(?:(?:North|South|East|West|Central)(?:ern)? )?[A-Z]"
    r"|\b(?:camp|village|town|hamlet|community|settlement) (?:called|named|known as) "
    r"[\"“]?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\b(?:the|on|at|in|into|near|of|from) ([A-Z][\w'’-]+(?: (?!Army\b|Military\b|Police\b)[A-Z][\w'’-]+)?)"
    r" (?:(?:IDP|displacement|displaced persons|refugee|Army|[Mm]ilitary|Police) )?[Cc]amp\b"  # "the Uri Army camp"
    # "two villages in Agatu were attacked"
    r"|\b(?:two|three|four|five|several|\d+) (?:villages|communities) in ([A-Z][\w'’-]+)(?= (?:were|had been)\b)"
    # "on Yelewata community in Guma Local Government Area", "invaded Yelewata and Daudu communities"
    r"|\b(?:in|on|at|of|attacked|invaded|stormed|raided|struck) ([A-Z][\w'’-]+)(?: and [A-Z][\w'’-]+)? "
    r"(?:sleeping |farming |rural |remote )?communit(?:y|ies)\b"  # "struck Atakmawei sleeping community"
    # "in Bajdar neighborhood", "in the Daraban tehsil"
    r"|\b(?:in|into|at|near) (?:the )?([A-Z][\w'’-]+) (?:neighbou?rhood|quarter|tehsil|sub-district"
    # "in Metoro administrative post, in Ancuabe district" (not "in the Tokoyo neighborhood of Bangassou": the town's)
    r"|administrative post)\b(?! of [A-Z])"
    r"|\b(?:in|at) (?:[Tt]ehsil|[Tt]alukas?|[Uu]nion [Cc]ouncil) ([A-Z][\w'’-]+)"
)
