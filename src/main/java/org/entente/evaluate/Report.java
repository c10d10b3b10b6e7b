package org.entente.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.EntenteException;

/**
 * What an evaluation found: per question and overall, how many rows came back, how many the
 * keys hold and how many matched; per document the same; and each missed, spurious or
 * differing row. Immutable.
 *
 * @param documents every keyed document, in path order
 * @param questions the six scored questions, micro-averaged over the documents, in contract order
 * @param overall   the sum over the questions
 * @param findings  rejected documents, skipped sentences, missed key rows, spurious rows and differing fields, by document
 * @param unkeyed   documents found without an answer key beside them (not scored)
 */
public record Report(List<DocumentResult> documents, List<Score> questions, Score overall, List<Finding> findings,
                     List<String> unkeyed) {

    public Report {
        documents = List.copyOf(documents);
        questions = List.copyOf(questions);
        findings = List.copyOf(findings);
        unkeyed = List.copyOf(unkeyed);
    }

    /**
     * The counts of one question (or of all of them).
     *
     * @param question the question name ({@code arms-transfers}), or {@code overall}
     * @param returned rows the query returned
     * @param ignored  returned rows paired with an optional key row (one each): not counted at all
     * @param keyRows  key rows needed for recall (optional rows excluded)
     * @param matched  returned rows paired with a key row (each pairs with at most one)
     * @param fields   for the columns compared once matched: how many matched rows agree
     */
    public record Score(String question, int returned, int ignored, int keyRows, int matched, List<FieldScore> fields) {
        public Score {
            fields = List.copyOf(fields);
            if (matched > keyRows || matched + ignored > returned) {
                throw new IllegalArgumentException("inconsistent counts for " + question);
            }
        }

        /** Returned rows that count: all but the ignored ones. */
        public int counted() {
            return returned - ignored;
        }

        /** Matched / counted rows; 1 when nothing counted was returned. */
        public double precision() {
            return counted() == 0 ? 1.0 : (double) matched / counted();
        }

        /** Matched / key rows; 1 when the keys want nothing. */
        public double recall() {
            return keyRows == 0 ? 1.0 : (double) matched / keyRows;
        }

        /** The harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** The sum of several scores under a name; fields are summed by name. */
        static Score sum(String question, List<Score> scores) {
            int returned = 0, ignored = 0, keyRows = 0, matched = 0;
            Map<String, int[]> fields = new LinkedHashMap<>();
            for (Score s : scores) {
                returned += s.returned;
                ignored += s.ignored;
                keyRows += s.keyRows;
                matched += s.matched;
                for (FieldScore f : s.fields) {
                    int[] t = fields.computeIfAbsent(f.field(), k -> new int[2]);
                    t[0] += f.agreed();
                    t[1] += f.compared();
                }
            }
            List<FieldScore> summed = new ArrayList<>();
            fields.forEach((name, t) -> summed.add(new FieldScore(name, t[0], t[1])));
            return new Score(question, returned, ignored, keyRows, matched, summed);
        }
    }

    /**
     * How often the matched rows agree with the key on one compared column.
     *
     * @param field    the column ({@code stage})
     * @param agreed   matched rows that agree
     * @param compared matched rows whose key row gives the field
     */
    public record FieldScore(String field, int agreed, int compared) {
        /** Agreed / compared; 1 when nothing was compared. */
        public double accuracy() {
            return compared == 0 ? 1.0 : (double) agreed / compared;
        }
    }

    /**
     * One document's scores.
     *
     * @param document  its path relative to the evaluated folder
     * @param rejection why ingestion rejected it, or null when it was read
     * @param questions its six question scores, in contract order
     * @param overall   their sum
     */
    public record DocumentResult(String document, String rejection, List<Score> questions, Score overall) {
        public DocumentResult {
            questions = List.copyOf(questions);
        }

        /** This document's score on a question. */
        public Score score(String question) {
            return pick(questions, question);
        }
    }

    /** What a finding reports. */
    public enum Kind {
        /** The document could not be ingested. */
        REJECTED,
        /** A sentence a stage failed on and skipped: the document was scored without it. */
        WARNING,
        /** A key row no returned row matched. */
        MISSED,
        /** A returned row that matched no key row. */
        SPURIOUS,
        /** A matched row that disagrees with its key row on a compared column. */
        DIFFERS;

        /** The kind as a lower-case word, as reports print it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One line of detail.
     *
     * @param document the document's path relative to the evaluated folder
     * @param question the question, or empty for a rejection or a warning
     * @param kind     what it reports
     * @param text     the row (or the reason, or the warning) as one line
     */
    public record Finding(String document, String question, Kind kind, String text) {}

    /**
     * The micro-averaged score of a question.
     *
     * @throws EntenteException naming the question and the known ones when it is not scored
     */
    public Score score(String question) {
        if ("overall".equals(question)) return overall;
        return pick(questions, question);
    }

    /** The F1 of a question ({@code arms-transfers}), micro-averaged over the documents. */
    public double f1(String question) {
        return score(question).f1();
    }

    /** The F1 over all questions and documents. */
    public double overallF1() {
        return overall.f1();
    }

    /**
     * One document's result, by its path relative to the evaluated folder.
     *
     * @throws EntenteException when no such document was evaluated
     */
    public DocumentResult document(String name) {
        for (DocumentResult d : documents) if (d.document().equals(name)) return d;
        throw new EntenteException("No evaluated document named '" + name + "'");
    }

    /** The findings of one kind, in report order. */
    public List<Finding> findings(Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    private static Score pick(List<Score> scores, String question) {
        for (Score s : scores) if (s.question().equals(question)) return s;
        throw new EntenteException("No scored question named '" + question + "'; scored: "
                + String.join(", ", scores.stream().map(Score::question).toList()));
    }
}
