package org.entente.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event reading, one behaviour per short text: the readings an analyst would check by eye. */
class EventReaderTest {
    static Nlp nlp;
    static TextDocuments text;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
        text = new TextDocuments(nlp, ReferenceIndex.build(ReferenceData.read(List.of()).graph()));
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    /** The events of a short article dated 2024-10-25, each as "KIND actor > counterpart [system] stage factuality". */
    private static List<String> read(String body) {
        return events(body).stream()
                .filter(e -> e.kind() != EventKind.TENURE)
                .map(e -> e.kind() + " " + label(e.actor()) + " > " + label(e.counterpart())
                        + (e.system() != null ? " [" + e.system().label() + "]" : "")
                        + (e.treaty() != null ? " [" + e.treaty().label() + "]" : "")
                        + (e.statementKind() != null ? " " + e.statementKind().word() : "")
                        + " " + e.stage().word() + " " + e.factuality().word())
                .collect(Collectors.toList());
    }

    /** The events of a short article dated 2024-10-25. */
    private static List<Event> events(String body) {
        String doc = "---\ndate: 2024-10-25\n---\n" + body + "\n";
        return text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events();
    }

    private static String label(org.entente.mention.Entity e) {
        return e == null ? "-" : e.label();
    }

    @Test
    void deployment_activeWithNumberAndDestination() {
        assertEquals(List.of("DEPLOYMENT North Korea > Russia completed confirmed"),
                read("Pyongyang has sent about 3,000 troops to Russia."));
    }

    @Test
    void deployment_passiveWithDemonym_isReportedWhenAReportFramesIt_andTheReportIsTheAgencysStatement() {
        assertEquals(List.of("STATEMENT National Intelligence Service > North Korea statement completed confirmed",
                        "DEPLOYMENT North Korea > Russia completed reported"),
                read("Seoul's spy agency reported that North Korean soldiers had been dispatched to Russia."));
    }

    @Test
    void transfer_coordinationGivesOneEventPerSystem_andConsideringIsConsidered() {
        List<String> events = read("South Korea is considering supplying K9 howitzers and K2 tanks to Ukraine.");
        assertEquals(List.of("ARMS_TRANSFER South Korea > Ukraine [K9 Thunder] considered confirmed",
                "ARMS_TRANSFER South Korea > Ukraine [K2 Black Panther] considered confirmed"), events);
    }

    @Test
    void transfer_agentNounAfterAs_namesTheSubject_theListedObject_orEveryoneJoined() {
        assertEquals(List.of("ARMS_TRANSFER Turkey > Oman [drones] completed confirmed"), read("Oman emerged as a buyer of Turkish drones."));
        assertEquals(List.of("ARMS_TRANSFER Sweden > Chile [Gripen] completed reported"),
                read("A defence report lists Chile as a customer of the Gripen fighter."));
        assertEquals(List.of("ARMS_TRANSFER Sweden > Peru [Gripen] completed confirmed", "ARMS_TRANSFER Sweden > Chile [Gripen] completed confirmed",
                "ARMS_TRANSFER Sweden > Brazil [Gripen] completed confirmed"), read("Peru joined Chile and Brazil as buyers of the Swedish Gripen."));
    }

    @Test
    void training_thoseWhoTookPartOrParticipated_areTrained_andAPastGoverningVerbMakesItCompleted() {
        assertEquals(List.of("TRAINING Taiwan > United States completed confirmed"),
                read("Taiwanese soldiers took part in training with the US last summer."));
        assertEquals(List.of("TRAINING Moldova > Romania completed confirmed"),
                read("Moldovan officers participated in training in Romania in May."));
        assertEquals(List.of("TRAINING Ukraine > United Kingdom completed confirmed"),
                read("Ukrainian troops received training in Britain last year."));
    }

    @Test
    void deployment_aStateAndANumberAfterTheForces_sendAsManyOfThem_andFlyingForcesInIsSendingThem() {
        assertEquals(List.of("Peru 120", "Ecuador 90", "Chile 300", "Spain null"),
                troops("Chile sent about 300 troops to Haiti, Peru some 120 and Ecuador nearly 90, while Spain sent a company of marines."));
        assertEquals(List.of("Chile 200"), troops("Chile sent 200 troops to Haiti, Peru 2023 and Spain in May."));
        assertEquals(List.of("DEPLOYMENT Russia > Cuba completed confirmed"), read("Russia flew about 90 servicemen into Cuba at the weekend."));
        // Forces given "to the mission" go where the mission is.
        assertEquals(List.of("DEPLOYMENT Kenya > Haiti completed confirmed", "DEPLOYMENT Benin > Haiti announced confirmed"),
                read("Kenya sent 400 police officers to Haiti. Benin has pledged 2,000 personnel to the mission."));
    }

    @Test
    void training_forcesSentAbroadForTraining_areTrainedThere_andArtillerymenAreForces() {
        assertEquals(List.of("DEPLOYMENT Kenya > United Kingdom completed confirmed", "TRAINING Kenya > United Kingdom ongoing confirmed"),
                read("Kenya sent 40 officers to Britain for training."));
        assertEquals(List.of("DEPLOYMENT Chile > Spain planned confirmed", "TRAINING Chile > Spain planned confirmed"),
                read("Chilean artillerymen are to be sent to Spain for instruction on the new howitzers."));
        assertEquals(List.of("TRAINING Peru > United States planned confirmed"), read("American troops will train Peruvian artillerymen."));
    }

    @Test
    void deployment_theEntrysPrepositionMayFollowTheVerbsAdjuncts() {
        assertEquals(List.of("DEPLOYMENT United States > Poland planned confirmed"),
                read("About 200 American soldiers will head with the Patriot battery to Poland."));
        assertEquals(List.of("DEPLOYMENT United Kingdom > Estonia planned confirmed"), read("British troops will travel by ship to Estonia."));
    }

    @Test
    void treaty_aNameRightAfterANounForAPerson_isThatPerson_andAnAdjunctBeforeTheListIsNoParty() {
        assertEquals(List.of("[France, Germany]"),
                parties("Despite protests in Moscow, Emmanuel Macron and his German counterpart Olaf Scholz have signed a new defence pact."));
        assertEquals(List.of("[Croatia, Albania, Kosovo]"),
                parties("Tempers rose after Croatia, Albania and Kosovo signed a defence cooperation declaration on Tuesday."));
    }

    @Test
    void treaty_heldOrBeingAPartyTo_bindsItsParties_andTheTreatyWithAStateNamesTheOtherParty() {
        assertEquals(List.of("[Pakistan, Saudi Arabia]"), parties("Islamabad has a defence pact with Riyadh."));
        assertEquals(List.of("[Chile, Peru]"), parties("Both Chile and Peru are parties to the Ottawa Convention."));
        assertEquals(List.of("[India, Pakistan]"), parties("India suspended the 1960 Indus Waters Treaty with Pakistan."));
        assertEquals(List.of("[Russia, North Korea]"), parties("Moscow and Pyongyang reached an agreement on military cooperation."));
        assertEquals(List.of("[Thailand, Cambodia]"), parties("Thailand and Cambodia agreed to a truce on Monday."));
        // Several agreements described together, or one outside security, name no treaty.
        assertEquals(List.of(), parties("Russia and Venezuela have a number of arms contracts."));
        assertEquals(List.of(), parties("The two countries have a trade agreement."));
    }

    @Test
    void treaty_anAgreementThatTheyDidSign_isTheObjectTheClauseLacks_butAClauseThatSaysWhatWasAgreedIsNot() {
        assertEquals(List.of("[Chile, Peru]"), parties("The visit follows an agreement that Chile and Peru signed in 2021."));
        assertEquals(List.of("[Chile, Peru]"), parties("The talks build on a defence cooperation agreement that Chile signed with Peru."));
        assertEquals(List.of(), parties("The talks follow an agreement that Chile and Peru would hold joint patrols."));
        // "a memorandum of understanding": a bare "of" complement is part of the name.
        assertEquals(List.of("TREATY_SIGNING Chile > - [memorandum of understanding on defence cooperation] completed confirmed"),
                read("Chile and Peru signed a memorandum of understanding on defence cooperation."));
    }

    @Test
    void treaty_whoseItIs_andWhoKeepsOrBreaksIt_areItsParties_andItsTextIsTheTreaty() {
        assertEquals(List.of("[Ghana, Togo]"), parties("Ghana and Togo's new border security pact was signed in Lome on Friday."));
        assertEquals(List.of("[Japan, Philippines]"), parties("Tokyo and Manila renewed their reciprocal access agreement for ten years."));
        assertEquals(List.of("[Armenia, Russia]"), parties("Armenia and Russia invoked their mutual defence treaty after the clashes."));
        List<String> initialled = read("Serbia and Kosovo initialled the text of a peace agreement in Brussels.");
        assertEquals(1, initialled.size(), initialled.toString());
        assertTrue(initialled.get(0).startsWith("TREATY_SIGNING Serbia > - [peace agreement]"), initialled.toString());
    }

    @Test
    void transfer_whatAPlainObjectIncludes_movesEvenPastTheVerbsAdjuncts() {
        assertEquals(List.of("ARMS_TRANSFER Israel > Chile [Hermes 900] planned confirmed"),
                read("Chile has bought equipment from Israel over the past decade, including Hermes 900 drones."));
    }

    @Test
    void transfer_withNoRecipient_isForTheOneStateTheStorysTransfersWereFor_evenParagraphsLater_butNotWhenThereWereTwo() {
        String story = "Norway will send NASAMS air defence systems to Ukraine.\n\nThe first units could arrive within weeks.\n\n"
                + "Officials met in Oslo on Monday.\n\nThe talks went on for hours.\n\nSweden said it would provide 10 CV90 vehicles.";
        assertTrue(read(story).contains("ARMS_TRANSFER Sweden > Ukraine [CV90] planned confirmed"), read(story).toString());
        String two = "Norway will send NASAMS air defence systems to Ukraine.\n\nFrance will sell Rafale jets to India.\n\n"
                + "Officials met in Oslo on Monday.\n\nThe talks went on for hours.\n\nSweden said it would provide 10 CV90 vehicles.";
        assertTrue(read(two).stream().noneMatch(e -> e.startsWith("ARMS_TRANSFER Sweden")), read(two).toString());
    }

    @Test
    void deployment_aWarshipSentOrDocking_isDeployedWithItsCrew_butOneSoldIsTransferred() {
        assertEquals(List.of("DEPLOYMENT France > Chile planned confirmed"), read("France will send a frigate to Chile."));
        assertEquals(List.of("DEPLOYMENT India > Mauritius completed confirmed"), read("An Indian destroyer docked in Mauritius."));
        assertEquals(List.of("ARMS_TRANSFER Italy > Indonesia [frigates] completed confirmed"), read("Italy sold two frigates to Indonesia."));
    }

    @Test
    void deployment_weaponsAStatePlacesAbroad_areForcesItDeploys_withNoTroopsCounted_butWeaponsSentAreATransfer() {
        assertEquals(List.of("DEPLOYMENT Norway > Estonia [F-35] planned confirmed"), read("Norway will deploy four F-35 fighter jets to Estonia."));
        assertEquals(List.of("DEPLOYMENT Russia > Belarus [Iskander-M] completed confirmed"), read("Russia has stationed Iskander missiles in Belarus."));
        assertEquals(List.of("ARMS_TRANSFER Norway > Ukraine [F-35] planned confirmed"), read("Norway will send four F-35 fighter jets to Ukraine."));
        assertEquals(null, events("Norway will deploy four F-35 fighter jets to Estonia.").get(0).troops());
    }

    @Test
    void deployment_aBareVerbAfterAModal_isItsVerb_thoughTheTaggerMakesItAnAdverbBeforeANumber() {
        assertEquals(List.of("DEPLOYMENT Portugal > Romania planned confirmed"), read("Portugal will deploy 200 soldiers to Romania."));
        assertEquals(List.of("DEPLOYMENT Spain > Latvia planned confirmed"), read("Spain would also station 350 troops in Latvia."));
    }

    @Test
    void deployment_weaponsPlacedWithForcesSentTheSameWay_areOneDeployment() {
        assertEquals(List.of("DEPLOYMENT United States > Poland planned confirmed"),
                read("The United States will deploy a Patriot battery to Poland. About 120 American soldiers will be sent to Poland to run it."));
    }

    @Test
    void transfer_aStateThenItsWeaponsAfterTheVerb_areTwoObjects_evenWhenThePossessiveOpensTheSecond() {
        assertEquals(List.of("ARMS_TRANSFER France > Ukraine [CAESAR] planned confirmed"), read("France will send Ukraine CAESAR howitzers."));
        assertEquals(List.of("ARMS_TRANSFER Germany > Ukraine [IRIS-T SLM] completed confirmed"), read("Germany gave Ukraine its first IRIS-T system."));
    }

    @Test
    void transfer_aListGoesOnPastACountedItem_aCountWithMore_andACommonNounAfterNamedWeapons() {
        assertEquals(List.of("ARMS_TRANSFER Canada > Ukraine [tanks] planned confirmed", "ARMS_TRANSFER Canada > Ukraine [howitzers] planned confirmed",
                        "ARMS_TRANSFER Canada > Ukraine [drones] planned confirmed"),
                read("Canada will send tanks, dozens of howitzers and 40 drones to Ukraine."));
        assertEquals(List.of("ARMS_TRANSFER Canada > Ukraine [Leopard 2] completed confirmed", "ARMS_TRANSFER Canada > Ukraine [M777] completed confirmed"),
                read("Canada sent four Leopard 2 tanks and dozens more M777 howitzers to Ukraine."));
    }

