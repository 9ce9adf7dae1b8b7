// `npx tsx lib/cli/make-icons.ts`: renders public/icon.svg into the PNG icons and favicon.ico that
// public/ ships (browsers' tab icon, the phone home-screen icon of app/manifest.ts). Run it after
// changing the SVG and commit the results; nothing renders icons at build or run time.
import fs from "node:fs";
import sharp from "sharp";

const svg = fs.readFileSync("public/icon.svg");
const png = (size: number) =>
  sharp(svg, { density: 72 * (size / 64) })
    .resize(size, size)
    .png()
    .toBuffer();

/** A .ico holding one PNG image (every current browser reads PNG-in-ICO). */
function ico(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, image]);
}

async function main() {
  for (const [file, size] of [
    ["public/icon-192.png", 192],
    ["public/icon-512.png", 512],
    ["public/apple-touch-icon.png", 180],
  ] as const)
    fs.writeFileSync(file, await png(size));
  fs.writeFileSync("public/favicon.ico", ico(await png(32), 32));
  console.log("public/: icon-192.png icon-512.png apple-touch-icon.png favicon.ico");
}

void main();
