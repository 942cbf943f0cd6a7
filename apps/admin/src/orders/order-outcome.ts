/** How an action on the order ended, said in the status panel (which outlives the action's own controls). */
export type OrderOutcome = { kind: "done"; text: string } | { kind: "refused"; text: string };

export type ReportOutcome = (outcome: OrderOutcome | null) => void;
