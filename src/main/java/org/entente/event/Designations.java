package org.entente.event;

import java.util.Set;
import java.util.regex.Pattern;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.nlp.Token;
import org.entente.vocab.Iris;

/**
 * Systems the reference data lacks, named by a designation before a category word: "Lyutyi drones",
 * "Ground Master 200 air defence radars", "Mistral short-range missiles".
 */
final class Designations {
    private Designations() {}

    /**
     * Words of range and role between a designation and its category: "short-range", "anti-tank", "self-propelled",
     * "combat training" (jets), "weapon-locating" (radars).
     */
    private static final Set<String> ROLE_WORDS = Set.of("short", "medium", "long", "range", "anti", "tank", "ship", "aircraft",
            "self", "propelled", "surface", "to", "guided", "portable", "mobile", "towed", "tracked", "wheeled", "-", "combat",
            "training", "trainer", "attack", "transport", "patrol", "fighter", "utility", "multirole", "multi", "role",
            "reconnaissance", "surveillance", "strike", "weapon", "locating", "loitering", "unmanned", "armed", "jet");

    private static final Set<String> COMMON_CAPITALS = Set.of("The", "This", "These", "Those", "Its", "Their", "New", "Old",
            "Modern", "Advanced", "More", "Additional", "Several", "Some", "Many", "Western", "Soviet", "Allied", "Military",
            "Heavy", "Light", "Long", "Short", "Air", "Naval", "Armoured", "Armored", "Ballistic", "Cruise", "Attack", "Combat",
            "Fighter", "Defense", "Defence", "Anti", "Main", "Battle", "Mobile", "Such", "Other", "Both", "All", "Any", "First",
            "Second", "Further", "Used", "Second-hand", "Surplus", "Russian-made", "American-made");

    /** Pieces of a designation the tokeniser split: "T" or "HQ", "-50" or "9B", "HQ-". */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{1,4}"), NEGATIVE = Pattern.compile("-\\d+\\p{Lu}*"),
            NUMBER = Pattern.compile("\\d+\\p{Lu}*"), PREFIX = Pattern.compile("\\p{Lu}{1,4}-");
    /** A military designation: letters, a hyphen, a number ("T-50", "KT-1P", "Yak-130"); an airliner's "737 MAX" is none. */
    private static final Pattern MILITARY = Pattern.compile("\\p{L}{1,4}-\\d{1,4}\\p{L}{0,2}");

    /** Whether a word is a military designation: letters, a hyphen, a number ("T-50", "KT-1P", "Yak-130"). */
    static boolean military(String word) {
        return MILITARY.matcher(word).matches();
    }

    /** The system a designation before a category mention names, or null. */
    static Entity designated(Syntax x, Mention category, org.entente.mention.ReferenceIndex index) {
        Entity cat = category.entity() != null ? category.entity() : category.candidates().isEmpty() ? null : category.candidates().get(0);
        return designated(x, category.first(), cat, index);
    }

    /** The system a designation before token {@code noun} names ("T-50 jets", a plain noun of no category), or null. */
    static Entity designated(Syntax x, int noun, Entity cat, org.entente.mention.ReferenceIndex index) {
        int d = noun - 1;
        while (d > 0 && noun - d <= 4 && ROLE_WORDS.contains(x.lower(d))) d--;
        if (d < 0) return null;
        int first = d;
        // "TX-55", as the tokeniser may split it: "TX", "-", "55".
        boolean capitals = d >= 2 && CAPITALS.matcher(x.token(d - 2).text()).matches() && x.mention(d - 2) == null;
        if (d >= 2 && x.lower(d - 1).equals("-") && x.mention(d - 1) == null && (part(x, d - 2) || capitals)) first = d - 2;
        // "T-50", "KT-1", "HQ-9B", which the tokeniser may split as a letter and a negative number: "T", "-50".
        boolean split = d >= 1 && x.mention(d - 1) == null && (NEGATIVE.matcher(x.token(d).text()).matches() && CAPITALS.matcher(x.token(d - 1).text()).matches()
                // ("HQ-9B": "HQ-", "9B".)
                || NUMBER.matcher(x.token(d).text()).matches() && PREFIX.matcher(x.token(d - 1).text()).matches());
        if (split) first = d - 1;
        while (first > 0 && d - first < 3 && part(x, first - 1)) first--;
        Token last = x.token(d);
        // "Korean tanks": a word of a demonym the reference data leaves ambiguous is no model's name.
        if (d == first && index.demonymWord(last.text())) return null;
        if (!(split || isDesignation(last.text()) || d > first && x.lower(d).chars().allMatch(Character::isDigit))) return null;
        // A model number may be read as a number ("200"); any other mention is something else.
        for (int k = first; k <= d; k++) if (x.mention(k) != null && x.mention(k).kind() != Mention.Kind.NUMBER) return null;
        // "Rafale Marine fighters": a word after a known system is a variant of it, not a system of its own.
        Mention before = x.mention(first - 1);
        if (before != null && before.isEntity(EntityType.WEAPON)) return null;
        String name = x.text(first, d + 1);
        org.apache.jena.graph.Node iri = Iris.entity("weapon", name);
        // "Mistral short-range missiles" is the reference's "Mistral" under a longer name: one system, one label.
        Entity known = index.entity(iri);
        if (known != null && known.type() == EntityType.WEAPON) return known;
        return new Entity(iri, EntityType.WEAPON, name, null, cat == null ? null : cat.iri(), false);
    }

    /** A word of a multi-word designation before its last word: "Ground" and "Master" of "Ground Master 200". */
    private static boolean part(Syntax x, int k) {
        Token t = x.token(k);
        return x.mention(k) == null && isDesignation(t.text()) && Character.isUpperCase(t.text().charAt(0));
    }

    static boolean isDesignation(String w) {
        if (w.length() < 2 || !Character.isLetterOrDigit(w.charAt(0))) return false;
        boolean digit = w.chars().anyMatch(Character::isDigit);
        boolean upper = Character.isUpperCase(w.charAt(0));
        return digit && w.chars().anyMatch(Character::isLetter) || upper && w.length() > 2 && !COMMON_CAPITALS.contains(w);
    }
}
