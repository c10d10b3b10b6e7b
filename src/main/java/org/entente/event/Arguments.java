package org.entente.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;

/**
 * The one argument finder: for a verb or noun trigger, the phrases in each grammatical slot, with every
 * construction mapped onto the active voice the frames are written in. Passives ("were sent by X": the
 * subject is the object, "by" the subject), participles after their noun ("tanks delivered by X"),
 * relative clauses ("tanks that X sent", "X, which sent"), infinitives and gerunds under another verb
 * ("agreed to send", "urged X to send", "began sending"), coordinated verbs ("sent troops and supplied
 * tanks"), inverted speech ("…, said X") and nouns ("X's delivery of Y to Z", "the Russian deployment",
 * "X completed the delivery") are all read here, the same way for every frame. Who a verb's subject is
 * comes from {@link Subjects}.
 */
final class Arguments {
    /** Verbs whose subject is the noun's agent when they govern a trigger noun: "X announced the deployment". */
    private static final Set<String> SUPPORT = Set.of("make", "carry", "conduct", "undertake", "complete", "begin", "start",
            "continue", "announce", "approve", "authorize", "authorise", "plan", "finalize", "finalise", "offer", "pledge",
            "promise", "propose", "consider", "weigh", "resume", "launch", "be", "become", "remain", "issue", "express",
            "voice", "halt", "suspend", "step", "expand", "increase", "intend", "prepare", "schedule", "finish", "conclude",
            "mull", "explore", "unveil", "clear", "delay", "add", "place", "sign", "ink", "seal", "lodge", "file", "register",
            "level", "raise");
    /** Verbs whose subject gives what the noun names, whatever the noun: "Pakistan will provide training". */
    private static final Set<String> GIVING = Set.of("provide", "give", "offer", "conduct", "run", "organise", "organize", "host",
            "deliver", "extend", "carry", "make");
    /** Nouns of consent that, given ("gave the go-ahead for"), make their giver the one who approves the act. */
    private static final Set<String> APPROVAL = Set.of("light", "go-ahead", "go", "approval", "permission", "nod", "clearance",
            "authorization", "authorisation", "consent");
    /** Verbs whose subject is the one who receives what the noun names: "Ukraine received training". */
    private static final Set<String> RECEIVING = Set.of("receive", "get", "undergo", "obtain", "attend", "take", "accept", "welcome",
            "await", "seek", "request", "expect", "participate");

    private final Syntax x;
    private final Lexicon lx;
    private final Subjects subjects;

    Arguments(Syntax x, Lexicon lx) {
        this.x = x;
        this.lx = lx;
        this.subjects = new Subjects(x, lx);
    }

    // ---- verbs ----------------------------------------------------------------------------------

