package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The scratch folder a benchmark works in: corpora, stores, exports. */
final class Workspace {
    final Path root;
    private int next;

    Workspace(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, empty subfolder name for a store (deleted first if left over from an earlier run). */
    Path fresh(String prefix) {
        Path p = root.resolve(prefix + "-" + (next++));
        delete(p);
        return p;
    }

    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + p, e);
        }
    }

    static long size(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            long total = 0;
            for (Path f : walk.filter(Files::isRegularFile).toList()) total += Files.size(f);
            return total;
        } catch (IOException e) {
            return -1;
        }
    }
}
