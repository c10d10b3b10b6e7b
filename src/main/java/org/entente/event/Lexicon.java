package org.entente.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.entente.EntenteException;
import org.entente.event.EventKind;
import org.entente.event.StatementKind;
import org.entente.nlp.Lemmas;
import org.entente.vocab.Vocab;

/**
 * The reading lexicon: event frames, cues of stage and factuality, and personnel nouns, read from the
 * reference graph (the bundled {@code lexicon.ttl} and any Turtle a user adds with {@code --reference}).
 * Immutable after it is read; safe to share between threads.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.read(referenceGraph);
 * lexicon.verbFrames("send");   // deploy (personnel) and supply (weapons)
 * }</pre>
 */
final class Lexicon {
    /** What a cue says about the event it governs or frames. */
    enum Signal {
        CONSIDERED, PLANNED, ANNOUNCED, ONGOING, COMPLETED, REPORTED, ALLEGED, UNVERIFIED, DENIED, NO_EVENT;

        boolean isStage() {
            return ordinal() <= COMPLETED.ordinal();
        }

        boolean isFactuality() {
            return ordinal() >= REPORTED.ordinal() && ordinal() <= DENIED.ordinal();
        }
    }

    /** A frame a word evokes; {@code rest} are the words that must follow it ("on" of "call on"). */
    record Entry(Frame frame, List<String> rest) {}

    /** The signals of a cue word; {@code rest} as for frames ("to" of "according to"). */
    record Cue(Set<Signal> signals, List<String> rest) {}

    static final String LEX = Vocab.BASE + "lexicon/";
    private static final Node FRAME = Vocab.ent("Frame"), CUE = Vocab.ent("Cue"), PERSONNEL_NOUN = Vocab.ent("PersonnelNoun"),
            GROUP_NOUN = Vocab.ent("GroupNoun");
    private static final Node EVOKES = Vocab.ent("evokes"), SLOT = Vocab.ent("slot"), OPTION = Vocab.ent("frameOption"),
            SIGNALS = Vocab.ent("signals"), VERB = Vocab.ent("verb"), NOUN = Vocab.ent("noun"), ADVERB = Vocab.ent("adverb"),
            PHRASE = Vocab.ent("phrase");
    private static final Map<String, EventKind> KINDS = Map.of("Deployment", EventKind.DEPLOYMENT, "ArmsTransfer",
            EventKind.ARMS_TRANSFER, "Training", EventKind.TRAINING, "TreatySigning", EventKind.TREATY_SIGNING, "Statement",
            EventKind.STATEMENT);
    /**
     * Words too common to make a sentence worth tagging by themselves, most of them nouns as often as verbs ("the end", "its
     * terms"); their past form still does ("ended", "termed"), and they read when something else makes the sentence worth it.
     */
    private static final Set<String> COMMON = Set.of("have", "get", "take", "keep", "hold", "leave", "move", "set", "put",
            "state", "note", "add", "be", "will", "would", "can", "could", "may", "might", "shall", "make", "go", "come", "use",
            "run", "see", "know", "part", "first", "last", "one", "two", "three", "all", "most", "many", "some", "number",
            "group", "rest", "lot", "half", "end", "cut", "form", "call", "term", "cover");

    private final Map<String, List<Entry>> verbs = new HashMap<>();
    private final Map<String, List<Entry>> nouns = new HashMap<>();
    private final Map<String, List<Cue>> cueVerbs = new HashMap<>();
    private final Map<String, List<Cue>> cueNouns = new HashMap<>();
    private final Map<String, List<Cue>> cueAdverbs = new HashMap<>();
    private final Map<String, String> personnel = new HashMap<>();
    /** Phrases that make what is said a statement of a kind ("legitimate targets" warns), as lemma sequences. */
    private final List<Map.Entry<List<String>, StatementKind>> kindPhrases = new ArrayList<>();
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Set<String> triggers = new HashSet<>();

    private Lexicon() {}