    /**
     * The slots of a verb trigger.
     *
     * @param v         the verb group
     * @param after     the token after the verb group and any particle the lexicon entry consumed ("on" of "call on")
     * @param inversion whether the subject may follow the verb ("…, said the ministry")
     */
    Slots ofVerb(VerbGroup v, int after, boolean inversion) {
        Map<String, List<Phrase>> slots = new LinkedHashMap<>();
        List<Phrase> subject = subject(v);
        int k = after;
        if (subject.isEmpty() && inversion && v.finite() && invertible(v)) {
            Phrase next = x.phraseAt(k);
            if (next != null && !next.governed()) {
                subject = x.conjuncts(next);
                k = subject.get(subject.size() - 1).last();
            }
        }
        // "will train and advise the Syrian army": a verb joined to the next before their one object shares it.
        // ("helping to train and equip the army": a bare verb after an infinitive is one too.)
        VerbGroup joined = x.phraseAt(k) == null && (x.lower(k).equals("and") || x.lower(k).equals("or")) ? x.verbAt(k + 1) : null;
        if (joined != null && joined.first() == k + 1 && !v.passive() && (joined.form() == v.form()
                || v.form() == VerbGroup.Form.INFINITIVE && joined.last() == k + 2 && x.lower(k + 1).equals(joined.lemma()))) k = joined.last();
        List<Phrase> objects = new ArrayList<>();
        List<Phrase> second = new ArrayList<>();
        k = objects(k, objects, second);
        Map<String, List<Phrase>> preps = prepositions(k, v);
        // "tanks delivered by Germany", "were sent by Pyongyang": the grammatical subject is the object, "by" the subject.
        if (v.passive() || v.form() == VerbGroup.Form.PARTICIPLE) {
            List<Phrase> agents = preps.remove("by");
            if (!objects.isEmpty()) put(slots, "indirect", subject);
            else put(slots, "object", subject);
            put(slots, "subject", agents);
        } else {
            put(slots, "subject", subject);
        }
        if (!second.isEmpty()) {
            put(slots, "indirect", objects);
            put(slots, "object", second);
        } else {
            put(slots, "object", objects);
        }
        // "the tanks that Germany sent", "the personnel it keeps there": a relative clause with a subject of its own is about
        // its antecedent; "the aircraft that India gave the Maldives": the object named is then the indirect one.
        List<Phrase> antecedent = v.passive() ? List.of() : objectRelative(v);
        if (!antecedent.isEmpty() && !slots.containsKey("object")) put(slots, "object", antecedent);
        else if (!antecedent.isEmpty() && !slots.containsKey("indirect")) {
            put(slots, "indirect", slots.get("object"));
            slots.put("object", antecedent);
        }
        for (Map.Entry<String, List<Phrase>> e : preps.entrySet()) put(slots, e.getKey(), e.getValue());
        if (!slots.containsKey("to") && slots.containsKey("object")) put(slots, "to", destinationOfObject(k));
        if (!slots.containsKey("in")) put(slots, "in", where(v));
        put(slots, "purpose", purpose(v));
        if (v.form() == VerbGroup.Form.PARTICIPLE) put(slots, "holder", holder(subject));
        if (v.form() == VerbGroup.Form.GERUND && x.lower(v.first() - 1).equals("for") && movedFor(v.first() - 1, slots)) slots.remove("subject");
        return new Slots(slots, governor(v));
    }

    /**
     * "sent two F-35 jets to Bulgaria to help police its airspace", "to patrol the flank": whether the next verb after v is
     * an infinitive of a task forces carry out where they are sent.
     */
    boolean guarding(VerbGroup v) {
        VerbGroup next = v.index() + 1 < x.verbs.size() ? x.verbs.get(v.index() + 1) : null;
        if (next == null || next.form() != VerbGroup.Form.INFINITIVE) return false;
        if (next.lemma().equals("help") && v.index() + 2 < x.verbs.size()) next = x.verbs.get(v.index() + 2);
        return lx.inGroup("guard-verbs", next.lemma());
    }

    /**
     * "delivered the last of 14 tanks promised to Ukraine": where a participle right after the object sends it, when the
     * verb names no destination of its own.
     */
    private List<Phrase> destinationOfObject(int k) {
        for (int j = k; j < x.size() && !x.barrier(j) && !x.lower(j).equals(","); j++) {
            VerbGroup p = x.verbAt(j);
            if (p == null) continue;
            if (p.form() != VerbGroup.Form.PARTICIPLE || p.first() != j || x.phraseAt(j - 1) == null) return List.of();
            Phrase to = x.lower(p.last()).equals("to") ? x.phraseAt(p.last() + 1) : null;
            return to != null && to.governed() && to.prep() == p.last() ? x.conjuncts(to) : List.of();
        }
        return List.of();
    }

    /**
     * "pilots have travelled to Russia's Far East for training (on jets)": what one goes somewhere for happens there, to
     * those who go. Fills the receiver and the place when a verb of motion comes before the "for" at forToken.
     */
    private boolean movedFor(int forToken, Map<String, List<Phrase>> slots) {
        VerbGroup motion = subjects.verbBefore(forToken);
        if (motion == null || !lx.inGroup("motion-verbs", motion.lemma())) return false;
        Slots m = ofVerb(motion, motion.last(), false);
        put(slots, "receiver", m.get("object").isEmpty() ? m.get(motion.passive() ? "object" : "subject") : m.get("object"));
        put(slots, "in", !m.get("to").isEmpty() ? m.get("to") : m.get("in"));
        return true;
    }

    /** The grammatical subject of a verb group: left of it, or its controller, antecedent or coordinated verb's. */
    List<Phrase> subject(VerbGroup v) {
        return subjects.subject(v);
    }

