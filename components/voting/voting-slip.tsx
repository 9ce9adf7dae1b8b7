// One voting slip: the session, the voter's category, the code in groups of four and a QR code
// to /vote#CODE (drawn as inline SVG like the TOTP enrolment's, so the strict CSP holds).
export function VotingSlip(props: {
  title: string;
  kind: string;
  category: string;
  window: string;
  code: string;
  url: string;
  qr: boolean[][];
}) {
  const size = props.qr.length;
  let d = "";
  props.qr.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : "")));
  return (
    <div
      className="flex break-inside-avoid gap-3 border border-dashed border-slate-400 p-3"
      style={{ height: "66mm" }}
      data-testid="voting-slip"
    >
      <div className="min-w-0 flex-1 text-xs leading-5 text-slate-800">
        <p className="text-sm font-semibold">{props.title}</p>
        <p>
          {props.kind} · {props.category}
        </p>
        <p>投票时间：{props.window}</p>
        <p className="mt-2">投票码</p>
        <p className="font-mono text-base font-semibold tracking-wider" data-testid="slip-code">
          {props.code}
        </p>
        <p className="mt-2 text-[10px] text-slate-500">
          扫码或打开 {props.url} 输入投票码。无记名：投票码不登记姓名，只能使用一次。
        </p>
      </div>
      <svg
        role="img"
        aria-label="投票二维码"
        viewBox={`-2 -2 ${size + 4} ${size + 4}`}
        className="h-28 w-28 shrink-0 bg-white"
        shapeRendering="crispEdges"
      >
        <path d={d} fill="#000" />
      </svg>
    </div>
  );
}