    /**
     * Reads the lexicon from a reference graph.
     *
     * @throws EntenteException naming the frame and the value when a slot, role or event kind is not understood
     */
    public static Lexicon read(Graph g) {
        Lexicon lx = new Lexicon();
        for (Node f : subjects(g, FRAME)) lx.frame(g, f);
        for (Node c : subjects(g, CUE)) lx.cue(g, c);
        for (Node p : subjects(g, PERSONNEL_NOUN)) {
            String label = string(g, p, Vocab.LABEL);
            for (String n : strings(g, p, NOUN)) lx.personnel.put(n, label != null ? label : n);
        }
        for (Node n : subjects(g, GROUP_NOUN)) {
            Set<String> words = new HashSet<>();
            for (String w : strings(g, n, NOUN)) words.add(Lemmas.lemma(w.toLowerCase(Locale.ROOT)));
            lx.groups.put(name(n), Set.copyOf(words));
        }
        // Only a frame's word or a force can carry an event; a cue ("expected", "plans") only qualifies one.
        for (String w : lx.verbs.keySet()) if (w.length() > 2) lx.triggers.add(w);
        for (String w : lx.nouns.keySet()) if (w.length() > 2) lx.triggers.add(w);
        lx.triggers.addAll(lx.personnel.keySet());
        // "Islamabad has a defence pact with Riyadh": a treaty named beside its parties with a common verb.
        lx.triggers.addAll(lx.groups.getOrDefault("treaty-nouns", Set.of()));
        lx.triggers.removeAll(COMMON);
        // A common word's past and -ing forms are verbs for sure: "stated", "added", "calling".
        for (String w : COMMON) {
            if (!lx.verbs.containsKey(w)) continue;
            lx.triggers.add(w.endsWith("e") ? w + "d" : w + "ed");
            lx.triggers.add((w.endsWith("e") ? w.substring(0, w.length() - 1) : w) + "ing");
        }
        return lx;
    }

