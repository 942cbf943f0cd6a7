// @vitest-environment happy-dom
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
  useRouterState,
} from "@tanstack/react-router";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useStillOnPage } from "./useStillOnPage";

// A list page, and a row's page that takes its time to load (as a lazily loaded page does on a slow
// phone): the list stays on screen meanwhile. The list's button says what the check answers. The
// test moves through the history, as links do, since the routers' types belong to the apps.

function ListPage() {
  const stillOnPage = useStillOnPage();
  const words = useRouterState({ select: (state) => new URLSearchParams(state.location.searchStr).get("q") });
  const [answer, setAnswer] = useState("");
  return (
    <>
      <h1>List{words ? ` for ${words}` : ""}</h1>
      <button type="button" onClick={() => setAnswer(String(stillOnPage()))}>
        Ask
      </button>
      <output>{answer}</output>
    </>
  );
}

function renderListWithSlowRow(rowLoaded: Promise<void>) {
  const root = createRootRoute();
  const list = createRoute({
    getParentRoute: () => root,
    path: "/list",
    component: ListPage,
  });
  const row = createRoute({
    getParentRoute: () => root,
    path: "/row",
    loader: () => rowLoaded,
    component: () => <h1>Row</h1>,
  });
  const router = createRouter({
    routeTree: root.addChildren([list, row]),
    history: createMemoryHistory({ initialEntries: ["/list"] }),
  });
  render(<RouterProvider router={router} />);
  return router;
}

const ask = async () => {
  fireEvent.click(await screen.findByRole("button", { name: "Ask" }));
  return screen.getByRole("status").textContent;
};

afterEach(cleanup);

describe("useStillOnPage", () => {
  it("is true on the page, and after a change to its search", async () => {
    const router = renderListWithSlowRow(Promise.resolve());
    expect(await ask()).toBe("true");
    act(() => router.history.replace("/list?q=biscuit"));
    await screen.findByRole("heading", { name: "List for biscuit" });
    expect(await ask()).toBe("true");
  });

  it("is false once a navigation away has started, while the next page still loads", async () => {
    let loadRow = () => {};
    const router = renderListWithSlowRow(new Promise<void>((resolve) => (loadRow = resolve)));
    expect(await ask()).toBe("true");

    act(() => router.history.push("/row"));
    expect(screen.getByRole("heading", { name: "List" })).toBeTruthy();
    expect(await ask()).toBe("false");

    act(loadRow);
    await screen.findByRole("heading", { name: "Row" });
  });
});
