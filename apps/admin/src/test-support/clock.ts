import { afterEach, beforeEach, vi } from "vitest";

/**
 * Fixes the clock's date at `iso` for each test, so "the last 30 days" are known days. Only Date is
 * faked: the fake API, React Query and waitFor keep their real timers.
 */
export function todayIs(iso: string) {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(iso);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
