package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;

/**
 * What a phrase refers to, as a role needs it: the state behind a name, capital, body, official or
 * demonym with a group noun ("South Korean officials"); a speaker; what a statement is about. Pronouns
 * and "the country" go to the {@link Discourse}. People sent somewhere are read by {@link Forces},
 * weapons systems by {@link Systems}.
 */
final class Referents {
    private final Syntax x;
    private final Discourse d;
    private final Lexicon lx;

    Referents(Syntax x, Discourse d, Lexicon lx) {
        this.x = x;
        this.d = d;
        this.lx = lx;
    }

    // ---- states ---------------------------------------------------------------------------------

    /** The states (or organisations) the phrases name, each once; with places, also the state a place lies in. */
    List<Entity> states(List<Phrase> ps, boolean places) {
        return states(ps, places, null);
    }

    /** As {@link #states(List, boolean)}; "the country" is not {@code avoid} (the actor, when a place is wanted). */
    List<Entity> states(List<Phrase> ps, boolean places, Entity avoid) {
        List<Entity> out = new ArrayList<>();
        for (Phrase p : ps) {
            List<Entity> many = plural(p);
            if (!many.isEmpty()) {
                for (Entity e : many) if (!out.contains(e)) out.add(e);
                continue;
            }
            Entity e = state(p, places, avoid);
            if (e != null && !out.contains(e)) out.add(e);
        }
        return out;
    }

    Entity state(Phrase p, boolean places) {
        return state(p, places, null);
    }

    /** "France, Sweden and Norway announced that they would send troops": a plural pronoun stands for every one of them. */
    private List<Entity> plural(Phrase p) {
        if (!p.pronoun()) return countedStates(p);
        if (!Set.of("they", "their", "them", "we", "our").contains(x.lower(p.first()))) return List.of();
        List<Phrase> subject = reporterSubject(p.first());
        // "Estonia and Latvia said Washington had cleared them to …": an object is never its own verb's subject, but may be
        // who reports the clause.
        List<Phrase> own = ownSubject(p.first());
        if (subject.isEmpty() && !own.isEmpty()) subject = reporterSubject(own.get(0).first());
        List<Entity> out = new ArrayList<>();
        for (Phrase q : subject) {
            Entity e = q.pronoun() ? null : d.stateOf(speaker(q));
            if (e != null && (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) && !out.contains(e)) out.add(e);
        }
        if (out.size() > 1) return out;
        // "Albanese and Marape met. … they signed the treaty": the actors the text last named together.
        out.clear();
        for (Entity e : d.group(x.sentence.block())) {
            Entity s = d.stateOf(e);
            if (s != null && !out.contains(s)) out.add(s);
        }
        return out.size() > 1 && subject.isEmpty() && noActorBefore(p.first()) ? out : List.of();
    }

    /** Pronouns that, before a verb, are its subject. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she");

    /** Pronouns that, right after a verb, are its object, and so never its subject. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "him", "her", "it", "us");

    /** Nouns that, counted, stand for as many states: "both sides", "the two leaders". */
    private static final Set<String> COUNTED_ACTORS = Set.of("side", "government", "ally", "neighbour", "neighbor", "partner", "leader",
            "president", "minister", "delegation");

    /** "The two countries", "both sides": the states last named together, or the last ones named, as many as counted. */
    private List<Entity> countedStates(Phrase p) {
        String head = x.lemma(p.head());
        if (!lx.inGroup("country-nouns", head) && !COUNTED_ACTORS.contains(head)) return List.of();
        int n = 0;
        for (int k = p.first(); k < p.head(); k++) n = Math.max(n, x.lower(k).equals("both") || x.lower(k).equals("two") ? 2 : x.lower(k).equals("three") ? 3 : 0);
        if (n == 0) return List.of();
        // "Manila hosts US troops under a pact with Washington, and the two allies …": as many states named before in the sentence.
        List<Entity> before = actingStates(p.first());
        if (before.size() == n) return before;
        List<Entity> group = new ArrayList<>();
        for (Entity e : d.group(x.sentence.block())) if (d.stateOf(e) != null && !group.contains(d.stateOf(e))) group.add(d.stateOf(e));
        if (group.size() == n) return group;
        List<Entity> recent = d.recentStates();
        return recent.size() >= n ? List.copyOf(recent.subList(0, n)) : List.of();
    }

