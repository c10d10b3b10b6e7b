package org.entente.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.entente.mention.ReferenceIndex;
import org.entente.vocab.Vocab;

/**
 * The entities generated articles draw from, all taken from the reference data: states with
 * the names, demonyms and capitals that name them unambiguously; officials with their posts
 * and dated tenures; weapon system models; bilateral treaties with their signing dates. Every
 * form used in text is checked against the alias index, so it names exactly one entity.
 * Lists are sorted by IRI, so a seed gives the same article on every run.
 */
final class Cast {
    /** A state and the forms text may name it by. */
    record State(String key, Node iri, String label, boolean needsThe, String name, String demonym, String capital,
                 List<String> names) {
        /** The name as a sentence subject or object: "the Netherlands", "France". */
        String named() {
            return needsThe ? "the " + name : name;
        }

        /** "the Netherlands'" is awkward; every possessive reads "X's". */
        String possessive() {
            return named() + "'s";
        }
    }

    /** A holder of a post from one date to another (end null while in office), with its role words. */
    record Official(String key, Node person, String name, State state, String roleName, List<String> roles,
                    LocalDate from, LocalDate to) {
        /** In office for sure on that day: after the latest day the tenure may have begun, before the earliest it may have ended. */
        boolean inOffice(LocalDate d) {
            return d.isAfter(from) && (to == null || d.isBefore(to));
        }
    }

    /** A weapon system model, the form used in text and its plural noun phrase. */
    record Weapon(String key, Node iri, String label, String phrase, List<String> names) {}

    /** A bilateral treaty: its name in text, parties and signing date (ISO, day or month precision). */
    record Treaty(String key, Node iri, String label, String name, State first, State second, String signed, List<String> names) {}

    private static final Set<String> ROLE_NAMES = Set.of("president", "prime minister", "chancellor", "foreign minister",
            "foreign secretary", "secretary of state", "defence minister", "defense minister", "defence secretary", "defense secretary");
    /** Multilateral or contested signings the generator leaves out: "A and B signed it" would not be plainly true. */
    private static final Set<String> LEFT_OUT_TREATIES = Set.of("ctbt-1996", "open-skies-treaty-1992", "minsk-protocol-2014",
            "minsk-ii-2015", "cn-ru-joint-statement-2022");
    /** Plural nouns for weapon categories; models of other categories are not used. */
    private static final TreeMap<String, String> CATEGORY_NOUNS = new TreeMap<>();

    static {
        String[][] nouns = {{"main-battle-tank", "tanks"}, {"air-defence-system", "air defence systems"},
            {"self-propelled-howitzer", "self-propelled howitzers"}, {"fighter-aircraft", "fighter jets"},
            {"multiple-rocket-launcher", "rocket launchers"}, {"infantry-fighting-vehicle", "infantry fighting vehicles"},
            {"armoured-vehicle", "armoured vehicles"}, {"anti-tank-missile", "anti-tank missiles"}, {"drone", "drones"},
            {"attack-helicopter", "attack helicopters"}, {"towed-artillery", "howitzers"}, {"cruise-missile", "cruise missiles"},
            {"transport-aircraft", "transport aircraft"}, {"anti-ship-missile", "anti-ship missiles"}};
        for (String[] n : nouns) CATEGORY_NOUNS.put(n[0], n[1]);
    }

    final List<State> states;
    final List<Official> officials;
    final List<Weapon> weapons;
    final List<Treaty> treaties;

    private Cast(List<State> states, List<Official> officials, List<Weapon> weapons, List<Treaty> treaties) {
        this.states = List.copyOf(states);
        this.officials = List.copyOf(officials);
        this.weapons = List.copyOf(weapons);
        this.treaties = List.copyOf(treaties);
    }

    static Cast from(Graph g, ReferenceIndex index) {
        Reader r = new Reader(g, index);
        TreeMap<String, State> allStates = r.states();
        List<Official> officials = r.officials(allStates);
        // The states articles are about: those with officials in the reference data.
        TreeSet<String> withOfficials = new TreeSet<>();
        for (Official o : officials) withOfficials.add(o.state().key());
        List<State> states = new ArrayList<>();
        for (String k : withOfficials) states.add(allStates.get(k));
        return new Cast(states, officials, r.weapons(), r.treaties(allStates));
    }

