import { getRecommendation } from "@/lib/db/recommend";
import { parseRecommendQuery } from "@/lib/schemas/recommend-query";
const qs = process.argv.slice(2);
for (const q of qs) {
  const p = parseRecommendQuery(new URLSearchParams(q));
  if (!p.ok) { console.log(q, JSON.stringify(p.issues)); continue; }
  const t = performance.now();
  const r = await getRecommendation(p.query);
  console.log(`\n### ${q}  (${(performance.now() - t).toFixed(0)} ms, ${r.candidates} candidates)`);
  console.log("SUMMARY:", r.verdict.summary);
  for (const [k, s] of Object.entries({ open: r.verdict.open, closed: r.verdict.closed })) console.log(`  best ${k}:`, s.item ? `${s.item.model.name} | ${s.item.route} ${s.item.providerName} | $${s.item.monthlyCostUsd.toFixed(2)}/mo | ${s.item.quality ? s.item.quality.benchmark + " " + s.item.quality.score : "no score"} | openness ${s.item.opennessScore}` : s.ruledOutBy);
  r.items.slice(0, 3).forEach((i, n) => console.log(`  #${n + 1} ${i.model.name} (${i.model.access}) ${i.route} ${i.providerName} $${i.monthlyCostUsd.toFixed(2)} score ${i.score} | ${i.tradeOffs.slice(0, 3).join("; ")}`));
  console.log(`  near misses: ${r.nearMisses.slice(0, 4).map((n) => `${n.model.name} — ${n.failed[0]?.message}`).join(" | ")}`);
}
process.exit(0);
