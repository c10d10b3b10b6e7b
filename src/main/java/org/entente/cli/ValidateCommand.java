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
        header = "Check every document graph (and with --reference-data the reference graph) against ontology/shapes.ttl.",
        description = "Violations go to standard output in plain words, one a line; exit status 0 when everything conforms, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--reference-data",
            description = "Also validate the reference graph (the bundled data and any --reference folders), counted apart.")
    boolean referenceData;

    @Override
    public Integer call() {
        try (KnowledgeGraph kg = storeOptions.open()) {
            List<Violation> inDocuments = kg.validate();
            List<Violation> inReference = referenceData ? Validator.validateReference(kg.referenceGraph()) : List.of();
            inDocuments.forEach(System.out::println);
            inReference.forEach(System.out::println);
            String docs = count(kg.documents().size(), "document graph");
            if (inDocuments.isEmpty() && inReference.isEmpty()) {
                System.err.println("All " + docs + (referenceData ? " and the reference graph" : "") + " conform to the shapes.");
                return 0;
            }
            // Counted apart, so that a fault in the reference data is never taken for one in the documents.
            System.err.println(count(inDocuments.size() + inReference.size(), "violation") + ": " + inDocuments.size() + " in " + docs
                    + (referenceData ? ", " + inReference.size() + " in the reference graph" : "") + ".");
            return 1;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
