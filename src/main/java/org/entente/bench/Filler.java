package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Paragraphs on unrelated topics (weather, markets, sport, culture) that generated articles
 * mix in, and that fill the articles that carry no event at all. They name cities and
 * countries but assert nothing the contract asks about; a few hold words that look like
 * event triggers in another sense (a club signs a player, a runner trains at altitude).
 */
final class Filler {
    private static final String[][] TOPICS = {
        {"Forecasters expect heavy rain in %CITY% over the weekend, with temperatures near %T% degrees.",
            "Flood warnings remain in place for low-lying districts.", "The storm is expected to weaken by Tuesday.",
            "Airports in %CITY% reported delays of up to two hours.", "Farmers welcomed the rain after a dry spring.",
            "A cold front will bring clearer skies by midweek."},
        {"Stock markets in %CITY% closed %PCT% percent higher, led by technology shares.",
            "The currency weakened slightly against the dollar.", "Oil prices fell for a third straight session.",
            "Bond yields were little changed ahead of the central bank meeting.", "Shares of shipping companies rose on strong demand.",
            "Trading volumes were thin because of a public holiday."},
        {"The home side won the cup final in %CITY% by two goals to one.", "A late header settled the match in the ninety-first minute.",
            "The club signed a young goalkeeper on a four-year contract.", "The marathon winner trained at altitude for three months.",
            "Tickets for the semi-final sold out within an hour.", "The coach praised the crowd after the game."},
        {"A new exhibition of early photography opened in %CITY% this week.", "The museum expects more than %N% visitors by the end of the year.",
            "The film festival closes on Sunday with a restored silent classic.", "A local orchestra will tour %COUNTRY% in the autumn.",
            "The novel won the national book prize on its debut.", "Critics called the production bold and funny."},
    };
    /** Background of defence news that asserts no event. */
    private static final String[] CONTEXT = {"Defence budgets across the region have grown for several years in a row.",
        "Relations between the two governments have been strained since the last election.",
        "Parliamentary elections are due next year, and security is a leading campaign issue.",
        "Public opinion on the question remains divided, according to recent polls.",
        "The government has faced criticism at home over the rising cost of its defence programmes.",
        "The border region has seen sporadic incidents in recent months.",
        "Both sides have held several rounds of talks this year without a breakthrough.",
        "A summit of regional leaders is expected in the autumn.",
        "Shares in defence manufacturers rose on the news.",
        "Inflation and energy prices remain the main concerns of voters.",
        "Military exercises in the area are routine at this time of year.",
        "The opposition has called for a full debate in parliament.",
        "Several think tanks have published studies of the regional balance of power.",
        "The finance ministry has yet to publish its spending plans for next year.",
        "Negotiations on a wider trade deal have stalled over agricultural tariffs."};
    static final String[] TOPIC_TITLES = {"Weather: rain returns to %CITY%", "Markets: shares edge higher in %CITY%",
            "Sport: a late winner in %CITY%", "Culture: a new season opens in %CITY%"};

    private final Cast cast;
    private final SplittableRandom rng;

    Filler(Cast cast, SplittableRandom rng) {
        this.cast = cast;
        this.rng = rng;
    }

    /** A paragraph of two to four sentences on one topic. */
    String[] paragraph(int topic) {
        String[] pool = TOPICS[topic];
        int n = 2 + rng.nextInt(3);
        List<String> out = new ArrayList<>();
        out.add(fill(pool[0]));
        while (out.size() < n) {
            String s = fill(pool[1 + rng.nextInt(pool.length - 1)]);
            if (!out.contains(s)) out.add(s);
        }
        return out.toArray(String[]::new);
    }

    /** A paragraph of two or three background sentences. */
    String[] context() {
        int n = 2 + rng.nextInt(2);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String s = CONTEXT[rng.nextInt(CONTEXT.length)];
            if (!out.contains(s)) out.add(s);
        }
        return out.toArray(String[]::new);
    }

    int topic() {
        return rng.nextInt(TOPICS.length);
    }

    String title(int topic) {
        return fill(TOPIC_TITLES[topic]);
    }

    String city() {
        for (int tries = 0; tries < 20; tries++) {
            Cast.State s = cast.states.get(rng.nextInt(cast.states.size()));
            if (s.capital() != null) return s.capital();
        }
        return "Geneva";
    }

    private String fill(String template) {
        Cast.State country = cast.states.get(rng.nextInt(cast.states.size()));
        return template.replace("%CITY%", city()).replace("%COUNTRY%", country.named())
                .replace("%T%", Integer.toString(5 + rng.nextInt(25))).replace("%PCT%", "0." + (1 + rng.nextInt(9)))
                .replace("%N%", (10 + rng.nextInt(90)) + ",000");
    }
}
