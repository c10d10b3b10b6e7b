package org.entente.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.entente.EntenteException;

/**
 * The checks every file passes before a reader sees it: size, emptiness, binary content and
 * UTF-8; then line endings are normalised to LF. Messages are one line without the file name
 * (the caller prefixes it).
 */
final class TextChecks {
    /** The largest document read, in bytes (16 MiB). */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.10;

    private TextChecks() {}

    /**
     * Checks the bytes and decodes them as UTF-8 (a leading BOM is skipped), with CRLF and CR
     * turned into LF.
     *
     * @throws EntenteException when the bytes are too many, empty, binary or not UTF-8
     */
    static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new EntenteException(String.format(Locale.ROOT,
                    "document is %.1f MB; the limit is %d MB", Math.ceil(bytes.length * 10.0 / (1024 * 1024)) / 10,
                    MAX_BYTES / (1024 * 1024)));
        }
        if (bytes.length == 0) throw new EntenteException("empty document");
        if (isUtf16(bytes)) throw new EntenteException("UTF-16 text, not UTF-8; save the file as UTF-8");
        if (isBinary(bytes)) throw new EntenteException("binary content, not a text document");
        String text = utf8(bytes);
        if (text.isBlank()) throw new EntenteException("empty document");
        return normaliseLineEnds(text);
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    /** NUL anywhere, or more than 10% C0 control bytes (other than tab, LF, FF, CR) in the first 8 KB. */
    static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) if (b == 0) return true;
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) controls++;
        }
        return controls > n * MAX_CONTROL_SHARE;
    }

    private static String utf8(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new EntenteException("not valid UTF-8 (first bad byte at offset " + in.position() + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new EntenteException("not valid UTF-8 (first bad byte at offset " + in.position() + ")");
        }
        return out.flip().toString();
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
