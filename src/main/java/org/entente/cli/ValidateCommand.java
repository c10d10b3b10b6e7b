package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.KnowledgeGraph;
import org.entente.store.Validator;
import org.entente.store.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente validate}: checks the stored graphs against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check every document graph against ontology/shapes.ttl and report violations in plain words.",
        description = "Exit status 0 when everything conforms, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--reference-data", description = "Also validate the reference graph.")
    boolean referenceData;

    @Override
    public Integer call() {
        try (KnowledgeGraph kg = storeOptions.open()) {
            List<Violation> violations = new java.util.ArrayList<>(kg.validate());
            if (referenceData) violations.addAll(Validator.validateReference(kg.referenceGraph()));
            violations.forEach(v -> System.out.println(v));
            int docs = kg.documents().size();
            if (violations.isEmpty()) {
                System.err.println("All " + docs + " document graphs conform to the shapes.");
                return 0;
            }
            System.err.println(violations.size() + " violations in " + docs + " document graphs.");
            return 1;
        }
    }
}
