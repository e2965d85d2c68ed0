import type { Diagnostic } from './schema.js';

/**
 * Whether a share link or an export carries the respondent's personal details (their name, role
 * and organisation, `diagnostic.respondent`). Everything else (project, dates, answers, notes)
 * always travels: notes are the person's own words, so read them before sharing.
 */
export interface PersonalDetailsOption {
  /** `false` leaves `respondent` out. Default `true`: the diagnostic as it is. */
  personalDetails?: boolean;
}

/**
 * The diagnostic without the respondent's name, role and organisation: what to export or share
 * outside the team. A new object; the one given is not changed. Never throws.
 *
 * @example
 * JSON.stringify(withoutPersonalDetails(diagnostic)) // no "respondent" key
 */
export function withoutPersonalDetails(diagnostic: Diagnostic): Diagnostic {
  const { respondent: _left, ...rest } = diagnostic;
  return rest;
}

/** The diagnostic as the option asks: as it is, or without its personal details. */
export const applyPersonalDetails = (diagnostic: Diagnostic, options: PersonalDetailsOption = {}): Diagnostic =>
  options.personalDetails === false ? withoutPersonalDetails(diagnostic) : diagnostic;