    /** The frames a verb lemma evokes, in lexicon order. */
    List<Entry> verbFrames(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** The frames a noun lemma evokes. */
    List<Entry> nounFrames(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    List<Cue> verbCues(String lemma) {
        return cueVerbs.getOrDefault(lemma, List.of());
    }

    List<Cue> nounCues(String lemma) {
        return cueNouns.getOrDefault(lemma, List.of());
    }

    List<Cue> adverbCues(String word) {
        return cueAdverbs.getOrDefault(word, List.of());
    }

    /** Whether one of these cues signals s by its word alone (not as the head of a longer phrase). */
    static boolean signals(List<Cue> cues, Signal s) {
        for (Cue c : cues) if (c.rest().isEmpty() && c.signals().contains(s)) return true;
        return false;
    }

    /** The answer word for a personnel noun lemma ("soldier" gives "troops"), or null. */
    String personnel(String lemma) {
        return personnel.get(lemma);
    }

    /** The statement kind that a phrase in lemmas [from, to) gives what is said ("legitimate targets" warns), or null. */
    StatementKind kindIn(List<String> lemmas) {
        StatementKind found = null;
        for (Map.Entry<List<String>, StatementKind> e : kindPhrases) {
            if (java.util.Collections.indexOfSubList(lemmas, e.getKey()) < 0) continue;
            if (found == null || PHRASE_PRECEDENCE.indexOf(e.getValue()) < PHRASE_PRECEDENCE.indexOf(found)) found = e.getValue();
        }
        return found;
    }

    /**
     * Which kind wins when what is said holds phrases of several: a warning of consequences is the act even when it names a
     * provocation ("any provocation will be met with force"), a rebuttal outranks the charge it rebuts, a condemnation the
     * breach it condemns. Kinds no phrase signals come last.
     */
    private static final List<StatementKind> PHRASE_PRECEDENCE = List.of(StatementKind.WARNING, StatementKind.THREAT,
            StatementKind.DENIAL, StatementKind.CONDEMNATION, StatementKind.ACCUSATION, StatementKind.DEMAND, StatementKind.SUPPORT,
            StatementKind.CONFIRMATION, StatementKind.ESTIMATE, StatementKind.STATEMENT);

    /** Whether a lemma is a verb the lexicon knows: a frame's, a cue's, or one of its verb groups'. */
    boolean isVerb(String lemma) {
        return verbs.containsKey(lemma) || cueVerbs.containsKey(lemma) || inGroup("having-verbs", lemma) || inGroup("motion-verbs", lemma)
                || inGroup("help-verbs", lemma);
    }

    /** Whether a lemma is one of a group of nouns ("actor-nouns", "territory-nouns", "country-nouns"). */
    boolean inGroup(String group, String lemma) {
        Set<String> words = groups.get(group);
        return words != null && words.contains(lemma);
    }

    /** Whether a sentence, given its lower-cased tokens, holds a word that may carry an event: only such sentences are tagged. */
    public boolean mayCarryEvent(List<String> lowerTokens) {
        for (String w : lowerTokens) if (triggers.contains(w) || triggers.contains(Lemmas.lemma(w))) return true;
        return false;
    }

    // ---- reading --------------------------------------------------------------------------------

    private void frame(Graph g, Node f) {
        String name = name(f);
        Node evokes = node(g, f, EVOKES);
        EventKind kind = evokes == null || !evokes.isURI() ? null : KINDS.get(evokes.getLocalName());
        if (kind == null) throw bad(f, "ent:evokes must be one of ent:" + String.join(", ent:", new TreeSet<>(KINDS.keySet())));
        StatementKind statementKind = null;
        for (Node s : nodes(g, f, SIGNALS)) {
            if (s.isURI() && s.getURI().startsWith(Vocab.ID + "statement-kind/")) statementKind = statementKind(f, s);
        }
        if (kind == EventKind.STATEMENT && statementKind == null) throw bad(f, "a statement frame needs ent:signals with a statement kind");
        Map<String, List<Role>> slots = new LinkedHashMap<>();
        for (String spec : strings(g, f, SLOT)) slot(f, spec, slots);
        Frame frame = new Frame(name, kind, statementKind, slots, Set.copyOf(strings(g, f, OPTION)));
        for (String v : strings(g, f, VERB)) add(verbs, v, rest -> new Entry(frame, rest));
        for (String n : strings(g, f, NOUN)) add(nouns, n, rest -> new Entry(frame, rest));
    }

    private static StatementKind statementKind(Node f, Node s) {
        try {
            return StatementKind.valueOf(s.getURI().substring(s.getURI().lastIndexOf('/') + 1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(f, "unknown statement kind " + s.getURI());
        }
    }

    /** "object=system|recipient": the slot and its roles. */
    private static void slot(Node f, String spec, Map<String, List<Role>> slots) {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw bad(f, "slot \"" + spec + "\" is not SLOT=ROLE");
        List<Role> roles = new ArrayList<>();
        for (String r : spec.substring(eq + 1).split("\\|")) {
            Role role = Role.named(r);
            if (role == null) throw bad(f, "slot \"" + spec + "\": unknown role \"" + r.trim() + "\"");
            roles.add(role);
        }
        slots.put(spec.substring(0, eq).trim().toLowerCase(Locale.ROOT), List.copyOf(roles));
    }

    private void cue(Graph g, Node c) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        for (Node s : nodes(g, c, SIGNALS)) {
            if (s.isURI() && s.getURI().startsWith(Vocab.ID + "statement-kind/")) {
                StatementKind kind = statementKind(c, s);
                for (String p : strings(g, c, PHRASE)) kindPhrases.add(Map.entry(words(p).stream().map(Lemmas::lemma).toList(), kind));
                continue;
            }
            signals.add(signal(c, s));
        }
        if (signals.isEmpty() && !strings(g, c, PHRASE).isEmpty()) return;
        if (signals.isEmpty()) throw bad(c, "a cue needs ent:signals");
        for (String v : strings(g, c, VERB)) add(cueVerbs, v, rest -> new Cue(signals, rest));
        for (String n : strings(g, c, NOUN)) add(cueNouns, n, rest -> new Cue(signals, rest));
        for (String a : strings(g, c, ADVERB)) addWord(cueAdverbs, a, rest -> new Cue(signals, rest));
    }

    private static Signal signal(Node c, Node s) {
        String local = s.isURI() ? s.getURI().substring(s.getURI().lastIndexOf('/') + 1) : "";
        try {
            return Signal.valueOf(local.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw bad(c, "ent:signals must be a stage, a factuality or lex:no-event, not " + s);
        }
    }

    /** Files a word under the lemma of its first word; the rest are lemmatised too ("deliveries of" matches "delivery of"). */
    private static <T> void add(Map<String, List<T>> map, String word, java.util.function.Function<List<String>, T> make) {
        List<String> words = words(word);
        String first = Lemmas.lemma(words.get(0));
        List<String> rest = words.subList(1, words.size()).stream().map(Lemmas::lemma).toList();
        map.computeIfAbsent(first, k -> new ArrayList<>()).add(make.apply(rest));
    }

    /** Files an adverb as written (adverbs are not lemmatised). */
    private static <T> void addWord(Map<String, List<T>> map, String word, java.util.function.Function<List<String>, T> make) {
        List<String> words = words(word);
        map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(make.apply(words.subList(1, words.size())));
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static String name(Node n) {
        String iri = n.getURI();
        return iri.startsWith(LEX) ? iri.substring(LEX.length()) : iri;
    }

    private static EntenteException bad(Node n, String why) {
        return new EntenteException("lexicon: " + (n.isURI() ? n.getURI() : n.toString()) + ": " + why);
    }

    /** Subjects of a type, in IRI order so that frames are tried in a stable order. */
    private static List<Node> subjects(Graph g, Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, Vocab.TYPE, type).mapWith(Triple::getSubject).forEachRemaining(s -> {
            if (s.isURI()) out.add(s);
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    private static List<Node> nodes(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node node(Graph g, Node s, Node p) {
        List<Node> all = nodes(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    /** String values in sorted order: the graph keeps no order, and readings must not depend on hash order. */
    private static List<String> strings(Graph g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        for (Node o : nodes(g, s, p)) if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
        return List.copyOf(out);
    }

    private static String string(Graph g, Node s, Node p) {
        List<String> all = strings(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }
}
