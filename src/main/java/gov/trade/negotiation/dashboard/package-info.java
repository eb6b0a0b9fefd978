/**
 * Dashboards: the program dashboard for managers (nation x area matrix, overdue and stalled work, cycle times,
 * upcoming deadlines and meetings, signed agreements over time), the same limited to a desk's row or an area
 * lead's column, CSV export and {@code GET /api/dashboard}. Reads the engine in a fixed number of statements.
 */
package gov.trade.negotiation.dashboard;
