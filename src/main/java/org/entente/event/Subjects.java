package org.entente.event;

import java.util.List;
import java.util.Set;
import org.entente.mention.Mention;

/**
 * Who does what a verb says: the grammatical subject of a verb group, found left of it past appositions, asides and
 * relative clauses, or through the verb that controls an infinitive ("urged Germany to send"), the noun before a
 * gerund, the noun a participle describes, or the verb a coordinated verb is joined to. {@link Arguments} maps the
 * subject onto the frame's slots.
 */
final class Subjects {
    /** Verbs whose object, before an infinitive, is the infinitive's subject: "urged Germany to send". */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "allow", "permit", "enable", "help", "invite",
            "encourage", "press", "push", "request", "order", "tell", "authorize", "authorise", "force", "persuade", "want",
            "expect", "need", "require", "appeal", "lead", "prompt", "clear", "instruct", "direct", "task", "mandate", "empower",
            "license", "oblige", "compel");

    /** Verbs whose object does what the gerund after "of" or "for" says: "accused Iran of supplying drones". */
    private static final Set<String> JUDGING = Set.of("accuse", "suspect", "blame", "charge", "praise", "thank", "criticise",
            "criticize", "condemn", "fault", "commend", "credit", "punish", "sanction");

    private final Syntax x;
    private final Lexicon lx;

    Subjects(Syntax x, Lexicon lx) {
        this.x = x;
        this.lx = lx;
    }

    /** The grammatical subject of a verb group: left of it, or its controller, antecedent or coordinated verb's. */
    List<Phrase> subject(VerbGroup v) {
        return switch (v.form()) {
            case INFINITIVE -> controller(v);
            case GERUND -> {
                // "accused Iran of supplying drones", "thanked Japan for sending": the object of a verb of judging does it.
                Phrase judged = judgedFor(v);
                if (judged != null) yield x.conjuncts(judged);
                // "Tass quoted Ivanov as saying that …": who is quoted says it.
                if (x.lower(v.first() - 1).equals("as") && x.phraseAt(v.first() - 2) != null && !x.phraseAt(v.first() - 2).governed()) {
                    VerbGroup quoting = x.verbAt(x.phraseAt(v.first() - 2).first() - 1);
                    if (quoting != null && Set.of("quote", "cite").contains(quoting.lemma())) yield List.of(x.phraseAt(v.first() - 2));
                }
                Phrase before = x.phraseAt(v.first() - 1);
                // "troops fighting in Ukraine", "followed by Moscow condemning the decision": the noun right before an -ing
                // form is its subject.
                if (before != null && (before.governed() || x.verbAt(before.first() - 1) == null)) yield x.conjuncts(before);
                // "Blinken and Nad spoke before signing an agreement": after a conjunction of time or means, the clause's subject.
                if (Set.of("before", "after", "upon", "by").contains(x.lower(v.first() - 1))) {
                    for (int k = v.first() - 2; k >= 0 && !x.lower(k).equals(";"); k--) {
                        VerbGroup main = x.verbAt(k);
                        List<Phrase> own = main != null && main.finite() && main.head() == k ? subject(main) : List.of();
                        if (!own.isEmpty()) yield own;
                    }
                }
                int g = governor(v);
                VerbGroup gv = x.verbAt(g);
                if (gv != null) yield subject(gv);
                // "…went further this month, calling China an enabler": an -ing clause after a comma shares the main subject.
                VerbGroup main = x.lower(v.first() - 1).equals(",") ? verbBefore(v.first() - 1) : null;
                yield main != null ? subject(main) : List.of();
            }
            case PARTICIPLE -> {
                if (v.first() == 0) {
                    Phrase opened = Participles.openingClauseSubject(x, v.head());
                    yield opened == null ? List.of() : x.conjuncts(opened);
                }
                int k = x.lower(v.first() - 1).equals(",") ? v.first() - 2 : v.first() - 1;
                Phrase before = x.phraseAt(k);
                // "flies MiG-29s, six of them donated by Russia": a share of the phrase before the comma.
                Phrase share = before != null && before.pronoun() && before.governed() ? x.phraseAt(before.prep() - 1) : null;
                if (share != null && x.lower(share.first() - 1).equals(",") && x.phraseAt(share.first() - 2) != null) before = x.phraseAt(share.first() - 2);
                yield before == null ? List.of() : List.of(before);
            }
            case FINITE -> {
                // "China will help train Cambodian officers": a bare infinitive after "help", "let" or "make" is done by
                // that verb's subject.
                VerbGroup help = helped(v);
                yield help != null ? subject(help) : leftSubject(v);
            }
        };
    }

    private Phrase listHead(Phrase p) {
        return x.conjuncts(p).get(0);
    }

    /** "will help train", "let them buy": the verb a bare infinitive follows, or null. */
    private VerbGroup helped(VerbGroup v) {
        VerbGroup before = x.verbAt(v.first() - 1);
        return v.form() == VerbGroup.Form.FINITE && before != null && before != v && Syntax.BARE_INFINITIVE_VERBS.contains(before.lemma())
                ? before : null;
    }

    private List<Phrase> leftSubject(VerbGroup v) {
        int k = v.first() - 1;
        Phrase apposition = null;
        while (k >= 0) {
            String w = x.lower(k);
            Phrase p = x.phraseAt(k);
            VerbGroup other = x.verbAt(k);
            if (p != null) {
                VerbGroup before = x.verbAt(p.first() - 1);
                // "after Rwandan troops had crossed": a preposition that opens a clause governs no subject.
                if (p.governed() && p.last() == v.first() && Syntax.CLAUSE_PREPOSITIONS.contains(x.lower(p.prep()))) {
                    return x.conjuncts(p);
                } else if (p.governed()) {
                    k = p.prep() - 1;
                } else if (listHead(p) != p && listHead(p).governed() && x.lower(listHead(p).prep()).equals("from")
                        && x.phraseAt(listHead(p).prep() - 1) != null && !x.phraseAt(listHead(p).prep() - 1).governed()) {
                    // "Troops from Kenya, Jamaica and El Salvador have been deployed": the noun the list completes.
                    k = listHead(p).prep() - 1;
                } else if (listHead(p) != p && listHead(p).governed() && x.lower(listHead(p).prep()).equals("between")) {
                    // "a pact between Saudi Arabia and Pakistan was signed": the list's preposition governs its last member too.
                    k = listHead(p).prep() - 1;
                } else if (x.date(p) || x.ownedByNext(p)) {
                    k = p.first() - 1;
                } else if (before != null && !before.finite()) {
                    // "systems able to carry nuclear warheads had been handed over": the object of an infinitive is not the subject.
                    k = before.first() - 1;
                } else {
                    // "Lithuania's defence minister, Dovilė Šakalienė, said": the person the apposition names speaks.
                    if (apposition != null && !entity(p) && person(apposition)) return List.of(apposition);
                    Phrase named = unclosedApposition(p);
                    return named != null ? List.of(named) : x.conjuncts(p);
                }
            } else if (x.relative(k)) {
                Phrase antecedent = x.phraseAt(x.lower(k - 1).equals(",") ? k - 2 : k - 1);
                // "a package for Ukraine that includes tanks": a name takes no restrictive clause; the noun it hangs from does.
                if (antecedent != null && x.lower(k).equals("that") && antecedent.governed() && entity(antecedent)
                        && x.phraseAt(antecedent.prep() - 1) != null && !entity(x.phraseAt(antecedent.prep() - 1))) {
                    antecedent = x.phraseAt(antecedent.prep() - 1);
                }
                return antecedent == null ? List.of() : x.conjuncts(antecedent);
            } else if (w.equals(",")) {
                int before = parenthetical(k);
                if (before < k - 1 && apposition == null) apposition = x.phraseAt(k - 1) != null ? firstPhraseAfter(before + 1) : null;
                // "other countries, notably Guatemala and El Salvador, had sent officers": the states the aside lists.
                List<Phrase> listed = before < k - 1 ? listedIn(before + 1, k) : List.of();
                if (!listed.isEmpty()) return listed;
                k = before;
            } else if (w.equals("and") || w.equals("or") || w.equals("but")) {
                VerbGroup before = x.lower(k - 1).equals(",") ? matrixVerbBefore(k) : verbBefore(k);
                return before != null && before.finite() ? subject(before) : List.of();
            } else if (x.quoteMark(k) && x.quote(k + 1) >= 0 && x.phraseAt(k - 1) != null && x.phraseAt(k - 1).pronoun()) {
                // 'said they "strongly condemn the deployment"': a quotation that opens after its subject.
                k--;
            } else if (other != null || x.barrier(k)) {
                return List.of();
            } else {
                k--;
            }
        }
        return List.of();
    }

    /**
     * "demanded that Manila send it back, and warned that …": after a comma, a verb joined by "and" goes with the verb
     * whose clause the "that" opened, not with the one inside it.
     */
    private VerbGroup matrixVerbBefore(int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (x.lower(j).equals(";") || x.lower(j).equals(":")) break;
            if (x.lower(j).equals("that") && x.barrier(j)) {
                VerbGroup outer = verbBefore(j);
                if (outer != null) return outer;
            }
        }
        return verbBefore(k);
    }

    /** The last finite verb group before token k in its clause, past its complements and their infinitives, or null. */
    VerbGroup verbBefore(int k) {
        for (int j = k - 1; j >= 0 && !x.barrier(j); j--) {
            VerbGroup v = x.verbAt(j);
            if (v != null && v.finite()) return v;
        }
        return null;
    }

    /** The list after "notably", "including", "such as" or "like" in an aside between commas, when a plural of states precedes it. */
    private List<Phrase> listedIn(int comma, int close) {
        Phrase before = x.phraseAt(comma - 1);
        if (before == null || !lx.inGroup("group-plurals", x.lemma(before.head())) || x.mention(before.head()) != null) return List.of();
        String w = x.lower(comma + 1);
        int start = Set.of("notably", "including", "especially", "namely", "like").contains(w) ? comma + 2
                : w.equals("such") && x.lower(comma + 2).equals("as") ? comma + 3 : -1;
        Phrase first = start < 0 ? null : x.phraseAt(start);
        return first == null || first.last() > close ? List.of() : x.conjuncts(first);
    }

    /**
     * "Omar Haddad, a member of the defence committee said": an apposition the writer opened with a comma and never
     * closed. The phrase before the verb is inside it; the person before the comma, at the start of the clause, is the
     * subject. Returns that person, or null when p is not inside such an apposition.
     */
    private Phrase unclosedApposition(Phrase p) {
        if (entity(p)) return null;
        for (int k = p.first() - 1; k >= 1; k--) {
            if (x.verbAt(k) != null || x.barrier(k) || x.quoteMark(k)) return null;
            if (!x.lower(k).equals(",")) continue;
            Phrase opened = x.phraseAt(k + 1);
            Phrase person = x.phraseAt(k - 1);
            boolean described = opened != null && !opened.governed() && x.tag(k + 1).equals("DET");
            boolean clauseStart = person != null && (person.first() == 0 || x.barrier(person.first() - 1));
            return described && clauseStart && person(person) ? person : null;
        }
        return null;
    }

    private Phrase firstPhraseAfter(int comma) {
        Phrase p = x.phraseAt(comma + 1);
        return p != null && !p.governed() ? p : null;
    }

    private boolean entity(Phrase p) {
        Mention m = x.mention(p.head());
        return m != null && m.kind() == Mention.Kind.ENTITY;
    }

    private boolean person(Phrase p) {
        Mention m = x.mention(p.head());
        return m != null && m.isEntity(org.entente.mention.EntityType.PERSON);
    }

    /**
     * At a comma right before a verb: skip back over an apposition, a relative clause or an aside ("Lecornu, the French
     * minister, said"; "Russia, which sent troops, is"; "Germany, meanwhile, sent"). Returns the token to look at next.
     */
    private int parenthetical(int comma) {
        // "Chávez, whose government signed deals for jets, helicopters and rifles, announced": a relative clause may hold
        // commas of its own; it runs back to the comma before its pronoun.
        for (int c = comma - 1; c >= Math.max(1, comma - 40); c--) {
            if (x.relative(c) && x.lower(c - 1).equals(",")) return c - 2;
            if (x.barrier(c) && !x.relative(c)) break;
        }
        for (int c = comma - 1; c >= Math.max(0, comma - 25); c--) {
            if (!x.lower(c).equals(",")) {
                if (x.barrier(c) && !x.relative(c)) return comma - 1;
                continue;
            }
            boolean relative = x.relative(c + 1);
            // An apposition or aside: phrases, prepositions, adverbs, participles and relative clauses, but no verb of its
            // own ("the Russian foreign ministry's spokeswoman", "appointed prime minister this month", "the former
            // policeman known as Barbecue who heads a gang", "meanwhile").
            boolean aside = true, inRelative = false;
            for (int j = c + 1; j < comma; j++) {
                if (x.relative(j)) inRelative = true;
                VerbGroup v = x.verbAt(j);
                aside &= v == null || !v.finite() || inRelative || j == c + 1 && x.past(v.head()) && v.first() == v.head();
            }
            return relative || aside ? c - 1 : comma - 1;
        }
        return comma - 1;
    }

    /** "accused Iran of supplying": the object before "of" or "for" of a verb of judging that governs the gerund, or null. */
    private Phrase judgedFor(VerbGroup v) {
        int k = v.first() - 1;
        if (!x.lower(k).equals("of") && !x.lower(k).equals("for")) return null;
        Phrase p = x.phraseAt(k - 1);
        VerbGroup before = p == null || p.governed() ? null : x.verbAt(p.first() - 1);
        return before != null && JUDGING.contains(before.lemma()) ? p : null;
    }

    /** The subject of an infinitive: the governing verb's object ("urged Germany to send") or subject ("agreed to send"). */
    private List<Phrase> controller(VerbGroup v) {
        int k = v.first() - 1;
        while (k >= 0 && x.tag(k).equals("ADV")) k--;
        VerbGroup g = x.verbAt(k);
        if (g != null) return subject(g);
        Phrase p = x.phraseAt(k);
        // "Washington's decision this month to supply …": past a date to the noun that governs.
        if (p != null && x.date(p) && !p.governed() && x.phraseAt(p.first() - 1) != null) p = x.phraseAt(p.first() - 1);
        if (p == null) return List.of();
        // "signed a deal with France to buy jets": the partner is not the buyer; the infinitive goes with the deal.
        if (p.governed() && x.lower(p.prep()).equals("with") && x.phraseAt(p.prep() - 1) != null
                && x.mention(x.phraseAt(p.prep() - 1).head()) == null) p = x.phraseAt(p.prep() - 1);
        VerbGroup before = x.verbAt(p.governed() ? p.prep() - 1 : p.first() - 1);
        if (before != null && !p.governed() && OBJECT_CONTROL.contains(before.lemma())) return x.conjuncts(p);
        // "called on Germany to send": the same through a particle.
        if (before != null && p.governed() && OBJECT_CONTROL.contains(before.lemma())) return x.conjuncts(p);
        // "Norway to send NASAMS": a headline's infinitive after its subject.
        Mention m = x.mention(p.head());
        if (m != null && m.kind() == Mention.Kind.ENTITY && before == null) return x.conjuncts(p);
        // "Germany's decision to send", "plans by Seoul to deploy": whoever owns the governing noun.
        if (p.possessor() >= 0) return List.of(x.phrases.get(p.possessor()));
        // "as part of its commitment to provide the aircraft": the possessive's owner.
        if (Syntax.POSSESSIVES.contains(x.lower(p.first()))) return List.of(Phrase.pronounAt(p.first()));
        if (before != null) return subject(before);
        return p.governed() ? List.of() : leftSubjectOfPhrase(p);
    }

    /** "Seoul's plans to send …" with no verb before: the subject before a noun's own clause. */
    List<Phrase> leftSubjectOfPhrase(Phrase p) {
        Phrase q = x.phraseAt(p.first() - 1);
        return q != null && !q.governed() ? x.conjuncts(q) : List.of();
    }

    /** The verb or noun that governs a verb group: the verb before "to" or before a gerund's preposition, or -1. */
    int governor(VerbGroup v) {
        VerbGroup help = helped(v);
        if (help != null) return help.head();
        if (v.form() == VerbGroup.Form.FINITE || v.form() == VerbGroup.Form.PARTICIPLE) return -1;
        int k = v.first() - 1;
        while (k >= 0 && (x.tag(k).equals("ADV") || x.tag(k).equals("ADP") || x.tag(k).equals("SCONJ") && !x.lower(k).equals("that"))) k--;
        if (x.verbAt(k) != null) return x.verbAt(k).head();
        Phrase p = x.phraseAt(k);
        if (p == null) return -1;
        VerbGroup before = x.verbAt(p.governed() ? p.prep() - 1 : p.first() - 1);
        // "urged Germany to send": the verb governs through its object; "plans to send": the noun governs.
        if (before != null && OBJECT_CONTROL.contains(before.lemma())) return before.head();
        // "accused Iran of supplying drones": the verb of judging governs through its object.
        if (before != null && !p.governed() && JUDGING.contains(before.lemma())) return before.head();
        // "pilots who had spent months training in China": a span of time the verb spends is no governor of its own.
        if (before != null && !p.governed() && Syntax.TIME_UNITS.contains(x.lemma(p.head()))) return before.head();
        return x.mention(p.head()) == null ? p.head() : -1;
    }
}
