import { createDiagnostic, framework, indexFramework, type Diagnostic, type Rating } from '../../src/sdk/index.js';

export const NOW = new Date('2024-05-31T09:00:00.000Z');

/** A diagnostic of a test project with the given answers and notes. */
export function diagnosticWith(answers: Record<string, Rating> = {}, notes: Record<string, string> = {}, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { ...createDiagnostic({ project: 'Projet test', now: NOW }), answers, notes, ...extra };
}

/** Every rated item of the French framework given the same rating. */
export function allRated(rating: Rating): Record<string, Rating> {
  return Object.fromEntries(indexFramework(framework).ratedOrder.map(({ id }) => [id, rating]));
}

/** The ids of the rated items of one rouage. */
export const ratedIdsOf = (rouage: string) => indexFramework(framework).ratedItems.get(rouage)!.map(({ id }) => id);