    /** Officials in office on a date. */
    List<Official> officialsOn(LocalDate d) {
        List<Official> out = new ArrayList<>();
        for (Official o : officials) if (o.inOffice(d)) out.add(o);
        return out;
    }

    /** Treaties signed before a date. */
    List<Treaty> treatiesBefore(LocalDate d) {
        List<Treaty> out = new ArrayList<>();
        for (Treaty t : treaties) if (t.signed().compareTo(d.toString()) < 0) out.add(t);
        return out;
    }

    // ---- reading the reference graph ---------------------------------------------------

    private static final class Reader {
        private final Graph g;
        private final ReferenceIndex index;

        Reader(Graph g, ReferenceIndex index) {
            this.g = g;
            this.index = index;
        }

        TreeMap<String, State> states() {
            TreeMap<String, State> out = new TreeMap<>();
            for (Node s : subjects(Vocab.STATE)) {
                String label = string(s, Vocab.LABEL);
                if (label == null) continue;
                String name = names(s, label);
                if (name == null) continue;
                String demonym = demonym(s);
                String capital = null;
                for (String c : strings(s, Vocab.CAPITAL)) if (capital == null && unique(c, s)) capital = c;
                List<String> names = new ArrayList<>();
                names.add(label);
                names.addAll(strings(s, Vocab.ALT_LABEL));
                names.addAll(strings(s, Vocab.OFFICIAL_NAME));
                if (capital != null) names.add(capital);
                String key = "state-" + s.getLocalName().toLowerCase(Locale.ROOT);
                out.put(key, new State(key, s, label, needsThe(name), name, demonym, capital, lowerDistinct(names)));
            }
            return out;
        }

        /** The label when it names only this state, else an alternative name that does. */
        private String names(Node s, String label) {
            if (unique(label, s)) return label;
            for (String a : strings(s, Vocab.ALT_LABEL)) if (a.length() > 3 && unique(a, s)) return a;
            return null;
        }

        /** The adjective among the demonyms: "Danish" over "Dane"/"Danes", "Russian" over "Russians". */
        private String demonym(Node s) {
            List<String> forms = strings(s, Vocab.DEMONYM);
            for (String d : forms) {
                if ((d.endsWith("ish") || d.endsWith("ese") || d.endsWith("ch") || d.endsWith("ic")) && unique(d, s)) return d;
            }
            for (String d : forms) if (forms.contains(d + "s") && unique(d, s)) return d;
            return null;
        }

        List<Official> officials(TreeMap<String, State> states) {
            List<Official> out = new ArrayList<>();
            for (Node t : subjects(Vocab.TENURE)) {
                Node person = object(t, Vocab.HOLDER), post = object(t, Vocab.POST_PROP);
                String start = string(t, Vocab.START_DATE), end = string(t, Vocab.END_DATE);
                if (person == null || post == null || start == null) continue;
                Node owner = object(post, Vocab.OF_STATE);
                String roleName = string(post, Vocab.ROLE_NAME);
                String name = string(person, Vocab.LABEL);
                if (owner == null || roleName == null || name == null || !ROLE_NAMES.contains(roleName) || !unique(name, person)) continue;
                State state = states.get("state-" + owner.getLocalName().toLowerCase(Locale.ROOT));
                if (state == null || state.demonym() == null) continue;
                if (end != null && end.compareTo(start) <= 0) continue;
                List<String> roles = new ArrayList<>();
                roles.add(roleName);
                for (String a : strings(post, Vocab.ROLE_ALIAS)) roles.add(a);
                out.add(new Official("person-" + person.getLocalName(), person, name, state, roleName, lowerDistinct(roles),
                        latest(start), end == null ? null : earliest(end)));
            }
            out.sort(Comparator.comparing((Official o) -> o.key()).thenComparing(o -> o.from()));
            return out;
        }

        List<Weapon> weapons() {
            List<Weapon> out = new ArrayList<>();
            for (Node w : subjects(Vocab.WEAPON_SYSTEM_MODEL)) {
                String label = string(w, Vocab.LABEL);
                Node cat = object(w, Vocab.CATEGORY);
                if (label == null || cat == null || object(w, Vocab.AMBIGUOUS_ALIAS) != null) continue;
                String noun = CATEGORY_NOUNS.get(cat.getLocalName());
                if (noun == null || !unique(label, w) || hasLowerCaseWord(label)) continue;
                List<String> names = new ArrayList<>();
                names.add(label);
                names.addAll(strings(w, Vocab.ALT_LABEL));
                out.add(new Weapon("weapon-" + w.getLocalName(), w, label, label + " " + noun, lowerDistinct(names)));
            }
            return out;
        }

