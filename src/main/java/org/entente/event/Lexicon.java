package org.entente.event;

import java.util.Map;
import java.util.Set;

/**
 * The words events are read from: trigger lemmas for each kind of event, personnel nouns,
 * and the cues of stage, factuality, negation and attribution. General English, not the
 * wording of any one article.
 */
final class Lexicon {
    private Lexicon() {}

    /** Verbs that move forces somewhere. */
    static final Set<String> DEPLOY = Set.of("deploy", "redeploy", "send", "dispatch", "station", "position", "base", "move",
            "transfer", "rotate", "airlift", "commit", "contribute");
    /** Forces arriving: the personnel are the subject. */
    static final Set<String> ARRIVE = Set.of("arrive", "land", "reach");
    /** Verbs of forces being somewhere: "has 28,500 troops in South Korea", "Russian troops remain in Transnistria". */
    /** Words for a part of a country before its name: "in southern Lebanon", "to eastern Ukraine". */
    static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central", "north", "south", "east",
            "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "occupied", "mainland");
    static final Set<String> HAVE_FORCES = Set.of("have", "keep", "maintain", "retain");
    static final Set<String> FORCES_STAY = Set.of("remain", "stay", "serve", "fight", "patrol", "police");
    /** Relative pronouns that open a clause about the noun before them. */
    static final Set<String> RELATIVES = Set.of("that", "which", "who");
    /** Participles of giving joined to a demonym: "Chinese-supplied J-10C fighters". */
    static final Set<String> GIVEN = Set.of("supplied", "donated", "provided", "gifted");
    /** Verbs of promising: what is pledged may be for the operation the text is about. */
    static final Set<String> PLEDGE = Set.of("pledge", "offer", "promise", "commit");
    /** Verbs of guarding a state's waters or airspace: the forces doing it are there. */
    static final Set<String> PATROL = Set.of("patrol", "police");
    static final Set<String> DEPLOY_NOUNS = Set.of("deployment", "deployments", "dispatch", "redeployment", "stationing", "presence");

    /** Verbs of supplying: the supplier is the subject. */
    static final Set<String> SUPPLY = Set.of("supply", "provide", "deliver", "transfer", "send", "ship", "give", "sell",
            "export", "donate", "pledge", "furnish", "equip", "arm", "lend", "lease", "gift", "hand", "offer", "loan");
    /** Verbs of receiving: the recipient is the subject, the supplier follows "from". */
    static final Set<String> RECEIVE = Set.of("receive", "acquire", "buy", "purchase", "obtain", "procure", "order", "import", "get");
    /** Buying verbs and nouns: with no seller named, the seller is the maker's state. */
    static final Set<String> PURCHASE = Set.of("buy", "purchase", "order", "procure", "acquire");
    static final Set<String> PURCHASE_NOUNS = Set.of("order", "orders", "purchase", "purchases", "acquisition", "contract");
    /** What a delivery is made under when it is a sale: "delivered under a framework agreement". */
    static final Set<String> CONTRACT_NOUNS = Set.of("contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders");
    /** Verbs of having: their subject holds, so received, the systems after them. */
    static final Set<String> HOLD = Set.of("operate", "have", "field", "own", "possess", "use", "fly", "maintain", "keep");
    /** Verbs that add systems to the transfer just named: "the package includes …". */
    static final Set<String> INCLUDE = Set.of("include", "comprise", "contain", "cover", "accompany");
    static final Set<String> SUPPLY_NOUNS = Set.of("supply", "supplies", "delivery", "deliveries", "transfer", "transfers",
            "sale", "sales", "shipment", "shipments", "export", "exports", "donation", "provision", "purchase", "acquisition", "order",
            "package", "aid", "contract");

    static final Set<String> TRAIN = Set.of("train", "drill", "instruct");
    static final Set<String> TRAIN_NOUNS = Set.of("training", "instruction");

    static final Set<String> SIGN = Set.of("sign", "ink", "conclude", "ratify", "seal");
    /** Verbs of joining an organisation, and so acceding to its founding treaty. */
    static final Set<String> JOIN = Set.of("join", "accede");
    static final Set<String> SIGN_NOUNS = Set.of("signing", "ratification");
    /** Nouns that name a treaty when no reference treaty is named. */
    static final Set<String> TREATY_NOUNS = Set.of("treaty", "pact", "agreement", "accord", "alliance", "memorandum", "deal", "partnership", "convention",
            "charter", "protocol", "compact");
    /** Words that make an agreement a security one (a trade deal is not ours). */
    static final Set<String> SECURITY_WORDS = Set.of("defence", "defense", "security", "military", "mutual", "strategic",
            "alliance", "non-aggression", "peace", "arms", "nuclear", "partnership", "cooperation", "assistance", "access", "forces");

