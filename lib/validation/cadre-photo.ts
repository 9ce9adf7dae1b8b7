// The 任免审批表 photo: the browser crops the chosen file to the form's 2.5×3.5 cm box and sends
// a JPEG; the server trusts neither the name nor the declared type and reads the bytes' own
// signature (only JPEG and PNG are photos here). Pure, shared by the editor and the action.
import { z } from "zod";

/** the chosen file, before cropping */
export const PHOTO_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
/** the stored photo, after cropping (a 300×420 JPEG is far smaller) */
export const PHOTO_MAX_BYTES = 512 * 1024;
/** 2.5 cm × 3.5 cm at about 300 dpi */
export const PHOTO_WIDTH = 300;
export const PHOTO_HEIGHT = 420;

export const PHOTO_UPLOAD_TOO_LARGE = "照片文件不能超过5MB，请选择较小的文件";
export const PHOTO_TOO_LARGE = "照片不能超过512KB";
export const PHOTO_NOT_IMAGE = "照片应为JPEG或PNG格式的图片";

export type PhotoMime = "image/jpeg" | "image/png";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type the bytes themselves say, or null: JPEG starts FF D8 FF, PNG with its 8-byte signature. */
export function photoMimeOf(bytes: Uint8Array): PhotoMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= PNG.length && PNG.every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

/** base64 of at most PHOTO_MAX_BYTES (4 characters per 3 bytes) */
const MAX_BASE64 = Math.ceil(PHOTO_MAX_BYTES / 3) * 4;

export const photoSchema = z.object({
  cadreId: z.string().min(1).max(40),
  version: z.number().int().min(1),
  /** the image's bytes in base64 (no data: prefix) */
  photo: z
    .string({ error: "请选择照片" })
    .min(1, "请选择照片")
    .max(MAX_BASE64, PHOTO_TOO_LARGE)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, PHOTO_NOT_IMAGE),
});

export type PhotoInput = z.input<typeof photoSchema>;
