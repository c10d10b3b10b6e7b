package org.entente.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.SentenceWarning;
import org.entente.evaluate.Report.DocumentResult;
import org.entente.evaluate.Report.Finding;
import org.entente.evaluate.Report.Score;
import org.entente.ingest.DocumentWarning;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.query.QueryCatalogue;
import org.entente.vocab.Vocab;
import org.entente.store.KnowledgeGraph;

/**
 * Scores the contract questions against hand-made answer keys, as CONTRACT.md "How answers
 * are scored" says: each document that has a key beside it ({@code NAME.gold.json} for
 * {@code NAME.md}) is ingested alone into an empty in-memory store holding the reference data,
 * the six scored questions are asked, and their rows are compared with the key.
 *
 * <pre>{@code
 * Report report = Evaluation.run(Path.of("data/gold"), List.of());
 * double f1 = report.overallF1();
 * }</pre>
 *
 * <p>Keys are all read and checked before any document is ingested, so a malformed key fails
 * fast. A document that ingestion rejects (or that makes ingestion fail) is scored as returning
 * nothing, and the reason is reported; a sentence that ingestion skipped is reported as a warning. Stateless; safe to call from several threads.
 */
public final class Evaluation {
    private Evaluation() {}

    /** The document file types evaluated: those the text pipeline reads. */
    private static final List<String> DOCUMENT_TYPES = List.of(".md", ".markdown", ".txt", ".html", ".htm");
    private static final String KEY_SUFFIX = ".gold.json";

    /**
     * Evaluates every keyed document in a folder (recursively), or one document file.
     *
     * @param dir           a folder, or one document with its key beside it
     * @param referenceDirs extra reference data folders, as {@code --reference} gives them
     * @throws EntenteException when there is no keyed document, or naming the key file that is malformed
     */
    public static Report run(Path dir, List<Path> referenceDirs) {
        return run(dir, referenceDirs, name -> {});
    }

