import "server-only";
import type { LicenceWithCount, OrganizationWithCount } from "@/lib/schemas/model-response";
import { getDb } from "./prisma";
import { toLicence } from "./mappers";

/** Every licence with its structured terms and how many models use it. */
export async function listLicences(): Promise<LicenceWithCount[]> {
  const rows = await getDb().db.licence.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { models: true } } } });
  return rows.map(({ _count, ...l }) => ({ ...toLicence(l), modelCount: _count.models }));
}

/** Every organisation with how many models it has in the catalogue. */
export async function listOrganizations(): Promise<OrganizationWithCount[]> {
  const rows = await getDb().db.organization.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { models: true } } } });
  return rows.map((o) => ({ slug: o.slug, name: o.name, url: o.url, sourceUrl: o.sourceUrl, modelCount: o._count.models }));
}
