package org.entente.bench;

import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The event paragraphs of generated articles, each told in one of several sentence shapes,
 * with the key rows the contract expects for it: deployments (active, passive, planned,
 * considered, hedged, stationed, negated), arms transfers (supply with coordinated systems,
 * delivery, passive, receipt, consideration, refusal), training, and treaty signings.
 * Wording is this project's own.
 */
final class Stories {
    /** What a story told, for the statements that react to it. */
    record Told(String kind, Cast.State actor, Cast.State counterpart, boolean hedged, java.util.Map<String, Object> row) {}

    private static final int[] TROOPS = {150, 200, 300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000};
    private static final String[] ABOUT = {"about ", "around ", "some ", "more than ", ""};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "this week", "earlier this month"};
    private static final String[] AFTERWARDS = {"The move comes amid rising tension in the region.",
            "No timetable for their return was given.", "Details of the mission were not made public.",
            "The decision follows months of talks between the two governments."};
    private static final String[] SMALL = {"two", "three", "four", "six", "eight", "a dozen"};

    private final Cast cast;
    private final SplittableRandom rng;

    Stories(Cast cast, SplittableRandom rng) {
        this.cast = cast;
        this.rng = rng;
    }

    // ---- deployments -------------------------------------------------------------------

    Told deployment(Article a) {
        Cast.State s = state(), h = other(s);
        if (!a.told.add("deployment " + s.key() + " " + h.key())) return null;
        int n = TROOPS[rng.nextInt(TROOPS.length)];
        String about = ABOUT[rng.nextInt(ABOUT.length)];
        String num = about + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
        String when = pick(WHEN);
        String sender = subject(s);
        String sentence;
        Object stage = "completed";
        String factuality = "confirmed";
        boolean counted = true;
        switch (rng.nextInt(11)) {
            case 0 -> sentence = sender + " sent " + num + " troops to " + h.named() + " " + when + ".";
            case 1 -> sentence = cap(num) + " troops were dispatched to " + h.named() + " by " + s.named() + " " + when + ".";
            case 2 -> {
                sentence = sender + " will deploy " + num + " soldiers to " + h.named() + " next month.";
                stage = List.of("planned", "announced");
            }
            case 3 -> {
                sentence = sender + " is considering sending troops to " + h.named() + ".";
                stage = "considered";
                counted = false;
            }
            case 4 -> {
                sentence = sender + " has reportedly sent " + num + " troops to " + h.named() + ".";
                factuality = "reported";
            }
            case 5 -> {
                sentence = cap(num) + " " + s.demonym() + " soldiers were allegedly deployed to " + h.named() + " " + when + ".";
                factuality = "alleged";
            }
            case 6 -> {
                sentence = "According to unverified reports, " + s.named() + " has moved " + num + " troops to " + h.named() + ".";
                factuality = "unverified";
            }
            case 7 -> {
                sentence = cap(num) + " " + s.demonym() + " troops are stationed in " + h.named() + ".";
                stage = "ongoing";
            }
            case 8 -> sentence = cap(num) + " " + s.demonym() + " paratroopers arrived in " + h.named() + " " + when + ".";
            case 9 -> {
                return refusedDeployment(a, s, h);
            }
            default -> sentence = h.named().substring(0, 1).toUpperCase(Locale.ROOT) + h.named().substring(1)
                    + " received " + num + " troops from " + s.named() + " " + when + ".";
        }
        a.paragraph(sentence, pick(AFTERWARDS));
        a.names(s.key(), s.names());
        a.names(h.key(), h.names());
        var row = a.row("deployments", "sender", s.key(), "host", h.key());
        if (counted) row.put("troops", n);
        row.put("stage", stage);
        row.put("factuality", factuality);
        if (counted) a.keyPoints.add(new String[] {"Troops", num + ", from " + s.named() + " to " + h.named()});
        return new Told("deployment", s, h, !factuality.equals("confirmed"), row);
    }

    private Told refusedDeployment(Article a, Cast.State s, Cast.State h) {
        String sentence = rng.nextBoolean() ? cap(s.named()) + " has refrained from sending troops to " + h.named() + "."
                : cap(s.named()) + " will not send troops to " + h.named() + ", its government made clear.";
        a.paragraph(sentence, "The question is expected to return at the next summit.");
        a.notAnswers.add("No deployment from " + s.label() + " to " + h.label() + ": the text negates it.");
        return null;
    }

    // ---- arms transfers ----------------------------------------------------------------

    Told transfer(Article a) {
        Cast.State s = state(), r = other(s);
        if (!a.told.add("transfer " + s.key() + " " + r.key())) return null;
        int shape = rng.nextInt(8);
        List<Cast.Weapon> systems = weapons(shape == 0 ? 1 + rng.nextInt(3) : 1 + rng.nextInt(2));
        String list = phrases(systems);
        String sentence;
        Object stage = "completed";
        String subject = subject(s);
        switch (shape) {
            case 0 -> {
                sentence = subject + " will supply " + r.named() + " with " + list + ".";
                stage = List.of("planned", "announced");
            }
            case 1 -> sentence = subject + " delivered " + list + " to " + r.named() + " " + pick(WHEN) + ".";
            case 2 -> {
                sentence = subject + " is considering supplying " + r.named() + " with " + list + ".";
                stage = "considered";
            }
            case 3 -> {
                a.paragraph(cap(s.named()) + " has refrained from supplying " + list + " to " + r.named() + ".",
                        "Its government cited the risk of escalation.");
                for (Cast.Weapon w : systems) a.notAnswers.add("No transfer of " + w.label() + " from " + s.label() + ": refused.");
                return null;
            }
            case 4 -> sentence = cap(list) + " were delivered to " + r.named() + " by " + s.named() + " in " + month(a) + ".";
            case 5 -> sentence = cap(r.named()) + " has received " + list + " from " + s.named() + ".";
            case 6 -> sentence = subject + " has reportedly shipped " + list + " to " + r.named() + ".";
            default -> {
                sentence = subject + " plans to provide " + r.named() + " with " + list + " next year.";
                stage = List.of("planned", "announced");
            }
        }
        a.paragraph(sentence, pick(new String[] {"The package was agreed after months of negotiation.",
                "Financial terms were not disclosed.", "Parliament still has to approve the budget for it."}));
        a.names(s.key(), s.names());
        a.names(r.key(), r.names());
        java.util.Map<String, Object> first = null;
        for (Cast.Weapon w : systems) {
            a.names(w.key(), w.names());
            var row = a.row("arms_transfers", "supplier", s.key(), "recipient", r.key(), "system", w.key(), "stage", stage);
            if (first == null) first = row;
        }
        a.keyPoints.add(new String[] {"Systems", labels(systems)});
        return new Told("transfer", s, r, shape == 6, first);
    }

    // ---- training ------------------------------------------------------------------------

    Told training(Article a) {
        Cast.State t = state(), h = other(t);
        if (!a.told.add("training " + t.key() + " " + h.key())) return null;
        String sentence;
        Object stage = "ongoing";
        String factuality = "confirmed";
        switch (rng.nextInt(5)) {
            case 0 -> sentence = cap(t.possessive()) + " soldiers are being trained in " + h.named() + ".";
            case 1 -> sentence = cap(t.demonym()) + " pilots are being trained in " + h.named() + " on Western aircraft.";
            case 2 -> {
                sentence = cap(t.demonym()) + " crews completed their training in " + h.named() + " " + pick(WHEN) + ".";
                stage = "completed";
            }
            case 3 -> {
                sentence = cap(t.demonym()) + " troops are reportedly being trained in " + h.named() + ".";
                factuality = "reported";
            }
            default -> sentence = "Instructors in " + h.named() + " are training " + pick(SMALL) + " battalions of " + t.demonym() + " soldiers.";
        }
        a.paragraph(sentence, "The course covers air defence, artillery and battlefield medicine.");
        a.names(t.key(), t.names());
        a.names(h.key(), h.names());
        var row = a.row("training", "trainee", t.key(), "host", h.key(), "stage", stage, "factuality", factuality);
        return new Told("training", t, h, !factuality.equals("confirmed"), row);
    }

    // ---- treaty signings -------------------------------------------------------------------

    Told signing(Article a) {
        List<Cast.Treaty> treaties = cast.treatiesBefore(a.date);
        if (treaties.isEmpty()) return null;
        Cast.Treaty t = treaties.get(rng.nextInt(treaties.size()));
        if (!a.told.add("treaty " + t.key())) return null;
        String name = t.name().chars().filter(Character::isLowerCase).count() == 0 ? t.name() + " treaty" : t.name();
        boolean day = t.signed().length() >= 10;
        String when = day ? dayText(t.signed()) : "in " + monthText(t.signed());
        String[] ps = rng.nextBoolean() ? new String[] {t.first().named(), t.second().named()} : new String[] {t.second().named(), t.first().named()};
        String sentence = rng.nextBoolean()
                ? cap(ps[0]) + " and " + ps[1] + " signed the " + name + " " + when + "."
                : "The " + name + " was signed by " + ps[0] + " and " + ps[1] + " " + when + ".";
        a.paragraph(sentence, pick(new String[] {"It returned to the agenda at talks this week.",
                "Both governments describe it as a cornerstone of their relationship.", "Its terms have not been changed since."}));
        String signed = day ? t.signed().substring(0, 10) : t.signed().substring(0, 7);
        a.names(t.key(), t.names());
        for (Cast.State p : List.of(t.first(), t.second())) {
            a.names(p.key(), p.names());
            a.row("treaties", "treaty", t.key(), "party", p.key(), "signed", signed);
        }
        a.keyPoints.add(new String[] {"Agreement", t.name()});
        return new Told("treaty", t.first(), t.second(), false, null);
    }

    // ---- helpers -------------------------------------------------------------------------

    /** A state named by its name, capital or ("The French government") demonym, as a sentence subject. */
    private String subject(Cast.State s) {
        int form = rng.nextInt(10);
        if (form < 2 && s.capital() != null) return s.capital();
        if (form == 2) return "The " + s.demonym() + " government";
        return cap(s.named());
    }

    Cast.State state() {
        return cast.states.get(rng.nextInt(cast.states.size()));
    }

    Cast.State other(Cast.State not) {
        Cast.State o;
        do {
            o = state();
        } while (o.equals(not));
        return o;
    }

    private List<Cast.Weapon> weapons(int n) {
        List<Cast.Weapon> out = new ArrayList<>();
        while (out.size() < n) {
            Cast.Weapon w = cast.weapons.get(rng.nextInt(cast.weapons.size()));
            if (!out.contains(w)) out.add(w);
        }
        return out;
    }

    private String phrases(List<Cast.Weapon> ws) {
        List<String> p = new ArrayList<>();
        for (Cast.Weapon w : ws) p.add(rng.nextInt(4) == 0 ? pick(SMALL) + " " + w.phrase() : w.phrase());
        return join(p);
    }

    private static String labels(List<Cast.Weapon> ws) {
        List<String> p = new ArrayList<>();
        for (Cast.Weapon w : ws) p.add(w.label());
        return String.join(", ", p);
    }

    static String join(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    String pick(String[] options) {
        return options[rng.nextInt(options.length)];
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String month(Article a) {
        return a.date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String dayText(String iso) {
        java.time.LocalDate d = java.time.LocalDate.parse(iso.substring(0, 10));
        String m = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return rng.nextBoolean() ? "on " + d.getDayOfMonth() + " " + m + " " + d.getYear() : "on " + m + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private static String monthText(String iso) {
        java.time.LocalDate d = java.time.LocalDate.parse(iso.substring(0, 7) + "-01");
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }
}
