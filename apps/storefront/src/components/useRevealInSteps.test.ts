import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useRevealInSteps } from "./useRevealInSteps";

describe("useRevealInSteps", () => {
  it("shows a step at first, a step more per task, then everything, and later growth at once", async () => {
    const seen: number[] = [];
    const { rerender } = renderHook(
      ({ total }) => {
        const shown = useRevealInSteps(total, 6);
        seen.push(shown);
        return shown;
      },
      { initialProps: { total: 20 } },
    );
    expect(seen[0]).toBe(6);
    await waitFor(() => expect(seen.at(-1)).toBe(20));
    expect([...new Set(seen)]).toEqual([6, 12, 18, 20]);

    rerender({ total: 44 });
    expect(seen.at(-1)).toBe(44);
  });

  it("waits for items while there are none, then starts with a step", async () => {
    const { result, rerender } = renderHook(({ total }) => useRevealInSteps(total, 6), {
      initialProps: { total: 0 },
    });
    expect(result.current).toBe(0);
    rerender({ total: 24 });
    expect(result.current).toBe(6);
    await waitFor(() => expect(result.current).toBe(24));
  });
});
