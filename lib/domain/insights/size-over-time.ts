// Release date against parameter count. Undisclosed sizes and unknown dates
// are listed beside the chart, never plotted as zero.
import type { AccessClass } from "@/lib/schemas/vocabulary";
import { formatPartialDate } from "../dates";
import { timeOf, type InsightModel, type Unplotted } from "./insight-model";
import { notableRecordPoints } from "./notable-points";

/** Names drawn beside points: the size records. */
export const MAX_SIZE_LABELS = 8;

type SizeModel = Pick<InsightModel, "slug" | "name" | "access" | "releaseDate" | "releaseDatePrecision" | "parameters" | "activeParameters">;

export interface SizePoint {
  slug: string;
  name: string;
  access: AccessClass;
  /** Epoch ms of the release date. */
  t: number;
  /** The release date at the precision it was published with (2019, 2023-05, 2024-07-23). */
  released: string;
  parameters: number;
  /** Parameters active per token (mixture-of-experts); null when not applicable or unknown. */
  activeParameters: number | null;
  /** Drawn with its name: the largest model of its side so far when released. */
  notable: boolean;
}

export const SIZE_UNDISCLOSED = "size undisclosed";
export const DATE_UNKNOWN = "release date unknown";

export interface SizeOverTime {
  points: SizePoint[];
  unplotted: Unplotted[];
}

/** Points for the size-over-time scatter, oldest first. */
export function sizeOverTime(models: readonly SizeModel[]): SizeOverTime {
  const points: SizePoint[] = [];
  const unplotted: Unplotted[] = [];
  for (const m of models) {
    const t = timeOf(m.releaseDate);
    const sizeKnown = m.parameters !== null && m.parameters > 0;
    if (!sizeKnown || t === null) {
      const reasons = [!sizeKnown && SIZE_UNDISCLOSED, t === null && DATE_UNKNOWN].filter(Boolean);
      unplotted.push({ slug: m.slug, name: m.name, access: m.access, reason: reasons.join("; ") });
      continue;
    }
    points.push({
      slug: m.slug,
      name: m.name,
      access: m.access,
      t,
      released: formatPartialDate(m.releaseDate as string, m.releaseDatePrecision),
      parameters: m.parameters as number,
      activeParameters: m.activeParameters,
      notable: false,
    });
  }
  const notable = notableRecordPoints(points, MAX_SIZE_LABELS);
  for (const p of points) p.notable = notable.has(p.slug);
  points.sort((a, b) => a.t - b.t || a.name.localeCompare(b.name));
  unplotted.sort((a, b) => a.name.localeCompare(b.name));
  return { points, unplotted };
}
