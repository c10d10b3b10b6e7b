package org.entente.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the Entente ontology and the public vocabularies it reuses, as Jena nodes. */
public final class Vocab {
    private Vocab() {}

    public static final String BASE = "https://w3id.org/entente/";
    public static final String ENT = BASE + "ontology#";
    public static final String ID = BASE + "id/";
    public static final String DOC = BASE + "doc/";
    public static final String REFERENCE_GRAPH_IRI = BASE + "graph/reference";
    public static final Node REFERENCE_GRAPH = iri(REFERENCE_GRAPH_IRI);

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node EXACT_MATCH = iri(SKOS + "exactMatch");
    public static final Node DERIVED_FROM = iri(PROV + "wasDerivedFrom");

    // Classes
    public static final Node STATE = ent("State");
    public static final Node INTERNATIONAL_ORGANIZATION = ent("InternationalOrganization");
    public static final Node PERSON = ent("Person");
    public static final Node POST = ent("Post");
    public static final Node TENURE = ent("Tenure");
    public static final Node GOVERNMENT_AGENCY = ent("GovernmentAgency");
    public static final Node MINISTRY = ent("Ministry");
    public static final Node INTELLIGENCE_AGENCY = ent("IntelligenceAgency");
    public static final Node ARMED_FORCE = ent("ArmedForce");
    public static final Node MILITARY_UNIT = ent("MilitaryUnit");
    public static final Node WEAPON_SYSTEM_MODEL = ent("WeaponSystemModel");
    public static final Node WEAPON_CATEGORY = ent("WeaponCategory");
    public static final Node CONFLICT = ent("Conflict");
    public static final Node TREATY = ent("Treaty");
    public static final Node EVENT = ent("Event");
    public static final Node DEPLOYMENT = ent("Deployment");
    public static final Node ARMS_TRANSFER = ent("ArmsTransfer");
    public static final Node TRAINING = ent("Training");
    public static final Node TREATY_SIGNING = ent("TreatySigning");
    public static final Node STATEMENT = ent("Statement");
    public static final Node DOCUMENT = ent("Document");
    public static final Node SENTENCE = ent("Sentence");
    public static final Node CLAIM = ent("Claim");

    // Reference properties
    public static final Node OFFICIAL_NAME = ent("officialName");
    public static final Node ISO_ALPHA2 = ent("isoAlpha2");
    public static final Node ISO_ALPHA3 = ent("isoAlpha3");
    public static final Node DEMONYM = ent("demonym");
    public static final Node CAPITAL = ent("capital");
    public static final Node PLACE_NAME = ent("placeName");
    public static final Node FOUNDING_TREATY = ent("foundingTreaty");
    public static final Node METONYM = ent("metonym");
    public static final Node AMBIGUOUS_ALIAS = ent("ambiguousAlias");
    public static final Node OF_STATE = ent("ofState");
    public static final Node OF_ORGANIZATION = ent("ofOrganization");
    public static final Node ROLE_KIND = ent("roleKind");
    public static final Node ROLE_NAME = ent("roleName");
    public static final Node ROLE_ALIAS = ent("roleAlias");
    public static final Node HOLDER = ent("holder");
    public static final Node POST_PROP = ent("post");
    public static final Node START_DATE = ent("startDate");
    public static final Node END_DATE = ent("endDate");
    public static final Node CATEGORY = ent("category");
    public static final Node MAKER = ent("maker");
    public static final Node PARTY = ent("party");
    public static final Node SIGNED_ON = ent("signedOn");
    public static final Node PARTICIPANT = ent("participant");
    public static final Node PART_OF = ent("partOf");

    // Document graph properties
    public static final Node TITLE = ent("title");
    public static final Node PUBLISHED = ent("published");
    public static final Node SOURCE_URL = ent("sourceUrl");
    public static final Node FILE_NAME = ent("fileName");
    public static final Node CONTENT_HASH = ent("contentHash");
    public static final Node IN_DOCUMENT = ent("inDocument");
    public static final Node BEGIN_OFFSET = ent("beginOffset");
    public static final Node END_OFFSET = ent("endOffset");
    public static final Node EXACT = ent("exact");
    public static final Node CLAIM_OF = ent("claimOf");
    public static final Node PRECEDENCE = ent("precedence");
    public static final Node STAGE = ent("stage");
    public static final Node FACTUALITY = ent("factuality");
    public static final Node ATTRIBUTED_TO = ent("attributedTo");
    public static final Node DATE = ent("date");
    public static final Node SENDER = ent("sender");
    public static final Node HOST = ent("host");
    public static final Node PERSONNEL = ent("personnel");
    public static final Node TROOP_COUNT = ent("troopCount");
    public static final Node SUPPLIER = ent("supplier");
    public static final Node RECIPIENT = ent("recipient");
    public static final Node SYSTEM = ent("system");
    public static final Node QUANTITY = ent("quantity");
    public static final Node TRAINEE = ent("trainee");
    public static final Node TRAINER = ent("trainer");
    public static final Node TREATY_PROP = ent("treaty");
    public static final Node SIGNATORY = ent("signatory");
    public static final Node SPEAKER = ent("speaker");
    public static final Node STATEMENT_KIND = ent("statementKind");
    public static final Node TARGET = ent("target");
    public static final Node TARGET_TEXT = ent("targetText");

    public static Node ent(String localName) {
        return iri(ENT + localName);
    }

    public static Node id(String path) {
        return iri(ID + path);
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
