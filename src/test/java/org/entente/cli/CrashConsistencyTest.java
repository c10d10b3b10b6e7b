package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.entente.store.ExportFormat;
import org.entente.store.KnowledgeGraph;
import org.entente.vocab.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency, on real parts: {@code entente ingest} of 500 generated documents runs in a
 * child JVM on a TDB2 store and is killed with SIGKILL (nothing of the child runs after it) at
 * moments read from the store's files, not guessed with sleeps. After each kill every graph in
 * the store is whole or absent, the documents present are the first ones in file order, and
 * {@code entente validate} passes; the same ingest run again then ends byte-identical to a run
 * that was never killed.
 */
class CrashConsistencyTest {
    static final int DOCS = 500;

    @TempDir
    static Path dir;
    static Path corpus;

    @TempDir
    Path work;
    final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void generate() {
        corpus = dir.resolve("corpus");
        CliTest.Run r = CliTest.run("bench", "generate", "--docs", String.valueOf(DOCS), "--seed", "15", "--out", corpus.toString());
        assertEquals(0, r.status(), r.err());
    }

    @AfterEach
    void killLeftovers() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void ingest_killedAtFourMoments_leavesEveryGraphWholeOrAbsent_andARerunEndsByteIdentical() throws Exception {
        Path whole = work.resolve("whole");
        Process uninterrupted = entente(work.resolve("whole.log"), "ingest", "--store", whole.toString(), corpus.toString());
        assertEquals(0, uninterrupted.waitFor(), log(work.resolve("whole.log")));
        Path expected = export(whole);
        Graphs reference = Graphs.of(Files.readString(expected));
        assertEquals(DOCS, reference.documents().size());

        Path store = work.resolve("killed");
        // A new store, killed while its first transaction writes the reference data.
        killAndCheck(store, reference, new Moment("inside the new store's first transaction", 0, true));
        // The reference data is in (validate, like every command, brought it up to date): killed while documents are written.
        int before = killAndCheck(store, reference, new Moment("inside the first batch of documents", 0, true)).size();
        int committed = killAndCheck(store, reference, new Moment("just after a batch of documents committed", 1, false)).size();
        assertTrue(committed > before, "a commit seen on disk was lost: " + before + " documents before it, " + committed + " after");
        int present = killAndCheck(store, reference, new Moment("inside the last batch, near the end", 0, true)).size();

        Path rerunLog = work.resolve("rerun.log");
        assertEquals(0, entente(rerunLog, "ingest", "--store", store.toString(), corpus.toString()).waitFor(), log(rerunLog));
        assertTrue(log(rerunLog).contains(String.format("ingested %d files: %d added, 0 replaced, %d unchanged, 0 rejected",
                DOCS, DOCS - present, present)), "the re-run adds exactly what the kills left out:\n" + log(rerunLog));
        assertEquals(-1, Files.mismatch(expected, export(store)), "the re-run's N-Quads export differs from the uninterrupted run's");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void ingest_onAStoreAnotherProcessHolds_failsWithOneLineNamingTheHolder_andLeavesItRunning() throws Exception {
        Path store = work.resolve("busy");
        Path holderLog = work.resolve("holder.log");
        Process holder = entente(holderLog, "ingest", "--store", store.toString(), corpus.toString());
        // TDB2 writes the holder's process id into tdb.lock when it opens the store.
        while (!lockHolder(store).equals(String.valueOf(holder.pid()))) {
            assertTrue(holder.isAlive(), "the first ingest ended before it was seen holding the store:\n" + log(holderLog));
            Thread.sleep(5);
        }
        Path secondLog = work.resolve("second.log");
        assertEquals(1, entente(secondLog, "ingest", "--store", store.toString(), corpus.toString()).waitFor());
        List<String> lines = log(secondLog).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("entente: Cannot open store " + store + ": ") && lines.get(0).contains("held by process " + holder.pid()),
                lines.get(0));
        assertTrue(holder.isAlive(), "the first ingest was disturbed:\n" + log(holderLog));
    }

    /**
     * When to kill: once the run has seen {@code commits} commits and, if {@code writing}, a write
     * transaction has put data on disk that is not committed yet.
     */
    record Moment(String name, int commits, boolean writing) {}

    /**
     * What the store's files show of a running ingest. TDB2 appends new RDF terms to its node
     * file as a write transaction goes, and rewrites the node file's committed length (a long at
     * the start of nodes-data.bdf) after the commit record is in the journal, so a changed length
     * is a durable commit.
     */
    record Disk(long written, long committed) {
        static Disk of(Path store) throws IOException {
            Path data = store.resolve("Data-0001");
            return new Disk(size(data.resolve("nodes-data.obj")), committedLength(data.resolve("nodes-data.bdf")));
        }

