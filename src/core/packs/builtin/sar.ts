import type { PackInput } from "../schema";
import { sharedQa } from "./qa-sets";

/**
 * Safeguarding Adults Review IMR: "Guidance for completion of an Individual Management Review
 * (IMR)" and its "Format for internal agency management review" (adult safeguarding; also used for
 * a Serious Case Review). Guidance, cover labels and analysis questions are copied word for word
 * from the seed; section titles drop the seed's numbers (heading matching ignores numbering).
 *
 * Not in the seed, derived from its text: the chronology's column headers (from section 2,
 * "date & time of contact, who the contact was with ... key interventions, actions taken and
 * decisions made"), the action plan's columns (from the bullets of section 7; the seed's own
 * "Appendix 6" example action plan is not included) and the abbreviations sheet's columns (from
 * section 10).
 */
export const sarPack: PackInput = {
  schemaVersion: 1,
  id: "sar",
  title: "Safeguarding Adults Review (SAR) IMR",
  reviewType: "SAR",
  description:
    "Individual Management Review for a Safeguarding Adults Review (SAR), formerly an adult Serious Case Review: agency and subject details, organisational context, factual summary, dated chronology, source documentation, analysis, recommendations, learning, action plan, sign-off, and abbreviations and anonymisation.",
  source:
    "Guidance for completion of an Individual Management Review (IMR) and Format for Internal Agency Management Review (adult safeguarding)",
  // The seed carries no marking. Markings from before the Government Security Classifications
  // (April 2014) are obsolete; reports about a named adult are OFFICIAL-SENSITIVE.
  protectiveMarking: {
    default: "OFFICIAL-SENSITIVE",
    obsolete: ["RESTRICTED", "PROTECT", "NOT PROTECTIVELY MARKED"],
  },
  preamble: [
    {
      id: "about-guidance",
      paragraphs: [
        "This guidance can be used when developing either a single agency IMR used to analyse individual agency performance, or when developing an IMR used for a full Serious Case Review.",
      ],
    },
    {
      id: "agency-duties",
      paragraphs: [
        "Individual Management Reviews – what is required?",
        "The agency completing the IMR will need to:",
        {
          text: "Appoint a senior manager to complete the IMR and complete a supplementary report which details what the IMR shows. This manager should have the relevant set of competencies to undertake this task and should not have been directly involved in the case.",
          bullet: true,
        },
        {
          text: "Ensure all the relevant files are secured and the IMR author is given access to them.",
          bullet: true,
        },
        {
          text: "Ensure that the IMR author is allocated adequate resources (time, support etc) to complete the task within the required timescale.",
          bullet: true,
        },
        {
          text: "Ensure that all staff involved with the vulnerable adult have the opportunity to contribute their views and opinions about what happened. Also bear in mind that some staff may require support from the organisation.",
          bullet: true,
        },
        {
          text: "To consider whether there is any evidence at this stage whether another type of investigation may be necessary such as disciplinary, and if this is the case speak to the relevant individual within the organisation (such as HR).",
          bullet: true,
        },
      ],
    },
    {
      id: "author-duties",
      paragraphs: [
        "The person completing the IMR will need to:",
        {
          text: "Review all the appropriate files, case records etc and speak to all the people who have been involved in the case. This should be arranged in consultation with their line manager.",
          bullet: true,
        },
        {
          text: "Check out the factual accuracy of the contents of the chronology with the staff member and make adjustments as necessary.",
          bullet: true,
        },
        {
          text: "Write a record of the meetings with individual staff members & share it with them.",
          bullet: true,
        },
        {
          text: "Identify any lessons learnt or practices which could be changed at this stage.",
          bullet: true,
        },
        {
          text: "Complete the chronology and report using the templates attached to this guidance and send this to a senior manager within the organisation who has responsibility for authorising and signing off the IMR.",
          bullet: true,
        },
        {
          text: "Forward the IMR to the chair of the Safeguarding Adults review group (or an alternative named individual who is responsible for collecting them).",
          bullet: true,
        },
      ],
    },
    {
      id: "contents",
      paragraphs: [
        "Contents of the IMR report:",
        { text: "Introduction & details of Agency", bullet: true },
        { text: "Factual/contextual summary", bullet: true },
        { text: "Chronology of agency involvement (appendix 8b)", bullet: true },
        { text: "Analysis of involvement", bullet: true },
        { text: "What do we learn from this case?", bullet: true },
        { text: "Recommendations for action", bullet: true },
        { text: "Agency ownership of IMR", bullet: true },
      ],
    },
  ],
  cover: {
    title: "Safeguarding Adults Review: Individual Management Review (IMR)",
    // The seed's introduction asks for these details; its "IMR AUTHOR DETAILS:" sub-heading is
    // left out (a cover table has no sub-headings). The two signatures of section 8 are here too,
    // so that the whole sign-off is in one place.
    fields: [
      { id: "agency", label: "NAME OF AGENCY:" },
      { id: "subjects", label: "SUBJECT(S) OF THIS REPORT:" },
      { id: "full-name", label: "FULL NAME:" },
      { id: "date-of-birth", label: "DOB:" },
      { id: "date-of-death", label: "DOD (if applicable):" },
      { id: "address", label: "ADDRESS OF SUBJECT:" },
      { id: "ethnic-origin", label: "ETHNIC ORIGIN:" },
      { id: "gender", label: "GENDER:" },
      { id: "author", label: "NAME, AGENCY & CONTACT DETAILS OF AUTHOR OF THIS IMR:" },
      {
        id: "author-experience",
        label: "RELEVANT BACKGROUND EXPERIENCE OF IMR AUTHOR:",
        hint: "Please include confirmation that you had no involvement with the case in question",
      },
      { id: "completion-date", label: "DATE OF IMR COMPLETION:" },
      { id: "signature-author", label: "SIGNATURES: i) Author" },
      {
        id: "signature-director",
        label: "SIGNATURES: ii) Director/Other",
        hint: "In all circumstances this should be Director/Head of Service level",
      },
    ],
  },
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      aliases: ["Introduction & details of Agency"],
      startingText: [
        "This document is intended to provide an individual management review (IMR) of the decisions made, actions taken and services provided to (insert adults initials to keep anonymous) who is the subject of this review. The IMR is in two parts – a contextual report and a dated chronology of agency involvement.",
      ],
    },
    {
      id: "organisational-context",
      title: "Organisational Context",
      guidance: [
        {
          id: "organisational-context",
          paragraphs: [
            "Organisational context (include description of your organisation and what it does, management arrangements in areas of the organisation involved in the case, policies, procedures/guidance relevant to any actions taken, any factors that might have affected the operation of the service at the time covered by the chronology for example, volume of work, staff turnover/sickness, organisational changes, the social and community context, management and supervision issues, budgetary constraints and allocation of resources, training and development).",
          ],
        },
      ],
    },
    {
      id: "family-composition",
      title: "Family/Household composition",
      level: 2,
      aliases: [
        "Family composition",
        "Household composition",
        "Family composition (including genogram)",
        "Genogram",
      ],
      guidance: [
        {
          id: "family-composition",
          paragraphs: [
            "consider the use of a genogram to describe the family composition if appropriate",
          ],
        },
      ],
    },
    {
      id: "factual-summary",
      title: "Factual & contextual summary",
      aliases: [
        "Factual/contextual summary",
        "Factual and contextual summary",
        "Summary of Agency Involvement",
      ],
      guidance: [
        {
          id: "factual-summary",
          paragraphs: [
            "Provide a brief factual and contextual summary of your agency's involvement with the vulnerable adult for the time period identified for this review (or state the period if this has not been set by the review group).",
          ],
        },
      ],
      placeholders: ["Factual summary of agency involvement"],
    },
    {
      id: "chronology",
      title: "Chronology of agency involvement",
      aliases: ["Comprehensive Agency Chronology", "Agency chronology", "Chronology"],
      guidance: [
        {
          id: "chronology",
          paragraphs: [
            "This will need to be completed on the chronology template provided (appendix 8b). This should show in date order the contacts which your agency had with the vulnerable adult showing key interventions, actions taken and decisions made.",
            "Construct the chronology showing date & time of contact, who the contact was with and use the time period set by the review or your own appropriate time period if one has not been set.",
            "If abbreviations are used, please add a glossary to the back of the IMR and explain them.",
          ],
        },
      ],
      table: "chronology",
    },
    {
      id: "source-documentation",
      title: "Source documentation",
      aliases: ["Methodology", "Sources of information"],
      guidance: [
        {
          id: "source-documentation",
          paragraphs: [
            // The seed's stray closing "):" is left off.
            "List all documents looked at and name/position of any staff interviewed- please anonymise name and append list of abbreviations",
          ],
        },
      ],
    },
    {
      id: "analysis",
      title: "Analysis of agency involvement",
      aliases: ["Analysis of Involvement"],
      guidance: [
        {
          id: "analysis",
          paragraphs: [
            "Rigorously analyse the involvement of your agency. Consider the events that occurred, the decisions made, and the actions taken and not taken. Where judgements were made, or actions taken which indicate that practice or management could be improved, try to analyse not only what happened but why. If any sections do not apply state that this is the case along with the reasons why.",
            "Consider specifically the following bullet points:",
          ],
        },
      ],
      questions: [
        "Were practitioners sensitive to the needs of the vulnerable adult? What knowledge did they show about the potential indicators of abuse or neglect and what evidence was there that they would know what to do if they had a concern?",
        "What evidence was there that the agency had in place policies & procedures for safeguarding vulnerable adults and acting on concerns about abuse or neglect?",
        "What were the key relevant points/opportunities for assessment and decision making in this case in relation to the vulnerable adult?",
        "Do assessments and decisions appear to have been reached in an informed and professional way? Show evidence.",
        "Did the actions taken, accord with assessments & decisions made? Were all the actions taken appropriate based on the assessments & decisions? Give instances as appropriate where you think actions may not have been appropriate",
        "Was there an appropriate care plan in place for the adult & was there evidence of appropriate review of the care plan?",
        "Was a Mental Capacity Act Assessment of the vulnerable adult completed? Was this recorded?",
        "Were more senior managers or other agencies/professionals involved at points where they should have been? Provide appropriate examples.",
        "Were the actions & interventions taken in this case consistent with agency & SAB Safeguarding Policies and procedures and also wider professional & regulatory standards? Please state if there is any evidence where policies & procedures may not have been followed.",
        "If appropriate, was practice sensitive to any racial, cultural, religious, ethnic or religious issues of the vulnerable adult?",
        "Are there any other features of this case (not already covered above) surrounding the incident which you consider requires further comment about in respect of your agency's involvement?",
        "Are there any issues/implications related to training?",
        "Are there any issues/implications for management/supervision?",
        "Are there any implications for partnership working between agencies? State what the issues are and which agencies are affected.",
      ],
    },
    {
      id: "recommendations",
      title: "Recommendations for action",
      aliases: ["Recommendations"],
      guidance: [
        {
          id: "recommendations",
          paragraphs: [
            "Recommendations should be concise, focussed and specific and capable of being implemented. You should include how the recommendations will be achieved. You should also consider resource implications when making recommendations.",
          ],
        },
      ],
      placeholders: ["Case review recommendations"],
    },
    {
      id: "learning",
      title: "Learning",
      aliases: [
        "What has been learned from this case?",
        "What do we learn from this case?",
        "Lessons learnt",
        "Lessons learned",
        "Effective Practice/Lessons Learnt",
      ],
      guidance: [
        {
          id: "learning",
          paragraphs: [
            "What has been learned from this case?",
            { text: "Include areas of good practice highlighted by the IMR", bullet: true },
            {
              text: "Include areas for improvements which need to be made to practice or ways of working.",
              bullet: true,
            },
            {
              text: "Are there lessons from this case for the way in which your agency works to safeguard vulnerable adults?",
              bullet: true,
            },
            { text: "Areas of concern and why these appear to have happened", bullet: true },
            {
              text: "What would need to be done to prevent the same problems happening in the future?",
              bullet: true,
            },
            {
              text: "How will the learning be shared both internally & externally if appropriate",
              bullet: true,
            },
          ],
        },
      ],
    },
    {
      id: "action-plan",
      title: "Action Plan",
      aliases: ["Single Agency Recommendations for Action"],
      guidance: [
        {
          id: "action-plan",
          paragraphs: [
            {
              text: "Include any immediate improvement actions already taken by the agency or in partnership with other agencies to address the issues raised.",
              bullet: true,
            },
            {
              text: "List all actions which require implementation stating which agency is required to implement it (even if this is not your own agency)",
              bullet: true,
            },
            {
              text: "State a name responsible for implementing the action along with a timescale",
              bullet: true,
            },
            {
              text: "State other indirect actions such as disciplinary/regulatory etc",
              bullet: true,
            },
            {
              text: "State how the action plan will be monitored to ensure implementation",
              bullet: true,
            },
            { text: "Use Appendix 6 as an example action plan", bullet: true },
          ],
        },
      ],
      table: "actionPlan",
    },
    {
      // The signatures themselves are cover fields; this section keeps the seed's instruction and
      // is not required to hold text of its own.
      id: "sign-off",
      title: "Sign-off of the IMR & Chronology",
      required: false,
      aliases: ["Sign-off", "Agency ownership of IMR", "Signatures"],
      guidance: [
        {
          id: "sign-off",
          paragraphs: [
            "Ensure the document is signed off and dated by both the author and a Senior Officer",
            "(In all circumstances this should be Director/Head of Service level)",
          ],
        },
      ],
    },
    {
      id: "date",
      title: "Date",
      guidance: [
        {
          id: "date",
          paragraphs: ["(check that you have fully completed the chronology using Appendix 8b)"],
        },
      ],
    },
    {
      id: "abbreviations",
      title: "Abbreviations & anonymisation",
      aliases: [
        "Abbreviations and anonymisation",
        "Key to Initials Used",
        "Glossary",
        "Abbreviations",
      ],
      guidance: [
        {
          id: "abbreviations",
          paragraphs: [
            "Include a sheet showing all abbreviations you have used in your report. If you have used initials or other abbreviations for people's names also list these with their actual names alongside them. If staff are named include their role and employing agency. Append this to the final report.",
          ],
        },
      ],
      table: "keyToInitials",
    },
  ],
  chronology: {
    title: "Chronology of agency involvement",
    columns: [
      {
        id: "date",
        header: "Date of contact",
        kind: "date",
        required: true,
        aliases: ["Date", "Date of event"],
      },
      { id: "time", header: "Time of contact", kind: "time", aliases: ["Time"] },
      {
        id: "contact-with",
        header: "Who the contact was with",
        required: true,
        aliases: ["Contact with", "Contact"],
      },
      {
        id: "interventions",
        header: "Key interventions, actions taken and decisions made",
        required: true,
        aliases: [
          "Event description, actions taken, decisions made",
          "Key interventions, actions and decisions",
          "Activity",
          "Event",
        ],
      },
    ],
  },
  actionPlan: {
    title: "Action Plan",
    columns: [
      {
        id: "action",
        header: "Action",
        required: true,
        aliases: ["Key Actions", "Actions", "Recommendation"],
      },
      {
        id: "agency",
        header: "Agency required to implement it",
        aliases: ["Agency", "Lead agency"],
      },
      {
        id: "responsible",
        header: "Name responsible for implementing the action",
        required: true,
        aliases: ["Lead Officer", "Responsible officer", "Lead"],
      },
      {
        id: "timescale",
        header: "Timescale",
        required: true,
        aliases: ["Date", "Target date", "Completion date"],
      },
      {
        id: "monitoring",
        header: "How the action plan will be monitored",
        aliases: ["Monitoring", "Evidence"],
      },
    ],
  },
  keyToInitials: {
    title: "Abbreviations & anonymisation",
    columns: [
      {
        id: "abbreviation",
        header: "Abbreviation or initials",
        required: true,
        aliases: ["Initials", "Abbreviation"],
      },
      {
        id: "meaning",
        header: "Actual name or meaning",
        required: true,
        aliases: ["Name", "Actual name", "Meaning"],
      },
      {
        id: "role",
        header: "Role and employing agency (staff)",
        aliases: ["Role/Relationship", "Role", "Role and employing agency"],
      },
    ],
  },
  qa: sharedQa,
};
