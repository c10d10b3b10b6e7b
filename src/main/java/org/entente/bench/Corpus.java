package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.entente.document.Document;
import org.entente.document.DocumentReader;

/** A generated corpus on disk: its document files (sorted), their bytes and the text each reads to. */
final class Corpus {
    final Path folder;
    final List<Path> files;
    final long bytes;

    private Corpus(Path folder, List<Path> files, long bytes) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.bytes = bytes;
    }

    /** Generates {@code docs} documents into a folder (reusing what is there when it holds them already). */
    static Corpus generate(CorpusGenerator generator, Path folder, int docs, long seed) {
        Corpus existing = Files.isDirectory(folder) ? of(folder) : null;
        if (existing != null && existing.files.size() == docs) return existing;
        if (existing != null) Workspace.delete(folder);
        generator.write(folder, docs, seed);
        return of(folder);
    }

    static Corpus of(Path folder) {
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(p);
                bytes += Files.size(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.naturalOrder());
        return new Corpus(folder, files, bytes);
    }

    /** The first {@code n} files. */
    List<Path> first(int n) {
        return files.subList(0, Math.min(n, files.size()));
    }

    /** Each document's text as Entente's readers produce it (what the bare pipeline is given). */
    List<Document> read() {
        DocumentReader reader = DocumentReader.standard();
        List<Document> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(reader.read(f.getFileName(), Files.readAllBytes(f), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
