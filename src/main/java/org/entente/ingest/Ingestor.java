package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.entente.EntenteException;
import org.entente.SentenceWarning;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Vocab;
import org.entente.store.KnowledgeGraph;

/**
 * Ingestion of files and folders into a knowledge graph. Reading and extraction run on a
 * pool of worker threads (each document is a pure function of its bytes and the reference
 * data); storing happens in file order on the calling thread, one write transaction per
 * document, so the stored result is the same whatever the number of threads.
 *
 * <p>A file that cannot be read, parsed or extracted is rejected with a one-line reason; the
 * other files go on, and nothing of the rejected file is stored. A sentence that a stage fails
 * on costs only that sentence: the file is stored without it, and the summary carries a warning.
 */
public final class Ingestor {
    /** A file that was not ingested, and why. */
    public record Rejection(String file, String reason) {}

    /**
     * What an ingestion run did.
     *
     * @param warnings the sentences skipped in files that were read, in file order (those files were still stored)
     * @param documentWarnings values files gave that were dropped (a front matter date that is no date), in file
     *                 order (those files were still stored)
     */
    public record Summary(int files, int added, int replaced, int unchanged, Map<String, Integer> eventsByKind,
                          List<Rejection> rejected, long sentences, List<SentenceWarning> warnings,
                          List<DocumentWarning> documentWarnings) {
        public Summary {
            rejected = List.copyOf(rejected);
            warnings = List.copyOf(warnings);
            documentWarnings = List.copyOf(documentWarnings);
        }
    }

    /** Per-file progress: called on the calling thread after each file. */
    public interface Progress {
        void fileDone(String file);
    }

    private final KnowledgeGraph graph;
    private final TextDocuments text;
    private final int threads;
    private final StageTimes times;

    /**
     * @param graph   where documents go
     * @param text    the text pipeline, or null to accept RDF files only
     * @param threads worker threads for reading and extraction (at least 1)
     */
    public Ingestor(KnowledgeGraph graph, TextDocuments text, int threads) {
        this(graph, text, threads, null);
    }

