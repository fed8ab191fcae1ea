// A licence's name short enough for a table cell or a phone card: the SPDX
// identifier where there is one, otherwise the full name without its
// boilerplate ("… Community License Agreement" → "… Community"). The full
// name stays one hover, focus or tap away, so nothing is lost.

/** Rewrites applied in order; each removes words that say "this is a licence" rather than which one. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bLICENSE AGREEMENT\b/g, "License Agreement"],
  [/\bLICENCE AGREEMENT\b/g, "Licence Agreement"],
  [/\bCommunity Licen[cs]e Agreement\b/g, "Community"],
  [/\b(Licen[cs]e) Agreement\b/g, "$1"],
  [/,? \b[Vv]ersion (\d)/g, " v$1"],
  [/\b(?:Additional )?Terms of (?:Service|Use)\b/g, "Terms"],
  [/\bLicen[cs]e (?=\(|v\d|with\b)/g, ""],
  // RAIL already means "Responsible AI Licence".
  [/(\bRAIL\S*) Licen[cs]e\b/g, "$1"],
  // "… with Acceptable Use Addendum (Cohere Labs)" → "… (Cohere Labs)"
  [/\s+with\s+[^(]*/g, " "],
  // "(MiniMax, display on every commercial product)" → "(MiniMax)"
  [/\(([^,()]+),[^()]*\)/g, "($1)"],
  [/\s{2,}/g, " "],
];

export function licenceShortName(licence: { name: string; spdxId: string | null }): string {
  if (licence.spdxId) return licence.spdxId;
  if (/not yet reviewed/i.test(licence.name)) return "Not yet reviewed";
  const short = REWRITES.reduce((name, [pattern, replacement]) => name.replace(pattern, replacement), licence.name).trim();
  return short || licence.name;
}
