// @vitest-environment happy-dom
import { ApiProvider, TRPCClientError, useTRPCClient } from "@petshop/client/react";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeApi, fakeApi, unexpectedHandlerErrors } from "./fake-api";
import { FakeApiError, FakeNetworkFailure } from "./fake-api-error";
import type { Handlers } from "./procedures";

type Client = ReturnType<typeof useTRPCClient>;

/** The typed client the SPAs use, with the shared links, talking to `api`. */
function clientOf(api: FakeApi): Client {
  let client: Client | undefined;
  function Grab() {
    client = useTRPCClient();
    return null;
  }
  render(
    <ApiProvider url="http://shop.test" fetch={api.fetch}>
      <Grab />
    </ApiProvider>,
  );
  if (!client) throw new Error("ApiProvider gave no client");
  return client;
}

const ann = {
  id: "00000000-0000-4000-8000-00000000a001",
  email: "ann@example.com",
  name: "Ann",
  role: "customer",
  createdAt: "2026-11-01T10:00:00.000Z",
} as const;

afterEach(() => {
  cleanup();
  unexpectedHandlerErrors.splice(0);
});

describe("the fake API", () => {
  it("answers a batch of queries from the handlers and records what was sent", async () => {
    const api = fakeApi({
      "users.me": () => ann,
      "animals.facets": (input) => ({ total: input?.species?.length ?? 0, species: [], priceBands: [] }),
    });
    const client = clientOf(api);
    const [me, facets] = await Promise.all([
      client.users.me.query(),
      client.animals.facets.query({ species: ["dog", "cat"] }),
    ]);
    expect(me?.name).toBe("Ann");
    expect(facets.total).toBe(2);
    expect(api.calls.map((call) => call.path)).toEqual(["users.me", "animals.facets"]);
    expect(api.inputsOf("animals.facets")).toEqual([{ species: ["dog", "cat"] }]);
  });

  it("answers a call the client sends alone", async () => {
    const api = fakeApi({ "users.login": () => ann });
    const client = clientOf(api);
    expect(
      (await client.users.login.mutate({ email: "ann@example.com", password: "correct horse" })).id,
    ).toBe(ann.id);
    expect(api.inputsOf("users.login")).toEqual([{ email: "ann@example.com", password: "correct horse" }]);
  });

  it("answers a FakeApiError in the server's error shape", async () => {
    const api = fakeApi({
      "users.login": () => {
        throw new FakeApiError("BAD_REQUEST", "Enter an email address.", {
          fieldErrors: { email: ["Enter an email address."] },
        });
      },
    });
    const error = await clientOf(api)
      .users.login.mutate({ email: "", password: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error).toMatchObject({
      message: "Enter an email address.",
      data: {
        code: "BAD_REQUEST",
        httpStatus: 400,
        path: "users.login",
        zodError: { formErrors: [], fieldErrors: { email: ["Enter an email address."] } },
      },
    });
  });

  it("answers each call of a batch on its own, and NOT_FOUND where no handler is given", async () => {
    const client = clientOf(fakeApi({ "users.me": () => null }));
    const [me, facets] = await Promise.allSettled([client.users.me.query(), client.animals.facets.query({})]);
    expect(me).toEqual({ status: "fulfilled", value: null });
    expect(facets).toMatchObject({ status: "rejected", reason: { data: { code: "NOT_FOUND" } } });
  });

  it("masks a handler's accident as the server would, and keeps it for the test to fail on", async () => {
    const accident = new Error("a bug in the test");
    const client = clientOf(
      fakeApi({
        "users.me": () => {
          throw accident;
        },
      }),
    );
    await expect(client.users.me.query()).rejects.toMatchObject({ data: { code: "INTERNAL_SERVER_ERROR" } });
    expect(unexpectedHandlerErrors).toEqual([accident]);
  });

  it("fails the whole request, with no error shape, when the network is down", async () => {
    const client = clientOf(
      fakeApi({
        "users.me": () => {
          throw new FakeNetworkFailure();
        },
      }),
    );
    const error = await client.users.me.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error).toMatchObject({ data: undefined });
  });

  it("holds every answer until `answerAfter` settles", async () => {
    let release = () => {};
    const answerAfter = new Promise<void>((resolve) => {
      release = resolve;
    });
    const client = clientOf(fakeApi({ "users.me": () => null }, { answerAfter }));
    let answered = false;
    const me = client.users.me.query().then(() => {
      answered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    release();
    await me;
    expect(answered).toBe(true);
  });

  it("is typed by the router: a misspelt procedure or a wrong output does not compile", () => {
    const misspelt: Handlers = {
      // @ts-expect-error no procedure is called users.mee
      "users.mee": () => null,
    };
    const wrongOutput: Handlers = {
      // @ts-expect-error animals.facets answers facet counts, not a list of animals
      "animals.facets": () => ({ items: [], nextCursor: null }),
    };
    expect([misspelt, wrongOutput]).toHaveLength(2);
  });
});