    @Test
    void training_verbsJoinedBeforeTheirOneObject_shareIt() {
        assertEquals(List.of("TRAINING Jordan > Italy planned confirmed"), read("Rome will train and equip the Jordanian army."));
    }

    @Test
    void training_anAllianceOrUnionTrains_unlessAnotherStateIsNamedAsTheTrainer() {
        assertEquals(List.of("TRAINING Somalia > European Union ongoing confirmed"), read("The European Union trains Somali soldiers in Mogadishu."));
        assertEquals(List.of("TRAINING Moldova > Romania completed confirmed"), read("Moldovan officers were trained by NATO in Romania."));
    }

    @Test
    void training_aBareVerbCoordinatedAfterAModalOne_isStillAVerb_andFlyingLessonsAreTrainingNotAFlight() {
        assertEquals(List.of("TRAINING Mali > Turkey planned confirmed"), read("Turkey would deliver radios and train Malian soldiers."));
        assertEquals(List.of("TRAINING Moldova > Poland ongoing confirmed"), read("Moldovan airmen began flying lessons in Poland."));
    }

    @Test
    void deployment_aPresentPerfectStateWithSince_goesOn_butAMoveSinceIsDone() {
        assertEquals(List.of("DEPLOYMENT Italy > Latvia ongoing confirmed"), read("Italian soldiers have been stationed in Latvia since 2018."));
        assertEquals(List.of("DEPLOYMENT Italy > Latvia completed confirmed"), read("Italian soldiers have moved to Latvia since May."));
    }

    @Test
    void transfer_aListWhoseLastItemIsCounted_isOneList() {
        assertEquals(List.of("ARMS_TRANSFER Chile > Peru [tanks] completed confirmed", "ARMS_TRANSFER Chile > Peru [howitzers] completed confirmed",
                "ARMS_TRANSFER Chile > Peru [drones] completed confirmed"), read("Chile sent tanks, howitzers and dozens of drones to Peru."));
    }

    @Test
    void transfer_aFirmItsStateOwns_sellsForThatState() {
        assertEquals(List.of("ARMS_TRANSFER Israel > Greece [Hermes 900] planned confirmed"),
                read("Israel's Elbit Systems will supply Greece with Hermes 900 drones."));
        assertEquals(List.of("ARMS_TRANSFER Turkey > Nigeria [Bayraktar TB2] completed confirmed"),
                read("Turkish drone maker Baykar shipped Bayraktar TB2 drones to Nigeria."));
        assertEquals(List.of("ARMS_TRANSFER Poland > Slovakia [UH-60 Black Hawk] completed confirmed"),
                read("The Slovak Air Force received two Black Hawk helicopters from Poland's PZL Mielec."));
    }

    @Test
    void transfer_aDesignationTheReferenceLacks_namesTheSystem_evenSplitByTheTokeniser() {
        assertEquals(List.of("ARMS_TRANSFER South Korea > Peru [KT-1] planned confirmed"),
                read("Peru will buy ten KT-1 trainer jets from South Korea."));
        assertEquals(List.of("ARMS_TRANSFER South Korea > Iraq [T-50] completed confirmed"),
                read("Iraq received six T-50 jets from South Korea."));
        // An airliner's designation before a plain noun is no weapons system.
        assertEquals(List.of(), read("Iraq received six 737 MAX aircraft from the United States."));
    }

    @Test
    void training_forcesFromAState_areItsTrainees_aCourseIsTraining_andTrainingAlongsideIsJoint() {
        assertEquals(List.of("TRAINING Gambia > Senegal ongoing confirmed"),
                read("Senegal trains officers from Gambia at its military school in Thies."));
        assertEquals(List.of("TRAINING Chad > Egypt completed confirmed"),
                read("Forty Chadian officers completed a staff course at an Egyptian military academy."));
        assertEquals(List.of(), read("Ghanaian soldiers will train alongside British troops next month."));
    }

    @Test
    void deployment_toACompassPartOfAState_isToThatState_andCongoAloneIsTheDemocraticRepublic() {
        assertEquals(List.of("DEPLOYMENT Burundi > Democratic Republic of the Congo completed confirmed"),
                read("Burundi has deployed two battalions to eastern Congo to fight the rebels."));
    }

    @Test
    void statement_aBodysStatementSpeaksForIt_andACapitalisedBodyNeedsNoArticle_andAPersonsOfficeForTheirState() {
        List<String> said = read("Greece protested the flights. A Defence Ministry statement said six jets had crossed into Greek airspace.");
        assertTrue(said.stream().anyMatch(e -> e.startsWith("STATEMENT Greek Defence Ministry > Greece statement")), said.toString());
        assertEquals(List.of("STATEMENT Ireland > - statement completed confirmed"),
                read("Irish Taoiseach Micheal Martin's office said the talks had been useful."));
    }

    @Test
    void statement_aMinistrysLongerNameAtTheSentencesStart_isTheMinistry_andADateBeforeTheObjectIsNoObject() {
        assertEquals(List.of("STATEMENT Ecuadorian Foreign Ministry > - condemnation completed confirmed"),
                read("Ecuador recalled its envoy. Foreign Affairs and Human Mobility Ministry condemned yesterday the raid on its embassy."));
    }

    @Test
    void treaty_aTitledTreatyAnActIsDoneUnder_bindsTheTwoStatesThatAct() {
        assertEquals(List.of("[Tonga, New Zealand]"),
                parties("Tonga's call for help was answered by New Zealand under a 2019 Defence Cooperation Arrangement."));
        assertEquals(List.of(), parties("Troops went in under the Status of Forces Agreement."));
    }

    @Test
    void training_instructorsPresentAbroad_trainTheHostsForces_andTheForcesNamedBeforeTrainForTheirSender() {
        List<String> present = read("Officials in Niamey confirmed that Turkish instructors were in Niger.");
        assertTrue(present.contains("TRAINING Niger > Turkey completed confirmed"), present.toString());
        List<String> anaphoric = read("Britain sent 300 soldiers to Kenya in May. The soldiers will provide training to Kenyan troops.");
        assertTrue(anaphoric.contains("TRAINING Kenya > United Kingdom planned confirmed"), anaphoric.toString());
    }

    @Test
    void transfer_eachSystemOfAListFromItsOwnNationality_andOneNationalityBeforeTheListOwnsItAll() {
        assertEquals(List.of("ARMS_TRANSFER Brazil > Uruguay [warplanes] ongoing confirmed", "ARMS_TRANSFER Israel > Uruguay [drones] ongoing confirmed"),
                read("Uruguay is buying 12 Brazilian warplanes and four Israeli drones."));
        assertEquals(List.of("ARMS_TRANSFER Spain > Uruguay [frigates] ongoing confirmed"),
                read("Uruguay is buying 12 Korean tanks and four Spanish frigates."));
        assertEquals(List.of("ARMS_TRANSFER Russia > Iran [Su-35] planned confirmed", "ARMS_TRANSFER Russia > Iran [Mi-28] planned confirmed"),
                read("Iran expects delivery of the Russian Su-35 fighter jets and Mi-28 attack helicopters next year."));
        assertEquals(List.of("ARMS_TRANSFER United States > Chile [helicopters] planned confirmed"),
                read("Chile has purchased dozens of helicopters from the United States."));
    }

    @Test
    void deployment_anAcronymTheTextDefinesForAStatesBody_saysWhoseForcesTheyAre_butAFirmsDoesNot() {
        List<String> read = read("Lilongwe created the Malawian Rapid Deployment Force (MRDF) last year. Some 120 MRDF troops are now in Mozambique.");
        assertEquals(List.of("DEPLOYMENT Malawi > Mozambique ongoing confirmed"), read);
        assertEquals(List.of(), read("Lilongwe founded the Malawian Cargo Airlines (MCA) last year. Some 120 MCA pilots are now in Mozambique."));
    }

    @Test
    void statement_aDeicticDayInADocumentWithNoDate_isAnAdverbNotPartOfTheSubject() {
        String doc = "---\ntitle: Border row\n---\nChile today urged Peru to withdraw all its troops.\n";
        List<String> read = text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events().stream()
                .map(e -> e.kind() + " " + label(e.actor()) + " > " + label(e.counterpart()) + " " + e.statementKind()).toList();
        assertEquals(List.of("STATEMENT Chile > Peru DEMAND"), read);
    }

    @Test
    void transfer_aFirmOfNoStateNamed_exportsFromItsSystemsMaker_butAGovernmentIsNoFirm() {
        assertEquals(List.of("ARMS_TRANSFER South Korea > Estonia [K9 Thunder] completed confirmed"),
                read("Hanwha Aerospace has exported K9 howitzers to Estonia."));
        assertEquals(List.of(), read("The Morrison Government will provide K9 howitzers to Estonia.").stream()
                .filter(e -> e.startsWith("ARMS_TRANSFER South Korea")).toList());
    }

    @Test
    void transfer_aLeadersNamedGovernment_isTheLeadersState() {
        assertEquals(List.of("ARMS_TRANSFER Australia > Ukraine [M1 Abrams] planned confirmed"),
                read("The Albanese Government will provide 49 Abrams tanks to Ukraine."));
    }

    @Test
    void deployment_forcesSentToAPlaceThatIsNoState_doNotGoWhereTheLastDeploymentWent() {
        List<String> read = read("Germany keeps a brigade of 5,000 soldiers in Lithuania. Poland has deployed 10,000 more soldiers to its eastern border.");
        assertEquals(List.of("DEPLOYMENT Germany > Lithuania ongoing confirmed"), read);
        List<String> weeks = read("Kenya sent 400 officers to Haiti in June. Other countries, notably Jamaica and Belize, sent officers in recent weeks.");
        assertEquals(List.of("DEPLOYMENT Kenya > Haiti completed confirmed", "DEPLOYMENT Jamaica > Haiti completed confirmed",
                "DEPLOYMENT Belize > Haiti completed confirmed"), weeks);
    }

    @Test
    void treaty_aPactThatMustStillBeRatified_isNoSigning_andTheTwoAlliesAreTheStatesTheSentenceNamedBefore() {
        assertEquals(List.of(), parties("Japan warned China. The pact must still be ratified by the legislatures of both countries."));
        assertEquals(List.of("[Greece, France]"), parties("Britain and Italy train together. Athens buys jets from Paris, and the two allies are bound by a 2021 defence pact."));
    }

    @Test
    void aDesignationSplitAfterItsHyphen_aRefusalToConfirm_andAPerfectTheTaggerReadAsAnAdjective() {
        assertEquals(List.of("ARMS_TRANSFER China > Serbia [HQ-9] completed confirmed"),
                read("Serbia has taken delivery of the first HQ-9B long-range air defence systems from China."));
        assertEquals(List.of(), read("Serbia's army declined to confirm the delivery.").stream().filter(e -> e.startsWith("STATEMENT")).toList());
        assertEquals(List.of("STATEMENT Croatia > - statement completed confirmed"),
                read("Croatian officials have expressed concern over the purchase."));
    }

    @Test
    void training_inAPluralSubjectsPresentTense_goesOn() {
        List<String> read = read("Egypt already has about 800 troops in the country, where they train Sudanese forces.");
        assertTrue(read.contains("TRAINING Sudan > Egypt ongoing confirmed"), read.toString());
    }

    @Test
    void treaty_theTwoLeadersWitnessingTheSigning_areItsParties_butOneWitnessIsNot() {
        assertEquals(List.of("[Peru, Chile]"),
                parties("Peru and Chile agreed to deepen ties. The two leaders also witnessed the signing of a memorandum on border security."));
        assertEquals(List.of(), parties("Brazil's president witnessed the signing of a memorandum on border security."));
    }

    /** Each deployment's sender and number of troops. */
    private static List<String> troops(String body) {
        return events(body).stream().filter(e -> e.kind() == EventKind.DEPLOYMENT).map(e -> label(e.actor()) + " " + e.troops()).toList();
    }

    private static List<String> parties(String body) {
        return events(body).stream().filter(e -> e.kind() == EventKind.TREATY_SIGNING).map(e -> e.parties().stream().map(EventReaderTest::label).toList().toString())
                .toList();
    }

    @Test
    void transfer_weaponsMovedIntoAStatesWatersOrBorderArea_areNoTransferToIt() {
        assertEquals(List.of(), read("Ankara sent two frigates into Greek waters on Sunday.").stream().filter(e -> e.startsWith("ARMS")).toList());
        assertEquals(List.of("ARMS_TRANSFER Turkey > Greece [Bayraktar TB2] completed confirmed"),
                read("Ankara sent two Bayraktar drones to Greece on Sunday.").stream().filter(e -> e.startsWith("ARMS")).toList());
    }

    @Test
    void transfer_aSaleApprovedOrGivenTheGoAhead_isTheApproversState_andAPurchaseUnderTalksIsTheSubjectsOwn() {
        assertEquals(List.of("ARMS_TRANSFER France > Peru [Rafale] announced confirmed"),
                read("The French government approved the sale of 24 Rafale jets to Peru worth 3 billion euros."));
        assertTrue(read("Sweden gave its approval for the export of Gripen jets to Colombia.").get(0).startsWith("ARMS_TRANSFER Sweden > Colombia [Gripen]"));
        List<String> talks = read("Peru bought Korean tanks last year. Chile is in talks with Germany over the purchase of Leopard 2 tanks.");
        assertTrue(talks.stream().anyMatch(e -> e.startsWith("ARMS_TRANSFER Germany > Chile [Leopard 2]")), talks.toString());
    }

