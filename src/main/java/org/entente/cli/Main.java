package org.entente.cli;

import org.entente.EntenteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code entente} command line. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        header = "Build and question a knowledge graph of geopolitical actors, events and treaties read from news.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                StatsCommand.class, CompactCommand.class, LookupCommand.class, BenchCommand.class, EvaluateCommand.class, ServeCommand.class, ReportCommand.class, HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status: 0 ok, 1 failure, 2 usage. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("entente: " + message(e));
            if (!(e instanceof EntenteException) && System.getenv("ENTENTE_DEBUG") != null) e.printStackTrace(line.getErr());
            return e instanceof org.entente.UsageException ? 2 : 1;
        });
        return cmd.execute(args);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        return m.replace('\n', ' ').trim();
    }
}
