import type { ReactNode } from "react";
import "./werkplek.css";

// Pages for people who work in the app (sign-in, workplace). Never cached:
// what they show depends on who is signed in.
export const dynamic = "force-dynamic";

export default function WorkplaceLayout({ children }: { children: ReactNode }) {
  return <div className="pm-werkplek">{children}</div>;
}