    /** The phrase a possessor owns ("Argentina's" → "Argentina's Defence Minister"), or the phrase itself. */
    Phrase owned(Phrase p) {
        if (!x.ownedByNext(p)) return p;
        Phrase next = x.phraseAt(p.last() + (x.lower(p.last()).equals("'s") ? 1 : 0));
        return next == null ? p : next;
    }

    /** A verb of saying may have its subject after it when a quote or a comma stands before it. */
    private boolean invertible(VerbGroup v) {
        int k = v.first() - 1;
        return k >= 0 && (x.lower(k).equals(",") || x.quoteMark(k));
    }

    /** Object phrases right after the verb (k on), with a second object after a first ("gave Ukraine tanks"); returns the index after them. */
    private int objects(int k, List<Phrase> objects, List<Phrase> second) {
        while (k < x.size() && x.tag(k).equals("ADV") && x.phraseAt(k) == null) k++;
        Phrase first = x.phraseAt(k);
        // "condemned yesterday the incursion": a bare date between the verb and its object is an adverbial.
        Phrase after = first != null && !first.governed() && first.first() == k && x.date(first) ? x.phraseAt(first.last()) : null;
        if (after != null && !after.governed() && after.first() == first.last() && !x.date(after)) first = after;
        if (first == null || first.governed() || first.first() != k && first != after || x.date(first)) return k;
        // "trains Ukraine's soldiers": the owner belongs to the object it owns.
        if (x.ownedByNext(first)) first = x.phraseAt(first.last() + (x.lower(first.last()).equals("'s") ? 1 : 0));
        objects.addAll(x.conjuncts(first));
        k = objects.get(objects.size() - 1).last();
        int elaborated = elaboration(k, objects);
        // "bought equipment from Russia, including Su-30 jets": the list may follow the verb's adjuncts; they stay its own.
        if (elaborated == k) elaboration(pastAdjuncts(k), objects);
        k = elaborated;
        Phrase next = x.phraseAt(k);
        if (next != null && x.ownedByNext(next)) next = x.phraseAt(next.last() + (x.lower(next.last()).equals("'s") ? 1 : 0));
        // "gave Ukraine its first Patriot battery": a possessive opens a second object only after a state.
        boolean owned = Syntax.POSSESSIVES.contains(x.lower(k))
                && objects.stream().allMatch(o -> x.mention(o.head()) != null && x.mention(o.head()).isEntity(EntityType.STATE));
        if (next != null && !next.governed() && next.first() == k && (!Syntax.POSSESSIVES.contains(x.lower(k)) || owned) && !x.date(next)) {
            second.addAll(x.conjuncts(next));
            k = second.get(second.size() - 1).last();
        }
        return k;
    }

    /** The index after the prepositional phrases that start at k ("from Russia over the past decade"). */
    private int pastAdjuncts(int k) {
        for (Phrase pp = x.phraseAt(k + 1); pp != null && pp.governed() && pp.prep() == k; pp = x.phraseAt(k + 1)) k = pp.last();
        return k;
    }

    /** "arms, among them K9 howitzers and K2 tanks", "systems such as NASAMS": the list that names what the object is; returns the index after it. */
    private int elaboration(int k, List<Phrase> objects) {
        int j = x.lower(k).equals(",") ? k + 1 : k;
        String w = x.lower(j), next = x.lower(j + 1);
        int start = w.equals("including") || w.equals("notably") || w.equals("namely") ? j + 1
                : w.equals("among") && (next.equals("them") || next.equals("which")) || w.equals("such") && next.equals("as") ? j + 2 : -1;
        Phrase p = start < 0 ? null : x.phraseAt(start);
        if (p == null || p.first() != start && !(p.governed() && p.prep() == start - 1)) return k;
        List<Phrase> list = x.conjuncts(p);
        objects.addAll(list);
        return list.get(list.size() - 1).last();
    }

