package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a benchmark run: the machine they were measured on, the settings, and one
 * section per measurement; printed as a table under headings in words, and written as JSON
 * under short keys.
 */
public final class Results {
    /** One printed line: what, the figure, its unit, and a note (runs, ratio, target). */
    record Line(String what, String figure, String unit, String note) {}

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, List<Line>> table = new LinkedHashMap<>();

    Results(Map<String, Object> settings) {
        json.put("machine", machine());
        json.put("settings", settings);
    }

    /** The JSON object of a section, created on first use; sections keep the order they were opened in. */
    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) json.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    /** The JSON object of one part of a section (a corpus of its own), created on first use. */
    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name, String part) {
        return (Map<String, Object>) section(name).computeIfAbsent(part, k -> new LinkedHashMap<String, Object>());
    }

    /** A line of the table under a heading, opened on first use; headings keep that order. */
    void line(String heading, String what, double figure, String unit, String note) {
        table.computeIfAbsent(heading, k -> new ArrayList<>()).add(new Line(what, format(figure), unit, note == null ? "" : note));
    }

    void text(String heading, String what, String value) {
        table.computeIfAbsent(heading, k -> new ArrayList<>()).add(new Line(what, value, "", ""));
    }

    /** Records the machine's load average at the end: figures taken while other work ran are slower. */
    @SuppressWarnings("unchecked")
    void finish() {
        ((Map<String, Object>) json.get("machine")).put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The JSON document. */
    public String json() {
        return Json.write(json);
    }

    /** The top-level keys of the JSON document, in order. */
    public List<String> keys() {
        return List.copyOf(json.keySet());
    }

    public void writeJson(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, json());
        } catch (IOException e) {
            throw new org.entente.EntenteException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The table: the machine first, then one block per section. */
    @SuppressWarnings("unchecked")
    public String table() {
        StringBuilder b = new StringBuilder();
        Map<String, Object> m = (Map<String, Object>) json.get("machine");
        b.append("machine: ").append(m.get("cores")).append(" cores (").append(m.get("cpu")).append("), ")
                .append(m.get("memoryGiB")).append(" GiB; ").append(m.get("jvm")).append(", max heap ")
                .append(m.get("maxHeapMiB")).append(" MiB; ").append(m.get("os")).append("; load average ")
                .append(m.get("loadAverageAtStart")).append(" at start, ").append(m.get("loadAverageAtEnd")).append(" at end\n");
        for (Map.Entry<String, List<Line>> s : table.entrySet()) {
            b.append('\n').append(s.getKey()).append('\n');
            for (Line l : s.getValue()) {
                b.append(String.format("  %-52s %14s %-10s %s", l.what(), l.figure(), l.unit(), l.note()).stripTrailing()).append('\n');
            }
        }
        return b.toString();
    }

    static String format(double v) {
        if (Double.isNaN(v)) return "n/a";
        double a = Math.abs(v);
        if (a >= 1000) return String.format("%,.0f", v);
        if (a >= 100) return String.format("%.1f", v);
        if (a >= 10) return String.format("%.2f", v);
        return String.format("%.3f", v);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        m.put("cores", rt.availableProcessors());
        m.put("cpu", cpuModel());
        long total = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            total = os.getTotalMemorySize();
        }
        m.put("memoryGiB", total < 0 ? null : Math.round(total / (1024.0 * 1024 * 1024) * 10) / 10.0);
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("maxHeapMiB", rt.maxMemory() / (1024 * 1024));
        m.put("gc", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList()));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return m;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the core count still says enough.
        }
        return "unknown CPU";
    }
}
