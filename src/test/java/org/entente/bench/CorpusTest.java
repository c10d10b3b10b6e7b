package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.UsageException;
import org.entente.document.DocumentReader;
import org.entente.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of real articles: bytes of their own, read exactly as the article is. */
class CorpusTest {
    private static final Path ARTICLES = Path.of("src/test/resources/bench-corpus");

    @TempDir
    Path dir;

    @Test
    void articles_folderWithSubfolderKeyAndRdf_textDocumentsOnly() {
        assertEquals(List.of(ARTICLES.resolve("baltic-air-defence.md"), ARTICLES.resolve("coastal-patrol.html"),
                ARTICLES.resolve("sahel-training.md"), ARTICLES.resolve("treaties/fisheries-accord.txt")), Corpus.articles(ARTICLES));
    }

    @Test
    void copies_fourArticlesInFolders_everyCopyWrittenAnswerKeysAndRdfLeftOut() {
        Corpus corpus = Corpus.copies(ARTICLES, dir.resolve("copies"), 3);
        assertEquals(12, corpus.files.size(), corpus.files.toString());
        assertEquals(dir.resolve("copies/0000/treaties/fisheries-accord.txt"), corpus.files.get(3), "sorted as ingest sorts, folders kept");
        assertEquals("realText", corpus.key);
        assertEquals("4 articles in " + ARTICLES + ", 3 copies each", corpus.origin);
    }

    @Test
    void copy_thousandCopiesOfEachArticle_distinctBytesSameDocument() throws Exception {
        DocumentReader reader = DocumentReader.standard();
        for (Path article : Corpus.articles(ARTICLES)) {
            byte[] bytes = Files.readAllBytes(article);
            Set<String> hashes = new HashSet<>(List.of(Iris.sha256(bytes)));
            for (int n = 0; n < 1000; n++) {
                byte[] copy = Corpus.copy(bytes, n);
                hashes.add(Iris.sha256(copy));
                assertEquals(reader.read(article, bytes, null), reader.read(article, copy, null), "copy " + n + " of " + article);
            }
            assertEquals(1001, hashes.size(), "a copy with the bytes of another: " + article);
        }
    }

    @Test
    void copies_folderWithoutArticles_refusedNamingTheFolder() throws Exception {
        Files.writeString(dir.resolve("key.gold.json"), "{}");
        UsageException e = assertThrows(UsageException.class, () -> Corpus.copies(dir, dir.resolve("copies"), 2));
        assertEquals("--corpus " + dir + ": no .txt, .md or .html article in it", e.getMessage());
    }

    @Test
    void copies_emptyArticle_refusedNamingIt() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        EntenteException e = assertThrows(EntenteException.class, () -> Corpus.copies(dir, dir.resolve("copies"), 2));
        assertEquals("--corpus: cannot read " + empty + ": empty document", e.getMessage());
    }
}
