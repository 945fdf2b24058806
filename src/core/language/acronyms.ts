import { describeProblems, parseWith } from "../validation";
import {
  AcronymDictionarySchema,
  type AcronymEntry,
  type AcronymEntryInput,
} from "./acronym-schema";

/**
 * Acronyms and their expansions, from Table 2 of shared/reference/language-and-acronyms.md
 * (rows holding several acronyms, "CLA / LAC / CIC", are split into one entry each), plus the
 * police ranks and a few abbreviations that IMRs use often, cited as STANDARD (the reference's
 * "*": a standard expansion not found in a retrieved glossary).
 */
export const ACRONYM_DATA: AcronymEntryInput[] = [
  {
    acronym: "A&E",
    expansion: "Accident and Emergency department",
    source: ["ROWANS", "LSCP", "SSASPB-GLOSS"],
  },
  {
    acronym: "ABE",
    expansion: "Achieving Best Evidence",
    note: "joint interviews",
    source: ["HANTS", "ROWANS"],
  },
  { acronym: "ACE", expansion: "Adverse Childhood Experience", source: ["HANTS", "SEFTON"] },
  {
    acronym: "ADASS",
    expansion: "Association of Directors of Adult Social Services",
    plural: "Associations of Directors of Adult Social Services",
    source: ["SEFTON", "HANTS-SAB"],
  },
  { acronym: "AMHP", expansion: "Approved Mental Health Professional", source: ["STANDARD"] },
  { acronym: "ASB", expansion: "Anti-Social Behaviour", source: ["DAHA"] },
  {
    acronym: "ASC",
    expansion: "Adult Social Care",
    alternatives: ["Autism Spectrum Condition"],
    source: ["CP-LIST", "BROMLEY"],
  },
  {
    acronym: "CAFCASS",
    expansion: "Children and Family Court Advisory and Support Service",
    source: ["SAFELIVES", "HANTS"],
  },
  {
    acronym: "Cafcass",
    expansion: "Children and Family Court Advisory and Support Service",
    source: ["SAFELIVES", "HANTS"],
  },
  {
    acronym: "CAIT",
    expansion: "Child Abuse Investigation Team",
    note: "police",
    source: ["SUTTON", "HANTS", "LSCP"],
  },
  {
    acronym: "CAMHS",
    expansion: "Child and Adolescent Mental Health Services",
    plural: "Child and Adolescent Mental Health Services",
    source: ["SAFELIVES", "HANTS"],
  },
  { acronym: "CCE", expansion: "Child Criminal Exploitation", source: ["HANTS"] },
  { acronym: "CDOP", expansion: "Child Death Overview Panel", source: ["HANTS", "LSCP"] },
  {
    acronym: "CEOP",
    expansion: "Child Exploitation and Online Protection",
    note: "National Crime Agency",
    source: ["HANTS", "LSCP"],
  },
  { acronym: "CG", expansion: "Core Group", source: ["SUTTON"] },
  {
    acronym: "CIN",
    expansion: "Child in Need",
    note: "s17 Children Act 1989",
    plural: "Children in Need",
    source: ["SUTTON", "HANTS"],
  },
  {
    acronym: "CLA",
    expansion: "Child Looked After",
    plural: "Children Looked After",
    source: ["HANTS", "SUTTON", "WIRRAL"],
  },
  {
    acronym: "LAC",
    expansion: "Looked After Child",
    plural: "Looked After Children",
    source: ["HANTS", "SUTTON", "WIRRAL"],
  },
  {
    acronym: "CIC",
    expansion: "Child in Care",
    plural: "Children in Care",
    source: ["HANTS", "SUTTON", "WIRRAL"],
  },
  {
    acronym: "CME",
    expansion: "Child Missing Education",
    plural: "Children Missing Education",
    source: ["HANTS", "ROWANS"],
  },
  { acronym: "CMHT", expansion: "Community Mental Health Team", source: ["HANTS"] },
  { acronym: "CP", expansion: "Child Protection", source: ["ROWANS", "CP-LIST"] },
  { acronym: "CPP", expansion: "Child Protection Plan", source: ["ROWANS", "CP-LIST"] },
  { acronym: "CPA", expansion: "Care Programme Approach", source: ["STANDARD"] },
  { acronym: "CPN", expansion: "Community Psychiatric Nurse", source: ["STANDARD"] },
  { acronym: "CPS", expansion: "Crown Prosecution Service", source: ["LSCP"] },
  { acronym: "CQC", expansion: "Care Quality Commission", source: ["LSCP", "SEFTON"] },
  {
    acronym: "CSC",
    expansion: "Children's Social Care",
    plural: "Children's Social Care",
    source: ["ROWANS"],
  },
  { acronym: "CSE", expansion: "Child Sexual Exploitation", source: ["SUTTON", "SEFTON"] },
  { acronym: "CSP", expansion: "Community Safety Partnership", source: ["SEFTON", "SEED-002"] },
  {
    acronym: "CSPR",
    expansion: "Child Safeguarding Practice Review",
    source: ["WIRRAL", "CP-LIST"],
  },
  { acronym: "DA", expansion: "Domestic Abuse", source: ["PORT", "DAHA"] },
  { acronym: "DV", expansion: "Domestic Violence", source: ["PORT", "DAHA"] },
  { acronym: "DVA", expansion: "Domestic Violence and Abuse", source: ["PORT", "DAHA"] },
  { acronym: "DAPN", expansion: "Domestic Abuse Protection Notice", source: ["SUSSEX"] },
  { acronym: "DAPO", expansion: "Domestic Abuse Protection Order", source: ["SUSSEX"] },
  { acronym: "DAPP", expansion: "Domestic Abuse Perpetrator Programme", source: ["PORT", "DAHA"] },
  {
    acronym: "DARA",
    expansion: "Domestic Abuse Risk Assessment",
    note: "police tool",
    source: ["DAHA"],
  },
  {
    acronym: "DARDR",
    expansion: "Domestic Abuse Related Death Review",
    note: "the new name for a DHR",
    source: ["DAC-RENAME"],
  },
  {
    acronym: "DASH",
    expansion: "Domestic Abuse, Stalking and Harassment and 'Honour'-Based Violence",
    note: "risk identification checklist",
    source: ["PORT", "DAHA", "HANTS-SAB"],
  },
  { acronym: "DBS", expansion: "Disclosure and Barring Service", source: ["SEFTON", "WIRRAL"] },
  { acronym: "DHR", expansion: "Domestic Homicide Review", source: ["DAHA", "SEFTON"] },
  {
    acronym: "DoLS",
    expansion: "Deprivation of Liberty Safeguards",
    plural: "Deprivation of Liberty Safeguards",
    source: ["SEFTON"],
  },
  { acronym: "DSL", expansion: "Designated Safeguarding Lead", source: ["CP-LIST"] },
  {
    acronym: "DVDS",
    expansion: "Domestic Violence Disclosure Scheme",
    note: "Clare's Law",
    source: ["STANDARD"],
  },
  { acronym: "DVPN", expansion: "Domestic Violence Protection Notice", source: ["CP-LIST"] },
  { acronym: "DVPO", expansion: "Domestic Violence Protection Order", source: ["CP-LIST"] },
  { acronym: "ED", expansion: "Emergency Department", source: ["STANDARD"] },
  { acronym: "EH", expansion: "Early Help", source: ["ROWANS", "CP-LIST"] },
  { acronym: "EHA", expansion: "Early Help Assessment", source: ["ROWANS", "CP-LIST"] },
  { acronym: "EHCP", expansion: "Education, Health and Care Plan", source: ["SUTTON", "ROWANS"] },
  { acronym: "EPO", expansion: "Emergency Protection Order", source: ["ROWANS", "LSCP"] },
  { acronym: "FGC", expansion: "Family Group Conference", source: ["SUTTON", "LSCP"] },
  { acronym: "FGM", expansion: "Female Genital Mutilation", source: ["SUTTON", "LSCP"] },
  { acronym: "FII", expansion: "Fabricated or Induced Illness", source: ["LSCP"] },
  { acronym: "GP", expansion: "General Practitioner", source: ["LSCP"] },
  { acronym: "HBA", expansion: "'Honour'-Based Abuse", source: ["STANDARD", "PORT", "DAHA"] },
  { acronym: "HBV", expansion: "'Honour'-Based Violence", source: ["STANDARD", "PORT", "DAHA"] },
  {
    acronym: "HMICFRS",
    expansion: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    plural: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    source: ["STANDARD"],
  },
  { acronym: "ICB", expansion: "Integrated Care Board", source: ["WIRRAL"] },
  {
    acronym: "ICPC",
    expansion: "Initial Child Protection Conference",
    source: ["SUTTON", "ROWANS"],
  },
  {
    acronym: "RCPC",
    expansion: "Review Child Protection Conference",
    source: ["SUTTON", "ROWANS"],
  },
  {
    acronym: "IDVA",
    expansion: "Independent Domestic Violence Advisor",
    alternatives: ["Independent Domestic Violence Advocate"],
    source: ["PORT", "SUSSEX", "SAFELIVES"],
  },
  { acronym: "IMCA", expansion: "Independent Mental Capacity Advocate", source: ["SEFTON"] },
  { acronym: "IMHA", expansion: "Independent Mental Health Advocate", source: ["SEFTON"] },
  { acronym: "IMR", expansion: "Individual Management Review", source: ["SCIE-LONDON"] },
  { acronym: "IOM", expansion: "Integrated Offender Management", source: ["STANDARD"] },
  { acronym: "IRO", expansion: "Independent Reviewing Officer", source: ["ROWANS"] },
  { acronym: "ISVA", expansion: "Independent Sexual Violence Advisor", source: ["SUSSEX"] },
  {
    acronym: "LADO",
    expansion: "Local Authority Designated Officer",
    source: ["SUTTON", "ROWANS"],
  },
  {
    acronym: "LPA",
    expansion: "Lasting Power of Attorney",
    plural: "Lasting Powers of Attorney",
    source: ["SEFTON"],
  },
  {
    acronym: "MACE",
    expansion: "Multi-Agency Child Exploitation",
    note: "panel",
    source: ["SUTTON", "NYSCP"],
  },
  {
    acronym: "MAPPA",
    expansion: "Multi-Agency Public Protection Arrangements",
    plural: "Multi-Agency Public Protection Arrangements",
    source: ["SEFTON", "SUTTON"],
  },
  {
    acronym: "MARAC",
    expansion: "Multi-Agency Risk Assessment Conference",
    source: ["PORT", "SUSSEX", "SEFTON"],
  },
  { acronym: "MASH", expansion: "Multi-Agency Safeguarding Hub", source: ["PORT", "SEFTON"] },
  { acronym: "MCA", expansion: "Mental Capacity Act 2005", source: ["SEFTON"] },
  { acronym: "MHA", expansion: "Mental Health Act 1983", source: ["STANDARD"] },
  { acronym: "MISPER", expansion: "missing person", plural: "missing persons", source: ["ROWANS"] },
  { acronym: "MSP", expansion: "Making Safeguarding Personal", source: ["SEFTON"] },
  { acronym: "NFA", expansion: "No Further Action", source: ["ROWANS"] },
  {
    acronym: "NAI",
    expansion: "Non-Accidental Injury",
    plural: "Non-Accidental Injuries",
    source: ["ROWANS"],
  },
  { acronym: "NRPF", expansion: "No Recourse to Public Funds", source: ["SUSSEX", "ROWANS"] },
  {
    acronym: "OASys",
    expansion: "Offender Assessment System",
    note: "probation",
    source: ["NOMS-ROSH"],
  },
  { acronym: "PCC", expansion: "Police and Crime Commissioner", source: ["STANDARD"] },
  {
    acronym: "OPCC",
    expansion: "Office of the Police and Crime Commissioner",
    source: ["STANDARD"],
  },
  {
    acronym: "PiPoT",
    expansion: "People in Positions of Trust",
    plural: "People in Positions of Trust",
    source: ["SEFTON"],
  },
  { acronym: "PLO", expansion: "Public Law Outline", source: ["SUTTON"] },
  { acronym: "PPD", expansion: "Public Protection Department", note: "police", source: ["PORT"] },
  { acronym: "PPU", expansion: "Public Protection Unit", note: "police", source: ["STANDARD"] },
  {
    acronym: "S17",
    expansion: "section 17 of the Children Act 1989",
    note: "child in need",
    source: ["SUTTON"],
  },
  {
    acronym: "S47",
    expansion: "section 47 of the Children Act 1989",
    note: "child protection enquiry",
    source: ["SUTTON"],
  },
  {
    acronym: "S42",
    expansion: "section 42 of the Care Act 2014",
    note: "safeguarding enquiry",
    source: ["SEFTON"],
  },
  { acronym: "SAB", expansion: "Safeguarding Adults Board", source: ["SEFTON"] },
  { acronym: "SAR", expansion: "Safeguarding Adults Review", source: ["SEFTON"] },
  { acronym: "SARC", expansion: "Sexual Assault Referral Centre", source: ["MATCZAK"] },
  { acronym: "SCR", expansion: "Serious Case Review", source: ["KNOWSLEY", "COP-APP"] },
  { acronym: "SFO", expansion: "Serious Further Offence", source: ["COP-APP"] },
  { acronym: "SGO", expansion: "Special Guardianship Order", source: ["SUTTON"] },
  { acronym: "SUSR", expansion: "Single Unified Safeguarding Review", source: ["GOVWALES-SUSR"] },
  {
    acronym: "TAF",
    expansion: "Team Around the Family",
    plural: "Teams Around the Family",
    source: ["SUTTON", "SEFTON"],
  },
  {
    acronym: "VAWG",
    expansion: "Violence Against Women and Girls",
    plural: "Violence Against Women and Girls",
    source: ["SUSSEX"],
  },
  { acronym: "WNB", expansion: "Was Not Brought", source: ["SUSSEX-CP", "RCGP"] },
  { acronym: "YOT", expansion: "Youth Offending Team", source: ["SUTTON"] },
  { acronym: "YOS", expansion: "Youth Offending Service", source: ["SUTTON"] },
  // Police ranks and roles, and abbreviations seed 002 uses.
  { acronym: "PC", expansion: "Police Constable", source: ["STANDARD"] },
  { acronym: "DC", expansion: "Detective Constable", source: ["STANDARD"] },
  { acronym: "PS", expansion: "Police Sergeant", source: ["STANDARD"] },
  { acronym: "DS", expansion: "Detective Sergeant", source: ["STANDARD"] },
  { acronym: "DI", expansion: "Detective Inspector", source: ["STANDARD"] },
  { acronym: "DCI", expansion: "Detective Chief Inspector", source: ["STANDARD"] },
  { acronym: "SIO", expansion: "Senior Investigating Officer", source: ["SEED-002"] },
  { acronym: "GMP", expansion: "Greater Manchester Police", source: ["SEED-002"] },
  { acronym: "PNC", expansion: "Police National Computer", source: ["STANDARD"] },
  { acronym: "NHS", expansion: "National Health Service", source: ["STANDARD"] },
  { acronym: "UK", expansion: "United Kingdom", source: ["STANDARD"] },
];

function load(data: unknown): AcronymEntry[] {
  const parsed = parseWith(AcronymDictionarySchema, data);
  if (!parsed.ok)
    throw new Error(`The acronym dictionary is invalid: ${describeProblems(parsed.problems)}`);
  return parsed.value;
}

/** The dictionary, validated once when this module loads. */
export const ACRONYMS: readonly AcronymEntry[] = load(ACRONYM_DATA);

/**
 * Acronyms that need no expansion by default: so familiar that spelling them out helps no one.
 * Kept short on purpose; agencies add their own through CheckOptions.acronymsWithoutExpansion.
 * IMR and the review's own name (DHR, DARDR, CSPR, SAR, SCR, SUSR) are added per pack: the
 * template's title spells them out.
 */
export const DEFAULT_NO_EXPANSION: readonly string[] = [
  "UK",
  "NHS",
  "GP",
  "GPs",
  "COVID",
  "CCTV",
  "BBC",
  "PIN",
  "SIM",
  "DVD",
  "USB",
];
