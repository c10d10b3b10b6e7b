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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>Each wrong password is logged (a warning naming the user tried and the client address) and
 * counted by a {@link LoginThrottle}: an address past its limit answers 429 with
 * {@code Retry-After}.
 */
final class WriteGuard implements Filter {
    static final String REALM = "entente";
    private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);

    private final String dataset;
    private final WriterCredentials writers;
    private final Set<String> openQueryPaths;
    private final Set<String> writePaths;
    private final LoginThrottle throttle = new LoginThrottle();
    private final Runnable onWrite;

    /**
     * @param dataset the dataset path, e.g. {@code /kg}
     * @param onWrite told of every writer's request that succeeded
     */
    WriteGuard(String dataset, WriterCredentials writers, Runnable onWrite) {
        this.dataset = dataset;
        this.writers = writers;
        this.onWrite = onWrite;
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
        String authorization = request.getHeader("Authorization");
        String address = request.getRemoteAddr();
        long wait = authorization == null ? 0 : throttle.waitSeconds(address);
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("429 Too Many Requests: " + LoginThrottle.LIMIT + " wrong passwords from " + address
                    + " within a minute; try again in " + wait + " s");
            return;
        }
        String user = authenticatedWriter(authorization);
        if (user == null) {
            if (authorization != null && !writers.isEmpty()) {
                int failures = throttle.failed(address);
                LOG.warn("Wrong password for writer '{}' from {} ({} of {} allowed in a minute)",
                        printable(claimedUser(authorization)), address, failures, LoginThrottle.LIMIT);
            }
            refuse(response);
            return;
        }
        throttle.succeeded(address);
        if (crossSite(request.getHeader("Origin"), request.getScheme(), request.getHeader("Host"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("403 Forbidden: a write from another web site (Origin " + request.getHeader("Origin") + ") is refused");
            return;
        }
        chain.doFilter(new Authenticated(request, user), response);
        if (response.getStatus() < 400) onWrite.run();
    }

    /** True when a browser sent the request on behalf of another site than this server. */
    static boolean crossSite(String origin, String scheme, String host) {
        if (origin == null) return false;
        return host == null || !origin.strip().equalsIgnoreCase(scheme + "://" + host.strip());
    }

    /** The writer named by a valid {@code Authorization: Basic} header, or null. */
    String authenticatedWriter(String header) {
        if (header == null || writers.isEmpty()) return null;
        String decoded = basicCredentials(header);
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (colon <= 0) return null;
        String user = decoded.substring(0, colon);
        return writers.check(user, decoded.substring(colon + 1)) ? user : null;
    }

    /** The "user:password" of a basic Authorization header, or null when it is not one. */
    private static String basicCredentials(String header) {
        String h = header.strip();
        if (h.length() < 6 || !h.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            return new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The user a failed header claimed to be, for the log ("" when it names none). */
    private static String claimedUser(String header) {
        String decoded = basicCredentials(header);
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        return colon < 0 ? "" : decoded.substring(0, colon);
    }

    /** A client-chosen string made safe for one log line: no control characters, at most 64 characters. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(64).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
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
