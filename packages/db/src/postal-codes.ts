// Postal codes as each country writes them, checked after tidying what was typed (trimmed,
// capitals, single spaces), and stored in the country's own form ("d02x285" becomes "D02 X285").
// Browser-safe: the checkout form judges them exactly as the server does.

export interface PostalCodeRule {
  /** Matches a tidied code; its groups are what `format` puts together. */
  pattern: RegExp;
  /** The country's own way of writing it, as a replacement string for `pattern`. */
  format: string;
  /** A real code, to show the customer what is expected. */
  example: string;
}

/** Eircode letters: the ones that cannot be misread as digits or each other. */
const EIR = "AC-FHKNPRTV-Y";

/** The countries with rules of their own: every default delivery country and their neighbours. */
export const POSTAL_CODE_RULES = {
  IE: {
    pattern: new RegExp(`^([${EIR}]\\d{2}|D6W) ?([\\d${EIR}]{4})$`),
    format: "$1 $2",
    example: "A65 F4E2",
  },
  // Outward code (area, district) and inward code (sector, unit); the unit never uses C I K M O V.
  GB: {
    pattern: /^([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})$/,
    format: "$1 $2",
    example: "SW1A 1AA",
  },
  FR: { pattern: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, format: "$&", example: "75008" },
  DE: { pattern: /^(?:0[1-9]|[1-9]\d)\d{3}$/, format: "$&", example: "10115" },
  ES: { pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, format: "$&", example: "28013" },
  IT: { pattern: /^\d{5}$/, format: "$&", example: "00184" },
  NL: { pattern: /^([1-9]\d{3}) ?((?!SA|SD|SS)[A-Z]{2})$/, format: "$1 $2", example: "1012 AB" },
  BE: { pattern: /^[1-9]\d{3}$/, format: "$&", example: "1000" },
  LU: { pattern: /^(?:L-?)?(\d{4})$/, format: "$1", example: "1616" },
  PT: { pattern: /^([1-9]\d{3})[- ]?(\d{3})$/, format: "$1-$2", example: "1100-148" },
  AT: { pattern: /^[1-9]\d{3}$/, format: "$&", example: "1010" },
  CH: { pattern: /^[1-9]\d{3}$/, format: "$&", example: "8001" },
  DK: { pattern: /^\d{4}$/, format: "$&", example: "1050" },
  SE: { pattern: /^([1-9]\d{2}) ?(\d{2})$/, format: "$1 $2", example: "111 52" },
  NO: { pattern: /^\d{4}$/, format: "$&", example: "0150" },
  FI: { pattern: /^\d{5}$/, format: "$&", example: "00100" },
  PL: { pattern: /^(\d{2})[- ]?(\d{3})$/, format: "$1-$2", example: "00-950" },
  CZ: { pattern: /^([1-7]\d{2}) ?(\d{2})$/, format: "$1 $2", example: "110 00" },
} satisfies Record<string, PostalCodeRule>;

/**
 * A country without a rule here may still be configured (DELIVERY_COUNTRIES takes any country):
 * its codes are only held to a shape every postal code has, 2 to 10 letters and digits, spaces
 * or hyphens between, at least one digit.
 */
const ANY_POSTAL_CODE = /^(?=.*\d)[A-Z\d][A-Z\d -]{0,8}[A-Z\d]$/;

const hasRule = (country: string): country is keyof typeof POSTAL_CODE_RULES =>
  Object.hasOwn(POSTAL_CODE_RULES, country);

const ruleOf = (country: string): PostalCodeRule | undefined =>
  hasRule(country) ? POSTAL_CODE_RULES[country] : undefined;

/** What was typed, tidied for checking: trimmed, in capitals, with single spaces. */
export function tidyPostalCode(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, " ");
}

/** The code in its country's own form, or undefined when it is not one of that country's codes. */
export function formatPostalCode(country: string, text: string): string | undefined {
  const code = tidyPostalCode(text);
  const rule = ruleOf(country);
  if (!rule) return ANY_POSTAL_CODE.test(code) ? code : undefined;
  return rule.pattern.test(code) ? code.replace(rule.pattern, rule.format) : undefined;
}

/** A real postal code of the country, to show what is expected; none for a country without a rule. */
export function postalCodeExample(country: string): string | undefined {
  return ruleOf(country)?.example;
}

/** What to tell a customer whose postal code does not fit the country they chose. */
export function postalCodeHint(country: string): string {
  const example = postalCodeExample(country);
  return example ? `Give a postal code like ${example}.` : "Give the postal code, in letters and digits.";
}
