package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.nlp.Token;

/**
 * The people a phrase names as forces sent somewhere ("about 3,000 North Korean troops", "members of the Australian
 * Federal Police"): the answer word, their number and their state. What states the names stand for comes from
 * {@link Referents}.
 */
final class Forces {
    /**
     * People sent somewhere: the answer word, their number, their state, and the phrase that names them; platform is the
     * weapon when what is placed is weapons ("four F-16 jets"), else null.
     */
    record Personnel(String noun, Long count, Entity nationality, Phrase phrase, Entity platform) {
        Personnel(String noun, Long count, Entity nationality, Phrase phrase) {
            this(noun, count, nationality, phrase, null);
        }
    }

    /** A state and a number the verb and noun before them apply to: "…, Kyrgyzstan some 150". */
    record Remnant(Entity state, long count) {}

    private final Syntax x;
    private final Referents refs;
    private final Discourse d;
    private final Lexicon lx;

    Forces(Syntax x, Referents refs, Discourse d, Lexicon lx) {
        this.x = x;
        this.refs = refs;
        this.d = d;
        this.lx = lx;
    }

    /** The people a phrase names as forces, or null: "about 3,000 North Korean troops", "2,000 U.S. Marines", "a brigade". */
    Personnel personnel(Phrase p) {
        if (p.pronoun()) return null;
        Phrase whole = p;
        p = refs.counted(p);
        if (p != whole && p.pronoun()) return null;
        Personnel members = members(p);
        if (members != null) return members;
        int h = p.head();
        String lemma = x.lemma(h);
        String noun = lx.personnel(lemma);
        if (noun == null) return null;
        // "no troops", "any troops who fought": forces no one has, or none in particular, are sent nowhere.
        if (Set.of("no", "none", "any").contains(x.lower(p.first()))) return null;
        // "J-10C fighters", "Yak-130 trainers": a word for people that is also one for aircraft names the aircraft after a
        // weapon's name ("F-16 pilots" stay people).
        if (lx.inGroup("craft-nouns", lemma)) {
            for (int k = p.first(); k <= h; k++) {
                Mention w = x.mention(k);
                if (w != null && (w.kind() == Mention.Kind.CATEGORY || w.isEntity(EntityType.WEAPON))) return null;
                // A model designation the reference data lacks: letters, a hyphen, a number ("L-39", "Yak-130").
                if (k < h && Designations.military(x.lower(k))) return null;
            }
        }
        Mention hm = x.mention(h);
        boolean unit = lx.inGroup("unit-nouns", lemma);
        // "a brigade of about 4,000 soldiers": the people inside the unit count.
        Phrase of = x.after(p, "of");
        if (unit && of != null) {
            Personnel inner = personnel(of);
            if (inner != null) return new Personnel(inner.noun(), inner.count(), inner.nationality() != null ? inner.nationality() : nationality(p), p);
        }
        Long count = unit ? null : count(p);
        if (hm != null && hm.kind() == Mention.Kind.ENTITY) {
            // "about 2,000 U.S. Marines": a counted force named in the plural is its people; "the Air Force" is not.
            boolean force = hm.entity() != null && (hm.entity().type() == EntityType.ARMED_FORCE || hm.entity().type() == EntityType.UNIT);
            if (!force || count == null || !plural(x.token(h))) return null;
            return new Personnel(noun, count, d.stateOf(hm.entity()), p);
        }
        // "a soldier" is one person; "a brigade", "a naval task force", "personnel", "infantry" are forces.
        if (!unit && !plural(x.token(h)) && !noun.equals(x.lower(h)) && !lemma.equals("force")) return null;
        return new Personnel(noun, count, nationality(p), p);
    }

    /**
     * "members of the Australian Federal Police", "personnel of the ADF": the people of a force or body named after them,
     * as its state's troops or police.
     */
    private Personnel members(Phrase p) {
        if (!lx.inGroup("people-nouns", x.lemma(p.head())) || !plural(x.token(p.head()))) return null;
        Phrase of = x.after(p, "of");
        if (of == null) return null;
        Mention m = x.mention(of.head());
        boolean body = m != null && m.entity() != null && Set.of(EntityType.ARMED_FORCE, EntityType.UNIT, EntityType.AGENCY).contains(m.entity().type());
        // "members of the Australian Federal Police": a force the data lacks, named by its state's demonym.
        boolean force = lx.personnel(x.lemma(of.head())) != null || lx.inGroup("actor-nouns", x.lemma(of.head()));
        if (!body && !force) return null;
        String noun = x.text(of.first(), of.last()).toLowerCase(java.util.Locale.ROOT).contains("police") ? "police" : "troops";
        Entity state = body ? d.stateOf(m.entity()) : refs.state(of, false);
        return new Personnel(noun, count(p), state != null && state.type() == EntityType.STATE ? state : null, p);
    }

