package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFLanguages;
import org.entente.EntenteException;
import org.entente.UsageException;
import org.entente.document.Document;
import org.entente.document.DocumentReader;
import org.entente.ingest.Ingestor;

/**
 * A corpus on disk that ingestion and the bare pipeline are measured on: its document files
 * (sorted), their bytes and the text each reads to, with the names it is reported under.
 * Either generated ({@link #generate}) or copies of a folder of real articles ({@link #copies}).
 */
final class Corpus {
    /** Its key in the JSON ({@code generated}, {@code realText}). */
    final String key;
    /** Its name in the table's headings ({@code generated corpus}, {@code real-text corpus}). */
    final String name;
    /** Where its documents come from, in words. */
    final String origin;
    final Path folder;
    final List<Path> files;
    final long bytes;

    private Corpus(String key, String name, String origin, Path folder) {
        this.key = key;
        this.name = name;
        this.origin = origin;
        this.folder = folder;
        this.files = articles(folder);
        long total = 0;
        try {
            for (Path f : files) total += Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bytes = total;
    }

    /** Generates {@code docs} documents into a folder (reusing what is there when it holds them already). */
    static Corpus generate(CorpusGenerator generator, Path folder, int docs, long seed) {
        String origin = "generated, seed " + seed;
        if (Files.isDirectory(folder)) {
            Corpus existing = new Corpus("generated", "generated corpus", origin, folder);
            if (existing.files.size() == docs) return existing;
            Workspace.delete(folder);
        }
        generator.write(folder, docs, seed);
        return new Corpus("generated", "generated corpus", origin, folder);
    }

    /**
     * Writes {@code copies} copies of every article in {@code source} into {@code folder}, copy
     * {@code n} in subfolder {@code n}, each with bytes of its own so that none is stored as
     * another's duplicate (see {@link #copy}). Articles are found as {@code entente ingest} finds
     * documents (folders recurse); answer keys and RDF files are left out.
     *
     * @throws UsageException when the folder holds no article
     * @throws EntenteException when an article cannot be read, naming it
     * @throws IllegalStateException when a copy reads differently from its article
     */
    static Corpus copies(Path source, Path folder, int copies) {
        List<Path> articles = articles(source);
        if (articles.isEmpty()) throw new UsageException("--corpus " + source + ": no .txt, .md or .html article in it");
        DocumentReader reader = DocumentReader.standard();
        Workspace.delete(folder);
        try {
            for (Path article : articles) {
                byte[] bytes = Files.readAllBytes(article);
                Path name = source.relativize(article);
                for (int n = 0; n < copies; n++) {
                    Path to = folder.resolve(String.format("%04d", n)).resolve(name);
                    Files.createDirectories(to.getParent());
                    Files.write(to, copy(bytes, n));
                }
                // The longest tail is the last copy's: if it reads as the article does, so do the others.
                Document original, last;
                try {
                    original = reader.read(name, bytes, null);
                    last = reader.read(name, copy(bytes, copies - 1), null);
                } catch (EntenteException e) {
                    // What ingest would reject (empty, binary, not UTF-8) is no article to measure.
                    throw new EntenteException("--corpus: cannot read " + article + ": " + e.getMessage(), e);
                }
                if (!original.equals(last)) throw new IllegalStateException("a copy of " + article + " reads differently from the article");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String origin = articles.size() + " articles in " + source + ", " + copies + (copies == 1 ? " copy" : " copies each");
        return new Corpus("realText", "real-text corpus", origin, folder);
    }

    /**
     * The bytes of copy {@code n} of an article: the article's own, then a line break and a line
     * of blanks that spells {@code n} in binary (space 0, tab 1). Every reader drops a blank
     * line at the end, so each copy reads to the same document, with the same sentences, as the
     * article; only the hash that names its graph differs.
     */
    static byte[] copy(byte[] article, int n) {
        String tail = "\n" + Integer.toBinaryString(n).replace('0', ' ').replace('1', '\t') + "\n";
        byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[article.length + t.length];
        System.arraycopy(article, 0, out, 0, article.length);
        System.arraycopy(t, 0, out, article.length, t.length);
        return out;
    }

    /** The text documents {@code entente ingest} reads in a folder, in its order: its RDF files and answer keys left out. */
    static List<Path> articles(Path folder) {
        List<Path> found = Ingestor.expand(List.of(folder), missing -> {});
        return found.stream().filter(f -> RDFLanguages.filenameToLang(f.getFileName().toString()) == null).toList();
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
