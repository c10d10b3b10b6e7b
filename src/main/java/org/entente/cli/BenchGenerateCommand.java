package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bench.CorpusGenerator;
import org.entente.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench generate}: writes a synthetic news corpus with an answer key per
 * document, deterministic for a seed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write generated news articles (.md, .txt, .html) with an answer key for each.",
        description = {"Entities come from the reference data (states by name, demonym or capital; officials in office on the",
                "article's date; weapon models; treaties); the events are invented. The same seed gives the same files.",
                "Score them with: entente evaluate <dir>"})
final class BenchGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "<n>", description = "Number of documents (default: ${DEFAULT-VALUE}).")
    int docs = 100;

    @Option(names = "--seed", paramLabel = "<n>", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--out", paramLabel = "<dir>", required = true, description = "Folder to write into (created when missing).")
    Path out;

    @Override
    public Integer call() {
        if (docs < 0) throw new ParameterException(spec.commandLine(), "Illegal --docs " + docs + ": give 0 or more");
        CorpusGenerator.Summary s = CorpusGenerator.over(ReferenceData.read(List.of()).graph()).write(out, docs, seed);
        System.out.printf("wrote %,d documents (%,d bytes of text, %,d answer rows) and their keys to %s%n", s.documents(), s.bytes(), s.keyRows(), out);
        return 0;
    }
}
