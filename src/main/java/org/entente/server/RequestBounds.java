package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;

/**
 * Every request's size bounded before Fuseki reads it, and a query's {@code SERVICE} and an
 * update's {@code LOAD} checked against the {@link FetchPolicy} (403 when refused).
 *
 * <p>SPARQL text (a query, an update, the validators) is at most {@link #MAX_SPARQL_BYTES}: ARQ's
 * parser has no time limit and no timeout covers it, and its cost grows faster than the text
 * (a 1 MB query of distinct triple patterns takes over 20 s to parse). Such a body is read here,
 * whole and bounded, and handed on from memory; a larger one answers 413 before any parsing.
 * An ingested document is bounded by {@link IngestService#MAX_BYTES}, a Graph Store upload by
 * {@link #MAX_UPLOAD_BYTES} (both counted as read, also when the client sends no length).
 */
final class RequestBounds implements Filter {
    static final int MAX_SPARQL_BYTES = 256 * 1024;
    static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    private final String dataset;
    private final FetchPolicy fetch;

    /** @param dataset the dataset path, e.g. {@code /kg} */
    RequestBounds(String dataset, FetchPolicy fetch) {
        this.dataset = dataset;
        this.fetch = fetch;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > MAX_SPARQL_BYTES) {
            fail(response, 414, "the URL's query string is longer than " + MAX_SPARQL_BYTES / 1024 + " KiB: POST the query instead");
            return;
        }
        long limit = path.equals(dataset + "/ingest") ? IngestService.MAX_BYTES
                : path.equals(dataset + "/data") ? MAX_UPLOAD_BYTES : MAX_SPARQL_BYTES;
        if (request.getContentLengthLong() > limit) {
            fail(response, 413, "the request body (" + request.getContentLengthLong() + " bytes) is larger than this endpoint's "
                    + limit / 1024 + " KiB");
            return;
        }
        if (limit > MAX_SPARQL_BYTES) {
            chain.doFilter(hasBody(request) ? new Counted(request, limit) : request, response);
            return;
        }
        HttpServletRequest bounded = request;
        if (hasBody(request)) {
            byte[] body = readAtMost(request.getInputStream(), MAX_SPARQL_BYTES);
            if (body == null) {
                fail(response, 413, "the request body is larger than " + MAX_SPARQL_BYTES / 1024 + " KiB of SPARQL");
                return;
            }
            bounded = new Buffered(request, body);
        }
        String refused = path.equals(dataset + "/update") ? refusedFetch(sparqlText(bounded, "update", "application/sparql-update"), true)
                : path.equals(dataset + "/sparql") || path.equals(dataset + "/query")
                ? refusedFetch(sparqlText(bounded, "query", "application/sparql-query"), false) : null;
        if (refused != null) {
            fail(response, 403, refused);
            return;
        }
        chain.doFilter(bounded, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The SPARQL text of a request: its form or URL parameter, or its body when sent as the given media type. */
    private static String sparqlText(HttpServletRequest request, String parameter, String mediaType) {
        String type = request.getContentType();
        if (request instanceof Buffered b && type != null && type.toLowerCase(Locale.ROOT).startsWith(mediaType)) {
            return new String(b.body, StandardCharsets.UTF_8);
        }
        return request.getParameter(parameter);
    }

    /**
     * Why a query's SERVICE or an update's LOAD may not run, or null when it names no URL the
     * policy refuses. Text that does not parse passes: Fuseki answers it with the parser's
     * message. (A SERVICE whose URL is a variable is checked again when it runs.)
     */
    private String refusedFetch(String text, boolean update) {
        if (text == null || !text.toUpperCase(Locale.ROOT).contains(update ? "LOAD" : "SERVICE")) return null;
        try {
            if (update) {
                for (Update u : UpdateFactory.create(text, Fuseki.BaseParserSPARQL).getOperations()) {
                    if (u instanceof UpdateLoad load && !fetch.allows(load.getSource())) return FetchPolicy.refusal("LOAD", load.getSource());
                }
                return null;
            }
            String[] refused = new String[1];
            ElementWalker.walk(QueryFactory.create(text, Fuseki.BaseParserSPARQL).getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService service) {
                    Node target = service.getServiceNode();
                    if (refused[0] == null && target.isURI() && !fetch.allows(target.getURI())) {
                        refused[0] = FetchPolicy.refusal("SERVICE", target.getURI());
                    }
                }
            });
            return refused[0];
        } catch (QueryException e) {
            return null;
        }
    }

    private static void fail(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Connection", "close");
        response.getWriter().println(status + " " + reason);
    }

    /** The stream's bytes, or null when there are more than {@code max}. */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    /** A request whose body was read here: Fuseki reads it again from memory, a form's parameters included. */
    private static final class Buffered extends HttpServletRequestWrapper {
        final byte[] body;
        private final Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            Map<String, List<String>> all = new LinkedHashMap<>();
            addForm(all, request.getQueryString());
            if (isForm()) addForm(all, new String(body, StandardCharsets.ISO_8859_1));
            Map<String, String[]> out = new LinkedHashMap<>();
            all.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(out);
        }

        private boolean isForm() {
            String type = getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        }

        private static void addForm(Map<String, List<String>> into, String encoded) {
            if (encoded == null || encoded.isEmpty()) return;
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                into.computeIfAbsent(key, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s; // a malformed escape is kept as sent; the parser reports it
            }
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInput(new ByteArrayInputStream(body));
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), java.nio.charset.Charset.forName(charset)));
        }
    }

    /** A request whose body may not run past a limit: reading further fails, so the upload's transaction aborts. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new BytesInput(new InputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) check(1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) check(n);
                    return n;
                }

                private void check(int n) throws IOException {
                    count += n;
                    if (count > limit) throw new IOException("the request body is larger than " + limit / 1024 + " KiB");
                }
            });
        }
    }

    /** A servlet input stream over a plain one (read blocking; no asynchronous reads here). */
    private static final class BytesInput extends ServletInputStream {
        private final InputStream in;
        private boolean finished;

        BytesInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) finished = true;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n < 0) finished = true;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("asynchronous reads are not supported here");
        }
    }
}
