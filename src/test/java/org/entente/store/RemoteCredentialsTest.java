package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.PasswordAuthentication;
import java.net.URI;
import org.apache.jena.http.auth.AuthEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a store's credentials do to Jena's one registry per JVM: registered for its endpoint URLs
 * only, renewed when gone, and taken away on close without touching what the application
 * registered itself. The URLs are on a reserved domain no test connects to.
 */
class RemoteCredentialsTest {
    private static final String HOST = "http://credentials.invalid:8890";
    private static final RemoteEndpoints VIRTUOSO = new RemoteEndpoints(URI.create(HOST + "/sparql-auth?timeout=5"),
            URI.create(HOST + "/sparql-auth"), URI.create(HOST + "/sparql-graph-crud-auth"));
    private static final URI QUERY = URI.create(HOST + "/sparql-auth");
    private static final URI GSP = URI.create(HOST + "/sparql-graph-crud-auth");

    @AfterEach
    void forget() {
        for (String url : new String[] {HOST + "/", QUERY.toString(), GSP.toString()}) AuthEnv.get().unregisterUsernamePassword(URI.create(url));
    }

    private static PasswordAuthentication user(String name, String password) {
        return new PasswordAuthentication(name, password.toCharArray());
    }

    @Test
    void renew_registersEachEndpointWithoutItsQuery_closeRemovesThem() {
        RemoteCredentials writer = new RemoteCredentials(VIRTUOSO, user("writer", "secret"));
        assertTrue(writer.renew());
        assertEquals("writer", AuthEnv.get().getUsernamePassword(URI.create(QUERY + "?query=ASK%7B%7D")).getUsername());
        assertEquals("secret", AuthEnv.get().getUsernamePassword(GSP).getPassword());
        assertNull(AuthEnv.get().getUsernamePassword(URI.create(HOST + "/sparql")), "not for the host's other URLs");
        assertFalse(writer.renew(), "already there: nothing to do");
        writer.close();
        assertNull(AuthEnv.get().getUsernamePassword(QUERY));
        assertNull(AuthEnv.get().getUsernamePassword(GSP));
    }

    @Test
    void close_leavesTheApplicationsOwnRegistration() {
        AuthEnv.get().registerUsernamePassword(URI.create(HOST + "/"), "app", "app-password");
        RemoteCredentials writer = new RemoteCredentials(VIRTUOSO, user("writer", "secret"));
        writer.renew();
        assertEquals("writer", AuthEnv.get().getUsernamePassword(GSP).getUsername(), "the store's own, for its endpoints");
        writer.close();
        assertEquals("app", AuthEnv.get().getUsernamePassword(GSP).getUsername(), "the application's again");
    }

    @Test
    void renew_afterAnotherStoreClosed_registersAgain() {
        RemoteCredentials first = new RemoteCredentials(VIRTUOSO, user("writer", "secret"));
        RemoteCredentials second = new RemoteCredentials(VIRTUOSO, user("writer", "secret"));
        first.renew();
        assertFalse(second.renew());
        first.close();
        assertTrue(second.renew(), "gone with the first store, back for the second");
        assertEquals("writer", AuthEnv.get().getUsernamePassword(GSP).getUsername());
        second.close();
    }

    @Test
    void anonymous_registersNothing() {
        RemoteCredentials anonymous = new RemoteCredentials(VIRTUOSO, null);
        assertFalse(anonymous.renew());
        assertNull(anonymous.user());
        assertNull(AuthEnv.get().getUsernamePassword(GSP));
        anonymous.close();
    }
}
