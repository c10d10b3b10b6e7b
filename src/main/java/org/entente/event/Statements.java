package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;

/**
 * Statements: who condemned, demanded, warned, threatened, confirmed, denied, estimated,
 * accused, supported or said what. A confirmation or denial also settles the factuality of the
 * fact it is about.
 */
final class Statements {
    /** Time adverbs between a speech verb and what was said ("said on Tuesday that …"). */
    private static final Set<String> WHEN_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "earlier", "later", "recently", "again", "publicly", "repeatedly");

    /** Speech verbs whose hearers stand between the verb and what was said. */
    private static final Set<String> TELL = Set.of("tell", "inform", "assure", "warn", "remind", "brief", "caution");

    private final SentenceReading r;
    private final Clauses c;
    /** Whether the last speaker found stood after its verb ("..., said X"). */
    private boolean speakerAfterVerb;
    /** Where the "he" or "she" that stood for the last speaker found is, or -1. */
    private int pronounAt;
    /** Where the last speaker found before its verb ends, or -1. */
    private int speakerEnd;

    Statements(SentenceReading r) {
        this.r = r;
        this.c = r.c;
    }

    void statement(int t) {
        String lemma = c.token(t).lemma();
        StatementKind kind = Lexicon.STATEMENT_VERBS.get(lemma);
        int targetFrom = t + 1;
        if (kind == null && Lexicon.CALL.contains(lemma) && Set.of("on", "for", "upon").contains(c.lower(t + 1))) {
            kind = StatementKind.DEMAND;
            targetFrom = t + 2;
        }
        if (kind == null && Lexicon.EXPRESS.contains(lemma)) {
            int k = t + 1;
            while (k < c.size() && (c.token(k).tag().equals("ADJ") || c.token(k).tag().equals("ADV")
                    || Set.of("its", "his", "her", "their", "our").contains(c.lower(k)))) k++;
            if (Lexicon.CONCERN_NOUNS.contains(c.lower(k))) {
                kind = c.lower(k).equals("support") || c.lower(k).equals("solidarity") ? StatementKind.SUPPORT : StatementKind.STATEMENT;
            }
        }
        if (kind == null && Lexicon.SAY.contains(lemma) && c.token(t).tag().equals("VERB")) kind = StatementKind.STATEMENT;
        // "said there had been no discussion about …": saying something does not exist denies it.
        if (kind == StatementKind.STATEMENT && deniesExistence(t)) kind = StatementKind.DENIAL;
        // "insisted that his country was not choosing sides" asserts; "insisted on a withdrawal" demands.
        if (kind == StatementKind.DEMAND && lemma.equals("insist") && !c.lower(t + 1).equals("on")) kind = StatementKind.STATEMENT;
        // "claimed that its forces had captured Soledar": a claim made is a statement (not "claimed responsibility").
        if (kind == null && lemma.equals("claim") && c.token(t).tag().equals("VERB") && thatFollows(t)) kind = StatementKind.STATEMENT;
        // "dismissed the announcement": what is rejected is an act, not a claim, so nothing is denied.
        if (kind == StatementKind.DENIAL && (lemma.equals("dismiss") || lemma.equals("reject")) && !thatFollows(t) && !claimObject(t)) {
            kind = StatementKind.STATEMENT;
        }
        // "Albanese called the plan the largest investment ...": call as describe.
        if (kind == null && lemma.equals("call") && Set.of("the", "it", "this", "that", "them", "its", "their").contains(c.lower(t + 1))) {
            kind = StatementKind.STATEMENT;
        }
        // "calling China a decisive enabler of the war": call a named actor something.
        Mention called = kind == null && lemma.equals("call") ? c.mentionAt(t + 1) : null;
        if (called != null && called.entity() != null && called.entity().type().isActor() && called.first() == t + 1
                && Set.of("a", "an", "the").contains(c.lower(called.last()))) {
            kind = StatementKind.STATEMENT;
        }
        if (kind == null) return;
        // "told reporters that …", "warned allies that …": what was said follows the hearers.
        if (TELL.contains(lemma)) {
            for (int k = t + 1; k < Math.min(c.size() - 1, t + 6); k++) {
                if (c.lower(k).equals("that")) {
                    targetFrom = k + 1;
                    break;
                }
            }
        }
        if (kind == StatementKind.DEMAND && lemma.equals("press") && !c.token(t).tag().equals("VERB")) return;
        // "the alleged shipment" hedges a fact; only "X alleged that …" is someone accusing.
        if (lemma.equals("allege") && !(c.token(t).tag().equals("VERB") && c.lower(t + 1).equals("that"))) return;
        if (kind == StatementKind.ESTIMATE && !c.lower(t + 1).equals("that") && !numberNext(t + 1)) return;
        if (Set.of("not", "n't", "neither", "nor", "never").contains(c.lower(t - 1)) || Set.of("not", "neither", "never").contains(c.lower(t - 2))) return;
        if (r.s.headline()) return;
        if (kind == StatementKind.WARNING && c.token(t).tag().equals("NOUN") && !c.lower(t - 1).equals(",")) return;
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        if (kind != StatementKind.CONDEMNATION && kind != StatementKind.DEMAND) end = untilSemicolon(t);
        List<Entity> speakers = speakers(t, start);
        if (speakers.isEmpty() || reported(t)) return;
        boolean postposed = kind == StatementKind.STATEMENT && speakerAfterContent(t);
        boolean inverted = speakerAfterVerb && t > 1;
        // "'We will not tolerate this,' said X": what was said comes before the verb.
        String targetText = inverted ? text(quoteStart(), t) : postposed ? text(quoteStart(), firstActorBefore(t)) : targetText(targetFrom, end);
        // "It would give the country back a supersonic fighter capability, he said": what was said is all before him.
        int k = pronounAt - 1;
        while (k > 2 && QUOTES.contains(c.lower(k))) k--;
        if (pronounAt > 2 && c.lower(k).equals(",")) targetText = text(quoteStart(), k);
        Draft target = targetEvent(targetFrom, end, kind);
        if (target == null && (kind == StatementKind.DENIAL || kind == StatementKind.CONFIRMATION) && claimBefore(t)) target = factOfThisSentence();
        for (Entity speaker : speakers) {
            Draft d = new Draft(EventKind.STATEMENT);
            d.actor = speaker;
            d.statementKind = kind;
            d.targetText = targetText;
            d.target = target;
            if (target == null) d.counterpart = targetEntity(postposed ? 0 : targetFrom, postposed ? firstActorBefore(t) : end, speaker);
            // "would take countermeasures", "legitimate targets": what is said warns.
            if (kind == StatementKind.STATEMENT && warns(d.targetText)) d.statementKind = StatementKind.WARNING;
            // A statement with nothing to point at is about what its sentence says.
            if (d.target == null && d.counterpart == null && d.targetText == null) d.targetText = r.s.text();
            d.stage = Stage.COMPLETED;
            d.factuality = Factuality.CONFIRMED;
            d.addEvidence(r.s);
            r.doc.add(d);
        }
        if (target != null && (kind == StatementKind.CONFIRMATION || kind == StatementKind.DENIAL)) {
            target.settled = kind == StatementKind.CONFIRMATION ? Factuality.CONFIRMED : Factuality.DENIED;
            target.addEvidence(r.s);
        }
    }

    /**
     * Everyone who says it: the speaker, each actor of a coordinated subject ("Washington and Seoul accuse …", "Both
     * Moscow and Pyongyang deny …"), or the people just named for a counted plural ("The three ministers condemned …").
     */
    private List<Entity> speakers(int t, int start) {
        Entity speaker = speaker(t, start);
        if (speaker == null) return counted(t, start);
        if (speakerAfterVerb) return List.of(speaker);
        List<Entity> all = new ArrayList<>();
        for (Clauses.Actor a : c.subjects(t, start)) {
            Entity e = a.group() ? r.doc.stateOf(a.entity()) : a.entity();
            if (e != null && !all.contains(e)) all.add(e);
        }
        return all.size() >= 2 && all.contains(speaker) ? all : List.of(speaker);
    }

    private static final Map<String, Integer> COUNTS = Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5);
    private static final Set<String> PEOPLE_NOUNS = Set.of("ministers", "leaders", "presidents", "envoys", "diplomats",
            "secretaries", "officials", "counterparts", "chiefs", "heads");

    /** "The three ministers": as many of the people named last, when the document has named that many. */
    private List<Entity> counted(int t, int start) {
        for (int k = start; k + 1 < t; k++) {
            Integer n = COUNTS.get(c.lower(k));
            if (n == null) continue;
            int noun = k + 1;
            while (noun < t && !PEOPLE_NOUNS.contains(c.lower(noun)) && c.token(noun).tag().equals("ADJ")) noun++;
            if (noun >= t || !PEOPLE_NOUNS.contains(c.lower(noun))) continue;
            List<Entity> people = r.doc.recentPeople;
            if (people.size() < n) return List.of();
            return List.copyOf(people.subList(people.size() - n, people.size()));
        }
        return List.of();
    }

    /** The speaker: the subject (a person before an organisation), "..., Putin warned", or "he said" for the last person named. */
    private Entity speaker(int t, int start) {
        speakerAfterVerb = false;
        pronounAt = -1;
        speakerEnd = -1;
        // "..., he said": the pronoun right before the verb, not the subject of what was said.
        for (int k = t - 1; k >= Math.max(0, t - 2); k--) {
            String w = c.lower(k);
            if (w.equals("he") || w.equals("she")) {
                pronounAt = k;
                Entity person = personBefore(k);
                if (person != null) return person;
                if (r.doc.lastPerson != null) return r.doc.lastPerson;
            }
            if (!c.token(k).tag().equals("ADV")) break;
        }
        // "demanded that Manila change course, and warned that …": a verb joined to an earlier speech verb shares its speaker.
        if (c.lower(t - 1).equals("and") && c.token(t).tag().equals("VERB")) {
            for (int k = t - 2; k > 0; k--) {
                if (!speechVerb(k)) continue;
                Clauses.Actor first = c.speaker(k, c.clauseStart(k));
                if (first != null) {
                    speakerEnd = first.last();
                    return first.group() ? r.doc.stateOf(first.entity()) : first.entity();
                }
                break;
            }
        }
        // '"… help Argentina protect its airspace," said X': right after a closing quote, the speaker follows the verb.
        boolean afterQuote = QUOTES.contains(c.lower(t - 1)) || c.lower(t - 1).equals(",") && QUOTES.contains(c.lower(t - 2));
        Clauses.Actor a = afterQuote ? null : c.speaker(t, start);
        if (a == null) {
            // "'...,' said Foreign Minister Penny Wong": the speaker after the verb, past a title.
            int k = t + 1;
            Mention m = c.mentionAt(k);
            while (m != null && (m.kind() == Mention.Kind.ROLE || m.aliasKind() == org.entente.mention.AliasKind.DEMONYM) && m.last() > k) {
                k = m.last();
                if (c.lower(k).equals("'s")) k++;
                m = c.mentionAt(k);
            }
            // "…," said Minister Troels Lund Poulsen: a bare title the reference data does not list.
            for (int j = k; m == null && j < Math.min(c.size(), k + 3) && c.token(j).isCapitalized(); j++) {
                Mention person = c.mentionAt(j + 1);
                if (person != null && person.isEntity(EntityType.PERSON) && person.first() == j + 1) {
                    k = j + 1;
                    m = person;
                }
            }
            Clauses.Actor after = c.actorAt(m);
            if (after != null && after.first() == k && (after.last() >= c.size() - 1 || Set.of(".", ",", "on", "in", "at").contains(c.lower(after.last())))) {
                a = after;
                speakerAfterVerb = true;
            }
        }
        if (a != null) {
            speakerEnd = a.last();
            r.doc.rememberSubject(a.entity(), r.s.block());
            return a.group() ? r.doc.stateOf(a.entity()) : a.entity();
        }
        for (int k = Math.max(start, t - 3); k < t; k++) {
            if ((c.lower(k).equals("he") || c.lower(k).equals("she")) && r.doc.lastPerson != null) return r.doc.lastPerson;
        }
        return null;
    }

    /**
     * "Anušić insisted it threatened no one": a speech verb inside what another one reports, with a subject of its own
     * between them, is part of what was said, not a second act of the speaker's.
     */
    private boolean reported(int t) {
        if (speakerAfterVerb || speakerEnd < 0 || JOINERS.contains(c.lower(t - 1))) return false;
        for (int k = speakerEnd; k < t - 1; k++) {
            if (!speechVerb(k)) continue;
            for (int j = k + 1; j < t; j++) {
                if (SUBJECT_PRONOUNS.contains(c.lower(j)) || c.mentionAt(j) != null) return true;
            }
        }
        return false;
    }

    private static final Set<String> JOINERS = Set.of("and", "or", ",");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "this");

    /** A verb of saying or of a kind of statement at k. */
    private boolean speechVerb(int k) {
        String lemma = c.token(k).lemma();
        return c.token(k).tag().equals("VERB") && (Lexicon.SAY.contains(lemma) || Lexicon.STATEMENT_VERBS.containsKey(lemma));
    }

    private static final java.util.List<String> WARNING_CUES = java.util.List.of("countermeasure", "retaliat", "consequences",
            "legitimate target", "respond forcefully", "will respond", "would respond", "red line", "escalat", "play with fire", "pay a price");

    private static boolean warns(String text) {
        if (text == null) return false;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return WARNING_CUES.stream().anyMatch(lower::contains);
    }

    private static final Set<String> CLAIMS = Set.of("claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations", "charge");

    /** "..., a claim Tehran denies": a claim word just before the speaker points back to the fact already stated. */
    private boolean claimBefore(int t) {
        for (int k = Math.max(0, t - 5); k < t; k++) if (CLAIMS.contains(c.lower(k))) return true;
        return false;
    }

    private Draft factOfThisSentence() {
        Draft f = r.doc.lastFact;
        return f != null && f.evidence.contains(r.s) ? f : null;
    }

    /** The last person named in this sentence before token k. */
    private Entity personBefore(int k) {
        for (int j = k - 1; j >= 0; j--) {
            Mention m = c.mentionAt(j);
            if (m != null && m.isEntity(EntityType.PERSON)) return m.entity();
        }
        return null;
    }

    /** "North Korea will send deminers ..., Shoigu said on Tuesday": what was said comes before the speaker. */
    private boolean speakerAfterContent(int t) {
        int first = firstActorBefore(t);
        // '"…," Kosiniak-Kamysz told reporters': the comma may sit inside the closing quote.
        int k = first - 1;
        while (k > 2 && QUOTES.contains(c.lower(k))) k--;
        return first > 2 && c.lower(k).equals(",") && !c.lower(t + 1).equals("that");
    }

    /** Nouns for something asserted, whose rejection is a denial: "rejected the allegations". */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "allegation", "allegations", "accusation", "accusations",
            "report", "reports", "criticism", "charge", "charges", "suggestion", "suggestions", "speculation", "assertion", "assertions",
            "notion", "idea", "rumours", "rumors");

    /** "said (that) there had been no …", "said there was no …". */
    private boolean deniesExistence(int t) {
        int k = t + 1;
        if (c.lower(k).equals("that")) k++;
        if (!c.lower(k).equals("there")) return false;
        for (int j = k + 1; j < Math.min(c.size(), k + 4); j++) {
            if (c.lower(j).equals("no")) return true;
            if (!c.token(j).lemma().equals("be") && !c.token(j).lemma().equals("have")) return false;
        }
        return false;
    }

    /** "that" within the next few words, past time words: "claimed on Friday that …". */
    private boolean thatFollows(int t) {
        for (int k = t + 1; k < Math.min(c.size(), t + 5); k++) {
            if (c.lower(k).equals("that")) return true;
            if (c.token(k).tag().equals("VERB")) return false;
        }
        return false;
    }

    /** The head noun of the object after t is a claim. */
    private boolean claimObject(int t) {
        for (int k = t + 1; k < Math.min(c.size(), t + 5); k++) {
            if (CLAIM_NOUNS.contains(c.lower(k))) return true;
            if (c.token(k).isPunct()) return false;
        }
        return false;
    }

    /** Closing quote marks, as lower() writes them (curly quotes straightened). */
    private static final Set<String> QUOTES = Set.of("\"", "'");

    private int firstActorBefore(int t) {
        Clauses.Actor a = c.speaker(t, c.clauseStart(t));
        return a == null ? 0 : c.phraseStart(a);
    }

    private boolean numberNext(int i) {
        Mention m = c.mentionAt(i);
        return m != null && m.kind() == Mention.Kind.NUMBER || c.lower(i).equals("around") || c.lower(i).equals("about");
    }

    private int untilSemicolon(int t) {
        for (int j = t + 1; j < c.size(); j++) if (c.lower(j).equals(";")) return j;
        return c.size();
    }

    private String targetText(int from, int end) {
        int f = from;
        while (f < end && (c.lower(f).equals("that") || c.lower(f).equals(",") || c.lower(f).equals("on") || WHEN_WORDS.contains(c.lower(f))
                || c.mentionAt(f) != null && c.mentionAt(f).kind() == Mention.Kind.DATE)) f++;
        int e = Math.min(end, f + 18);
        // "welcomed the statement and said …": a second verb starts another clause, not more of the target.
        for (int k = f + 1; k + 1 < e; k++) {
            if (c.lower(k).equals("and") && c.token(k + 1).tag().equals("VERB")) {
                e = k;
                break;
            }
        }
        return text(f, e);
    }

    private int quoteStart() {
        int k = 0;
        while (k < c.size() && c.token(k).isPunct()) k++;
        return k;
    }

    private String text(int from, int to) {
        int e = to;
        while (e > from && c.token(e - 1).isPunct()) e--;
        if (e <= from) return null;
        return r.s.text().substring(c.token(from).begin() - r.s.begin(), c.token(e - 1).end() - r.s.begin());
    }

    /** The event a statement is about: "the deployment", "the troops", or a fact it confirms or denies. */
    private Draft targetEvent(int from, int end, StatementKind kind) {
        for (int k = from; k < Math.min(end, from + 6); k++) {
            String w = c.lower(k);
            if (Lexicon.DEPLOY_NOUNS.contains(w) || (w.equals("troops") && c.lower(k - 1).equals("the"))) return r.doc.lastDeployment;
            if (Lexicon.SUPPLY_NOUNS.contains(w)) return r.doc.lastTransfer;
            if (w.equals("treaty") || w.equals("pact")) return r.doc.lastSigning;
            if (w.equals("training")) return r.doc.lastTraining;
        }
        if (kind != StatementKind.CONFIRMATION && kind != StatementKind.DENIAL && kind != StatementKind.ACCUSATION) return null;
        Clauses.Personnel p = c.personnel(from, end);
        if (p == null || p.nationality() == null) return null;
        Entity where = SentenceReading.first(r.places(p.last() - 1, end));
        if (where == null || where.equals(p.nationality())) return null;
        Draft d = new Draft(EventKind.DEPLOYMENT);
        d.actor = p.nationality();
        d.counterpart = where;
        d.personnel = p.noun();
        d.troops = p.count();
        d.factuality = kind == StatementKind.DENIAL ? Factuality.DENIED : kind == StatementKind.ACCUSATION ? Factuality.ALLEGED : Factuality.CONFIRMED;
        // Read from what was said, not from its own verb: the verb's reading of the same fact decides the stage.
        d.weakStage = true;
        d.addEvidence(r.s);
        return r.doc.lastDeployment = r.doc.add(d);
    }

    private Entity targetEntity(int from, int end, Entity speaker) {
        for (int k = from; k < end; k++) {
            Mention m = c.mentionAt(k);
            if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null && !m.entity().equals(speaker)) {
                Entity e = m.entity();
                if (e.type().isActor() || e.type() == EntityType.WEAPON || e.type() == EntityType.TREATY || e.type() == EntityType.CONFLICT) return e;
            }
        }
        return null;
    }
}
