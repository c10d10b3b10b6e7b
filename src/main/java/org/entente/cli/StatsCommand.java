package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.store.KnowledgeGraph;
import org.entente.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code entente stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, header = "Count documents, triples and events by kind.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (KnowledgeGraph kg = storeOptions.open()) {
            Stats s = kg.stats();
            System.out.printf("store            %s%n", storeOptions.storeName());
            System.out.printf("documents        %d%n", s.documents());
            System.out.printf("quads            %d%n", s.quads());
            System.out.printf("reference        %d triples%n", s.referenceTriples());
            s.eventsByKind().forEach((k, n) -> System.out.printf("%-16s %d%n", k, n));
        }
        return 0;
    }
}
