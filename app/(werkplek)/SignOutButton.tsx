import { signOut } from "@/lib/auth/actions";

/** A plain form: signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        Uitloggen
      </button>
    </form>
  );
}
