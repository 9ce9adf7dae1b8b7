// A QR code drawn as one SVG path from its module matrix (uqr's encode, on the server): inline
// SVG needs no script and no image request, so the page keeps its strict CSP.
export function QrCode({ modules, label }: { modules: boolean[][]; label: string }) {
  const size = modules.length;
  let d = "";
  modules.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : "")));
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`-2 -2 ${size + 4} ${size + 4}`}
      className="h-48 w-48 bg-white"
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <path d={d} fill="#000" />
    </svg>
  );
}
