using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The small English word lists the rules use. All comparisons are ordinal (culture-invariant);
/// lists of capitalised words hold the capitalised form.
/// </summary>
internal static class Lexicon
{
    /// <summary>Speech verbs in all their forms (lower case).</summary>
    private static readonly HashSet<string> SpeechVerbs = Set(
        "say", "says", "said", "saying",
        "tell", "tells", "told", "telling",
        "add", "adds", "added", "adding",
        "state", "states", "stated", "stating",
        "explain", "explains", "explained", "explaining",
        "reply", "replies", "replied", "replying",
        "ask", "asks", "asked", "asking",
        "note", "notes", "noted", "noting",
        "write", "writes", "wrote", "writing",
        "claim", "claims", "claimed", "claiming",
        "announce", "announces", "announced", "announcing",
        "warn", "warns", "warned", "warning",
        "insist", "insists", "insisted", "insisting",
        "argue", "argues", "argued", "arguing",
        "continue", "continues", "continued", "continuing",
        "comment", "comments", "commented", "commenting",
        "declare", "declares", "declared", "declaring",
        "remark", "remarks", "remarked", "remarking",
        "tweet", "tweets", "tweeted", "tweeting",
        "respond", "responds", "responded", "responding",
        "answer", "answers", "answered", "answering",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "admit", "admits", "admitted", "admitting",
        "confirm", "confirms", "confirmed", "confirming",
        "stress", "stresses", "stressed", "stressing",
        "indicate", "indicates", "indicated",
        "emphasise", "emphasises", "emphasised", "emphasising",
        "questioned", "demanded", "appealed", "encourage", "encourages", "encouraged", "apologise", "apologises",
        "apologised", "apologize", "apologizes", "apologized", "blames", "blamed",
        "reject", "rejects", "rejected", "rejecting",
        "emphasize", "emphasizes", "emphasized", "emphasizing",
        "observe", "observes", "observed", "observing",
        "suggest", "suggests", "suggested", "suggesting",
        "recall", "recalls", "recalled", "recalling",
        "urge", "urges", "urged", "urging",
        "advise", "advises", "advised", "advising",
        "vow", "vows", "vowed", "vowing",
        "promise", "promises", "promised", "promising",
        "pledge", "pledges", "pledged", "pledging",
        "predict", "predicts", "predicted", "predicting",
        "concede", "concedes", "conceded", "conceding",
        "caution", "cautions", "cautioned", "cautioning",
        "conclude", "concludes", "concluded", "concluding",
        "testify", "testifies", "testified", "testifying",
        "ruled",
        "post", "posts", "posted", "posting",
        "quip", "quips", "quipped", "quipping",
        "joke", "jokes", "joked", "joking",
        "exclaim", "exclaims", "exclaimed", "exclaiming",
        "shout", "shouts", "shouted", "shouting",
        "scream", "screams", "screamed", "screaming",
        "yell", "yells", "yelled", "yelling",
        "chant", "chants", "chanted", "chanting",
        "express", "expresses", "expressed", "expressing",
        "complain", "complains", "complained", "complaining",
        "maintain", "maintains", "maintained", "maintaining",
        "mention", "mentions", "mentioned", "mentioning",
        "reveal", "reveals", "revealed", "revealing",
        "describe", "describes", "described", "describing",
        "call", "calls", "called", "calling",
        "characterise", "characterises", "characterised", "characterising",
        "characterize", "characterizes", "characterized", "characterizing",
        "dub", "dubs", "dubbed", "dubbing",
        "term", "terms", "termed", "terming",
        "report", "reports", "reported", "reporting",
        "agree", "agrees", "agreed", "agreeing",
        "disagree", "disagrees", "disagreed", "disagreeing",
        "deny", "denies", "denied", "denying",
        "allege", "alleges", "alleged", "alleging",
        "assert", "asserts", "asserted", "asserting",
        "reiterate", "reiterates", "reiterated", "reiterating",
        "whisper", "whispers", "whispered", "whispering",
        "read", "reads", "reading",
        "speak", "speaks", "spoke", "speaking",
        "react", "reacts", "reacted", "reacting",
        "specify", "specifies", "specified", "specifying",
        "talked", "talking",
        "counter", "counters", "countered", "countering",
        "retort", "retorts", "retorted", "retorting",
        "contend", "contends", "contended", "contending",
        "plead", "pleads", "pleaded", "pleading",
        "lament", "laments", "lamented", "lamenting",
        "boast", "boasts", "boasted", "boasting",
        "assure", "assures", "assured", "assuring",
        "reassure", "reassures", "reassured", "reassuring",
        "proclaim", "proclaims", "proclaimed", "proclaiming",
        "recount", "recounts", "recounted", "recounting",
        "speculate", "speculates", "speculated", "speculating",
        "tout", "touts", "touted", "touting",
        "underline", "underlines", "underlined", "underlining",
        "underscore", "underscores", "underscored", "underscoring",
        "mutter", "mutters", "muttered", "muttering",
        "sob", "sobs", "sobbed", "sobbing",
        "sigh", "sighs", "sighed", "sighing",
        "gush", "gushes", "gushed", "gushing",
        "remind", "reminds", "reminded", "reminding",
        "echo", "echoes", "echoed", "echoing",
        "voice", "voices", "voiced", "voicing",
        "implore", "implores", "implored", "imploring",
        "wonder", "wonders", "wondered", "wondering",
        "muse", "muses", "mused", "musing",
        "opine", "opines", "opined", "opining",
        "disclose", "discloses", "disclosed", "disclosing",
        "clarify", "clarifies", "clarified", "clarifying",
        "scoff", "scoffs", "scoffed", "scoffing",
        // Forms of verbs whose other forms are nouns or adjectives ("a text", "an elaborate plan", "the fumes").
        "texted", "emailed", "e-mailed", "radioed", "messaged", "elaborated", "elaborating", "objected", "objecting",
        "murmured", "grumbled", "fumed", "thundered",

        // Verbs that characterise in the subject's own words: "Trump labeled the report as “fake news”".
        "label", "labels", "labeled", "labelled", "labeling", "labelling",
        "laud", "lauds", "lauded", "lauding",
        "praise", "praises", "praised", "praising",
        "hail", "hails", "hailed", "hailing",
        "welcomes", "welcomed",
        "denounce", "denounces", "denounced", "denouncing",
        "condemn", "condemns", "condemned", "condemning",
        "criticise", "criticises", "criticised", "criticising",
        "criticize", "criticizes", "criticized", "criticizing",
        "blast", "blasts", "blasted", "blasting",
        "slam", "slams", "slammed", "slamming",
        "decry", "decries", "decried", "decrying",
        "accuse", "accuses", "accused", "accusing",
        "dismiss", "dismisses", "dismissed", "dismissing",
        "refer", "refers", "referred", "referring",
        "regard", "regards", "regarded",
        "profess", "professes", "professed", "professing",
        "justify", "justifies", "justified", "justifying",
        "deride", "derides", "derided", "deriding",
        "lambast", "lambasts", "lambasted", "lambasting", "lambaste", "lambastes",
        "castigate", "castigates", "castigated", "castigating",
        "commend", "commends", "commended", "commending",
        "applaud", "applauds", "applauded", "applauding",
        // Forms of verbs whose other forms are nouns or adjectives ("a brand", "a mock trial", "faced ridicule").
        "branded", "mocked", "ridiculed");

    /// <summary>Speech-verb forms that are also nouns: "in its annual report", "a brief reply".</summary>
    private static readonly HashSet<string> SpeechNouns = Set(
        "report", "reply", "comment", "claim", "remark", "tweet", "post", "note", "answer", "promise", "pledge", "vow", "call",
        "quip", "joke", "shout", "scream", "yell", "chant", "mention", "whisper", "retort", "boast", "plea", "response");

    /// <summary>Verbs of a directive that quote its words only as "VERB someone to “…”": "directed the committees to “…”".</summary>
    private static readonly HashSet<string> DirectiveVerbs = Set(
        "direct", "directs", "directed", "directing",
        "order", "orders", "ordered", "ordering",
        "instruct", "instructs", "instructed", "instructing");

    /// <summary>Verbs of manner that report words only right after the quote and its subject, ending the clause: "“…,” Jo
    /// Lee laughed." (not "Jo Lee laughed at the “…” claim").</summary>
    private static readonly HashSet<string> MannerVerbs = Set(
        "laughed", "smiled", "shrugged", "cried", "snapped", "sang", "grinned", "chuckled", "sneered", "beamed", "sniffed",
        "gasped", "groaned", "nodded", "protested", "reflected", "offered", "ventured");

    /// <summary>Verbs that quote the subject's own words only before a colon: "who cited his training: “…”"
    /// (not "cited the Chuck Jones quote that “…”", which quotes someone else).</summary>
    private static readonly HashSet<string> ColonVerbs = Set("cite", "cites", "cited");