    /**
     * Prepositional phrases from k to the end of the verb's clause: up to the next verb, a clause boundary, or a comma
     * that does not open a list or an aside ("sent troops, including pilots, to Russia").
     */
    private Map<String, List<Phrase>> prepositions(int k, VerbGroup v) {
        Map<String, List<Phrase>> out = new LinkedHashMap<>();
        boolean beyond = false;
        while (k < x.size()) {
            // "members of the Australian Federal Police (AFP) and … to the Solomon Islands": past an acronym in brackets.
            if (x.lower(k).equals("(") && x.lower(k + 2).equals(")")) {
                k += 3;
                continue;
            }
            if (x.barrier(k)) break;
            VerbGroup next = x.verbAt(k);
            if (next != null) {
                // "were trained to use them at ranges in Russia", "a contingent known as … in Transnistria": past an
                // infinitive or a participle, only where it happens still counts — not for "be", whose place is its own.
                if (next.form() != VerbGroup.Form.INFINITIVE && next.form() != VerbGroup.Form.PARTICIPLE || beyond || v.copula()) break;
                beyond = true;
                k = next.last();
                continue;
            }
            Phrase p = x.phraseAt(k);
            if (p != null) {
                // "by Argentina's Defence Minister Luis Petri": the owner's phrase stands for what it owns.
                Phrase owned = owned(p);
                List<Phrase> list = owned != p ? List.of(owned) : x.conjuncts(p);
                String prep = p.governed() ? x.lower(p.prep()) : null;
                if (prep != null && (!beyond || prep.equals("in") && !out.containsKey("in"))) out.computeIfAbsent(prep, w -> new ArrayList<>()).addAll(list);
                k = Math.max(k + 1, list.get(list.size() - 1).last());
                continue;
            }
            if (x.lower(k).equals(",")) {
                int close = asideEnd(k);
                if (close < 0) break;
                k = close + 1;
                continue;
            }
            k++;
        }
        return out;
    }

    /** A comma opening an aside that closes with another comma ("…, including pilots, to …"): the closing comma, or -1. */
    private int asideEnd(int comma) {
        String next = x.lower(comma + 1);
        if (!(next.equals("including") || next.equals("mostly") || next.equals("mainly") || x.tag(comma + 1).equals("ADV"))) return -1;
        for (int j = comma + 2; j < Math.min(x.size(), comma + 12); j++) {
            if (x.lower(j).equals(",")) return j;
            if (x.barrier(j) || x.verbAt(j) != null) return -1;
        }
        return -1;
    }

    /**
     * "Poland operates K9 howitzers delivered by South Korea", "the fleet consists of Kfir jets bought from Israel": the
     * subject of a verb of having whose object a participle describes holds what was delivered or bought.
     */
    private List<Phrase> holder(List<Phrase> described) {
        if (described.isEmpty()) return List.of();
        Phrase p = described.get(0);
        // "its first THAAD battery, bought from the United States": whose it is bought it.
        if (p.possessor() >= 0) return List.of(x.phrases.get(p.possessor()));
        if (Syntax.POSSESSIVES.contains(x.lower(p.first()))) return List.of(Phrase.pronounAt(p.first()));
        // "launched hundreds of drones supplied by Iran": the number that counts them is the verb's object.
        Phrase counting = p.governed() && x.lower(p.prep()).equals("of") ? x.phraseAt(p.prep() - 1) : null;
        if (counting != null && counting.last() == p.prep() && Referents.quantity(x, lx, counting)) p = counting;
        int k = p.governed() ? p.prep() - 1 : p.first() - 1;
        // "relied heavily in 2020 on drones supplied by Turkey": past adverbs and dates to the verb.
        while (k > 0 && x.verbAt(k) == null) {
            Phrase between = x.phraseAt(k);
            if (x.tag(k).equals("ADV")) k--;
            else if (between != null && x.date(between)) k = between.governed() ? between.prep() - 1 : between.first() - 1;
            else break;
        }
        VerbGroup v = x.verbAt(k);
        if (v == null && p.governed()) {
            Phrase owner = x.phraseAt(k);
            // "consists of …" read as a noun by the tagger: the word before "of" still has.
            if (owner != null && lx.inGroup("having-verbs", x.lemma(owner.head()))) return subjects.leftSubjectOfPhrase(owner);
        }
        if (v == null || !lx.inGroup("having-verbs", v.lemma())) return List.of();
        // "Azerbaijan's forces relied on drones supplied by Turkey": whose forces have them, has them.
        List<Phrase> holders = new ArrayList<>();
        for (Phrase h : subject(v)) holders.add(h.possessor() >= 0 ? x.phrases.get(h.possessor()) : h);
        return holders;
    }

