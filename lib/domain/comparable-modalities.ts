// Which models it makes sense to suggest comparing: ones that answer the
// same kind of request. A chat model next to an image generator compares
// nothing, so an image model's suggestions stay among image models.

const GROUPS = [["text", "code", "multimodal"], ["image"], ["embeddings"]] as const;

/** The modalities comparable with `modality` (itself included). */
export function comparableModalities(modality: string): string[] {
  const group = GROUPS.find((g) => (g as readonly string[]).includes(modality));
  return group ? [...group] : [modality];
}
