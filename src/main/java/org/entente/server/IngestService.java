package org.entente.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.entente.EntenteException;
import org.entente.SentenceWarning;
import org.entente.ingest.DocumentWarning;
import org.entente.ingest.TextDocuments;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Iris;
import org.entente.vocab.Vocab;
import org.entente.store.KnowledgeGraph;

/**
 * {@code POST /kg/ingest}: one text document in the body (text/plain, text/markdown or
 * text/html; optional query parameters {@code date=YYYY-MM-DD} and {@code name}), read by the
 * same pipeline as {@code entente ingest} and stored in one write transaction. Answers JSON:
 * <pre>{"document": IRI, "outcome": "added|unchanged|replaced", "events": [{"iri": …, "type": …}],
 *  "warnings": [{"sentence": 3, "stage": "event", "text": "…", "cause": "…", "message": "…"}]}</pre>
 *
 * <p>{@code warnings} lists the sentences a stage failed on and skipped; the document was
 * stored without them (the list is empty when all went well).
 *
 * <p>{@code name} is the document's source key, as a path is on the command line: posting new
 * content under the same name replaces the earlier version. Without a name the content's hash
 * is the key. Bad input (among it a name holding a control character: NUL, newline, escape)
 * answers 400 (415 for a non-text media type, 413 when too large) with a one-line reason,
 * and nothing is stored.
 */
final class IngestService extends BaseActionREST {
    /** The Fuseki operation for the ingest endpoint. */
    static final Operation OPERATION = Operation.alloc(Vocab.ENT + "IngestService", "ingest", "Entente: ingest a text document");

    /** The largest body accepted, in bytes (the text reader's own limit). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final Map<String, String> EXTENSIONS = Map.of(
            "text/plain", ".txt", "text/markdown", ".md", "text/x-markdown", ".md",
            "text/html", ".html", "application/xhtml+xml", ".html");
    private static final List<String> NAME_EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");
    private static final List<Node> EVENT_KINDS = List.of(Vocab.DEPLOYMENT, Vocab.ARMS_TRANSFER, Vocab.TRAINING,
            Vocab.TREATY_SIGNING, Vocab.STATEMENT, Vocab.TENURE);

    private final KnowledgeGraph graph;
    private final TextDocuments text;

    /** @param text the text pipeline, or null when this server cannot read text (answers 503) */
    IngestService(KnowledgeGraph graph, TextDocuments text) {
        this.graph = graph;
        this.text = text;
    }

    @Override
    protected void doPost(HttpAction action) {
        if (text == null) ServletOps.error(503, "text ingestion is not available on this server");
        String mediaType = mediaType(action.getRequestContentType());
        String name = blankToNull(name(action.getRequestParameter("name")));
        String extension = extension(mediaType, name);
        LocalDate date = date(action.getRequestParameter("date"));
        byte[] bytes = utf8(body(action), charset(action.getRequestContentType()));

        String fileName = name == null ? "document" + extension : hasTextExtension(name) ? name : name + extension;
        String sourceKey = name != null ? name : "ingest/" + Iris.sha256(bytes);
        TextDocuments.Result read;
        try {
            read = text.read(fileName, bytes, sourceKey, date);
        } catch (EntenteException e) {
            ServletOps.errorBadRequest(oneLine(e.getMessage()));
            return;
        }
        DocumentGraph document = read.document();
        KnowledgeGraph.AddOutcome outcome = graph.add(document);
        action.log.info("[{}] ingest {} -> {} {}", action.id, sourceKey, document.name().getURI(), outcome);
        for (DocumentWarning w : read.documentWarnings()) action.log.warn("[{}] {}", action.id, w.message());
        for (SentenceWarning w : read.warnings()) action.log.warn("[{}] {}", action.id, w.message());
        reply(action, answer(document, outcome, read.warnings()));
    }

    static JsonObject answer(DocumentGraph document, KnowledgeGraph.AddOutcome outcome, List<SentenceWarning> warnings) {
        TreeMap<String, String> events = new TreeMap<>();
        for (Node kind : EVENT_KINDS) {
            document.graph().find(Node.ANY, Vocab.TYPE, kind).forEachRemaining(t -> {
                if (t.getSubject().isURI()) events.put(t.getSubject().getURI(), kind.getLocalName());
            });
        }
        JsonArray list = new JsonArray();
        events.forEach((iri, type) -> {
            JsonObject e = new JsonObject();
            e.put("iri", iri);
            e.put("type", type);
            list.add(e);
        });
        JsonObject json = new JsonObject();
        json.put("document", document.name().getURI());
        json.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        json.put("events", list);
        json.put("warnings", warnings(warnings));
        return json;
    }

    private static JsonArray warnings(List<SentenceWarning> warnings) {
        JsonArray list = new JsonArray();
        for (SentenceWarning w : warnings) {
            JsonObject j = new JsonObject();
            j.put("sentence", w.sentence());
            j.put("stage", w.stage().word());
            j.put("text", w.excerpt());
            j.put("cause", w.cause());
            j.put("message", w.message());
            list.add(j);
        }
        return list;
    }

    private static void reply(HttpAction action, JsonObject json) {
        action.setResponseStatus(200);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding("utf-8");
        try (OutputStream out = action.getResponseOutputStream()) {
            JSON.write(out, json);
            out.write('\n');
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The file extension that tells the reader the format: from the media type, else from the name. */
    static String extension(String mediaType, String name) {
        if (mediaType != null) {
            String ext = EXTENSIONS.get(mediaType);
            if (ext == null) {
                ServletOps.error(415, "Content-Type " + mediaType + " is not a text document: send text/plain, text/markdown or text/html");
            }
            return ext;
        }
        if (name != null && hasTextExtension(name)) return name.substring(name.lastIndexOf('.'));
        return ".txt";
    }

    private static boolean hasTextExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return NAME_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /**
     * The name, refused with 400 when it holds a control character: a NUL is no file name (Java's
     * paths reject it), and a newline or escape would forge or garble the log line that names it.
     */
    static String name(String value) {
        if (value == null) return null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                ServletOps.errorBadRequest(String.format("name has a control character (U+%04X) at position %d:"
                        + " give a file name of printable characters", (int) c, i + 1));
            }
        }
        return value;
    }

    static LocalDate date(String value) {
        try {
            return org.entente.ingest.PublicationDate.parse("date", value);
        } catch (org.entente.UsageException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        }
    }

    private static Charset charset(String contentType) {
        if (contentType == null) return StandardCharsets.UTF_8;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    ServletOps.error(415, "charset " + name + " is not supported: send UTF-8");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] body(HttpAction action) {
        try (InputStream in = action.getRequestInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) ServletOps.error(413, "document is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return out.toByteArray();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the request body: " + oneLine(e.getMessage()));
            return null;
        }
    }

    /**
     * The body as UTF-8 bytes, checked: not empty, not binary, valid in its charset.
     *
     * @throws ActionErrorException (400) naming what is wrong
     */
    static byte[] utf8(byte[] bytes, Charset charset) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            ServletOps.errorBadRequest("empty body: send the document's text");
        }
        for (byte b : bytes) {
            if (b == 0) ServletOps.errorBadRequest("binary body (NUL bytes): send a text document");
        }
        try {
            String decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return charset.equals(StandardCharsets.UTF_8) ? bytes : decoded.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("body is not valid " + charset.name() + " text (binary?): send a text document");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(String m) {
        return m == null ? "unreadable document" : m.replace('\n', ' ').strip();
    }
}
