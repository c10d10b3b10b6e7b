package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Named officials reacting to what a story told: condemning, warning, urging, welcoming, or
 * denying a hedged report (which then also gets factuality "denied"). Each official is in
 * office on the article's date according to the reference data, and is named with the post
 * ("French Foreign Minister …", "…, Japan's defence minister,"), giving a key row for the
 * officials question as well as the statement.
 */
final class Sayings {
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and");

    private final Cast cast;
    private final SplittableRandom rng;

    Sayings(Cast cast, SplittableRandom rng) {
        this.cast = cast;
        this.rng = rng;
    }

    /** Adds one reaction to a story, when an official of a suitable state is in office. */
    void react(Article a, Stories.Told told) {
        if (told.hedged() && told.row() != null && rng.nextInt(3) == 0) {
            Cast.Official o = official(a, told.actor(), null, null);
            if (o != null) {
                say(a, o, "denied the reports", "denial", "the reports");
                if (told.row().containsKey("factuality")) {
                    told.row().put("factuality", List.of(String.valueOf(told.row().get("factuality")), "denied"));
                }
                return;
            }
        }
        switch (told.kind()) {
            case "deployment" -> {
                Cast.Official o = official(a, null, told.actor(), told.counterpart());
                if (o == null) return;
                switch (rng.nextInt(3)) {
                    case 0 -> say(a, o, "condemned the deployment", "condemnation", "the deployment");
                    case 1 -> say(a, o, "warned that the move would raise tension along the border", "warning",
                            "the move would raise tension along the border");
                    default -> say(a, o, "urged " + told.actor().named() + " to show restraint", "demand",
                            told.actor().named() + " to show restraint");
                }
            }
            case "transfer" -> {
                Cast.Official o = official(a, null, told.actor(), told.counterpart());
                if (o == null) return;
                if (rng.nextBoolean()) say(a, o, "condemned the decision", "condemnation", "the decision");
                else say(a, o, "warned that the weapons would prolong the fighting", "warning", "the weapons would prolong the fighting");
            }
            case "treaty" -> {
                Cast.Official o = official(a, rng.nextBoolean() ? told.actor() : told.counterpart(), null, null);
                if (o != null) say(a, o, "welcomed the agreement", "support", "the agreement");
            }
            default -> {
                Cast.Official o = official(a, told.counterpart(), null, null);
                if (o != null) say(a, o, "praised the progress of the programme", "support", "the progress of the programme");
            }
        }
    }

    /** One sentence of a named official saying something, with its statement and officials rows. */
    private void say(Article a, Cast.Official o, String predicate, String kind, String target) {
        Cast.State st = o.state();
        String title = titleCase(o.roleName());
        String sentence = rng.nextBoolean() || st.needsThe()
                ? st.demonym() + " " + title + " " + o.name() + " " + predicate + "."
                : o.name() + ", " + st.possessive() + " " + o.roleName() + ", " + predicate + ".";
        a.paragraph(sentence);
        a.names(o.key(), List.of(o.name()));
        a.names(st.key(), st.names());
        if (!a.hasOfficialRow(o.key())) a.row("officials", "person", o.key(), "state", st.key(), "role", o.roles());
        a.row("statements", "speaker", o.key(), "kind", kind, "target", target);
    }

    /**
     * An official in office on the article's date: of the given state when {@code of} is set,
     * else of any state other than the two given.
     */
    private Cast.Official official(Article a, Cast.State of, Cast.State notA, Cast.State notB) {
        List<Cast.Official> pool = new ArrayList<>();
        for (Cast.Official o : cast.officialsOn(a.date)) {
            if (of != null ? o.state().equals(of) : !o.state().equals(notA) && !o.state().equals(notB)) pool.add(o);
        }
        return pool.isEmpty() ? null : pool.get(rng.nextInt(pool.size()));
    }

    /** "secretary of state" gives "Secretary of State". */
    static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(SMALL_WORDS.contains(w) ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return b.toString();
    }
}
