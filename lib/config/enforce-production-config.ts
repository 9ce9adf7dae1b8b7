// Node.js side of instrumentation.ts: stop the server process on a bad production configuration.
import { formatConfigProblems, productionConfigProblems } from "./production-config";

export function enforceProductionConfig(): void {
  const problems = productionConfigProblems(process.env);
  if (problems.length === 0) return;
  console.error(`\n✗ ${formatConfigProblems(problems)}\n`);
  process.exit(1);
}
