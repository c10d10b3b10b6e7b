package org.entente.store;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.http.auth.PasswordRecord;

/**
 * A remote store's user and password, made known to Jena's HTTP layer for that store's three
 * endpoint URLs and no other. Jena answers a 401 challenge from one of them with HTTP Basic or
 * Digest, whichever the server asks for (Fuseki and {@code entente serve}: Basic; Virtuoso's
 * {@code /sparql-auth} and {@code /sparql-graph-crud-auth}: Digest), and then sends the answer
 * with each later request to that endpoint. A server that never asks (an anonymous query
 * endpoint) never sees the password.
 *
 * <p>Jena keeps credentials in one registry per JVM ({@link AuthEnv}), keyed by URL prefix. This
 * class registers the exact endpoint URLs: a registration the application made for a shorter
 * prefix (the host, say) is shadowed for these endpoints only, and is what Jena uses again once
 * this is closed. The registration is renewed before each request, since another store at the
 * same endpoints may have been closed meanwhile and removed it, and removed on {@link #close()}
 * while it is still this user's. Two stores open at once at the same endpoint URL with different
 * users take turns in the one registry: keep one user per endpoint in a JVM. Thread-safe.
 */
final class RemoteCredentials implements AutoCloseable {
    /** Guards check-then-register: the registry's prefix index is not safe for concurrent changes. */
    private static final Object REGISTRY = new Object();

    private final List<URI> endpoints;
    private final String user;
    private final String password;

    /**
     * @param credentials the user and password, or null for anonymous requests (nothing registered)
     */
    RemoteCredentials(RemoteEndpoints endpoints, PasswordAuthentication credentials) {
        Set<URI> distinct = new LinkedHashSet<>();
        for (URI url : List.of(endpoints.query(), endpoints.update(), endpoints.graphStore())) distinct.add(withoutQuery(url));
        this.endpoints = List.copyOf(distinct);
        this.user = credentials == null ? null : credentials.getUserName();
        this.password = credentials == null ? null : new String(credentials.getPassword());
    }

    /** The user, or null when requests go anonymously. */
    String user() {
        return user;
    }

    /**
     * Registers the credentials for each endpoint where Jena would not find them (none, or another
     * user's). Returns true when it had to: a request refused meanwhile may be tried once more.
     */
    boolean renew() {
        if (user == null) return false;
        boolean renewed = false;
        synchronized (REGISTRY) {
            AuthEnv registry = AuthEnv.get();
            for (URI endpoint : endpoints) {
                if (ours(registry.getUsernamePassword(endpoint))) continue;
                registry.registerUsernamePassword(endpoint, user, password);
                renewed = true;
            }
        }
        return renewed;
    }

    /** Removes this user's registration of each endpoint (and with it Jena's cached answers to their challenges). */
    @Override
    public void close() {
        if (user == null) return;
        synchronized (REGISTRY) {
            AuthEnv registry = AuthEnv.get();
            for (URI endpoint : endpoints) {
                if (registry.hasRegistation(endpoint) && ours(registry.getUsernamePassword(endpoint))) {
                    registry.unregisterUsernamePassword(endpoint);
                }
            }
        }
    }

    private boolean ours(PasswordRecord record) {
        return record != null && user.equals(record.getUsername()) && Objects.equals(password, record.getPassword());
    }

    /** Jena registers credentials by endpoint, never with a query string or fragment. */
    private static URI withoutQuery(URI url) {
        String text = url.toString();
        int cut = text.length();
        for (char c : new char[] {'?', '#'}) if (text.indexOf(c) >= 0) cut = Math.min(cut, text.indexOf(c));
        return URI.create(text.substring(0, cut));
    }
}
