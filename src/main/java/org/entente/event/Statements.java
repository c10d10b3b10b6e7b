package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.event.StatementKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;

/**
 * Statements: who condemned, demanded, warned, threatened, confirmed, denied, estimated, accused,
 * supported or said what. The speaker is the frame's subject as the argument finder reads it (before or,
 * after a quote, behind the verb), a pronoun for the one speaking, or the people just counted ("the three
 * ministers"); what was said is the verb's complement or the quotation before it.
 */
final class Statements {
    /** Nouns for something asserted, whose rejection is a denial and whose confirmation confirms the fact: "rejected the claims". */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "report", "suggestion",
            "speculation", "assertion", "charge", "rumour", "rumor", "story", "account", "explanation", "version", "narrative",
            "notion", "idea", "finding", "estimate", "figure", "theory", "statement", "remark", "argument", "assessment");
    private static final Map<String, Integer> COUNTS = Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5);
    private static final Set<String> PEOPLE = Set.of("minister", "leader", "president", "envoy", "diplomat", "secretary",
            "official", "counterpart", "chief", "head", "premier");
    /** Verbs whose hearers stand between the verb and what was said: "told reporters that". */
    private static final Set<String> TELL = Set.of("tell", "inform", "assure", "warn", "remind", "brief", "caution", "urge");

    private final Syntax x;
    private final Arguments args;
    private final Referents refs;
    private final Forces forces;
    private final Discourse d;
    private final Lexicon lx;
    /** Who has made a statement in this sentence so far. */
    private final List<Entity> saidHere = new ArrayList<>();

    Statements(Syntax x, Arguments args, Referents refs, Forces forces, Discourse d, Lexicon lx) {
        this.x = x;
        this.args = args;
        this.refs = refs;
        this.forces = forces;
        this.d = d;
        this.lx = lx;
    }

    /**
     * Reads a statement at a trigger.
     *
     * @param v     the trigger's verb group, or null for a noun ("Moscow's condemnation of …")
     * @param after the token after the trigger and its particle
     */
    void read(Frame f, Slots s, int t, VerbGroup v, int after) {
        if (x.sentence.headline()) return;
        // "deployed paratroopers at Kazakhstan's request": a request named as the reason for an act reports no statement.
        Phrase named = v == null ? x.phraseAt(t) : null;
        if (named != null && named.possessor() >= 0) named = x.phrases.get(named.possessor());
        if (named != null && named.governed() && REASON_PREPOSITIONS.contains(x.lower(named.prep()))) return;
        if (v != null && (v.negated() || !v.finite() && v.form() != VerbGroup.Form.GERUND && v.form() != VerbGroup.Form.INFINITIVE)) return;
        // "declined to confirm the delivery", "refused to comment": a refusal to say something says nothing.
        VerbGroup governing = v != null && v.form() == VerbGroup.Form.INFINITIVE ? x.verbAt(s.governor()) : null;
        if (governing != null && Lexicon.signals(lx.verbCues(governing.lemma()), Lexicon.Signal.NO_EVENT)) return;
        StatementKind kind = f.statementKind();
        List<Entity> speakers = speakers(f, s, v == null);
        if (speakers.isEmpty()) return;
        if (v != null && reportedByAnother(v, speakers.get(0))) return;
        // "China condemned the sale, calling it a violation": a plain verb of saying in a participle after the statement goes
        // on with it ("…, accusing Kyiv of …" is an act of its own).
        if (v != null && v.form() == VerbGroup.Form.GERUND && f.statementKind() == StatementKind.STATEMENT && x.lower(v.first() - 1).equals(",")
                && saidHere.contains(speakers.get(0))) return;
        int from = contentStart(t, v, after);
        int to = contentEnd(from);
        // "When Moscow announced the plan, NATO denounced it": what an adverbial clause's verb says ends with the clause.
        int clauseEnd = v == null ? -1 : adverbialClauseEnd(v);
        if (clauseEnd > from && clauseEnd < to) to = clauseEnd;
        // '"This is our largest contract," X told reporters': after a quotation, what was said is the quotation.
        boolean postposed = v != null && (from >= to || quotedBefore(s) && !x.lower(from - 1).equals("that"));
        if (postposed) {
            from = quoteStart();
            to = beforeSpeaker(t, s);
        }
        kind = refine(kind, t, v, from, speakers.get(0));
        if (kind == null) return;
        // "Poland added an order", "the ministry noted the date": a verb of saying whose object is a thing, not what was
        // said, says nothing.
        // ("expressed concern": the noun is the entry's own word.)
        if (f.statementKind() == StatementKind.STATEMENT && v != null && after == v.last() && thingSaid(v, s)) return;
        // "…would be deemed a declaration of war", "legitimate targets": what is said warns.
        if (kind == StatementKind.STATEMENT && from < to) {
            List<String> lemmas = new ArrayList<>();
            for (int k = from; k < to; k++) lemmas.add(x.lemma(k));
            StatementKind sharper = lx.kindIn(lemmas);
            if (sharper != null) kind = sharper;
        }
        String text = x.text(from, trimEnd(from, Math.min(to, from + 25)));
        Entity target = refs.target(from, to, speakers.get(0));
        String aboutKey = about(kind, from, to);
        for (Entity speaker : speakers) {
            d.add(new Reading(EventKind.STATEMENT, speaker, target, null, null, List.of(), List.of(), null, null, null,
                    Stage.COMPLETED, false, Factuality.CONFIRMED, null, kind, text.isEmpty() ? x.sentence.text() : text, aboutKey,
                    null, x.sentence));
            d.spoke(speaker, x.sentence.block());
            saidHere.add(speaker);
        }
        if (aboutKey != null && (kind == StatementKind.CONFIRMATION || kind == StatementKind.DENIAL)) {
            d.settle(aboutKey, kind == StatementKind.CONFIRMATION ? Factuality.CONFIRMED : Factuality.DENIED, x.sentence);
        }
    }

    /** Everyone who says it: each actor of a coordinated subject, a pronoun's antecedent, or the people just counted. */
    private List<Entity> speakers(Frame f, Slots s, boolean noun) {
        List<Entity> out = new ArrayList<>();
        // The slots the frame gives the speaker ("according to X": its object); "Russia's condemnation", "Moscow issued a
        // warning": a noun's owner or the subject of the verb that governs it.
        List<Phrase> subject = new ArrayList<>();
        for (var e : s.phrases().entrySet()) {
            String slot = e.getKey().equals("governor") ? "subject" : e.getKey();
            if (f.roles(slot).contains(Role.SPEAKER) && subject.isEmpty()) subject.addAll(e.getValue());
        }
        // "an angry warning from the Kremlin", "criticism from Beijing": a speech noun's source speaks.
        if (subject.isEmpty() && noun) subject.addAll(s.get("from"));
        for (Phrase p : subject) {
            // "Canada, Germany and France said they condemn …": a plural pronoun speaks for each of them.
            List<Entity> each = p.pronoun() ? refs.states(List.of(p), false) : List.of();
            if (each.size() > 1) {
                for (Entity e : each) if (!out.contains(e)) out.add(e);
                continue;
            }
            Entity e = refs.speaker(p);
            if (e == null && !p.pronoun()) e = counted(p);
            if (e != null && !out.contains(e)) out.add(e);
        }
        if (out.isEmpty()) {
            for (Phrase p : subject) {
                List<Entity> people = countedAll(p);
                for (Entity e : people) if (!out.contains(e)) out.add(e);
            }
        }
        return out;
    }

    private boolean joinedBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) if (x.tag(k).equals("CCONJ") || x.lower(k).equals(";")) return true;
        return false;
    }

    private Entity counted(Phrase p) {
        List<Entity> all = countedAll(p);
        return all.size() == 1 ? all.get(0) : null;
    }

    /** "The three ministers", "both leaders": as many of the people named last, when the document has named that many. */
    private List<Entity> countedAll(Phrase p) {
        Integer n = null;
        for (int k = p.first(); k < p.head(); k++) if (COUNTS.containsKey(x.lower(k))) n = COUNTS.get(x.lower(k));
        if (n == null || !PEOPLE.contains(x.lemma(p.head()))) return List.of();
        return d.recentPeople(n);
    }

    /**
     * "Anušić insisted it threatened no one": a speech verb inside what another speaker reports is part of what was
     * said, not a second act.
     */
    private boolean reportedByAnother(VerbGroup v, Entity speaker) {
        List<Phrase> own = args.subject(v);
        for (int k = v.first() - 1; k >= 0; k--) {
            if (x.barrier(k) && !x.lower(k).equals("that")) return false;
            VerbGroup other = x.verbAt(k);
            if (other == null || other.head() != k || !other.finite() || other == v) continue;
            boolean speech = false;
            for (Lexicon.Entry e : lx.verbFrames(other.lemma())) speech |= e.frame().kind() == EventKind.STATEMENT;
            if (!speech) continue;
            // "When Moscow announced the plan, NATO denounced it": a verb in an adverbial clause before reports nothing after it.
            int clauseEnd = adverbialClauseEnd(other);
            if (clauseEnd >= 0 && clauseEnd < v.first()) return false;
            // "X insisted it threatened no one": a subject of its own after the other verb puts this one in what it says —
            // unless a new clause is joined in between ("…, and he called on Russia").
            List<Phrase> subject = args.subject(other);
            // "Asked about the drills, the minister said …": a participle clause with no subject of its own reports nothing.
            if (subject.isEmpty() && other.first() == 0) continue;
            Entity first = subject.isEmpty() ? null : refs.speaker(subject.get(0));
            if (!own.isEmpty() && own.get(0).first() > other.head() && !joinedBetween(other.head(), own.get(0).first())) {
                // "Canada said it strongly condemns the deployment": in the present, the speaker's own act in its words.
                return !(own.get(0).pronoun() && !v.past() && v.modal() == null && speaker.equals(first));
            }
            return first != null && !first.equals(speaker);
        }
        return false;
    }

    private boolean thingSaid(VerbGroup v, Slots s) {
        Phrase object = x.phraseAt(v.last());
        if (object == null || object.governed() || object.pronoun() || object.first() != v.last()) return false;
        // '"…," said Minister X' names the speaker there; "said this week that …" a time.
        if (s.get("subject").contains(object) || date(object) || thatAfter(v.last())) return false;
        if (Set.of("tell", "call", "describe", "brief", "inform", "assure", "deem", "brand", "term", "label", "dub").contains(v.lemma())) return false;
        // "said the deal was done": the phrase is the subject of what was said.
        // "said the ties between Moscow and Pyongyang should worry …", "said the time when … was long gone": a verb of its
        // own later in the sentence makes the phrase the subject of what was said.
        for (int k = object.last(); k < x.size() && !x.lower(k).equals(";"); k++) {
            VerbGroup later = x.verbAt(k);
            if (later != null && later.finite()) return false;
        }
        return true;
    }

    /** Whether the sentence opens with a quotation that closes before the speaker. */
    private boolean quotedBefore(Slots s) {
        if (!x.quoteMark(0) || s.get("subject").isEmpty()) return false;
        for (int k = 1; k < s.get("subject").get(0).first(); k++) if (x.quoteMark(k)) return true;
        return false;
    }

    /** Where what was said starts: after the verb, its hearers ("told reporters that") and time words. */
    private int contentStart(int t, VerbGroup v, int after) {
        int k = v == null ? after : Math.max(after, v.last());
        if (v != null && TELL.contains(v.lemma())) {
            for (int j = k; j < Math.min(x.size(), k + 6); j++) {
                if (x.lower(j).equals("that")) return j + 1;
            }
            // "…, an official told reporters.", "he told the paper: …": the hearer is not what was said.
            Phrase hearer = x.phraseAt(k);
            int end = hearer == null ? k : hearer.last();
            // "told parliament the government had refused": a clause of its own after the hearer is what was said.
            VerbGroup next = x.phraseAt(end) == null ? null : x.verbAt(x.phraseAt(end).last());
            boolean clause = next != null && next.finite();
            if (hearer != null && !hearer.governed() && hearer.first() == k && (end >= x.size() || x.token(end).isPunct()
                    || x.tag(end).equals("ADP") && !x.lower(end).equals("to") || clause && !x.lemma(v.head()).equals("urge"))) {
                k = end;
                // "told lawmakers in Taipei on Monday": the hearer's adjuncts are not what was said either.
                while (k < x.size() && x.phraseAt(k + 1) != null && x.phraseAt(k + 1).governed() && x.phraseAt(k + 1).prep() == k) {
                    k = x.phraseAt(k + 1).last();
                }
                // "…, the ambassador told the president, who …": a clause about the hearer says nothing of the speaker's.
                if (x.lower(k).equals(",") && x.relative(k + 1)) return x.size();
            }
        }
        // "said in a statement that …", "wrote on social media that …": adjuncts before "that" say how it was said.
        int j = k;
        while (j < x.size() && x.tag(j).equals("ADP") && x.phraseAt(j + 1) != null && x.phraseAt(j + 1).governed()
                && x.phraseAt(j + 1).prep() == j) j = x.phraseAt(j + 1).last();
        // ("talks that had been kept secret": a "that" a verb follows opens a relative clause.)
        if (j > k && x.lower(j).equals("that") && x.verbAt(j + 1) == null) return j + 1;
        // "said in January that …": a time, with its preposition, is when it was said, not what.
        while (k < x.size() && (x.lower(k).equals("that") || x.lower(k).equals(",") || x.lower(k).equals(":") || x.lower(k).equals("on")
                || x.phraseAt(k) != null && date(x.phraseAt(k)) || x.tag(k).equals("ADV") || datePreposition(k))) {
            Phrase p = x.phraseAt(k);
            k = p != null && date(p) ? p.last() : k + 1;
        }
        return k;
    }

    private boolean datePreposition(int k) {
        Phrase object = x.phraseAt(k + 1);
        return x.tag(k).equals("ADP") && object != null && object.governed() && object.prep() == k && date(object);
    }

    private boolean date(Phrase p) {
        var m = x.mention(p.head());
        return m != null && m.kind() == org.entente.mention.Mention.Kind.DATE;
    }

    /**
     * Where the adverbial clause a verb is in ends ("When Moscow announced the plan," — opening the sentence with a
     * subordinator, closed by a comma), or -1 when the verb is in none.
     */
    private int adverbialClauseEnd(VerbGroup v) {
        int open = -1;
        for (int k = v.first() - 1; k >= 0 && open < 0; k--) {
            // ("As X said, …" reports what follows: "as" opens no clause of its own here.)
            if (Syntax.CLAUSE_PREPOSITIONS.contains(x.lower(k)) && !x.lower(k).equals("as")) open = k;
            else if (x.barrier(k) || x.lower(k).equals(",")) return -1;
        }
        // Only a clause that opens the sentence ends before its main clause ("…, while the minister said X, Y and Z" runs on);
        // "After talks in Bogota the minister said …": a preposition before a noun opens no clause.
        if (open < 0 || x.phraseAt(open + 1) != null && x.phraseAt(open + 1).governed() && x.phraseAt(open + 1).prep() == open) return -1;
        for (int k = 0; k < open; k++) if (!x.token(k).isPunct()) return -1;
        for (int k = v.last(); k < x.size(); k++) {
            if (x.lower(k).equals(",")) return k;
            if (x.barrier(k)) return -1;
        }
        return -1;
    }

    /** What was said runs to the end of the sentence or a semicolon. */
    private int contentEnd(int from) {
        int k = from;
        while (k < x.size() && !x.lower(k).equals(";")) k++;
        while (k > from && x.token(k - 1).isPunct()) k--;
        return k;
    }

    private int trimEnd(int from, int to) {
        int k = to;
        while (k > from && x.token(k - 1).isPunct()) k--;
        return k;
    }

    private int quoteStart() {
        int k = 0;
        while (k < x.size() && x.token(k).isPunct()) k++;
        return k;
    }

    /** "…, said X" / "…, X said": what was said ends at the comma before the speaker or the verb. */
    private int beforeSpeaker(int t, Slots s) {
        int k = t;
        for (Phrase p : s.get("subject")) {
            // "Paraguay's defence minister": the possessor is part of who speaks.
            int first = p.possessor() >= 0 ? Math.min(p.first(), x.phrases.get(p.possessor()).first()) : p.first();
            if (first < t) k = Math.min(k, first);
        }
        while (k > 0 && (x.token(k - 1).isPunct() || x.lower(k - 1).equals("the"))) k--;
        return k;
    }

    /**
     * Whether what is said is that the speaker's own side did not do an act: "said Iran had not delivered any
     * missiles", "said he never signed the order". Said of another, it is a plain statement; "would not", a stated
     * intent; "has not yet", a delay; "did not object", a view.
     */
    private boolean ownDeedDenied(int from, Entity speaker) {
        int k = x.lower(from).equals("that") ? from + 1 : from;
        int verb = clauseVerb(k);
        VerbGroup g = x.verbAt(verb);
        if (g == null || !g.negated() || g.modal() != null || !deed(g.lemma())) return false;
        for (int j = g.first(); j < g.last(); j++) if (x.lower(j).equals("yet")) return false;
        // The subject ends where the group or an adverb before it ("it never signed") begins.
        int subjectEnd = verb;
        while (subjectEnd > k + 1 && x.tag(subjectEnd - 1).equals("ADV")) subjectEnd--;
        if (subjectEnd == k + 1 && OWN_SIDE.contains(x.lower(k))) return true;
        Entity subject = clauseSubject(k, subjectEnd);
        if (subject == null) return false;
        Entity side = d.stateOf(speaker);
        return subject.equals(speaker) || side != null && side.equals(d.stateOf(subject));
    }

    /**
     * Whether what is said is what another side should or must do: "said Manila should stop opening bases" demands it;
     * "said we must be ready" is the speaker's own side's resolve.
     */
    private boolean owedByAnother(int from, Entity speaker) {
        int k = x.lower(from).equals("that") ? from + 1 : from;
        int verb = clauseVerb(k);
        VerbGroup g = x.verbAt(verb);
        if (g == null || !("should".equals(g.modal()) || "must".equals(g.modal()))) return false;
        Entity subject = clauseSubject(k, verb);
        if (subject == null) return false;
        Entity side = d.stateOf(speaker), other = d.stateOf(subject);
        return other != null && other.type() == EntityType.STATE && !other.equals(side) && !subject.equals(speaker);
    }

    /** The first token of the verb group of a clause whose subject starts at k (within six tokens), or -1 for none. */
    private int clauseVerb(int k) {
        if (x.verbAt(k) != null) return -1;
        for (int verb = k + 1; verb < x.size() && verb < k + 6; verb++) if (x.verbAt(verb) != null) return verb;
        return -1;
    }

    /** The entity a clause's subject phrase names when it fills tokens [k, end) exactly, or null. */
    private Entity clauseSubject(int k, int end) {
        Phrase subject = x.phraseAt(k);
        var m = subject == null || subject.last() != end ? null : x.mention(subject.head());
        return m == null ? null : m.entity();
    }

    /** Whether a verb names an act the lexicon reads as an event ("deliver", "sign"), not a view ("object", "rule out"). */
    private boolean deed(String lemma) {
        List<Lexicon.Entry> frames = lx.verbFrames(lemma);
        return !frames.isEmpty() && frames.stream().noneMatch(e -> e.frame().kind() == EventKind.STATEMENT);
    }

    /** Prepositions that make a request the reason for an act: "at its request", "on the request of". */
    private static final Set<String> REASON_PREPOSITIONS = Set.of("at", "on", "upon");

    /** Pronouns that, as the subject of what a speaker says, stand for the speaker or the speaker's side. */
    private static final Set<String> OWN_SIDE = Set.of("i", "we", "he", "she", "it");

    /** A kind the words make sharper or plainer: "said there was no …" denies; "rejected the plan" is no denial. */
    private StatementKind refine(StatementKind kind, int t, VerbGroup v, int from, Entity speaker) {
        if (kind == StatementKind.STATEMENT && x.lower(from).equals("there")) {
            for (int j = from + 1; j < Math.min(x.size(), from + 4); j++) if (x.lower(j).equals("no")) return StatementKind.DENIAL;
        }
        if (kind == StatementKind.STATEMENT && v != null && ownDeedDenied(from, speaker)) return StatementKind.DENIAL;
        if (kind == StatementKind.STATEMENT && v != null && owedByAnother(from, speaker)) return StatementKind.DEMAND;
        if (kind == StatementKind.DENIAL && v != null && !x.lower(v.last()).equals("that") && !thatAfter(v.last())) {
            Phrase object = x.phraseAt(v.last());
            boolean claim = object != null && CLAIM_NOUNS.contains(x.lemma(object.head()));
            boolean gerund = x.verbAt(v.last()) != null;
            if (!claim && !gerund && (v.lemma().equals("dismiss") || v.lemma().equals("reject"))) return StatementKind.STATEMENT;
        }
        if (kind == StatementKind.ESTIMATE && !thatAfter(t + 1) && !numberAfter(t + 1)) return null;
        // "welcomed the president at the airport": a person received is no view supported.
        if (kind == StatementKind.SUPPORT && v != null && v.lemma().equals("welcome")) {
            Phrase object = x.phraseAt(v.last());
            var m = object == null ? null : x.mention(object.head());
            if (m != null && m.isEntity(EntityType.PERSON)) return null;
        }
        return kind;
    }

    /** The deployment of forces of a state in or to a place named in [from, to), as already read or read here; or null. */
    private String forcesIn(int from, int to, StatementKind kind) {
        for (int k = from; k < to; k++) {
            Phrase p = x.phraseAt(k);
            if (p == null || p.head() != k) continue;
            Forces.Personnel group = forces.personnel(p);
            Phrase place = x.phraseAt(p.last() + 1);
            if (group == null || group.nationality() == null || place == null || !place.governed()
                    || !Set.of("in", "to", "into").contains(x.lower(place.prep()))) continue;
            Entity host = refs.state(place, true);
            if (host == null || host.equals(group.nationality())) continue;
            for (Reading r : d.all(EventKind.DEPLOYMENT)) {
                if (group.nationality().equals(r.actor()) && host.equals(r.counterpart())) return r.key();
            }
            Factuality f = kind == StatementKind.DENIAL ? Factuality.DENIED : Factuality.CONFIRMED;
            return d.add(new Reading(EventKind.DEPLOYMENT, group.nationality(), host, null, null, List.of(), List.of(), group.noun(),
                    group.count(), null, Stage.COMPLETED, true, f, null, null, null, null, null, x.sentence));
        }
        return null;
    }

    private boolean thatAfter(int k) {
        for (int j = k; j < Math.min(x.size(), k + 5); j++) {
            if (x.lower(j).equals("that")) return true;
            if (x.verbAt(j) != null) return false;
        }
        return false;
    }

    private boolean numberAfter(int k) {
        for (int j = k; j < Math.min(x.size(), k + 4); j++) {
            var m = x.mention(j);
            if (m != null && m.kind() == org.entente.mention.Mention.Kind.NUMBER) return true;
        }
        return false;
    }

    /**
     * The event a confirmation or denial is about: a fact read in what was said, or "the claims", "the report", "the
     * deployment" pointing back to the last fact read.
     */
    private String about(StatementKind kind, int from, int to) {
        // "confirmed evidence of North Korean troops in Russia": forces of a state in a place are that deployment.
        if (kind == StatementKind.CONFIRMATION || kind == StatementKind.DENIAL) {
            String forces = forcesIn(from, to, kind);
            if (forces != null) return forces;
        }
        for (int k = from; k < to; k++) {
            Phrase p = x.phraseAt(k);
            if (p == null || p.head() != k) continue;
            String head = x.lemma(k);
            if (CLAIM_NOUNS.contains(head) && x.lower(p.first()).matches("the|these|those|such")) return d.lastFact();
            for (EventKind ek : new EventKind[] {EventKind.DEPLOYMENT, EventKind.ARMS_TRANSFER, EventKind.TRAINING}) {
                Reading last = d.last(ek);
                if (last != null && last.evidence() == x.sentence) return last.key();
            }
        }
        return null;
    }
}
