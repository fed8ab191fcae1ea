// What tools need to know about the request they answer: where our pages live, for links.
export interface ToolContext {
  /** The public page of a model, where every fact shows its source. */
  modelPage: (slug: string) => string;
}

export function toolContext(origin: string): ToolContext {
  return { modelPage: (slug) => `${origin}/models/${encodeURIComponent(slug)}` };
}