        private static long size(Path file) throws IOException {
            try {
                return Files.size(file);
            } catch (NoSuchFileException e) {
                return 0;
            }
        }

        private static long committedLength(Path state) throws IOException {
            try {
                byte[] b = Files.readAllBytes(state);
                return b.length < Long.BYTES ? 0 : ByteBuffer.wrap(b).getLong();
            } catch (NoSuchFileException e) {
                return 0;
            }
        }
    }

    /** Runs the ingest on the store, kills it with SIGKILL at the moment, and checks what it left. */
    private List<String> killAndCheck(Path store, Graphs reference, Moment moment) throws Exception {
        Path out = work.resolve(moment.name().replaceAll("\\W+", "-") + ".log");
        Disk start = Disk.of(store);
        Process child = entente(out, "ingest", "--store", store.toString(), corpus.toString());
        long committed = start.committed();
        int commits = 0;
        while (true) {
            assertTrue(child.isAlive(), "the ingest ended before the moment " + moment.name() + " came:\n" + log(out));
            Disk now = Disk.of(store);
            if (now.committed() != committed) {
                commits++;
                committed = now.committed();
            }
            // A store killed inside a transaction keeps the dead bytes, so "written" counts from where this run began.
            boolean writing = now.written() > Math.max(now.committed(), start.written());
            if (commits >= moment.commits() && (writing || !moment.writing())) break;
            Thread.sleep(2);
        }
        child.destroyForcibly();
        assertEquals(128 + 9, child.waitFor(), "the child ended by SIGKILL " + moment.name());
        return check(store, reference, moment.name());
    }

    /**
     * Checks a killed store: every graph it holds is whole, the documents are the first ones in
     * file order, and validate passes. Returns the documents present.
     */
    private static List<String> check(Path store, Graphs reference, String moment) {
        // Read it as found: every command brings the reference graph up to date first, which would hide a broken one.
        String found;
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kg.export(out, ExportFormat.NQUADS, null);
            found = out.toString(UTF_8);
        }
        Graphs graphs = Graphs.of(found);
        graphs.quads().forEach((graph, quads) -> {
            List<String> all = reference.quads().get(graph);
            if (all == null) fail(moment + ": a graph no uninterrupted run makes: " + graph);
            if (!all.equals(quads)) fail(moment + ": " + graph + " is not whole: " + quads.size() + " quads, the uninterrupted run has " + all.size());
        });
        List<String> docs = graphs.documents();
        assertEquals(reference.documents().subList(0, docs.size()), docs, moment + ": the documents present are not the first in file order");
        CliTest.Run v = CliTest.run("validate", "--store", store.toString());
        assertEquals(0, v.status(), moment + ": validate failed:\n" + v.out() + v.err());
        assertTrue(v.err().contains("All " + docs.size() + " document graphs conform"), v.err());
        return docs;
    }

    /** An N-Quads export read back: each graph's lines, and the document graphs in file order. */
    record Graphs(Map<String, List<String>> quads, List<String> documents) {
        static Graphs of(String nquads) {
            Map<String, List<String>> quads = new TreeMap<>();
            Map<String, String> files = new TreeMap<>();
            String fileName = "<" + Vocab.FILE_NAME.getURI() + ">";
            for (String line : nquads.split("\n")) {
                if (line.isEmpty()) continue;
                // Every quad is in a named graph, the last term on its line.
                String graph = line.substring(line.lastIndexOf(" <") + 1, line.length() - 2);
                quads.computeIfAbsent(graph, g -> new ArrayList<>()).add(line);
                String[] terms = line.split(" ", 3);
                if (terms[0].equals(graph) && terms[1].equals(fileName)) files.put(graph, terms[2].substring(0, terms[2].lastIndexOf(" <")));
            }
            // The ingest stores files in path order, and each document names its path.
            List<String> documents = files.keySet().stream().sorted(Comparator.comparing(files::get)).toList();
            return new Graphs(quads, documents);
        }
    }

    private Path export(Path store) {
        Path out = work.resolve(store.getFileName() + ".nq");
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        return out;
    }

    /** The real command line in a child JVM on this test's class path, its output and errors in one log. */
    private Process entente(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(p);
        return p;
    }

    private static String lockHolder(Path store) throws IOException {
        try {
            return Files.readString(store.resolve("tdb.lock")).strip();
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    private static String log(Path file) throws IOException {
        return new String(Files.readAllBytes(file), UTF_8);
    }
}
