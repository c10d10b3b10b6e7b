package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.entente.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts the data compilers verified (src/test/resources/reference-facts*.tsv), each checked
 * against the reference graph: treaty and conflict dates, parties and names; who held which
 * post on a day; tenure start and end dates. The header comment of each file defines its kinds.
 */
class ReferenceFactsTest {
    private static final List<String> FILES = List.of("reference-facts.tsv", "reference-facts-treaties.tsv");
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("state", Vocab.ID + "state/"), Map.entry("person", Vocab.ID + "person/"),
            Map.entry("post", Vocab.ID + "post/"), Map.entry("tenure", Vocab.ID + "tenure/"),
            Map.entry("org", Vocab.ID + "org/"), Map.entry("eorg", Vocab.ID + "org/"),
            Map.entry("weapon", Vocab.ID + "weapon/"), Map.entry("treaty", Vocab.ID + "treaty/"),
            Map.entry("conflict", Vocab.ID + "conflict/"), Map.entry("role", Vocab.ID + "role/"),
            Map.entry("tkind", Vocab.ID + "treaty-kind/"), Map.entry("wcat", Vocab.ID + "weapon-category/"),
            Map.entry("ent", Vocab.ENT));

    /** One line of a facts file. */
    record Fact(String where, String kind, String subject, String expected) {
        @Override
        public String toString() {
            return where + " " + kind + " " + subject + " = " + expected;
        }
    }

    static Stream<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        for (String file : FILES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of("src/test/resources", file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read fact file " + file, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) throw new IllegalStateException(file + ":" + (i + 1) + ": expected 3 tab-separated columns: " + line);
                out.add(new Fact(file + ":" + (i + 1), cols[0].strip(), cols[1].strip(), cols[2].strip()));
            }
        }
        return out.stream();
    }

    @Test
    void facts_atLeastThirty() {
        long n = facts().count();
        assertTrue(n >= 30, "only " + n + " facts in " + FILES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void fact_holdsInReferenceData(Fact f) {
        switch (f.kind()) {
            case "treaty-label", "conflict-label" -> assertEquals(List.of(f.expected()), strings(f.subject(), Vocab.LABEL), f.toString());
            case "treaty-alias", "conflict-alias" -> assertContains(strings(f.subject(), Vocab.ALT_LABEL), f.expected(), f);
            case "treaty-signed" -> assertEquals(List.of(f.expected()), strings(f.subject(), Vocab.SIGNED_ON), f.toString());
            case "treaty-in-force" -> assertEquals(List.of(f.expected()), strings(f.subject(), Vocab.ent("inForceFrom")), f.toString());
            case "treaty-ended" -> assertEquals(List.of(f.expected()), strings(f.subject(), Vocab.ent("endedOn")), f.toString());
            case "treaty-party" -> assertContains(strings(f.subject(), Vocab.PARTY), iri(f.expected()), f);
            case "treaty-party-count" -> assertEquals(Integer.parseInt(f.expected()), strings(f.subject(), Vocab.PARTY).size(), f.toString());
            case "treaty-kind" -> assertEquals(List.of(iri(f.expected())), strings(f.subject(), Vocab.ent("treatyKind")), f.toString());
            case "conflict-start", "tenure-start" -> assertEquals(List.of(f.expected()), strings(f.subject(), Vocab.START_DATE), f.toString());
            case "conflict-end", "tenure-end" -> assertEquals(List.of(f.expected()), strings(f.subject(), Vocab.END_DATE), f.toString());
            case "conflict-ongoing" -> assertEquals(List.of(), strings(f.subject(), Vocab.END_DATE), f + ": no end date");
            case "tenure-open" -> {
                assertTrue(exists(f.subject()), f + ": tenure exists");
                assertEquals(List.of(), strings(f.subject(), Vocab.END_DATE), f + ": no end date");
            }
            case "conflict-participant" -> assertContains(strings(f.subject(), Vocab.PARTICIPANT), iri(f.expected()), f);
            case "tenure-holder" -> holderOnDay(f);
            default -> fail(f + ": unknown kind of fact '" + f.kind() + "'");
        }
    }

    /** "US-defense-secretary@2024-10-30" = "Lloyd Austin": exactly one tenure covers the day, and the lookup agrees. */
    private static void holderOnDay(Fact f) {
        String[] parts = f.subject().split("@");
        Node post = Vocab.id("post/" + parts[0]);
        LocalDate day = LocalDate.parse(parts[1]);
        Set<String> holders = new TreeSet<>();
        for (ReferenceIndex.Tenure t : ReferenceFixture.INDEX.tenures(post)) {
            if (t.covers(day)) holders.add(ReferenceFixture.INDEX.entity(t.person()).label());
        }
        assertEquals(Set.of(f.expected()), holders, f.toString());
        Node holder = ReferenceFixture.INDEX.holder(post, day);
        assertEquals(f.expected(), ReferenceFixture.INDEX.entity(holder).label(), f + " (ReferenceIndex.holder)");
    }

    private static void assertContains(List<String> values, String expected, Fact f) {
        assertTrue(values.contains(expected), f + ": found " + values);
    }

    private static boolean exists(String subject) {
        return ReferenceFixture.GRAPH.contains(Vocab.iri(iri(subject)), Node.ANY, Node.ANY);
    }

    /** The values of a property of a subject: lexical forms of literals, IRIs as strings; sorted. */
    private static List<String> strings(String subject, Node property) {
        Node s = Vocab.iri(iri(subject));
        if (!ReferenceFixture.GRAPH.contains(s, Node.ANY, Node.ANY)) fail(subject + " is not in the reference graph");
        Set<String> out = new TreeSet<>();
        ReferenceFixture.GRAPH.find(s, property, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            out.add(o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : o.toString());
        });
        return List.copyOf(out);
    }

    /** Expands a prefixed name such as {@code treaty:nato} (or passes a full IRI through). */
    private static String iri(String name) {
        int colon = name.indexOf(':');
        String ns = colon < 0 ? null : PREFIXES.get(name.substring(0, colon));
        if (ns == null) {
            if (name.startsWith("http")) return name;
            throw new IllegalArgumentException("Unknown prefix in '" + name + "'; known: " + new TreeSet<>(PREFIXES.keySet()));
        }
        return ns + name.substring(colon + 1);
    }
}
