// A licence's terms as plain answers to the questions users ask.
// Unknown terms say so; they are never read as yes or no.

export interface LicenceTerms {
  name: string;
  category: string;
  osiApproved: boolean;
  /** null: the licence's terms are unreviewed. */
  commercialUse: "yes" | "conditional" | "no" | null;
  conditions: string | null;
  useRestrictions: boolean | null;
  outputTrainingBan: boolean | null;
  attributionRequired: boolean | null;
  redistributionAllowed: boolean | null;
  derivativesAllowed: boolean | null;
}

export type Answer = "yes" | "conditional" | "no" | "unknown";
export interface LicenceAnswer {
  question: string;
  answer: Answer;
  detail: string;
}

const UNKNOWN_DETAIL = "The licence text we recorded does not settle this.";
const yesNo = (value: boolean | null): Answer => (value === null ? "unknown" : value ? "yes" : "no");

export function licenceAnswers(t: LicenceTerms): LicenceAnswer[] {
  const commercial: LicenceAnswer = {
    question: "May I use it commercially?",
    answer: t.commercialUse ?? "unknown",
    detail:
      t.commercialUse === null
        ? "Unknown: we have not reviewed this licence's terms yet."
        : t.commercialUse === "yes"
        ? t.conditions ?? "Yes, under the licence's general terms."
        : t.commercialUse === "conditional"
          ? t.conditions ?? "Only under conditions set by the licence."
          : t.conditions ?? "No: non-commercial or research use only.",
  };
  const restrictions = yesNo(t.useRestrictions);
  const shareDerivatives: Answer =
    t.derivativesAllowed === null || t.redistributionAllowed === null
      ? "unknown"
      : t.derivativesAllowed && t.redistributionAllowed
        ? "yes"
        : t.derivativesAllowed
          ? "conditional"
          : "no";
  const outputs = t.outputTrainingBan === null ? "unknown" : t.outputTrainingBan ? "no" : "yes";
  return [
    commercial,
    {
      question: "Are some uses forbidden?",
      answer: restrictions,
      detail: restrictions === "yes" ? "Yes: the licence or its acceptable-use policy forbids listed uses." : restrictions === "no" ? "No use-based restrictions." : UNKNOWN_DETAIL,
    },
    {
      question: "May I fine-tune it and share the result?",
      answer: shareDerivatives,
      detail:
        shareDerivatives === "yes"
          ? "Yes: derivatives are allowed and the weights may be redistributed."
          : shareDerivatives === "conditional"
            ? "You may modify it, but redistributing the weights is not allowed."
            : shareDerivatives === "no"
              ? "No: derivatives are not allowed."
              : UNKNOWN_DETAIL,
    },
    {
      question: "Must I credit the developer?",
      answer: yesNo(t.attributionRequired),
      detail: t.attributionRequired === null ? UNKNOWN_DETAIL : t.attributionRequired ? "Yes: keep the notices and credit as the licence requires." : "No attribution required.",
    },
    {
      question: "May I use its outputs to train other models?",
      answer: outputs,
      detail: outputs === "no" ? "No: the terms forbid using outputs to build or improve other models." : outputs === "yes" ? "Nothing in the terms forbids it." : UNKNOWN_DETAIL,
    },
  ];
}
