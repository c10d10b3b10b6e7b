package org.entente.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;

/** Reading and checking answer keys. */
class AnswerKeyTest {
    private static String fail(String json) {
        return assertThrows(EntenteException.class, () -> AnswerKey.parse("x.gold.json", json)).getMessage();
    }

    @Test
    void read_seedExampleKey_readsEveryQuestion() {
        AnswerKey key = AnswerKey.read(Path.of("src/test/resources/evaluate/seed-article.gold.json"));
        assertEquals(4, key.rows(Question.OFFICIALS).size());
        assertEquals(3, key.rows(Question.DEPLOYMENTS).size());
        assertEquals(3, key.rows(Question.ARMS_TRANSFERS).size());
        assertEquals(2, key.rows(Question.TREATIES).size());
        assertEquals(6, key.rows(Question.STATEMENTS).size());
        assertEquals(1, key.rows(Question.TRAINING).size());
        assertEquals(2, key.rows(Question.STATEMENTS).stream().filter(AnswerKey.Row::optional).count());
        assertEquals(List.of(), key.rows(Question.DEPLOYMENTS).get(1).expected().get("troops"), "no troops given: expect none");
        assertEquals("2024-10-25", key.published().toString());
    }

    @Test
    void parse_names_areNormalisedLikeLabels() {
        AnswerKey key = AnswerKey.parse("x.gold.json", "{\"names\": {\"russia\": [\"The Kremlin\", \" Russian  Federation \"]}}");
        assertEquals(Set.of("kremlin", "russian federation"), key.names().get("russia"));
    }

    @Test
    void parse_invalidJson_namesFile() {
        String m = fail("{\"names\": ");
        assertTrue(m.startsWith("x.gold.json: not valid JSON"), m);
    }

    @Test
    void parse_entityWithoutNames_isRejected() {
        String m = fail("{\"names\": {\"russia\": [\"russia\"]}, \"training\": [{\"trainee\": \"north-korea\", \"host\": \"russia\"}]}");
        assertTrue(m.contains("training row 1.trainee 'north-korea' has no entry in names"), m);
    }

    @Test
    void parse_missingMatchField_isRejectedNamingTheFix() {
        String m = fail("{\"names\": {\"russia\": [\"russia\"]}, \"training\": [{\"trainee\": \"russia\"}]}");
        assertTrue(m.contains("training row 1 has no 'host'") && m.contains("write null"), m);
    }

    @Test
    void parse_unknownWord_isRejected() {
        String m = fail("{\"names\": {\"r\": [\"russia\"]}, \"training\": [{\"trainee\": \"r\", \"host\": null, \"stage\": \"finished\"}]}");
        assertTrue(m.contains("'finished' is not one of"), m);
    }

    @Test
    void parse_hyphenatedQuestionField_isRejected() {
        String m = fail("{\"arms-transfers\": []}");
        assertTrue(m.contains("unknown field 'arms-transfers'") && m.contains("arms_transfers"), m);
    }

    @Test
    void parse_fractionalTroops_isRejected() {
        String m = fail("{\"names\": {\"r\": [\"russia\"]}, \"deployments\": [{\"sender\": \"r\", \"host\": \"r\", \"troops\": 2.5}]}");
        assertTrue(m.contains("deployments row 1.troops must be a whole number"), m);
    }

    @Test
    void parse_nullHost_expectsUnbound() {
        AnswerKey key = AnswerKey.parse("x.gold.json", "{\"names\": {\"r\": [\"russia\"]}, \"training\": [{\"trainee\": \"r\", \"host\": null}]}");
        assertEquals(List.of(), key.rows(Question.TRAINING).get(0).expected().get("host"));
    }
}
