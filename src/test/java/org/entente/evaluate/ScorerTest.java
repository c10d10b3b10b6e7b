package org.entente.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.evaluate.Report.FieldScore;
import org.entente.evaluate.Report.Kind;
import org.entente.evaluate.Report.Score;
import org.junit.jupiter.api.Test;

/** The comparison of returned rows with a hand-made key, without any ingestion. */
class ScorerTest {
    private static final String ID = "https://w3id.org/entente/id/";

    /** A key with the names of the seed article and the given question lists (JSON fragments). */
    private static AnswerKey key(String questions) {
        String json = """
                {"names": {
                   "north-korea": ["north korea", "dprk", "pyongyang"],
                   "russia": ["russia", "the kremlin", "moscow"],
                   "south-korea": ["south korea", "seoul"],
                   "ukraine": ["ukraine", "kyiv"],
                   "united-states": ["united states", "u.s."],
                   "k9": ["k9", "k9 thunder"],
                   "kim-hong-kyun": ["kim hong kyun", "kim hong-kyun"]
                 }%s}""".formatted(questions.isEmpty() ? "" : ", " + questions);
        return AnswerKey.parse("test.gold.json", json);
    }

    /** A row from alternating variable names and values. */
    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) row.put(pairs[i], pairs[i + 1]);
        return row;
    }

    private static Map<String, String> deployment(String sender, String host, String stage, String factuality) {
        return row("deployment", ID + "event/d1", "sender", ID + "state/X", "senderLabel", sender, "host", ID + "state/Y",
                "hostLabel", host, "personnel", "troops", "stage", ID + "stage/" + stage, "factuality", ID + "factuality/" + factuality);
    }

    private static final String ONE_DEPLOYMENT = """
            "deployments": [{"sender": "north-korea", "host": "russia", "troops": 3000, "stage": "completed",
                             "factuality": ["reported", "confirmed"]}]""";

    private static Score score(Question q, AnswerKey key, List<Map<String, String>> rows) {
        return Scorer.score(q, key, rows, "doc.md").score();
    }

    @Test
    void score_exactMatch_isPerfect() {
        Map<String, String> r = deployment("North Korea", "Russia", "completed", "reported");
        r.put("troops", "3000");
        Score s = score(Question.DEPLOYMENTS, key(ONE_DEPLOYMENT), List.of(r));
        assertEquals(1, s.matched());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.f1());
        assertEquals(List.of(new FieldScore("troops", 1, 1), new FieldScore("stage", 1, 1), new FieldScore("factuality", 1, 1)), s.fields());
    }

    @Test
    void score_labelWithLeadingThe_matchesName() {
        AnswerKey key = key("""
                "statements": [{"speaker": "russia", "kind": "denial", "target": "troops in Russia"}]""");
        Map<String, String> r = row("statement", ID + "event/s1", "speaker", ID + "state/RU", "speakerLabel", "The  Kremlin",
                "kind", ID + "statement-kind/denial", "targetLabel", "the presence of North Korean troops in Russia");
        Score s = score(Question.STATEMENTS, key, List.of(r));
        assertEquals(1, s.matched());
        assertEquals(new FieldScore("target", 1, 1), s.fields().get(0));
    }

    @Test
    void score_labelOutsideNames_doesNotMatch() {
        Map<String, String> r = deployment("North Korean People's Army", "Russia", "completed", "reported");
        Score s = score(Question.DEPLOYMENTS, key(ONE_DEPLOYMENT), List.of(r));
        assertEquals(0, s.matched());
        assertEquals(0.0, s.f1());
    }

    @Test
    void score_listValuedFactuality_acceptsEachValue() {
        AnswerKey key = key(ONE_DEPLOYMENT);
        for (String f : List.of("reported", "confirmed")) {
            Map<String, String> r = deployment("North Korea", "Russia", "completed", f);
            r.put("troops", "3000");
            assertEquals(new FieldScore("factuality", 1, 1), score(Question.DEPLOYMENTS, key, List.of(r)).fields().get(2), f);
        }
        Map<String, String> alleged = deployment("North Korea", "Russia", "completed", "alleged");
        assertEquals(new FieldScore("factuality", 0, 1), score(Question.DEPLOYMENTS, key, List.of(alleged)).fields().get(2));
    }

    @Test
    void score_plainStringWords_compareLikeIriLocalNames() {
        AnswerKey key = key("""
                "training": [{"trainee": "north-korea", "host": "russia", "stage": "ongoing", "factuality": "alleged"}]""");
        Map<String, String> r = row("training", ID + "event/t1", "traineeLabel", "DPRK", "hostLabel", "Moscow",
                "stage", "ongoing", "factuality", "alleged");
        Score s = score(Question.TRAINING, key, List.of(r));
        assertEquals(1, s.matched());
        assertEquals(List.of(new FieldScore("stage", 1, 1), new FieldScore("factuality", 1, 1)), s.fields());
    }

    @Test
    void score_optionalKeyRow_isNeitherNeededNorCounted() {
        AnswerKey key = key("""
                "statements": [
                  {"speaker": "kim-hong-kyun", "kind": "condemnation", "target": "the deployment"},
                  {"speaker": "ukraine", "kind": ["warning", "statement"], "optional": true}]""");
        Map<String, String> kim = row("speakerLabel", "Kim Hong-kyun", "kind", ID + "statement-kind/condemnation");
        Map<String, String> ukraine = row("speakerLabel", "Ukraine", "kind", ID + "statement-kind/warning");
        Score withOptional = score(Question.STATEMENTS, key, List.of(kim, ukraine));
        assertEquals(1, withOptional.keyRows());
        assertEquals(1, withOptional.ignored());
        assertEquals(1.0, withOptional.precision());
        assertEquals(1.0, withOptional.recall());
        Score without = score(Question.STATEMENTS, key, List.of(kim));
        assertEquals(1.0, without.recall(), "an optional row is not needed");
    }

    @Test
    void score_duplicatesOfOptionalRow_countAgainstPrecision() {
        AnswerKey key = key("""
                "statements": [{"speaker": "ukraine", "kind": "warning", "optional": true}]""");
        Map<String, String> ukraine = row("speakerLabel", "Ukraine", "kind", ID + "statement-kind/warning");
        Score s = score(Question.STATEMENTS, key, List.of(ukraine, new LinkedHashMap<>(ukraine), new LinkedHashMap<>(ukraine)));
        assertEquals(1, s.ignored());
        assertEquals(2, s.counted());
        assertEquals(0.0, s.precision());
    }

    @Test
    void score_duplicateRows_countAgainstPrecision() {
        Map<String, String> r = deployment("North Korea", "Russia", "completed", "reported");
        r.put("troops", "3000");
        Scorer.Outcome o = Scorer.score(Question.DEPLOYMENTS, key(ONE_DEPLOYMENT), List.of(r, new LinkedHashMap<>(r)), "doc.md");
        assertEquals(2, o.score().returned());
        assertEquals(1, o.score().matched());
        assertEquals(0.5, o.score().precision());
        assertEquals(1.0, o.score().recall());
        assertEquals(1, o.findings().stream().filter(f -> f.kind() == Kind.SPURIOUS).count());
    }

    @Test
    void score_emptyKeyWithReturnedRows_hasPrecisionZero() {
        Scorer.Outcome o = Scorer.score(Question.DEPLOYMENTS, key(""),
                List.of(deployment("North Korea", "Russia", "completed", "reported")), "weather.md");
        assertEquals(0, o.score().keyRows());
        assertEquals(0.0, o.score().precision());
        assertEquals(0.0, o.score().f1());
        Report.Finding f = o.findings().get(0);
        assertEquals(Kind.SPURIOUS, f.kind());
        assertTrue(f.text().contains("sender=\"North Korea\"") && f.text().contains("stage=completed"), f.text());
    }

    @Test
    void score_emptyKeyAndNoRows_isPerfect() {
        assertEquals(1.0, score(Question.TREATIES, key(""), List.of()).f1());
    }

    @Test
    void score_nothingReturned_missesEveryKeyRow() {
        Scorer.Outcome o = Scorer.score(Question.DEPLOYMENTS, key(ONE_DEPLOYMENT), List.of(), "doc.md");
        assertEquals(0.0, o.score().recall());
        assertEquals(0.0, o.score().f1());
        assertEquals(Kind.MISSED, o.findings().get(0).kind());
        assertTrue(o.findings().get(0).text().startsWith("sender=north-korea host=russia troops=3000"), o.findings().get(0).text());
    }

    @Test
    void score_twoKeyRowsSameEntities_pairsRowsByAgreeingFields() {
        AnswerKey key = key("""
                "deployments": [
                  {"sender": "north-korea", "host": "russia", "troops": 3000, "stage": "completed", "factuality": "reported"},
                  {"sender": "north-korea", "host": "russia", "stage": "completed", "factuality": "alleged"}]""");
        Map<String, String> pilots = deployment("North Korea", "Russia", "completed", "alleged");
        Map<String, String> troops = deployment("North Korea", "Russia", "completed", "reported");
        troops.put("troops", "3000");
        Score s = score(Question.DEPLOYMENTS, key, List.of(pilots, troops));
        assertEquals(2, s.matched());
        assertEquals(List.of(new FieldScore("troops", 2, 2), new FieldScore("stage", 2, 2), new FieldScore("factuality", 2, 2)),
                s.fields(), "pilots without a number pair with the key row without troops");
    }

    @Test
    void score_troopsGivenWhereKeyHasNone_differs() {
        AnswerKey key = key("""
                "deployments": [{"sender": "south-korea", "host": "ukraine", "stage": "considered", "factuality": "reported"}]""");
        Map<String, String> r = deployment("South Korea", "Ukraine", "considered", "reported");
        r.put("troops", "100");
        Scorer.Outcome o = Scorer.score(Question.DEPLOYMENTS, key, List.of(r), "doc.md");
        assertEquals(1, o.score().matched());
        assertEquals(new FieldScore("troops", 0, 1), o.score().fields().get(0));
        assertTrue(o.findings().get(0).text().startsWith("troops: expected (none), got 100"), o.findings().get(0).text());
    }

    @Test
    void score_signedDate_comparesLexicalForm() {
        AnswerKey key = AnswerKey.parse("t.gold.json", """
                {"names": {"csp": ["comprehensive strategic partnership treaty"], "russia": ["russia"]},
                 "treaties": [{"treaty": "csp", "party": "russia", "signed": "2024-06"}]}""");
        Map<String, String> june = row("treatyLabel", "Comprehensive Strategic Partnership Treaty", "partyLabel", "Russia",
                "signed", "2024-06");
        Map<String, String> year = new LinkedHashMap<>(june);
        year.put("signed", "2024");
        assertEquals(new FieldScore("signed", 1, 1), score(Question.TREATIES, key, List.of(june)).fields().get(0));
        assertEquals(new FieldScore("signed", 0, 1), score(Question.TREATIES, key, List.of(year)).fields().get(0));
    }

    @Test
    void score_armsTransferOnSystemName_matchesOnAllThreeEntities() {
        AnswerKey key = key("""
                "arms_transfers": [{"supplier": "south-korea", "recipient": "ukraine", "system": "k9", "stage": "considered"}]""");
        Map<String, String> k9 = row("supplierLabel", "South Korea", "recipientLabel", "Ukraine", "systemLabel", "K9 Thunder",
                "stage", ID + "stage/considered");
        Map<String, String> k2 = row("supplierLabel", "South Korea", "recipientLabel", "Ukraine", "systemLabel", "K2 Black Panther",
                "stage", ID + "stage/considered");
        Score s = score(Question.ARMS_TRANSFERS, key, List.of(k9, k2));
        assertEquals(1, s.matched());
        assertEquals(0.5, s.precision());
    }

    @Test
    void looselyMatches_halfOfKeyContentWords_matches() {
        assertTrue(Column.looselyMatches("around 3,000 North Korean soldiers", "3000 soldiers from the North"));
        assertTrue(!Column.looselyMatches("Russia to withdraw the troops", "sanctions on Iran"));
    }
}
