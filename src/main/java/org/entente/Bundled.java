package org.entente;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Files shipped inside the jar under {@code entente/}: the questions ({@code queries}), the
 * ontology and shapes ({@code ontology}) and the reference data ({@code reference}).
 */
public final class Bundled {
    private Bundled() {}

    /** A named file's bytes. */
    public record Resource(String name, byte[] bytes) {}

    /** One bundled file, or an exception naming it when it is missing. */
    public static byte[] read(String folder, String name) {
        String path = "entente/" + folder + "/" + name;
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new EntenteException("Bundled file missing from the build: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled file " + path, e);
        }
    }

    /** Every bundled file of a folder whose name ends with the suffix, sorted by name. */
    public static List<Resource> list(String folder, String suffix) {
        URL url = Bundled.class.getClassLoader().getResource("entente/" + folder);
        if (url == null) return List.of();
        try {
            if ("jar".equals(url.getProtocol())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(url.toURI());
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                }
                return listDir(fs.getPath("/entente/" + folder), suffix);
            }
            return listDir(Path.of(url.toURI()), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list bundled folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new EntenteException("Bad bundled folder location: " + url, e);
        }
    }

    private static List<Resource> listDir(Path dir, String suffix) throws IOException {
        List<Resource> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(suffix)) out.add(new Resource(name, Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
