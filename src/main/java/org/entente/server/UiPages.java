package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Fuseki UI (the {@code jena-fuseki-ui} jar's {@code webapp/}), opened on Entente's dataset
 * with Entente's questions. The UI has no setting for either: its example queries are a
 * literal in the query page's script ({@code static/Query-*.js}) and its start page is the
 * dataset list. So this filter serves two files changed on the way out:
 * <ul>
 * <li>{@code index.html}: a line of script sends a visit without a {@code #} route to the query
 * editor on the dataset, with the first question in the editor;</li>
 * <li>{@code static/Query-*.js}: the example-query list becomes the contract questions, and
 * Entente's prefixes join the prefix buttons.</li>
 * </ul>
 * When the UI's files do not look as expected (another UI version), they are served unchanged
 * with a warning in the log: the UI still works, only without the Entente examples.
 */
final class UiPages implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(UiPages.class);
    private static final Pattern QUERY_SCRIPT = Pattern.compile("/static/Query-[A-Za-z0-9_-]+\\.js");
    private static final String EXAMPLES = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
            + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";
    private static final String PREFIXES_END = "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}]";

    private final String dataset;
    private final Map<String, String> questions;
    private final String firstQuestion;
    private final Map<String, byte[]> patched = new ConcurrentHashMap<>();

    /**
     * @param dataset   the dataset name without slash, e.g. {@code kg}
     * @param questions the example questions, name to SPARQL text, in the order shown
     * @param first     the name of the question the editor opens with
     */
    UiPages(String dataset, Map<String, String> questions, String first) {
        this.dataset = dataset;
        this.questions = questions;
        this.firstQuestion = questions.getOrDefault(first, questions.values().stream().findFirst().orElse(""));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod())) {
            if (path.equals("/") || path.equals("/index.html")) {
                if (serve((HttpServletResponse) resp, "/index.html", "text/html;charset=utf-8", this::patchIndex)) return;
            } else if (QUERY_SCRIPT.matcher(path).matches()) {
                if (serve((HttpServletResponse) resp, path, "text/javascript;charset=utf-8", this::patchQueryScript)) return;
            }
        }
        chain.doFilter(req, resp);
    }

    private interface Patch {
        String apply(String original);
    }

    private boolean serve(HttpServletResponse response, String path, String contentType, Patch patch) throws IOException {
        byte[] body = patched.computeIfAbsent(path, p -> {
            String original = resource(p);
            return original == null ? new byte[0] : patch.apply(original).getBytes(StandardCharsets.UTF_8);
        });
        if (body.length == 0) return false;
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    private static String resource(String path) {
        try (InputStream in = UiPages.class.getClassLoader().getResourceAsStream("webapp" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot read UI file webapp{}: {}", path, e.getMessage());
            return null;
        }
    }

    /** The one line of script the start page gets (its hash is in the content security policy). */
    String startScript() {
        String route = "#/dataset/" + dataset + "/query?query=";
        return "if(!location.hash||location.hash==='#'){location.replace('" + route + "'+encodeURIComponent("
                + jsString(firstQuestion) + "))}";
    }

    String patchIndex(String html) {
        String script = "<script>" + startScript() + "</script>\n";
        int head = html.indexOf("</head>");
        if (head < 0) {
            LOG.warn("The Fuseki UI's index.html has no </head>: the UI opens on its start page");
            return html;
        }
        return html.substring(0, head) + script + html.substring(head);
    }

    String patchQueryScript(String js) {
        if (!js.contains(EXAMPLES)) {
            LOG.warn("The Fuseki UI's query page is not the expected version: its example queries stay Fuseki's own");
            return js;
        }
        StringBuilder list = new StringBuilder("queries:[");
        questions.forEach((name, text) -> {
            if (list.length() > "queries:[".length()) list.append(',');
            list.append("{value:").append(jsString(text)).append(",text:").append(jsString(name)).append('}');
        });
        list.append(']');
        String out = js.replace(EXAMPLES, list);
        String prefixes = "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"},"
                + "{uri:\"https://w3id.org/entente/ontology#\",text:\"ent\"},"
                + "{uri:\"http://www.w3.org/2004/02/skos/core#\",text:\"skos\"},"
                + "{uri:\"http://www.w3.org/ns/prov#\",text:\"prov\"}]";
        return out.replace(PREFIXES_END, prefixes);
    }

    /** A JavaScript string literal (also safe inside an HTML script element). */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\'' -> b.append("\\u0027");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
