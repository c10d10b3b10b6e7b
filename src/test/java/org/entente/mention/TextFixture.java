package org.entente.mention;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.document.Document;
import org.entente.document.DocumentReader;
import org.entente.nlp.Analyzer;
import org.entente.nlp.Nlp;

/**
 * Reads short texts through the stages up to mentions (every sentence tagged), with the bundled reference data; the
 * models load once for all tests.
 */
final class TextFixture {
    private static final Nlp NLP = new Nlp();
    private static final Analyzer ANALYZER = new Analyzer(NLP);
    private static final MentionFinder FINDER = new MentionFinder(ReferenceFixture.INDEX);

    private TextFixture() {}

    /** The sentences of a text dated {@code date}, with what they name. */
    static List<SentenceMentions> read(String text, String date) {
        String md = "---\ndate: " + date + "\n---\n" + text + "\n";
        Document doc = DocumentReader.standard().read(Path.of("t.md"), md.getBytes(StandardCharsets.UTF_8), null);
        return FINDER.find(ANALYZER.analyze(doc, words -> true), LocalDate.parse(date), new org.entente.SentenceWarnings("t.md"));
    }

    /** Each post the text gives, as "person | role | state label", in order. */
    static List<String> officials(String text, String date) {
        List<String> out = new ArrayList<>();
        for (SentenceMentions sm : read(text, date)) {
            for (Official o : sm.officials()) {
                Entity owner = ReferenceFixture.INDEX.entity(o.owner());
                out.add(o.person().label() + " | " + o.role() + " | " + (owner != null ? owner.label() : o.owner().getLocalName()));
            }
        }
        return out;
    }

    /** The labels of the people the text names, in order of mention. */
    static List<String> people(String text, String date) {
        List<String> out = new ArrayList<>();
        for (SentenceMentions sm : read(text, date)) {
            for (Mention m : sm.mentions()) if (m.isEntity(EntityType.PERSON)) out.add(m.entity().label());
        }
        return out;
    }
}
