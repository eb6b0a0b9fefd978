/** The program: the kickoff that starts every track and meeting series from configuration. */
package gov.trade.negotiation.program;
