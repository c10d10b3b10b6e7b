package org.entente.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.entente.Bundled;
import org.entente.EntenteException;

/**
 * The explorer's files: its page, script and style sheet (bundled under {@code entente/explore/},
 * from {@code src/main/explore/}) and Apache ECharts ({@code echarts.min.js} from the
 * {@code org.webjars.npm:echarts} jar, whose version is read from that jar's Maven properties, so
 * that a new version in {@code pom.xml} needs no code change). The server serves them as files;
 * {@link Report} inlines them. Read once; immutable.
 */
final class ExplorerAssets {
    /** The page, as the server serves it; {@link Report} rewrites the marked lines. */
    static final String PAGE = "explore.html";
    static final String SCRIPT = "explore.js";
    static final String STYLE = "explore.css";
    static final String ECHARTS = "echarts.min.js";

    /** The lines of {@link #PAGE} that load the other files (a report replaces them by the files' text). */
    static final String STYLE_LINK = "<link rel=\"stylesheet\" href=\"explore/explore.css\">";
    static final String ECHARTS_TAG = "<script src=\"explore/echarts.min.js\"></script>";
    static final String SCRIPT_TAG = "<script src=\"explore/explore.js\"></script>";

    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    final byte[] page;
    final byte[] script;
    final byte[] style;
    final byte[] echarts;

    private ExplorerAssets(byte[] page, byte[] script, byte[] style, byte[] echarts) {
        this.page = page;
        this.script = script;
        this.style = style;
        this.echarts = echarts;
    }

    /**
     * Reads the files from the class path.
     *
     * @throws EntenteException naming the file that is missing from the build
     */
    static ExplorerAssets load() {
        return new ExplorerAssets(Bundled.read("explore", PAGE), Bundled.read("explore", SCRIPT),
                Bundled.read("explore", STYLE), echarts());
    }

    /** The bytes of a file by its name under {@code /explore/}, or null for no such file. */
    byte[] file(String name) {
        return switch (name) {
            case SCRIPT -> script;
            case STYLE -> style;
            case ECHARTS -> echarts;
            default -> null;
        };
    }

    /** A strong entity tag for a file's bytes (the first 128 bits of their SHA-256, in hex). */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] echarts() {
        ClassLoader loader = ExplorerAssets.class.getClassLoader();
        String version;
        try (InputStream in = loader.getResourceAsStream(WEBJAR)) {
            if (in == null) throw new EntenteException("ECharts is missing from the build (no " + WEBJAR + "): rebuild with its WebJar");
            Properties p = new Properties();
            p.load(in);
            version = p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WEBJAR, e);
        }
        String path = "META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js";
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) throw new EntenteException("ECharts is missing from the build (no " + path + ")");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
