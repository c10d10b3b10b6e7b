package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.entente.EntenteException;
import org.entente.ReadingBudget;
import org.entente.SentenceWarning;
import org.entente.SentenceWarnings;
import org.entente.document.Document;
import org.entente.document.DocumentReader;
import org.entente.event.Event;
import org.entente.event.EventReader;
import org.entente.mention.MentionFinder;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Analyzer;
import org.entente.nlp.Nlp;
import org.entente.nlp.Sentence;
import org.entente.rdf.DocumentGraph;
import org.entente.rdf.Emitter;
import org.entente.vocab.Iris;

/**
 * The text pipeline, one document at a time: read the file, split it into sentences and
 * tokens, find and link what it names, read its events, and emit its graph. A pure function
 * of the bytes and the reference data; thread-safe, so one instance serves every worker.
 *
 * <pre>{@code
 * TextDocuments text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
 * for (Path file : List.of(Path.of("news/a.md"), Path.of("news/b.md"))) kg.add(text.read(file).document());
 * }</pre>
 *
 * <p><b>Which document is which.</b> A document has two names. Its graph is named by the
 * SHA-256 of its bytes, so the same bytes are the same version wherever they came from. Its
 * <em>source key</em> (a path, a URL or any name of yours, stored as {@code ent:fileName})
 * says which document a version belongs to. When {@link org.entente.store.KnowledgeGraph#add}
 * stores a result: bytes already stored (under any key) change nothing ({@code UNCHANGED});
 * new bytes under a key already stored replace every graph of that key ({@code REPLACED});
 * new bytes under a new key are a new document ({@code ADDED}). So each article needs a key of
 * its own: a constant key makes every article read a new version of one document, and the last
 * one read replaces the others. {@link #read(Path)} keys by the path, as {@code entente ingest}
 * does, so the library and the command line replace each other's versions of a file.
 */
public final class TextDocuments {
    /**
     * A document's graph, its events, the number of sentences read, and the sentences a stage
     * failed on and skipped.
     *
     * @param document  the graph to store
     * @param events    the events emitted into it
     * @param sentences how many sentences the document has
     * @param warnings  the sentences skipped, each naming the file, the sentence and the cause;
     *                  the document holds everything else (empty when all went well)
     * @param documentWarnings what the document gave and the reader dropped (a front matter date
     *                  that is no date), each naming the file and the cause (empty when nothing was)
     */
    public record Result(DocumentGraph document, List<Event> events, long sentences, List<SentenceWarning> warnings,
                         List<DocumentWarning> documentWarnings) {
        public Result {
            events = List.copyOf(events);
            warnings = List.copyOf(warnings);
            documentWarnings = List.copyOf(documentWarnings);
        }
    }

    private final DocumentReader reader = DocumentReader.standard();
    private final Analyzer analyzer;
    private final MentionFinder mentions;
    private final EventReader events;
    private final StageTimes times;
    private final UnaryOperator<List<SentenceMentions>> beforeEvents;
    private final ReadingBudget budget;

    public TextDocuments(Nlp nlp, ReferenceIndex index) {
        this(nlp, index, null);
    }

    /**
     * @param times where to add the time each stage takes, or null to time nothing; the
     *              output is the same either way
     */
    public TextDocuments(Nlp nlp, ReferenceIndex index, StageTimes times) {
        this(nlp, index, times, UnaryOperator.identity());
    }

    /**
     * A test seam: {@code beforeEvents} sees the mentions of a document before its events are
     * read, so a test can hand the event stage a sentence it fails on and check that the
     * document survives it.
     */
    TextDocuments(Nlp nlp, ReferenceIndex index, StageTimes times, UnaryOperator<List<SentenceMentions>> beforeEvents) {
        this.analyzer = new Analyzer(nlp);
        this.mentions = new MentionFinder(index);
        this.events = new EventReader(index);
        this.times = times;
        this.beforeEvents = beforeEvents;
        this.budget = new ReadingBudget(ReadingBudget.DEFAULT);
    }

    private TextDocuments(TextDocuments same, ReadingBudget budget) {
        this.analyzer = same.analyzer;
        this.mentions = same.mentions;
        this.events = same.events;
        this.times = same.times;
        this.beforeEvents = same.beforeEvents;
        this.budget = budget;
    }

