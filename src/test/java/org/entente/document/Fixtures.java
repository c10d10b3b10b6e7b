package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.document.Document.Block;

/** Test helpers: read a fixture from src/test/resources/documents, list blocks, check spans. */
final class Fixtures {
    static final LocalDate DEFAULT_DATE = LocalDate.of(2030, 1, 2);

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/documents/" + name)) {
            assertNotNull(in, "fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document read(String name) {
        return checked(DocumentReader.standard().read(Path.of(name), bytes(name), DEFAULT_DATE));
    }

    static Document read(String name, String content) {
        return checked(DocumentReader.standard().read(Path.of(name), content.getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
    }

    /** Blocks as "KIND text" lines. */
    static List<String> blocks(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) out.add(b.kind() + " " + doc.text(b));
        return out;
    }

    /** Every block's span holds its trimmed text; blocks are separated by exactly one blank line. */
    static Document checked(Document doc) {
        StringBuilder rebuilt = new StringBuilder();
        for (Block b : doc.blocks()) {
            String t = doc.text(b);
            assertFalse(t.isEmpty(), "empty block at " + b.begin());
            assertEquals(t.strip(), t, "block text is trimmed");
            assertFalse(t.contains("\n\n"), "block holds a blank line: " + t);
            if (!rebuilt.isEmpty()) rebuilt.append("\n\n");
            assertEquals(rebuilt.length(), b.begin(), "block begins after the previous one and its separator");
            rebuilt.append(t);
        }
        assertEquals(rebuilt.toString(), doc.text(), "text is the blocks joined by blank lines");
        return doc;
    }
}
