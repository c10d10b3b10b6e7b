package org.entente.server;

import java.io.IOException;
import java.net.PasswordAuthentication;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.store.RemoteEndpoints;

/**
 * A real OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource}) in a folder of its own, on
 * free loopback ports: the packaged virtuoso.ini with the database files, ports and allowed
 * folders changed. As Virtuoso comes, anyone may read at {@code /sparql} and nobody may write
 * there; one SQL user, {@link #USER}, may update and write graphs through the endpoints that ask
 * for HTTP Digest, {@code /sparql-auth} and {@code /sparql-graph-crud-auth} ({@link #endpoints}).
 */
final class VirtuosoFixture implements AutoCloseable {
    static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    static final String USER = "writer";
    static final String PASSWORD = "s3cret-for-tests";

    final String base;
    /** The endpoints that ask for the writer's credentials (HTTP Digest): query and update, Graph Store. */
    final RemoteEndpoints endpoints;
    /** The endpoints anyone may use (to read; writing there is refused). */
    final RemoteEndpoints anonymousEndpoints;
    private final Process process;
    private final Path dir;
    private final int sqlPort;

    private VirtuosoFixture(Process process, Path dir, int sqlPort, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.base = "http://127.0.0.1:" + httpPort;
        this.endpoints = new RemoteEndpoints(URI.create(base + "/sparql-auth"), URI.create(base + "/sparql-auth"),
                URI.create(base + "/sparql-graph-crud-auth"));
        this.anonymousEndpoints = new RemoteEndpoints(URI.create(base + "/sparql"), URI.create(base + "/sparql"),
                URI.create(base + "/sparql-graph-crud"));
    }

    static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isExecutable(ISQL) && Files.isReadable(PACKAGED_INI);
    }

    /** Starts Virtuoso in the folder and waits (at most a minute) until its SPARQL endpoint answers. */
    static VirtuosoFixture start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int sqlPort = freePort(), httpPort = freePort();
        String db = dir.toAbsolutePath() + "/";
        String ini = Files.readString(PACKAGED_INI)
                .replace("/var/lib/virtuoso-opensource-7/db/", db)
                .replaceAll("(?m)^ServerPort\\s*=\\s*1111\\s*$", "ServerPort = " + sqlPort)
                .replaceAll("(?m)^ServerPort\\s*=\\s*8890\\s*$", "ServerPort = " + httpPort)
                .replaceAll("(?m)^DirsAllowed\\s*=.*$", "DirsAllowed = ., " + dir.toAbsolutePath() + ", /usr/share/virtuoso-opensource-7/vad");
        if (!ini.contains("ServerPort = " + httpPort)) throw new IllegalStateException("the packaged virtuoso.ini has no HTTP ServerPort 8890");
        Path config = dir.resolve("virtuoso.ini");
        Files.writeString(config, ini);
        Process p = new ProcessBuilder(SERVER.toString(), "+foreground", "+configfile", config.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("virtuoso.out").toFile()).start();
        VirtuosoFixture v = new VirtuosoFixture(p, dir, sqlPort, httpPort);
        try {
            v.awaitHttp();
            // A SQL user with the SPARQL roles, and read and write access to every graph (bits 1 and 2; Virtuoso
            // 7.2.8 and later need this besides the roles, 7.2.5 lets the roles do).
            v.isql("DB.DBA.USER_CREATE('" + USER + "', '" + PASSWORD + "'); GRANT SPARQL_SELECT TO \"" + USER + "\";"
                    + " GRANT SPARQL_UPDATE TO \"" + USER + "\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('" + USER + "', 3);");
            return v;
        } catch (IOException | RuntimeException | InterruptedException e) {
            v.close();
            throw e;
        }
    }

    /** The writer's user and password. */
    static PasswordAuthentication writer() {
        return new PasswordAuthentication(USER, PASSWORD.toCharArray());
    }

    private void awaitHttp() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("virtuoso-t exited with " + process.exitValue() + ": " + log());
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) return;
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Virtuoso did not answer on " + base + " within a minute: " + log());
    }

    /** Runs SQL as dba through Virtuoso's isql. */
    void isql(String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ISQL.toString(), String.valueOf(sqlPort), "dba", "dba", "exec=" + sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || out.contains("*** Error")) throw new IllegalStateException("isql failed on " + sql + ": " + out);
    }

    private String log() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("virtuoso.out"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
