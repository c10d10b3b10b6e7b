package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.entente.SentenceWarning;
import org.entente.bench.CorpusGenerator;
import org.entente.document.Document;
import org.entente.document.DocumentReader;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Analyzer;
import org.entente.nlp.Nlp;
import org.entente.nlp.Sentence;
import org.entente.store.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sentence of the gold set and of a generated corpus, with words dropped and repeated,
 * names and treaty titles doubled, punctuation lost or doubled and quotes left open, read by
 * the whole text pipeline. Nothing may escape, and no stage may skip a sentence: the per-sentence
 * isolation is a safety net for users, and a warning here is a bug to fix. Deterministic: each
 * document's variants come from a {@link Random} seeded by the document's name.
 */
class SentenceFuzzTest {
    /** The seed; to hunt further, {@code mvn test -Dtest=SentenceFuzzTest -Dentente.fuzz.seed=7 -Dentente.fuzz.rebuilt=20}. */
    static final long SEED = Long.getLong("entente.fuzz.seed", 20241025L);
    /** Variants of each document rebuilt from its mutated sentences (formats in turn); one more mutates its source file. */
    static final int REBUILT = Integer.getInteger("entente.fuzz.rebuilt", 3);
    static final int GENERATED = 50;
    static final LocalDate DATE = LocalDate.of(2024, 10, 25);

    static Nlp nlp;
    static Graph reference;
    static TextDocuments text;
    static Analyzer analyzer;

    @TempDir
    static Path generated;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
        reference = ReferenceData.read(List.of()).graph();
        text = new TextDocuments(nlp, ReferenceIndex.build(reference));
        analyzer = new Analyzer(nlp);
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    @Test
    void goldSet_mutatedSentences_readWithoutFailureOrWarning() throws IOException {
        assertClean(fuzz(documents(Path.of("data/gold"))));
    }

    @Test
    void generatedCorpus_mutatedSentences_readWithoutFailureOrWarning() throws IOException {
        CorpusGenerator.over(reference).write(generated, GENERATED, SEED);
        assertClean(fuzz(documents(generated)));
    }

    @Test
    void foundBefore_readWithoutFailureOrWarning() throws IOException {
        // Inputs fuzzing once found a bug with, one document a line: they stay fixed.
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fuzz/found.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) continue;
            run("found-line-" + (i + 1) + ".txt", lines.get(i).getBytes(StandardCharsets.UTF_8), failures);
        }
        assertClean(failures);
    }

    private static void assertClean(List<String> failures) {
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures (the variants are in " + FAILED + "):\n"
                + String.join("\n", failures.stream().limit(40).toList()));
    }

    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(md|txt|html)")).sorted().toList();
        }
    }

    /** Reads every variant of every document; returns one line per escaped exception or warning. */
    private static List<String> fuzz(List<Path> files) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            byte[] bytes = Files.readAllBytes(f);
            Mutations mutations = new Mutations(new Random(SEED ^ name.hashCode()));
            Document doc = DocumentReader.standard().read(Path.of(name), bytes, DATE);
            List<Sentence> sentences = analyzer.analyze(doc, words -> false);
            for (int k = 0; k < REBUILT; k++) {
                Format format = Format.values()[(k + name.length()) % Format.values().length];
                run(stem(name) + "~" + k + format.extension, format.render(doc, sentences, mutations).getBytes(StandardCharsets.UTF_8), failures);
            }
            run(stem(name) + "~raw" + name.substring(name.lastIndexOf('.')), raw(new String(bytes, StandardCharsets.UTF_8), mutations)
                    .getBytes(StandardCharsets.UTF_8), failures);
        }
        return failures;
    }

    /** Reads one variant; a failing one is kept in {@link #FAILED} to read again by hand. */
    private static void run(String name, byte[] bytes, List<String> failures) {
        int before = failures.size();
        try {
            TextDocuments.Result r = text.read(name, bytes, name, DATE);
            for (SentenceWarning w : r.warnings()) failures.add(w.message());
            // A literal the store's users cannot read ("2024-02-31"^^xsd:date) is a bug too, if a quieter one.
            r.document().graph().find().forEachRemaining(t -> {
                if (t.getObject().isLiteral() && !t.getObject().getLiteral().isWellFormed()) failures.add(name + ": ill-formed " + t.getObject());
            });
        } catch (RuntimeException e) {
            StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            failures.add(name + ": escaped: " + e + (top == null ? "" : " (at " + top + ")"));
        }
        if (failures.size() > before) keep(name, bytes);
    }

    /** Where failing variants are written: {@code ./entente ingest} or a test can read them again. */
    static final Path FAILED = Path.of("target", "fuzz-failures");

    private static void keep(String name, byte[] bytes) {
        try {
            Files.createDirectories(FAILED);
            Files.write(FAILED.resolve(name.replace('/', '_')), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the failing variant " + name + ": " + e.getMessage(), e);
        }
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The source file with its body's lines mutated, markup and all; front matter kept, so the date stays. */
    private static String raw(String source, Mutations mutations) {
        String[] lines = source.split("\n", -1);
        int body = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    body = i + 1;
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) out.append(i < body ? lines[i] : mutations.line(lines[i])).append('\n');
        return out.toString();
    }

    /** A document rebuilt from its blocks, each sentence mutated, in one of the formats the readers take. */
    enum Format {
        MARKDOWN(".md"), TEXT(".txt"), HTML(".html");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String render(Document doc, List<Sentence> sentences, Mutations mutations) {
            StringBuilder out = new StringBuilder();
            if (this == MARKDOWN && doc.published() != null) out.append("---\ndate: ").append(doc.published()).append("\n---\n");
            if (this == HTML) out.append("<html><body>\n");
            for (int b = 0; b < doc.blocks().size(); b++) {
                StringBuilder block = new StringBuilder();
                for (Sentence s : sentences) if (s.block() == b) block.append(block.length() == 0 ? "" : " ").append(mutations.sentence(s.text()));
                if (block.length() == 0) continue;
                Document.BlockKind kind = doc.blocks().get(b).kind();
                boolean heading = kind == Document.BlockKind.TITLE || kind == Document.BlockKind.HEADING;
                out.append(block(heading, block.toString())).append("\n\n");
            }
            if (this == HTML) out.append("</body></html>\n");
            return out.toString();
        }

        private String block(boolean heading, String text) {
            return switch (this) {
                case MARKDOWN -> (heading ? "## " : "") + text;
                case TEXT -> text;
                case HTML -> (heading ? "<h2>" : "<p>") + text.replace("&", "&amp;").replace("<", "&lt;") + (heading ? "</h2>" : "</p>");
            };
        }
    }
}