        List<Treaty> treaties(TreeMap<String, State> states) {
            List<Treaty> out = new ArrayList<>();
            for (Node t : subjects(Vocab.TREATY)) {
                if (LEFT_OUT_TREATIES.contains(t.getLocalName())) continue;
                String label = string(t, Vocab.LABEL);
                String signed = string(t, Vocab.SIGNED_ON);
                List<Node> parties = objects(t, Vocab.PARTY);
                if (label == null || signed == null || parties.size() != 2 || signed.length() < 7 || signed.compareTo("1992") < 0) continue;
                State a = states.get("state-" + parties.get(0).getLocalName().toLowerCase(Locale.ROOT));
                State b = states.get("state-" + parties.get(1).getLocalName().toLowerCase(Locale.ROOT));
                if (a == null || b == null) continue;
                String name = unique(label, t) ? label : null;
                for (String alt : strings(t, Vocab.ALT_LABEL)) if (name == null && alt.length() > 12 && unique(alt, t)) name = alt;
                if (name == null) continue;
                List<String> names = new ArrayList<>();
                names.add(label);
                names.addAll(strings(t, Vocab.ALT_LABEL));
                out.add(new Treaty("treaty-" + t.getLocalName(), t, label, name, a, b, signed, lowerDistinct(names)));
            }
            return out;
        }

        /** True when the text form names exactly this entity, unambiguously. */
        private boolean unique(String form, Node entity) {
            List<ReferenceIndex.Alias> aliases = index.aliases(form);
            if (aliases.isEmpty()) return false;
            for (ReferenceIndex.Alias a : aliases) if (!a.entity().iri().equals(entity) || a.ambiguous()) return false;
            return true;
        }

        private List<Node> subjects(Node type) {
            TreeSet<String> iris = new TreeSet<>();
            g.find(Node.ANY, Vocab.TYPE, type).forEachRemaining(t -> {
                if (t.getSubject().isURI()) iris.add(t.getSubject().getURI());
            });
            List<Node> out = new ArrayList<>();
            for (String i : iris) out.add(Vocab.iri(i));
            return out;
        }

        private List<Node> objects(Node s, Node p) {
            List<Node> out = new ArrayList<>(g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
            out.sort(Comparator.comparing(Node::toString));
            return out;
        }

        private Node object(Node s, Node p) {
            List<Node> all = objects(s, p);
            return all.isEmpty() ? null : all.get(0);
        }

        private String string(Node s, Node p) {
            Node o = object(s, p);
            return o == null ? null : o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
        }

        private List<String> strings(Node s, Node p) {
            List<String> out = new ArrayList<>();
            for (Node o : objects(s, p)) if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
            return out;
        }
    }

    // ---- small helpers ---------------------------------------------------------------------

    private static boolean needsThe(String name) {
        return name.startsWith("United ") || name.endsWith(" Islands") || name.endsWith("Republic") || name.contains(" of ")
                || Set.of("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives").contains(name);
    }

    private static boolean hasLowerCaseWord(String label) {
        for (String w : label.split("[ -]")) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) return true;
        return false;
    }

    /** The latest day a start date of day, month or year precision may mean: in office for sure from then. */
    private static LocalDate latest(String iso) {
        if (iso.length() >= 10) return LocalDate.parse(iso.substring(0, 10));
        if (iso.length() == 7) return LocalDate.parse(iso + "-01").plusMonths(1).minusDays(1);
        return LocalDate.parse(iso.substring(0, 4) + "-12-31");
    }

    /** The earliest day an end date may mean: in office for sure until then. */
    private static LocalDate earliest(String iso) {
        if (iso.length() >= 10) return LocalDate.parse(iso.substring(0, 10));
        if (iso.length() == 7) return LocalDate.parse(iso + "-01");
        return LocalDate.parse(iso.substring(0, 4) + "-01-01");
    }

    private static List<String> lowerDistinct(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String l = n.toLowerCase(Locale.ROOT);
            if (!out.contains(l)) out.add(l);
        }
        return out;
    }
}
