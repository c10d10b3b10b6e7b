package org.entente.event;

/**
 * A verb with its auxiliaries: "has been sent", "will not deliver", "to train", "considering".
 *
 * @param index       its position among the sentence's verb groups
 * @param first       its first token (an auxiliary, "to", or the verb)
 * @param last        the index after its last token
 * @param head        the main verb (or the copula when there is none)
 * @param lemma       the main verb's lemma
 * @param form        finite, infinitive, gerund or participle
 * @param passive     a form of "be" or "get" with a past participle
 * @param perfect     with "have"
 * @param progressive with "be" and an -ing form
 * @param past        the event lies in the past (a past form, or "had", "was", "did")
 * @param modal       the modal auxiliary ("will", "could"), or null
 * @param negated     with "not", "n't" or "never"
 */
record VerbGroup(int index, int first, int last, int head, String lemma, Form form, boolean passive, boolean perfect,
                 boolean progressive, boolean past, String modal, boolean negated) {

    enum Form {
        /** With a tense of its own: "sent", "has sent", "will send". */
        FINITE,
        /** "to send", "to be sent". */
        INFINITIVE,
        /** An -ing form with no auxiliary: "sending", "after sending". */
        GERUND,
        /** A participle after its noun, with no auxiliary: "tanks sent by Germany". */
        PARTICIPLE
    }

    boolean finite() {
        return form == Form.FINITE;
    }

    boolean copula() {
        return lemma.equals("be");
    }
}