    /// <summary>Words before which a speech-verb form is a noun: "the call", "a report", "Trump's statement".</summary>
    private static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every",
        "each", "no", "any", "another", "whose");

    /// <summary>Contractions ending in 's that are no possessive: "it's said".</summary>
    private static readonly HashSet<string> Contractions = Set(
        "it's", "he's", "she's", "that's", "there's", "what's", "who's", "here's", "let's", "It's", "He's",
        "She's", "That's", "There's", "What's", "Who's", "Here's", "Let's");

    /// <summary>Words allowed between a subject and its verb: "Trump also said", "He went on to add".</summary>
    private static readonly HashSet<string> Auxiliaries = Set(
        "also", "then", "later", "further", "previously", "had", "has", "have", "would", "will", "could", "did",
        "does", "was", "is", "were", "are", "once", "again", "went", "on", "to", "already", "first", "just",
        "yesterday", "today", "reportedly", "too", "initially", "earlier", "recently", "separately", "simply", "long", "since",
        "still", "now", "often", "always", "even", "twice", "repeatedly");

    /// <summary>Lower-case nouns that speak for the organisation or person named just before them: "a China Daily editorial
    /// saying", "Jo Lee's office said".</summary>
    private static readonly HashSet<string> SpeakerNouns = Set(
        "editorial", "statement", "report", "newspaper", "website", "tweet", "release", "letter", "article",
        "communique", "spokesman", "spokeswoman", "spokesperson", "broadcaster", "blog", "post", "notice",
        "announcement", "message", "ruling", "account", "speech", "remarks", "office", "resolution", "profile", "page", "bio",
        "indictment", "complaint", "lawsuit", "suit", "judgment", "judgement", "filing", "petition", "affidavit", "memo", "email");

    /// <summary>Institutions that speak by statement, after "the" for the one the text named ("The university said it …"):
    /// group nouns and nouns of a kind of organisation both.</summary>
    private static readonly string[] InstitutionNouns =
    {
        "university", "trust", "hospital", "school", "college", "authority", "board", "institute", "museum", "bureau",
        "embassy", "church", "diocese", "archdiocese", "broadcaster", "newspaper", "operator", "tribunal", "panel", "inquiry",
        "municipality", "prefecture", "ombudsman", "secretariat", "office", "service", "brigade", "constabulary", "gendarmerie",
        // A state's or the UN's office abroad: "The British mission said", "the consulate said".
        "mission", "consulate",
    };

    /// <summary>Lower-case nouns that name a speaker by role when no name is given ("police said", "a witness told"):
    /// the group nouns stand for organisations ("they said"), the others for one person ("she said").</summary>
    private static readonly HashSet<string> NominalGroups = Set(new[]
    {
        "police", "gardaí", "gardai", "officials", "authorities", "investigators", "researchers", "scientists", "army", "military", "navy", "marines",
        "government", "ministry", "prosecutors", "prosecution", "court", "company", "family", "protesters",
        "organisers", "organizers", "witnesses", "residents", "experts", "doctors", "officers", "analysts",
        "agency", "department", "council", "committee", "spokespeople", "spokesmen", "sources", "insiders", "campaigners",
        "lawyers", "attorneys", "activists", "organisation", "organization", "firm", "airline", "team", "club", "party", "union",
        "children", "women", "men", "students", "parents", "fans", "members", "workers", "employees", "staff", "locals", "villagers",
        "demonstrators", "critics", "supporters", "opponents", "voters", "lawmakers", "legislators", "observers",
        "leaders", "politicians", "couple", "league", "foundation", "association", "federation",
        "candidates", "executives", "firefighters", "paramedics", "rescuers", "volunteers",
        "passengers", "teachers", "nurses", "farmers", "soldiers", "troops", "rebels", "militants", "insurgents",
        "detectives", "agents", "diplomats", "economists", "historians", "academics", "engineers", "owners",
        "regulators", "negotiators", "inspectors", "medics", "jury", "solicitors", "barristers", "media", "representatives", "campaign", "administration",
        "forecasters", "meteorologists", "commentators", "pundits", "scholars",
        "groups", "agencies", "organisations", "organizations", "charities", "unions", "companies", "firms",
        "bank", "group", "regulator", "watchdog", "charity", "carrier", "automaker", "carmaker", "chipmaker", "retailer",
        "insurer", "lender", "network", "startup", "band", "crowd", "crowds", "audience", "spectators", "onlookers", "bystanders",
        "shoppers", "customers", "commuters", "tourists", "pilgrims", "mourners", "investors", "traders", "pupils", "associates",
        "exporters", "importers", "brokers", "clients", "viewers", "listeners", "readers", "regulars", "colleagues",
        "citizens", "patients", "survivors", "relatives", "neighbours", "neighbors", "families", "victims", "authors", "co-authors",
        "coastguard", "defence", "defense", "drugmaker", "manufacturer", "publisher", "supermarket", "brewer", "commission",
        // The people and bodies of everyday news who speak unnamed: traders at a market, the accused in court, those caught
        // up in a disaster, the bodies that make up a government or a war.
        "coalition", "alliance", "consortium", "force", "vendors", "sellers", "dealers", "shopkeepers", "stallholders", "shareholders",
        "homeowners", "householders", "pensioners", "retirees", "migrants", "refugees", "evacuees", "hostages", "detainees",
        "prisoners", "inmates", "defendants", "jurors", "delegates", "participants", "attendees", "marchers", "rioters",
        "cyclists", "pedestrians", "motorists", "hikers", "miners", "fishermen", "suspects", "crew", "teenagers", "youths",
        // Those who rule on a contest, a prize or accounts, who speak as a panel: "the stewards said in their decision".
        "stewards", "adjudicators", "auditors", "assessors", "examiners", "umpires", "referees", "trustees", "judges", "panellists",
        "panelists", "marshals",
        // Those who speak for states at talks and in assemblies: "the two delegations said", "both sides said".
        "delegation", "delegations", "ministers", "senators", "councillors", "councilors", "governors", "mayors", "sides"
    }.Concat(InstitutionNouns).ToArray());

    private static readonly HashSet<string> NominalPersons = Set(
        "spokesperson", "spokesman", "spokeswoman", "witness", "resident", "official", "source", "victim",
        "prosecutor", "lawyer", "attorney", "doctor", "expert", "analyst", "officer", "neighbour", "neighbor",
        "survivor", "relative", "judge", "coroner", "representative", "passenger", "eyewitness", "eye-witness", "student", "teacher",
        "commissioner", "chair", "chairperson", "chairman", "chairwoman", "president", "minister", "governor", "mayor", "director",
        "secretary", "senator", "ambassador", "professor", "chancellor", "sheriff", "coach", "manager", "founder",
        "actor", "actress", "singer", "author", "writer", "artist", "player", "scientist", "researcher", "engineer",
        "designer", "musician", "journalist", "producer", "astronaut", "pilot", "nurse", "midwife", "farmer", "champion",
        "politician", "leader", "candidate", "executive", "chief", "activist", "campaigner", "economist", "historian",
        "diplomat", "envoy", "lawmaker", "legislator", "councillor", "councilor", "commander", "detective", "inspector",
        "sergeant", "superintendent", "constable", "corporal", "lieutenant", "colonel", "admiral",
        "investigator", "paramedic", "firefighter", "surgeon", "physician", "psychologist", "worker", "employee",
        "owner", "captain", "striker", "midfielder", "defender", "goalkeeper", "boss", "counterpart", "supervisor",
        "athlete", "runner", "driver", "rider", "climber", "sailor", "veteran", "soldier", "hacker", "academic",
        "lecturer", "headteacher", "principal", "pastor", "priest", "bishop", "imam", "rabbi", "monk", "nun",
        "organiser", "organizer", "protester", "protestor", "demonstrator", "shopkeeper", "landlord", "tenant",
        "blogger", "presenter", "host", "reporter", "editor",
        "correspondent", "columnist", "photographer", "filmmaker", "director-general", "president-elect",
        "premier", "senator-elect", "congressman", "congresswoman", "assemblyman", "assemblywoman", "chef", "playwright",
        "poet", "rapper", "comedian", "entrepreneur", "businessman", "businesswoman", "trooper", "magistrate", "trustee",
        "administrator", "dancer", "novelist", "broadcaster", "ally", "policeman", "policewoman", "devotee", "villager",
        "supporter", "volunteer", "adviser", "advisor", "aide", "staffer", "bystander", "onlooker", "motorist",
        "commuter", "shopper", "customer", "patient", "mourner", "pilgrim", "worshipper", "tourist", "man", "woman", "girl", "boy",
        "forecaster", "meteorologist", "astronomer", "physicist", "biologist", "chemist", "geologist", "archaeologist",
        "mathematician", "commentator", "pundit", "scholar", "observer", "fan", "voter", "passer-by", "spectator",
        "parent", "pupil", "citizen", "traveller", "traveler", "investor", "trader", "solicitor", "barrister", "associate",
        "exporter", "importer", "broker", "client", "viewer", "listener", "reader", "regular", "colleague",
        "seller", "vendor", "dealer", "hawker", "stallholder", "shareholder", "homeowner", "householder", "pensioner",
        "retiree", "widow", "widower", "migrant", "refugee", "evacuee", "hostage", "detainee", "prisoner", "inmate",
        "defendant", "plaintiff", "claimant", "complainant", "suspect", "juror", "delegate", "participant", "attendee",
        "contestant", "finalist", "cyclist", "pedestrian", "hiker", "miner", "fisherman", "cleaner", "waiter", "waitress",
        "cashier", "mechanic", "plumber", "electrician", "builder", "labourer", "laborer", "guard", "carer", "caregiver",
        "pharmacist", "dentist", "veterinarian", "teenager", "graduate", "schoolgirl", "schoolboy", "lifeguard", "ranger",
        "crewman", "steward", "stewardess", "conductor", "rancher", "herder", "trucker", "beekeeper", "peacekeeper",
        // Sport and its business: "Promoter Frank Mulhearn", "said the rookie".
        "promoter", "rookie", "visitor", "newcomer", "debutant", "skipper", "winger", "batsman", "batter", "bowler", "all-rounder",
        "wicketkeeper", "sprinter", "swimmer", "gymnast", "boxer", "fighter", "wrestler", "jockey", "trainer", "referee",
        "umpire", "agent", "teammate", "opponent", "rival", "challenger", "incumbent", "nominee", "contender", "golfer",
        "skier", "skater", "rower", "quarterback", "pitcher", "helmsman", "forward", "keeper", "playmaker", "spinner",
        "seamer", "centre-back", "center-back", "full-back", "fly-half", "scrum-half", "flanker", "winner", "runner-up",
        "team-mate", "vice-captain", "explorer", "international", "assistant", "clerk", "counsel", "lady", "gentleman", "person",
        // Those close to someone in the news, who speak unnamed: "A family friend said".
        "friend",
        // Those who advise, in medicine or business: "a consultant had told the couple".
        "consultant",
        // Those who hold others, whose words news reports: "his captors had told him", "the gunman shouted".
        "captor", "kidnapper", "abductor", "hijacker", "gunman");

    /// <summary>The regular plurals of the person nouns ("protestors", "witnesses", "deputies"), groups that speak, each with
    /// its singular; not those in "-man", whose plural is "-men" ("Mans" is a surname).</summary>
    private static readonly Dictionary<string, string> PluralPersonNouns = NominalPersons
        .Where(noun => !noun.EndsWith("man", StringComparison.Ordinal))
        .ToDictionary(RegularPlural, noun => noun, StringComparer.Ordinal);

    /// <summary>The kinds <see cref="NominalKind"/> gives the listed nouns, in one table: it is asked of most words the
    /// attribution reads, and one look-up costs a third of three. A group's noun or a plural is an organisation before a
    /// person's noun of the same spelling is a person.</summary>
    private static readonly Dictionary<string, NameKind> ListedNominalKinds = NominalPersons
        .Select(noun => (noun, NameKind.Person))
        .Concat(NominalGroups.Concat(PluralPersonNouns.Keys).Select(noun => (noun, NameKind.Organization)))
        .GroupBy(entry => entry.noun, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Last().Item2, StringComparer.Ordinal);

    /// <summary>"witness" → "witnesses", "deputy" → "deputies", "attorney" → "attorneys", "striker" → "strikers".</summary>
    private static string RegularPlural(string noun)
        => noun.EndsWith("s", StringComparison.Ordinal) || noun.EndsWith("x", StringComparison.Ordinal) || noun.EndsWith("z", StringComparison.Ordinal)
                || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
            : noun.Length > 2 && noun[noun.Length - 1] == 'y' && "aeiou".IndexOf(noun[noun.Length - 2]) < 0 ? noun.Substring(0, noun.Length - 1) + "ies"
            : noun + "s";

    /// <summary>Person nouns that describe someone by what they do or won, which news uses for a person it named
    /// before ("Ines Duarte won gold … the champion said"), unlike nouns of an office or a part in an event ("the officer").</summary>
    private static readonly HashSet<string> EpithetNouns = Set(
        "champion", "winner", "singer", "actor", "actress", "rapper", "musician", "novelist", "author", "poet", "playwright",
        "player", "striker", "goalkeeper", "midfielder", "defender", "forward", "winger", "international", "athlete", "runner",
        "driver", "rider", "climber", "sailor", "astronaut", "chef", "comedian", "entrepreneur", "businessman", "businesswoman",
        "artist", "designer", "filmmaker", "dancer", "presenter", "blogger", "writer", "veteran", "coach", "manager", "scientist", "researcher",
        "astronomer", "physicist", "biologist", "chemist", "geologist", "archaeologist", "mathematician", "economist",
        "historian", "psychologist", "academic", "scholar", "professor", "activist", "campaigner", "politician", "leader",
        "contestant", "finalist", "star", "teenager", "youngster", "newcomer", "debutant",
        // A player by the place they play or the sport: "England captain Ben Stokes …. “…,” said the all-rounder".
        "all-rounder", "batsman", "batter", "bowler", "spinner", "seamer", "wicketkeeper", "skipper", "sprinter", "swimmer",
        "gymnast", "boxer", "golfer", "skier", "skater", "rower", "cyclist", "jockey", "quarterback", "pitcher", "playmaker",
        "fly-half", "scrum-half", "flanker", "centre-back", "center-back", "full-back", "runner-up");

    /// <summary>Epithets that a modifier makes another job: "the manager" of a team is its coach, "the programme manager" or
    /// "the assistant coach" someone else.</summary>
    private static readonly HashSet<string> BareEpithetNouns = Set("coach", "manager");

    /// <summary>Those who argue a case for another, and speak as themselves: "lawyers for the state argued".</summary>
    private static readonly HashSet<string> CounselNouns = Set(
        "lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors", "solicitor", "solicitors", "barrister", "barristers");

    /// <summary>Words of number and quantity, which count a nominal speaker rather than describe it: "two officials".</summary>
    private static readonly HashSet<string> QuantityWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "tens", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
        "millions", "few", "more", "fewer", "numerous", "various", "multiple", "couple", "least", "half", "first", "second", "third", "last", "many",
        "some", "several", "most");

    /// <summary>Modifiers that say a speaker goes unnamed or how it stands to someone else, left out of a nominal speaker as
    /// the annotators did: "an anonymous source" is a source, "his fellow teammates" teammates, "the same official" an
    /// official, "Other residents" residents.</summary>
    private static readonly HashSet<string> UnnamingModifiers = Set("anonymous", "unnamed", "unidentified", "fellow", "same", "other");

    /// <summary>Nouns of kin and of a couple, which name one person each: "his wife Ana".</summary>
    private static readonly HashSet<string> KinNouns = Set(
        "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "partner", "uncle", "aunt", "cousin",
        "grandmother", "grandfather", "widow", "widower", "fiancée", "fiancé", "fiancee", "fiance", "girlfriend", "boyfriend",
        "granddaughter", "grandson", "grandchild", "niece", "nephew", "stepson", "stepdaughter", "stepfather", "stepmother",
        "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "twin");

    /// <summary>Person nouns of a relation, not of a role: "a friend of Jo Lee" speaks for herself, not for Jo Lee.</summary>
    private static readonly HashSet<string> RelationNouns = Set(KinNouns.Concat(new[]
    {
        "friend", "colleague", "neighbour", "neighbor", "relative", "fan", "supporter", "critic", "victim", "survivor",
        "customer", "tenant", "landlord", "user",
    }).ToArray());

    /// <summary>Nouns that make a body of the name before them: "the Biden campaign", "the Trump administration".</summary>
    private static readonly HashSet<string> BodyNouns = Set("campaign", "administration", "government");

    /// <summary>Nouns of a kind of organisation, which after "the" stand for one the text named: "Ryanair cancelled 400
    /// flights. “…,” the airline said".</summary>
    private static readonly HashSet<string> OrganizationKindNouns = Set(new[]
    {
        "company", "firm", "airline", "bank", "group", "agency", "organisation", "organization", "charity", "union", "club",
        "team", "party", "ministry", "department", "regulator", "watchdog", "carrier", "automaker", "carmaker", "chipmaker",
        "retailer", "insurer", "lender", "network", "startup", "band", "drugmaker", "manufacturer", "publisher", "supermarket",
        "brewer", "league", "foundation", "association", "federation", "commission", "council", "committee", "court", "force",
    }.Concat(InstitutionNouns).ToArray());

    /// <summary>Nouns of someone who speaks for a body: "a Hampshire Police spokesman" is the Hampshire Police, "a BBC
    /// correspondent" the BBC.</summary>
    private static readonly HashSet<string> SpokesNouns = Set(
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative", "representatives", "correspondent");

    /// <summary>Nationalities that are adjectives only: "the British" or "the Chinese" is a people or its state, never one
    /// person named before; so are the regions' ("European", "Western": "a Western diplomat").</summary>
    private static readonly HashSet<string> NationalityAdjectives = Set(
        "British", "English", "Scottish", "Welsh", "Irish", "French", "Dutch", "Spanish", "Swedish", "Danish", "Finnish",
        "Polish", "Turkish", "Chinese", "Burmese", "Nepalese", "Icelandic", "Kurdish", "Flemish", "Catalan", "Basque",
        "Mongolian", "Kazakh", "Uzbek", "Chechen", "Uyghur", "Uighur", "Tibetan", "Arab", "European", "African", "Asian", "Western");

    /// <summary>Languages whose names are no nationality: "Swahili for “protect the child”".</summary>
    private static readonly HashSet<string> Languages = Set(
        "English", "Swahili", "Hindi", "Urdu", "Tagalog", "Filipino", "Latin", "Sámi", "Maori", "Māori", "Tamil", "Yoruba", "Igbo",
        "Hausa", "Zulu", "Xhosa", "Gaelic", "Cantonese", "Mandarin", "Arabic", "Hebrew", "Farsi", "Persian", "Bengali",
        "Punjabi", "Malay", "Thai", "Korean", "Quechua", "Hawaiian", "Amharic", "Somali", "Pashto", "Dari", "Gujarati",
        "Marathi", "Telugu", "Kannada", "Malayalam", "Sinhala", "Nepali", "Khmer", "Lao", "Wolof", "Twi", "Shona",
        "Afrikaans", "Catalan", "Galician", "Breton", "Cornish", "Manx", "Frisian", "Yiddish", "Esperanto", "Creole",
        "Patois", "Inuktitut", "Cree", "Navajo", "Guarani", "Aymara", "Nahuatl", "Kinyarwanda", "Luganda", "Tigrinya");

    /// <summary>Nationalities that, after "the", stand for a person named before ("“…,” the German said").</summary>
    private static readonly HashSet<string> Demonyms = Set(
        "American", "Argentine", "Argentinian", "Australian", "Austrian", "Belgian", "Brazilian", "Briton", "Bulgarian",
        "Cameroonian", "Canadian", "Chilean", "Colombian", "Croat", "Croatian", "Czech", "Dane", "Dutchman", "Dutchwoman",
        "Egyptian", "Englishman", "Englishwoman", "Ethiopian", "Finn", "Frenchman", "Frenchwoman", "German", "Ghanaian",
        "Greek", "Hungarian", "Indian", "Indonesian", "Iranian", "Irishman", "Irishwoman", "Israeli", "Italian",
        "Jamaican", "Japanese", "Kenyan", "Mexican", "Moroccan", "Nigerian", "Norwegian", "Pakistani", "Pole",
        "Portuguese", "Romanian", "Russian", "Scot", "Senegalese", "Serb", "Serbian", "Slovak", "Slovenian",
        "Spaniard", "Swede", "Swiss", "Turk", "Ugandan", "Ukrainian", "Uruguayan", "Welshman", "Welshwoman", "Zimbabwean",
        "Afghan", "Albanian", "Algerian", "Armenian", "Bangladeshi", "Belarusian", "Bolivian", "Bosnian", "Congolese", "Cuban",
        "Cypriot", "Ecuadorian", "Emirati", "Eritrean", "Estonian", "Filipino", "Georgian", "Haitian", "Iraqi", "Ivorian",
        "Jordanian", "Korean", "Kuwaiti", "Latvian", "Lebanese", "Libyan", "Lithuanian", "Malaysian", "Malian", "Nepali",
        "Palestinian", "Peruvian", "Qatari", "Rwandan", "Saudi", "Somali", "Sudanese", "Syrian", "Taiwanese", "Tanzanian",
        "Thai", "Tunisian", "Venezuelan", "Vietnamese", "Yemeni", "Zambian", "Angolan", "Azerbaijani", "Bahraini", "Beninese",
        "Cambodian", "Chadian", "Dominican", "Fijian", "Gambian", "Guatemalan", "Guinean", "Honduran", "Kazakhstani", "Kosovar",
        "Kyrgyz", "Liberian", "Macedonian", "Malawian", "Maltese", "Mauritanian", "Moldovan", "Montenegrin", "Mozambican",
        "Namibian", "Nicaraguan", "Omani", "Panamanian", "Paraguayan", "Salvadoran", "Samoan", "Singaporean", "Tajik",
        "Togolese", "Tongan", "Trinidadian", "Turkmen");

    /// <summary>Places that stand for the government seated there ("the White House said") and states whose names are made of
    /// place words ("the United States said"): speakers, not places.</summary>
    private static readonly HashSet<string> GoverningPlaces = Set(
        "White House", "Downing Street", "10 Downing Street", "Number 10", "Blue House", "Élysée Palace", "Elysee Palace",
        "Buckingham Palace", "Kensington Palace", "Clarence House", "Lambeth Palace",
        "Élysée", "Quai d'Orsay", "Zhongnanhai", "Capitol Hill", "Rideau Hall", "Government House",
        "United States", "United Kingdom", "United Arab Emirates", "South Korea", "North Korea", "South Africa", "South Sudan",
        "New Zealand", "Czech Republic", "Dominican Republic", "Central African Republic", "Ivory Coast",
        "Papua New Guinea", "North Macedonia", "East Timor", "New Delhi", "Mexico City", "Vatican City", "Kuwait City",
        "Guatemala City", "Panama City");

    private static readonly HashSet<string> Platforms = Set(
        "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Weibo", "WeChat", "Telegram", "LinkedIn", "Reddit",
        "Snapchat", "Threads", "Mastodon", "Bluesky", "X");

    /// <summary>Post-nominal letters after a person's name: "Kama Melly QC".</summary>
    private static readonly HashSet<string> PostNominals = Set(
        "QC", "KC", "MBE", "OBE", "CBE", "KBE", "DBE", "PhD", "Ph.D.", "Ph.D", "MD", "M.D.", "M.D", "Esq.", "FRS", "BL", "SC");

    /// <summary>Letters of a seat in a parliament, after a name ("Jo Lee MSP") as post-nominals, and nouns of the seat's
    /// holder after a place ("a Donegal TD").</summary>
    private static readonly HashSet<string> SeatPostNominals = Set("MP", "MSP", "MLA", "MPP", "MHA", "MNA", "MEP", "TD");

    /// <summary>Currency codes written before an amount ("fined Glimmerly EUR 480 million"): no part of the name before them.</summary>
    private static readonly HashSet<string> CurrencyCodes = Set(
        "EUR", "USD", "GBP", "JPY", "CHF", "CNY", "RMB", "INR", "AUD", "CAD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN",
        "CZK", "HUF", "RUB", "TRY", "BRL", "MXN", "ZAR", "KRW", "NGN", "KES", "EGP", "AED", "SAR");

    /// <summary>Verbs of thinking that take a clause: "believes Jo Lee was …".</summary>
    private static readonly HashSet<string> CognitionVerbs = Set(
        "believes", "believed", "thinks", "thought", "knows", "knew", "feels", "felt", "hopes", "hoped", "fears", "feared",
        "suspects", "suspected", "assumes", "assumed", "expects", "expected");

    /// <summary>Nouns that name what someone said, owned after "of" or "from": "the blunt verdict of", "the message from".</summary>
    private static readonly HashSet<string> WordsNouns = Set(
        "verdict", "message", "warning", "response", "reaction", "assessment", "plea", "promise", "words", "advice",
        "admission", "explanation", "prediction", "conclusion", "appeal", "reply", "answer", "view", "vow", "pledge",
        "retort", "boast", "cry", "mantra", "refrain", "insistence", "diagnosis", "motto", "catchphrase");

    /// <summary>Verbs of beginning, going on and stopping, whose "-ing" verb has their subject: "stop referring to it as".</summary>
    private static readonly HashSet<string> AspectualVerbs = Set(
        "stop", "stops", "stopped", "cease", "ceases", "ceased", "continue", "continues", "continued", "keep", "keeps",
        "kept", "begin", "begins", "began", "begun", "start", "starts", "started", "resume", "resumes", "resumed");

    /// <summary>Generational suffixes, part of a name though no name word: "Martin Luther King Jr.", "John Paul II".</summary>
    private static readonly HashSet<string> GenerationalSuffixes = Set("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /// <summary>Titles that are common surnames too: "Stephen King", "John Major", "Julie Bishop", "Howard Dean".</summary>
    private static readonly HashSet<string> SurnameTitles = Set("King", "Major", "Bishop", "Dean", "Judge", "Marshal", "Prince", "Pope");

    /// <summary>
    /// Titles of a monarch, a royal or a pope, which before a single given name are part of what the person is called:
    /// "Pope Francis", "Queen Elizabeth II" ("Francis" alone names nobody in particular). A peer's title is not: "Lord Alli"
    /// is Alli, a surname.
    /// </summary>
    private static readonly HashSet<string> RegnalTitles = Set(
        "Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh");

    /// <summary>Capitalised words that are titles or descriptors in front of a person's name.</summary>
    private static readonly HashSet<string> Titles = Set(
        "President", "Vice", "Prime", "Minister", "Secretary", "Sheriff", "Governor", "Gov.", "Senator", "Sen.",
        "Representative", "Rep.", "Congressman", "Congresswoman", "Chairman", "Chairwoman", "Chair", "Director",
        "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Chief", "Mayor", "Judge", "Justice", "Officer",
        "Professor", "Prof.", "Prof", "Dr.", "Doctor", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Dame",
        "Lord", "Lady", "General", "Gen.", "Commissioner", "Ambassador", "Envoy", "Adviser", "Advisor", "Consul", "King", "Queen", "Prince", "Princess",
        "Pope", "Bishop", "Archbishop", "Cardinal", "Father", "Sister", "Brother", "Rev.", "Reverend", "Rev", "Revd", "Rt", "Rt.", "Hon",
        "Fr", "Fr.", "Canon", "Speaker", "Leader", "Councillor",
        "Councilman", "Councilwoman", "Captain", "Capt.", "Lieutenant", "Lt.", "Colonel", "Col.", "Sergeant",
        "Sgt.", "Major", "Detective", "Inspector", "Superintendent", "Constable", "Chancellor", "CEO", "Attorney",
        "Treasurer", "Coach", "Manager", "Commander", "Admiral", "Marshal", "Foreign", "Interior", "Defence",
        "Defense", "Finance", "Health", "Emergency", "Emergencies", "State", "Federal", "Regional",
        "Former", "Acting", "Interim", "Assistant", "Associate", "Senior", "Executive", "Press", "Public",
        "Security", "Affairs", "Majority", "Minority", "Whip", "Emeritus", "Sheikh", "Crown", "Supreme",
        "Member", "MP", "Rabbi", "Imam", "Dean", "Agent", "Founder", "Editor", "Author", "Spokesmen", "Head",
        "Economy", "Trade", "Education", "Transport", "Environment", "Energy", "Home", "Labour", "Labor",
        "Information", "Communications", "Counsel", "Presidential", "Candidate", "Chairperson", "Dowager",
        "Scientist", "Co-author", "Researcher", "Lead", "Student", "Analyst", "Physician", "Actor", "Actress", "Singer",
        "Secretary-General", "Undersecretary", "Under-Secretary", "Legislator", "Broadcaster", "Lawmaker", "Delegate",
        "Premier", "Activist", "Lawyer", "Principal", "Correspondent",
        "Critic", "Frontman", "Frontwoman", "Collector", "Columnist", "Commentator", "Reviewer", "Curator", "Playwright",
        "Poet", "Chef", "Designer", "Composer", "Producer", "Historian", "Lecturer", "Campaigner",
        "Prosecutor", "Democrat", "Republican", "Voter", "Nominee", "Survivor", "Witness", "Resident", "Protester",
        "Swami", "Sri", "Shri", "Guru", "Maulana", "Mullah", "Ayatollah", "Pastor", "Monsignor", "Mufti", "Lama",
        "Venerable", "Hon.", "Honourable", "Honorable", "Administrator", "Commissioner", "Councilmember", "Councilperson",
        "Councilor", "Cllr", "Cllr.", "Coun", "Coun.", "Alderman", "Alderwoman", "Ald.", "Assemblyman", "Assemblywoman",
        "Assemblymember",
        "Selectman", "Comptroller", "Magistrate", "Coroner", "Provost", "Rector", "Headmaster", "Headmistress", "Warden",
        "Archdeacon", "Deacon", "Vicar", "Chaplain", "Emir", "Sultan", "Sheikha", "Shaikh", "Baron", "Baroness", "Duke",
        "Duchess", "Earl", "Countess", "Viscount", "Marquess", "Mx.", "Mx", "Mme", "Mme.", "Mlle", "Herr", "Frau",
        "Señor", "Senor", "Señora", "Senora", "Monsieur", "Madame", "Corporal", "Cpl.", "Pvt.", "Pte", "Brigadier",
        "Brig.", "Co-founder", "Maj.", "Adm.", "Cmdr.", "Cdr.", "Supt.", "Insp.", "Det.", "Atty.", "Pres.", "Fr.", "Trooper",
        "Patrolman", "Petty", "Taoiseach", "Tánaiste", "Tanaiste", "Ombudsman",
        // Ranks abbreviated without a dot, as British and Commonwealth copy writes them ("Lt Mike Hawley", "Capt Jo Lee"); "Sgt", "Supt", "Insp" and "Det" read as titles already.
        "Lt", "Lieut", "Gen", "Col", "Capt", "Cpl", "Maj", "Adm", "Cmdr", "Cdr", "Brig", "Pvt",
        // A company's officers by their initials ("Nick Clegg, VP of Global Affairs,").
        "VP", "SVP", "EVP", "CFO", "COO", "CTO",
        // The holder of a match's award ("Player of the Match Jo Lee").
        "Player",
        // A head of government and a naval rank, written out or shortened ("PM Tuilaepa", "Cdre Frank Bainimarama").
        "PM", "CM", "Commodore", "Cdre",
        // A teacher of an art or a game ("Master S. Venkatesan", "Grandmaster Jo Lee") and the honorifics of Aboriginal
        // elders ("Aunty Joan Kerrigan", "Uncle Jack Charles").
        "Master", "Grandmaster", "Aunty", "Auntie", "Uncle",
        // A player's position, capitalised before the name in sports reports ("Bayern Munich Striker Luca Toni"); not
        // "Defender", which ends newspapers' names ("The Chicago Defender").
        "Striker", "Midfielder", "Goalkeeper", "Winger", "Quarterback",
        // British police ranks written without dots ("Det Insp Jo Lee", "DI Whitlock", "PC Jo Lee", "Pc Jo Lee"), Malay
        // and Indonesian honorifics ("Datuk Seri Rosli bin Ismail", "Madam", "Pak Sumarno"), members of parliaments ("MEP",
        // the Knesset's "MK", the Dáil's "TD"), and nationalities that are nouns only ("Dutchman Jesse van den Heuvel").
        "Det", "Insp", "Supt", "Sgt", "Ch", "DI", "DCI", "DSI", "PC", "Pc", "WPC", "DC", "Datuk", "Dato", "Dato'", "Datin",
        "Seri", "Puan", "Encik", "Pak", "Bapak", "Ibu",
        "Madam", "MEP", "MSP", "MLA", "MPP", "MK", "TD",
        // Honorifics of West Africa ("Alhaji Lai Bello", "Engr. Musa Bello", "Comrade Ayuba Wabba", the kings' "Oba Mutiu
        // Akinyemi"; not "Nana", also a given name), South India ("Thiru M. K. Selvan", "Smt. Latha Rao"), Malaysia's royal
        // houses ("Tunku Ismail") and its members of parliament ("YB Lim Chee Keong").
        "Alhaji", "Alhaja", "Hajiya", "Hajia", "Mallam", "Malam", "Barrister", "Barr.", "Engr", "Engr.", "Comrade", "Otunba",
        "Oba", "Ooni", "Thiru", "Thirumathi", "Smt", "Smt.", "Shrimati", "Srimati", "Tunku", "Tengku", "YB", "YAB", "YBhg",
        "Dutchman", "Dutchwoman", "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Irishman", "Irishwoman",
        "Welshman", "Welshwoman", "Scotsman", "Scotswoman", "Briton", "Spaniard",
        // Kenya's cabinet secretaries and county assembly members ("Health CS Susan Nakhumicha", "MCA Jo Lee"), a US
        // county's board members ("County Supervisor Gloria Molina"), and Australia's and New Zealand's councillors ("Cr
        // John Douglas").
        "CS", "MCA", "Supervisor", "Cr", "Cr.",
        // Performers and makers described before the name, as "Singer" is ("Rockstar Alice Cooper", "Rapper Jo Lee").
        "Rockstar", "Rapper", "Comedian", "Presenter", "Musician", "Songwriter", "Guitarist", "Drummer", "Novelist",
        "Filmmaker", "Businessman", "Businesswoman", "Entrepreneur");

    private static readonly HashSet<string> Weekdays = Set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static readonly HashSet<string> Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    /// <summary>How long a title and a capitalised word must be for a one-letter slip to count ("Commisioner"): long
    /// enough that no name is one letter from a title (not "Chaplin" for "Chaplain").</summary>
    private const int MisspeltTitleLength = 10;

    /// <summary>The titles of <see cref="MisspeltTitleLength"/> letters or more, for misspelt titles, grouped by first letter:
    /// a misspelt title keeps its capital, and every capitalised word of a text is tried.</summary>
    private static readonly ILookup<char, string> LongTitles = Titles.Where(t => t.Length >= MisspeltTitleLength && char.IsLetter(t[t.Length - 1])).OrderBy(t => t, StringComparer.Ordinal).ToLookup(t => t[0]);

    /// <summary>Hyphen prefixes that make a title of the title after them: "Ex-President", "Then-Governor".</summary>
    private static readonly HashSet<string> TitlePrefixes = Set("Ex", "ex", "Then", "then", "Former", "Acting", "Deputy", "Vice", "Co", "Interim");

    /// <summary>Participles of making a document public, whose agent after "by" wrote it: "a report published by".</summary>
    private static readonly HashSet<string> PublishingParticiples = Set(
        "published", "issued", "released", "signed", "written", "posted", "drafted", "authored", "sent", "circulated",
        "passed", "adopted", "led", "compiled", "prepared", "filed", "lodged");

    /// <summary>Verbs of saying that a thing takes as often as a speaker: "the bombings underlined", "the data suggest".</summary>
    private static readonly HashSet<string> ThingsSpeechVerbs = Set(
        "underlined", "underlines", "underline", "highlighted", "highlights", "highlight", "showed", "shows", "show",
        "demonstrated", "demonstrates", "demonstrate", "suggested", "suggests", "suggest", "indicated", "indicates",
        "indicate", "signalled", "signals", "signaled", "signal", "revealed", "reveals", "reveal", "reflected", "reflects",
        "reflect", "proved", "proves", "prove", "confirmed", "confirms", "confirm", "meant", "means", "marked", "marks");

    /// <summary>Capitalised words that mark an organisation.</summary>
    private static readonly HashSet<string> OrganizationCues = Set(
        "Daily", "News", "Times", "Post", "Ministry", "Department", "Agency", "Inc", "Inc.", "Corp", "Corp.",
        "Corporation", "Company", "Co.", "Party", "Council", "Committee", "Commission", "University", "Institute",
        "Association", "Office", "Service", "Services", "Police", "Bureau", "Court", "Bank", "Group", "Network",
        "Journal", "Guardian", "Herald", "Tribune", "Reuters", "BBC", "CNN", "AP", "AFP", "TASS", "Xinhua",
        "Agence", "Administration", "Authority", "Board", "Foundation", "Society", "Club", "Union", "League",
        "Federation", "Organisation", "Organization", "Fund", "Army", "Navy", "Force", "Forces", "Command",
        "Church", "School", "College", "Hospital", "Team", "Center", "Centre", "Assembly", "Parliament",
        "Congress", "Senate", "Government", "Media", "Television", "Radio", "TV", "Magazine", "Express",
        "Telegraph", "Gazette", "Observer", "Mail", "Broadcasting", "Ltd", "Ltd.", "LLC", "Airlines", "Ministry",
        "Brigade", "Guard", "Patrol", "Directorate", "Cabinet", "Academy", "Laboratory", "Observatory", "Museum", "Institution",
        "Trust", "Alliance", "Coalition", "Movement", "Front", "Bulletin", "Traffic", "Transport", "Wikinews", "Press",
        "Institutes", "Rights", "Nations", "International", "Studios", "Records", "Industries", "Holdings", "Systems", "Technologies", "Foundation",
        "Airways", "Railways", "Motors", "Pharmaceuticals", "Insurance", "Telecom", "Communications", "Petroleum", "Mining",
        "Entertainment", "Pictures", "Labs", "Logistics", "Shipping", "Freight", "Enterprises", "Partners", "Brands",
        "Oil", "Gas", "Electric", "Chemicals", "Resources", "Foods", "Pharma", "Aerospace", "Robotics", "Therapeutics",
        "Biotech", "Solutions", "Software", "Consulting", "Investments", "Ventures", "Utilities", "Hotels", "Resorts",
        "Campaign", "Centers", "Centres", "Embassy", "Consulate", "Tribunal", "Limited", "GmbH", "plc", "PLC", "LLP",
        "Mission", "Programme", "Forum", "Chamber", "Secretariat", "Inspectorate", "Consortium", "Caucus", "Partnership",
        "Initiative", "Homes", "Developments", "Properties", "Estates", "Panel", "Guild", "Collective", "Cooperative",
        "Co-operative", "Syndicate", "Delegation", "Inquiry", "Unit", "Taskforce", "Orchestra", "Corps", "Regiment", "Battalion",
        "Confederation", "Laboratories", "Clinic", "Watch", "Monitor",
        // The last words of Irish parties' names, which read as a person's otherwise ("Cllr Jo Lee, Fianna Fáil, agreed").
        "Fáil", "Fail", "Gael", "Féin", "Fein", "Aontú",
        "Coastguard", "Ferries", "Wire", "Friends", "Treasury", "Newspaper", "Newspapers", "Publishing", "Publications",
        "Relations", "Reserve",
        // "the Philippine Red Cross", "the Red Crescent": the aid societies (a "Charing Cross" so read is no person either).
        "Cross", "Crescent",
        // The last words of bodies named for their cause ("Institute for Fiscal Studies", "Centre for Policy Studies"),
        // which two capitalised words alone would make a person's name.
        "Studies", "Research", "Disarmament", "Control", "Prevention", "Progress", "Policy", "Statistics",
        "Reform", "Equality", "Cooperation", "Development", "Democracy");

    /// <summary>Titles of a ministry's sector that also end a company's name ("Bergmann Energy", "Apex Health") and open a
    /// state agency's ("Health Canada", "Transport Scotland").</summary>
    private static readonly HashSet<string> SectorTitles = Set(
        "Energy", "Health", "Security", "Transport", "Finance", "Education", "Trade", "Defence", "Defense", "Environment", "Economy");

    /// <summary>Capitalised words of place names and other names that are no person.</summary>
    private static readonly HashSet<string> NonPersonWords = Set(
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New",
        "United", "States", "Kingdom", "Republic", "Island", "Islands", "Sea", "Ocean", "River", "Lake", "Mount", "Lanka", "Dhabi",
        "Street", "Road", "Avenue", "Lane", "Crescent", "Terrace", "Park", "Bay", "Valley", "County", "City", "Province",
        "Region", "Airport", "Belt",
        "Station", "Bridge", "Square", "Hall", "Palace", "Tower", "Stadium", "Guesthouse", "Hotel", "House",
        "Building", "Port", "Coast", "Gulf", "Strait", "Canal", "Desert", "Forest", "Beach", "Harbour", "Harbor",
        "District", "State", "Town", "Village", "Highway", "Mountains", "Peninsula", "Cathedral", "Temple",
        "Mosque", "Prize", "Award", "Awards", "Cup", "Games", "Olympics", "Championship", "Championships",
        "Slam", "Prix", "Open", "Marathon", "Trophy", "Series", "Final", "Finals",
        "War", "Act", "Week", "Year", "Festival", "Convention", "Expo", "Conference", "Summit", "Operation", "Mass",
        "Storm", "Hurricane", "Typhoon", "Tropical", "Depression", "Earth", "Mars", "Moon", "Sun", "Internet",
        "January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Christmas", "Easter", "God", "Chinese", "American", "British", "Russian", "French", "German", "Turkish",
        "Malaysian", "Spanish", "Swedish", "Danish", "Finnish", "Polish", "Kurdish", "Scottish", "Irish", "Japanese",
        "Vietnamese", "Lebanese", "Taiwanese", "Iraqi", "Israeli", "Saudi", "Syrian", "Iranian", "Afghan", "Pakistani",
        "Egyptian", "Libyan", "Indian", "Indonesian", "Korean", "Mexican", "Canadian", "Australian", "Italian",
        "Ukrainian", "Palestinian", "European", "African", "Arab");

    /// <summary>Words of <see cref="NonPersonWords"/> that are also common surnames: "Judge Durham Hall", "Moon Jae-in".</summary>
    private static readonly HashSet<string> PlaceSurnames = Set(
        "Hall", "Park", "Moon", "Street", "Sun", "Temple", "House", "French", "West", "Lane");

    /// <summary>Words of <see cref="PlaceSurnames"/> that name no kind of place, so that after a given name they end a
    /// person's name ("Tom French", "Adam West", "Keith Moon"), where "Albert Hall" and "George Street" stay places.</summary>
    private static readonly HashSet<string> GivenNameSurnames = Set("French", "West", "Moon", "Sun");

    /// <summary>Capitalised words that start a sentence or clause but are no name: "The", "As", "Despite", months, days.</summary>
    private static readonly HashSet<string> FunctionWords = Set(
        "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "When", "While", "After", "Before",
        "Despite", "During", "Since", "Although", "Though", "However", "Meanwhile", "Also", "Yesterday", "Today",
        "Tomorrow", "Earlier", "Later", "Last", "This", "That", "These", "Those", "Then", "Now", "Both", "Some",
        "Many", "Most", "Other", "Another", "According", "Following", "His", "Her", "Their", "Its", "Our", "My",
        "Your", "He", "She", "It", "They", "We", "I", "You", "There", "Here", "What", "Who", "Where", "Why", "How",
        "Each", "Every", "All", "Several", "Such", "Under", "Over", "From", "To", "For", "By", "With", "Without",
        "Of", "Into", "Unlike", "Like", "Amid", "Among", "Between", "Instead", "Even", "Only", "Just", "Still", "Except",
        "Not", "No", "Yes", "So", "Thus", "Because", "Once", "Until", "Upon", "Within", "Across", "Against",
        "Around", "Ahead", "Asked", "Speaking", "Regarding", "Concerning", "Including", "Citing", "Responding", "Commenting",
        "Referring", "Describing", "Addressing", "Writing", "Talking", "Ex", "Then-House", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August",
        "September", "October", "November", "December", "One", "Two", "Three", "Dear", "Please", "Thank", "Thanks", "Hello", "Well",
        "Yeah", "Okay", "OK", "Hey", "Hi", "Sorry", "Sure", "Outside", "Inside", "Nearby", "Elsewhere", "Overnight");

    /// <summary>Adverbs that open a sentence ("Afterwards Trump said"): never the first word of a name.</summary>
    private static readonly HashSet<string> SentenceAdverbs = Set(
        "Afterwards", "Afterward", "Additionally", "Furthermore", "Moreover", "Nevertheless", "Nonetheless",
        "Subsequently", "Similarly", "Likewise", "Separately", "Finally", "Eventually", "Ultimately", "Previously",
        "Currently", "Recently", "Initially", "Originally", "Notably", "Therefore", "Hence", "Otherwise", "Indeed",
        "Besides", "Alternatively", "Conversely", "Consequently", "Overall", "Regardless", "Perhaps", "Apparently",
        "Reportedly", "Allegedly", "Specifically", "Instead", "Lastly", "Secondly", "Thirdly", "Firstly", "Shortly", "Soon",
        "Immediately", "Unfortunately", "Fortunately", "Sadly", "Luckily", "Surprisingly", "Interestingly", "Importantly",
        "Clearly", "Obviously", "Generally", "Typically", "Usually", "Normally", "Traditionally", "Historically",
        "Officially", "Publicly", "Privately", "Personally", "Frankly", "Honestly");

    /// <summary>Particles inside names: lower-case ones ("Mohammad bin Salman", "Ursula von der Leyen", Malay "Siti Aminah bt
    /// Yusof", Kalenjin "Kipkemboi arap Rotich", Filipino "Maria dela Cruz", Welsh "Rhun ap Iorwerth", and the "son of" of
    /// Malaysian and Singaporean Indian names, "Rajendran s/o Muthusamy") and the Irish ones, capitalised ("Tadhg Ó
    /// Súilleabháin", "Máire Ní Bhriain").</summary>
    private static readonly HashSet<string> NameParticles = Set(
        "bin", "binti", "binte", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
        "sans", "Ó", "Ní", "Nic", "Ua", "ap", "arap", "bt", "bte", "dela", "delos", "s/o", "d/o", "a/l", "a/p");

    /// <summary>Words that start a new clause: a verb after them has its own subject.</summary>
    private static readonly HashSet<string> ClauseWords = Set(
        "and", "but", "or", "while", "whereas", "when", "as", "because", "which", "who", "that", "after", "before",
        "since", "although", "though", "if", "so", "where", "then", "until", "unless");

    /// <summary>Lower-case words that may precede a name in subject position ("…, and Smith said", "while Smith wrote").</summary>
    private static readonly HashSet<string> SubjectLeaders = Set(
        "and", "but", "or", "while", "whereas", "when", "as", "because", "that", "with", "by", "after", "before",
        "since", "although", "though", "if", "so", "then", "where", "also");

    /// <summary>Prepositions: a name before one ("Martin Smith of PBS") is no clause subject.</summary>
    private static readonly HashSet<string> Prepositions = Set(
        "of", "to", "in", "on", "at", "for", "with", "from", "by", "about", "into", "over", "under", "against",
        "toward", "towards", "during", "near", "via", "without", "among", "amongst", "through", "off");

    /// <summary>Abbreviations that keep their final dot (case-sensitive).</summary>
    private static readonly HashSet<string> Abbreviations = Set(
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Cpl", "Maj",
        "Adm", "Cmdr", "St", "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "No", "Nos", "vs", "Inc", "Ltd", "Co", "Corp", "Bros", "Ave", "Blvd", "Rd", "Rev",
        "Hon", "Fr", "Pres", "Supt", "Insp", "Det", "Atty", "approx", "Gens", "Messrs", "Univ", "Dept", "Est", "Pvt", "Ald",
        "Mx", "Cdr", "Brig", "Engr", "Barr", "Smt");

    /// <summary>Words that open the name of a body of a state or a city ("Ministry of Health", "Federal Constitutional Court",
    /// "Defence Ministry", "Metropolitan Police", "City Council"), after which a country's or a city's possessive is the
    /// body's owner, not a part of its name.</summary>
    private static readonly HashSet<string> StateBodyOpeners = Set(
        "Ministry", "Department", "Federal", "Supreme", "Constitutional", "High", "National", "Foreign", "Health", "Defence",
        "Defense", "Interior", "Central", "Finance", "Justice", "Home", "Education", "Environment", "Transport", "Energy",
        "Agriculture", "Presidential", "Electoral", "Election", "Meteorological", "Civil", "Public", "Statistics", "State",
        "Cabinet", "Metropolitan", "Municipal", "City", "Provincial", "Regional", "Royal", "Police");

    public static bool OpensStateBody(string word) => StateBodyOpeners.Contains(word);

    /// <summary>Abbreviated titles and the role noun each stands for, so that "the governor said" finds "Gov. Jo Lee".</summary>
    private static readonly Dictionary<string, string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        ["Gov."] = "governor", ["Sen."] = "senator", ["Rep."] = "representative", ["Prof."] = "professor", ["Prof"] = "professor",
        ["Dr."] = "doctor", ["Dr"] = "doctor", ["Det."] = "detective", ["Det"] = "detective", ["Insp."] = "inspector",
        ["Insp"] = "inspector", ["Capt."] = "captain", ["Cmdr."] = "commander", ["Cdr."] = "commander",
        ["Atty."] = "attorney", ["Pres."] = "president", ["Cllr"] = "councillor", ["Cllr."] = "councillor",
        ["Coun"] = "councillor", ["Coun."] = "councillor", ["Cr"] = "councillor", ["Cr."] = "councillor",
        ["Sgt"] = "sergeant", ["Sgt."] = "sergeant", ["Supt"] = "superintendent", ["Supt."] = "superintendent",
        ["Lt"] = "lieutenant", ["Lt."] = "lieutenant", ["Col"] = "colonel", ["Col."] = "colonel", ["Adm."] = "admiral",
        ["Cpl"] = "corporal", ["Cpl."] = "corporal", ["Const."] = "constable", ["Amb."] = "ambassador", ["Cmdr"] = "commander",
        ["Cdr"] = "commander", ["Capt"] = "captain",

        // A title of the bench that names its holder's role: "Justice Jo Lee" is "the judge".
        ["Justice"] = "judge",

        // A prime or chief minister by initials: "PM Imran Khan" is "the prime minister", "Prime Minister Imran Khan" "the PM".
        ["PM"] = "minister", ["CM"] = "minister",
    };

    /// <summary>Role nouns that news writes for a title the text gave before: "NASA chief Bill Nelson … the NASA boss said",
    /// "India captain Rohit Sharma … the skipper said".</summary>
    private static readonly Dictionary<string, string> RoleSynonyms = new(StringComparer.Ordinal)
    {
        ["boss"] = "chief", ["skipper"] = "captain",
    };

    /// <summary>Title words that make a role another office than the role alone: a prime minister is not "the minister",
    /// a vice president not "the president", a deputy mayor not "the mayor".</summary>
    private static readonly HashSet<string> OtherOfficeModifiers = Set("prime", "vice", "deputy", "under");

    /// <summary>A present participle by its form: "Sentencing", "jailing" (not "King", "Ming").</summary>
    public static bool IsIngForm(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The office word a title's letters hold ("PM" is a prime minister, "CM" a chief minister), or null.</summary>
    public static string? OfficeOfAbbreviation(string word) => word switch { "PM" => "prime", "CM" => "chief", _ => null };

    /// <summary>Whether the lower-case title word <paramref name="word"/> before a role makes it another office
    /// (<see cref="OtherOfficeModifiers"/>).</summary>
    public static bool IsOtherOfficeModifier(string word) => OtherOfficeModifiers.Contains(word);

    /// <summary>Whether the token <paramref name="word"/> writes the role <paramref name="noun"/>, in any case or abbreviated
    /// ("Governor", "Gov." for "governor").</summary>
    public static bool WritesRole(string word, string noun)
        => string.Equals(word, noun, StringComparison.OrdinalIgnoreCase)
            || (RoleSynonyms.TryGetValue(noun, out string? synonym) && string.Equals(word, synonym, StringComparison.OrdinalIgnoreCase))
            || (TitleAbbreviations.TryGetValue(word, out string? full) && string.Equals(full, noun, StringComparison.Ordinal))
            || (TitleAbbreviations.TryGetValue(noun, out string? nounInFull) && char.IsUpper(noun[noun.Length - 1])
                && string.Equals(word, nounInFull, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="word"/> is the participle by which British court reports name counsel for the role
    /// <paramref name="noun"/>: "Jo Lee, prosecuting, told the jury" names the prosecutor.</summary>
    public static bool IsCounselParticipleOf(string word, string noun)
        => word is "prosecuting" && string.Equals(noun, "prosecutor", StringComparison.OrdinalIgnoreCase);

    public static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

    /// <summary>Whether <paramref name="word"/> makes the next word a noun: a determiner or a possessive ("Trump's").</summary>
    public static bool IsDeterminer(string word)
    {
        if (Determiners.Contains(word))
        {
            return true;
        }

        string plain = word.Replace('\u2019', '\'');
        return plain.Length > 2 && plain.EndsWith("'s", StringComparison.Ordinal) && !Contractions.Contains(plain);
    }

    public static bool IsSpeechNoun(string word) => SpeechNouns.Contains(word);

    public static bool IsDirectiveVerb(string word) => DirectiveVerbs.Contains(word);

    public static bool IsColonVerb(string word) => ColonVerbs.Contains(word);

    /// <summary>An auxiliary, or an adverb in "-ly" ("later", "reportedly" aside) that a subject search passes over; not a
    /// role noun in "-ly" ("the family said", "a close ally said").</summary>
    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word)
        || (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && NominalKind(word) == NameKind.Unknown);

    public static bool IsNameParticle(string word) => NameParticles.Contains(word);

    public static bool IsClauseWord(string word) => ClauseWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> is no preposition, auxiliary, clause word or function word: a word that may
    /// be a noun.</summary>
    public static bool IsContentWord(string word)
        => !IsPreposition(word) && !IsAuxiliary(word) && !IsClauseWord(word) && !IsFunctionWord(word);

    public static bool IsSubjectLeader(string word) => SubjectLeaders.Contains(word);

    public static bool IsPreposition(string word) => Prepositions.Contains(word);

    public static bool IsSpeakerNoun(string word) => SpeakerNouns.Contains(word);

    /// <summary>
    /// A title before a person's name: a listed one, or a compound of one — "Ex-President", "Mayor-elect",
    /// "Commissioner-General", "Governor-General".
    /// </summary>
    public static bool IsTitle(string word) => Titles.Contains(word) || IsUnlistedTitle(word);

    /// <summary>A title no list holds as written: a misspelt one, or a compound of listed ones.</summary>
    private static bool IsUnlistedTitle(string word)
    {
        if (IsMisspeltTitle(word))
        {
            return true;
        }

        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }

        if (word.IndexOf('-', hyphen + 1) >= 0)
        {
            return IsPhraseTitle(word);
        }

        string head = word.Substring(0, hyphen);
        string tail = word.Substring(hyphen + 1);
        return tail == "elect" ? Titles.Contains(head)
            : Titles.Contains(tail) && (TitlePrefixes.Contains(head) || Titles.Contains(head));
    }

    /// <summary>"Editor-in-Chief", "Commander-in-Chief", "Man-of-the-Match": a title or an award's holder joined by hyphens to
    /// lower-case words that end in a capitalised one.</summary>
    private static bool IsPhraseTitle(string word)
    {
        string[] parts = word.Split('-');
        if (!(Titles.Contains(parts[0]) || parts[0] is "Man" or "Woman" or "Player") || parts[parts.Length - 1].Length == 0
            || !char.IsUpper(parts[parts.Length - 1][0]))
        {
            return false;
        }

        for (int i = 1; i < parts.Length - 1; i++)
        {
            if (parts[i].Length == 0 || !parts[i].All(char.IsLower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Commisioner David Stern", "Represenative Adam Schiff": a long title with one letter left out, added, changed
    /// or swapped with the next, written as titles are (a capital, then lower case: an acronym or a shouted word is none).
    /// A title's plural is no slip but a group ("Prosecutors said").</summary>
    private static bool IsMisspeltTitle(string word)
    {
        if (word.Length < MisspeltTitleLength - 1 || !char.IsUpper(word[0]) || !char.IsLower(word[1]))
        {
            return false;
        }

        foreach (string title in LongTitles[word[0]])
        {
            if (Spelling.OneLetterApart(word, title, allowSwap: true) && !IsPluralOf(word, title))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPluralOf(string word, string title)
        => word.Length == title.Length + 1 && word[word.Length - 1] == 's' && word.StartsWith(title, StringComparison.Ordinal);

    /// <summary>Whether the word names a speaker by role: a group ("police") or one person ("spokesperson").</summary>
    public static NameKind NominalKind(string word)
        => ListedNominalKinds.TryGetValue(word, out var listed) ? listed
            : IsCompoundWorker(word) || IsSharedRole(word) ? NameKind.Person
            : IsScientistOfField(word) ? (word[word.Length - 1] == 's' ? NameKind.Organization : NameKind.Person)
            : NameKind.Unknown;

    /// <summary>"farmworker", "steelworker", "caseworker": a worker named by what they work at, in one word.</summary>
    private static bool IsCompoundWorker(string word)
        => word.Length > 8 && word.EndsWith("worker", StringComparison.Ordinal) && char.IsLower(word[0]) && word.IndexOf('-') < 0;

    /// <summary>"co-chair", "co-founder", "vice-chair": a person's role noun shared, in lower case (<see
    /// cref="IsCapitalisedPersonNoun"/> reads the capitalised ones). Not "ex-minister", whom news names before.</summary>
    private static bool IsSharedRole(string word)
        => word.Length > 4 && (word.StartsWith("co-", StringComparison.Ordinal) || word.StartsWith("vice-", StringComparison.Ordinal))
            && NominalPersons.Contains(word.Substring(word.IndexOf('-') + 1));

    /// <summary>"volcanologist", "epidemiologists": a scientist named by the field's "-ologist", one or a group.</summary>
    private static bool IsScientistOfField(string word)
        => word.Length > 8 && (word.EndsWith("ologist", StringComparison.Ordinal) || word.EndsWith("ologists", StringComparison.Ordinal))
            && char.IsLower(word[0]);

    /// <summary>The one-person role noun of a plural group noun ("victims" → "victim"), or null ("police", "families";
    /// "Mans", whose "man" makes "men").</summary>
    public static string? SingularPersonNoun(string group)
        => PluralPersonNouns.TryGetValue(group, out string? single) ? single : null;

    /// <summary>Whether a capitalised word is a person's role noun ("Striker", "Coach"), without lower-casing it, or one
    /// shared or held before ("Co-producer", "Ex-minister").</summary>
    public static bool IsCapitalisedPersonNoun(string word)
        => word.Length > 1 && char.IsUpper(word[0])
            && (CapitalisedPersonNouns.Contains(word)
                || (word.Length > 4 && word[2] == '-' && (word.StartsWith("Co", StringComparison.Ordinal) || word.StartsWith("Ex", StringComparison.Ordinal))
                    && NominalPersons.Contains(word.Substring(3))));

    public static bool IsPostNominal(string word) => PostNominals.Contains(word);

    /// <summary>Words, in lower case, that an apostrophe before them shortens (<c>'em</c>, <c>’til</c>, <c>rock 'n' roll</c>): the mark is no
    /// opening quote mark.</summary>
    public static bool IsElision(string word) => Elisions.Contains(word);

    private static readonly HashSet<string> Elisions = Set(
        "em", "til", "till", "cause", "cos", "coz", "n", "bout", "round", "tis", "twas", "twere", "s", "t");

    /// <summary>One or two capitals that stand for no given names before a name: a rank or title by its letters ("PM", "DI",
    /// "GM", "CP" for a commissioner of police, "CJ" for a chief justice), a place's or union's letters ("US", "EU"), a club's
    /// ("AC", "FC"), a word ("A", "I") or common letters of other things ("TV", "HR").</summary>
    public static bool IsLettersOfNoName(string word) => LettersOfNoName.Contains(word);

    private static readonly HashSet<string> LettersOfNoName = Set(
        "A", "I", "US", "UK", "EU", "UN", "AU", "NZ", "SA", "DR", "GM", "IM", "FM", "CM", "NM", "DI", "DS", "DC", "PC", "CP",
        "SP", "IG", "AC", "DG", "MD", "CJ", "AG", "DA", "HE", "MP", "PM", "VP", "QC", "KC", "SC", "FC", "TV", "AI", "OK", "ID",
        "IT", "PR", "HR");

    public static bool IsSeatPostNominal(string word) => SeatPostNominals.Contains(word);

    public static bool IsCurrencyCode(string word) => CurrencyCodes.Contains(word);

    public static bool IsCognitionVerb(string word) => CognitionVerbs.Contains(word);

    public static bool IsAspectualVerb(string word) => AspectualVerbs.Contains(word);

    public static bool IsWordsNoun(string word) => WordsNouns.Contains(word);

    /// <summary>Nouns of words aimed at someone, whose "from" names who spoke them: "criticism from Kemi Badenoch".</summary>
    public static bool IsCriticismNoun(string word)
        => word is "criticism" or "questions" or "questioning" or "attack" or "attacks" or "rebuke" or "praise" or "tributes" or "comments" or "challenge";

    /// <summary>"office": a body that speaks as the office of a role ("the prime minister's office", "the office of the
    /// president"), but for the person whose name owns it ("Jo Lee's office said" is Jo Lee).</summary>
    public static bool IsOfficeNoun(string word) => word is "office";

    public static bool IsGenerationalSuffix(string word) => GenerationalSuffixes.Contains(word);

    /// <summary>"al", "el", "bin": a lower-case Arabic particle joined by a hyphen to the capitalised name after it
    /// ("al-Assad", "el-Sisi", "bin-Talal").</summary>
    public static bool IsJoinedParticle(string word) => JoinedParticles.Contains(word);

    /// <summary>The Arabic article in its spellings: a name after it may later stand alone.</summary>
    private static readonly HashSet<string> ArticleParticles = Set("al", "el", "ad", "as", "ash", "at", "az");

    private static readonly HashSet<string> JoinedParticles = Set(ArticleParticles.Concat(new[] { "bin", "ibn", "abu", "bint" }).ToArray());

    /// <summary>The shortest and longest joined particles, so that a scan for one looks for its hyphen only where it can stand.</summary>
    public static readonly int MinJoinedParticleLength = JoinedParticles.Min(p => p.Length);

    /// <summary>See <see cref="MinJoinedParticleLength"/>.</summary>
    public static readonly int MaxJoinedParticleLength = JoinedParticles.Max(p => p.Length);

    /// <summary>"Shaer" of "al-Shaer", "Sisi" of "el-Sisi": the name after a joined article particle, which the text may later
    /// use alone; null when the word opens with no such particle.</summary>
    public static string? NameAfterJoinedArticle(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen is 2 or 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && ArticleParticles.Contains(word.Substring(0, hyphen))
            ? word.Substring(hyphen + 1)
            : null;
    }

    /// <summary>A title that is also a common surname, so a surname when it ends a name ("Stephen King").</summary>
    public static bool IsSurnameTitle(string word) => SurnameTitles.Contains(word);

    public static bool IsRegnalTitle(string word) => RegnalTitles.Contains(word);

    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    public static bool IsMonth(string word) => Months.Contains(word);

    /// <summary>"website", "page", "blog", "account", "site": where a body or a person posts what it says.</summary>
    public static bool IsSiteNoun(string word) => word is "website" or "site" or "page" or "blog" or "account";

    /// <summary>"resident", "villager", "citizen": one who lives in a place, no office held there.</summary>
    public static bool IsDwellerNoun(string word) => word is "resident" or "villager" or "citizen" or "native" or "inhabitant" or "local";

    /// <summary>"northern", "south-eastern", "central": an adjective of a region of a place, before its name ("in southern
    /// Lebanon").</summary>
    public static bool IsCompassAdjective(string word) => CompassAdjectives.Contains(word);

    private static readonly HashSet<string> CompassAdjectives = Set(
        "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern", "south-western",
        "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
        "northeast", "northwest", "southeast", "southwest");

    /// <summary>"Friday", "Jan", "Thu", "December": a month's or a weekday's name, whole or cut to its first three letters.</summary>
    public static bool IsDateName(string word)
        => Months.Contains(word) || Weekdays.Contains(word)
            || (word.Length == 3 && (Months.Any(m => m.StartsWith(word, StringComparison.Ordinal)) || Weekdays.Any(d => d.StartsWith(word, StringComparison.Ordinal))));

    /// <summary>"I", "my", "I'm": a word of the first person singular ("mine" aside: a coal mine is no speaker).</summary>
    public static bool IsFirstPersonSingular(string word) => FirstPersonSingular.Contains(word);

    /// <summary>"we", "our", "we're": a word of the first person plural.</summary>
    public static bool IsFirstPersonPlural(string word) => FirstPersonPlural.Contains(word);

    /// <summary>"AEW", "DMCA", "TfL": two to six letters, the first and the last capitals.</summary>
    public static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 6 || !char.IsUpper(word[0]) || !char.IsUpper(word[word.Length - 1]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nouns of an act of speech: "issued a statement", "held a news conference", "gave an interview".</summary>
    public static bool IsSpeechEventNoun(string word)
        => word is "statement" or "speech" or "conference" or "interview" or "briefing" or "address" or "remarks";

    /// <summary>Nouns of something said that a possessive owns: "Jo Lee's claim that …", "her remark that …".</summary>
    public static bool IsClaimNoun(string word)
        => word is "claim" or "claims" or "comment" or "comments" or "remark" or "remarks" or "assertion" or "suggestion"
            or "allegation" or "allegations" or "accusation" or "insistence" or "argument" or "description" or "words" or "promise"
            or "pledge" or "warning";

    /// <summary>"held", "carrying", "waved": a verb of carrying a sign, whose subject the sign's words speak for.</summary>
    public static bool IsCarryingVerb(string word)
        => word is "held" or "hold" or "holds" or "holding" or "carried" or "carry" or "carries" or "carrying" or "waved" or "wave"
            or "waves" or "waving" or "raised" or "raising" or "displayed" or "displaying" or "unfurled" or "unfurling" or "brandished"
            or "brandishing" or "wore" or "wearing" or "bore" or "bearing";

    /// <summary>A noun of something carried or put up with words on it: "banners", "a placard", "signs".</summary>
    public static bool IsSignNoun(string word)
        => word is "banner" or "banners" or "placard" or "placards" or "sign" or "signs" or "poster" or "posters" or "T-shirt"
            or "T-shirts" or "t-shirts" or "flag" or "flags" or "board" or "boards" or "graffiti";

    /// <summary>A noun of a kind of business, capitalised to open a sentence before the business's name ("Carmaker Toyota",
    /// "Startup Lumora"); none that also opens names of their own ("Bank Leumi", "Carrier Global", "Giant Eagle").</summary>
    public static bool IsBusinessKindWord(string word)
        => word is "Startup" or "Carmaker" or "Automaker" or "Chipmaker" or "Drugmaker" or "Retailer" or "Insurer" or "Lender"
            or "Airline" or "Manufacturer" or "Publisher" or "Supermarket" or "Brewer" or "Supplier" or "Provider" or "Fintech"
            or "Conglomerate" or "Firm";

    /// <summary>A noun of a business that is also a trade of people ("software developer Matías Roldán", "film producer Jo
    /// Lee", "radio broadcaster Ed Stewart", "Jo Lee, a publisher"): with a person's name it describes the person; not an
    /// operator ("Terminal operator Meridian Terminals").</summary>
    public static bool IsTradeOfPeople(string word) => word is "developer" or "producer" or "broadcaster" or "publisher";

    /// <summary>A noun of a business, a club or a band, not of a public body: "the retailer", "the club".</summary>
    public static bool IsBusinessNoun(string word)
        => word is "company" or "firm" or "airline" or "carrier" or "retailer" or "insurer" or "lender" or "bank" or "startup"
            or "automaker" or "carmaker" or "chipmaker" or "drugmaker" or "manufacturer" or "publisher" or "supermarket"
            or "brewer" or "club" or "team" or "band" or "operator" or "broadcaster" or "maker" or "giant" or "chain"
            or "supplier" or "producer" or "provider" or "developer" or "fintech" or "conglomerate";

    /// <summary>A noun that makes the name right after it a body's: a business's ("payments company Veldhoven Pay") or a
    /// group's, a charity's, a union's, a watchdog's ("passenger group Rail Future", "rights watchdog Amnesty International").</summary>
    public static bool IntroducesBody(string word)
        => IsBusinessNoun(word) || word is "group" or "organisation" or "organization" or "charity" or "union" or "association"
            or "foundation" or "coalition" or "alliance" or "movement" or "network" or "watchdog";

    /// <summary>Whether an organisation's name holds a word of a public body, a court, a party or a news outlet ("Ministry of
    /// Health", "Durham Constabulary", "BBC"), which a noun of a business never stands for.</summary>
    public static bool NamesPublicBody(string name)
    {
        foreach (string word in name.Split(' '))
        {
            if (word is "Ministry" or "Department" or "Police" or "Constabulary" or "Council" or "Court" or "Government" or "Parliament"
                or "Commission" or "Committee" or "Office" or "Agency" or "Authority" or "Service" or "Bureau" or "Administration"
                or "Party" or "Senate" or "Congress" or "Assembly" or "Army" or "Navy" or "Force" or "Forces" or "University"
                or "Union" or "Federation" or "Association" or "Organization" or "Organisation" or "Regulator" or "Watchdog"
                or "Inspectorate" or "Tribunal" or "Board"
                or "News" or "Times" or "Post" or "Journal" or "Guardian" or "Herald" or "Tribune" or "Telegraph" or "Gazette"
                or "Observer" or "Mail" or "Express" or "Press" or "Radio" or "Television" or "TV" or "Magazine" or "Media"
                or "Broadcasting" or "Reuters" or "BBC" or "CNN" or "AP" or "AFP" or "TASS" or "Xinhua" or "Wikinews")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun of a kind of organisation: "company", "airline", "bank".</summary>
    public static bool IsOrganizationKindNoun(string word) => OrganizationKindNouns.Contains(word);

    /// <summary>Whether a modifier sets a body apart from one named before: "the other group", "the rival company", "the
    /// opposition party".</summary>
    public static bool SetsApart(string word) => word is "other" or "another" or "rival" or "opposition" or "new" or "former" or "second";

    /// <summary>A verb of manner that reports the words before it: "“…,” Jo Lee laughed.".</summary>
    public static bool IsMannerVerb(string word) => MannerVerbs.Contains(word);

    /// <summary>"tell", "told": a speech verb whose subject stands before it ("“…,” told the Courier" names the listener).</summary>
    public static bool IsTellVerb(string word) => word is "tell" or "tells" or "told" or "telling";

    /// <summary>Whether the lower-case person noun names a relation to someone ("a friend of Jo Lee"), not a role.</summary>
    public static bool IsRelationNoun(string word) => RelationNouns.Contains(word);

    /// <summary>Whether the lower-case noun names one person, by a relation ("brother", "widow") or a role ("lawyer").</summary>
    public static bool IsPersonNoun(string word) => IsRelationNoun(word) || NominalKind(word) == NameKind.Person;

    public static bool IsKinNoun(string word) => KinNouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a noun news uses for a body's head after the body's name ("the NATO chief",
    /// "the Tesla boss").</summary>
    public static bool IsHeadNoun(string word) => word is "chief" or "boss";

    /// <summary>Whether the title word <paramref name="word"/> names a body's head ("Secretary-General", "CEO", "manager"),
    /// not its spokesperson or another officer.</summary>
    public static bool IsHeadTitle(string word) => HeadTitles.Contains(word);

    private static readonly HashSet<string> HeadTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Secretary-General", "Director-General", "General", "President", "Chairman", "Chairwoman", "Chair", "Chairperson",
        "Chief", "CEO", "Executive", "Director", "Commissioner", "Governor", "Head", "Leader", "Administrator", "Manager",
        "Coach", "Boss",
    };

    /// <summary>A word that opens a phrase or clause before the subject, its comma closing it: "After meeting Jo Lee,",
    /// "Before the vote,", "Despite the rain,".</summary>
    public static bool IsOpeningSubordinator(string word) => OpeningSubordinators.Contains(word);

    /// <summary>A word that opens an indirect question after a verb of asking: "asked what she believes", "Asked whether".</summary>
    public static bool IsQuestionWord(string word)
        => word is "what" or "whether" or "if" or "how" or "why" or "when" or "where" or "who";

    private static readonly HashSet<string> OpeningSubordinators = Set(
        "after", "before", "since", "when", "while", "although", "though", "if", "because", "once", "until", "unlike",
        "despite", "upon", "amid", "without", "like");

    /// <summary>A role noun whose "to" names whom the person serves, not the speaker: "an aide to the president", "the
    /// ambassador to France".</summary>
    public static bool IsServingNoun(string word) => ServingNouns.Contains(word);

    private static readonly HashSet<string> ServingNouns = Set(
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants", "ambassador", "envoy", "counsel");

    /// <summary>A number written in digits ("300", "50,000", "2.5"): a count, no modifier of the noun after it ("2,000
    /// protesters" are "protesters" to the annotators; "16-year-old" is no number).</summary>
    public static bool IsNumber(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c) && c is not ',' and not '.')
            {
                return false;
            }
        }

        return word.Length > 0 && char.IsDigit(word[0]);
    }

    /// <summary>Verbs of saying that a thing takes as often as a speaker ("the bombings underlined", "the figures suggest").</summary>
    public static bool IsThingsSpeechVerb(string word) => ThingsSpeechVerbs.Contains(word);

    /// <summary>Whether a lower-cased word before a role noun counts it or leaves it unnamed ("two", "anonymous"), no
    /// modifier to keep in the speaker's name.</summary>
    public static bool IsCountingOrUnnamingWord(string word) => QuantityWords.Contains(word) || UnnamingModifiers.Contains(word);

    public static bool IsEpithetNoun(string word) => EpithetNouns.Contains(word);

    /// <summary>Whether a lower-case noun reads as plural: "police", "people", "critics" (not "charity", "press").</summary>
    public static bool IsPluralNoun(string word)
        => word is "police" or "people" || (word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal));

    /// <summary>Whether a word ends as a doer's does: "-er", "-or", "-man" ("groundskeeper", "curator", "frontman").</summary>
    public static bool HasDoersEnding(string word)
        => word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("man", StringComparison.Ordinal);

    public static bool IsBareEpithetNoun(string word) => BareEpithetNouns.Contains(word);

    public static bool IsCounselNoun(string word) => CounselNouns.Contains(word);

    /// <summary>Whether the lower-case noun makes a body of the name before it ("the Biden campaign").</summary>
    public static bool IsBodyNoun(string word) => BodyNouns.Contains(word);

    /// <summary>Whether the noun names someone speaking for a body named before it ("an Interpol spokesperson").</summary>
    public static bool IsSpokesNoun(string word) => SpokesNouns.Contains(word);

    /// <summary>Whether the name is a social-media platform (never a speaker; its account holder is).</summary>
    public static bool IsPlatform(string name) => Platforms.Contains(name);

    public static bool IsGoverningPlace(string name) => GoverningPlaces.Contains(name);

    public static bool IsDemonym(string word) => Demonyms.Contains(word);

    /// <summary>The adjective that writes a demonym's nationality before a name ("Frenchman" → "French", "Briton" →
    /// "British"); the demonym itself where the two are one word ("German").</summary>
    public static string NationalityOfDemonym(string demonym) => demonym switch
    {
        "Frenchman" or "Frenchwoman" => "French",
        "Dutchman" or "Dutchwoman" => "Dutch",
        "Englishman" or "Englishwoman" => "English",
        "Irishman" or "Irishwoman" => "Irish",
        "Welshman" or "Welshwoman" => "Welsh",
        "Scot" or "Scotsman" or "Scotswoman" => "Scottish",
        "Briton" => "British",
        "Spaniard" => "Spanish",
        "Swede" => "Swedish",
        "Dane" => "Danish",
        "Finn" => "Finnish",
        "Pole" => "Polish",
        "Turk" => "Turkish",
        "Croat" => "Croatian",
        "Serb" => "Serbian",
        _ => demonym,
    };

    /// <summary>A language's name: a nationality adjective ("Polish", "Welsh") or a language that is none ("Swahili").</summary>
    public static bool IsLanguage(string word) => NationalityAdjectives.Contains(word) || Demonyms.Contains(word) || Languages.Contains(word);

    /// <summary>A nationality that describes a noun after it ("Iranian officials", "the British police", "the Chinese
    /// foreign ministry"): the nationalities that stand for a person, and those that are adjectives only.</summary>
    public static bool IsNationality(string word) => Demonyms.Contains(word) || NationalityAdjectives.Contains(word);

    /// <summary>A nationality or a hyphenated pair of them ("Brazilian", "Angolan-Portuguese", "British-born").</summary>
    public static bool IsNationalityCompound(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen < 0
            ? IsNationality(word)
            : IsNationality(word.Substring(0, hyphen)) && word.Substring(hyphen + 1) is var rest
                && (rest == "born" || IsNationality(rest));
    }

    /// <summary>
    /// Whether an organisation's name is of the kind a lower-case noun names: "Acme Corp" for "the company", "Health
    /// Ministry" for "the ministry", "Labour Party" for "the party".
    /// </summary>
    public static bool NamesBodyOfNoun(string name, string noun)
    {
        if (noun is "union" && IsTradeAssociation(name))
        {
            return true;
        }

        // "Health Canada says … the agency wrote": a sector's title before the last word names a state agency.
        string[] words = name.Split(' ');
        if (noun is "agency" or "department" && words.Length >= 2 && IsSectorTitle(words[words.Length - 2]))
        {
            return true;
        }

        foreach (string word in words)
        {
            bool match = noun switch
            {
                // Legal forms of companies in English and other languages ("Nordvik Shipping ASA", "Siemens AG"), and the
                // words that end the names of trading companies ("Nordvik Airlines").
                "company" or "firm" => word is "Company" or "Co." or "Corp" or "Corp." or "Corporation" or "Inc" or "Inc." or "Ltd"
                    or "Ltd." or "LLC" or "plc" or "PLC" or "Group" or "Holdings" or "Industries" or "Technologies" or "Systems"
                    or "Limited" or "LLP" or "AG" or "SA" or "S.A." or "ASA" or "AB" or "NV" or "N.V." or "BV" or "GmbH" or "SE"
                    or "SpA" or "S.p.A." or "Oyj" or "Pty" or "Pte" or "Airlines" or "Airways" or "Motors" or "Pharmaceuticals"
                    or "Enterprises" or "Partners",
                "airline" => word is "Airlines" or "Airways",
                "organisation" or "organization" => word is "Organisation" or "Organization",
                // "The World Health Organization said … the agency said", "the National Weather Service … the agency".
                "agency" => word is "Agency" or "Organisation" or "Organization" or "Administration" or "Service" or "Authority"
                    or "Bureau",
                "union" => word is "Union" or "Federation" or "Confederation",
                // "The Tidewater Retail Association said …. “…,” said the trade group": a body of members by its name's word.
                "group" => word is "Group" or "Association" or "Alliance" or "Coalition" or "Society" or "Forum"
                    or "Campaign" or "Collective",
                // "The Met Office has issued a warning. … The forecaster said": a weather service by its name's words.
                "forecaster" => word is "Met" or "Weather" or "Meteorological" or "Meteorology" or "Hurricane",
                // "Wiltshire Police said … according to the force": a police force by the word that ends its name.
                "force" => word is "Police" or "Constabulary" or "Force",
                "court" => word is "Court" or "Tribunal",
                // "fined by the Financial Conduct Authority. … the regulator said".
                "regulator" or "watchdog" => word is "Authority" or "Regulator" or "Regulatory" or "Commission" or "Inspectorate",
                _ => word.Length == noun.Length && char.ToLowerInvariant(word[0]) == noun[0]
                    && string.CompareOrdinal(word, 1, noun, 1, noun.Length - 1) == 0,
            };
            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Irish Nurses and Midwives Organisation", "Air Line Pilots Association": a body of one trade's workers by
    /// its name, which "the union" stands for as it does for a "Union".</summary>
    private static bool IsTradeAssociation(string name)
        => (name.EndsWith(" Association", StringComparison.Ordinal) || name.EndsWith(" Organisation", StringComparison.Ordinal)
                || name.EndsWith(" Organization", StringComparison.Ordinal) || name.EndsWith(" Guild", StringComparison.Ordinal))
            && name.Split(' ').Any(TradeWorkers.Contains);

    /// <summary>The workers of a trade whose associations bargain as unions.</summary>
    private static readonly HashSet<string> TradeWorkers = Set(
        "Nurses", "Midwives", "Teachers", "Workers", "Pilots", "Doctors", "Firefighters", "Drivers", "Employees", "Educators",
        "Journalists", "Actors", "Writers", "Musicians", "Dockers", "Miners", "Controllers", "Attendants", "Paramedics");

    public static bool IsOrganizationCue(string word) => OrganizationCues.Contains(word);

    /// <summary>Heads of a place's government or see named by "of" and the place ("the City of Tidewater", "the Port of
    /// Gdańsk", "the Diocese of Leeds"): a body that speaks by its whole name, where "City" alone names nothing.</summary>
    public static bool IsPlaceBodyHead(string word) => PlaceBodyHeads.Contains(word);

    private static readonly HashSet<string> PlaceBodyHeads = Set(
        "City", "State", "Port", "Province", "District", "County", "Town", "Village", "Borough", "Kingdom", "Republic",
        "Commonwealth", "Principality", "Emirate", "Municipality", "Prefecture", "Canton", "Diocese", "Archdiocese");

    public static bool IsSectorTitle(string word) => SectorTitles.Contains(word);

    public static bool IsPublishingParticiple(string word) => PublishingParticiples.Contains(word);

    /// <summary>A noun of a document that speaks for its owner ("statement", "report"), not of a person or an office.</summary>
    public static bool IsDocumentNoun(string word) => SpeakerNouns.Contains(word) && NominalKind(word) == NameKind.Unknown && word != "office";

    public static bool IsNonPersonWord(string word) => NonPersonWords.Contains(word);

    /// <summary>A word of place names that is also a common surname ("Hall", "Park", "Moon").</summary>
    public static bool IsPlaceSurname(string word) => PlaceSurnames.Contains(word);

    /// <summary>A place surname that, after a given name, makes a person: "Tom French", not "Albert Hall".</summary>
    public static bool IsGivenNameSurname(string word) => GivenNameSurnames.Contains(word);

    /// <summary>
    /// Whether a capitalised word opening a run is no part of a name: a listed function word, a sentence adverb
    /// ("Afterwards"), the capitalised form of a lower-case clause word, preposition or auxiliary ("Whereas", "Had"), or
    /// a contraction ("I'm", "We've").
    /// </summary>
    public static bool IsFunctionWord(string word)
        => FunctionWords.Contains(word) || SentenceAdverbs.Contains(word) || InvertedSpeechVerbs.Contains(word) || IsUnlistedFunctionWord(word);

    /// <summary>A function word no list holds as written: a capitalised lower-case word, a contraction, a participle.</summary>
    private static bool IsUnlistedFunctionWord(string word)
        => IsCapitalisedLowerCaseWord(word) || IsContraction(word) || IsCapitalisedSpeechParticiple(word);

    /// <summary>
    /// The classes <see cref="IsTitle"/>, <see cref="IsOrganizationCue"/>, <see cref="IsNonPersonWord"/> and
    /// <see cref="IsFunctionWord"/> give <paramref name="word"/>, with one look-up for all their lists (the name interpreter
    /// reads them for every capitalised word) and the rules for what no list holds.
    /// </summary>
    public static NameWordClass NameClasses(string word)
    {
        ListedNameClasses.TryGetValue(word, out var classes);
        classes |= (classes & NameWordClass.Title) == 0 && IsUnlistedTitle(word) ? NameWordClass.Title : NameWordClass.None;
        classes |= (classes & NameWordClass.FunctionWord) == 0 && IsUnlistedFunctionWord(word) ? NameWordClass.FunctionWord : NameWordClass.None;
        return classes;
    }

    /// <summary>"Says one Zanon worker, “…”", "Adds Jo Lee": a verb of saying in its present "-s" form that opens an inverted
    /// clause is no name. Only verbs with no plural noun of the same form are listed: "Chants directed at UKIP included",
    /// "Reports say" open with nouns.</summary>
    private static readonly HashSet<string> InvertedSpeechVerbs = Set(
        "Says", "Adds", "Explains", "Insists", "Argues", "Writes", "Asks", "Tells", "Continues", "Concludes", "Recounts");

    /// <summary>"Saying", "Adding", "Speaking" opening a sentence: a participle, never a name ("Reading" may be the town).</summary>
    private static bool IsCapitalisedSpeechParticiple(string word)
        => word.Length > 4 && char.IsUpper(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && word != "Reading"
            && CapitalisedSpeechVerbs.Contains(word);

    private static bool IsCapitalisedLowerCaseWord(string word)
        => word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1]) && CapitalisedLowerCaseWords.Contains(word);

    /// <summary>The clause words, subject leaders, prepositions and auxiliaries, matched capitalised ("Whereas", "Had"):
    /// "Will" (a given name) and "Long" (a surname: "Long said") aside.</summary>
    private static readonly HashSet<string> CapitalisedLowerCaseWords = new(
        ClauseWords.Concat(SubjectLeaders).Concat(Prepositions).Concat(Auxiliaries).Where(w => w is not ("will" or "long")), StringComparer.OrdinalIgnoreCase);

    /// <summary>The person role nouns, matched capitalised.</summary>
    private static readonly HashSet<string> CapitalisedPersonNouns = new(NominalPersons, StringComparer.OrdinalIgnoreCase);

    /// <summary>The speech verbs, matched capitalised.</summary>
    private static readonly HashSet<string> CapitalisedSpeechVerbs = new(SpeechVerbs, StringComparer.OrdinalIgnoreCase);

    /// <summary>"I'm", "We've", "They'll", "You're", "I'd": a pronoun and a verb, never a name ("O'Brien" is one).</summary>
    private static bool IsContraction(string word)
    {
        int apostrophe = word.IndexOfAny(Apostrophes);
        if (apostrophe <= 0)
        {
            return false;
        }

        string rest = word.Substring(apostrophe + 1);
        return rest is "m" or "ve" or "ll" or "re" or "d";
    }

    private static readonly char[] Apostrophes = ['\'', '\u2019'];

    /// <summary>A possessive pronoun as the subject pronoun it stands for: his/her a person, its/their an organisation.</summary>
    public static PronounKind GetOwnerPronoun(string word) => word switch
    {
        "his" or "His" or "her" or "Her" => PronounKind.Person,
        "its" or "Its" or "their" or "Their" => PronounKind.Organization,
        _ => PronounKind.None,
    };

    /// <summary>he/she: a person; it/they: an organisation; anything else: <see cref="PronounKind.None"/>.</summary>
    public static PronounKind GetPronoun(string word) => word switch
    {
        "he" or "He" or "she" or "She" => PronounKind.Person,
        "it" or "It" or "they" or "They" => PronounKind.Organization,
        _ => PronounKind.None,
    };

    /// <summary>The kind of an object pronoun: "him", "her" → a person, "them" → a group or body.</summary>
    public static PronounKind GetObjectPronoun(string word) => word switch
    {
        "him" or "her" => PronounKind.Person,
        "them" => PronounKind.Organization,
        _ => PronounKind.None,
    };

    /// <summary>Whether the word <c>body[start..end)</c> followed by a dot is an abbreviation:
    /// a single capital initial, a dotted acronym (U.S, D.C, a.m) or a listed abbreviation.</summary>
    public static bool IsAbbreviation(string body, int start, int end)
    {
        int length = end - start;
        if (length == 1)
        {
            return char.IsUpper(body[start]);
        }

        // The part after the last hyphen: "China-U.S".
        int partStart = start;
        for (int k = end - 1; k > start; k--)
        {
            if (body[k] is '-' or '\u2011')
            {
                partStart = k + 1;
                break;
            }
        }

        bool dotted = false;
        bool acronym = true;
        int segment = 0;
        for (int k = partStart; k < end && acronym; k++)
        {
            char c = body[k];
            if (c == '.')
            {
                dotted = true;
                acronym = segment is > 0 and <= 2;
                segment = 0;
            }
            else
            {
                segment++;
                acronym = char.IsLetter(c);
            }
        }

        if (dotted && acronym && segment is > 0 and <= 2)
        {
            return true;
        }

        return length <= 6 && Abbreviations.Contains(body.Substring(start, length));
    }

    private static readonly HashSet<string> FirstPersonSingular = Set(
        "I", "me", "my", "My", "myself", "I'm", "I\u2019m", "I've", "I\u2019ve", "I'd", "I\u2019d", "I'll", "I\u2019ll");

    private static readonly HashSet<string> FirstPersonPlural = Set(
        "we", "We", "us", "our", "Our", "ours", "ourselves", "we're", "We're", "we\u2019re", "We\u2019re", "we've", "We've",
        "we\u2019ve", "We\u2019ve", "we'll", "We'll", "we\u2019ll", "We\u2019ll");

    /// <summary>Every word of the first person, singular and plural, for lookups that match words in place.</summary>
    public static IEnumerable<string> FirstPersonWords => FirstPersonSingular.Concat(FirstPersonPlural);

    /// <summary>The lists of <see cref="NameClasses"/> in one table; declared last, after every list it reads.</summary>
    private static readonly Dictionary<string, NameWordClass> ListedNameClasses = ListClasses(
        (Titles, NameWordClass.Title),
        (OrganizationCues, NameWordClass.OrganizationCue),
        (NonPersonWords, NameWordClass.NonPersonWord),
        (FunctionWords, NameWordClass.FunctionWord),
        (SentenceAdverbs, NameWordClass.FunctionWord),
        (InvertedSpeechVerbs, NameWordClass.FunctionWord));

    private static Dictionary<string, NameWordClass> ListClasses(params (HashSet<string> Words, NameWordClass Class)[] lists)
    {
        var table = new Dictionary<string, NameWordClass>(StringComparer.Ordinal);
        foreach (var (words, wordClass) in lists)
        {
            foreach (string word in words)
            {
                table.TryGetValue(word, out var classes);
                table[word] = classes | wordClass;
            }
        }

        return table;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