    /**
     * @param times where to add the time spent writing to the store, or null to time nothing
     *              (give the same one to the {@link TextDocuments} for the other stages)
     */
    public Ingestor(KnowledgeGraph graph, TextDocuments text, int threads, StageTimes times) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.graph = graph;
        this.text = text;
        this.threads = threads;
        this.times = times;
    }

    /** The files a list of paths names: files as given, folders walked for supported files, sorted. */
    public static List<Path> expand(List<Path> paths, Consumer<Rejection> missing) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                int before = files.size();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> supported(f.getFileName().toString())).sorted().forEach(files::add);
                } catch (IOException e) {
                    missing.accept(new Rejection(p.toString(), "cannot read folder: " + e.getMessage()));
                    continue;
                }
                // "x.txt/" named by mistake: a folder that gives nothing is said, not passed over as "0 files".
                if (files.size() == before) missing.accept(new Rejection(p.toString(), "a folder with no .txt, .md, .html or RDF file in it"));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.exists(p)) {
                // A FIFO or a device would block the reader or never end.
                missing.accept(new Rejection(p.toString(), "not a regular file (a pipe, device or socket)"));
            } else {
                missing.accept(new Rejection(p.toString(), "no such file or folder"));
            }
        }
        return files;
    }

    static boolean supported(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return RdfDocuments.accepts(n) || TextDocuments.accepts(n);
    }

    /**
     * Documents committed together. A TDB2 commit costs about as much CPU as writing a few
     * documents, and syncs a dozen files to disk; in batches of this size a document costs a
     * fifth of the CPU and a small part of the wall time of a transaction of its own (measured
     * with {@code entente bench run} on a 2-core VM).
     */
    static final int BATCH = 256;

    /**
     * Ingests files and folders; the date is the publication date for documents that give none.
     * Documents are written {@value #BATCH} at a time in one transaction (group commit) while
     * the workers read on: each document is still all or nothing, since a batch that fails is
     * written again one document at a time, and the result is the same as one transaction per
     * document. Progress is reported as each batch commits.
     */
    public Summary ingest(List<Path> paths, LocalDate defaultDate, Progress progress) {
        List<Rejection> rejected = new ArrayList<>();
        List<Path> files = expand(paths, rejected::add);
        Tally tally = new Tally(rejected);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Read>> window = new ArrayDeque<>();
            List<Read> batch = new ArrayList<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                // Keep a bounded number of documents in flight: memory stays flat on large batches,
                // and the workers have room to go on reading while a batch commits.
                while (next < files.size() && window.size() < BATCH + threads * 16) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> read(f, defaultDate)));
                }
                batch.add(await(window.poll()));
                if (batch.size() >= BATCH || window.isEmpty()) {
                    store(batch, tally);
                    if (progress != null) for (Read r : batch) progress.fileDone(r.file);
                    batch.clear();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(files.size() + (int) rejected.stream().filter(x -> !files.contains(Path.of(x.file()))).count(),
                tally.added, tally.replaced, tally.unchanged, tally.events, rejected, tally.sentences, tally.warnings,
                tally.documentWarnings);
    }

    /** What the stored documents did, counted in file order. */
    private static final class Tally {
        final List<Rejection> rejected;
        final Map<String, Integer> events = new TreeMap<>();
        final List<SentenceWarning> warnings = new ArrayList<>();
        final List<DocumentWarning> documentWarnings = new ArrayList<>();
        int added, replaced, unchanged;
        long sentences;

        Tally(List<Rejection> rejected) {
            this.rejected = rejected;
        }

        void count(Read r, List<KnowledgeGraph.AddOutcome> outcomes) {
            for (KnowledgeGraph.AddOutcome o : outcomes) {
                switch (o) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
            }
            for (DocumentGraph d : r.documents) countEvents(d, events);
            sentences += r.sentences;
        }
    }

    /** Writes a batch of read documents in one transaction, or one by one when that fails. */
    private void store(List<Read> batch, Tally tally) {
        List<DocumentGraph> all = new ArrayList<>();
        for (Read r : batch) if (r.rejection == null) all.addAll(r.documents);
        long t0 = times == null ? 0 : System.nanoTime();
        List<KnowledgeGraph.AddOutcome> outcomes = null;
        if (all.size() > 1) {
            try {
                outcomes = graph.addAll(all);
            } catch (RuntimeException e) {
                outcomes = null;
            }
        }
        int at = 0;
        for (Read r : batch) {
            if (r.rejection != null) {
                tally.rejected.add(r.rejection);
                continue;
            }
            tally.warnings.addAll(r.warnings);
            tally.documentWarnings.addAll(r.documentWarnings);
            try {
                List<KnowledgeGraph.AddOutcome> mine = new ArrayList<>();
                for (DocumentGraph d : r.documents) mine.add(outcomes != null ? outcomes.get(at++) : graph.add(d));
                tally.count(r, mine);
            } catch (RuntimeException e) {
                tally.rejected.add(new Rejection(r.file, "cannot store: " + RdfDocuments.oneLine(e)));
            }
        }
        if (times != null) times.add(StageTimes.Stage.STORE, System.nanoTime() - t0);
    }

    private record Read(String file, List<DocumentGraph> documents, Rejection rejection, long sentences, List<SentenceWarning> warnings,
                        List<DocumentWarning> documentWarnings) {
        Read(String file, List<DocumentGraph> documents, Rejection rejection) {
            this(file, documents, rejection, 0, List.of(), List.of());
        }
    }

    private Read read(Path file, LocalDate defaultDate) {
        String key = sourceKey(file);
        try {
            if (!Files.isReadable(file)) throw new EntenteException("cannot read file");
            String name = file.getFileName().toString();
            if (RdfDocuments.accepts(name)) {
                byte[] bytes = Files.readAllBytes(file);
                return new Read(key, RdfDocuments.read(file, bytes, key), null);
            }
            if (TextDocuments.accepts(name)) {
                if (text == null) throw new EntenteException("text ingestion is not available here");
                TextDocuments.Result result = text.read(file, key, defaultDate);
                return new Read(key, List.of(result.document()), null, result.sentences(), result.warnings(), result.documentWarnings());
            }
            throw new EntenteException("unsupported file type (use .txt, .md, .html, .htm, .ttl, .trig, .nq, .nt)");
        } catch (EntenteException e) {
            String m = e.getMessage();
            String prefix = file + ": ";
            return new Read(key, List.of(), new Rejection(key, m.startsWith(prefix) ? m.substring(prefix.length()) : m));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String m = e instanceof StackOverflowError ? "structure nested too deeply to read" : RdfDocuments.oneLine(e);
            return new Read(key, List.of(), new Rejection(key, m));
        }
    }

    private static Read await(Future<Read> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException("ingestion interrupted", e);
        } catch (ExecutionException e) {
            throw new EntenteException("ingestion failed: " + e.getCause(), e.getCause());
        }
    }

    /** The key that identifies a file across versions: its path as given, normalised, with '/' separators. */
    static String sourceKey(Path file) {
        return file.normalize().toString().replace('\\', '/');
    }

    private static void countEvents(DocumentGraph d, Map<String, Integer> events) {
        d.graph().find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            Node type = t.getObject();
            if (type.isURI() && type.getURI().startsWith(Vocab.ENT) && EVENT_KINDS.contains(type.getLocalName())) {
                events.merge(type.getLocalName(), 1, Integer::sum);
            }
        });
    }

    private static final List<String> EVENT_KINDS = List.of("Deployment", "ArmsTransfer", "Training", "TreatySigning", "Statement", "Tenure");
}
