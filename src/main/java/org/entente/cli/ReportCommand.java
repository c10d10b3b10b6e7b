package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.EntenteException;
import org.entente.UsageException;
import org.entente.server.Report;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente report}: the explorer's views as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write the explorer's network, timelines and evidence as one HTML file that opens offline.",
        description = {"The file holds the page, its script, ECharts and the answers for the chosen state and date range;",
                "it needs no server and fetches nothing: open it from disk or send it to a colleague.",
                "Example: ./entente report --out norway.html --state https://w3id.org/entente/id/state/NO --from 2024"})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", required = true, paramLabel = "<file.html>", description = "The HTML file to write (replaced if it exists).")
    Path out;

    @Option(names = "--state", paramLabel = "<iri>", description = "Only the relations this state takes part in (default: all states).")
    String state;

    @Option(names = "--from", paramLabel = "<date>", description = "Only from this date on: YYYY, YYYY-MM or YYYY-MM-DD (default: no start).")
    String from;

    @Option(names = "--to", paramLabel = "<date>", description = "Only up to this date: YYYY, YYYY-MM or YYYY-MM-DD (default: no end).")
    String to;

    @Override
    public Integer call() throws IOException {
        Path target = checkedOut();
        if (!storeOptions.isRemote() && !Files.isDirectory(storeOptions.storeDirectory())) {
            throw new EntenteException("No store at " + storeOptions.storeDirectory() + ": give --store DIR of an existing store"
                    + " (made by 'entente ingest --store DIR FILES')");
        }
        Report report;
        try (KnowledgeGraph kg = storeOptions.open()) {
            report = Report.create(kg).state(state).from(from).to(to).build();
        }
        // Write beside the target, then move: a failed write never leaves half a report.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            report.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.err.printf(Locale.ROOT, "entente: wrote %s (%d states, %d events, %.1f MB)%n", out, report.states(), report.events(),
                Files.size(target) / 1e6);
        return 0;
    }

    /** The --out file, checked before any work: a file name in a folder that exists and can be written. */
    private Path checkedOut() {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UsageException("--out " + out + " is a folder: give a file name, e.g. " + out.resolve("report.html"));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new EntenteException("Cannot write " + out + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) throw new EntenteException("Cannot write " + out + ": the folder " + folder + " is not writable");
        return target;
    }
}
