// Shared by the dataset parsers: parse one text file with a format parser
// and a zod schema, turning every failure into an issue that names the file
// and the field. Callers collect all issues and write nothing if any exist.
import type { z } from "zod";

export interface DatasetIssue {
  file: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(
      `The dataset has ${issues.length} problem(s); nothing was written:\n` +
        issues
          .slice(0, 50)
          .map((i) => `  ${i.file}: ${i.field}: ${i.message}`)
          .join("\n"),
    );
    this.name = "DatasetError";
  }
}

/** Parse `text` with `parse` (TOML, YAML, JSON) and check it with `schema`; null on failure. */
export function parseFile<S extends z.ZodType>(
  file: string,
  text: string,
  parse: (text: string) => unknown,
  schema: S,
  issues: DatasetIssue[],
): z.infer<S> | null {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    issues.push({ file, field: "(file)", message: `cannot be parsed: ${firstLine((error as Error).message)}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    issues.push({ file, field: issue.path.join(".") || "(root)", message: issue.message });
  return null;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
