import type { PackInput } from "../schema";
import { sharedQa } from "./qa-sets";

/**
 * Child Safeguarding Practice Review IMR: Derbyshire Children's Services IMR process.
 * Appendix 4 (CSPR IMR template) gives the sections and their guidance; Appendix 3 the 4-column
 * chronology and "Key to Initials Used"; Appendix 1 (Derbyshire CS IMR guidance) the chronology
 * note and the areas the analysis should consider. Text is copied word for word, including the
 * seed's own slips (the "DHR" in "Background and reason for undertaking DHR", "included IMR's").
 * The template's numbering jumps from 3 to 6; titles carry no numbers here.
 */
export const csprPack: PackInput = {
  schemaVersion: 1,
  id: "cspr",
  title: "Child Safeguarding Practice Review (CSPR) IMR",
  reviewType: "CSPR",
  description:
    "Individual Management Review for a Child Safeguarding Practice Review (CSPR), after Derbyshire Children's Services: introduction, terms of reference, methodology, summary of agency involvement with the professionals involved, analysis, effective practice and lessons learnt, recommendations, and the chronology with its key to initials.",
  source:
    "Derbyshire Children's Services, Individual Management Reviews: Appendix 1 (IMR guidance), Appendix 3 (CSPR chronology template) and Appendix 4 (CSPR IMR template)",
  // The seed's template is headed "RESTRICTED" and "CONFIDENTIAL": markings of the Government
  // Protective Marking Scheme, replaced by the Government Security Classifications in April 2014.
  protectiveMarking: {
    default: "OFFICIAL-SENSITIVE",
    obsolete: ["RESTRICTED", "CONFIDENTIAL", "PROTECT", "NOT PROTECTIVELY MARKED"],
  },
  cover: {
    title:
      "Child Safeguarding Practice Review: Individual Management Review (Derbyshire Children’s Services)",
    fields: [
      { id: "ref", label: "Ref:" },
      { id: "author", label: "Author:" },
      { id: "date", label: "Date:" },
      // At the end of the seed's template; kept with the cover so the sign-off is in one place.
      { id: "signed-author", label: "Signed (author):" },
    ],
  },
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      guidance: [
        {
          id: "introduction",
          paragraphs: [
            "Name, job title and e-mail address of person completing this IMR (include confirmation regarding independence from the line management of the case).",
          ],
        },
      ],
    },
    { id: "terms-of-reference", title: "Terms of Reference" },
    {
      id: "family-composition",
      title: "Family composition (including genogram)",
      level: 2,
      aliases: ["Family composition", "Family/Household composition", "Genogram"],
    },
    {
      id: "background",
      title: "Background and reason for undertaking DHR",
      level: 2,
      aliases: ["Background and reason for undertaking the review", "Background"],
      guidance: [{ id: "background", paragraphs: ["As set out in the terms of reference"] }],
    },
    {
      id: "scope",
      title: "Scope of the review",
      level: 2,
      aliases: ["Scope"],
      guidance: [
        {
          id: "scope",
          paragraphs: [
            "Confirm the report will include any significant events between the periods set out in the terms of reference. Any significant/relevant events outside of these timeframes should be included IMR’s and Chronologies.",
          ],
        },
      ],
    },
    {
      id: "issues",
      title: "Issues to be addressed",
      level: 2,
      aliases: ["Key lines of enquiry"],
      guidance: [
        {
          id: "issues",
          paragraphs: [
            "Refer to the agreed terms of reference for clarity as to the issues to be addressed within this IMR",
            "Consider if there any specific considerations around equality and diversity issues such as age, disability (including learning disabilities), gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion and belief, sex and sexual orientation that may require special consideration?",
          ],
        },
      ],
    },
    {
      id: "methodology",
      title: "Methodology",
      aliases: ["Source documentation", "Sources of information"],
      guidance: [
        {
          id: "methodology",
          paragraphs: [
            "Record the methodology used including extent of document review and interviews undertaken.",
          ],
        },
      ],
    },
    {
      id: "summary",
      title: "Summary of Agency Involvement",
      aliases: ["Factual & contextual summary", "Summary of involvement"],
      guidance: [
        {
          id: "summary",
          paragraphs: [
            "Construct a chronology using the specified template (APPENDIX A), to be filed and read in conjunction with this report.",
            "In this section summarise the overview of children’s services involvement, draw together any primary observations and detail key points of interest as you see them.",
            "Using the grid below, clarify the details of the professionals from within your agency who were involved with the child and family and whether they were interviewed or not for the purposes of this IMR.",
          ],
        },
      ],
      table: "professionals",
    },
    {
      id: "analysis",
      title: "Analysis of Involvement",
      aliases: ["Analysis of agency involvement"],
      guidance: [
        {
          id: "analysis",
          paragraphs: [
            "Consider the events that occurred, the decisions made, and the actions taken or not. Assess practice against guidance and relevant legislation.",
            "Address the key lines of enquiry as set out in the terms of reference and confirmed in section 2 of this report.",
            "Consider further analysis in respect of key critical factors, which are not otherwise covered by the sections above.",
          ],
        },
        // Appendix 1, "Analysis of involvement": introduces the questions below.
        {
          id: "analysis-areas",
          paragraphs: [
            "The review should consider the events that occurred, the decisions made and the actions taken or not taken. Where judgements were made or actions taken that indicate that practice or management could be improved, the review should consider not only what happened but why. Each significant incident may have specific issues that need to be explored and each review should consider carefully the individual case and how best to structure the review in light of the particular circumstances. The following are examples of the areas that will need to be considered:",
          ],
        },
      ],
      questions: [
        "Were practitioners sensitive to the needs of the child and family, knowledgeable about potential indicators of harm and aware of what to do if they had concerns about the child? Was it reasonable to expect them, given their level of training and knowledge, to fulfil these expectations?",
        "Was the service provided compliant with the relevant policies and procedures in place? Was there compliance to information sharing protocols?",
        "What were the key points or opportunities for assessment and decision making in this case? Do assessments and decisions appear to have been reached in an informed way, i.e. were decisions evidence based?",
        "Were actions/risk management plans aligned with the assessment and decisions made? Were appropriate services offered or provided, or relevant enquiries made in the light of the assessments, given what was known or what should have been known at the time?",
        "When, and in what way, were the child’s wishes and feelings ascertained and considered?",
        "When, and in what way, were the views of relevant family members ascertained and considered?",
        "Was information recorded and shared appropriately?",
        "Was practice sensitive to the ethnic, cultural, linguistic and religious identity of the child and family? Was practice considerate to protected characteristics?",
        "Were senior managers or other agencies and professionals involved at the appropriate points? How accessible were the services for the child and family?",
        "Were the services provided impactful?",
        "Are there ways of working effectively that could be passed on to other organisations or individuals?",
        "Are there lessons to be learned from this case relating to the way in which the organisation safeguards children and promotes their welfare, or the way it identifies, assesses and manages identified risks? Where can practice be improved? Are there implications for ways of working, training, management and supervision, working in partnership with other agencies and resources?",
      ],
    },
    {
      id: "effective-practice",
      title: "Effective Practice/Lessons Learnt",
      aliases: [
        "Effective practice and lessons learnt",
        "Lessons learnt",
        "Lessons learned",
        "Learning",
        "What has been learned from this case?",
      ],
      guidance: [
        {
          id: "effective-practice",
          paragraphs: [
            "Summarise concisely, and with evidence, the effective practice that you have identified and any lessons that can be learnt",
          ],
        },
      ],
    },
    {
      id: "recommendations",
      title: "Recommendations",
      aliases: ["Recommendations for action", "Action Plan"],
      guidance: [
        {
          id: "recommendations",
          paragraphs: [
            "Recommendations should be focussed on the key findings of the IMR and be specific about the outcome which they are seeking.",
          ],
        },
      ],
    },
    {
      // Appendix 3 in the seed, referred to as "APPENDIX A" by the template: a separate
      // document there, kept at the end of the report here.
      id: "chronology",
      title: "Chronology",
      aliases: [
        "Appendix A",
        "Chronology of agency involvement",
        "Comprehensive Agency Chronology",
      ],
      guidance: [
        {
          id: "chronology",
          paragraphs: [
            "The review should include a comprehensive chronology that charts the involvement of children’s services with the child and their family over the period of time set out in the review’s Terms of Reference. It should summarise the events that occurred; the intelligence and information known to children’s services; the decisions reached and the services offered and provided to the child and their family.",
          ],
        },
      ],
      table: "chronology",
    },
    {
      id: "key-to-initials",
      title: "Key to Initials Used",
      level: 2,
      aliases: ["Key to Initials", "Abbreviations & anonymisation", "Glossary"],
      table: "keyToInitials",
    },
  ],
  chronology: {
    title: "Derbyshire Children’s Services – Individual Management Review",
    headerFields: ["Derbyshire Children’s Services – Individual Management Review ref:", "Date"],
    columns: [
      {
        id: "date",
        header: "Date",
        kind: "date",
        required: true,
        aliases: ["Date of contact", "Date of event"],
      },
      {
        id: "source",
        header: "Source of Information/Event",
        required: true,
        aliases: ["Source of Information", "Source of evidence", "Source"],
      },
      {
        id: "activity",
        header: "Activity",
        required: true,
        aliases: [
          "Event description, actions taken, decisions made",
          "Key interventions, actions taken and decisions made",
          "Event description",
          "Event",
        ],
      },
      {
        id: "outcome",
        header: "Response or Outcome of Activity",
        aliases: ["Response or outcome", "Outcome"],
      },
    ],
  },
  professionals: {
    title: "Professionals involved",
    columns: [
      {
        id: "name-and-role",
        header: "Name and Role of Professional",
        required: true,
        aliases: ["Name of professional", "Professional"],
        example: "e.g. Joe Bloggs – Social Worker",
      },
      {
        id: "period",
        header: "Period of involvement",
        required: true,
        aliases: ["Dates of involvement"],
        example: "e.g. 15/12/2015 - 12/02/2016",
      },
    ],
  },
  // The seed gives only the heading "Key to Initials Used:"; these columns are not in it.
  keyToInitials: {
    title: "Key to Initials Used",
    columns: [
      {
        id: "initials",
        header: "Initials",
        required: true,
        aliases: ["Abbreviation or initials", "Abbreviation"],
      },
      { id: "name", header: "Name", required: true, aliases: ["Actual name", "Full name"] },
      {
        id: "role",
        header: "Role/Relationship",
        aliases: ["Role", "Relationship", "Role and employing agency"],
      },
    ],
  },
  qa: sharedQa,
};
