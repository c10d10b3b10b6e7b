package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides who may do what: every request passes here before Fuseki sees it.
 * A short allow-list is open to anyone (reading queries, graph reads, the UI, ping and the
 * read-only status pages the UI needs); every other request, whatever its path or method,
 * needs an authenticated writer (HTTP basic) and otherwise answers 401 with nothing done.
 *
 * <p>A browser that has logged in keeps sending the writer's basic credentials, also when
 * another web site makes it post a form to {@code /kg/update}. So a write whose {@code Origin}
 * header names another site answers 403: writes come from this server's own pages or from
 * programs (which send no {@code Origin}).
 *
 * <p>Jetty's path constraints, which Fuseki's endpoint policies use, cannot tell a read from a
 * write on the same path ({@code GET} versus {@code PUT /kg/data}), and the admin API's
 * {@code /$/} paths would need a rule each; one allow-list is easier to check.
 */
final class WriteGuard implements Filter {
    static final String REALM = "entente";

    private final String dataset;
    private final WriterCredentials writers;
    private final Set<String> openQueryPaths;
    private final Set<String> writePaths;

    /** @param dataset the dataset path, e.g. {@code /kg} */
    WriteGuard(String dataset, WriterCredentials writers) {
        this.dataset = dataset;
        this.writers = writers;
        this.openQueryPaths = Set.of(dataset + "/sparql", dataset + "/query", "/$/validate/query",
                "/$/validate/update", "/$/validate/iri", "/$/validate/langtag", "/$/validate/data");
        this.writePaths = Set.of(dataset + "/update", dataset + "/ingest");
    }

    /** True when anyone may make this request; false when it needs a writer. */
    boolean open(String method, String path) {
        // Only plain paths can be open: no percent-encoding or path parameters to read two ways.
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0 || path.contains("//")) return false;
        switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> {
                if (writePaths.contains(path)) return false;
                if (path.startsWith("/$/")) {
                    return path.equals("/$/ping") || path.equals("/$/server") || path.equals("/$/stats")
                            || path.equals("/$/stats" + dataset);
                }
                return true;
            }
            case "OPTIONS" -> {
                return true;
            }
            case "POST" -> {
                return openQueryPaths.contains(path) || path.equals("/$/ping");
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (open(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String user = authenticatedWriter(request.getHeader("Authorization"));
        if (user == null) {
            refuse(response);
            return;
        }
        if (crossSite(request.getHeader("Origin"), request.getScheme(), request.getHeader("Host"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("403 Forbidden: a write from another web site (Origin " + request.getHeader("Origin") + ") is refused");
            return;
        }
        chain.doFilter(new Authenticated(request, user), response);
    }

    /** True when a browser sent the request on behalf of another site than this server. */
    static boolean crossSite(String origin, String scheme, String host) {
        if (origin == null) return false;
        return host == null || !origin.strip().equalsIgnoreCase(scheme + "://" + host.strip());
    }

    /** The writer named by a valid {@code Authorization: Basic} header, or null. */
    String authenticatedWriter(String header) {
        if (header == null || writers.isEmpty()) return null;
        String h = header.strip();
        if (h.length() < 6 || !h.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return null;
        String user = decoded.substring(0, colon);
        return writers.check(user, decoded.substring(colon + 1)) ? user : null;
    }

    private void refuse(HttpServletResponse response) throws IOException {
        String reason = writers.isEmpty()
                ? "this server is read-only: restart it with --password-file or ENTENTE_WRITER_USER/ENTENTE_WRITER_PASSWORD to allow writes"
                : "this request changes the store or administers the server: send a writer's user and password (HTTP basic)";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("401 Unauthorized: " + reason);
    }

    /** The request as the writer made it: Fuseki's logs and policies see the user. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final String user;

        Authenticated(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
