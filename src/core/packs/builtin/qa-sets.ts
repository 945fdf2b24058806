import type { PackInput } from "../schema";

/**
 * QA sets shared by more than one built-in pack, copied word for word from the seed documents.
 * Each criterion names the check-engine evidence providers that bear on it (EVIDENCE_PROVIDERS);
 * a criterion no check can inform (e.g. "Author was independent") has none and is answered by
 * the reviewer alone.
 */

/** The evidence providers the QA panel can show against a criterion. */
export const EVIDENCE_PROVIDERS = [
  /** Chronology row count and rows outside the period in the terms of reference. */
  "chronology",
  /** Findings on whether recommendations are SMART. */
  "recommendations",
  /** Missing or empty sections. */
  "sections",
  /** Judgemental language findings. */
  "language",
  /** Acronyms and abbreviations not defined. */
  "acronyms",
  /** Full names left in the text. */
  "anonymisation",
  /** Whether the analysis addresses protected characteristics (ethnicity, disability, ...). */
  "diversity",
  /** Whether the report addresses the terms of reference. */
  "terms-of-reference",
  /** Request, submission and sign-off dates against the agreed timescale. */
  "timescale",
] as const;

export type EvidenceProvider = (typeof EVIDENCE_PROVIDERS)[number];

type QaSetInput = PackInput["qa"]["sets"][number];

/** A QA set whose evidence names are checked against EVIDENCE_PROVIDERS at compile time. */
interface TypedQaSet extends Omit<QaSetInput, "criteria"> {
  criteria: { id: string; text: string; evidence: EvidenceProvider[] }[];
}

/** Greater Manchester DHR policy (February 2012), Appendix 4: Quality Assurance Template. */
export const gmDhrQaSet: TypedQaSet = {
  id: "gm-dhr-qa",
  title: "Individual Management Review Quality Assurance Form",
  source: "Greater Manchester DHR policy, Appendix 4",
  answers: ["Yes", "No", "Partially"],
  criteria: [
    {
      id: "scope",
      text: "The scope of the review is unambiguous, outcome-focused and supported by clear terms of reference",
      evidence: ["terms-of-reference"],
    },
    { id: "independent-author", text: "Author was independent", evidence: [] },
    {
      id: "legal-advice",
      text: "Access to legal advice available for critical aspects",
      evidence: [],
    },
    {
      id: "timescale",
      text: "Report is completed within agreed timescale",
      evidence: ["timescale"],
    },
    {
      id: "genogram",
      text: "Report includes genogram and full details of changes to the family composition for the identified time period including transient members as appropriate",
      evidence: ["sections"],
    },
    {
      id: "chronology",
      text: "Report includes chronology of involvement for identified time period",
      evidence: ["chronology", "sections"],
    },
    {
      id: "individual-needs",
      text: "Report takes account of the individual needs of the victim and family members",
      evidence: ["diversity"],
    },
    {
      id: "identity",
      text: "Report is sensitive to the racial, cultural and linguistic identity of the victim and family members",
      evidence: ["diversity", "language"],
    },
    {
      id: "how-and-why",
      text: "Report reflects a critical examination of the facts and provides a credible explanation for how and why events occurred",
      evidence: ["sections"],
    },
    {
      id: "actions-and-decisions",
      text: "Report reflects a critical examination of the facts and provides a credible explanation for actions/ decisions that were/ were not taken",
      evidence: ["sections", "chronology"],
    },
    {
      id: "practice-analysed",
      text: "Practice at individual and organisational level is analysed openly and critically against local and national requirements, professional standards and local procedural guidance",
      evidence: ["sections", "language"],
    },
    {
      id: "good-practice",
      text: "Good practice is highlighted beyond expected minimum practice",
      evidence: ["sections"],
    },
    {
      id: "research",
      text: "Report has drawn on relevant and contemporary research",
      evidence: [],
    },
    {
      id: "action-plan",
      text: "Report contains an action plan with measurable and relevant recommendations for improvement and a timescale for implementation.",
      evidence: ["recommendations", "sections"],
    },
    {
      id: "action-plan-agreed",
      text: "Action plan has been agreed with relevant senior management groups",
      evidence: [],
    },
  ],
};

/**
 * NCVPP, "Practice Advice to Support the Writing of Individual Management Reviews: A summary for
 * review leads": one criterion per checklist item. The seed groups the items under headings; the
 * criterion ids carry the group (characteristics-, language-, methodology-, overview-,
 * analysis-, learning-, recommendations-, ownership-) because a QA set has no group field.
 */
