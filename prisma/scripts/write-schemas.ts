// Writes each provider's schema.prisma: its generator and datasource header,
// then the shared data model. Run by `npm run db:generate`.
import { readFileSync, writeFileSync } from "node:fs";
import { PROVIDERS, providerSchemaText } from "./schema-files";

const models = readFileSync("prisma/schema/models.prisma", "utf8");
for (const provider of PROVIDERS) {
  writeFileSync(`prisma/${provider}/schema.prisma`, providerSchemaText(provider, models));
}
