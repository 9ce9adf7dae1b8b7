import { Table, Td, Th } from "@/components/ui/table";
import { paramValueText } from "@/lib/settings/param-value-text";
import { policyParamFields, valueAt } from "@/lib/settings/policy-fields";
import type { FlatOverrides } from "@/lib/settings/policy-draft";

/** The parameters a district profile version overrides: inherited value → its own. */
export function OverridesTable({ overrides, baseParams }: { overrides: FlatOverrides; baseParams: unknown }) {
  const fields = policyParamFields().filter((f) => f.path in overrides);
  if (!fields.length) return <p className="text-sm text-slate-600">本版本未覆盖任何参数，数值与所继承的配置相同。</p>;
  return (
    <Table data-testid="overrides">
      <thead>
        <tr>
          <Th>参数</Th>
          <Th>规则</Th>
          <Th>继承值</Th>
          <Th>本配置</Th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.path}>
            <Td>
              {f.label}
              <div className="font-mono text-xs text-slate-400">{f.path}</div>
            </Td>
            <Td className="font-mono text-xs">{f.ruleIds.join("、")}</Td>
            <Td>{paramValueText(f, valueAt(baseParams, f.path))}</Td>
            <Td className="font-medium">{paramValueText(f, overrides[f.path])}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
