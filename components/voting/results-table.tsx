// A closed session's result per name: raw counts per choice and category, raw and weighted
// shares, and the one-click step to the record it feeds.
import { Table, Td, Th } from "@/components/ui/table";
import type { VotingKind } from "@/lib/domain/enums";
import { ballotChoiceLabel, voterCategoryLabel } from "@/lib/labels";
import { choicesFor } from "@/lib/voting/choices";
import { percent, recognitionShare, type Tally } from "@/lib/voting/tally";
import { ApplyResultButton } from "./session-buttons";

export interface ApplyTarget {
  candidateId: string;
  version: number;
  label: string;
  done: string | null;
}

export function ResultsTable({
  sessionId,
  kind,
  tally,
  threshold,
  targets,
}: {
  sessionId: string;
  kind: VotingKind;
  tally: Tally;
  threshold: number | null;
  targets: Map<string, ApplyTarget>;
}) {
  const choices = choicesFor(kind);
  return (
    <Table data-testid="results-table">
      <thead>
        <tr>
          <Th>人选</Th>
          {choices.map((c) => (
            <Th key={c}>{ballotChoiceLabel[c]}（票）</Th>
          ))}
          {choices.map((c) => (
            <Th key={`w-${c}`}>{ballotChoiceLabel[c]}（得票率 / 加权）</Th>
          ))}
          {threshold !== null ? <Th>称职以上（加权）</Th> : null}
          <Th>写入</Th>
        </tr>
      </thead>
      <tbody>
        {tally.candidates.map((row) => {
          const t = targets.get(row.id);
          const recognition = recognitionShare(row);
          return (
            <tr key={row.id} data-testid="result-row">
              <Td>{row.label}</Td>
              {choices.map((c) => (
                <Td
                  key={c}
                  title={tally.categories
                    .map((k) => `${voterCategoryLabel[k.category]} ${row.byCategory[k.category]?.[c] ?? 0}`)
                    .join("，")}
                >
                  {row.counts[c] ?? 0}
                </Td>
              ))}
              {choices.map((c) => (
                <Td key={`w-${c}`}>
                  {percent(row.rawShare[c] ?? 0)} / {row.weightedShare ? percent(row.weightedShare[c] ?? 0) : "—"}
                </Td>
              ))}
              {threshold !== null ? (
                <Td className={recognition < threshold - 1e-9 ? "font-medium text-rose-700" : ""}>
                  {percent(recognition)}
                  {recognition < threshold - 1e-9 ? `（低于 ${percent(threshold)}，ZZ15-EXCL）` : ""}
                </Td>
              ) : null}
              <Td>
                {t?.done ? (
                  <span className="text-emerald-700">{t.done}</span>
                ) : t && (threshold === null || recognition < threshold - 1e-9) ? (
                  <ApplyResultButton sessionId={sessionId} candidateId={row.id} version={t.version} label={t.label} />
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
