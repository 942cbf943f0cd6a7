import { TRPCClientError } from "@petshop/client";
import { orderNumberInput } from "@petshop/client/schemas";
import type { Connection } from "../connect";
import { CliError, EXIT, type ExitCode } from "../exit";
import { type Io, write } from "../io";
import { requireStaff } from "../whoami";

// `shop orders fulfil 1042 1043 …`: the courier's list, each order moved by the shop's own state
// machine (the same procedure as the admin app's button), one line per order.

/** The numbers as given, or a CliError naming the first that is not an order number. */
function checkNumbers(numbers: string[]): string[] {
  return numbers.map((value) => {
    const parsed = orderNumberInput.safeParse({ number: value });
    if (!parsed.success)
      throw new CliError(`"${value}" is not an order number: ${parsed.error.issues[0]?.message}`);
    return parsed.data.number;
  });
}

/** What the shop said when it refused, for the order's line. */
function refusal(error: unknown): string {
  if (
    error instanceof TRPCClientError &&
    (error.data?.code === "CONFLICT" || error.data?.code === "NOT_FOUND")
  ) {
    return error.message;
  }
  throw error;
}

/** Marks each paid order fulfilled; returns 1 when any was refused. */
export async function fulfilOrders(connection: Connection, io: Io, numbers: string[]): Promise<ExitCode> {
  const checked = checkNumbers(numbers);
  await requireStaff(connection);
  let refused = 0;
  for (const number of checked) {
    let line: string;
    try {
      const order = await connection.api.orders.adminByNumber.query({ number });
      if (order.status === "fulfilled") line = "already fulfilled, nothing to do";
      else {
        await connection.api.orders.markFulfilled.mutate({ orderId: order.id });
        line = "fulfilled";
      }
    } catch (error) {
      refused += 1;
      line = `refused: ${refusal(error)}`;
    }
    await write(io.stdout, `order ${number}: ${line}\n`);
  }
  return refused > 0 ? EXIT.refused : EXIT.done;
}
