// A licence's terms as plain answers to the questions users ask, each with
// whether the answer is good for the person asking (so a "No" to "are some
// uses forbidden?" reads as good news). Unknown terms say so; they are never
// read as yes or no.

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
  /** What it forbids, where recorded: the policy holding the rules (null: the licence itself) and the uses as read. */
  forbiddenUses?: ForbiddenUses | null;
}

export interface ForbiddenUses {
  policy: { name: string; url: string | null } | null;
  uses: string[];
}

export type Answer = "yes" | "conditional" | "no" | "unknown";
/** What the answer means for the user: good news, a duty or limit to live with, a hard no, or not known. */
export type ForYou = "good" | "caution" | "bad" | "unknown";
export interface LicenceAnswer {
  question: string;
  answer: Answer;
  forYou: ForYou;
  detail: string;
  /** For "are some uses forbidden?": the rules as recorded, and the policy that holds them. */
  forbidden?: ForbiddenUses;
}

// Per question, what each answer means for the user; "yes" is not always good news.
const FOR_YOU = {
  commercial: { yes: "good", conditional: "caution", no: "bad", unknown: "unknown" },
  forbidden: { yes: "caution", conditional: "caution", no: "good", unknown: "unknown" },
  derivatives: { yes: "good", conditional: "caution", no: "bad", unknown: "unknown" },
  attribution: { yes: "caution", conditional: "caution", no: "good", unknown: "unknown" },
  outputs: { yes: "good", conditional: "caution", no: "bad", unknown: "unknown" },
} as const satisfies Record<string, Record<Answer, ForYou>>;

const UNKNOWN_DETAIL = "The licence text we recorded does not settle this.";
const yesNo = (value: boolean | null): Answer => (value === null ? "unknown" : value ? "yes" : "no");

/** The sentence before the list of forbidden uses: where the rules are, and whether we list them. */
function forbiddenDetail(f: ForbiddenUses | null): string {
  if (!f) return "Yes: the licence or a policy it incorporates forbids some uses; we have not listed them yet, so read the licence.";
  if (f.uses.length === 0) return `Yes: use must follow the ${f.policy?.name ?? "policy the licence incorporates"}, whose rules we have not transcribed; read it for the list.`;
  return f.policy ? `Yes. Among the uses it forbids, in its own text or through the ${f.policy.name}:` : "Yes. Among the uses it forbids:";
}

export function licenceAnswers(t: LicenceTerms): LicenceAnswer[] {
  const commercialAnswer = t.commercialUse ?? "unknown";
  const commercial: LicenceAnswer = {
    question: "May I use it commercially?",
    answer: commercialAnswer,
    forYou: FOR_YOU.commercial[commercialAnswer],
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
      forYou: FOR_YOU.forbidden[restrictions],
      detail: restrictions === "yes" ? forbiddenDetail(t.forbiddenUses ?? null) : restrictions === "no" ? "No use-based restrictions." : UNKNOWN_DETAIL,
      ...(restrictions === "yes" && t.forbiddenUses ? { forbidden: t.forbiddenUses } : {}),
    },
    {
      question: "May I fine-tune it and share the result?",
      answer: shareDerivatives,
      forYou: FOR_YOU.derivatives[shareDerivatives],
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
      forYou: FOR_YOU.attribution[yesNo(t.attributionRequired)],
      detail: t.attributionRequired === null ? UNKNOWN_DETAIL : t.attributionRequired ? "Yes: keep the notices and credit as the licence requires." : "No attribution required.",
    },
    {
      question: "May I use its outputs to train other models?",
      answer: outputs,
      forYou: FOR_YOU.outputs[outputs],
      detail: outputs === "no" ? "No: the terms forbid using outputs to build or improve other models." : outputs === "yes" ? "Nothing in the terms forbids it." : UNKNOWN_DETAIL,
    },
  ];
}