    /** The states the actors the sentence names before token end stand for, in order. */
    List<Entity> actingStates(int end) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : x.mentions.mentions()) {
            if (m.first() >= end || m.kind() != Mention.Kind.ENTITY || m.entity() == null || !m.entity().type().isActor()) continue;
            Entity state = d.stateOf(m.entity());
            if (state != null && state.type() == EntityType.STATE && !out.contains(state)) out.add(state);
        }
        return out;
    }

    private boolean noActorBefore(int k) {
        for (int j = 0; j < k; j++) if (x.mention(j) != null && x.mention(j).isActor()) return false;
        return true;
    }

    /** "tens of thousands of troops", "two of the jets": what a quantity counts, through "of"; the phrase itself otherwise. */
    Phrase counted(Phrase p) {
        for (int i = 0; i < 3; i++) {
            Phrase of = x.after(p, "of");
            if (!quantity(x, lx, p) || of == null) return p;
            p = of;
        }
        return p;
    }

    /** Whether a phrase counts what its "of" names: a number, or a noun of amount or of units ("hundreds", "a brigade"). */
    static boolean quantity(Syntax x, Lexicon lx, Phrase p) {
        String lemma = x.lemma(p.head());
        return lx.inGroup("quantity-nouns", lemma) || lx.inGroup("unit-nouns", lemma) || x.tag(p.head()).equals("NUM")
                || x.mention(p.head()) != null && x.mention(p.head()).kind() == Mention.Kind.NUMBER;
    }

    private Entity state(Phrase p, boolean places, Entity avoid) {
        p = counted(p);
        Entity own = stateOwn(p, places, avoid);
        // "in Haiti's capital", "to Egypt's Sinai peninsula": a place is in the state that owns it.
        if (own == null && places && p.possessor() >= 0) own = stateOwn(x.phrases.get(p.possessor()), true, avoid);
        return own;
    }

    private Entity stateOwn(Phrase p, boolean places, Entity avoid) {
        if (p.pronoun() || p.first() == p.last() - 1 && Syntax.POSSESSIVES.contains(x.lower(p.first()))) {
            Entity e = d.stateOf(pronoun(p.first()));
            return e != null && (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) ? e : null;
        }
        Mention m = x.mention(p.head());
        if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null) return stateOfMention(m, places);
        String head = x.lemma(p.head());
        // "the island of Batanes", "the region of Kursk": the name after "of" is the place.
        if (places && lx.inGroup("place-nouns", head)) {
            Phrase of = x.after(p, "of");
            if (of != null) return state(of, true);
        }
        // "the country", "the island nation": the state last named; "her country", "its army": the possessor's.
        if (lx.inGroup("country-nouns", head) && x.lower(p.first()).equals("the") && modifierMention(p) == null) {
            return lastState(p.first(), avoid, head.equals("country"));
        }
        if ((lx.inGroup("country-nouns", head) || lx.inGroup("actor-nouns", head)) && Syntax.POSSESSIVES.contains(x.lower(p.first()))) {
            Entity owner = d.stateOf(pronoun(p.first()));
            if (owner != null && (owner.type() == EntityType.STATE || owner.type() == EntityType.ORGANIZATION)) return owner;
        }
        Mention mod = modifierMention(p);
        // "Instructors in Germany are training …": where people with no nationality are is their place.
        if (mod == null && places && lx.personnel(head) != null) {
            Phrase in = x.phraseAt(p.last() + 1);
            if (in != null && in.governed() && Set.of("in", "at").contains(x.lower(in.prep()))) return stateOwn(in, true, avoid);
        }
        if (mod == null || mod.entity() == null) return null;
        boolean group = lx.inGroup("actor-nouns", head) || lx.personnel(head) != null || lx.inGroup("aid-nouns", head);
        boolean ground = places && (lx.inGroup("territory-nouns", head) || lx.inGroup("place-nouns", head));
        if (!group && !ground && !firm(p)) return null;
        Entity e = d.stateOf(mod.entity());
        return e != null && (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) ? e : null;
    }

    /**
     * What a pronoun at token k stands for: in a clause a verb of saying reports, that verb's subject ("Russia said it would
     * send"); else the nearest actor named before it in the sentence ("asked India to withdraw the troops it keeps"); else
     * what the discourse says (the person speaking for "he", the last actor for "it").
     */
    Entity pronoun(int k) {
        String w = x.lower(k);
        // "…, it said.": the source after what it says is the one the discourse has been following, not a name inside it.
        if ((x.lower(k - 1).equals(",") || x.quoteMark(k - 1)) && x.verbAt(k + 1) != null) {
            Entity source = d.source(x.sentence.block());
            if (source != null && (w.equals("it") || w.equals("they"))) return source;
            // With no source, an actor of what was said is a guess, not the one who said it (a paper the text named).
            Entity guess = d.pronoun(w, x.sentence.block());
            for (int j = 0; j < k && guess != null && (w.equals("it") || w.equals("they")); j++) {
                Mention m = x.mention(j);
                if (m != null && m.entity() != null && guess.equals(d.stateOf(m.entity()))) return null;
            }
            return guess;
        }
        if (Set.of("we", "our", "us", "i", "my", "me").contains(w)) return d.pronoun(w, x.sentence.block());
        boolean person = Set.of("he", "she", "his", "her", "him").contains(w);
        // "summoned the envoy to protest against what it called …", "struck sites, targeting what it described as …": who
        // names a thing in such a hedge is the agent of the clause it hangs from, the sentence's first subject.
        if (!person && x.lower(k - 1).equals("what")) {
            VerbGroup main = x.verbs.stream().filter(g -> g.head() < k && g.finite()).findFirst().orElse(null);
            List<Phrase> subject = main == null ? List.of() : new Subjects(x, lx).subject(main);
            Entity agent = subject.isEmpty() || subject.get(0).pronoun() ? null : speaker(subject.get(0));
            if (agent != null) return agent;
        }
        Entity reported = person ? null : reporter(k);
        if (reported != null) return reported;
        List<Phrase> own = ownSubject(k);
        // "it took delivery of jets bought from the United States, and it inducted …": a subject pronoun goes back to an
        // actor that is no preposition's object.
        boolean subject = SUBJECT_PRONOUNS.contains(w) && x.verbAt(k + 1) != null;
        for (int j = k - 1; j >= 0; j--) {
            Mention m = x.mention(j);
            if (m == null || m.kind() != Mention.Kind.ENTITY || m.entity() == null || !m.entity().type().isActor()) continue;
            j = m.first();
            final int at = j;
            if (own.stream().anyMatch(q -> q.covers(at))) continue;
            if (subject && x.phraseAt(at) != null && x.phraseAt(at).governed()) continue;
            if (m.aliasKind() == AliasKind.PLACE || x.lower(m.first() - 1).equals("of")) continue;
            boolean isPerson = m.entity().type() == EntityType.PERSON;
            // "provides training to Somali forces at its base": "its" is one actor, not forces named by their demonym.
            if (m.aliasKind() == AliasKind.DEMONYM && (w.equals("its") || w.equals("it")) && pluralAfter(m)) continue;
            if (person == isPerson && (person || m.aliasKind() != AliasKind.DEMONYM || groupAfter(m))) return m.entity();
        }
        return d.pronoun(w, x.sentence.block());
    }

    /** The subject of a verb of saying whose reported clause the token k opens ("Seoul said [it] …"), or null. */
    private Entity reporter(int k) {
        List<Phrase> subject = reporterSubject(k);
        return subject.isEmpty() || subject.get(0).pronoun() ? null : speaker(subject.get(0));
    }

    private List<Phrase> reporterSubject(int k) {
        int j = k - 1;
        while (j >= 0 && (x.lower(j).equals("that") || x.tag(j).equals("ADV") || x.phraseAt(j) != null && x.phraseAt(j).governed())) j--;
        VerbGroup v = x.verbAt(j);
        if (v == null || !v.finite() || lx.verbCues(v.lemma()).stream().noneMatch(c -> c.signals().contains(Lexicon.Signal.REPORTED))
                && lx.verbFrames(v.lemma()).stream().noneMatch(e -> e.frame().kind() == org.entente.event.EventKind.STATEMENT)) return List.of();
        return new Subjects(x, lx).subject(v);
    }

    /** The subject of the verb whose object the pronoun at token k is ("cleared [them]"), or nothing. */
    private List<Phrase> ownSubject(int k) {
        if (!OBJECT_PRONOUNS.contains(x.lower(k))) return List.of();
        VerbGroup v = x.verbAt(k - 1);
        return v == null || v.passive() ? List.of() : new Subjects(x, lx).subject(v);
    }

    private boolean pluralAfter(Mention m) {
        Phrase p = x.phraseAt(m.first());
        return p != null && p.head() >= m.last() && !x.lemma(p.head()).equals(x.lower(p.head()));
    }

    private boolean groupAfter(Mention m) {
        Phrase p = x.phraseAt(m.first());
        return p != null && p.head() >= m.last() && lx.inGroup("actor-nouns", x.lemma(p.head()));
    }

    /** The state named last before token k in this sentence, or before it in the document, other than {@code avoid}. */
    private Entity lastState(int k, Entity avoid, boolean officials) {
        for (int j = k - 1; j >= 0; j--) {
            Mention m = x.mention(j);
            // "Russian jets to the country's forces": a demonym describes something else; the country is one named.
            if (m == null || m.aliasKind() == AliasKind.PLACE || m.aliasKind() == AliasKind.DEMONYM) continue;
            // "Estonia's president said the country …": a person holding a post stands for the post's state.
            Entity named = m.isEntity(EntityType.STATE) ? m.entity() : officials && m.isEntity(EntityType.PERSON) ? d.stateOf(m.entity()) : null;
            if (named == null || named.type() != EntityType.STATE) continue;
            // "jets supplied by Russia, days before French troops leave the country": an agent after "by" is in the
            // background; the country is one the sentence is about.
            Phrase at = x.phraseAt(j);
            if (at != null && at.governed() && x.lower(at.prep()).equals("by")) continue;
            if (!named.equals(avoid)) return named;
            j = m.first();
        }
        for (Entity e : d.recentStates()) if (!e.equals(avoid)) return e;
        return null;
    }

    /**
     * The state a name stands for; a place (a city, a region) only where places may fill the role, and then no
     * organisation ("to the NATO battlegroup in Latvia" goes to Latvia).
     */
    private Entity stateOfMention(Mention m, boolean places) {
        Entity e = m.entity();
        if (!e.type().isActor()) return null;
        if (m.aliasKind() == AliasKind.PLACE && !places) return null;
        Entity s = d.stateOf(e);
        if (places && s != null && s.type() == EntityType.ORGANIZATION) return null;
        return s != null && (s.type() == EntityType.STATE || s.type() == EntityType.ORGANIZATION) ? s : null;
    }

    /** The last name inside a phrase before its head ("South Korean" of "South Korean officials"), or null. */
    /**
     * "a Chinese firm", "Turkish drone maker Baykar", "Israel's Elbit Systems": a firm the reference data does not know, by
     * a firm noun or by a name its state owns, makes and sells for that state.
     */
    private boolean firm(Phrase p) {
        if (lx.inGroup("firm-nouns", x.lemma(p.head()))) return true;
        if (!x.token(p.head()).isCapitalized() || x.mention(p.head()) != null) return false;
        if (p.possessor() >= 0) return true;
        for (int k = p.first(); k < p.head(); k++) if (lx.inGroup("firm-nouns", x.lemma(k))) return true;
        return false;
    }

    Mention modifierMention(Phrase p) {
        Mention found = null;
        for (int k = p.first(); k < p.head(); k++) {
            Mention m = x.mention(k);
            if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.last() <= p.head()) found = m;
        }
        if (found == null && p.possessor() >= 0) {
            Phrase owner = x.phrases.get(p.possessor());
            Mention m = x.mention(owner.head());
            if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null) found = m;
        }
        return found;
    }

    // ---- speakers and targets -------------------------------------------------------------------

    /** Who speaks through a phrase: a person, body, organisation or state as named; "South Korean officials" is the state. */
    Entity speaker(Phrase p) {
        if (p.pronoun()) return x.lower(p.first()).equals("he") || x.lower(p.first()).equals("she")
                ? d.pronoun(x.lower(p.first()), x.sentence.block()) : pronoun(p.first());
        Mention m = x.mention(p.head());
        if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null) {
            if (!m.entity().type().isActor() || m.aliasKind() == AliasKind.PLACE) return null;
            return m.aliasKind() == AliasKind.DEMONYM ? d.stateOf(m.entity()) : m.entity();
        }
        // "South Korea's defence minister warned": a title whose holder on the document's date the reference data does not
        // know speaks for the state that owns it, as an unnamed official does.
        if (m != null && m.kind() == Mention.Kind.ROLE && x.lower(p.head()).equals(x.lemma(p.head()))) {
            Mention owner = modifierMention(p);
            Entity state = owner == null ? null : d.stateOf(owner.entity());
            if (state == null || state.type() != EntityType.STATE) return null;
            // "Brazilian Defense Minister said": the one the document already named with that title, if any.
            Entity named = d.titled(state, m.text());
            return named != null ? named : state;
        }
        String head = x.lemma(p.head());
        // "A Defence Ministry statement said", "a Kremlin readout said": whose statement it is speaks.
        if (lx.inGroup("statement-nouns", head)) {
            Mention by = modifierMention(p);
            if (by == null || !by.entity().type().isActor() || by.aliasKind() == AliasKind.PLACE) return null;
            return by.aliasKind() == AliasKind.DEMONYM ? d.stateOf(by.entity()) : by.entity();
        }
        // "a Kenyan officer told reporters" speaks; "Kenyan officers" are forces.
        boolean one = x.lower(p.head()).equals(head);
        if (lx.personnel(head) != null && !one || !lx.inGroup("actor-nouns", head)) return null;
        Mention mod = modifierMention(p);
        // "the Foreign Ministry of Syria", "the government of Mali": the state named after the body.
        if (mod == null) return ownerAfter(p);
        // "South Korean officials", "Russia's foreign ministry": the name stands right before its body ("the German
        // second-division side" is a football club).
        if (x.lower(p.head() - 1).equals("-")) return null;
        // "a Kenyan army officer", "Russian defence officials": only words of the state's own services between.
        if (p.head() - mod.last() > 1) {
            for (int k = mod.last(); k < p.head(); k++) if (!lx.inGroup("actor-nouns", x.lemma(k)) && !SERVICES.contains(x.lower(k))) return null;
        }
        return d.stateOf(mod.entity());
    }

    /** The state of "of STATE" right after a body's phrase, or null. */
    private Entity ownerAfter(Phrase p) {
        Phrase of = x.phraseAt(p.last() + 1);
        if (of == null || !of.governed() || of.prep() != p.last() || !x.lower(of.prep()).equals("of")) return null;
        Mention m = x.mention(of.head());
        if (m == null || m.kind() != Mention.Kind.ENTITY || m.entity() == null || m.entity().type() != EntityType.STATE) return null;
        return m.entity();
    }

    private static final Set<String> SERVICES = Set.of("defence", "defense", "foreign", "military", "security", "air", "naval",
            "government", "intelligence", "foreign-ministry", "senior", "top");

    /** The first thing named in tokens [from, to) other than the speaker: what a statement is about. */
    Entity target(int from, int to, Entity speaker) {
        for (int k = from; k < to; k++) {
            Mention m = x.mention(k);
            if (m == null || m.kind() != Mention.Kind.ENTITY || m.entity() == null || m.entity().equals(speaker)) continue;
            EntityType t = m.entity().type();
            if (t.isActor() || t == EntityType.WEAPON || t == EntityType.TREATY || t == EntityType.CONFLICT) return m.entity();
        }
        return null;
    }
}
