package org.entente.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.evaluate.Evaluation;
import org.entente.evaluate.Report;
import org.entente.evaluate.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente evaluate DIR}: scores the contract questions against answer keys. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        header = "Score the contract questions on documents that have an answer key (NAME.gold.json beside NAME.md).",
        description = {"Each keyed document is ingested alone into an empty in-memory store (your store is not touched),",
                "the six scored questions are asked, and their rows are compared with the key as CONTRACT.md says.",
                "Prints precision, recall and F1 per question and overall, then each rejected document, skipped sentence, missed key row,",
                "spurious returned row and differing field. Exit status 1 when no document has a key or a key is malformed."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "<dir>", description = "A folder (searched recursively) or one document.")
    Path dir;

    @Option(names = "--reference", paramLabel = "<dir>",
            description = "Extra reference data: a folder of Turtle files added to the bundled reference graph. Repeatable.")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}); json is one object on standard output and nothing else.")
    Format format;

    @Option(names = "--quiet", description = "Print the table only, without the findings.")
    boolean quiet;

    @Override
    public Integer call() {
        boolean showProgress = System.console() != null;
        Report report = Evaluation.run(dir, reference, name -> {
            if (showProgress) System.err.println("evaluate: " + name);
        });
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(format == Format.json ? ReportWriter.json(report) : ReportWriter.text(report, quiet));
        out.flush();
        return 0;
    }
}