export const ncvppPoliceQaSet: TypedQaSet = {
  id: "ncvpp-police",
  title: "NCVPP checklist for quality assuring and signing off a police IMR",
  source:
    "National Centre for Violence Against Women & Girls and Public Protection (NCVPP), Practice Advice to Support the Writing of Individual Management Reviews: A summary for review leads",
  answers: ["Yes", "No", "Partially"],
  criteria: [
    // Recording the victim and suspect's characteristics
    {
      id: "characteristics-recorded",
      text: "Are you content that the IMR clearly records all the known characteristics of the victim and suspect, and identifies where this information is not known?",
      evidence: ["diversity"],
    },
    {
      id: "characteristics-decision-making",
      text: "Are you content that the IMR gives appropriate consideration to how professional decision making has been influenced by the victim and suspect's characteristics?",
      evidence: ["diversity"],
    },
    {
      id: "characteristics-intersect",
      text: "Are you content that these characteristics, and how they intersect, have been considered throughout the analysis?",
      evidence: ["diversity"],
    },
    {
      id: "characteristics-services",
      text: "Are you assured these characteristics have been considered in terms of the victim and suspect's interaction with services and the relevance of these characteristics to the incident?",
      evidence: ["diversity"],
    },
    // The importance of appropriate language
    {
      id: "language-neutral",
      text: "Are you content that the language used within the IMR is appropriate, neutral in tone, and avoids assumptions or judgements?",
      evidence: ["language"],
    },
    {
      id: "language-clear",
      text: "Are you assured that the language is clear to a range of audiences, with definitions provided where specialist terminology and acronyms are used?",
      evidence: ["acronyms", "language"],
    },
    {
      id: "language-family",
      text: "Are you content that the language used would be received well by the victim or their friends and family if published in the statutory review?",
      evidence: ["language", "anonymisation"],
    },
    // IMR methodology
    {
      id: "methodology-steps",
      text: "Are you assured that the IMR clearly records the steps taken to conduct the review, including identifying which systems have been accessed, and what interviews have been conducted?",
      evidence: ["sections"],
    },
    {
      id: "methodology-sources-not-accessed",
      text: "Does the IMR clearly identify the sources of information the author has not been able to access, and the reasoning for this?",
      evidence: ["sections"],
    },
    // Overview of police contact
    {
      id: "overview-police-contact",
      text: "Are you content that the IMR presents a clear overview of all the relevant events of police contact concerning the victim and suspect within the timescale under review and avoids unnecessary repetition?",
      evidence: ["chronology", "sections"],
    },
    // Analysis of police practice
    {
      id: "analysis-critical",
      text: "Are you assured that the IMR author has critically analysed all relevant police contact throughout the review period? Are you content with the critical assessment made by the author?",
      evidence: ["sections", "chronology", "language"],
    },
    {
      id: "analysis-policy",
      text: "Are you content that the IMR accurately identifies whether practice was consistent with policies/procedures at the time of the incident?",
      evidence: ["sections"],
    },
    {
      id: "analysis-good-practice",
      text: "Are you content that good practice and missed opportunities within the police response have been appropriately identified and highlighted within the IMR?",
      evidence: ["sections"],
    },
    {
      id: "analysis-terms-of-reference",
      text: "Are you content that the IMR addresses all points within the terms of reference?",
      evidence: ["terms-of-reference"],
    },
    // Identification of learning points
    {
      id: "learning-defined",
      text: "Are you content that the learning points are clearly defined and are linked back to the significant incidents within the review?",
      evidence: ["sections"],
    },
    {
      id: "learning-action-taken",
      text: "Does the IMR identify where action has already been taken to address the identified learning points? Are you content that this appropriately captures the force activity against this learning?",
      evidence: ["sections", "recommendations"],
    },
    // Recommendations
    {
      id: "recommendations-content",
      text: "Are you content with the recommendation(s) made within the IMR?",
      evidence: ["recommendations"],
    },
    {
      id: "recommendations-smart",
      text: "Are you assured that the recommendation(s) are outcome-based and adhere to the SMART criteria?",
      evidence: ["recommendations"],
    },
    {
      id: "recommendations-action-plan",
      text: "Is any associated action plan completed in full?",
      evidence: ["recommendations", "sections"],
    },
    // Getting learning back into the system
    {
      id: "ownership-identified",
      text: "Are you assured that the individuals with ownership for implementing the recommendation(s) are clearly identified?",
      evidence: ["recommendations"],
    },
    {
      id: "ownership-authority",
      text: "Are you content that the identified individuals are appropriate and have sufficient authority to hold ownership of the recommendation(s)?",
      evidence: ["recommendations"],
    },
    {
      id: "ownership-dissemination",
      text: "Are you content that the IMR identifies how the identified learning will be disseminated and communicated to relevant individuals/teams?",
      evidence: ["sections"],
    },
    {
      id: "ownership-dates",
      text: "Are you assured that the IMR clearly identifies the IMR request and completion date, and you have indicated the date the IMR was quality assured and signed off?",
      evidence: ["timescale"],
    },
    {
      id: "ownership-strategy",
      text: "Are you assured that recommendations and learning points are linked, where appropriate, to your force's vulnerability and protection strategy?",
      evidence: ["recommendations"],
    },
  ],
};

/** The QA part of a built-in pack: both shared sets, the GM form chosen by default. */
export const sharedQa: PackInput["qa"] = {
  defaultSet: gmDhrQaSet.id,
  sets: [gmDhrQaSet, ncvppPoliceQaSet],
};