    /** "…the United Kingdom, where 90 of them help train recruits": a clause opened by "where" happens at the place before it. */
    private List<Phrase> where(VerbGroup v) {
        for (int k = v.first() - 1; k >= 0; k--) {
            if (x.lower(k).equals("where")) {
                Phrase place = x.phraseAt(x.lower(k - 1).equals(",") ? k - 2 : k - 1);
                return place == null ? List.of() : x.conjuncts(place);
            }
            if (x.barrier(k) || x.verbAt(k) != null && x.verbAt(k).finite()) return List.of();
        }
        return List.of();
    }

    /** "sent troops to help Russia", "deployed to support the Kremlin": the object of a verb of helping after the verb's complements. */
    private List<Phrase> purpose(VerbGroup v) {
        for (int k = v.last(); k < x.size() && !x.barrier(k); k++) {
            VerbGroup next = x.verbAt(k);
            if (next == null || next == v) continue;
            if (next.form() != VerbGroup.Form.INFINITIVE || !lx.inGroup("help-verbs", next.lemma())) return List.of();
            Phrase object = x.phraseAt(next.last());
            return object == null || object.governed() ? List.of() : x.conjuncts(object);
        }
        return List.of();
    }

    /** "the tanks that Germany sent": the antecedent of a relative pronoun before the verb's subject, or nothing. */
    private List<Phrase> objectRelative(VerbGroup v) {
        List<Phrase> subject = subject(v);
        if (subject.isEmpty() || v.form() != VerbGroup.Form.FINITE) return List.of();
        // Only a clause with a subject of its own right before its verb has a gap where the object was.
        Phrase last = subject.get(subject.size() - 1);
        for (int j = last.last(); j < v.first(); j++) if (!x.tag(j).equals("ADV")) return List.of();
        int k = subject.get(0).first() - 1;
        // "Venezuela, whose government signed deals": the antecedent owns the subject; no object is missing.
        if (x.lower(k).equals("whose")) return List.of();
        Phrase antecedent;
        if (x.relative(k) || x.lower(k).equals("that") && x.phraseAt(k - 1) != null) {
            antecedent = x.phraseAt(x.lower(k - 1).equals(",") ? k - 2 : k - 1);
            // "claims that pilots have travelled": a clause after a noun of saying or knowing says what it holds; unless
            // the verb's object is missing, the gap a relative clause leaves ("an agreement that the two states signed").
            if (antecedent != null && x.lower(k).equals("that") && (content(antecedent) && !gapAfter(v) || saidBefore(antecedent))) {
                antecedent = null;
            }
        } else {
            // "the roughly 80 personnel it keeps there": a noun right before the clause's subject, with no pronoun between.
            antecedent = x.phraseAt(k);
            if (antecedent != null && (antecedent.pronoun() || x.date(antecedent) || x.verbAt(antecedent.first() - 1) == null
                    && !antecedent.governed())) antecedent = null;
        }
        return antecedent == null ? List.of() : x.conjuncts(antecedent);
    }

    /**
     * "announced on 1 April that …", "told reporters in Kyiv that …": a phrase that only follows a verb of saying (past its
     * adjuncts), so the "that" after it opens what was said.
     */
    private boolean saidBefore(Phrase p) {
        int k = p.first() - 1;
        while (k >= 0) {
            Phrase q = x.phraseAt(k);
            if (q != null && q != p) {
                k = (q.governed() ? q.prep() : q.first()) - 1;
            } else if (x.tag(k).equals("ADP") || x.tag(k).equals("ADV")) {
                k--;
            } else {
                break;
            }
        }
        VerbGroup v = x.verbAt(k);
        if (v == null) return false;
        for (Lexicon.Entry e : lx.verbFrames(v.lemma())) if (e.frame().kind() == org.entente.event.EventKind.STATEMENT) return true;
        return false;
    }

    /** Whether nothing that could be the verb's object follows it ("signed in 2021", "signed last year", "signed."). */
    private boolean gapAfter(VerbGroup v) {
        int k = v.last();
        Phrase next = x.phraseAt(k);
        return k >= x.size() || x.token(k).isPunct() || x.tag(k).equals("ADP") || x.tag(k).equals("ADV") || next != null && x.date(next);
    }

    /** A noun whose "that" clause is its content: claims, reports, evidence, fears. */
    private boolean content(Phrase p) {
        String lemma = x.lemma(p.head());
        if (!lx.nounCues(lemma).isEmpty()) return true;
        for (Lexicon.Entry e : lx.nounFrames(lemma)) if (e.frame().kind() == org.entente.event.EventKind.STATEMENT) return true;
        return Set.of("evidence", "sign", "fear", "concern", "news", "belief", "view", "fact", "assurance", "hope").contains(lemma);
    }

