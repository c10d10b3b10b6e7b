package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench …}: measurements printed as small tables. Each measurement is a
 * subcommand of its own; add new ones to {@code subcommands}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure how fast parts of Entente run and print the figures.",
        subcommands = {BenchIndexCommand.class, BenchGenerateCommand.class, BenchRunCommand.class, BenchServeCommand.class, HelpCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing what to measure: one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
