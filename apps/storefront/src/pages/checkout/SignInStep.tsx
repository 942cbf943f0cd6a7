import { Link } from "@tanstack/react-router";
import { button } from "../../components/buttons";
import { AuthCard } from "../auth/AuthCard";

/** Checkout needs an account; the visitor's cart waits for them and joins their account's. */
export function SignInStep() {
  return (
    <AuthCard
      title="Sign in to check out"
      intro="Your cart is kept: sign in or create an account, and it will be waiting for you here."
    >
      <div className="flex flex-col gap-3">
        <Link to="/login" search={{ redirect: "/checkout" }} className={`${button.primary} w-full`}>
          Sign in
        </Link>
        <Link to="/register" search={{ redirect: "/checkout" }} className={`${button.secondary} w-full`}>
          Create an account
        </Link>
      </div>
    </AuthCard>
  );
}
