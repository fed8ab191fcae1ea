// prisma/catalogue/datasets.json: each imported dataset snapshot — where it
// lives, its licence and the attribution that licence asks for, the commit
// imported and the day. The data page and every dataset-sourced fact use it.
import { z } from "zod";
import { DATASETS } from "./imported";

const text = z.string().trim().min(1).max(2000);
const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" }).max(2048);

export const datasetsFileSchema = z.strictObject({
  datasets: z.array(
    z.strictObject({
      name: z.enum(DATASETS),
      title: text.max(120),
      /** https://github.com/<owner>/<repo> */
      repository: httpsUrl,
      homepage: httpsUrl,
      licence: text.max(80),
      licenceUrl: httpsUrl,
      commit: z.string().regex(/^[0-9a-f]{40}$/),
      /** The day of the snapshot's commit. */
      snapshotDate: z.iso.date(),
      /** The day we imported (read) it. */
      importedOn: z.iso.date(),
      /** What the licence asks us to show, in our words where it allows. */
      attribution: text,
      /** What we take from it. */
      provides: text,
    }),
  ),
});

export type DatasetsFile = z.infer<typeof datasetsFileSchema>;
