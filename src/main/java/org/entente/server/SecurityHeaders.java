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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The headers every answer carries, and cross-origin reads.
 *
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser never runs an answer as another type
 * than it is served with (a literal in a result that looks like HTML stays text).</li>
 * <li>A content security policy: the UI's scripts come from this server only (its one inline
 * line is allowed by its hash), it talks to this server only, and no other site may frame
 * any page ({@code frame-ancestors 'none'}, with {@code X-Frame-Options} for old browsers).</li>
 * <li>CORS: any web page may read the public endpoints ({@code Access-Control-Allow-Origin: *}),
 * but never with credentials, so a browser never lends a writer's login to another site.
 * Preflights allow only reading methods and headers; writes from another site are refused by
 * {@link WriteGuard} in any case.</li>
 * </ul>
 *
 * Fuseki's own CORS filter is off: it reflects any origin and allows credentials.
 */
final class SecurityHeaders implements Filter {
    private final String policy;

    /** @param inlineScript the one inline script the UI's start page carries (allowed by its hash) */
    SecurityHeaders(String inlineScript) {
        this.policy = "default-src 'self'; script-src 'self' 'sha256-" + sha256(inlineScript) + "'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.getHeader("Origin") != null) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, Retry-After");
            if ("OPTIONS".equalsIgnoreCase(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                // A preflight: answered here, for reads only; nothing behind it runs.
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                response.setHeader("Access-Control-Max-Age", "1800");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The base64 SHA-256 of a script's text, as a CSP source expression wants it. */
    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
