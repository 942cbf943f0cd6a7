// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DeliveryAddress } from "./DeliveryAddress";

afterEach(cleanup);

describe("a delivery address", () => {
  it("is written as on a label, the country by its name", () => {
    render(
      <DeliveryAddress
        address={{
          line1: "1 Harbour Road",
          line2: "Flat 2",
          postalCode: "D13 X2Y3",
          city: "Howth",
          country: "IE",
        }}
      />,
    );
    const address = screen.getByRole("group");
    expect(address.innerHTML.split("<br>")).toEqual([
      "1 Harbour Road",
      "Flat 2",
      "D13 X2Y3 Howth",
      "Ireland",
    ]);
  });

  it("leaves out an empty second line, and shows a code it cannot name as given", () => {
    render(
      <DeliveryAddress
        address={{ line1: "1 Main Street", postalCode: "12345", city: "Nowhere", country: "ZZ" }}
      />,
    );
    expect(screen.getByRole("group").textContent).toBe("1 Main Street12345 NowhereZZ");
  });
});