    /** The verb or noun that governs a verb group: the verb before "to" or before a gerund's preposition, or -1. */
    int governor(VerbGroup v) {
        return subjects.governor(v);
    }

    // ---- nouns ----------------------------------------------------------------------------------

    /** The slots of a noun trigger at token h of phrase p: possessor, names before it, prepositions after, governing verb. */
    Slots ofNoun(Phrase p, int h) {
        Map<String, List<Phrase>> slots = new LinkedHashMap<>();
        if (p.possessor() >= 0) put(slots, "subject", List.of(x.phrases.get(p.possessor())));
        else if (Syntax.POSSESSIVES.contains(x.lower(p.first()))) put(slots, "subject", List.of(Phrase.pronounAt(p.first())));
        List<Phrase> modifiers = new ArrayList<>();
        for (int k = p.first(); k < h; k++) {
            Mention m = x.mention(k);
            if (m == null || m.kind() != Mention.Kind.ENTITY) continue;
            modifiers.add(new Phrase(-1, m.first(), m.last(), m.last() - 1, -1, -1, false));
            k = m.last() - 1;
        }
        put(slots, "modifier", modifiers);
        // "training and support to Afghan troops": the prepositions after a list belong to each of its nouns.
        List<Phrase> own = x.conjuncts(p);
        int k = h == p.head() ? own.get(own.size() - 1).last() : h + 1;
        while (k < x.size()) {
            if (x.quoteMark(k)) {
                k++;
                continue;
            }
            Phrase q = x.phraseAt(k + (x.quoteMark(k + 1) ? 2 : 1));
            if (q != null && q.prep() == k) {
                List<Phrase> list = x.conjuncts(q);
                String prep = x.lower(k);
                String slot = prep.equals("by") && !slots.containsKey("subject") ? "subject" : prep;
                // "the presence of troops in the north of the island": the first "of" is the noun's; later ones are others'.
                if (!slots.containsKey(slot)) put(slots, slot, list);
                k = list.get(list.size() - 1).last();
            } else {
                break;
            }
        }
        int g = nounGovernor(p);
        VerbGroup gv = x.verbAt(g);
        // "took part in training": the light verb and its noun are one verb, whose subject takes what the noun names.
        Phrase governing = gv == null ? x.phraseAt(g) : null;
        if (governing != null && x.lower(g).equals("part") && x.verbAt(governing.first() - 1) != null
                && x.verbAt(governing.first() - 1).lemma().equals("take")) {
            gv = x.verbAt(governing.first() - 1);
            g = gv.head();
        }
        // "gave the green light for the export of tanks": a consent given for the act is the giver's act of approving it.
        if (governing != null && consentGiven(governing.head())) {
            gv = x.verbAt(governing.first() - 1);
            put(slots, "governor", subject(gv));
            // The consent governs: the act is approved, not done.
            return new Slots(slots, governing.head());
        }
        if (p.governed() && x.lower(p.prep()).equals("for") && movedFor(p.prep(), slots)) return new Slots(slots, g);
        if (p.governed() && x.lower(p.prep()).equals("as")) {
            put(slots, "governor", namedAs(p, gv));
            return new Slots(slots, g);
        }
        if (gv != null && RECEIVING.contains(gv.lemma())) put(slots, "receiver", subject(gv));
        else if (gv != null && GIVING.contains(gv.lemma()) && !slots.containsKey("subject")) put(slots, "subject", subject(gv));
        else if (gv != null && SUPPORT.contains(gv.lemma())) put(slots, "governor", subject(gv));
        // "The sale of 32 jets to Poland was approved by the State Department": the agent of a passive the noun is subject of.
        VerbGroup passive = gv == null && !p.governed() ? passiveOf(p) : null;
        if (passive != null) {
            put(slots, "governor", ofVerb(passive, passive.last(), false).get("subject"));
            return new Slots(slots, passive.head());
        }
        return new Slots(slots, g);
    }

