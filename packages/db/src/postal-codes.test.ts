import { describe, expect, it } from "vitest";
import {
  formatPostalCode,
  POSTAL_CODE_RULES,
  postalCodeExample,
  postalCodeHint,
  tidyPostalCode,
} from "./postal-codes";

/** Per country: codes as typed with the form they are kept in, and codes that are not theirs. */
const SAMPLES: Record<keyof typeof POSTAL_CODE_RULES, { valid: [string, string][]; invalid: string[] }> = {
  IE: {
    valid: [
      ["A65 F4E2", "A65 F4E2"],
      [" d02x285 ", "D02 X285"],
      ["D6W 1234", "D6W 1234"],
      ["v94  t9px", "V94 T9PX"],
    ],
    invalid: ["!!!", "B65 F4E2", "A65 F4E", "A6 5F4E2", "A65 F4B2", "12345"],
  },
  GB: {
    valid: [
      ["SW1A 1AA", "SW1A 1AA"],
      ["m1 1ae", "M1 1AE"],
      ["EC1A1BB", "EC1A 1BB"],
      ["B33 8TH", "B33 8TH"],
      ["DN55 1PT", "DN55 1PT"],
      ["W1A 0AX", "W1A 0AX"],
    ],
    invalid: ["Q1 1AA", "SW1A 1AC", "SW1A", "SW1A 1AAA", "12345"],
  },
  FR: {
    valid: [
      ["75008", "75008"],
      ["01000", "01000"],
      ["20000", "20000"],
      ["97400", "97400"],
    ],
    invalid: ["7500", "00100", "99000", "75 008", "ABCDE"],
  },
  DE: {
    valid: [
      ["10115", "10115"],
      ["01067", "01067"],
      ["80331", "80331"],
    ],
    invalid: ["00123", "1011", "101155", "D-10115"],
  },
  ES: {
    valid: [
      ["28013", "28013"],
      ["08001", "08001"],
      ["52001", "52001"],
    ],
    invalid: ["53001", "00100", "2801"],
  },
  IT: {
    valid: [
      ["00184", "00184"],
      ["20121", "20121"],
      ["98168", "98168"],
    ],
    invalid: ["0018", "001845", "I-00184"],
  },
  NL: {
    valid: [
      ["1012 AB", "1012 AB"],
      ["1012ab", "1012 AB"],
      ["9999 ZZ", "9999 ZZ"],
    ],
    invalid: ["0123 AB", "1012 SA", "1012", "1012 A1"],
  },
  BE: {
    valid: [
      ["1000", "1000"],
      ["9000", "9000"],
    ],
    invalid: ["0999", "10000", "B-1000"],
  },
  LU: {
    valid: [
      ["1616", "1616"],
      ["L-1616", "1616"],
      ["l1616", "1616"],
    ],
    invalid: ["161", "L-16166", "LU-1616"],
  },
  PT: {
    valid: [
      ["1100-148", "1100-148"],
      ["1100 148", "1100-148"],
      ["4000322", "4000-322"],
    ],
    invalid: ["0100-148", "1100-14", "1100"],
  },
  AT: {
    valid: [
      ["1010", "1010"],
      ["6020", "6020"],
    ],
    invalid: ["0101", "10100"],
  },
  CH: {
    valid: [
      ["8001", "8001"],
      ["1200", "1200"],
    ],
    invalid: ["0800", "80010"],
  },
  DK: {
    valid: [
      ["1050", "1050"],
      ["0800", "0800"],
    ],
    invalid: ["105", "10500"],
  },
  SE: {
    valid: [
      ["111 52", "111 52"],
      ["11152", "111 52"],
    ],
    invalid: ["011 52", "1115", "111-52"],
  },
  NO: {
    valid: [
      ["0150", "0150"],
      ["5003", "5003"],
    ],
    invalid: ["015", "01500"],
  },
  FI: {
    valid: [
      ["00100", "00100"],
      ["33100", "33100"],
    ],
    invalid: ["0010", "001000"],
  },
  PL: {
    valid: [
      ["00-950", "00-950"],
      ["00950", "00-950"],
      ["31 042", "31-042"],
    ],
    invalid: ["0-950", "00-9500"],
  },
  CZ: {
    valid: [
      ["110 00", "110 00"],
      ["60200", "602 00"],
    ],
    invalid: ["010 00", "810 00", "1100"],
  },
};

describe("postal codes", () => {
  it("are tidied before they are judged: trimmed, in capitals, single spaces", () => {
    expect(tidyPostalCode("  d02 \t x285 ")).toBe("D02 X285");
  });

  describe.each(Object.entries(SAMPLES))("of %s", (country, { valid, invalid }) => {
    it.each(valid)("take %j, kept as %j", (typed, kept) => {
      expect(formatPostalCode(country, typed)).toBe(kept);
    });

    it.each(invalid)("refuse %j", (typed) => {
      expect(formatPostalCode(country, typed)).toBeUndefined();
    });
  });

  it.each(Object.entries(POSTAL_CODE_RULES))(
    "of %s are shown by an example of their own",
    (country, rule) => {
      expect(formatPostalCode(country, rule.example)).toBe(rule.example);
      expect(postalCodeHint(country)).toContain(rule.example);
    },
  );

  it("of a country without a rule here are held to the shape every postal code has", () => {
    expect(formatPostalCode("GR", "105 57")).toBe("105 57");
    expect(formatPostalCode("US", "90210-1234")).toBe("90210-1234");
    for (const typed of ["!!!", "ABC", "1", "12345678901", "-1234", "12 34!"]) {
      expect(formatPostalCode("GR", typed), typed).toBeUndefined();
    }
    expect(postalCodeExample("GR")).toBeUndefined();
    expect(postalCodeHint("GR")).toBe("Give the postal code, in letters and digits.");
  });

  it("are refused with an example of the country's", () => {
    expect(postalCodeHint("IE")).toBe("Give a postal code like A65 F4E2.");
  });
});
