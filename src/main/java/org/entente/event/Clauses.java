package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Lemmas;
import org.entente.nlp.Token;

/**
 * Shallow syntax over one sentence: where a trigger's clause begins and ends, which actor is
 * its subject, what follows its prepositions, which personnel and weapons it names. Patterns
 * over tokens and mentions stand in for a parser, which no offline English model provides.
 */
final class Clauses {
    private final SentenceMentions sm;
    private final List<Token> tokens;
    private final org.entente.mention.ReferenceIndex index;

    Clauses(SentenceMentions sm, org.entente.mention.ReferenceIndex index) {
        this.sm = sm;
        this.tokens = sm.sentence().tokens();
        this.index = index;
    }

    int size() {
        return tokens.size();
    }

    /** The token at i; past either end a blank one, as {@link #lower} gives "" there, so a sentence cut short reads as ending. */
    Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : NONE;
    }

    private static final Token NONE = new Token("", "", "", "", -1, -1);

    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    Mention mentionAt(int i) {
        return sm.at(i);
    }

    /** The first token of the clause holding token t: after ";", ":", a subordinator or a complementiser "that". */
    int clauseStart(int t) {
        for (int j = t - 1; j >= 0; j--) {
            j = beforeRelative(j);
            String w = lower(j);
            if (w.equals(";") || w.equals(":") || w.equals("|") || w.equals("--")) return j + 1;
            if ((w.equals("that") || Lexicon.SUBORDINATORS.contains(w)) && !inMention(j) && !prepositionOnly(j)) return j + 1;
        }
        return 0;
    }

    /** "described the war as a just struggle", "after the ceremony": words that join clauses, here heading a noun phrase. */
    private boolean prepositionOnly(int j) {
        return Lexicon.PREPOSITION_SUBORDINATORS.contains(lower(j)) && tokens.get(j).tag().equals("ADP");
    }

    /**
     * "Russian instructors, who arrived after French forces left, are training …": a comma that closes a relative clause
     * leads back to the comma that opens it, so the clause's subject is found before it and nothing inside it is.
     * Returns j itself for any other token.
     */
    int beforeRelative(int j) {
        if (!lower(j).equals(",")) return j;
        for (int k = j - 2; k >= Math.max(0, j - 25); k--) {
            String w = lower(k);
            if (w.equals(";") || w.equals(":")) return j;
            if (w.equals(",") && Set.of("who", "which", "whose").contains(lower(k + 1))) return k;
        }
        return j;
    }

    /** Whether the clause starting at start is a relative one after a comma: "Japan, which is …", "Ruto, who said …". */
    boolean afterCommaRelative(int start) {
        return start > 1 && (lower(start - 1).equals("which") || lower(start - 1).equals("who")) && lower(start - 2).equals(",");
    }

    /** The clause that frames the one holding t: one level up, across a "that" ("reports indicate that ..."). */
    int frameStart(int t) {
        int start = clauseStart(t);
        return start > 0 && lower(start - 1).equals("that") ? clauseStart(start - 1) : start;
    }

    /** The end (exclusive) of the material after a trigger: up to ";" or a clause that starts after a comma. */
    int clauseEnd(int t) {
        for (int j = t + 1; j < tokens.size(); j++) {
            String w = lower(j);
            if (w.equals(";") || w.equals(":") || w.equals("|") || w.equals("(") || w.equals("--")) return j;
            if (Lexicon.SUBORDINATORS.contains(w) && !w.equals("as") && !inMention(j)) return j;
            if (w.equals("that") && j > t + 1 && !inMention(j)) return j;
            if (w.equals(",") && j + 1 < tokens.size()) {
                String next = lower(j + 1);
                // ", reports indicate that ...", ", officials said": a new clause with its own subject.
                for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
                    if (Lexicon.REPORT.contains(lower(k)) && k > j + 1) return j;
                }
                if (Lexicon.SUBORDINATORS.contains(next) || next.equals("according") || next.equals("saying")
                        || (next.endsWith("ing") && !next.equals("including") && next.length() > 5 && mentionAt(j + 1) == null)) return j;
            }
        }
        return tokens.size();
    }

    private boolean inMention(int i) {
        return mentionAt(i) != null;
    }

    /** An actor named in the text, how it was named, and where. */
    record Actor(Entity entity, Mention mention, int first, int last, boolean group) {}

    /** The actor a mention makes: a state, organisation, person, agency or force; a demonym only with a group noun after it. */
    Actor actorAt(Mention m) {
        if (m == null || m.kind() != Mention.Kind.ENTITY || m.entity() == null || !m.entity().type().isActor()) return null;
        if (m.aliasKind() == AliasKind.PLACE) return null;
        if (m.aliasKind() == AliasKind.DEMONYM) {
            int j = m.last();
            while (j < tokens.size() && j < m.last() + 2 && !Lexicon.GROUP_NOUNS.contains(lower(j)) && isModifier(j)) j++;
            if (j < tokens.size() && Lexicon.GROUP_NOUNS.contains(lower(j))) return new Actor(m.entity(), m, m.first(), j + 1, true);
            return null;
        }
        return new Actor(m.entity(), m, m.first(), m.last(), false);
    }

    private boolean isModifier(int j) {
        String tag = tokens.get(j).tag();
        return tag.equals("ADJ") || lower(j).equals("military") || lower(j).equals("defence") || lower(j).equals("defense") || lower(j).equals("foreign");
    }

    /** The nearest person left of t, else the nearest actor: a speaker with an apposition ("Shoigu, secretary of Russia's Security Council, said"). */
    Actor speaker(int t, int start) {
        Actor first = null;
        for (int j = t - 1; j >= start; j--) {
            j = beforeRelative(j);
            Mention m = mentionAt(j);
            Actor a = actorAt(m);
            if (a == null) continue;
            j = m.first();
            // "accused Israel of violating the truce … and condemned …": the object of an earlier verb does not speak.
            if (afterPreposition(m.first()) || modifiesNoun(a, t) || objectOfVerb(a, t)) continue;
            if (a.entity().type() == EntityType.PERSON) return a;
            if (first == null) first = a;
        }
        return first;
    }

    /** The nearest actor left of t in [start, t) that is not the object of a preposition nor a modifier of a noun. */
    Actor subject(int t, int start) {
        for (int j = t - 1; j >= start; j--) {
            j = beforeRelative(j);
            Mention m = mentionAt(j);
            Actor a = actorAt(m);
            if (a == null) continue;
            j = m.first();
            if (!afterPreposition(m.first()) && !modifiesNoun(a, t) && !objectOfVerb(a, t)) return a;
        }
        return null;
    }

    /**
     * "France will sell Armenia radars and will train ...": an actor right after a verb is its
     * object, unless a verb follows it too ("suggested North Korea might have sent").
     */
    boolean objectOfVerb(Actor a, int t) {
        int k = a.first() - 1;
        while (k >= 0 && (lower(k).equals("the") || tokens.get(k).tag().equals("DET"))) k--;
        if (k < 0 || !tokens.get(k).tag().equals("VERB")) return false;
        int next = a.last();
        if (next >= t) return false;
        String tag = tokens.get(next).tag();
        return !(tag.equals("AUX") || tag.equals("VERB") || lower(next).equals("'s"));
    }

    /** "Moscow-Pyongyang ties threaten ...": an actor right before a common noun is a modifier, not the subject. */
    boolean modifiesNoun(Actor a, int t) {
        int next = a.last();
        if (next >= t || next >= tokens.size() || a.group()) return false;
        Token n = tokens.get(next);
        // Taggers read "Stockholm plans to send" as a noun: a noun followed by "to" or a verb form is the predicate.
        if (next + 1 < tokens.size() && (lower(next + 1).equals("to") || lower(next + 1).equals("that"))) return false;
        if (n.lower().endsWith("s") && (Lexicon.PLAN.contains(n.lemma()) || Lexicon.SAY.contains(n.lemma()) || Lexicon.STATEMENT_VERBS.containsKey(n.lemma()))) return false;
        // "… secretary general went further": a past form the tagger took for a noun is the verb.
        if (Lemmas.isPast(n.lower()) && !n.lower().endsWith("ed")) return false;
        return n.tag().equals("NOUN") && mentionAt(next) == null && !Lexicon.PERSONNEL.containsKey(n.lemma()) && !Lexicon.GROUP_NOUNS.contains(n.lower());
    }

    /** Every actor of a coordinated subject ending left of t: "Russia and North Korea signed". */
    List<Actor> subjects(int t, int start) {
        List<Actor> out = new ArrayList<>();
        Actor a = subject(t, start);
        while (a != null) {
            out.add(0, a);
            int j = phraseStart(a) - 1;
            if (j < start || !(lower(j).equals("and") || lower(j).equals(","))) break;
            int k = j - 1;
            Mention m = mentionAt(k);
            a = actorAt(m);
            if (a == null || afterPreposition(a.first())) break;
        }
        return out;
    }

    /** Where an actor's phrase starts: "the Philippines", or the title before a name ("North Korean leader Kim Jong Un"). */
    int phraseStart(Actor a) {
        int first = a.first();
        for (org.entente.mention.Official o : sm.officials()) if (o.first() <= first && first < o.last()) first = Math.min(first, o.first());
        if (first > 0 && lower(first - 1).equals("the")) first--;
        return first;
    }

    /** A subject pronoun ("it", "they") in [start, t), standing for an actor named before. */
    boolean pronounSubject(int t, int start) {
        for (int j = start; j < t; j++) {
            String w = lower(j);
            if ((w.equals("it") || w.equals("they") || w.equals("he") || w.equals("she") || w.equals("we")) && !afterPreposition(j)) return true;
            // "Its military has trained …": the antecedent's own forces or body.
            if ((w.equals("its") || w.equals("their")) && j + 1 < t && tokens.get(j + 1).tag().equals("NOUN") && !afterPreposition(j)) return true;
        }
        return false;
    }

    /** Every actor of a list after one of the words: "in Denmark, Romania and the United States". */
    List<Actor> afterWordAll(int from, int to, java.util.Set<String> words, boolean byLemma) {
        List<Actor> out = new ArrayList<>();
        Actor a = afterWord(from, to, words, byLemma);
        while (a != null) {
            out.add(a);
            int j = a.last();
            if (j < to && lower(j).equals("'s")) break;
            if (j >= to || !(lower(j).equals(",") || lower(j).equals("and") || lower(j).equals("or"))) break;
            j++;
            if (j < to && (lower(j).equals("and") || lower(j).equals("or"))) j++;
            if (j < to && lower(j).equals("the")) j++;
            Actor next = j < to ? actorAt(mentionAt(j)) : null;
            if (next == null || next.first() != j) break;
            a = next;
        }
        return out;
    }

    boolean afterPreposition(int first) {
        int k = first - 1;
        while (k >= 0 && (lower(k).equals("the") || lower(k).equals("its") || lower(k).equals("their"))) k--;
        if (k >= 0 && Lexicon.PREPOSITIONS.contains(lower(k)) && !lower(k).equals("by")) return true;
        // "in Iten, Kenya": a place after a place is still inside the preposition's phrase.
        if (k >= 2 && lower(k).equals(",") && tokens.get(k - 1).isCapitalized()) {
            int j = k - 1;
            while (j > 0 && tokens.get(j - 1).isCapitalized() && j > k - 4) j--;
            return j > 0 && Lexicon.PREPOSITIONS.contains(lower(j - 1)) && !lower(j - 1).equals("by");
        }
        return false;
    }

    /** The state (or actor) right after one of the words in [from, to): "to Ukraine", "in Russia's Far East", "support Russia". */
    Actor afterWord(int from, int to, java.util.Set<String> words, boolean byLemma) {
        for (int j = from; j < to - 1; j++) {
            String w = byLemma ? tokens.get(j).lemma() : lower(j);
            if (!words.contains(w) || inMention(j)) continue;
            int k = j + 1;
            // "in southern Lebanon", "to the east of Ukraine" is not read, but a compass word before the name is passed over.
            while (k < to && (lower(k).equals("the") || Lexicon.COMPASS.contains(lower(k)) && !inMention(k) || Lexicon.HELP.contains(tokens.get(k).lemma()) && !byLemma)) k++;
            k = pastPlaceNoun(k, to);
            Actor a = k < to ? actorAt(mentionAt(k)) : null;
            if (a == null && k < to) {
                Mention m = mentionAt(k);
                // "to Kursk", "in Ramstein": a place stands for its state where things are sent or happen.
                boolean place = m != null && (m.aliasKind() == AliasKind.DEMONYM || m.aliasKind() == AliasKind.PLACE);
                if (place && m.entity() != null) a = new Actor(m.entity(), m, m.first(), m.last(), false);
            }
            if (a != null && a.first() == k) return a;
        }
        return null;
    }

    /**
     * Past a kind of place that the name after "of" fills: "the northern island of Batanes", "the port city of Odesa".
     * Returns k unchanged unless a place noun, at most three words in, is followed by "of" and a name.
     */
    private int pastPlaceNoun(int k, int to) {
        for (int j = k; j < Math.min(to - 2, k + 4); j++) {
            if (inMention(j)) return k;
            String tag = tokens.get(j).tag();
            if (Lexicon.PLACE_NOUNS.contains(lower(j)) && lower(j + 1).equals("of") && mentionAt(j + 2) != null) return j + 2;
            if (!(tag.equals("ADJ") || tag.equals("NOUN"))) return k;
        }
        return k;
    }

    /** Personnel named in [from, to): "around 3,000 North Korean soldiers", "military advisors". */
    record Personnel(String noun, Long count, Entity nationality, int first, int last) {}

    Personnel personnel(int from, int to) {
        for (int j = Math.max(from, 0); j < Math.min(to, tokens.size()); j++) {
            String lemma = tokens.get(j).lemma();
            String noun = Lexicon.PERSONNEL.get(lemma);
            if (noun == null) continue;
            if (inMentionOtherThanDemonym(j)) {
                // "about 2,000 U.S. Marines": a counted force named in the plural is its people.
                Mention m = mentionAt(j);
                Long n = m.last() == j + 1 && m.entity() != null && m.entity().type() == EntityType.ARMED_FORCE
                        && plural(tokens.get(j)) ? count(m.first(), lemma) : null;
                if (n != null) return new Personnel(noun, n, stateOf(m.entity()), phraseStart(m.first()), j + 1);
                continue;
            }
            if (j + 1 < tokens.size() && (Lexicon.PERSONNEL.containsKey(tokens.get(j + 1).lemma()) || isCraftNoun(lower(j + 1)))) continue;
            // "a brigade of about 4,000 soldiers": the people inside the unit count.
            if (Lexicon.UNIT_NOUNS.contains(lemma) && lower(j + 1).equals("of")) continue;
            // "a brigade" is forces; "a soldier" is one person, not a deployment.
            if (!plural(tokens.get(j)) && !lemma.equals("personnel") && !lemma.equals("infantry") && !lemma.equals("force")
                    && !Lexicon.UNIT_NOUNS.contains(lemma)) continue;
            if (lemma.equals("force") && j > 0 && (lower(j - 1).equals("air") || lower(j - 1).equals("rocket"))) continue;
            return new Personnel(noun, count(j, lemma), nationality(j), phraseStart(j), j + 1);
        }
        return null;
    }

    private boolean inMentionOtherThanDemonym(int j) {
        Mention m = mentionAt(j);
        return m != null && m.kind() == Mention.Kind.ENTITY;
    }

    private static boolean isCraftNoun(String w) {
        return w.startsWith("jet") || w.equals("aircraft") || w.startsWith("plane") || w.startsWith("drone") || w.startsWith("bomber");
    }

    private static boolean plural(Token t) {
        return t.lower().endsWith("s") || t.lower().endsWith("men") || t.lower().equals("personnel") || t.lower().equals("infantry");
    }

    private Long count(int noun, String lemma) {
        if (Lexicon.UNIT_NOUNS.contains(lemma)) return null;
        for (int k = noun - 1; k >= Math.max(0, noun - 6); k--) {
            Mention m = mentionAt(k);
            if (m != null && m.kind() == Mention.Kind.NUMBER) return m.number();
            if (lower(k).equals(",") || Lexicon.PREPOSITIONS.contains(lower(k)) && !lower(k).equals("of")) break;
            // "A 2009 agreement that gave U.S. forces access": a number beyond a verb counts something else.
            if (m == null && (tokens.get(k).tag().equals("VERB") || tokens.get(k).tag().equals("AUX") || Lexicon.RELATIVES.contains(lower(k)))) break;
        }
        return null;
    }

    private Entity nationality(int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 4); k--) {
            Mention m = mentionAt(k);
            if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null) {
                Entity e = m.entity();
                if (e.type() == EntityType.STATE || e.type() == EntityType.ARMED_FORCE || e.type() == EntityType.UNIT) return stateOf(e);
                return null;
            }
            if (Lexicon.PREPOSITIONS.contains(lower(k)) || lower(k).equals(",")) break;
        }
        // "troops from Belarus"
        if (noun + 2 < tokens.size() && lower(noun + 1).equals("from")) {
            Actor a = actorAt(mentionAt(noun + 2));
            if (a == null) {
                Mention m = mentionAt(noun + 2);
                if (m != null && m.isEntity(EntityType.STATE)) return m.entity();
            }
            if (a != null) return stateOf(a.entity());
        }
        return null;
    }

    private int phraseStart(int noun) {
        int k = noun;
        while (k > 0 && noun - k < 6) {
            String w = lower(k - 1);
            if (Lexicon.PREPOSITIONS.contains(w) && !w.equals("around") || w.equals(",") || w.equals("and") || isVerbish(k - 1)) break;
            k--;
        }
        return k;
    }

    private boolean isVerbish(int i) {
        String tag = tokens.get(i).tag();
        return tag.equals("VERB") || tag.equals("AUX");
    }

    /** The state an actor stands for or belongs to: itself, or the state of an agency, force or person. */
    Entity stateOf(Entity e) {
        if (e == null) return null;
        if (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) return e;
        return e.state() == null ? null : index.entity(e.state());
    }

    /** Weapons named in [from, to): reference systems, or a designation before a category word ("Lyutyi drones"). */
    List<Entity> weapons(int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : sm.mentions()) {
            if (m.first() < from || m.first() >= to) continue;
            if (m.isEntity(EntityType.WEAPON)) {
                if (!out.contains(m.entity())) out.add(m.entity());
            } else if (m.kind() == Mention.Kind.CATEGORY && m.first() > from) {
                Entity w = designated(m);
                if (w != null && !out.contains(w)) out.add(w);
            }
        }
        return out;
    }

    /**
     * "Lyutyi drones", "Ground Master 200 air defence radars", "Mistral short-range missiles": a designation (capitalised
     * or alphanumeric words, a model number among them) before a category word, past words of range or role, names a system.
     */
    private Entity designated(Mention category) {
        int d = category.first() - 1;
        while (d > 0 && category.first() - d <= 4 && (ROLE_WORDS.contains(lower(d)) || lower(d).equals("-"))) d--;
        int first = d;
        while (first > 0 && d - first < 3 && designationPart(first - 1)) first--;
        if (!(isDesignation(tokens.get(d).text()) || d > first && lower(d).chars().allMatch(Character::isDigit))) return null;
        // A model number may be read as a number ("200"); any other mention is something else.
        for (int k = first; k <= d; k++) if (inMention(k) && mentionAt(k).kind() != Mention.Kind.NUMBER) return null;
        // "Rafale Marine fighters": a word after a known system is a variant of it, not a system of its own.
        if (first > 0 && mentionAt(first - 1) != null && mentionAt(first - 1).isEntity(EntityType.WEAPON)) return null;
        Entity cat = category.entity();
        if (cat == null && !category.candidates().isEmpty()) cat = category.candidates().get(0);
        String name = sm.sentence().text().substring(tokens.get(first).begin() - sm.sentence().begin(), tokens.get(d).end() - sm.sentence().begin());
        org.apache.jena.graph.Node iri = org.entente.vocab.Iris.entity("weapon", name);
        // "Mistral short-range missiles" is the reference's "Mistral missile" under a shorter name: one system, one label.
        Entity known = index.entity(iri);
        if (known != null && known.type() == EntityType.WEAPON) return known;
        return new Entity(iri, EntityType.WEAPON, name, null, cat == null ? null : cat.iri(), false);
    }

    /** A word of a multi-word designation before its last word: "Ground" and "Master" of "Ground Master 200". */
    private boolean designationPart(int k) {
        Token t = tokens.get(k);
        return !inMention(k) && isDesignation(t.text()) && Character.isUpperCase(t.text().charAt(0));
    }

    /** Words of range and role between a designation and its category: "short-range", "anti-tank", "self-propelled". */
    private static final java.util.Set<String> ROLE_WORDS = java.util.Set.of("short", "medium", "long", "range", "anti", "tank",
            "ship", "aircraft", "self", "propelled", "surface", "to", "guided", "portable", "mobile", "towed", "tracked", "wheeled");

    static boolean isDesignation(String w) {
        if (w.length() < 2 || !Character.isLetterOrDigit(w.charAt(0))) return false;
        boolean digit = w.chars().anyMatch(Character::isDigit);
        boolean upper = Character.isUpperCase(w.charAt(0));
        return (digit && w.chars().anyMatch(Character::isLetter)) || (upper && w.length() > 2 && !COMMON_CAPITALS.contains(w));
    }

    private static final java.util.Set<String> COMMON_CAPITALS = java.util.Set.of("The", "This", "These", "Those", "Its", "Their",
            "New", "Old", "Modern", "Advanced", "More", "Additional", "Several", "Some", "Many", "Western", "Soviet", "Allied",
            "Military", "Heavy", "Light", "Long", "Short", "Air", "Naval", "Armoured", "Armored", "Ballistic", "Cruise", "Attack",
            "Combat", "Fighter", "Defense", "Defence", "Anti", "Main", "Battle", "Mobile", "Such", "Other", "Both", "All", "Any");

    /** Is token t a past form (sent, deployed, had been sent)? */
    boolean past(int t) {
        return Lemmas.isPast(lower(t));
    }
}
