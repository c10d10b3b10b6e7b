package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;

class InputChecksTest {
    private static String rejection(String name, byte[] bytes) {
        return assertThrows(EntenteException.class, () -> DocumentReader.standard().read(Path.of(name), bytes, null)).getMessage();
    }

    @Test
    void read_emptyFile_isRejected() {
        assertEquals("empty document", rejection("e.md", new byte[0]));
    }

    @Test
    void read_whitespaceOnly_isRejected() {
        assertEquals("empty document", rejection("e.txt", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void read_bytesWithNul_areBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x', 'y', 0, 1, 2};
        assertEquals("binary content, not a text document", rejection("b.md", bytes));
    }

    @Test
    void read_manyControlCharacters_areBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 4 == 0 ? 0x07 : 'a');
        assertEquals("binary content, not a text document", rejection("b.txt", bytes));
    }

    @Test
    void read_invalidUtf8_namesFirstBadByte() {
        byte[] bytes = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not valid UTF-8 (first bad byte at offset 3)", rejection("l.txt", bytes));
    }

    @Test
    void read_invalidUtf8AfterBom_countsFromFileStart() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC3, '(', 'c'};
        assertEquals("not valid UTF-8 (first bad byte at offset 5)", rejection("l.md", bytes));
    }

    @Test
    void read_17MegabyteFile_isRejectedWithSize() {
        byte[] bytes = new byte[17 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'a');
        assertEquals("document is 17.0 MB; the limit is 16 MB", rejection("big.txt", bytes));
    }

    @Test
    void read_oneByteOverLimit_isRejectedAndSaysSo() {
        byte[] bytes = new byte[TextChecks.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) 'a');
        assertEquals("document is 16.1 MB; the limit is 16 MB", rejection("big.txt", bytes));
    }

    @Test
    void read_exactlyAtLimit_isRead() {
        byte[] bytes = new byte[TextChecks.MAX_BYTES];
        Arrays.fill(bytes, (byte) 'a');
        assertEquals(TextChecks.MAX_BYTES, DocumentReader.standard().read(Path.of("big.txt"), bytes, null).text().length());
    }

    @Test
    void read_onlyMarkup_isRejected() {
        assertEquals("no readable text found",
                rejection("s.html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void read_utf16_isRejectedWithAdvice() {
        assertEquals("UTF-16 text, not UTF-8; save the file as UTF-8",
                rejection("u.txt", "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE)));
    }
}
