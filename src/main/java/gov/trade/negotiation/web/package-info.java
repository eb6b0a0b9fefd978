/** The pages staff and managers use: inbox, task forms, tracks, drafts and redlines, the program. */
package gov.trade.negotiation.web;
