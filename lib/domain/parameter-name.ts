// The size a model's name advertises ("Llama 2 70B" → 70e9), if any.

const SIZE_TOKEN = /(?<![\dx.])(\d+(?:\.\d+)?)\s?([MBT])\b/i;
const MULTIPLIER: Record<string, number> = { M: 1e6, B: 1e9, T: 1e12 };

/** Parses the first size token not part of an "8x7B"-style expert count. */
export function sizeFromName(name: string): number | null {
  const match = SIZE_TOKEN.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * (MULTIPLIER[match[2].toUpperCase()] ?? Number.NaN);
}