    /**
     * The passive verb of carrying out or approving (the lexicon's words that announce an act) whose subject the phrase is
     * ("the sale … was approved by"), or null.
     */
    private VerbGroup passiveOf(Phrase p) {
        for (VerbGroup v : x.verbs) {
            if (v.first() < p.last() || !v.finite()) continue;
            boolean approving = Lexicon.signals(lx.verbCues(v.lemma()), Lexicon.Signal.ANNOUNCED);
            if (!v.passive() || !SUPPORT.contains(v.lemma()) && !approving) return null;
            return subject(v).stream().anyMatch(q -> q.index() == p.index()) ? v : null;
        }
        return null;
    }

    /**
     * Who a noun after "as" names. Right after a verb, its subject ("Oman emerged as a buyer"); after a verb and
     * its object, the object ("the report lists Chile as a customer"), except that one who joins others as
     * something is one of them too ("Peru joined Chile and Brazil as buyers": all three).
     */
    private List<Phrase> namedAs(Phrase p, VerbGroup gv) {
        if (gv != null) return subject(gv);
        Phrase before = x.phraseAt(p.prep() - 1);
        if (before == null || before.governed()) return List.of();
        List<Phrase> objects = x.conjuncts(before);
        VerbGroup v = x.verbAt(objects.get(0).first() - 1);
        // "described the deployment as a threat": what is named as a thing is no one.
        Mention named = x.mention(before.head());
        if (v == null || named == null || named.kind() != Mention.Kind.ENTITY) return List.of();
        if (!v.lemma().equals("join")) return objects;
        List<Phrase> all = new ArrayList<>(subject(v));
        all.addAll(objects);
        return all;
    }

    /**
     * "Pakistan's air force flew Chinese-supplied J-10C fighters": a participle joined to a name inside a phrase is a verb
     * whose subject is the name, whose object is the phrase, and whose holder (who has it) is the having verb's subject.
     */
    Slots ofCompound(Phrase p, int participle) {
        Map<String, List<Phrase>> slots = new LinkedHashMap<>();
        Mention m = x.mention(participle - 2);
        put(slots, "subject", List.of(new Phrase(-1, m.first(), m.last(), m.last() - 1, -1, -1, false)));
        put(slots, "object", List.of(p));
        put(slots, "holder", holder(List.of(p)));
        return new Slots(slots, -1);
    }

    /** Whether the noun at token k is a consent given: "gave the green light", "granted permission". */
    boolean consentGiven(int k) {
        Phrase p = x.phraseAt(k);
        if (p == null || p.head() != k || !APPROVAL.contains(x.lemma(k))) return false;
        VerbGroup v = x.verbAt(p.first() - 1);
        return v != null && Set.of("give", "grant").contains(v.lemma());
    }

    /** The verb (or noun) a noun phrase is the object or complement of: "approved the sale", "talks on the sale", or -1. */
    int nounGovernor(Phrase p) {
        int k = p.governed() ? p.prep() - 1 : p.first() - 1;
        while (k >= 0 && x.tag(k).equals("ADV")) k--;
        // "the go-ahead for the sale": a hyphenated word's tail, split off by the tokenizer, belongs to the word before.
        if (k > 0 && x.lower(k).length() > 1 && x.lower(k).startsWith("-")) k--;
        // "gave the green light on Tuesday for the export": a date between the governor and its phrase.
        if (p.governed() && k >= 0 && x.phraseAt(k) != null && x.date(x.phraseAt(k)) && x.phraseAt(k).governed()) k = x.phraseAt(k).prep() - 1;
        // "announced in early August the purchase of …": an adjunct may stand between a verb and its object.
        while (!p.governed() && k >= 0 && x.phraseAt(k) != null) {
            Phrase adjunct = x.phraseAt(k);
            if (adjunct.governed() && adjunct.prep() > 0) k = adjunct.prep() - 1;
            else if (x.date(adjunct) && adjunct.first() > 0) k = adjunct.first() - 1;
            else break;
        }
        VerbGroup v = x.verbAt(k);
        if (v != null) return v.head();
        Phrase q = x.phraseAt(k);
        // "plans for the deployment", "talks on the sale": a noun that governs through a preposition.
        if (q != null && p.governed() && x.mention(q.head()) == null) return q.head();
        return -1;
    }

    private static void put(Map<String, List<Phrase>> slots, String slot, List<Phrase> phrases) {
        if (phrases != null && !phrases.isEmpty()) slots.put(slot, List.copyOf(phrases));
    }
}
