import type { RouterOutputs } from "@petshop/client/react";
import { createContext, useContext } from "react";

export type SignedInUser = NonNullable<RouterOutputs["users"]["me"]>;

const CurrentUserContext = createContext<SignedInUser | null>(null);

/** Set by the session gate once it knows a staff member is signed in. */
export const CurrentUserProvider = CurrentUserContext.Provider;

/** The signed-in staff member; pages only render behind the gate, so there always is one. */
export function useCurrentUser(): SignedInUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser is used outside the signed-in app");
  return user;
}
