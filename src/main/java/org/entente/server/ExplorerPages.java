package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.entente.EntenteException;
import org.entente.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer at {@code /explore}: read-only, open to anyone, under the server's security headers.
 *
 * <table>
 * <caption>Paths</caption>
 * <tr><td>{@code /explore}</td><td>the page ({@code ?state=IRI&from=D&to=D} opens it on that scope)</td></tr>
 * <tr><td>{@code /explore/explore.js}, {@code explore.css}, {@code echarts.min.js}</td><td>its files</td></tr>
 * <tr><td>{@code /explore/answer/NAME?…}</td><td>one of {@link ExplorerQuestions#NAMES}, as SPARQL results JSON</td></tr>
 * </table>
 *
 * <p>The answers run here, on the server's own dataset, rather than in the browser against
 * {@code /kg/sparql}: parameters are checked and bound into the parsed question as RDF terms
 * ({@link ExplorerQuestions}), so no page (and no link someone sends) can splice SPARQL into a
 * question, a misspelt or malformed parameter answers 400 naming it instead of an unfiltered
 * table, and the page carries no copy of the questions' text to drift from {@code queries/}.
 * A question past the dataset's query timeout answers 503, like the SPARQL endpoint.
 * Errors answer {@code {"error": "…"}}. Only GET and HEAD; anything else on these paths is 405.
 */
final class ExplorerPages implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerPages.class);
    static final String ROOT = "/explore";
    private static final String ANSWER = ROOT + "/answer/";

    private final ExplorerQuestions questions;
    private final ExplorerAssets assets;
    /** Entity tags by file (the files are read once, so their arrays serve as keys). */
    private final Map<byte[], String> etags = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    ExplorerPages(ExplorerQuestions questions, ExplorerAssets assets) {
        this.questions = questions;
        this.assets = assets;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(ROOT) && !path.startsWith(ROOT + "/")) {
            chain.doFilter(req, resp);
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the explorer is read-only: GET or HEAD, not " + method);
        } else if (path.equals(ROOT)) {
            file(request, response, assets.page, "text/html;charset=utf-8");
        } else if (path.equals(ROOT + "/")) {
            // The page's files are addressed relative to /explore; one address for it.
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + ROOT + (query == null ? "" : "?" + query));
        } else if (path.startsWith(ANSWER)) {
            answer(request, response, path.substring(ANSWER.length()));
        } else {
            String name = path.substring(ROOT.length() + 1);
            byte[] body = assets.file(name);
            if (body == null) error(response, HttpServletResponse.SC_NOT_FOUND, "no explorer file " + name);
            else file(request, response, body, name.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8");
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        if (!questions.asks(name)) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "the explorer asks " + String.join(", ", ExplorerQuestions.NAMES) + ", not '" + name + "'");
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (p.getValue().length != 1) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "parameter '" + p.getKey() + "' is given " + p.getValue().length + " times: give it once");
                return;
            }
            raw.put(p.getKey(), p.getValue()[0]);
        }
        String json;
        try {
            json = questions.askJson(name, raw);
        } catch (UsageException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "'" + name + "' took longer than the server's query timeout: narrow the date range or pick a state");
            return;
        } catch (EntenteException e) {
            // Parameters.parse: a parameter name that is no SPARQL variable name.
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        write(request, response, HttpServletResponse.SC_OK, "application/sparql-results+json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    private void file(HttpServletRequest request, HttpServletResponse response, byte[] body, String type) throws IOException {
        String etag = etags.computeIfAbsent(body, ExplorerAssets::etag);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, HttpServletResponse.SC_OK, type, body);
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (status >= 500) LOG.warn("explorer: {}", message);
        JsonObject o = new JsonObject();
        o.put("error", message);
        byte[] body = o.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        if (response.getHeader("Cache-Control") == null) response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) response.getOutputStream().write(body);
    }
}
