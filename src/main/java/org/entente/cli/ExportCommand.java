package org.entente.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.entente.EntenteException;
import org.entente.store.ExportFormat;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente export}: writes the graph, sorted and byte-stable. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the whole graph, or one named graph, as Turtle, TriG, N-Quads or JSON-LD.",
        description = "Output is sorted: two exports of the same store are byte-identical. Turtle merges all graphs.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "<file>", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "<format>",
            description = "turtle, trig, nquads or jsonld (default: from the --out extension, else turtle).")
    String format;

    @Option(names = "--graph", paramLabel = "<iri>", description = "Export only this named graph (a document IRI or the reference graph).")
    String graph;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = format != null ? ExportFormat.parse(format)
                : out != null && ExportFormat.forFileName(out.toString()) != null ? ExportFormat.forFileName(out.toString())
                : ExportFormat.TURTLE;
        try (KnowledgeGraph kg = storeOptions.open()) {
            var graphNode = graph == null ? null : NodeFactory.createURI(graph);
            if (out == null) {
                kg.export(System.out, f, graphNode);
                System.out.flush();
                return 0;
            }
            // Write beside the target, then move: a failed export never leaves half a file.
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = createBeside(out.toAbsolutePath());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                kg.export(os, f, graphNode);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw new EntenteException(out + ": export failed: " + e.getMessage(), e);
            }
            keepMode(out, tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file
     * 0600, and the move would hand the user an export nobody else may read. {@code createFile}
     * without attributes gets the mode the user's umask gives, as any file they create.
     */
    private static Path createBeside(Path target) throws IOException {
        String base = "." + target.getFileName() + "." + ProcessHandle.current().pid();
        for (int i = 0; ; i++) {
            try {
                return Files.createFile(target.resolveSibling(base + "-" + i + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another export of this process writes there: take the next name
            }
        }
    }

    /** An export over an existing file keeps that file's mode, as writing into it would. */
    private static void keepMode(Path target, Path tmp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }
}
