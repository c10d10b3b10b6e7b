package org.entente.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.entente.EntenteException;

/**
 * The URLs the server may fetch on a request's behalf: the target of a query's {@code SERVICE}
 * and the source of an update's {@code LOAD}. By default none: a public endpoint that fetches
 * what it is told is a proxy into the server's own network (and a port scanner), and a
 * {@code LOAD <file:…>} publishes the server's files. The operator lists URL prefixes to allow;
 * a URL is allowed when its scheme, host and port are a listed one's and its path is that one's
 * path or below it (so {@code http://example.org} never allows {@code http://example.org.evil/}).
 * A refusal names the URL and nothing else: no connection is made, so an open port and a
 * closed one answer alike.
 */
final class FetchPolicy {
    private final List<URI> allowed;

    private FetchPolicy(List<URI> allowed) {
        this.allowed = allowed;
    }

    /** Nothing fetched. */
    static FetchPolicy none() {
        return new FetchPolicy(List.of());
    }

    /** The given URL prefixes allowed; a prefix that is not an absolute URL with a host (or a file: URL) is an error. */
    static FetchPolicy of(List<String> prefixes) {
        List<URI> out = new ArrayList<>();
        for (String p : prefixes) {
            URI u = parse(p);
            if (u == null || (!"file".equals(scheme(u)) && u.getHost() == null)) {
                throw new EntenteException("Illegal URL prefix to allow fetching from: '" + p + "' (give e.g. https://query.wikidata.org/)");
            }
            out.add(u);
        }
        return new FetchPolicy(List.copyOf(out));
    }

    boolean isEmpty() {
        return allowed.isEmpty();
    }

    /** True when the server may fetch this URL. */
    boolean allows(String url) {
        URI u = parse(url);
        if (u == null || u.getRawUserInfo() != null) return false;
        for (URI a : allowed) {
            if (scheme(a).equals(scheme(u)) && sameHost(a, u) && port(a) == port(u) && within(path(u), path(a))) return true;
        }
        return false;
    }

    /** Why a URL is refused, in one line. */
    static String refusal(String what, String url) {
        return what + " <" + url + "> is refused: this server fetches nothing on a request's behalf unless its operator allows the URL"
                + " (entente serve --allow-fetch PREFIX)";
    }

    /** A link of ARQ's SERVICE chain that lets through only allowed URLs. */
    QueryIterator service(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext context, ServiceExecutor chain) {
        Node target = opExecute.getService();
        String url = target.isURI() ? target.getURI() : target.toString();
        // Fuseki answers this exception with its status (403), as it does the check before parsing.
        if (!target.isURI() || !allows(url)) throw new ActionErrorException(403, refusal("SERVICE", url), null);
        return chain.createExecution(opExecute, opOriginal, binding, context);
    }

    private static URI parse(String s) {
        try {
            URI u = new URI(s).normalize();
            return u.isAbsolute() && !u.isOpaque() ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String scheme(URI u) {
        return u.getScheme().toLowerCase(Locale.ROOT);
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() == null ? b.getHost() == null : a.getHost().equalsIgnoreCase(b.getHost());
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return switch (scheme(u)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    /** True when a path is the prefix's path or below it ("/sparql" allows "/sparql/x", not "/sparql-admin"). */
    private static boolean within(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || prefix.endsWith("/") || path.charAt(prefix.length()) == '/');
    }

    private static String path(URI u) {
        String p = u.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