    @Test
    void statement_anActCalledBarbaric_isACondemnation_andConsequencesOutrankTheProvocationTheyAnswer() {
        assertEquals(List.of("STATEMENT Ecuador > - condemnation completed confirmed"),
                read("Ecuador called the bombing of the embassy barbaric."));
        assertEquals(List.of("STATEMENT Chile > - warning completed confirmed"),
                read("\"Any provocation at sea will be met with overwhelming force,\" Chile said."));
        assertEquals(List.of("STATEMENT Estonia > - warning completed confirmed"),
                read("Estonia called the drills a direct threat to the security of the Baltic states."));
        assertEquals(List.of("STATEMENT Norway > - condemnation completed confirmed"),
                read("Norway described the withdrawal from the pact as irresponsible and deeply regrettable."));
        assertEquals(List.of("STATEMENT Ghana > - condemnation completed confirmed"),
                read("Ghana dismissed the referendum as a sham and a cynical provocation."));
    }

    @Test
    void statement_sayingOnesOwnSideDidNotDoAnAct_isADenial_butAViewAnIntentOrAnotherSidesActIsNot() {
        assertEquals(List.of("STATEMENT Chile > Peru denial completed confirmed"),
                read("Chile said in a statement on Sunday that it had not sold any missiles to Peru."));
        assertEquals(List.of("STATEMENT Chile > - denial completed confirmed"),
                read("Chile said it never signed the accord."));
        assertEquals(List.of("STATEMENT Chile > Peru statement completed confirmed"),
                read("Chile said Peru had not sent troops to the border."));
        assertEquals(List.of("STATEMENT Chile > - statement completed confirmed"),
                read("Chile said it did not object to the exercise."));
        assertEquals(List.of("STATEMENT Chile > - statement completed confirmed"),
                read("Chile said it would not send troops to the border."));
    }

    @Test
    void statement_aRequestNamedAsTheReasonForAnAct_reportsNoStatement() {
        assertEquals(List.of("DEPLOYMENT Russia > Kazakhstan completed confirmed"), read("Russia deployed paratroopers at Kazakhstan's request."));
        assertEquals(List.of("DEPLOYMENT Chile > Peru completed confirmed"), read("Chile sent troops to Peru at the request of its government."));
        assertEquals(List.of("STATEMENT Peru > - demand completed confirmed"), read("Peru's request for troops was granted."));
    }

    @Test
    void tagging_aVerbFormAfterAPossessive_isANoun_soItsStateCompanySaysNothing() {
        assertEquals(List.of(), read("Chile has lent Peru millions of dollars, and its state oil company has become a big buyer of Peruvian gas."));
    }

    @Test
    void statement_aBodyInACapital_isThatStatesBody() {
        assertEquals(List.of("STATEMENT Chinese Foreign Ministry > - statement completed confirmed"),
                read("Chile asked for talks. The foreign ministry in Beijing said the sale was illegal.").subList(1, 2));
    }

    @Test
    void statement_whatAnotherSideShouldOrMustDo_isADemand_butTheSpeakersOwnResolveIsNot() {
        assertEquals(List.of("STATEMENT Chile > Peru demand completed confirmed"), read("Chile said Peru must withdraw its troops from the border."));
        assertEquals(List.of("STATEMENT Chile > - statement completed confirmed"), read("Chile said it must be ready."));
        assertEquals(List.of("STATEMENT Chile > - statement completed confirmed"), read("Chile said the troops should arrive by May."));
    }

    @Test
    void statement_neitherConfirmingNorDenying_saysNeither_andNotStandingIdlyBy_isAWarningWhateverTheModal() {
        assertEquals(List.of(), read("Chile neither confirmed nor denied the sale."));
        assertEquals(List.of("STATEMENT Chile > - warning completed confirmed"),
                read("Chile said it would not stand idly by."));
    }

    @Test
    void training_givenBySomeone_isTheirs_notThePlaceWhereTheTraineesAre_andItsIsOneActorNotPluralForces() {
        assertEquals(List.of("TRAINING Libya > Italy ongoing confirmed"),
                read("Italy provides naval training to Libyan sailors at its academy in Tripoli."));
    }

    @Test
    void statement_sayingTheGovernmentStandsWithSomeone_isSupport() {
        assertEquals(List.of("STATEMENT Iceland > Denmark support completed confirmed"),
                read("Iceland said it stands with the people of Greenland."));
    }

    @Test
    void statement_aTitleWhoseHolderIsUnknown_speaksForItsState_orForThePersonTheDocumentGaveThatTitle() {
        // No Paraguayan defence minister is in the reference data: the unnamed official speaks for Paraguay.
        assertEquals(List.of("STATEMENT Paraguay > - warning completed confirmed"),
                read("Paraguay's defence minister warned Argentina on Wednesday.").stream().filter(e -> e.startsWith("STATEMENT")).toList());
        List<String> named = read("Paraguayan Defence Minister Rosa Vidal met her Peruvian counterpart. Later, Paraguay's defence minister warned Argentina.");
        assertTrue(named.contains("STATEMENT Rosa Vidal > - warning completed confirmed"), named.toString());
    }

    @Test
    void transfer_aConsentGivenForTheSale_isTheGiversApproval() {
        assertEquals(List.of("ARMS_TRANSFER Spain > Morocco [armoured vehicles] announced confirmed"),
                read("Spain has given the go-ahead for the sale of 30 armoured vehicles to Morocco."));
        assertEquals(List.of("ARMS_TRANSFER Italy > Qatar [frigates] announced confirmed"),
                read("Rome granted permission for the export of two frigates to Qatar."));
    }

    @Test
    void transfer_setPoisedOrSlatedTo_isPlanned() {
        assertEquals(List.of("ARMS_TRANSFER France > Greece [Rafale] planned confirmed"),
                read("France is set to deliver six more Rafale jets to Greece."));
        assertEquals(List.of("ARMS_TRANSFER Israel > Germany [Arrow 3] planned confirmed"),
                read("Israel is poised to sell the Arrow 3 system to Germany."));
    }

