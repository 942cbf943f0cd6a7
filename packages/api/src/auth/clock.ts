/** The time source of every rule that depends on it (expiries, throttling); tests pass their own. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
