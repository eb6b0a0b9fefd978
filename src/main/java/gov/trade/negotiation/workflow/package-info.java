/**
 * The words each process uses for its own tasks, behind one small interface ({@link ProcessVocabulary}) that the
 * inbox, the dashboard and the mail ask: what a business key names, who may read it, the stages, the form of each
 * task and how a submitted form becomes process variables, and the task's situation in words. Each process package
 * (track, meetings) implements it; adding a step touches that package and the task template only.
 */
package gov.trade.negotiation.workflow;
