package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/** Reads the events of one sentence: each trigger word, with the arguments its clause gives it. */
final class SentenceReading {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
            "these", "those", "'s", "any", "further", "new", "planned", "first", "latest");
    private static final Set<String> ANAPHORIC = Set.of("the", "these", "those", "its", "their", "more", "such");
    /** Plain nouns that, after "the" or "these", stand for the system last named ("the jets were supplied by Denmark"). */
    private static final Set<String> SYSTEM_NOUNS = Set.of("jets", "jet", "aircraft", "planes", "fighters", "systems", "system",
            "tanks", "howitzers", "launchers", "missiles", "batteries", "drones", "vehicles", "guns", "helicopters", "ships", "units");

    final DocumentReading doc;
    final SentenceMentions sm;
    final Sentence s;
    final Clauses c;
    final Modality mod;

    SentenceReading(DocumentReading doc, SentenceMentions sm) {
        this.doc = doc;
        this.sm = sm;
        this.s = sm.sentence();
        this.c = new Clauses(sm, doc.index);
        this.mod = new Modality(c, doc, s.headline());
    }

    void run() {
        Statements statements = new Statements(this);
        Signings signings = new Signings(this);
        for (int t = 0; t < c.size(); t++) {
            Mention m = c.mentionAt(t);
            if (m != null && m.kind() == Mention.Kind.ENTITY) continue;
            Token tok = c.token(t);
            String lemma = tok.lemma();
            boolean nominal = nominal(t);
            if (lemma.equals("take") && c.lower(t + 1).equals("delivery")) supply(t + 1, true);
            // "Serbia signed for 12 Rafale fighters": signing for systems buys them.
            else if (lemma.equals("sign") && c.lower(t + 1).equals("for") && c.token(t).tag().equals("VERB")) supply(t, true);
            else if (!nominal && (Lexicon.DEPLOY.contains(lemma) || Lexicon.ARRIVE.contains(lemma))) deployOrSupply(t);
            // "Benin has offered some 2,000 troops": forces pledged are a deployment promised.
            else if (!nominal && Lexicon.PLEDGE.contains(lemma) && c.personnel(t + 1, c.clauseEnd(t)) != null) deployOrSupply(t);
            else if (!nominal && Lexicon.SUPPLY.contains(lemma)) supply(t, false);
            else if (!nominal && Lexicon.RECEIVE.contains(lemma)) supply(t, true);
            else if (!nominal && (Lexicon.HAVE_FORCES.contains(lemma) || Lexicon.FORCES_STAY.contains(lemma))) presence(t);
            else if (nominal && Lexicon.DEPLOY_NOUNS.contains(tok.lower())) deploymentNoun(t);
            else if (nominal && Lexicon.SUPPLY_NOUNS.contains(tok.lower())) supplyNoun(t);
            else if (!nominal && Lexicon.INCLUDE.contains(lemma)) inclusion(t);
            if (Lexicon.TRAIN.contains(lemma) || Lexicon.TRAIN_NOUNS.contains(tok.lower())) {
                // "travelled to Russia to train": an infinitive of purpose reads like "for training".
                boolean purpose = c.lower(t - 1).equals("to") && tok.lower().equals("train") && c.subject(t, c.clauseStart(t)) == null;
                training(t, purpose || nominal || tok.lower().equals("training") && !verbalTraining(t));
            }
            if (Lexicon.GIVEN.contains(tok.lower())) suppliedBy(t);
            if (Lexicon.SIGN.contains(lemma) || Lexicon.SIGN_NOUNS.contains(tok.lower())) signings.signing(t);
            else if (Lexicon.TREATY_NOUNS.contains(lemma) && c.mentionAt(t) == null) signings.titled(t);
            if (Lexicon.JOIN.contains(lemma) && !nominal) signings.joining(t);
            if (!nominal) statements.statement(t);
        }
        signings.namedTreaties();
    }

    /** A trigger used as a noun: after a determiner or possessive ("the deployment", "Germany's delivery"). */
    boolean nominal(int t) {
        Token tok = c.token(t);
        if ((tok.tag().equals("NOUN") || tok.tag().equals("PROPN")) && (Lexicon.DEPLOY_NOUNS.contains(tok.lower())
                || Lexicon.SUPPLY_NOUNS.contains(tok.lower()) || Lexicon.TRAIN_NOUNS.contains(tok.lower()))) return true;
        return DETERMINERS.contains(c.lower(t - 1));
    }

    private boolean verbalTraining(int t) {
        String prev = c.lower(t - 1);
        return Set.of("is", "are", "was", "were", "been", "be", "'re", "begun", "began", "start", "started", "continue", "continued").contains(prev)
                && !c.lower(t + 1).equals("of");
    }

    // ---- shared argument readers ---------------------------------------------------------

    /** The actor that did it: the clause's subject; a pronoun stands for the actor named before it. */
    Entity subjectState(int t, int start) {
        List<Entity> all = subjectStates(t, start);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every actor of the clause's subject ("Norway and Belgium have pledged"), or the antecedent of a pronoun. */
    List<Entity> subjectStates(int t, int start) {
        List<Entity> out = new ArrayList<>();
        for (Clauses.Actor a : c.subjects(t, start)) {
            doc.rememberSubject(a.entity(), s.block());
            Entity e = doc.stateOf(a.entity());
            if (e != null && !out.contains(e)) out.add(e);
        }
        // "Japan, which is also buying Tomahawks": a relative clause's subject is what it is about.
        if (out.isEmpty() && c.afterCommaRelative(start)) {
            Mention before = c.mentionAt(start - 3);
            Clauses.Actor a = c.actorAt(before);
            Entity e = a == null ? null : doc.stateOf(a.entity());
            if (e != null) out.add(e);
        }
        if (out.isEmpty() && c.pronounSubject(t, start)) {
            Entity antecedent = pronounAntecedent(start);
            if (antecedent != null) out.add(antecedent);
        }
        return out;
    }

    /** "India is becoming an exporter: it handed ...": an actor earlier in the sentence, else the previous sentence's subject. */
    private Entity pronounAntecedent(int start) {
        Clauses.Actor a = c.subject(start, 0);
        if (a != null) return doc.stateOf(a.entity());
        return doc.stateOf(doc.previousSubject != null ? doc.previousSubject : doc.lastSubject);
    }

    /** "by Moscow", "by Denmark and the Netherlands". */
    List<Entity> agents(int t, int end) {
        List<Entity> out = states(c.afterWordAll(t + 1, end, Set.of("by"), false));
        // "six of them donated by Russia in 2017 and four by Belarus": a gapped second agent after "and".
        for (int k = t + 2; !out.isEmpty() && k + 2 < end; k++) {
            if (!c.lower(k).equals("and") || c.mentionAt(k + 1) == null || c.mentionAt(k + 1).kind() != Mention.Kind.NUMBER) continue;
            int by = c.mentionAt(k + 1).last();
            if (!c.lower(by).equals("by")) continue;
            for (Entity e : states(c.afterWordAll(by, end, Set.of("by"), false))) if (!out.contains(e)) out.add(e);
        }
        return out;
    }

    /** Where forces go or are: "to X", "into X", "in X", "to support X"; a list gives several. */
    List<Entity> places(int t, int end) {
        List<Entity> out = states(c.afterWordAll(t + 1, end, Lexicon.DESTINATION, false));
        if (out.isEmpty()) out = states(c.afterWordAll(t + 1, end, Lexicon.LOCATION, false));
        if (out.isEmpty()) out = states(c.afterWordAll(t + 1, end, Lexicon.HELP, true));
        if (!out.isEmpty()) {
            doc.lastPlaces = out;
            doc.lastPlacesBlock = s.block();
        } else if (there(t, end) && doc.lastPlacesBlock == s.block()) {
            // "Ukrainian soldiers are trained there": the places named just before.
            out = doc.lastPlaces;
        } else {
            out = theCountry(t, end);
        }
        return out;
    }

    /**
     * "About 1,000 American troops remain in the country": the state the sentence before put something in, else the one
     * it was about (its first actor), when "the country" follows a preposition of place in (t, end).
     */
    private List<Entity> theCountry(int t, int end) {
        for (int k = Math.max(0, t + 1); k + 2 < end; k++) {
            if (!(Lexicon.DESTINATION.contains(c.lower(k)) || Lexicon.LOCATION.contains(c.lower(k)))) continue;
            if (!c.lower(k + 1).equals("the")) continue;
            // "in the country", "to the island nation", "in the Gulf kingdom": a word or two may describe it.
            int noun = k + 2;
            while (noun < Math.min(end - 1, k + 4) && !COUNTRY_NOUNS.contains(c.lower(noun)) && c.mentionAt(noun) == null
                    && (c.token(noun).tag().equals("ADJ") || c.token(noun).tag().equals("NOUN") || c.token(noun).tag().equals("PROPN"))) noun++;
            // "in the occupied north of the island": a part of it first.
            if (noun + 2 < end && c.lower(noun).equals("of") && c.lower(noun + 1).equals("the")) noun += 2;
            if (noun >= end || !COUNTRY_NOUNS.contains(c.lower(noun))) continue;
            // The place the last sentence put something in, else the state it was about (not a person's home state).
            Entity e = doc.previousPlace != null ? doc.previousPlace
                    : doc.previousSubject != null && doc.previousSubject.type() == EntityType.STATE ? doc.previousSubject : null;
            return e != null && e.type() == EntityType.STATE ? List.of(e) : List.of();
        }
        return List.of();
    }

    /** What forces guard of a state: "patrol Somali waters", "police Baltic airspace". */
    private static final Set<String> TERRITORY_NOUNS = Set.of("waters", "airspace", "skies", "coast", "coastline", "border", "borders", "seas");

    /** "Turkish naval forces will patrol Somali waters": the state whose waters or airspace forces guard, as a place. */
    private List<Entity> patrolled(int t, int end) {
        if (!Lexicon.PATROL.contains(c.token(t).lemma())) return List.of();
        int k = c.lower(t + 1).equals("the") ? t + 2 : t + 1;
        Mention m = k < end ? c.mentionAt(k) : null;
        if (m == null || m.entity() == null || m.last() >= end || !TERRITORY_NOUNS.contains(c.lower(m.last()))) return List.of();
        Entity state = doc.stateOf(m.entity());
        return state != null && state.type() == EntityType.STATE ? List.of(state) : List.of();
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "archipelago", "island");

    /** "there" in (t, end) standing for a place said before; not the "there" of "there are". */
    private boolean there(int t, int end) {
        for (int k = Math.max(0, t + 1); k < end; k++) {
            if (c.lower(k).equals("there") && !c.token(k + 1).lemma().equals("be") && !c.token(k + 1).lemma().equals("have")) return true;
        }
        return false;
    }

    /** The states of actors; organisations ("to the NATO battlegroup") are not places. */
    List<Entity> states(List<Clauses.Actor> actors) {
        List<Entity> out = new ArrayList<>();
        for (Clauses.Actor a : actors) {
            Entity e = doc.stateOf(a.entity());
            if (e != null && e.type() == EntityType.STATE && !out.contains(e)) out.add(e);
        }
        return out;
    }

    /** "Germany's delivery", "Russia's deployment". */
    Entity possessor(int t) {
        int k = t - 1;
        while (k >= 0 && (c.token(k).tag().equals("ADJ") || c.lower(k).equals("planned") || c.lower(k).equals("military") || c.lower(k).equals("earlier"))) k--;
        // "Australia's" may be one token, the possessive kept on the name.
        Mention own = k >= 0 && c.token(k).hasPossessive() ? c.mentionAt(k) : null;
        if (own != null && own.entity() != null) return doc.stateOf(own.entity());
        if (k < 1 || !c.lower(k).equals("'s")) return null;
        Mention m = c.mentionAt(k - 1);
        return m == null || m.entity() == null ? null : doc.stateOf(m.entity());
    }

    /** "the North Korean deployment": a state or demonym right before the noun. */
    private Entity modifier(int t) {
        Mention m = c.mentionAt(t - 1);
        return m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.last() == t ? doc.stateOf(m.entity()) : null;
    }

    Entity inheritedSubject() {
        return doc.lastSubject != null && doc.lastSubjectBlock == s.block() ? doc.stateOf(doc.lastSubject) : null;
    }

    boolean hasOwnCue(int t) {
        for (int k = 0; k < t; k++) {
            String w = c.lower(k);
            if (Lexicon.REPORT.contains(w) || Lexicon.ALLEGE.contains(w) || Lexicon.UNVERIFIED.contains(w)) return true;
        }
        return false;
    }

    /** A sentence that continues the one before without a subject of its own ("This policy shift could include sending ...") keeps its source's certainty. */
    void inheritFactuality(Draft d) {
        Draft last = null;
        for (Draft x : doc.drafts.values()) {
            if (x.evidence.stream().anyMatch(e -> e.block() == s.block() && e.index() < s.index())) last = x;
        }
        if (last != null && last.kind != EventKind.STATEMENT && last.kind != EventKind.TENURE) d.factuality = d.factuality.doubt(last.factuality);
    }

    // ---- deployments ------------------------------------------------------------------

    private void deployOrSupply(int t) {
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        if (mod.negated(t, start)) return;
        boolean passive = passive(t) || Lexicon.ARRIVE.contains(c.token(t).lemma());
        // "would transfer Mirage jets to Ukraine and train Ukrainian pilots": the object ends where the next verb begins.
        Clauses.Personnel p = passive ? c.personnel(start, t) : c.personnel(t + 1, predicateEnd(t, end));
        if (p == null) p = c.personnel(passive ? t + 1 : start, passive ? end : t);
        if (p == null) p = personnelBeforeRelative(start);
        if (p == null) {
            if (Lexicon.SUPPLY.contains(c.token(t).lemma())) supply(t, false);
            return;
        }
        // "no American combat troops would be deployed": forces counted as none are not sent.
        if (c.lower(p.first()).equals("no") || c.lower(p.first() - 1).equals("no")) return;
        // "The Bahamas, Jamaica and Belize have pledged personnel": each state of the subject sends.
        List<Entity> senders = passive ? new ArrayList<>() : new ArrayList<>(subjectStates(t, start));
        Entity agent = passive ? first(agents(t, end)) : null;
        if (senders.isEmpty() && agent != null) senders.add(agent);
        if (senders.isEmpty() && p.nationality() != null) senders.add(p.nationality());
        List<Entity> hosts = places(t, end);
        if (hosts.isEmpty() && passive) hosts = places(p.last() - 1, end);
        // "troops had reached Russia's Kursk region": what is reached is the place.
        if (hosts.isEmpty() && c.token(t).lemma().equals("reach")) hosts = states(c.afterWordAll(t, end, Set.of(c.lower(t)), false));
        // "Benin has offered some 2,000 troops": a pledge of forces with no place named is for the mission just reported.
        if (hosts.isEmpty() && Lexicon.PLEDGE.contains(c.token(t).lemma()) && doc.lastDeployment != null && doc.lastDeployment.counterpart != null
                && !senders.contains(doc.lastDeployment.counterpart)) hosts = List.of(doc.lastDeployment.counterpart);
        boolean inherited = false;
        if (senders.isEmpty()) {
            Entity i = inheritedSubject();
            inherited = i != null;
            if (inherited) senders.add(i);
        }
        List<Clauses.Personnel> groups = groups(p, passive ? t : predicateEnd(t, end));
        for (Entity sender : senders.isEmpty() ? java.util.Collections.<Entity>singletonList(null) : senders) {
            for (int g = 0; g < groups.size(); g++) {
                Clauses.Personnel group = groups.get(g);
                for (Entity host : hosts.isEmpty() ? java.util.Collections.<Entity>singletonList(null) : hosts) {
                    Draft d = deployment(sender, host, group, t, start);
                    // "troops, and possibly pilots": a hedge on one group of the list.
                    if (g > 0 && hedged(groups.get(g - 1).last(), group.last() - 1)) d.factuality = d.factuality.doubt(Factuality.ALLEGED);
                    if (inherited && !hasOwnCue(t)) inheritFactuality(d);
                    placeDeployment(d);
                }
            }
        }
    }

    /** "troops that …", "Israeli troops, who …": the forces a relative clause starting at start is about, or null. */
    private Clauses.Personnel personnelBeforeRelative(int start) {
        return start > 0 && Lexicon.RELATIVES.contains(c.lower(start - 1)) ? c.personnel(Math.max(0, start - 8), start - 1) : null;
    }

    /** A deployment of the people p from sender to host, with the stage and factuality the verb at t gives it. */
    private Draft deployment(Entity sender, Entity host, Clauses.Personnel p, int t, int start) {
        Draft d = new Draft(EventKind.DEPLOYMENT);
        d.personnel = p.noun();
        d.troops = p.count();
        d.actor = sender;
        d.counterpart = host;
        mod.apply(d, t, start);
        return d;
    }

    /** Adds a deployment read in this sentence, merged with the one just read if it is the same. */
    private void placeDeployment(Draft d) {
        d.addEvidence(s);
        Draft placed = doc.place(d, doc.lastDeployment);
        if (placed != null) doc.lastDeployment = placed;
    }

    /** Adds an arms transfer read in this sentence, merged with the one just read if it is the same. */
    private void placeTransfer(Draft d) {
        d.addEvidence(s);
        Draft placed = doc.place(d, doc.lastTransfer);
        if (placed != null) doc.lastTransfer = placed;
    }

    /** "1,000 deminers and several thousand construction workers": each group of people joined to the first, up to end. */
    private List<Clauses.Personnel> groups(Clauses.Personnel first, int end) {
        List<Clauses.Personnel> out = new ArrayList<>(List.of(first));
        int k = first.last();
        while (k < end && (c.lower(k).equals("and") || c.lower(k).equals(","))) {
            Clauses.Personnel next = c.personnel(k + 1, Math.min(end, k + 7));
            if (next == null || next.first() > k + 3 || next.noun().equals(out.get(out.size() - 1).noun()) && next.count() == null) break;
            out.add(next);
            k = next.last();
        }
        return out;
    }

    private boolean hedged(int from, int to) {
        for (int k = from; k < to; k++) if (Set.of("possibly", "perhaps", "maybe", "probably", "allegedly").contains(c.lower(k))) return true;
        return false;
    }

    /** Where the predicate of the verb at t ends: before "and" or "or" and another verb, else at end. */
    private int predicateEnd(int t, int end) {
        for (int k = t + 2; k + 1 < end; k++) {
            if ((c.lower(k).equals("and") || c.lower(k).equals("or")) && c.token(k + 1).tag().equals("VERB")) return k;
        }
        return end;
    }

    /**
     * Forces that are somewhere: "The United States has about 28,500 troops in South Korea" (the subject's forces, in the
     * place after "in"), "Russian troops remain in Transnistria" (the subject is the forces). Going on unless the verb is past.
     */
    private void presence(int t) {
        if (!c.token(t).tag().equals("VERB")) return;
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        if (mod.negated(t, start)) return;
        boolean stay = Lexicon.FORCES_STAY.contains(c.token(t).lemma());
        Clauses.Personnel p = stay ? c.personnel(start, t) : c.personnel(t + 1, Math.min(end, t + 8));
        // "Israeli troops, who have been fighting in southern Lebanon": the forces a relative clause is about.
        if (p == null && stay) p = personnelBeforeRelative(start);
        if (p == null) return;
        Entity sender = stay ? p.nationality() : subjectState(t, start);
        if (sender == null) sender = p.nationality();
        List<Entity> hosts = states(c.afterWordAll(stay ? t + 1 : p.last(), end, Lexicon.LOCATION, false));
        if (hosts.isEmpty()) hosts = theCountry(stay ? t : p.last() - 1, end);
        if (hosts.isEmpty() && stay) hosts = patrolled(t, end);
        if (sender == null || hosts.isEmpty() || hosts.contains(sender)) return;
        for (Entity host : hosts) {
            Draft d = deployment(sender, host, p, t, start);
            if (d.stage == Stage.COMPLETED && !c.past(t)) d.stage = Stage.ONGOING;
            placeDeployment(d);
        }
    }

    /** A deployment named as a noun: "the deployment of North Korean forces", "Russia's deployment to Belarus". */
    private void deploymentNoun(int t) {
        int end = c.clauseEnd(t);
        Clauses.Personnel p = c.lower(t + 1).equals("of") ? c.personnel(t + 2, Math.min(end, t + 9)) : null;
        Draft d = new Draft(EventKind.DEPLOYMENT);
        d.personnel = p != null ? p.noun() : null;
        d.troops = p != null ? p.count() : null;
        Entity sender = possessor(t);
        if (sender == null) sender = modifier(t);
        d.actor = sender != null ? sender : p != null ? p.nationality() : null;
        d.counterpart = first(places(t, end));
        if (d.counterpart == null) d.counterpart = first(theCountry(t, end));
        mod.apply(d, t, c.clauseStart(t));
        // "the continued presence of 40,000 troops": a presence goes on.
        if (c.lower(t).equals("presence") && d.stage == Stage.COMPLETED) d.stage = Stage.ONGOING;
        placeDeployment(d);
    }

    boolean passive(int t) {
        if (!c.past(t)) return false;
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            String w = c.lower(k);
            if (Set.of("is", "are", "was", "were", "been", "be", "being").contains(w)) return true;
            if (!(c.token(k).tag().equals("ADV") || w.equals("not") || w.equals("reportedly") || w.equals("also"))) break;
        }
        // "MiG-29s, six of them donated by Russia": a participle after a share of what was named.
        if (t >= 2 && c.lower(t - 2).equals("of") && Set.of("them", "which", "whom").contains(c.lower(t - 1))) return true;
        // "a treaty signed in June", "troops stationed in Korea": a participle right after its noun.
        if (t == 0 || !(c.token(t - 1).tag().equals("NOUN") || c.token(t - 1).tag().equals("PROPN"))) return false;
        Clauses.Actor a = c.subject(t, c.clauseStart(t));
        return a == null || a.last() < t - 1;
    }

    // ---- arms transfers ---------------------------------------------------------------

    void supply(int t, boolean receive) {
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        if (mod.negated(t, start)) return;
        // "offered to help Indonesia set up …", "pledged to deliver …": the verb after "to" is the act, if any.
        if (c.lower(t + 1).equals("to") && c.token(t + 2).tag().equals("VERB")) return;
        boolean passive = passive(t);
        // "A U.S. Army battery equipped with the Typhon": what a unit is equipped with it has; only "equipped by X" gives.
        if (passive && c.token(t).lemma().equals("equip") && c.lower(t + 1).equals("with")) return;
        // "Japan, which is also buying Tomahawks, already flies the F-35": the relative clause ends at its comma.
        if (c.afterCommaRelative(start)) {
            for (int k = t + 1; k < end; k++) {
                if (c.lower(k).equals(",")) {
                    end = k;
                    break;
                }
            }
        }
        // "the 24 Rafale aircraft delivered to Greece by France and the F-16 fleet": a participle right after the systems
        // is about them, whatever is named after it.
        Mention before = c.mentionAt(t - 1);
        boolean reduced = passive && (before != null && (before.isEntity(EntityType.WEAPON) || before.kind() == Mention.Kind.CATEGORY)
                || SYSTEM_NOUNS.contains(c.lower(t - 1)));
        List<Entity> systems = reduced ? systems(phraseBefore(t, start), t) : systems(t + 1, end);
        if (systems.isEmpty()) systems = reduced ? systems(t + 1, end) : passive ? systems(start, t) : systems;
        boolean relative = systems.isEmpty() && !passive;
        if (relative) systems = relativeAntecedents(start);
        relative &= !systems.isEmpty();
        if (systems.isEmpty() && receive) receivedForces(t, start, end);
        if (systems.isEmpty()) return;
        List<Entity> suppliers = new ArrayList<>();
        Entity recipient;
        List<Entity> subjects = passive ? List.of() : subjectStates(t, start);
        Entity subject = subjects.isEmpty() ? null : subjects.get(0);
        if (receive) {
            recipient = subject;
            suppliers.addAll(states(c.afterWordAll(t + 1, end, Set.of("from"), false)));
            // "received shipments of Iranian Fath-360 missiles": with no "from", the systems' nationality is where they came from.
            if (suppliers.isEmpty()) {
                Entity origin = demonymBefore(t + 1, end);
                if (origin != null && !origin.equals(recipient)) suppliers.add(origin);
            }
        } else {
            suppliers.addAll(subjects);
            if (passive) suppliers.addAll(agents(t, end));
            // "Australia's support, which has included … vehicles delivered to Ukraine": whose aid it is gives.
            if (suppliers.isEmpty() && passive) {
                Entity giver = aidGiver(t);
                if (giver != null) suppliers.add(giver);
            }
            recipient = recipient(t, end);
            // "Nineteen Danish F-16s have been pledged to Ukraine": with no one named, whose systems they are gives them.
            if (suppliers.isEmpty() && passive) {
                Entity owner = demonymBefore(start, t);
                if (owner != null && !owner.equals(recipient)) suppliers.add(owner);
            }
            // "… a Dornier aircraft that India gave the Maldives": with the thing given before it, the object is who got it.
            if (recipient == null && relative) recipient = directObjectState(t, end);
        }
        boolean inherited = false;
        if (suppliers.isEmpty() && !receive) {
            Entity i = inheritedSubject();
            if (i != null) {
                suppliers.add(i);
                inherited = true;
            }
        }
        // "Poland operates 200 K9 howitzers delivered by South Korea": who holds what was delivered received it.
        if (recipient == null && passive) recipient = holder(start, t);
        if (recipient == null) recipient = recipientElsewhere(t);
        if (recipient == null && !suppliers.isEmpty()) recipient = elaborated(start, suppliers);
        if (recipient == null && !suppliers.isEmpty()) recipient = doc.lastRecipient;
        if (recipient != null) doc.lastRecipient = recipient;
        // Bought, or delivered under a contract, from no one named: from the maker's state.
        boolean purchase = receive && purchaseVerb(t) || suppliers.isEmpty() && underContract(t, end);
        for (Entity supplier : suppliers.isEmpty() ? java.util.Collections.<Entity>singletonList(null) : suppliers) {
            for (Entity system : systems) {
                Draft d = new Draft(EventKind.ARMS_TRANSFER);
                // "Israel will buy 25 more F-35s": bought from no one named is bought from the maker's state.
                d.actor = supplier == null && purchase ? makerState(system, recipient) : supplier;
                d.counterpart = recipient;
                d.system = system;
                mod.apply(d, t, start);
                // "It ordered 42 Rafale jets in 2022": a purchase made is a delivery to come.
                // But systems "bought from Israel from 1989 onward", a participle after them, are had.
                if (receive && purchaseVerb(t) && d.stage == Stage.COMPLETED && !(passive && c.token(t).lemma().equals("buy"))) d.stage = Stage.PLANNED;
                if (inherited && !hasOwnCue(t)) inheritFactuality(d);
                placeTransfer(d);
            }
        }
    }

    /**
     * "two Dhruv helicopters and a Dornier aircraft that India gave the Maldives": the systems a relative clause starting at
     * start follows, when the words right before its "that" or "which" name them.
     */
    private List<Entity> relativeAntecedents(int start) {
        if (start < 2 || !Set.of("that", "which").contains(c.lower(start - 1))) return List.of();
        Mention before = c.mentionAt(start - 2);
        boolean named = before != null && (before.isEntity(EntityType.WEAPON) || before.kind() == Mention.Kind.CATEGORY)
                || SYSTEM_NOUNS.contains(c.lower(start - 2));
        if (!named) return List.of();
        return c.weapons(c.clauseStart(start - 1), start - 1);
    }

    /** The state named right after a verb at t ("gave the Maldives …"), or null. */
    private Entity directObjectState(int t, int end) {
        int k = c.lower(t + 1).equals("the") ? t + 2 : t + 1;
        Clauses.Actor object = k < end ? c.actorAt(c.mentionAt(k)) : null;
        return object == null ? null : doc.stateOf(object.entity());
    }

    /** The start of the noun phrase (or list of them) that ends right before t: "the 24 Rafale aircraft", "K2 tanks and K9 howitzers". */
    private int phraseBefore(int t, int start) {
        int k = t - 1;
        while (k >= start) {
            Mention m = c.mentionAt(k);
            String tag = c.token(k).tag();
            boolean part = m != null && (m.isEntity(EntityType.WEAPON) || m.kind() == Mention.Kind.CATEGORY || m.kind() == Mention.Kind.NUMBER)
                    || tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("PROPN") || tag.equals("NOUN") || c.lower(k).equals("and")
                    || c.lower(k).equals(",") || SYSTEM_NOUNS.contains(c.lower(k));
            if (!part) break;
            k = m != null ? m.first() - 1 : k - 1;
        }
        // "FK-3 air defence": a designation the tagger took for something else still heads the phrase.
        if (k >= start && c.token(k).isCapitalized() && c.mentionAt(k) == null) k--;
        return k + 1;
    }

    /** "bought", "ordered", "signed for": a verb of buying at t. */
    private boolean purchaseVerb(int t) {
        return Lexicon.PURCHASE.contains(c.token(t).lemma()) || c.token(t).lemma().equals("sign") && c.lower(t + 1).equals("for");
    }

    /**
     * "Pakistan's air force flew Chinese-supplied J-10C fighters": a demonym joined to "supplied" before systems names
     * their supplier, and the subject that has them their recipient. ("Chinese-made" names only the maker.)
     */
    private void suppliedBy(int t) {
        Mention demonym = c.mentionAt(t - 2);
        if (!c.lower(t - 1).equals("-") || demonym == null || demonym.aliasKind() != AliasKind.DEMONYM) return;
        Entity supplier = doc.stateOf(demonym.entity());
        int start = c.clauseStart(t);
        List<Entity> systems = c.weapons(t + 1, Math.min(c.clauseEnd(t), t + 4));
        Entity recipient = subjectState(demonym.first(), start);
        if (supplier == null || recipient == null || supplier.equals(recipient) || systems.isEmpty()) return;
        for (Entity system : systems) {
            Draft d = new Draft(EventKind.ARMS_TRANSFER);
            d.actor = supplier;
            d.counterpart = recipient;
            d.system = system;
            d.stage = Stage.COMPLETED;
            d.factuality = Factuality.CONFIRMED;
            placeTransfer(d);
        }
    }

    /** The state of the subject of a verb of having before t ("Poland operates …", "the army fields …"), or null. */
    private Entity holder(int start, int t) {
        for (int k = t - 1; k >= start; k--) {
            Token v = c.token(k);
            // Taggers read a short "Poland operates …" as a noun; an -s form after a name is still the verb.
            boolean verb = v.tag().equals("VERB") || v.lower().endsWith("s") && k > 0 && c.mentionAt(k - 1) != null;
            if (verb && Lexicon.HOLD.contains(v.lemma())) return subjectState(k, start);
        }
        return null;
    }

    /** "delivered under a framework agreement", "under the 2022 contract": a sale. */
    private boolean underContract(int t, int end) {
        for (int k = t + 1; k < Math.min(end, t + 3); k++) {
            if (!c.lower(k).equals("under")) continue;
            for (int j = k + 1; j < Math.min(end, k + 5); j++) if (Lexicon.CONTRACT_NOUNS.contains(c.lower(j))) return true;
        }
        return false;
    }

    /** The state that makes a system, when it is not the buyer: whom a purchase with no seller named is from. */
    private Entity makerState(Entity system, Entity buyer) {
        Entity maker = system.state() == null ? null : doc.index.entity(system.state());
        return maker != null && maker.type() == EntityType.STATE && !maker.equals(buyer) ? maker : null;
    }

    /**
     * "The package also includes Javelin anti-tank missiles": more systems of the transfer just read, from the same
     * supplier to the same recipient, as far along.
     */
    private void inclusion(int t) {
        Draft last = doc.lastTransfer;
        if (last == null || !c.token(t).tag().equals("VERB")) return;
        int start = c.clauseStart(t);
        boolean aboutIt = false;
        for (int k = start; k < t; k++) {
            aboutIt |= Lexicon.SUPPLY_NOUNS.contains(c.lower(k)) || c.lower(k).equals("it") || c.lower(k).equals("deal");
            // "The tanks will be accompanied by …": the systems just named, by their category.
            Mention m = c.mentionAt(k);
            aboutIt |= m != null && m.kind() == Mention.Kind.CATEGORY && k > 0 && ANAPHORIC.contains(c.lower(k - 1));
        }
        if (!aboutIt) return;
        for (Entity system : c.weapons(t + 1, c.clauseEnd(t))) {
            if (system.equals(last.system)) continue;
            Draft d = new Draft(EventKind.ARMS_TRANSFER);
            d.actor = last.actor;
            d.counterpart = last.counterpart;
            d.system = system;
            d.stage = last.stage;
            d.factuality = last.factuality;
            d.attributedTo = last.attributedTo;
            d.addEvidence(s);
            doc.place(d, last);
        }
    }

    /** "North Korea received 2,000 troops from Turkey": forces received are forces deployed to the receiver. */
    private void receivedForces(int t, int start, int end) {
        Clauses.Personnel p = c.personnel(t + 1, end);
        if (p == null) return;
        Entity host = subjectState(t, start);
        Entity sender = first(states(c.afterWordAll(t + 1, end, Set.of("from"), false)));
        if (sender == null) sender = p.nationality();
        if (host == null || sender == null) return;
        placeDeployment(deployment(sender, host, p, t, start));
    }

    /** The state of a demonym standing right before a weapon system in [from, to) ("Iranian Fath-360 missiles"), or null. */
    private Entity demonymBefore(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            Mention m = c.mentionAt(k);
            if (m == null || m.aliasKind() != AliasKind.DEMONYM || m.last() >= to) continue;
            Mention next = c.mentionAt(m.last());
            if (next != null && next.entity() != null && next.entity().type() == EntityType.WEAPON) return doc.stateOf(m.entity());
        }
        return null;
    }

    /** "Australia's earlier support", "Germany's military aid": the possessor of an aid noun before t in this sentence. */
    private Entity aidGiver(int t) {
        for (int k = 0; k < t; k++) {
            if (!Lexicon.AID_NOUNS.contains(c.lower(k))) continue;
            Entity giver = possessor(k);
            if (giver != null) return giver;
        }
        return null;
    }

    /** Weapons named in [from, to), or "the jets" / "more" standing for the last system named. */
    private List<Entity> systems(int from, int to) {
        List<Entity> found = c.weapons(from, to);
        if (!found.isEmpty() || doc.lastWeapon == null) return found;
        for (int k = from; k < to; k++) {
            Mention m = c.mentionAt(k);
            // "its aircraft carrier" is a ship, not the aircraft last named.
            boolean category = (m != null && m.kind() == Mention.Kind.CATEGORY || m == null && SYSTEM_NOUNS.contains(c.lower(k)))
                    && !c.lower(k + 1).startsWith("carrier");
            if ((category && k > 0 && ANAPHORIC.contains(c.lower(k - 1))) || (c.lower(k).equals("more") && (k + 1 >= to || c.token(k + 1).isPunct()))) {
                return List.of(doc.lastWeapon);
            }
        }
        return found;
    }

    /** "to Ukraine", or "supply Ukraine with ...". */
    private Entity recipient(int t, int end) {
        List<Entity> to = states(c.afterWordAll(t + 1, end, Lexicon.DESTINATION, false));
        if (!to.isEmpty()) return to.get(0);
        Clauses.Actor direct = c.actorAt(c.mentionAt(t + 1));
        if (direct == null && c.lower(t + 1).equals("the")) direct = c.actorAt(c.mentionAt(t + 2));
        if (direct != null && !c.lower(direct.last()).equals("'s") && (c.lower(direct.last()).equals("with") || !c.weapons(direct.last(), end).isEmpty())) {
            return doc.stateOf(direct.entity());
        }
        return null;
    }

    /**
     * "Moldova is modernising its small army: Germany has delivered Piranha carriers": after a colon that elaborates, the
     * subject of the clause before it is the one the supplies are for, if it is not a supplier.
     */
    private Entity elaborated(int start, List<Entity> suppliers) {
        if (start < 2 || !c.lower(start - 1).equals(":")) return null;
        Entity before = subjectState(start - 1, c.clauseStart(start - 1));
        return before != null && before.type() == EntityType.STATE && !suppliers.contains(before) ? before : null;
    }

    /** The recipient another supply verb of the same sentence names: "refrained from supplying weapons to Ukraine, ... consider providing K9s". */
    private Entity recipientElsewhere(int t) {
        for (int k = 0; k < c.size(); k++) {
            if (k == t || !(Lexicon.SUPPLY.contains(c.token(k).lemma()) || Lexicon.SUPPLY_NOUNS.contains(c.lower(k)))) continue;
            Entity e = recipient(k, c.clauseEnd(k));
            if (e != null) return e;
        }
        return null;
    }

    /** "Germany's delivery of IRIS-T systems to Ukraine", "approved a sale to Taipei that includes NASAMS". */
    private void supplyNoun(int t) {
        int end = sentenceEnd(t);
        List<Entity> systems = c.weapons(t + 1, end);
        if (systems.isEmpty()) return;
        if (Lexicon.PURCHASE_NOUNS.contains(c.lower(t))) {
            purchaseNoun(t, end, systems);
            return;
        }
        Entity supplier = possessor(t);
        if (supplier == null) supplier = first(states(c.afterWordAll(t + 1, end, Set.of("by", "from"), false)));
        int governor = governingVerb(t);
        // "Denmark and Argentina sign contract for the sale of …": with two parties the seller is not the subject.
        List<Entity> governors = supplier == null && governor >= 0 ? subjectStates(governor, c.clauseStart(governor)) : List.of();
        if (governors.size() == 1) supplier = governors.get(0);
        Entity recipient = recipient(t, end);
        // "an aid package for Ukraine, including Bradley fighting vehicles".
        if (recipient == null) recipient = first(states(c.afterWordAll(t + 1, end, Set.of("for"), false)));
        for (Entity system : systems) {
            Draft d = new Draft(EventKind.ARMS_TRANSFER);
            d.actor = supplier;
            d.counterpart = recipient;
            d.system = system;
            mod.apply(d, t, c.clauseStart(t));
            // "announced an aid package", "approved a sale": the governing verb tells how far it has gone.
            if (governor >= 0) {
                d.stage = Lexicon.ANNOUNCE.contains(c.token(governor).lemma()) ? Stage.ANNOUNCED : mod.stage(governor, c.clauseStart(governor));
                d.weakStage = false;
            }
            placeTransfer(d);
        }
    }

    /**
     * "Poland added an order for 218 Chunmoo launchers", "India's purchase of S-400 systems from Russia": the one who orders
     * or buys receives; the seller is named after "from", else it is the maker's state.
     */
    private void purchaseNoun(int t, int end, List<Entity> systems) {
        Entity buyer = possessor(t);
        // "the acquisition of twenty F-35A aircraft for the Hellenic Air Force": whom it is for buys.
        if (buyer == null && Set.of("acquisition", "purchase", "purchases").contains(c.lower(t))) {
            buyer = first(states(c.afterWordAll(t + 1, end, Set.of("for"), false)));
        }
        int verb = -1;
        for (int k = t - 1; buyer == null && verb < 0 && k >= Math.max(0, t - 6); k--) {
            if (c.lower(k).equals(",") || c.lower(k).equals(";")) break;
            if (c.token(k).tag().equals("VERB")) verb = k;
        }
        List<Entity> signers = buyer == null && verb >= 0 ? subjectStates(verb, c.clauseStart(verb)) : List.of();
        if (buyer == null && !signers.isEmpty()) buyer = signers.get(0);
        if (buyer == null) return;
        Entity seller = first(states(c.afterWordAll(t + 1, end, Set.of("from", "with"), false)));
        for (Entity system : systems) {
            Entity from = seller != null ? seller : makerState(system, buyer);
            Entity to = buyer;
            // "Denmark and Argentina signed a contract for 24 F-16s": two parties, and only the maker tells which one sells.
            if (signers.size() >= 2 && seller == null) {
                Entity maker = system.state() == null ? null : doc.index.entity(system.state());
                if (signers.size() != 2 || !signers.contains(maker)) continue;
                from = maker;
                to = signers.get(0).equals(maker) ? signers.get(1) : signers.get(0);
            }
            Draft d = new Draft(EventKind.ARMS_TRANSFER);
            d.actor = from;
            d.counterpart = to;
            d.system = system;
            mod.apply(d, verb >= 0 ? verb : t, c.clauseStart(t));
            // An order placed is a delivery planned.
            if (d.stage == Stage.COMPLETED) d.stage = Stage.PLANNED;
            placeTransfer(d);
        }
    }

    /** "Washington approved a sale ...": the verb a supply noun is the object of, or -1. */
    private int governingVerb(int t) {
        for (int k = t - 1; k >= Math.max(0, t - 10); k--) {
            Token v = c.token(k);
            if (v.tag().equals("VERB") && Set.of("approve", "announce", "agree", "sign", "finalize", "finalise", "complete", "clear",
                    "authorize", "authorise", "unveil", "pledge", "send", "provide", "deliver").contains(v.lemma())) return k;
            if (c.lower(k).equals(",") || c.lower(k).equals(";")) break;
        }
        return -1;
    }

    private int sentenceEnd(int t) {
        for (int j = t + 1; j < c.size(); j++) if (c.lower(j).equals(";")) return j;
        return c.size();
    }

    // ---- training ---------------------------------------------------------------------

    private void training(int t, boolean nominal) {
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        if (mod.negated(t, start)) return;
        // Joint training or exercises between forces is not one side training the other.
        if (Set.of("joint", "combined", "bilateral", "multilateral").contains(c.lower(t - 1))) return;
        Clauses.Personnel p = c.personnel(start, end);
        Entity trainee;
        List<Entity> hosts;
        // "completed training in Hanoi with Australian instructors": the instructors' state trains, and those at home are trained.
        boolean byTrainers = p != null && p.noun().equals("instructors") && p.nationality() != null;
        if (byTrainers && (nominal || passive(t))) {
            trainee = subjectState(t, start);
            Entity place = first(places(start > 0 ? start - 1 : -1, end));
            if (trainee == null && place != null && !place.equals(p.nationality())) trainee = place;
            hosts = List.of(p.nationality());
        } else if (nominal || passive(t)) {
            trainee = p != null ? p.nationality() : null;
            if (trainee == null) trainee = subjectState(t, start);
            hosts = places(start > 0 ? start - 1 : -1, end);
            if (hosts.isEmpty()) hosts = agents(t, end);
            // "will receive training from the Kenyan contingent".
            if (hosts.isEmpty()) hosts = states(c.afterWordAll(t + 1, end, Set.of("from"), false));
        } else if (c.personnel(t + 1, end) == null && c.personnel(start, t) != null && c.personnel(start, t).nationality() != null
                && c.actorAt(c.mentionAt(t + 1)) == null) {
            // "Taiwanese soldiers trained on the system in the United States": the subject is trained.
            trainee = c.personnel(start, t).nationality();
            hosts = places(t, end);
        } else {
            // "Britain trains Ukrainian troops": the subject trains, the object's nationality is trained.
            Entity trainer = subjectState(t, start);
            // "Russian instructors are training …", "Instructors in Germany are training …": the trainers' nationality or place.
            Clauses.Personnel trainers = trainer == null ? c.personnel(start, t) : null;
            if (trainers != null) trainer = trainers.nationality() != null ? trainers.nationality() : first(places(start > 0 ? start - 1 : -1, t));
            Clauses.Personnel object = c.personnel(t + 1, end);
            trainee = object != null ? object.nationality() : null;
            if (trainee == null) {
                Clauses.Actor direct = c.actorAt(c.mentionAt(t + 1));
                trainee = direct != null ? doc.stateOf(direct.entity()) : null;
            }
            hosts = trainer != null ? List.of(trainer) : states(c.afterWordAll(t + 1, end, Lexicon.LOCATION, false));
        }
        // "The EU's mission runs training hubs": an organisation trains, but only a state's forces are trained.
        if (trainee != null && trainee.type() != EntityType.STATE) trainee = null;
        // "The marathon winner trained at altitude": no forces, no state, no pronoun for one; nothing military was said.
        if (trainee == null && hosts.isEmpty() && p == null && !nominal && !c.pronounSubject(t, start)) return;
        for (Entity host : hosts.isEmpty() ? java.util.Collections.<Entity>singletonList(null) : hosts) {
            Draft d = new Draft(EventKind.TRAINING);
            d.actor = trainee;
            d.counterpart = host;
            mod.apply(d, t, start);
            if (nominal && d.stage == Stage.COMPLETED && !c.past(t)) d.stage = Stage.ONGOING;
            // "completed their training", "finished training": done.
            for (int k = Math.max(0, t - 3); k < t; k++) {
                if (Set.of("complete", "finish", "conclude", "graduate").contains(c.token(k).lemma()) && c.past(k)) d.stage = Stage.COMPLETED;
            }
            d.addEvidence(s);
            Draft placed = doc.place(d, doc.lastTraining);
            if (placed != null) doc.lastTraining = placed;
        }
    }

    static Entity first(List<Entity> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