    /** Statement verbs and nouns by kind. */
    static final Map<String, StatementKind> STATEMENT_VERBS = Map.ofEntries(
            Map.entry("condemn", StatementKind.CONDEMNATION), Map.entry("denounce", StatementKind.CONDEMNATION),
            Map.entry("decry", StatementKind.CONDEMNATION), Map.entry("deplore", StatementKind.CONDEMNATION),
            Map.entry("criticize", StatementKind.CONDEMNATION), Map.entry("criticise", StatementKind.CONDEMNATION),
            Map.entry("slam", StatementKind.CONDEMNATION), Map.entry("blast", StatementKind.CONDEMNATION),
            Map.entry("rebuke", StatementKind.CONDEMNATION), Map.entry("censure", StatementKind.CONDEMNATION),
            Map.entry("urge", StatementKind.DEMAND), Map.entry("demand", StatementKind.DEMAND),
            Map.entry("press", StatementKind.DEMAND), Map.entry("insist", StatementKind.DEMAND),
            Map.entry("warn", StatementKind.WARNING), Map.entry("caution", StatementKind.WARNING),
            Map.entry("threaten", StatementKind.THREAT),
            Map.entry("confirm", StatementKind.CONFIRMATION), Map.entry("acknowledge", StatementKind.CONFIRMATION),
            Map.entry("deny", StatementKind.DENIAL), Map.entry("refute", StatementKind.DENIAL),
            Map.entry("dismiss", StatementKind.DENIAL), Map.entry("reject", StatementKind.DENIAL),
            Map.entry("estimate", StatementKind.ESTIMATE), Map.entry("assess", StatementKind.ESTIMATE),
            Map.entry("accuse", StatementKind.ACCUSATION), Map.entry("blame", StatementKind.ACCUSATION),
            Map.entry("allege", StatementKind.ACCUSATION),
            Map.entry("welcome", StatementKind.SUPPORT), Map.entry("endorse", StatementKind.SUPPORT),
            Map.entry("praise", StatementKind.SUPPORT), Map.entry("hail", StatementKind.SUPPORT),
            Map.entry("applaud", StatementKind.SUPPORT), Map.entry("thank", StatementKind.SUPPORT));
    /** "called on X to", "called for X". */
    static final Set<String> CALL = Set.of("call");
    /** "expressed alarm", "voiced concern": a statement of its own kind. */
    static final Set<String> EXPRESS = Set.of("express", "voice", "declare", "offer", "reaffirm", "reiterate", "pledge");
    static final Set<String> CONCERN_NOUNS = Set.of("concern", "concerns", "alarm", "regret", "support", "outrage", "dismay", "solidarity");

    /** Personnel nouns (lemmas) and the word the answer uses for them. */
    static final Map<String, String> PERSONNEL = Map.ofEntries(
            Map.entry("troop", "troops"), Map.entry("soldier", "troops"), Map.entry("force", "troops"),
            Map.entry("personnel", "troops"), Map.entry("servicemen", "troops"), Map.entry("serviceman", "troops"),
            Map.entry("servicemember", "troops"), Map.entry("unit", "troops"), Map.entry("brigade", "troops"),
            Map.entry("battalion", "troops"), Map.entry("regiment", "troops"), Map.entry("division", "troops"),
            Map.entry("contingent", "troops"), Map.entry("battlegroup", "troops"), Map.entry("paratrooper", "troops"),
            Map.entry("infantry", "troops"), Map.entry("fighter", "troops"), Map.entry("pilot", "pilots"),
            Map.entry("advisor", "advisors"), Map.entry("adviser", "advisors"), Map.entry("engineer", "engineers"),
            Map.entry("worker", "workers"), Map.entry("labourer", "workers"), Map.entry("laborer", "workers"),
            Map.entry("instructor", "instructors"), Map.entry("trainer", "instructors"), Map.entry("specialist", "specialists"),
            Map.entry("officer", "officers"), Map.entry("marine", "marines"), Map.entry("sailor", "sailors"),
            Map.entry("commando", "commandos"), Map.entry("mercenary", "mercenaries"), Map.entry("peacekeeper", "peacekeepers"),
            Map.entry("crew", "crews"), Map.entry("sapper", "engineers"), Map.entry("medic", "medics"),
            Map.entry("technician", "technicians"), Map.entry("operator", "operators"), Map.entry("cadet", "cadets"),
            Map.entry("deminer", "deminers"), Map.entry("builder", "builders"), Map.entry("observer", "observers"),
            Map.entry("guard", "guards"), Map.entry("reservist", "reservists"), Map.entry("conscript", "conscripts"),
            Map.entry("volunteer", "volunteers"), Map.entry("recruit", "recruits"), Map.entry("staff", "staff"),
            Map.entry("airmen", "airmen"), Map.entry("airman", "airmen"), Map.entry("aircrew", "crews"),
            Map.entry("trooper", "troops"), Map.entry("guardsmen", "troops"), Map.entry("servicewomen", "troops"));
    /** Personnel nouns that count units, not people: their number is not a troop count. */
    static final Set<String> UNIT_NOUNS = Set.of("unit", "brigade", "battalion", "regiment", "division", "contingent", "battlegroup");