    /**
     * As {@link #run(Path, List)}, telling {@code progress} each document's name before it is read.
     */
    public static Report run(Path dir, List<Path> referenceDirs, Consumer<String> progress) {
        Corpus corpus = Corpus.find(dir);
        List<AnswerKey> keys = corpus.keyed().stream().map(d -> AnswerKey.read(d.key())).toList();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        List<DocumentResult> documents = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            kg.loadReference(referenceDirs);
            TextDocuments pipeline = textPipeline(kg);
            for (int i = 0; i < keys.size(); i++) {
                Corpus.Keyed doc = corpus.keyed().get(i);
                progress.accept(doc.name());
                documents.add(evaluate(doc, keys.get(i), kg, pipeline, catalogue, findings));
                clearDocuments(kg);
            }
        }
        List<Score> questions = new ArrayList<>();
        for (Question q : Question.values()) {
            questions.add(Score.sum(q.queryName(), documents.stream().map(d -> d.score(q.queryName())).toList()));
        }
        return new Report(documents, questions, Score.sum("overall", questions), findings, corpus.unkeyed());
    }

    /**
     * The text pipeline every document is read with, built once from the evaluation store
     * while it holds only the reference data, and shared by all documents. The one place to
     * change when the pipeline's constructor changes.
     */
    static TextDocuments textPipeline(KnowledgeGraph reference) {
        return new TextDocuments(new org.entente.nlp.Nlp(), org.entente.mention.ReferenceIndex.build(reference.referenceGraph()));
    }

    /** Ingests one document into a store holding only the reference data, and scores it. */
    private static DocumentResult evaluate(Corpus.Keyed doc, AnswerKey key, KnowledgeGraph kg, TextDocuments pipeline,
                                           QueryCatalogue catalogue, List<Finding> findings) {
        String rejection;
        try {
            Ingestor.Summary summary = new Ingestor(kg, pipeline, 1).ingest(List.of(doc.document()), key.published(), null);
            rejection = summary.rejected().isEmpty() ? null : summary.rejected().get(0).reason();
            // A skipped sentence may be why a key row is missed: say so beside the misses.
            for (DocumentWarning w : summary.documentWarnings()) findings.add(new Finding(doc.name(), "", Report.Kind.WARNING, w.cause()));
            for (SentenceWarning w : summary.warnings()) findings.add(new Finding(doc.name(), "", Report.Kind.WARNING, w.detail()));
        } catch (RuntimeException e) {
            // One document that breaks ingestion is scored as returning nothing; the others go on.
            clearDocuments(kg);
            rejection = oneLine(e);
        }
        if (rejection != null) findings.add(new Finding(doc.name(), "", Report.Kind.REJECTED, rejection));
        List<Score> scores = new ArrayList<>();
        for (Question q : Question.values()) {
            List<Map<String, String>> rows = rows(kg.select(catalogue.get(q.queryName()), Map.of()));
            Scorer.Outcome outcome = Scorer.score(q, key, rows, doc.name());
            scores.add(outcome.score());
            findings.addAll(outcome.findings());
        }
        return new DocumentResult(doc.name(), rejection, scores, Score.sum("overall", scores));
    }

    /**
     * Empties the store but for the reference data: every other graph goes. Reading the
     * reference data once and emptying the store after each document gives each document
     * the same empty store as a fresh one, without parsing the reference files again.
     */
    private static void clearDocuments(KnowledgeGraph kg) {
        DatasetGraph ds = kg.datasetGraph();
        Txn.executeWrite(ds, () -> {
            List<Node> graphs = new ArrayList<>();
            ds.listGraphNodes().forEachRemaining(g -> {
                if (!Vocab.REFERENCE_GRAPH.equals(g)) graphs.add(g);
            });
            graphs.forEach(ds::removeGraph);
            ds.getDefaultGraph().clear();
        });
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').trim();
    }

    /** Result rows as variable → lexical form (IRIs as IRI strings, datatypes dropped), unbound left out. */
    static List<Map<String, String>> rows(ResultSetRewindable results) {
        List<String> variables = results.getResultVars();
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : variables) {
                if (!s.contains(v)) continue;
                Node n = s.get(v).asNode();
                row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The documents of a folder, paired with their keys. */
    record Corpus(List<Keyed> keyed, List<String> unkeyed) {
        /** A document, its key, and its name relative to the evaluated folder. */
        record Keyed(Path document, Path key, String name) {}

        static Corpus find(Path dir) {
            if (!Files.exists(dir)) throw new EntenteException(dir + ": no such file or folder");
            List<Path> files;
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(Files::isRegularFile).filter(f -> isDocument(f)).sorted().toList();
                } catch (IOException e) {
                    throw new EntenteException(dir + ": cannot read folder: " + e.getMessage(), e);
                }
            } else {
                if (!isDocument(dir)) throw new EntenteException(dir + ": not a document (" + String.join(" ", DOCUMENT_TYPES) + ")");
                files = List.of(dir);
            }
            List<Keyed> keyed = new ArrayList<>();
            List<String> unkeyed = new ArrayList<>();
            Map<Path, Path> keyOwner = new LinkedHashMap<>();
            for (Path f : files) {
                String name = (Files.isDirectory(dir) ? dir.relativize(f) : f.getFileName()).toString().replace('\\', '/');
                Path key = keyFor(f);
                if (!Files.isRegularFile(key)) {
                    unkeyed.add(name);
                    continue;
                }
                Path other = keyOwner.putIfAbsent(key, f);
                if (other != null) {
                    throw new EntenteException(key + ": is beside two documents (" + other.getFileName() + ", " + f.getFileName()
                            + "); rename one");
                }
                keyed.add(new Keyed(f, key, name));
            }
            if (keyed.isEmpty()) {
                throw new EntenteException(dir + ": no document with an answer key beside it (NAME" + KEY_SUFFIX + " for NAME.md)");
            }
            return new Corpus(List.copyOf(keyed), List.copyOf(unkeyed));
        }

        private static boolean isDocument(Path f) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return DOCUMENT_TYPES.stream().anyMatch(n::endsWith);
        }

        private static Path keyFor(Path document) {
            String n = document.getFileName().toString();
            return document.resolveSibling(n.substring(0, n.lastIndexOf('.')) + KEY_SUFFIX);
        }
    }
}
