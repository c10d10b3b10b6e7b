package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.ReadingBudget;
import org.entente.SentenceWarning;
import org.entente.UsageException;
import org.entente.ingest.DocumentWarning;
import org.entente.ingest.Ingestor;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente ingest}: reads documents into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read documents (.txt .md .html .htm, or RDF .ttl .trig .nq .nt) into the store; folders recurse.",
        description = {"Each document becomes its own named graph; the same content again changes nothing.",
                "Exit status 1 when any file was rejected; the others are still ingested.",
                "A sentence a stage fails on is skipped with a warning on standard error; its file is still ingested."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "<path>", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "Publication date for documents that state none.")
    String date;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-limit", paramLabel = "<seconds>",
            description = "Longest one document may take to read; a slower one is rejected, the others kept (default: ${DEFAULT-VALUE}).")
    int timeLimit = (int) ReadingBudget.DEFAULT.toSeconds();

    @Override
    public Integer call() {
        LocalDate defaultDate = parseDate(date);
        if (timeLimit < 1) throw new UsageException("--time-limit " + timeLimit + " must be at least 1 second");
        List<Path> files = Ingestor.expand(paths, r -> {});
        try (KnowledgeGraph kg = storeOptions.open()) {
            Ingestor ingestor = new Ingestor(kg, Pipelines.text(kg, storeOptions).withTimeLimit(Duration.ofSeconds(timeLimit)), threads);
            Ingestor.Summary s;
            if (System.console() != null && files.size() >= 20) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .showSpeed().build()) {
                    s = ingestor.ingest(paths, defaultDate, f -> bar.step());
                }
            } else {
                s = ingestor.ingest(paths, defaultDate, null);
            }
            report(s);
            return status(s);
        }
    }

    /** 1 when a file was rejected; a skipped sentence is a warning, and its file was ingested. */
    static int status(Ingestor.Summary s) {
        return s.rejected().isEmpty() ? 0 : 1;
    }

    static void report(Ingestor.Summary s) {
        System.err.printf("ingested %d files: %d added, %d replaced, %d unchanged, %d rejected%n",
                s.files(), s.added(), s.replaced(), s.unchanged(), s.rejected().size());
        if (!s.eventsByKind().isEmpty()) {
            StringBuilder b = new StringBuilder("events:");
            s.eventsByKind().forEach((k, n) -> b.append(' ').append(k).append('=').append(n));
            System.err.println(b);
        }
        for (Ingestor.Rejection r : s.rejected()) System.err.println("rejected " + r.file() + ": " + r.reason());
        // A dropped value or a skipped sentence is worth a line, not a failed file: the exit status stays as it is.
        for (DocumentWarning w : s.documentWarnings()) System.err.println("warning " + w.message());
        for (SentenceWarning w : s.warnings()) System.err.println("warning " + w.message());
    }

    static LocalDate parseDate(String date) {
        return org.entente.ingest.PublicationDate.parse("--date", date);
    }
}
