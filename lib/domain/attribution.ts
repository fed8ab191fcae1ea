// Where the catalogue's borrowed facts come from and how to credit them: one list for the data
// page and the MCP server's attribution resource, so an agent quotes the same credits a reader sees.

export interface DataCredit {
  name: string;
  url: string;
  /** What we take from it. */
  use: string;
  /** The licence its data is published under, or null when it is cited rather than licensed. */
  licence: string | null;
  /** How to cite it, when the authors ask for a citation. */
  citation: string | null;
}

export const DATA_CREDITS: readonly DataCredit[] = [
  {
    name: "European Open Source AI Index",
    url: "https://osai-index.eu/",
    use: "The twelve openness components and their open / partial / closed grading; openness grades, in part, for the models it covers (each grade says who graded it).",
    licence: "CC BY 4.0",
    citation:
      "Liesenfeld, A. & Dingemanse, M. (2024). Rethinking open source generative AI: open-washing and the EU AI Act. In The 2024 ACM Conference on Fairness, Accountability, and Transparency (FAccT '24), pp. 1774–1787.",
  },
  {
    name: "models.dev",
    url: "https://models.dev/",
    use: "Model metadata (context windows, release dates, API listings), cross-checked against each model's own sources.",
    licence: "MIT",
    citation: null,
  },
  {
    name: "genai-prices",
    url: "https://github.com/pydantic/genai-prices",
    use: "API token prices by provider, cross-checked against the providers' price pages.",
    licence: "MIT",
    citation: null,
  },
];

/** The credits as plain Markdown text, for clients that show or quote text. */
export function attributionText(credits: readonly DataCredit[] = DATA_CREDITS): string {
  const lines = credits.map((c) =>
    [`- ${c.name} (${c.url})${c.licence ? `, ${c.licence} licence` : ""}: ${c.use}`, ...(c.citation ? [`  Cite as: ${c.citation}`] : [])].join("\n"),
  );
  return [
    "# Open or closed? — data sources and attribution",
    "",
    "Every fact in the catalogue carries its own source URL and the date it was read; quote those with the fact.",
    "The catalogue also builds on:",
    "",
    ...lines,
  ].join("\n");
}
