// A compared value's provenance: the shared source mark (kind, dataset, day read).
import { SourceMark } from "@/components/models/source-mark";
import type { SourceKind } from "@/lib/domain/provenance";

type Props = { url: string | null; asOf?: string | null; label?: string; kind?: SourceKind | null; dataset?: { name: string; commit: string } | null };

export function ValueSource({ url, asOf, label, kind, dataset }: Props) {
  return (
    <>
      {" "}
      <SourceMark url={url} asOf={asOf} kind={kind} dataset={dataset} label={label} />
    </>
  );
}
