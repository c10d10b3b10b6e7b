package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.vocab.Iris;

/**
 * The weapons systems phrases name: models, designations before a category word, the category itself, or the system
 * named last ("the jets", "more"); and the state a demonym names as a system's owner ("Danish F-16s").
 */
final class Systems {
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "its", "their", "such", "this", "that", "his", "her");
    /** Words that open a list naming what a phrase before them is: "arms, including K9 howitzers". */
    private static final Set<String> ELABORATING = Set.of("including", "notably", "namely", "among", "such");
    private static final Node WEAPONS = Iris.entity("weapon-category", "weapons");

    private final Syntax x;
    private final Referents refs;
    private final Discourse d;
    private final Lexicon lx;
    /** Systems this sentence named only by their category ("artillery shells"). */
    private final java.util.Set<Entity> generics = new java.util.HashSet<>();

    Systems(Syntax x, Referents refs, Discourse d, Lexicon lx) {
        this.x = x;
        this.refs = refs;
        this.d = d;
        this.lx = lx;
    }

    /** The weapons systems the phrases name: models, designations before a category word, else the category itself. */
    List<Entity> systems(List<Phrase> ps) {
        List<Entity> all = new ArrayList<>(), standing = new ArrayList<>();
        boolean model = false;
        for (Phrase p : ps) {
            // "53 MRAP vehicles and 350 Humvees", "Leopard tanks and large quantities of ammunition": a category counted,
            // or listed after a model, is an item of the list, not the word the models stand for.
            boolean item = model || counted(p);
            p = refs.counted(p);
            List<Entity> own = systemsIn(p.first(), p.last());
            // "a shipment of tanks": the systems after "of".
            Phrase of = own.isEmpty() ? x.after(p, "of") : null;
            if (of != null) own = systemsIn(of.first(), of.last());
            for (Entity e : own) {
                if (all.contains(e)) continue;
                all.add(e);
                model |= !generics.contains(e);
                if (generics.contains(e) && !item) standing.add(e);
            }
        }
        // "arms, among them K9 howitzers and K2 tanks": the models named stand for the category.
        if (model) all.removeAll(standing);
        return all;
    }

    /** Whether a phrase counts what it names ("53 vehicles", "large quantities of ammunition") and no list elaborates it. */
    private boolean counted(Phrase p) {
        Phrase named = refs.counted(p);
        int after = x.lower(named.last()).equals(",") ? named.last() + 1 : named.last();
        if (ELABORATING.contains(x.lower(after))) return false;
        if (named != p) return true;
        for (int k = p.first(); k < p.head(); k++) if (x.tag(k).equals("NUM")) return true;
        return false;
    }

    /** Systems named in tokens [from, to). */
    List<Entity> systemsIn(int from, int to) {
        List<Entity> out = new ArrayList<>();
        Mention category = null;
        for (int k = from; k < to; k++) {
            Mention m = x.mention(k);
            if (m == null) continue;
            k = m.last() - 1;
            if (m.isEntity(EntityType.WEAPON)) {
                if (!out.contains(m.entity())) out.add(m.entity());
            } else if (m.kind() == Mention.Kind.CATEGORY) {
                Entity w = Designations.designated(x, m, d.index);
                if (w != null && !out.contains(w)) out.add(w);
                else if (w == null && category == null) category = m;
            }
        }
        // "T-50 jets", "KT-1P aircraft": a military designation (letters, hyphen, number) before a plain noun for a system
        // names one too; an airliner's "737 MAX aircraft" is none.
        for (int k = from; k < to && out.isEmpty() && category == null; k++) {
            if (x.mention(k) != null || !lx.inGroup("system-nouns", x.lemma(k))) continue;
            Entity w = Designations.designated(x, k, null, d.index);
            if (w != null && Designations.military(w.label().substring(w.label().lastIndexOf(' ') + 1))) out.add(w);
        }
        if (out.isEmpty() && category != null) out.add(generic(category, from));
        // "Norway and Belgium have pledged more": more of the system last named; "the jets", "these systems": the same.
        Entity last = lastSystemBefore(from);
        if (out.isEmpty() && last != null) {
            Phrase p = x.phraseAt(to - 1);
            boolean more = to - from == 1 && x.lower(from).equals("more");
            boolean definite = p != null && DEFINITE.contains(x.lower(p.first())) && lx.inGroup("system-nouns", x.lemma(p.head()));
            if (more || definite) out.add(last);
        }
        return out;
    }

    /** The system named last before token k: earlier in this sentence ("F-16 jets … to provide the aircraft"), else before it. */
    private Entity lastSystemBefore(int k) {
        for (int j = k - 1; j >= 0; j--) if (x.mention(j) != null && x.mention(j).isEntity(EntityType.WEAPON)) return x.mention(j).entity();
        return d.lastSystem();
    }

    /**
     * A category with no model named: "the jets" after a model is that model; otherwise the category, labelled with the
     * text's own words ("artillery shells", "military equipment").
     */
    private Entity generic(Mention category, int from) {
        Entity last = d.lastSystem();
        Entity cat = category.candidates().isEmpty() ? null : category.candidates().get(0);
        boolean definite = DEFINITE.contains(x.lower(category.first() - 1)) || DEFINITE.contains(x.lower(from));
        if (definite && last != null && (cat == null || last.category() == null || cat.iri().equals(last.category()))) return last;
        String words = category.text().toLowerCase(java.util.Locale.ROOT);
        Entity e = new Entity(Iris.entity("weapon", words), EntityType.WEAPON, words, null, cat == null ? null : cat.iri(), false);
        generics.add(e);
        return e;
    }

    /** "Danish F-16s": the state a demonym before a system names as its owner, or null ("Chinese-made" names only the maker). */
    Entity owner(Phrase p) {
        p = refs.counted(p);
        if (p.possessor() >= 0) return null;
        for (int k = p.first(); k < p.head(); k++) {
            Mention m = x.mention(k);
            if (m == null || m.aliasKind() != AliasKind.DEMONYM || m.entity() == null) continue;
            if (x.lower(m.last()).equals("-")) return null;
            Entity e = d.stateOf(m.entity());
            return e != null && e.type() == EntityType.STATE ? e : null;
        }
        return null;
    }

    /** A system named by the word for weapons at large ("arms", "military equipment"), not by a kind of them. */
    static boolean broad(Entity system) {
        return WEAPONS.equals(system.category());
    }

    /** A system minted from a category word alone ("artillery shells", "military equipment"), not a model or designation. */
    static boolean generic(Entity system) {
        return system != null && !system.known() && system.category() != null && system.label().equals(system.label().toLowerCase(java.util.Locale.ROOT));
    }
}
