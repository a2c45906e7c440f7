/** What account pages and actions say in more than one place. Isomorphic. */

/** The same answer for a link that never existed, was used, expired, replaced, or whose account is blocked. */
export const LINK_NOT_USABLE_MESSAGE =
  "Deze link werkt niet (meer): hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraag de beheerder van uw gemeente om een nieuwe link.";

/** Demo accounts share one published password; changing it would lock every other visitor out. */
export const DEMO_PASSWORD_FIXED = "Demo-accounts houden het gedeelde demowachtwoord; dat kan hier niet worden gewijzigd.";
