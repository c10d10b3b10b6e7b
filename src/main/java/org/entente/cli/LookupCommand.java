package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Lookup;
import org.entente.mention.ReferenceIndex;
import org.entente.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente lookup TEXT [--date YYYY-MM-DD]}: what a name resolves to in the reference
 * data. Reads the reference Turtle straight into memory (no store), so it answers in about a
 * second.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        header = "Show what a name or post title resolves to in the reference data.",
        description = {"Prints the canonical IRI, type, label and Wikidata IRI of each entity the text can mean, "
                + "and for a post its holder on the date. Several entities: all are listed as ambiguous. "
                + "Exit status 1 when nothing matches.",
                "Examples: entente lookup Pyongyang;  entente lookup \"U.S. Defense Secretary\" --date 2024-10-30"})
final class LookupCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<text>",
            description = "The name to look up; several words are joined by spaces (quotes optional).")
    List<String> words;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "Date on which to resolve posts to their holders (default: today).")
    LocalDate date;

    @Option(names = "--reference", paramLabel = "<dir>",
            description = "Extra reference data: a folder of Turtle files added to the bundled reference graph. Repeatable.")
    List<Path> reference = new ArrayList<>();

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        LocalDate on = date != null ? date : LocalDate.now();
        ReferenceIndex index = ReferenceIndex.build(ReferenceData.read(reference).graph());
        Lookup.Result r = new Lookup(index).resolve(text, on);
        if (r.status() == Lookup.Status.NOT_FOUND) {
            System.err.println("entente: nothing in the reference data is named \"" + text + "\"");
            return 1;
        }
        print(System.out, r, index);
        return 0;
    }

    static void print(PrintStream out, Lookup.Result r, ReferenceIndex index) {
        out.printf("text      %s%n", r.text());
        out.printf("date      %s%n", r.date());
        out.printf("status    %s%n", status(r));
        int n = 0;
        for (Lookup.Candidate c : r.candidates()) {
            out.println();
            if (r.candidates().size() > 1) out.printf("[%d]%n", ++n);
            Entity e = c.entity();
            out.printf("iri       %s%n", e.iri().getURI());
            out.printf("type      %s%n", e.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            out.printf("label     %s%n", e.label());
            out.printf("wikidata  %s%n", c.wikidata() == null ? "-" : c.wikidata().getURI());
            out.printf("via       %s%s%n", c.via().name().toLowerCase(Locale.ROOT).replace('_', ' '), c.needsContext() ? " (needs context)" : "");
            if (e.state() != null && e.type() != EntityType.STATE) {
                out.printf("%-9s %s%n", e.type() == EntityType.WEAPON ? "maker" : "of", named(index, e.state()));
            }
            if (e.type() == EntityType.POST) out.printf("holder    %s%n", holder(c, r.date()));
            for (Entity p : c.postsHeld()) out.printf("holds     %s%n", named(index, p.iri()));
        }
    }

    private static String status(Lookup.Result r) {
        return switch (r.status()) {
            case RESOLVED -> "resolved";
            case AMBIGUOUS -> "AMBIGUOUS: " + r.candidates().size() + " different entities fit; context must decide";
            case NEEDS_CONTEXT -> r.candidates().isEmpty()
                    ? "needs context: \"" + r.matched() + "\" is a kind of post; say whose (e.g. \"Japan's " + r.matched().toLowerCase(Locale.ROOT) + "\")"
                    : "needs context: the reference data marks \"" + r.matched() + "\" as an ambiguous name";
            case NOT_FOUND -> "not found";
        };
    }

    private static String holder(Lookup.Candidate c, LocalDate date) {
        Lookup.Holding h = c.holder();
        if (h == null) return "none known on " + date;
        return h.person().label() + " <" + h.person().iri().getURI() + ">, " + h.start() + " to " + (h.end() == null ? "now" : h.end());
    }

    private static String named(ReferenceIndex index, Node iri) {
        Entity e = index.entity(iri);
        return (e == null ? iri.getLocalName() : e.label()) + " <" + iri.getURI() + ">";
    }
}
