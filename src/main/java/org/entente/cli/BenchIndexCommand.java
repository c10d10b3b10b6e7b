package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sys.JenaSystem;
import org.entente.mention.Lookup;
import org.entente.mention.ReferenceIndex;
import org.entente.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench index}: how long the reference data takes to parse, the alias index to
 * build, and a name or post title to resolve. Prints medians after warm-up runs; figures vary
 * with the machine, so this is a command, not a test.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        header = "Time reading the reference data, building the alias index and resolving names.")
final class BenchIndexCommand implements Callable<Integer> {
    /** The texts looked up, by kind: a mix of names, post phrases and misses. */
    static final List<List<String>> TEXTS = List.of(
            List.of("Pyongyang", "North Korean", "DPRK", "the Kremlin", "KM-SAM", "NIS", "NATO", "Kyiv",
                    "HIMARS", "New START", "Brussels", "Georgia"),
            List.of("U.S. Defense Secretary", "South Korea's vice foreign minister", "Russian foreign minister",
                    "NATO Secretary-General", "the foreign minister of Japan", "Ukrainian defence minister"),
            List.of("Atlantis", "the Ministry of Silly Walks", "Zorgon Defense Secretary"));
    private static final String[] KINDS = {"names", "post phrases", "not found"};

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "<n>", description = "Timed runs of parsing and index building (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--warmup", paramLabel = "<n>", description = "Untimed runs before them (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = "--lookups", paramLabel = "<n>", description = "Timed lookups, cycling through a mixed list of texts (default: ${DEFAULT-VALUE}).")
    int lookups = 100_000;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "Date posts are resolved on (default: ${DEFAULT-VALUE}).")
    LocalDate date = LocalDate.of(2025, 3, 1);

    @Option(names = "--reference", paramLabel = "<dir>",
            description = "Extra reference data: a folder of Turtle files added to the bundled reference graph. Repeatable.")
    List<Path> reference = new ArrayList<>();

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0 || lookups < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Illegal counts: --runs " + runs + ", --warmup " + warmup + ", --lookups " + lookups + " (runs and lookups must be at least 1)");
        }
        long[] parse = new long[runs], build = new long[runs];
        long j0 = System.nanoTime();
        JenaSystem.init();
        long[] jena = {System.nanoTime() - j0};
        long[] cold = new long[1];
        ReferenceData data = null;
        ReferenceIndex index = null;
        for (int i = -warmup; i < runs; i++) {
            long t0 = System.nanoTime();
            data = ReferenceData.read(reference);
            long t1 = System.nanoTime();
            index = ReferenceIndex.build(data.graph());
            long t2 = System.nanoTime();
            if (i == -warmup) cold[0] = t2 - t0;
            if (i >= 0) {
                parse[i] = t1 - t0;
                build[i] = t2 - t1;
            }
        }
        long[][] perKind = lookups(new Lookup(index));
        System.out.printf("reference data: %,d triples, %,d entities, %,d names%n%n", data.graph().size(), index.entities().size(), index.aliasCount());
        System.out.printf("%-34s %12s %12s %12s %12s %9s%n", "step", "median", "min", "p99", "max", "runs");
        row("Jena start-up (once per JVM)", jena, 1e6, "ms");
        row("parse + build, first run", cold, 1e6, "ms");
        row("parse reference Turtle", parse, 1e6, "ms");
        row("build alias index", build, 1e6, "ms");
        row("parse + build", sum(parse, build), 1e6, "ms");
        long[] all = Arrays.stream(perKind).flatMapToLong(Arrays::stream).toArray();
        row("lookup, mixed (" + TEXTS.stream().mapToInt(List::size).sum() + " texts)", all, 1e3, "us");
        for (int k = 0; k < KINDS.length; k++) row("  " + KINDS[k], perKind[k], 1e3, "us");
        return 0;
    }

    /** Times each lookup of a mixed list, after a warm-up of the same size; nanoseconds by kind of text. */
    private long[][] lookups(Lookup lookup) {
        int n = TEXTS.stream().mapToInt(List::size).sum();
        String[] texts = new String[n];
        int[] kind = new int[n];
        int j = 0;
        for (int k = 0; k < TEXTS.size(); k++) for (String t : TEXTS.get(k)) { texts[j] = t; kind[j++] = k; }
        long sink = 0;
        for (int i = 0; i < Math.max(lookups, 20_000); i++) sink += lookup.resolve(texts[i % n], date).candidates().size();
        long[][] times = new long[KINDS.length][];
        int[] filled = new int[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) times[k] = new long[lookups];
        for (int i = 0; i < lookups; i++) {
            int t = i % n;
            long t0 = System.nanoTime();
            sink += lookup.resolve(texts[t], date).candidates().size();
            times[kind[t]][filled[kind[t]]++] = System.nanoTime() - t0;
        }
        if (sink == 42) System.err.print("");
        for (int k = 0; k < KINDS.length; k++) times[k] = Arrays.copyOf(times[k], filled[k]);
        return times;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + b[i];
        return out;
    }

    private static void row(String what, long[] nanos, double unit, String unitName) {
        if (nanos.length == 0) return;
        long[] s = nanos.clone();
        Arrays.sort(s);
        long median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        long p99 = s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)];
        System.out.printf("%-34s %9.2f %-2s %9.2f %-2s %9.2f %-2s %9.2f %-2s %9d%n", what, median / unit, unitName,
                s[0] / unit, unitName, p99 / unit, unitName, s[s.length - 1] / unit, unitName, s.length);
    }
}
