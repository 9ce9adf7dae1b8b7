import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/net/client-address";

const nobody = parseTrustedProxies(undefined);
const loopback = parseTrustedProxies("127.0.0.1,::1");

describe("normalizeAddress", () => {
  it("writes IPv4-mapped IPv6 as IPv4 and drops brackets, ports and zones", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::FFFF:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.7:5000")).toBe("203.0.113.7");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress(" 2001:DB8::A ")).toBe("2001:db8::a");
  });
  it("refuses what is not an address", () => {
    for (const bad of ["unknown", "", "1.2.3", "999.1.1.1", "<script>", "1.2.3.4, 5.6.7.8"])
      expect(normalizeAddress(bad)).toBeNull();
    expect(normalizeAddress(undefined)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("trusts nobody when unset or empty", () => {
    expect(nobody("127.0.0.1")).toBe(false);
    expect(parseTrustedProxies(" , ")("::1")).toBe(false);
  });
  it("matches single addresses of both families, IPv4-mapped included", () => {
    expect(loopback("127.0.0.1")).toBe(true);
    expect(loopback("::ffff:127.0.0.1")).toBe(true);
    expect(loopback("::1")).toBe(true);
    expect(loopback("127.0.0.2")).toBe(false);
    expect(loopback("::2")).toBe(false);
  });
  it("matches CIDR blocks", () => {
    const t = parseTrustedProxies("10.0.0.0/8, 192.168.4.0/24, fd00::/8");
    expect(t("10.255.0.1")).toBe(true);
    expect(t("11.0.0.1")).toBe(false);
    expect(t("192.168.4.200")).toBe(true);
    expect(t("192.168.5.1")).toBe(false);
    expect(t("fd12:3456::9")).toBe(true);
    expect(t("fe80::1")).toBe(false);
    expect(t("garbage")).toBe(false);
  });
  it("refuses a typo instead of trusting nobody or everybody", () => {
    for (const bad of ["127.0.0.1,localhost", "10.0.0.0/33", "fd00::/129", "10.0.0.0/8/1", "10.0.0.0/x", "*"])
      expect(() => parseTrustedProxies(bad), bad).toThrow(/MIAOPU_TRUSTED_PROXIES/);
  });
});

describe("resolveClientAddress", () => {
  it("uses the socket peer and ignores X-Forwarded-For from a peer that is not trusted", () => {
    expect(resolveClientAddress("203.0.113.7", "10.9.9.9", nobody)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "10.9.9.9", loopback)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, loopback)).toBe("203.0.113.7");
  });
  it("from a trusted proxy takes the right-most entry, not the client-written ones left of it", () => {
    // the client sent "X-Forwarded-For: 1.1.1.1"; nginx appended the address it saw
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 198.51.100.4", loopback)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:127.0.0.1", "198.51.100.4", loopback)).toBe("198.51.100.4");
    expect(resolveClientAddress("::1", "2001:db8::5", loopback)).toBe("2001:db8::5");
  });
  it("walks a chain of trusted proxies", () => {
    const t = parseTrustedProxies("127.0.0.1,10.0.0.0/8");
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.4, 10.1.1.1, 10.2.2.2", t)).toBe("198.51.100.4");
    expect(resolveClientAddress("127.0.0.1", ["6.6.6.6, 198.51.100.4", "10.2.2.2"], t)).toBe("198.51.100.4");
  });
  it("without a usable entry stays with the last trusted hop", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, loopback)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "", loopback)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.4, unknown", loopback)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "::1, 127.0.0.1", loopback)).toBe("::1");
  });
  it("has no address without a peer", () => {
    expect(resolveClientAddress(undefined, "198.51.100.4", loopback)).toBeNull();
  });
});
