package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The tagger keeps one tag sequence where the model's own setting keeps three: that is only a
 * speed-up if it tags news alike, so every sentence of our own articles is tagged both ways.
 */
class TaggerBeamTest {
    @Test
    void greedyTagging_givesTheModelsOwnTags_onEverySentenceOfOurArticles() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("data/gold"))) {
            articles = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(articles.size() >= 40, "the gold articles are there: " + articles.size());
        POSTaggerME beamOfThree = new POSTaggerME(new POSModel(Nlp.model(Nlp.POS_MODEL)));
        int tokens = 0;
        try (Nlp nlp = new Nlp()) {
            for (Path article : articles) {
                String text = Files.readString(article);
                for (Span sentence : nlp.sentences(text)) {
                    String s = sentence.getCoveredText(text).toString();
                    String[] words = Span.spansToStrings(nlp.tokens(s), s);
                    assertArrayEquals(beamOfThree.tag(words), nlp.tags(words), article.getFileName() + ": " + s);
                    tokens += words.length;
                }
            }
        }
        assertTrue(tokens > 10_000, "tokens compared: " + tokens);
    }
}
