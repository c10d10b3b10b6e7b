package org.entente.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import org.apache.jena.graph.Node;

/** Deterministic IRI minting: the same content or key always gives the same IRI. */
public final class Iris {
    private Iris() {}

    /** SHA-256 of the bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Node document(String contentHash) {
        return Vocab.iri(Vocab.DOC + contentHash);
    }

    public static Node sentence(Node document, int begin, int end) {
        return Vocab.iri(document.getURI() + "/sentence/" + begin + "-" + end);
    }

    /** What one document says of one event: under the document's IRI, named by the event's hash. */
    public static Node claim(Node document, Node event) {
        String e = event.getURI();
        return Vocab.iri(document.getURI() + "/claim/" + e.substring(e.lastIndexOf('/') + 1));
    }

    /** An IRI under {@code id/{kind}/} whose last segment is the slug of the given parts. */
    public static Node entity(String kind, String... parts) {
        StringBuilder path = new StringBuilder(kind).append('/');
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) path.append('-');
            path.append(slug(parts[i]));
        }
        return Vocab.id(path.toString());
    }

    /** An event IRI: its kind and a short hash of its key arguments, so one event reported twice is one node. */
    public static Node event(String kind, String... keyParts) {
        return Vocab.id("event/" + kind + "/" + sha256(String.join("\u001F", keyParts)).substring(0, 16));
    }

    /** ASCII lower-case words joined by hyphens: "Kim Hong-kyun" gives "kim-hong-kyun". No regex: this is on the hot path. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) out.append('-');
                out.append(Character.toLowerCase(c));
                gap = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