    @Test
    void statement_aParticipleOfSayingAfterTheStatement_goesOnWithIt_butAnAccusationIsAnActOfItsOwn() {
        List<String> one = read("Vietnam condemned the exercise, calling it a threat to regional peace.").stream()
                .filter(e -> e.startsWith("STATEMENT")).toList();
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).contains(" condemnation "), one.toString());
        List<String> two = read("Serbia condemned the strike, accusing Albania of provoking the crisis.").stream()
                .filter(e -> e.startsWith("STATEMENT")).toList();
        assertTrue(two.stream().anyMatch(e -> e.contains(" accusation ")), two.toString());
    }

    @Test
    void transfer_aDealWithAPartnerToBuy_makesTheSignerTheBuyer() {
        List<String> events = read("Morocco signed a contract with France to buy 18 Caesar howitzers.");
        assertTrue(events.contains("ARMS_TRANSFER France > Morocco [CAESAR] planned confirmed"), events.toString());
    }

    @Test
    void deployment_forcesFromAListOfStates_givesOneRowPerState_inThePassiveToo() {
        List<String> events = read("Soldiers from Chad, Benin and Burundi have been deployed to Somalia.");
        assertEquals(List.of("DEPLOYMENT Chad > Somalia completed confirmed", "DEPLOYMENT Benin > Somalia completed confirmed",
                "DEPLOYMENT Burundi > Somalia completed confirmed"), events);
        assertEquals(2, read("Troops from Ghana and Togo were sent to Mali.").size());
    }

    @Test
    void transfer_trainersAfterAModelDesignation_areAircraft_notInstructors() {
        assertTrue(read("Laos received four L-39 trainers from the Czech Republic.").stream().noneMatch(e -> e.startsWith("DEPLOYMENT")));
        assertEquals(List.of("DEPLOYMENT France > Laos completed confirmed"), read("France sent 20 military trainers to Laos."));
    }

    @Test
    void transfer_aParticipleAfterTheObjectGivesTheDestinationTheVerbLacks() {
        assertEquals(List.of("ARMS_TRANSFER Spain > Ukraine [Leopard 2] completed confirmed"),
                read("Spain has now delivered all of the Leopard 2 tanks pledged to Ukraine."));
    }

    @Test
    void deployment_aSingularForce_isForces_butASoldierIsOnePerson() {
        assertEquals(List.of("DEPLOYMENT India > Maldives completed confirmed"), read("An Indian naval task force arrived in the Maldives."));
        assertEquals(List.of(), read("An Indian soldier arrived in the Maldives."));
    }

    @Test
    void transfer_aSaleThatIsSubjectOfAPassiveApproval_isTheApproversStates() {
        assertEquals(List.of("ARMS_TRANSFER United States > Greece [F-35] announced confirmed"),
                read("The sale of 20 F-35 jets to Greece was approved by the State Department."));
    }

    @Test
    void transfer_aWeaponSelectedOrChosen_isAPurchaseToCome_andTheOneItBeatIsNone() {
        assertEquals(List.of("ARMS_TRANSFER Sweden > Thailand [Gripen] planned confirmed"),
                read("Thailand has selected Sweden's Gripen over the American F-16."));
        assertEquals(List.of("ARMS_TRANSFER Israel > Philippines [SPYDER] planned confirmed"),
                read("Manila opted for Israeli Spyder air defence systems."));
        assertEquals(List.of(), read("The army selected 200 soldiers for the mission."));
    }

    @Test
    void transfer_aStateHandingOverItsOwnSystems_givesThemAway_butSendingItsCarrierDeploysIt() {
        assertEquals(List.of("ARMS_TRANSFER Poland > Ukraine [MiG-29] completed confirmed"),
                read("Poland handed over its remaining MiG-29 jets to Ukraine."));
        assertEquals(List.of(), read("Italy will send its Cavour aircraft carrier to Japan."));
    }

    @Test
    void transfer_plainNegation_givesNoEvent() {
        assertEquals(List.of(), read("Germany has refrained from supplying Taurus missiles to Ukraine."));
    }

    @Test
    void transfer_passiveWithAgents_givesOneEventPerSupplier() {
        List<String> events = read("Ukraine has received its first F-16 fighter jets. The jets were supplied by Denmark and the Netherlands.");
        assertTrue(events.contains("ARMS_TRANSFER Denmark > Ukraine [F-16] completed confirmed"), events.toString());
        assertTrue(events.contains("ARMS_TRANSFER Netherlands > Ukraine [F-16] completed confirmed"), events.toString());
    }

    @Test
    void denialByNamedSpeaker_isAStatement_andTheFactIsDenied() {
        List<String> events = read("Kremlin spokesman Dmitry Peskov denied that North Korean troops had been sent to Russia.");
        assertTrue(events.contains("DEPLOYMENT North Korea > Russia completed denied"), events.toString());
        assertTrue(events.contains("STATEMENT Dmitry Peskov > North Korea denial completed confirmed"), events.toString());
    }

    @Test
    void confirmationByAPostHolder_settlesTheFact() {
        List<String> events = read("South Korean media reported that North Korea has sent troops to Russia. "
                + "The U.S. Defense Secretary confirmed evidence of North Korean troops in Russia.");
        assertTrue(events.contains("DEPLOYMENT North Korea > Russia completed confirmed"), events.toString());
        assertTrue(events.contains("STATEMENT Lloyd Austin > North Korea confirmation completed confirmed"), events.toString());
    }

    @Test
    void treatySigning_unnamedTreatyIsFoundByPartiesAndDate() {
        List<String> events = read("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in June 2024.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("TREATY_SIGNING Russia > - [Russia–North Korea Treaty on Comprehensive Strategic Partnership]"), events.toString());
    }

    @Test
    void training_forTrainingAfterAMove_isOngoingAndAlleged_andTheMoveIsADeployment() {
        assertEquals(List.of("DEPLOYMENT North Korea > Russia completed alleged", "TRAINING North Korea > Russia ongoing alleged"),
                read("There are claims that North Korean pilots have travelled to Russia's Far East for training."));
    }

    @Test
    void statement_condemnationAndDemand_byOneSpeaker() {
        List<String> events = read("Japan's foreign minister Takeshi Iwaya condemned the launch and urged Pyongyang to stop.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("STATEMENT Takeshi Iwaya") && e.contains(" condemnation ")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("STATEMENT Takeshi Iwaya > North Korea demand")), events.toString());
    }

    @Test
    void unrelatedText_givesNothing() {
        assertEquals(List.of(), read("The striker signed a four-year contract and will join the training camp in Spain next week."));
    }

    /** The post-holdings of a short article dated 2024-10-25, each as "person: role of state". */
    private static List<String> tenures(String body) {
        return events(body).stream()
                .filter(e -> e.kind() == EventKind.TENURE)
                .map(e -> e.actor().label() + ": " + e.role() + " of " + label(e.counterpart()))
                .collect(Collectors.toList());
    }

    @Test
    void official_unknownNameInApposition_afterOrBeforeTheTitle() {
        assertEquals(List.of("Dovilė Šakalienė: defence minister of Lithuania"),
                tenures("Lithuania's defence minister, Dovilė Šakalienė, told reporters that Vilnius would ask for more air defence."));
        assertEquals(List.of("Dovilė Šakalienė: defence minister of Lithuania"),
                tenures("Dovilė Šakalienė, Lithuania's defence minister, said the drills were a provocation."));
        // Without the closing comma the words after the title are not taken for a name.
        assertEquals(List.of(), tenures("He met the defence minister, Moscow's critic of long standing."));
    }

    @Test
    void official_counterpartHoldsThePostOfTheSameKind() {
        assertEquals(List.of("Lloyd Austin: defense secretary of United States", "Rustem Umerov: defence minister of Ukraine"),
                tenures("U.S. Defense Secretary Lloyd Austin met his Ukrainian counterpart, Rustem Umerov, in Brussels."));
    }

    @Test
    void official_titleInsideAnArmedForceName_andRanksSplitFromTheirFullStop() {
        assertEquals(List.of("Sébastien Lecornu: armed forces minister of France"),
                tenures("French Armed Forces Minister Sébastien Lecornu visited Yerevan."));
        assertEquals(List.of("Pat Ryder: press secretary of United States"),
                tenures("The deployment was approved, Pentagon press secretary Maj. Gen. Pat Ryder said."));
    }

    @Test
    void statement_coordinatedSpeakers_eachSayIt() {
        List<String> events = read("The United States and South Korea accuse Pyongyang of supplying shells to Russia. Both Moscow and Pyongyang deny any such trade.");
        for (String said : List.of("United States accusation", "South Korea accusation", "Russia denial", "North Korea denial")) {
            String speaker = said.substring(0, said.lastIndexOf(' ')), kind = said.substring(said.lastIndexOf(' ') + 1);
            assertTrue(events.stream().anyMatch(e -> e.startsWith("STATEMENT " + speaker + " >") && e.contains(" " + kind + " ")), said + " in " + events);
        }
    }

    @Test
    void statement_countedPlural_isThePeopleJustNamed() {
        List<String> events = read("Foreign Minister Cho Tae-yul spoke with U.S. Secretary of State Antony Blinken and Japanese Foreign Minister "
                + "Takeshi Iwaya. The three ministers condemned the missile launch.");
        for (String who : List.of("Cho Tae-yul", "Antony Blinken", "Takeshi Iwaya")) {
            assertTrue(events.stream().anyMatch(e -> e.startsWith("STATEMENT " + who + " ") && e.contains("condemnation")), events.toString());
        }
    }

    @Test
    void training_trainersNamedByNationalityOrPlace_areTheHost() {
        assertEquals(List.of("TRAINING Mali > Russia ongoing reported"),
                read("Russian instructors are training Malian soldiers near Bamako, a Western diplomat said."));
        assertEquals(List.of("TRAINING South Africa > Germany ongoing confirmed"),
                read("Instructors in Germany are training eight battalions of South African soldiers."));
    }

    @Test
    void training_completed_isCompleted() {
        assertEquals(List.of("TRAINING Ukraine > Denmark completed confirmed"),
                read("Ukrainian pilots have completed training on F-16 fighter jets in Denmark."));
    }

    @Test
    void deployment_toAPlaceInsideAState_isHostedByThatState_andThePlaceNeverSpeaks() {
        assertEquals(List.of("DEPLOYMENT North Korea > Russia completed confirmed"),
                read("North Korea has sent about 10,000 soldiers to the Kursk region."));
        assertEquals(List.of("DEPLOYMENT United States > Australia planned confirmed"),
                read("The United States will station 2,500 Marines in Darwin."));
        assertEquals(List.of(), read("Kursk said it would evacuate villages near the border."));
    }

    @Test
    void deployment_forcesThatAreSomewhere_goOn() {
        assertEquals(List.of("DEPLOYMENT United States > South Korea ongoing confirmed"),
                read("The United States has about 28,500 troops in South Korea."));
        assertEquals(List.of("DEPLOYMENT Russia > Moldova ongoing confirmed"),
                read("Russian troops remain in Transnistria."));
        // "has" as an auxiliary is the deployment verb's, not a presence of its own.
        assertEquals(List.of("DEPLOYMENT France > Estonia completed confirmed"),
                read("France has sent 300 soldiers to Estonia."));
    }

    @Test
    void treaty_joiningAnAlliance_isAccedingToItsFoundingTreaty_onlyOnceDone() {
        assertEquals(List.of("TREATY_SIGNING Sweden > - [North Atlantic Treaty] completed confirmed"),
                read("Sweden formally joined NATO on Thursday."));
        assertEquals(List.of(), read("Ukraine wants to join NATO."));
    }

    @Test
    void treaty_signedByTheLeadersOfTwoStates_bindsTheStates() {
        List<String> events = read("The leaders of Armenia and France signed a defence cooperation agreement in Paris.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("TREATY_SIGNING Armenia"), events.toString());
    }

    @Test
    void transfer_unknownDesignations_ofSeveralWordsOrBeforeRangeWords() {
        assertEquals(List.of("ARMS_TRANSFER France > Armenia [Ground Master 200] planned confirmed"),
                read("France will sell Armenia three Ground Master 200 air defence radars."));
        // A shorter name of a reference system is that system.
        assertEquals(List.of("ARMS_TRANSFER France > Armenia [Mistral missile] planned confirmed"),
                read("Paris would later supply Mistral short-range air defence missiles to Yerevan."));
    }

    @Test
    void transfer_packageIncludes_moreSystemsOfTheSameTransfer() {
        assertEquals(List.of("ARMS_TRANSFER United States > Poland [Patriot] announced confirmed",
                        "ARMS_TRANSFER United States > Poland [Javelin] announced confirmed"),
                read("Washington has approved a sale of Patriot missiles to Poland. The package also includes Javelin anti-tank missiles."));
    }

    @Test
    void transfer_purchaseWithNoSellerNamed_isFromTheMakersState_andItsOwnMinistryConfirms() {
        assertEquals(List.of("ARMS_TRANSFER United States > Israel [F-35] planned confirmed"),
                read("Israel will buy 25 more F-35 jets, its defence ministry said."));
        assertEquals(List.of("ARMS_TRANSFER South Korea > Poland [Chunmoo] planned confirmed"),
                read("Poland later added an order for 218 K239 Chunmoo rocket launchers."));
    }

    @Test
    void deployment_countedForceName_isItsPeople_andJetsSentWithTheirCrewsAreNoTransfer() {
        assertEquals(List.of("DEPLOYMENT United States > Australia ongoing confirmed"),
                read("About 2,000 U.S. Marines are now stationed in Darwin."));
        assertEquals(List.of("DEPLOYMENT Spain > Lithuania completed confirmed"),
                read("Spain has sent six Eurofighter Typhoon jets and about 130 airmen to Lithuania."));
    }

    @Test
    void subject_isFoundBeforeARelativeClause_notInsideIt() {
        assertEquals(List.of("TRAINING Mali > Russia ongoing confirmed"),
                read("Russian instructors, who arrived after French forces left, are training Malian special forces."));
    }

    @Test
    void deployment_toAKindOfPlaceNamedAfterOf_isHostedByItsState() {
        assertEquals(List.of("DEPLOYMENT United States > Philippines completed confirmed"),
                read("Some 500 U.S. Marines have deployed to the northern island of Batanes."));
    }

    @Test
    void treaty_unnamedAgreementKeepsItsWholeName_andThePactIsTheSameOne() {
        assertEquals(List.of("TREATY_SIGNING Philippines > - [status of visiting forces agreement] completed confirmed"),
                read("The Philippines and New Zealand signed a status of visiting forces agreement on Wednesday. "
                        + "The two defence ministers signed the pact in Manila."));
    }

    @Test
    void transfer_purchaseBeingWeighed_isConsidered() {
        assertEquals(List.of("ARMS_TRANSFER India > Philippines [BrahMos] considered reported"),
                read("Analysts say Manila is weighing the purchase of more BrahMos missiles from India."));
    }

    @Test
    void statement_allegingThat_isAnAccusation_butAnAllegedFactHasNoSpeaker() {
        assertEquals(List.of("STATEMENT Russia > Ukraine accusation completed confirmed"),
                read("The Kremlin alleged that Ukraine had shelled the plant."));
        assertEquals(List.of(), read("The alleged shelling of the plant drew wide concern."));
    }

    @Test
    void statement_supportDeclaredAfterADescription_isSupport() {
        assertEquals(List.of("STATEMENT Kim Jong Un > - support completed confirmed"),
                read("Kim Jong Un described the war as a just struggle and declared his full support for it."));
    }

    @Test
    void statement_quoteBeforeTheSpeakerWhoToldReporters_isWhatWasSaid() {
        String doc = "---\ndate: 2024-10-25\n---\n\"This is the largest contract in our history,\" Kosiniak-Kamysz told reporters after the ceremony.\n";
        List<String> targets = text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events().stream()
                .filter(e -> e.kind() == EventKind.STATEMENT).map(Event::targetText).toList();
        assertEquals(List.of("This is the largest contract in our history"), targets);
    }

    @Test
    void statement_anAppositionNeverClosed_leavesThePersonTheSpeaker_andATimeIsNotWhatWasSaid() {
        String doc = "---\ndate: 2024-10-25\n---\nOmar Haddad, a member of the Jordanian parliament's defence committee said in March"
                + " that the country would soon receive F-16 jets from the US.\n";
        List<String> statements = text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events().stream()
                .filter(e -> e.kind() == EventKind.STATEMENT).map(e -> label(e.actor()) + ": " + e.targetText()).toList();
        assertEquals(List.of("Omar Haddad: the country would soon receive F-16 jets from the US"), statements);
    }

    @Test
    void statement_anyVerbThatAColonAndAQuotationFollow_introducesWhatWasSaid() {
        String doc = "---\ndate: 2024-10-25\n---\nNikol Pashinyan backed him: \u201cWe will defend this position together.\u201d\n";
        List<String> statements = text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events().stream()
                .filter(e -> e.kind() == EventKind.STATEMENT).map(e -> label(e.actor()) + " " + e.statementKind().word() + ": " + e.targetText())
                .toList();
        assertEquals(List.of("Nikol Pashinyan support: We will defend this position together"), statements);
        assertTrue(read("Germany sent two kinds of arms: tanks and howitzers.").stream().noneMatch(e -> e.startsWith("STATEMENT")),
                "a colon without a quotation says nothing");
    }

    @Test
    void statement_whoNamesAThingInAHedge_isTheSentencesSubject_notTheNearestState() {
        List<String> events = read("Seoul struck two sites in North Korea, targeting what it called missile launchers.");
        assertTrue(events.contains("STATEMENT South Korea > - statement completed confirmed"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("STATEMENT North Korea")), events.toString());
    }

    @Test
    void statement_anExplanationOrAFindingDismissed_isDenied_butAPlanRejectedIsNot_andAnAbsurdWarIsNoRebuttal() {
        assertEquals(List.of("STATEMENT Volodymyr Zelensky > - denial completed confirmed"), read("Zelensky dismissed the explanation."));
        assertEquals(List.of("STATEMENT Volodymyr Zelensky > - statement completed confirmed"), read("Zelensky rejected the plan."));
        assertTrue(read("Qatar said the priority should be ending an absurd war.").stream().noneMatch(e -> e.contains("denial")));
    }

    @Test
    void statement_aDeadlineGivenIsADemand() {
        List<String> events = read("Moldovan president Maia Sandu has given Russia a deadline to withdraw its troops from her country by 1 May.");
        assertTrue(events.contains("STATEMENT Maia Sandu > Russia demand completed confirmed"), events.toString());
    }

    @Test
    void treaty_theYearBeforeItsName_isWhenItWasSigned_butNotTheDateOfALaterSigning() {
        assertEquals(List.of("1987"), treatyDates("Russia withdrew from the 1987 INF Treaty in 2019."));
        List<String> later = treatyDates("Finland and Sweden signed the 1949 North Atlantic Treaty.");
        assertTrue(!later.contains("1949"), later.toString());
    }

    @Test
    void treaty_aPastParticipleOpeningTheSentence_describesTheMainClausesSubject() {
        assertEquals(List.of("1987-12"), treatyDates("Moscow walked away from the INF Treaty. Signed in Washington in December 1987 by"
                + " the two leaders, the treaty had banned a whole class of missiles."));
    }

    @Test
    void treaty_aLaterDateInsideTheYearFirstRead_tellsTheSigningMoreExactly() {
        assertEquals(List.of("1987-12-08"), treatyDates("Moscow quit the 1987 INF Treaty in 2019. The treaty had been signed in"
                + " Washington on December 8, 1987."));
    }

    private static List<String> treatyDates(String body) {
        return events(body).stream()
                .filter(e -> e.kind() == EventKind.TREATY_SIGNING).map(e -> String.valueOf(e.date())).toList();
    }

    @Test
    void statement_whoIsQuotedAsSaying_saysIt_andABodyOfANamedStateSpeaksForIt() {
        assertEquals(List.of("STATEMENT Sergei Lavrov > NATO statement completed confirmed"),
                read("Tass quoted Sergei Lavrov as saying that NATO troops in Estonia were a threat."));
        List<String> events = read("The government of Mali denied that Russian troops were in the country.");
        assertTrue(events.contains("STATEMENT Mali > Russia denial completed confirmed"), events.toString());
    }

    @Test
    void training_anOrganisationIsNeverTheTrainee() {
        assertEquals(List.of(), read("The EU's training mission, known as EUMAM, runs its two main training hubs in Poland and Germany."));
    }

    @Test
    void transfer_participleAfterTheSystems_theirHolderReceived_aContractMakesItASale() {
        assertEquals(List.of("ARMS_TRANSFER South Korea > Poland [K9 Thunder] completed confirmed"),
                read("Poland operates 200 K9 howitzers delivered by South Korea."));
        assertEquals(List.of("ARMS_TRANSFER South Korea > Poland [K9 Thunder] completed confirmed"),
                read("Poland already fields over 200 K9 howitzers delivered under a framework agreement signed in 2022."));
        // Delivered by someone unnamed, with no contract: the supplier is not guessed.
        assertEquals(List.of(), read("Ukraine has Leopard 2 tanks delivered last year."));
    }

    @Test
    void training_there_isThePlacesNamedJustBefore() {
        assertEquals(List.of("TRAINING Ukraine > Poland ongoing confirmed", "TRAINING Ukraine > Germany ongoing confirmed"),
                read("The EU mission runs two training hubs in Poland and Germany. Ukrainian soldiers are trained there in mine clearing."));
        assertEquals(List.of(), read("There are training hubs in Poland and Germany."));
    }

    @Test
    void treaty_describedAgreementIsNotAnOlderTreatyOfTheSameParties_andASimilarOneIsOfItsKind() {
        assertEquals(List.of("TREATY_SIGNING Finland > - [defence cooperation agreement] completed confirmed",
                        "TREATY_SIGNING Sweden > - [defence cooperation agreement] completed confirmed"),
                read("Finland and United States sign defence cooperation agreement\n\n"
                        + "Finland and the United States signed a defence cooperation agreement. "
                        + "Antony Blinken and Finnish Defence Minister Antti Häkkänen signed the accord at the State Department. "
                        + "Sweden signed a similar agreement with Washington on Dec. 5."));
    }

    @Test
    void treaty_thePactIsTheOneJustRead_onlyIfItsPartiesAgree() {
        List<String> events = read("Russia and Iran signed a Comprehensive Strategic Partnership Treaty in Moscow on 17 January 2025. "
                + "Unlike the pact Moscow concluded with Pyongyang in June 2024, it has no mutual defence clause.");
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(1).startsWith("TREATY_SIGNING Russia > - [Russia–North Korea Treaty"), events.toString());
    }

    @Test
    void rightsGranted_areNoEvents() {
        assertEquals(List.of(), read("The agreement allows U.S. forces to train on Finnish territory."));
        assertEquals(List.of(), read("The deal permits American troops to be deployed to Finnish bases."));
    }

    @Test
    void deployment_theCountry_isThePlaceOrTheTopicOfTheSentenceBefore() {
        assertEquals(List.of("TREATY_SIGNING Mali > - [defence accord] completed confirmed", "DEPLOYMENT United States > Mali ongoing confirmed"),
                read("Mali's government ended a defence accord with the United States in March. About 1,000 American troops remain in the country."));
        assertEquals(List.of("STATEMENT Justin Trudeau > Canada statement completed confirmed", "DEPLOYMENT Canada > Latvia ongoing confirmed"),
                read("Canada will double its presence in Latvia, Trudeau said. Canada currently has about 1,000 soldiers in the country."));
    }

    @Test
    void ambiguousStateName_withAPossessiveOnItsOwnToken_actsAsTheState() {
        assertEquals(List.of("TREATY_SIGNING Chad > - [defence accord] completed confirmed", "DEPLOYMENT United States > Chad ongoing confirmed"),
                read("Chad's government ended a defence accord with the United States in March. About 1,000 American troops remain in the country."));
    }

    @Test
    void official_titleOfABodyNamedWithItsStatesPossessive() {
        assertEquals(List.of("Kyrylo Budanov: head of military intelligence of Ukraine"),
                tenures("Kyrylo Budanov, the head of Ukraine's military intelligence, estimated that half of the shells come from North Korea."));
        assertEquals(List.of("Sergei Shoigu: secretary of the security council of Russia"),
                tenures("Sergei Shoigu, secretary of Russia's Security Council, said on Tuesday that talks had gone well."));
    }

    @Test
    void treaty_aCharterWithItsOwnName_isATreaty() {
        assertEquals(List.of("TREATY_SIGNING Mali > - [Liptako-Gourma Charter] completed confirmed"),
                read("Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter on 16 September 2023."));
    }

    @Test
    void transfer_anOrderPlaced_isADeliveryToCome_andAnOfferToHelpIsNoTransfer() {
        assertEquals(List.of("ARMS_TRANSFER France > Indonesia [Rafale] planned confirmed"),
                read("Indonesia ordered 42 Rafale jets from France in 2022. "
                        + "Turkey has also offered to help Indonesia set up a maintenance centre for the jets."));
    }

    @Test
    void deployment_deniedInReportedSpeech_isAStateThatGoesOn() {
        assertEquals(List.of("STATEMENT Nigerien Foreign Ministry > Russia denial completed confirmed", "DEPLOYMENT Russia > Niger ongoing denied"),
                read("Niger's foreign ministry denied that Russian soldiers were stationed in Niamey."));
    }

    @Test
    void coordinatedPredicates_eachKeepsItsObject_andShareTheFirstOnesStage() {
        assertEquals(List.of("ARMS_TRANSFER France > Ukraine [Mirage 2000] planned confirmed", "TRAINING Ukraine > France planned confirmed"),
                read("France would transfer Mirage 2000-5 fighter jets to Ukraine and train Ukrainian pilots to fly them in France."));
    }

    @Test
    void transfer_withNoSellerNamed_theSystemsNationalityOrTheAidsOwnerGives() {
        assertEquals(List.of("ARMS_TRANSFER Iran > Russia [Fath-360] completed confirmed"),
                read("Russia has received shipments of Iranian Fath-360 close-range ballistic missiles."));
        assertEquals(List.of("ARMS_TRANSFER Australia > Ukraine [Bushmaster] completed confirmed"),
                read("This builds on Australia's earlier support, which has included 120 Bushmaster protected mobility vehicles delivered to Ukraine."));
    }

    @Test
    void official_outgoingHolderStillHoldsThePostOnTheDocumentsDate_andCallingAnActorSomethingIsAStatement() {
        assertEquals(List.of("STATEMENT Mark Rutte > China statement completed confirmed"),
                read("NATO's outgoing secretary general went further this month, calling China a decisive enabler of the war."));
    }

    @Test
    void deployment_neitherNegates_andForcesThatServeSomewhereAreThere() {
        assertEquals(List.of(), read("Neither agreement stations American troops in Papua New Guinea."));
        assertEquals(List.of("DEPLOYMENT Ethiopia > Somalia ongoing reported"),
                read("An estimated 3,000 Ethiopian soldiers serve in Somalia under an African Union mission."));
    }

    @Test
    void statement_insistingOrClaimingThat_isAStatement_andDismissingAnActIsNoDenial() {
        assertEquals(List.of("STATEMENT Rishi Sunak > - statement completed confirmed"),
                read("Prime Minister Rishi Sunak insisted that his country was not choosing sides."));
        assertEquals(List.of("STATEMENT Dmitry Peskov > - statement completed confirmed"),
                read("Kremlin spokesman Dmitry Peskov dismissed the announcement as irrelevant."));
        assertEquals(List.of("STATEMENT Dmitry Peskov > - denial completed confirmed"),
                read("Kremlin spokesman Dmitry Peskov dismissed the allegations as baseless."));
    }

    @Test
    void transfer_systemsThatAccompanyTheOnesJustNamed_goTheSameWay() {
        assertEquals(List.of("ARMS_TRANSFER United Kingdom > Ukraine [Challenger 2] planned confirmed",
                        "ARMS_TRANSFER United Kingdom > Ukraine [AS-90] planned confirmed"),
                read("Britain will send 14 Challenger 2 tanks to Ukraine. The tanks will be accompanied by some thirty AS-90 self-propelled guns."));
    }

    @Test
    void treaty_signedByTwoStatesMinisters_andAPossessiveInAppositionIsNoParty() {
        List<String> events = read("The framework agreement was signed in Ankara on February 8 by Turkish Defence Minister Yasar Guler "
                + "and his Somali counterpart, Abdulkadir Mohamed Nur. Beijing signed a security pact with Solomon Islands, PNG's neighbour, in April 2022.");
        assertEquals(List.of("TREATY_SIGNING Turkey > - [framework agreement] completed confirmed",
                "TREATY_SIGNING China > - [China–Solomon Islands security agreement] completed confirmed"), events);
    }

    @Test
    void training_byTheAntecedentsOwnForces() {
        assertEquals(List.of("TRAINING Papua New Guinea > Australia completed confirmed"),
                read("Australia remains the closest partner of Papua New Guinea. Its military has trained PNG soldiers for decades."));
    }

    @Test
    void deployment_eachGroupOfPeopleIsADeployment_aHedgeOnOneDoubtsOnlyIt_andHearsayIsReported() {
        assertEquals(List.of("DEPLOYMENT North Korea > Russia planned confirmed", "DEPLOYMENT North Korea > Russia planned confirmed"),
                read("North Korea will send 1,000 deminers and several thousand military construction workers to Russia's Kursk region."));
        assertEquals(List.of("DEPLOYMENT North Korea > Russia completed reported", "DEPLOYMENT North Korea > Russia completed alleged"),
                read("Body text first. Pyongyang is said to have sent troops, and possibly pilots, to help Russia."));
    }

    @Test
    void deployment_aHeadlinesOwnWordingOfOneTheBodyReports_isNotAnotherOne() {
        assertEquals(List.of("DEPLOYMENT North Korea > Russia planned confirmed"),
                read("North Korea to send military builders to Russia\n\nNorth Korea will send several thousand construction workers to Russia."));
    }

    @Test
    void transfer_afterAColonThatElaborates_theClauseBeforeNamesTheRecipient() {
        assertEquals(List.of("ARMS_TRANSFER Germany > Moldova [Piranha] completed confirmed"),
                read("Moldova is also modernising its small army: Germany has delivered Piranha armoured personnel carriers."));
    }

    @Test
    void transfer_afterAColon_aClauseTheMainVerbReportsDoesNotNameTheRecipient() {
        List<String> events = read("Two Nordic states have moved to arm Kenya. Norway and Finland said on Monday that Britain had cleared"
                + " them to pass on British-made rifles: Finland will send Bren carbines.");
        assertTrue(events.contains("ARMS_TRANSFER Finland > Kenya [Bren] planned confirmed"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains("> United Kingdom [")), events.toString());
    }

    @Test
    void pronoun_asAVerbsObject_isNotThatVerbsSubject() {
        List<String> events = read("Chile and Peru said that Brazil had authorised them to deliver the Gripen jets to Bolivia.");
        assertTrue(events.contains("ARMS_TRANSFER Chile > Bolivia [Gripen] announced confirmed"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("ARMS_TRANSFER Brazil")), events.toString());
    }

    @Test
    void deployment_forcesOfARelativeClauseInWhatAStateSays_areItsOwn_andTheNumberThatWentCountsOverTheNumberPledged() {
        List<Event> events = events("Rwanda's army said on Friday that the 300 soldiers who touched down in Mozambique on Wednesday"
                + " would begin patrols within days. Rwanda has pledged to send a total of 1,000 soldiers.");
        List<String> read = events.stream().filter(e -> e.kind() == EventKind.DEPLOYMENT)
                .map(e -> label(e.actor()) + " > " + label(e.counterpart()) + " " + e.troops() + " " + e.stage().word()).toList();
        assertEquals(List.of("Rwanda > Mozambique 300 completed"), read);
    }

    @Test
    void deployment_statesThatHaveAllPledgedForcesNamedAsAlternatives_sendOneGroupEach_whereTheStoryGoes() {
        assertEquals(List.of("DEPLOYMENT Ghana > Liberia completed confirmed", "DEPLOYMENT Togo > Liberia announced confirmed",
                        "DEPLOYMENT Benin > Liberia announced confirmed"),
                read("Ghana sent 200 soldiers to Liberia on Monday. Togo and Benin have all pledged to send police or soldiers,"
                        + " and the force is expected to reach 1,500."));
    }

    @Test
    void transfer_inductedByAnAirForce_andADesignationBeforeWordsOfRole_andWhatIsAcquiredByANeighbour() {
        assertEquals(List.of("ARMS_TRANSFER China > Bangladesh [K-8] completed confirmed", "ARMS_TRANSFER United States > India [AH-64 Apache] completed confirmed"),
                read("Bangladesh's air force inducted six Chinese-built K-8 jet training aircraft on Monday, an answer to the"
                        + " American Apache helicopters acquired by neighbouring India."));
    }

    @Test
    void transfer_systemsSuppliedByAState_belongToWhoseForcesRelyOnThemOrWhoLaunchesThem() {
        assertEquals(List.of("ARMS_TRANSFER Israel > Azerbaijan [IAI Harop] completed confirmed"),
                read("Azerbaijan's army relied heavily in 2020 on Harop drones supplied by Israel."));
        assertEquals(List.of("ARMS_TRANSFER Iran > Russia [Shahed-136] completed confirmed"),
                read("Russia has launched hundreds of Shahed drones supplied by Iran."));
    }

    @Test
    void transfer_aKindListedBesideModels_isMore_butAKindNamedLaterIsTheModelsAgain() {
        assertEquals(List.of("ARMS_TRANSFER Norway > Estonia [CV90] completed confirmed", "ARMS_TRANSFER Norway > Estonia [ammunition] completed confirmed"),
                read("Norway has handed Estonia twelve CV90 vehicles and large stocks of ammunition."));
        assertEquals(List.of("ARMS_TRANSFER Norway > Estonia [CV90] completed confirmed"),
                read("Norway has handed Estonia twelve CV90 vehicles. Oslo says more armoured vehicles went to Estonia in May."));
    }

    @Test
    void transfer_whatAnItemComesWith_doesNotEndTheList() {
        assertEquals(List.of("ARMS_TRANSFER Spain > Latvia [Leopard 2] planned confirmed", "ARMS_TRANSFER Spain > Latvia [NASAMS] planned confirmed"),
                read("Spain will give Latvia ten Leopard 2 tanks with 4,000 artillery shells, and two NASAMS batteries."));
    }

    @Test
    void transfer_aPackageTheSentenceBeforeGave_holdsWhatItIncludes_atTheStageOfThatGift() {
        assertEquals(List.of("ARMS_TRANSFER Canada > Moldova [Stryker] planned confirmed", "ARMS_TRANSFER Canada > Moldova [Humvee] planned confirmed"),
                read("Canada will send Moldova eight Stryker carriers as part of a new aid package. The package also includes 40 Humvees."));
        assertEquals(List.of("ARMS_TRANSFER Canada > Moldova [Humvee] planned confirmed"),
                read("Canada will send Moldova a new aid package. It includes 40 Humvees."));
    }

    @Test
    void transfer_receivedFromNoOneNamed_comesFromTheMakersState_whenItHasSuppliedTheReceiverBefore() {
        assertEquals(List.of("ARMS_TRANSFER Russia > Niger [Su-25] completed confirmed", "ARMS_TRANSFER Russia > Niger [Mi-17] completed confirmed"),
                read("Russia delivered two Su-25 jets to Niger. Niamey later received three Mi-171 helicopters."));
        assertEquals(List.of("ARMS_TRANSFER Turkey > Niger [Bayraktar TB2] completed confirmed"),
                read("Turkey delivered Bayraktar TB2 drones to Niger. Niamey later received three Mi-171 helicopters."));
    }

    @Test
    void deployment_forcesOrderedSomewhere_areStillToGo_unlessTheOrderIsToldAsPast() {
        assertEquals(List.of("DEPLOYMENT France > Estonia planned confirmed"),
                read("Paris has ordered 400 soldiers to Estonia."));
        assertEquals(List.of("DEPLOYMENT France > Estonia completed confirmed"),
                read("Paris ordered 400 soldiers to Estonia after the drills."));
        assertEquals(List.of("ARMS_TRANSFER Germany > Estonia [Leopard 2] planned confirmed"), read("Estonia ordered six Leopard 2 tanks."));
    }

    @Test
    void statement_sayingOnesStateHadNothingToDoWithIt_deniesIt_andVowingToPursueToTheEndsOfTheEarth_threatens() {
        assertEquals(List.of("STATEMENT Chile > - denial completed confirmed"), read("Chile said it had nothing to do with the blast."));
        assertEquals(List.of("STATEMENT Chile > - warning completed confirmed"),
                read("Chile said it would pursue the bombers to the ends of the earth."));
    }

    @Test
    void deployment_forcesPulledOutOfOrLeavingAPlace_wereThere_butUnitsLeavingTheirOwnCapitalSetOut() {
        assertEquals(List.of("DEPLOYMENT Italy > Niger ongoing confirmed"), read("Italy will pull its soldiers out of Niger."));
        assertEquals(List.of("DEPLOYMENT Italy > Niger ongoing confirmed"), read("Italian soldiers will leave Niger soon."));
        assertEquals(List.of("DEPLOYMENT Italy > Niger completed confirmed"), read("The last Italian soldiers left Niger last week."));
        assertEquals(List.of("DEPLOYMENT Ghana > Haiti ongoing confirmed"),
                read("Ghana has begun sending 300 soldiers to Haiti. The first units left Accra on Monday."));
    }

    @Test
    void theCountry_isNoStateNamedOnlyAsAnAgentAfterBy() {
        assertEquals(List.of("DEPLOYMENT Italy > Chad ongoing confirmed"),
                read("Chad displayed drones supplied by China, as the last Italian soldiers prepared to leave the country."));
    }

    @Test
    void training_aBareVerbAfterAPluralSubject_isItsVerb_andABareVerbJoinedToAnInfinitive_sharesItsObject() {
        assertEquals(List.of("TRAINING Togo > Morocco ongoing confirmed"), read("Moroccan officers train Togolese soldiers."));
        assertEquals(List.of("TRAINING Togo > Morocco ongoing confirmed"), read("Morocco will continue to train and equip the Togolese army."));
    }

    @Test
    void transfer_aLexiconVerbAfterANounsTo_beforeAnObject_isAnInfinitive_andAnArticleIsADeterminer() {
        assertEquals(List.of("ARMS_TRANSFER South Korea > Romania [K9 Thunder] planned confirmed"),
                read("Seoul signed a deal to export 54 K9 howitzers to Bucharest."));
        assertEquals(List.of("TRAINING Moldova > Romania completed confirmed"), read("Moldovan cadets completed a training course in Romania."));
    }

    @Test
    void deployment_haveBeforeForcesAndAPlace_isTheVerbOfHaving_evenWhenTheTaggerTakesItForAnAuxiliary() {
        assertEquals(List.of("DEPLOYMENT United Kingdom > Estonia ongoing confirmed"), read("Britain has 900 troops in Estonia as part of a NATO force."));
    }

    @Test
    void transfer_aStateAndANumberAfterTheRecipient_giveAsManyOfTheSystem_andAreNoSecondRecipient() {
        assertEquals(List.of("ARMS_TRANSFER Belgium > Moldova [Leopard 2] ongoing confirmed", "ARMS_TRANSFER Portugal > Moldova [Leopard 2] ongoing confirmed"),
                read("Belgium is donating 12 Leopard 2 tanks to Moldova, and Portugal three."));
    }

    @Test
    void transfer_weaponsArrivingInAState_areDelivered_butAStatesOwnJetsArrivingAreItsForces() {
        assertEquals(List.of("ARMS_TRANSFER United States > Romania [F-35] completed confirmed"), read("The first F-35 jets arrived in Romania."));
        assertEquals(List.of("ARMS_TRANSFER Norway > Estonia [NASAMS] completed confirmed"), read("Two NASAMS batteries from Norway arrived in Estonia."));
        assertEquals(List.of(), read("Russian Su-34 jets arrived in Belarus."));
        assertEquals(List.of("ARMS_TRANSFER Norway > Latvia [NASAMS] completed confirmed"),
                read("Norway sent NASAMS to Latvia. New CV90 vehicles will arrive when they are needed."));
    }

    @Test
    void treaty_becomingAnOrganisationsMember_joinsItsFoundingTreaty() {
        assertEquals(List.of("TREATY_SIGNING Montenegro > - [North Atlantic Treaty] completed confirmed"),
                read("Montenegro became NATO's 29th member."));
    }

    @Test
    void statement_dissatisfactionOrOppositionExpressed_isSaid() {
        assertEquals(List.of("STATEMENT Chile > - statement completed confirmed"), read("Chile expressed strong dissatisfaction with the plan."));
    }

    @Test
    void deployment_jetsSentToPoliceAnotherStatesAirspace_areForces_butWeaponsGivenToProtectItAreATransfer() {
        assertEquals(List.of("DEPLOYMENT Italy > Slovenia [F-35] planned confirmed"), read("Italy will send four F-35 jets to Slovenia to help police its airspace."));
        assertEquals(List.of("ARMS_TRANSFER Germany > Moldova [IRIS-T SLM] completed confirmed"),
                read("Germany sent IRIS-T systems to Moldova to protect its cities."));
    }

    @Test
    void transfer_aWeaponsAmbiguousNameAfterANumber_isTheWeapon_andAPastFormBetweenANumberAndANameDescribesIt() {
        assertEquals(List.of("ARMS_TRANSFER United States > Romania [M1 Abrams] planned confirmed"), read("Romania bought 54 Abrams."));
        assertEquals(List.of("ARMS_TRANSFER Spain > Latvia [Leopard 2] completed confirmed"), read("Spain delivered ten refurbished Leopard 2 tanks to Latvia."));
    }

    @Test
    void pronoun_asASubject_goesBackToAnActorThatIsNoPrepositionsObject() {
        assertEquals(List.of("ARMS_TRANSFER China > Ghana [K-8] completed confirmed"),
                read("Ghana's air force is growing. Last year it held talks with the United States, and it inducted four K-8 jets"
                        + " supplied by China."));
    }

    @Test
    void theCountry_isTheStateLastNamedAsOne_notOneADemonymOnlyDescribedSomethingBy() {
        assertEquals(List.of("DEPLOYMENT Togo > Mali planned confirmed"),
                read("Ghana held talks with Togo. The talks took place in a Nigerian hotel. The country will send 200 soldiers to Mali."));
    }

    @Test
    void statement_anUnqualifiedBodyAfterACapitalTheSentenceOpensWith_isThatStates() {
        List<Event> events = events("WARSAW — Talks went on for a second day. In London, the Ministry of Defence said on Sunday that"
                + " 100 British engineers would go to Poland.");
        List<String> speakers = events.stream().filter(e -> e.kind() == EventKind.STATEMENT).map(e -> e.actor().label()).toList();
        assertEquals(List.of("UK Ministry of Defence"), speakers);
    }

    @Test
    void deployment_aPastFormAfterAUnitOfForces_isTheVerb_whenTheAuxiliaryAfterItIsInAClauseJoinedByAComma() {
        assertEquals(List.of("DEPLOYMENT Turkey > Somalia completed confirmed"),
                read("A contingent of Turkish instructors arrived in Mogadishu, and officials were pleased."));
        assertEquals(List.of("DEPLOYMENT Turkey > Somalia completed confirmed"), read("A team of Turkish instructors arrived in Somalia."));
    }

    @Test
    void training_localForces_areThoseOfTheStateTheTrainersWereSentTo() {
        List<String> events = read("Chinese military engineers arrived in Bamako in May, and Malian officials said the Chinese would train"
                + " local soldiers.");
        assertTrue(events.contains("DEPLOYMENT China > Mali completed confirmed"), events.toString());
        assertTrue(events.contains("TRAINING Mali > China planned confirmed"), events.toString());
    }

    @Test
    void training_aGerundAfterTheTimeSpent_hasTheTenseOfTheVerbOfSpending() {
        assertEquals(List.of("TRAINING Egypt > France completed confirmed"), read("Egyptian pilots spent six months training in France."));
    }

    @Test
    void transfer_theObjectOfAVerbOfJudging_doesWhatTheGerundAfterOfOrForSays() {
        List<String> accused = read("Seoul has accused North Korea of shipping artillery shells to Russia.");
        assertTrue(accused.contains("ARMS_TRANSFER North Korea > Russia [artillery shells] completed alleged"), accused.toString());
        List<String> thanked = read("Serbia took delivery of Chinese FK-3 missiles and French Mistral missiles in April. President"
                + " Vucic thanked Beijing for supplying the missiles.");
        assertTrue(thanked.stream().noneMatch(e -> e.startsWith("ARMS_TRANSFER China > Serbia [Mistral")), thanked.toString());
    }

    @Test
    void transfer_aDecisionDatedBeforeItsInfinitive_andSystemsThatReplaceOthers_andAMakerSplitFromItsPrefix() {
        assertEquals(List.of("ARMS_TRANSFER Germany > Lithuania [cluster munitions] planned confirmed"),
                read("Berlin's decision last month to supply Lithuania with cluster munitions drew criticism."));
        assertEquals(List.of("ARMS_TRANSFER United States > Norway [F-35] ongoing confirmed"),
                read("Norway is replacing its old F-16 fleet with 52 U.S.-built F-35A fighter jets."));
    }

    @Test
    void deployment_aPrivateForceTheReferenceDataTiesToAState_sendsForThatState() {
        assertEquals(List.of("DEPLOYMENT Russia > Libya completed confirmed"),
                read("Some 1,200 Wagner Group fighters arrived in Libya in 2019."));
    }

    @Test
    void deployment_forcesBeingWithdrawn_areThereUntilAPastVerbSaysTheyHaveGone() {
        assertEquals(List.of("DEPLOYMENT United States > Niger ongoing confirmed", "DEPLOYMENT France > Chad completed confirmed"),
                read("Washington agreed to withdraw its 1,000 troops from Niger by September. France completed the withdrawal of"
                        + " its last troops from Chad in January."));
        assertEquals(List.of("TREATY_SIGNING Russia > - [Intermediate-Range Nuclear Forces Treaty] completed confirmed"),
                read("Russia withdrew from the INF Treaty in 2019."));
    }

    @Test
    void statement_sayingThereWasNoSuchThing_isADenial() {
        assertEquals(List.of("STATEMENT Kim Yong-hyun > United States denial completed confirmed"),
                read("Defence Minister Kim Yong-hyun said there had been no discussion with Washington about reducing US forces."));
    }

    @Test
    void transfer_systemsARelativeClauseFollows_areWhatItsVerbGave() {
        assertEquals(List.of("ARMS_TRANSFER United States > Philippines [UH-60 Black Hawk] completed confirmed"),
                read("Its pilots fly three Black Hawk helicopters that the United States gave the Philippines last year."));
    }

    @Test
    void treaty_anAgreementWhoseClauseSaysItIsMilitary_isATreaty() {
        assertEquals(List.of("TREATY_SIGNING Kenya > - [agreement] completed confirmed"),
                read("On 12 May 2024 Kenya and Turkey signed an agreement under which Ankara is to give Nairobi military assistance."));
    }

    @Test
    void treaty_aWordThatOnlySetsAnAgreementApartFromAnother_isNoPartOfItsName() {
        assertEquals(List.of("TREATY_SIGNING Chile > - [fisheries agreement] completed confirmed"),
                read("On 3 March 2024 Chile and Peru also signed a separate fisheries agreement."));
    }

    @Test
    void statement_aVerbOfSayingInAnAdverbialClauseThatOpensTheSentence_saysOnlyThatClause_andReportsNotTheMainOne() {
        assertEquals(List.of("STATEMENT Turkey > - statement completed confirmed", "STATEMENT Greece > - condemnation completed confirmed"),
                read("When Turkey announced the drills, Greece condemned them as reckless."));
    }

    @Test
    void aQuestion_assertsNothing() {
        assertEquals(List.of(), read("Will Germany send Taurus missiles to Ukraine?"));
        assertEquals(List.of(), read("Has Poland received its K2 tanks from South Korea?"));
    }

    @Test
    void stage_aPassiveInfinitiveAfterBe_looksAhead() {
        assertEquals(List.of("TRAINING Kenya > Turkey planned confirmed"), read("Kenyan pilots are to be trained in Turkey."));
    }

    @Test
    void transfer_passiveWithNoAgent_theSystemsNationalityGivesThem() {
        assertEquals(List.of("ARMS_TRANSFER Netherlands > Romania [F-16] completed confirmed"),
                read("Eighteen Dutch F-16s have been sold to Romania."));
    }

    @Test
    void transfer_aContractSignedByTwoStates_onlyTheMakerTellsWhoSells() {
        assertEquals(List.of("ARMS_TRANSFER South Korea > Poland [K2 Black Panther] planned confirmed"),
                read("Poland and South Korea signed a contract for 180 K2 tanks."));
        assertEquals(List.of(), read("Spain and Peru signed a contract for the sale of 12 F-16 fighter aircraft."));
    }

    @Test
    void statement_rightAfterAQuote_theSpeakerFollowsTheVerb_pastABareTitle() {
        assertEquals(List.of("STATEMENT Troels Lund Poulsen > Argentina statement completed confirmed"),
                read("\"I am sure they will help Argentina guard its skies,\" said Minister Troels Lund Poulsen."));
    }

    @Test
    void statement_aConjoinedVerbKeepsTheFirstVerbsSubject_notItsObject() {
        assertEquals(List.of("STATEMENT Poland > Belarus accusation completed confirmed", "STATEMENT Poland > - condemnation completed confirmed"),
                read("Poland accused Belarus of staging the incident and condemned the repeated airspace violations."));
    }

    @Test
    void deployment_forcesARelativeClauseSaysAreFightingSomewhere_areThere() {
        assertEquals(List.of("DEPLOYMENT Turkey > Syria ongoing confirmed"),
                read("Turkish troops, who have been fighting in northern Syria since 2016, will not leave soon."));
    }

    @Test
    void official_aBareTitleOpeningTheSentence_servesTheActorTheLastSentenceOpenedWith() {
        assertEquals(List.of("Lin Wei: spokesperson of China"),
                tenures("The Chinese defence ministry warned Hanoi and Manila. Spokesperson Lin Wei said the drills would go on."));
    }

    @Test
    void official_aPlaceOpeningTheSentence_isWhereABareTitlesHolderServes() {
        assertEquals(List.of("Nasser Kanaani: spokesman of Iran"),
                tenures("Talks resumed in Paris. In Tehran, foreign ministry spokesman Nasser Kanaani welcomed the move."));
    }

    @Test
    void statement_heSaidAfterARelativeClauseNamingAnother_meansTheMainPerson_whosePraiseIsSupport() {
        assertEquals(List.of("STATEMENT Luis Petri > Argentina support completed confirmed"),
                read("The deal was praised by Argentina's Defence Minister Luis Petri, who serves in the government of President Javier Milei. It restores a key capability, he said."));
    }

    @Test
    void statement_aBodyNamedWithoutItsState_isTheStateInFrames_andTheMinistryIsTheLastOneNamed() {
        assertEquals(List.of("STATEMENT Israel Defense Forces > Lebanon statement completed confirmed"),
                read("Israeli jets hit what the military said was a weapons depot in Lebanon."));
        // Its plain statement gives way to its sharper denial: one speaker, one row per kind of thing said.
        assertEquals(List.of("TRAINING Maldives > China planned confirmed", "STATEMENT Maldivian Defence Ministry > China denial completed confirmed"),
                read("China will train Maldivian officers, the Maldivian defence ministry said. The ministry denied that Chinese troops would be based there."));
    }

    @Test
    void deployment_forcesCountedAsNone_areNotSent() {
        assertEquals(List.of(), read("The president said no American ground troops would be sent to Haiti."));
    }

    @Test
    void statement_aCapitalsPossessiveBeforeAMinistrysGenericName_isThatStatesMinistry() {
        assertEquals(List.of("STATEMENT South Korean Defense Ministry > United States denial completed confirmed"),
                read("Seoul's Ministry of National Defense said there were no talks with Washington about cutting American troop numbers."));
    }

    @Test
    void statement_aPlainStatementBesideAWarningBySameSpeaker_isTheWarning() {
        assertEquals(List.of("DEPLOYMENT North Korea > Russia completed reported", "STATEMENT Lloyd Austin > Ukraine warning completed confirmed"),
                read("Lloyd Austin said that 3,000 North Korean troops had been sent to Russia. He warned that any who fought Ukraine would be targets."));
        assertEquals(List.of("STATEMENT Lloyd Austin > Ukraine warning completed confirmed"),
                read("Lloyd Austin warned that any troops who fought Ukraine would be targets. He said the risk was growing."));
    }

    @Test
    void deployment_forcesThatPatrolAStatesWaters_areThere_andTheIslandNationIsThePlaceJustNamed() {
        assertEquals(List.of("DEPLOYMENT Italy > Libya planned confirmed"), read("Italian naval forces will patrol Libyan waters from March."));
        assertEquals(List.of("ARMS_TRANSFER India > Maldives [Dornier 228] completed confirmed", "DEPLOYMENT India > Maldives ongoing confirmed"),
                read("India sent a Dornier aircraft to the Maldives in 2020. About 75 Indian soldiers remain in the island nation."));
    }

    @Test
    void treaty_aCapitalisedTitle_namesTheTreatyTheTextFirstDescribedByItsParties() {
        assertEquals(List.of("TREATY_SIGNING Japan > - [Convention on the Establishment of the Joint Missile Office] completed confirmed"),
                read("Japan, Britain and Italy signed a defence treaty on 3 March 2025. Japan's defence minister, Gen Nakatani, signed the "
                        + "Convention on the Establishment of the Joint Missile Office with British Defence Secretary John Healey and Italian Defence Minister Guido Crosetto."));
    }

    @Test
    void treaty_aTitledTreatyBetweenStates_bindsThemFromTheYearBeforeIt() {
        assertEquals(List.of("TREATY_SIGNING Greece > - [Treaty of Guarantee] completed confirmed"),
                read("British bases remain under the 1960 Treaty of Guarantee between Greece, Turkey and the United Kingdom."));
    }

    @Test
    void treaty_aDatedTreatyBetweenStates_bindsThem_butOneStillTalkedAboutDoesNot() {
        assertEquals(List.of("TREATY_SIGNING Chile > - [border treaty] completed confirmed"),
                read("Fishing rights are still governed by the 1984 border treaty between Chile and Argentina."));
        assertEquals(List.of("1984"), treatyDates("Fishing rights are still governed by the 1984 border treaty between Chile and Argentina."));
        assertEquals(List.of(), read("Talks on a border treaty between Chile and Argentina stalled."));
    }

    @Test
    void treaty_theYearInsideAKnownTreatysName_datesIt_andAHyphenatedTitleIsWhole() {
        assertEquals(List.of("1979"), treatyDates("Cairo and Jerusalem remain bound by a 1979 peace treaty."));
        assertEquals(List.of("TREATY_SIGNING Kazakhstan > - [Treaty of Eternal-Friendship] ongoing confirmed"),
                read("Kazakhstan and Uzbekistan are bound by the 1998 Treaty of Eternal-Friendship."));
    }

    @Test
    void treaty_aStateJoiningTheAccordJustRead_becomesAParty() {
        List<Event> events = events("Greece and Cyprus signed a maritime security accord in Athens. Egypt joined the accord a month later.");
        List<String> parties = events.stream().filter(e -> e.kind() == EventKind.TREATY_SIGNING)
                .flatMap(e -> e.parties().stream()).map(org.entente.mention.Entity::label).distinct().toList();
        assertEquals(List.of("Greece", "Cyprus", "Egypt"), parties);
    }

    @Test
    void treaty_tornUpOrDecadeOld_isStillTheAccordItsPartiesWereBoundBy_namedWithoutItsAge() {
        assertEquals(List.of("TREATY_SIGNING Mali > - [defence cooperation accord] completed confirmed"),
                read("Mali tore up a decade-old defence cooperation accord with France."));
    }

    @Test
    void transfer_signingForSystemsBuysThem_andAShareDonatedByEachGivesOneTransferPerDonor() {
        assertEquals(List.of("ARMS_TRANSFER France > Serbia [Rafale] planned confirmed"), read("Serbia signed for 12 Rafale fighters in August."));
        assertEquals(List.of("ARMS_TRANSFER France > Serbia [Rafale] planned confirmed", "ARMS_TRANSFER Russia > Serbia [MiG-29] completed confirmed",
                        "ARMS_TRANSFER Belarus > Serbia [MiG-29] completed confirmed"),
                read("Serbia bought Rafales. Its air force flies MiG-29s, six of them donated by Russia in 2017 and four by Belarus in 2019."));
    }

    @Test
    void statement_aSpeechVerbInsideWhatAnotherReports_isNoActOfItsOwn() {
        assertEquals(List.of("STATEMENT Ivan Anušić > - statement completed confirmed"),
                read("Croatia's defence minister, Ivan Anušić, insisted it threatened no one."));
    }

    @Test
    void transfer_aRelativeClauseAboutTheBuyer_endsAtItsComma_andAParticipleAfterSystemsIsAboutThem() {
        assertEquals(List.of("ARMS_TRANSFER United States > Japan [Tomahawk] ongoing confirmed"),
                read("Japan, which is buying 400 U.S. Tomahawk cruise missiles, already flies the F-35."));
        assertEquals(List.of("ARMS_TRANSFER France > Greece [Rafale] completed confirmed"),
                read("The jets will fly alongside the 24 Rafale aircraft delivered to Greece by France and the F-16 fleet now being upgraded."));
    }

    @Test
    void transfer_anAircraftCarrierIsNoAircraft() {
        assertEquals(List.of("ARMS_TRANSFER Germany > Saudi Arabia [Eurofighter Typhoon] completed confirmed"),
                read("Germany sold Eurofighter Typhoons to Saudi Arabia. Italy will send its aircraft carrier to Japanese waters."));
    }

    @Test
    void deployment_forcesPledgedByEachStateOfASubject_goWhereTheMissionJustReportedIs() {
        assertEquals(List.of("DEPLOYMENT Kenya > Haiti completed confirmed", "DEPLOYMENT Jamaica > Haiti announced confirmed",
                        "DEPLOYMENT Belize > Haiti announced confirmed", "DEPLOYMENT Benin > Haiti announced confirmed"),
                read("About 400 Kenyan police officers arrived in Haiti on Tuesday. Jamaica and Belize have pledged personnel, "
                        + "and Benin has offered some 2,000 troops."));
    }

    @Test
    void official_aNameAppointedToATitle_holdsIt_andTrainingReceivedFromAForceIsByItsState() {
        assertEquals(List.of("Garry Conille: prime minister of Haiti"),
                tenures("Garry Conille, appointed Haiti's prime minister earlier this month, thanked the Kenyans."));
        assertEquals(List.of("TRAINING Haiti > Kenya planned confirmed"),
                read("Haitian police officers will also receive training from the Kenyan contingent."));
    }

    @Test
    void statement_theBareTitleIsTheLastPersonNamedWithIt_andAPresenceOfForcesIsADeployment() {
        assertEquals(List.of("STATEMENT Nikos Dendias > Turkey condemnation completed confirmed", "DEPLOYMENT Turkey > Cyprus ongoing confirmed"),
                read("The Minister of National Defence, Nikos Dendias, was in Nicosia. The Minister condemned the continued presence of "
                        + "an estimated 40,000 Turkish troops in the occupied north of the island."));
    }

    @Test
    void official_aMiddleInitialBelongsToTheName() {
        assertEquals(List.of("Jonas P. Petraitis: defence minister of Lithuania"),
                tenures("Lithuania's defence minister, Jonas P. Petraitis, said the brigade was welcome."));
    }

    @Test
    void official_aBareTitlesNewHolderServesTheStateTheDocumentIsAbout() {
        assertEquals(List.of("Hoang Van Tran: deputy minister of national defence of Vietnam"),
                tenures("Vietnam will send doctors to South Sudan. Vietnam trains them at home. They completed training with Australian "
                        + "instructors. Deputy Minister of National Defence Hoang Van Tran will see them off."));
    }

    @Test
    void training_withForeignInstructorsAtHome_isByTheInstructorsState() {
        assertEquals(List.of("TRAINING Vietnam > Australia completed confirmed"),
                read("The team completed its training in Hanoi with Australian instructors."));
    }

    @Test
    void statement_aSpeechVerbJoinedToAnEarlierOne_sharesItsSpeaker_notTheSubjectOfWhatWasSaid() {
        assertEquals(List.of("STATEMENT Mao Ning > Philippines demand completed confirmed", "STATEMENT Mao Ning > - warning completed confirmed"),
                read("In Beijing, foreign ministry spokeswoman Mao Ning demanded that Manila send the launcher back, and warned that its presence could "
                        + "set off an arms race."));
    }

    @Test
    void transfer_whatAUnitIsEquippedWithItHas_andSystemsBoughtFromASellerAreHad() {
        assertEquals(List.of("ARMS_TRANSFER United States > Philippines [Typhon] planned confirmed"),
                read("The Philippine Army plans to buy the Typhon from the United States. A U.S. Army battery equipped with the Typhon is in Luzon."));
        assertEquals(List.of("ARMS_TRANSFER Israel > Colombia [IAI Kfir] completed confirmed"),
                read("Colombia's air force flies Kfir jets bought from Israel from 1989 onward."));
    }

    @Test
    void transfer_aDemonymJoinedToSupplied_namesTheSupplier_andAMonthIsNoOnesSurname() {
        assertEquals(List.of("ARMS_TRANSFER China > Pakistan [J-10] completed confirmed"),
                read("Pakistan's air force flew Chinese-supplied J-10C fighters during its conflict with India in May."));
        assertEquals(List.of(), read("Pakistan's air force flew Chinese-made J-10C fighters in May."));
    }

    @Test
    void statement_theSpeakersOwnActInThePresentInsideItsReport_isThatAct_forEachStateAPluralPronounStandsFor() {
        assertEquals(List.of("STATEMENT Norway > Syria condemnation completed confirmed", "STATEMENT Denmark > Syria condemnation completed confirmed"),
                read("Norway and Denmark said they \u201cfirmly condemn the shelling of Syrian villages."));
        assertEquals(List.of("STATEMENT Estonia > - statement completed confirmed"),
                read("Estonia said it condemned the shelling at the time, but talks went on."));
    }

    @Test
    void statement_aSpeechNounsSource_speaks() {
        assertEquals(List.of("STATEMENT Russia > - warning completed confirmed"),
                read("Finland's entry into the alliance drew a stern warning from the Kremlin."));
    }

    @Test
    void statement_anAdverbialPhraseInsideTheVerbGroup_keepsItsSubject_andAClaimCalledBaselessIsDenied() {
        assertEquals(List.of("STATEMENT China > - denial completed confirmed"),
                read("China has on several occasions rejected claims that it armed the rebels."));
        assertEquals(List.of("STATEMENT Dmitry Peskov > - denial completed confirmed"),
                read("Kremlin spokesman Dmitry Peskov branded the reports baseless."));
    }

    @Test
    void statement_aTitleOfSeveralWords_isTheLastPersonNamedWithIt() {
        assertEquals(List.of("STATEMENT Manasseh Sogavare > - accusation completed confirmed"),
                read("Solomon Islands Prime Minister Manasseh Sogavare spoke on Friday. The Prime Minister later blamed outside powers for the riots."));
    }

    @Test
    void deployment_anExistentialSentence_andTheEntryOfForces_placeThem() {
        assertEquals(List.of("DEPLOYMENT United States > Syria ongoing confirmed"), read("There are roughly 900 US troops in Syria."));
        assertEquals(List.of("STATEMENT Syria > United States condemnation completed confirmed", "DEPLOYMENT United States > Syria completed confirmed"),
                read("Damascus condemned the entry of 150 American troops into Syrian territory."));
    }

    @Test
    void transfer_systemsReceivedWithTheirFormerOwner_comeFromIt() {
        assertEquals(List.of("ARMS_TRANSFER Netherlands > Romania [F-16] completed confirmed"),
                read("Romania has received 18 former Dutch F-16s."));
        assertEquals(List.of("ARMS_TRANSFER Norway > Romania [F-16] completed confirmed"),
                read("Romania has received the last of 32 F-16s (two of them trainers) previously flown by the Norwegian air force."));
    }

    @Test
    void transfer_anInfinitiveAfterAPossessedNoun_isTheOwnersAct_andTheAircraftIsTheModelJustNamed() {
        assertEquals(List.of("TRAINING Ukraine > Belgium ongoing confirmed", "ARMS_TRANSFER Belgium > Ukraine [F-16] announced confirmed"),
                read("Belgium is training Ukrainian pilots on F-16 jets under its pledge to deliver the aircraft to Ukraine."));
    }

    @Test
    void treaty_signedAfterAnotherAct_byTheTwoCountries_orBindingThem() {
        assertEquals(List.of("TREATY_SIGNING Vietnam > - [defence cooperation agreement] completed confirmed"),
                read("Vietnam and India held talks in Hanoi. The two countries then signed a defence cooperation agreement."));
        assertEquals(List.of("TREATY_SIGNING United States > - [security cooperation agreement] completed confirmed"),
                read("US Defense Secretary Lloyd Austin and Slovak Defence Minister Jaroslav Nad spoke briefly before signing a security cooperation agreement."));
        assertEquals(List.of("TREATY_SIGNING Philippines > - [Mutual Defense Treaty between the United States and the Philippines] ongoing confirmed"),
                read("The Philippines and the United States are bound by a mutual defence treaty."));
    }

    @Test
    void official_theSameFirstAndFamilyName_isThePersonNamedInFullBefore() {
        assertEquals(List.of("Luis Alfonso Petri: defence minister of Argentina"),
                tenures("Argentina's defence minister, Luis Alfonso Petri, visited Denmark. Defence Minister Luis Petri then thanked his hosts."));
    }

    @Test
    void transfer_aPhrasalVerbsParticle_opensNoPhraseOfItsOwn() {
        assertEquals(List.of("ARMS_TRANSFER Norway > Estonia [NASAMS] planned confirmed"),
                read("Norway will hand over two NASAMS batteries to Estonia next spring."));
    }

    @Test
    void statement_aHearerAfterTell_isNotWhatWasSaid() {
        String doc = "---\ndate: 2024-10-25\n---\nKenya has bought three patrol boats from France, a Kenyan army officer told reporters in Nairobi.\n";
        List<String> said = text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events().stream()
                .filter(e -> e.kind() == EventKind.STATEMENT).map(Event::targetText).toList();
        assertEquals(List.of("Kenya has bought three patrol boats from France"), said);
    }

    @Test
    void deployment_readinessIsConsidered_andTheCountryOfAnOfficialIsTheirState() {
        assertEquals(List.of("STATEMENT Gitanas Nausėda > Germany statement completed confirmed",
                        "DEPLOYMENT Germany > Lithuania considered confirmed"),
                read("Lithuania's president said the country was willing to host a German brigade."));
    }

    @Test
    void deployment_forcesOfNoNationality_thatAStateBodyReportsArriving_areItsOwn() {
        assertEquals(List.of("STATEMENT United States Department of Defense > Japan statement completed confirmed",
                        "DEPLOYMENT United States > Japan completed confirmed"),
                read("The Pentagon said 200 Marines had landed in Okinawa."));
    }

    @Test
    void transfer_aPurchaseOfNoOneNamed_inAnOfficialsWords_isTheirStates() {
        assertEquals(List.of("ARMS_TRANSFER Germany > Greece [Leopard 2] completed confirmed"),
                read("Greek Defence Minister Nikos Dendias said the purchase of 20 Leopard 2 tanks from Germany was a good decision.")
                        .stream().filter(e -> e.startsWith("ARMS")).toList());
    }

    @Test
    void official_aNameEndsAtItsPossessive_keepsAHyphenedParticle_andABylinesByIsNoPartOfIt() {
        assertEquals(List.of("Haider al-Abadi: prime minister of Iraq"), tenures("Iraqi Prime Minister Haider al-Abadi's cabinet met on Monday."));
        assertEquals(List.of("Ana Castro: director of Peru"),
                tenures("By Ana Castro, Peru's director of communications"));
    }

    @Test
    void treaty_participationFrozenInAnAlliance_leavesItsFoundingTreaty_andADurationIsNoPartOfAName() {
        assertEquals(List.of("TREATY_SIGNING Kazakhstan > - [Collective Security Treaty] completed confirmed"),
                read("Kazakhstan froze its participation in the CSTO."));
        assertEquals(List.of("TREATY_SIGNING Ghana > - [security cooperation framework] completed confirmed"),
                read("Ghana and Togo signed a ten-year security cooperation framework in Lome."));
    }

    @Test
    void transfer_aModelTheReferenceLacks_isMadeWhereTheTextSays_andARelativeClauseWithCommasIsSteppedOver() {
        assertEquals(List.of("ARMS_TRANSFER Brazil > Uruguay [ZK-55] planned confirmed"),
                read("Uruguay plans to buy two Brazilian-made ZK-55 transport planes."));
        assertEquals(List.of("ARMS_TRANSFER Russia > Algeria [T-90] planned confirmed"),
                read("Algeria, whose army already fields tanks, trucks and radars from Moscow, announced last month the purchase of Russian-made T-90 tanks.")
                        .stream().filter(e -> e.startsWith("ARMS")).toList());
    }

    @Test
    void transfer_aUnitOfSystems_isWhatMoves_andForcesNeverReceive() {
        assertEquals(List.of("DEPLOYMENT Spain > Latvia completed confirmed", "ARMS_TRANSFER Spain > Ukraine [Leopard 2] considered confirmed"),
                read("Spain sent Spanish soldiers to Latvia. Spain is ready to hand over a battalion of Leopard 2 tanks to Ukraine."));
    }

    @Test
    void official_aFirstNameSpeltALittleDifferently_isTheReferencePersonOfThatSurname() {
        assertEquals(List.of("Lloyd Austin: defence secretary of United States"), tenures("Defence Secretary Loyd Austin spoke in Manila."));
        assertEquals(List.of(), tenures("Mark Blinken, a banker, spoke in Manila."));
    }

    @Test
    void official_aDemonymBeforeATitle_isItsOwnerNotAWordOfTheRole() {
        assertEquals(List.of("Jaroslav Naď: defense minister of Slovakia"), tenures("Slovak Defense Minister Jaroslav Nad toured the base."));
    }

    @Test
    void statement_aTitledSpeakerRightAfterADate_isAPhraseOfItsOwn() {
        assertEquals(List.of("STATEMENT Emmanuel Macron > France statement completed confirmed",
                        "DEPLOYMENT France > Estonia planned confirmed"),
                read("On May 3 French President Emmanuel Macron said that 200 French soldiers will be sent to Estonia."));
    }

    @Test
    void statement_aProtestLodged_andConcernExpressed_areTheSubjectsWords() {
        assertEquals(List.of("STATEMENT Vietnam > China condemnation completed confirmed"),
                read("Hanoi lodged a protest with Beijing over the survey ship."));
        assertEquals(List.of("STATEMENT Australia > - statement completed confirmed"),
                read("Canberra expressed concern over the missile test."));
    }

    @Test
    void transfer_ofTwoSidesToAContract_theMakersSells() {
        assertEquals(List.of("ARMS_TRANSFER South Korea > Poland [K9 Thunder] planned confirmed"),
                read("Seoul and Warsaw signed a contract for 96 K9 howitzers.").stream().filter(e -> e.startsWith("ARMS")).toList());
    }

    @Test
    void transfer_whatAnAidPackageIncludes_goesFromItsGiverToItsReceiver() {
        assertEquals(List.of("ARMS_TRANSFER Norway > Ukraine [NASAMS] announced confirmed"),
                read("Norway unveiled a new aid package for Ukraine on Friday. The package includes two NASAMS batteries."));
        assertEquals(List.of("ARMS_TRANSFER Denmark > Ukraine [CV90] ongoing confirmed"),
                read("Denmark approved a package for Ukraine that includes CV90 vehicles."));
    }

    @Test
    void treaty_aTitleWithItsOwnAnd_isOneName_andAPartnershipUnveiledIsFormed() {
        assertEquals(List.of("TREATY_SIGNING Ghana > - [Maritime Security and Cooperation Accord] completed confirmed"),
                read("Ghana and Togo signed the Maritime Security and Cooperation Accord in Accra."));
        assertEquals(List.of("TREATY_SIGNING Australia > - [AUKUS] completed confirmed"),
                read("Australia, Britain and the United States unveiled the AUKUS partnership in 2021."));
    }

    @Test
    void training_aBareInfinitiveAfterHelp_isDoneByItsSubject_andAPostposedItIsNoActorOfWhatWasSaid() {
        assertEquals(List.of("TRAINING Cambodia > China planned confirmed"), read("China will help train Cambodian naval officers at the Ream base."));
        assertEquals(List.of("TRAINING Ukraine > Canada completed reported"),
                read("The Canadian army helped train Ukrainian soldiers in 2015, it said."));
    }

    @Test
    void training_forcesLearningToFlySomewhere_areTrainedThere() {
        assertEquals(List.of("TRAINING Ukraine > Romania ongoing confirmed"), read("Ukrainian pilots are learning to fly F-16s in Romania."));
    }

    @Test
    void treaty_aPactBetweenTwoStatesSignedInThePassive_andANewTreatyOfOtherSigners_isAnotherTreaty() {
        assertEquals(List.of("TREATY_SIGNING Qatar > - [defence pact] completed confirmed",
                        "TREATY_SIGNING Russia > - [treaty] completed confirmed"),
                read("A defence pact between Qatar and Turkey was signed in Doha. The new treaty was signed by Foreign Ministers "
                        + "Sergey Lavrov and Abbas Araghchi."));
    }

    @Test
    void official_aWordBeforeANameParticle_isAFirstName_notAReferencePersonsSurname() {
        assertEquals(List.of("Ali al-Dabbagh: government spokesman of Iraq"),
                tenures("Iraqi officials met on Monday. Government spokesman Ali al-Dabbagh said the vote would pass."));
    }

    @Test
    void statement_anOpeningParticipleClause_reportsNothing() {
        assertEquals(List.of("STATEMENT Lloyd Austin > United States statement completed confirmed"),
                read("Asked about the drills near Taiwan, Defense Secretary Lloyd Austin said Washington was watching closely."));
    }
}
