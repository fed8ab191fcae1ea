// A fact's provenance on the model page: the shared source mark, looked up by source key.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { SourceMark } from "@/components/models/source-mark";

type Props = { model?: ModelDetail; sourceKey?: string | null; url: string | null | undefined; title?: string | null; asOf?: string | null };

export function SourceLink({ model, sourceKey, url, title, asOf }: Props) {
  const source = sourceKey ? model?.sources.find((s) => s.key === sourceKey) : undefined;
  return (
    <SourceMark
      url={source?.url ?? url}
      title={source?.title ?? title}
      asOf={source?.asOf ?? asOf}
      kind={source?.kind ?? null}
      dataset={source?.dataset ?? null}
    />
  );
}
