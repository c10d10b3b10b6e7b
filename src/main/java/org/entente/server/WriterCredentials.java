package org.entente.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.security.Credential;
import org.entente.EntenteException;

/**
 * The users allowed to write to a served store, checked with HTTP basic authentication.
 *
 * <pre>{@code
 * WriterCredentials writers = WriterCredentials.fromFile(Path.of("writers.realm"));
 * boolean ok = writers.check("alice", "secret");
 * }</pre>
 *
 * <p>The password file has Jetty's realm format, one user a line: {@code user: password}
 * (optionally {@code , role...} after it, ignored; blank lines and {@code #} comments skipped).
 * The password may be plain or in Jetty's {@code OBF:}, {@code MD5:} or {@code CRYPT:} forms.
 * Every user in the file is a writer. Immutable and thread-safe.
 */
public final class WriterCredentials {
    /** Environment variable naming the password file. */
    public static final String ENV_PASSWORD_FILE = "ENTENTE_PASSWORD_FILE";
    /** Environment variables giving one writer directly. */
    public static final String ENV_USER = "ENTENTE_WRITER_USER";
    public static final String ENV_PASSWORD = "ENTENTE_WRITER_PASSWORD";

    private static final WriterCredentials NONE = new WriterCredentials(Map.of(), "none");

    private final Map<String, Credential> users;
    private final String origin;

    private WriterCredentials(Map<String, Credential> users, String origin) {
        this.users = Collections.unmodifiableMap(users);
        this.origin = origin;
    }

    /** No writers: the server is read-only. */
    public static WriterCredentials none() {
        return NONE;
    }

    /** One writer with a plain password. */
    public static WriterCredentials of(String user, String password) {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new EntenteException("Writer user name '" + user + "' must be non-empty and without ':'");
        }
        if (password == null || password.isEmpty()) throw new EntenteException("Writer '" + user + "' needs a non-empty password");
        return new WriterCredentials(Map.of(user, Credential.getCredential(password)), "user " + user);
    }

    /**
     * Reads a Jetty realm file.
     *
     * @throws EntenteException when the file cannot be read, a line is not {@code user: password},
     *                          or it names no user
     */
    public static WriterCredentials fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot read password file: " + e.getMessage(), e);
        }
        Map<String, Credential> users = new LinkedHashMap<>();
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new EntenteException(file + ":" + lineNo + ": not 'user: password'");
            String user = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            int comma = rest.indexOf(',');
            String password = (comma < 0 ? rest : rest.substring(0, comma)).strip();
            if (user.isEmpty() || password.isEmpty()) throw new EntenteException(file + ":" + lineNo + ": empty user or password");
            users.put(user, Credential.getCredential(password));
        }
        if (users.isEmpty()) throw new EntenteException(file + ": password file names no user");
        return new WriterCredentials(users, "password file " + file);
    }

    /**
     * The writers a serve command is given: the password file (option, else
     * {@value #ENV_PASSWORD_FILE}), else {@value #ENV_USER} and {@value #ENV_PASSWORD}, else none.
     *
     * @param passwordFile the {@code --password-file} option, or null
     * @param env          the environment
     */
    public static WriterCredentials resolve(Path passwordFile, Map<String, String> env) {
        if (passwordFile != null) return fromFile(passwordFile);
        String file = env.get(ENV_PASSWORD_FILE);
        if (file != null && !file.isBlank()) return fromFile(Path.of(file));
        String user = env.get(ENV_USER);
        String password = env.get(ENV_PASSWORD);
        if ((user == null || user.isBlank()) && (password == null || password.isEmpty())) return none();
        if (user == null || user.isBlank()) throw new EntenteException(ENV_PASSWORD + " is set but " + ENV_USER + " is not");
        if (password == null || password.isEmpty()) throw new EntenteException(ENV_USER + " is set but " + ENV_PASSWORD + " is not");
        return of(user, password);
    }

    /** True when nobody may write. */
    public boolean isEmpty() {
        return users.isEmpty();
    }

    /** Where the writers came from, for the startup message (never the passwords). */
    public String origin() {
        return origin;
    }

    /** True when the user is a writer and the password is theirs. */
    public boolean check(String user, String password) {
        Credential credential = users.get(user);
        return credential != null && credential.check(password);
    }

    /** True when the file can be read by users other than its owner (worth a warning). */
    public static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
