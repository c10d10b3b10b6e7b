package org.entente.mention;

import org.apache.jena.graph.Node;

/**
 * A person the text gives a post: "Vice Foreign Minister Kim Hong Kyun", "Lloyd Austin, the U.S.
 * defense secretary", or a post with no name ("the U.S. Defense Secretary") resolved to its
 * holder at the document's date.
 *
 * @param person the person
 * @param role   the role words as the text gives them, lower case ("vice foreign minister")
 * @param owner  the state or organisation of the post
 * @param post   the reference post, or null when unknown
 * @param first  first token of the phrase in the sentence
 * @param last   index after the phrase's last token
 */
public record Official(Entity person, String role, Node owner, Node post, int first, int last) {}