    private static boolean plural(Token t) {
        String w = t.lower();
        return w.endsWith("s") || w.endsWith("men") || w.equals("personnel") || w.equals("infantry") || w.equals("police")
                || w.equals("staff");
    }

    /**
     * "Armenia sent about 100 troops, Kyrgyzstan some 150 and Tajikistan nearly 200": after counted forces, a state and
     * a number with the verb and noun left out (gapping) send as many of the same forces. The list ends where a clause of
     * its own begins ("…, while Belarus sent").
     */
    List<Remnant> gapped(Personnel p) {
        return p.phrase() == null || p.count() == null ? List.of() : gapped(p.phrase().last());
    }

    /** The states and numbers of gapped clauses after token k ("…, and Denmark 19"), up to the next finite verb. */
    List<Remnant> gapped(int from) {
        List<Remnant> out = new ArrayList<>();
        for (int j = from; j < x.size(); j++) {
            VerbGroup v = x.verbAt(j);
            if (v != null && v.finite()) break;
            if (!x.lower(j).equals(",") && !x.lower(j).equals("and")) continue;
            int k = x.lower(j + 1).equals("and") ? j + 2 : j + 1;
            Mention state = x.mention(k);
            if (state == null || !state.isEntity(EntityType.STATE)) continue;
            while (k < x.size() && x.mention(k) == state) k++;
            int n = k;
            while (n < k + 2 && x.mention(n) == null && (APPROXIMATE.contains(x.lower(n)) || x.tag(n).equals("ADV"))) n++;
            Mention number = x.mention(n);
            boolean year = number != null && YEAR.matcher(number.text()).matches();
            if (number != null && number.kind() == Mention.Kind.NUMBER && number.number() != null && !year) {
                out.add(new Remnant(state.entity(), number.number()));
            }
        }
        return out;
    }

    /** "…, Peru 2023": a bare four-digit number from 1900 to 2099 is a year, not a count. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** Words that make a number approximate before it. */
    private static final Set<String> APPROXIMATE = Set.of("some", "about", "around", "roughly", "nearly", "almost", "over", "up", "to");

    /** Weapons a state places somewhere, as the forces deployed: named as the text names them, past any count (no troops). */
    Personnel platforms(Phrase p, Entity weapon) {
        int from = p.first();
        while (from < p.head() && (x.tag(from).equals("DET") || x.tag(from).equals("NUM") || x.mention(from) != null
                && x.mention(from).kind() == Mention.Kind.NUMBER)) from++;
        return new Personnel(x.text(from, p.head() + 1), null, nationality(p), p, weapon);
    }

    private Long count(Phrase p) {
        for (int k = p.head() - 1; k >= p.first(); k--) {
            Mention m = x.mention(k);
            if (m != null && m.kind() == Mention.Kind.NUMBER) return m.number();
        }
        return null;
    }

    /** The forces' state: a name or demonym before the head, the phrase's owner, or "from X" right after. */
    private Entity nationality(Phrase p) {
        Mention m = refs.modifierMention(p);
        if (m != null && m.aliasKind() != AliasKind.PLACE) {
            Entity e = d.stateOf(m.entity());
            if (e != null && e.type() == EntityType.STATE) return e;
        }
        if (Syntax.POSSESSIVES.contains(x.lower(p.first()))) {
            Entity e = d.stateOf(refs.pronoun(p.first()));
            if (e != null && e.type() == EntityType.STATE) return e;
        }
        Phrase from = x.after(p, "from");
        List<Entity> states = from == null ? List.of() : refs.states(x.conjuncts(from), false);
        return states.isEmpty() ? null : states.get(0);
    }

    /** "forces from Canada, Australia and Norway": every state after "from" right after the phrase. */
    List<Entity> nationalities(Phrase p) {
        Personnel own = personnel(p);
        Phrase from = x.after(p, "from");
        List<Entity> states = from == null ? List.of() : refs.states(x.conjuncts(from), false);
        if (!states.isEmpty()) return states;
        return own == null || own.nationality() == null ? List.of() : List.of(own.nationality());
    }
}
