// The size a model's name advertises ("Llama 2 70B" → 70e9), if any.

const SIZE_TOKEN = /(?<![\dx.])(\d+(?:\.\d+)?)\s?([MBT])\b/i;
const MULTIPLIER: Record<string, number> = { M: 1e6, B: 1e9, T: 1e12 };

/** Parses the first size token not part of an "8x7B"-style expert count. */
export function sizeFromName(name: string): number | null {
  const match = SIZE_TOKEN.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * (MULTIPLIER[match[2].toUpperCase()] ?? Number.NaN);
}

const ACTIVE_TOKEN = /(?<![a-z\d])A(\d+(?:\.\d+)?)B\b/i;
const EXPERT_COUNT = /(?<![a-z\d.])\d+E\b/i;
const EFFECTIVE_SIZE = /(?<![a-z\d])E\d+(?:\.\d+)?B\b/i;

/**
 * Total and active sizes as a name states them, for imported models:
 * "Qwen3 235B A22B" → 235e9 total, 22e9 active. A name that counts experts
 * ("Llama 4 Maverick 17B 128E") states the active size only, and an
 * "effective" size ("Gemma 3n E4B") is neither: both read as unknown rather
 * than as a wrong total. Meta names Llama 4 models by their active size
 * ("Llama 4 Scout 17B"), so those read as active too.
 */
export function sizesFromName(name: string): { total: number | null; active: number | null } {
  if (EFFECTIVE_SIZE.test(name)) return { total: null, active: null };
  const activeMatch = ACTIVE_TOKEN.exec(name);
  const active = activeMatch?.[1] ? Number(activeMatch[1]) * 1e9 : null;
  const withoutActive = activeMatch ? name.replace(activeMatch[0], " ") : name;
  const first = sizeFromName(withoutActive);
  if (EXPERT_COUNT.test(name) || /maverick|scout/i.test(name)) return { total: null, active: active ?? first };
  if (first !== null && active !== null && active >= first) return { total: null, active: null };
  return { total: first, active };
}
