import Link from "next/link";
import { ModelSuggestions } from "./_components/model-suggestions";

export default function ModelNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">No model with that name</h1>
      <p>The address may be misspelt, or the model is not in the catalogue yet.</p>
      <ModelSuggestions />
      <p>
        <Link href="/models" className="underline">Browse the whole catalogue</Link> or search it by name, organisation or licence.
      </p>
    </div>
  );
}
