// Plans the stories and the recipe share. Every plan here is illustrative, and says so on the
// page through its `note`: projects, people, organisations and dates are invented, or (for the
// PHARE) invented actions on a real project, which the note says.
import { addAction, createPlan, type ActionFields, type Plan, type Result } from '../src/index.js';

function ok<T>(result: Result<T>): T {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/**
 * A plan in progress of an invented project ("PTCE du Val"): people, organisations and dates
 * are illustrative, and the plan's note says so on the page.
 */
export const inProgress: Plan = (() => {
  const now = new Date('2024-01-15T09:00:00Z');
  let plan = createPlan({ project: 'PTCE du Val', now, id: 'story-ptce-du-val' });
  plan = { ...plan, note: "Données d'illustration : ce projet, ses porteurs et ses dates sont inventés pour l'exemple." };
  const add = (fields: ActionFields, id: string) => (plan = ok(addAction(plan, fields, { now, id })));
  add({ rouage: 'pilote', text: 'Tenir un comité de pilotage tous les deux mois', owner: 'Association du Val', modes: ['realisation-interne'], status: 'done', doneAt: '2024-02-20' }, 'val-1');
  add({ rouage: 'noyau-dur', tool: 'noyau-dur.t1', text: 'Rédiger la charte du noyau dur', owner: 'Coopérative du Val', due: '2024-03-31', status: 'in-progress', modes: ['montee-en-competences'] }, 'val-2');
  add({ rouage: 'constats-de-territoire', text: 'Enquête auprès des habitants', due: '2024-02-01', modes: ['appui-partenaire'], partner: "appui d'une université (exemple)" }, 'val-3');
  add({ dimension: 'ressources', text: 'Chercher un financement pour l\'animation', status: 'postponed', reason: "remise à plus tard au profit de l'enquête habitants" }, 'val-4');
  add({ rouage: 'diagnostic', text: 'Refaire le diagnostic dans un an', due: '2025-01-15' }, 'val-5');
  return plan;
})();


/**
 * Actions a team might have carried out between the two illustrative PHARE diagnostics
 * (demo/samples/phare-2021.json, 2021-10-15, and phare-2022.json, 2022-10-14). Invented: the
 * source gives no such plan; the note says so on the page.
 */
export const pharePlan: Plan = (() => {
  const now = new Date('2021-10-20T09:00:00Z');
  let plan = createPlan({ project: "PTCE Auton'hommes (PHARE)", now, id: 'story-phare-plan' });
  plan = { ...plan, note: "Données d'illustration : ces actions sont inventées pour montrer l'outil ; ce ne sont pas celles du PHARE." };
  const add = (fields: ActionFields, id: string) => (plan = ok(addAction(plan, fields, { now, id })));
  add({ rouage: 'collectif-elargi', text: 'Rencontres avec des entreprises et des habitants', status: 'done', doneAt: '2022-03-10', modes: ['realisation-interne'] }, 'phare-1');
  add({ rouage: 'projet-collectif', text: 'Plaquette de présentation du projet collectif', status: 'done', doneAt: '2022-05-02', modes: ['montee-en-competences'] }, 'phare-2');
  add({ rouage: 'etude-de-faisabilite', text: "Étude de faisabilité d'une activité de mobilité", status: 'done', doneAt: '2022-09-15', modes: ['appui-partenaire'], partner: 'appui d\'un bureau d\'études (exemple)' }, 'phare-3');
  add({ rouage: 'modele-economique-perenne', text: 'Construire le modèle économique', status: 'in-progress', due: '2023-06-30' }, 'phare-4');
  return plan;
})();
