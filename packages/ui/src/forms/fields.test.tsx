// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SelectField } from "./SelectField";
import { TextAreaField } from "./TextAreaField";
import { TextField } from "./TextField";

afterEach(cleanup);

/** The hint and error a screen reader reads with the control, in order. */
function description(control: HTMLElement): string[] {
  const ids = control.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "");
}

describe("the form fields", () => {
  it("tie each control to its label, hint and error, whatever the control", () => {
    render(
      <>
        <TextField label="Name" hint="As on your ID" error="Enter a name" />
        <TextAreaField label="Note" density="compact" hint="Optional" />
        <SelectField label="Species" options={[{ value: "dog", label: "Dogs" }]} error="Choose one" />
      </>,
    );
    const name = screen.getByLabelText("Name");
    expect(name.tagName).toBe("INPUT");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(description(name)).toEqual(["As on your ID", "Enter a name"]);

    const note = screen.getByLabelText("Note");
    expect(note.tagName).toBe("TEXTAREA");
    expect(note.hasAttribute("aria-invalid")).toBe(false);
    expect(description(note)).toEqual(["Optional"]);

    const species = screen.getByRole("combobox", { name: "Species" });
    expect(description(species)).toEqual(["Choose one"]);
    expect(screen.getByRole("option", { name: "Dogs" })).toBeTruthy();
  });

  it("pass the control's own attributes through, and keep a given id", () => {
    render(<TextField label="Email" id="email" type="email" autoComplete="email" />);
    const email = screen.getByLabelText("Email");
    expect(email.id).toBe("email");
    expect(email.getAttribute("type")).toBe("email");
    expect(email.getAttribute("autocomplete")).toBe("email");
  });
});
