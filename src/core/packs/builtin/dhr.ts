import type { PackInput } from "../schema";
import { sharedQa } from "./qa-sets";

/**
 * Domestic Homicide Review IMR: the Greater Manchester DHR policy (GMAC Team, February 2012),
 * Appendix 3 – IMR Template. Guidance notes, cover hints, example-row texts and analysis
 * questions are copied word for word from the seed (its typing slips included, e.g. "provide
 * below"); only the leading "Guidance –" labels are dropped. Section titles carry no numbers:
 * heading matching ignores numbering.
 */

/** Labels of the details table above the chronology and the action plan in the seed. */
const detailsFields = [
  "Name of Agency:",
  "IMR Report Writer:",
  "Dates as given in the Terms of Reference:",
  "Name (s) or initials of victim, perpetrator or relevant persons:",
];

export const dhrPack: PackInput = {
  schemaVersion: 1,
  id: "dhr",
  title: "Domestic Homicide Review (DHR) IMR",
  reviewType: "DHR",
  description:
    "Individual Management Review for a Domestic Homicide Review (DHR), now also called a Domestic Abuse Related Death Review (DARDR): cover sheet, methodology, terms of reference, agency involvement, comprehensive agency chronology, analysis, learning and a single agency action plan.",
  source:
    "Greater Manchester Domestic Homicide Review Policy (GMAC Team, February 2012), Appendix 3 – IMR Template",
  // The seed predates the Government Security Classifications (April 2014): it is marked
  // "NOT PROTECTIVELY MARKED" and its overview reports "Restricted" under the old Government
  // Protective Marking Scheme. Reports about a named victim are OFFICIAL-SENSITIVE today.
  protectiveMarking: {
    default: "OFFICIAL-SENSITIVE",
    obsolete: ["RESTRICTED", "PROTECT", "NOT PROTECTIVELY MARKED"],
  },
  preamble: [
    {
      id: "about-template",
      paragraphs: [
        "This following document template aims to assist individuals who have been requested to complete an Individual Management Review (IMR) report. This will be in relation to a case that has been considered by the Domestic Homicide Review Panel as one that would provide lessons to be learnt and inform development in safeguarding practice. When completing the IMR report on the template, the notes in red italics are there as support and guidance to authors. These notes must be deleted before the IMR report is submitted.",
      ],
    },
    {
      id: "no-assumed-knowledge",
      paragraphs: [
        "It is important that IMR authors do not assume that people who read their reports have any knowledge of the issues under examination. Consequently, it is important to ensure that the evidence, upon which conclusions and recommendations are drawn, is clearly stated. Do not use agency abbreviations, jargon or initials.",
      ],
    },
    {
      id: "independence",
      paragraphs: [
        "To ensure independent oversight and analysis are brought to the Domestic Homicide Review process, IMRs should not be written by anyone with direct involvement, or first line management involvement, with the victim or their family.",
      ],
    },
    {
      id: "quality-assurance-sequence",
      paragraphs: [
        "It is important to note that individual agencies will have their IMR process reports assessed sequentially by:",
        {
          text: "The designated Senior Manager who will ‘quality assure’ the IMR report against required standards and accept its contents on behalf of the agency, before its submission, ensuring that the report is appropriately thorough, analytical and challenging; accept its contents on behalf of the agency and submit it to the Case Review Panel. Please note that appropriate arrangements for the ‘quality assurance’ of IMR reports should be made by each individual agency prior to submission of the report and sufficient time should be made to get this task completed within the timescale.",
          bullet: true,
        },
        {
          text: "The Chair of the Case Review Panel and the Panel members have the authority to challenge IMR reports where they deem them not to be of a sufficient standard. All the IMR reports will be closely scrutinised, and if not of sufficient quality to aid the analysis and learning required for a Case Review, these will be returned for ‘revision’ to the agency.",
          bullet: true,
        },
      ],
    },
    // Red italic in the seed, beside the report title.
    { id: "agency-logo", paragraphs: ["Insert name and / or agency logo here"] },
  ],
  cover: {
    title: "INDIVIDUAL MANAGEMENT REVIEW REPORT FOLLOWING DOMESTIC HOMICIDE",
    fields: [
      { id: "subject", label: "Domestic Homicide Review in respect of" },
      { id: "date-of-birth", label: "Date of Birth" },
      { id: "date-of-death", label: "Date of Death" },
      { id: "victim-diversity", label: "Ethnicity / Diversity issues for the victim" },
      {
        id: "perpetrator",
        label: "Details of perpetrator (s)",
        hint: "Including ethnicity / diversity issues and relationship to victim",
      },
      {
        id: "other-persons",
        label: "Details of other relevant persons",
        hint: "Children or adults including ethnicity / diversity issues",
      },
      {
        id: "author",
        label: "Author of IMR",
        hint: "Insert name and designation of IMR author here",
      },
      {
        id: "agency",
        label: "Agency",
        hint: "Name of agency Including a brief agency profile describing what the agency does",
      },
      {
        id: "quality-assured-by",
        label: "Quality assured and approved by",
        hint: "Insert name and designation of the person quality assuring and signing off the report on behalf of the agency",
      },
      {
        id: "first-submission",
        label: "Date of first submission",
        hint: "Date the first IMR was submitted to the Domestic Homicide Review Panel",
      },
      {
        id: "revision",
        label: "Date of revision",
        hint: "Date revised version submitted (if applicable)",
      },
      {
        id: "final-submission",
        label: "Date of final submission",
        hint: "Date the final IMR was submitted (if applicable)",
      },
    ],
  },
  sections: [
    {
      id: "methodology",
      title: "Methodology",
      aliases: ["Source documentation", "Sources of information"],
      startingText: [
        "We have included what we consider to be relevant to the terms of reference for this Domestic Homicide Review. The following sources of information regarding the victim, perpetrator and other relevant persons have been used to inform the report.",
      ],
      guidance: [
        {
          id: "methodology",
          paragraphs: [
            "List the interventions undertaken; documents and sources of information your agency has used to compile the IMR report. For example, consultation, case file notes made by named professionals, interviews with named persons.",
          ],
        },
      ],
    },
    {
      id: "terms-of-reference",
      title: "Terms of Reference",
      guidance: [
        {
          id: "terms-of-reference",
          paragraphs: [
            "The specific Terms of Reference for the DHR will be inserted here. You should already have been provided with the Terms of Reference, if they are not available please contact your DHR Panel representative.",
            "Include here details of any parallel reviews or processes.",
            "It is possible that the Terms of Reference will be amended by the DHR panel and independent chair in the course of the review. Keep your Terms of Reference numbered and keep to the numbering throughout when making any reference to the Terms of Reference.",
          ],
        },
      ],
    },
    {
      id: "agency-involvement",
      title: "Agency Involvement",
      aliases: ["Introduction & details of Agency", "Factual & contextual summary"],
      guidance: [
        {
          id: "agency-involvement",
          paragraphs: [
            "Provide a brief factual and contextual summary of your agency's involvement with the victim, perpetrator or family for the time period identified in the Terms of Reference. It should summarise:",
            { text: "The events that occurred", bullet: true },
            { text: "Information known to the agency", bullet: true },
            { text: "Decisions reached", bullet: true },
            { text: "Services offered and provided, and", bullet: true },
            { text: "Any other action taken", bullet: true },
          ],
        },
      ],
    },
    {
      id: "chronology",
      title: "Comprehensive Agency Chronology",
      aliases: ["Chronology of agency involvement", "Agency chronology", "Chronology"],
      guidance: [
        {
          id: "chronology",
          paragraphs: [
            "The comprehensive agency chronology template can be seen on the next page. This will detail your agency's involvement with the victim, perpetrator and other relevant persons. Construct a comprehensive chronology of involvement by your agency and / or professional (s) in contact with the victim, perpetrator or relevant persons over the time period set out in the Terms of Reference.",
            "It is important that you insert the date as per the example to facilitate merging with chronologies from other agencies and that nothing else is entered in the date column. Where abbreviations are used please provide a glossary at the back of the document. You may be required to submit a completed chronology template before the other sections of the report.",
            "The information required under each heading relates to each contact your agency had in relation to the victim, perpetrator or relevant persons. The 'comment' column should be used if the agency reviewer wishes to comment on the appropriateness / quality of the interventions or whether it raises any other professional issue.",
          ],
        },
      ],
      table: "chronology",
    },
    {
      id: "summary",
      title: "Summary of Agency Involvement",
      aliases: ["Factual summary of agency involvement", "Summary of involvement"],
      guidance: [
        {
          id: "summary",
          paragraphs: [
            "The report writer must review the information in the comprehensive chronology and provide a description of the key events, highlighting concerns, omissions and good practice.",
          ],
        },
      ],
    },
    {
      id: "analysis",
      title: "Analysis of Involvement",
      aliases: ["Analysis of agency involvement"],
      guidance: [
        {
          id: "analysis",
          paragraphs: [
            "The report writer must review the information in the comprehensive chronology and produce a report which rigorously analyses the involvement of their agency. Please use the template questions provide below, and if any sections do not apply to your agency then identify that this is the case.",
            "Consider the events that occurred, the decisions made, the actions taken or not. Analyse where judgements were made, or actions taken, which indicate that practice or management could be improved. Practice at individual and organisational levels must be openly and critically analysed against national and local statutory requirements, professional standards and current procedural guidance.",
            "Your analysis should reflect willingness by your agency to challenge practice and address wider agency responsibility. Analysis must always relate to the Terms of Reference and the time period at the beginning of the document unless there is a significant incident outside of this.",
            "Good practice should be highlighted and areas for change in practice must be clearly identified. Where practice has changed from that detailed in the chronology i.e. a new service or revised procedures, this should be explained.",
            "Facts should not be stated without their origin and all abbreviations and acronyms should be fully explained.",
            "Some specific questions to consider in this section include:",
          ],
        },
      ],
      questions: [
        "Summarise your analysis of the involvement of your agency with the victim, perpetrator or other relevant persons.",
        "Summarise decisions reached, the services offered and / or provided to the victims, perpetrator and other relevant persons.",
        "Were practitioners sensitive to the needs of the victim or other relevant persons, knowledgeable about potential indicators of abuse or neglect, and about what to do if they had concerns about someone experiencing domestic abuse? Was it reasonable to expect them, given their level of training and knowledge to fulfil these expectations?",
        "Did the agency have in place policies and procedures for acting on domestic abuse, sharing information and safeguarding children and adults at risk? How are staff made aware of the agency's policies and procedures? Were these assessment tools, procedures and policies professionally accepted as effective?",
        "Did the agency have in place policies and procedures for risk assessment and risk management for domestic abuse victims (e.g. Domestic Abuse Stalking and Harassment DASH risk assessment model) or perpetrators and were those assessments correctly used in the case of this victim / perpetrator? Was the victim subject to a MARAC and if not was there evidence that they should have been?",
        "What were the key relevant points / opportunities for assessment and decision making in this case in relation to the victim, perpetrator or other relevant persons?",
        "Do decisions appear to have been reached in an informed and professional way?",
        "Describe how actions accorded with assessments and decisions made? Were appropriate services offered / provided, or relevant enquiries made, in the light of assessments. Was the victims or other relevant persons satisfied with services offered / provide?",
        "When, and in what way, were the wishes and feelings of adult victim (s) or children ascertained and considered? Was this information recorded? Is it reasonable to assume that the wishes of the victim should have been known?",
        "How accessible were services for the victims, perpetrator or other relevant persons?",
        "Was it deemed necessary to complete a Mental Capacity assessment and was the person's mental capacity taken into account throughout the agency's involvement with the client? Why, where and how was this information recorded?",
        "Where relevant were appropriate care plans or safeguarding adults or children's processes in place? Or care plan reviews and / or safeguarding reviewing processes complied with?",
        "Was the agency practice sensitive to the racial, cultural, linguistic and religious identity of the victim, perpetrator or other relevant persons? Was consideration for vulnerability and disability required? Is this information routinely collected by your agency and used in assessments?",
        "Was the perpetrator known? For example, were they managed under MAPPA?",
        "Were senior managers, or other agencies and professionals, involved at points where they should have been? Were there any organisational difficulties such as resources and capacity issues? Are training, supervision, administrative and recording systems satisfactory?",
        "Was the work in this case consistent with agency and Safeguarding Adults and Children's Board policy, protocols, guidance and wider professional standards?",
        "Are there any particular features of this case, or issues surrounding the death or injury of the victim, that you consider requires further comment in respect of your agency's involvement? To what degree could the homicide have been accurately predicted or prevented?",
      ],
    },
    {
      // Unnumbered in the seed, between 7 (Analysis of Involvement) and 8 (Action Plan): a
      // sub-section of the analysis, so level 2.
      id: "learning",
      title: "What has been learned from this case?",
      level: 2,
      aliases: [
        "What has been learnt from this case?",
        "What do we learn from this case?",
        "Lessons learnt",
        "Lessons learned",
        "Learning",
        "Effective Practice/Lessons Learnt",
      ],
      guidance: [
        {
          id: "learning",
          paragraphs: [
            "The report author will identify specific lessons which his / her agency can learn from the case. These can include areas of good practice as well as ways in which practice can be improved. This section will inform the subsequent section on recommendations for action.",
          ],
        },
      ],
      questions: [
        "Are there lessons from this case, for the way in which this agency works, to safeguard children, adults at risk of abuse and those experiencing domestic abuse, and promote their welfare?",
        "Is there good practice to highlight, as well as ways in which practice can be improved?",
        "Are there implications for ways of working, training, management / supervision, working in partnership with other agencies or resource / service provision?",
      ],
    },
    {
      id: "action-plan",
      title: "Action Plan",
      aliases: [
        "Recommendations for action",
        "Single Agency Recommendations for Action",
        "Recommendations",
      ],
      guidance: [
        {
          id: "action-plan",
          paragraphs: [
            "Recommendations for the Action Plan must flow from the previous section. Individual agency recommendations contained in this report will be considered by the DHR panel for inclusion in the Overview Report. The DHR Panel may also recommend further actions for your agency to be included in the Overview Report. Any individual agency recommendations not included in the Overview Report are expected to be acted on within individual agency governance arrangements. Recommendations should be few in number, focused and specific, and capable of being implemented. Views on how these could be achieved and resources required should be included",
            "Recommendations should where needed be divided into Multi-agency and Single Agency recommendations",
          ],
        },
      ],
      table: "actionPlan",
    },
  ],
  chronology: {
    title: "Comprehensive Agency Chronology",
    headerFields: detailsFields,
    // Red italic in the seed, beside the chronology's title.
    guidance: [{ id: "chronology-logo", paragraphs: ["Insert agency name and / or logo"] }],
    columns: [
      {
        id: "date",
        header: "Date",
        kind: "date",
        required: true,
        aliases: ["Date of contact", "Date of event"],
        example: "01/01/2012",
      },
      { id: "time", header: "Time", kind: "time", aliases: ["Time of contact"], example: "17:00" },
      {
        id: "source",
        header: "Source of evidence",
        required: true,
        aliases: ["Source of Information", "Source of Information/Event", "Source"],
        example: "E.g. case record, interview, minutes",
      },
      {
        id: "professional",
        header: "Name of professional",
        aliases: ["Name and Role of Professional", "Professional", "Practitioner"],
        example: "Name of professional that had the contact",
      },
      {
        id: "contact-with",
        header: "Contact with",
        aliases: ["Who the contact was with", "Contact"],
        example: "Victim, perpetrator or relevant persons",
      },
      {
        id: "event",
        header: "Event description, actions taken, decisions made",
        required: true,
        aliases: [
          "Key interventions, actions taken and decisions made",
          "Activity",
          "Event description",
          "Event",
        ],
        example:
          "Detail what the contact involved, what actions or decisions were made, and the outcome of the contact",
      },
      {
        id: "comments",
        header: "Comments",
        aliases: ["Comment", "Agency reviewer's comments"],
        example:
          "Were internal policies adhered to, is it relevant to the DHR Terms of Reference, any gaps or missing records, any gaps in contact.",
      },
    ],
  },
  actionPlan: {
    title: "Single Agency Recommendations for Action",
    headerFields: detailsFields,
    // Red italic in the seed, beside the action plan's title.
    guidance: [{ id: "action-plan-logo", paragraphs: ["Insert agency name and / or logo"] }],
    columns: [
      { id: "number", header: "No.", aliases: ["No", "Number", "Ref"], example: "1" },
      {
        id: "recommendation",
        header: "Recommendation",
        example: "As they are written in the report",
      },
      {
        id: "key-actions",
        header: "Key Actions",
        aliases: ["Actions", "Action"],
        // The seed's three paragraphs in this cell, joined by spaces.
        example:
          "Indicate the actions or series of actions to be taken to achieve the expected outcomes. These must be Specific Measurable Achievable Realistic and Timely. Examples might be, delivery of training, development of new policy, introduce new standards, review working practices etc.",
      },
      {
        id: "evidence",
        header: "Evidence",
        example:
          "Describe the evidence you will provide to the Review Panel to show the actions are being undertaken or achieved. These might include correspondence, minutes of meetings, new policy, training materials etc",
      },
      {
        id: "key-outcomes",
        header: "Key Outcomes",
        aliases: ["Outcomes", "Expected outcome"],
        example:
          "What improvement in service should result from the action? E.g. increased awareness of multi-agency referrals, quicker access to services etc.",
      },
      {
        id: "lead-officer",
        header: "Lead Officer",
        aliases: ["Lead", "Responsible officer"],
        example: "Designation of lead officer charged with implementing the action",
      },
      {
        id: "date",
        header: "Date",
        kind: "date",
        aliases: ["Target date", "Timescale", "Completion date"],
        example: "01/01/2012 Date by which actions will be completed",
      },
    ],
  },
  qa: sharedQa,
};