    /** Group nouns after a demonym that make the state an actor: "South Korean officials". */
    static final Set<String> GROUP_NOUNS = Set.of("official", "officials", "government", "authorities", "leader", "leaders",
            "military", "army", "navy", "ministry", "diplomats", "diplomat", "intelligence", "administration", "lawmakers",
            "president", "side", "embassy", "regime", "spokesman", "spokeswoman", "spokesperson", "state", "media", "officers", "commanders");

    /** Prepositions: an actor right after one is not a subject. */
    static final Set<String> PREPOSITIONS = Set.of("to", "in", "into", "from", "with", "for", "of", "at", "on", "by", "against",
            "about", "over", "between", "toward", "towards", "near", "amid", "among", "through", "via", "like", "including",
            "than", "across", "inside", "within", "onto", "alongside", "beside", "behind", "under", "without", "after", "before",
            "as", "during", "since", "upon", "around", "throughout", "per", "despite", "unlike", "beyond");
    static final Set<String> DESTINATION = Set.of("to", "into", "toward", "towards");
    static final Set<String> LOCATION = Set.of("in", "inside", "within", "on", "at");
    /** Nouns of help given, whose possessor is the giver: "Australia's support". */
    static final Set<String> AID_NOUNS = Set.of("support", "aid", "assistance", "contribution", "contributions", "help", "package", "packages");
    /** Verbs that grant a right to act: what they allow has not happened. */
    static final Set<String> PERMIT = Set.of("allow", "permit", "enable", "entitle");
    /** Kinds of place a name fills after "of": "the island of Batanes", "the region of Kursk". */
    static final Set<String> PLACE_NOUNS = Set.of("island", "islands", "archipelago", "region", "province", "city", "town",
            "village", "port", "state", "territory", "peninsula", "district", "oblast", "enclave", "republic", "capital");
    /** Verbs whose object is the state that forces are sent to help: "deployed to support Russia". */
    static final Set<String> HELP = Set.of("support", "assist", "help", "aid", "reinforce", "bolster", "back", "protect", "defend", "shield", "guard");

    /** Words that end a clause on the left of a trigger or stop its object on the right. */
    static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "because", "whereas", "unless", "if",
            "which", "who", "whom", "whose", "when", "where", "but", "yet", "after", "before", "since", "as");
    /** Subordinators that are also prepositions: a clause starts at them only when the tagger reads them as joining clauses. */
    static final Set<String> PREPOSITION_SUBORDINATORS = Set.of("as", "after", "before", "since");

    // ---- modality ----
    static final Set<String> CONSIDER = Set.of("consider", "reconsider", "weigh", "mull", "contemplate", "discuss", "debate",
            "explore", "study", "examine", "eye", "ponder", "seek", "request", "ask", "propose", "include", "suggest");
    static final Set<String> PLAN = Set.of("plan", "intend", "prepare", "aim", "schedule", "expect", "set", "will", "shall", "'ll", "going");
    static final Set<String> ANNOUNCE = Set.of("announce", "pledge", "promise", "vow", "agree", "approve", "decide", "commit",
            "offer", "authorize", "authorise", "unveil", "confirm");
    static final Set<String> MODAL = Set.of("may", "might", "could", "would", "should", "can");
    static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor");
    /** Words that say an event does not happen: the event is not read at all. */
    static final Set<String> REFUSE = Set.of("refrain", "refuse", "decline", "halt", "stop", "suspend", "cancel", "oppose", "avoid", "forgo");
    /** Words that deny a claimed event: the event is read, with factuality "denied". */
    static final Set<String> DENY = Set.of("deny", "reject", "dismiss", "refute");
    /** Verbs of saying: a statement of the plain kind when a named speaker says them. */
    static final Set<String> SAY = Set.of("say", "tell", "state", "announce", "declare", "stress", "note", "add", "emphasize",
            "emphasise", "explain", "describe", "reiterate", "write", "argue", "assure", "reaffirm", "insist", "predict", "signal");

    static final Set<String> ALLEGE = Set.of("allegedly", "alleged", "claim", "claims", "claimed", "purportedly", "purported",
            "possibly", "suggest", "suggests", "suggested", "suggesting", "rumor", "rumour", "rumors", "rumours", "rumored",
            "rumoured", "suspected", "believed", "supposedly", "apparently", "likely", "probably");
    static final Set<String> UNVERIFIED = Set.of("unverified", "unconfirmed", "uncorroborated");
    static final Set<String> REPORT = Set.of("reportedly", "report", "reports", "reported", "according", "estimate", "estimates",
            "estimated", "sources", "said", "says", "say", "told", "indicate", "indicates", "indicated", "assessed", "believes", "intelligence", "media");
}