    /**
     * The same pipeline with another time limit per document (default
     * {@link ReadingBudget#DEFAULT}): a document that takes longer is rejected with that reason.
     */
    public TextDocuments withTimeLimit(Duration perDocument) {
        return new TextDocuments(this, new ReadingBudget(perDocument));
    }

    static boolean accepts(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html") || n.endsWith(".htm");
    }

    /**
     * Reads one file, keyed by its path as {@code entente ingest} keys it: normalised, with '/'
     * separators, relative when given relative ({@code news/./a.md} is {@code news/a.md}). A
     * changed file read again from the same path replaces its earlier version when stored; the
     * publication date is the document's own, or none.
     *
     * @throws EntenteException with a one-line reason when the file cannot be read
     */
    public Result read(Path file) {
        return read(file, Ingestor.sourceKey(file), null);
    }

    /**
     * Reads one file under a source key of your choosing. A sentence that the mention or event
     * stage fails on is skipped and reported in {@link Result#warnings()}; the rest of the
     * document is read.
     *
     * @param sourceKey   which document this is (see the class comment): a version stored under
     *                    the key of one already stored replaces it, so give each document its own
     * @param defaultDate the publication date for a document that gives none, or null
     * @throws EntenteException with a one-line reason when the file cannot be read
     * @throws NullPointerException when {@code sourceKey} is null
     */
    public Result read(Path file, String sourceKey, LocalDate defaultDate) {
        Objects.requireNonNull(sourceKey, "sourceKey");
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EntenteException("cannot read file: " + e.getMessage(), e);
        }
        return read(file.getFileName().toString(), bytes, sourceKey, defaultDate, start);
    }

    /**
     * Reads a document given as bytes; the file name's extension picks the format, and the
     * source key says which document it is, as for {@link #read(Path, String, LocalDate)}.
     */
    public Result read(String fileName, byte[] bytes, String sourceKey, LocalDate defaultDate) {
        Objects.requireNonNull(sourceKey, "sourceKey");
        return read(fileName, bytes, sourceKey, defaultDate, System.nanoTime());
    }

    private Result read(String fileName, byte[] bytes, String sourceKey, LocalDate defaultDate, long start) {
        if (!accepts(fileName)) throw new EntenteException("unsupported document type (use .txt, .md, .html or .htm): " + fileName);
        return budget.run(() -> readWithinBudget(fileName, bytes, sourceKey, defaultDate, start));
    }

    private Result readWithinBudget(String fileName, byte[] bytes, String sourceKey, LocalDate defaultDate, long start) {
        Document doc = reader.read(Path.of(fileName), bytes, defaultDate);
        LocalDate date = date(doc.published());
        long t1 = System.nanoTime();
        List<Sentence> sentences = analyzer.analyze(doc, events::mayCarryEvent);
        long t2 = System.nanoTime();
        SentenceWarnings warnings = new SentenceWarnings(sourceKey);
        List<SentenceMentions> found = beforeEvents.apply(mentions.find(sentences, date, warnings));
        long t3 = System.nanoTime();
        List<Event> read = events.read(found, date, warnings);
        long t4 = System.nanoTime();
        DocumentGraph graph = Emitter.emit(doc, Iris.sha256(bytes), sourceKey, read);
        if (times != null) {
            long t5 = System.nanoTime();
            times.add(StageTimes.Stage.READ, t1 - start);
            times.add(StageTimes.Stage.NLP, t2 - t1);
            times.add(StageTimes.Stage.MENTIONS, t3 - t2);
            times.add(StageTimes.Stage.EVENTS, t4 - t3);
            times.add(StageTimes.Stage.RDF, t5 - t4);
            times.document();
        }
        List<DocumentWarning> dropped = doc.warnings().stream().map(cause -> new DocumentWarning(sourceKey, cause)).toList();
        return new Result(graph, read, sentences.size(), warnings.list(), dropped);
    }

    private static LocalDate date(String published) {
        if (published == null) return null;
        try {
            return published.length() == 7 ? LocalDate.parse(published + "-01") : LocalDate.parse(published.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
