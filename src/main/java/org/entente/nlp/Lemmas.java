package org.entente.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lemmas by rule and a small dictionary of irregular forms, for the words event reading needs
 * (verbs of sending, supplying, signing and saying; nouns of personnel and weapons). OpenNLP's
 * statistical lemmatiser is about ten times slower than tagging and gains nothing here.
 * Stateless and thread-safe.
 */
public final class Lemmas {
    private Lemmas() {}

    private static final Map<String, String> IRREGULAR = new HashMap<>();
    private static final Set<String> PAST_IRREGULAR = Set.of("sent", "sold", "gave", "given", "signed", "sought", "brought",
            "took", "taken", "said", "told", "made", "began", "begun", "went", "gone", "came", "held", "led", "met", "kept",
            "left", "built", "spent", "struck", "fought", "won", "shot", "flew", "flown", "drew", "drawn", "threw", "thrown",
            "bought", "froze", "frozen", "rode", "wrote", "written", "chose", "chosen", "became", "put", "set", "cut", "hit",
            "withdrew", "withdrawn", "undertook", "undertaken", "forbade", "forbidden", "shipped", "overtook", "was", "were",
            "had", "did", "done", "been", "dealt", "lent", "laid", "paid", "stood", "understood", "felt", "heard", "meant",
            "found", "got", "gotten", "ran", "sank", "sunk", "swore", "sworn", "upheld", "saw", "seen", "knew", "known", "bound",
            "tore", "torn", "lost", "forwent", "forgone");

    static {
        String[][] pairs = {
            {"sent", "send"}, {"sold", "sell"}, {"gave", "give"}, {"given", "give"}, {"sought", "seek"}, {"brought", "bring"},
            {"took", "take"}, {"taken", "take"}, {"said", "say"}, {"told", "tell"}, {"made", "make"}, {"began", "begin"},
            {"begun", "begin"}, {"went", "go"}, {"gone", "go"}, {"came", "come"}, {"held", "hold"}, {"led", "lead"},
            {"met", "meet"}, {"kept", "keep"}, {"left", "leave"}, {"built", "build"}, {"spent", "spend"}, {"struck", "strike"},
            {"fought", "fight"}, {"won", "win"}, {"flew", "fly"}, {"flown", "fly"}, {"bought", "buy"}, {"withdrew", "withdraw"},
            {"withdrawn", "withdraw"}, {"undertook", "undertake"}, {"undertaken", "undertake"}, {"was", "be"}, {"were", "be"},
            {"is", "be"}, {"are", "be"}, {"am", "be"}, {"been", "be"}, {"being", "be"}, {"has", "have"}, {"had", "have"},
            {"having", "have"}, {"does", "do"}, {"did", "do"}, {"done", "do"}, {"threw", "throw"}, {"thrown", "throw"},
            {"drew", "draw"}, {"drawn", "draw"}, {"chose", "choose"}, {"chosen", "choose"}, {"became", "become"},
            {"wrote", "write"}, {"written", "write"}, {"lent", "lend"}, {"paid", "pay"}, {"stood", "stand"}, {"saw", "see"},
            {"seen", "see"}, {"knew", "know"}, {"known", "know"}, {"found", "find"}, {"got", "get"}, {"gotten", "get"},
            {"forbade", "forbid"}, {"froze", "freeze"}, {"frozen", "freeze"}, {"swore", "swear"}, {"sworn", "swear"}, {"upheld", "uphold"}, {"dealt", "deal"},
            {"tore", "tear"}, {"torn", "tear"}, {"lost", "lose"}, {"understood", "understand"}, {"forwent", "forgo"}, {"forgone", "forgo"},
            {"men", "man"}, {"women", "woman"}, {"personnel", "personnel"}, {"forces", "force"}, {"allies", "ally"},
            {"supplies", "supply"}, {"supplied", "supply"}, {"supplying", "supply"}, {"arms", "arms"}, {"news", "news"},
            {"series", "series"}, {"species", "species"}, {"analyses", "analysis"}, {"crises", "crisis"},
            {"talks", "talks"}, {"media", "media"}, {"data", "data"}, {"sanctions", "sanction"},
            {"ties", "tie"}, {"added", "add"}, {"adding", "add"}, {"travelled", "travel"}, {"travelling", "travel"},
            {"cancelled", "cancel"}, {"cancelling", "cancel"}, {"signalled", "signal"}, {"signalling", "signal"},
            {"labelled", "label"}, {"fuelled", "fuel"}, {"modelled", "model"}, {"controlled", "control"},
            {"controlling", "control"}, {"patrolled", "patrol"}, {"patrolling", "patrol"}, {"expelled", "expel"},
            {"compelled", "compel"}, {"enrolled", "enrol"}, {"initialled", "initial"}, {"initialling", "initial"}, {"counselled", "counsel"}, {"levelled", "level"}, {"bound", "bind"}, {"agreed", "agree"}, {"guaranteed", "guarantee"}, {"freed", "free"}, {"dies", "die"}, {"lies", "lie"}, {"tying", "tie"}, {"dying", "die"}, {"lying", "lie"},
        };
        for (String[] p : pairs) IRREGULAR.put(p[0], p[1]);
    }

