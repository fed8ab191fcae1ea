// A model page's one-line answer: what its access class means for the
// reader, what the licence lets them do commercially, since when that
// licence applies, and the cheapest way to call it. Built from facts only;
// an unknown stays unknown ("not reviewed"), never reads as yes or no.
import { cheapestCurrent, type PriceListing } from "./price";
import { formatUsd } from "./format";

export interface LeadFacts {
  access: "open-source" | "open-weights" | "closed";
  organizationName: string;
  licence: { name: string; commercialUse: "yes" | "conditional" | "no" | null; useRestrictions: boolean | null };
  /** Earlier licences: the current one applies since the last of them ended. */
  licenceHistory: ReadonlyArray<{ to: string | null }>;
  prices: readonly PriceListing[];
  /** The model's own lifecycle: a deprecated model says so first (a retired one has its own notice). */
  lifecycle?: "available" | "deprecated" | "retired" | null;
}

const COMMERCIAL = {
  yes: "commercial use is allowed",
  conditional: "commercial use only under conditions",
  no: "no commercial use",
} as const;

/** The sentence, in at most three short clauses (after a word on deprecation, when announced). */
export function modelLead(m: LeadFacts): string {
  return (m.lifecycle === "deprecated" ? "Deprecated: its maker has announced its retirement. " : "") + leadSentence(m);
}

function leadSentence(m: LeadFacts): string {
  const since = m.licenceHistory.map((c) => c.to).filter((d): d is string => d !== null).sort().at(-1);
  const licence = `${m.licence.name}${since ? ` since ${since}` : ""}`;
  const cheapest = cheapestCurrent(m.prices);
  const price = cheapest ? ` From ${formatUsd(cheapest.inputUsdPerMTok)} per 1M input tokens.` : "";
  if (m.access === "closed") return `Only through ${m.organizationName}’s service or its resellers: the weights are not released.${price}`;
  if (m.access === "open-source") return `Download it and use it for any purpose, commercially too, under the ${licence}.${price}`;
  const c = m.licence.commercialUse;
  const terms = c === null ? "its licence terms are not reviewed yet" : c === "yes" && m.licence.useRestrictions ? `${COMMERCIAL.yes}, but some uses are forbidden` : COMMERCIAL[c];
  return `You can download the weights and run them yourself; ${terms} (${licence}).${price}`;
}
