/** Follow-up meetings: the bilateral series with each nation after the kickoff, carried by {@code followUpMeetings.bpmn}. */
package gov.trade.negotiation.meetings;