    /** Is this lower-case word a past tense or past participle form? */
    public static boolean isPast(String lower) {
        return PAST_IRREGULAR.contains(lower) || (lower.endsWith("ed") && lower.length() > 4 && !lower.endsWith("eed"))
                || lower.equals("agreed");
    }

    /** Is this an irregular past form ("flew", "sent", "gave"), which no noun or adjective shares? */
    public static boolean isIrregularPast(String lower) {
        return PAST_IRREGULAR.contains(lower) && !NOUN_LIKE.contains(lower);
    }

    /** Irregular past forms that are also common nouns or adjectives. */
    private static final Set<String> NOUN_LIKE = Set.of("set", "put", "cut", "hit", "lost", "torn", "left", "found", "led", "met", "won", "saw",
            "felt", "ran", "stood", "known", "done", "gone", "been", "was", "were", "had", "did", "paid", "laid", "shot", "drawn",
            "frozen", "taken", "made", "said", "built", "held", "kept", "bound");

    /** The lemma of a lower-case word. */
    public static String lemma(String lower) {
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) return irregular;
        int n = lower.length();
        if (n <= 3 || !Character.isLetter(lower.charAt(n - 1))) return lower;
        if (lower.endsWith("ies") && n > 4) return lower.substring(0, n - 3) + "y";
        if (lower.endsWith("ied") && n > 4) return lower.substring(0, n - 3) + "y";
        if (lower.endsWith("ing") && n > 5) return stem(lower.substring(0, n - 3));
        if (lower.endsWith("ed") && n > 4) return stem(lower.substring(0, n - 2));
        // "authorizes", "criticizes": the -ize verbs keep their e; "buzzes" loses it.
        if (lower.endsWith("izes") || lower.endsWith("yzes")) return lower.substring(0, n - 1);
        if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes") || lower.endsWith("zes")) {
            return lower.substring(0, n - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) return lower;
        if (lower.endsWith("s")) return lower.substring(0, n - 1);
        return lower;
    }

    /** Undo doubling and restore a dropped final e: "shipp" gives "ship", "deliver" stays, "provid" gives "provide". */
    private static String stem(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) return s.substring(0, n - 1);
        if (E_STEMS.contains(s)) return s + "e";
        // English spells no verb ending in these without its e: "lodg(e)", "urg(e)", "receiv(e)", "seiz(e)", "forc(e)".
        if (s.endsWith("dg") || s.endsWith("rg") || s.endsWith("v") || s.endsWith("z") && !s.endsWith("zz") || s.endsWith("c")) return s + "e";
        // "settl(e)", "handl(e)", "dismantl(e)", "enabl(e)": a consonant before a final l keeps its e.
        if (n > 3 && s.endsWith("l") && "bcdgkptz".indexOf(s.charAt(n - 2)) >= 0) return s + "e";
        return s;
    }

    /** Stems whose lemma ends in a silent e that -ed / -ing removed. */
    private static final Set<String> E_STEMS = Set.copyOf(java.util.List.of("acced", "acknowledg", "alleg", "assur", "bas",
            "censur", "compris", "contribut", "distribut", "attribut", "execut", "prosecut", "refut", "debat", "describ",
            "prescrib", "subscrib", "donat", "emphasis", "emphasiz", "leas", "outrag", "rebuk", "reiterat", "writ", "invit",
            "unit", "cit", "provid", "promis", "announc", "pledg", "denounc", "deplor", "decid",
            "prepar", "continu", "estimat", "declar", "argu", "approv", "receiv", "purchas", "mov", "arriv", "ratifi", "stag",
            "criticis", "criticiz", "caus", "us", "increas", "reduc", "releas", "involv", "rejoic",
            "hous", "relocat", "rotat", "locat", "emplac", "tak", "giv", "mak", "liv", "combin", "reinforc",
            "secur", "negotiat", "terminat", "initiat", "conclud", "includ", "exclud", "refus", "oppos", "propos", "impos",
            "advis", "supervis", "organis", "organiz", "recognis", "recogniz", "authoris", "authoriz", "mobilis", "mobiliz",
            "acquir", "requir", "retir", "fir", "hir", "activat", "deactivat", "evacuat", "escalat", "exchang", "chang",
            "manag", "engag", "damag", "encourag", "urg", "merg", "emerg", "charg", "rul", "schedul", "resum", "assum",
            "consum", "observ", "serv", "reserv", "preserv", "deserv", "shar", "compar", "declin", "outlin", "determin",
            "examin", "imagin", "clos", "expos", "compos", "dispos", "pleas", "cas", "rais", "prais", "appris", "surpris",
            "revis", "devis", "exercis", "practis", "licens", "endors", "reinforc", "enforc", "forc", "produc", "introduc",
            "deduc", "induc", "sacrific", "suffic", "voic", "replac", "plac", "fac", "trac", "spac", "danc", "advanc",
            "balanc", "financ", "enhanc", "pronounc", "renounc", "bounc", "manufactur", "captur", "ensur", "insur", "measur",
            "pressur", "secur", "lur", "cur", "endur", "procur", "stor", "restor", "ignor", "explor", "implor", "scor", "shor",
            "updat", "dat", "stat", "rat", "migrat", "operat", "cooperat", "coordinat", "facilitat", "integrat", "demonstrat",
            "illustrat", "indicat", "communicat", "dedicat", "complicat", "duplicat", "fabricat", "investigat", "mitigat",
            "navigat", "allocat", "advocat", "participat", "anticipat", "emancipat", "dominat", "eliminat", "nominat",
            "accumulat", "stimulat", "regulat", "calculat", "speculat", "articulat", "circulat", "populat", "translat",
            "isolat", "violat", "escalat", "contemplat", "celebrat", "penetrat", "concentrat", "frustrat", "generat",
            "moderat", "toler", "accelerat", "exaggerat", "deliberat", "liberat", "alienat", "delineat", "creat", "relat",
            "compensat", "conversat", "elevat", "motivat", "cultivat", "innovat", "renovat", "deteriorat", "incorporat",
            "elaborat", "collaborat", "separat", "prepar", "compar", "declar", "shap", "escap", "typ", "hop", "cop",
            "scop", "rop", "quot", "not", "vot", "promot", "devot", "wrot", "smok", "invok", "provok", "evok", "revok", "jok",
            "strik", "lik", "hik", "bik", "trad", "invad", "persuad", "evad", "fad", "shad", "grad", "upgrad", "degrad",
            "explod", "erod", "decod", "encod", "guid", "divid", "collid", "resid", "presid", "confid", "accus", "welcom", "blam", "excus", "abus", "complet", "graduat",
            "finalis", "finaliz", "delet", "pois", "slat"));
}
